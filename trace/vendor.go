package trace

import (
	"strings"

	"github.com/sipcodes/sipcodes/codes"
)

// hangupCauses maps the cause names FreeSWITCH and Asterisk print to Q.850 numbers.
var hangupCauses = map[string]int{
	"UNALLOCATED_NUMBER": 1, "NO_ROUTE_TRANSIT_NET": 2, "NO_ROUTE_DESTINATION": 3,
	"NORMAL_CLEARING": 16, "USER_BUSY": 17, "NO_USER_RESPONSE": 18, "NO_ANSWER": 19,
	"SUBSCRIBER_ABSENT": 20, "CALL_REJECTED": 21, "NUMBER_CHANGED": 22,
	"REDIRECTION_TO_NEW_DESTINATION": 23, "EXCHANGE_ROUTING_ERROR": 25,
	"DESTINATION_OUT_OF_ORDER": 27, "INVALID_NUMBER_FORMAT": 28, "FACILITY_REJECTED": 29,
	"NORMAL_UNSPECIFIED": 31, "NORMAL_CIRCUIT_CONGESTION": 34, "NETWORK_OUT_OF_ORDER": 38,
	"NORMAL_TEMPORARY_FAILURE": 41, "SWITCH_CONGESTION": 42, "REQUESTED_CHAN_UNAVAIL": 44,
	"BEARERCAPABILITY_NOTAVAIL": 58, "SERVICE_UNAVAILABLE": 63, "BEARERCAPABILITY_NOTIMPL": 65,
	"SERVICE_NOT_IMPLEMENTED": 79, "INCOMPATIBLE_DESTINATION": 88,
	"RECOVERY_ON_TIMER_EXPIRE": 102, "PROTOCOL_ERROR": 111, "INTERWORKING": 127,
}

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
		}
	case indexFold(s, "<--- received") >= 0, indexFold(s, "<--- sip read") >= 0,
		indexFold(s, "bytes from") >= 0 && (indexFold(s, "recv ") >= 0 || indexFold(s, "rx ") >= 0 || indexFold(s, "received") >= 0):
		dir = "in"
	case indexFold(s, "<--- transmitting") >= 0, indexFold(s, "<--- reliably transmitting") >= 0,
		indexFold(s, "bytes to") >= 0 && (indexFold(s, "send ") >= 0 || indexFold(s, "tx ") >= 0):
		dir = "out"
	}
	if dir != "" {
		r.dir, r.dirLine = dir, n
	}
}

// mentions reads codes and causes stated in free text and vendor log lines:
// `Got SIP response 503 "Service Unavailable"`, "get 486 busy here",
// "completed with code: 408", "hangup cause NORMAL_CLEARING", and Reason
// and Warning values quoted in prose.
func (r *reader) mentions(s string, n int) {
	if len(s) > 1 && s[1] == '=' && isLetter(s[0]) {
		return // an SDP line
	}
	if k := indexFold(s, "reason"); k >= 0 {
		r.quotedReason(s[k:], n)
	}
	if k := indexFold(s, "warning:"); k >= 0 {
		r.quotedWarning(s[k:], n)
	}
	r.statedCodes(s, n)
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
	rs := parseReasons(value, n, r.d)
	if len(r.ex.Reasons)+len(rs) <= maxValues {
		r.ex.Reasons = append(r.ex.Reasons, rs...)
	}
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
	ws := parseWarnings(value, n, r.d)
	if len(r.ex.Warnings)+len(ws) <= maxValues {
		r.ex.Warnings = append(r.ex.Warnings, ws...)
	}
}

