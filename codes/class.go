package codes

import "strconv"

// Class is the first digit of a status code: 1 for 1xx through 6 for 6xx
// (RFC 3261 §7.2). The other two digits carry no category.
type Class int

// ClassInfo describes one class of response codes.
type ClassInfo struct {
	Class Class
	// Name is RFC 3261's name for the class. 1xx and 3xx read the same in
	// §7.2 and §21. 4xx and 5xx take the §21.4 and §21.5 headings, Request
	// Failure and Server Failure (§7.2 says Client Error and Server Error);
	// 2xx and 6xx take the §7.2 names, Success and Global Failure (§21.2 and
	// §21.6 say Successful and Global Failures).
	Name    string
	Meaning string // what a response of this class tells the client
	Ref     Ref
}

// classes is indexed by Class; index 0 is unused.
var classes = [...]ClassInfo{
	1: {1, "Provisional", "The request was received and is still being worked on. A provisional response never ends the transaction; a final response follows.", Ref{3261, "21.1"}},
	2: {2, "Success", "The request succeeded. For an INVITE, a 2xx sets up the dialog and the caller must ACK it.", Ref{3261, "21.2"}},
	3: {3, "Redirection", "The request should be tried again somewhere else, usually at the addresses listed in the Contact header.", Ref{3261, "21.3"}},
	4: {4, "Request Failure", "This server will not complete the request as sent. Sending it again unchanged will fail again, but a changed request (say, with credentials) or another server may succeed.", Ref{3261, "21.4"}},
	5: {5, "Server Failure", "The request looked valid but the server failed to carry it out. Another server, or the same one later, may succeed.", Ref{3261, "21.5"}},
	6: {6, "Global Failure", "The server knows something definitive about the user, not just this device: the request will fail wherever it is sent, so forking stops.", Ref{3261, "21.6"}},
}

// ClassOf returns the class of status code n, or 0 if n is outside 100-699.
func ClassOf(n int) Class {
	if n < 100 || n > 699 {
		return 0
	}
	return Class(n / 100)
}

// Valid reports whether c is one of the six classes.
func (c Class) Valid() bool { return c >= 1 && c <= 6 }

// String is the class as people write it: "4xx".
func (c Class) String() string { return strconv.Itoa(int(c)) + "xx" }

// Info describes the class; it is the zero ClassInfo for an invalid class.
func (c Class) Info() ClassInfo {
	if !c.Valid() {
		return ClassInfo{}
	}
	return classes[c]
}

// Classes returns the six classes in order.
func Classes() []ClassInfo { return append([]ClassInfo(nil), classes[1:]...) }

// ParseClass reads "4xx" (or "4XX") as Class 4.
func ParseClass(s string) (Class, bool) {
	if len(s) != 3 || (s[1] != 'x' && s[1] != 'X') || (s[2] != 'x' && s[2] != 'X') {
		return 0, false
	}
	c := Class(s[0] - '0')
	return c, c.Valid()
}

// Fallback returns the registered code a client must treat status code n as
// (RFC 3261 §8.1.3.2): n itself when it is registered, 183 for an unknown
// provisional code, and the x00 of its class for an unknown final code.
// It reports false when n is not a status code at all (outside 100-699).
func Fallback(n int) (Code, bool) {
	if c, ok := Lookup(n); ok {
		return c, true
	}
	switch class := ClassOf(n); {
	case class == 0:
		return Code{}, false
	case class == 1:
		return Lookup(SessionProgress)
	default:
		return Lookup(int(class) * 100)
	}
}
