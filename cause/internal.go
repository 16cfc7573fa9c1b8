package cause

// Internal is one of FreeSWITCH's own hangup causes, outside Q.850's 1 to
// 127. FreeSWITCH writes them as Reason: SIP;cause=N;text=NAME although
// they are not SIP response codes. Version 1.10.8 (2022) renumbered them:
// before, they were 500 to 624, numbers that look like SIP codes.
type Internal struct {
	Name       string // FreeSWITCH's name, also its text= in Reason
	Value      int    // the number since v1.10.8
	Before2022 int    // the number before v1.10.8; 0 if the cause did not exist yet
	Code       int    // the SIP response FreeSWITCH sends for it
	Note       string // what is unusual about it; may be empty
}

// From src/include/switch_types.h, switch_channel.c and mod_sofia.c
// (renumbering commit 3b65b1bedb, 2022-06-07; REJECT_ALL 9c63f03b45,
// 2023-06-22), as summarised in testdata/freeswitch-internal-causes.tsv.
var internalCauses = []Internal{
	{"SUCCESS", 142, 142, 480, "Rare on the wire."},
	{"ORIGINATOR_CANCEL", 487, 487, 487, "Its number is the SIP code 487 on purpose, and was not renumbered."},
	{"CRASH", 700, 500, 480, ""},
	{"SYSTEM_SHUTDOWN", 701, 501, 480, ""},
	{"LOSE_RACE", 702, 502, 480, "FreeSWITCH also adds Reason: SIP;cause=200 with the text Call completed elsewhere."},
	{"MANAGER_REQUEST", 703, 503, 480, ""},
	{"BLIND_TRANSFER", 800, 600, 480, ""},
	{"ATTENDED_TRANSFER", 801, 601, 480, ""},
	{"ALLOTTED_TIMEOUT", 802, 602, 480, ""},
	{"USER_CHALLENGE", 803, 603, 480, ""},
	{"MEDIA_TIMEOUT", 804, 604, 480, ""},
	{"PICKED_OFF", 805, 605, 480, "FreeSWITCH also adds Reason: SIP;cause=200 with the text Call completed elsewhere."},
	{"USER_NOT_REGISTERED", 806, 606, 480, ""},
	{"PROGRESS_TIMEOUT", 807, 607, 480, ""},
	{"INVALID_GATEWAY", 808, 608, 484, ""},
	{"GATEWAY_DOWN", 809, 609, 503, ""},
	{"INVALID_URL", 810, 610, 484, ""},
	{"INVALID_PROFILE", 811, 611, 502, ""},
	{"NO_PICKUP", 812, 612, 480, ""},
	{"SRTP_READ_ERROR", 813, 613, 480, ""},
	{"BOWOUT", 814, 614, 480, ""},
	{"BUSY_EVERYWHERE", 815, 615, 600, ""},
	{"DECLINE", 816, 616, 603, ""},
	{"DOES_NOT_EXIST_ANYWHERE", 817, 617, 604, ""},
	{"NOT_ACCEPTABLE", 818, 618, 606, ""},
	{"UNWANTED", 819, 619, 607, ""},
	{"NO_IDENTITY", 820, 620, 428, ""},
	{"BAD_IDENTITY_INFO", 821, 621, 429, "FreeSWITCH sends 429 Provide Referrer Identity for it, although RFC 8224 gives this failure 436 Bad Identity Info."},
	{"UNSUPPORTED_CERTIFICATE", 822, 622, 437, ""},
	{"INVALID_IDENTITY", 823, 623, 438, ""},
	{"STALE_DATE", 824, 624, 403, ""},
	{"REJECT_ALL", 825, 0, 603, "Added in 2023, after the renumbering, so it never had an old number."},
}

// LookupInternal finds a FreeSWITCH internal cause by its number since
// v1.10.8.
func LookupInternal(n int) (Internal, bool) {
	for _, c := range internalCauses {
		if c.Value == n {
			return c, true
		}
	}
	return Internal{}, false
}

// LookupInternalBefore2022 finds a FreeSWITCH internal cause by the number
// it had before v1.10.8, as older systems still send it. Those numbers
// collide with SIP codes: Reason: SIP;cause=601 from an old FreeSWITCH means
// ATTENDED_TRANSFER, not a 6xx response.
func LookupInternalBefore2022(n int) (Internal, bool) {
	for _, c := range internalCauses {
		if c.Before2022 == n && n != 0 {
			return c, true
		}
	}
	return Internal{}, false
}

// InternalCauses returns FreeSWITCH's internal causes in numeric order.
func InternalCauses() []Internal { return append([]Internal(nil), internalCauses...) }
