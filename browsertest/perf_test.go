package browsertest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
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
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/sipcodes/sipcodes/app/site"
)

// The performance report of `make bench`. Browser figures are medians of
// five runs that alternate with the floor (a plain HTML and JavaScript page
// with the same data and search), and are also given as ratios to it, since
// absolute times on a shared machine are noisy.

const benchRuns = 5

// typed is what the keystroke measurement types, one character at a time.
var typed = []string{"busy here", "temporarily unavailable", "request timeout", "retry-after", "not acceptable", "486", "cause 17"}

// instrument runs before any page script: it records when the page is ready,
// how long each keystroke takes to reach a painted frame, and the wasm instance.
const instrument = `
window.__perf = { readyAt: null, lat: [] };
new MutationObserver(() => {
  if (document.documentElement.dataset.ready && __perf.readyAt === null) __perf.readyAt = performance.now();
}).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] }); // <html> does not exist yet
document.addEventListener("keydown", (e) => {
  if (e.key.length !== 1) return;
  const t0 = e.timeStamp; // when the key was pressed, queueing included
  // Painted: the results changed, and the frame that draws them has begun.
  const seen = new MutationObserver(() => {
    seen.disconnect();
    requestAnimationFrame(() => __perf.lat.push(performance.now() - t0));
  });
  seen.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}, true);
const instantiate = WebAssembly.instantiateStreaming;
if (instantiate) WebAssembly.instantiateStreaming = async (...args) => {
  const r = await instantiate(...args);
  window.__wasm = r.instance;
  return r;
};`

type visit struct {
	FCP, ReadyFirst, ReadyRepeat, KeyP50, KeyP95 float64 // milliseconds
	JSHeap, WasmMemory                           float64 // bytes
}

type budget struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
	Limit float64 `json:"limit"`
	Unit  string  `json:"unit"`
	Met   bool    `json:"met"`
}

type report struct {
	When    string             `json:"when"`
	Machine string             `json:"machine"`
	Sizes   map[string]int64   `json:"sizes"`
	Go      map[string]float64 `json:"go"`
	App     visit              `json:"sipcodes"`
	Floor   visit              `json:"floor"`
	Budgets []budget           `json:"budgets"`
}

