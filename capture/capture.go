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
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"strconv"
	"strings"
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
	secrets                                                      int // pcapng Decryption Secrets Blocks
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

// Read reads a capture from r to its end, gzip'd or not (in a js build,
// which carries no decompressor, a gzip'd file is refused: a browser
// un-gzips it with DecompressionStream and writes the bytes to a Reader).
// It fails only when r is no capture at all; a capture that ends early or
// holds broken packets gives what it held, with Unread saying so.
func Read(r io.Reader) (*Capture, error) {
	var head [2]byte
	n, _ := io.ReadFull(r, head[:])
	r = io.MultiReader(bytes.NewReader(head[:n]), r)
	if !bytes.Equal(head[:n], gzipMagic) {
		return readAll(r)
	}
	z, err := gunzip(r)
	if err != nil {
		return nil, err
	}
	c, err := readAll(z)
	if c != nil {
		c.Format += ", gzip"
	}
	return c, err
}

func readAll(r io.Reader) (*Capture, error) {
	d := NewReader()
	buf := make([]byte, 64<<10)
	for {
		n, err := r.Read(buf)
		d.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			d.stop(err)
			break
		}
	}
	return d.Close()
}

// A Reader reads a pcap or pcapng capture (not gzip'd) as its bytes
// arrive: Write each slice of the file in order, then Close. It holds no
// more of the file than one packet record or block, so a caller that has
// the file in slices (a browser reading a File as a stream) never holds it
// whole.
type Reader struct {
	c   *Capture
	p   *packets
	buf []byte // the start of a record or block whose end has not arrived
	// skip is what is left to pass over of a block too large to be a packet.
	skip       int
	err        error // why reading stopped before the end
	order      order
	pcapHeader bool            // pcap: the file header is read
	nano       bool            // pcap: timestamps in nanoseconds
	link       uint32          // pcap: the link type
	ifaces     []interfaceInfo // pcapng: the section's interfaces
}

// NewReader returns a Reader waiting for a capture's first bytes.
func NewReader() *Reader {
	c := &Capture{linkNames: map[uint32]bool{}}
	return &Reader{c: c, p: newPackets(c)}
}

// Write reads the slice's whole records and blocks and keeps the rest
// until the next slice. It never fails: what could not be read, Close says.
func (r *Reader) Write(b []byte) (int, error) {
	n := len(b)
	if r.err != nil {
		return n, nil
	}
	if len(r.buf) == 0 {
		b = r.consume(b) // read in place: no copy of a slice that holds whole records
	} else {
		r.buf = append(r.buf, b...)
		b = r.consume(r.buf)
		r.buf = r.buf[:0]
	}
	if r.err == nil {
		r.buf = append(r.buf, b...)
	}
	return n, nil
}

// Close ends the capture and returns what was read. It fails only when
// what was written is no pcap or pcapng capture.
func (r *Reader) Close() (*Capture, error) {
	if r.c.Format == "" || r.err == ErrNotCapture {
		return nil, ErrNotCapture
	}
	if len(r.buf) > 0 || r.skip > 0 || r.c.Format == "pcap" && !r.pcapHeader {
		r.stop(errShort)
	}
	r.p.finish()
	r.c.explainUnread(r.err)
	return r.c, nil
}

// stop records why reading stopped, if it has not stopped already.
func (r *Reader) stop(err error) {
	if r.err == nil {
		r.err = err
	}
}

// consume reads the whole records and blocks at the start of b and
// returns what is left of b.
func (r *Reader) consume(b []byte) []byte {
	for len(b) > 0 && r.err == nil {
		if r.skip > 0 {
			k := min(r.skip, len(b))
			r.skip -= k
			b = b[k:]
			continue
		}
		n := r.next(b)
		if n == 0 {
			break
		}
		b = b[n:]
	}
	return b
}

// next reads one record or block from the start of b and returns its
// length, or 0 when b does not hold it whole yet (or reading stopped).
func (r *Reader) next(b []byte) int {
	switch r.c.Format {
	case "":
		if len(b) < 4 {
			return 0
		}
		switch {
		case bytes.HasPrefix(b, pcapngMagic):
			r.c.Format = "pcapng"
		case isPcap(b[:4]):
			r.c.Format = "pcap"
		default:
			r.stop(ErrNotCapture)
			return 0
		}
		return r.next(b)
	case "pcap":
		if !r.pcapHeader {
			return r.pcapFileHeader(b)
		}
		return r.pcapRecord(b)
	}
	return r.pcapngBlock(b)
}

