package capture

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"time"
)

// packets decodes packets down to their SIP: link layer, IP (reassembling
// fragments), UDP and TCP (reassembling each direction's stream).
type packets struct {
	c       *Capture
	frags   map[fragKey]*fragment
	streams map[flowKey]*stream
	media   map[flowKey]int // index into c.Media
	// sctpMessages are SIP messages over SCTP whose last piece has not come.
	sctpMessages map[sctpKey][]byte
}

func newPackets(c *Capture) *packets {
	return &packets{c: c, frags: map[fragKey]*fragment{}, streams: map[flowKey]*stream{}, media: map[flowKey]int{}, sctpMessages: map[sctpKey][]byte{}}
}

// Bounds on what is held between packets.
const (
	maxFragments = 64        // datagrams being reassembled at once
	maxStreams   = 4096      // TCP directions followed at once
	maxPending   = 32        // out-of-order segments held per direction
	maxStream    = 256 << 10 // bytes of one direction held waiting for a message's end
)

type flowKey struct{ from, to AddrPort }

// Link types (www.tcpdump.org/linktypes.html) read here.
const (
	linkNull     = 0
	linkEthernet = 1
	linkRaw      = 101
	linkLoop     = 108
	linkSLL      = 113
	linkIPv4     = 228
	linkIPv6     = 229
	linkSLL2     = 276
)

func linkName(link uint32) string {
	switch link {
	case linkNull:
		return "null/loopback"
	case linkEthernet:
		return "Ethernet"
	case linkRaw, 12, 14:
		return "raw IP"
	case linkLoop:
		return "OpenBSD loopback"
	case linkSLL:
		return "Linux cooked"
	case linkSLL2:
		return "Linux cooked v2"
	case linkIPv4:
		return "raw IPv4"
	case linkIPv6:
		return "raw IPv6"
	}
	return "link type " + strconv.Itoa(int(link))
}

func (p *packets) packet(link uint32, t time.Time, data []byte, cut bool) {
	p.c.Packets++
	if cut {
		p.c.truncated++
	}
	p.tunnel(t, link, data, cut)
}

// tunnel decodes a frame of the given link type: a packet's own, or one
// carried inside another (IP in IP, GRE, ERSPAN, VXLAN).
func (p *packets) tunnel(t time.Time, link uint32, data []byte, cut bool) {
	ip, ok := p.linkLayer(link, data)
	if !ok || len(ip) == 0 {
		return
	}
	switch ip[0] >> 4 {
	case 4:
		p.ipv4(t, ip, cut)
	case 6:
		p.ipv6(t, ip, cut)
	}
}

// linkLayer returns the IP packet a frame carries; ok is false for a
// frame of no IP (ARP, a link type not known).
func (p *packets) linkLayer(link uint32, b []byte) ([]byte, bool) {
	etherType := func(t uint16, rest []byte) ([]byte, bool) {
		if t == 0x0800 || t == 0x86dd {
			return rest, true
		}
		return nil, false
	}
	switch link {
	case linkEthernet:
		if len(b) < 14 {
			return nil, false
		}
		t, off := binary.BigEndian.Uint16(b[12:]), 14
		for (t == 0x8100 || t == 0x88a8 || t == 0x9100) && len(b) >= off+4 { // VLAN tags
			t, off = binary.BigEndian.Uint16(b[off+2:]), off+4
		}
		switch {
		case t == 0x8864 && len(b) >= off+6: // a PPPoE session: PPP after its 6-byte header
			ip := ppp(b[off+6:])
			return ip, ip != nil
		case t == 0x8847 || t == 0x8848: // MPLS (RFC 3032), as carriers' links capture it
			ip := mpls(b[off:])
			return ip, ip != nil
		}
		return etherType(t, b[off:])
	case linkSLL:
		if len(b) < 16 {
			return nil, false
		}
		return etherType(binary.BigEndian.Uint16(b[14:]), b[16:])
	case linkSLL2:
		if len(b) < 20 {
			return nil, false
		}
		return etherType(binary.BigEndian.Uint16(b[0:]), b[20:])
	case linkNull, linkLoop:
		if len(b) < 4 {
			return nil, false
		}
		return b[4:], true // the family, in the writer's byte order; the IP version says the same
	case linkRaw, 12, 14, linkIPv4, linkIPv6:
		return b, true
	}
	p.c.unknownLink++
	return nil, false
}

