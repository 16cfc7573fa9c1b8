package trace

import (
	"strings"

	q850 "github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
)

// framing notes the direction a capture tool or log announces for the next message.
func (r *reader) framing(s string, n int) {
	dir := ""
	switch {
	case strings.Contains(s, " -> ") && strings.Count(s, ":") >= 2:
		i := strings.Index(s, " -> ")
		a := s[:i]
		if k := strings.LastIndexByte(a, ' '); k >= 0 {
			a = a[k+1:]
		}
		b := strings.TrimSpace(s[i+4:])
		if k := strings.IndexByte(b, ' '); k >= 0 {
			b = b[:k]
		}
		if strings.Contains(a, ":") && strings.Contains(b, ":") {
			dir = clip(a, 60) + " -> " + clip(b, 60)
			r.frame = frame{from: clip(a, 60), to: clip(b, 60), time: findTime(s[:i])}
		}
	case strings.Contains(s, " IP ") || strings.Contains(s, " IP6 "):
		// tcpdump: "09:17:59.862944 IP 10.0.0.1.5060 > 10.0.0.2.5060: UDP, length 596"
		if from, to, ok := tcpdumpHosts(s); ok {
			dir = from + " -> " + to
			r.frame = frame{from: from, to: to, time: findTime(s)}
		}
	case indexFold(s, "<--- received") >= 0, indexFold(s, "<--- sip read") >= 0,
		indexFold(s, "bytes from") >= 0 && (indexFold(s, "recv ") >= 0 || indexFold(s, "rx ") >= 0 || indexFold(s, "received") >= 0):
		dir = "in"
		r.frame = frame{from: peerAddress(s, "from"), to: thisServer, time: findTime(s)}
	case indexFold(s, "<--- transmitting") >= 0, indexFold(s, "<--- reliably transmitting") >= 0,
		indexFold(s, "bytes to") >= 0 && (indexFold(s, "send ") >= 0 || indexFold(s, "tx ") >= 0),
		indexFold(s, "message sent to ") >= 0: // belle-sip
		dir = "out"
		r.frame = frame{from: thisServer, to: peerAddress(s, "to"), time: findTime(s)}
	}
	if dir != "" {
		r.dir, r.dirLine = dir, n
	}
}

// tcpdumpHosts reads tcpdump's "IP a.b.c.d.port > e.f.g.h.port:" as two
// addresses, writing the port after a colon as other tools do.
func tcpdumpHosts(s string) (from, to string, ok bool) {
	k := strings.Index(s, " IP ")
	if k < 0 {
		k = strings.Index(s, " IP6 ") + 1
	}
	f := strings.Fields(s[k+4:])
	if len(f) < 3 || f[1] != ">" || !strings.HasSuffix(f[2], ":") {
		return "", "", false
	}
	host := func(a string) string {
		a = strings.TrimSuffix(a, ":")
		if i := strings.LastIndexByte(a, '.'); i > 0 {
			a = a[:i] + ":" + a[i+1:]
		}
		return clip(a, 60)
	}
	return host(f[0]), host(f[2]), true
}

// mentions reads codes and causes stated in free text and vendor log lines:
// `Got SIP response 503 "Service Unavailable"`, "get 486 busy here",
// "completed with code: 408", "hangup cause NORMAL_CLEARING", and Reason
// and Warning values quoted in prose.
func (r *reader) mentions(s string, n int) {
	if len(s) > 1 && s[1] == '=' && isLetter(s[0]) {
		return // an SDP line
	}
	r.lostACK(s, n)
	if k := indexFold(s, "reason"); k >= 0 {
		r.quotedReason(s[k:], n)
	}
	if k := indexFold(s, "warning:"); k >= 0 {
		r.quotedWarning(s[k:], n)
	}
	r.stated(s, n)
	r.statedRequest(s, n)
	r.hangupCause(s, n)
}

// statedRequest reads a request that Wireshark's Info column lists as
// "Request: REGISTER sip:10.100.1.10  (1 binding)", with no SIP/2.0: a
// challenge is then seen to be answered.
func (r *reader) statedRequest(s string, n int) {
	k := indexFold(s, "request: ")
	if k < 0 || k > 0 && isLetter(s[k-1]) {
		return
	}
	method, uri, _ := strings.Cut(s[k+len("request: "):], " ")
	if up := strings.ToUpper(method); knownMethods[up] && method == up && strings.Contains(uri, ":") {
		r.add(Message{Line: n, Method: up, fromLog: true})
	}
}