func isPcap(head []byte) bool {
	for _, m := range pcapMagics {
		if bytes.Equal(head, m) {
			return true
		}
	}
	return false
}

// order reads a file's integers in the byte order its writer used.
type order struct{ big bool }

func (o order) u16(b []byte) uint16 {
	if o.big {
		return binary.BigEndian.Uint16(b)
	}
	return binary.LittleEndian.Uint16(b)
}

func (o order) u32(b []byte) uint32 {
	if o.big {
		return binary.BigEndian.Uint32(b)
	}
	return binary.LittleEndian.Uint32(b)
}

func (o order) u64(b []byte) uint64 {
	if o.big {
		return binary.BigEndian.Uint64(b)
	}
	return binary.LittleEndian.Uint64(b)
}

// pcapFileHeader reads the classic format's 24-byte header; records of a
// 16-byte header and the packet follow it.
func (r *Reader) pcapFileHeader(h []byte) int {
	if len(h) < 24 {
		return 0
	}
	r.order = order{big: h[0] == 0xa1}
	r.nano = h[2] == 0x3c && h[3] == 0x4d || h[1] == 0x3c && h[0] == 0x4d
	r.link = r.order.u32(h[20:]) & 0x0fffffff // the upper bits may carry an FCS length
	r.c.addLink(r.link)
	r.pcapHeader = true
	return 24
}

func (r *Reader) pcapRecord(b []byte) int {
	if len(b) < 16 {
		return 0
	}
	sec, frac := r.order.u32(b[0:]), r.order.u32(b[4:])
	caplen, origlen := r.order.u32(b[8:]), r.order.u32(b[12:])
	if caplen > maxBlock {
		r.stop(errBroken)
		return 0
	}
	if len(b) < 16+int(caplen) {
		return 0
	}
	ns := int64(frac) * 1000
	if r.nano {
		ns = int64(frac)
	}
	r.p.packet(r.link, time.Unix(int64(sec), ns).UTC(), b[16:16+caplen], caplen < origlen)
	return 16 + int(caplen)
}

// interfaceInfo is what a pcapng Interface Description Block says.
type interfaceInfo struct {
	link   uint32
	unit   float64 // seconds per timestamp tick
	offset int64   // seconds added to every timestamp
}

