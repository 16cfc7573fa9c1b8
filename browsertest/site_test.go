//go:build !wasm

package browsertest

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"context"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/sipcodes/sipcodes/codes"
)

func TestSearchAsYouType(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/")
	if got := eval[[]int](t, ctx, codesShown); len(got) != 75 {
		t.Fatalf("home lists %d codes, want 75", len(got))
	}
	if eval[string](t, ctx, `document.activeElement.id`) != "search" {
		t.Error("the search box should have focus on a list page")
	}
	historyBefore := eval[int](t, ctx, `history.length`)
	run(t, ctx, chromedp.SendKeys("#search", "busy", chromedp.ByQuery))
	waitFor(t, ctx, `document.getElementById("result-count").textContent.includes("match “busy”")`)
	got := eval[[]int](t, ctx, codesShown)
	if !slices.Contains(got, 600) || slices.Contains(got, 200) {
		t.Errorf("busy shows %v", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#results mark").length`); n == 0 {
		t.Error("matches are not highlighted")
	}
	if eval[bool](t, ctx, `getComputedStyle(document.getElementById("app-wasm-loader")).display !== "none"`) {
		t.Error("the loading sign shows while typing into the running app")
	}
	waitFor(t, ctx, `location.search === "?q=busy"`)
	if h := eval[int](t, ctx, `history.length`); h != historyBefore {
		t.Errorf("typing added %d history entries", h-historyBefore)
	}
	// The list is exactly what the codes package finds, as it grows and shrinks.
	for _, q := range []string{"b", "bu", "busy", "busy here", "4", "48", "", "retry-after", "zzz", "cause=34"} {
		setQuery(t, ctx, q)
		want, _ := json.Marshal(searchNumbers(q))
		waitFor(t, ctx, `JSON.stringify(`+codesShown+`) === "`+string(want)+`"`)
	}
	// What people paste.
	for query, first := range map[string]string{
		"SIP/2.0 503 Service Unavailable": "=== 503",
		"Reason: Q.850;cause=17":          "=== 486",
		"unavailble":                      "in {480: 1, 503: 1}", // a typo finds both "unavailable" codes first
	} {
		setQuery(t, ctx, query)
		waitFor(t, ctx, codesShown+`[0] `+first)
	}
}

// The worker that answers searches cannot run (its script is missing, as
// offline before it was stored): the list says so, what was typed stays,
// and the filter links still lead on.
func TestSearchSaysWhenItsWorkerCannotRun(t *testing.T) {
	ctx := newBrowser(t)
	addScript(t, ctx, `const RealWorker = Worker;
window.Worker = class extends RealWorker { constructor(url, options) { super(String(url).replace("explain-worker.js", "no-such-worker.js"), options); } };`)
	open(t, ctx, "/")
	run(t, ctx, chromedp.SendKeys("#search", "busy", chromedp.ByQuery))
	waitFor(t, ctx, `document.getElementById("no-results").textContent.startsWith("Search could not run here")`)
	if got := eval[string](t, ctx, `document.getElementById("search").value`); got != "busy" {
		t.Errorf("the box holds %q", got)
	}
	if href := eval[string](t, ctx, `document.querySelector('.class-filter a[data-path="/4xx"]').getAttribute("href")`); href != base+"/4xx?q=busy" {
		t.Errorf("the 4xx filter links to %q", href)
	}
	// Each search tries a new worker, and says the same.
	run(t, ctx, chromedp.SendKeys("#search", " here", chromedp.ByQuery))
	waitFor(t, ctx, `location.search === "?q=busy+here" && document.getElementById("no-results").textContent.startsWith("Search could not run here")`)
}

func TestClassFilterAndCombinedSearch(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/")
	run(t, ctx, chromedp.Click(`.class-filter a[href="`+base+`/4xx"]`, chromedp.ByQuery))
	waitFor(t, ctx, `location.pathname === "`+base+`/4xx" && document.querySelectorAll("#results [data-code]").length === 46`)
	for _, n := range eval[[]int](t, ctx, codesShown) {
		if n/100 != 4 {
			t.Errorf("4xx shows %d", n)
		}
	}
	if cur := eval[string](t, ctx, `document.querySelector('.class-filter [aria-current="page"]').getAttribute("href")`); cur != base+"/4xx" {
		t.Errorf("aria-current is on %s", cur)
	}
	// A filter and a search together, from the URL.
	open(t, ctx, "/6xx?q=busy")
	if got := eval[[]int](t, ctx, codesShown); len(got) == 0 || got[0] != 600 || slices.Contains(got, 486) {
		t.Errorf("/6xx?q=busy shows %v", got)
	}
	// Switching class keeps the search.
	run(t, ctx, chromedp.Click(`.class-filter a[href="`+base+`/4xx?q=busy"]`, chromedp.ByQuery))
	waitFor(t, ctx, codesShown+`[0] === 486`)
	if v := eval[string](t, ctx, `document.getElementById("search").value`); v != "busy" {
		t.Errorf("search box holds %q after switching class", v)
	}
}

func TestURLStateSurvivesReloadAndBack(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/")
	run(t, ctx, chromedp.SendKeys("#search", "decline", chromedp.ByQuery))
	waitFor(t, ctx, codesShown+`[0] === 603 && location.search === "?q=decline"`)
	run(t, ctx, chromedp.Reload())
	startApp(t, ctx)
	if v := eval[string](t, ctx, `document.getElementById("search").value`); v != "decline" {
		t.Errorf("after reload the search box holds %q", v)
	}
	waitFor(t, ctx, codesShown+`[0] === 603`)
	run(t, ctx, chromedp.Click(`#results [data-code="603"] a`, chromedp.ByQuery))
	waitFor(t, ctx, `location.pathname === "`+base+`/603" && document.querySelector("h1").textContent.includes("Decline")`)
	run(t, ctx, chromedp.NavigateBack())
	waitFor(t, ctx, `location.search === "?q=decline" && document.getElementById("search").value === "decline"`)
	waitFor(t, ctx, codesShown+`[0] === 603`)
}

func TestDeepLinkToACode(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/486")
	if h := eval[string](t, ctx, `document.querySelector("h1").textContent`); !strings.Contains(h, "486") || !strings.Contains(h, "Busy Here") {
		t.Errorf("h1 is %q", h)
	}
	if s := eval[string](t, ctx, `document.getElementById("status-line").textContent`); s != "SIP/2.0 486 Busy Here" {
		t.Errorf("status line %q", s)
	}
	if title := eval[string](t, ctx, `document.title`); !strings.HasPrefix(title, "486 Busy Here") {
		t.Errorf("title %q", title)
	}
	run(t, ctx, chromedp.Click(`a[rel="next"]`, chromedp.ByQuery))
	waitFor(t, ctx, `location.pathname === "`+base+`/487" && document.querySelector("h1").textContent.includes("Request Terminated")`)
	// Searching from a code page goes back to the list.
	run(t, ctx, chromedp.SendKeys("#search", "600", chromedp.ByQuery))
	waitFor(t, ctx, `location.pathname === "`+base+`/" && `+codesShown+`[0] === 600`)
	// Back to the code page and forward to the list, in the app: the list
	// is rendered anew, and painted again.
	waitFor(t, ctx, `location.search === "?q=600"`)
	run(t, ctx, chromedp.NavigateBack())
	waitFor(t, ctx, `location.pathname === "`+base+`/487" && document.querySelector("h1").textContent.includes("Request Terminated")`)
	run(t, ctx, chromedp.NavigateForward())
	waitFor(t, ctx, `location.pathname === "`+base+`/" && `+codesShown+`[0] === 600 && document.getElementById("list-heading")?.textContent === "SIP response codes"`)
}

func TestUnknownCodeAndUnknownPage(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/499")
	if h := eval[string](t, ctx, `document.querySelector("h1").textContent`); h != "499 is not a registered SIP response code" {
		t.Errorf("h1 is %q", h)
	}
	if href := eval[string](t, ctx, `document.getElementById("fallback-link").getAttribute("href")`); href != base+"/400" {
		t.Errorf("fallback link %q", href)
	}
	open(t, ctx, "/150")
	if href := eval[string](t, ctx, `document.getElementById("fallback-link").getAttribute("href")`); href != base+"/183" {
		t.Errorf("a 1xx falls back to %q, want 183", href)
	}
	open(t, ctx, "/no/such/page")
	if h := eval[string](t, ctx, `document.querySelector("h1").textContent`); h != "Page not found" {
		t.Errorf("h1 is %q", h)
	}
}

func TestReadableWithJavaScriptOff(t *testing.T) {
	t.Parallel() // waits more than it works: shares the machine well
	// Blink's own switch, as a person turning JavaScript off gets.
	ctx := newBrowser(t, chromedp.Flag("blink-settings", "scriptEnabled=false"))
	for path, check := range map[string]string{
		"/486":          `document.querySelector("h1").textContent.includes("Busy Here")`,
		"/4xx":          `document.querySelectorAll("#results [data-code]").length === 46`,
		"/4xx?q=busy":   `document.querySelector("h1").textContent === "4xx Request Failure" && document.querySelectorAll("#results [data-code]").length === 46`,
		"/499":          `document.querySelector("h1").textContent === "499 is not a registered SIP response code" && document.getElementById("fallback-link").getAttribute("href") === "` + base + `/400"`,
		"/150":          `document.getElementById("fallback-link").getAttribute("href") === "` + base + `/183"`,
		"/404/":         `document.querySelector("h1").textContent.includes("Not Found") && document.getElementById("status-line").textContent === "SIP/2.0 404 Not Found"`,
		"/no/such/page": `document.querySelector("h1").textContent === "Page not found" && !!document.querySelector('a[href="` + base + `/404/"]')`,
	} {
		run(t, ctx, chromedp.Navigate(url(path)))
		if !eval[bool](t, ctx, check) {
			t.Errorf("%s without JavaScript: %s does not hold; h1 is %q", path, check, eval[string](t, ctx, `document.querySelector("h1")?.textContent`))
		}
		if eval[bool](t, ctx, `(() => { const l = document.getElementById("app-wasm-loader"); return !!l && getComputedStyle(l).display !== "none" })()`) {
			t.Errorf("%s: the loader shows with JavaScript off", path)
		}
	}
}

func TestKeyboard(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/")
	run(t, ctx, chromedp.Evaluate(`document.activeElement.blur()`, nil), chromedp.KeyEvent("/"))
	if eval[string](t, ctx, `document.activeElement.id`) != "search" {
		t.Fatal("/ does not focus the search box")
	}
	run(t, ctx, chromedp.KeyEvent("48"))
	waitFor(t, ctx, codesShown+`[0] === 480`)
	run(t, ctx, chromedp.KeyEvent(kb.ArrowDown))
	if c := eval[string](t, ctx, `document.activeElement.closest("[data-code]")?.dataset.code`); c != "480" {
		t.Errorf("first arrow down focuses %q", c)
	}
	run(t, ctx, chromedp.KeyEvent(kb.ArrowDown))
	if c := eval[string](t, ctx, `document.activeElement.closest("[data-code]")?.dataset.code`); c != "481" {
		t.Errorf("second arrow down focuses %q", c)
	}
	run(t, ctx, chromedp.KeyEvent(kb.ArrowUp), chromedp.KeyEvent(kb.ArrowUp))
	if eval[string](t, ctx, `document.activeElement.id`) != "search" {
		t.Error("arrow up from the first result should return to the search box")
	}
	run(t, ctx, chromedp.KeyEvent(kb.Escape))
	waitFor(t, ctx, `document.getElementById("search").value === "" && `+codesShown+`.length === 75`)
	run(t, ctx, chromedp.KeyEvent("busy"), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, `location.pathname === "`+base+`/486"`)
	open(t, ctx, "/")
	run(t, ctx, chromedp.KeyEvent("603"))
	waitFor(t, ctx, codesShown+`[0] === 603`)
	run(t, ctx, chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, `location.pathname === "`+base+`/603"`)
	// On a code page Esc only clears the box: it does not leave the page.
	run(t, ctx, chromedp.Focus("#search", chromedp.ByQuery), chromedp.KeyEvent(kb.Escape), chromedp.Sleep(400*time.Millisecond))
	if p := eval[string](t, ctx, `location.pathname`); p != base+"/603" {
		t.Errorf("Esc in the empty box of a code page went to %s", p)
	}
}

func TestHostileInput(t *testing.T) {
	t.Parallel() // waits more than it works: shares the machine well
	ctx := newBrowser(t)
	dialogs := 0
	chromedp.ListenTarget(ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			dialogs++
			go chromedp.Run(ctx, page.HandleJavaScriptDialog(false))
		}
	})
	open(t, ctx, "/")
	attack := `<img src=x onerror=alert(1)>`
	run(t, ctx, chromedp.SendKeys("#search", attack, chromedp.ByQuery))
	shown, _ := json.Marshal(attack)
	waitFor(t, ctx, `document.getElementById("no-results")?.textContent.includes(`+string(shown)+`)`) // shown as text
	if n := eval[int](t, ctx, `document.querySelectorAll("main img").length`); n != 0 || dialogs != 0 {
		t.Errorf("markup in the search ran: %d images, %d dialogs", n, dialogs)
	}
	// A 100,000-character paste is more than a search reads: it goes, whole,
	// to the explainer, and the search still works after it.
	huge, _ := json.Marshal(strings.Repeat("busy here ", 10_000))
	run(t, ctx, chromedp.Evaluate(`(() => { const s = document.getElementById("search"); s.value = `+string(huge)+
		`; s.dispatchEvent(new Event("input", {bubbles: true})) })()`, nil))
	waitFor(t, ctx, `location.pathname.endsWith("/explain") && document.getElementById("trace").value.length === 100000`)
	open(t, ctx, "/")
	setQuery(t, ctx, "decline")
	waitFor(t, ctx, codesShown+`[0] === 603`)
	// Odd input from the URL.
	open(t, ctx, "/?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")
	if dialogs != 0 || eval[int](t, ctx, `document.querySelectorAll("main script").length`) != 0 {
		t.Error("a script in ?q= ran or was inserted")
	}
}

