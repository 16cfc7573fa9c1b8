package codes

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// searchCases are queries people type or paste, with the codes that must
// come first, in order.
var searchCases = []struct {
	query string
	first []int
}{
	{"486", []int{486}},
	{"48", []int{480, 481, 482, 483, 484, 485, 486, 487, 488, 489}},
	{"6", []int{600, 603, 604, 606, 607, 608}},
	{"SIP/2.0 503 Service Unavailable", []int{503}},
	{"sip/2.0 486 busy here", []int{486}},
	{"SIP/2.0 488 Not Acceptable Here", []int{488}},
	{"Reason: Q.850;cause=17", []int{486}},
	{`Reason: Q.850;cause=17;text="User busy"`, []int{486}},
	{"cause 17", []int{486}},
	{"cause=34", []int{503}},
	{"Q.850 cause 1", []int{404}},
	{"cause 102", []int{504}},
	{"busy", []int{486, 600}},
	{"busy here", []int{486}},
	{"busy everywhere", []int{600}},
	{"BUSY HERE", []int{486}},
	{"Búsy hére", []int{486}},
	{"busy-here!!!", []int{486}},
	{"bsuy here", []int{486}},
	{"temporarily unavailable", []int{480}},
	{"Temporarily not available", []int{480}},
	{"Request Time-out", []int{408}},
	{"request timeout", []int{408}},
	{"Gateway Time-out", []int{504}},
	{"server timeout", []int{504}},
	{"Internal Server Error", []int{500}},
	{"Call Leg/Transaction Does Not Exist", []int{481}},
	{"call transaction does not exist", []int{481}},
	{"SIP Version not supported", []int{505}},
	{"Request-URI Too Large", []int{414}},
	{"Request canceled", []int{487}},
	{"not found", []int{404}},
	{"does not exist anywhere", []int{604}},
	{"not acceptable", []int{406, 606, 488}},
	{"decline", []int{603}},
	{"forbiden", []int{403}},
	{"unauthorized", []int{401}},
	{"proxy authentication", []int{407}},
	{"WWW-Authenticate", []int{401}},
	{"Min-Expires", []int{423}},
	{"Min-SE", []int{422}},
	{"Retry-After", []int{500, 503}}, // RFC 3261 §20.33 names them first; six more codes carry it
	// Header lines whose values match no code: the codes that carry the header.
	{"Retry-After: 120 (I'm in a meeting)", []int{500, 503}}, // RFC 3261 §20.33
	{"Retry-After: 18000;duration=3600", []int{500, 503}},    // RFC 3261 §20.33
	{"Unsupported: foo", []int{420}},                         // RFC 3261 §20.40
	{"Security-Server: tls;q=0.2", []int{494}},               // RFC 3329 §4.1
	{"unsupported", []int{415, 416, 437}},
	{"ringing", []int{180}},
	{"ringng", []int{180}},
	{"session progress", []int{183}},
	{"trying", []int{100}},
	{"moved", []int{301, 302}},
	{"moved temporarily", []int{302}},
	{"request pending", []int{491}},
	{"too many hops", []int{483}},
	{"loop detected", []int{482}},
	{"unwanted", []int{607}},
	{"rejected", []int{608}},
	{"Bad Identity-Info", []int{436}},
	{"Unsupported Certificate", []int{437}},
	{"499", []int{400}},
	{"150", []int{183}},
	{"what does 486 mean", []int{486}},
}

func TestSearchRanking(t *testing.T) {
	for _, tc := range searchCases {
		got := numbers(Search(tc.query))
		if len(got) < len(tc.first) || !slices.Equal(got[:len(tc.first)], tc.first) {
			t.Errorf("Search(%q) starts %v, want %v", tc.query, head(got, len(tc.first)+2), tc.first)
		}
	}
}

func TestSearchTypoFindsBothUnavailables(t *testing.T) {
	got := head(numbers(Search("unavailble")), 2)
	slices.Sort(got)
	if !slices.Equal(got, []int{480, 503}) {
		t.Errorf("Search(unavailble) starts %v, want 480 and 503", got)
	}
}

func TestSearchHeaderName(t *testing.T) {
	results := Search("Retry-After")
	if len(results) < 8 {
		t.Fatalf("Retry-After found %d codes", len(results))
	}
	for _, r := range results[:8] {
		if !slices.ContainsFunc(mustLookup(t, r.Code.Number).Headers, func(h Header) bool { return h.Name == "Retry-After" }) {
			t.Errorf("%d ranks in the first 8 for Retry-After but does not carry it", r.Code.Number)
		}
	}
}

