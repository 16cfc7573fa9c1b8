package trace

import (
	"fmt"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"time"
)

// frame is who sent the next message to whom, and when, as a framing line
// says ("U 2019/02/11 10:04:27.082271 a:5060 -> b:5060", "recv 494 bytes
// from udp/[192.168.1.1]:5060 at 11:46:10.771343:").
type frame struct{ from, to, time string }

// thisServer names the element whose log it is: its log says what it
// received and sent, not its own address.
const thisServer = "this server"

// peerAddress reads the address after word ("from" or "to") on a log's
// framing line: "udp/[192.168.1.1]:5060", "UDP:1.2.3.4:5060", "1.2.3.4:5060".
// It is "peer" when the line gives none.
func peerAddress(s, word string) string {
	k := indexFold(s, " "+word+" ")
	if k < 0 {
		return "peer"
	}
	fields := strings.Fields(s[k+len(word)+2:])
	if len(fields) > 1 && isTransport(strings.TrimSuffix(fields[0], ":")) {
		fields = fields[1:] // "from udp: 10.0.0.5:5060"
	}
	if len(fields) == 0 {
		return "peer"
	}
	a := strings.TrimRight(fields[0], ":,;.")
	if strings.HasPrefix(a, "[") && strings.HasSuffix(a, "]") && strings.Contains(a, "/") {
		a = a[1 : len(a)-1] // "[UDP://host:5060]"
	}
	if _, after, ok := strings.Cut(a, "://"); ok {
		a = after
	} else if _, after, ok := strings.Cut(a, "/"); ok {
		a = after // "udp/[1.2.3.4]:5060"
	}
	for _, t := range []string{"udp:", "tcp:", "tls:", "ws:", "wss:", "sctp:"} {
		if len(a) > len(t) && strings.EqualFold(a[:len(t)], t) {
			a = a[len(t):]
		}
	}
	if strings.HasPrefix(a, "[") && strings.Count(a, ":") <= 1 {
		a = strings.Replace(strings.TrimPrefix(a, "["), "]", "", 1) // [1.2.3.4]:5060; an IPv6 address keeps its brackets
	}
	if !strings.ContainsAny(a, "0123456789") && !strings.Contains(a, ".") {
		return "peer"
	}
	return clip(a, 60)
}

// isTransport reports whether w names a SIP transport.
func isTransport(w string) bool {
	switch strings.ToLower(w) {
	case "udp", "tcp", "tls", "ws", "wss", "sctp":
		return true
	}
	return false
}

// findTime returns the first time of day written in s, with the date
// before it when there is one: "10:04:27.082271", "2019/02/11
// 10:04:27.082271", "2018-07-09T11:46:10.771507". It reads s once.
func findTime(s string) string {
	for i := 0; i+7 <= len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		j := i + 1 // the colon after one or two digits of the hour
		if isDigit(s[j]) {
			j++
		}
		if j+6 > len(s) || s[j] != ':' || !isDigit(s[j+1]) || !isDigit(s[j+2]) || s[j+3] != ':' || !isDigit(s[j+4]) || !isDigit(s[j+5]) {
			continue
		}
		end := j + 6
		if end+3 < len(s) && s[end] == ':' && isDigit(s[end+1]) && isDigit(s[end+2]) && isDigit(s[end+3]) && (end+4 == len(s) || !isDigit(s[end+4])) {
			end += 4 // "11:28:04:774": milliseconds after a colon (linphone, SIPp)
		} else if end+1 < len(s) && (s[end] == '.' || s[end] == ',') && isDigit(s[end+1]) {
			end++
			for end < len(s) && isDigit(s[end]) {
				end++
			}
		}
		start := i
		if i >= 11 && (s[i-1] == ' ' || s[i-1] == 'T') && isDate(s[i-11:i-1]) {
			start = i - 11
		}
		return s[start:end]
	}
	return ""
}