// mpls returns the IP packet under an MPLS label stack (RFC 3032): the
// labels end at the one with the bottom-of-stack bit, and the IP version
// tells the payload. Anything else there (a pseudowire) gives nil.
func mpls(b []byte) []byte {
	for len(b) >= 4 {
		bottom := b[2]&1 == 1
		b = b[4:]
		if bottom {
			if len(b) > 0 && (b[0]>>4 == 4 || b[0]>>4 == 6) {
				return b
			}
			return nil
		}
	}
	return nil
}

// ppp returns the IP packet a PPP frame carries, or nil: the address and
// control bytes are optional, the protocol one byte when compressed.
func ppp(b []byte) []byte {
	if len(b) >= 2 && b[0] == 0xff && b[1] == 0x03 {
		b = b[2:]
	}
	if len(b) >= 1 && b[0]&1 == 1 { // a compressed protocol field
		if b[0] == 0x21 || b[0] == 0x57 {
			return b[1:]
		}
		return nil
	}
	if len(b) >= 2 && (b[1] == 0x21 || b[1] == 0x57) && b[0] == 0 {
		return b[2:]
	}
	return nil
}

type fragKey struct {
	src, dst Addr
	id       uint32
	proto    uint8
}

// fragment is a datagram being put back together from its pieces.
type fragment struct {
	data  []byte
	have  int // bytes received
	total int // the whole length, once the last piece came; -1 before
	first time.Time
}

func (p *packets) ipv4(t time.Time, b []byte, cut bool) {
	if len(b) < 20 {
		p.c.badPackets++
		return
	}
	ihl := int(b[0]&0x0f) * 4
	total := int(binary.BigEndian.Uint16(b[2:]))
	if ihl < 20 || total < ihl || len(b) < ihl {
		p.c.badPackets++
		return
	}
	if total < len(b) {
		b = b[:total] // Ethernet padding
	}
	src, dst := addr4(b[12:16]), addr4(b[16:20])
	proto := b[9]
	flags := binary.BigEndian.Uint16(b[6:])
	more, offset := flags&0x2000 != 0, int(flags&0x1fff)*8
	payload := b[ihl:]
	if more || offset > 0 {
		key := fragKey{src, dst, uint32(binary.BigEndian.Uint16(b[4:])), proto}
		if payload = p.reassemble(key, t, offset, more, payload); payload == nil {
			return
		}
	}
	p.transport(t, proto, src, dst, payload, cut)
}

func (p *packets) ipv6(t time.Time, b []byte, cut bool) {
	if len(b) < 40 {
		p.c.badPackets++
		return
	}
	if n := 40 + int(binary.BigEndian.Uint16(b[4:])); n < len(b) {
		b = b[:n]
	}
	src, dst := addr16(b[8:24]), addr16(b[24:40])
	next, rest := b[6], b[40:]
	for {
		switch next {
		case 0, 43, 60: // hop-by-hop, routing, destination options
			if len(rest) < 8 || len(rest) < (int(rest[1])+1)*8 {
				p.c.badPackets++
				return
			}
			next, rest = rest[0], rest[(int(rest[1])+1)*8:]
			continue
		case 51: // authentication header
			if len(rest) < 8 || len(rest) < (int(rest[1])+2)*4 {
				p.c.badPackets++
				return
			}
			next, rest = rest[0], rest[(int(rest[1])+2)*4:]
			continue
		case 44: // fragment
			if len(rest) < 8 {
				p.c.badPackets++
				return
			}
			off := int(binary.BigEndian.Uint16(rest[2:]) &^ 7)
			more := rest[3]&1 != 0
			key := fragKey{src, dst, binary.BigEndian.Uint32(rest[4:]), rest[0]}
			next, rest = rest[0], rest[8:]
			if more || off > 0 {
				if rest = p.reassemble(key, t, off, more, rest); rest == nil {
					return
				}
			}
			continue
		}
		break
	}
	p.transport(t, next, src, dst, rest, cut)
}