func TestSearchMatchKinds(t *testing.T) {
	for _, tc := range []struct {
		query string
		match Match
		alias string
	}{
		{"", MatchAll, ""},
		{"486", MatchCode, ""},
		{"48", MatchPrefix, ""},
		{"cause 17", MatchCause, ""},
		{"499", MatchFallback, ""},
		{"busy here", MatchPhrase, ""},
		{"Request Time-out", MatchAlias, "Request Time-out"},
		{"Gateway Time-out", MatchAlias, "Gateway Time-out"},
	} {
		r := Search(tc.query)
		if len(r) == 0 {
			t.Errorf("Search(%q) found nothing, want match %s alias %q", tc.query, tc.match, tc.alias)
			continue
		}
		if r[0].Match != tc.match || r[0].Alias != tc.alias {
			t.Errorf("Search(%q)[0] = match %s alias %q, want match %s alias %q", tc.query, r[0].Match, r[0].Alias, tc.match, tc.alias)
		}
	}
}

func TestSearchNumbersLeavesWordsOut(t *testing.T) {
	for query, want := range map[string][]int{
		"busy 486 here":                     {486},
		"Reason: Q.850;cause=17;text=\"x\"": {486},
		"499 user not found":                {400},
		"user busy":                         nil,
		"48":                                nil,
	} {
		if got := numbers(NewMatcher(query).SearchNumbers()); !slices.Equal(got, want) {
			t.Errorf("SearchNumbers(%q) = %v, want %v", query, got, want)
		}
	}
}

// numberCases are lines whose numbers are, or are not, a status code: a
// status line wins over every other number, and the numbers of addresses,
// times, parameters and counts are never read as one.
var numberCases = []struct {
	query  string
	source string
	want   []int // what SearchNumbers finds
}{
	{"192.168.1.100", "edge case: an IP address", nil},
	{"54.37.202.229:5060", "edge case: an IP address and port", nil},
	{"10:04:12.345", "edge case: a time", nil},
	{"host:506", "edge case: a port", nil},
	{"Contact: <sip:alice@10.0.0.1;lata=370;tgrp=480;rinstance=604f2a>", "edge case: URI parameters", nil},
	{"received [852] new bytes", "edge case: a byte count in brackets", nil},
	{"send 548 bytes to 10.0.0.1", "edge case: a byte count", nil},
	{"answered in 180 ms", "edge case: a time in ms", nil},
	{"CSeq: 102 INVITE", "edge case: a sequence number", nil},
	{"Content-Length: 312", "edge case: a length", nil},
	{"Retry-After: 120 (I'm in a meeting)", "RFC 3261 §20.33: seconds", nil},
	{"Min-SE: 3600", "RFC 4028 §13: seconds", nil},
	{"Via: SIP/2.0/UDP 100.64.191.61:45871", "edge case: the version of a Via, not a status line", nil},
	{"1234 200 1.2.3.4 SIP/2.0 100 Trying", "edge case: a status line after another code", []int{100}},
	{"Sip/2.0\t486 Busy Here", "edge case: the version in any case, a tab", []int{486}},
	{"Got 486: Busy Here.", "edge case: a colon after a code", []int{486}},
	{"rs=408", "edge case: a status parameter", []int{408}},
	{"code=486", "edge case: a status parameter", []int{486}},
	{"Reason: SIP;cause=487", "issue 11: a SIP cause is a response code", []int{487}},
	{"Reason: SIP;cause=17", "edge case: no such response; not Q.850 cause 17", nil},
	{"Reason: Q.850;cause=17", "RFC 3326", []int{486}},
	{`Reason: preemption ;cause=1 ;text="UA Preemption"`, "RFC 4411 §5: a Preemption cause, not Q.850 cause 1", nil},
	{`Reason: Preemption :cause=2 ;text="Reserved Resources Preempted"`, "RFC 4411 §6, its colon typo", nil},
	{"Reason: STIR;cause=436", "edge case: a STIR cause is a response code (RFC 8224)", []int{436}},
	{"hangup cause 17", "edge case: a cause after no protocol is Q.850's", []int{486}},
}

func TestSearchNumbersReadsCodesInContext(t *testing.T) {
	for _, tc := range numberCases {
		if got := numbers(NewMatcher(tc.query).SearchNumbers()); !slices.Equal(got, tc.want) {
			t.Errorf("SearchNumbers(%q) (%s) = %v, want %v", tc.query, tc.source, got, tc.want)
		}
	}
	if r := Search("Reason: SIP;cause=487"); len(r) == 0 || r[0].Code.Number != 487 || r[0].Match != MatchCode {
		t.Errorf("Reason: SIP;cause=487 should find 487 by its number, got %v", head(numbers(r), 3))
	}
}

