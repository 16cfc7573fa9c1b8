package codes

// Unregistered is a code people meet in old specifications, vendor tables or
// traces that IANA never registered. It is kept apart from the registry so it
// can never be mistaken for a registered code.
type Unregistered struct {
	Number int
	Phrase string // the phrase it was used with
	Origin string // where it comes from
	Note   string // what to make of it
}

var unregistered = []Unregistered{
	{303, "See Other", "RFC 2543 §5.1.1 grammar only", "Borrowed from HTTP into the first SIP grammar, never described there, and dropped by RFC 3261. A client treats it as 300."},
	{409, "Conflict", "RFC 2543 §7.4.10", "In RFC 2543 a registrar sent it when a REGISTER's action parameter clashed with existing registrations. RFC 3261 dropped both the parameter and the code. Some vendors still send it for their own purposes; a client treats it as 400."},
	{411, "Length Required", "RFC 2543 §7.4.12", "Asked for a Content-Length header. RFC 3261 dropped it and never registered it; a client treats it as 400."},
	{490, "Request Updated", "unverified: said to come from expired Internet-Drafts, none identified; some SIP stacks", "Never standardised. A client treats it as 400 (RFC 3261 §8.1.3.2)."},
	{687, "Dialog Terminated", "unverified: said to come from expired Internet-Drafts, none identified; some SIP stacks", "Never standardised. A client treats it as 600 (RFC 3261 §8.1.3.2)."},
}

// UnregisteredCodes returns the codes seen in the wild that were never
// registered, in numeric order. None of them is returned by Lookup or All.
func UnregisteredCodes() []Unregistered { return append([]Unregistered(nil), unregistered...) }

// LookupUnregistered finds n among the known unregistered codes.
func LookupUnregistered(n int) (Unregistered, bool) {
	for _, u := range unregistered {
		if u.Number == n {
			return u, true
		}
	}
	return Unregistered{}, false
}
