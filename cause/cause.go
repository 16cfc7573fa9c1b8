// Package cause explains ITU-T Q.850 cause values, the numbers a PSTN
// gateway or a SIP server puts in
//
//	Reason: Q.850;cause=17;text="User busy"
//
// For every value 0 to 127 it gives the Q.850 name (or says the value is not
// assigned), its class, a plain explanation, the SIP response RFC 3398
// §7.2.4.1 maps it to, and the names and SIP responses FreeSWITCH and
// Asterisk use for it; these three often disagree. FreeSWITCH's own causes
// above 127 are here too (Internal).
//
// The data is plain tables (data.go, vendors.go, internal.go); lookup and
// JSON sit beside them. The Q.850 names and the RFC 3398 table belong to
// package codes, which this package reads; it has no dependency on any user
// interface.
package cause

import (
	"strings"

	"github.com/sipcodes/sipcodes/codes"
)

// Cause is what sipcodes knows about one cause value from 0 to 127.
type Cause struct {
	Value    int
	Name     string // the ITU-T Q.850 name; empty when not assigned
	Assigned bool   // Q.850 gives the value a meaning

	Explanation string // 1 to 3 sentences in plain words

	RFC3398    []codes.CauseToCode // the rows of RFC 3398 §7.2.4.1; empty for 16 and 44 (no response) and for causes it does not list
	FreeSWITCH Vendor              // how FreeSWITCH names it and what it sends
	Asterisk   Vendor              // how Asterisk names it and what chan_pjsip sends
}

// Vendor is how one SIP server handles a cause value.
type Vendor struct {
	Name    string // its name in the server's source; empty when it has none
	Code    int    // the SIP response the server sends when it ends a call with this cause
	Default bool   // Code comes from the server's fallback, not from a row for this cause
}

// Class is the class of a cause, its top three bits (value >> 4).
func (c Cause) Class() Class { return Class(c.Value >> 4) }

// SIPCode is the response a gateway following RFC 3398 §7.2.4.1 sends for
// the cause; ok is false for 16 and 44, which become no response, and for
// value 0. Causes the table does not list get 500.
func (c Cause) SIPCode() (code int, ok bool) {
	code, _, ok = codes.CodeForCause(c.Value)
	return code, ok
}

var byValue = func() map[int]int {
	m := map[int]int{}
	for i, e := range explanations {
		if _, dup := m[e.Value]; dup || (i > 0 && explanations[i-1].Value > e.Value) {
			panic("cause: explanations out of order or duplicated")
		}
		m[e.Value] = i
	}
	return m
}()

// Lookup returns what sipcodes knows about cause value n. It reports true
// for every n from 0 to 127, assigned or not: a value Q.850 does not assign
// comes back with Assigned false and an explanation that says so, and with
// the vendor names that some servers give it all the same (52, 54). Its
// slices are fresh copies.
func Lookup(n int) (Cause, bool) {
	if n < 0 || n > 127 {
		return Cause{}, false
	}
	c := Cause{Value: n, Name: codes.CauseName(n), RFC3398: codes.CodesForCause(n)}
	c.Assigned = c.Name != ""
	if i, ok := byValue[n]; ok {
		c.Explanation = explanations[i].Text
	} else {
		c.Explanation = "Not assigned in Q.850: the value has no standard meaning, so read the text= of the Reason header or the sender's documentation."
	}
	c.FreeSWITCH = vendor(freeswitchNames, n, freeswitchDefault)
	c.Asterisk = vendor(asteriskNames, n, asteriskDefault)
	return c, true
}

func vendor(table []vendorName, n, fallback int) Vendor {
	for _, v := range table {
		if v.Value == n {
			if v.Code == 0 {
				return Vendor{Name: v.Name, Code: fallback, Default: true}
			}
			return Vendor{Name: v.Name, Code: v.Code}
		}
	}
	return Vendor{Code: fallback, Default: true}
}

// All returns the 71 assigned Q.850 causes in numeric order.
func All() []Cause {
	var out []Cause
	for n := 1; n <= 127; n++ {
		if c, _ := Lookup(n); c.Assigned {
			out = append(out, c)
		}
	}
	return out
}

// InClass returns the assigned causes of one class in numeric order.
func InClass(class Class) []Cause {
	var out []Cause
	for _, c := range All() {
		if c.Class() == class {
			out = append(out, c)
		}
	}
	return out
}

// LookupName finds a cause value by the name FreeSWITCH or Asterisk gives
// it: NORMAL_CLEARING, USER_BUSY, AST_CAUSE_USER_BUSY, NO_ROUTE_DESTINATION.
// Case does not matter and the AST_CAUSE_ prefix is optional. One name
// differs between the two: PRE_EMPTED is 45 in FreeSWITCH but
// AST_CAUSE_PRE_EMPTED is 8, so a bare name is FreeSWITCH's first and a
// prefixed one is Asterisk's only. FreeSWITCH's causes above 127 are found
// by LookupInternalName instead.
func LookupName(name string) (Cause, bool) {
	key := nameKey(name)
	tables := [][]vendorName{freeswitchNames, asteriskNames}
	if strings.HasPrefix(strings.ToUpper(strings.TrimSpace(name)), "AST_CAUSE_") {
		tables = tables[1:]
	}
	for _, table := range tables {
		for _, v := range table {
			// The tables are written in upper case: only the prefix needs
			// trimming (this runs for every such word the search box reads).
			if strings.TrimPrefix(v.Name, "AST_CAUSE_") == key {
				return Lookup(v.Value)
			}
		}
	}
	return Cause{}, false
}

// LookupInternalName finds one of FreeSWITCH's causes above 127 by name,
// ignoring case: ATTENDED_TRANSFER, MEDIA_TIMEOUT.
func LookupInternalName(name string) (Internal, bool) {
	key := nameKey(name)
	for _, c := range internalCauses {
		if c.Name == key {
			return c, true
		}
	}
	return Internal{}, false
}

func nameKey(name string) string {
	return strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(name)), "AST_CAUSE_")
}
