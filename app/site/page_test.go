//go:build !wasm

package site

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/sipcodes/sipcodes/app"
)

func init() { app.Register() }

// get renders one URL through the site's handler and tidies it as the
// generator does (attributes in name order, the stylesheet inline).
func get(t *testing.T, s Site, url string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	s.handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, url, nil))
	page, err := tidier{base: s.Base, css: "/* stylesheet */"}.page(rec.Body.Bytes(), "")
	if err != nil {
		t.Fatal(err)
	}
	return rec.Code, string(page)
}

func TestPagesRenderTheirContent(t *testing.T) {
	s := Site{Repo: "https://example.com/repo"}
	for _, tc := range []struct {
		url      string
		want     []string
		dontWant []string
	}{
		{"/", []string{`data-view="list"`, `data-code="100"`, `data-code="608"`, "75 codes", `aria-current="page"`, `type="search"`, `aria-live="polite"`, `for="search"`, "Search SIP codes, Warning codes, Q.850 causes"},
			nil},
		{"/4xx", []string{`<div class="intro" id="list-intro"><h1 id="list-heading">4xx Request Failure</h1>`, `data-code="486"`, "46 codes in 4xx", `aria-current="page" data-path="/4xx" href="/4xx" title="Request Failure"`},
			[]string{`data-code="180"`, `data-code="503"`}},
		{"/6xx?q=busy", []string{`<li class="result class-6" data-code="600"`, "codes match “busy” in 6xx", `value="busy"`, "<mark>Busy</mark>"},
			[]string{`data-code="486"`}},
		{`/?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E`, []string{`value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`}, []string{"<script>alert(1)"}},
		{"/?q=zzzzqqq", []string{`<div class="empty" id="no-results">`, `<ul class="results" hidden="" id="results"></ul>`, "No registered code matches “zzzzqqq”", `href="/4xx"`}, []string{`data-code=`}},
		{"/?q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E", []string{"&lt;img src=x onerror=alert(1)&gt;"}, []string{"<img src=x"}},
		{"/common", []string{"Common SIP response codes", `data-code="486"`}, []string{`data-code="199"`}},
		{"/486", []string{`data-view="code"`, "486 Busy Here: SIP response code", "SIP/2.0 486 Busy Here", "Retry-After",
			`href="/600"`, "cause 17", "https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24", `href="/485" rel="prev"`, `href="/487" rel="next"`}, nil},
		{"/202", []string{"deprecated", "RFC 6665"}, nil},
		{"/436", []string{"renamed", "Bad Identity-Info"}, nil},
		{"/499", []string{`data-view="unknown"`, "499 is not a registered SIP response code", `href="/400" id="fallback-link"`, `href="/494"`, `href="/500"`}, nil},
		{"/150", []string{"183 Session Progress"}, nil},
		{"/409", []string{"409 Conflict", "RFC 2543"}, nil},
		{"/nonsense", []string{`data-view="notfound"`, "Page not found"}, nil},
		{"/486", []string{`href="/cause/17"`}, nil},
		{"/488", []string{`href="/warning/305"`, "Warning codes that come with it"}, nil},
		{"/warnings", []string{`data-view="warnings"`, `href="/warning/399"`, `href="/warning/390"`, "never registered"}, nil},
		{"/warning/305", []string{`data-view="warning"`, "Incompatible media format", `Warning: 305 proxy.example.com &#34;Incompatible media format&#34;`, `href="/488"`, `href="/warnings"`, "rfc3261#section-20.43"}, nil},
		{"/warning/390", []string{"390 is not a registered Warning code", "PJSIP"}, nil},
		{"/warning/355", []string{"355 is not a registered Warning code", "340 to 369"}, nil},
		{"/causes", []string{`data-view="causes"`, `href="/cause/1"`, `href="/cause/127"`, "own causes, above 127", `href="/cause/801"`}, nil},
		{"/cause/34", []string{`data-view="cause"`, "No circuit/channel available", `href="/503"`, "NORMAL_CIRCUIT_CONGESTION", `Reason: Q.850;cause=34;text=&#34;No circuit/channel available&#34;`}, nil},
		{"/cause/52", []string{"52 is not assigned in Q.850"}, nil},
		{"/cause/601", []string{"601 is not a Q.850 cause", "ATTENDED_TRANSFER"}, nil},
		{"/cause/600", []string{"BLIND_TRANSFER", `href="/600"`}, nil},
		{"/reason", []string{`data-view="reason"`, `id="stir"`, `id="q850"`, `id="preemption"`, `href="/436"`, "ppi", "location"}, nil},
		{"/?q=warning+399", []string{`data-kind="warning" data-number="399"`, `href="/warning/399"`, "Warning code"}, nil},
	} {
		code, body := get(t, s, tc.url)
		if code != http.StatusOK {
			t.Errorf("%s: status %d", tc.url, code)
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: missing %q", tc.url, w)
			}
		}
		for _, w := range tc.dontWant {
			if strings.Contains(body, w) {
				t.Errorf("%s: should not contain %q", tc.url, w)
			}
		}
	}
}

func TestLinksCarryTheBase(t *testing.T) {
	_, body := get(t, Site{Base: "/sipcodes"}, "/486")
	for _, w := range []string{`href="/sipcodes/600"`, `href="/sipcodes/4xx"`, `href="/sipcodes/"`, `src="/sipcodes/web/icon-192.png"`, `href="/sipcodes/codes.json"`} {
		if !strings.Contains(body, w) {
			t.Errorf("missing prefixed link %s", w)
		}
	}
	if strings.Contains(body, `href="/600"`) {
		t.Error("an internal link lacks the base")
	}
}
