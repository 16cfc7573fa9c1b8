package lookup

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/sipcodes/sipcodes/reason"
)

// parsed is what a query names outright, read before its words are matched.
type parsed struct {
	text     string   // the query, trimmed and in lower case
	warning  int      // "warning 399", "Warning: 399 …", "w399": the warn-code; 0 if none
	cause    int      // "cause 34", "cause=34": the cause value; -1 if none
	protocol string   // the Reason protocol written before cause=, or the whole query when it is one token; lower case
	names    []string // words written like cause names: USER_BUSY, AST_CAUSE_NORMAL_CLEARING, DECLINE
}

// named reports whether the query names something outright.
func (p parsed) named() bool {
	return p.warning != 0 || p.cause >= 0 || p.protocol != "" || len(p.names) > 0
}

// bareNumber returns the number the query is, if it is just one.
func (p parsed) bareNumber() (int, bool) {
	if p.text == "" || strings.Trim(p.text, "0123456789") != "" || len(p.text) > 3 {
		return 0, false
	}
	n, err := strconv.Atoi(p.text)
	return n, err == nil
}

// tokens splits a query into words, keeping the dots and underscores of
// "Q.850" and "USER_BUSY" and dropping a sentence's final dot.
func tokens(s string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.' && r != '-'
	})
	out := fields[:0]
	for _, f := range fields {
		if f = strings.Trim(f, ".-"); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func isDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// read finds the Warning code, cause, protocol and names a query holds.
func read(query string) parsed {
	p := parsed{text: strings.ToLower(strings.TrimSpace(query)), cause: -1}
	ts := tokens(query)
	for i, t := range ts {
		lower := strings.ToLower(t)
		next := ""
		if i+1 < len(ts) {
			next = ts[i+1]
		}
		switch {
		case (lower == "warning" || lower == "warn" || lower == "warn-code") && len(next) == 3 && isDigits(next) && p.warning == 0:
			p.warning, _ = strconv.Atoi(next)
		case len(lower) == 4 && lower[0] == 'w' && isDigits(lower[1:]) && p.warning == 0:
			p.warning, _ = strconv.Atoi(lower[1:])
		case lower == "cause" && isDigits(next) && len(next) <= 3 && p.cause < 0:
			p.cause, _ = strconv.Atoi(next)
			if i > 0 && isProtocol(ts[i-1]) {
				p.protocol = strings.ToLower(ts[i-1])
			}
		case looksLikeName(t):
			p.names = append(p.names, t)
		}
	}
	if len(ts) == 1 && isProtocol(ts[0]) || len(ts) == 2 && strings.EqualFold(ts[0], "reason") && isProtocol(ts[1]) {
		p.protocol = strings.ToLower(ts[len(ts)-1])
	}
	return p
}

// looksLikeName reports whether a word is written like a cause name in
// FreeSWITCH, Asterisk or a log: upper case with underscores, or one upper
// case word of four letters or more (DECLINE, BOWOUT).
func looksLikeName(t string) bool {
	// Not strings.ToUpper(t) != t: that copies every lower-case word of a
	// pasted line only to compare it.
	if len(t) < 4 || strings.ContainsFunc(t, unicode.IsLower) || isDigits(strings.ReplaceAll(t, "_", "")) {
		return false
	}
	return strings.Contains(t, "_") || strings.Trim(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// isProtocol reports whether a word is a registered Reason protocol (Q850
// as some write Q.850).
func isProtocol(t string) bool {
	if strings.EqualFold(t, "q850") {
		return true
	}
	_, ok := reason.LookupProtocol(t)
	return ok
}
