//go:build !wasm

package browsertest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/sipcodes/sipcodes/app/site"
)

// The performance report of `make bench`: what a person sees, measured in
// headless Chromium against a floor (a plain HTML and JavaScript page with
// the same data, markup and search) in the same run, with budgets printed
// beside each figure. Set SIPCODES_BENCH_BEFORE to a site built from an
// earlier commit (make dist BASE=/sipcodes) to measure it in the same run.

const benchRuns = 5

// typed is what the keystroke measurement types, one character at a time.
var typed = []string{"busy here", "temporarily unavailable", "request timeout", "retry-after", "not acceptable", "486", "cause 17"}

// site under measurement: sipcodes as built now, the floor, or an earlier build.
type target struct {
	name   string
	url    func(path string) string
	app    bool // starts on intent and reports data-ready
	server *countingServer
}

type report struct {
	When       string                        `json:"when"`
	Machine    string                        `json:"machine"`
	Sizes      map[string]int64              `json:"sizes"`
	Go         map[string]float64            `json:"go"`
	Browser    map[string]map[string]float64 `json:"browser"` // target → figure → value
	Lighthouse map[string]map[string]float64 `json:"lighthouse,omitempty"`
	Budgets    []budget                      `json:"budgets"`
}

type budget struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
	Limit float64 `json:"limit"`
	Unit  string  `json:"unit"`
	Met   bool    `json:"met"`
}

