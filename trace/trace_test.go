package trace

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// Each case is a lenient rule of the reader, on text made for the test.
var leniencyCases = []struct {
	name string
	text string
	code int
	n    int // messages expected
}{
	{"plain", "INVITE sip:b@x SIP/2.0\nCall-ID: 1\nCSeq: 1 INVITE\n\nSIP/2.0 486 Busy Here\nCall-ID: 1\nCSeq: 1 INVITE\n", 486, 2},
	{"timestamps and levels", "2024-01-02 10:11:12.123 [DEBUG] SIP/2.0 503 Service Unavailable\n2024-01-02 10:11:12.124 [DEBUG] CSeq: 7 INVITE\n", 503, 1},
	{"quoted", "> SIP/2.0 404 Not Found\n> Call-ID: a\n> CSeq: 2 INVITE\n", 404, 1},
	{"numbered prefix", "[1] SIP/2.0 480 Temporarily Unavailable\n", 480, 1},
	{"sofia framing", "send 548 bytes to udp/[10.0.0.1]:5060 at 10:00:00.123456:\n-----\nSIP/2.0 408 Request Timeout\nCSeq: 1 INVITE\n", 408, 1},
	{"ngrep dots", "U 10.0.0.1:5060 -> 10.0.0.2:5060\nSIP/2.0 603 Decline.\nCall-ID: x.\nCSeq: 5 INVITE.\n.\n", 603, 1},
	{"python bytes", `b'SIP/2.0 488 Not Acceptable Here\r\nCSeq: 3 INVITE\r\nReason: Q.850;cause=65\r\n\r\n'`, 488, 1},
	{"lower case", "sip/2.0 486 busy here\ncseq: 1 invite\n", 486, 1},
	{"compact names", "SIP/2.0 486 Busy Here\ni: abc\nCSeq: 1 INVITE\n", 486, 1},
	{"flattened", "INVITE sip:a@b SIP/2.0 Via: x CSeq: 1 INVITE SIP/2.0 500 Server Internal Error Via: y", 500, 2},
	{"vendor log", `-- Got SIP response 503 "Service Unavailable" back from 192.0.2.1:5060`, 503, 1},
	{"chat line", "the carrier answers 404 Not Found every time", 404, 1},
	{"numbers are not codes", "recv 486 bytes from udp/[192.0.2.186]:5060 at 12:04:08.486:\nlata=486 port 5486\n", 0, 0},
	{"phrase in prose after a bad version", "SIP/7.0 486 Busy Here\n", 486, 1},
	{"long number", "SIP/2.0 4861 Busy\n", 0, 0},
	{"unregistered", "SIP/2.0 499 Something\n", 499, 1},
	{"challenge then success", "REGISTER sip:x SIP/2.0\nCall-ID: r\nCSeq: 1 REGISTER\n\nSIP/2.0 401 Unauthorized\nCall-ID: r\nCSeq: 1 REGISTER\n\nREGISTER sip:x SIP/2.0\nCall-ID: r\nCSeq: 2 REGISTER\n\nSIP/2.0 200 OK\nCall-ID: r\nCSeq: 2 REGISTER\n", 200, 4},
	{"challenge unanswered", "SIP/2.0 407 Proxy Authentication Required\nCSeq: 1 INVITE\n", 407, 1},
	{"trying then failure", "SIP/2.0 100 Trying\nCSeq: 1 INVITE\n\nSIP/2.0 183 Session Progress\nCSeq: 1 INVITE\n\nSIP/2.0 500 Server Internal Error\nCSeq: 1 INVITE\n", 500, 3},
	{"first failure wins", "SIP/2.0 408 Request Timeout\nCall-ID: a\nCSeq: 1 INVITE\n\nSIP/2.0 503 Service Unavailable\nCall-ID: a\nCSeq: 2 INVITE\n", 408, 2},
	{"reason on bye", "BYE sip:a@b SIP/2.0\nReason: Q.850;cause=17\n\nSIP/2.0 200 OK\nCSeq: 2 BYE\n", 486, 2},
	{"sip cause on cancel", "CANCEL sip:a@b SIP/2.0\nReason: SIP;cause=200;text=\"Call completed elsewhere\"\n", 200, 1},
	{"cause 16 falls through", "BYE sip:a@b SIP/2.0\nReason: Q.850;cause=16\n\nSIP/2.0 200 OK\nCSeq: 2 BYE\n", 200, 2},
	{"hangup cause", "[NOTICE] Hangup sofia/internal/1000@x [CS_EXECUTE] [NORMAL_TEMPORARY_FAILURE]\n", 503, 0},
	{"bracketed code", "Call failed with cause: Code: [503], Cause: SIP Failure Code, Reason: Service Unavailable\n", 503, 1},
	{"three-digit cause", "chan_pjsip.c:2540 chan_pjsip_hangup:  Cause: 488\n", 488, 1},
	{"freeswitch cause number", "Originate Resulted in Error Cause: 604 [MEDIA_TIMEOUT]\n", 0, 0},
	{"q.850 cause is no code", "hangup cause 102 (recovery on timer expiry), Cause: 127\n", 0, 0},
	{"because is no cause", "it failed because 500 users were online\n", 0, 0},
	{"code then response", "Request msg INFO/cseq=5 was unhandled by dialog usages, sending 500 response\n", 500, 1},
	{"plural responses", "sent 200 responses in a row\n", 0, 0},
	{"a final code", "can't generate 487 reply when a final 408 was sent out\n", 408, 1},
	{"a final size", "The final 500 bytes (byte offsets 9500-9999, inclusive):\n", 0, 0},
	{"xlog rs", "DEBUG-T_FAILED1 rs=408\nusers=100\n", 408, 1},
	{"arrow flow", "INVITE ->\n100 <-\n180 <-\n480 <-\nACK ->\n", 480, 5},
	{"address arrow", "192.168.1.100 -> 10.0.0.1 port 200 ->x\n", 0, 0},
	{"exit code", "process exited, exit code: 127\n", 0, 0},
	{"log line after headers", "2021-11-19 10:00:00.000 [Message] \tSIP/2.0 401 Unauthorized\n" +
		"2021-11-19 10:00:00.001 [Message] \tCall-ID: abc\n" +
		"2021-11-19 10:00:00.002 [Message] Sending the request again\n" +
		"2021-11-19 10:00:01.000 [Message] \tREGISTER sip:x SIP/2.0\n" +
		"2021-11-19 10:00:01.001 [Message] \tCall-ID: abc\n" +
		"2021-11-19 10:00:02.000 [Message] \tSIP/2.0 200 OK\n", 200, 3},
	{"phrase then code in brackets", "[ERR] sofia_reg.c:2885 Registration Failed with status Forbidden [403]. failure #1\n", 403, 1},
	{"phrase then another code", "Not Found (486)\n", 0, 0},
	{"a byte count after a lead-in", "<--- Transmitting SIP response (364 bytes) to UDP:192.0.2.1:5060 --->\n", 0, 0},
	{"ladder cell", "|  422 Session Timer Too Smal |\n|  <-----------------------  |\n", 422, 1},
	{"number in a cell with others", "| 200 ms 300 ms |\n", 0, 0},
	{"freeswitch variable", "variable_sip_term_status: [486]\n", 486, 1},
	{"variable with a longer name", "my_sip_term_status_count=200\n", 0, 0},
	{"nothing", "hello world 12:00:00 10.0.0.1:5060\n", 0, 0},
}