// isDate reports whether s is a date written YYYY-MM-DD or YYYY/MM/DD.
func isDate(s string) bool {
	if len(s) != 10 || s[4] != s[7] || s[4] != '-' && s[4] != '/' {
		return false
	}
	for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// timeOfDay reads what findTime found as a duration from midnight, with
// the days of its date added, so that times of one trace compare; -1 when
// it cannot.
func timeOfDay(t string) time.Duration {
	var days time.Duration
	if len(t) > 11 && isDate(t[:10]) {
		d, err := time.Parse("2006-01-02", strings.ReplaceAll(t[:10], "/", "-"))
		if err != nil {
			return -1
		}
		days = time.Duration(d.Unix()/86400) * 24 * time.Hour
		t = t[11:]
	}
	hms, frac, _ := strings.Cut(strings.Replace(t, ",", ".", 1), ".")
	parts := strings.Split(hms, ":")
	if len(parts) == 4 { // milliseconds after a colon
		parts, frac = parts[:3], parts[3]
	}
	if len(parts) != 3 {
		return -1
	}
	var v [3]int
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return -1
		}
		v[i] = n
	}
	d := days + time.Duration(v[0])*time.Hour + time.Duration(v[1])*time.Minute + time.Duration(v[2])*time.Second
	if frac != "" {
		f, err := strconv.ParseFloat("0."+frac, 64)
		if err != nil {
			return -1
		}
		d += time.Duration(f * float64(time.Second))
	}
	return d
}

// sdp is what a message's SDP body says about its media.
type sdp struct {
	line      int      // its first SDP line, 0 when there is none
	addrLine  int      // the line of the connection address
	addr      string   // the connection address (c=), the first one
	proto     string   // the first stream's transport: "RTP/AVP", "RTP/SAVP", ...
	payloads  []string // the first stream's payload types
	dtmf      bool     // a=rtpmap: ... telephone-event
	direction string   // a=sendonly, recvonly or inactive, as written
	dirLine   int
}

// sdp reads an SDP line of the current message's body, reporting whether
// it was one. Outside a message, SDP pasted alone ("Offer SDP:", "the
// INVITE contains `m=audio …`") is a body of its own: a new one begins at
// v= or after a line that is not SDP.
func (r *reader) sdp(s string, n int) bool {
	s = strings.TrimRight(strings.Trim(s, "`"), ". ")
	if len(s) < 3 || s[1] != '=' || !strings.ContainsRune("vocmatbsuiek", rune(s[0])) {
		return false
	}
	var md *sdp
	if r.cur >= 0 {
		md = &r.ex.Messages[r.cur].media
	} else {
		b := r.ex.bodies
		if len(b) == 0 || s[0] == 'v' || n-r.lastSDP > 1 {
			if len(b) >= maxValues {
				return true
			}
			r.ex.bodies = append(r.ex.bodies, sdp{})
		}
		md = &r.ex.bodies[len(r.ex.bodies)-1]
	}
	r.lastSDP = n
	if md.line == 0 {
		md.line = n
	}
	v := s[2:]
	switch s[0] {
	case 'c':
		if f := strings.Fields(v); md.addr == "" && len(f) == 3 {
			md.addr, md.addrLine = strings.SplitN(f[2], "/", 2)[0], n
		}
	case 'm':
		if f := strings.Fields(v); md.proto == "" && len(f) >= 3 {
			md.proto = f[2]
			md.payloads = slices.Clone(f[3:min(len(f), 3+32)])
		}
	case 'a':
		switch {
		case v == "sendonly" || v == "recvonly" || v == "inactive":
			if md.direction == "" {
				md.direction, md.dirLine = v, n
			}
		case strings.HasPrefix(v, "rtpmap:") && strings.Contains(strings.ToLower(v), "telephone-event"):
			md.dtmf = true
		}
	}
	return true
}

// ackDenied reports whether s says an ACK did not come: "no", "not",
// "never", "without" or "missing" shortly before the word ACK.
func ackDenied(s string) bool {
	for rest, off := s, 0; ; {
		k := indexFold(rest, "ack")
		if k < 0 {
			return false
		}
		at := off + k
		if (at == 0 || !isLetter(s[at-1])) && (at+3 == len(s) || !isLetter(s[at+3])) && anyWordFold(s[max(0, at-30):at], "no", "not", "never", "without", "missing") {
			return true
		}
		rest, off = rest[k+3:], at+3
	}
}

// lostACK notes a line that says an ACK never came: an "ACK timeout"
// (FreeSWITCH's Reason text, a stack's log), or a call dropped, hung up or
// disconnected about 32 seconds (64×T1) into it.
func (r *reader) lostACK(s string, n int) {
	if indexFold(s, "ack timeout") >= 0 || indexFold(s, "ack_timeout") >= 0 {
		r.ex.ackLost = append(r.ex.ackLost, n)
		return
	}
	// "No ACK for 2xx response received" (OpenSIPS), "the 200ok … does not
	// give a normal ack response": a 2xx named beside an ACK that did not come.
	if ackDenied(s) && anyFold(s, "2xx", "200") && len(r.ex.ackLost) <= 20 {
		r.ex.ackLost = append(r.ex.ackLost, n)
		return
	}
	k := indexFold(s, "32 s")
	if k < 0 {
		k = indexFold(s, "30-32 s")
	}
	if k < 0 || len(r.ex.ackLost) > 20 {
		return
	}
	for _, w := range []string{"drop", "disconnect", "hang up", "hangs up", "hung up", "cut off", "ends the call", "call ends"} {
		if indexFold(s, w) >= 0 {
			r.ex.ackLost = append(r.ex.ackLost, n)
			return
		}
	}
}