func TestPerformanceReport(t *testing.T) {
	if os.Getenv("SIPCODES_BENCH") == "" {
		t.Skip("the performance report runs with `make bench`")
	}
	r := report{When: time.Now().UTC().Format(time.RFC3339), Machine: machine(), Sizes: map[string]int64{}, Go: map[string]float64{},
		Browser: map[string]map[string]float64{}, Lighthouse: map[string]map[string]float64{}}
	r.measureSizes(t)
	r.measureGo(t)
	r.measureExplainGo(t)
	targets := benchTargets(t)
	for _, tg := range targets {
		r.Browser[tg.name] = map[string]float64{}
	}
	for _, part := range []struct {
		name    string
		measure func(*testing.T, []target)
	}{{"keys", r.measureKeystrokes}, {"throttled", r.measureThrottledVisit}, {"startup", r.measureStartUp}, {"explain", r.measureExplainer}, {"lighthouse", r.measureLighthouse}} {
		if only := os.Getenv("SIPCODES_BENCH_ONLY"); only == "" || slices.Contains(strings.Split(only, ","), part.name) {
			part.measure(t, targets)
		}
	}
	r.judge()
	r.print(targets)
	os.MkdirAll("../bench", 0o755)
	b, _ := json.MarshalIndent(r, "", "  ")
	if err := os.WriteFile("../bench/report.json", b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func benchTargets(t *testing.T) []target {
	app := newCountingServer(siteDir)
	t.Cleanup(app.Close)
	floorDir := t.TempDir()
	if err := writeFloor(floorDir, "../web"); err != nil {
		t.Fatal(err)
	}
	floor := httptest.NewServer(site.NewPagesServer(floorDir, ""))
	t.Cleanup(floor.Close)
	targets := []target{
		{name: "sipcodes", url: func(p string) string { return urlOn(app.Server, p) }, app: true, server: app},
		{name: "floor", url: func(p string) string {
			if p == "/explain" {
				return floor.URL + "/explain.html"
			}
			return floor.URL + "/"
		}},
	}
	if dir := os.Getenv("SIPCODES_BENCH_BEFORE"); dir != "" {
		before := newCountingServer(dir)
		t.Cleanup(before.Close)
		targets = append(targets, target{name: "before", url: func(p string) string { return urlOn(before.Server, p) }, app: true, server: before})
	}
	return targets
}

// each runs f benchRuns times per target, alternating the order, and keeps
// the median of every figure f reports.
func (r *report) each(t *testing.T, targets []target, runs int, f func(t *testing.T, tg target) map[string]float64) {
	samples := map[string]map[string][]float64{}
	for i := range runs {
		for k := range targets {
			tg := targets[(i+k)%len(targets)]
			if samples[tg.name] == nil {
				samples[tg.name] = map[string][]float64{}
			}
			var figures map[string]float64
			t.Run(fmt.Sprintf("%s-%d", tg.name, i), func(t *testing.T) { figures = f(t, tg) }) // its browser closes at its end
			for name, v := range figures {
				samples[tg.name][name] = append(samples[tg.name][name], v)
			}
		}
	}
	for tg, figures := range samples {
		for name, v := range figures {
			r.Browser[tg][name] = median(v)
		}
	}
}

// keystrokes records, for each key, the frame after the last visible change
// it caused (anything in <body>; the title and the URL may follow later).
const keystrokes = `
window.__keys = [];
let current = null;
new MutationObserver((records) => {
  if (!current) return;
  const visible = records.some((m) => {
    const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
    return el && !el.closest("head");
  });
  if (!visible) return;
  const k = current;
  requestAnimationFrame(() => { k.frame = performance.now(); });
}).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
document.addEventListener("keydown", (e) => {
  current = { t0: e.timeStamp, frame: 0 };
  __keys.push(current);
}, true);`

func (r *report) measureKeystrokes(t *testing.T, targets []target) {
	r.each(t, targets, benchRuns, func(t *testing.T, tg target) map[string]float64 {
		ctx := newBrowser(t)
		addScript(t, ctx, keystrokes)
		run(t, ctx, chromedp.Navigate(tg.url("/")))
		if tg.app {
			startApp(t, ctx)
		}
		run(t, ctx, chromedp.Focus("#search", chromedp.ByQuery))
		for _, q := range typed {
			for _, ch := range q {
				run(t, ctx, chromedp.KeyEvent(string(ch)), chromedp.Sleep(120*time.Millisecond))
			}
			run(t, ctx, chromedp.KeyEvent(kb.Escape))
			waitFor(t, ctx, `document.querySelectorAll("#results [data-code]").length === 75`)
			run(t, ctx, chromedp.Sleep(120*time.Millisecond))
		}
		lat := eval[[]float64](t, ctx, `__keys.filter((k) => k.frame > 0).map((k) => k.frame - k.t0)`)
		slices.Sort(lat)
		return map[string]float64{"key p50": lat[len(lat)/2], "key p95": lat[len(lat)*95/100]}
	})
}

// firstVisit watches a first visit: the slowest interaction (Event Timing
// duration, what INP reports) and when the results typed are right.
const firstVisit = `
window.__visit = { slowest: 0, resultsAt: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) __visit.slowest = Math.max(__visit.slowest, e.duration);
}).observe({ type: "event", durationThreshold: 16, buffered: true });`

// throttledVisits are the first visits over a modest link (12 Mbit/s,
// 40 ms) that make bench times: a number and a word typed at 0.3 s, with
// the CPU slowed as on a phone, and a number with the CPU as it is.
var throttledVisits = []struct {
	figure, typed string
	cpu           float64
}{
	{"throttled first results", "48", 4},
	{"throttled first results, CPU not slowed", "48", 1},
	{"throttled first results for a word", "busy", 4},
}

func (r *report) measureThrottledVisit(t *testing.T, targets []target) {
	for i, visit := range throttledVisits {
		want, _ := json.Marshal(searchNumbers(visit.typed))
		typed, _ := json.Marshal(visit.typed)
		r.each(t, targets, 3, func(t *testing.T, tg target) map[string]float64 {
			ctx := newBrowser(t)
			addScript(t, ctx, firstVisit)
			throttle(t, ctx, visit.cpu)
			var sentBefore int
			var bytesBefore map[string]int64
			if tg.server != nil {
				sentBefore, bytesBefore = tg.server.count("/web/app.wasm"), tg.server.bytesSent()
			}
			run(t, ctx, chromedp.Navigate(tg.url("/")))
			// Type 300 ms after the navigation began, or at once if loading took longer.
			run(t, ctx, chromedp.Evaluate(`new Promise((r) => setTimeout(r, Math.max(0, 300 - performance.now())))`, nil, awaitPromise))
			run(t, ctx, chromedp.Click("#search", chromedp.ByQuery), chromedp.KeyEvent(visit.typed))
			run(t, ctx, chromedp.Evaluate(`(() => { const check = () => {
			if (document.getElementById("search").value === `+string(typed)+` && JSON.stringify(`+codesShown+`) === "`+string(want)+`") __visit.resultsAt = performance.now();
			else requestAnimationFrame(check); }; check(); })()`, nil))
			// An earlier build may lose the typed text: then no result ever comes.
			var kept bool
			chromedp.Run(ctx, chromedp.Poll(`__visit.resultsAt > 0`, &kept, chromedp.WithPollingTimeout(20*time.Second)))
			if tg.app {
				waitFor(t, ctx, workerReady)
			}
			run(t, ctx, chromedp.Sleep(500*time.Millisecond)) // late event entries
			out := map[string]float64{}
			if kept {
				out[visit.figure] = eval[float64](t, ctx, `__visit.resultsAt`)
			}
			if i > 0 {
				return out
			}
			out["throttled early typing kept (1 = yes)"] = 0
			if kept {
				out["throttled early typing kept (1 = yes)"] = 1
			}
			out["throttled slowest interaction"] = eval[float64](t, ctx, `__visit.slowest`)
			maps.Copy(out, startUpPhaseFigures(t, ctx, "throttled phase "))
			if tg.server != nil {
				out["app.wasm sent"] = float64(tg.server.count("/web/app.wasm") - sentBefore)
				maps.Copy(out, firstVisitBytes(bytesBefore, tg.server.bytesSent()))
			}
			return out
		})
	}
}

// firstVisitBytes sorts what a first visit was sent, everything precached
// (the service worker installed): the page, the two wasm files, the rest.
func firstVisitBytes(before, after map[string]int64) map[string]float64 {
	out := map[string]float64{"first visit KB: page": 0, "first visit KB: wasm": 0, "first visit KB: the rest": 0}
	for path, n := range after {
		kb := float64(n-before[path]) / 1000
		switch {
		case path == base+"/":
			out["first visit KB: page"] += kb
		case strings.HasSuffix(path, ".wasm"):
			out["first visit KB: wasm"] += kb
		default:
			out["first visit KB: the rest"] += kb
		}
	}
	out["first visit KB: all"] = out["first visit KB: page"] + out["first visit KB: wasm"] + out["first visit KB: the rest"]
	return out
}

// startUp records the long tasks of a visit and its slowest interaction.
const startUp = `
window.__tasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) __tasks.push([e.startTime, e.duration]); })
  .observe({ type: "longtask", buffered: true });` + firstVisit

func (r *report) measureStartUp(t *testing.T, targets []target) {
	r.each(t, targets, benchRuns, func(t *testing.T, tg target) map[string]float64 {
		ctx := newBrowser(t)
		addScript(t, ctx, startUp)
		run(t, ctx, chromedp.Navigate(tg.url("/")))
		waitFor(t, ctx, `performance.getEntriesByName("first-contentful-paint").length > 0`)
		run(t, ctx, chromedp.Sleep(1500*time.Millisecond)) // the download is done: what is left is start-up
		intent := eval[float64](t, ctx, `performance.now()`)
		// A person clicks into the box and types while the app starts.
		run(t, ctx, chromedp.Click("#search", chromedp.ByQuery), chromedp.KeyEvent("48"))
		waitReady(t, ctx)
		run(t, ctx, chromedp.Sleep(500*time.Millisecond))
		out := map[string]float64{
			"early visit slowest interaction": eval[float64](t, ctx, `__visit.slowest`),
			"longest task, load":              eval[float64](t, ctx, `Math.max(0, ...__tasks.filter(([s]) => s < `+fmt.Sprint(intent)+`).map(([, d]) => d))`),
			"longest task, start-up":          eval[float64](t, ctx, `Math.max(0, ...__tasks.filter(([s]) => s >= `+fmt.Sprint(intent)+`).map(([, d]) => d))`),
			"FCP":                             eval[float64](t, ctx, `performance.getEntriesByName("first-contentful-paint")[0].startTime`),
		}
		maps.Copy(out, startUpPhaseFigures(t, ctx, "phase "))
		return out
	})
}

// startUpPhaseFigures reads the start-up marks of a visit as phase durations.
func startUpPhaseFigures(t *testing.T, ctx context.Context, prefix string) map[string]float64 {
	out := map[string]float64{}
	phases := eval[map[string]float64](t, ctx, `Object.fromEntries([["navigation", 0], ...performance.getEntriesByType("mark").filter((m) => m.name.startsWith("sipcodes:")).map((m) => [m.name.slice(9), m.startTime])])`)
	for _, p := range startUpPhases {
		if a, ok := phases[p.from]; ok {
			if b, ok := phases[p.to]; ok {
				out[prefix+p.name] = b - a
			}
		}
	}
	return out
}

// startUpPhases are the steps between the start-up marks (start.js, app/).
var startUpPhases = []struct{ name, from, to string }{
	{"download done (since navigation)", "navigation", "downloaded"},
	{"warm-up in a worker (off the main thread)", "warming", "warmed"},
	{"intent (since navigation)", "navigation", "intent"},
	{"instantiate (cached wasm, compile)", "intent", "compiled"},
	{"return to the browser", "compiled", "run"},
	{"runtime and package inits", "run", "main"},
	{"main() to OnInit (a return included)", "main", "init"},
	{"first mount and results", "init", "painted"},
	{"listeners and the rest", "painted", "ready"},
	{"intent to app ready", "intent", "ready"},
}

func addScript(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	run(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(js).Do(ctx)
		return err
	}))
}