// setQuery puts text in the search box as a paste does: all at once.
func setQuery(t *testing.T, ctx context.Context, q string) {
	t.Helper()
	js, _ := json.Marshal(q)
	run(t, ctx, chromedp.Evaluate(`(() => { const s = document.getElementById("search"); s.value = `+string(js)+
		`; s.dispatchEvent(new Event("input", {bubbles: true})) })()`, nil))
	waitFor(t, ctx, `(new URLSearchParams(location.search).get("q") ?? "") === (`+string(js)+`).slice(0, 256)`)
}

func searchNumbers(q string) []int {
	out := []int{}
	for _, r := range codes.Search(q) {
		out = append(out, r.Code.Number)
	}
	return out
}

// Typing fast must not lose a character to the app's own update of the page.
func TestFastTypingLosesNothing(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/")
	texts := []string{"call transaction does not exist", "session interval too small 422", "Reason: Q.850;cause=17;text=busy",
		"<img src=x onerror=alert(1)>", "request entity too large (413)", "SIP/2.0 503 Service Unavailable"}
	for _, text := range append(texts, texts...) {
		run(t, ctx, chromedp.KeyEvent(kb.Escape), chromedp.SendKeys("#search", text, chromedp.ByQuery))
		want, _ := json.Marshal(text)
		waitFor(t, ctx, `new URLSearchParams(location.search).get("q") === `+string(want))
		if got := eval[string](t, ctx, `document.getElementById("search").value`); got != text {
			t.Errorf("typed %q, the search box holds %q", text, got)
		}
	}
}

