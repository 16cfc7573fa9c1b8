package capture

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
)

// hostileSize is the size of each capture built to be slow.
const hostileSize = 8 << 20

// hostileCaptures are captures built to defeat a reader that is not
// linear or not bounded: one kind of packet repeated until the file is
// hostileSize. make bench runs them (BenchmarkReadHostile) and keeps the
// slowest.
func hostileCaptures() map[string][]byte {
	repeat := func(frame func(i int) []byte) []byte {
		var frames [][]byte
		for size, i := 24, 0; size < hostileSize; i++ {
			f := frame(i)
			frames = append(frames, f)
			size += 16 + len(f)
		}
		return pcapOf(linkRaw, frames...)
	}
	src := func(i int) [4]byte { return [4]byte{10, byte(i >> 16), byte(i >> 8), byte(i)} }
	start := "INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/TCP a\r\n" // a message whose end never comes
	sctpFirst := func(i int) []byte {                                       // the first piece of a message over SCTP, never followed by the rest
		chunk := make([]byte, 16, 16+len(start))
		chunk[1] = 2 // B: the first piece
		binary.BigEndian.PutUint16(chunk[2:], uint16(16+len(start)))
		binary.BigEndian.PutUint16(chunk[10:], uint16(i))
		chunk = append(chunk, start...)
		p := append(make([]byte, 12), chunk...)
		binary.BigEndian.PutUint16(p[0:], 5060)
		binary.BigEndian.PutUint16(p[2:], 5060)
		ip := udp4(src(i), [4]byte{192, 0, 2, 2}, 0, 0, "")[:20]
		ip = append(ip, p...)
		ip[9] = 132
		binary.BigEndian.PutUint16(ip[2:], uint16(len(ip)))
		return ip
	}
	huge := pcapngBlock(0x0a0d0d0a, []byte{0x4d, 0x3c, 0x2b, 0x1a, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	huge = append(huge, pcapngBlock(1, []byte{101, 0, 0, 0, 0, 0, 0, 0})...)
	huge = append(huge, pcapngBlock(6, make([]byte, hostileSize))...) // one block, far over any packet
	return map[string][]byte{
		"tiny records":            repeat(func(int) []byte { return []byte{0x45} }),
		"SIP in every packet":     repeat(func(int) []byte { return udp4([4]byte{192, 0, 2, 1}, [4]byte{192, 0, 2, 2}, 5060, 5060, invite) }),
		"TCP streams never ended": repeat(func(i int) []byte { return tcp4(src(i), uint16(i), 1, start) }),
		"fragments never ended": repeat(func(i int) []byte {
			return fragments4(udp4(src(i), [4]byte{192, 0, 2, 2}, 5060, 5060, strings.Repeat("x", 64)), 32)[0]
		}),
		"SCTP pieces never ended": repeat(sctpFirst),
		"one block of 8 MB":       huge,
	}
}

func BenchmarkReadHostile(b *testing.B) {
	for name, in := range hostileCaptures() {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if _, err := Read(bytes.NewReader(in)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