func awaitPromise(p *cdpruntime.EvaluateParams) *cdpruntime.EvaluateParams {
	return p.WithAwaitPromise(true)
}

// measureLighthouse runs Lighthouse (npm) on /, /486 and a vendor code's
// page, desktop and mobile, when `make bench` has installed it into
// bench/node_modules.
func (r *report) measureLighthouse(t *testing.T, targets []target) {
	lighthouse, err := filepath.Abs("../bench/node_modules/.bin/lighthouse")
	if _, serr := os.Stat(lighthouse); err != nil || serr != nil {
		t.Log("Lighthouse is not installed (make bench installs it with npm): skipped")
		return
	}
	for _, tg := range targets {
		for _, path := range []string{"/", "/486", "/vendor/sofia-sip/904"} {
			if !tg.app && path != "/" {
				continue
			}
			if resp, err := http.Get(tg.url(path)); err != nil || resp.StatusCode != http.StatusOK {
				t.Logf("Lighthouse: %s has no page %s (an earlier build): skipped", tg.name, path)
				continue
			} else {
				resp.Body.Close()
			}
			for _, form := range []string{"desktop", "mobile"} {
				var runs []map[string]float64
				for range 3 {
					runs = append(runs, runLighthouse(t, lighthouse, tg.url(path), form))
				}
				key := tg.name + " " + path + " " + form
				r.Lighthouse[key] = map[string]float64{}
				for name := range runs[0] {
					var v []float64
					for _, run := range runs {
						v = append(v, run[name])
					}
					r.Lighthouse[key][name] = median(v)
				}
			}
		}
	}
}