func TestCopyButtons(t *testing.T) {
	ctx := newBrowser(t)
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		run(t, ctx, browser.SetPermission(&browser.PermissionDescriptor{Name: name}, browser.PermissionSettingGranted).WithOrigin(siteServer.URL))
	}
	run(t, ctx, emulation.SetFocusEmulationEnabled(true)) // the clipboard needs a focused page
	open(t, ctx, "/486")
	for label, want := range map[string]string{"Copy status line": "SIP/2.0 486 Busy Here", "Copy link": url("/486")} {
		run(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("button.copy")].find(b => b.textContent === "`+label+`").click()`, nil))
		waitFor(t, ctx, `[...document.querySelectorAll("button.copy")].some(b => b.textContent === "Copied")`)
		var got string
		run(t, ctx, chromedp.Evaluate(`navigator.clipboard.readText()`, &got, func(p *cdpruntime.EvaluateParams) *cdpruntime.EvaluateParams {
			return p.WithAwaitPromise(true)
		}))
		if got != want {
			t.Errorf("%s copied %q, want %q", label, got, want)
		}
		waitFor(t, ctx, `![...document.querySelectorAll("button.copy")].some(b => b.textContent === "Copied")`) // the label comes back
	}
}

func TestCopyButtonsSayWhenTheClipboardRefuses(t *testing.T) {
	ctx := newBrowser(t)
	run(t, ctx, browser.SetPermission(&browser.PermissionDescriptor{Name: "clipboard-write"}, browser.PermissionSettingDenied).WithOrigin(siteServer.URL))
	open(t, ctx, "/486")
	run(t, ctx, chromedp.Evaluate(`[...document.querySelectorAll("button.copy")].find(b => b.textContent === "Copy status line").click()`, nil))
	waitFor(t, ctx, `[...document.querySelectorAll("button.copy")].some(b => b.textContent.startsWith("Copy refused"))`)
	if eval[bool](t, ctx, `[...document.querySelectorAll("button.copy")].some(b => b.textContent === "Copied")`) {
		t.Error("the button says Copied although the browser refused")
	}
}

// TestEveryURLShapeShowsItsOwnPage: a link with a trailing slash, ".html"
// or "/404" reaches the page's own address and facts on a first visit (no
// service worker), before and after the app starts; an unknown address
// says what was asked for and links the nearest page.
func TestEveryURLShapeShowsItsOwnPage(t *testing.T) {
	for _, tc := range []struct{ path, want, h1, app string }{ // h1: the heading served and once the app runs; app: the whole heading the app then shows
		{"/cause/17/", "/cause/17", "User busy", ""},
		{"/cause/17.html", "/cause/17", "User busy", ""},
		{"/486/", "/486", "Busy Here", ""},
		{"/warning/399/", "/warning/399", "Miscellaneous warning", ""},
		{"/explain/", "/explain", "Explain", ""},
		{"/4xx/?q=busy", "/4xx?q=busy", "", ""},
		{"/common.html", "/common", "", ""},
		{"/404", "/404/", "404 Not Found", ""},
		{"/404.html", "/404/", "404 Not Found", ""},
		{"/cause/200/", "/cause/200", "not", "200 is not a Q.850 cause"}, // no page of its own: served "Page not found", then the app says what 200 is
		{"/warning/355.html", "/warning/355", "355 is not a registered Warning code", ""},
	} {
		ctx := newBrowser(t)
		run(t, ctx, chromedp.Navigate(url(tc.path)))
		waitFor(t, ctx, `location.pathname + location.search === "`+base+tc.want+`" && document.readyState === "complete"`)
		check := func(when string) {
			t.Helper()
			if tc.h1 == "" {
				waitFor(t, ctx, `document.querySelectorAll("#results [data-code]").length > 0`)
				return
			}
			if h := eval[string](t, ctx, `document.querySelector("h1").textContent.replace(/\s+/g, " ")`); !strings.Contains(h, tc.h1) {
				t.Errorf("%s %s: h1 %q, want %q", tc.path, when, h, tc.h1)
			}
		}
		check("served")
		startApp(t, ctx)
		check("once the app runs")
		if tc.app != "" {
			waitFor(t, ctx, `document.querySelector("h1").textContent === "`+tc.app+`"`)
		}
	}
	ctx := newBrowser(t)
	run(t, ctx, chromedp.Navigate(url("/cause/nonsense/x")))
	waitFor(t, ctx, `document.getElementById("asked")?.textContent === "/cause/nonsense/x"`)
	if href := eval[string](t, ctx, `document.getElementById("nearest").getAttribute("href")`); href != base+"/causes" {
		t.Errorf("the nearest page of /cause/nonsense/x is %q", href)
	}
	startApp(t, ctx)
	if asked := eval[string](t, ctx, `document.getElementById("asked").textContent`); asked != "/cause/nonsense/x" {
		t.Errorf("once the app runs, the page says %q was asked for", asked)
	}
}

// Vendor codes come from vendors.json, which the app reads once idle: a
// Teams sub-code is found, shown as that vendor's and linked to its page;
// a vendor named in the query puts its code first.
func TestVendorCodesInTheSearchBox(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/")
	const first = `document.querySelector("#results li")`
	for query, want := range map[string][2]string{
		"560403":            {"teams", "560403"},
		"sofia 904":         {"sofia-sip", "904"},
		"PJSIP_EAUTHNOAUTH": {"pjsip", "PJSIP_EAUTHNOAUTH"},
	} {
		setQuery(t, ctx, query)
		waitFor(t, ctx, first+`?.dataset.kind === "vendor" && `+first+`.dataset.namespace === "`+want[0]+`" && `+first+`.dataset.token === "`+want[1]+`"`)
		if label := eval[string](t, ctx, first+`.querySelector(".kind-label").textContent`); label != want[0] {
			t.Errorf("%q: labelled %q, want %q", query, label, want[0])
		}
		if link := eval[string](t, ctx, first+`.querySelector("a").getAttribute("href")`); !strings.HasSuffix(link, "/vendor/"+want[0]+"/"+want[1]) {
			t.Errorf("%q links to %s", query, link)
		}
	}
	if count := eval[string](t, ctx, `document.getElementById("result-count").textContent`); !strings.Contains(count, "vendor code") {
		t.Errorf("the count does not name the vendor code: %q", count)
	}
	setQuery(t, ctx, "503")
	waitFor(t, ctx, first+`?.dataset.code === "503"`)
}
