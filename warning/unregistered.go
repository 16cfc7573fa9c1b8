package warning

// Unregistered is a warn-code seen in traces that IANA never registered. It
// is kept apart from the registry so that it can never be mistaken for a
// registered code.
type Unregistered struct {
	Code   int
	Sender string // who sends it
	Source string // where in the sender's source code it is written
	Note   string // what to make of it
}

var unregistered = []Unregistered{
	{390, "PJSIP (pjsua and other applications built on it)", "pjproject, pjsip/src/pjsip-ua/sip_inv.c",
		"PJSIP writes warn-code 390 in front of the reason text an application gives when it ends or refuses a call. The code carries no meaning of its own: read the text."},
	{392, "SER and its descendants: OpenSER, Kamailio, OpenSIPS", "Kamailio and OpenSIPS core, msg_translator.h",
		"A debugging warning the proxy adds to replies it builds itself when its sip_warning option is on. The text starts with Noisy feedback tells and lists the proxy's process id, the request's source address and its URIs before and after routing. It exposes internal addresses: leave the option off in production."},
}

// UnregisteredCodes returns the warn-codes seen in the wild that were never
// registered, in numeric order. None of them is returned by Lookup or All.
func UnregisteredCodes() []Unregistered { return append([]Unregistered(nil), unregistered...) }

// LookupUnregistered finds n among the known unregistered warn-codes.
func LookupUnregistered(n int) (Unregistered, bool) {
	for _, u := range unregistered {
		if u.Code == n {
			return u, true
		}
	}
	return Unregistered{}, false
}
