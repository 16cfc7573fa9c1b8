package codes

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// snapshot reads the IANA registry snapshot: code -> phrase as IANA writes it.
func snapshot(t *testing.T) map[int]string {
	t.Helper()
	f, err := os.Open("testdata/iana-sip-response-codes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[int]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		n, err := strconv.Atoi(cols[0])
		if err != nil {
			t.Fatalf("bad snapshot line %q", line)
		}
		want[n] = cols[1]
	}
	return want
}

func TestRegistryMatchesSnapshot(t *testing.T) {
	want := snapshot(t)
	if len(want) != 75 {
		t.Fatalf("snapshot has %d codes, want 75", len(want))
	}
	all := All()
	if len(all) != len(want) {
		t.Errorf("registry has %d codes, snapshot %d", len(all), len(want))
	}
	for _, c := range all {
		phrase, ok := want[c.Number]
		if !ok {
			t.Errorf("%d is presented as registered but is not in the IANA registry", c.Number)
			continue
		}
		if c.Status == Deprecated {
			phrase = strings.TrimSuffix(phrase, " (Deprecated)") // IANA writes the status into the phrase
		}
		if c.Phrase != phrase {
			t.Errorf("%d: phrase %q, IANA registers %q", c.Number, c.Phrase, phrase)
		}
		delete(want, c.Number)
	}
	for n, p := range want {
		t.Errorf("missing registered code %d %s", n, p)
	}
}

func TestUnregisteredStayApart(t *testing.T) {
	want := snapshot(t)
	for _, n := range []int{409, 411} {
		if _, ok := LookupUnregistered(n); !ok {
			t.Errorf("%d should be listed as unregistered", n)
		}
	}
	for _, u := range UnregisteredCodes() {
		if _, ok := want[u.Number]; ok || IsRegistered(u.Number) {
			t.Errorf("%d is listed as unregistered but is registered", u.Number)
		}
		if u.Origin == "" || u.Note == "" {
			t.Errorf("unregistered %d needs an origin and a note", u.Number)
		}
	}
}

func TestLookupAndText(t *testing.T) {
	if c, ok := Lookup(BusyHere); !ok || c.Phrase != "Busy Here" || c.Class() != 4 || !c.Final() {
		t.Errorf("Lookup(486) = %+v, %v", c.Phrase, ok)
	}
	if _, ok := Lookup(499); ok {
		t.Error("499 is not registered")
	}
	if Text(NotAcceptableAnywhere) != "Not Acceptable" || Text(NotAcceptable) != "Not Acceptable" {
		t.Error("406 and 606 share the phrase Not Acceptable")
	}
	if Text(1000) != "" {
		t.Error("Text of a non-code must be empty")
	}
	if got := mustLookup(t, 486).StatusLine(); got != "SIP/2.0 486 Busy Here" {
		t.Errorf("StatusLine = %q", got)
	}
}

func TestClassesAndFallback(t *testing.T) {
	if len(Classes()) != 6 {
		t.Fatal("want six classes")
	}
	counts := map[Class]int{}
	for _, c := range All() {
		counts[c.Class()]++
	}
	for class, want := range map[Class]int{1: 6, 2: 3, 3: 5, 4: 46, 5: 9, 6: 6} {
		if counts[class] != want || len(InClass(class)) != want {
			t.Errorf("class %s has %d codes, want %d", class, counts[class], want)
		}
	}
	for _, tc := range []struct{ in, want int }{
		{499, 400}, {431, 400}, {486, 486}, {150, 183}, {101, 183}, {100, 100},
		{299, 200}, {399, 300}, {599, 500}, {699, 600}, {607, 607},
	} {
		if got, ok := Fallback(tc.in); !ok || got.Number != tc.want {
			t.Errorf("Fallback(%d) = %d, want %d", tc.in, got.Number, tc.want)
		}
	}
	for _, n := range []int{0, 99, 700, -486, 1000} {
		if _, ok := Fallback(n); ok {
			t.Errorf("Fallback(%d) should report false", n)
		}
	}
	for s, want := range map[string]Class{"4xx": 4, "6XX": 6, "1xx": 1} {
		if got, ok := ParseClass(s); !ok || got != want {
			t.Errorf("ParseClass(%q) = %v", s, got)
		}
	}
	for _, s := range []string{"7xx", "0xx", "4x", "44x", "", "xxx"} {
		if _, ok := ParseClass(s); ok {
			t.Errorf("ParseClass(%q) should fail", s)
		}
	}
}

func TestNeighbours(t *testing.T) {
	for _, tc := range []struct{ n, prev, next int }{
		{100, 0, 180}, {486, 485, 487}, {608, 607, 0}, {499, 494, 500}, {410, 408, 412},
	} {
		if p, n := Neighbours(tc.n); p != tc.prev || n != tc.next {
			t.Errorf("Neighbours(%d) = %d, %d; want %d, %d", tc.n, p, n, tc.prev, tc.next)
		}
	}
}

func mustLookup(t testing.TB, n int) full {
	t.Helper()
	c, ok := Lookup(n)
	if !ok {
		t.Fatalf("%d not registered", n)
	}
	d, ok := LookupDetails(n)
	if !ok || d.Code != n {
		t.Fatalf("%d has no details", n)
	}
	return full{c, d}
}

// full is a code with its details, as the tests read them.
type full struct {
	Code
	Details
}

// allFull is every code with its details.
func allFull() []full {
	var out []full
	for _, c := range All() {
		d, _ := LookupDetails(c.Number)
		out = append(out, full{c, d})
	}
	return out
}