// reassemble adds one piece of a fragmented datagram and returns the
// whole datagram's payload once every piece has come, else nil.
func (p *packets) reassemble(key fragKey, t time.Time, offset int, more bool, piece []byte) []byte {
	f := p.frags[key]
	if f == nil {
		if len(p.frags) >= maxFragments {
			// Datagrams whose pieces never all came: drop the oldest.
			var oldest fragKey
			var at time.Time
			for k, g := range p.frags {
				if at.IsZero() || g.first.Before(at) {
					oldest, at = k, g.first
				}
			}
			delete(p.frags, oldest)
		}
		f = &fragment{total: -1, first: t}
		p.frags[key] = f
	}
	end := offset + len(piece)
	if end > 65535 {
		delete(p.frags, key)
		p.c.badPackets++
		return nil
	}
	if len(f.data) < end {
		f.data = append(f.data, make([]byte, end-len(f.data))...)
	}
	copy(f.data[offset:], piece)
	f.have += len(piece)
	if !more {
		f.total = end
	}
	if f.total < 0 || f.have < f.total {
		return nil
	}
	delete(p.frags, key)
	return f.data[:f.total]
}

func (p *packets) transport(t time.Time, proto uint8, src, dst Addr, b []byte, cut bool) {
	switch proto {
	case 17: // UDP
		if len(b) < 8 {
			p.c.badPackets++
			return
		}
		from := addrPort(src, binary.BigEndian.Uint16(b[0:]))
		to := addrPort(dst, binary.BigEndian.Uint16(b[2:]))
		p.udp(t, from, to, b[8:], cut)
	case 6: // TCP
		if len(b) < 20 || len(b) < int(b[12]>>4)*4 {
			p.c.badPackets++
			return
		}
		from := addrPort(src, binary.BigEndian.Uint16(b[0:]))
		to := addrPort(dst, binary.BigEndian.Uint16(b[2:]))
		p.tcp(t, from, to, binary.BigEndian.Uint32(b[4:]), b[13], b[int(b[12]>>4)*4:])
	case 4, 41: // IPv4 or IPv6 carried in IP (a tunnel)
		p.tunnel(t, linkRaw, b, cut)
	case 47: // GRE (RFC 2784, 2890): a tunnel of IP or of Ethernet frames
		if len(b) < 4 {
			p.c.badPackets++
			return
		}
		flags, off := binary.BigEndian.Uint16(b[0:]), 4
		for _, bit := range []uint16{0x8000, 0x2000, 0x1000, 0x0080} { // checksum, key, sequence number, PPTP's acknowledgment
			if flags&bit != 0 {
				off += 4
			}
		}
		if len(b) < off {
			p.c.badPackets++
			return
		}
		switch inner := b[off:]; binary.BigEndian.Uint16(b[2:]) {
		case 0x6558: // transparent Ethernet bridging
			p.tunnel(t, linkEthernet, inner, cut)
		case 0x88be: // ERSPAN type II, a switch's mirrored port: Ethernet after an 8-byte header
			if len(inner) >= 8 {
				p.tunnel(t, linkEthernet, inner[8:], cut)
			}
		case 0x22eb: // ERSPAN type III: a 12-byte header, and 8 more with its O flag
			if len(inner) < 12 {
				break
			}
			if header := 12 + 8*int(inner[11]&1); len(inner) >= header {
				p.tunnel(t, linkEthernet, inner[header:], cut)
			}
		case 0x880b: // PPP (PPTP)
			if ip := ppp(inner); ip != nil {
				p.tunnel(t, linkRaw, ip, cut)
			}
		default:
			p.tunnel(t, linkRaw, inner, cut)
		}
	case 132: // SCTP
		p.sctp(t, src, dst, b, cut)
	}
}

