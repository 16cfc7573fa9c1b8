package vendors

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestEveryTableMatchesItsSource compares each namespace with the snapshot
// of its primary source in testdata (codes and names, in order), so that a
// vendor's renumbering, once the snapshot is taken again, fails here.
func TestEveryTableMatchesItsSource(t *testing.T) {
	if len(all) < 8 {
		t.Errorf("%d namespaces, want at least 8", len(all))
	}
	for _, ns := range all {
		f, err := os.Open(filepath.Join("testdata", ns.ID+".tsv"))
		if err != nil {
			t.Errorf("%s: no snapshot of its source: %v", ns.ID, err)
			continue
		}
		var rows [][2]string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
				code, name, _ := strings.Cut(line, "\t")
				rows = append(rows, [2]string{code, name})
			}
		}
		f.Close()
		if len(rows) != len(ns.Entries) {
			t.Errorf("%s: %d entries, its source lists %d", ns.ID, len(ns.Entries), len(rows))
			continue
		}
		for i, e := range ns.Entries {
			if e.Code != rows[i][0] || e.Name != rows[i][1] {
				t.Errorf("%s row %d: %q %q, its source says %q %q", ns.ID, i+1, e.Code, e.Name, rows[i][0], rows[i][1])
			}
		}
	}
}

func TestEveryEntryHasASource(t *testing.T) {
	ids := map[string]bool{}
	for _, ns := range all {
		if ids[ns.ID] || ns.ID == "" || ns.Owner == "" || ns.Source == "" || ns.Retrieved == "" || ns.About == "" {
			t.Errorf("%q: id, owner, about, source and date are required, and ids are unique", ns.ID)
		}
		ids[ns.ID] = true
		switch ns.Confidence {
		case VendorSource, VendorDocs, Community:
		default:
			t.Errorf("%s: confidence %q", ns.ID, ns.Confidence)
		}
		for _, e := range ns.Entries {
			if e.Code == "" || e.Name == "" || e.Summary == "" || e.Source == "" || e.Where == "" {
				t.Errorf("%s %q: code, name, summary, where and source are required", ns.ID, e.Code)
			}
			if e.SIPCode != 0 && (e.SIPCode < 100 || e.SIPCode > 699) {
				t.Errorf("%s %s: SIP code %d", ns.ID, e.Code, e.SIPCode)
			}
		}
	}
}

func TestDecodeTeams(t *testing.T) {
	if e, ok := DecodeTeams("560499"); !ok || e.SIPCode != 499 {
		t.Errorf("560499 decodes to %+v", e)
	}
	for _, code := range []string{"5604031", "56040x", "560099", "123456"} {
		if e, ok := DecodeTeams(code); ok {
			t.Errorf("%s decodes to %+v", code, e)
		}
	}
}

func TestSearch(t *testing.T) {
	for query, want := range map[string]string{
		"904":                   "sofia-sip 904",
		"sofia 904":             "sofia-sip 904",
		"560403":                "teams 560403",
		"560499":                "teams 560499",
		"500#1005":              "ms-diagcode 500#1005",
		"32011":                 "twilio 32011",
		"kamailio 477":          "kamailio-tm 477",
		"NO_MATCHING_CHALLENGE": "sofia-sip 904",
		"pjsip_eauthnoauth":     "pjsip PJSIP_EAUTHNOAUTH",
	} {
		hits := Search(query)
		if len(hits) == 0 || hits[0].Namespace.ID+" "+hits[0].Code != want {
			t.Errorf("Search(%q) = %v, want %s first", query, hits, want)
		}
	}
	for code, want := range map[string]string{"D35": "D35", "D11": "D10-D17", "P05": "P05-P06"} {
		if e, ok := Telnyx(code); !ok || e.Code != want {
			t.Errorf("Telnyx(%q) = %q, want the row %s", code, e.Code, want)
		}
	}
	for _, code := range []string{"D99", "X1", "d35", "D"} {
		if e, ok := Telnyx(code); ok {
			t.Errorf("Telnyx(%q) = %q", code, e.Code)
		}
	}
	if hits := Search("busy"); len(hits) != 0 {
		t.Errorf("one word that is no code finds %d entries", len(hits))
	}
}

// vendors.json carries every table: read back, the tables find what the
// tables compiled in find.
func TestTheJSONReadsBackAsTheTables(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	read, err := ReadJSON(&b)
	if err != nil {
		t.Fatal(err)
	}
	if len(read) != len(all) {
		t.Fatalf("read %d namespaces, wrote %d", len(read), len(all))
	}
	for i, ns := range read {
		if !reflect.DeepEqual(*ns, *all[i]) {
			t.Errorf("namespace %s does not read back as it was written", all[i].ID)
		}
	}
	for _, query := range []string{"904", "sofia 904", "560403", "560499", "PJSIP_EAUTHNOAUTH", "telnyx D35", "twilio 32011"} {
		got, want := newIndex(read).Search(query), Search(query)
		if len(got) == 0 || len(got) != len(want) || got[0].Namespace.ID != want[0].Namespace.ID || got[0].Entry != want[0].Entry {
			t.Errorf("newIndex(read).Search(%q) = %v, want %v", query, got, want)
		}
	}
	if hits := newIndex(nil).Search("560403"); len(hits) != 0 {
		t.Errorf("no tables, yet %d hits", len(hits))
	}
}

func TestABrokenJSONIsAnError(t *testing.T) {
	for _, bad := range []string{"", "[]", `{"namespaces": 3}`, `{"namespaces": [{"id": 5}]}`} {
		if _, err := ReadJSON(strings.NewReader(bad)); err == nil {
			t.Errorf("%q reads without an error", bad)
		}
	}
}