func TestLeniency(t *testing.T) {
	for _, c := range leniencyCases {
		t.Run(c.name, func(t *testing.T) {
			ex := Explain(c.text)
			if ex.Code != c.code || len(ex.Messages) != c.n {
				t.Errorf("code %d with %d messages, want %d with %d: %+v", ex.Code, len(ex.Messages), c.code, c.n, ex.Messages)
			}
		})
	}
}

func TestHeadersAndFields(t *testing.T) {
	text := "U 192.0.2.1:5060 -> 192.0.2.2:5060\n" +
		"SIP/2.0 480 Temporarily not available\n" +
		"Call-ID: abc@h\n" +
		"CSeq: 12\n  INVITE\n" +
		"Reason: Q.850;cause=16;text=\"Normal\";location=LN, SIP;cause=480\n" +
		"Reason: STIR;cause=436\n" +
		"Warning: 399 sbc.example \"no route, try later\", 370 devnull \"pipe\"\n" +
		"Retry-After: 60\nMin-SE: 90\nMin-Expires: 3600\nUnsupported: timer\nRequire: 100rel\nAllow: INVITE, BYE\n"
	ex := Explain(text)
	if ex.Code != 480 || len(ex.Messages) != 1 {
		t.Fatalf("got %d, %d messages", ex.Code, len(ex.Messages))
	}
	m := ex.Messages[0]
	if m.Line != 2 || m.CSeq != "12 INVITE" || m.CallID != "abc@h" || m.Direction != "192.0.2.1:5060 -> 192.0.2.2:5060" || !m.PhraseDiffers {
		t.Errorf("message %+v", m)
	}
	if m.RetryAfter != "60" || m.MinSE != "90" || m.MinExpires != "3600" || m.Unsupported != "timer" || m.Require != "100rel" || m.Allow != "INVITE, BYE" {
		t.Errorf("fields %+v", m)
	}
	if len(ex.Reasons) != 3 || ex.Reasons[0].Location != "LN" || ex.Reasons[0].Text != "Normal" || ex.Reasons[1].SIPCode != 480 || ex.Reasons[2].Protocol != "STIR" {
		t.Errorf("reasons %+v", ex.Reasons)
	}
	if len(ex.Warnings) != 2 || ex.Warnings[0].Agent != "sbc.example" || ex.Warnings[0].Text != "no route, try later" || ex.Warnings[1].Code != 370 {
		t.Errorf("warnings %+v", ex.Warnings)
	}
	if !strings.Contains(strings.Join(ex.Notes, "\n"), "status line wins") {
		t.Errorf("no contradiction note: %q", ex.Notes)
	}
}

