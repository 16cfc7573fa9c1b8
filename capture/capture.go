// Package capture reads the SIP messages out of a packet capture: pcap
// and pcapng files (gzip'd or not), as tcpdump, Wireshark, sngrep and the
// carriers' "download the pcap" buttons write them. It needs nothing
// beyond the standard library, holds no more of the file than one block at
// a time, and says plainly what it could not read (encrypted SIP, SCTP,
// packets cut by the snap length, an unknown link type).
//
// Text turns what it read into the text package trace reads: one framing
// line per message with its time and addresses, as ngrep writes them.
package capture

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"
)

// Message is one SIP message found in a capture.
type Message struct {
	Time      time.Time
	From, To  AddrPort
	Transport string // "UDP", "TCP", "WS" (SIP over WebSocket), "HEP" (carried to a HOMER collector)
	Text      []byte // the message as sent: start line, headers, body
}

// Media counts the packets of one direction of a media stream: UDP
// packets shaped like RTP (version 2) between two addresses.
type Media struct {
	From, To AddrPort
	Packets  int
	First    time.Time
}

// Capture is what Read found.
type Capture struct {
	Format   string   // "pcap" or "pcapng", with ", gzip" when it was compressed
	Links    []string // the link types of its interfaces
	Packets  int      // every packet record read
	Messages []Message
	Media    []Media
	// Unread says what the capture holds that could not be read, and what
	// would make it readable: one sentence each.
	Unread []string

	tls, sctp, truncated, unknownLink, badPackets, compressedHEP int
	truncatedSIP                                                 int
	linkNames                                                    map[uint32]bool
}

// Limits keep a hostile or huge capture from holding unbounded memory.
const (
	maxBlock    = 256 << 10 // a packet record or pcapng block larger than this is not a packet
	maxMessages = 20000     // SIP messages kept; the rest are counted as left out
	maxMedia    = 256       // media directions counted
)

// ErrNotCapture is returned for input that is neither pcap nor pcapng.
var ErrNotCapture = errors.New("not a pcap or pcapng capture")

// Magic numbers, as the file's first four bytes.
var (
	pcapMagics = [][]byte{
		{0xd4, 0xc3, 0xb2, 0xa1}, {0xa1, 0xb2, 0xc3, 0xd4}, // microseconds, little and big endian
		{0x4d, 0x3c, 0xb2, 0xa1}, {0xa1, 0xb2, 0x3c, 0x4d}, // nanoseconds
	}
	pcapngMagic = []byte{0x0a, 0x0d, 0x0d, 0x0a}
	gzipMagic   = []byte{0x1f, 0x8b}
)

// Looks reports whether the first bytes of a file are a capture's: pcap,
// pcapng or gzip (which Read then opens). A caller that holds the start of
// an input uses it to choose between Read and reading text.
func Looks(head []byte) bool {
	for _, m := range Magics() {
		if bytes.HasPrefix(head, m) {
			return true
		}
	}
	return false
}

// Magics are the first bytes that Looks takes for a capture, for a reader
// elsewhere (the page's script) that must tell a capture from a text the
// same way.
func Magics() [][]byte { return append([][]byte{gzipMagic, pcapngMagic}, pcapMagics...) }

// Read reads a capture from r to its end, gzip'd or not. It fails only
// when r is no capture at all or cannot be read; a capture that ends early
// or holds broken packets gives what it held, with Unread saying so.
func Read(r io.Reader) (*Capture, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); !bytes.Equal(head, gzipMagic) {
		return read(br, inflate)
	}
	z, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("a gzip file that cannot be opened: %w", err)
	}
	defer z.Close()
	c, err := read(z, inflate)
	if c != nil {
		c.Format += ", gzip"
	}
	return c, err
}

// inflate undoes zlib compression, as HEP applies it to a payload.
func inflate(b []byte) []byte {
	z, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	out, _ := io.ReadAll(io.LimitReader(z, maxStream))
	return out
}

// ReadUncompressed reads a pcap or pcapng capture that is not compressed,
// for a caller that un-gzips it itself (a browser has DecompressionStream)
// and would rather not carry compress/gzip and compress/zlib (some 20 KB
// of WebAssembly): HEP packets whose payload is zlib-compressed are then
// counted in Unread, not read.
func ReadUncompressed(r io.Reader) (*Capture, error) { return read(r, nil) }

func read(r io.Reader, inflate func([]byte) []byte) (*Capture, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(4)
	if err != nil {
		return nil, ErrNotCapture
	}
	c := &Capture{linkNames: map[uint32]bool{}}
	p := newPackets(c, inflate)
	switch {
	case bytes.Equal(head, pcapngMagic):
		c.Format = "pcapng"
		err = readPcapng(br, p)
	case isPcap(head):
		c.Format = "pcap"
		err = readPcap(br, p)
	default:
		return nil, ErrNotCapture
	}
	p.finish()
	c.explainUnread(err)
	return c, nil
}