// flow finds the call's participants, timings and findings in the
// messages read. The headline is set: a request nobody answered is said
// from it.
func (e *Explanation) flow() {
	ms := e.Messages
	e.roles()
	for _, m := range ms {
		for _, p := range []string{m.From, m.To} {
			if p != "" && !slices.Contains(e.Participants, p) && len(e.Participants) < 32 {
				e.Participants = append(e.Participants, p)
			}
		}
	}
	e.timings()
	f := &findings{e: e}
	f.retransmissions()
	f.missingACK()
	f.noFinalResponse()
	f.authentication()
	f.byCode()
	f.sessionExpired()
	f.media()
	e.Findings = f.out
	if e.Findings == nil {
		e.Findings = []Finding{}
	}
}

// roles names who sent each message when the text gives no address, as
// RFC call flows and messages pasted alone do: the INVITE's sender is the
// caller, the far end the callee, and each hop between them a proxy, counted
// by a request's Via values (RFC 3261 §16.6 adds one a hop; the most any
// request carries says how many hops there are, as a request challenged
// or refused on the way never reaches the end). A request of the other
// side (its From tag is not the INVITE's) goes the other way; a response
// goes back to the sender of the copy of its request with as many Vias.
// Only messages of the INVITE's call are named.
func (e *Explanation) roles() {
	ms := e.Messages
	inv := -1
	for i, m := range ms {
		if m.From != "" || m.To != "" {
			return // the text names them
		}
		if inv < 0 && m.Method == "INVITE" && m.vias > 0 {
			inv = i
		}
	}
	if inv < 0 {
		return
	}
	caller := ms[inv]
	h := 0 // the most Vias a request of the call was seen with: the copy that reached the far end
	for _, m := range ms {
		if m.Request() && sameCall(caller, m) {
			h = max(h, m.vias)
		}
	}
	proxy := func(n int) string { // the n-th proxy from the caller
		if h == 2 {
			return "proxy"
		}
		return "proxy " + strconv.Itoa(n)
	}
	// Without Record-Route on the INVITE's transaction the proxies leave
	// the dialog: its later requests (the ACK of a 2xx, a BYE) and their
	// responses go straight between the ends (RFC 3261 §12.1.1, §16.6).
	routed, answered := false, false
	for i := range ms {
		m := &ms[i]
		if !sameCall(caller, *m) || m.vias == 0 || m.vias > h {
			continue
		}
		ofInvite := m.cseqNum == caller.cseqNum && (m.Method == "INVITE" || m.Code != 0 && m.cseqMethod == "INVITE")
		routed = routed || ofInvite && m.recordRoute
		inDialog := answered && !ofInvite && m.Method != "CANCEL" && m.cseqMethod != "CANCEL"
		answered = answered || m.Code >= 200 && m.Code < 300 && m.cseqMethod == "INVITE"
		if inDialog && !routed {
			m.From, m.To = "caller", "callee"
			if (m.fromTag != caller.fromTag) == m.Request() {
				m.From, m.To = "callee", "caller"
			}
			continue
		}
		forward := m.fromTag == caller.fromTag
		if m.fromTag == "" || caller.fromTag == "" {
			forward = m.cseqMethod != "BYE" && m.Method != "BYE" // without tags, only a BYE may come from either side
		}
		// The request copy with k Vias went from the (k-1)-th hop to the
		// k-th, counted from its sender's end.
		k := m.vias
		sender, receiver := "caller", "callee"
		if k > 1 {
			sender = proxy(k - 1)
		}
		if k < h {
			receiver = proxy(k)
		}
		if !forward {
			sender, receiver = "callee", "caller"
			if k > 1 {
				sender = proxy(h - k + 1)
			}
			if k < h {
				receiver = proxy(h - k)
			}
		}
		if m.Request() {
			m.From, m.To = sender, receiver
		} else {
			m.From, m.To = receiver, sender
		}
	}
}

