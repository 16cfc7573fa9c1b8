package browsertest

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// corpusTrace is a real trace from the trace package's corpus (its source
// is in trace/testdata/corpus/PROVENANCE.md).
func corpusTrace(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../trace/testdata/corpus/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// pasteInto dispatches a paste of text into the element with the id, as
// the browser does: a cancelable event whose clipboard data keeps the line
// breaks. It reports whether a listener took the paste over.
func pasteInto(t *testing.T, ctx context.Context, id, text string) bool {
	t.Helper()
	return eval[bool](t, ctx, `(() => {
		const data = new DataTransfer();
		data.setData("text/plain", `+jsString(text)+`);
		const e = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
		return !document.getElementById(`+jsString(id)+`).dispatchEvent(e);
	})()`)
}

// dropFile drops a file with the given content on the element matching selector.
func dropFile(t *testing.T, ctx context.Context, selector, name, content string) {
	t.Helper()
	run(t, ctx, chromedp.Evaluate(`(() => {
		const data = new DataTransfer();
		data.items.add(new File([`+jsString(content)+`], `+jsString(name)+`, { type: "text/plain" }));
		const target = document.querySelector(`+jsString(selector)+`);
		target.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
		target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
	})()`, nil))
}

// dropBytes drops a binary file (a capture) on the element matching selector.
func dropBytes(t *testing.T, ctx context.Context, selector, name string, content []byte) {
	t.Helper()
	run(t, ctx, chromedp.Evaluate(`(() => {
		const bytes = Uint8Array.from(atob(`+jsString(base64.StdEncoding.EncodeToString(content))+`), (c) => c.charCodeAt(0));
		const data = new DataTransfer();
		data.items.add(new File([bytes], `+jsString(name)+`, { type: "application/octet-stream" }));
		const target = document.querySelector(`+jsString(selector)+`);
		target.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
		target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
	})()`, nil))
}

const headline = `(document.querySelector("#explanation .headline h2")?.textContent ?? "")`

func TestAPastedTraceOpensTheExplainer(t *testing.T) {
	trace := corpusTrace(t, "027-linphone-belle-sip-480-normal-clearing.txt")
	ctx := newBrowser(t)
	var (
		mu       sync.Mutex
		requests []*network.Request
	)
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requests = append(requests, e.Request)
			mu.Unlock()
		}
	})
	run(t, ctx, network.Enable())
	// Before the app runs: the prerendered page routes the paste itself.
	run(t, ctx, chromedp.Navigate(url("/")))
	waitFor(t, ctx, `document.getElementById("search") !== null`)
	if !pasteInto(t, ctx, "search", trace) {
		t.Fatal("a multi-line paste into the search box was left to the box, which drops its line breaks")
	}
	waitFor(t, ctx, `location.pathname.endsWith("/explain") && `+headline+`.includes("480 Temporarily Unavailable")`)
	if got := eval[string](t, ctx, `document.getElementById("trace").value`); got != trace {
		t.Errorf("the explainer's box holds %d characters, want the %d pasted, line breaks and all", len(got), len(trace))
	}
	if search := eval[string](t, ctx, `location.search + location.hash`); search != "" {
		t.Errorf("the trace must never go into the URL, got %q", search)
	}
	// The headline links to its code; the Reason value to its cause; the
	// contradiction between them is said.
	waitFor(t, ctx, `document.querySelector('#explanation .headline a[href$="/480"]') !== null`)
	waitFor(t, ctx, `document.querySelector('#explanation .decoded a[href$="/cause/16"]') !== null && document.querySelector('#explanation a[href$="/reason#q850"]') !== null`)
	waitFor(t, ctx, `document.querySelector("#explanation .notes").textContent.includes("The status line wins")`)
	mu.Lock()
	seen := slices.Clone(requests)
	mu.Unlock()
	if len(seen) < 3 {
		t.Errorf("only %d requests seen: the check below is blind", len(seen))
	}
	for _, r := range seen { // the trace is read here, and sent nowhere
		if r.Method != "GET" || strings.Contains(r.URL, "gzGkaHJH") || strings.Contains(r.URL, "calliope") {
			t.Errorf("a request carried the trace: %s %s", r.Method, r.URL)
		}
	}

	// With the app running, on a code page, the same.
	open(t, ctx, "/486")
	if !pasteInto(t, ctx, "search", "INVITE sip:bob@example.com SIP/2.0\r\nSIP/2.0 486 Busy Here\r\n") {
		t.Fatal("with the app running, a multi-line paste was left to the box")
	}
	waitFor(t, ctx, `location.pathname.endsWith("/explain") && `+headline+`.includes("486 Busy Here")`)
}

