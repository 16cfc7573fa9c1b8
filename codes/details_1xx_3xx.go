package codes

// details1xxTo3xx is what a page explains of the provisional (1xx), success (2xx) and redirection (3xx) codes
// beyond their registry entries (entries1xxTo3xx).
var details1xxTo3xx = []Details{
	{
		Code:        100,
		Description: "The element one hop away has the request and is working on it, perhaps a location lookup or passing it further on. It is strictly hop-by-hop: a stateful proxy never passes a 100 upstream, so it proves only that the first hop received the request, not that the callee exists or is reachable. For INVITE it stops the caller's retransmissions, and an INVITE server transaction must send it unless its TU will respond within 200 ms (RFC 3261 §17.2.1). A 100 never creates a dialog and can never be sent reliably with 100rel (RFC 3262 §3).",
		Causes: []string{
			"Every stateful proxy, SBC, B2BUA or UAS that receives an INVITE sends it, usually at once.",
			"Some elements also send it to non-INVITE requests, which RFC 3261 discourages (§8.2.6.1, §16.2).",
		},
		Checks: []string{
			"If the INVITE is retransmitted and no 100 ever comes back, the first hop is not getting the request or its responses are lost: check address, transport, firewall and the Via sent-by/rport path.",
			"If a 100 arrives but nothing else follows, the trouble is past the first hop: trace the outgoing INVITE on the next hop.",
			"Do not treat a 100 as a sign the callee is reachable; it only speaks for the next hop.",
		},
		Headers: []Header{
			{Name: "Timestamp", Why: "If the request had one, the 100 must copy it, and should add the delay in answering (RFC 3261 §8.2.6.1)."},
			{Name: "To", Why: "Normally carries no tag when the INVITE had none; adding one is downgraded to SHOULD NOT (RFC 3261 §17.2.1)."},
		},
		Related: []Related{
			{Code: 180, Why: "180 comes end-to-end from the callee's UA and means the user is being alerted; 100 only means the next hop has the request."},
			{Code: 408, Why: "A 100 followed by 408 means the first hop took the request but no final answer came back from further on in time."},
		},
		HTTP: "HTTP 100 Continue tells a client to go ahead and send a request body it held back (Expect: 100-continue). SIP 100 Trying has nothing to do with bodies: it confirms receipt at the next hop and stops INVITE retransmissions.",
	},
	{
		Code:        180,
		Description: "The callee's device has the INVITE and is ringing or otherwise alerting the user; the caller may start local ringback (RFC 3261 §21.1.2). It comes end-to-end from the callee's side, and with a To tag it sets up an early dialog (§12.1, §13.3.1.1). A forked INVITE can bring back several 180s, one per ringing device, each with its own To tag. Whether the caller plays local ringback or early media that arrives with the 180 is local policy; RFC 3960 (informational) describes the usual choices.",
		Causes: []string{
			"The called phone or softphone started ringing.",
			"A forking proxy rang several devices, and each sent its own 180.",
			"A PSTN gateway got an ISUP ACM saying the called subscriber is free (RFC 3398 §7.2.6).",
		},
		Checks: []string{
			"If the caller hears silence after a 180, check whether the 180 carried SDP: some UAs then wait for early media instead of playing local ringback.",
			"Count the distinct To tags on the 180s to see how many devices are ringing; each is a separate early dialog.",
			"If ringing is cut off after about 3 minutes, check that the UAS repeats a non-100 provisional at least every minute; proxies may cancel after a 3-minute gap (RFC 3261 §13.3.1.1, §16.6).",
			"If the 180 has Require: 100rel, look for the PRACK; without it the UAS keeps retransmitting and should fail the call with a 5xx (RFC 3262 §3).",
		},
		Headers: []Header{
			{Name: "Contact", Why: "Required in a 180 that sets up an early dialog; the caller sends in-dialog requests such as PRACK or UPDATE there (RFC 3261 §12.1.1, §13.3.1.1)."},
			{Name: "Record-Route", Why: "Copied from the INVITE so the caller can build the early dialog's route set (RFC 3261 §12.1.1)."},
			{Name: "Alert-Info", Why: "Optional; points the caller to an alternative ringback tone (RFC 3261 §20.4)."},
			{Name: "RSeq", Why: "Present, with Require: 100rel, when the 180 is sent reliably and must be acknowledged with PRACK (RFC 3262 §3)."},
		},
		Related: []Related{
			{Code: 183, Why: "183 is generic progress, usually carrying early media, with no claim that anything rings; 180 says the user is being alerted."},
			{Code: 182, Why: "182 says the call is waiting in a queue; 180 says the user is being alerted now."},
			{Code: 100, Why: "100 is hop-by-hop and only says the next hop has the request; 180 comes from the callee's side."},
		},
	},
	{
		Code:        181,
		Description: "Some element on the path is sending the call on to other destinations and lets the caller know (RFC 3261 §21.1.3). It is optional and purely informational: nothing has failed, and the call carries on toward the new target. A proxy cannot send it on its own, because it may not add a To tag to a 1xx when the request had none (§16.7), so a 181 comes from a UAS or B2BUA, typically a PBX or feature server applying call forwarding.",
		Causes: []string{
			"A PBX or application server applies call forwarding (unconditional, on busy, on no answer) and tells the caller before sending the call on.",
			"A PSTN gateway relays ISUP call diversion: under RFC 3398 §8.2.3 a received 181 becomes a CPG with event 6 (forwarding), while a CPG reporting call forwarding becomes a 181 only when the gateway is bridging SIP that carries encapsulated ISUP (§7.2.9).",
		},
		Checks: []string{
			"Find the new INVITE toward the forwarding target; any failure that follows comes from that leg, not from the original callee.",
			"Look at History-Info or Diversion headers on the forwarded INVITE to see who forwarded the call and why (seen in practice).",
		},
		Related: []Related{
			{Code: 302, Why: "302 hands the new target back to the caller to retry; with 181 the server forwards the call itself."},
			{Code: 180, Why: "180 means a device is alerting; 181 only says the call is on its way somewhere else."},
		},
	},
	{
		Code:        182,
		Description: "The callee can't take the call right now, so the server holds it in a queue instead of turning it away; a final response follows when the callee frees up (RFC 3261 §21.1.4). The reason phrase may carry details such as queue position or expected wait, and the server may send several 182s to update them. A queue that lasts more than a few minutes needs a non-100 provisional response at least every minute, or proxies may cancel the INVITE (§13.3.1.1, §16.6).",
		Causes: []string{
			"A call-centre, ACD or hunt-group platform queues the caller and reports it with 182 (many send 180 or 183 with music instead).",
			"A PBX camp-on or busy-queue feature holds a call for a busy extension.",
		},
		Checks: []string{
			"Read the reason phrase: it may give the queue position or expected waiting time.",
			"If queued calls drop after about 3 minutes, check that the queueing server repeats a provisional response every minute and how the proxies set Timer C (RFC 3261 §13.3.1.1, §16.6).",
			"If callers should hear queue music, check that the queue sends SDP (in the 182 or a 183) so early media can flow.",
		},
		Related: []Related{
			{Code: 180, Why: "180 says the user is being alerted now; 182 says the call is waiting its turn."},
			{Code: 480, Why: "480 rejects the call because the callee is unavailable; 182 keeps it waiting instead."},
		},
	},
	{
		Code:        183,
		Description: "A progress report that fits no other provisional code: RFC 3261 §21.1.5 gives it no fixed meaning and says nothing about media. In practice it is the usual carrier of early media (ringback, tones, announcements before answer), because its SDP can start the session early: plain RFC 3261 lets a 1xx carry a copy of the answer the 2xx will bring (§13.2.1), and RFC 3262 lets a reliable 1xx carry a real offer or answer. The habit comes from RFC 3398, which tells ISUP gateways to send 183 once backward in-band media starts (§7.2.6), and from common practice; RFC 3960 (informational) discusses early-media models. A UAC must also treat any unknown provisional code other than 100 as 183 (RFC 3261 §8.1.3.2).",
		Causes: []string{
			"A PSTN gateway cuts through in-band audio from the ISUP side (ringback, busy tone, 'number not in service' announcement) and signals it with 183 plus SDP (RFC 3398 §7.2.5, §7.2.6).",
			"An IVR, voicemail system or custom-ringback service plays audio before the call is answered.",
			"IMS or VoLTE setup with preconditions: a reliable 183 carries SDP with QoS status, followed by PRACK and UPDATE (RFC 3312 shows this flow).",
		},
		Checks: []string{
			"Look for an SDP body: without one the 183 is only a progress note and there is no early media to hear.",
			"No early audio despite SDP: check the c= address and m= port (NAT, private addresses) and whether the caller's UA plays early media at all, which differs by device.",
			"Without 100rel the SDP in the 183 must match the one in the 200, and the UAC keeps the first one it saw (RFC 3261 §13.2.1); a different SDP in the 200 explains audio that breaks at answer.",
			"With Require: 100rel and RSeq, look for the PRACK; if none arrives within 64 x T1 the UAS should fail the INVITE with a 5xx (RFC 3262 §3).",
			"In IMS networks, check P-Early-Media to see whether the network lets early media through (RFC 5009).",
		},
		Headers: []Header{
			{Name: "Require", Why: "Holds 100rel when the 183 is sent reliably; the caller must then acknowledge it with PRACK (RFC 3262 §3)."},
			{Name: "RSeq", Why: "Sequence number of a reliable 183, echoed in the PRACK's RAck (RFC 3262 §3, §7.1)."},
			{Name: "Contact", Why: "Required when the 183 sets up an early dialog; PRACK and UPDATE are sent there (RFC 3261 §12.1.1, §13.3.1.1)."},
			{Name: "P-Early-Media", Why: "In IMS and some carrier networks, says whether early media is authorized to flow (RFC 5009, informational)."},
		},
		Related: []Related{
			{Code: 180, Why: "180 says the user is being alerted; 183 is generic progress, usually early media, and does not say anything rings."},
			{Code: 199, Why: "199 reports that an early dialog set up by a 180 or 183 has ended while the call is still pending."},
		},
	},
	{
		Code:        199,
		Description: "A forking proxy, or sometimes a UAS, sends 199 when one early dialog ends while the INVITE as a whole is still pending, so the caller can release what it set up for that branch, such as an early-media stream (RFC 6228). The To tag identifies the early dialog that ended, and a Reason header carries the response code that ended it. It is only an optimisation: it never replaces a final response, may be lost, is sent only if the INVITE listed '199' in Supported, and a proxy must not generate it when the caller required 100rel (§6).",
		Causes: []string{
			"A forked INVITE where one branch fails (busy, declined) while other branches are still ringing; the forking proxy reports the lost branch at once.",
			"A UAS configured to send 199 before its own non-2xx final response, for networks whose proxies lack 199 support (RFC 6228 §5).",
		},
		Checks: []string{
			"Read the Reason header to see which final code ended that branch, for example a 486 or 603 from one device.",
			"Match the To tag against earlier 18x responses to find the device or branch that dropped out.",
			"Once the caller accepts a 199 it must stop sending media on that early dialog and ignore media it can tie to it (RFC 6228 §4).",
			"If you expect 199 and see none, check for '199' in the INVITE's Supported and for Require: 100rel, which stops proxies from generating it (RFC 6228 §6).",
		},
		Headers: []Header{
			{Name: "To", Why: "Required to carry the tag of the early dialog that ended (RFC 6228 §5, §6)."},
			{Name: "Reason", Why: "Required; gives the response code that ended the early dialog (RFC 6228 §5, §6; Reason header from RFC 3326)."},
			{Name: "Supported", Why: "The INVITE must list '199' here for any 199 to be sent; the 199 itself must not carry the tag (RFC 6228 §4, §5)."},
		},
		Related: []Related{
			{Code: 487, Why: "487 is the final response that ends the whole INVITE after a CANCEL; 199 ends one early dialog and the call goes on."},
			{Code: 183, Why: "The early dialog a 199 ends was created by a 180 or 183 with the same To tag."},
		},
	},
	{
		Code:        200,
		Description: "Success; what a 200 carries varies with the method it answers. For INVITE it means the call was answered: it sets up or confirms the dialog, must carry Contact, must hold the SDP answer if the INVITE's offer was not yet answered, and is retransmitted by the UAS until the caller's ACK arrives (RFC 3261 §13.3.1.4). A forked INVITE can draw several 200s with different To tags; the caller must ACK each one and then sends BYE on any dialog it does not want (§13.2.2.4). For REGISTER, the Contact list in the 200 is the registrar's full set of current bindings, each with the expiry the registrar chose (§10.3).",
		Causes: []string{
			"The callee answered the call.",
			"A registrar accepted a REGISTER, or a UA or proxy answered an OPTIONS keep-alive.",
			"An in-dialog request such as BYE, re-INVITE, UPDATE, INFO or PRACK was accepted.",
			"A CANCEL matched a pending transaction: the 200 answers the CANCEL itself, and the INVITE then ends with 487 (RFC 3261 §9.2).",
		},
		Checks: []string{
			"Call drops about 32 s after answer while the 200 keeps being retransmitted: the ACK is not reaching the UAS, which gives up after 64 x T1 and sends BYE (RFC 3261 §13.3.1.4); check the 200's Contact and Record-Route and any NAT.",
			"Compare the SDP in the 200 with the offer: codecs, c= address and ports decide whether audio flows.",
			"For REGISTER, read the expires on each Contact in the 200: the registrar sets the interval, and stale bindings listed there explain calls ringing old devices.",
			"For a 200 to a CANCEL, remember the INVITE still needs its own final response, normally 487.",
		},
		Headers: []Header{
			{Name: "Contact", Why: "Required in a 2xx to INVITE, where it gives the callee's target for the dialog (RFC 3261 §12.1.1, §20 Table 2); in a 200 to REGISTER it lists every current binding with its expires (§10.3)."},
			{Name: "Record-Route", Why: "Copied from the request in a dialog-creating 200; the caller builds the dialog's route set from it, in reverse order (RFC 3261 §12.1.1, §12.1.2)."},
			{Name: "Allow", Why: "Should be in a 2xx to INVITE and in a 200 to OPTIONS, listing the methods the UA accepts (RFC 3261 §13.3.1.4, §11.2)."},
			{Name: "Supported", Why: "Should be in a 2xx to INVITE and in a 200 to OPTIONS, listing the extensions the UA supports (RFC 3261 §13.3.1.4, §11.2)."},
			{Name: "Expires", Why: "Required in a 200 to SUBSCRIBE, where it gives the granted subscription length (RFC 6665 §3.1.1)."},
		},
		Related: []Related{
			{Code: 202, Why: "202 is a deprecated 'accepted, not yet done' that must be handled exactly like 200 (RFC 6665 §8.3.1)."},
			{Code: 204, Why: "204 answers a conditional in-dialog SUBSCRIBE: success, but no NOTIFY will follow."},
		},
		HTTP: "Same name and idea as HTTP 200. The difference is INVITE: a SIP 200 sets up a dialog, is retransmitted until ACKed, and forking can return several of them for one request.",
	},
	{
		Code:        202,
		Description: "RFC 3265 added 202 so a notifier could accept a SUBSCRIBE before authorization was settled; RFC 6665 §8.3.1 withdrew it because a proxy can swallow it during forking and implementations handled it differently from 200. A receiver must now process 202 as 200, and nobody may send it to SUBSCRIBE or NOTIFY. RFC 7647 §5 carries the ban over to REFER: RFC 3515 §2.4.2 had a REFER recipient answer 202, but a current one must answer 200, so a 202 to REFER comes from an implementation that predates RFC 7647. MESSAGE is where 202 is still asked for: RFC 3428 §7 says a store-and-forward relay should answer 202 to show it took the message but has not delivered it yet.",
		Causes: []string{
			"A UA accepted a REFER for a blind or attended transfer, as RFC 3515 §2.4.2 first asked (older, pre-RFC 7647 implementations).",
			"An IM relay or SMS gateway accepted a MESSAGE it will deliver later (RFC 3428 §7).",
			"An older RFC 3265 notifier (presence, BLF, message waiting) accepted a SUBSCRIBE while authorization was pending or to hide its policy.",
		},
		Checks: []string{
			"Handle it as 200; if a device waits, retries or fails on 202 but not on 200, that is the interoperability bug RFC 6665 §8.3.1 was written to end.",
			"After a 2xx to REFER (200 now, 202 from older UAs), follow the NOTIFYs: their message/sipfrag body carries the status line of the transfer call (RFC 3515 §2.4.5).",
			"After a 202 to MESSAGE, do not assume delivery: the message only reached a relay (RFC 3428 §4).",
			"For REFER, RFC 7647 §5 applies: a REFER recipient must answer 200, never 202, and must treat a 202 it receives as 200.",
		},
		Headers: []Header{
			{Name: "Expires", Why: "On a 202 to SUBSCRIBE from an older notifier, gives the granted subscription length, as on any 2xx to SUBSCRIBE (RFC 6665 §3.1.1)."},
		},
		Related: []Related{
			{Code: 200, Why: "Must be handled identically; 200 is what a current notifier or REFER recipient sends."},
			{Code: 204, Why: "204 also answers SUBSCRIBE, but says the NOTIFY will be suppressed; it is not deprecated."},
		},
		HTTP: "HTTP 202 Accepted is in normal use: the request was taken for processing that may finish later. SIP borrowed that meaning in RFC 3265, then deprecated it in RFC 6665; a SIP receiver must treat it exactly like 200.",
	},
	{
		Code:        204,
		Description: "A notifier answers 204 to a SUBSCRIBE sent inside an existing subscription dialog when the request's Suppress-If-Match entity-tag still matches the current state: the refresh or unsubscribe takes effect, but the NOTIFY it would have triggered is skipped (RFC 5839 §6.3). The subscriber keeps the event and subscription state it already has (§5.2), while the expiry follows the SUBSCRIBE as usual. It is valid only for in-dialog SUBSCRIBE; outside a dialog the notifier instead sends a NOTIFY with no body (§6.2).",
		Causes: []string{
			"A presence or BLF client refreshes its subscription with Suppress-If-Match set to the SIP-ETag of the last NOTIFY it received.",
			"A subscriber ends a subscription with Expires: 0 and Suppress-If-Match, skipping the final NOTIFY (RFC 5839 §5.7).",
			"A subscriber uses the wildcard entity-tag in Suppress-If-Match to put a subscription into a dormant mode (RFC 5839 §5.2).",
		},
		Checks: []string{
			"Keep the state you already have: a 204 does not mean the resource is empty.",
			"Read Expires in the 204 for the subscription's new expiry (RFC 5839 §5.6).",
			"If a B2BUA or SBC breaks the dialog because no NOTIFY followed the SUBSCRIBE, turn conditional notification off on the subscriber (RFC 5839 §5.8).",
		},
		Headers: []Header{
			{Name: "Expires", Why: "Gives the subscription's new expiry after a refresh (RFC 5839 §5.6; any 2xx to SUBSCRIBE must carry it, RFC 6665 §3.1.1)."},
			{Name: "Suppress-If-Match", Why: "Sits in the SUBSCRIBE, not the 204: the entity-tag from the last NOTIFY's SIP-ETag, whose match triggers the 204 (RFC 5839 §5.2, §7.2)."},
		},
		Related: []Related{
			{Code: 200, Why: "A 200 to SUBSCRIBE means a NOTIFY follows at once; 204 says none will be sent."},
			{Code: 412, Why: "412 rejects a PUBLISH whose SIP-If-Match entity-tag is no longer current; 204 is a success for a SUBSCRIBE whose entity-tag still matches."},
		},
		HTTP: "HTTP 204 No Content is a success whose response has no body. SIP 204 is about a later message: the NOTIFY the SUBSCRIBE would have triggered is not sent. The nearer HTTP idea, 304 Not Modified, has no SIP counterpart.",
	},
	{
		Code:        300,
		Description: "The Request-URI maps to several possible endpoints, and instead of forking the server hands the list back so the caller can pick (RFC 3261 §21.3.1). The choices should be listed in Contact, and unlike HTTP a SIP 300 may carry many Contact values. Whether the caller's UA picks one by itself (often by q value) or asks its user is up to the implementation; RFC 3261 sets no selection rule.",
		Causes: []string{
			"A redirect server whose location service holds several bindings for the user and is set to redirect rather than fork (most deployments fork or use 302).",
		},
		Checks: []string{
			"List the Contact values and their q parameters; a UAC usually tries higher q first (RFC 3261 §8.1.3.4).",
			"If the caller gives up instead of redirecting, check whether the UAC or its proxy follows 3xx at all.",
		},
		Headers: []Header{
			{Name: "Contact", Why: "Should list every choice; several values are allowed and q orders them (RFC 3261 §21.3.1, §20.10)."},
		},
		Related: []Related{
			{Code: 302, Why: "302 says the user is temporarily elsewhere; 300 says the address itself has several valid destinations to choose from."},
			{Code: 485, Why: "485 is a failure for an ambiguous address that may list candidates; 300 is a redirect the caller can follow."},
		},
		HTTP: "HTTP 300 offers alternative representations of a resource and may name a preferred one in Location. SIP 300 offers alternative endpoints, carried in Contact, and allows many of them.",
	},
	{
		Code:        301,
		Description: "The Request-URI is dead for this user for good: retry at the Contact address and swap the old address for the new one wherever it is stored, from phone books to location caches (RFC 3261 §21.3.2). Handling is the usual 3xx recursion, where each Contact URI becomes the Request-URI of a new request with a new Via branch, normally keeping To, From and Call-ID (§8.1.3.4). It is rare in live traffic; most redirects are 302.",
		Causes: []string{
			"A user or number moved to a new domain or URI, and the old server now redirects callers there.",
			"Forwarding settings on a device or redirect server answer 301 where 302 was meant, so the forward looks permanent to callers.",
		},
		Checks: []string{
			"Check that the Contact URI can be routed from the caller's side: the domain resolves and it is not a private address.",
			"If a temporary forward gets cached by callers, the sender should be using 302 instead.",
			"Watch for redirect loops; a UAC must not put the same URI into its target set twice (RFC 3261 §8.1.3.4).",
		},
		Headers: []Header{
			{Name: "Contact", Why: "The new address to use; a UAS redirecting an INVITE should include it (RFC 3261 §13.3.1.2, §21.3.2)."},
		},
		Related: []Related{
			{Code: 302, Why: "302 is temporary: use the Contact for this attempt, caching it only for the expiry given; 301 says to update stored addresses."},
			{Code: 410, Why: "410 says the user is gone with no forwarding address; 301 gives the new one."},
		},
		HTTP: "HTTP 301 means the same but gives a single new URI in Location. SIP puts the new address in Contact, may list several, and the caller's UA or proxy builds the new request itself.",
	},
	{
		Code:        302,
		Description: "Try again elsewhere for now: each Contact URI in the 302 becomes the Request-URI of a fresh request (RFC 3261 §21.3.3). An expires parameter on the Contact, or an Expires header, says how long the target may be reused; with neither, it serves this one retry and must not be stored. A proxy responsible for the Request-URI may recurse on the 302 itself and strip the contacts it tried, so the caller may never see it (§16.5, §16.7).",
		Causes: []string{
			"Call forwarding (unconditional, on busy, on no answer) done as a redirect by a phone, PBX or feature server.",
			"A redirect server (location service, routing or number-portability lookup) returns targets instead of proxying the call.",
		},
		Checks: []string{
			"Check that the Contact URI is routable from the caller: private addresses, unknown domains and tel: URIs the caller cannot route are common reasons a redirect goes nowhere.",
			"Confirm that whoever receives the 302 follows redirects at all; some PBXs, SBCs and carrier trunks treat 3xx as a failure unless configured to recurse.",
			"Header parameters in the Contact URI (after '?') become header fields of the new request (RFC 3261 §8.1.3.4).",
			"Look at the Contact's expires parameter or the Expires header to see whether the target may be cached.",
			"A sips: call redirected to a plain sip: URI may be followed by the client only with the user's consent, and a proxy must not recurse on it (RFC 5630 §5.1.1, §5.3).",
		},
		Headers: []Header{
			{Name: "Contact", Why: "The address(es) to retry at, ordered by q, with an optional expires; compact form 'm' (RFC 3261 §21.3.3, §20.10)."},
			{Name: "Expires", Why: "How long a Contact without its own expires parameter stays valid; with neither, use it once and do not cache (RFC 3261 §21.3.3, §8.3)."},
		},
		Related: []Related{
			{Code: 301, Why: "301 says the move is permanent and stored addresses should change; 302 is for now only."},
			{Code: 305, Why: "305 keeps the same target but says to send this one request through the proxy in Contact."},
			{Code: 181, Why: "181 means a server is forwarding the call itself; 302 hands the new target back to the caller."},
		},
		HTTP: "HTTP calls 302 \"Found\" (HTTP/1.0 called it \"Moved Temporarily\") and gives one URI in Location. SIP keeps the old name, uses Contact, allows several targets, and sets the cache lifetime through expires or Expires.",
	},
	{
		Code:        305,
		Description: "Send the same request again, with the same target, but route it through the proxy named in Contact; the instruction covers this one request only (RFC 3261 §21.3.4). RFC 3261 forbids proxies from generating 305, so one that a proxy produced is suspect. It is rarely seen in live traffic.",
		Causes: []string{
			"A UAS, often a redirect server, whose policy requires requests to arrive through a particular proxy.",
		},
		Checks: []string{
			"Confirm the 305 came from a UAS, not a proxy: RFC 3261 §21.3.4 lets only UASs generate it.",
			"Send only this request via the proxy in Contact, with the original target unchanged, and do not keep that route for later requests.",
			"Accept the named proxy only if you trust the sender: following a 305 hands your signalling to whatever it names.",
		},
		Headers: []Header{
			{Name: "Contact", Why: "Carries the URI of the proxy to send the request through (RFC 3261 §21.3.4)."},
		},
		Related: []Related{
			{Code: 302, Why: "302 gives a new target to call; 305 keeps the target and changes only the path."},
		},
		HTTP: "HTTP has deprecated 305 because of the security risk of configuring a proxy in-band. SIP still registers it, and only a UAS may send it.",
	},
	{
		Code:        380,
		Description: "This call attempt failed, yet the server has other options to offer and spells them out in the body (RFC 3261 §21.3.5). RFC 3261 leaves the body format open, so what a 380 means depends on whoever defined its body. The best-known live use is 3GPP IMS, where the network returns an application/3gpp-ims+xml body telling the phone to place the call again as an emergency call (3GPP TS 24.229, unverified).",
		Causes: []string{
			"An IMS P-CSCF or other node spots an emergency number dialled as an ordinary call and asks the phone to redo it as an emergency call, possibly after an emergency registration (3GPP TS 24.229, unverified).",
		},
		Checks: []string{
			"Read the Content-Type and body: they say what the alternative is.",
			"In IMS, look for an alternative-service element with type emergency; the UE should then start an emergency call (3GPP TS 24.229, unverified).",
		},
		Headers: []Header{
			{Name: "Content-Type", Why: "Names the body format that describes the alternatives (RFC 3261 §21.3.5); in IMS it is application/3gpp-ims+xml (3GPP TS 24.229, unverified)."},
		},
		Related: []Related{
			{Code: 300, Why: "300 offers alternative addresses in Contact; 380 describes alternative services in the body."},
			{Code: 302, Why: "302 gives a new address for the same service; 380 says this service failed and suggests a different one."},
		},
	},
}