// timings measures, from the messages' times, RFC 6076's session request
// delay (the INVITE to its first response other than 100), the time to
// answer (to its 2xx), the call's duration (the 2xx to the BYE) and the
// longest gap between two messages.
func (e *Explanation) timings() {
	ms := e.Messages
	inv := slices.IndexFunc(ms, func(m Message) bool { return m.Method == "INVITE" && m.at >= 0 })
	set := func(key string, d time.Duration) {
		if d >= 0 {
			if e.Timings == nil {
				e.Timings = map[string]int64{}
			}
			e.Timings[key] = d.Milliseconds()
		}
	}
	if inv >= 0 {
		ok, srd := -1, false
		for i := inv + 1; i < len(ms); i++ {
			m := ms[i]
			if m.Code == 0 || m.at < 0 || !sameCall(ms[inv], m) || m.cseqMethod != "" && m.cseqMethod != "INVITE" {
				continue
			}
			if m.Code > 100 && !srd {
				set("srd_ms", m.at-ms[inv].at)
				srd = true
			}
			if m.Code >= 200 && m.Code < 300 {
				set("answer_ms", m.at-ms[inv].at)
				ok = i
				break
			}
			if m.Code >= 300 {
				break
			}
		}
		if ok >= 0 {
			for _, m := range ms[ok+1:] {
				if m.Method == "BYE" && m.at >= 0 && sameCall(ms[ok], m) {
					set("duration_ms", m.at-ms[ok].at)
					break
				}
			}
		}
	}
	e.registrationTimings(set)
	var last time.Duration = -1
	var gap time.Duration
	for _, m := range ms {
		if m.at < 0 {
			continue
		}
		if last >= 0 && m.at-last > gap {
			gap = m.at - last
		}
		last = m.at
	}
	if gap >= time.Second {
		set("longest_gap_ms", gap)
	}
}

// registrationTimings measures RFC 6076's registration request delay (the
// first REGISTER of a registration, its challenge included, to its 2xx)
// and the interval between two registrations that succeeded, which says
// how often the client refreshes.
func (e *Explanation) registrationTimings(set func(string, time.Duration)) {
	ms := e.Messages
	start := time.Duration(-1) // the first REGISTER not yet answered with a 2xx
	var startCall string
	var done []time.Duration // when each registration succeeded
	for _, m := range ms {
		switch {
		case m.at < 0:
		case m.Method == "REGISTER" && start < 0:
			start, startCall = m.at, m.CallID
		case m.Code >= 200 && m.Code < 300 && m.cseqMethod == "REGISTER" && start >= 0 && (startCall == "" || m.CallID == "" || m.CallID == startCall):
			if len(done) == 0 {
				set("rrd_ms", m.at-start)
			}
			done = append(done, m.at)
			start = -1
		}
	}
	if len(done) >= 2 {
		set("register_interval_ms", done[1]-done[0])
	}
}

// sameCall reports whether two messages may be of one call: the same
// Call-ID, or one of them shows none.
func sameCall(a, b Message) bool { return a.CallID == "" || b.CallID == "" || a.CallID == b.CallID }

// findings collects what went wrong in the flow.
type findings struct {
	e   *Explanation
	out []Finding
}

func (f *findings) add(id, rfc, summary, next string, lines ...int) {
	if slices.ContainsFunc(f.out, func(x Finding) bool { return x.ID == id }) || len(lines) == 0 {
		return
	}
	slices.Sort(lines)
	f.out = append(f.out, Finding{ID: id, RFC: rfc, Summary: summary, Lines: slices.Compact(lines[:min(len(lines), 20)]), Next: next})
}

// said adds a finding whose evidence is what lines say in words: the
// summary begins with the first of them.
func (f *findings) said(id, rfc, what, next string, lines []int) {
	if len(lines) > 0 {
		f.add(id, rfc, fmt.Sprintf("Line %d says %s", lines[0], what), next, lines...)
	}
}

// What to check, for the findings said both from messages and in words.
const (
	checkRetransmission = "Check that the next hop receives it (firewall, NAT, the address and transport in Via and Contact) and that its answer is routed back to the sender."
	checkAuthLoop       = "Check the username, password and realm the client uses against the challenge's realm; a server that keeps challenging may also want a different username (the auth user, not the extension)."
	checkCredentials    = "The client has no credentials for this realm, or does not match the challenge's realm to them: check its account settings."
	checkDTMF           = "Enable RFC 4733 (telephone-event) on both sides, or agree on SIP INFO or in-band DTMF."
)