// fillStorage fills this tab's session storage to the brim with filler
// entries of 1 MiB characters and less.
const fillStorage = `(() => {
	let i = 0;
	for (let size = 1 << 20; size >= 1; size >>= 1) {
		const filler = "x".repeat(size);
		for (;;) {
			try { sessionStorage.setItem("filler" + i++, filler); } catch (err) { break; }
		}
	}
})()`

// pasteRepeated pastes trace repeated to n characters into the search box.
func pasteRepeated(t *testing.T, ctx context.Context, trace string, n int) {
	t.Helper()
	run(t, ctx, chromedp.Evaluate(`(() => {
		const data = new DataTransfer();
		data.setData("text/plain", `+jsString(trace)+`.repeat(`+fmt.Sprint(n/len(trace)+1)+`).slice(0, `+fmt.Sprint(n)+`));
		document.getElementById("search").dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
	})()`, nil))
}

func TestATraceTooLargeToCarryIsSaid(t *testing.T) {
	trace := corpusTrace(t, "027-linphone-belle-sip-480-normal-clearing.txt")
	ctx := newBrowser(t)
	status := `document.getElementById("explain-status").textContent`

	// Nothing fits: the explainer says so, and shows no older trace.
	run(t, ctx, chromedp.Navigate(url("/")))
	waitFor(t, ctx, `document.getElementById("search") !== null`)
	run(t, ctx, chromedp.Evaluate(fillStorage, nil))
	pasteRepeated(t, ctx, trace, 200_000)
	waitFor(t, ctx, `location.pathname.endsWith("/explain") && `+status+`.includes("200,000 characters) was too large for this tab's storage")`)
	if got := eval[string](t, ctx, `location.hash + "|" + document.getElementById("trace").value`); got != "|" {
		t.Errorf("after a trace that could not be carried: hash and box %q, want both empty", got)
	}

	// Room for the first MiB only: that part is explained, and the rest is said.
	run(t, ctx, chromedp.Navigate(url("/")))
	waitFor(t, ctx, `document.getElementById("search") !== null`)
	run(t, ctx, chromedp.Evaluate(`sessionStorage.removeItem("filler0"); sessionStorage.removeItem("filler1")`, nil))
	pasteRepeated(t, ctx, trace, 3_000_000)
	waitFor(t, ctx, `location.pathname.endsWith("/explain") && document.getElementById("explanation").dataset.done !== undefined`)
	if got := eval[int](t, ctx, `document.getElementById("trace").value.length`); got != 1<<20 {
		t.Errorf("the box holds %d characters, want the first %d", got, 1<<20)
	}
	waitFor(t, ctx, headline+`.includes("480 Temporarily Unavailable") && `+status+`.includes("Only the first 1,048,576 of 3,000,000 characters came here")`)
}

func TestAOneLinePasteIsASearch(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/")
	for _, line := range []string{"SIP/2.0 486 Busy Here", "Reason: Q.850;cause=17;text=\"User busy\"\n"} {
		if pasteInto(t, ctx, "search", line) {
			t.Errorf("the one-line paste %q was taken from the search box", line)
		}
	}
	long := strings.Repeat("Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK776asdhds ", 6)
	if !pasteInto(t, ctx, "search", long) {
		t.Error("a line longer than a search reads must go to the explainer, not be cut")
	}
	waitFor(t, ctx, `location.pathname.endsWith("/explain") && document.getElementById("trace").value.startsWith("Via:")`)
	// Typed past it, the same.
	open(t, ctx, "/")
	run(t, ctx, chromedp.SetValue("#search", long[:256], chromedp.ByQuery), chromedp.SendKeys("#search", "x", chromedp.ByQuery))
	waitFor(t, ctx, `location.pathname.endsWith("/explain") && document.getElementById("trace").value.endsWith("x")`)
}

