// Package warning is the registry of SIP Warning codes (warn-codes): every
// code in the IANA "Warning Codes (warn-codes)" registry, explained for
// engineers reading a SIP trace, and the unregistered ones seen in the wild
// kept apart.
//
// A Warning header field travels in a response and adds detail to its status
// code, mostly about why a session description was refused:
//
//	SIP/2.0 488 Not Acceptable Here
//	Warning: 305 gw.example.com "Incompatible media format"
//
// The data is a plain table (data.go) in the manner of net/http's status.go;
// lookup and JSON sit beside it. The package has no dependency on any user
// interface.
package warning

import (
	"fmt"

	"github.com/sipcodes/sipcodes/codes"
)

// Warning is one registered warn-code with everything sipcodes says about it.
type Warning struct {
	Code int    // the three-digit warn-code
	Text string // the warn-text exactly as IANA registers it

	Refs []codes.Ref // defining RFC sections, the primary one first

	Summary     string   // one line, shown in lists
	Description string   // 2 to 4 sentences in plain words
	SeenWith    []int    // the response codes it usually travels with; nil when any response may carry it
	Checks      []string // what to look at next when you see it
}

// HeaderLine is the header field as it might appear on the wire, with agent
// as the warn-agent (the host that added it).
func (w Warning) HeaderLine(agent string) string {
	return fmt.Sprintf("Warning: %d %s %q", w.Code, agent, w.Text)
}

// position maps a warn-code to its index in registry.
var position = func() map[int]int {
	m := make(map[int]int, len(registry))
	for i, w := range registry {
		if _, dup := m[w.Code]; dup || (i > 0 && registry[i-1].Code > w.Code) {
			panic(fmt.Sprintf("warning: %d is out of order or defined twice", w.Code))
		}
		m[w.Code] = i
	}
	return m
}()

// Lookup returns the registered warn-code n. Its slices are shared: do not
// modify them.
func Lookup(n int) (Warning, bool) {
	i, ok := position[n]
	if !ok {
		return Warning{}, false
	}
	return registry[i], true
}

// IsRegistered reports whether n is in the IANA warn-codes registry.
func IsRegistered(n int) bool { _, ok := position[n]; return ok }

// All returns every registered warn-code in numeric order.
func All() []Warning { return append([]Warning(nil), registry...) }