// transaction keys a message by what makes a retransmission the same:
// its Call-ID, CSeq, method or code, and who sent it to whom.
func transaction(m Message) string {
	return fmt.Sprint(m.CallID, "|", m.cseqNum, "|", m.cseqMethod, "|", m.Method, "|", m.Code, "|", m.From, "|", m.To)
}

// retransmissions finds a request or response sent more than once: the
// same Call-ID and CSeq, from the same sender to the same receiver. A
// message without them cannot be told from a new one, or from its copy
// forwarded by a proxy.
func (f *findings) retransmissions() {
	seen := map[string][]int{}
	var worst []int
	for _, m := range f.e.Messages {
		if m.CallID == "" || m.cseqNum == 0 || m.Method == "ACK" || m.From == "" {
			continue // a proxy forwards the same Call-ID and CSeq: without the sender, a copy is no retransmission
		}
		k := transaction(m)
		seen[k] = append(seen[k], m.Line)
		if len(seen[k]) > len(worst) {
			worst = seen[k]
		}
	}
	if len(worst) >= 2 {
		f.add("retransmission", "RFC 3261 §17.1.1.2, §17.2.1",
			fmt.Sprintf("A message was sent %d times (lines %s): its receiver did not answer or acknowledge it, or the answer did not get back.", len(worst), lineList(worst)),
			checkRetransmission, worst...)
	}
	f.said("retransmission", "RFC 3261 §17.1.1.2, §17.2.1",
		"a message was sent again: its receiver did not answer or acknowledge it in time, or the answer did not get back.",
		checkRetransmission, f.e.resent)
}

// missingACK finds a 2xx to an INVITE sent again and again with no ACK
// for it, or a call ended about 32 seconds after its 2xx with no ACK seen.
// One pass: each 2xx's state is kept by its Call-ID and CSeq.
func (f *findings) missingACK() {
	type answer struct {
		first *Message
		lines []int
		acked bool
		bye   *Message
	}
	var order []string
	open := map[string]*answer{}
	byCall := map[string][]*answer{}
	ackedBefore := 0 // an ACK without a Call-ID acknowledges every 2xx before it
	for i := range f.e.Messages {
		m := &f.e.Messages[i]
		switch {
		case m.Code >= 200 && m.Code < 300 && m.cseqMethod == "INVITE":
			k := fmt.Sprint(m.CallID, "|", m.cseqNum)
			if a := open[k]; a != nil {
				a.lines = append(a.lines, m.Line)
			} else if len(open) < maxValues {
				a := &answer{first: m, lines: []int{m.Line}}
				open[k], order = a, append(order, k)
				byCall[m.CallID] = append(byCall[m.CallID], a)
			}
		case m.Method == "ACK" && m.CallID == "":
			ackedBefore = len(order)
		case m.Method == "ACK", m.Method == "BYE":
			for _, group := range [][]*answer{byCall[m.CallID], byCall[""]} { // its call's 2xx, and those without a Call-ID
				for _, a := range group {
					if m.Method == "ACK" {
						a.acked = true
					} else if a.bye == nil {
						a.bye = m
					}
				}
			}

		}
	}
	for _, k := range order[:ackedBefore] {
		open[k].acked = true
	}
	if lines := f.e.ackLost; len(lines) > 0 {
		f.add("missing-ack", "RFC 3261 §13.3.1.4",
			"The text says the call ended about 32 seconds after it was answered, or that an ACK timed out: the callee resends its 2xx until an ACK comes, and gives up after 64×T1 (32 s).",
			"Follow the ACK: it goes to the Contact of the 2xx, so a private or unreachable Contact, a missing Record-Route or a NAT on the way loses it.",
			lines...)
		return
	}
	for _, k := range order {
		a := open[k]
		if a.acked {
			continue
		}
		late := a.bye != nil && a.first.at >= 0 && a.bye.at >= 0 && a.bye.at-a.first.at >= 30*time.Second && a.bye.at-a.first.at <= 40*time.Second
		if len(a.lines) >= 3 || late {
			lines := a.lines
			if a.bye != nil {
				lines = append(lines, a.bye.Line)
			}
			f.add("missing-ack", "RFC 3261 §13.3.1.4",
				"The 2xx that answered the INVITE was sent again and again and no ACK for it is in the trace: the callee gives up about 32 seconds (64×T1) after answering and ends the call.",
				"Follow the ACK: it goes to the Contact of the 2xx, so a private or unreachable Contact, a missing Record-Route or a NAT on the way loses it.",
				lines...)
			return
		}
	}
}

