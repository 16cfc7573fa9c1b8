package trace

import (
	"fmt"
	"strings"

	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/vendors"
)

// Vendor codes in a line, read through package vendors only: sofia-sip's
// 9xx statuses, Kamailio's and OpenSIPS' "(477/SL)" tags, Teams
// sub-codes, Graph DiagCodes, Twilio errors and pjsip's PJSIP_E* names.

// VendorCode is a vendor's code the text states, as that vendor's.
type VendorCode struct {
	Namespace string `json:"namespace"`       // a vendors namespace id: "sofia-sip", "teams"
	Code      string `json:"code,omitempty"`  // a number as the vendor writes it
	Token     string `json:"token,omitempty"` // a name: PJSIP_ETPNOTSUITABLE
	Name      string `json:"name"`
	SIPCode   int    `json:"sip_code,omitempty"` // the SIP response it stands for, when the vendor says so
	Line      int    `json:"line"`
}

func vendorCode(ns string, e vendors.Entry, line int) *VendorCode {
	v := &VendorCode{Namespace: ns, Name: e.Name, SIPCode: e.SIPCode, Line: line}
	if e.IsToken() {
		v.Token = e.Code
	} else {
		v.Code = e.Code
	}
	return v
}

// vendorContext are, for each namespace, the words near a number that
// say it is that vendor's code; without one the number is left alone.
var vendorContext = map[string]map[string]bool{
	"sofia-sip": wordSet("nua", "sofia", "nta"), // and any word they begin: sofia_reg, nua_r_register
	"teams":     wordSet("subcode", "sub-code", "subreason", "callendsubreason", "endsubreason", "teams", "microsoft", "msteams", "sub", "diagnostic"),
	"twilio":    wordSet("twilio", "error", "errors", "warning", "code", "errorcode"),
}

// nearWord reports whether one of words, or a name it begins with its
// "_" (sofia_reg, nua_r_register), is among the six words around toks[i].
func nearWord(s string, toks []token, i int, words map[string]bool) bool {
	is := func(t token) bool {
		w := wordLower(s, t)
		if head, _, ok := strings.Cut(w, "_"); ok {
			return words[w] || words[head]
		}
		return words[w]
	}
	for k, seen := i-1, 0; k >= 0 && seen < 6; k-- {
		if toks[k].kind == 'w' {
			seen++
			if is(toks[k]) {
				return true
			}
		}
	}
	for k, seen := i+1, 0; k < len(toks) && seen < 6; k++ {
		if toks[k].kind == 'w' {
			seen++
			if is(toks[k]) {
				return true
			}
		}
	}
	return false
}

// vendorNumber reads a number that is no SIP response code as a vendor's.
func (r *reader) vendorNumber(s string, toks []token, i, n int) {
	t := toks[i]
	num := s[t.start:t.end]
	if t.start > 0 && !t.spaced && strings.IndexByte(".:/-#", s[t.start-1]) >= 0 || t.end < len(s) && strings.IndexByte(".:", s[t.end]) >= 0 && t.end+1 < len(s) && isDigit(s[t.end+1]) {
		return // part of an address, a time or a version
	}
	var ns string
	switch {
	case len(num) == 3 && num[0] == '9':
		ns = "sofia-sip"
	case len(num) == 6 && num[0] == '5':
		ns = "teams"
	case len(num) == 5 && (strings.HasPrefix(num, "13") || strings.HasPrefix(num, "31") || strings.HasPrefix(num, "32")):
		ns = "twilio"
	default:
		return
	}
	if r.full() || !nearWord(s, toks, i, vendorContext[ns]) {
		return
	}
	var e vendors.Entry
	if ns == "teams" {
		var ok bool
		if e, ok = vendors.DecodeTeams(num); !ok {
			return
		}
	} else {
		space, _ := vendors.ByID(ns)
		rows := space.Lookup(num)
		if len(rows) == 0 {
			return
		}
		e = rows[0]
	}
	r.vendor(vendorCode(ns, e, n), s)
}

