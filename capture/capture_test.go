package capture

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
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

// tcp4 is a raw IPv4 packet carrying payload in a TCP segment from src's
// port sport to 192.0.2.2:5060.
func tcp4(src [4]byte, sport uint16, seq uint32, payload string) []byte {
	b := make([]byte, 40+len(payload))
	b[0], b[9] = 0x45, 6
	binary.BigEndian.PutUint16(b[2:], uint16(len(b)))
	copy(b[12:], src[:])
	copy(b[16:], []byte{192, 0, 2, 2})
	binary.BigEndian.PutUint16(b[20:], sport)
	binary.BigEndian.PutUint16(b[22:], 5060)
	binary.BigEndian.PutUint32(b[24:], seq)
	b[32] = 5 << 4
	copy(b[40:], payload)
	return b
}

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
	// The small real captures: every link, tunnel and transport they hold
	// (SCTP, IP in IP, IPv6, HEP, Linux cooked, pcapng blocks, gzip) to
	// mutate; larger ones slow the fuzzer down more than they add.
	for _, pattern := range []string{"testdata/*.pcap*", "testdata/set2/*.pcap*"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			if b, err := os.ReadFile(name); err == nil && len(b) < 8<<10 {
				f.Add(b)
			}
		}
	}
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

// TestRealCaptures reads every real capture in testdata and testdata/set2
// (their sources are in each one's PROVENANCE.md) and finds the SIP
// messages Wireshark decodes, as counted with tshark in counts.tsv.
func TestRealCaptures(t *testing.T) {
	for _, dir := range []string{"testdata", "testdata/set2"} {
		t.Run(filepath.Base(dir), func(t *testing.T) { realCaptures(t, dir) })
	}
}

// quotedInICMP counts, per capture, the SIP messages tshark also decodes
// inside ICMP errors: each is the start of a datagram that could not be
// delivered, quoted back to its sender, not a message sent of its own
// (set2/PROVENANCE.md says which).
var quotedInICMP = map[string]int{"cesnet-sipvicious-scan-icmp-401-ethernet.pcap": 5}

func realCaptures(t *testing.T, dir string) {
	counts, err := os.ReadFile(filepath.Join(dir, "counts.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(counts), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) < 4 || strings.HasPrefix(cols[0], "#") {
			continue
		}
		want, _ := strconv.Atoi(cols[3])
		f, err := os.Open(filepath.Join(dir, cols[0]))
		if err != nil {
			t.Fatal(err)
		}
		c, err := Read(f)
		f.Close()
		if err != nil {
			t.Errorf("%s: %v", cols[0], err)
			continue
		}
		got := len(c.Messages) + quotedInICMP[cols[0]]
		switch {
		case strings.Contains(cols[0], "fuzz"):
			// Wireshark's fuzzed copy of a capture: some first lines are
			// broken, which tshark and this reader count differently.
			if got == 0 || got > 81 {
				t.Errorf("%s: %d messages of the 81 the unfuzzed capture holds", cols[0], got)
			}
		case got != want:
			t.Errorf("%s: %d SIP messages, tshark decodes %d", cols[0], got, want)
		}
	}
}

// TestWhatCannotBeReadIsSaid: a capture of SIP over TLS says why none of
// its SIP can be read.
func TestWhatCannotBeReadIsSaid(t *testing.T) {
	f, err := os.Open("testdata/sngrep-sip-tls-5061-ethernet.pcap")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := Read(f)
	if err != nil || len(c.Messages) != 0 || len(c.Unread) != 1 || !strings.Contains(c.Unread[0], "TLS") {
		t.Errorf("read %v, %d messages, unread %q", err, len(c.Messages), c.Unread)
	}
}

// fragments4 splits an IPv4 packet into fragments of at most size bytes
// of payload (a multiple of 8), as a router does.
func fragments4(packet []byte, size int) [][]byte {
	head, payload := packet[:20], packet[20:]
	var out [][]byte
	for off := 0; off < len(payload); off += size {
		end := min(off+size, len(payload))
		f := append(bytes.Clone(head), payload[off:end]...)
		binary.BigEndian.PutUint16(f[2:], uint16(len(f)))
		flags := uint16(off / 8)
		if end < len(payload) {
			flags |= 0x2000 // more fragments
		}
		binary.BigEndian.PutUint16(f[4:], 7) // the datagram's id
		binary.BigEndian.PutUint16(f[6:], flags)
		out = append(out, f)
	}
	return out
}

