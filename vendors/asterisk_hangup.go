package vendors

// asteriskHangup holds the fixed tokens Asterisk puts on its own BYE, CANCEL
// and failure responses to say why it hung up: the Reason values written by
// res/res_pjsip_rfc3326.c at asterisk/asterisk commit
// f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9, and the X-Asterisk-HangupCause /
// X-Asterisk-HangupCauseCode headers written by channels/chan_sip.c, read at
// e66c5da145b4545428fca768db7fb0921156af98, the parent of commit 4095a382da
// (2023-01-03) that removed chan_sip; no file at f0c1c1a writes them.
var asteriskHangup = Namespace{
	ID: "asterisk-hangup", Name: "Asterisk hangup cause headers", Owner: "Asterisk (Sangoma)",
	About:      "Asterisk tells the far end why it ended a call by adding a Reason header with the channel's Q.850 hangup cause, plus a SIP-protocol Reason when another phone took the call. Older systems on chan_sip also added two private X-Asterisk headers with the cause as text and as a number; seeing them means the sender is a chan_sip Asterisk.",
	Source:     "https://github.com/asterisk/asterisk/blob/f0c1c1a7b79b0f8cc0311649bf36824cbeee30a9/res/res_pjsip_rfc3326.c",
	Retrieved:  "2026-12-06",
	Confidence: VendorSource,
	Entries: []Entry{
		{Code: "Q.850;cause=N", Name: "Reason", Summary: "The channel's hangup cause (only its low 7 bits) as a Q.850 Reason, with no text, on BYE, CANCEL and on responses of 300 and above. Look the number up as a Q.850 cause; an endpoint with suppress_q850_reason_headers sends none.", SIPCode: 0, Where: "Reason header", Source: "res/res_pjsip_rfc3326.c@f0c1c1a#L107"},
		{Code: "SIP;cause=200", Name: "Call completed elsewhere", Summary: "Added when the hangup cause is \"answered elsewhere\" (cause 26): another device answered, so this leg was cancelled on purpose and nothing failed. chan_sip added it to the CANCEL too.", SIPCode: 200, Where: "Reason header", Source: "res/res_pjsip_rfc3326.c@f0c1c1a#L98"},
		{Code: "X-Asterisk-HangupCause", Name: "X-Asterisk-HangupCause", Summary: "chan_sip only (removed from Asterisk in 2023): the hangup cause as Asterisk's own text for it, on BYE, and on final responses to INVITE when the channel had a cause.", SIPCode: 0, Where: "SIP header", Source: "channels/chan_sip.c@e66c5da#L16609"},
		{Code: "X-Asterisk-HangupCauseCode", Name: "X-Asterisk-HangupCauseCode", Summary: "chan_sip only: the same hangup cause as a number, not masked to 7 bits, so it can exceed 127. Read it as a Q.850 cause where it is 127 or below.", SIPCode: 0, Where: "SIP header", Source: "channels/chan_sip.c@e66c5da#L16611"},
	},
}