// pcapngBlock reads one block: a Section Header Block (whose byte order
// rules its section), an Interface Description Block, or a packet in an
// Enhanced, Simple or the obsolete Packet Block. Other blocks are passed
// over.
func (r *Reader) pcapngBlock(b []byte) int {
	if len(b) < 12 {
		return 0
	}
	if bytes.HasPrefix(b, pcapngMagic) { // a section begins: its byte order first
		switch binary.LittleEndian.Uint32(b[8:]) {
		case 0x1a2b3c4d:
			r.order = order{big: false}
		case 0x4d3c2b1a:
			r.order = order{big: true}
		default:
			r.stop(errBroken)
			return 0
		}
		r.ifaces = r.ifaces[:0]
		length := r.order.u32(b[4:])
		if length < 16 || length > maxBlock || length%4 != 0 {
			r.stop(errBroken)
			return 0
		}
		if len(b) < int(length) {
			return 0
		}
		return int(length)
	}
	kind, length := r.order.u32(b[0:]), r.order.u32(b[4:])
	if length < 12 || length%4 != 0 {
		r.stop(errBroken)
		return 0
	}
	if length > maxBlock {
		// No SIP packet is that large: pass over it without holding it.
		r.skip = int(length) - 8
		return 8
	}
	if len(b) < int(length) {
		return 0
	}
	body := b[8 : length-4] // less the trailing length
	switch kind {
	case 1: // Interface Description Block
		if len(body) < 8 {
			r.stop(errBroken)
			return 0
		}
		info := interfaceInfo{link: uint32(r.order.u16(body[0:])), unit: 1e-6}
		for opts := body[8:]; len(opts) >= 4; {
			code, n := r.order.u16(opts[0:]), int(r.order.u16(opts[2:]))
			if code == 0 || 4+n > len(opts) {
				break
			}
			v := opts[4 : 4+n]
			opts = opts[min(len(opts), 4+(n+3)&^3):] // values are padded to 32 bits
			switch {
			case code == 9 && len(v) >= 1: // if_tsresol
				if v[0]&0x80 != 0 {
					info.unit = 1 / float64(uint64(1)<<(v[0]&0x7f))
				} else {
					info.unit = 1 / pow10(int(v[0]))
				}
			case code == 14 && len(v) >= 8: // if_tsoffset
				info.offset = int64(r.order.u64(v))
			}
		}
		r.ifaces = append(r.ifaces, info)
		r.c.addLink(info.link)
	case 6, 2: // Enhanced Packet Block; the obsolete Packet Block
		if len(body) < 20 {
			r.stop(errBroken)
			return 0
		}
		id := r.order.u32(body[0:])
		if kind == 2 {
			id = uint32(r.order.u16(body[0:]))
		}
		ts := uint64(r.order.u32(body[4:]))<<32 | uint64(r.order.u32(body[8:]))
		caplen, origlen := r.order.u32(body[12:]), r.order.u32(body[16:])
		if int(id) >= len(r.ifaces) || uint64(caplen) > uint64(len(body)-20) {
			r.c.badPackets++
			break
		}
		info := r.ifaces[id]
		r.p.packet(info.link, stamp(ts, info), body[20:20+caplen], caplen < origlen)
	case 3: // Simple Packet Block: interface 0, no time
		if len(body) < 4 || len(r.ifaces) == 0 {
			r.c.badPackets++
			break
		}
		origlen := r.order.u32(body[0:])
		data := body[4:]
		if uint64(len(data)) > uint64(origlen) {
			data = data[:origlen]
		}
		r.p.packet(r.ifaces[0].link, time.Time{}, data, uint32(len(data)) < origlen)
	case 10: // Decryption Secrets Block: keys Wireshark can decrypt TLS with
		r.c.secrets++
	}
	return int(length)
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

// explainUnread writes what could not be read, and what would help: a
// sentence for each kind, after the count of what it says.
func (c *Capture) explainUnread(err error) {
	if err != nil {
		c.Unread = append(c.Unread, "The capture stops early ("+err.Error()+"): what came before it is read.")
	}
	decrypt := "Capture where the SIP is still clear (before the SBC or proxy encrypts it, or on its internal side), or give Wireshark the TLS key log to decrypt it."
	if c.secrets > 0 {
		decrypt = "The capture carries its TLS keys (a pcapng Decryption Secrets Block): open it in Wireshark, which decrypts it, and paste the SIP here."
	}
	cutSIP := "" // of the packets cut short, those that held SIP
	if c.truncatedSIP > 0 {
		cutSIP = ", " + strconv.Itoa(c.truncatedSIP) + " of them SIP whose end is missing"
	}
	for _, u := range []struct {
		n    int
		says string
	}{
		{c.tls, " packets are TLS (SIP over TLS, port 5061 or a TLS handshake): their SIP is encrypted. " + decrypt},
		{c.sctp, " pieces of messages over SCTP could not be put together (a piece without the first, or a message over 256 KB)."},
		{c.unknownLink, " packets are of a link type this reader does not know (" + strings.Join(c.Links, ", ") + "): capture on an Ethernet or Linux \"any\" interface."},
		{c.truncated, " packets were cut short by the capture's snap length" + cutSIP + ": capture with -s 0 (the whole packet)."},
		{c.compressedHEP, " HEP packets carry their SIP compressed, which this reader was built without: sipcodes explain in a terminal reads them."},
		{c.badPackets, " packets could not be decoded (broken headers)."},
	} {
		if u.n > 0 {
			c.Unread = append(c.Unread, strconv.Itoa(u.n)+u.says)
		}
	}
	if len(c.Messages) >= maxMessages {
		c.Unread = append(c.Unread, "Only the first "+strconv.Itoa(maxMessages)+" SIP messages are kept.")
	}
}