func TestPerformanceReport(t *testing.T) {
	if os.Getenv("SIPCODES_BENCH") == "" {
		t.Skip("the performance report runs with `make bench`")
	}
	r := report{When: time.Now().UTC().Format(time.RFC3339), Machine: machine(), Sizes: map[string]int64{}, Go: map[string]float64{}}
	r.measureSizes(t)
	r.measureGo(t)
	r.measureBrowser(t)
	r.judge()
	r.print()
	os.MkdirAll("../bench", 0o755)
	b, _ := json.MarshalIndent(r, "", "  ")
	if err := os.WriteFile("../bench/report.json", b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func (r *report) measureSizes(t *testing.T) {
	wasm, err := os.ReadFile("../web/app.wasm")
	if err != nil {
		t.Fatal(err)
	}
	var gz, br bytes.Buffer
	g, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	g.Write(wasm)
	g.Close()
	b := brotli.NewWriterLevel(&br, brotli.BestCompression)
	b.Write(wasm)
	b.Close()
	r.Sizes["wasm"], r.Sizes["wasmGzip"], r.Sizes["wasmBrotli"] = int64(len(wasm)), int64(gz.Len()), int64(br.Len())
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
	out, err := exec.Command("go", "test", "../codes", "-run", "^$", "-bench", "^BenchmarkSearch$", "-benchmem", "-benchtime", "20000x", "-count", "5").CombinedOutput()
	if err != nil {
		t.Fatalf("codes benchmark: %v\n%s", err, out)
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

func (r *report) measureBrowser(t *testing.T) {
	floorDir := t.TempDir()
	if err := writeFloor(floorDir, "../web"); err != nil {
		t.Fatal(err)
	}
	floor := httptest.NewServer(site.NewPagesServer(floorDir, ""))
	defer floor.Close()
	var apps, floors []visit
	for i := range benchRuns {
		measureApp := func() { apps = append(apps, measure(t, url("/"), true)) }
		measureFloor := func() { floors = append(floors, measure(t, floor.URL+"/", false)) }
		if i%2 == 0 {
			measureApp()
			measureFloor()
		} else {
			measureFloor()
			measureApp()
		}
	}
	r.App, r.Floor = medianVisit(apps), medianVisit(floors)
}

// measure visits a page in a fresh browser: first visit, repeat visit, memory, typing.
func measure(t *testing.T, address string, worker bool) visit {
	ctx := newBrowser(t, chromedp.Flag("enable-precise-memory-info", true))
	run(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(instrument).Do(ctx)
		return err
	}))
	var v visit
	run(t, ctx, chromedp.Navigate(address))
	waitFor(t, ctx, `__perf.readyAt !== null && performance.getEntriesByName("first-contentful-paint").length > 0`)
	v.FCP = eval[float64](t, ctx, `performance.getEntriesByName("first-contentful-paint")[0].startTime`)
	v.ReadyFirst = eval[float64](t, ctx, `__perf.readyAt`)
	if worker {
		waitFor(t, ctx, workerReady)
	}
	run(t, ctx, chromedp.Navigate(address))
	waitFor(t, ctx, `__perf.readyAt !== null`)
	v.ReadyRepeat = eval[float64](t, ctx, `__perf.readyAt`)
	v.JSHeap = eval[float64](t, ctx, `performance.memory.usedJSHeapSize`)
	v.WasmMemory = eval[float64](t, ctx, `window.__wasm ? __wasm.exports.mem.buffer.byteLength : 0`)

	run(t, ctx, chromedp.Focus("#search", chromedp.ByQuery))
	for _, q := range typed {
		for _, ch := range q {
			n := eval[int](t, ctx, `__perf.lat.length`)
			run(t, ctx, chromedp.KeyEvent(string(ch)))
			waitFor(t, ctx, `__perf.lat.length > `+strconv.Itoa(n))
		}
		run(t, ctx, chromedp.KeyEvent(kb.Escape))
		waitFor(t, ctx, `document.querySelectorAll("#results [data-code]").length === 75`)
	}
	lat := eval[[]float64](t, ctx, `__perf.lat`)
	slices.Sort(lat)
	v.KeyP50, v.KeyP95 = lat[len(lat)/2], lat[len(lat)*95/100]
	return v
}

func (r *report) judge() {
	add := func(name string, value, limit float64, unit string) {
		r.Budgets = append(r.Budgets, budget{name, value, limit, unit, value <= limit})
	}
	add("app.wasm gzip", float64(r.Sizes["wasmGzip"]), 2_200_000, "bytes")
	add("first contentful paint vs floor", r.App.FCP/r.Floor.FCP, 1.2, "×")
	add("app ready, repeat visit", r.App.ReadyRepeat, 500, "ms")
	add("keystroke to painted results p95", r.App.KeyP95, 16, "ms")
	add("codes.Search p99", r.Go["search p99-ns"]/1000, 50, "µs")
}

func (r *report) print() {
	fmt.Printf("\nsipcodes performance report, %s\n%s\n\n", r.When, r.Machine)
	fmt.Printf("Sizes\n  app.wasm            %9d bytes raw, %d gzip, %d brotli\n  dist/               %9d bytes\n  largest page        %9d bytes\n\n",
		r.Sizes["wasm"], r.Sizes["wasmGzip"], r.Sizes["wasmBrotli"], r.Sizes["dist"], r.Sizes["largestPage"])
	fmt.Printf("Go\n  codes.Search        %9.0f ns/op, %.0f B/op, %.0f allocs/op; p50 %.1f µs, p99 %.1f µs\n  make dist (warm)    %9.2f s\n\n",
		r.Go["search ns/op"], r.Go["search B/op"], r.Go["search allocs/op"], r.Go["search p50-ns"]/1000, r.Go["search p99-ns"]/1000, r.Go["make dist seconds"])
	fmt.Printf("Browser (headless Chromium, median of %d runs)   sipcodes      floor   ratio\n", benchRuns)
	row := func(name string, a, f float64, unit string) {
		ratio := "    -"
		if f > 0 {
			ratio = fmt.Sprintf("%6.2f×", a/f)
		}
		fmt.Printf("  %-34s %9.1f %-3s %7.1f %-3s %s\n", name, a, unit, f, unit, ratio)
	}
	row("first contentful paint", r.App.FCP, r.Floor.FCP, "ms")
	row("ready, first visit", r.App.ReadyFirst, r.Floor.ReadyFirst, "ms")
	row("ready, repeat visit", r.App.ReadyRepeat, r.Floor.ReadyRepeat, "ms")
	row("keystroke to painted, p50", r.App.KeyP50, r.Floor.KeyP50, "ms")
	row("keystroke to painted, p95", r.App.KeyP95, r.Floor.KeyP95, "ms")
	row("JS heap after load", r.App.JSHeap/1e6, r.Floor.JSHeap/1e6, "MB")
	row("wasm memory after load", r.App.WasmMemory/1e6, r.Floor.WasmMemory/1e6, "MB")
	fmt.Println("\nBudgets")
	for _, b := range r.Budgets {
		status := "met"
		if !b.Met {
			status = "MISSED"
		}
		fmt.Printf("  %-36s %10.2f %-5s (limit %g)  %s\n", b.Name, b.Value, b.Unit, b.Limit, status)
	}
	fmt.Println("\nWritten to bench/report.json")
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

func medianVisit(vs []visit) visit {
	pick := func(f func(visit) float64) float64 {
		var v []float64
		for _, x := range vs {
			v = append(v, f(x))
		}
		return median(v)
	}
	return visit{
		FCP:         pick(func(v visit) float64 { return v.FCP }),
		ReadyFirst:  pick(func(v visit) float64 { return v.ReadyFirst }),
		ReadyRepeat: pick(func(v visit) float64 { return v.ReadyRepeat }),
		KeyP50:      pick(func(v visit) float64 { return v.KeyP50 }),
		KeyP95:      pick(func(v visit) float64 { return v.KeyP95 }),
		JSHeap:      pick(func(v visit) float64 { return v.JSHeap }),
		WasmMemory:  pick(func(v visit) float64 { return v.WasmMemory }),
	}
}
