package lookup

import (
	"strings"

	"github.com/sipcodes/sipcodes/reason"
)

// isProtocol reports whether a word is a registered Reason protocol (Q850
// as some write Q.850): codes.ReadQuery reads a cause's protocol by it.
func isProtocol(t string) bool {
	if strings.EqualFold(t, "q850") {
		return true
	}
	_, ok := reason.LookupProtocol(t)
	return ok
}