func TestADroppedFileIsExplained(t *testing.T) {
	trace := corpusTrace(t, "056-kamailio-ngrep-487-reason-16-cancel.txt")
	ctx := newBrowser(t)
	run(t, ctx, chromedp.Navigate(url("/4xx"))) // before the app runs
	waitFor(t, ctx, `document.querySelector("main") !== null`)
	dropFile(t, ctx, "main", "capture.log", trace)
	waitFor(t, ctx, `location.pathname.endsWith("/explain") && `+headline+`.includes("487 Request Terminated")`)
	// On the explainer itself, a dropped file replaces the box's text.
	dropFile(t, ctx, "#trace", "other.txt", "SIP/2.0 503 Service Unavailable\nRetry-After: 30\n")
	waitFor(t, ctx, headline+`.includes("503 Service Unavailable")`)
	waitFor(t, ctx, `document.querySelector(".ladder").textContent.includes("Retry-After: 30")`)
	// Or one opened with the file picker.
	picked, err := filepath.Abs("../trace/testdata/corpus/049-asterisk-chan-sip-got-sip-response-503.txt")
	if err != nil {
		t.Fatal(err)
	}
	run(t, ctx, chromedp.SetUploadFiles("#trace-file", []string{picked}, chromedp.ByQuery))
	waitFor(t, ctx, headline+`.includes("503 Service Unavailable") && document.getElementById("trace").value.includes("Got SIP response 503")`)
	// A binary file gets a clear message, not a garbled explanation.
	dropFile(t, ctx, "#trace", "capture.pcap", "\xd4\xc3\xb2\xa1\x02\x00\x04\x00\x00\x00\x00\x00")
	waitFor(t, ctx, headline+` === "This cannot be read as a trace"`)
}

func TestTheExplainerKeepsItsTraceWhenTheAppStarts(t *testing.T) {
	ctx := newBrowser(t)
	run(t, ctx, chromedp.Navigate(url("/explain")))
	run(t, ctx, chromedp.SendKeys("#trace", "SIP/2.0 603 Decline\n", chromedp.ByQuery))
	waitFor(t, ctx, headline+`.includes("603 Decline")`)
	startApp(t, ctx) // go-app swaps in its copy of the served page
	if got := eval[string](t, ctx, `document.getElementById("trace").value`); got != "SIP/2.0 603 Decline\n" {
		t.Errorf("after the app took over, the box holds %q", got)
	}
	if !eval[bool](t, ctx, `document.activeElement === document.getElementById("trace")`) {
		t.Error("the box lost its focus when the app took over")
	}
	run(t, ctx, chromedp.SendKeys("#trace", "Reason: Q.850;cause=21\n", chromedp.ByQuery))
	waitFor(t, ctx, `document.querySelector('#explanation .decoded a[href$="/cause/21"]') !== null`)
	// A reload keeps the trace (this tab's session storage), and the URL never has it.
	run(t, ctx, chromedp.Reload())
	waitFor(t, ctx, headline+`.includes("603 Decline") && document.getElementById("trace").value.includes("cause=21")`)
	// Clear is pressed before the app runs, and held while it would take
	// over (the press is an intent that starts it): its click still counts.
	at := eval[[]float64](t, ctx, `(() => { const b = document.getElementById("trace-clear"); b.scrollIntoView({ block: "center" }); const r = b.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`)
	run(t, ctx, input.DispatchMouseEvent(input.MousePressed, at[0], at[1]).WithButton(input.Left).WithClickCount(1), chromedp.Sleep(500*time.Millisecond),
		input.DispatchMouseEvent(input.MouseReleased, at[0], at[1]).WithButton(input.Left).WithClickCount(1))
	waitFor(t, ctx, `document.getElementById("explanation").childElementCount === 0 && sessionStorage.length === 0`)
	waitReady(t, ctx)
}

