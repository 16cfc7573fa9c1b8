package trace

import (
	"strings"
	"testing"
)

// TestEvidence: numbers read, or not, by the evidence around them.
func TestEvidence(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		code       int
	}{
		{"a SIP word before", "the trunk answered 503 overloaded\n", 503},
		{"glued to a colon after a SIP word", "REGISTER failed:401\n", 401},
		{"a key", `{"sip_code": 486, "duration": 300}` + "\n", 486},
		{"its phrase, any case", "SIP Status: 403 (FORBIDDEN).\n", 403},
		{"a SIP word after", "I am getting a 423 error from my server\n", 423},
		{"German", "Anruf abgewiesen, Fehler 486\n", 486},
		{"Chinese, glued", "服务器返回403\n", 403},
		{"a status line without SIP/2.0", "403 Permission Denied: No match\n", 403},
		{"in curly quotes", "the server answered “486 Busy Here”.\n", 486},
		{"a full-width colon", "报错：503\n", 503},
		{"a byte count", "received [315] new bytes from udp\n", 0},
		{"a port and an address", "sent to 10.0.0.1:486 and 192.168.1.200\n", 0},
		{"a return value", "tport_vsend() returned 371\n", 0},
		{"a list of codes", "failover_codes=486,600,603\n", 0},
		{"a two-headed arrow", "There is only a `625 <---> PBX` dialog\n", 0},
		{"an exit code", "exit code 127\n", 0},
	} {
		if got := Explain(tc.text).Code; got != tc.code {
			t.Errorf("%s: %q gives %d, want %d", tc.name, tc.text, got, tc.code)
		}
	}
}

// TestOutcomesWithoutACode: what happened, said though no code says it.
func TestOutcomesWithoutACode(t *testing.T) {
	const invite = "INVITE sip:b@example.com SIP/2.0\r\nCall-ID: x\r\nCSeq: 1 INVITE\r\n\r\n"
	for _, tc := range []struct {
		name, text string
		code       int
		inferred   bool
		note       string
	}{
		{"retransmitted, unanswered", strings.Repeat(invite, 4), 408, true, "timed out"},
		{"no response, said", invite + "ERROR: no response from 10.0.0.1, giving up\n", 408, true, "no answer"},
		{"cancelled", invite + "CANCEL sip:b@example.com SIP/2.0\r\nCall-ID: x\r\nCSeq: 1 CANCEL\r\n\r\nSIP/2.0 200 OK\r\nCall-ID: x\r\nCSeq: 1 CANCEL\r\n\r\n", 487, true, "cancelled"},
		{"a followed redirect (D2)", invite + "SIP/2.0 302 Moved Temporarily\r\nCall-ID: x\r\nCSeq: 1 INVITE\r\nContact: <sip:c@example.com>\r\n\r\n" +
			"INVITE sip:c@example.com SIP/2.0\r\nCall-ID: x\r\nCSeq: 2 INVITE\r\n\r\nSIP/2.0 200 OK\r\nCall-ID: x\r\nCSeq: 2 INVITE\r\n\r\n", 200, false, ""},
		{"ringing at the end", invite + "SIP/2.0 180 Ringing\r\nCall-ID: x\r\nCSeq: 1 INVITE\r\n\r\n", 0, false, "ringing"},
		{"a media timeout is no unanswered request", "RTP timeout on channel 3\n" + invite, 0, false, ""},
	} {
		e := Explain(tc.text)
		if e.Code != tc.code || e.Inferred != tc.inferred || !strings.Contains(strings.Join(e.Notes, " "), tc.note) {
			t.Errorf("%s: code %d inferred %v, notes %q", tc.name, e.Code, e.Inferred, e.Notes)
		}
		if tc.code != 0 && (len(e.Evidence) == 0 || e.Confidence == "") {
			t.Errorf("%s: no evidence or confidence: %+v", tc.name, e)
		}
	}
}

// TestNotesDescribeTheFinalChallenge: a wrong password (401, retry, 401)
// is explained from the last 401, the one nobody answered (review M3).
func TestNotesDescribeTheFinalChallenge(t *testing.T) {
	e := Explain("SIP/2.0 401 Unauthorized\nCall-ID: a\nCSeq: 1 REGISTER\n\nREGISTER sip:x@y SIP/2.0\nCall-ID: a\nCSeq: 2 REGISTER\n\nSIP/2.0 401 Unauthorized\nCall-ID: a\nCSeq: 2 REGISTER\nReason: Q.850;cause=21\nRetry-After: 60\n\n")
	notes := strings.Join(e.Notes, " ")
	if e.Code != 401 || e.Evidence[0] != 9 || !strings.Contains(notes, "Retry-After: 60") || !strings.Contains(notes, "status line wins") {
		t.Errorf("code %d, evidence %v, notes %q", e.Code, e.Evidence, notes)
	}
}

