package warning

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// tsvRow is one row of testdata/warn-codes.tsv.
type tsvRow struct {
	code       int
	text       string
	reference  string
	registered bool
	seenWith   string
}

func readSnapshot(t *testing.T) []tsvRow {
	t.Helper()
	f, err := os.Open("testdata/warn-codes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []tsvRow
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		n, err := strconv.Atoi(c[0])
		if err != nil || len(c) < 7 {
			t.Fatalf("bad snapshot line %q", sc.Text())
		}
		rows = append(rows, tsvRow{n, c[1], c[2], c[4] == "yes", c[6]})
	}
	return rows
}

func TestRegistryMatchesSnapshot(t *testing.T) {
	rows := readSnapshot(t)
	registered := 0
	for _, r := range rows {
		if !r.registered {
			if IsRegistered(r.code) {
				t.Errorf("%d is presented as registered but IANA never registered it", r.code)
			}
			if _, ok := LookupUnregistered(r.code); !ok {
				t.Errorf("%d is seen in the wild and should be listed as unregistered", r.code)
			}
			continue
		}
		registered++
		w, ok := Lookup(r.code)
		if !ok {
			t.Errorf("missing registered warn-code %d %s", r.code, r.text)
			continue
		}
		if w.Text != r.text {
			t.Errorf("%d: text %q, IANA registers %q", r.code, w.Text, r.text)
		}
		if want := "RFC" + strconv.Itoa(w.Refs[0].RFC); want != r.reference {
			t.Errorf("%d: defined by %s, IANA cites %s", r.code, want, r.reference)
		}
	}
	if registered != 15 || len(All()) != registered {
		t.Errorf("snapshot has %d registered warn-codes, the registry %d; want 15", registered, len(All()))
	}
}

func TestSeenWithFollowsTheRFCs(t *testing.T) {
	for _, r := range readSnapshot(t) {
		w, ok := Lookup(r.code)
		if !ok {
			continue
		}
		if r.code == MiscellaneousWarning {
			if w.SeenWith != nil {
				t.Errorf("399 goes with any response")
			}
			continue
		}
		if len(w.SeenWith) == 0 {
			t.Errorf("%d: say which responses it travels with", r.code)
		}
		for _, n := range w.SeenWith {
			if r.code == IncompatibleLanguage && n == 606 {
				continue // the snapshot left 606 unconfirmed; RFC 8373 §5.2 names 488 and 606
			}
			if !strings.Contains(r.seenWith, strconv.Itoa(n)) {
				t.Errorf("%d: seen with %d, the snapshot says %q", r.code, n, r.seenWith)
			}
		}
	}
}

func TestUnknownNumbersAnswerHonestly(t *testing.T) {
	for n, want := range map[int]string{
		305:  "Incompatible media format: a registered",
		390:  "not a registered warn-code; PJSIP",
		392:  "not a registered warn-code; SER",
		310:  "300-329, kept for problems with keywords",
		335:  "330-339",
		350:  "gives 340-369 no purpose",
		375:  "370-379",
		385:  "380-399, kept for miscellaneous",
		398:  "380-399",
		199:  "leaves 1xx and 2xx to HTTP/1.1",
		400:  "only 3xx",
		1000: "three digits",
		-1:   "three digits",
	} {
		if got := Describe(n); !strings.Contains(got, want) {
			t.Errorf("Describe(%d) = %q, want it to contain %q", n, got, want)
		}
	}
	for _, n := range []int{299, 400, 0} {
		if _, ok := RangeOf(n); ok {
			t.Errorf("RangeOf(%d) should report false", n)
		}
	}
	if _, ok := Lookup(390); ok {
		t.Error("390 is not registered")
	}
}
