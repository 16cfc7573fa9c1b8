package codes

// ISDN User Part (ISUP) release causes, as defined by ITU-T Q.850, and how a
// SIP-PSTN gateway maps them to SIP responses and back (RFC 3398).

// CauseToCode is one row of RFC 3398 §7.2.4.1: a gateway that receives an
// ISUP release with Cause sends SIP response Code.
type CauseToCode struct {
	Cause int
	Code  int
	Note  string
}

// CodeToCause is one row of RFC 3398 §8.2.6.1: a gateway that receives SIP
// response Code releases the ISUP call with Cause (0: no cause, see Note).
type CodeToCause struct {
	Code  int
	Cause int
	Note  string
}

const (
	defaultCauseCode = ServerInternalError // RFC 3398 §7.2.4.1: any cause not in the table
	defaultCodeCause = 31                  // RFC 3398 §8.2.6.1: any response not in the table
)

const (
	temporary      = "A temporary shortage; the gateway may add Retry-After."
	fixAndRetry    = "A protocol problem: the gateway should first try to correct the request and send it again, and release the ISUP call only if it cannot."
	authOrReject   = "Only when the gateway has no credentials to offer; if it can authenticate, it retries the INVITE instead."
	byWarning      = "No fixed cause: 31 by default, or 65 (Bearer capability not implemented) when the Warning header says a bearer capability is missing."
	globalLocation = "Sent with cause location 'user', as for every 6xx."
)

var causeToCode = []CauseToCode{
	{1, NotFound, ""},
	{2, NotFound, ""},
	{3, NotFound, ""},
	{17, BusyHere, ""},
	{18, RequestTimeout, ""},
	{19, TemporarilyUnavailable, ""},
	{20, TemporarilyUnavailable, ""},
	{21, Forbidden, "603 Decline may be sent instead when the cause location is 'user'."},
	{22, Gone, "When the release carries no new number."},
	{22, MovedPermanently, "When the diagnostic holds the new number; the gateway should put it in Contact."},
	{23, Gone, ""},
	{26, NotFound, "ANSI networks use this cause for a misrouted ported number."},
	{27, BadGateway, ""},
	{28, AddressIncomplete, ""},
	{29, NotImplemented, ""},
	{31, TemporarilyUnavailable, ""},
	{34, ServiceUnavailable, temporary},
	{38, ServiceUnavailable, temporary},
	{41, ServiceUnavailable, temporary},
	{42, ServiceUnavailable, temporary},
	{47, ServiceUnavailable, temporary},
	{55, Forbidden, ""},
	{57, Forbidden, ""},
	{58, ServiceUnavailable, ""},
	{65, NotAcceptableHere, ""},
	{70, NotAcceptableHere, ""},
	{79, NotImplemented, ""},
	{87, Forbidden, ""},
	{88, ServiceUnavailable, ""},
	{102, ServerTimeOut, ""},
	{111, ServerInternalError, ""},
	{127, ServerInternalError, ""},
}

var codeToCause = []CodeToCause{
	{BadRequest, 41, ""},
	{Unauthorized, 21, authOrReject},
	{PaymentRequired, 21, ""},
	{Forbidden, 21, ""},
	{NotFound, 1, ""},
	{MethodNotAllowed, 63, ""},
	{NotAcceptable, 79, fixAndRetry},
	{ProxyAuthenticationRequired, 21, authOrReject},
	{RequestTimeout, 102, ""},
	{Gone, 22, ""},
	{RequestEntityTooLarge, 127, fixAndRetry},
	{RequestURITooLong, 127, fixAndRetry},
	{UnsupportedMediaType, 79, fixAndRetry},
	{UnsupportedURIScheme, 127, fixAndRetry},
	{BadExtension, 127, fixAndRetry},
	{ExtensionRequired, 127, fixAndRetry},
	{IntervalTooBrief, 127, fixAndRetry},
	{TemporarilyUnavailable, 18, ""},
	{CallTransactionDoesNotExist, 41, ""},
	{LoopDetected, 25, ""},
	{TooManyHops, 25, ""},
	{AddressIncomplete, 28, fixAndRetry},
	{Ambiguous, 1, ""},
	{BusyHere, 17, ""},
	{RequestTerminated, 0, "No cause: a 487 normally answers an INVITE the gateway cancelled itself after the PSTN released the call (RFC 3398 §8.2.7)."},
	{NotAcceptableHere, 31, byWarning},
	{ServerInternalError, 41, ""},
	{NotImplemented, 79, ""},
	{BadGateway, 38, ""},
	{ServiceUnavailable, 41, ""},
	{ServerTimeOut, 102, ""},
	{VersionNotSupported, 127, fixAndRetry + " The RFC's table prints this row as 504, a misprint: 504 already maps to 102."},
	{MessageTooLarge, 127, fixAndRetry},
	{BusyEverywhere, 17, globalLocation},
	{Decline, 21, globalLocation},
	{DoesNotExistAnywhere, 1, globalLocation},
	{NotAcceptableAnywhere, 31, byWarning + " " + globalLocation},
}

// CodeForCause returns the SIP response a gateway sends for ISUP cause
// (RFC 3398 §7.2.4.1). Causes the table does not list map to 500. It reports
// false for cause 16 (normal clearing becomes BYE or CANCEL, not an error
// response) and cause 44 (untranslatable: the switch retries on another
// circuit), and for numbers outside Q.850's 1-127.
func CodeForCause(cause int) (code int, note string, ok bool) {
	if cause == 16 || cause == 44 || cause < 1 || cause > 127 {
		return 0, "", false
	}
	for _, r := range causeToCode {
		if r.Cause == cause {
			return r.Code, r.Note, true
		}
	}
	return defaultCauseCode, "Not in the table: the default.", true
}

// CodesForCause returns the rows of RFC 3398 §7.2.4.1 for cause, in the
// RFC's order: one for most causes, two for cause 22, none for a cause the
// table does not list.
func CodesForCause(cause int) []CauseToCode {
	var rows []CauseToCode
	for _, r := range causeToCode {
		if r.Cause == cause {
			rows = append(rows, r)
		}
	}
	return rows
}

// CausesForCode returns the rows of RFC 3398 §7.2.4.1 that produce code.
func CausesForCode(code int) []CauseToCode {
	var rows []CauseToCode
	for _, r := range causeToCode {
		if r.Code == code {
			rows = append(rows, r)
		}
	}
	return rows
}

// CauseForCode returns the row of RFC 3398 §8.2.6.1 for a received code.
// Failure codes (4xx-6xx) the table does not list get the default cause 31;
// other codes report false (§8.2.6 covers 4xx-6xx only).
func CauseForCode(code int) (CodeToCause, bool) {
	for _, r := range codeToCause {
		if r.Code == code {
			return r, true
		}
	}
	if code < 400 || code > 699 {
		return CodeToCause{}, false
	}
	return CodeToCause{code, defaultCodeCause, "Not in the table: the default."}, true
}
