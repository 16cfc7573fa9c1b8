package reason

import "github.com/sipcodes/sipcodes/codes"

// preemptionValues are the RFC 4411 §5 causes, with their default texts
// (§7.2).
var preemptionValues = []Value{
	{1, "UA Preemption", "A user agent ended the session itself to make room for one of higher priority.", []codes.Ref{{RFC: 4411, Section: "5.1"}}},
	{2, "Reserved Resources Preempted", "A router preempted the session's reserved resources on purpose (RSVP or NSIS, not a link failure); the user agent that learned of it sends the BYE.", []codes.Ref{{RFC: 4411, Section: "5.2"}}},
	{3, "Generic Preemption", "A deliberately vague reason that the last proxy before the preempted user agent writes in place of the precise one. It must not be the first indication within a domain.", []codes.Ref{{RFC: 4411, Section: "5.3"}}},
	{4, "Non-IP Preemption", "The preemption happened in a non-IP part of the path, and the SIP gateway reports it.", []codes.Ref{{RFC: 4411, Section: "5.4"}}},
}

// stirValues are the SIP codes a STIR verifier sends for a failure
// (RFC 8224 §6.2.2), and 433, which Asterisk also uses.
var stirValues = []Value{
	{codes.Forbidden, "Stale Date", "The Date header, or the iat of a full-form PASSporT, is older than the verifier's freshness policy allows. Only the text tells it apart from an ordinary 403.", []codes.Ref{{RFC: 8224, Section: "6.2.2"}}},
	{codes.UseIdentityHeader, "Use Identity Header", "The verifier's policy requires an Identity header, and none with a supported ppt arrived.", []codes.Ref{{RFC: 8224, Section: "6.2.2"}}},
	{codes.AnonymityDisallowed, "Anonymity Disallowed", "Not a STIR code in RFC 8224: Asterisk sends it with Reason: STIR when the caller ID is missing or anonymous, so there is nothing to verify.", []codes.Ref{{RFC: 5079}}},
	{codes.BadIdentityInfo, "Bad Identity Info", "The verifier could not fetch the credentials the Identity headers point to.", []codes.Ref{{RFC: 8224, Section: "6.2.2"}}},
	{codes.UnsupportedCredential, "Unsupported Credential", "The verifier holds or fetched the credential but does not accept it, for example because it does not trust the issuing certification authority.", []codes.Ref{{RFC: 8224, Section: "6.2.2"}}},
	{codes.InvalidIdentityHeader, "Invalid Identity Header", "None of the Identity headers carried a valid and supported PASSporT, for example because a signature did not check out.", []codes.Ref{{RFC: 8224, Section: "6.2.2"}}},
}

// releaseCauseValues are the 3GPP RELEASE_CAUSE values, with the texts the
// registry gives them.
var releaseCauseValues = []Value{
	{1, "User ends call", "The user hung up.", nil},
	{2, "RTP/RTCP time-out", "Media (RTP or RTCP) stopped arriving for too long.", nil},
	{3, "Media bearer loss", "The bearer that carried the media was lost.", nil},
	{4, "SIP timeout - no ACK", "A 2xx was sent and its ACK never came.", nil},
	{5, "SIP response time-out", "A request got no response in time.", nil},
	{6, "Call-setup time-out", "Setting up the call took too long.", nil},
	{7, "Redirection failure", "Redirecting the call failed.", nil},
}

// failureCauseValues are the 3GPP FAILURE_CAUSE values, with the texts the
// registry gives them.
var failureCauseValues = []Value{
	{1, "Media bearer or QoS lost", "The network reports that the media bearer, or its quality of service, is gone.", nil},
	{2, "Release of signalling bearer", "The bearer that carried the SIP signalling was released.", nil},
	{3, "Indication of failed resources allocation", "Resources for the session could not be allocated.", nil},
}
