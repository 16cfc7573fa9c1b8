package trace

import (
	"strconv"
	"strings"

	"github.com/sipcodes/sipcodes/warning"
)

// compact maps the one-letter header names (RFC 3261 §7.3.3 and the
// extensions that registered one) to their full names, lower case.
var compact = map[string]string{
	"i": "call-id", "v": "via", "f": "from", "t": "to", "m": "contact",
	"l": "content-length", "c": "content-type", "k": "supported", "s": "subject",
	"e": "content-encoding", "o": "event", "u": "allow-events", "r": "refer-to",
	"x": "session-expires", "b": "referred-by", "y": "identity", "a": "accept-contact",
	"j": "reject-contact", "d": "request-disposition",
	"n": "identity-info", // historic: RFC 8224 §13.1 removed Identity-Info and its compact form; old traces still carry it
}

// splitHeader reads "Name: value" (spaces allowed before the colon) and
// returns the lower-case full name.
func splitHeader(s string) (name, value string, ok bool) {
	i := 0
	for i < len(s) && isTokenChar(s[i]) {
		i++
	}
	if i == 0 || i > 64 {
		return "", "", false
	}
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j >= len(s) || s[j] != ':' {
		return "", "", false
	}
	name = strings.ToLower(s[:i])
	if full, ok := compact[name]; ok {
		name = full
	}
	return name, strings.TrimSpace(s[j+1:]), true
}

// canonicalProtocol spells the registered Reason protocols one way.
func canonicalProtocol(p string) string {
	switch strings.ToLower(p) {
	case "q.850":
		return "Q.850"
	case "sip":
		return "SIP"
	case "stir":
		return "STIR"
	case "preemption":
		return "preemption"
	}
	return strings.ToUpper(p)
}

// parseReasons reads a Reason header value: comma-separated
// protocol *(";" param), with cause, text and location (RFC 3326, RFC 8606).
func parseReasons(value string, line int) []Reason {
	var out []Reason
	for _, part := range splitOutsideQuotes(value, ',') {
		params := splitOutsideQuotes(part, ';')
		proto := strings.TrimSpace(params[0])
		if proto == "" || strings.IndexFunc(proto, func(r rune) bool { return r == ' ' || r == '=' }) >= 0 {
			continue
		}
		r := Reason{Protocol: canonicalProtocol(proto), Line: line, Cause: -1}
		for _, p := range params[1:] {
			k, v, _ := strings.Cut(p, "=")
			switch strings.ToLower(strings.TrimSpace(k)) {
			case "cause":
				if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n >= 0 && n < 1<<20 {
					r.Cause = n
				}
			case "text":
				r.Text = clip(unquote(v), 200)
			case "location":
				r.Location = clip(strings.TrimSpace(v), 20)
			}
		}
		if r.Cause < 0 {
			continue
		}
		r.Name, r.SIPCode = causeName(r.Protocol, r.Cause)
		if in, ok := freeSWITCHCause(r); ok {
			r.Vendor, r.Name, r.SIPCode = "FreeSWITCH", in.Name, in.Code
		}
		out = append(out, r)
	}
	return out
}

// parseWarnings reads a Warning header value: comma-separated
// warn-code SP warn-agent SP warn-text, where warn-code is three digits.
func parseWarnings(value string, line int) []Warning {
	var out []Warning
	for _, part := range splitOutsideQuotes(value, ',') {
		part = strings.TrimSpace(part)
		code, ok := threeDigits(part, 0)
		if !ok || (len(part) > 3 && part[3] != ' ' && part[3] != '\t') {
			continue
		}
		rest := strings.TrimSpace(part[3:])
		w := Warning{Code: code, Line: line}
		if q := strings.IndexByte(rest, '"'); q >= 0 {
			w.Agent = strings.TrimSpace(rest[:q])
			w.Text = clip(unquote(rest[q:]), 200)
		} else {
			w.Agent, w.Text, _ = strings.Cut(rest, " ")
		}
		w.Agent = clip(w.Agent, 100)
		w.Meaning = warning.Describe(code)
		out = append(out, w)
	}
	return out
}