// sctp reads the SIP in an SCTP packet's DATA chunks (RFC 4960 §3.3.1;
// SIP over SCTP is RFC 4168), a message cut into several chunks put
// together first; other protocols over SCTP (Diameter, SIGTRAN) are not
// SIP and are left alone.
func (p *packets) sctp(t time.Time, src, dst Addr, b []byte, cut bool) {
	if len(b) < 12 {
		p.c.badPackets++
		return
	}
	from := addrPort(src, binary.BigEndian.Uint16(b[0:]))
	to := addrPort(dst, binary.BigEndian.Uint16(b[2:]))
	for c := b[12:]; len(c) >= 4; {
		n := int(binary.BigEndian.Uint16(c[2:]))
		if n < 4 || n > len(c) {
			if !cut { // a chunk cut by the snap length is counted as cut already
				p.c.badPackets++
			}
			return
		}
		if c[0] == 0 && n >= 16 { // DATA
			data := c[16:n]
			if c[1]&3 != 3 { // a piece of a message: the first (B), a middle one, or the last (E)
				data = p.sctpPiece(sctpKey{flowKey{from, to}, binary.BigEndian.Uint16(c[8:]), binary.BigEndian.Uint16(c[10:])}, c[1]&2 != 0, c[1]&1 != 0, data)
			}
			if looksSIP(data) {
				if cut {
					p.c.truncatedSIP++
				}
				p.add(Message{Time: t, From: from, To: to, Transport: "SCTP", Text: bytes.Clone(data)})
			}
		}
		c = c[min(len(c), (n+3)&^3):] // chunks are padded to 32 bits
	}
}

// sctpKey names a message being put together from its DATA pieces: its
// direction, stream and stream sequence number.
type sctpKey struct {
	flow           flowKey
	stream, number uint16
}

// sctpPiece adds a piece of a message cut into several DATA chunks, and
// returns the whole message once its last piece came (nil before). A
// piece without its first, or a message over maxStream, is counted as
// not read.
func (p *packets) sctpPiece(key sctpKey, first, last bool, data []byte) []byte {
	held, ok := p.sctpMessages[key]
	switch {
	case first:
		if len(p.sctpMessages) >= maxFragments { // as many as datagrams reassembled at once
			p.c.sctp++
			return nil
		}
		held, ok = nil, true
	case !ok:
		p.c.sctp++
		return nil
	}
	held = append(held, data...)
	if len(held) > maxStream {
		delete(p.sctpMessages, key)
		p.c.sctp++
		return nil
	}
	if last {
		delete(p.sctpMessages, key)
		return held
	}
	p.sctpMessages[key] = held
	return nil
}

// gtpu returns the IP packet a GTP-U G-PDU carries (3GPP TS 29.281 §5):
// an 8-byte header, 4 more when a sequence number, N-PDU number or
// extension header is flagged, then each extension header; nil when the
// header runs past the packet.
func gtpu(b []byte) []byte {
	off := 8
	if b[0]&0x07 != 0 {
		if len(b) < 12 {
			return nil
		}
		next := b[11]
		off = 12
		for next != 0 {
			if len(b) <= off {
				return nil
			}
			n := int(b[off]) * 4 // its length, in 4-byte units, its last byte the next one's type
			if n == 0 || len(b) < off+n {
				return nil
			}
			next, off = b[off+n-1], off+n
		}
	}
	return b[off:]
}

func (p *packets) udp(t time.Time, from, to AddrPort, b []byte, cut bool) {
	switch {
	case bytes.HasPrefix(b, []byte("HEP3")):
		p.hep(b)
	case to.Port == 4789 && len(b) >= 8 && b[0]&0x08 != 0: // VXLAN (RFC 7348), as cloud traffic mirroring sends it
		p.tunnel(t, linkEthernet, b[8:], cut)
	case (to.Port == 2152 || from.Port == 2152) && len(b) >= 8 && b[0]>>5 == 1 && b[1] == 0xff: // GTP-U: a mobile core's user plane (IMS)
		if ip := gtpu(b); len(ip) > 0 {
			p.tunnel(t, linkRaw, ip, cut)
		}
	case looksSIP(b):
		if cut {
			p.c.truncatedSIP++
		}
		p.add(Message{Time: t, From: from, To: to, Transport: "UDP", Text: bytes.Clone(b)})
	case looksRTP(b, from, to):
		p.rtp(t, from, to)
	}
}