func isPcap(head []byte) bool {
	for _, m := range pcapMagics {
		if bytes.Equal(head, m) {
			return true
		}
	}
	return false
}

// readPcap reads the classic format: a 24-byte header, then records of a
// 16-byte header and the packet.
func readPcap(r io.Reader, p *packets) error {
	var h [24]byte
	if _, err := io.ReadFull(r, h[:]); err != nil {
		return errShort
	}
	var order binary.ByteOrder = binary.LittleEndian
	if h[0] == 0xa1 {
		order = binary.BigEndian
	}
	nano := h[2] == 0x3c && h[3] == 0x4d || h[1] == 0x3c && h[0] == 0x4d
	link := order.Uint32(h[20:]) & 0x0fffffff // the upper bits may carry an FCS length
	p.c.addLink(link)
	var rec [16]byte
	buf := make([]byte, 0, 2048)
	for {
		if _, err := io.ReadFull(r, rec[:]); err != nil {
			if err == io.EOF {
				return nil
			}
			return errShort
		}
		sec, frac := order.Uint32(rec[0:]), order.Uint32(rec[4:])
		caplen, origlen := order.Uint32(rec[8:]), order.Uint32(rec[12:])
		if caplen > maxBlock {
			return errBroken
		}
		buf = grow(buf, int(caplen))
		if _, err := io.ReadFull(r, buf); err != nil {
			return errShort
		}
		ns := int64(frac) * 1000
		if nano {
			ns = int64(frac)
		}
		p.packet(link, time.Unix(int64(sec), ns).UTC(), buf, caplen < origlen)
	}
}

// interfaceInfo is what a pcapng Interface Description Block says.
type interfaceInfo struct {
	link   uint32
	unit   float64 // seconds per timestamp tick
	offset int64   // seconds added to every timestamp
}

// readPcapng reads blocks: a Section Header Block (whose byte order rules
// its section), Interface Description Blocks, and packets in Enhanced,
// Simple and the obsolete Packet Blocks. Other blocks are skipped.
func readPcapng(r io.Reader, p *packets) error {
	var order binary.ByteOrder = binary.LittleEndian
	var ifaces []interfaceInfo
	var head [8]byte
	body := make([]byte, 0, 4096)
	for {
		if _, err := io.ReadFull(r, head[:]); err != nil {
			if err == io.EOF {
				return nil
			}
			return errShort
		}
		kind := order.Uint32(head[0:])
		if kind == 0x0a0d0d0a { // a section begins: read its byte order first
			var bom [4]byte
			if _, err := io.ReadFull(r, bom[:]); err != nil {
				return errShort
			}
			switch binary.LittleEndian.Uint32(bom[:]) {
			case 0x1a2b3c4d:
				order = binary.LittleEndian
			case 0x4d3c2b1a:
				order = binary.BigEndian
			default:
				return errBroken
			}
			ifaces = ifaces[:0]
			length := order.Uint32(head[4:])
			if length < 16 || length > maxBlock || length%4 != 0 {
				return errBroken
			}
			if _, err := io.CopyN(io.Discard, r, int64(length)-12); err != nil {
				return errShort
			}
			continue
		}
		length := order.Uint32(head[4:])
		if length < 12 || length%4 != 0 {
			return errBroken
		}
		if length > maxBlock {
			// Not a packet this reader keeps (a block of that size is no
			// SIP packet): skip it without holding it.
			if _, err := io.CopyN(io.Discard, r, int64(length)-8); err != nil {
				return errShort
			}
			continue
		}
		body = grow(body, int(length)-8)
		if _, err := io.ReadFull(r, body); err != nil {
			return errShort
		}
		body = body[:len(body)-4] // the trailing length
		switch kind {
		case 1: // Interface Description Block
			if len(body) < 8 {
				return errBroken
			}
			info := interfaceInfo{link: uint32(order.Uint16(body[0:])), unit: 1e-6}
			readOptions(body[8:], order, func(code uint16, v []byte) {
				switch {
				case code == 9 && len(v) >= 1: // if_tsresol
					if v[0]&0x80 != 0 {
						info.unit = 1 / float64(uint64(1)<<(v[0]&0x7f))
					} else {
						info.unit = 1 / pow10(int(v[0]))
					}
				case code == 14 && len(v) >= 8: // if_tsoffset
					info.offset = int64(order.Uint64(v))
				}
			})
			ifaces = append(ifaces, info)
			p.c.addLink(info.link)
		case 6, 2: // Enhanced Packet Block; the obsolete Packet Block
			if len(body) < 20 {
				return errBroken
			}
			id := order.Uint32(body[0:])
			if kind == 2 {
				id = uint32(order.Uint16(body[0:]))
			}
			ts := uint64(order.Uint32(body[4:]))<<32 | uint64(order.Uint32(body[8:]))
			caplen, origlen := order.Uint32(body[12:]), order.Uint32(body[16:])
			if int(id) >= len(ifaces) || uint64(caplen) > uint64(len(body)-20) {
				p.c.badPackets++
				continue
			}
			info := ifaces[id]
			p.packet(info.link, stamp(ts, info), body[20:20+caplen], caplen < origlen)
		case 3: // Simple Packet Block: interface 0, no time
			if len(body) < 4 || len(ifaces) == 0 {
				p.c.badPackets++
				continue
			}
			origlen := order.Uint32(body[0:])
			data := body[4:]
			if uint64(len(data)) > uint64(origlen) {
				data = data[:origlen]
			}
			p.packet(ifaces[0].link, time.Time{}, data, uint32(len(data)) < origlen)
		}
	}
}

