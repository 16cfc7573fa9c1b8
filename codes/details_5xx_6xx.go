package codes

// details5xxTo6xx is what a page explains of the server failure (5xx) and global failure (6xx) codes
// beyond their registry entries (entries5xxTo6xx).
var details5xxTo6xx = []Details{
	{
		Code:        500,
		Description: "The server that answered hit a condition it did not expect and could not finish the request. The client may show the error and may try again after a few seconds; a Retry-After header says when if the problem is temporary. RFC 3261 also uses 500 as a protocol signal: a UAS that gets a second INVITE on a dialog while an earlier one is still unanswered rejects it with 500 and a Retry-After of 0 to 10 seconds, and an in-dialog request whose CSeq is lower than the last one is rejected with 500. A proxy whose only downstream answer was a 503 sends 500 upstream instead.",
		Causes: []string{
			"A software fault in the PBX, proxy or application server: a crashed module, a failed database query, a script error.",
			"A re-INVITE was sent while the previous INVITE on the same dialog still had no final response (RFC 3261 §14.2).",
			"An in-dialog request carried a CSeq lower than the previous one, for example from a B2BUA that numbers CSeq wrongly (RFC 3261 §12.2.2).",
			"A proxy received only 503 from downstream and converted it to 500 before passing it up (RFC 3261 §16.7).",
			"A registrar could not commit a binding update, for example because its database write failed (RFC 3261 §10.3).",
		},
		Checks: []string{
			"Look for Retry-After and wait at least that long before sending the request again.",
			"If the 500 answers a re-INVITE, check whether an earlier INVITE on the same dialog was still pending; wait the Retry-After time and resend.",
			"Compare the CSeq of consecutive in-dialog requests; a number lower than the last one gets 500.",
			"If a proxy sent it, trace its downstream legs: a 503 from the next hop is reported upstream as 500.",
			"On a PSTN gateway, a Reason header with Q.850 cause 127 (interworking) or 111 (protocol error) explains it; RFC 3398 maps those, and any cause it does not list, to 500.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "Optional when the failure is temporary and says in how many seconds to retry; mandatory, with a random 0 to 10 seconds, when rejecting an overlapping INVITE (RFC 3261 §14.2)."},
		},
		Related: []Related{
			{Code: 503, Why: "503 means overload or maintenance and asks the client to try another server; a proxy that gets only 503 downstream sends 500 upstream."},
			{Code: 491, Why: "491 answers glare, when both sides send a re-INVITE at once; 500 answers a second INVITE from the same side while its first is still pending."},
			{Code: 502, Why: "502 blames an invalid response from a server further downstream; 500 is a failure inside the server that answered."},
		},
		HTTP: "Same meaning as HTTP 500, but the SIP phrase is \"Server Internal Error\", not HTTP's \"Internal Server Error\". SIP also uses 500 for protocol cases such as an overlapping INVITE or an out-of-order CSeq.",
	},
	{
		Code:        501,
		Description: "Something the request needs is not implemented on the server; for a UAS it is the reply to a method it has never heard of and offers to no user. If the method is known but not allowed for this target, the right answer is 405 with an Allow header. Proxies do not send 501 for an unknown method, because they forward requests whatever their method.",
		Causes: []string{
			"An extension method such as UPDATE, INFO, MESSAGE, PUBLISH, REFER or SUBSCRIBE sent to a device that does not implement it (seen in practice).",
			"A custom or misspelled method name that the far end has never heard of.",
		},
		Checks: []string{
			"Send OPTIONS to the target and read the Allow header of its answer to see which methods it supports.",
			"Before sending UPDATE or another extension method, check that the peer listed it in the Allow header of its INVITE or response (RFC 3311 §4).",
			"RFC 3398 maps Q.850 causes 29 (facility rejected) and 79 (service or option not implemented) to 501, so look for them in a Reason header from a PSTN gateway.",
		},
		Headers: []Header{
			{Name: "Allow", Why: "Optional in any response; when present it lists the methods the UAS does support (RFC 3261 §20.5)."},
		},
		Related: []Related{
			{Code: 405, Why: "405 means the method is recognised but not allowed for this target and must list Allow; 501 means the method is not recognised at all."},
			{Code: 420, Why: "420 rejects an unknown option tag in Require or Proxy-Require; 501 rejects an unknown method."},
		},
	},
	{
		Code:        502,
		Description: "The element that sent 502 was acting as a proxy or gateway and got back a response it could not use from the server it forwarded the request to. The fault lies past that element, on the downstream side, not in your request.",
		Causes: []string{
			"The next hop, such as a carrier trunk, PBX or another proxy, returned a malformed or unparseable response.",
			"A PSTN gateway received an ISUP release with Q.850 cause 27 (destination out of order), which RFC 3398 §7.2.4.1 turns into 502.",
		},
		Checks: []string{
			"Find which element generated the 502 (its Server header, or the hop whose leg returned it) and capture that element's downstream leg.",
			"Inspect the response that element received from its next hop for syntax errors or missing mandatory headers.",
			"On a PSTN gateway, a Reason header with Q.850 cause 27 points at the called line or exchange being out of order.",
		},
		Related: []Related{
			{Code: 504, Why: "504 means no answer came from the other server in time; 502 means an answer came but was invalid."},
			{Code: 500, Why: "500 is a failure inside the server that answered; 502 blames the server behind it."},
		},
	},
	{
		Code:        503,
		Description: "The server cannot take the request for now because it is overloaded or under maintenance. A client receiving it should send the request to an alternate server, for example the next DNS SRV target, and keep away from this one for the Retry-After period; with no Retry-After it must handle the response as a 500. A proxy should not pass a 503 upstream unless it knows every request it handles would fail, so a lone 503 from downstream normally reaches the caller as 500. A UAC or proxy also treats a fatal transport error (ICMP unreachable, refused TCP connection) as a 503, so a 503 in a log may never have crossed the wire.",
		Causes: []string{
			"The server is overloaded, in maintenance mode, or at a configured limit such as concurrent calls, channels or licences (seen in practice).",
			"No outbound route is usable: every trunk or gateway for the destination is down or full (seen in practice).",
			"A PSTN gateway got an ISUP release for lack of circuits or congestion, or because the bearer capability or the destination is not available; RFC 3398 §7.2.4.1 maps Q.850 causes 34, 38, 41, 42, 47, 58 and 88 to 503.",
			"The next hop could not be reached at the transport level and the stack reported it as 503 (RFC 3261 §8.1.3.1, §16.9).",
		},
		Checks: []string{
			"Check the capture to see whether the 503 was received on the wire or generated locally after a transport failure.",
			"Read Retry-After: with it, the client should avoid that server for the given seconds; without it, treat the response as a 500.",
			"Confirm that the client fails over to the next SRV target, server or trunk instead of retrying the same one.",
			"On the element that sent it, check trunk capacity, call and channel limits, and the registration state of its outbound trunks.",
			"On a PSTN gateway, a Reason header with Q.850 cause 34 (no circuit or channel available) or 42 (switching equipment congestion) explains the 503.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "Optional; how many seconds the server expects to stay unavailable, during which clients should not send it requests. Without it the 503 counts as a 500 (RFC 3261 §21.5.4)."},
		},
		Related: []Related{
			{Code: 500, Why: "500 is a generic server failure; a 503 without Retry-After is handled like 500, and proxies turn a lone 503 into 500."},
			{Code: 408, Why: "A transaction timeout is reported as 408; a hard transport failure is reported as 503 (RFC 3261 §8.1.3.1)."},
			{Code: 480, Why: "480 says the callee is not available; 503 says the server itself cannot serve the request."},
			{Code: 504, Why: "504 means the server took the request but waited in vain for another server; 503 means it could not take the request."},
		},
		HTTP: "Same meaning as HTTP 503. SIP adds routing rules: the client should fail over to another server, and a proxy should not relay a 503 upstream unless it cannot serve any request at all.",
	},
	{
		Code:        504,
		Description: "While handling the request, the server asked an external server for something and no answer came back in time. If what ran out was the Expires period set by the requester, the right code is 408 instead. One well-defined source is a PSTN gateway: RFC 3398 has it send 504 when the telephone network does not acknowledge the call setup before ISUP timer T7 expires.",
		Causes: []string{
			"A PSTN gateway got no ACM or CON before ISUP timer T7 (20 to 30 seconds by default) expired (RFC 3398 §7.2.2).",
			"A server waited too long for a back-end it depends on, such as a database, DNS or ENUM lookup, or a policy server.",
			"A B2BUA or SBC whose outgoing leg got no final response in time reports the timeout as 504 (seen in practice).",
		},
		Checks: []string{
			"Work out which system the sender of the 504 was waiting on; that one is slow or unreachable, not the sender.",
			"Compare the time between the request and the 504 with the sender's timers (gateway T7, B2BUA leg timeout) to see which one fired.",
			"On a PSTN gateway, a Reason header with Q.850 cause 102 (recovery on timer expiry) points to a timer that expired during call setup on the PSTN side.",
		},
		Related: []Related{
			{Code: 408, Why: "408 is the timeout code for the request itself: a transaction timeout, an expired Expires period, or a proxy whose branches never answered; 504 names a slow external server."},
			{Code: 502, Why: "502 means a response came back but was invalid; 504 means none came in time."},
			{Code: 480, Why: "A gateway whose call rang but was never answered (ISUP T9) sends 480; 504 means the far network never confirmed the setup."},
		},
		HTTP: "HTTP's 504 Gateway Timeout comes from a gateway or proxy waiting on an upstream server. SIP names it Server Time-out and lets any server use it for a slow external server; a proxy whose forwarded request went unanswered sends 408 instead.",
	},
	{
		Code:        505,
		Description: "The server will not process the request with the protocol version named in its request line. SIP/2.0 is the only version defined, so a 505 more likely points to a mangled start line or to traffic that is not SIP at all than to a real version mismatch.",
		Causes: []string{
			"A request line ending in something other than SIP/2.0, for example from a broken ALG or a script that rewrites the start line.",
			"Non-SIP traffic, such as an HTTP request sent to the SIP port, parsed as a SIP request with an unknown version.",
			"A receiver that wrongly compares the version case-sensitively and rejects a lower-case sip/2.0 (RFC 3261 §7.1 says any case must be accepted).",
		},
		Checks: []string{
			"Look at the end of the request line: senders must write SIP/2.0 in upper case, and receivers must accept any case (RFC 3261 §7.1).",
			"Check for an ALG, SBC or header-manipulation rule that rewrites the start line.",
		},
		Related: []Related{
			{Code: 400, Why: "400 covers malformed syntax in general; 505 is only about the version token in the request line."},
		},
		HTTP: "HTTP's 505 HTTP Version Not Supported is about the HTTP version. SIP's 505 concerns the SIP-Version in the request line, and the registered phrase drops the protocol name.",
	},
	{
		Code:        513,
		Description: "The server could not process the request because the message as a whole, start line, headers and body, is longer than it can handle. Compare 413, which objects to the body only, and 414, which objects to the Request-URI. RFC 3261 §18.1.1 requires a request within 200 bytes of the path MTU, or over 1300 bytes when the MTU is unknown, to go over a congestion-controlled transport such as TCP, so a large request still sent over UDP is the first thing to check.",
		Causes: []string{
			"A large INVITE over UDP: an SDP with many codecs, media lines or ICE candidates, plus long Via and Record-Route sets (seen in practice).",
			"Multipart bodies or many headers added by SBCs and IMS nodes push the message past the receiver's buffer limit (seen in practice).",
		},
		Checks: []string{
			"Measure the message: above 1300 bytes on UDP with an unknown MTU, the sender should have switched to TCP (RFC 3261 §18.1.1).",
			"Trim the SDP (fewer codecs, no unused media lines or candidates) and strip headers the far end does not need.",
			"Check the maximum message size configured on the receiver.",
		},
		Related: []Related{
			{Code: 413, Why: "413 rejects a body that is too large; 513 rejects the whole message."},
			{Code: 414, Why: "414 rejects a Request-URI that is too long; 513 is about the total message length."},
		},
	},
	{
		Code:        555,
		Description: "A UA asked, through the pn-provider parameter in its REGISTER Contact URI, to be woken by a push notification service that the server does not support. The code is defined only as a response to REGISTER. A proxy normally forwards such a REGISTER toward the registrar and sends 555 only when its configuration tells it that nothing further on supports that service. After a 555 the UA cannot count on being woken by a push for incoming calls.",
		Causes: []string{
			"The REGISTER's Contact names a push service (pn-provider such as apns, fcm or webpush) that the proxy is not set up to use.",
			"A capability-query REGISTER (pn-provider without pn-prid) reached a proxy that supports none of the UA's push services (RFC 8599 §5.6.1).",
		},
		Checks: []string{
			"Compare the pn-provider value in the REGISTER's Contact with the push services your SIP provider says it supports.",
			"Send a query REGISTER whose pn-provider has no value: the 2xx lists every push service the proxy supports as sip.pns values in Feature-Caps (RFC 8599 §5.6.1).",
			"Retrying the same REGISTER will get the same answer; switch to a push service the network supports, or register without pn parameters and keep the app awake another way.",
		},
		Headers: []Header{
			{Name: "Contact", Why: "The REGISTER's Contact URI carries pn-provider, pn-prid and pn-param; pn-provider names the service that was refused (RFC 8599 §4.1.1)."},
			{Name: "Feature-Caps", Why: "A 2xx to REGISTER names supported push services in sip.pns, one Feature-Caps per service (RFC 8599 §5.4): every service the network supports only for a query with an empty pn-provider, otherwise just whether the service the UA named is supported (RFC 8599 §4.1.5, §5.6.1.2); a 555 means the requested service is not supported."},
		},
		Related: []Related{
			{Code: 423, Why: "Under RFC 8599 §5.6.1.1 a proxy that supports the push service but finds the registration interval too short either sends 423 or forwards the REGISTER to the registrar; 555 means the service itself is not supported."},
		},
	},
	{
		Code:        580,
		Description: "The answering UA cannot or will not meet the preconditions, typically resource reservation for quality of service, that the SDP offer in an INVITE or UPDATE requires. The 580 should carry an SDP that mirrors the m= lines of the last SDP it received, with every port set to 0, and marks the unmet precondition with the failure strength-tag, or with unknown for a precondition type it does not know. An offer that arrives in a 1xx or 2xx response cannot be refused this way; the UAC answers it and then sends CANCEL or BYE. A UAC that does not know 580 treats it as 500.",
		Causes: []string{
			"Resource reservation for the media failed or was refused, so a mandatory qos precondition cannot be met; in VoLTE/IMS this is typically a voice bearer that could not be set up (seen in practice).",
			"The offer contains a mandatory precondition type the answerer does not know (RFC 3312 §9).",
		},
		Checks: []string{
			"Read the SDP in the 580: the a=des line tagged failure or unknown names the precondition that was not met.",
			"Compare the a=curr and a=des lines of the offer and answers, and check whether resource reservation succeeded on each side.",
			"Check Require and Supported for the precondition option tag; a UA that does not support the extension at all answers 420 instead.",
		},
		Related: []Related{
			{Code: 488, Why: "488 rejects the offered media itself (codecs, media types); 580 means the required preconditions cannot be met."},
			{Code: 420, Why: "420 means the precondition option tag in Require is not understood; 580 comes from a UA that understands it but cannot meet the condition."},
			{Code: 606, Why: "606 rejects the session description for every endpoint of the user; 580 concerns only the preconditions of this offer."},
		},
	},
	{
		Code:        600,
		Description: "The callee's end system was reached, the callee is busy, and the responder knows that no other endpoint, voicemail included, will take the call. As a 6xx response it speaks for the user, not one device: a forking proxy cancels its other branches and starts no new ones. When another device or voicemail might still answer, 486 is the right code, and a callee who does not want to say why uses 603. It is rare because a single UA seldom knows what the user's other devices would do.",
		Causes: []string{
			"The callee is busy and the UAS knows no other endpoint will accept the call (RFC 3261 §21.6.1).",
			"A PBX, hunt group or application server that handles every device of the user finds all of them busy and has no voicemail to fall back on.",
		},
		Checks: []string{
			"Read Retry-After if present: it is the callee's suggestion for when to call again.",
			"Expect no further forking: after a 600 the proxy cancels pending branches and tries no other contacts (RFC 3261 §16.7).",
			"If voicemail or call forwarding should have taken the call, check the callee side's busy handling; it should have sent 486.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "Optional; a better time to call, in seconds (RFC 3261 §20.33)."},
		},
		Related: []Related{
			{Code: 486, Why: "486 says busy at this device only, so forking, forwarding and voicemail can still happen; 600 says busy everywhere and ends the search."},
			{Code: 603, Why: "603 declines without giving a reason; 600 says the reason is that the callee is busy."},
			{Code: 480, Why: "480 means the callee is reachable but not available (offline, do-not-disturb); 600 means busy."},
		},
	},
	{
		Code:        603,
		Description: "The callee's device was reached, but the user explicitly does not want to take part, or cannot. Being 6xx, it should only be sent when no other endpoint will answer, and it makes a forking proxy cancel its other branches. It deliberately gives no reason, so a busy callee who prefers not to say so sends 603 instead of 600. RFC 8197 treats 603 as a statement about the callee's own situation and uses 607 when the caller is the problem.",
		Causes: []string{
			"The user pressed Decline or Reject on the phone; many phones send 603 for this, others 486 (seen in practice).",
			"A do-not-disturb or call-rejection rule on the handset or PBX refused the call outright (seen in practice).",
			"A carrier barring or call-blocking service rejected the call on the user's behalf (seen in practice); 608 is the code meant for blocking by an intermediary.",
		},
		Checks: []string{
			"Check the Server or User-Agent header to see whether the callee's phone or a network element produced the 603.",
			"Read Retry-After: the callee may suggest a better time to call.",
			"If a network element sent it, ask whether 403 (policy) or 608 (intermediary blocking) would describe the case better.",
			"On a PSTN gateway, 603 pairs with Q.850 cause 21 (call rejected); RFC 3398 allows 603 instead of 403 when the cause location is the user.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "Optional; a better time to call, in seconds (RFC 3261 §20.33)."},
		},
		Related: []Related{
			{Code: 486, Why: "486 leaves room for other devices and voicemail; 603 ends the search for the whole user."},
			{Code: 403, Why: "403 is a server refusing by policy; 603 is the callee declining."},
			{Code: 600, Why: "600 gives busy as the reason; 603 gives none."},
			{Code: 607, Why: "607 says the caller is unwanted and may flag them in the network; 603 only declines this call."},
			{Code: 608, Why: "608 comes from an intermediary such as a call-blocking engine; 603 comes from the callee's side."},
		},
	},
	{
		Code:        604,
		Description: "A server with authoritative information says the user named in the Request-URI does not exist at all, not merely in this domain. Because it is 6xx, forking proxies stop and the caller should not try other routes for that target. 404 is the usual, local way to say a user is unknown; 604 claims more and should come only from a source that really knows.",
		Causes: []string{
			"A carrier or directory that is authoritative for the number or address knows it is not assigned anywhere.",
			"A call-blocking service answered 604 to get the number removed from calling lists; RFC 8688 §1 warns that other systems may then believe the user does not exist.",
		},
		Checks: []string{
			"Verify the Request-URI: user part, number format (E.164 with +, national prefixes) and domain.",
			"Do not reroute the call: a proxy cancels its other branches on a 6xx and forks no further.",
			"If the number is known to be valid, ask the terminating network why it answered 604; a blocking service may be misusing it.",
		},
		Related: []Related{
			{Code: 404, Why: "404 says the user is unknown at this domain; 604 says the user does not exist anywhere."},
			{Code: 410, Why: "410 says the user used to be here and is gone for good; 604 says the user does not exist at all."},
			{Code: 608, Why: "608 is the code meant for a call blocked by an intermediary; 604 should mean the user really does not exist."},
		},
	},
	{
		Code:        606,
		Description: "The callee's UA was reached and wants to communicate, but cannot adequately support the session as described in the SDP: media types, codecs, bandwidth or addressing. It is the global twin of 488: 488 speaks for this endpoint only, while 606 says no other endpoint will do better, so forking stops. It may list the reasons in Warning headers and may carry a body describing the media capabilities the callee does support.",
		Causes: []string{
			"No codec, media type or transport in common between the offer and anything the callee can use, for example a video-only offer to an audio-only user.",
			"The offer asks for more bandwidth, or an address type such as multicast or another IP version, than the callee's side can handle.",
		},
		Checks: []string{
			"Read the Warning header: warn-codes 300 to 399 name the SDP problem, for example 304 Media type not available, 305 Incompatible media format, 370 Insufficient bandwidth (RFC 3261 §20.43).",
			"Compare the offer's m= lines, codecs and c= address type with what the callee supports; a capabilities body in the 606, if present, lists them.",
			"If other devices or routes could take the call, the responder should have sent 488; check the callee side's configuration.",
		},
		Headers: []Header{
			{Name: "Warning", Why: "Optional; one or more warn-codes from RFC 3261 §20.43 saying which part of the session description could not be supported."},
		},
		Related: []Related{
			{Code: 488, Why: "488 rejects the offer at this endpoint only and the call may succeed elsewhere; 606 rejects it for every endpoint."},
			{Code: 415, Why: "415 rejects the body format itself; 606 understands the SDP but cannot support the session it describes."},
			{Code: 580, Why: "580 means the session is acceptable but its preconditions, such as QoS reservation, cannot be met."},
		},
	},
	{
		Code:        607,
		Description: "The called party rejected the call or message as unwanted, typically by pressing a spam or block button. Unlike 603, the reason is who is calling, not the callee's current situation, and the callee's provider may use it to change how later calls from that caller are handled, for this callee or more widely. It can answer an INVITE, MESSAGE, SUBSCRIBE or other out-of-dialog request, and can also travel as cause 607 in a Reason header on a BYE or CANCEL. Elements that receive it owe nothing beyond normal 6xx handling.",
		Causes: []string{
			"The callee pressed a spam or block-caller button while the call was ringing.",
			"The callee's UA rejected the call by its own logic, such as a local blocklist (RFC 8197 §1).",
		},
		Checks: []string{
			"Note which caller identity was presented (From, P-Asserted-Identity, History-Info): that identity may now be flagged as unwanted.",
			"As a legitimate caller, reach the callee another way; unlike 608, a 607 carries no contact for redress.",
			"Operators: feed 607 into network-wide filters only when the caller ID was verified with STIR, as RFC 8197 §6 advises.",
			"Look for a Reason header with cause 607 on a BYE or CANCEL: the call was ended or a forked branch cancelled because it was unwanted.",
		},
		Headers: []Header{
			{Name: "Reason", Why: "A BYE or CANCEL may carry cause 607 in a SIP Reason value to show the call was ended or cancelled as unwanted (RFC 8197 §4)."},
			{Name: "Feature-Caps", Why: "sip.607 in a REGISTER response means the provider supports and will process 607, for example so the UA can offer a spam button; no particular action, such as blocking later calls, is implied (RFC 8197 §5.2, §4)."},
		},
		Related: []Related{
			{Code: 603, Why: "603 declines because of the callee's situation and gives no reason; 607 says the caller is unwanted."},
			{Code: 608, Why: "608 means an intermediary such as an analytics engine blocked the call; 607 means a person at the called UA rejected it."},
		},
	},
	{
		Code:        608,
		Description: "An element in the network acting for the callee, such as a call-analytics or robocall-blocking engine, rejected the call; the user's phone usually never saw it. It differs from 607, where a person rejected the call, a distinction that matters legally in some jurisdictions. Unless it has signs that the caller would abuse it, the intermediary must include a Call-Info header with purpose=jwscard pointing to a signed jCard, so that a wrongly blocked caller can contact whoever blocked the call (RFC 8688 §3.1). As a 6xx response it ends forking, and further attempts to the same target will likely fail too.",
		Causes: []string{
			"A call-analytics engine judged the calling number likely to be unwanted or illegal, for example a robocaller, and blocked the call (RFC 8688 §1).",
			"A proxy or B2BUA acting for the user rejected an INVITE, MESSAGE or SUBSCRIBE under a blocking policy (RFC 8688 §3.1).",
		},
		Checks: []string{
			"Look for Call-Info with purpose=jwscard: it leads to a signed jCard with a URL, e-mail, phone number or address for disputing the block.",
			"Before trusting the jCard, verify its JWS signature and that its iat claim is recent, about a minute old at most (RFC 8688 §3.2, §3.3).",
			"If your UAC or gateway does not understand 608, expect the redress details as an announcement in 183 early media instead (RFC 8688 §3.4).",
			"Check the calling number and the STIR/SHAKEN attestation your calls carry; these are among the things analytics engines weigh.",
		},
		Headers: []Header{
			{Name: "Call-Info", Why: "Required unless the intermediary has signs the caller would abuse it; purpose=jwscard, pointing to a JWS-signed jCard with redress contacts (RFC 8688 §3.1)."},
			{Name: "Feature-Caps", Why: "A UAC that understands 608 must put sip.608 in the INVITE's Feature-Caps (RFC 8688 §3.3); an element that inserts sip.608 must be able to convey how to reach the blocking operator, and when the INVITE arrives without it the intermediary must play the redress details as an announcement itself, barring the caveats of §3.5 and §6 (RFC 8688 §3.4)."},
			{Name: "Reason", Why: "608 may also be given as the cause in a SIP Reason header value (RFC 8688 §3.1)."},
		},
		Related: []Related{
			{Code: 607, Why: "607 means a person at the called UA marked the call unwanted; 608 means an intermediary blocked it."},
			{Code: 603, Why: "603 is a decline from the callee's side; 608 is a rejection by the network on the callee's behalf."},
			{Code: 604, Why: "Some blockers send 604, which wrongly suggests the user does not exist; 608 says the call was blocked."},
			{Code: 403, Why: "403 is a generic policy refusal by a server; 608 specifically says an intermediary judged the call unwanted and offers redress."},
		},
	},
}