// looksRTP reports whether a UDP payload is shaped like RTP: version 2, a
// payload type that is not RTCP's, between ports no signalling uses.
func looksRTP(b []byte, from, to AddrPort) bool {
	if len(b) < 12 || b[0]>>6 != 2 {
		return false
	}
	if pt := b[1] & 0x7f; pt >= 72 && pt <= 76 { // RTCP 200-204 with the marker bit
		return false
	}
	low := func(p uint16) bool { return p < 1024 || p == 5060 || p == 5061 }
	return !low(from.Port) && !low(to.Port)
}

func (p *packets) rtp(t time.Time, from, to AddrPort) {
	k := flowKey{from, to}
	if i, ok := p.media[k]; ok {
		p.c.Media[i].Packets++
		return
	}
	if len(p.c.Media) >= maxMedia {
		return
	}
	p.media[k] = len(p.c.Media)
	p.c.Media = append(p.c.Media, Media{From: from, To: to, Packets: 1, First: t})
}

func (p *packets) add(m Message) {
	if len(p.c.Messages) < maxMessages {
		p.c.Messages = append(p.c.Messages, m)
	}
}

// hep reads a HEP v3 packet (HOMER's encapsulation): chunks of vendor,
// type and length, of which the addresses, ports, time and the SIP
// payload are kept.
func (p *packets) hep(b []byte) {
	if len(b) < 6 {
		return
	}
	if n := int(binary.BigEndian.Uint16(b[4:])); n < len(b) && n >= 6 {
		b = b[:n]
	}
	var src, dst Addr
	var sport, dport uint16
	var sec, usec uint32
	var payload []byte
	sip := false
	for c := b[6:]; len(c) >= 6; {
		typ, n := binary.BigEndian.Uint16(c[2:]), int(binary.BigEndian.Uint16(c[4:]))
		if n < 6 || n > len(c) {
			break
		}
		v := c[6:n]
		switch {
		case typ == 3 && len(v) == 4:
			src = addr4(v)
		case typ == 4 && len(v) == 4:
			dst = addr4(v)
		case typ == 5 && len(v) == 16:
			src = addr16(v)
		case typ == 6 && len(v) == 16:
			dst = addr16(v)
		case typ == 7 && len(v) == 2:
			sport = binary.BigEndian.Uint16(v)
		case typ == 8 && len(v) == 2:
			dport = binary.BigEndian.Uint16(v)
		case typ == 9 && len(v) == 4:
			sec = binary.BigEndian.Uint32(v)
		case typ == 10 && len(v) == 4:
			usec = binary.BigEndian.Uint32(v)
		case typ == 11 && len(v) == 1:
			sip = v[0] == 1
		case typ == 15:
			payload = v
		case typ == 16: // the payload compressed with zlib
			if payload = inflate(v); payload == nil {
				p.c.compressedHEP++
				return
			}
		}
		c = c[n:]
	}
	if sip && looksSIP(payload) {
		p.add(Message{
			Time: time.Unix(int64(sec), int64(usec)*1000).UTC(),
			From: addrPort(src, sport), To: addrPort(dst, dport),
			Transport: "HEP", Text: bytes.Clone(payload),
		})
	}
}

// looksSIP reports whether b begins with a SIP start line: a status line,
// or a request line ending in SIP/2.0.
func looksSIP(b []byte) bool {
	if bytes.HasPrefix(b, []byte("SIP/2.0 ")) {
		return len(b) > 8 && '1' <= b[8] && b[8] <= '6'
	}
	line := b
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		line = b[:i]
	} else if len(b) > 1024 {
		return false
	}
	line = bytes.TrimSuffix(line, []byte("\r"))
	sp := bytes.IndexByte(line, ' ')
	if sp < 3 || !bytes.HasSuffix(line, []byte(" SIP/2.0")) {
		return false
	}
	for _, c := range line[:sp] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// finish lets go of what was held for packets that never came.
func (p *packets) finish() {
	clear(p.frags)
	clear(p.streams)
}