// An INVITE too large for one packet comes in IPv4 fragments, here out of
// order; a TCP segment may carry two messages, and one message may span
// segments. (No public capture found shows these, so they are made here.)
func TestFragmentsAndSegments(t *testing.T) {
	big := "INVITE sip:bob@example.com SIP/2.0\r\nCall-ID: f\r\nCSeq: 1 INVITE\r\nContent-Type: application/sdp\r\nContent-Length: 3000\r\n\r\n" + strings.Repeat("a=x\r\n", 600)
	frags := fragments4(udp4([4]byte{192, 0, 2, 1}, [4]byte{192, 0, 2, 2}, 5060, 5060, big), 1480)
	slices.Reverse(frags)
	c, err := Read(bytes.NewReader(pcapOf(linkRaw, frags...)))
	if err != nil || len(c.Messages) != 1 || len(c.Messages[0].Text) != len(big) {
		t.Fatalf("fragments: %v, %d messages", err, len(c.Messages))
	}

	tcp := func(seq uint32, payload string) []byte { return tcp4([4]byte{192, 0, 2, 1}, 5060, seq, payload) }
	two := invite + strings.Replace(invite, "CSeq: 1", "CSeq: 2", 1)
	third := strings.Replace(invite, "CSeq: 1", "CSeq: 3", 1)
	stream := two + third
	cut := len(two) + 20 // the third message spans two segments
	c, err = Read(bytes.NewReader(pcapOf(linkRaw, tcp(1000, stream[:cut]), tcp(uint32(1000+cut), stream[cut:]))))
	if err != nil || len(c.Messages) != 3 {
		t.Fatalf("segments: %v, %d messages", err, len(c.Messages))
	}
	for i, m := range c.Messages {
		if !strings.Contains(string(m.Text), "CSeq: "+strconv.Itoa(i+1)) || m.Transport != "TCP" {
			t.Errorf("message %d: %q", i, m.Text)
		}
	}
}

