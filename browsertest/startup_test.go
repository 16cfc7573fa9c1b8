//go:build !wasm

package browsertest

import (
	"context"
	"encoding/json"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/sipcodes/sipcodes/app/site"
)

// The start-up design (issue 14): the prerendered page is the page until the
// app runs; the app starts on intent or once the page is quiet, and takes
// over without losing what was typed or moving anything.

// throttle emulates a first visit over a modest link: 12 Mbit/s, 40 ms.
func throttle(t *testing.T, ctx context.Context, cpu float64) {
	t.Helper()
	run(t, ctx, network.Enable(), chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := network.EmulateNetworkConditionsByRule([]*network.Conditions{
			{Latency: 40, DownloadThroughput: 12e6 / 8, UploadThroughput: 12e6 / 8},
		}).Do(ctx)
		return err
	}))
	if cpu > 1 {
		run(t, ctx, emulation.SetCPUThrottlingRate(cpu))
	}
}

// countingServer serves the test site and counts full responses (status
// 200) per path, as a server's log would show what was sent, and the bytes
// sent per path (gzip'd where the browser accepts it, as GitHub Pages does).
type countingServer struct {
	*httptest.Server
	mu    sync.Mutex
	sent  map[string]int
	bytes map[string]int64
}

func newCountingServer(dir string) *countingServer {
	c := &countingServer{sent: map[string]int{}, bytes: map[string]int64{}}
	pages := site.NewPagesServer(dir, base)
	c.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		pages.ServeHTTP(rec, r)
		c.mu.Lock()
		defer c.mu.Unlock()
		if rec.status == http.StatusOK {
			c.sent[r.URL.Path]++
		}
		c.bytes[r.URL.Path] += rec.written
	}))
	return c
}

func (c *countingServer) count(path string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sent[base+path]
}

// bytesSent is how many bytes of body each path has been sent so far.
func (c *countingServer) bytesSent() map[string]int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.bytes)
}

type statusRecorder struct {
	http.ResponseWriter
	status  int
	written int64
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.written += int64(n)
	return n, err
}

