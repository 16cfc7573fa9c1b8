package trace

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	q850 "github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
)

// Explain reads a pasted trace or log and explains it.
func Explain(text string) Explanation {
	ex := empty()
	if looksBinary(text) {
		ex.Binary = true
		ex.Error = "the input is binary, not text: paste the trace as text (for a capture file, export it with sngrep, tshark or ngrep first)"
		return ex
	}
	return explain(ex, text)
}

// empty is an explanation with every list present, as the JSON contract has them.
func empty() Explanation {
	return Explanation{Messages: []Message{}, Reasons: []Reason{}, Warnings: []Warning{}, Signals: []Signal{}, Notes: []string{}, Findings: []Finding{}}
}

// explain reads a text known not to be binary (a capture's SIP, which a
// binary body may fill with bytes that are not UTF-8, is read whatever).
func explain(ex Explanation, text string) Explanation {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		ex.Notes = append(ex.Notes, "Some bytes were not UTF-8 and were replaced.")
	}
	newReader(&ex).read(text)
	for i := range ex.Messages {
		ex.Messages[i].Meaning = meaning(ex.Messages[i])
	}
	ex.count()
	ex.headline()
	ex.otherReadings()
	ex.explainNotes()
	ex.flow()
	return ex
}

// JSON is the explanation as indented JSON.
func (e Explanation) JSON() ([]byte, error) { return json.MarshalIndent(e, "", "  ") }

// looksBinary reports NUL bytes, or many control and invalid bytes, in the first 4 KB.
func looksBinary(s string) bool {
	head := s[:min(len(s), 4096)]
	bad := 0
	for i := 0; i < len(head); i++ {
		c := head[i]
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1b {
			bad++
		}
	}
	if !utf8.ValidString(head) {
		invalid := 0
		for i := 0; i < len(head); {
			r, size := utf8.DecodeRuneInString(head[i:])
			if r == utf8.RuneError && size == 1 {
				invalid++
			}
			i += size
		}
		bad += invalid
	}
	return len(head) > 0 && bad*10 > len(head)
}

// key names a message's transaction: Call-ID, CSeq number and method
// (a CANCEL shares its INVITE's number but is a transaction of its own).
func (m Message) key() string {
	method := m.cseqMethod
	if method == "" {
		method = m.Method
	}
	if method == "ACK" {
		method = "INVITE"
	}
	return m.CallID + "\x00" + strconv.FormatInt(m.cseqNum, 10) + "\x00" + method
}

func (e *Explanation) count() {
	tx, dialogs := map[string]bool{}, map[string]bool{}
	for _, m := range e.Messages {
		if m.fromLog {
			continue
		}
		if m.CallID != "" {
			dialogs[m.CallID] = true
		}
		if m.CallID != "" || m.CSeq != "" {
			tx[m.key()] = true
		}
	}
	e.Transactions, e.Dialogs = len(tx), len(dialogs)
}