func TestTheExplainerWorksOffline(t *testing.T) {
	ctx, server := visitOnce(t)
	server.Close()
	run(t, ctx, chromedp.Navigate(urlOn(server, "/explain")))
	waitFor(t, ctx, `document.getElementById("trace") !== null`)
	run(t, ctx, chromedp.SendKeys("#trace", "SIP/2.0 486 Busy Here\nReason: Q.850;cause=17\n", chromedp.ByQuery))
	waitFor(t, ctx, headline+`.includes("486 Busy Here")`)
	if blocked := eval[[]string](t, ctx, `__csp`); len(blocked) > 0 {
		t.Errorf("offline: the Content-Security-Policy blocked %v", blocked)
	}
}

// failingWorkers stands in for the explainer's workers, by the trace each
// is given: "486" is never answered (an explanation that takes too long),
// "480" is answered with an error (a Go program that has exited), and the
// first worker given "415" fails as one whose scripts did not load; the
// rest are real. The counts are kept in the DOM, which the test's polls
// (another JavaScript world) can read.
const failingWorkers = `(() => {
  const Real = Worker, counts = () => document.documentElement.dataset; // no document yet
  let failedToLoad = false;
  window.Worker = class extends Real {
    constructor(url, ...rest) {
      super(url, ...rest);
      this.ours = String(url).includes("explain-worker"); // not start.js's warm-up worker
      if (this.ours) counts().workers = (+counts().workers || 0) + 1;
    }
    set onmessage(f) { this.answer = f; super.onmessage = f; }
    get onmessage() { return this.answer; }
    set onerror(f) { this.fail = f; super.onerror = f; }
    get onerror() { return this.fail; }
    postMessage(message, ...rest) {
      const text = this.ours ? message.text : "";
      if (text.includes("486")) return;
      if (text.includes("480")) return void setTimeout(() => this.answer({ data: { id: message.id, error: "it crashed" } }));
      if (text.includes("415") && !failedToLoad) {
        failedToLoad = true;
        return void setTimeout(() => this.fail({ message: "NetworkError: importScripts failed" }));
      }
      super.postMessage(message, ...rest);
    }
    terminate() {
      if (this.ours) counts().terminated = (+counts().terminated || 0) + 1;
      super.terminate();
    }
  };
})();`

// TestTheExplainerWorkerIsReplaced: a newer trace ends a worker still
// reading an older one, a worker that failed is replaced (review S6), and
// one that could not start is retried once with the same trace.
func TestTheExplainerWorkerIsReplaced(t *testing.T) {
	ctx := newBrowser(t)
	run(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(failingWorkers).Do(ctx)
		return err
	}))
	run(t, ctx, chromedp.Navigate(url("/explain")))
	paste := func(text string) {
		run(t, ctx, chromedp.Evaluate(`document.getElementById("trace").value = `+jsString(text)+`; document.getElementById("explain-form").requestSubmit()`, nil))
	}
	paste("SIP/2.0 486 Busy Here\n") // never answered
	waitFor(t, ctx, `+document.documentElement.dataset.workers >= 1 && document.getElementById("explain-status").textContent.includes("Reading")`)
	paste("SIP/2.0 480 Temporarily Unavailable\n") // ends that worker; the next one fails
	waitFor(t, ctx, `document.querySelector("#explanation .notice")?.textContent.includes("it crashed")`)
	started := eval[int](t, ctx, `+document.documentElement.dataset.workers`)
	paste("SIP/2.0 415 Unsupported Media Type\n") // its new worker cannot start: another one reads it
	waitFor(t, ctx, headline+`.includes("415 Unsupported Media Type")`)
	paste("SIP/2.0 603 Decline\n") // the same worker answers
	waitFor(t, ctx, headline+`.includes("603 Decline")`)
	if w, done := eval[int](t, ctx, `+document.documentElement.dataset.workers`), eval[int](t, ctx, `+document.documentElement.dataset.terminated`); w != started+2 || done < 3 {
		t.Errorf("%d workers started, %d terminated; want %d and at least 3", w, done, started+2)
	}
}

