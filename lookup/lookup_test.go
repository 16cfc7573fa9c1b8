package lookup

import (
	"fmt"
	"math/rand/v2"
	"slices"
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
	want   []string // the first hits, in order
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
