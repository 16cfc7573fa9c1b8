package main

import (
	"bufio"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/reason"
	"github.com/sipcodes/sipcodes/warning"
)

func parseFixture(t *testing.T, name string) []Row {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := ParseCSV(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return rows
}

func TestParseCSV(t *testing.T) {
	for _, tc := range []struct {
		file string
		want []Row
	}{
		{"sip-parameters-7.csv", []Row{
			{Value: "100", Text: "Trying"},
			{Value: "199", Text: "Early Dialog Terminated", Refs: []string{"RFC 6228"}},
			{Value: "202", Text: "Accepted (Deprecated)", Refs: []string{"RFC 6665"}},
			{Value: "436", Text: "Bad Identity Info", Refs: []string{"RFC 8224"}},
			{Value: "481", Text: "Call/Transaction Does Not Exist"},
			{Value: "608", Text: "Rejected", Refs: []string{"RFC 8688", "RFC-ietf-sipcore-rejected-09"}},
		}},
		{"sip-parameters-5.csv", []Row{
			{Value: "305", Text: "Incompatible media format: One or more media formats contained in the session description are not available.", Refs: []string{"RFC 3261"}},
			{Value: "308", Text: "Incompatible language specification: Requested languages not supported. Supported languages are [list of supported languages]; supported media are: [list of supported media].", Refs: []string{"RFC 8373"}},
			{Value: "399", Text: "Miscellaneous warning", Refs: []string{"RFC 3261"}},
		}},
		{"sip-parameters-3.csv", []Row{
			{Value: "SIP", Text: "Status code", Refs: []string{"RFC 3261"}},
			{Value: "Q.850", Text: "Cause value in decimal representation", Refs: []string{"ITU-T Q.850"}},
			{Value: "FAILURE_CAUSE", Text: "cause 1 Media bearer or QoS lost 2 Release of signalling bearer", Refs: []string{"3GPP TS 24.229 v14.4.0", "Dongwook_Kim"}},
			{Value: "STIR", Text: "STIR Error code", Refs: []string{"RFC 8224"}},
		}},
	} {
		got := parseFixture(t, tc.file)
		if !slices.EqualFunc(got, tc.want, sameRow) {
			t.Errorf("%s:\n got %q\nwant %q", tc.file, got, tc.want)
		}
	}
}

func sameRow(a, b Row) bool {
	return a.Value == b.Value && a.Text == b.Text && slices.Equal(a.Refs, b.Refs)
}

func TestParseCSVEdgeCases(t *testing.T) {
	in := "\ufeffValue,Reference,Description\n" +
		"700-799,,Unassigned\n" +
		",,\n" +
		"309,[RFC9999] [RFC9998],\"Two refs\"\n" +
		"310,see the note,Short row\n" +
		"311\n"
	rows, err := ParseCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Row{
		{Value: "309", Text: "Two refs", Refs: []string{"RFC 9999", "RFC 9998"}},
		{Value: "310", Text: "Short row", Refs: []string{"see the note"}},
		{Value: "311"},
	}
	if !slices.EqualFunc(rows, want, sameRow) {
		t.Errorf("got %q\nwant %q", rows, want)
	}
	for _, bad := range []string{"", "Response Code,Description,Reference\n", "a,\"unterminated\n"} {
		if _, err := ParseCSV(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseCSV(%q) should fail", bad)
		}
	}
}

func TestCSVURL(t *testing.T) {
	for page, want := range map[string]string{
		codes.RegistryURL:   "https://www.iana.org/assignments/sip-parameters/sip-parameters-7.csv",
		warning.RegistryURL: "https://www.iana.org/assignments/sip-parameters/sip-parameters-5.csv",
		reason.RegistryURL:  "https://www.iana.org/assignments/sip-parameters/sip-parameters-3.csv",
	} {
		if got, err := csvURL(page, ""); err != nil || got != want {
			t.Errorf("csvURL(%q) = %q, %v; want %q", page, got, err, want)
		}
	}
	if got, _ := csvURL(codes.RegistryURL, "http://127.0.0.1:1/x/"); got != "http://127.0.0.1:1/x/sip-parameters-7.csv" {
		t.Errorf("csvURL with a base = %q", got)
	}
	if _, err := csvURL("https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml", ""); err == nil {
		t.Error("a registry URL without an anchor should be refused")
	}
}

// readTSV returns the data lines of a reference snapshot, split into cells.
// Lines starting with # are comments; header says whether the first data
// line names the columns.
func readTSV(t *testing.T, name string, header bool) [][]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// snapshotCodes turns the response code snapshot into registry rows. The
// snapshot writes 202 without the "(Deprecated)" IANA puts in its
// description and says so in the row's notes; the row gets it back here.
func snapshotCodes(t *testing.T) []Row {
	var rows []Row
	for _, c := range readTSV(t, "iana-sip-response-codes.tsv", false) {
		row := Row{Value: c[0], Text: c[1], Refs: []string{normalizeRef(c[2])}}
		if strings.Contains(c[3], "DEPRECATED") {
			row.Text += deprecatedSuffix
		}
		rows = append(rows, row)
	}
	if len(rows) != 75 {
		t.Fatalf("response code snapshot has %d rows, want 75", len(rows))
	}
	return rows
}

// snapshotWarnings turns the warn-code snapshot into registry rows, leaving
// out the codes it marks as not registered.
func snapshotWarnings(t *testing.T) []Row {
	var rows []Row
	for _, c := range readTSV(t, "warn-codes.tsv", true) {
		if c[4] == "yes" {
			rows = append(rows, Row{Value: c[0], Text: c[1], Refs: []string{normalizeRef(c[2])}})
		}
	}
	if len(rows) != 15 {
		t.Fatalf("warn-code snapshot has %d registered rows, want 15", len(rows))
	}
	return rows
}

// aside matches the remarks the Reason snapshot adds to a reference in
// parentheses, such as "(registry created by RFC 3326)"; IANA's cell has none.
var aside = regexp.MustCompile(`\s*\([^)]*\)`)

// snapshotReasons turns the Reason protocol snapshot into registry rows,
// leaving out the tokens it marks as not registered.
func snapshotReasons(t *testing.T) []Row {
	var rows []Row
	for _, c := range readTSV(t, "reason-protocols.tsv", true) {
		if c[2] == "none" {
			continue
		}
		rows = append(rows, Row{Value: c[0], Text: c[1], Refs: []string{normalizeRef(aside.ReplaceAllString(c[2], ""))}})
	}
	if len(rows) != 22 {
		t.Fatalf("Reason snapshot has %d registered rows, want 22", len(rows))
	}
	return rows
}

// The packages were built from these snapshots, so none may differ.
func TestSnapshotsShowNoDifference(t *testing.T) {
	for name, lines := range map[string][]string{
		"codes":   CompareCodes(snapshotCodes(t)),
		"warning": CompareWarnings(snapshotWarnings(t)),
		"reason":  CompareReasons(snapshotReasons(t)),
	} {
		for _, l := range lines {
			t.Errorf("%s: %s", name, l)
		}
	}
}

// edit returns rows with the row whose value is drop left out, each value in
// texts given a new description and the added rows appended.
func edit(rows []Row, drop string, texts map[string]string, add ...Row) []Row {
	var out []Row
	for _, r := range rows {
		if r.Value == drop {
			continue
		}
		if text, ok := texts[r.Value]; ok {
			r.Text = text
		}
		out = append(out, r)
	}
	return append(out, add...)
}

func TestChangedRegistryIsReported(t *testing.T) {
	for _, tc := range []struct {
		name string
		got  []string
		want []string
	}{
		{
			"codes",
			CompareCodes(edit(snapshotCodes(t), "608",
				map[string]string{"436": "Bad Identity-Info", "202": "Accepted", "486": "Busy Here (Deprecated)"},
				Row{Value: "499", Text: "Foo Failure", Refs: []string{"RFC 9999"}},
				Row{Value: "409", Text: "Conflict"},
				Row{Value: "4xx", Text: "Oops"},
				Row{Value: "100", Text: "Trying"})),
			[]string{
				"status differs: 202 registry not deprecated vs sipcodes deprecated",
				"phrase differs: 436 registry 'Bad Identity-Info' vs sipcodes 'Bad Identity Info'",
				"status differs: 486 registry deprecated vs sipcodes registered",
				"missing in sipcodes: 499 Foo Failure (RFC 9999)",
				"missing in sipcodes: 409 Conflict; sipcodes lists it among the unregistered codes",
				`cannot read registry row: "4xx" "Oops"`,
				"listed twice in the registry: 100",
				"not in the registry any more: 608 Rejected",
			},
		},
		{
			"warning",
			CompareWarnings(edit(snapshotWarnings(t), "399",
				map[string]string{"305": "Incompatible media formats: none of them can be used"},
				Row{Value: "309", Text: "Something new: a test row", Refs: []string{"RFC 9999"}},
				Row{Value: "392"})),
			[]string{
				"text differs: 305 registry 'Incompatible media formats' vs sipcodes 'Incompatible media format'",
				"missing in sipcodes: 309 Something new (RFC 9999)",
				"missing in sipcodes: 392; sipcodes lists it among the unregistered warn-codes",
				"not in the registry any more: 399 Miscellaneous warning",
			},
		},
		{
			"reason",
			CompareReasons(slices.Concat(
				edit(snapshotReasons(t), "5GSM", nil),
				[]Row{
					{Value: "NEWPROTO", Refs: []string{"3GPP TS 24.999"}},
					{Value: "FreeSWITCH"},
					{Value: "q.850", Refs: []string{"ITU-T Q.850"}},
				},
			)),
			[]string{
				"missing in sipcodes: NEWPROTO (3GPP TS 24.999)",
				"missing in sipcodes: FreeSWITCH; sipcodes lists it among the unregistered protocols",
				"listed twice in the registry: q.850",
				"not in the registry any more: 5GSM",
			},
		},
	} {
		if !slices.Equal(tc.got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestReasonTokenAndReference(t *testing.T) {
	rows := snapshotReasons(t)
	for i := range rows {
		switch rows[i].Value {
		case "Preemption":
			rows[i].Value = "preemption"
		case "STIR":
			rows[i].Refs = []string{"RFC 9410"}
		case "FAILURE_CAUSE":
			rows[i].Refs = []string{"3GPP TS 24.229 v18.0.0", "Someone_Else"}
		}
	}
	want := []string{
		"token spelling differs: registry 'preemption' vs sipcodes 'Preemption'",
		"reference differs: STIR registry 'RFC 9410' vs sipcodes 'RFC 8224'",
	}
	if got := CompareReasons(rows); !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// The hand-written CSV fixtures hold only a few registrations each; those
// they do hold must match the packages once parsed.
func TestCSVFixturesMatchPackages(t *testing.T) {
	for file, compare := range map[string]func([]Row) []string{
		"sip-parameters-7.csv": CompareCodes,
		"sip-parameters-5.csv": CompareWarnings,
		"sip-parameters-3.csv": CompareReasons,
	} {
		for _, l := range compare(parseFixture(t, file)) {
			if !strings.HasPrefix(l, "not in the registry any more: ") {
				t.Errorf("%s: %s", file, l)
			}
		}
	}
}

func TestDocuments(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"RFC3261", "RFC 3261", true},
		{"3GPP TS 24.301 subclause 9.9.3.9, Table 9.9.3.9.1", "3GPP TS 24.301 subclause 9.9.3.9", true},
		{"3GPP TS 24.229 v14.4.0, Dongwook_Kim", "3GPP TS 24.229", true},
		{"ITU-T Q.850", "ITU-T Q.850", true},
		{"RFC 8224, RFC 9410", "RFC 8224", false},
		{"3GPP TS 24.301", "3GPP TS 24.501", false},
		{"Some Body", "some  body", true},
		{"", "RFC 3261", false},
	} {
		if got := sameDocuments(tc.a, tc.b); got != tc.same {
			t.Errorf("sameDocuments(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

// run against a local server standing in for IANA, serving the fixtures.
func TestRunAgainstLocalServer(t *testing.T) {
	srv := httptest.NewServer(http.FileServer(http.Dir("testdata")))
	defer srv.Close()
	var out, errs strings.Builder
	src := source{base: srv.URL, client: srv.Client()}
	if code := run(context.Background(), src, &out, &errs); code != 1 {
		t.Fatalf("exit %d, want 1 (the fixtures lack most registrations); stderr:\n%s", code, errs.String())
	}
	for _, want := range []string{
		"Response Codes: 6 registrations, ",
		"(" + srv.URL + "/sip-parameters-7.csv)",
		"  not in the registry any more: 486 Busy Here\n",
		"Warning Codes (warn-codes): 3 registrations, ",
		"Reason Protocols: 4 registrations, ",
		"sipcodes differs from the IANA registry in ",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}

	var dirOut strings.Builder
	if code := run(context.Background(), source{dir: "testdata"}, &dirOut, &errs); code != 1 {
		t.Fatalf("-dir: exit %d, want 1", code)
	}
	if dirOut.String() != strings.ReplaceAll(out.String(), srv.URL+"/", "testdata/") {
		t.Errorf("-dir and a download should report the same:\n%s\n---\n%s", dirOut.String(), out.String())
	}
}

func TestRunWhenIANAFails(t *testing.T) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
	}))
	var out, errs strings.Builder
	src := source{base: srv.URL, client: srv.Client(), pause: time.Millisecond}
	if code := run(context.Background(), src, &out, &errs); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errs.String(), "Response Codes: IANA answered 503 Service Unavailable for "+srv.URL+"/sip-parameters-7.csv") {
		t.Errorf("stderr:\n%s", errs.String())
	}
	if calls != 9 {
		t.Errorf("%d requests, want three tries for each of three tables", calls)
	}

	srv.Close() // nothing listens there any more
	errs.Reset()
	if code := run(context.Background(), src, &out, &errs); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errs.String(), "Reason Protocols: cannot reach IANA at "+srv.URL+"/sip-parameters-3.csv: ") {
		t.Errorf("stderr:\n%s", errs.String())
	}

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	slow := source{base: srv.URL, client: srv.Client(), pause: time.Hour}
	errs.Reset()
	start := time.Now()
	if code := run(ctx, slow, &out, &errs); code != 2 || time.Since(start) > 10*time.Second {
		t.Errorf("exit %d after %v; the timeout should end the retries", code, time.Since(start))
	}
	if !strings.Contains(errs.String(), "gave up waiting") {
		t.Errorf("stderr:\n%s", errs.String())
	}
}