func TestContactOnRedirect(t *testing.T) {
	ex := Explain("SIP/2.0 302 Moved Temporarily\nContact: <sip:a@b>\nm: <sip:c@d>\n")
	if ex.Code != 302 || len(ex.Messages[0].Contact) != 2 {
		t.Errorf("%+v", ex.Messages)
	}
}

func TestUnregisteredFallback(t *testing.T) {
	ex := Explain("SIP/2.0 499 Custom\n")
	if ex.Phrase != "Bad Request" || !strings.Contains(ex.Summary, "8.1.3.2") {
		t.Errorf("%q %q", ex.Phrase, ex.Summary)
	}
}

func TestBinary(t *testing.T) {
	ex := Explain("\xd4\xc3\xb2\xa1\x02\x00\x04\x00\x00\x00\x00\x00SIP/2.0 486 Busy Here")
	if !ex.Binary || ex.Error == "" || ex.Code != 0 {
		t.Errorf("%+v", ex)
	}
	ex = Explain("SIP/2.0 486 Busy Here\nX: caf\xe9\n")
	if ex.Binary || ex.Code != 486 {
		t.Errorf("latin-1 text: %+v", ex)
	}
}

func TestJSONContract(t *testing.T) {
	b, err := Explain("INVITE sip:a@b SIP/2.0\nCSeq: 1 INVITE\n\nSIP/2.0 486 Busy Here\nCSeq: 1 INVITE\nReason: Q.850;cause=17;text=\"User busy\"\nWarning: 399 gw \"busy\"\n").JSON()
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Code     int    `json:"code"`
		Phrase   string `json:"phrase"`
		Messages []map[string]any
		Reasons  []map[string]any
		Warnings []map[string]any
		Notes    []string
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if v.Code != 486 || v.Phrase != "Busy Here" || len(v.Messages) != 2 || v.Messages[0]["method"] != "INVITE" ||
		v.Messages[1]["cseq"] != "1 INVITE" || v.Reasons[0]["protocol"] != "Q.850" || v.Reasons[0]["cause"] != 17.0 ||
		v.Warnings[0]["code"] != 399.0 || v.Warnings[0]["line"] != 7.0 || len(v.Notes) == 0 {
		t.Errorf("%s", b)
	}
	empty, _ := Explain("").JSON()
	if !strings.Contains(string(empty), `"code": 0`) || !strings.Contains(string(empty), `"messages": []`) {
		t.Errorf("%s", empty)
	}
}