// codeLeadIns are log phrases that put a status code right after them,
// with the smallest code each one may state.
var codeLeadIns = []struct {
	text  string
	min   int
	words []string // when set, the word after the code must be one of these
}{
	{"sip response ", 100, nil}, {"response code ", 100, nil}, {"status code ", 100, nil},
	{"with code: ", 100, nil}, {"with code ", 100, nil}, {"reply code ", 100, nil},
	{"code: ", 200, nil}, // "Call failed with cause: Code: [503]"; no "exit code: 127"
	// Three digits after "cause" are no Q.850 cause (those end at 127):
	// Asterisk's "chan_pjsip_hangup: Cause: 488" is the response it sends.
	// FreeSWITCH's "Cause: 604 [MEDIA_TIMEOUT]" is its own cause, named
	// after the number; wordAfter turns those away.
	{"cause: ", 300, nil}, {"cause ", 300, nil},
	// "can't generate 487 reply when a final 408 was sent out", not "the final 500 bytes"
	{"final ", 200, []string{"was", "is", "reply", "response", "sent", "received"}},
	{"rs=", 100, nil}, // the reply status an OpenSIPS or Kamailio script logs as rs=$rs
	// OpenSIPS's tm debug lines: "last_recv=487", "reply code is <487>".
	{"last_recv=", 100, nil}, {"reply code is ", 100, nil},
	// FreeSWITCH: "Other leg already handling reinvite, so responding with 491".
	{"responding with ", 300, nil},
	// drachtio: "received response to reINVITE with status 477",
	// "Sip non-success response: 477"; an SBC's "status=403 (Forbidden)";
	// a JSON log's "status": 486.
	{"with status ", 100, nil}, {"response: ", 300, nil}, {"status=", 100, nil},
	{`"status": `, 100, nil}, {`"status":`, 100, nil},
	// A FRITZ!Box event log: "... war nicht erfolgreich. Ursache: (408)".
	{"ursache: ", 300, nil},
	// FreeSWITCH's channel variable, as its logs and the programs on top
	// of it write it: sip_term_status: [486], sip_term_status=486,
	// {:sip_term_status=>"486"}; and the SipResponseCode such a program
	// passes on, Twilio-style.
	{"sip_term_status", 100, nil}, {"variable_sip_term_status", 100, nil}, {"sipresponsecode", 100, nil},
	// pjsua: "Call 0 is DISCONNECTED [reason=408 (Request Timeout)]".
	{"reason=", 100, nil},
	// Asterisk's outbound registration: "Fatal response '401' received
	// from ...", "Temporal response '503' ...".
	{"fatal response ", 300, nil}, {"temporal response ", 300, nil},
}

func (r *reader) statedCodes(s string, n int) {
	for _, lead := range codeLeadIns {
		for off := 0; off < len(s); {
			k := indexFold(s[off:], lead.text)
			if k < 0 {
				break
			}
			k += off
			off = k + len(lead.text)
			if k > 0 && (isLetter(s[k-1]) || isDigit(s[k-1]) || s[k-1] == '_') {
				continue // "because 500", "users=100"
			}
			at := off
			if isLetter(lead.text[len(lead.text)-1]) {
				// A variable's name: what assigns it, as a log or a
				// language writes that, then the number.
				for at < len(s) && at-off < 5 && strings.IndexByte(` =>":`, s[at]) >= 0 {
					at++
				}
			}
			if at < len(s) && strings.IndexByte("[(<'", s[at]) >= 0 {
				at++
			}
			code, ok := threeDigits(s, at)
			if !ok || code < lead.min || codes.ClassOf(code) == 0 || !wordAfter(s[at+3:], code, lead.words) || isByteCount(s[at+3:]) {
				continue
			}
			phrase := ""
			if rest := strings.TrimSpace(s[at+3:]); strings.HasPrefix(rest, `"`) {
				if e := strings.IndexByte(rest[1:], '"'); e >= 0 {
					phrase = rest[1 : e+1]
				}
			}
			r.logResponse(n, code, phrase, s)
			return
		}
	}
	// "NNN Registered Phrase" with the number standing alone, "NNN response",
	// or "NNN <-" in a list of arrows; a flattened call flow can hold several.
	seen := 0
	for i := 0; i+3 < len(s) && seen < 20; i++ {
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || isLetter(s[i-1])) {
			continue
		}
		code, ok := threeDigits(s, i)
		if !ok || codes.ClassOf(code) == 0 {
			continue
		}
		if phrase, ok := phraseBefore(s, i, code); ok {
			r.logResponse(n, code, phrase, s)
			seen++
			i += 3
			continue
		}
		if i > 0 && strings.IndexByte(".:/=-_#@[", s[i-1]) >= 0 || s[i+3] != ' ' {
			continue
		}
		reg := codes.Text(code)
		rest := strings.TrimLeft(s[i+4:], `"`)
		phrase := ""
		switch {
		case reg != "" && hasPrefixFold(rest, reg) && !(len(rest) > len(reg) && isLetter(rest[len(reg)])):
			phrase = rest[:len(reg)]
		case hasPrefixFold(rest, "response") && !(len(rest) > 8 && isLetter(rest[8])):
			// "sending 500 response"
		case isArrow(rest):
			// "480 <-"
		case inLadderCell(s, i):
			// "|  422 Session Timer Too Smal |": sngrep's call flow, its
			// phrase cut to the column
		default:
			continue
		}
		r.logResponse(n, code, phrase, s)
		seen++
		i += 3
	}
}