// TestReaderInSlices: a capture written to a Reader in slices of any size,
// as a browser streams a file, reads as the whole file does, whatever the
// slices cut (a record's header, a packet, a pcapng block).
func TestReaderInSlices(t *testing.T) {
	for _, name := range []string{"sipnab-sip-488-codec-reject-ethernet.pcapng", "wireshark-aaa-sip-auth-cancel-ethernet.pcap", "ndpi-wireshark-fuzz-aaa-big-endian.pcap"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		whole, err := Read(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := whole.Text()
		for _, size := range []int{1, 7, 4096, 64 << 10} {
			r := NewReader()
			for b := data; len(b) > 0; b = b[min(size, len(b)):] {
				r.Write(b[:min(size, len(b))])
			}
			c, err := r.Close()
			if err != nil {
				t.Fatalf("%s in slices of %d: %v", name, size, err)
			}
			if got, _ := c.Text(); got != want || c.Packets != whole.Packets || !slices.Equal(c.Unread, whole.Unread) {
				t.Errorf("%s in slices of %d: %d packets, %d messages, unread %q; whole: %d, %d, %q", name, size, c.Packets, len(c.Messages), c.Unread, whole.Packets, len(whole.Messages), whole.Unread)
			}
		}
	}
}

// ethernet is an Ethernet frame of the given EtherType around payload.
func ethernet(etherType uint16, payload []byte) []byte {
	b := make([]byte, 14, 14+len(payload))
	binary.BigEndian.PutUint16(b[12:], etherType)
	return append(b, payload...)
}

// TestEncapsulations: SIP under an MPLS label stack, in VXLAN (cloud
// traffic mirroring) and in ERSPAN (a switch's mirrored port), each built
// by its specification, is read with its own addresses.
func TestEncapsulations(t *testing.T) {
	a, b := [4]byte{192, 0, 2, 1}, [4]byte{192, 0, 2, 2}
	sip := udp4(a, b, 5060, 5060, invite)
	inner := ethernet(0x0800, sip)
	labels := []byte{0, 1, 0x40, 64, 0, 2, 0x01, 64} // two labels, the second the bottom of the stack
	vxlan := append([]byte{0x08, 0, 0, 0, 0, 0, 1, 0}, inner...)
	gre := func(proto uint16, header int) []byte {
		g := make([]byte, 4+header, 4+header+len(inner))
		binary.BigEndian.PutUint16(g[2:], proto)
		return append(g, inner...)
	}
	ipProto := func(proto byte, payload []byte) []byte { // an IPv4 packet of the given protocol between two other hosts
		p := udp4([4]byte{10, 0, 0, 1}, [4]byte{10, 0, 0, 2}, 0, 0, "")[:20]
		p = append(p, payload...)
		p[9] = proto
		binary.BigEndian.PutUint16(p[2:], uint16(len(p)))
		return p
	}
	for name, frame := range map[string][]byte{
		"MPLS":        ethernet(0x8847, append(labels, sip...)),
		"VXLAN":       ethernet(0x0800, udp4([4]byte{10, 0, 0, 1}, [4]byte{10, 0, 0, 2}, 40000, 4789, string(vxlan))),
		"ERSPAN II":   ethernet(0x0800, ipProto(47, gre(0x88be, 8))),
		"ERSPAN III":  ethernet(0x0800, ipProto(47, gre(0x22eb, 12))),
		"MPLS, short": ethernet(0x8847, labels[:6]),
	} {
		c, err := Read(bytes.NewReader(pcapOf(linkEthernet, frame)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if name == "MPLS, short" {
			if len(c.Messages) != 0 {
				t.Errorf("%s: %d messages from a cut label stack", name, len(c.Messages))
			}
			continue
		}
		if len(c.Messages) != 1 || c.Messages[0].From.String() != "192.0.2.1:5060" || c.Messages[0].To.String() != "192.0.2.2:5060" {
			t.Errorf("%s: %d messages %+v", name, len(c.Messages), c.Messages)
		}
	}
}

// pcapngBlock is a little-endian pcapng block of the given type and body.
func pcapngBlock(kind uint32, body []byte) []byte {
	body = append(body, make([]byte, (4-len(body)%4)%4)...)
	b := binary.LittleEndian.AppendUint32(nil, kind)
	b = binary.LittleEndian.AppendUint32(b, uint32(12+len(body)))
	b = append(b, body...)
	return binary.LittleEndian.AppendUint32(b, uint32(12+len(body)))
}

// TestTLSWithItsKeys: a capture of SIP over TLS that carries its keys (a
// Decryption Secrets Block, as Wireshark writes one) says Wireshark can
// decrypt it. The packets are the real TLS capture's, moved into pcapng.
func TestTLSWithItsKeys(t *testing.T) {
	src, err := os.ReadFile("testdata/sngrep-sip-tls-5061-ethernet.pcap")
	if err != nil {
		t.Fatal(err)
	}
	shb := []byte{0x4d, 0x3c, 0x2b, 0x1a, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}
	out := pcapngBlock(0x0a0d0d0a, shb)
	out = append(out, pcapngBlock(1, []byte{1, 0, 0, 0, 0, 0, 0, 0})...)                                    // Ethernet
	out = append(out, pcapngBlock(10, append([]byte{0x4b, 0x53, 0x4c, 0x54, 5, 0, 0, 0}, "x\n\n\n"...))...) // a TLS key log
	for rec := src[24:]; len(rec) >= 16; {
		n := int(binary.LittleEndian.Uint32(rec[8:]))
		epb := make([]byte, 20, 20+n)
		binary.LittleEndian.PutUint32(epb[12:], uint32(n))
		binary.LittleEndian.PutUint32(epb[16:], uint32(n))
		out = append(out, pcapngBlock(6, append(epb, rec[16:16+n]...))...)
		rec = rec[16+n:]
	}
	c, err := Read(bytes.NewReader(out))
	if err != nil || len(c.Unread) != 1 || !strings.Contains(c.Unread[0], "carries its TLS keys") {
		t.Errorf("read %v, unread %q", err, c.Unread)
	}
}
