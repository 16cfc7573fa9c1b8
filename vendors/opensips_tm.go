package vendors

// opensipsTM holds the replies OpenSIPS writes itself when it fails a
// request: every case of err2reason_phrase() in error.c (internal error
// numbers from error.h) plus tm's local 408 when the final response timer
// fires (modules/tm/timer.c with the phrase from error_text() in error.c),
// read in OpenSIPS/opensips at commit 8f4f1e1b4015a52f88953e6c16758f800bd0e9fb.
// An err2reason reply is written as "<SIP code> <text> (<n>/<module>)",
// module "SL", "TM" or "MI/UAC"; Code here is that bracketed n, except 408,
// which is the status of the fixed tm reply.
var opensipsTM = Namespace{
	ID: "opensips-tm", Name: "OpenSIPS locally generated replies", Owner: "OpenSIPS",
	About:      "When OpenSIPS cannot forward a request it answers itself, and the phrase ends with a bracket such as (477/TM) or (1/SL): the number is OpenSIPS's internal error and the tag names the module that replied. The numbers differ from Kamailio's for the same failures (OpenSIPS uses 473 to 477), so do not read one with the other's table.",
	Source:     "https://github.com/OpenSIPS/opensips/blob/8f4f1e1b4015a52f88953e6c16758f800bd0e9fb/error.c",
	Retrieved:  "2026-12-06",
	Confidence: VendorSource,
	Entries: []Entry{
		{Code: "1", Name: "Server error occurred", Summary: "The fallback text for any internal error without its own text (1 is the unspecified error; others, such as 474 bad protocol, get the same words with their own number). Always sent as 500; check the OpenSIPS log.", SIPCode: 500, Where: "status line", Source: "error.c@8f4f1e1#L118"},
		{Code: "2", Name: "Excuse me I ran out of memory", Summary: "Out of memory. Only builds compiled with DEBUG use this text; normal builds send the fallback \"Server error occurred (2/...)\". Both are 500; check memory settings and usage.", SIPCode: 500, Where: "status line", Source: "error.c@8f4f1e1#L113"},
		{Code: "9", Name: "Transaction tuple incomplete", Summary: "The request lacks a header needed to identify its transaction, so it is refused with 400. Check Via, Call-ID, CSeq, From and To.", SIPCode: 400, Where: "status line", Source: "error.c@8f4f1e1#L79"},
		{Code: "11", Name: "Error in external logic", Summary: "An external program called from the script failed; answered with 500.", SIPCode: 500, Where: "status line", Source: "error.c@8f4f1e1#L87"},
		{Code: "12", Name: "Forking capacity exceeded", Summary: "More branches were requested than tm allows; answered with 500. Check how many destinations the script added.", SIPCode: 500, Where: "status line", Source: "error.c@8f4f1e1#L91"},
		{Code: "13", Name: "Bad To", Summary: "The To header could not be used; answered with 400.", SIPCode: 400, Where: "status line", Source: "error.c@8f4f1e1#L83"},
		{Code: "15", Name: "Invalid character in q parameter", Summary: "A Contact q value contains a character that is not allowed; answered with 400.", SIPCode: 400, Where: "status line", Source: "error.c@8f4f1e1#L95"},
		{Code: "16", Name: "Empty q parameter", Summary: "A Contact has q= with no value; answered with 400.", SIPCode: 400, Where: "status line", Source: "error.c@8f4f1e1#L99"},
		{Code: "17", Name: "q parameter too big", Summary: "A Contact q value is above 1; answered with 400.", SIPCode: 400, Where: "status line", Source: "error.c@8f4f1e1#L103"},
		{Code: "18", Name: "No destination available", Summary: "tm refused to add a new branch because the transaction can take no more (a 6xx was already received, or the call was already cancelled); answered with 500. Check for a forward attempted after a 6xx or CANCEL, for example in a failure route.", SIPCode: 500, Where: "status line", Source: "error.c@8f4f1e1#L107"},
		{Code: "400", Name: "Bad Request", Summary: "The request was malformed in a way OpenSIPS could not process; sent as 400 with the bracketed tag.", SIPCode: 400, Where: "status line", Source: "error.c@8f4f1e1#L71"},
		{Code: "408", Name: "Request Timeout", Summary: "tm's own reply when a branch's final-response timer fires with no final answer; for INVITE it also cancels the branch. Check whether the next hop received the request and responded.", SIPCode: 408, Where: "status line", Source: "modules/tm/timer.c@8f4f1e1#L430"},
		{Code: "473", Name: "Filtered destination", Summary: "The destination address is blocked by OpenSIPS's own filtering (for example a blacklist), so the request was not sent. 473 is not an IANA code; check the blacklists the route uses.", SIPCode: 473, Where: "status line", Source: "error.c@8f4f1e1#L59"},
		{Code: "475", Name: "Bad URI", Summary: "The Request-URI or destination URI could not be parsed. 475 is not an IANA code; check the URI the script set.", SIPCode: 475, Where: "status line", Source: "error.c@8f4f1e1#L75"},
		{Code: "476", Name: "Unresolvable destination", Summary: "The next hop's host name did not resolve. 476 is not an IANA code; check DNS for the target domain.", SIPCode: 476, Where: "status line", Source: "error.c@8f4f1e1#L67"},
		{Code: "477", Name: "Send failed", Summary: "OpenSIPS could not send the request to the next hop (for example a refused TCP/TLS connection). 477 is not an IANA code; check the next hop's address, transport and reachability.", SIPCode: 477, Where: "status line", Source: "error.c@8f4f1e1#L63"},
	},
}
