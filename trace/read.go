package trace

import (
	"strconv"
	"strings"

	"github.com/sipcodes/sipcodes/codes"
)

// Output bounds: a huge paste yields a bounded explanation.
const (
	maxMessages = 5000
	maxValues   = 2000 // Reason, Warning and Signal values each
)

// knownMethods are the methods a request line may carry anywhere in a line;
// any other method token must start the line.
var knownMethods = map[string]bool{
	"INVITE": true, "ACK": true, "BYE": true, "CANCEL": true, "REGISTER": true,
	"OPTIONS": true, "INFO": true, "UPDATE": true, "PRACK": true, "SUBSCRIBE": true,
	"NOTIFY": true, "REFER": true, "MESSAGE": true, "PUBLISH": true,
}

// reader holds the state of one linear pass over the text.
type reader struct {
	ex *Explanation

	cur        int    // index of the message whose headers are being read, -1 for none
	inHeaders  bool   // between a start line and the blank line after it
	baseIndent int    // indentation of the current start line
	prefixLen  int    // column where the current start line began, for fixed-width log prefixes
	prefixHead string // the first bytes of that prefix, to know its other lines
	dotted     bool   // ngrep: every line of the message ends in "."

	hName, hValue string // header waiting for continuation lines
	hLine         int

	dir     string // direction announced by a framing line, for the next start line
	dirLine int
	frame   frame // who sent the next message to whom, and when, as that framing line says
	dump    frame // a sipdump head being read, field by field
	lastSDP int   // the line of the last SDP line read

	toks     []token // the tokens of the line being weighed, kept to spare allocations
	opensips int8    // whether that line names OpenSIPS: 0 not known yet, 1 yes, 2 no
	ladder   int8    // whether it draws a call flow (an arrow or a bar): 0 not known yet, 1 yes, 2 no
}

func newReader(ex *Explanation) *reader {
	return &reader{ex: ex, cur: -1}
}

// read walks the text line by line; a line holding literal "\r\n" escapes
// (a string printed from a program) is read as the lines it encodes.
func (r *reader) read(text string) {
	lineNo := 0
	for len(text) > 0 {
		lineNo++
		var line string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			line, text = text, ""
		}
		line = strings.TrimSuffix(line, "\r")
		if !strings.Contains(line, `\r\n`) {
			r.line(line, lineNo, false)
			continue
		}
		segs := strings.Split(line, `\r\n`)
		for i, seg := range segs {
			seg = trimEscaped(seg)
			if seg == "" && i == len(segs)-1 {
				break // the closing quote after the last escape
			}
			r.line(seg, lineNo, true)
		}
	}
	r.flush()
}

// trimEscaped removes string-literal punctuation around one escaped line:
// b'...', "..." + and a trailing backslash continuation.
func trimEscaped(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"b'", `b"`, "'", `"`, "+ "} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.TrimRight(s, ` \'"+,;)`)
	return s
}

// strip removes indentation and "> " quote marks and reports the indentation.
func strip(s string) (content string, indent int) {
	i := 0
	for i < len(s) {
		switch s[i] {
		case ' ', '\t':
			indent++
		case '>':
			if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\t' && i > 0 {
				return s[i:], indent
			}
		default:
			return s[i:], indent
		}
		i++
	}
	return "", indent
}

func (r *reader) line(raw string, n int, escaped bool) {
	content, indent := strip(raw)
	if content == "" || content == "." && r.dotted {
		r.flush()
		r.inHeaders = false
		return
	}
	r.framing(content, n)
	r.publicURI(content)
	if r.starts(raw, content, indent, n) {
		return
	}
	if !r.inHeaders && r.sdp(content, n) {
		return
	}
	if r.inHeaders {
		if r.header(raw, content, indent, n, escaped) {
			return
		}
	} else if name, value, ok := r.splitAt(raw, content); ok && standalone[name] {
		// A header pasted alone, outside any message: it may be folded
		// over the lines after it, as inside one.
		r.flush()
		r.cur, r.inHeaders, r.baseIndent = -1, true, indent
		r.hName, r.hValue, r.hLine = name, value, n
		return
	}
	r.mentions(content, n)
}

