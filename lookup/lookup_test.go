package lookup

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"
)

// want names a hit as "response 486", "warning 399", "cause 17", "protocol STIR".
func name(h Hit) string {
	switch h.Kind {
	case KindResponse:
		return fmt.Sprintf("response %d", h.Response.Code.Number)
	case KindProtocol:
		return "protocol " + h.Token
	}
	return fmt.Sprintf("%s %d", h.Kind, h.Number)
}

// The queries below are lines as they appear in real text, with where each
// comes from, or the short forms an engineer types (marked "typed").
var queries = []struct {
	query  string
	source string
	want   []string // the first hits, in order; nil: no hits at all
}{
	// Warning codes.
	{`Warning: 301 isi.edu "Incompatible network address type 'E.164'"`, "RFC 3261 §20.43", []string{"warning 301"}},
	{`Warning: 307 isi.edu "Session parameter 'foo' not understood"`, "RFC 3261 §20.43", []string{"warning 307"}},
	{`Warning: 370 devnull "Choose a bigger pipe"`, "RFC 3261 §20.43", []string{"warning 370"}},
	{`Warning: 370 "Insufficient bandwidth (only have ISDN)"`, "RFC 3261 (grep of the reference text)", []string{"warning 370"}},
	{`Warning: 399 sbc.example.net "Unsupported codec"`, "issue 10", []string{"warning 399"}},
	{"warning 399", "typed", []string{"warning 399"}},
	{"w399", "typed", []string{"warning 399"}},
	{"W305", "typed", []string{"warning 305"}},
	{"warning 305", "typed: not 305 Use Proxy", []string{"warning 305"}},
	{"399", "typed: a warn-code, 399 is no response", []string{"warning 399", "response 300"}},
	{"305", "typed: the response first", []string{"response 305", "warning 305"}},
	{"incompatible media format", "typed, the warn-text", []string{"warning 305"}},
	{"warning 390", "typed: unregistered, sent by some servers", []string{"warning 390"}},
	// Q.850 causes, by number.
	{`Reason: Q.850;cause=17;text="User busy"`, "trace corpus", []string{"cause 17", "response 486"}},
	{`Reason: Q.850 ;cause=16 ;text="Terminated"`, "RFC 3326 §3", []string{"cause 16"}},
	{`Reason: Q.850;cause=16;text="NORMAL_CLEARING"`, "trace corpus", []string{"cause 16"}},
	{`Reason: Q.850;cause=1;text="Unallocated (unassigned) number";`, "trace corpus", []string{"cause 1", "response 404"}},
	{`Reason: q.850;cause=1"`, "trace corpus", []string{"cause 1", "response 404"}},
	{"Q.850;cause=34", "issue 10", []string{"cause 34", "response 503"}},
	{"cause 34", "typed", []string{"cause 34", "response 503"}},
	{"cause=127", "typed", []string{"cause 127", "response 500"}},
	{"17", "typed: a bare cause number", []string{"cause 17"}},
	// Causes by name: Q.850, FreeSWITCH, Asterisk, FreeSWITCH's own.
	{"NO_ROUTE_DESTINATION", "FreeSWITCH name", []string{"cause 3", "response 404"}},
	{"USER_BUSY", "FreeSWITCH name", []string{"cause 17", "response 486"}},
	{"hangup cause NORMAL_CLEARING", "FreeSWITCH log line", []string{"cause 16"}},
	{"AST_CAUSE_NORMAL_CLEARING", "Asterisk name", []string{"cause 16"}},
	{"X-Asterisk-HangupCause: Bearer capability not available", "trace corpus", []string{"cause 58"}},
	{"normal clearing", "typed", []string{"cause 16"}},
	{"ORIGINATOR_CANCEL", "FreeSWITCH's own cause", []string{"cause 487", "response 487"}},
	{"MEDIA_TIMEOUT", "FreeSWITCH's own cause", []string{"cause 804", "response 480"}},
	// Reason protocols and SIP causes.
	{"STIR", "typed", []string{"protocol STIR", "response 403", "response 428"}},
	{`Reason: STIR; cause=433; text="Anonymity Disallowed"`, "trace corpus", []string{"response 433", "protocol STIR"}},
	{"Reason: SIP;cause=487", "issue 11", []string{"response 487"}},
	{`Reason: SIP ;cause=200 ;text="Call completed elsewhere"`, "RFC 3326 §3", []string{"response 200"}},
	{`Reason: SIP ;cause=600 ;text="Busy Everywhere"`, "trace corpus", []string{"response 600"}},
	{`Reason: preemption ;cause=1 ;text="UA Preemption"`, "RFC 4411 §6", []string{"protocol Preemption"}},
	{"preemption", "typed", []string{"protocol Preemption"}},
	{`Min-SE: 3600`, "RFC 4028 §13 (the count is no code)", []string{"response 422"}},
	// One line pasted from a log or a trace: the status code or cause it is
	// about, not a number of an address, a time, a parameter or a count.
	{`2026-09-12 16:48:11.012 INFO (MainThread) [custom_components.voip_stack.sip_listener] SIP TX 401 Unauthorized to 192.168.12.23:5060`, "trace corpus 035, esphome-intercom issue #118", []string{"response 401"}},
	{`2021-03-19 14:45:54.155   pjsua_core.c !.RX 603 bytes Response msg 401/INVITE/cseq=26299 (rdata0388005C) from UDP 103.248.12.227:5060:`, "trace corpus 039, tinyphone issue #37", []string{"response 401"}},
	{"2020-03-29 01:25:05.098646+0530 linphone[68064:1643374] [Message] \tSIP/2.0 100 Giving a try", "trace corpus 040, linphone-android issue #958", []string{"response 100"}},
	{`2018-07-03 19:29:26.282074 nta.c:3388 agent_recv_response() nta: received 100 Trying for INVITE (100)`, "trace corpus 041, drachtio-server issue #39", []string{"response 100"}},
	{`MUST BE    <-----SIP/2.0 401 Unauthorized `, "trace corpus 045, sngrep issue #215", []string{"response 401"}},
	{"E`.\\I.@.@...-M...a.[.....H.!SIP/2.0 401 Unauthorized", "trace corpus 038, pjsip-android issue #74 (tcpdump -A)", []string{"response 401"}},
	{`INVITE sip:[email protected] SIP/2.0 Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds From: Alice <sip:[email protected]>;tag=1928301774 To: Bob <sip:[email protected]> Call-ID: [email protected] CSeq: 314159 INVITE SIP/2.0 503 Service Unavailable Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds From: Alice <sip:[email protected]>;tag=1928301774 To: Bob <sip:[email protected]>;tag=a48s Retry-After: 30`, "trace corpus 048, sipsymposium.com guide (flattened trace)", []string{"response 503"}},
	{`[Dec 13 20:53:40] VERBOSE[1302][C-00000171] chan_sip.c:     -- Got SIP response 503 "Service Unavailable" back from 23.246.247.146:5060`, "trace corpus 049, futel/asteriskserver issue #39", []string{"response 503"}},
	{`ERROR: uac [uac_reg.c:1001]: uac_reg_tm_callback(): got sip response 408 while registering`, "trace corpus 052, Kamailio issue #3707", []string{"response 408"}},
	{`Oct 26 15:57:55 [27073] DEBUG-T_FAILED1 rs=408`, "trace corpus 053, OpenSIPS issue #1515", []string{"response 408"}},
	{`85(3884) ERROR: <script>: request sent to sip:001010000000002@192.168.101.2:6700 completed with code: 408, Type 2`, "trace corpus 054, Kamailio_IMS_Config issue #6", []string{"response 408"}},
	{`SIP/2.0 487 Request Terminated.`, "trace corpus 056, Kamailio issue #918 (ngrep)", []string{"response 487"}},
	{`2026-07-12 19:45:25.686 INFO (MainThread) [custom_components.voip_stack.sip_client] SIP RX 407 Proxy Authentication Required from 199.87.144.64:5060`, "esphome-intercom issue #74", []string{"response 407"}},
	{`09:29:23.336            pjsua_app.c  .....Call 0 is DISCONNECTED [reason=486 (Busy Here)]`, "pjproject issue #3647", []string{"response 486"}},
	{`03-06 11:59:39.498 7091-20625/vn.com.omart.client D/PJSIP: 11:59:39.498 tsx0x7edf8d90a  .Incoming Response msg 603/INVITE/cseq=32120 (rdata0x7ed2f06340) in state Proceeding`, "twilio voice-quickstart-android issue #152", []string{"response 603"}},
	{`2019-02-08 16:55:46.325 23437-26588/jp.co.rainmakers.callmart D/PJSIP: 16:55:46.325 tdta0x745fc7f0  ..Destroying txdata Response msg 200/BYE/cseq=1 (tdta0x745fc7f000)`, "twilio voice-quickstart-android issue #241", []string{"response 200"}},
	{`Reason: Q.850 ;cause=16 ;text="Normal Clearing".`, "trace corpus 056, Kamailio issue #918 (ngrep)", []string{"cause 16"}},
	{`> Reason: Q.850;cause=17;text="User busy"`, "trace corpus 030, FreeSWITCH issue #2521", []string{"cause 17", "response 486"}},
	{`2014-03-11 16:47:45.897332 [DEBUG] switch_core_state_machine.c:48 sofia/internal/sip:1004@172.16.99.170:35508 Standard HANGUP, cause: NORMAL_CLEARING`, "trace corpus 059, JsSIP issue #204 (FreeSWITCH log)", []string{"cause 16"}},
	// Lines about no status code find nothing, whatever numbers they hold.
	{`2020-07-17 11:28:04:774 [org.linphone.debug/belle-sip] MESSAGE channel [0x7b03de2a80]: received [852] new bytes from [UDP://calliope.myuc2b.com:5060]:`, "trace corpus 027, linphone-android issue #1086", nil},
	{`Via: SIP/2.0/UDP 100.64.191.61:45871;branch=z9hG4bK.ykYRVMHqo;rport=45871;received=201.46.17.210`, "trace corpus 027, linphone-android issue #1086", nil},
	{`2018-07-09 11:46:10.771507 recv 494 bytes from udp/[192.168.1.1]:5060 at 11:46:10.771343:`, "trace corpus 037, drachtio-srf issue #17", nil},
	{`2020-03-29 01:25:05.100473+0530 linphone[68064:1643374] [Message] channel [0x7fd1c33c8000] [315] bytes parsed`, "trace corpus 040, linphone-android issue #958", nil},
	{`2018-07-03 19:29:26.281833 tport.c:3051 tport_deliver() tport_deliver(0xe452a0): msg 0xe447d0 (504 bytes) from tcp/104.167.5.188:5060 next=(nil)`, "trace corpus 041, drachtio-server issue #39", nil},
	{`2024/11/19 16:01:35.861404 172.21.10.46:6660 -> 172.21.10.43:6660`, "trace corpus 042, sofia-sip issue #279 (sngrep)", nil},
	{`U 2014/04/14 17:05:04.057430 xx.xx.xx.123:50040 -> xx.xx.xx.3:5060`, "trace corpus 046, sipgrep issue #6 (ngrep)", nil},
	{`Nov  6 10:23:55 proxy1 kamailio[58605]: NOTICE: {1 3 REGISTER e5f4a465617525e4f7a159} <core> [core/receive.c:528]: receive_msg(): request-route executed in: 1514 usec`, "trace corpus 055, Learn-Kamailio issue #5", nil},
	{`U 2019/02/11 10:04:27.082271 214.22.198.51:5060 -> 38.149.172.163:5060 #1`, "trace corpus 057, Kamailio issue #1841 (ngrep)", nil},
	{`INVITE sip:100@38.149.172.163:5060 SIP/2.0.`, "trace corpus 057, Kamailio issue #1841 (ngrep)", nil},
	{`CSeq: 102 INVITE.`, "trace corpus 057, Kamailio issue #1841 (ngrep)", nil},
	{`recv 436 bytes from udp/[myVoiceSwitchIP]:5060 at 16:49:33.907291:`, "trace corpus 058, FreeSWITCH issue #979", nil},
	{`send 603 bytes to udp/[myVoiceSwitchIP]:5060 at 16:49:33.907405:`, "trace corpus 058, FreeSWITCH issue #979", nil},
	{`09:17:59.864749 IP IP.vultr.com.5363 > IP.49658: UDP, length 576`, "trace corpus 038, pjsip-android issue #74 (tcpdump)", nil},
	{`03-06 11:59:39.499 7091-20625/vn.com.omart.client I/PJSIP: 11:59:39.499   pjsua_core.c  ..TX 425 bytes Request msg ACK/cseq=32120 (tdta0x7edc9ff000) to TLS 54.255.185.114:10194:`, "twilio voice-quickstart-android issue #152", nil},
	{`    Call time: 00h:00m:00s, 1st res in 659 ms, conn in 665ms`, "hassio-addons issue #66 (pjsua)", nil},
	{`2017-01-19 12:06:30.891200 VialerSIPLib_Example[1221:373262] ERROR [VSLEndpoint void logCallBack(int, const char *, int):442] sip_transport. Error processing 559 bytes packet`, "VialerSIPLib issue #51", nil},
	// Plain words and numbers stay about responses first.
	{"486", "typed", []string{"response 486"}},
	{"busy", "typed", []string{"response 486", "response 600", "cause 17"}},
	{"48", "typed: a prefix", []string{"response 480", "response 481"}},
}

