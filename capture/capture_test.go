package capture

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
)

// pcapOf writes packets as a little-endian microsecond pcap of the given link type.
func pcapOf(link uint32, frames ...[]byte) []byte {
	var b bytes.Buffer
	h := make([]byte, 24)
	binary.LittleEndian.PutUint32(h[0:], 0xa1b2c3d4)
	binary.LittleEndian.PutUint16(h[4:], 2)
	binary.LittleEndian.PutUint16(h[6:], 4)
	binary.LittleEndian.PutUint32(h[16:], 65535)
	binary.LittleEndian.PutUint32(h[20:], link)
	b.Write(h)
	for i, f := range frames {
		r := make([]byte, 16)
		binary.LittleEndian.PutUint32(r[0:], uint32(1700000000+i))
		binary.LittleEndian.PutUint32(r[8:], uint32(len(f)))
		binary.LittleEndian.PutUint32(r[12:], uint32(len(f)))
		b.Write(r)
		b.Write(f)
	}
	return b.Bytes()
}

// udp4 is a raw IPv4 packet carrying payload over UDP.
func udp4(src, dst [4]byte, sport, dport uint16, payload string) []byte {
	b := make([]byte, 28+len(payload))
	b[0], b[9] = 0x45, 17
	binary.BigEndian.PutUint16(b[2:], uint16(len(b)))
	copy(b[12:], src[:])
	copy(b[16:], dst[:])
	binary.BigEndian.PutUint16(b[20:], sport)
	binary.BigEndian.PutUint16(b[22:], dport)
	binary.BigEndian.PutUint16(b[24:], uint16(8+len(payload)))
	copy(b[28:], payload)
	return b
}

const invite = "INVITE sip:bob@example.com SIP/2.0\r\nCall-ID: a\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n"

func TestNotACapture(t *testing.T) {
	for _, in := range []string{"", "SIP/2.0 486 Busy Here\r\n", "\x00\x01"} {
		if _, err := Read(strings.NewReader(in)); !errors.Is(err, ErrNotCapture) {
			t.Errorf("%q: %v, want ErrNotCapture", in, err)
		}
	}
}

// Hostile or broken captures give what they held and say why they
// stopped; none holds memory by what it claims.
func TestHostileCaptures(t *testing.T) {
	good := pcapOf(linkRaw, udp4([4]byte{192, 0, 2, 1}, [4]byte{192, 0, 2, 2}, 5060, 5060, invite))
	huge := bytes.Clone(good)
	binary.LittleEndian.PutUint32(huge[24+8:], 0xffffffff) // a record that claims 4 GB
	ng := []byte{0x0a, 0x0d, 0x0d, 0x0a, 0x1c, 0, 0, 0, 0x4d, 0x3c, 0x2b, 0x1a, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x1c, 0, 0, 0,
		6, 0, 0, 0, 0xf0, 0xff, 0xff, 0xff} // an Enhanced Packet Block that claims 4 GB
	for name, in := range map[string][]byte{
		"a 4 GB record":       huge,
		"cut in a record":     good[:len(good)-10],
		"a 4 GB pcapng block": ng,
		"a header only":       good[:24],
	} {
		c, err := Read(bytes.NewReader(in))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if name != "a header only" && len(c.Unread) == 0 {
			t.Errorf("%s: nothing said of what could not be read", name)
		}
	}
	c, _ := Read(bytes.NewReader(good))
	if len(c.Messages) != 1 || c.Messages[0].From.String() != "192.0.2.1:5060" {
		t.Errorf("a good capture read as %+v", c.Messages)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(pcapOf(linkRaw, udp4([4]byte{10, 0, 0, 1}, [4]byte{10, 0, 0, 2}, 5060, 5060, invite)))
	f.Add(pcapOf(linkEthernet, append(make([]byte, 12), 0x81, 0x00, 0, 1, 0x08, 0x00)))
	f.Fuzz(func(t *testing.T, in []byte) {
		c, err := Read(bytes.NewReader(in))
		if err != nil {
			return
		}
		if len(c.Messages) > maxMessages {
			t.Fatalf("%d messages kept", len(c.Messages))
		}
		c.Text()
	})
}
