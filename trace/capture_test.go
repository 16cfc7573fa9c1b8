package trace

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sipcodes/sipcodes/capture"
)

// captureSets are the sets of real captures, each with its headlines read
// by hand in expected.tsv, and how many of them must stay right. Each
// set's first look is recorded in testdata/README.md.
var captureSets = []struct {
	dir   string
	floor int
}{
	{"../capture/testdata", 14},
	{"../capture/testdata/set2", 18},
}

// TestCaptureHeadlines explains each real capture and compares its
// headline with the one read by hand: a code, "none" when no request
// failed (a 2xx, or no final response, is then right), or "unreadable".
func TestCaptureHeadlines(t *testing.T) {
	for _, set := range captureSets {
		t.Run(filepath.Base(set.dir), func(t *testing.T) { captureHeadlines(t, set.dir, set.floor) })
	}
}

func captureHeadlines(t *testing.T, dir string, floor int) {
	b, err := os.ReadFile(filepath.Join(dir, "expected.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	right, n := 0, 0
	for _, line := range strings.Split(string(b), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || strings.HasPrefix(cols[0], "#") {
			continue
		}
		f, err := os.Open(filepath.Join(dir, cols[0]))
		if err != nil {
			t.Fatal(err)
		}
		c, err := capture.Read(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", cols[0], err)
		}
		e := ExplainCapture(c)
		n++
		want := cols[1]
		code, _ := strconv.Atoi(strings.Fields(want + " x")[0])
		ok := false
		switch {
		case want == "none":
			ok = e.Code == 0 || e.Code >= 200 && e.Code < 300
		case strings.HasPrefix(want, "unreadable"):
			ok = e.Code == 0 && len(e.Capture.Unread) > 0
		default:
			ok = e.Code == code
		}
		if ok {
			right++
		} else {
			t.Logf("%s: headline %d %s, read %s", cols[0], e.Code, e.Phrase, want)
		}
	}
	t.Logf("captures: %d/%d headlines right", right, n)
	if right < floor {
		t.Errorf("%d headlines right, below the floor of %d", right, floor)
	}
}
