// Package codes is the registry of SIP response codes: every code in the IANA
// "Response Codes" registry, explained for engineers reading a SIP trace.
//
// It is plain data plus lookup and search, in the manner of net/http's
// status.go, and has no dependency on any user interface.
package codes

import (
	"fmt"
	"strconv"
)

// Code is one registered SIP response code: its registry entry and what a
// list or a search result shows of it. What its page explains beyond that
// is its Details.
type Code struct {
	Number int    // the three-digit status code
	Phrase string // the reason phrase exactly as IANA registers it

	Status     Status // registered, deprecated or renamed
	StatusNote string // why it is deprecated or what it was called before; empty when Registered

	Refs []Ref // defining RFC sections, the primary one first

	Summary string   // one line, shown in lists
	Aliases []string // old, historic or commonly wrong phrases that mean this code
	Common  bool     // seen daily by people who read SIP traces
}

// Details is what sipcodes explains of a code beyond its registry entry.
// It is kept apart from Code so that a program that only lists and finds
// codes by number does not carry the prose: LookupDetails reads it.
type Details struct {
	Code int // the number of the code it explains

	Description string   // 2 to 5 sentences in plain words
	Causes      []string // what typically produces it in practice
	Checks      []string // what to look at next when you see it

	Headers []Header  // header fields that go with it, and why
	Related []Related // codes it is often confused with, and the difference

	HTTP string // how the same number differs in HTTP; empty when HTTP has no such code or it means the same
}

// Status says whether a code is in good standing in the registry.
type Status int

const (
	Registered Status = iota // in the registry and in use
	Deprecated               // still registered but must not be sent (202)
	Renamed                  // registered under a new phrase; the old one is an alias (436, 437)
)

var statusNames = [...]string{"registered", "deprecated", "renamed"}

func (s Status) String() string { return statusNames[s] }

// MarshalText writes the status as its lower-case name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a status as MarshalText wrote it.
func (s *Status) UnmarshalText(b []byte) error {
	for i, name := range statusNames {
		if string(b) == name {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("codes: unknown status %q", b)
}

// Ref points at the part of an RFC that defines or governs a code.
type Ref struct {
	RFC     int    // RFC number, e.g. 3261
	Section string // section number without "§", e.g. "21.4.24"; empty for the whole document
}

// URL is the reference's address on rfc-editor.org.
func (r Ref) URL() string {
	u := "https://www.rfc-editor.org/rfc/rfc" + strconv.Itoa(r.RFC)
	if r.Section != "" {
		u += "#section-" + r.Section
	}
	return u
}

// String is the reference as people cite it: "RFC 3261 §21.4.24".
func (r Ref) String() string {
	if r.Section == "" {
		return fmt.Sprintf("RFC %d", r.RFC)
	}
	return fmt.Sprintf("RFC %d §%s", r.RFC, r.Section)
}

// Header is a header field that belongs with a response code.
type Header struct {
	Name string // canonical header name, e.g. "WWW-Authenticate"
	Why  string // one sentence: when it is required or useful, and what it carries
}

// Related names another code people confuse with this one.
type Related struct {
	Code int    // a registered code
	Why  string // one line: how the two differ
}

// Class is the class of a code, its first digit: 1 for 1xx through 6 for 6xx.
func (c Code) Class() Class { return ClassOf(c.Number) }

// Final reports whether the code ends a transaction (2xx to 6xx).
func (c Code) Final() bool { return c.Number >= 200 }

// StatusLine is the response's first line as it appears on the wire.
func (c Code) StatusLine() string { return fmt.Sprintf("SIP/2.0 %d %s", c.Number, c.Phrase) }
