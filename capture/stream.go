package capture

import (
	"bytes"
	"encoding/binary"
	"strconv"
	"time"
)

// stream is one direction of a TCP connection: its bytes in order, cut
// into SIP messages by their Content-Length (RFC 3261 §18.3), or into
// WebSocket frames once the connection was upgraded (RFC 7118).
type stream struct {
	next      uint32            // the sequence number of the next byte expected
	started   bool              // next is known
	buf       []byte            // bytes read and not yet part of a whole message
	at        time.Time         // when the first of buf's bytes came
	pending   map[uint32][]byte // segments that came before a gap was filled
	websocket bool              // the connection was upgraded to WebSocket
	tls       bool              // its bytes are TLS records
	frame     []byte            // a WebSocket message whose later frames are still to come
}

const (
	tcpSYN = 0x02
	tcpFIN = 0x01
	tcpRST = 0x04
)

func (p *packets) tcp(t time.Time, from, to AddrPort, seq uint32, flags byte, payload []byte) {
	k := flowKey{from, to}
	s := p.streams[k]
	if s == nil {
		if len(payload) == 0 && flags&tcpSYN == 0 {
			return
		}
		if len(p.streams) >= maxStreams {
			for other := range p.streams { // drop any one: a capture of thousands of connections keeps the newest
				delete(p.streams, other)
				break
			}
		}
		s = &stream{}
		p.streams[k] = s
	}
	if flags&tcpSYN != 0 {
		s.next, s.started, s.buf = seq+1, true, s.buf[:0]
		return
	}
	if flags&tcpRST != 0 {
		delete(p.streams, k)
		return
	}
	if len(payload) == 0 {
		return
	}
	if !s.started { // the capture began inside the connection
		s.next, s.started = seq, true
	}
	switch d := int32(seq - s.next); {
	case d == 0:
		s.append(t, payload)
		for len(s.pending) > 0 { // the gap is filled: what waited follows
			held, ok := s.pending[s.next]
			if !ok {
				break
			}
			delete(s.pending, s.next)
			s.append(t, held)
		}
	case d < 0: // a retransmission, or a segment that overlaps what came
		if int(-d) < len(payload) {
			s.append(t, payload[-d:])
		}
	default: // a gap: hold the segment until it is filled
		if s.pending == nil {
			s.pending = map[uint32][]byte{}
		}
		if len(s.pending) >= maxPending { // it never will be: start again after it
			clear(s.pending)
			s.buf, s.next = s.buf[:0], seq
			s.append(t, payload)
			break
		}
		s.pending[seq] = bytes.Clone(payload)
	}
	p.messages(s, from, to)
	if flags&tcpFIN != 0 {
		delete(p.streams, k)
	}
}

func (s *stream) append(t time.Time, b []byte) {
	if len(s.buf) == 0 {
		s.at = t
	}
	s.next += uint32(len(b))
	if len(s.buf)+len(b) > maxStream { // no message is this long: what is held is not SIP
		s.buf = s.buf[:0]
		return
	}
	s.buf = append(s.buf, b...)
}

// messages takes every whole message off the front of the stream.
func (p *packets) messages(s *stream, from, to AddrPort) {
	for len(s.buf) > 0 {
		if s.tls {
			p.c.tls++
			s.buf = s.buf[:0]
			return
		}
		if s.websocket {
			if !p.webSocketFrame(s, from, to) {
				return
			}
			continue
		}
		s.buf = trimKeepAlives(s.buf)
		switch {
		case len(s.buf) == 0:
			return
		case isTLS(s.buf):
			s.tls = true
			continue
		case bytes.HasPrefix(s.buf, []byte("GET ")) || bytes.HasPrefix(s.buf, []byte("HTTP/1.1 101")):
			// The WebSocket handshake: its frames follow the headers.
			end := bytes.Index(s.buf, []byte("\r\n\r\n"))
			if end < 0 {
				return
			}
			s.websocket = containsFold(s.buf[:end], "websocket")
			s.consume(end + 4)
			continue
		case !looksSIP(s.buf):
			// Not at a message's start (the capture began inside one):
			// skip to the next line that starts one.
			i := nextStartLine(s.buf)
			if i < 0 {
				if len(s.buf) > 2048 {
					s.consume(len(s.buf) - 1024)
				}
				return
			}
			s.consume(i)
			continue
		}
		n := messageLength(s.buf)
		if n < 0 || n > len(s.buf) {
			return // its end is still to come
		}
		p.add(Message{Time: s.at, From: from, To: to, Transport: "TCP", Text: bytes.Clone(s.buf[:n])})
		s.consume(n)
	}
}

