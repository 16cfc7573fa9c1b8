// Package reason explains the SIP Reason header field (RFC 3326) and every
// protocol registered for it in the IANA "Reason Protocols" registry:
//
//	Reason: Q.850;cause=16;text="Normal call clearing"
//	Reason: SIP;cause=200;text="Call completed elsewhere"
//	Reason: preemption;cause=2;text="Reserved Resources Preempted"
//
// For each protocol it says what its cause values are and which document
// defines them, and it lists the values sipcodes can explain itself
// (Preemption, STIR, RELEASE_CAUSE, FAILURE_CAUSE). Q.850 causes are in
// package cause and SIP codes in package codes. The header's parameters and
// the RFC 8606 release locations are here too.
//
// The data is plain tables (protocols.go, values.go, params.go); lookup and
// JSON sit beside them. The package has no dependency on any user interface.
package reason

import (
	"strings"

	"github.com/sipcodes/sipcodes/codes"
)

// Protocol is one registered Reason protocol token.
type Protocol struct {
	Token     string      // exactly as registered; matched without regard to case
	Causes    string      // what its cause values are, in plain words
	Reference string      // the document the registry cites for it, such as "RFC 4411" or "3GPP TS 24.229"
	Refs      []codes.Ref // the RFC sections that define or govern its use; empty for 3GPP-only tokens
	Note      string      // what to know when you meet it; may be empty
	Values    []Value     // the cause values sipcodes explains; nil when they live elsewhere or are not listed
}

// Value is one cause value of a protocol.
type Value struct {
	Cause   int         // the number in cause=
	Text    string      // its registered or customary text=
	Meaning string      // plain words
	Refs    []codes.Ref // where it is defined; empty for 3GPP values
}

// Unregistered is a protocol token seen on the wire that IANA never
// registered, kept apart from the registry.
type Unregistered struct {
	Token  string
	Sender string
	Note   string
}

// Protocols returns every registered protocol, in registry order.
func Protocols() []Protocol { return append([]Protocol(nil), protocols...) }

// LookupProtocol finds a registered protocol by its token, ignoring case
// and surrounding space: "q.850", "Preemption", "release_cause".
func LookupProtocol(token string) (Protocol, bool) {
	token = strings.TrimSpace(token)
	for _, p := range protocols {
		if strings.EqualFold(p.Token, token) {
			return p, true
		}
	}
	return Protocol{}, false
}

// LookupValue returns the explanation of cause in protocol token, for the
// protocols whose values sipcodes lists.
func LookupValue(token string, cause int) (Value, bool) {
	p, ok := LookupProtocol(token)
	if !ok {
		return Value{}, false
	}
	for _, v := range p.Values {
		if v.Cause == cause {
			return v, true
		}
	}
	return Value{}, false
}

// UnregisteredProtocols returns the tokens seen in the wild that were never
// registered. None of them is returned by LookupProtocol.
func UnregisteredProtocols() []Unregistered { return append([]Unregistered(nil), unregistered...) }

// LookupUnregistered finds a known unregistered token, ignoring case.
func LookupUnregistered(token string) (Unregistered, bool) {
	token = strings.TrimSpace(token)
	for _, u := range unregistered {
		if strings.EqualFold(u.Token, token) {
			return u, true
		}
	}
	return Unregistered{}, false
}