func (r *statusRecorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func TestTypingBeforeTheAppRunsIsKept(t *testing.T) {
	t.Parallel() // waits more than it works: shares the machine well
	for _, tc := range []struct {
		path, typed, full, then string // full: the box's text; then: where the results show
		want                    []int
	}{
		{"/", "48", "48", "/", searchNumbers("48")},
		{"/4xx", "48", "48", "/4xx", []int{480, 481, 482, 483, 484, 485, 486, 487, 488, 489}},
		{"/486", "48", "48", "/", searchNumbers("48")},
		{"/499", "decline", "decline", "/", searchNumbers("decline")},
		{"/?q=busy", " here", "busy here", "/", searchNumbers("busy here")},
		{"/6xx?q=busy", "zzz", "busyzzz", "/6xx", []int{}},
	} {
		t.Run(strings.ReplaceAll(tc.path, "/", "_"), func(t *testing.T) {
			t.Parallel()
			ctx := newBrowser(t)
			throttle(t, ctx, 1)
			run(t, ctx, chromedp.Navigate(url(tc.path)))
			if eval[bool](t, ctx, `document.documentElement.dataset.ready === "true"`) {
				t.Fatal("the app ran before anyone showed intent: nothing is left to test")
			}
			// A person clicks into the box and types at once, while the app starts.
			run(t, ctx, chromedp.Click("#search", chromedp.ByQuery), chromedp.Evaluate(`(() => {
				const s = document.getElementById("search"); s.setSelectionRange(s.value.length, s.value.length) })()`, nil),
				chromedp.KeyEvent(tc.typed))
			typedEarly := !eval[bool](t, ctx, `document.documentElement.dataset.ready === "true"`)
			waitReady(t, ctx)
			if !typedEarly {
				t.Log("the app was ready before the last key: the keys raced the start-up")
			}
			full, _ := json.Marshal(tc.full)
			want, _ := json.Marshal(tc.want)
			waitFor(t, ctx, `document.getElementById("search").value === `+string(full)+
				` && document.activeElement.id === "search" && location.pathname === "`+base+tc.then+`"`+
				` && JSON.stringify(`+codesShown+`) === "`+string(want)+`"`)
			if end := eval[int](t, ctx, `document.getElementById("search").selectionStart`); end != len(tc.full) {
				t.Errorf("the caret is at %d, want the end of the text", end)
			}
		})
	}
}

func TestFastTypingDuringStartUpLosesNothing(t *testing.T) {
	ctx := newBrowser(t)
	throttle(t, ctx, 4)
	run(t, ctx, chromedp.Navigate(url("/")))
	const text = "service unavailable"
	run(t, ctx, chromedp.Click("#search", chromedp.ByQuery), chromedp.KeyEvent(text))
	waitReady(t, ctx)
	waitFor(t, ctx, `document.getElementById("search").value === "`+text+`" && `+codesShown+`[0] === 503`)
	waitFor(t, ctx, `location.search === "?q=service+unavailable"`)
}

func TestTheAppStartsByItself(t *testing.T) {
	t.Parallel() // waits more than it works: shares the machine well
	ctx := newBrowser(t)
	run(t, ctx, chromedp.Navigate(url("/486")))
	if eval[bool](t, ctx, `document.documentElement.dataset.ready === "true" || getComputedStyle(document.getElementById("app-wasm-loader")).display !== "none"`) {
		t.Error("right after load the app should not run yet, and no loader should show over a page that works")
	}
	waitReady(t, ctx) // no interaction at all: the quiet timer starts it
}

func TestFocusingTheSearchBoxStartsTheApp(t *testing.T) {
	ctx := newBrowser(t)
	run(t, ctx, emulation.SetFocusEmulationEnabled(true)) // a headless page has no window focus of its own
	run(t, ctx, chromedp.Navigate(url("/")), chromedp.Sleep(300*time.Millisecond))
	if eval[bool](t, ctx, `document.documentElement.dataset.ready === "true"`) {
		t.Fatal("the app started without intent")
	}
	run(t, ctx, chromedp.Evaluate(`document.getElementById("search").focus()`, nil))
	start := time.Now()
	waitReady(t, ctx)
	if time.Since(start) > 4*time.Second {
		t.Errorf("the app took %v after focus: focus did not start it, the quiet timer did", time.Since(start))
	}
}

// layoutShifts records every layout-shift entry of the page's content once
// the document is parsed: the takeover comes after that. (Under CPU load
// Chromium paints a page before its header is parsed whole, and the search
// form then grows: a shift of the loading, which Lighthouse's CLS covers.)
// The loading pill (fixed, over the page, shown while a ?q= page waits for
// its results) moves no content, so shifts of it alone are left out.
const layoutShifts = `window.__shifts = []; window.__shiftSources = [];
new PerformanceObserver((list) => {
  const parsed = performance.getEntriesByType("navigation")[0]?.domContentLoadedEventStart || Infinity;
  for (const e of list.getEntries()) {
    if (e.startTime < parsed || e.sources.every((s) => s.node?.closest?.("#app-wasm-loader"))) continue;
    __shifts.push(e.value);
    // What moved, to find a shift that only happens under load.
    for (const s of e.sources) __shiftSources.push(s.node ? (s.node.nodeName + (s.node.id ? "#" + s.node.id : "") + (s.node.className ? "." + String(s.node.className).split(" ").join(".") : "")) : "?");
  }
}).observe({ type: "layout-shift", buffered: true });`

func TestNothingShiftsAtTheTakeover(t *testing.T) {
	t.Parallel() // waits more than it works: shares the machine well
	for _, path := range []string{"/", "/486", "/4xx?q=busy"} {
		ctx := newBrowser(t)
		run(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(layoutShifts).Do(ctx)
			return err
		}))
		run(t, ctx, chromedp.Navigate(url(path)), chromedp.Sleep(200*time.Millisecond))
		startApp(t, ctx)
		run(t, ctx, chromedp.Sleep(500*time.Millisecond)) // the frames after the takeover
		if shifts := eval[[]float64](t, ctx, `__shifts`); len(shifts) > 0 {
			t.Errorf("%s: layout shifts %v, of %v", path, shifts, eval[[]string](t, ctx, `__shiftSources`))
		}
	}
}

func TestAFirstVisitDownloadsTheWasmOnce(t *testing.T) {
	server := newCountingServer(siteDir)
	defer server.Close()
	ctx := newBrowser(t)
	throttle(t, ctx, 1)
	run(t, ctx, chromedp.Navigate(urlOn(server.Server, "/")))
	run(t, ctx, chromedp.Click("#search", chromedp.ByQuery))
	waitReady(t, ctx)
	waitFor(t, ctx, workerReady)
	if n := server.count("/web/app.wasm"); n != 1 {
		t.Errorf("app.wasm was sent %d times on a first visit, want 1", n)
	}
}

// startMarks are the start-up marks of start.js and the app, in order.
const startMarks = `performance.getEntriesByType("mark").map((m) => m.name).filter((n) => n.startsWith("sipcodes:")).map((n) => n.slice(9))`

func TestTheStartUpIsCompiledInAWorker(t *testing.T) {
	ctx := newBrowser(t)
	run(t, ctx, chromedp.Navigate(url("/")))
	waitFor(t, ctx, `performance.getEntriesByName("sipcodes:warmed").length + performance.getEntriesByName("sipcodes:warm-failed").length > 0`)
	// The warm-up is done and the app has not started: the service worker's
	// precache must wait for the app, so that the start-up does not compete with it.
	if eval[bool](t, ctx, `document.documentElement.dataset.ready === "true"`) {
		t.Fatal("the app started without intent")
	}
	var registered bool
	run(t, ctx, chromedp.Evaluate(`navigator.serviceWorker.getRegistration().then((r) => r !== undefined)`, &registered, awaitPromise))
	if registered {
		t.Error("the service worker was registered before the app started")
	}
	run(t, ctx, chromedp.Click("#search", chromedp.ByQuery))
	waitReady(t, ctx)
	waitFor(t, ctx, workerReady)
	marks := eval[[]string](t, ctx, startMarks)
	if !slices.Contains(marks, "warmed") {
		t.Errorf("the warm-up worker failed (marks %v): main() must return at once in it, and exit 0", marks)
	}
	if i, j := slices.Index(marks, "warmed"), slices.Index(marks, "compiled"); i < 0 || j < i {
		t.Errorf("the page did not wait for the warm-up's module: marks %v", marks)
	}
}