func runLighthouse(t *testing.T, lighthouse, address, form string) map[string]float64 {
	out := filepath.Join(t.TempDir(), "lh.json")
	args := []string{address, "--quiet", "--output=json", "--output-path=" + out,
		"--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-quic"}
	if form == "desktop" {
		args = append(args, "--preset=desktop")
	} else {
		args = append(args, "--form-factor=mobile")
	}
	cmd := exec.Command(lighthouse, args...)
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chromium)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("lighthouse: %v\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var lh struct {
		Categories map[string]struct{ Score float64 }
		Audits     map[string]struct{ NumericValue float64 }
	}
	if err := json.Unmarshal(b, &lh); err != nil {
		t.Fatal(err)
	}
	m := map[string]float64{"TBT": lh.Audits["total-blocking-time"].NumericValue, "CLS": lh.Audits["cumulative-layout-shift"].NumericValue}
	for name, c := range lh.Categories {
		m[name] = c.Score
	}
	return m
}

func (r *report) judge() {
	add := func(name string, value, limit float64, unit string) {
		if math.IsNaN(value) || math.IsNaN(limit) {
			return // not measured in this run (SIPCODES_BENCH_ONLY)
		}
		r.Budgets = append(r.Budgets, budget{name, value, limit, unit, value <= limit})
	}
	// A figure not measured is NaN, and so is every budget made from it.
	figure := func(tg, name string) float64 {
		if v, ok := r.Browser[tg][name]; ok {
			return v
		}
		return math.NaN()
	}
	app := func(name string) float64 { return figure("sipcodes", name) }
	floor := func(name string) float64 { return figure("floor", name) }
	add("app.wasm gzip", float64(r.Sizes["wasmGzip"]), 2_100_000, "bytes")
	add("search p99 (lookup.Search, what the box runs)", r.Go["search p99-ns"]/1000, 50, "µs")
	add("keystroke to last change p95 vs floor", app("key p95")/floor("key p95"), 2, "×")
	// Results for a number typed early: at most 1.5× the floor's, whether
	// the CPU is slowed or not; for a word (which needs the app), 2× the
	// floor plus the wasm's download at 12 Mbit/s.
	add("throttled first results for a number vs floor", app("throttled first results")/floor("throttled first results"), 1.5, "×")
	add("throttled first results for a number vs floor, CPU not slowed", app("throttled first results, CPU not slowed")/floor("throttled first results, CPU not slowed"), 1.5, "×")
	download := float64(r.Sizes["wasmGzip"]) / (12e6 / 8) * 1000
	add("throttled first results for a word (ms)", app("throttled first results for a word"), 2*floor("throttled first results for a word")+download, "ms")
	add("bytes sent on a first visit, everything precached (KB)", app("first visit KB: all"), 4000, "KB")
	add("app.wasm sent per first visit", app("app.wasm sent"), 1, "")
	add("longest task while starting (ms)", app("longest task, start-up"), 120, "ms")
	add("longest task while loading (ms; the floor's, or 50)", app("longest task, load"), max(50, 1.2*floor("longest task, load")), "ms")
	add("slowest interaction of an early visit (ms)", app("early visit slowest interaction"), 200, "ms")
	add("explain: 60-line trace in Go", r.Go["explain 60Lines ms"], 1, "ms")
	add("explain: 1 MB paste in Go", r.Go["explain 1MB ms"], 100, "ms")
	add("explain: 1 MB built to be slow, slowest, in Go", r.Go["explain Adversarial ms"], 100, "ms")
	add("explain: corpus headlines wrong", 100-r.Go["corpus headline %"], 10, "%")
	add("explain: corpus Reason/Warning values missed", 100-r.Go["corpus values found %"], 10, "%")
	// A 100 kB paste: the box's own layout of it, the browser's work in the
	// paste's task, is held to a plain page's and to 50 ms; writing the answer
	// after it to 50 ms a task.
	add("explain: 100 kB paste, the box's layout (ms)", app("explain 100 kB box layout (browser)"), 50, "ms")
	add("explain: 100 kB paste, the box's layout vs the floor's", app("explain 100 kB box layout (browser)")/floor("explain 100 kB box layout (browser)"), 1.5, "×")
	add("explain: 100 kB paste, longest task writing the answer", app("explain 100 kB longest task"), 50, "ms")
	add("explain: a 200-message ladder, longest task", app("explain 200-message ladder, longest task"), 50, "ms")
	// Captures built to be slow (capture/bench_test.go), read natively: at
	// least the pace the page's budget asks, 50 MB in 3 s.
	add("capture: 8 MB built to be slow, slowest, in Go", r.Go["capture hostile ms"], 3000*8/benchCaptureMB, "ms")
	add("capture: 50 MB dropped on /explain, to the whole answer", app("capture 50 MB answer"), 3000, "ms")
	add("capture: 50 MB, longest main-thread task", app("capture 50 MB longest task"), 50, "ms")
	add("capture: 50 MB, memory the worker's wasm holds (MB; the file's size + 64)", app("capture 50 MB worker wasm memory MB"), benchCaptureMB+64, "MB")
	for key, lh := range r.Lighthouse {
		if !strings.HasPrefix(key, "sipcodes ") {
			continue
		}
		add("Lighthouse "+strings.TrimPrefix(key, "sipcodes ")+" performance shortfall", 1-lh["performance"], 0.05, "")
		add("Lighthouse "+strings.TrimPrefix(key, "sipcodes ")+" CLS", lh["CLS"], 0.01, "")
		for _, c := range []string{"accessibility", "best-practices", "seo"} {
			add("Lighthouse "+strings.TrimPrefix(key, "sipcodes ")+" "+c+" shortfall", 1-lh[c], 0, "")
		}
	}
}

