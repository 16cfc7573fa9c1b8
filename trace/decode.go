package trace

import (
	"strconv"

	"github.com/sipcodes/sipcodes/codes"
)

// Decoder turns Reason causes and Warning codes into words. It is the one
// seam where richer cause and warning tables plug in; Explain uses
// DefaultDecoder, ExplainWith takes another.
type Decoder interface {
	// Cause names a cause of the given Reason protocol ("Q.850", "SIP", ...)
	// and gives the SIP response it stands for, 0 when none.
	Cause(protocol string, cause int) (name string, sipCode int)
	// Warning says what a Warning code means, "" when unknown.
	Warning(code int) string
}

// DefaultDecoder knows the Q.850 causes RFC 3398 maps and the SIP codes of
// package codes; of Warning codes it knows only their number and class.
var DefaultDecoder Decoder = codesDecoder{}

type codesDecoder struct{}

func (codesDecoder) Cause(protocol string, cause int) (string, int) {
	switch protocol {
	case "Q.850":
		code, _, ok := codes.CodeForCause(cause)
		if !ok {
			code = 0
		}
		return codes.CauseName(cause), code
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

func (codesDecoder) Warning(code int) string {
	switch {
	case code == 399:
		return "miscellaneous warning: free text for a human, no automated action"
	case code >= 300 && code <= 329:
		return "a problem with the session description (RFC 3261 §20.43 warn-codes 3xx)"
	case code >= 330 && code <= 399:
		return "a Warning code about the request or its handling"
	}
	return ""
}