func TestSearchFindsEveryKind(t *testing.T) {
	for _, tc := range queries {
		hits := Search(tc.query)
		var got []string
		for _, h := range hits[:min(len(hits), len(tc.want))] {
			got = append(got, name(h))
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q (%s): first hits %v, want %v", tc.query, tc.source, got, tc.want)
		}
		if tc.want == nil && len(hits) > 0 {
			t.Errorf("%q (%s): found %s, want nothing", tc.query, tc.source, name(hits[0]))
		}
	}
}

func TestOtherProtocolsCausesAreNotQ850(t *testing.T) {
	for _, query := range []string{
		`Reason: preemption ;cause=1 ;text="UA Preemption"`,                // RFC 4411 §5
		`Reason: preemption ;cause=3 ;text="Generic Preemption"`,           // RFC 4411 §5
		`Reason: Preemption :cause=2 ;text="Reserved Resources Preempted"`, // RFC 4411 §5.2, as written there
	} {
		for _, h := range Search(query) {
			if h.Kind == KindResponse {
				t.Errorf("%q: found %s; a preemption cause is no Q.850 cause and maps to no response", query, name(h))
			}
		}
	}
}

func TestEmptySearchIsEveryResponseCode(t *testing.T) {
	hits := Search("")
	if len(hits) < 70 {
		t.Fatalf("%d hits", len(hits))
	}
	for _, h := range hits {
		if h.Kind != KindResponse {
			t.Fatalf("an empty search found %s", name(h))
		}
	}
}

