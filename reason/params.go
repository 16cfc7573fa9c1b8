package reason

import (
	"strings"

	"github.com/sipcodes/sipcodes/codes"
)

// Param is a parameter of a Reason header value.
type Param struct {
	Name    string
	For     string // the protocols it goes with
	Meaning string
	Refs    []codes.Ref
}

var params = []Param{
	{"cause", "every protocol", "The number whose meaning the protocol token gives: a SIP code, a Q.850 cause, a preemption cause.", []codes.Ref{{RFC: 3326, Section: "2"}}},
	{"text", "every protocol", "Free text in quotes, meant for people. What goes in it varies: FreeSWITCH writes its own cause names here, others the Q.850 name or a sentence of their own.", []codes.Ref{{RFC: 3326, Section: "2"}}},
	{"location", "Q.850 only", "Where in the ISUP network the call was released, as a Q.850 location code (see Locations). A receiver ignores it with any other protocol.", []codes.Ref{{RFC: 8606, Section: "4"}}},
	{"ppi", "STIR", "The PASSporT of the Identity header that failed, so that the sender knows which one when it sent several. The compact form, only the signature after two periods, is the recommended one.", []codes.Ref{{RFC: 9410}}},
}

// Location is a value of the location parameter (RFC 8606 §4): the Q.850
// location, a 4-bit number, under a short name.
type Location struct {
	Name    string // as written on the wire, such as "LN"
	Value   int    // the Q.850 location, 0 to 15
	Meaning string
}

var locations = []Location{
	{"U", 0, "the user"},
	{"LPN", 1, "a private network serving the local user"},
	{"LN", 2, "the public network serving the local user"},
	{"TN", 3, "a transit network"},
	{"RLN", 4, "the public network serving the remote user"},
	{"RPN", 5, "a private network serving the remote user"},
	{"LOC-6", 6, "spare"},
	{"INTL", 7, "an international network"},
	{"LOC-8", 8, "spare"},
	{"LOC-9", 9, "spare"},
	{"BI", 10, "a network beyond the interworking point"},
	{"LOC-11", 11, "spare"},
	{"LOC-12", 12, "reserved for national use"},
	{"LOC-13", 13, "reserved for national use"},
	{"LOC-14", 14, "reserved for national use"},
	{"LOC-15", 15, "reserved for national use"},
}

// Rule is one thing the RFCs say about where the Reason header may go.
type Rule struct {
	Text string
	Ref  codes.Ref
}

var rules = []Rule{
	{"It may appear in any request within a dialog, in any CANCEL, and in a response whose code allows it.", codes.Ref{RFC: 3326, Section: "2"}},
	{"A proxy that sends a CANCEL because it received one should copy the Reason header into it.", codes.Ref{RFC: 3326, Section: "2"}},
	{"A message may carry several Reason values. RFC 3326 gave each a different protocol; RFC 9366 allows several of one protocol where that protocol says what they mean (STIR does). A receiver may ignore values it does not understand.", codes.Ref{RFC: 3326, Section: "2"}},
	{"Any response except 100 Trying may carry a Reason with a Q.850 cause.", codes.Ref{RFC: 6432, Section: "3"}},
	{"A user agent that sets a Q.850 Reason and knows the ISUP release location must add it as the location parameter.", codes.Ref{RFC: 8606, Section: "4"}},
}

// Params returns the Reason header's parameters.
func Params() []Param { return append([]Param(nil), params...) }

// Locations returns the values of the location parameter in numeric order.
func Locations() []Location { return append([]Location(nil), locations...) }

// Rules returns what the RFCs say about where the Reason header may go.
func Rules() []Rule { return append([]Rule(nil), rules...) }

// LookupLocation finds a location parameter value by its wire name, such as
// "LN"; the match ignores case.
func LookupLocation(name string) (Location, bool) {
	for _, l := range locations {
		if strings.EqualFold(l.Name, strings.TrimSpace(name)) {
			return l, true
		}
	}
	return Location{}, false
}