// noFinalResponse says that a request got no final response, when the
// headline was inferred from that (retransmissions, a timeout said).
func (f *findings) noFinalResponse() {
	if e := f.e; e.Inferred && e.Code == 408 {
		f.add("no-final-response", "RFC 3261 §17.1.1.2 (Timer B), §17.1.2.2 (Timer F)",
			"A request got no final response: only retransmissions or a provisional answer, then the transaction timed out.",
			"Check that the request reaches the next hop and that its responses come back to the address in the top Via.",
			e.Evidence...)
	}
}

// authentication finds credentials that were challenged again (auth-loop)
// and a challenge answered without credentials (credentials-never-sent),
// in one pass: the requests by Call-ID, CSeq and method, the challenges
// waiting for the next request of their call.
func (f *findings) authentication() {
	f.said("credentials-never-sent", "RFC 3261 §22.2", "the challenged request was not sent again with credentials.", checkCredentials, f.e.noRetry)
	f.said("auth-loop", "RFC 3261 §22.2, §22.3", "the credentials were challenged again.", checkAuthLoop, f.e.rechallenged)
	requests := map[string]*Message{}
	waiting := map[string]*Message{} // by Call-ID and method: the last challenge
	withCredentials := anyCredentials(f.e.Messages)
	for i := range f.e.Messages {
		m := &f.e.Messages[i]
		if m.CallID == "" {
			continue
		}
		if m.Method != "" {
			if c := waiting[m.CallID+"|"+m.Method]; c != nil && m.cseqNum > c.cseqNum {
				delete(waiting, m.CallID+"|"+m.Method)
				if !m.credentials && m.CSeq != "" && withCredentials {
					f.add("credentials-never-sent", "RFC 3261 §22.2",
						fmt.Sprintf("After the challenge on line %d the request was sent again on line %d without Authorization or Proxy-Authorization.", c.Line, m.Line),
						checkCredentials,
						c.Line, m.Line)
				}
			}
			if len(requests) < maxValues {
				requests[fmt.Sprint(m.CallID, "|", m.cseqNum, "|", m.Method)] = m
			}
			continue
		}
		if m.Code != 401 && m.Code != 407 || m.stale {
			continue
		}
		if q := requests[fmt.Sprint(m.CallID, "|", m.cseqNum, "|", m.cseqMethod)]; q != nil && q.credentials {
			f.add("auth-loop", "RFC 3261 §22.2, §22.3",
				fmt.Sprintf("The request on line %d carried credentials and was challenged again on line %d: they were not accepted.", q.Line, m.Line),
				checkAuthLoop,
				q.Line, m.Line)
		}
		if len(waiting) < maxValues {
			waiting[m.CallID+"|"+m.cseqMethod] = m
		}
	}
}

// anyCredentials reports whether the trace shows an Authorization header
// anywhere: without one, its headers may just have been cut.
func anyCredentials(ms []Message) bool {
	return slices.ContainsFunc(ms, func(m Message) bool { return m.credentials })
}

// byCode finds what a response says by its code in the flow: a cancelled
// call, glare, a session interval refused.
func (f *findings) byCode() {
	ms := f.e.Messages
	for _, m := range ms {
		switch {
		case m.Method == "CANCEL" || m.Code == 487:
			f.add("caller-cancelled", "RFC 3261 §9.1, §9.2",
				"The INVITE was cancelled before it was answered (a CANCEL, a 487 Request Terminated): a hang-up while ringing, or a forking proxy ending the other branches.",
				"If the caller did not hang up, look for what sent the CANCEL: a no-answer timer on a proxy or the phone, or a branch answered elsewhere (Reason: SIP;cause=200).",
				cancelLines(ms)...)
		case m.Code == 491:
			f.add("glare", "RFC 3261 §14.1",
				"Both sides sent a re-INVITE or UPDATE on the dialog at once (glare) and one was refused with 491 Request Pending.",
				"Each side must wait a random time and try again (2.1–4 s for the one that owns the Call-ID, 0–2 s for the other); a side that retries at once or never retries is at fault.",
				m.Line)
		case m.Code == 422:
			f.add("session-timer", "RFC 4028 §6",
				fmt.Sprintf("The session interval asked for was too small: 422 Session Interval Too Small%s.", withValue(" asks for Min-SE ", m.MinSE)),
				"Send the INVITE again with Session-Expires at least the Min-SE of the 422; check the session-timer settings of the side that sent it.",
				m.Line)
		}
	}
}