func TestOddInputFindsNothingAndDoesNotFail(t *testing.T) {
	for _, q := range []string{"\x00\xff", "cause=", "cause 99999999999999999999", "warning", "w", "w9999", "____", "Reason:", ";;;", "Q.850;cause=0"} {
		for _, h := range Search(q) {
			if h.Kind == KindCause && h.Number > 999 {
				t.Errorf("%q found cause %d", q, h.Number)
			}
		}
	}
}

func TestAMappedCauseShowsItsCode(t *testing.T) {
	h := Search("cause 34")[0]
	if h.Kind != KindCause || h.Code != 503 {
		t.Errorf("cause 34: %+v", h)
	}
}

// BenchmarkSearch times what the search box runs per keystroke, over the
// queries above and the prefixes a person types on the way to them. make
// bench reads its p50 and p99.
func BenchmarkSearch(b *testing.B) {
	var mix []string
	for _, tc := range queries {
		mix = append(mix, tc.query, tc.query[:min(len(tc.query), 3)])
	}
	Search("warm up the indexes")
	samples := make([]time.Duration, 0, 1<<16)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		Search(mix[i%len(mix)])
		samples = append(samples, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(samples)
	if len(samples) > 0 {
		b.ReportMetric(float64(samples[len(samples)/2].Nanoseconds()), "p50-ns")
		b.ReportMetric(float64(samples[len(samples)*99/100].Nanoseconds()), "p99-ns")
	}
}

func TestPermuteMovesEachHitToItsPlace(t *testing.T) {
	for n := range 9 {
		for seed := range 20 {
			order := rand.New(rand.NewPCG(uint64(n), uint64(seed))).Perm(n)
			hits := make([]Hit, n)
			for i := range hits {
				hits[i].Number = i
			}
			want := slices.Clone(order)
			permute(hits, order)
			for i, h := range hits {
				if h.Number != want[i] {
					t.Fatalf("order %v: hit %d is %d, want %d", want, i, h.Number, want[i])
				}
			}
		}
	}
}

// TestAnotherRegistrysCauseIsNoQ850Cause: "preemption cause 1" is RFC
// 4411's cause 1, not Q.850's; no response is found for it (review M6).
func TestAnotherRegistrysCauseIsNoQ850Cause(t *testing.T) {
	for _, query := range []string{"preemption cause 1", "preemption cause=1", "Reason: preemption ;cause=1"} {
		for _, h := range Search(query) {
			if h.Kind == KindResponse {
				t.Errorf("%q lists response %d (%s)", query, h.Response.Code.Number, h.Response.Match)
			}
		}
	}
}

// A vendor's code comes first when the query is no registered response
// code, after the registries' answers when it is.
func TestVendorCodesTakeTheirPlace(t *testing.T) {
	for query, want := range map[string]string{
		"904":          "vendor sofia-sip 904",
		"sofia 904":    "vendor sofia-sip 904",
		"560403":       "vendor teams 560403",
		"kamailio 477": "vendor kamailio-tm 477",
		"kamailio 408": "vendor kamailio-tm 408",
		"503":          "response 503",
		"17":           "cause 17",
	} {
		hits := Search(query)
		if len(hits) == 0 {
			t.Errorf("%q finds nothing", query)
			continue
		}
		got := hits[0].Kind.String()
		if h := hits[0]; h.Kind == KindVendor {
			got += " " + h.Vendor.Namespace.ID + " " + h.Token
		} else if h.Kind == KindResponse {
			got += " " + strconv.Itoa(h.Response.Code.Number)
		} else {
			got += " " + strconv.Itoa(h.Number)
		}
		if got != want {
			t.Errorf("%q: first is %s, want %s", query, got, want)
		}
	}
}

// A cause named as a server names it shows that server's response (review
// M6): OUTGOING_CALL_BARRED is FreeSWITCH's 52, which it answers with 403,
// while RFC 3398 has no row for 52.
func TestAServersCauseNameShowsItsMapping(t *testing.T) {
	hits := Search("OUTGOING_CALL_BARRED")
	if len(hits) < 2 || hits[0].Kind != KindCause || hits[0].Number != 52 || hits[0].MappedBy != "FreeSWITCH" ||
		hits[1].Kind != KindResponse || hits[1].Response.Code.Number != hits[0].Code {
		t.Fatalf("OUTGOING_CALL_BARRED: %+v", hits[:min(2, len(hits))])
	}
	if h := Search("cause 17")[0]; h.MappedBy != "RFC 3398" || h.Code != 486 {
		t.Errorf("cause 17: %+v", h)
	}
}

// The index of the other kinds can be built in steps (PrepareSearch); a
// search after a partial build finishes it and finds the same.
func TestTheIndexBuiltInStepsFindsTheSame(t *testing.T) {
	want := Search("user busy")
	if !PrepareSearch(1) && built.Load() != nil {
		t.Error("an unfinished index reported complete")
	}
	for !PrepareSearch(8) {
	}
	if got := Search("user busy"); len(got) != len(want) || got[0].Number != want[0].Number {
		t.Errorf("after a stepwise build: %v, want %v", got, want)
	}
}
