package codes

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// readTSV returns the data rows of a testdata TSV file.
func readTSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	return rows
}

func TestCauseToCodeMatchesRFC3398(t *testing.T) {
	rows := readTSV(t, "rfc3398-isup-to-sip.tsv")
	if len(rows) != len(causeToCode)+1 { // +1: cause 16 maps to no response
		t.Errorf("RFC 3398 §7.2.4.1 has %d rows, the table %d", len(rows), len(causeToCode))
	}
	for _, row := range rows {
		cause, _ := strconv.Atoi(row[0])
		if CauseName(cause) != row[1] {
			t.Errorf("cause %d name %q, want %q", cause, CauseName(cause), row[1])
		}
		if row[2] == "none" {
			if _, _, ok := CodeForCause(cause); ok {
				t.Errorf("cause %d maps to no response", cause)
			}
			continue
		}
		code, _ := strconv.Atoi(row[2])
		found := false
		for _, r := range CausesForCode(code) {
			found = found || r.Cause == cause
		}
		if !found {
			t.Errorf("cause %d should map to %d", cause, code)
		}
	}
	for cause, want := range map[int]int{17: 486, 34: 503, 1: 404, 102: 504, 21: 403, 99: 500, 127: 500} {
		if got, _, ok := CodeForCause(cause); !ok || got != want {
			t.Errorf("CodeForCause(%d) = %d, want %d", cause, got, want)
		}
	}
	for _, cause := range []int{16, 44, 0, 128, -1} {
		if _, _, ok := CodeForCause(cause); ok {
			t.Errorf("cause %d has no SIP response", cause)
		}
	}
}

func TestCodeToCauseMatchesRFC3398(t *testing.T) {
	rows := readTSV(t, "rfc3398-sip-to-isup.tsv")
	if len(rows) != len(codeToCause) {
		t.Errorf("RFC 3398 §8.2.6.1 has %d rows, the table %d", len(rows), len(codeToCause))
	}
	for _, row := range rows {
		code, _ := strconv.Atoi(row[0])
		got, ok := CauseForCode(code)
		if !ok {
			t.Errorf("%d has a row in §8.2.6.1", code)
			continue
		}
		want := 0
		switch row[1] {
		case "none":
		case "by Warning header":
			want = 31
		default:
			want, _ = strconv.Atoi(row[1])
		}
		if got.Cause != want {
			t.Errorf("%d maps to cause %d, RFC 3398 says %s", code, got.Cause, row[1])
		}
	}
	if r, ok := CauseForCode(BadAlertMessage); !ok || r.Cause != 31 {
		t.Errorf("an unlisted failure code gets the default cause 31, got %d", r.Cause)
	}
	for _, n := range []int{180, 200, 302} {
		if _, ok := CauseForCode(n); ok {
			t.Errorf("%d is not a failure: no cause", n)
		}
	}
}