// phraseBefore reads a code written after its registered phrase, in
// brackets: a FRITZ!Box's "Causa: Not Acceptable Here (488)", FreeSWITCH's
// "Registration Failed with status Forbidden [403]".
func phraseBefore(s string, i, code int) (string, bool) {
	reg := codes.Text(code)
	if reg == "" || i < 2 || !(s[i-1] == '(' && s[i+3] == ')' || s[i-1] == '[' && s[i+3] == ']') {
		return "", false
	}
	before := strings.TrimRight(s[:i-1], " ")
	if len(before) < len(reg) || !strings.EqualFold(before[len(before)-len(reg):], reg) {
		return "", false
	}
	if k := len(before) - len(reg); k > 0 && isLetter(before[k-1]) {
		return "", false
	}
	return before[len(before)-len(reg):], true
}

// inLadderCell reports whether the number at s[i] opens a cell of a call
// flow drawn between bars, with only words after it in that cell.
func inLadderCell(s string, i int) bool {
	if !strings.HasSuffix(strings.TrimRight(s[:i], " "), "|") {
		return false
	}
	end := strings.IndexByte(s[i:], '|') // once per cell: linear in the line
	if end < 0 {
		return false
	}
	words := strings.TrimSpace(s[i+3 : i+end])
	return words != "" && isLetter(words[0]) && strings.Trim(words, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'") == ""
}

// isByteCount reports whether the text after a number says it counts
// bytes: Asterisk's "Transmitting SIP response (364 bytes)".
func isByteCount(rest string) bool {
	return hasPrefixFold(strings.TrimLeft(rest, " "), "byte")
}

// wordAfter reports whether rest, the text after a stated code, goes on
// with one of words or with the code's registered phrase; any text will do
// when words is empty, but for a cause name in capitals.
func wordAfter(rest string, code int, words []string) bool {
	rest = strings.TrimLeft(rest, " ")
	if len(rest) > 2 && (rest[0] == '[' || rest[0] == '(') && rest[1] >= 'A' && rest[1] <= 'Z' {
		if e := strings.IndexAny(rest[:min(len(rest), 64)], "])"); e > 1 && strings.Trim(rest[1:e], "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") == "" {
			return false // "604 [MEDIA_TIMEOUT]": a vendor's cause number and its name
		}
	}
	if len(words) == 0 {
		return true
	}
	if reg := codes.Text(code); reg != "" && hasPrefixFold(rest, reg) {
		return true
	}
	for _, w := range words {
		if hasPrefixFold(rest, w) && (len(rest) == len(w) || !isLetter(rest[len(w)])) {
			return true
		}
	}
	return false
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
	if indexFold(s, "cause") < 0 && !strings.Contains(s, "[") {
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
		if c, ok := hangupCauses[s[i:j]]; ok && causeContext(s, i, j) {
			r.signal(Signal{Line: n, Kind: "cause", Cause: c, Text: clip(strings.TrimSpace(s), 200)})
			return
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
	before := strings.TrimRight(s[:i], " :=")
	return len(before) >= 5 && strings.EqualFold(before[len(before)-5:], "cause")
}