// consume drops the first n bytes, moving the rest to the front so that
// a long connection does not keep what it has read.
func (s *stream) consume(n int) {
	s.buf = s.buf[:copy(s.buf, s.buf[n:])]
}

// trimKeepAlives drops the CRLFs a client sends as keep-alives (RFC 5626 §4.4.1).
func trimKeepAlives(b []byte) []byte {
	i := 0
	for i < len(b) && (b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return b[i:]
}

// isTLS reports whether b begins with a TLS record: a content type of 20
// to 23 and a version of 3.x.
func isTLS(b []byte) bool {
	return len(b) >= 3 && b[0] >= 20 && b[0] <= 23 && b[1] == 3 && b[2] <= 4
}

// nextStartLine is where the next line that starts a SIP message begins, or -1.
func nextStartLine(b []byte) int {
	for i := 0; i < len(b); {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return -1
		}
		i += j + 1
		if looksSIP(b[i:]) {
			return i
		}
	}
	return -1
}

// messageLength is the length of the message b begins with: its headers,
// the blank line, and Content-Length bytes of body; -1 when the headers
// have not all come. A message without Content-Length has no body, as
// RFC 3261 §18.3 requires of a stream.
func messageLength(b []byte) int {
	end, sep := bytes.Index(b, []byte("\r\n\r\n")), 4
	if lf := bytes.Index(b, []byte("\n\n")); lf >= 0 && (end < 0 || lf < end) {
		end, sep = lf, 2
	}
	if end < 0 {
		return -1
	}
	body := 0
	for rest := b[:end]; len(rest) > 0; {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			continue
		}
		name = trimSpace(name)
		if equalFold(name, "content-length") || equalFold(name, "l") {
			if n, err := strconv.Atoi(string(trimSpace(value))); err == nil && n >= 0 && n <= maxStream {
				body = n
			}
		}
	}
	return end + sep + body
}

// webSocketFrame takes one frame off the stream, reports whether it could
// (false: the frame's end is still to come), and keeps a text or binary
// message that holds SIP.
func (p *packets) webSocketFrame(s *stream, from, to AddrPort) bool {
	b := s.buf
	if len(b) < 2 {
		return false
	}
	fin, opcode := b[0]&0x80 != 0, b[0]&0x0f
	masked, n, off := b[1]&0x80 != 0, uint64(b[1]&0x7f), 2
	switch n {
	case 126:
		if len(b) < 4 {
			return false
		}
		n, off = uint64(binary.BigEndian.Uint16(b[2:])), 4
	case 127:
		if len(b) < 10 {
			return false
		}
		n, off = binary.BigEndian.Uint64(b[2:]), 10
	}
	if n > maxStream {
		s.buf = s.buf[:0] // no frame is this long: not WebSocket after all
		s.websocket = false
		return false
	}
	var mask []byte
	if masked {
		if len(b) < off+4 {
			return false
		}
		mask, off = b[off:off+4], off+4
	}
	if uint64(len(b)-off) < n {
		return false
	}
	payload := b[off : off+int(n)]
	for i := range payload {
		if masked {
			payload[i] ^= mask[i%4]
		}
	}
	if opcode <= 2 { // continuation, text, binary
		s.frame = append(s.frame, payload...)
		if fin {
			if looksSIP(s.frame) {
				p.add(Message{Time: s.at, From: from, To: to, Transport: "WS", Text: bytes.Clone(s.frame)})
			}
			s.frame = s.frame[:0]
		}
	}
	s.consume(off + int(n))
	return true
}

// ASCII-only helpers: a header name needs no Unicode case folding, and
// bytes' own would bring its tables into the browser's explainer.

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFold reports whether b is word, in any ASCII case.
func equalFold(b []byte, word string) bool {
	if len(b) != len(word) {
		return false
	}
	for i := range b {
		if lower(b[i]) != word[i] {
			return false
		}
	}
	return true
}

// containsFold reports whether b holds word (lower case), in any ASCII case.
func containsFold(b []byte, word string) bool {
	for i := 0; i+len(word) <= len(b); i++ {
		if equalFold(b[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