// standalone headers are worth reading even outside a message: people paste them alone.
var standalone = map[string]bool{
	"reason": true, "warning": true, "x-reason": true,
	"x-asterisk-hangupcause": true, "x-asterisk-hangupcausecode": true,
}

// splitAt reads a header at the line's start, or after the current fixed-width log prefix.
func (r *reader) splitAt(raw, content string) (string, string, bool) {
	if name, value, ok := splitHeader(content); ok {
		return name, value, true
	}
	if r.prefixLen > 0 && len(raw) > r.prefixLen {
		if c, _ := strip(raw[r.prefixLen:]); c != "" {
			return splitHeader(c)
		}
	}
	return "", "", false
}

func (r *reader) header(raw, content string, indent, n int, escaped bool) bool {
	continuation := !escaped && r.hName != "" && indent > r.baseIndent
	if !continuation {
		if name, value, ok := r.splitAt(raw, content); ok {
			r.flush()
			r.hName, r.hValue, r.hLine = name, value, n
			return true
		}
	}
	// Inside a message a line without a colon continues the header; a
	// header pasted alone continues only on deeper-indented lines.
	if r.hName != "" && (continuation || r.cur >= 0 && !strings.Contains(content, ": ")) && len(r.hValue) < 4096 && !r.nextLogLine(raw) {
		r.hValue += " " + strings.TrimSpace(content)
		return true
	}
	r.flush()
	r.inHeaders = false
	return false
}

// nextLogLine reports whether raw is another line of the log whose prefix
// the current start line carries (a timestamp of the same shape) with no
// header and no deeper indentation after that prefix: the message ended,
// it is not a folded header value.
func (r *reader) nextLogLine(raw string) bool {
	if r.prefixLen == 0 || len(raw) < len(r.prefixHead) {
		return false
	}
	for i := 0; i < len(r.prefixHead); i++ {
		a, b := raw[i], r.prefixHead[i]
		if a != b && !(isDigit(a) && isDigit(b)) && !(isLetter(a) && isLetter(b)) {
			return false
		}
	}
	return len(raw) <= r.prefixLen || raw[r.prefixLen] != ' ' && raw[r.prefixLen] != '\t'
}

// flush applies the waiting header to the current message (or to none).
func (r *reader) flush() {
	if r.hName == "" {
		return
	}
	name, value, line := r.hName, r.hValue, r.hLine
	r.hName, r.hValue = "", ""
	if r.dotted {
		value = strings.TrimSuffix(value, ".")
	}
	var m *Message
	if r.cur >= 0 && r.inHeaders {
		m = &r.ex.Messages[r.cur]
	}
	switch name {
	case "reason":
		r.addReasons(parseReasons(value, line), m)
	case "warning":
		r.addWarnings(parseWarnings(value, line), m)
	case "x-reason", "x-asterisk-hangupcause":
		r.signal(Signal{Line: line, Kind: "text", Text: clip(value, 200)})
	case "x-asterisk-hangupcausecode":
		if c, err := strconv.Atoi(value); err == nil && c > 0 && c < 128 {
			r.signal(Signal{Line: line, Kind: "cause", Cause: c, Text: "X-Asterisk-HangupCauseCode: " + value})
		}
	}
	if m == nil {
		return
	}
	value = clip(value, 300)
	switch name {
	case "call-id":
		m.CallID = value
	case "cseq":
		f := strings.Fields(value)
		m.CSeq = strings.Join(f, " ")
		if len(f) >= 1 {
			m.cseqNum, _ = strconv.ParseInt(f[0], 10, 64)
		}
		if len(f) >= 2 {
			m.cseqMethod = strings.ToUpper(f[1])
		}
	case "retry-after":
		m.RetryAfter = value
	case "min-se":
		m.MinSE = value
	case "session-expires":
		n, _, _ := strings.Cut(value, ";")
		m.sessionExpires, _ = strconv.Atoi(strings.TrimSpace(n))
	case "min-expires":
		m.MinExpires = value
	case "unsupported":
		m.Unsupported = value
	case "require":
		m.Require = value
	case "allow":
		m.Allow = value
	case "authorization", "proxy-authorization":
		m.credentials = true
	case "www-authenticate", "proxy-authenticate":
		m.stale = m.stale || strings.Contains(strings.ToLower(value), "stale=true")
	case "record-route":
		m.recordRoute = true
	case "via":
		m.vias += 1 + strings.Count(value, ",") // "Via: a, b" is two
	case "from":
		if _, tag, ok := strings.Cut(strings.ToLower(value), "tag="); ok {
			m.fromTag, _, _ = strings.Cut(tag, ";")
		}
	case "contact":
		if m.Code >= 300 && m.Code < 400 && len(m.Contact) < 20 {
			m.Contact = append(m.Contact, value)
		}
	}
}

