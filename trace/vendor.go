package trace

import (
	"net/netip"
	"strconv"
	"strings"
	"time"

	q850 "github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
)

// framing notes the direction a capture tool or log announces for the next message.
func (r *reader) framing(s string, n int) {
	if r.dumpField(s, n) {
		return
	}
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
		indexFold(s, "bytes from") >= 0 && (indexFold(s, "recv ") >= 0 || indexFold(s, "rx ") >= 0 || indexFold(s, "received") >= 0),
		saysIncoming(s) && isAddress(peerAddress(s, "from")):
		dir = "in"
		r.frame = frame{from: peerAddress(s, "from"), to: thisServer, time: findTime(s)}
	case indexFold(s, "<--- transmitting") >= 0, indexFold(s, "<--- reliably transmitting") >= 0,
		indexFold(s, "bytes to") >= 0 && (indexFold(s, "send ") >= 0 || indexFold(s, "tx ") >= 0),
		indexFold(s, "message sent to ") >= 0, // belle-sip
		saysOutgoing(s) && isAddress(peerAddress(s, "to")):
		dir = "out"
		r.frame = frame{from: thisServer, to: peerAddress(s, "to"), time: findTime(s)}
	}
	if dir != "" {
		r.dir, r.dirLine = dir, n
	}
}

// saysIncoming and saysOutgoing report whether a log line announces a
// message coming in or going out, in the words logs use around an address:
// "---- Incoming SIP Message from 52.114.75.24:9024 to SIPInterface #2"
// (an SBC's syslog), "Recv from udp: 10.0.0.5:5060 … (937 bytes)" (a
// phone's trace), "Outgoing SIP Message to 10.160.21.200:5060". The
// address after "from" or "to" must be one.
func saysIncoming(s string) bool {
	return saysSIPMessage(s) && anyFold(s, "incoming", "received from", "receiving from", "recv from", "rx from")
}

func saysOutgoing(s string) bool {
	return saysSIPMessage(s) && anyFold(s, "outgoing", "sending to", "sent to", "send to", "tx to")
}

// saysSIPMessage reports whether a line speaks of a message on the wire,
// not of a request's fate ("request sent to sip:… completed with code: 408").
func saysSIPMessage(s string) bool { return anyFold(s, "sip ", "message", "bytes", "packet") }

// anyFold reports whether s holds one of words, in any case.
func anyFold(s string, words ...string) bool {
	for _, w := range words {
		if indexFold(s, w) >= 0 {
			return true
		}
	}
	return false
}

// isAddress reports whether a is an IP address, with or without a port,
// or a host name with a port: what a framing line names its peer by.
func isAddress(a string) bool {
	if _, err := netip.ParseAddrPort(a); err == nil {
		return true
	}
	if _, err := netip.ParseAddr(strings.Trim(a, "[]")); err == nil {
		return true
	}
	host, port, ok := strings.Cut(a, ":")
	return ok && strings.Contains(host, ".") && isDigits(port)
}

// dumpField reads the head of a message in Kamailio's sipdump file, a
// field a line, the message after it:
//
//	time: 1565167233.469000
//	date: Wed Aug  7 10:40:33 2019
//	srcip: 192.168.1.2
//	srcport: 5060
//	dstip: 192.168.1.1
//	dstport: 5060
//
// The addresses are the message's sender and receiver once dstport is
// read; the time is the date line's, local as the log's reader knows it.
func (r *reader) dumpField(s string, n int) bool {
	name, value, ok := strings.Cut(s, ": ")
	if !ok || len(name) < 4 || len(name) > 7 {
		return false
	}
	if name == "date" && r.dump.time != "" {
		// The time as the log's reader saw it (local, written by asctime),
		// with the fraction of a second that only the time: line has.
		if t, err := time.Parse(time.ANSIC, strings.TrimSpace(value)); err == nil {
			_, frac, _ := strings.Cut(r.dump.time, ".")
			r.dump.time = t.Format("2006-01-02 15:04:05") + strings.TrimSuffix("."+frac, ".")
		}
		return true
	}
	if strings.ContainsAny(value, " \t") {
		return false
	}
	switch name {
	case "time":
		sec, frac, _ := strings.Cut(value, ".")
		if t, err := strconv.ParseInt(sec, 10, 64); err == nil && len(sec) >= 9 && len(frac) <= 9 && (frac == "" || isDigits(frac)) {
			r.dump = frame{time: time.Unix(t, 0).UTC().Format("2006-01-02 15:04:05") + strings.TrimSuffix("."+frac, ".")}
		}
	case "srcip":
		r.dump.from = value
	case "srcport":
		r.dump.from = hostPort(r.dump.from, value)
	case "dstip":
		r.dump.to = value
	case "dstport":
		if r.dump.from == "" {
			return false
		}
		r.dump.to = hostPort(r.dump.to, value)
		r.frame, r.dir, r.dirLine = r.dump, clip(r.dump.from, 60)+" -> "+clip(r.dump.to, 60), n
		r.frame.from, r.frame.to = clip(r.frame.from, 60), clip(r.frame.to, 60)
		r.dump = frame{}
	default:
		return false
	}
	return true
}