// sessionExpired finds a BYE sent when the session interval ran out with
// no refresh: RFC 4028 §10 has the side that saw no refresh send it at
// the interval's end less min(32 s, a third of it). The interval is the
// 2xx's Session-Expires (or, without one, the request's); the refresh, a
// later 2xx to a re-INVITE or UPDATE of the call.
func (f *findings) sessionExpired() {
	ms := f.e.Messages
	var refreshed *Message // the last 2xx that set or refreshed a session interval
	interval := 0
	for i := range ms {
		m := &ms[i]
		switch {
		case m.Code >= 200 && m.Code < 300 && (m.cseqMethod == "INVITE" || m.cseqMethod == "UPDATE"):
			if se := m.sessionExpires; se > 0 || interval > 0 {
				refreshed = m
				if se > 0 {
					interval = se
				}
			}
		case m.Method == "INVITE" && m.sessionExpires > 0 && interval == 0:
			interval = m.sessionExpires // until its 2xx says otherwise
		case m.Method == "BYE" && refreshed != nil && interval > 0 && m.at >= 0 && refreshed.at >= 0 && sameCall(*refreshed, *m):
			se := time.Duration(interval) * time.Second
			early := min(32*time.Second, se/3)
			if after := m.at - refreshed.at; after >= se-early-2*time.Second && after <= se+2*time.Second {
				f.add("session-timer", "RFC 4028 §10",
					fmt.Sprintf("The BYE came %s after the session was last set up or refreshed, when its Session-Expires of %d s ran out: no refresh (re-INVITE or UPDATE) was seen.", Millis(after.Milliseconds()), interval),
					"Check that the refresher named in Session-Expires (refresher=uac or uas) sends its re-INVITE or UPDATE before half the interval, and that the other side answers it; a NAT or firewall that drops the refresh ends calls the same way.",
					refreshed.Line, m.Line)
			}
		}
	}
}

// cancelLines are the lines of the CANCELs and 487s.
func cancelLines(ms []Message) []int {
	var out []int
	for _, m := range ms {
		if m.Method == "CANCEL" || m.Code == 487 {
			out = append(out, m.Line)
		}
	}
	return out
}

func withValue(label, v string) string {
	if v == "" {
		return ""
	}
	return label + v
}

// media reads the SDP of each message, and compares each answer with the
// offer before it in the same call.
func (f *findings) media() {
	ms := f.e.Messages
	public := f.e.publicPeer || slices.ContainsFunc(f.e.Participants, isPublicAddress)
	var offer *Message // the last request with SDP
	for i := range ms {
		m := &ms[i]
		if (m.Code == 488 || m.Code == 606) && !bandwidthOnly(m.Warnings) {
			lines := []int{m.Line}
			if offer != nil && sameCall(*offer, *m) {
				lines = append(lines, offer.media.line)
			}
			f.add("no-common-codec", "RFC 3264 §6, RFC 3261 §21.4.26",
				fmt.Sprintf("The session offered was refused with %d %s: nothing in it was acceptable, most often no common codec, or media encryption one side requires and the other lacks.", m.Code, m.Phrase),
				"Compare the offer's codecs and transport with what the refusing side supports; a Warning header (304, 305, 306) often names what failed.",
				lines...)
		}
		md := m.media
		if md.line == 0 {
			continue
		}
		f.body(md, public)
		if m.Method != "" {
			offer = m
			continue
		}
		if offer != nil && sameCall(*offer, *m) {
			f.compare(offer.media, md)
		}
	}
	if !slices.ContainsFunc(ms, func(m Message) bool { return m.media.line != 0 }) {
		var streams []sdp // an offer and its answer pasted alone: the first two bodies with a stream
		for _, b := range f.e.bodies {
			if b.proto != "" && len(streams) < 2 {
				streams = append(streams, b)
			}
		}
		if len(streams) == 2 {
			f.compare(streams[0], streams[1])
		}
	}
	for _, md := range f.e.bodies {
		f.body(md, public)
	}
	f.said("dtmf-mismatch", "RFC 4733 §2.5.1",
		"telephone-event was left out of the negotiation: DTMF digits sent as RFC 4733 events are not understood by the other side.",
		checkDTMF, f.e.dtmfLost)
}