// vendorTag reads Kamailio's and OpenSIPS' tag on a reply they make
// themselves, "(477/SL)" or "(1/TM)", at toks[i] (the number); it reports
// whether the number was one.
func (r *reader) vendorTag(s string, toks []token, i, n int) bool {
	open, slash, module, closing := tokenAt(toks, i-1), tokenAt(toks, i+1), tokenAt(toks, i+2), tokenAt(toks, i+3)
	if open.kind != 'p' || s[open.start] != '(' || slash.kind != 'p' || s[slash.start] != '/' || module.kind != 'w' || closing.kind != 'p' || s[closing.start] != ')' {
		return false
	}
	if m := strings.ToUpper(s[module.start:module.end]); m != "SL" && m != "TM" {
		return false
	}
	if r.full() {
		return true
	}
	if r.opensips == 0 { // once a line: a line can hold many tags
		r.opensips = 2
		if indexFold(s, "opensips") >= 0 {
			r.opensips = 1
		}
	}
	ns := "kamailio-tm"
	if r.opensips == 1 {
		ns = "opensips-tm"
	}
	space, _ := vendors.ByID(ns)
	rows := space.Lookup(s[toks[i].start:toks[i].end])
	if len(rows) == 0 {
		return true
	}
	v := vendorCode(ns, rows[0], n)
	r.vendor(v, s)
	if v.SIPCode != 0 {
		r.logVendorResponse(n, v)
	}
	return true
}

// diagCode reads a Microsoft Graph "DiagCode: 500#3003" at toks[i].
func (r *reader) diagCode(s string, toks []token, i, n int) bool {
	hash, sub := tokenAt(toks, i+1), tokenAt(toks, i+2)
	if hash.kind != 'p' || s[hash.start] != '#' || hash.spaced || sub.kind != 'n' || sub.spaced {
		return false
	}
	if r.full() {
		return true
	}
	code := s[toks[i].start:toks[i].end] + "#" + s[sub.start:sub.end]
	space, _ := vendors.ByID("ms-diagcode")
	e := vendors.Entry{Code: code, Name: "a Graph call end code"}
	if rows := space.Lookup(code); len(rows) > 0 {
		e = rows[0]
	}
	v := vendorCode("ms-diagcode", e, n)
	if first := s[toks[i].start:toks[i].end]; len(first) == 3 && codes.ClassOf(int(first[0]-'0')*100+int(first[1]-'0')*10+int(first[2]-'0')) != 0 {
		v.SIPCode = int(first[0]-'0')*100 + int(first[1]-'0')*10 + int(first[2]-'0')
	}
	r.vendor(v, s)
	if v.SIPCode >= 300 {
		r.logVendorResponse(n, v)
	}
	return true
}

// vendorWord reads pjsip's error names (PJSIP_ETPNOTSUITABLE) and the
// code Telnyx puts at the end of its reason phrase ("403 Caller
// Origination Number is Invalid D35").
func (r *reader) vendorWord(s string, toks []token, i, n int) {
	w := s[toks[i].start:toks[i].end]
	if i == len(toks)-1 || i+1 < len(toks) && toks[i+1].kind == 'p' && strings.IndexByte(`."'”`, s[toks[i+1].start]) >= 0 {
		if e, ok := vendors.Telnyx(w); ok && statusBefore(s, toks, i) && !r.full() {
			r.vendor(vendorCode("telnyx", e, n), s)
			return
		}
	}
	if len(w) < 8 || !strings.HasPrefix(w, "PJSIP_") || r.full() {
		return
	}
	space, _ := vendors.ByID("pjsip")
	if rows := space.Lookup(w); len(rows) > 0 {
		r.vendor(vendorCode("pjsip", rows[0], n), s)
	}
}

// full reports that no more signals are kept: the lookups can stop.
func (r *reader) full() bool { return len(r.ex.Signals) >= maxValues }

// statusBefore reports a response code among the twelve tokens before
// toks[i]: the phrase a Telnyx code ends.
func statusBefore(s string, toks []token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= 12; k-- {
		if t := toks[k]; t.kind == 'n' && t.end-t.start == 3 && s[t.start] >= '3' && s[t.start] <= '6' {
			return true
		}
	}
	return false
}

func (r *reader) vendor(v *VendorCode, text string) {
	r.signal(Signal{Line: v.Line, Kind: "vendor", Code: v.SIPCode, Text: clip(strings.TrimSpace(text), 200), Vendor: v})
}

// logVendorResponse adds the response a vendor code stands for.
func (r *reader) logVendorResponse(n int, v *VendorCode) {
	r.add(Message{Line: n, Code: v.SIPCode, Phrase: v.Name, PhraseDiffers: true, fromLog: true, vendor: v})
}

// Describe is a signal in a line: the text it was read from, or for a
// vendor code, that code as its vendor's.
func (s Signal) Describe() string {
	if v := s.Vendor; v != nil {
		return fmt.Sprintf("line %d: %s code %s%s, %s (that vendor's, not a registered code)", s.Line, v.Namespace, v.Code, v.Token, v.Name)
	}
	return fmt.Sprintf("line %d: %s", s.Line, s.Text)
}
