package codes

// details400To429 is what a page explains of the 4xx codes from 400 through 429
// beyond their registry entries (entries400To429).
var details400To429 = []Details{
	{
		Code:        400,
		Description: "The receiver hit a syntax problem and could not make sense of the request. RFC 3261 asks whoever sends a 400 to name the problem in the reason phrase, so read the phrase first: it often names the broken or missing header. A UAC also handles any 4xx code it does not recognise as if it were 400. Sending the same request again will fail the same way.",
		Causes: []string{
			"A mandatory header (Via, From, To, Call-ID, CSeq) is missing or garbled, often after a B2BUA, SBC or script rewrote it.",
			"Over UDP the datagram ended before the body length that Content-Length announced, for example because an IP fragment was lost (RFC 3261 §18.3).",
			"A REGISTER combined 'Contact: *' with other Contact values or with a non-zero expiry (RFC 3261 §10.3 step 6).",
			"A PUBLISH carried more than one entity-tag in SIP-If-Match (RFC 3903 §6).",
		},
		Checks: []string{
			"Read the reason phrase, and a Warning header if there is one; most stacks say which header they rejected.",
			"Capture the request as the rejecting hop received it and inspect the field the phrase names: brackets, quotes, separators, line endings.",
			"If the body looks cut short, compare Content-Length with the bytes that arrived and consider sending large messages over TCP.",
		},
		Related: []Related{
			{Code: 415, Why: "415 means the body's format is not supported; 400 means the message itself could not be parsed."},
			{Code: 488, Why: "488 means the SDP was understood but its session is not acceptable; 400 is a syntax failure."},
			{Code: 420, Why: "420 means an option tag in Require is unsupported; 400 means the request is malformed."},
		},
	},
	{
		Code:        401,
		Description: "A user agent server, registrar or redirect server challenges the request and asks the client to prove who it is; proxies never generate 401. The WWW-Authenticate header carries the digest challenge, and the client resends the same request with an Authorization header and a CSeq one higher. A 401 to the first REGISTER or INVITE is the normal start of authentication. A new 401 in answer to a request that already carried credentials means they were not accepted, unless the challenge marks the old nonce as stale.",
		Causes: []string{
			"The normal first step of digest authentication: the first REGISTER or INVITE goes out without credentials.",
			"Wrong username, password or realm on the phone or trunk, so every retry is challenged again.",
			"The nonce expired between challenge and retry (stale=true in the new challenge); one more round fixes it.",
		},
		Checks: []string{
			"Compare the realm in WWW-Authenticate with the realm the device holds credentials for.",
			"Check that the retry carries Authorization with that realm and the nonce just received, and a CSeq increased by one.",
			"If 401s keep coming without stale=true, verify username and password; some servers switch to 403 once they give up.",
		},
		Headers: []Header{
			{Name: "WWW-Authenticate", Why: "Required (RFC 3261 §22.2); holds the challenge: scheme, realm, nonce and options such as qop."},
			{Name: "Proxy-Authenticate", Why: "Optional; a forking proxy adds challenges it collected from proxies on other branches (RFC 3261 §16.7 step 7)."},
		},
		Related: []Related{
			{Code: 407, Why: "407 comes from a proxy and uses Proxy-Authenticate/Proxy-Authorization; 401 comes from the UAS or registrar."},
			{Code: 403, Why: "403 says credentials will not help; 401 asks for them."},
		},
		HTTP: "Same idea and same WWW-Authenticate/Authorization headers as HTTP 401, but SIP forbids the Basic scheme and proxies must use 407 instead of 401.",
	},
	{
		Code:        402,
		Description: "RFC 3261 reserves 402 and defines no behaviour for it. A 402 on the wire is a private convention of whoever sent it, so the reason phrase is the only explanation you get. Treat it as a plain rejection of this request.",
		Causes: []string{
			"Seen in practice from some billing or prepaid platforms when an account has run out of credit; the meaning is local, not standard.",
		},
		Checks: []string{
			"Read the reason phrase and ask the operator of the sending system what it means there.",
			"If a carrier sent it, check the account balance or billing status with that carrier.",
		},
		Related: []Related{
			{Code: 403, Why: "403 is the standard policy refusal; 402 only has whatever meaning the sender gives it."},
		},
		HTTP: "HTTP 402 is also reserved for future use; neither protocol defines a payment procedure.",
	},
	{
		Code:        403,
		Description: "The server understood the request and will not carry it out. Unlike 401 and 407 it is not a challenge, and the client should not send the same request again. A registrar answers 403 when the authenticated user may not change bindings for that address-of-record, and a server may answer 403 instead of a new challenge once it rejects the credentials it was given.",
		Causes: []string{
			"Account disabled or suspended, or the destination (international, premium rate) is barred for it by policy.",
			"Source IP address not on the trunk's allow list, or a caller ID the account is not allowed to present.",
			"The authenticated user tried to register an address-of-record it does not own (RFC 3261 §10.3 step 4).",
			"A STIR verifier found the Date or PASSporT iat too old and answered 403, typically with the phrase 'Stale Date' (RFC 8224).",
			"A Resource-Priority request came from a user not authorised for that priority level (RFC 4412 §4.6.4).",
		},
		Checks: []string{
			"Read the reason phrase; providers often put the real cause there (wrong password, destination barred, IP not allowed).",
			"Confirm the source IP, account, From/P-Asserted-Identity and dialled number match what the far end has provisioned.",
			"If it answers a request that carried credentials, treat it as 'credentials rejected' and verify username, password and realm.",
			"Look for a Reason header with Q.850 cause 21 (call rejected): it means a PSTN gateway refused the call (RFC 3398, RFC 6432).",
		},
		Related: []Related{
			{Code: 401, Why: "401 is a challenge that valid credentials satisfy; 403 says credentials will not help."},
			{Code: 407, Why: "407 is a proxy's challenge for credentials; 403 is a refusal regardless of credentials."},
			{Code: 603, Why: "603 is the called user declining on all devices; 403 is a server refusing this request by policy."},
		},
	},
	{
		Code:        404,
		Description: "The server knows that the user in the Request-URI does not exist in its domain, or that the domain itself is not one it handles. A UAS also answers 404 when the Request-URI is not an address it accepts requests for, and a registrar when the To address is not valid for the Request-URI's domain. It speaks for this domain only; 604 is the claim that the user exists nowhere. Retry-After is allowed but rare.",
		Causes: []string{
			"The dialled number or extension does not exist on the PBX or in the carrier's routing tables.",
			"The Request-URI host or domain matches none of the domains the server is configured for (typo, bare IP address, wrong realm).",
			"A PSTN gateway received ISDN cause 1 (unallocated number) or 2/3 (no route) and mapped it to 404 (RFC 3398).",
			"Some servers answer 404 for a known user who is not registered, where RFC 3261 suggests 480.",
		},
		Checks: []string{
			"Compare the Request-URI user and host with what the destination serves, including number format (+E.164 or national).",
			"Look for a Reason header with Q.850 cause 1 to tell a PSTN 'unallocated number' from a SIP routing miss.",
			"If the target is a SIP user, check whether it is registered and under which address-of-record.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "Optional (RFC 3261 §20.33, Table 3); a time after which retrying may be worthwhile."},
		},
		Related: []Related{
			{Code: 604, Why: "604 claims the user exists nowhere; 404 speaks only for this domain."},
			{Code: 410, Why: "410 says the user existed here and is gone for good; 404 makes no claim about the past or permanence."},
			{Code: 480, Why: "480 means the user is known but not reachable now; 404 means the user is not known."},
			{Code: 484, Why: "484 means the number is incomplete and more digits are needed; 404 means it matches no user."},
		},
		HTTP: "HTTP 404 means no resource at that URL. SIP 404 is about a user at a domain, and also covers a domain the server does not handle.",
	},
	{
		Code:        405,
		Description: "The server recognises the method but does not accept it for the address in the Request-URI. The response must carry an Allow header listing the methods that this address does accept. Compare 501, which is for a method the server does not recognise or support for anyone.",
		Causes: []string{
			"A device that knows UPDATE, MESSAGE, INFO, SUBSCRIBE or PUBLISH but has it disabled for this line or account.",
			"A method sent to an address that takes only some methods, such as a REFER or SUBSCRIBE to a trunk or service URI that only handles calls.",
		},
		Checks: []string{
			"Read the Allow header in the 405 and compare it with the method that failed.",
			"If the method should work, look for per-user, per-trunk or SBC method filters at the far end.",
			"If the peer does not allow UPDATE, use re-INVITE for session changes instead.",
		},
		Headers: []Header{
			{Name: "Allow", Why: "Required (RFC 3261 §8.2.1, §21.4.6); lists the methods this address accepts."},
		},
		Related: []Related{
			{Code: 501, Why: "501 means the server does not recognise or support the method at all; 405 means known but not allowed here."},
		},
	},
	{
		Code:        406,
		Description: "The resource can only produce response bodies whose type, encoding or language the request excluded in its Accept headers. It concerns what the client is willing to receive, not the body the client sent. The clearest use is SUBSCRIBE: if Accept lists no format the notifier can put in its NOTIFY requests, the answer is 406 (RFC 6665).",
		Causes: []string{
			"A SUBSCRIBE whose Accept header lists only event formats the notifier cannot generate (RFC 6665 §4.1.2.1).",
			"An Accept, Accept-Encoding or Accept-Language header that is narrower than the client really needs.",
		},
		Checks: []string{
			"Compare the request's Accept, Accept-Encoding and Accept-Language with what the far end can produce.",
		},
		Related: []Related{
			{Code: 415, Why: "415 rejects the body the client sent; 406 concerns the body the client would get back."},
			{Code: 488, Why: "488 rejects the offered session in the SDP; 406 is about acceptable response body formats."},
			{Code: 606, Why: "606 means the session description is unacceptable everywhere; 406 is about response content types."},
		},
	},
	{
		Code:        407,
		Description: "A proxy on the path, often the provider's outbound proxy or a gateway, wants the client to authenticate before it forwards the request. The Proxy-Authenticate header holds the challenge, and the client resends with Proxy-Authorization and a CSeq one higher. Proxies may not add credentials on the client's behalf, so every 407 travels back to the UAC. A 407 to the first INVITE of each call is normal on many trunks.",
		Causes: []string{
			"The normal first challenge: the provider authenticates outgoing INVITEs, not only REGISTER.",
			"Wrong username, password or realm, so the retried request is challenged again.",
			"Proxy credentials may only be reused across calls for the configured outbound proxy (RFC 3261 §22.3), so other proxies challenge each new call.",
		},
		Checks: []string{
			"Check that the retry carries Proxy-Authorization (not Authorization) with the realm and nonce from the challenge.",
			"If the retry draws another 407 without stale=true, verify the credentials for that realm.",
			"With forking, the 407 may hold several challenges for different realms; the retry needs credentials for each.",
		},
		Headers: []Header{
			{Name: "Proxy-Authenticate", Why: "Required (RFC 3261 §22.3); the proxy's challenge: realm, nonce and digest options."},
			{Name: "WWW-Authenticate", Why: "Optional; present when a forking proxy merged a UAS challenge into the same response (RFC 3261 §16.7 step 7)."},
		},
		Related: []Related{
			{Code: 401, Why: "401 comes from the UAS or registrar and uses WWW-Authenticate/Authorization; 407 comes from a proxy."},
			{Code: 403, Why: "403 says credentials will not help; 407 asks for them."},
		},
		HTTP: "Same idea as HTTP 407. In SIP a forking proxy merges the challenges from all branches into one 401 or 407, and the UAC must answer each realm.",
	},
	{
		Code:        408,
		Description: "The server could not produce a final response in time, for example because it could not locate the user. Many 408s are never on the wire: a client whose transaction times out (Timer B or F, 32 seconds with default timers) must act as if a 408 arrived, and a proxy that got no final response on any branch answers 408. A 408 to a request inside a dialog should make the UAC end that dialog. The client may send the same request again later.",
		Causes: []string{
			"The callee's device is unreachable (stale registration, expired NAT binding, firewall dropping inbound packets), so nothing answers.",
			"Transport or routing mismatch toward the next hop (UDP vs TCP, wrong port or address), so the request is never answered.",
			"A PSTN gateway received ISDN cause 18 (no user responding) and mapped it to 408 (RFC 3398).",
			"A proxy's Timer C fired before any provisional response arrived (RFC 3261 §16.8).",
			"A queued priority call waited longer than the queue allows (RFC 4412 §4.6.5).",
		},
		Checks: []string{
			"Find out who produced it: see whether a 408 really arrived on the wire or your own stack generated it after its timer expired.",
			"Follow the request hop by hop and find the last hop that received it but never answered; check reachability and NAT there.",
			"For a 408 to a re-INVITE, UPDATE or BYE, expect the dialog to be torn down; check the remote target and Record-Route used.",
		},
		Related: []Related{
			{Code: 504, Why: "504: a server this one depended on did not answer in time; 408 is for running out of the request's own time (RFC 3261 §21.5.5)."},
			{Code: 480, Why: "480 means the callee's device was reached but the user is unavailable; 408 means no answer came at all."},
			{Code: 487, Why: "487 means the request was cancelled; 408 means it timed out without an answer."},
		},
		HTTP: "HTTP 408 means the server gave up waiting for the client to finish sending its request. SIP 408 means the server, or the client's own timer, gave up waiting for an answer from further along.",
	},
	{
		Code:        410,
		Description: "The user or resource is no longer available at this server and no new address is known. The server presents this as permanent. If it cannot tell whether the condition is permanent, it should send 404 instead.",
		Causes: []string{
			"A number that was disconnected or changed; PSTN gateways map ISDN cause 22 (number changed, no new number given) to 410 (RFC 3398).",
			"An extension or account deleted on a PBX that is set to report deleted users as gone.",
		},
		Checks: []string{
			"Verify that the dialled number is still in service and update the contact or routing entry.",
			"Look for a Reason header with Q.850 cause 22 to confirm a PSTN 'number changed'.",
		},
		Related: []Related{
			{Code: 404, Why: "404 makes no claim about permanence; 410 says the user is permanently gone."},
			{Code: 301, Why: "301 gives the new address in Contact; 410 knows of none."},
			{Code: 604, Why: "604 says the user does not exist anywhere; 410 says the user is no longer at this server."},
		},
	},
	{
		Code:        412,
		Description: "A PUBLISH that refreshes, modifies or removes earlier event state identifies that state with an entity-tag in SIP-If-Match. When the event state compositor has no state with that tag, usually because the publication already expired, it answers 412. The publisher must not resend the same request: it discards the stale entity-tag and starts over with an initial PUBLISH that has no SIP-If-Match.",
		Causes: []string{
			"The publication expired before the refresh arrived (refresh sent late, or the Expires granted was shorter than the client assumed).",
			"The presence server restarted or failed over and lost its stored publications.",
			"The client kept an old entity-tag instead of the SIP-ETag from the last 2xx response.",
		},
		Checks: []string{
			"Compare the SIP-If-Match value with the SIP-ETag of the last 2xx response to PUBLISH.",
			"Check the Expires in that 2xx response against the time the refresh was sent.",
			"Make sure the client recovers with a fresh PUBLISH (with a body, without SIP-If-Match) instead of repeating the failed one.",
		},
		Related: []Related{
			{Code: 423, Why: "423 rejects a PUBLISH whose Expires is too short; 412 rejects one whose entity-tag matches no state."},
			{Code: 489, Why: "489 means the Event package is missing or unsupported; 412 means the package is fine but the state is gone."},
			{Code: 580, Why: "580 concerns session preconditions such as QoS in an offer; 412 concerns PUBLISH's SIP-If-Match condition."},
		},
		HTTP: "HTTP 412 (Precondition Failed) covers any failed conditional header such as If-Match. SIP 412 is the same idea, but used only for PUBLISH with SIP-If-Match.",
	},
	{
		Code:        413,
		Description: "The server refuses the request because its message body is bigger than it is willing or able to handle, and it may close the connection. If the limit is only temporary, it should say when to try again in Retry-After. The client should retry with a smaller body or none.",
		Causes: []string{
			"A large SDP offer: many codecs, ICE candidates or crypto attributes.",
			"Multipart bodies (SDP plus ISUP, location or other parts) beyond the receiver's configured limit.",
			"A large MESSAGE or PUBLISH body, such as an image or a presence document with many tuples.",
		},
		Checks: []string{
			"Compare the Content-Length of the rejected request with the far end's configured body limit.",
			"Trim the body: fewer codecs and candidates, drop unneeded body parts, or send content by reference.",
			"Look for Retry-After; without it, expect the limit to be permanent.",
		},
		Headers: []Header{
			{Name: "Retry-After", Why: "Should be present if the limit is temporary; says when the client may try again (RFC 3261 §21.4.11)."},
		},
		Related: []Related{
			{Code: 513, Why: "513 says the whole message is too long for the server; 413 is about the body."},
			{Code: 414, Why: "414 is about the length of the Request-URI; 413 about the body."},
		},
		HTTP: "HTTP now names this code Content Too Large; the meaning is the same.",
	},
	{
		Code:        414,
		Description: "The server refuses the request because its Request-URI is longer than it will parse. Long URIs usually come from URI parameters or escaped headers piled on by proxies, B2BUAs or applications along the way.",
		Causes: []string{
			"URI parameters added by successive hops or applications, such as routing tags or encoded state.",
			"Escaped headers carried inside the URI, for example copied from a Refer-To or a 3xx Contact.",
		},
		Checks: []string{
			"Compare the Request-URI as sent by each hop and find the one that made it grow.",
		},
		Related: []Related{
			{Code: 413, Why: "413 is about the size of the body; 414 only about the Request-URI."},
			{Code: 513, Why: "513 says the whole message is too long; 414 is about the Request-URI alone."},
		},
	},
	{
		Code:        415,
		Description: "The server will not process the request because its body is in a format it does not support for this method. It must say what it accepts in Accept, Accept-Encoding or Accept-Language, whichever matches the problem. The client should resend using only the listed types, encodings and languages.",
		Causes: []string{
			"A multipart/mixed body (SDP plus ISUP, location or other parts) sent to a UA that only takes application/sdp.",
			"A compressed body (Content-Encoding) sent to a peer that does not support that encoding.",
			"A MESSAGE, INFO or NOTIFY body type that the receiver does not handle.",
		},
		Checks: []string{
			"Read Accept, Accept-Encoding and Accept-Language in the 415 and compare them with the request's Content-Type, Content-Encoding and Content-Language.",
			"Check SBCs and gateways that add body parts (ISUP, PIDF-LO) and whether the far end can take multipart bodies.",
		},
		Headers: []Header{
			{Name: "Accept", Why: "Required when the media type is the problem; lists the body types this server accepts (RFC 3261 §21.4.13)."},
			{Name: "Accept-Encoding", Why: "Required when the content encoding is the problem; lists the encodings this server accepts."},
			{Name: "Accept-Language", Why: "Required when the language is the problem; lists the languages this server accepts."},
		},
		Related: []Related{
			{Code: 488, Why: "488 means the SDP was understood but the offered session is not acceptable; 415 means the body type itself is not supported."},
			{Code: 406, Why: "406 is about the body the client would receive; 415 is about the body the client sent."},
			{Code: 400, Why: "400 means the message is malformed; 415 means it is well-formed but carries an unsupported body."},
		},
	},
	{
		Code:        416,
		Description: "The scheme of the Request-URI is one the server does not understand, so it cannot process or route the request. Both UASs and proxies send it. A client may retry with a URI of another scheme, but never by turning a sips: URI into sip: on its own: RFC 5630 forbids that automatic retry, and asks for the user's consent first.",
		Causes: []string{
			"A tel: URI sent to a server that only handles sip: URIs.",
			"A sips: URI sent to a server that does not implement SIPS.",
			"A non-SIP scheme such as im:, pres: or http: placed in the Request-URI by an application.",
		},
		Checks: []string{
			"Look at the scheme of the Request-URI as the rejecting hop received it.",
			"Convert tel: numbers to a sip: URI (for example with user=phone) before the hop that rejects them.",
		},
		Related: []Related{
			{Code: 404, Why: "404 means the address is understood but unknown; 416 means its scheme is not understood at all."},
			{Code: 400, Why: "400 is for malformed syntax; 416 is for a well-formed URI whose scheme is unsupported."},
		},
		HTTP: "HTTP 416 is Range Not Satisfiable, about byte ranges of a resource; it has nothing to do with URI schemes.",
	},
	{
		Code:        417,
		Description: "The request carried a Resource-Priority header and listed resource-priority in Require, but the element understood none of the namespaces or priority values. Without that Require tag it would simply have processed the request at normal priority. The response may list the values it does accept in Accept-Resource-Priority, and the client may retry with one of them.",
		Causes: []string{
			"A priority call using a namespace (for example ets, wps, dsn or q735) that the gateway, proxy or phone is not configured for.",
			"A priority value that is not defined within its namespace.",
		},
		Checks: []string{
			"Compare Resource-Priority in the request with Accept-Resource-Priority in the 417, if present.",
			"Check whether Require: resource-priority is really needed; without it the call would go through at routine priority.",
		},
		Headers: []Header{
			{Name: "Accept-Resource-Priority", Why: "Optional, by local policy; lists the namespace.priority values this element accepts (RFC 4412 §4.6.2)."},
		},
		Related: []Related{
			{Code: 420, Why: "420 with Unsupported: resource-priority means the extension itself is missing; 417 means it is supported but the values are not."},
			{Code: 403, Why: "403 means the value was understood but the caller is not authorised for it (RFC 4412 §4.6.4)."},
		},
		HTTP: "HTTP 417 is Expectation Failed: the server cannot meet the request's Expect header. It is unrelated to call priority.",
	},
	{
		Code:        420,
		Description: "The UAS (for Require) or a proxy (for Proxy-Require) met an option tag it does not support, and the client had said the request must not be processed without it. The response must list the offending tags in an Unsupported header. The client should retry without them; a feature that is only nice to have belongs in Supported, not Require.",
		Causes: []string{
			"Require: 100rel sent to a UA that cannot send reliable provisional responses (RFC 3262).",
			"Require: timer, precondition or another extension tag sent to a peer that lacks it.",
			"A Proxy-Require tag that a proxy on the path does not support.",
		},
		Checks: []string{
			"Read the Unsupported header: it names the exact tags.",
			"Decide whether the feature must be mandatory; move optional ones from Require to Supported.",
			"Check for SBCs or B2BUAs that add Require tags the far end cannot handle.",
		},
		Headers: []Header{
			{Name: "Unsupported", Why: "Required (RFC 3261 §8.2.2.3, §21.4.15); lists the option tags that were not understood."},
		},
		Related: []Related{
			{Code: 421, Why: "421 is the reverse: the server needs an extension the client did not offer."},
			{Code: 417, Why: "417 means resource-priority is supported but its values are not; 420 means an extension is not supported at all."},
		},
	},
	{
		Code:        421,
		Description: "The UAS will only process the request with a particular extension, and the request did not list that extension in Supported. The response must name the needed extensions in a Require header. RFC 3261 discourages this code: a server should fall back to baseline SIP whenever it can still give useful service.",
		Causes: []string{
			"A UAS or gateway that insists on 100rel (PRACK) or timer when the caller did not advertise them.",
			"A server whose policy needs sec-agree, such as an IMS P-CSCF, receiving a request without that tag (RFC 3329 §2.3.2).",
		},
		Checks: []string{
			"Read the Require header in the 421 for the missing option tags.",
			"Enable the extension on the client and list it in Supported, or relax the server's policy.",
		},
		Headers: []Header{
			{Name: "Require", Why: "Required (RFC 3261 §21.4.16); lists the extensions the server needs."},
			{Name: "Security-Server", Why: "Present when sec-agree is the missing extension; lists the security mechanisms the server offers (RFC 3329 §2.3.2)."},
		},
		Related: []Related{
			{Code: 420, Why: "420: the client required an extension the server lacks; 421: the server requires one the client did not offer."},
			{Code: 494, Why: "494 is used when the request listed sec-agree in Supported; 421 when the tag was missing entirely (RFC 3329 §2.3.2)."},
		},
		HTTP: "HTTP 421 is Misdirected Request: the request reached a server that cannot answer for that URI, for example over a reused connection. It is unrelated to SIP extensions.",
	},
	{
		Code:        422,
		Description: "A proxy or UAS that supports session timers wants refreshes less often than the Session-Expires in the request allows. It answers 422 with a Min-SE header giving its minimum interval, which is never below 90 seconds. The UAC may retry with a new CSeq, carrying the largest Min-SE it has seen and a Session-Expires at least that large. It is only sent when the request listed timer in Supported; otherwise a proxy raises the values instead of rejecting.",
		Causes: []string{
			"A UA offers a short Session-Expires (for example 90 s) to a carrier or SBC whose configured minimum is higher.",
			"A refresh re-INVITE or UPDATE lowers Session-Expires below the minimum of a proxy on the path.",
			"A client or B2BUA retries without copying Min-SE into the new request, so the retry gets 422 again.",
		},
		Checks: []string{
			"Read Min-SE in the 422 and confirm the retry carries Min-SE with that value and a Session-Expires of at least that value.",
			"Watch for an INVITE/422 loop: it means something on the path ignores or strips Min-SE; find the hop where it disappears.",
			"Align session timer settings (Session-Expires, Min-SE) between your side and the far end.",
		},
		Headers: []Header{
			{Name: "Min-SE", Why: "Required (RFC 4028 §6); the smallest session interval, in seconds, this server accepts."},
		},
		Related: []Related{
			{Code: 423, Why: "423 is about registration or subscription expiry (Expires/Min-Expires); 422 is about the session timer (Session-Expires/Min-SE)."},
			{Code: 420, Why: "420 with Unsupported: timer means the peer has no session timer support; 422 means it has it but wants a longer interval."},
		},
		HTTP: "HTTP 422 is Unprocessable Content: well-formed content the server cannot act on. It has nothing to do with timers.",
	},
	{
		Code:        423,
		Description: "The server will not keep state that would need refreshing this often. A registrar may send it only when the requested expiry is above zero, below one hour and below its configured minimum, and the response must carry Min-Expires. SUBSCRIBE (RFC 6665) and PUBLISH (RFC 3903) use it in a similar way. The client may retry with an expiry at or above Min-Expires.",
		Causes: []string{
			"A phone set to re-register every 30 or 60 seconds to keep a NAT binding open, toward a registrar with a higher minimum.",
			"A SUBSCRIBE or PUBLISH with a short Expires sent to a server with a higher minimum.",
		},
		Checks: []string{
			"Read Min-Expires in the 423 and raise the registration or subscription interval to at least that value.",
			"In a REGISTER, check both the Expires header and each Contact's expires parameter; either can be too short.",
			"If short registrations were meant as NAT keepalive, use a keepalive mechanism (CRLF or OPTIONS pings) instead.",
		},
		Headers: []Header{
			{Name: "Min-Expires", Why: "Required (RFC 3261 §10.3, Table 2); the shortest expiry the server will accept."},
		},
		Related: []Related{
			{Code: 422, Why: "422 is about the session timer (Session-Expires/Min-SE); 423 is about registration, subscription or publication expiry."},
			{Code: 412, Why: "412 rejects a PUBLISH whose entity-tag matches nothing; 423 one whose Expires is too short."},
		},
		HTTP: "HTTP 423 is Locked (WebDAV, RFC 4918): the resource is locked. It is unrelated to expiry times.",
	},
	{
		Code:        424,
		Description: "The recipient needs the caller's location and none of the locations in the request is usable: the PIDF-LO body is malformed or insufficient, permissions forbid its use, or a location URI could not be dereferenced. The response must carry a Geolocation-Error header whose code says what went wrong. It is never sent to a request without a Geolocation header, and it does not end an existing dialog. An intermediary can also use it to give the UA a corrected location to put in the next request.",
		Causes: []string{
			"The PIDF-LO body is missing, corrupt or too vague for the recipient (Geolocation-Error 1xx).",
			"The location forbids retransmission or routing (PIDF-LO retransmission-allowed set to no, or Geolocation-Routing: no) and the recipient needs that permission (201, 202).",
			"A location URI the recipient could not dereference (300).",
			"An intermediary believes the UA is somewhere else and wants its own location used (RFC 6442 §3.4).",
		},
		Checks: []string{
			"Read the Geolocation-Error code: 1xx cannot process the location, 2xx permission needed, 3xx dereference failed.",
			"If the 424 has a body, it may hold the location the intermediary wants in the retry.",
			"If a proxy added the location rather than the UA, that proxy must handle the 424 and not pass it upstream (RFC 6442 §4.1).",
		},
		Headers: []Header{
			{Name: "Geolocation-Error", Why: "Required (RFC 6442 §4.3); a code, with optional text, saying what was wrong with the location."},
			{Name: "Geolocation", Why: "Optional; may point at the location the responder wants used in the retry (RFC 6442 §4.1)."},
		},
		Related: []Related{
			{Code: 425, Why: "425 rejects the alert (CAP) payload of a non-interactive emergency call; 424 rejects the location."},
			{Code: 400, Why: "400 is for a malformed message; 424 is specific to the conveyed location."},
		},
		HTTP: "HTTP 424 is Failed Dependency (WebDAV, RFC 4918): an action failed because another one did. It is unrelated to location.",
	},
	{
		Code:        425,
		Description: "Used with non-interactive emergency calls, where a device or sensor sends an alert to emergency services as a SIP MESSAGE instead of setting up a call; a Call-Info header with purpose EmergencyCallData.cap points to the Common Alerting Protocol (CAP) document, in a body part or at a URI. The recipient answers 425 when that referenced alert cannot be found, is corrupted or does not say enough to act on, and nothing else in the request is usable. It is never sent to a request that carries no alert at all, since such a sender may not support RFC 8876. The 425 must carry an AlertMsg-Error header whose code names the exact problem. Registered in 2020, it is the newest SIP response code.",
		Causes: []string{
			"The request references a CAP alert (Call-Info purpose EmergencyCallData.cap), but the body part its Content-ID names is missing or the URI cannot be dereferenced (AlertMsg-Error 101).",
			"The CAP document is corrupted and cannot be parsed (103).",
			"The CAP document parses but does not say enough to determine what the alert is about (102).",
		},
		Checks: []string{
			"Read the AlertMsg-Error code: 100 cannot process, 101 alert not present or not found, 102 not enough information, 103 corrupted.",
			"Follow the Call-Info header with purpose EmergencyCallData.cap: a cid URL must match the Content-ID of a body part, and any other URI must be reachable by the recipient.",
			"Validate the CAP XML and check the Content-Type of the body part that carries it.",
			"If the request carried no alert at all, the 425 itself is the fault: RFC 8876 §5.1 forbids it there.",
		},
		Headers: []Header{
			{Name: "AlertMsg-Error", Why: "Required (RFC 8876 §5.1); one code, with optional text, saying what was wrong with the alert; it may also appear in other responses, even a 200, to a request that carried an alert (RFC 8876 §5.2)."},
		},
		Related: []Related{
			{Code: 424, Why: "424 rejects the location in a request; 425 rejects the alert payload."},
			{Code: 415, Why: "415 means the body type is not supported at all; 425 means the alert payload itself is unusable."},
		},
		HTTP: "HTTP 425 is Too Early (RFC 8470): the server will not process a request sent in TLS early data that could be replayed. It is unrelated.",
	},
	{
		Code:        428,
		Description: "A STIR verification service received a request without an Identity header, and its local policy says requests like this must be signed. It asks for the request to come back with an Identity header added by an authentication service. RFC 4474 introduced the code; RFC 8224, which replaced RFC 4474, keeps it.",
		Causes: []string{
			"The originating network or PBX does not sign calls; there is no STIR/SHAKEN authentication service on the path.",
			"An SBC, B2BUA or gateway on the path dropped the Identity header.",
			"The terminating side's policy rejects unsigned requests from this peer or domain.",
		},
		Checks: []string{
			"Check whether the INVITE left the originating network with an Identity header, and find the hop where it was lost.",
			"Confirm that the originating side has an authentication service and a certificate for this number or domain.",
			"Check whether the verifier must really reject unsigned calls; many deployments only mark them.",
		},
		Related: []Related{
			{Code: 438, Why: "438 means an Identity header was present but its signature or claims failed; 428 means there was none."},
			{Code: 436, Why: "436 means the credential the Identity header points to could not be fetched; 428 means there was no Identity header."},
			{Code: 429, Why: "429 asks for a signed Referred-By token from the referrer of a transfer; 428 asks for an Identity header."},
			{Code: 403, Why: "A STIR verifier may send 403, with the suggested phrase 'Stale Date', when the Date header or a full-form PASSporT's iat is older than its freshness policy allows (RFC 8224 §6.2.2); 428 means the Identity header is missing."},
		},
		HTTP: "HTTP 428 is Precondition Required (RFC 6585): the server wants the request made conditional, for example with If-Match. It is unrelated to caller identity.",
	},
	{
		Code:        429,
		Description: "Part of the Referred-By mechanism used with REFER, for example in call transfer. The refer target wants proof of who asked for the transfer: a signed Referred-By token that the referee copies from the REFER into the new request. If the token is missing, stale or invalid, the target answers 429 and the referee reports that result to the referrer in a NOTIFY with a message/sipfrag body. A referee may also answer the REFER itself with 429 if it insists on a token; either way the referrer may send a new REFER that includes one.",
		Causes: []string{
			"A transfer whose REFER carried no Referred-By token, toward a target whose policy requires one.",
			"A token with a bad signature, an old Date, or a Refer-To that does not match the request it arrived in (RFC 3892 §4.1).",
			"A referee or B2BUA that did not copy the Referred-By header and its token body unchanged into the new request.",
		},
		Checks: []string{
			"Check the referred request (often an INVITE) for Referred-By with a cid parameter and a body part with that Content-ID.",
			"Check the token's signature, Date and Refer-To against the REFER that produced it.",
			"Read the NOTIFY sipfrag sent to the referrer to see which leg returned the 429.",
		},
		Related: []Related{
			{Code: 428, Why: "428 asks for an Identity header vouching for the sender; 429 asks for a token from the referrer (RFC 3892 §2.3)."},
			{Code: 403, Why: "403 refuses the request outright; 429 says it could succeed with a valid Referred-By token."},
			{Code: 503, Why: "SIP has no 'too many requests' code; an overloaded SIP server sends 503, possibly with Retry-After."},
		},
		HTTP: "HTTP 429 is Too Many Requests (RFC 6585), used for rate limiting. SIP 429 has nothing to do with rate limits; an overloaded SIP server sends 503 instead.",
	},
}
