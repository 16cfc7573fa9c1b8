package answer

import (
	"html"
	"strings"
	"testing"

	"github.com/sipcodes/sipcodes/codes"
)

func TestAClassListShowsOnlyItsClass(t *testing.T) {
	c := ForList(List{Class: 4, Query: "busy"}, "/sipcodes")
	if !strings.Contains(c.ItemsHTML, `data-code="486"`) || strings.Contains(c.ItemsHTML, `data-code="600"`) {
		t.Errorf("4xx busy: %.300s", c.ItemsHTML)
	}
	if strings.Contains(c.ItemsHTML, `data-kind=`) {
		t.Errorf("a class list shows a result that is not a response code: %.300s", c.ItemsHTML)
	}
	if !strings.HasSuffix(c.Count, "match “busy” in 4xx") {
		t.Errorf("count %q", c.Count)
	}
	if !strings.Contains(c.ItemsHTML, `href="/sipcodes/486"`) {
		t.Errorf("links are not under the prefix: %.300s", c.ItemsHTML)
	}
	if !strings.HasPrefix(c.IntroHTML, `<h1 id="list-heading">4xx Request Failure</h1>`) || !strings.Contains(c.IntroHTML, `href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4"`) {
		t.Errorf("intro %s", c.IntroHTML)
	}
	if c.Title != "SIP 4xx Request Failure responses | sipcodes" || c.EmptyHTML != "" {
		t.Errorf("title %q, empty %q", c.Title, c.EmptyHTML)
	}
}

func TestTheCountNamesEachKind(t *testing.T) {
	c := ForList(List{Query: "cause=17"}, "")
	if !strings.Contains(c.Count, "results (") || !strings.Contains(c.Count, "Q.850 or FreeSWITCH cause") {
		t.Errorf("count %q", c.Count)
	}
	if !strings.Contains(c.ItemsHTML, `data-kind="cause" data-number="17"`) {
		t.Errorf("no cause 17 among %.400s", c.ItemsHTML)
	}
}

// A query is shown as text, never as markup, and the note for nothing found
// links to every class and, from a class, to the whole list.
func TestNothingFoundEscapesTheQuery(t *testing.T) {
	c := ForList(List{Class: 6, Query: `<img src=x onerror=alert(1)> zzzqqq`}, "/p")
	if c.ItemsHTML != "" || !strings.HasPrefix(c.Count, "0 codes match") {
		t.Fatalf("found %q %.200s", c.Count, c.ItemsHTML)
	}
	if strings.Contains(c.EmptyHTML, "<img") || !strings.Contains(c.EmptyHTML, "&lt;img") {
		t.Errorf("the query reached the page as markup: %s", c.EmptyHTML)
	}
	for _, want := range []string{`href="/p/?q=%3Cimg+src%3Dx`, `href="/p/4xx"`, `href="/p/"`} {
		if !strings.Contains(c.EmptyHTML, want) {
			t.Errorf("no %s in %s", want, c.EmptyHTML)
		}
	}
}

// A query longer than a search reads is cut, as the search cuts it.
func TestAListReadsWhatASearchReads(t *testing.T) {
	long := "486 " + strings.Repeat("x", 2*codes.MaxQueryLen)
	if c := ForList(List{Query: long}, ""); strings.Contains(c.Count, strings.Repeat("x", codes.MaxQueryLen)) {
		t.Errorf("count %q", c.Count)
	}
}

func TestEveryNumberPageSaysWhatItsNumberIs(t *testing.T) {
	for _, tc := range []struct {
		view, namespace, slug string
		n                     int
		heading, link         string
	}{
		{"code", "", "", 486, "486 Busy Here", `href="/486"`},
		{"unknown", "", "", 499, "499 is not a registered SIP response code", `href="/400"`},
		{"code", "", "", 198, "198 is not a registered SIP response code", `href="/183"`},
		{"cause", "", "", 17, "Q.850 cause 17 User busy", `href="/causes"`},
		{"cause", "", "", 200, "200 is not a Q.850 cause", `href="/causes"`},
		{"warning", "", "", 399, "Warning 399 Miscellaneous warning", `href="/warnings"`},
		{"warning", "", "", 355, "355 is not a registered Warning code", `href="/warnings"`},
		{"vendor", "sofia-sip", "904", 0, "sofia-sip 904 No matching challenge", `href="/vendor/sofia-sip"`},
		{"vendor", "teams", "560403", 0, "teams 560403 Forbidden; Call rejected", `href="/403"`},
		{"vendor", "teams", "560499", 0, "Teams sub-code 560499: SBC response 499", `href="/499"`},
		{"vendor", "sofia-sip", "123", 0, "123 is not in sipcodes' table of sofia-sip", `href="/vendor/sofia-sip"`},
		{"vendor", "nobody", "1", 0, "No vendor table named nobody", `href="/vendors"`},
		{"namespace", "pjsip", "", 0, "pjsip status codes", `href="/vendor/pjsip"`},
		{"notfound", "", "", 0, "Page not available", `href="/"`},
	} {
		p := ForNumber(tc.view, tc.n, tc.namespace, tc.slug, "")
		if !strings.Contains(p.HTML, `<h1 id="unknown-heading">`+html.EscapeString(tc.heading)) || !strings.Contains(p.HTML, tc.link) {
			t.Errorf("%s %d %s/%s: %s", tc.view, tc.n, tc.namespace, tc.slug, p.HTML)
		}
		if !strings.HasPrefix(p.Title, tc.heading) || p.Description == "" {
			t.Errorf("%s %d: title %q, description %q", tc.view, tc.n, p.Title, p.Description)
		}
	}
}

func TestANumberPageShowsItsURLAsText(t *testing.T) {
	p := ForNumber("vendor", 0, "sofia-sip", `<b>x</b>`, "")
	if strings.Contains(p.HTML, "<b>") {
		t.Errorf("markup from the URL: %s", p.HTML)
	}
}