// headline applies the reading rules: the final failure of the first
// transaction that failed, not counting a 401 or 407 the client answered
// with credentials or a 3xx it followed (RFC 3261 §8.1.3.4); with no
// failure, a Reason or cause stated on a CANCEL, a BYE or alone, then a
// vendor code; then what the text shows happened: a cancelled call is
// 487, a request nobody answered a timeout (408), both inferred; else the
// first success; else 0.
func (e *Explanation) headline() {
	e.head = -1
	ms := e.Messages
	followed := -1 // a redirect the client followed: the headline only if nothing else says how the call ended
	// A response in the trace is better evidence than a code a log line or
	// a person states: the messages are read first.
	cancelled := cancelledRequests(ms)
	for _, stated := range []bool{false, true} {
		if i := e.firstFailure(stated, cancelled, &followed); i >= 0 {
			e.setMessage(i)
			return
		}
	}
	onFinal := map[int]bool{}
	for _, m := range ms {
		if m.Code >= 200 {
			for _, r := range m.Reasons {
				onFinal[r.Line] = true
			}
		}
	}
	for _, r := range e.Reasons {
		// One of FreeSWITCH's own causes is no response, unless its number is one (487).
		if !onFinal[r.Line] && r.SIPCode >= 100 && r.SIPCode <= 699 && (r.Vendor == "" || r.SIPCode == r.Cause) {
			e.set(r.SIPCode, "stated", r.Line)
			return
		}
	}
	for _, s := range e.Signals {
		if s.Kind == "cause" {
			if code, _, ok := codes.CodeForCause(s.Cause); ok {
				e.set(code, "stated", s.Line)
				return
			}
		}
	}
	for _, s := range e.Signals {
		if s.Kind == "vendor" {
			e.set(s.Vendor.SIPCode, "stated", s.Line)
			e.Vendor = s.Vendor
			return
		}
	}
	for _, m := range ms {
		if m.Method == "CANCEL" {
			e.set(487, "inferred", m.Line)
			e.Notes = append(e.Notes, fmt.Sprintf("The caller cancelled the request (CANCEL, line %d): the call ends with 487 Request Terminated, even where the text does not show it.", m.Line))
			return
		}
	}
	if line, ok := retransmitted(ms); ok {
		e.set(408, "inferred", line)
		e.Notes = append(e.Notes, fmt.Sprintf("The request on line %d was sent again and again and nothing answered it: the transaction timed out, which the client reports as 408 Request Timeout (RFC 3261 §17.1).", line))
		return
	}
	if len(e.gaveUp) > 0 && !anyFinal(ms) {
		e.set(408, "inferred", e.gaveUp...)
		e.Notes = append(e.Notes, fmt.Sprintf("The text says a request got no answer (line %d): a transaction that times out ends as 408 Request Timeout, though no 408 is printed.", e.gaveUp[0]))
		return
	}
	for i, m := range ms {
		if m.Code >= 200 && m.Code < 300 {
			e.setMessage(i)
			return
		}
	}
	if followed >= 0 {
		e.setMessage(followed)
		e.Notes = append(e.Notes, "The client followed the redirect with a new request; the text ends before that request's answer, so how the call ended is not shown.")
		return
	}
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].Code == 180 || ms[i].Code == 183 {
			e.Notes = append(e.Notes, fmt.Sprintf("The call was ringing (%d %s, line %d) when the text ends: no final response is shown.", ms[i].Code, codes.Text(ms[i].Code), ms[i].Line))
			return
		}
		if ms[i].Code >= 200 || ms[i].Request() && ms[i].Method != "ACK" && ms[i].Method != "PRACK" {
			return
		}
	}
}

// firstFailure is the index of the first final failure among the
// messages from start lines (stated false) or from stated codes (true),
// not counting a challenge answered with credentials or a redirect the
// client followed (noted in followed); -1 for none. Where several
// transactions failed, what failed ranks them as an engineer reads a
// capture: the call's own requests first, then a registration, then the
// background (subscriptions, presence, keep-alives), and last the answer
// to a request its sender cancelled, which is the sender's doing.
func (e *Explanation) firstFailure(stated bool, cancelled map[request]bool, followed *int) int {
	ms := e.Messages
	best, bestRank := -1, 0
	for i, m := range ms {
		if m.Code < 300 || m.Code > 699 || m.fromLog != stated {
			continue
		}
		if (m.Code == 401 || m.Code == 407 || m.Code < 400) && answered(ms, i) {
			if m.Code < 400 && *followed < 0 {
				*followed = i
			}
			continue
		}
		rank := failureRank[m.cseqMethod]
		if m.cseqMethod == "CANCEL" || m.cseqMethod == "INVITE" && m.CallID != "" && cancelled[request{m.CallID, m.cseqNum}] {
			rank = 3
		}
		if best < 0 || rank < bestRank {
			best, bestRank = i, rank
		}
	}
	return best
}

// request names a request by its Call-ID and CSeq number, which its
// CANCEL shares (RFC 3261 §9.1).
type request struct {
	callID string
	cseq   int64
}

// cancelledRequests are the requests a CANCEL in ms names.
func cancelledRequests(ms []Message) map[request]bool {
	cancelled := map[request]bool{}
	for _, m := range ms {
		if m.Method == "CANCEL" {
			cancelled[request{m.CallID, m.cseqNum}] = true
		}
	}
	return cancelled
}

// failureRank orders failures by the method that failed (see
// firstFailure); a method not listed, or not known, ranks with the call's.
var failureRank = map[string]int{"REGISTER": 1, "SUBSCRIBE": 2, "NOTIFY": 2, "PUBLISH": 2, "OPTIONS": 2}

// anyFinal reports whether any of ms is a final response.
func anyFinal(ms []Message) bool {
	for _, m := range ms {
		if m.Code >= 200 {
			return true
		}
	}
	return false
}