// readOptions calls fn with each option of a pcapng block's option list.
func readOptions(b []byte, order binary.ByteOrder, fn func(code uint16, value []byte)) {
	for len(b) >= 4 {
		code, n := order.Uint16(b[0:]), int(order.Uint16(b[2:]))
		if code == 0 || 4+n > len(b) {
			return
		}
		fn(code, b[4:4+n])
		next := 4 + (n+3)&^3 // values are padded to 32 bits
		if next > len(b) {
			return
		}
		b = b[next:]
	}
}

// stamp turns a pcapng timestamp into a time, by its interface's unit.
func stamp(ts uint64, info interfaceInfo) time.Time {
	if info.unit == 1e-6 {
		return time.Unix(int64(ts/1e6)+info.offset, int64(ts%1e6)*1000).UTC()
	}
	if info.unit == 1e-9 {
		return time.Unix(int64(ts/1e9)+info.offset, int64(ts%1e9)).UTC()
	}
	sec := float64(ts) * info.unit
	whole := int64(sec)
	return time.Unix(whole+info.offset, int64((sec-float64(whole))*1e9)).UTC()
}

func pow10(n int) float64 {
	v := 1.0
	for range n {
		v *= 10
	}
	return v
}

// grow returns b with length n, reusing its array when it is large enough.
func grow(b []byte, n int) []byte {
	if cap(b) >= n {
		return b[:n]
	}
	return make([]byte, n)
}

var (
	errShort  = errors.New("the capture ends in the middle of a packet")
	errBroken = errors.New("a block's length makes no sense")
)

func (c *Capture) addLink(link uint32) {
	if c.linkNames[link] {
		return
	}
	c.linkNames[link] = true
	c.Links = append(c.Links, linkName(link))
}

// explainUnread writes what could not be read, and what would help.
func (c *Capture) explainUnread(err error) {
	say := func(format string, args ...any) { c.Unread = append(c.Unread, fmt.Sprintf(format, args...)) }
	if err != nil {
		say("The capture stops early (%v): what came before it is read.", err)
	}
	if c.tls > 0 {
		say("%d packets are TLS (SIP over TLS, port 5061 or a TLS handshake): their SIP is encrypted. Capture where the SIP is still clear (before the SBC or proxy encrypts it, or on its internal side), or give Wireshark the TLS key log to decrypt it.", c.tls)
	}
	if c.sctp > 0 {
		say("%d packets are SCTP, which this reader does not decode; Wireshark does.", c.sctp)
	}
	if c.unknownLink > 0 {
		say("%d packets are of a link type this reader does not know (%v): capture on an Ethernet or Linux \"any\" interface.", c.unknownLink, c.Links)
	}
	if c.truncated > 0 {
		sip := ""
		if c.truncatedSIP > 0 {
			sip = fmt.Sprintf(", %d of them SIP whose end is missing", c.truncatedSIP)
		}
		say("%d packets were cut short by the capture's snap length%s: capture with -s 0 (the whole packet).", c.truncated, sip)
	}
	if c.compressedHEP > 0 {
		say("%d HEP packets carry their SIP compressed, which this reader was built without: sipcodes explain in a terminal reads them.", c.compressedHEP)
	}
	if c.badPackets > 0 {
		say("%d packets could not be decoded (broken headers).", c.badPackets)
	}
	if len(c.Messages) >= maxMessages {
		say("Only the first %d SIP messages are kept.", maxMessages)
	}
}