// hostPort joins an address and a port as other tools write them, an
// IPv6 address in brackets.
func hostPort(host, port string) string {
	if strings.Contains(host, ":") {
		return "[" + host + "]:" + port
	}
	return host + ":" + port
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
	r.noRetry(s, n)
	r.holdMentioned(s, n)
	r.resentMentioned(s, n)
	r.dtmfDropped(s, n)
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

// noRetry notes a line that says, in words, how a challenge was answered:
// never with credentials ("giving up on passing authentication digest",
// "401 Unauthorized because the REGISTER has no authentication data, but
// then nothing happens", "not retried with authentication"), or with
// credentials challenged again ("sends another 407, again and again").
// Both need words of authentication on the same line.
func (r *reader) noRetry(s string, n int) {
	if !anyFold(s, "authenticat", "authentificat", "credential", "digest", "authoriz", "401", "407", "challenge") || len(r.ex.noRetry)+len(r.ex.rechallenged) >= maxValues {
		return
	}
	switch {
	case anyWordFold(s, "another", "second", "twice", "multiple", "repeatedly", "again and again", "over and over", "keeps"):
		// "sends another 407, again and again", "gives up after second
		// 407": the credentials were sent and challenged again.
		r.ex.rechallenged = append(r.ex.rechallenged, n)
	case anyFold(s, "giving up", "gives up", "gave up", "then nothing", "not retried", "no retry", "never retries", "does not retry", "doesn't retry", "do not send", "does not send", "doesn't send", "never sends", "not resend", "never resend"):
		r.ex.noRetry = append(r.ex.noRetry, n)
	}
}

// holdMentioned notes "a=sendonly" or "a=inactive" written inside a line
// that is no SDP line ("IN  INVITE  a=sendonly  <- carrier: hold", a JSON
// dump of an offer): an offer that puts the call on hold.
func (r *reader) holdMentioned(s string, n int) {
	for _, d := range []string{"a=sendonly", "a=inactive"} {
		if k := indexFold(s, d); k > 0 && len(r.ex.bodies) < maxValues && (k+len(d) == len(s) || !isLetter(s[k+len(d)])) {
			r.ex.bodies = append(r.ex.bodies, sdp{line: n, direction: d[2:], dirLine: n})
			return
		}
	}
}

// anyWordFold reports whether s holds one of words as a whole word, in
// any case: "second" but not "seconds".
func anyWordFold(s string, words ...string) bool {
	for _, w := range words {
		for rest := s; ; {
			k := indexFold(rest, w)
			if k < 0 {
				break
			}
			end := k + len(w)
			if (k == 0 || !isLetter(rest[k-1])) && (end == len(rest) || !isLetter(rest[end])) {
				return true
			}
			rest = rest[end:]
		}
	}
	return false
}

// messageWords name a SIP message in prose.
var messageWords = []string{"invite", "register", "bye", "ack", "options", "subscribe", "notify", "cancel", "prack", "update", "request", "response", "2xx", "200", "200ok", "180", "183", "100"}

// resentMentioned notes a line that says a SIP message was sent again
// ("attempting retransmission", "causing the invite's to be sent again").
// Not "resent": that is as often a new request after a 401 or a 491.
func (r *reader) resentMentioned(s string, n int) {
	if len(r.ex.resent) < maxValues && anyFold(s, "retransmi", "sent again", "sending again") && anyWordFold(s, messageWords...) {
		r.ex.resent = append(r.ex.resent, n)
	}
}

// dtmfDropped notes a line that says telephone-event was left out of an
// answer or a negotiation: "not including a codec for telephone-event",
// "negotiated WITHOUT any telephone-events".
func (r *reader) dtmfDropped(s string, n int) {
	if len(r.ex.dtmfLost) < maxValues && anyFold(s, "telephone-event", "rfc 2833", "rfc2833", "rfc 4733") &&
		anyFold(s, "without", "not including", "not include", "missing", "dropped", "skipped", "removed", "stripped", "lost", "no telephone-event") {
		r.ex.dtmfLost = append(r.ex.dtmfLost, n)
	}
}