// setMessage makes the message at ms[i] the headline.
func (e *Explanation) setMessage(i int) {
	m := e.Messages[i]
	e.set(m.Code, "stated", m.Line)
	e.head = i
	e.Vendor = m.vendor
}

// otherReadings says the other failure a text states when it competes
// with the headline: what a person or a log line says of the call against
// what its messages show. The headline is the better supported (a status
// line before a stated code, the first failure before a later one); the
// other is said, with its line, so that nothing the text claims is hidden.
func (e *Explanation) otherReadings() {
	if e.head < 0 {
		return
	}
	head := e.Messages[e.head]
	seen := map[int]bool{head.Code: true}
	for _, m := range e.Messages {
		if m.Code < 300 || seen[m.Code] || m.fromLog == head.fromLog && m.Line != head.Line || len(e.Notes) >= 50 {
			continue
		}
		seen[m.Code] = true
		what := "a log line or the text around the trace"
		if m.Line == head.Line {
			what = "the same line"
		} else if !m.fromLog {
			what = "a response in the trace"
		}
		e.Notes = append(e.Notes, fmt.Sprintf("Another reading: %s says %d %s (line %d); the headline rests on line %d, which is better supported.", what, m.Code, codes.Text(m.Code), m.Line, head.Line))
	}
}

// answered reports whether the client sent a new request of the same
// method after the challenge at ms[i], in the same Call-ID when both show one.
func answered(ms []Message, i int) bool {
	c := ms[i]
	for _, m := range ms[i+1:] {
		if !m.Request() || m.Method == "ACK" {
			continue
		}
		if c.CallID != "" && m.CallID != "" && m.CallID != c.CallID {
			continue
		}
		if c.cseqMethod != "" && m.Method != c.cseqMethod {
			continue
		}
		if c.cseqNum != 0 && m.cseqNum != 0 && m.cseqNum <= c.cseqNum {
			continue
		}
		return true
	}
	return false
}

func (e *Explanation) set(code int, confidence string, lines ...int) {
	e.Code, e.Confidence, e.Inferred, e.Evidence = code, confidence, confidence == "inferred", lines
	if c, ok := codes.Fallback(code); ok {
		e.Phrase = c.Phrase
		e.Summary = c.Summary
		if c.Number != code {
			e.Summary = fmt.Sprintf("%d is not a registered code; a client treats it as %d %s (RFC 3261 §8.1.3.2). %s", code, c.Number, c.Phrase, c.Summary)
		}
	}
}

// meaning says in a line what one message is.
func meaning(m Message) string {
	if m.Request() {
		return "request " + m.Method
	}
	c, ok := codes.Lookup(m.Code)
	if ok {
		return c.Summary
	}
	if f, ok := codes.Fallback(m.Code); ok {
		return fmt.Sprintf("not a registered code: a client treats it as %d %s", f.Number, f.Phrase)
	}
	return ""
}

