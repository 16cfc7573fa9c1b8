package vendors

// kamailioTM holds the replies Kamailio writes itself when it fails a
// request: every case of err2reason_phrase() in src/core/error.c (internal
// error numbers from src/core/error.h) plus tm's local 408 on the final
// response timer (src/modules/tm/tm.c), read in kamailio/kamailio at commit
// 38711a3e788de0130d48cb485578c482b57d9351. An err2reason reply is written as
// "<SIP code> <text> (<n>/<module>)", module "SL" or "TM"; Code here is that
// bracketed n (the internal error number), except 408, which is the status of
// the fixed tm reply. Replies a routing script sends itself (such as 483 from
// the maxfwd examples) are not Kamailio's own and are left out.
var kamailioTM = Namespace{
	ID: "kamailio-tm", Name: "Kamailio locally generated replies", Owner: "Kamailio",
	About:      "When Kamailio cannot forward a request it answers itself, and the phrase ends with a bracket such as (477/TM) or (1/SL): the number is Kamailio's internal error and the tag names the module (tm for stateful, sl for stateless) that sent it. Such a reply means no downstream hop answered; look at Kamailio's own log for the same Call-ID.",
	Source:     "https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/src/core/error.c",
	Retrieved:  "2026-12-06",
	Confidence: VendorSource,
	Entries: []Entry{
		{Code: "0", Name: "No error", Summary: "A failure reply was asked for while no error was recorded, so Kamailio sends 500 with this text. Usually the script called t_reply_error or sl_reply_error at the wrong moment.", SIPCode: 500, Where: "status line", Source: "src/core/error.c@38711a3#L123"},
		{Code: "1", Name: "I'm terribly sorry, server error occurred", Summary: "The fallback text for any internal error without its own text (1 is the unspecified error; others such as 5 bug, 7 no socket or 8 bad Via get the same words with their own number). Always sent as 500; check the Kamailio log.", SIPCode: 500, Where: "status line", Source: "src/core/error.c@38711a3#L128"},
		{Code: "2", Name: "Message processing error", Summary: "Kamailio ran out of memory while handling the request and answers 500. Check the shared and private memory settings and usage.", SIPCode: 500, Where: "status line", Source: "src/core/error.c@38711a3#L113"},
		{Code: "9", Name: "Transaction tuple incomplete", Summary: "The request lacks a header needed to identify its transaction (Via, Call-ID, CSeq, From or To), so it is refused with 400. Check the sender's headers.", SIPCode: 400, Where: "status line", Source: "src/core/error.c@38711a3#L70"},
		{Code: "11", Name: "Error in external logic", Summary: "An external program the script ran failed, and Kamailio answers 500. Check the helper the exec module called.", SIPCode: 500, Where: "status line", Source: "src/core/error.c@38711a3#L78"},
		{Code: "12", Name: "Forking capacity exceeded", Summary: "The script asked for more parallel branches than tm allows, and the request is refused with 500. Check how many destinations were added (for example by lookup of many contacts).", SIPCode: 500, Where: "status line", Source: "src/core/error.c@38711a3#L82"},
		{Code: "13", Name: "Bad To", Summary: "The To header could not be used, and the request is refused with 400. Check the sender's To header.", SIPCode: 400, Where: "status line", Source: "src/core/error.c@38711a3#L74"},
		{Code: "15", Name: "Invalid character in q parameter", Summary: "A Contact q value contains a character that is not allowed; answered with 400. Check the Contact headers of the REGISTER or redirect.", SIPCode: 400, Where: "status line", Source: "src/core/error.c@38711a3#L87"},
		{Code: "16", Name: "Empty q parameter", Summary: "A Contact has q= with no value; answered with 400.", SIPCode: 400, Where: "status line", Source: "src/core/error.c@38711a3#L92"},
		{Code: "17", Name: "Q parameter too big", Summary: "A Contact q value is above 1; answered with 400.", SIPCode: 400, Where: "status line", Source: "src/core/error.c@38711a3#L98"},
		{Code: "18", Name: "Decimal part missing in q", Summary: "A Contact q value ends in a dot with no digits after it; answered with 400.", SIPCode: 400, Where: "status line", Source: "src/core/error.c@38711a3#L104"},
		{Code: "20", Name: "Internal processing error", Summary: "Kamailio found itself in a processing state it did not expect and answers 500. Check the log around the request.", SIPCode: 500, Where: "status line", Source: "src/core/error.c@38711a3#L118"},
		{Code: "400", Name: "Bad Request", Summary: "The request was malformed in a way Kamailio could not process; sent as 400 with the bracketed tag. Capture the request and check its syntax.", SIPCode: 400, Where: "status line", Source: "src/core/error.c@38711a3#L62"},
		{Code: "408", Name: "Request Timeout", Summary: "tm's own reply when a branch's final-response timer (fr_timer, or fr_inv_timer after a provisional) fires with no final answer. The code and text can be changed with tm parameters; check whether the next hop received the request and responded.", SIPCode: 408, Where: "status line", Source: "src/modules/tm/tm.c@38711a3#L235"},
		{Code: "477", Name: "Unfortunately error on sending to next hop occurred", Summary: "Kamailio could not send the request to the next hop (for example a refused TCP/TLS connection or no suitable socket). 477 is not an IANA code; check the next hop's address, transport and reachability.", SIPCode: 477, Where: "status line", Source: "src/core/error.c@38711a3#L54"},
		{Code: "478", Name: "Unresolvable destination", Summary: "The next hop's host name did not resolve (DNS A/AAAA/SRV/NAPTR). 478 is not an IANA code; check DNS for the target domain.", SIPCode: 478, Where: "status line", Source: "src/core/error.c@38711a3#L58"},
		{Code: "479", Name: "Regretfully, we were not able to process the URI", Summary: "The Request-URI or destination URI could not be parsed. 479 is not an IANA code; check the URI the script set.", SIPCode: 479, Where: "status line", Source: "src/core/error.c@38711a3#L66"},
		{Code: "487", Name: "Transaction canceled", Summary: "The transaction had already been cancelled when Kamailio tried to relay it, so it answers 487 itself.", SIPCode: 487, Where: "status line", Source: "src/core/error.c@38711a3#L108"},
	},
}
