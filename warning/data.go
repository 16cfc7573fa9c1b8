package warning

import "github.com/sipcodes/sipcodes/codes"

// Where the session-description warnings are sent from: a UAS rejecting an
// offer sends 488 with a Warning (RFC 3261 §13.3.1.3, §14.2 for a
// re-INVITE), and a 606 may list its reasons in Warning values (§21.6.4).
var (
	sdpRefs    = []codes.Ref{{RFC: 3261, Section: "20.43"}, {RFC: 3261, Section: "13.3.1.3"}, {RFC: 3261, Section: "21.6.4"}}
	sdpSeen    = []int{codes.NotAcceptableHere, codes.NotAcceptableAnywhere}
	sipsRefs   = []codes.Ref{{RFC: 5630, Section: "9"}, {RFC: 5630, Section: "5.1.2"}, {RFC: 5630, Section: "5.3"}}
	sipsSeen   = []int{codes.TemporarilyUnavailable}
	compareSDP = "Capture the SDP on both sides of any SBC or B2BUA: the offer the far end refused may not be the one the caller sent."
)

// registry holds every registered warn-code in numeric order.
var registry = []Warning{
	{
		Code: 300, Text: "Incompatible network protocol", Refs: sdpRefs, SeenWith: sdpSeen,
		Summary:     "The session description names a network type the far end cannot use",
		Description: "One of the network protocols in the SDP offer is not available at the side that answered. It refers to the network type of the c= and o= lines, IN for the Internet.",
		Checks: []string{
			"Read the c= and o= lines of the offer: is the network type anything other than IN?",
			compareSDP,
		},
	},
	{
		Code: 301, Text: "Incompatible network address formats", Refs: sdpRefs, SeenWith: sdpSeen,
		Summary:     "An address format in the session description is not supported, such as IPv6 to an IPv4-only device",
		Description: "The answering side cannot handle one of the address formats in the SDP offer. The usual case is an IP6 address offered to a device that only speaks IPv4; RFC 3261 illustrates it with an E.164 address type.",
		Checks: []string{
			"Compare the address type of the c= lines (IP4 or IP6) with what the far end supports.",
			"On a dual-stack network, check which address family the client or SBC picked for media.",
		},
	},
	{
		Code: 302, Text: "Incompatible transport protocol", Refs: sdpRefs, SeenWith: sdpSeen,
		Summary:     "No media transport profile in the m= lines can be used, often SRTP against plain RTP",
		Description: "None of the transport protocols named in the offer's m= lines is available to the answering side. It typically shows a security mismatch: RTP/SAVP or a WebRTC profile such as UDP/TLS/RTP/SAVPF offered where only RTP/AVP works, or the other way round.",
		Checks: []string{
			"Compare the profile of each m= line with the far end's setting for media encryption: required, optional or off.",
			"Behind a WebRTC gateway, check that the SIP side expects the same profile the gateway sends.",
		},
	},
	{
		Code: 303, Text: "Incompatible bandwidth units", Refs: sdpRefs, SeenWith: sdpSeen,
		Summary:     "A bandwidth (b=) line in the session description was not understood",
		Description: "The answering side did not understand the unit or modifier of a bandwidth line in the SDP offer.",
		Checks: []string{
			"Look at the b= lines of the offer; correct or drop the modifier the far end refuses.",
			compareSDP,
		},
	},
	{
		Code: 304, Text: "Media type not available", Refs: sdpRefs, SeenWith: sdpSeen,
		Summary:     "A media type in the offer, such as video or image for fax, is not supported",
		Description: "One of the media types in the SDP offer, such as video, or image for T.38 fax, is not available at the answering side.",
		Checks: []string{
			"List the m= lines of the offer and find the media type the far end lacks.",
			"For fax, check that T.38 (an m=image line) is enabled on the far end.",
		},
	},
	{
		Code: 305, Text: "Incompatible media format", Refs: sdpRefs, SeenWith: sdpSeen,
		Summary:     "No offered codec is acceptable: a codec mismatch",
		Description: "None of the media formats in the SDP offer is available at the answering side. This is the warning for a codec mismatch: the payload types listed on the m= lines do not include one the far end can use.",
		Checks: []string{
			"Compare the payload types and a=rtpmap lines of the offer with the codec list configured on the far end.",
			"Check whether an SBC, B2BUA or transcoder removed codecs from the offer on the way.",
		},
	},
	{
		Code: 306, Text: "Attribute not understood", Refs: sdpRefs, SeenWith: sdpSeen,
		Summary:     "A media attribute (a= line) in the session description is not supported",
		Description: "The answering side does not support one of the media attributes in the SDP offer.",
		Checks: []string{
			"Look for unusual a= lines in the offer, such as vendor attributes or recent extensions, and try without them.",
			compareSDP,
		},
	},
	{
		Code: 307, Text: "Session description parameter not understood", Refs: sdpRefs, SeenWith: sdpSeen,
		Summary:     "Some other part of the session description was not understood",
		Description: "The catch-all for session description problems: a parameter not covered by warn-codes 300 to 306 could not be understood. The warn-text often names the parameter.",
		Checks: []string{
			"Read the warn-text: it should say which parameter failed.",
			"Check the SDP syntax line by line, including the order of its lines.",
		},
	},
	{
		Code: 308, Text: "Incompatible language specification",
		Refs:        []codes.Ref{{RFC: 8373, Section: "6.2"}, {RFC: 8373, Section: "5.2"}},
		SeenWith:    sdpSeen,
		Summary:     "None of the human languages the caller asked for can be supported",
		Description: "The call was refused because the callee supports none of the languages requested with the SDP hlang-send and hlang-recv attributes. RFC 8373 sends it with 488 or 606, and asks for a warn-text that lists the languages and media the callee does support. Refusing the call is a choice: the RFC also lets a call go ahead without a common language.",
		Checks: []string{
			"Read the warn-text for the languages and media the far end supports.",
			"Compare the hlang-send and hlang-recv attributes of the offer with the languages configured on the callee.",
		},
	},
	{
		Code: 330, Text: "Multicast not available", Refs: sdpRefs, SeenWith: sdpSeen,
		Summary:     "The callee's site cannot take part in multicast",
		Description: "The site where the called user is located does not support multicast, so a session described with a multicast address cannot be joined from there.",
		Checks: []string{
			"Check whether the offer's c= line carries a multicast address, and offer a unicast one instead.",
		},
	},
	{
		Code: 331, Text: "Unicast not available", Refs: sdpRefs, SeenWith: sdpSeen,
		Summary:     "The callee's site cannot take part in unicast, usually because of a firewall",
		Description: "The site where the called user is located cannot communicate by unicast. RFC 3261 names a firewall as the usual reason.",
		Checks: []string{
			"Look for a firewall or media policy at the far end that blocks the addresses and ports in the offer.",
		},
	},
	{
		Code: 370, Text: "Insufficient bandwidth", Refs: sdpRefs, SeenWith: sdpSeen,
		Summary:     "The session needs more bandwidth than the far end knows to be available",
		Description: "The bandwidth given in the session description, or implied by its media, is more than the answering side knows to be available. Cisco Unified CM, for example, documents sending 488 with warn-code 370 when a precedence (MLPP) call finds too little bandwidth.",
		Checks: []string{
			"Compare the b= lines and the codec bit rates with the bandwidth limits of the far end.",
			"Check the call admission control settings of PBXs and SBCs on the path; a lower-rate codec may fit.",
		},
	},
	{
		Code: 380, Text: "SIPS Not Allowed", Refs: sipsRefs, SeenWith: sipsSeen,
		Summary:     "The request used sips: but the target cannot be reached that way",
		Description: "The UAS or proxy will not process the request because the sips: scheme is not allowed, for example because no SIPS contact is registered for the target. RFC 5630 sends it with 480. A proxy that receives such a 480 must not recurse on it, and should forward the best response it has instead, which need not be this one.",
		Checks: []string{
			"Check whether the target registered a sips: Contact; if it registered only sip:, it cannot be reached by sips:.",
			"A proxy must not rewrite the sips: Request-URI to sip: to get the request through (RFC 5630 §4.1).",
		},
	},
	{
		Code: 381, Text: "SIPS Required", Refs: sipsRefs, SeenWith: sipsSeen,
		Summary:     "The target accepts only sips: and the request used sip:",
		Description: "The UAS or proxy cannot process the request because it requires the sips: scheme, and the Request-URI was a plain sip: URI. RFC 5630 sends it with 480; a user agent with an always-SIPS policy answers every sip: request this way.",
		Checks: []string{
			"Resend to a sips: Request-URI over TLS if the caller can.",
			"Check the target's registration and policy: it registered a sips: Contact and refuses anything else.",
		},
	},
	{
		Code: 399, Text: "Miscellaneous warning",
		Refs:        []codes.Ref{{RFC: 3261, Section: "20.43"}},
		Summary:     "Free text for a person or a log; nothing may act on it automatically",
		Description: "The warn-text can say anything meant for a person to read or for a log, and RFC 3261 forbids a receiver from taking any automatic action on it. Any response may carry it, and vendors put their own diagnostics here: PJSIP, for example, writes its error message.",
		Checks: []string{
			"Read the warn-text and the warn-agent, the host that added it: together they say who complained and about what.",
			"Do not build logic on the text: it is not standardised.",
		},
	},
}