func TestSearchEmptyAndNothing(t *testing.T) {
	for _, q := range []string{"", "   ", "\t\n"} {
		if got := numbers(Search(q)); !slices.Equal(got, numbers(wrap(All()))) {
			t.Errorf("Search(%q) should list every code in order", q)
		}
	}
	for _, q := range []string{"!!!", "xyzzy", "zzzzzzzz qqqq", "<img src=x onerror=alert(1)>", "☎☎☎", "700", "cause 16", "Foo: bar"} {
		if got := Search(q); len(got) != 0 {
			t.Errorf("Search(%q) = %v, want nothing", q, head(numbers(got), 5))
		}
	}
}

func TestSearchBoundsHugeInput(t *testing.T) {
	huge := strings.Repeat("busy here ", 100_000)
	start := time.Now()
	got := Search(huge)
	if len(got) == 0 || got[0].Code.Number != 486 {
		t.Errorf("a pasted wall of text should still be read from its start, got %v", head(numbers(got), 3))
	}
	// Not a speed budget (that is BenchmarkSearch): a guard against reading all of it.
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("1 MB query took %v: input is not cut", d)
	}
}

func TestHighlight(t *testing.T) {
	for _, tc := range []struct {
		query, text string
		want        []string
	}{
		{"busy", "Busy Here", []string{"Busy"}},
		{"bus", "Busy Here", []string{"Bus"}},
		{"busy", "Búsy Here", []string{"Búsy"}},
		{"búsy hére", "Busy Here", []string{"Busy", "Here"}},
		{"48", "486", []string{"48"}},
		{"486", "486", []string{"486"}},
		{"unavailble", "Temporarily Unavailable", []string{"Unavailable"}},
		{"time-out", "Request Time-out", []string{"Time", "out"}},
	} {
		r := Search(tc.query)
		if len(r) == 0 {
			t.Errorf("Search(%q) found nothing", tc.query)
			continue
		}
		var got []string
		for _, s := range r[0].Highlight(tc.text) {
			got = append(got, tc.text[s.Start:s.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Search(%q).Highlight(%q) = %q, want %q", tc.query, tc.text, got, tc.want)
		}
	}
	if spans := Search("")[0].Highlight("Trying"); spans != nil {
		t.Errorf("an empty query highlights nothing, got %v", spans)
	}
}

func FuzzSearch(f *testing.F) {
	for _, tc := range searchCases {
		f.Add(tc.query)
	}
	for _, s := range []string{"", "\x00\xff\xfe", "<script>alert(1)</script>", "cause=99999999999999999999", "ééééé", "4", "SIP/2.0", strings.Repeat("a", 300) + "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		results := Search(q)
		if len(results) > len(All()) {
			t.Fatalf("%d results for %q", len(results), q)
		}
		seen := map[int]bool{}
		for i, r := range results {
			if seen[r.Code.Number] || !IsRegistered(r.Code.Number) {
				t.Fatalf("result %d (%d) repeated or unregistered", i, r.Code.Number)
			}
			seen[r.Code.Number] = true
			if i > 0 && r.Score > results[i-1].Score {
				t.Fatalf("results not ranked for %q", q)
			}
			for _, text := range []string{r.Code.Phrase, r.Code.Summary, q} {
				end := 0
				for _, s := range r.Highlight(text) {
					if s.Start < end || s.End <= s.Start || s.End > len(text) {
						t.Fatalf("bad span %v in %q for %q", s, text, q)
					}
					end = s.End
				}
			}
		}
	})
}

// benchQueries is a realistic mix: codes, prefixes, pasted lines, words, typos.
var benchQueries = []string{
	"486", "48", "4", "SIP/2.0 503 Service Unavailable", "Reason: Q.850;cause=17", "cause 34",
	"busy", "busy here", "unavailble", "Retry-After", "request time-out", "codec mismatch",
	"not acceptable here", "authentication", "b", "bu", "bus", "temporarily", "forbiden", "early media",
	"Call Leg/Transaction Does Not Exist", "what does 603 mean", "session timer too small", "glare",
}

func BenchmarkSearch(b *testing.B) {
	Search("warm up the index")
	samples := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		Search(benchQueries[i%len(benchQueries)])
		samples = append(samples, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(samples, func(i, j int) bool { return samples[i] < samples[j] })
	if len(samples) > 0 {
		b.ReportMetric(float64(samples[len(samples)/2].Nanoseconds()), "p50-ns")
		b.ReportMetric(float64(samples[len(samples)*99/100].Nanoseconds()), "p99-ns")
	}
}

func numbers(results []Result) []int {
	out := make([]int, len(results))
	for i, r := range results {
		out[i] = r.Code.Number
	}
	return out
}

func wrap(codes []Code) []Result {
	out := make([]Result, len(codes))
	for i := range codes {
		out[i] = Result{Code: &codes[i]}
	}
	return out
}

func head(s []int, n int) []int { return s[:min(n, len(s))] }

func TestAnIndexBuiltInStepsIsTheWholeOne(t *testing.T) {
	whole, steps := newIndex(LookupDetails), newIndex(LookupDetails)
	if !whole.Build(len(registry)) {
		t.Fatal("a build of every code is not complete")
	}
	if steps.Build(1) {
		t.Error("a build of one code reports the index complete")
	}
	for !steps.Build(2) {
	}
	if !reflect.DeepEqual(whole.built.Load(), steps.built.Load()) {
		t.Fatal("two builds of the index differ")
	}
	if got := NewMatcher("busy").SearchIn(steps); len(got) == 0 || got[0].Code.Number != BusyHere {
		t.Errorf("busy after a stepwise build: %v", got)
	}
}

// Without a word index only numbers are searched.
func TestWithoutAnIndexOnlyNumbersAreFound(t *testing.T) {
	if got := NewMatcher("busy").SearchIn(nil); len(got) != 0 {
		t.Errorf("busy without an index: %v", got)
	}
	if got := NewMatcher("486").SearchIn(nil); len(got) == 0 || got[0].Code.Number != BusyHere {
		t.Errorf("486 without an index: %v", got)
	}
	if got := NewMatcher("Retry-After: 120 (in a meeting)").SearchIn(nil); len(got) != 0 {
		t.Errorf("a header line without an index: %v", got)
	}
}

func TestCutQuery(t *testing.T) {
	long := strings.Repeat("a", MaxQueryLen-1) + "é" // the é straddles the limit
	if got := CutQuery(long); got != strings.Repeat("a", MaxQueryLen-1) {
		t.Errorf("cut inside a character: %q", got[len(got)-3:])
	}
	bad := "\xff" + strings.Repeat("b", MaxQueryLen+10) // an invalid byte early must not empty the query
	if got := CutQuery(bad); len(got) != MaxQueryLen {
		t.Errorf("got %d bytes, want %d", len(got), MaxQueryLen)
	}
	if CutQuery("486") != "486" {
		t.Error("a short query must stay whole")
	}
}

// TestNamed pins what the query parser hands package lookup besides the
// response codes: one reading of the query for both packages.
func TestNamed(t *testing.T) {
	known := func(w string) bool { return w == "preemption" || w == "sip" || w == "q.850" || w == "stir" }
	for _, c := range []struct {
		query string
		want  Named
	}{
		{"cause 34", Named{Cause: 34}},
		{"hangup cause=17", Named{Cause: 17}},
		{"Reason: Q.850;cause=17;text=\"User busy\"", Named{Cause: 17, Protocol: "q.850"}},
		{"preemption cause 1", Named{Cause: 1, Protocol: "preemption"}},
		{"Reason: SIP ;cause=487", Named{Cause: 487, Protocol: "sip"}},
		{"Warning: 399 host \"text\"", Named{Warning: 399, Cause: -1}},
		{"warn-code 370", Named{Warning: 370, Cause: -1}},
		{"w301", Named{Warning: 301, Cause: -1}},
		{"STIR", Named{Cause: -1, Protocol: "stir", Names: []string{"STIR"}}},
		{"reason preemption", Named{Cause: -1, Protocol: "preemption"}},
		{"USER_BUSY and DECLINE, not Busy", Named{Cause: -1, Names: []string{"USER_BUSY", "DECLINE"}}},
		{" 48 ", Named{Cause: -1, Bare: "48"}},
		{"4860", Named{Cause: -1}},
	} {
		got := ReadQuery(c.query, known).Named()
		if got.Warning != c.want.Warning || got.Cause != c.want.Cause || got.Protocol != c.want.Protocol ||
			!slices.Equal(got.Names, c.want.Names) || got.Bare != c.want.Bare {
			t.Errorf("%q: read %+v, want %+v", c.query, got, c.want)
		}
	}
	// Without the protocols, only a semicolon makes a word a protocol.
	if got := NewMatcher("preemption cause 1").Named(); got.Protocol != "" || got.Cause != 1 {
		t.Errorf("preemption cause 1 without protocols: read %+v", got)
	}
}