func (r *reader) signal(s Signal) {
	if len(r.ex.Signals) < maxValues {
		r.ex.Signals = append(r.ex.Signals, s)
	} else {
		r.ex.Truncated = true
	}
}

// addReasons records Reason values, and on the message m their header is
// in (nil for none), within the output's bound.
func (r *reader) addReasons(rs []Reason, m *Message) {
	var mine *[]Reason
	if m != nil {
		mine = &m.Reasons
	}
	addValues(r, &r.ex.Reasons, mine, rs)
}

// addWarnings is addReasons for Warning values.
func (r *reader) addWarnings(ws []Warning, m *Message) {
	var mine *[]Warning
	if m != nil {
		mine = &m.Warnings
	}
	addValues(r, &r.ex.Warnings, mine, ws)
}

// addValues appends vs to the explanation's list and to its message's
// (mine, nil for none), or notes that the output is full.
func addValues[T any](r *reader, all, mine *[]T, vs []T) {
	if len(*all)+len(vs) > maxValues {
		r.ex.Truncated = true
		return
	}
	*all = append(*all, vs...)
	if mine != nil {
		*mine = append(*mine, vs...)
	}
}

// add appends a message, bounded.
func (r *reader) add(m Message) int {
	if len(r.ex.Messages) >= maxMessages {
		r.ex.Truncated = true
		return -1
	}
	if r.dir != "" && m.Line-r.dirLine <= 3 {
		m.Direction = r.dir
		m.From, m.To = r.frame.from, r.frame.to
		if m.Time == "" {
			m.Time = r.frame.time
		}
	}
	r.dir, r.frame = "", frame{}
	m.at = -1
	if m.Time != "" {
		m.at = timeOfDay(m.Time)
	}
	r.ex.Messages = append(r.ex.Messages, m)
	return len(r.ex.Messages) - 1
}

// starts finds request and response start lines in a line; a flattened
// paste can hold several.
func (r *reader) starts(raw, content string, indent, n int) bool {
	found := false
	rest := content
	// The next status and request line, as offsets into content: each is
	// searched again only once the reading has passed it, so a flattened
	// paste of many messages is read in one pass (review M2).
	nextS, nextR, method := -2, -2, ""
	for rest != "" {
		at := len(content) - len(rest)
		if nextS != -1 && nextS < at {
			if nextS = statusAt(rest); nextS >= 0 {
				nextS += at
			}
		}
		if nextR != -1 && nextR < at {
			if nextR, method = requestAt(rest, rest == content); nextR >= 0 {
				nextR += at
			}
		}
		si, ri := nextS, nextR
		if si >= 0 {
			si -= at
		}
		if ri >= 0 {
			ri -= at
		}
		if si < 0 && ri < 0 {
			break
		}
		if !found && min(uint(si), uint(ri)) > 0 {
			r.stated(rest[:min(uint(si), uint(ri))], n) // a flattened paste: text before the first start line
		}
		r.flush()
		var m Message
		var end int
		var startAt int
		if si >= 0 && (ri < 0 || si < ri) {
			startAt = si
			m, end = statusLine(rest[si:], n)
			end += si
		} else {
			startAt = ri
			m = Message{Line: n, Method: method}
			end = ri + len(method)
			if k := indexFold(rest[end:], "sip/2.0"); k >= 0 {
				end += k + len("sip/2.0")
			}
		}
		r.dotted = strings.HasSuffix(rest, ".") && !strings.HasSuffix(rest, "..")
		if !found {
			r.baseIndent = indent
			r.prefixLen = len(raw) - len(rest) + startAt
			m.Time = findTime(raw[:r.prefixLen]) // a log line's own time, before the start line
			if r.prefixLen == r.baseIndent {
				r.prefixLen = 0
			}
			r.prefixHead = raw[:min(r.prefixLen, 8)]
		}
		i := r.add(m)
		if i < 0 {
			return true // the output holds all it may: the rest of the line adds nothing
		}
		r.cur = i
		r.inHeaders = true
		found = true
		rest = rest[end:]
	}
	return found
}