// explainNotes states contradictions and what to check next.
func (e *Explanation) explainNotes() {
	add := func(format string, a ...any) {
		if len(e.Notes) < 50 {
			e.Notes = append(e.Notes, fmt.Sprintf(format, a...))
		}
	}
	var head *Message
	if e.head >= 0 {
		head = &e.Messages[e.head]
	}
	if head != nil {
		for _, r := range head.Reasons {
			switch {
			case r.Protocol == "Q.850" && r.Cause == 16 && head.Code >= 300 && head.Code != 487:
				add("The status line wins: %d %s. Its Reason carries Q.850 cause 16 (Normal call clearing), which says the far end cleared the call normally; the two disagree, so look at the device that set the cause.", head.Code, codes.Text(head.Code))
			case r.SIPCode != 0 && r.SIPCode != head.Code && head.Code >= 300:
				add("The status line wins: %d. Its Reason %s;cause=%d (%s) would map to %d.", head.Code, r.Protocol, r.Cause, r.Name, r.SIPCode)
			}
		}
		if head.PhraseDiffers {
			add("The phrase %q is not the registered one (%q); the code is what counts.", head.Phrase, codes.Text(head.Code))
		}
		if head.RetryAfter != "" {
			add("Retry-After: %s says when the sender expects to accept a new attempt.", head.RetryAfter)
		}
		if head.MinSE != "" {
			add("Min-SE: %s is the smallest session interval the sender accepts; retry with Session-Expires at least that.", head.MinSE)
		}
		if head.MinExpires != "" {
			// A registrar (RFC 3261 §10.3), a notifier (RFC 6665 §4.2.1.1) or a
			// presence server (RFC 3903 §6) sends it, for its own kind of expiry.
			what := "registration, subscription or publication"
			switch head.cseqMethod {
			case "REGISTER":
				what = "registration"
			case "SUBSCRIBE":
				what = "subscription"
			case "PUBLISH":
				what = "publication"
			}
			add("Min-Expires: %s is the shortest %s the server accepts; ask for at least that in Expires.", head.MinExpires, what)
		}
		if head.Unsupported != "" {
			add("Unsupported: %s names the extensions the far end does not support.", head.Unsupported)
		}
		if len(head.Contact) > 0 {
			add("The redirect offers %d Contact address(es); the first is %s.", len(head.Contact), head.Contact[0])
		}
	}
	for _, r := range e.Reasons {
		switch {
		case r.Protocol == "Q.850" && r.Name != "":
			if r.SIPCode != 0 {
				add("Reason Q.850 cause %d is %s; RFC 3398 maps it to %d %s.", r.Cause, r.Name, r.SIPCode, codes.Text(r.SIPCode))
			} else {
				add("Reason Q.850 cause %d is %s.", r.Cause, r.Name)
			}
		case r.Vendor == "FreeSWITCH" && r.Cause == r.SIPCode:
			add("Reason SIP;cause=%d is FreeSWITCH's own cause %s, numbered after the SIP response %d %s on purpose.", r.Cause, r.Name, r.SIPCode, codes.Text(r.SIPCode))
		case r.Vendor == "FreeSWITCH":
			add("Reason SIP;cause=%d is FreeSWITCH's own cause %s, not a SIP response code; FreeSWITCH answers it with %d %s.", r.Cause, r.Name, r.SIPCode, codes.Text(r.SIPCode))
			if in, _ := q850.LookupInternalName(r.Name); in.Value != r.Cause {
				add("%d is the number FreeSWITCH gave %s before version 1.10.8 (2022); it is %d now.", r.Cause, r.Name, in.Value)
			}
		case r.Protocol == "SIP" || r.Protocol == "STIR":
			if r.SIPCode != 0 {
				add("Reason %s;cause=%d stands for the response %d (%s).", r.Protocol, r.Cause, r.SIPCode, r.Name)
			}
		}
	}
	for _, w := range e.Warnings {
		if w.Code == 399 {
			add("Warning 399 from %s is free text; read it: %q.", w.Agent, w.Text)
		}
	}
	for _, s := range e.Signals {
		if s.Kind == "cause" {
			add("A vendor cause says Q.850 %d (%s).", s.Cause, codes.CauseName(s.Cause))
		}
	}
	if e.Code == 0 {
		if len(e.Messages) == 0 {
			add("No SIP message, status code or cause was found in the text.")
		} else {
			add("No final response or cause says how this ended; the trace may stop early.")
		}
		return
	}
	if c, ok := codes.Fallback(e.Code); ok {
		d, _ := codes.LookupDetails(c.Number)
		for i, check := range d.Checks {
			if i == 3 {
				break
			}
			add("Next: %s", check)
		}
	}
}

// Basis says in a sentence what the headline rests on and how sure it
// is: "Stated on line 12.", "Inferred from line 4: …", and the vendor code
// it was read from. The page and the command line both print it.
func (e Explanation) Basis() string {
	if len(e.Evidence) == 0 {
		return ""
	}
	lines := make([]string, 0, len(e.Evidence))
	for _, n := range e.Evidence {
		lines = append(lines, strconv.Itoa(n))
	}
	where := "line " + lines[0]
	if len(lines) > 1 {
		where = "lines " + strings.Join(lines, ", ")
	}
	s := "Stated on " + where + "."
	if e.Inferred {
		s = "Inferred from " + where + ": no response in the text says it."
	}
	if v := e.Vendor; v != nil {
		code := v.Code + v.Token
		s += fmt.Sprintf(" Read from %s's code %s (%s)", v.Namespace, code, v.Name)
		if v.SIPCode == 0 {
			s += ", which stands for no SIP response."
		} else {
			s += fmt.Sprintf(", which stands for %d.", v.SIPCode)
		}
	}
	return s
}