// TestVendorCodes: a vendor's code is read through package vendors and
// said as that vendor's.
func TestVendorCodes(t *testing.T) {
	for _, tc := range []struct {
		text, namespace, code string
		sip                   int
	}{
		{"nua_r_register: Failed Registration with status 904 [904]\n", "sofia-sip", "904", 0},
		{"477 -Unfortunately error on sending to next hop occurred (477/SL)\n", "kamailio-tm", "477", 477},
		{"OpenSIPS: 477 Send failed (477/TM)\n", "opensips-tm", "477", 477},
		{"Teams CallEndSubReason 560403\n", "teams", "560403", 403},
		{"Call ended. DiagCode: 500#1005.@\n", "ms-diagcode", "500#1005", 500},
		{"pjsua_acc.c Unable to register: PJSIP_EAUTHNOAUTH\n", "pjsip", "", 0},
		{"[WARNING] sofia_reg.c:520 gw Failed Registration [904], setting retry to 30 seconds.\n", "sofia-sip", "904", 0},
		{"you will receive “403 Caller Origination Number is Invalid D35”.\n", "telnyx", "D35", 403},
	} {
		e := Explain(tc.text)
		var got *VendorCode
		for _, s := range e.Signals {
			if s.Vendor != nil {
				got = s.Vendor
				break
			}
		}
		if got == nil || got.Namespace != tc.namespace || tc.code != "" && got.Code+got.Token != tc.code || e.Code != tc.sip {
			t.Errorf("%q: headline %d, vendor %+v", tc.text, e.Code, got)
		}
	}
}

// TestCompetingReadingsAreBothSaid: what a person wrote against what the
// log shows; the better-supported one (the response in the trace) leads,
// the other is said.
func TestCompetingReadingsAreBothSaid(t *testing.T) {
	e := Explain("The server says 603 Decline, but the trace shows:\nSIP/2.0 486 Busy Here\nCSeq: 1 INVITE\n\n")
	if e.Code != 486 || !strings.Contains(strings.Join(e.Notes, " "), "603 Decline (line 1)") {
		t.Errorf("code %d, notes %q", e.Code, e.Notes)
	}
}

// TestLadderFragments: requests drawn in a call flow, with no URI.
func TestLadderFragments(t *testing.T) {
	for text, want := range map[string]int{
		"F1 INVITE Alice -> Proxy\nF2 407 Proxy Authentication Required\nF3 ACK\nF4 INVITE Alice -> Proxy\nF5 200 OK\n": 200, // the challenge was answered
		"|--INVITE-->|\n|<--180-----|\n|--CANCEL-->|\n|<--200-----|\n":                                                  487, // cancelled
	} {
		if e := Explain(text); e.Code != want {
			t.Errorf("%q: %d, want %d (messages %+v)", text, e.Code, want, e.Messages)
		}
	}
}

// TestDataFindings14And15: Min-Expires answers more than REGISTER (D14);
// FreeSWITCH's ORIGINATOR_CANCEL is 487 on purpose (D15).
func TestDataFindings14And15(t *testing.T) {
	e := Explain("SIP/2.0 423 Interval Too Brief\r\nCSeq: 2 SUBSCRIBE\r\nMin-Expires: 3600\r\n\r\n")
	if notes := strings.Join(e.Notes, " "); !strings.Contains(notes, "shortest subscription") {
		t.Errorf("D14: %q", notes)
	}
	e = Explain("BYE sip:a@b SIP/2.0\r\nReason: SIP;cause=487;text=\"ORIGINATOR_CANCEL\"\r\n\r\n")
	if notes := strings.Join(e.Notes, " "); strings.Contains(notes, "not a SIP response code") || !strings.Contains(notes, "on purpose") {
		t.Errorf("D15: %q", notes)
	}
}

// TestCauseNameAfterACode: "404 UNALLOCATED_NUMBER", as FreeSWITCH's
// users quote it, is the response and the cause it came from.
func TestCauseNameAfterACode(t *testing.T) {
	e := Explain("freeswitch is returning me 404 UNALLOCATED_NUMBER\n")
	if e.Code != 404 || len(e.Signals) < 2 || e.Signals[len(e.Signals)-1].Cause != 1 {
		t.Errorf("code %d, signals %+v", e.Code, e.Signals)
	}
}