// explain puts a trace in the explainer's box and waits for the whole answer.
func explain(t *testing.T, ctx context.Context, trace string) {
	t.Helper()
	run(t, ctx, chromedp.Evaluate(`document.getElementById("explanation").removeAttribute("data-done"); document.getElementById("trace").value = `+jsString(trace)+`; document.getElementById("explain-form").requestSubmit()`, nil))
	waitFor(t, ctx, `document.getElementById("explanation").dataset.done !== undefined`)
}

// The call is drawn as a ladder, one arrow per message between the
// participants' lifelines, with a text alternative for screen readers;
// at 320 px the ladder scrolls by itself and the page does not. What went
// wrong in the flow is listed with its id.
func TestTheCallIsDrawnAsALadder(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/explain")
	explain(t, ctx, corpusTrace(t, "042-sngrep-arrow-200-ok-ack.txt"))
	if n := eval[int](t, ctx, `document.querySelectorAll(".flow-grid .flow-who").length`); n != 3 {
		t.Errorf("%d participants drawn, want 3", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".flow-grid .flow-arrow").length`); n != 2 {
		t.Errorf("%d arrows drawn, want 2", n)
	}
	if !eval[bool](t, ctx, `document.querySelector(".flow-scroll").getAttribute("aria-hidden") === "true" && document.querySelector(".flow-alt").textContent.includes("172.21.10.46:6660")`) {
		t.Error("the diagram is not hidden from screen readers behind its text alternative")
	}
	if !eval[bool](t, ctx, `(() => { const a = document.querySelector(".flow-arrow.right").getBoundingClientRect(); const l = [...document.querySelectorAll(".flow-life")].map((e) => e.getBoundingClientRect().left); return Math.abs(a.left - l[0]) < 2 && Math.abs(a.right - l[1]) < 2 })()`) {
		t.Error("the first arrow does not run from the first lifeline to the second")
	}
	run(t, ctx, emulation.SetDeviceMetricsOverride(320, 640, 1, true))
	if !eval[bool](t, ctx, `document.documentElement.scrollWidth <= innerWidth`) {
		t.Error("at 320 px the page scrolls sideways; only the ladder should")
	}
	run(t, ctx, emulation.ClearDeviceMetricsOverride())
	explain(t, ctx, corpusTrace(t, "017-rfc3891-cancel-487.txt"))
	if !eval[bool](t, ctx, `document.getElementById("finding-caller-cancelled")?.textContent.includes("RFC 3261 §9.1") ?? false`) {
		t.Error("the cancelled call is not listed with its RFC")
	}
}

// A large trace is written to this tab's storage when the page is left,
// not at every typing pause (writing megabytes holds the page); a reload
// still finds it, and one too large for the storage is said after it.
func TestALargeTraceIsKeptWhenThePageIsLeft(t *testing.T) {
	ctx := newBrowser(t)
	run(t, ctx, chromedp.Navigate(url("/explain")))
	waitFor(t, ctx, `document.getElementById("trace") !== null`)
	large := strings.Repeat("SIP/2.0 486 Busy Here\nVia: SIP/2.0/UDP 192.0.2.1:5060\n\n", 2000) // 110,000 characters
	explain(t, ctx, large)
	if n := eval[int](t, ctx, `sessionStorage.length`); n != 0 {
		t.Errorf("a %d-character trace was written to storage at once (%d items)", len(large), n)
	}
	run(t, ctx, chromedp.Reload())
	waitFor(t, ctx, fmt.Sprintf(`document.getElementById("trace").value.length === %d && `+headline+`.includes("486 Busy Here")`, len(large)))

	// Storage full: the reload cannot keep it, and says so.
	run(t, ctx, chromedp.Evaluate(`(() => {
		let i = 0;
		for (const size of [1 << 20, 1 << 14, 1 << 8]) {
			const filler = "x".repeat(size);
			for (;;) { try { sessionStorage.setItem("filler" + i++, filler); } catch (err) { break; } }
		}
	})()`, nil))
	run(t, ctx, chromedp.Evaluate(`document.getElementById("trace").value += "x".repeat(1 << 16)`, nil))
	run(t, ctx, chromedp.Reload())
	waitFor(t, ctx, `document.getElementById("explain-status").textContent.includes("too large for this tab to keep across a reload")`)
}

// A capture dropped on the explainer, or on any other page, is read in the
// explainer's worker, and kept nowhere: not in the box, not in session
// storage, not in the URL.
func TestADroppedCaptureIsExplained(t *testing.T) {
	pcap, err := os.ReadFile(captureFile)
	if err != nil {
		t.Fatal(err)
	}
	ctx := newBrowser(t)
	run(t, ctx, chromedp.Navigate(url("/explain")))
	waitFor(t, ctx, `document.getElementById("trace") !== null`)
	dropBytes(t, ctx, "#trace", "call.pcap", pcap)
	waitFor(t, ctx, headline+`.includes(`+jsString(captureHeadline)+`) && document.querySelector("#explanation .capture") !== null`)
	kept := `document.getElementById("trace").value === "" && sessionStorage.length === 0 && !location.href.includes("pcap")`
	if !eval[bool](t, ctx, kept) {
		t.Error("the capture was put in the box, session storage or the URL")
	}
	if !eval[bool](t, ctx, `document.getElementById("explain-status").textContent.includes("not uploaded")`) {
		t.Error("the status does not say the capture stayed here")
	}

	// A gzip'd capture is un-gzipped by the browser, as it streams in.
	gz, err := os.ReadFile(gzippedCaptureFile)
	if err != nil {
		t.Fatal(err)
	}
	dropBytes(t, ctx, "#trace", "call.pcap.gz", gz)
	waitFor(t, ctx, headline+`.includes(`+jsString(gzippedCaptureHeadline)+`) && document.querySelector("#explanation .capture").textContent.includes("pcap, gzip")`)

	// From the list page it travels to the explainer as the file itself.
	run(t, ctx, chromedp.Navigate(url("/")))
	waitFor(t, ctx, `document.getElementById("search") !== null`)
	dropBytes(t, ctx, "#search", "call.pcap", pcap)
	waitFor(t, ctx, `location.pathname.endsWith("/explain") && location.hash === "" && `+headline+`.includes(`+jsString(captureHeadline)+`)`)
	if !eval[bool](t, ctx, kept) {
		t.Error("the capture carried from another page was kept")
	}
	// It was taken out of IndexedDB once read.
	var left bool
	run(t, ctx, chromedp.Evaluate(`new Promise((resolve) => {
		const o = indexedDB.open("sipcodes", 1);
		o.onsuccess = () => { const r = o.result.transaction("handoff").objectStore("handoff").count(); r.onsuccess = () => resolve(r.result > 0); };
	})`, &left, func(p *cdpruntime.EvaluateParams) *cdpruntime.EvaluateParams { return p.WithAwaitPromise(true) }))
	if left {
		t.Error("the capture stayed in IndexedDB after it was read")
	}
}

// captureFile is a real capture the page must read (its source is in
// capture/testdata/PROVENANCE.md), and the headline it has.
const (
	captureFile     = "../capture/testdata/wireshark-aaa-sip-auth-cancel-ethernet.pcap"
	captureHeadline = "403 Forbidden"

	gzippedCaptureFile     = "../capture/testdata/nokia-sip-ott-raw-ipv6.pcap.gz"
	gzippedCaptureHeadline = "500 Server Internal Error"
)
