package trace

import (
	"strconv"

	q850 "github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
)

// causeName names a cause of the given Reason protocol ("Q.850", "SIP",
// ...) from package cause (with the RFC 3398 response) or package codes,
// and gives the SIP response it stands for, 0 when none.
func causeName(protocol string, cause int) (name string, sipCode int) {
	switch protocol {
	case "Q.850":
		c, ok := q850.Lookup(cause)
		if !ok {
			return "", 0
		}
		code, _ := c.SIPCode()
		name := c.Name
		if !c.Assigned {
			name = "not assigned in Q.850"
		}
		return name, code
	case "SIP", "STIR":
		if codes.ClassOf(cause) == 0 {
			return "", 0
		}
		if c, ok := codes.Fallback(cause); ok && c.Number != cause {
			return "unregistered; treated as " + strconv.Itoa(c.Number) + " " + c.Phrase, cause
		}
		return codes.Text(cause), cause
	}
	return "", 0
}

// freeSWITCHCause reads a Reason SIP value as one of FreeSWITCH's own
// causes when it is one: FreeSWITCH writes them as SIP;cause=N;text=NAME,
// though N is no SIP response code. The text decides when it names one
// (SIP;cause=604;text="MEDIA_TIMEOUT" is the number before 2022, not 604
// Does Not Exist Anywhere); without it, only a number outside the SIP
// range is read so.
func freeSWITCHCause(r Reason) (q850.Internal, bool) {
	if r.Protocol != "SIP" {
		return q850.Internal{}, false
	}
	if named, found := q850.LookupInternalName(r.Text); found && r.Text != "" && (r.Cause == named.Value || r.Cause == named.Before2022) {
		return named, true
	}
	if codes.ClassOf(r.Cause) == 0 {
		return q850.LookupInternal(r.Cause)
	}
	return q850.Internal{}, false
}