// statusAt finds "SIP/2.0 NNN" with exactly three digits.
func statusAt(s string) int {
	off := 0
	for {
		k := indexFold(s[off:], "sip/2.0 ")
		if k < 0 {
			return -1
		}
		i := off + k
		if _, ok := threeDigits(s, i+8); ok && (i == 0 || !isLetter(s[i-1]) && s[i-1] != '-' && s[i-1] != '/') {
			return i
		}
		off = i + 8
	}
}

// statusLine reads the code and phrase at the start of s and returns where the line ends.
func statusLine(s string, n int) (Message, int) {
	code, _ := threeDigits(s, 8)
	end := 11
	rest := s[end:]
	phrase := strings.TrimSpace(rest)
	reg := codes.Text(code)
	switch {
	case reg != "" && hasPrefixFold(phrase, reg) && (len(phrase) == len(reg) || !isLetter(phrase[len(reg)])):
		phrase = phrase[:len(reg)]
	default:
		if k := nextStartOrHeader(phrase); k >= 0 {
			phrase = strings.TrimSpace(phrase[:k])
		}
	}
	if at := strings.Index(rest, phrase); at >= 0 {
		end += at + len(phrase)
	} else {
		end = len(s)
	}
	phrase = clip(strings.TrimSuffix(phrase, "."), 80)
	m := Message{Line: n, Code: code, Phrase: phrase}
	if reg != "" && !strings.EqualFold(phrase, reg) {
		m.PhraseDiffers = true
	}
	return m, end
}

// nextStartOrHeader finds where a flattened phrase runs into the next
// header ("Via: ...") or start line.
func nextStartOrHeader(s string) int {
	for i := 1; i < len(s); i++ {
		if s[i-1] != ' ' || !isLetter(s[i]) {
			continue
		}
		j := i
		for j < len(s) && isTokenChar(s[j]) {
			j++
		}
		if j < len(s) && s[j] == ':' && j+1 < len(s) && s[j+1] == ' ' {
			return i
		}
	}
	if k := indexFold(s, "sip/2.0 "); k >= 0 {
		return k
	}
	return -1
}

// requestAt finds "METHOD URI SIP/2.0". A method must be a known one unless
// it begins the line.
func requestAt(s string, lineStart bool) (int, string) {
	off := 0
	for {
		k := indexFold(s[off:], " sip/2.0")
		if k < 0 {
			return -1, ""
		}
		v := off + k // the space before SIP/2.0
		after := v + 8
		off = after
		if after < len(s) && s[after] != ' ' && s[after] != '.' && s[after] != '"' && s[after] != '\'' && s[after] != '`' {
			continue
		}
		// the URI: the token before the space, containing ':' or '*'
		u := v
		for u > 0 && s[u-1] != ' ' {
			u--
		}
		uri := s[u:v]
		if u == 0 || uri == "" || !strings.ContainsAny(uri, ":*") {
			continue
		}
		e := u - 1 // the space before the URI
		b := e
		for b > 0 && isTokenChar(s[b-1]) {
			b--
		}
		method := s[b:e]
		if method == "" {
			continue
		}
		up := strings.ToUpper(method)
		if knownMethods[up] {
			if b > 0 && isTokenChar(s[b-1]) {
				continue
			}
			return b, up
		}
		if b == 0 && lineStart {
			return 0, method
		}
	}
}

// publicURI notes a SIP URI whose host is a public IP address
// ("sip:bob@203.0.113.5:5060"): the call then runs towards a public peer,
// which a private address in the SDP cannot reach.
func (r *reader) publicURI(s string) {
	for !r.ex.publicPeer {
		k := indexFold(s, "sip:")
		if k < 0 {
			return
		}
		s = s[k+4:]
		host := s
		if end := strings.IndexAny(host, ";>,\" \t"); end >= 0 {
			host = host[:end]
		}
		if at := strings.LastIndexByte(host, '@'); at >= 0 {
			host = host[at+1:]
		}
		r.ex.publicPeer = isPublicAddress(host)
	}
}
