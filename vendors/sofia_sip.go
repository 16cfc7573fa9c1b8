package vendors

// sofiaSIP holds the non-IANA 9xx statuses sofia-sip's NUA layer reports to
// the application, read in freeswitch/sofia-sip at commit
// 7333682a297f28130ff46d5ef0f9e2f72adca0e8 (libsofia-sip-ua/nua/nua_stack.h,
// nua_stack.c, nua_client.c, nua_session.c). sofia-sip keeps no table of them:
// these are every 9xx literal in libsofia-sip-ua at that commit (nta and
// sip_status.c define none). Code 900 is used with many phrases; its Name is
// the stack's default phrase (nua_internal_error).
var sofiaSIP = Namespace{
	ID: "sofia-sip", Name: "sofia-sip NUA internal statuses (9xx)", Owner: "sofia-sip (Nokia, now maintained by FreeSWITCH)",
	About:      "Statuses of 900 and above never travel on the wire: sofia-sip hands them to the application in a nua event when a request could not be made or finished inside the stack. In FreeSWITCH logs they appear next to the nua event name; read the phrase, because one number covers many different local failures.",
	Source:     "https://github.com/freeswitch/sofia-sip/blob/7333682a297f28130ff46d5ef0f9e2f72adca0e8/libsofia-sip-ua/nua/nua_stack.h",
	Retrieved:  "2026-12-06",
	Confidence: VendorSource,
	Entries: []Entry{
		{Code: "900", Name: "Internal NUA Error", Summary: "A catch-all local failure in the NUA layer; the request may never have been sent. The phrase says what failed (for example \"Session is terminating\", \"Cannot add credentials\", \"Internal media error\"), so look at it and at the surrounding log lines.", SIPCode: 0, Where: "nua event (log line)", Source: "libsofia-sip-ua/nua/nua_stack.c@7333682#L111"},
		{Code: "901", Name: "Stack is going down", Summary: "The request was refused because the stack was shutting down (for example a FreeSWITCH profile being stopped or restarted). Nothing was sent.", SIPCode: 0, Where: "nua event (log line)", Source: "libsofia-sip-ua/nua/nua_stack.c@7333682#L611"},
		{Code: "904", Name: "No matching challenge", Summary: "Credentials were supplied but none of the 401/407 challenges matched them, typically because the realm differs. Compare the realm in the challenge with the one configured for the gateway or user. A waiting request reports it as \"Operation has no matching challenge\".", SIPCode: 0, Where: "nua event (log line)", Source: "libsofia-sip-ua/nua/nua_client.c@7333682#L1447"},
		{Code: "988", Name: "Incomplete offer/answer", Summary: "A call was set up without a complete SDP offer/answer exchange, so the stack ends it; the BYE it sends carries a Reason with SIP cause 488. Check which side left out the SDP answer.", SIPCode: 488, Where: "nua event (log line); Reason on the BYE", Source: "libsofia-sip-ua/nua/nua_session.c@7333682#L1357"},
	},
}
