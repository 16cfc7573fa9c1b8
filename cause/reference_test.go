package cause

import (
	"bufio"
	"os"
	"regexp"
	"slices"
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
	sc.Buffer(nil, 1<<20)
	sc.Scan() // header
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	return rows
}

// Columns of q850-causes-full.tsv.
const (
	colCause = iota
	colClass
	colClassName
	colName
	colStatus
	colRFC3398
	colFreeSWITCHName
	colFreeSWITCHCode
	colAsteriskName
	colAsteriskCode
)

var leadingNumber = regexp.MustCompile(`^[0-9]+`)

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(leadingNumber.FindString(s))
	if err != nil {
		t.Fatalf("no number in %q", s)
	}
	return n
}

func TestEveryAssignedCauseIsNamed(t *testing.T) {
	rows := readTSV(t, "q850-causes-full.tsv")
	if len(rows) != 128 {
		t.Fatalf("snapshot has %d rows, want 0 to 127", len(rows))
	}
	assigned := 0
	for _, r := range rows {
		n := atoi(t, r[colCause])
		c, ok := Lookup(n)
		if !ok {
			t.Errorf("Lookup(%d) must answer for every value 0 to 127", n)
			continue
		}
		if int(c.Class()) != atoi(t, r[colClass]) || !strings.HasPrefix(r[colClassName][4:], c.Class().String()) {
			t.Errorf("%d: class %d %q, snapshot %s %q", n, c.Class(), c.Class(), r[colClass], r[colClassName])
		}
		switch r[colStatus] {
		case "Q.850":
			assigned++
			if !c.Assigned || c.Name != r[colName] {
				t.Errorf("%d: name %q, Q.850 names it %q", n, c.Name, r[colName])
			}
			if _, ok := byValue[n]; !ok {
				t.Errorf("%d: assigned but not explained", n)
			}
		default:
			if c.Assigned || c.Name != "" {
				t.Errorf("%d is %s but presented as assigned", n, r[colStatus])
			}
			if _, ok := byValue[n]; ok != (n == 0) {
				t.Errorf("%d: only 0 among the unassigned values has an explanation of its own", n)
			}
		}
	}
	if assigned != 71 || len(All()) != 71 {
		t.Errorf("snapshot assigns %d causes, All returns %d; want 71", assigned, len(All()))
	}
}

func TestRFC3398AsTheSnapshotGivesIt(t *testing.T) {
	for _, r := range readTSV(t, "q850-causes-full.tsv") {
		n := atoi(t, r[colCause])
		c, _ := Lookup(n)
		code, ok := c.SIPCode()
		var rows []int
		for _, m := range c.RFC3398 {
			rows = append(rows, m.Code)
		}
		want := r[colRFC3398]
		switch {
		case want == "" && n == 0:
			if ok {
				t.Errorf("0 is not a Q.850 value, yet maps to %d", code)
			}
		case want == "": // unassigned: RFC 3398's default applies to any unlisted value
			if !ok || code != 500 || len(rows) != 0 {
				t.Errorf("%d: unlisted, so 500; got %d %v", n, code, rows)
			}
		case strings.HasPrefix(want, "none"), strings.HasPrefix(want, "(no SIP response"):
			if ok || len(rows) != 0 {
				t.Errorf("%d: RFC 3398 sends no response for it", n)
			}
		case strings.Contains(want, "default"):
			if !ok || code != 500 || len(rows) != 0 {
				t.Errorf("%d: RFC 3398 has no row, so 500; got %d %v", n, code, rows)
			}
		case want == "410 / 301":
			if !slices.Equal(rows, []int{410, 301}) {
				t.Errorf("%d: rows %v, want 410 and 301", n, rows)
			}
		default:
			if !slices.Equal(rows, []int{atoi(t, want)}) || code != rows[0] {
				t.Errorf("%d: rows %v, RFC 3398 says %s", n, rows, want)
			}
		}
	}
}

func TestVendorsAsTheSnapshotGivesThem(t *testing.T) {
	for _, r := range readTSV(t, "q850-causes-full.tsv") {
		n := atoi(t, r[colCause])
		c, _ := Lookup(n)
		for _, v := range []struct {
			who        string
			got        Vendor
			name, code string
			prefix     string
		}{
			{"FreeSWITCH", c.FreeSWITCH, r[colFreeSWITCHName], r[colFreeSWITCHCode], ""},
			{"Asterisk", c.Asterisk, r[colAsteriskName], r[colAsteriskCode], "AST_CAUSE_"},
		} {
			wantName := v.name
			if wantName != "" {
				wantName = v.prefix + wantName
			}
			fallback := strings.Contains(v.code, "default") || strings.Contains(v.code, "no mapping")
			if v.got.Name != wantName || v.got.Code != atoi(t, v.code) || v.got.Default != fallback {
				t.Errorf("%d: %s %+v, snapshot %q %q", n, v.who, v.got, v.name, v.code)
			}
		}
	}
}

func TestFreeSWITCHInternalAsTheSnapshotGivesIt(t *testing.T) {
	rows := readTSV(t, "freeswitch-internal-causes.tsv")
	if len(rows) != len(internalCauses) {
		t.Errorf("snapshot has %d internal causes, the table %d", len(rows), len(internalCauses))
	}
	for _, r := range rows {
		c, ok := LookupInternalName(r[0])
		if !ok {
			t.Errorf("missing FreeSWITCH cause %s", r[0])
			continue
		}
		before := 0
		if !strings.HasPrefix(r[2], "(none") {
			before = atoi(t, r[2])
		}
		if c.Value != atoi(t, r[1]) || c.Before2022 != before || c.Code != atoi(t, r[3]) {
			t.Errorf("%s: %+v, snapshot %v", r[0], c, r[:4])
		}
		if got, ok := LookupInternal(c.Value); !ok || got.Name != c.Name {
			t.Errorf("LookupInternal(%d) should find %s", c.Value, c.Name)
		}
		if before != 0 {
			if got, ok := LookupInternalBefore2022(before); !ok || got.Name != c.Name {
				t.Errorf("LookupInternalBefore2022(%d) should find %s", before, c.Name)
			}
		}
	}
	if _, ok := LookupInternalBefore2022(0); ok {
		t.Error("0 is no old number")
	}
}
