package warning

import (
	"fmt"

	"github.com/sipcodes/sipcodes/codes"
)

// Range is a block of warn-codes that RFC 3261 §20.43 reserves for one kind
// of problem. RFC 5630 moved the start of the miscellaneous block from 390
// to 380 and made it "SIP-related".
type Range struct {
	From, To int
	Meaning  string // what the block is for, in plain words; empty for a gap the RFC leaves unnamed
	Refs     []codes.Ref
}

var (
	rfc3261Ranges = []codes.Ref{{RFC: 3261, Section: "20.43"}, {RFC: 3261, Section: "27.2"}}
	rfc5630Ranges = []codes.Ref{{RFC: 3261, Section: "20.43"}, {RFC: 5630}}
)

var ranges = []Range{
	{300, 329, "problems with keywords in the session description", rfc3261Ranges},
	{330, 339, "basic network services asked for in the session description", rfc3261Ranges},
	{340, 369, "", rfc3261Ranges},
	{370, 379, "quantitative quality-of-service parameters asked for in the session description", rfc3261Ranges},
	{380, 399, "miscellaneous SIP-related warnings that fit none of the other blocks", rfc5630Ranges},
}

// RangeOf returns the block that a 3xx warn-code belongs to, registered or
// not. It reports false for numbers outside 300 to 399.
func RangeOf(n int) (Range, bool) {
	for _, r := range ranges {
		if n >= r.From && n <= r.To {
			return r, true
		}
	}
	return Range{}, false
}

// Describe says in one sentence what sipcodes knows about warn-code n:
// its registered text, its unregistered sender, or what its number alone
// tells. It always answers, for any n.
func Describe(n int) string {
	if w, ok := Lookup(n); ok {
		return fmt.Sprintf("%d %s: a registered warn-code (%s).", n, w.Text, w.Refs[0])
	}
	if u, ok := LookupUnregistered(n); ok {
		return fmt.Sprintf("%d is not a registered warn-code; %s sends it.", n, u.Sender)
	}
	if r, ok := RangeOf(n); ok {
		if r.Meaning == "" {
			return fmt.Sprintf("%d is not a registered warn-code, and RFC 3261 gives %d-%d no purpose.", n, r.From, r.To)
		}
		return fmt.Sprintf("%d is not a registered warn-code; its number falls in %d-%d, kept for %s.", n, r.From, r.To, r.Meaning)
	}
	switch {
	case n >= 100 && n <= 299:
		return fmt.Sprintf("%d is not a SIP warn-code: RFC 3261 leaves 1xx and 2xx to HTTP/1.1.", n)
	case n >= 0 && n <= 999:
		return fmt.Sprintf("%d is not a SIP warn-code: only 3xx codes may be registered until a future specification says otherwise (RFC 3261 §27.2).", n)
	}
	return fmt.Sprintf("%d is not a warn-code: a warn-code has three digits.", n)
}