func TestTheAppStartsWhenTheWarmUpCannotRun(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(siteDir)); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "warm.js")); err != nil {
		t.Fatal(err)
	}
	server := newCountingServer(dir)
	defer server.Close()
	ctx := newBrowser(t)
	run(t, ctx, chromedp.Navigate(urlOn(server.Server, "/")))
	waitFor(t, ctx, `performance.getEntriesByName("sipcodes:warm-failed").length > 0`)
	run(t, ctx, chromedp.Click("#search", chromedp.ByQuery), chromedp.KeyEvent("486"))
	waitReady(t, ctx)
	waitFor(t, ctx, codesShown+`[0] === 486`)
}

// listState is what a list shows: its rows' HTML, its count, and whether
// the page says results are still coming.
const listState = `({ ready: document.documentElement.dataset.ready === "true", rows: document.getElementById("results").innerHTML,
  count: document.getElementById("result-count").textContent, waiting: document.documentElement.hasAttribute("data-waiting") })`

type listShown struct {
	Ready   bool
	Rows    string
	Count   string
	Waiting bool
}

// A number typed before the app runs (or in a ?q= link) is answered from
// the served rows by start.js, and the app takes over with the very same
// rows, marks and count, moving nothing.
func TestANumberIsAnsweredBeforeTheAppRuns(t *testing.T) {
	t.Parallel() // waits more than it works: shares the machine well
	for _, tc := range []struct{ path, typed, count string }{
		{"/", "48", "10 codes match “48”"},
		{"/4xx", "40", "9 codes match “40” in 4xx"},
		{"/common", "4", "23 codes match “4” among the common codes"},
		{"/?q=486", "", "1 code matches “486”"},
		{"/4xx?q=48", "", "10 codes match “48” in 4xx"},
	} {
		t.Run(strings.ReplaceAll(tc.path, "/", "_"), func(t *testing.T) {
			t.Parallel()
			ctx := newBrowser(t)
			addScript(t, ctx, layoutShifts)
			throttle(t, ctx, 4) // the app takes a while: the answer comes before it
			run(t, ctx, chromedp.Navigate(url(tc.path)))
			if tc.typed != "" {
				run(t, ctx, chromedp.Click("#search", chromedp.ByQuery), chromedp.KeyEvent(tc.typed))
			}
			before := eval[listShown](t, ctx, listState)
			if before.Ready {
				t.Skip("the app was ready before the list could be read: nothing to compare")
			}
			if before.Count != tc.count || before.Waiting || !strings.Contains(before.Rows, "<mark>") {
				t.Errorf("before the app: count %q (want %q), waiting %v, rows %.200s", before.Count, tc.count, before.Waiting, before.Rows)
			}
			waitReady(t, ctx)
			run(t, ctx, chromedp.Sleep(300*time.Millisecond)) // the frames after the takeover
			if after := eval[listShown](t, ctx, listState); after.Rows != before.Rows || after.Count != before.Count {
				t.Errorf("the app changed the answer:\nbefore %q %s\nafter  %q %s", before.Count, before.Rows, after.Count, after.Rows)
			}
			if shifts := eval[[]float64](t, ctx, `__shifts`); len(shifts) > 0 {
				t.Errorf("layout shifts %v, of %v", shifts, eval[[]string](t, ctx, `__shiftSources`))
			}
		})
	}
}

// Where the app cannot start at all (its script is blocked), a number is still answered, words get
// the whole list back, and the number again its rows.
func TestANumberIsAnsweredWithoutTheApp(t *testing.T) {
	ctx := newBrowser(t)
	run(t, ctx, network.Enable(), network.SetBlockedURLs().WithURLPatterns([]*network.BlockPattern{{URLPattern: "*://*:*/*/app.js", Block: true}}))
	run(t, ctx, chromedp.Navigate(url("/")))
	want, _ := json.Marshal(searchNumbers("48"))
	run(t, ctx, chromedp.Click("#search", chromedp.ByQuery), chromedp.KeyEvent("48"))
	waitFor(t, ctx, `JSON.stringify(`+codesShown+`) === "`+string(want)+`" && document.getElementById("result-count").textContent === "10 codes match “48”"`)
	run(t, ctx, chromedp.KeyEvent("x"))
	waitFor(t, ctx, codesShown+`.length === 75 && !document.querySelector("#results mark") && document.getElementById("result-count").textContent === "75 codes"`)
	run(t, ctx, chromedp.KeyEvent(kb.Backspace))
	waitFor(t, ctx, `JSON.stringify(`+codesShown+`) === "`+string(want)+`"`)
	waitFor(t, ctx, `document.documentElement.hasAttribute("data-start-failed")`)
}