// body checks one SDP body: a private address for media while the call
// runs over public addresses, and a stream put on hold.
func (f *findings) body(md sdp, public bool) {
	if a, err := netip.ParseAddr(md.addr); err == nil && isPrivate(a) && public {
		f.add("private-address-in-sdp", "RFC 3264 §5, RFC 1918, RFC 6598",
			fmt.Sprintf("The SDP on line %d asks for media at %s, a private address, while the call runs over public ones: the far side sends its audio where it cannot arrive (one-way or no audio).", md.addrLine, md.addr),
			"Have the side behind NAT put its public address in c= (the SBC's or PBX's external or NAT address setting), or let an SBC anchor the media.",
			md.addrLine)
	}
	if md.direction == "sendonly" || md.direction == "inactive" {
		f.add("on-hold", "RFC 3264 §8.4",
			fmt.Sprintf("The SDP on line %d says a=%s: the call is put on hold (or the media is not wanted), so one side or both hear nothing.", md.dirLine, md.direction),
			"If nobody pressed hold, find which side sent it: a re-INVITE from a PBX (music on hold) or a gateway's media settings.",
			md.dirLine)
	}
	if md.addr == "0.0.0.0" {
		f.add("on-hold", "RFC 3264 §8.4, RFC 2543",
			fmt.Sprintf("The SDP on line %d asks for media at 0.0.0.0: the older way (RFC 2543) of putting a call on hold, which some endpoints refuse in an initial offer.", md.addrLine),
			"If nobody pressed hold, find which side sent it; to a side that refuses it, offer a real address with a=sendonly or a=inactive instead.",
			md.addrLine)
	}
}

// compare checks an SDP answer against its offer.
func (f *findings) compare(offer, md sdp) {
	if offer.proto == "" || md.proto == "" {
		return
	}
	if secure(offer.proto) != secure(md.proto) {
		f.add("srtp-mismatch", "RFC 3711, RFC 4568 §3",
			fmt.Sprintf("The offer (line %d) asks for %s and the answer (line %d) gives %s: one side wants encrypted media (SRTP), the other plain RTP.", offer.line, offer.proto, md.line, md.proto),
			"Make both sides agree on media encryption: SRTP required on one and not offered by the other fails or stays silent.",
			offer.line, md.line)
	}
	if offer.dtmf != md.dtmf {
		f.add("dtmf-mismatch", "RFC 4733 §2.5.1",
			fmt.Sprintf("Only one side offers telephone-event (offer line %d, answer line %d): DTMF digits sent as RFC 4733 events are not understood by the other.", offer.line, md.line),
			checkDTMF,
			offer.line, md.line)
	}
	if !sharesCodec(offer.payloads, md.payloads) {
		f.add("no-common-codec", "RFC 3264 §6",
			fmt.Sprintf("The answer (line %d) lists no payload type of the offer (line %d): there is no common codec.", md.line, offer.line),
			"Compare the codec lists of both sides and enable one they share.",
			offer.line, md.line)
	}
}

// bandwidthOnly reports Warnings that blame the bandwidth (370) and no
// media format (304 to 306): a 488 that is no codec problem.
func bandwidthOnly(ws []Warning) bool {
	bandwidth := false
	for _, w := range ws {
		switch w.Code {
		case 370:
			bandwidth = true
		case 304, 305, 306:
			return false
		}
	}
	return bandwidth
}

func secure(proto string) bool { return strings.Contains(strings.ToUpper(proto), "SAVP") }

// sharesCodec reports whether an answer keeps a payload type of the offer
// (telephone-event aside, which is no codec); lists not read count as shared.
func sharesCodec(offer, answer []string) bool {
	if len(offer) == 0 || len(answer) == 0 {
		return true
	}
	for _, p := range answer {
		if slices.Contains(offer, p) {
			return true
		}
	}
	return false
}

// isPrivate reports whether an address cannot be reached from the public
// internet: RFC 1918, RFC 6598 (carrier-grade NAT), link-local, loopback,
// unique local IPv6.
func isPrivate(a netip.Addr) bool {
	cgnat := netip.MustParsePrefix("100.64.0.0/10")
	return a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast() || cgnat.Contains(a)
}

// isPublicAddress reports whether a participant is a public IP address.
func isPublicAddress(p string) bool {
	host := p
	if ap, err := netip.ParseAddrPort(p); err == nil {
		host = ap.Addr().String()
	} else if h, _, ok := strings.Cut(p, ":"); ok && strings.Count(p, ":") == 1 {
		host = h
	}
	a, err := netip.ParseAddr(host)
	return err == nil && !isPrivate(a) && !a.IsUnspecified()
}

func lineList(lines []int) string {
	var s []string
	for _, l := range lines[:min(len(lines), 6)] {
		s = append(s, strconv.Itoa(l))
	}
	if len(lines) > 6 {
		s = append(s, "…")
	}
	return strings.Join(s, ", ")
}