// quotedReason reads "Reason: proto;cause=N" written inside prose.
func (r *reader) quotedReason(s string, n int) {
	if k := indexFold(s, "reason header:"); k == 0 {
		s = "Reason:" + s[len("reason header:"):] // as people name it in prose
	}
	name, value, ok := splitHeader(s)
	if !ok || name != "reason" || !strings.Contains(value, "=") {
		return
	}
	if k := strings.IndexAny(value, "\"`"); k >= 0 && !strings.Contains(value[:k], "text=") {
		value = value[:k]
	} else if k := strings.Index(value, "\" "); k >= 0 {
		value = value[:k+1]
	}
	value = strings.TrimRight(value, "`\"'")
	r.addReasons(parseReasons(value, n), nil)
}

// quotedWarning reads "Warning: 305 agent "text"" written inside prose.
// Only the whole form counts there, a code, one agent token and a quoted
// text, so that a log level such as "Warning: 304 received" is not taken
// for a Warning header.
func (r *reader) quotedWarning(s string, n int) {
	name, value, ok := splitHeader(s)
	if !ok || name != "warning" {
		return
	}
	q := strings.IndexByte(value, '"')
	if _, isCode := threeDigits(value, 0); !isCode || q < 0 {
		return
	}
	if agent := strings.TrimSpace(value[3:q]); agent == "" || strings.ContainsAny(agent, " \t") || value[3] != ' ' {
		return
	}
	if e := strings.IndexByte(value[q+1:], '"'); e >= 0 {
		value = value[:q+1+e+1]
	}
	r.addWarnings(parseWarnings(value, n), nil)
}

// isArrow reports whether s is only an arrow such as "<-", "<--" or "->",
// as a hand-written call flow puts after each code. It reads from the left
// and stops at the first other byte, so the scans of one line stay linear.
func isArrow(s string) bool {
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	start := i
	if i < len(s) && s[i] == '<' {
		i++
	}
	for i < len(s) && s[i] == '-' {
		i++
	}
	left := i > start && s[start] == '<'
	right := i < len(s) && s[i] == '>'
	if right {
		i++
	}
	if i-start < 2 || left == right {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			return false
		}
	}
	return true
}

func (r *reader) logResponse(n, code int, phrase, text string) {
	m := Message{Line: n, Code: code, Phrase: phrase, fromLog: true}
	if reg := codes.Text(code); phrase != "" && reg != "" && !strings.EqualFold(phrase, reg) {
		m.PhraseDiffers = true
	}
	if r.add(m) >= 0 {
		r.signal(Signal{Line: n, Kind: "response", Code: code, Text: clip(strings.TrimSpace(text), 200)})
	}
}

func (r *reader) hangupCause(s string, n int) {
	if !strings.Contains(s, "_") { // every name it reads has one
		return
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' || i > 0 && (s[i-1] == '_' || s[i-1] >= 'A' && s[i-1] <= 'Z') {
			continue
		}
		j := i
		for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] == '_') {
			j++
		}
		if name := s[i:j]; strings.Contains(name, "_") && causeContext(s, i, j) {
			if c, ok := q850.LookupName(name); ok && c.Assigned {
				r.signal(Signal{Line: n, Kind: "cause", Cause: c.Value, Text: clip(strings.TrimSpace(s), 200)})
				return
			}
			if in, ok := q850.LookupInternalName(name); ok {
				r.signal(Signal{Line: n, Kind: "cause", Cause: in.Value, Code: in.Code, Text: clip(strings.TrimSpace(s), 200)})
				return
			}
		}
		i = j
	}
}

// causeContext accepts a cause name that follows "cause", "cause:" or
// "cause=", or that stands in brackets as FreeSWITCH prints it.
func causeContext(s string, i, j int) bool {
	if i > 0 && s[i-1] == '[' && j < len(s) && s[j] == ']' {
		return true
	}
	if i >= 4 && s[i-1] == ' ' && isDigit(s[i-2]) && isDigit(s[i-3]) && isDigit(s[i-4]) && (i == 4 || !isDigit(s[i-5])) {
		return true // "404 UNALLOCATED_NUMBER": a response and the cause it came from
	}
	before := strings.TrimRight(s[:i], " :=")
	return len(before) >= 5 && strings.EqualFold(before[len(before)-5:], "cause")
}
