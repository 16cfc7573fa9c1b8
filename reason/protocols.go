package reason

import "github.com/sipcodes/sipcodes/codes"

// protocols is the IANA "Reason Protocols" registry, in its order.
var protocols = []Protocol{
	{
		Token: "SIP", Reference: "RFC 3261",
		Refs:   []codes.Ref{{RFC: 3326, Section: "2"}},
		Causes: "A SIP response code, usually the final response that led to the BYE or CANCEL, or one a B2BUA passes on; cause=200 in a CANCEL tells a forked branch that the call was answered elsewhere.",
		Note:   "FreeSWITCH also writes its own hangup causes here, numbers such as 801 that are not SIP codes; package cause lists them.",
	},
	{
		Token: "Q.850", Reference: "ITU-T Q.850",
		Refs:   []codes.Ref{{RFC: 3326, Section: "2"}, {RFC: 6432, Section: "3"}, {RFC: 8606, Section: "4"}},
		Causes: "An ITU-T Q.850 cause value in decimal, 1 to 127; package cause explains each one.",
		Note:   "The most common Reason on calls that touch the PSTN. Any response except 100 may carry it, and the location parameter says where in the ISUP network the call was released.",
	},
	{
		Token: "Preemption", Reference: "RFC 4411",
		Refs:   []codes.Ref{{RFC: 4411, Section: "5"}, {RFC: 4411, Section: "7"}},
		Causes: "A preemption cause, 1 to 4: how a session lost its resources to one of higher priority.",
		Note:   "Sent in a BYE. RFC 4411 registers the token as Preemption; most of its examples write it in lower case, some as registered.",
		Values: preemptionValues,
	},
	{Token: "EMM", Reference: "3GPP TS 24.301 subclause 9.9.3.9", Causes: "An EPS mobility management cause (LTE NAS), in decimal."},
	{Token: "ESM", Reference: "3GPP TS 24.301 subclause 9.9.4.4", Causes: "An EPS session management cause (LTE NAS), in decimal."},
	{Token: "S1AP-RNL", Reference: "3GPP TS 36.413", Causes: "An S1AP cause of the radio network layer group (LTE radio access), in decimal."},
	{Token: "S1AP-TL", Reference: "3GPP TS 36.413 subclause 9.2.1.3", Causes: "An S1AP cause of the transport layer group (LTE radio access), in decimal."},
	{Token: "S1AP-NAS", Reference: "3GPP TS 36.413 subclause 9.2.1.3", Causes: "An S1AP cause of the non-access stratum group (LTE radio access), in decimal."},
	{Token: "S1AP-MISC", Reference: "3GPP TS 36.413 subclause 9.2.1.3", Causes: "An S1AP cause of the miscellaneous group (LTE radio access), in decimal."},
	{Token: "S1AP-PROT", Reference: "3GPP TS 36.413 subclause 9.2.1.3", Causes: "An S1AP cause of the protocol group (LTE radio access), in decimal."},
	{Token: "DIAMETER", Reference: "3GPP TS 29.274 subclause 8.103", Causes: "A GTP-C failure cause for WLAN access, the received value written in decimal."},
	{Token: "IKEV2", Reference: "3GPP TS 29.274 subclause 8.103", Causes: "An IKEv2 failure cause for untrusted WLAN access, the received value written in decimal."},
	{
		Token: "RELEASE_CAUSE", Reference: "3GPP TS 24.229",
		Causes: "Why an IMS user agent or P-CSCF released the call, 1 to 7.",
		Note:   "Met in VoLTE traces, in BYE and CANCEL.",
		Values: releaseCauseValues,
	},
	{
		Token: "FAILURE_CAUSE", Reference: "3GPP TS 24.229",
		Causes: "A bearer or resource failure that the IMS network reports, 1 to 3.",
		Values: failureCauseValues,
	},
	{
		Token: "STIR", Reference: "RFC 8224",
		Refs:   []codes.Ref{{RFC: 9410}, {RFC: 8224, Section: "6.2.2"}},
		Causes: "The SIP response code of a STIR verification failure: 403 with the text Stale Date, 428, 436, 437 or 438.",
		Note:   "RFC 9410 defines the token: a verifier uses it to report a failed Identity header upstream when its policy lets the call go on, and may name the failing PASSporT in the ppi parameter.",
		Values: stirValues,
	},
	{Token: "5GMM", Reference: "3GPP TS 24.501 subclause 9.11.3.2", Causes: "A 5G mobility management cause (5G NAS), in decimal."},
	{Token: "5GSM", Reference: "3GPP TS 24.501 subclause 9.11.4.2", Causes: "A 5G session management cause (5G NAS), in decimal."},
	{Token: "NGAP-RNL", Reference: "3GPP TS 38.413 subclause 9.3.1.2", Causes: "An NGAP cause of the radio network layer group (5G radio access), in decimal."},
	{Token: "NGAP-TL", Reference: "3GPP TS 38.413 subclause 9.3.1.2", Causes: "An NGAP cause of the transport layer group (5G radio access), in decimal."},
	{Token: "NGAP-NAS", Reference: "3GPP TS 38.413 subclause 9.3.1.2", Causes: "An NGAP cause of the non-access stratum group (5G radio access), in decimal."},
	{Token: "NGAP-MISC", Reference: "3GPP TS 38.413 subclause 9.3.1.2", Causes: "An NGAP cause of the miscellaneous group (5G radio access), in decimal."},
	{Token: "NGAP-PROT", Reference: "3GPP TS 38.413 subclause 9.3.1.2", Causes: "An NGAP cause of the protocol group (5G radio access), in decimal."},
}

var unregistered = []Unregistered{
	{"FreeSWITCH", "old FreeSWITCH versions (about 2008 and 2009), under the profile's user name, FreeSWITCH by default",
		"The cause is a FreeSWITCH hangup cause number. Current mod_sofia still accepts the token on incoming failures and reads cause= as a Q.850 cause."},
}
