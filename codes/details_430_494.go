package codes

// details430To494 is what a page explains of the 4xx codes from 430 through 494
// beyond their registry entries (entries430To494).
var details430To494 = []Details{
	{
		Code:        430,
		Description: "Only seen inside SIP Outbound (RFC 5626) networks, between an edge proxy and the authoritative proxy. The request's Route carried a flow token naming one connection to a UA instance, and the edge proxy no longer has that connection. Other registered flows to the same instance may still work, so the authoritative proxy should retry over a binding with the same instance-id and a different reg-id. A UA is never meant to receive 430; if one does, it handles it as 400.",
		Causes: []string{
			"The edge proxy restarted and lost the flow named in the flow token (the case walked through in RFC 5626 §9.3).",
			"The UA's TCP or TLS connection to that edge proxy closed or timed out before the UA registered again.",
		},
		Checks: []string{
			"Check whether the authoritative proxy retried another flow of the same +sip.instance; if every flow returns 430, the UA has no live connection and must re-register.",
			"Compare the flow token in the top Route (copied from the Path stored at registration) with the connections the edge proxy actually holds.",
			"If a UA got the 430, find the proxy that passed it on instead of retrying another flow.",
		},
		Related: []Related{
			{Code: 408, Why: "Both let the authoritative proxy try another flow of the same instance; 408 is a timeout, 430 says the edge proxy knows the flow is gone."},
			{Code: 403, Why: "An edge proxy answers 403 instead when the flow token has been tampered with (RFC 5626 §5.3.1)."},
			{Code: 439, Why: "Also SIP Outbound, but 439 fails the registration itself; 430 fails delivery over one registered flow."},
			{Code: 480, Why: "480 means the user has no usable contact at all; 430 covers one flow while others may still work."},
		},
	},
	{
		Code:        433,
		Description: "The request was refused for one reason only: the caller chose to be anonymous. It is the SIP form of the anonymous call rejection service known from the PSTN. RFC 5079 §3 treats a request as anonymous when the From URI is in the anonymous.invalid domain or carries some other explicit mark of anonymity, the From display name is 'Anonymous', or a Privacy header asks for 'id' or 'user'; a missing P-Asserted-Identity alone does not count. The caller's UA must not quietly retry with its identity shown; only the user, or a policy the user set, can allow that.",
		Causes: []string{
			"The called user turned on anonymous call rejection and the call arrived with caller ID withheld.",
			"A network anonymizer (B2BUA) hid the caller's identity at the caller's request, and the destination screens anonymous calls.",
		},
		Checks: []string{
			"Look at From and Privacy in the rejected request: a From in anonymous.invalid or otherwise explicitly marked anonymous, an 'Anonymous' display name, or Privacy: id or user each marks it anonymous.",
			"Retry with caller ID shown only if the user or their policy agrees (RFC 5079 §4); the same rule binds a network anonymizer.",
			"On a mid-dialog request, keep the dialog: a 433 there does not end it or its usage.",
		},
		Headers: []Header{
			{Name: "Privacy", Why: "In the rejected request, a value of 'id' or 'user' is one of the signs that made it anonymous (RFC 5079 §3)."},
		},
		Related: []Related{
			{Code: 403, Why: "A callee that does not want to reveal that it screens anonymous callers sends 403 instead (RFC 5079 §7)."},
			{Code: 603, Why: "603 declines for any reason; 433 names anonymity as the one reason, so a gateway or UI can act on it."},
			{Code: 607, Why: "607 marks one call as unwanted; 433 rejects any caller who withholds their identity."},
		},
	},
	{
		Code:        436,
		Description: "A verification service, such as a STIR/SHAKEN verifier, could not obtain the certificate it needs to check the Identity header's signature, usually because the URI in the header's info parameter could not be retrieved. When the request carries several Identity headers, 436 is meant only when the credentials of all of them are out of reach. The failure can be repaired: the signing side can resend with an info URI that the verifier can reach.",
		Causes: []string{
			"The certificate URL in the info parameter (x5u in SHAKEN) times out, returns an HTTP error, or uses a scheme the verifier cannot fetch.",
			"The verification service has no outbound HTTPS path to the certificate repository (DNS, firewall or proxy settings).",
			"The request reached an old RFC 4474 verifier, which looks for an Identity-Info header that RFC 8224 signers no longer send (RFC 8224 §10).",
		},
		Checks: []string{
			"Fetch the info URI from the Identity header yourself, from the verifier's network, and check the HTTP status and the content returned.",
			"If the call went through anyway, look for a Reason header with protocol STIR and cause=436 in a provisional or final response (RFC 9410, unverified).",
			"Wireshark and pjsip still print the old phrase 'Bad Identity-Info'; it is the same code.",
		},
		Headers: []Header{
			{Name: "Identity", Why: "In the rejected request; its info parameter holds the URI the verifier failed to fetch (RFC 8224)."},
			{Name: "Reason", Why: "When policy lets the call continue, the verifier reports the failure as Reason: STIR;cause=436 in a later response instead (RFC 9410, unverified)."},
		},
		Related: []Related{
			{Code: 437, Why: "437 means the credential was obtained but is not trusted or supported; 436 means it could not be obtained at all."},
			{Code: 438, Why: "438 means the signature or its claims failed; 436 fails before the signature can be checked."},
			{Code: 428, Why: "428 asks for an Identity header that is missing; 436 is about one that is present."},
			{Code: 403, Why: "A verifier may send 403, with the suggested phrase 'Stale Date', when the Date header or a full-form PASSporT's iat is older than its freshness policy allows (RFC 8224 §6.2.2); that is not a 43x case."},
		},
	},
	{
		Code:        437,
		Description: "The verification service obtained, or already held, the credential named by an Identity header's info parameter, but will not use it. Typical reasons are an issuing certification authority missing from its trust store or a signing algorithm it does not support. Under RFC 4474 the code was called Unsupported Certificate and also covered self-signed, expired and revoked certificates. Resending the same request fails again; the fix is on the signer's certificate or the verifier's trust anchors.",
		Causes: []string{
			"The signing provider's certificate chains to a CA that is not in the verifier's trust list, such as a test CA.",
			"The certificate served at the info URL lacks the intermediate certificates needed to build a chain to a trusted root.",
			"The certificate's key or signature algorithm is one the verifier does not implement.",
		},
		Checks: []string{
			"Download the certificate from the info URI and check its issuer chain against the verifier's trust anchors.",
			"Check the key and signature algorithms against what the verifier supports; ES256 is the default and the one algorithm every implementation must support (RFC 8224 §4.1).",
			"If the call went through anyway, look for Reason: STIR;cause=437 in the responses (RFC 9410, unverified).",
		},
		Headers: []Header{
			{Name: "Identity", Why: "In the rejected request; its info parameter names the credential the verifier refused (RFC 8224)."},
			{Name: "Reason", Why: "When policy lets the call continue, the verifier reports the failure as Reason: STIR;cause=437 in a later response instead (RFC 9410, unverified)."},
		},
		Related: []Related{
			{Code: 436, Why: "436 means the credential could not be obtained at all; 437 means it was obtained and refused."},
			{Code: 438, Why: "438 means the credential was acceptable but the signature or claims did not verify."},
			{Code: 403, Why: "A Date or full-form iat older than the verifier's freshness policy may get 403, with the suggested phrase 'Stale Date' (RFC 8224 §6.2.2), not 437."},
		},
	},
	{
		Code:        438,
		Description: "The verification service checked the Identity headers in the request and none held a PASSporT with a valid signature and acceptable claims, and its policy says such requests are refused. A broken signature is not always spoofing: a transit network that alters a signed value, such as the Date header, breaks it too. The suggested repair is to resend with the full form of the PASSporT instead of the compact form. RFC 8224 suggests the phrase 'Invalid PASSporT' when a full-form PASSporT lacks required headers or claims.",
		Causes: []string{
			"A hop rewrote the calling or called number (prefix added, format normalised) or the Date header after signing, so the signed claims no longer match the request.",
			"The PASSporT was signed with a key that does not match the certificate at the info URI.",
			"A claim the verifier requires is missing, for SHAKEN for example attest or origid.",
		},
		Checks: []string{
			"Decode the PASSporT (a base64url JWT) and compare orig, dest and iat with the From, To and Date the verifier saw.",
			"Compare the request as the signer sent it with the request as the verifier got it to find the hop that changed it.",
			"If the signer used the compact form, ask it to send the full form (RFC 8224 §6.2.4).",
		},
		Headers: []Header{
			{Name: "Identity", Why: "In the rejected request; it carries the PASSporT whose signature or claims failed (RFC 8224)."},
			{Name: "Reason", Why: "When policy lets the call continue, the verifier reports the failure as Reason: STIR;cause=438 in a later response instead (RFC 9410, unverified)."},
		},
		Related: []Related{
			{Code: 436, Why: "436 is returned when the credential cannot be fetched, before any signature check."},
			{Code: 437, Why: "437 refuses the credential itself; 438 means the credential was fine but the signature or claims were not."},
			{Code: 428, Why: "428 means no usable Identity header was sent at all."},
			{Code: 403, Why: "A Date or full-form iat older than the verifier's freshness policy may get 403, with the suggested phrase 'Stale Date' (RFC 8224 §6.2.2), not 438."},
		},
	},
	{
		Code:        439,
		Description: "The UA asked for an Outbound (RFC 5626) registration by putting reg-id in its Contact and the outbound option tag in Supported. The registrar understands outbound, but it was not the first hop, and the REGISTER has no Path or its first Path entry lacks the 'ob' parameter that an outbound-capable first hop adds, so outbound cannot be applied. The code may only be sent to a REGISTER carrying both reg-id and the outbound tag. The UA may register again without outbound, or through another outbound proxy.",
		Causes: []string{
			"The UA's outbound proxy or SBC does not implement RFC 5626 and added no Path with 'ob'.",
			"pjsip-based clients, which turn outbound on by default for TCP and TLS accounts, register through an edge proxy that lacks it (seen in practice).",
		},
		Checks: []string{
			"Look at the REGISTER as it reached the registrar: the first Path URI must carry the ;ob parameter.",
			"Turn outbound off on the client (in pjsua, the account's use_rfc5626 setting) or register through an edge proxy that supports it.",
			"Read the number, not the phrase: sofia-sip's status table pairs 439 with 'Stale Date', which is really a 403 phrase from RFC 8224.",
		},
		Headers: []Header{
			{Name: "Path", Why: "The registrar checks the first Path URI of the REGISTER for the 'ob' parameter; without it outbound cannot be used (RFC 5626 §6)."},
			{Name: "Supported", Why: "The REGISTER must list the outbound option tag, with reg-id in Contact, for a 439 to be allowed (RFC 5626 §11.6)."},
		},
		Related: []Related{
			{Code: 420, Why: "420 rejects an option tag the server does not understand; with 439 the registrar understands outbound but the first hop does not."},
			{Code: 421, Why: "421 asks the client to use an extension; 439 says an element on the path lacks one."},
			{Code: 430, Why: "430 reports a lost flow after a successful outbound registration; 439 rejects the registration."},
		},
	},
	{
		Code:        440,
		Description: "RFC 5393 caps how many parallel branches one request may spawn across all proxies, using the Max-Breadth header (60 by default). Each forking proxy shares its budget out among its concurrent branches. When the budget is too small for the parallel fork a proxy wants, and it will neither fork one branch at a time nor redirect, it answers 440. The caller learns that not every possible destination was tried, much as with 483.",
		Causes: []string{
			"Nested ring groups or hunt groups, with several proxies each forking in parallel, use up the budget.",
			"The UAC or a B2BUA set a small Max-Breadth (1 allows only serial forking) and a later proxy is configured to fork only in parallel.",
			"A forking loop or amplification attack multiplies branches until the budget runs out.",
		},
		Checks: []string{
			"Follow Max-Breadth hop by hop and find the element that lowered it or split it thinly.",
			"Reduce the number of parallel targets, or let the forking proxy fall back to serial forking when Max-Breadth is small.",
		},
		Headers: []Header{
			{Name: "Max-Breadth", Why: "In the request: the parallel-fork budget. A proxy adds it (60 recommended) when missing and must not lower it hop by hop (RFC 5393 §5.3.3)."},
		},
		Related: []Related{
			{Code: 483, Why: "483 limits depth (hops, via Max-Forwards); 440 limits breadth (concurrent branches)."},
			{Code: 482, Why: "482 reports a loop that was detected; Max-Breadth caps the damage even when no loop is detected."},
		},
	},
	{
		Code:        469,
		Description: "Under the INFO framework (RFC 6086), each UA lists the Info Packages it will receive in a Recv-Info header during the INVITE exchange, and every INFO names its package in an Info-Package header. An INFO for a package the receiver did not list is answered with 469, and the response lists the packages it does accept, possibly none. Only that INFO transaction fails; the call carries on. Legacy INFO without an Info-Package header is not subject to this check.",
		Causes: []string{
			"The sender assumed a package without checking the Recv-Info the peer sent in the INVITE exchange.",
			"A re-INVITE or UPDATE changed the receiver's Recv-Info and an INFO based on the old list crossed it on the wire (RFC 6086 §4.2.1, §5.2.2).",
		},
		Checks: []string{
			"Compare the Info-Package header of the INFO with the last Recv-Info the receiver sent in this dialog.",
			"Read the Recv-Info in the 469: it is the receiver's current list, and an empty one means it takes no packages.",
			"Do not tear down the call over a 469; it is a transaction-only failure (RFC 6086 §4.2.1).",
		},
		Headers: []Header{
			{Name: "Recv-Info", Why: "Required in the 469 to a package INFO; lists the packages the receiver currently accepts (RFC 6086 §4.2.2, §7.1)."},
			{Name: "Info-Package", Why: "In the rejected INFO; names the package that was refused (RFC 6086 §4.2.1)."},
		},
		Related: []Related{
			{Code: 415, Why: "415 is recommended when the package is accepted but the body's media type is not supported within it; 469 refuses the package itself."},
			{Code: 501, Why: "501 means the UA does not implement INFO at all; 469 means it does but not for this package."},
			{Code: 489, Why: "489 is the same idea for event packages in SUBSCRIBE, NOTIFY and PUBLISH."},
		},
	},
	{
		Code:        470,
		Description: "Part of the SIP consent framework (RFC 5360), which keeps relays such as conference and URI-list servers from being used to flood people who never agreed to it. The request carried its own list of recipient URIs, and the relay has no permission yet for at least one of them, so it refuses the whole request. The URIs at fault should be listed in a Permission-Missing header. The client then adds them to the relay's list, for example over XCAP, and the relay asks those recipients for consent.",
		Causes: []string{
			"An ad-hoc conference or group message lists a recipient who has not yet granted the relay permission.",
			"A recipient revoked a permission granted earlier (RFC 5360 §5.8).",
		},
		Checks: []string{
			"Read Permission-Missing for the URIs at fault; if it is absent, query the relay's permission list by other means, such as XCAP.",
			"Add the missing URIs through the relay's list interface and retry once the recipients have granted permission.",
		},
		Headers: []Header{
			{Name: "Permission-Missing", Why: "Should be present; lists the URIs the relay has no permission for (RFC 5360 §5.9.2)."},
		},
		Related: []Related{
			{Code: 403, Why: "403 refuses the request with no detail; 470 names the recipients whose consent is still missing."},
		},
	},
	{
		Code:        480,
		Description: "The user is known, but cannot take the call at the moment: not logged in, set to do-not-disturb, or in some other state that blocks calls. A proxy or redirect server also sends it when it knows the user but holds no current location to forward to. Unlike 404 the user exists, and unlike 486 the user is not tied up in another call. The reason phrase should give the precise cause, and Retry-After may suggest a better time.",
		Causes: []string{
			"The called user has no active registration: phone offline, registration expired, or the registrar dropped it.",
			"Do-not-disturb is on at the phone or on the PBX.",
			"A PSTN gateway received ISUP cause 19 (no answer), 20 (subscriber absent) or 31 (normal, unspecified) and mapped it to 480 (RFC 3398 §7.2.4.1).",
			"Some PBXs end an unanswered call with 480 when their ring timer runs out (seen in practice).",
		},
		Checks: []string{
			"Check the callee's binding on the registrar: is there a current Contact, and when did it expire?",
			"Read the reason phrase and any Reason header, such as Q.850;cause=20, for the specific cause.",
			"Honour Retry-After, if present, before calling again.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "Optional; suggests when the callee may be reachable again (RFC 3261 §20.33)."},
			{Name: "Reason", Why: "Gateways may add a Q.850 cause to say what the PSTN reported (RFC 6432)."},
		},
		Related: []Related{
			{Code: 486, Why: "486 means the device is busy with another call; 480 means the user cannot be reached at all right now."},
			{Code: 404, Why: "404 means the user is unknown here; 480 means the user is known but unavailable."},
			{Code: 408, Why: "408 means no final answer came in time; RFC 3398 maps ISUP cause 18 (no user responding) to 408, but 19 and 20 to 480."},
			{Code: 603, Why: "603 is an explicit refusal; 480 says the user could not be reached to accept or refuse."},
		},
	},
	{
		Code:        481,
		Description: "The UAS got a request it cannot match to any dialog or transaction it knows. Usually this is a mid-dialog request (BYE, re-INVITE, UPDATE, INFO, NOTIFY, PRACK) for a call the far end has already forgotten, or a CANCEL that found no transaction to cancel. A UAC that gets 481 to an in-dialog request should consider the dialog gone; after a BYE it simply confirms the call is over.",
		Causes: []string{
			"The far end restarted, failed over, or timed the call out and lost its dialog state, then got a BYE or re-INVITE for it.",
			"An in-dialog request was sent to the wrong place (bad Contact or Record-Route, or a NAT or SBC rewrote it) and reached a device that never had the dialog.",
			"A B2BUA or SBC changed the Call-ID or tags on one side, so they no longer match.",
			"A CANCEL reached a UAS with no matching transaction, often because the INVITE transaction had already ended.",
			"A NOTIFY arrived for a subscription the subscriber no longer has (RFC 6665 §4.1.3), or a PRACK matched no pending reliable 1xx (RFC 3262 §3).",
		},
		Checks: []string{
			"Compare the Call-ID, From tag and To tag of the failing request with those of the dialog set up by the 2xx.",
			"Check the in-dialog request's Request-URI and Route against the remote Contact and Record-Route set learned at setup.",
			"Look for a restart, failover or session-timer expiry at the far end shortly before the 481.",
			"For a 481 to CANCEL, check whether the INVITE had already got a final response.",
		},
		Related: []Related{
			{Code: 408, Why: "A 408 to an in-dialog request also makes the UAC end the dialog (RFC 3261 §12.2.1.2); it means no answer, not no match."},
			{Code: 487, Why: "487 ends an INVITE that was cancelled in time; a CANCEL that matched nothing gets 481."},
			{Code: 491, Why: "491 means the dialog exists but another offer is in progress; 481 means the dialog is unknown."},
		},
	},
	{
		Code:        482,
		Description: "A proxy found its own Via entry in the request and, comparing branch values, saw that nothing affecting routing had changed since it last forwarded it: the request is looping, not spiralling. A UAS also sends 482 for a merged request, where the same request (same From tag, Call-ID and CSeq) arrives a second time over another forked path; it serves the first copy and rejects the others. RFC 5393 made loop detection mandatory for proxies that fork to more than one target.",
		Causes: []string{
			"Two proxies, or a PBX and an SBC, route a number to each other, for example through a forwarding rule or a missing route.",
			"A forking proxy's branches converge on the same UAS, which rejects the later copies as merged requests.",
		},
		Checks: []string{
			"List the Via headers of the rejected request: repeated sent-by values show the loop.",
			"If the 482 comes from a UAS and another branch of the same call succeeded, it is the merged-request case and usually harmless.",
			"Fix the routing or forwarding rule that sends the request back to an element it already passed.",
		},
		Headers: []Header{
			{Name: "Via", Why: "Repeated sent-by values from the same proxy show where the request looped (RFC 3261 §16.3)."},
		},
		Related: []Related{
			{Code: 483, Why: "483 fires when Max-Forwards runs out, often from a loop nobody detected; 482 means a loop was detected directly."},
			{Code: 440, Why: "440 limits parallel forking; 482 catches a request coming back around."},
		},
	},
	{
		Code:        483,
		Description: "Each proxy lowers Max-Forwards by one, and a UAC normally starts it at 70. An element that receives a request with Max-Forwards at 0 must not forward it and answers 483, except for OPTIONS, which it may answer itself. A 483 nearly always means a routing loop that nothing detected, or an element that starts Max-Forwards far too low.",
		Causes: []string{
			"A routing loop between proxies, PBXs or SBCs, none of which detected it.",
			"A UAC or B2BUA sets a small initial Max-Forwards on a path with many hops.",
		},
		Checks: []string{
			"Read the Via and Record-Route headers of the request to find the hops that repeat.",
			"Check the Max-Forwards value the UAC sent and how each hop changed it.",
			"Probe the path with OPTIONS at Max-Forwards 0, 1, 2 and so on; an element that gets it at 0 may answer it itself, which shows how far requests get.",
		},
		Headers: []Header{
			{Name: "Max-Forwards", Why: "In the request: the hop count that ran out (RFC 3261 §20.22)."},
		},
		Related: []Related{
			{Code: 482, Why: "482 means a loop was detected explicitly; 483 is only the hop limit running out."},
			{Code: 440, Why: "440 limits how wide a request forks; 483 limits how many hops deep it goes."},
		},
	},
	{
		Code:        484,
		Description: "The server found the Request-URI incomplete, typically a phone number with too few digits for its dial plan. This supports overlap dialling: a sender that does not know how long the number is sends what it has and adds digits until the answer is no longer 484. A forking proxy choosing among 4xx answers favours 484, like 401, 407, 415 and 420, because it tells the caller how to fix the request. The reason phrase should say more about what is missing.",
		Causes: []string{
			"The user dialled too few digits, or the phone's dial plan sent the call before the number was complete.",
			"A PSTN gateway received ISUP cause 28 (address incomplete) and mapped it to 484 (RFC 3398 §7.2.4.1).",
			"A normalisation rule on the path stripped a prefix or country code, leaving a number the next hop reads as incomplete.",
		},
		Checks: []string{
			"Compare the user part of the Request-URI with the length the destination's dial plan expects.",
			"Check number normalisation on each hop (prefix stripping, E.164 conversion) for digits lost on the way.",
			"If users hit it on valid numbers, check the phone's dial plan and inter-digit timeout.",
		},
		Related: []Related{
			{Code: 404, Why: "404 says the complete number does not exist; 484 says it is not complete yet."},
			{Code: 485, Why: "485 means the address matches several users; 484 means it is too short to match one."},
		},
	},
	{
		Code:        485,
		Description: "The request's address could mean several users, such as a name shared by two people in a directory. The server may list the candidates in Contact headers, but since that can leak information about users, it must be possible to configure it to hide the list or to answer 404 instead. Unlike 300, whose alternatives all reach the same party, the choices in a 485 are different people, so a human has to choose rather than the UA retrying automatically.",
		Causes: []string{
			"A name-based address such as sip:lee@example.com matches several accounts in the directory.",
			"A proxy cannot build a target set from the Request-URI alone (RFC 3261 §16.5).",
		},
		Checks: []string{
			"Read the Contact headers, if any, and retry with the intended user's exact URI.",
			"If no Contact is listed, the server is hiding the choices; use a more specific address.",
		},
		Headers: []Header{
			{Name: "Contact", Why: "Optional; lists unambiguous addresses the caller can pick from (RFC 3261 §21.4.23, Table 2)."},
		},
		Related: []Related{
			{Code: 300, Why: "300's alternatives reach the same user and may be tried automatically; 485's choices are different users."},
			{Code: 404, Why: "A server may be configured to send 404 instead of 485 so as not to reveal that several users match."},
			{Code: 484, Why: "484 means the address is too short; 485 means it is complete but matches more than one user."},
		},
	},
	{
		Code:        486,
		Description: "The callee's device was reached but will not take another call now, usually because the user is already on one. The answer covers only that device: the same user may pick up on another registered phone or be sent to voicemail, which is why a forking proxy keeps its other branches going. A UAS that knows no other device can take the call should send 600 instead. Retry-After may suggest when to call back.",
		Causes: []string{
			"The phone is on a call and has no free line, or call waiting is off.",
			"An extension hit its per-user call limit on the PBX (seen in practice).",
			"A PSTN gateway received ISUP cause 17 (user busy) and mapped it to 486 (RFC 3398 §7.2.4.1).",
			"The user pressed a reject key that the phone implements as 486; other phones send 603 (seen in practice).",
		},
		Checks: []string{
			"Look for Retry-After: it says when the callee expects to be free.",
			"Look for Reason: Q.850;cause=17 from a gateway, which confirms a busy reported by the PSTN.",
			"If the callee was idle, check the phone's line count and call-waiting setting and any call limit on the PBX or SBC.",
			"If the call should have gone to voicemail, check the forward-on-busy rule on the proxy or PBX.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "Optional; tells the caller when the callee may be free (RFC 3261 §20.33)."},
			{Name: "Reason", Why: "Gateways may add the Q.850 cause, usually 17, that the PSTN reported (RFC 6432)."},
		},
		Related: []Related{
			{Code: 600, Why: "600 says no device of the user can take the call; 486 speaks only for this device."},
			{Code: 480, Why: "480 means the user is unreachable (offline, do-not-disturb); 486 means busy on another call."},
			{Code: 603, Why: "603 is the user explicitly refusing; 486 is a device that cannot take another call."},
		},
	},
	{
		Code:        487,
		Description: "The original request, almost always an INVITE, was stopped before a final answer: the caller sent CANCEL, a BYE arrived while requests on the dialog were still pending, or the INVITE's own Expires ran out. For a CANCEL the UAS answers the CANCEL with 200 and the INVITE with 487; 487 never answers the CANCEL itself. It is the normal result when a caller hangs up while it rings and on the losing branches of a forked call, so by itself it is not a fault.",
		Causes: []string{
			"The caller hung up before the callee answered.",
			"A forking proxy cancelled its other branches after one answered or after a 6xx arrived (RFC 3261 §16.7).",
			"The INVITE carried an Expires that elapsed before anyone answered (RFC 3261 §13.3.1).",
			"A BYE arrived while a re-INVITE or other request on the dialog was still pending (RFC 3261 §15.1.2).",
			"A PBX or proxy ring timer gave up and cancelled the attempt (seen in practice).",
		},
		Checks: []string{
			"Find the CANCEL with the same Call-ID and top Via branch, and read its Reason header: SIP;cause=200;text=\"Call completed elsewhere\" means another device answered (RFC 3326 §3.1).",
			"If the caller did not hang up, find out which element sent the CANCEL: a proxy timer or a forking decision.",
			"Make sure the 487 is ACKed; a missing ACK makes the UAS retransmit the 487.",
		},
		Related: []Related{
			{Code: 481, Why: "A CANCEL that matches no transaction gets 481; 487 answers the INVITE that a CANCEL did stop."},
			{Code: 408, Why: "408 is a timeout with no answer; 487 is a deliberate withdrawal."},
			{Code: 200, Why: "The 200 to a CANCEL only confirms the CANCEL; the INVITE ends with 487, or with a 200 that raced it."},
		},
	},
	{
		Code:        488,
		Description: "The UAS refuses the session description it was offered, typically because it shares no codec, media type or transport profile with it. It means the same as 606 but speaks only for the addressed device, so another device of the same user might accept. A Warning header should say why, and the response may carry a body describing what the UAS does support. When it answers a re-INVITE or UPDATE, the existing session stays as it was.",
		Causes: []string{
			"No audio codec in common between the offer and the answering device's configuration.",
			"SRTP offered to a device that only does plain RTP, or the reverse (seen in practice).",
			"A re-INVITE switching to T.38 fax reaches a device without T.38 (seen in practice).",
			"A PSTN gateway mapped ISUP cause 65 or 70 (bearer capability problems) to 488 (RFC 3398 §7.2.4.1).",
		},
		Checks: []string{
			"Read the Warning header: 304 media type not available, 305 incompatible media format, 370 insufficient bandwidth (RFC 3261 §20.43).",
			"Compare the offer's m= lines and rtpmap entries with the codecs enabled on the device that refused it.",
			"Check the transport profile on both sides (RTP/AVP against RTP/SAVP, DTLS, ICE).",
			"Check whether an SBC or B2BUA on the path rewrote or filtered the SDP.",
		},
		Headers: []Header{
			{Name: "Warning", Why: "Should explain why the offer was refused (RFC 3261 §13.3.1.3); the warn-codes are in §20.43."},
		},
		Related: []Related{
			{Code: 606, Why: "606 says no device of this user will accept the session; 488 speaks only for this one."},
			{Code: 415, Why: "415 rejects the body's type (for example no SDP support); 488 rejects the session the SDP describes."},
			{Code: 580, Why: "580 is for preconditions such as QoS reservation that cannot be met; 488 for an offer the device cannot use."},
		},
	},
	{
		Code:        489,
		Description: "The receiver does not understand the event package named in the request's Event header. A notifier sends it to a SUBSCRIBE for a package it does not serve, a subscriber to a NOTIFY for a package it does not support, and an event state compositor to a PUBLISH whose Event header is missing or unknown. A SUBSCRIBE with no Event header at all may also get 489. The code came from RFC 3265, which RFC 6665 replaced.",
		Causes: []string{
			"A phone subscribes to dialog (BLF), presence or message-summary (voicemail lamp) on a server that does not offer that package (seen in practice).",
			"The package name in the Event header is misspelt (seen in practice).",
			"A PUBLISH was sent without an Event header (RFC 3903 §6).",
		},
		Checks: []string{
			"Compare the Event header with the packages the server lists in Allow-Events, for example in its answer to OPTIONS.",
			"Check the exact spelling of the package name, including template suffixes such as presence.winfo.",
			"Enable the package (BLF, presence, MWI) on the server, or stop the client from subscribing to it.",
			"Treat a 489 to a subscription refresh as the end of that subscription (RFC 6665 §4.1.2.2).",
		},
		Headers: []Header{
			{Name: "Allow-Events", Why: "Lists the event packages the responder can serve (RFC 6665 §4.4.4); RFC 3903 makes it mandatory in a 489 to PUBLISH (§11.1.1)."},
		},
		Related: []Related{
			{Code: 501, Why: "501 means SUBSCRIBE, NOTIFY or PUBLISH itself is not implemented; 489 means the method is, but not this package."},
			{Code: 481, Why: "481 answers a NOTIFY for a subscription the UA does not have; 489 one for a package it does not support."},
			{Code: 469, Why: "469 is the INFO-package counterpart of 489."},
		},
	},
	{
		Code:        491,
		Description: "The UAS received an INVITE on a dialog while its own INVITE on that dialog was still in progress, so the two session changes collided, and it must reject the incoming one with 491. Each side then waits a random time and retries only if it still wants the change: 2.1 to 4 seconds for the side that created the Call-ID, up to 2 seconds for the other, so they do not collide again. UPDATE uses the same rule when two offers cross (RFC 3311).",
		Causes: []string{
			"Both ends put the call on hold, resume it or change media at the same moment.",
			"Both sides refresh the session timer with re-INVITEs at the same time (seen in practice).",
			"A B2BUA or SBC sends its own re-INVITE, for example to move media, just as the endpoint sends one (seen in practice).",
			"An UPDATE with an offer arrives while the receiver's own offer is still unanswered (RFC 3311 §5.2).",
		},
		Checks: []string{
			"Find the two crossing INVITEs or UPDATEs in the trace and check which side's retry went through.",
			"Check that the UA waits the random back-off before retrying; an immediate retry collides again.",
			"If 491s keep coming, check the session-timer refresher settings so that only one side refreshes.",
		},
		Related: []Related{
			{Code: 500, Why: "500 with Retry-After answers a second INVITE from the same side before its first got a final answer; 491 answers the other side's INVITE crossing yours (RFC 3261 §14.2)."},
			{Code: 481, Why: "481 means the dialog is unknown; 491 means it exists but is busy with another offer."},
		},
	},
	{
		Code:        493,
		Description: "The request carried an S/MIME-encrypted body, and the UAS either lacks the matching private key or refuses to decrypt it. It should return its certificate in the 493 body (a certs-only S/MIME body) so the sender can encrypt to the right key next time. A 493 without a certificate means the UAS does not accept encrypted bodies, though it may still accept signed ones. S/MIME is seldom deployed in SIP, so the code is rare.",
		Causes: []string{
			"The sender encrypted to an old or wrong certificate for this user.",
			"The UAS does not support S/MIME encryption at all.",
		},
		Checks: []string{
			"Look for a certificate in the 493 body and encrypt to it when retrying.",
			"If no certificate came back, send the body unencrypted only if policy allows, and rely on TLS for protection hop by hop.",
		},
		Related: []Related{
			{Code: 415, Why: "415 rejects a body type the UAS does not support; 493 concerns an encrypted body it cannot decrypt."},
		},
	},
	{
		Code:        494,
		Description: "RFC 3329 lets a UA and its first-hop server agree on a security mechanism (TLS, HTTP Digest, IPsec) in a way that resists downgrade attacks. A server sends 494 when an unprotected request carries sec-agree in Require or Proxy-Require, when its policy demands the agreement and the client only listed sec-agree in Supported, or when the Security-Verify list in a later request differs from what it offered. The 494 lists the server's mechanisms in Security-Server; the client picks the shared one with the highest q value, starts it, and resends with Security-Verify echoing that list. 3GPP IMS uses the procedure with the ipsec-3gpp mechanism, which RFC 3329 registers for it in its Appendix A.",
		Causes: []string{
			"The normal first step of an agreement: the client sent Security-Client with Require and Proxy-Require: sec-agree on an unprotected request.",
			"The Security-Verify list in a follow-up request does not match the server's list, because an element changed it or the client copied it wrongly (RFC 3329 §2.3.1).",
			"Server policy requires the agreement and the client only declared sec-agree in Supported (RFC 3329 §2.3.2).",
		},
		Checks: []string{
			"Compare Security-Verify in the resent request with Security-Server in the 494: same mechanisms, same order, same parameters.",
			"Check that the client actually set up the chosen mechanism (TLS connection, IPsec security associations) before resending.",
			"For digest, look for the Proxy-Authenticate challenge in the 494 next to Security-Server.",
			"In IMS traces, expect Security-Server inside the 401 to the first REGISTER rather than in a separate 494 (seen in practice).",
		},
		Headers: []Header{
			{Name: "Security-Server", Why: "Required; the server's mechanisms with q values, sent even when none matches the client's list (RFC 3329 §2.3.1)."},
			{Name: "Require", Why: "Carries sec-agree when the server started the agreement, telling the client it must use it (RFC 3329 §2.3.2, §6.5)."},
			{Name: "Proxy-Authenticate", Why: "Present when digest is offered, so the client can answer the challenge (RFC 3329 §2.3.1, §2.4)."},
		},
		Related: []Related{
			{Code: 421, Why: "421 is sent when policy requires sec-agree and the request does not mention it at all; 494 when it is mentioned (RFC 3329 §2.3.2)."},
			{Code: 420, Why: "A proxy that does not implement sec-agree rejects it in Proxy-Require with 420."},
			{Code: 407, Why: "407 only challenges for credentials; a 494 may carry the same challenge but also fixes the security mechanism."},
			{Code: 502, Why: "A server that uses sec-agree but finds it is not the first hop (several Via entries) answers 502, not 494 (RFC 3329 §2.3.2)."},
		},
	},
}