func (r *report) print(targets []target) {
	fmt.Printf("\nsipcodes performance report, %s\n%s\n\n", r.When, r.Machine)
	fmt.Printf("Sizes\n  app.wasm            %9d bytes raw, %d gzip, %d brotli\n  dist/               %9d bytes\n  largest page        %9d bytes\n\n",
		r.Sizes["wasm"], r.Sizes["wasmGzip"], r.Sizes["wasmBrotli"], r.Sizes["dist"], r.Sizes["largestPage"])
	fmt.Printf("Go\n  lookup.Search       %9.0f ns/op, %.0f B/op, %.0f allocs/op; p50 %.1f µs, p99 %.1f µs\n  make dist (warm)    %9.2f s\n\n",
		r.Go["search ns/op"], r.Go["search B/op"], r.Go["search allocs/op"], r.Go["search p50-ns"]/1000, r.Go["search p99-ns"]/1000, r.Go["make dist seconds"])
	r.printExplainer()
	fmt.Printf("Browser (headless Chromium, medians)")
	for _, tg := range targets {
		fmt.Printf(" %12s", tg.name)
	}
	fmt.Println()
	var names []string
	for name := range r.Browser["sipcodes"] {
		names = append(names, name)
	}
	for name := range r.Browser["floor"] {
		if _, ok := r.Browser["sipcodes"][name]; !ok {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		fmt.Printf("  %-36s", name)
		for _, tg := range targets {
			if v, ok := r.Browser[tg.name][name]; ok {
				fmt.Printf(" %12.1f", v)
			} else {
				fmt.Printf(" %12s", "-")
			}
		}
		fmt.Println()
	}
	if len(r.Lighthouse) > 0 {
		fmt.Println("\nLighthouse (median of 3)                    perf  a11y  best   seo   TBT ms   CLS")
		var keys []string
		for k := range r.Lighthouse {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			lh := r.Lighthouse[k]
			fmt.Printf("  %-40s %5.2f %5.2f %5.2f %5.2f %8.0f %5.3f\n", k, lh["performance"], lh["accessibility"], lh["best-practices"], lh["seo"], lh["TBT"], lh["CLS"])
		}
	}
	fmt.Println("\nBudgets")
	for _, b := range r.Budgets {
		status := "met"
		if !b.Met {
			status = "MISSED"
		}
		fmt.Printf("  %-52s %10.2f %-5s (limit %.4g)  %s\n", b.Name, b.Value, b.Unit, b.Limit, status)
	}
	fmt.Println("\nWritten to bench/report.json")
}

func (r *report) measureSizes(t *testing.T) {
	wasm, err := os.ReadFile(filepath.Join(siteDir, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	var br bytes.Buffer
	b := brotli.NewWriterLevel(&br, brotli.BestCompression)
	b.Write(wasm)
	b.Close()
	r.Sizes["wasm"], r.Sizes["wasmGzip"], r.Sizes["wasmBrotli"] = int64(len(wasm)), gzipSize(wasm), int64(br.Len())
	filepath.WalkDir(siteDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, _ := d.Info()
		r.Sizes["dist"] += info.Size()
		if strings.HasSuffix(p, ".html") && info.Size() > r.Sizes["largestPage"] {
			r.Sizes["largestPage"] = info.Size()
		}
		return nil
	})
}

// measureGo runs the codes benchmark (its own p50/p99 sampler included) and
// times a warm `make dist`.
func (r *report) measureGo(t *testing.T) {
	out, err := exec.Command("go", "test", "../lookup", "-run", "^$", "-bench", "^BenchmarkSearch$", "-benchmem", "-benchtime", "20000x", "-count", "5").CombinedOutput()
	if err != nil {
		t.Fatalf("lookup benchmark: %v\n%s", err, out)
	}
	metrics := map[string][]float64{}
	field := regexp.MustCompile(`([0-9.]+) (ns/op|p50-ns|p99-ns|B/op|allocs/op)`)
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		for _, m := range field.FindAllStringSubmatch(sc.Text(), -1) {
			v, _ := strconv.ParseFloat(m[1], 64)
			metrics[m[2]] = append(metrics[m[2]], v)
		}
	}
	for k, v := range metrics {
		r.Go["search "+k] = median(v)
	}
	for range 2 { // the first run warms the build cache; the second is timed
		start := time.Now()
		if out, err := exec.Command("make", "-s", "-C", "..", "dist").CombinedOutput(); err != nil {
			t.Fatalf("make dist: %v\n%s", err, out)
		}
		r.Go["make dist seconds"] = time.Since(start).Seconds()
	}
}

// gzipSize is the size of b under Go's gzip at its best level, as the size test measures it.
func gzipSize(b []byte) int64 {
	var gz bytes.Buffer
	g, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	g.Write(b)
	g.Close()
	return int64(gz.Len())
}

func machine() string {
	cpu := runtime.GOARCH
	if info, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		if m := regexp.MustCompile(`model name\s*:\s*(.+)`).FindSubmatch(info); m != nil {
			cpu = string(m[1])
		}
	}
	version, _ := exec.Command(chromium, "--version").Output()
	return fmt.Sprintf("%d cores, %s; %s; %s", runtime.NumCPU(), cpu, runtime.Version(), strings.TrimSpace(string(version)))
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}