func FuzzExplain(f *testing.F) {
	for _, c := range leniencyCases {
		f.Add(c.text)
	}
	f.Add("SIP/2.0 \r\n\\r\\nReason: ;;,,cause=\"\nWarning: 3")
	// The shapes the evidence reader weighs: vendor codes, unspaced
	// scripts, punctuation beyond ASCII, keys, ladders, a huge flat line.
	f.Add("477 x (477/SL) DiagCode: 500#3003.@ subcode 560403 [904] nua PJSIP_EAUTHNOAUTH 403 Invalid D35”")
	f.Add("服务器返回403，报错：503 “486 Busy Here” 超时")
	f.Add(`{"sip_code": 486, "status":"4`)
	// The call-flow reader's shapes: framings, SDP alone, a 2xx repeated.
	f.Add("U 2019/02/11 10:04:27.082271 1.2.3.4:5060 -> 5.6.7.8:5060 #1\nSIP/2.0 200 OK\nCSeq: 1 INVITE\nCall-ID: a\n\nc=IN IP4 10.0.0.1\nm=audio 1 RTP/SAVP 0\n")
	f.Add("09:17:59.8 IP 1.2.3.4.5060 > 5.6.7.8.5060: UDP\nrecv 9 bytes from udp/[::1]:5 at 1:2:3\n`m=audio 1 RTP/AVP 0 101.`\nv=\nm=\nACK timeout, dropped after 32 s")
	f.Add("F1 INVITE A -> B\n|--CANCEL-->|\n(3) BYE\n")
	f.Add(strings.Repeat("SIP/2.0 200 OK INVITE sip:a@b SIP/2.0 error 486 ", 400))
	f.Fuzz(func(t *testing.T, s string) {
		ex := Explain(s)
		if len(ex.Messages) > maxMessages || len(ex.Reasons) > maxValues || len(ex.Warnings) > maxValues || len(ex.Notes) > 60 {
			t.Fatalf("unbounded output: %d messages", len(ex.Messages))
		}
		if _, err := ex.JSON(); err != nil {
			t.Fatal(err)
		}
	})
}

// Edge cases: FreeSWITCH writes its own causes as Reason SIP values.
func TestFreeSWITCHCausesInReason(t *testing.T) {
	for _, tc := range []struct {
		header, vendor, name string
		sip                  int
	}{
		{`Reason: SIP;cause=804;text="MEDIA_TIMEOUT"`, "FreeSWITCH", "MEDIA_TIMEOUT", 480},
		{`Reason: SIP;cause=604;text="MEDIA_TIMEOUT"`, "FreeSWITCH", "MEDIA_TIMEOUT", 480}, // its number before 2022
		{`Reason: SIP;cause=817`, "FreeSWITCH", "DOES_NOT_EXIST_ANYWHERE", 604},
		{`Reason: SIP;cause=487;text="ORIGINATOR_CANCEL"`, "FreeSWITCH", "ORIGINATOR_CANCEL", 487},
		{`Reason: SIP;cause=604`, "", "Does Not Exist Anywhere", 604},
		{`Reason: SIP;cause=200;text="Call completed elsewhere"`, "", "OK", 200},
	} {
		ex := Explain("BYE sip:a@b SIP/2.0\nCSeq: 2 BYE\n" + tc.header + "\n")
		if len(ex.Reasons) != 1 {
			t.Errorf("%s: %d reasons", tc.header, len(ex.Reasons))
			continue
		}
		r := ex.Reasons[0]
		if r.Vendor != tc.vendor || r.Name != tc.name || r.SIPCode != tc.sip {
			t.Errorf("%s: vendor %q name %q sip %d, want %q %q %d", tc.header, r.Vendor, r.Name, r.SIPCode, tc.vendor, tc.name, tc.sip)
		}
	}
	if ex := Explain("BYE sip:a@b SIP/2.0\nReason: SIP;cause=804;text=\"MEDIA_TIMEOUT\"\n"); ex.Code != 0 {
		t.Errorf("a BYE for a media timeout is no %d response", ex.Code)
	}
}

// A Warning quoted inside a sentence counts only in its whole form.
func TestWarningInProse(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []int
	}{
		{"- `488 Not Acceptable Here` Warning: 305 devnull \"SDP: no common codec\" was the answer", []int{305}},
		{"the far end said Warning: 370 gw.example \"Insufficient bandwidth\", then hung up", []int{370}},
		{"log: Warning: 304 received but no cached response for page 2", nil},
		{"a warning: 399 items left", nil},
		{"Warning: 305devnull \"x\" inside a sentence", nil},
	} {
		var got []int
		for _, w := range Explain(tc.text).Warnings {
			got = append(got, w.Code)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q: warnings %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestIsArrow(t *testing.T) {
	for s, want := range map[string]bool{
		"<-": true, "<--  ": true, "->": true, " ---> ": true, "<->": false,
		"-": false, "<": false, "--": false, "<- x": false, "Trying": false, "": false,
	} {
		if isArrow(s) != want {
			t.Errorf("isArrow(%q) = %v", s, !want)
		}
	}
}

// Values past the output's bound are dropped, and the explanation says so
// (review N6).
func TestTooManyValuesAreSaidToBeCut(t *testing.T) {
	var b strings.Builder
	for range maxValues + 10 {
		b.WriteString("Reason: Q.850;cause=16\n")
	}
	e := Explain(b.String())
	if len(e.Reasons) > maxValues || !e.Truncated {
		t.Errorf("%d Reasons kept, Truncated %v", len(e.Reasons), e.Truncated)
	}
}
