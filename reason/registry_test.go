package reason

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// readTSV returns the data rows of a testdata TSV file, split into columns.
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

func squeeze(s string) string { return strings.ReplaceAll(s, " ", "") }

func TestProtocolsMatchTheRegistry(t *testing.T) {
	rows := readTSV(t, "reason-protocols.tsv")
	registered := 0
	for _, r := range rows {
		token, reference := r[0], r[2]
		if reference == "none" {
			if _, ok := LookupProtocol(token); ok {
				t.Errorf("%s is presented as registered but IANA never registered it", token)
			}
			if _, ok := LookupUnregistered(token); !ok {
				t.Errorf("%s is seen in the wild and should be listed as unregistered", token)
			}
			continue
		}
		registered++
		p, ok := LookupProtocol(token)
		if !ok {
			t.Errorf("missing registered protocol %s", token)
			continue
		}
		if p.Token != token || !strings.HasPrefix(squeeze(reference), squeeze(p.Reference)) {
			t.Errorf("%s: reference %q, the registry cites %q", token, p.Reference, reference)
		}
	}
	if registered != 22 || len(Protocols()) != registered {
		t.Errorf("registry has %d protocols, the table %d; want 22", registered, len(Protocols()))
	}
}

func TestLookupProtocolIgnoresCase(t *testing.T) {
	for in, want := range map[string]string{"q.850": "Q.850", " sip ": "SIP", "preemption": "Preemption", "Release_Cause": "RELEASE_CAUSE", "stir": "STIR", "ngap-rnl": "NGAP-RNL"} {
		if p, ok := LookupProtocol(in); !ok || p.Token != want {
			t.Errorf("LookupProtocol(%q) = %q, %v", in, p.Token, ok)
		}
	}
	for _, in := range []string{"", "Q850", "freeswitch", "ISUP"} {
		if _, ok := LookupProtocol(in); ok {
			t.Errorf("LookupProtocol(%q) should fail", in)
		}
	}
}

// valuesOf checks one protocol's values against rows of (cause, text).
func valuesOf(t *testing.T, token string, want map[int]string) {
	t.Helper()
	p, _ := LookupProtocol(token)
	if len(p.Values) != len(want) {
		t.Errorf("%s has %d values, the snapshot %d", token, len(p.Values), len(want))
	}
	for cause, text := range want {
		v, ok := LookupValue(token, cause)
		if !ok || v.Text != text {
			t.Errorf("%s cause %d: %q, want %q", token, cause, v.Text, text)
		}
	}
}

func TestPreemptionAnd3GPPValues(t *testing.T) {
	pre := map[int]string{}
	for _, r := range readTSV(t, "preemption-causes.tsv") {
		n, _ := strconv.Atoi(r[0])
		pre[n] = r[1]
	}
	valuesOf(t, "Preemption", pre)
	rel, fail := map[int]string{}, map[int]string{}
	for _, r := range readTSV(t, "3gpp-release-failure-causes.tsv") {
		n, _ := strconv.Atoi(r[1])
		map[string]map[int]string{"RELEASE_CAUSE": rel, "FAILURE_CAUSE": fail}[r[0]][n] = r[2]
	}
	if len(rel) != 7 || len(fail) != 3 {
		t.Fatalf("snapshot has %d release and %d failure causes", len(rel), len(fail))
	}
	valuesOf(t, "RELEASE_CAUSE", rel)
	valuesOf(t, "FAILURE_CAUSE", fail)
}

func TestSTIRValues(t *testing.T) {
	p, _ := LookupProtocol("STIR")
	inRFC := regexp.MustCompile(`RFC 8224`)
	for _, r := range readTSV(t, "stir-causes.tsv") {
		code, _ := strconv.Atoi(r[0])
		v, ok := LookupValue("STIR", code)
		standard := inRFC.MatchString(r[2]) && code != 500
		switch {
		case code == 500:
			if ok {
				t.Error("500 is Asterisk's internal error, not a STIR failure")
			}
		case !ok:
			t.Errorf("STIR should list %d", code)
		case standard != (len(v.Refs) > 0 && v.Refs[0].RFC == 8224 && v.Refs[0].Section == "6.2.2"):
			t.Errorf("%d: RFC 8224 §6.2.2 lists it: %v; refs %v", code, standard, v.Refs)
		}
	}
	if len(p.Values) != 6 {
		t.Errorf("STIR lists %d values, want 403 428 433 436 437 438", len(p.Values))
	}
	if v, _ := LookupValue("stir", 403); v.Text != "Stale Date" {
		t.Errorf("403 with STIR is Stale Date, got %q", v.Text)
	}
}
