//go:build !wasm

package browsertest

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/sipcodes/sipcodes/trace"
)

// The trace explainer in make bench: in Go, the corpus scores and the
// explain times the issue sets budgets for; in the browser, a 100 kB paste
// on /explain: the box's own layout of it, then from the input event to the
// frame after the whole answer, and the longest main-thread task meanwhile.

// explainPaste is what the page measurement pastes: real traces from the
// corpus, repeated to 100 kB.
func explainPaste(t *testing.T, names ...string) string {
	t.Helper()
	if len(names) == 0 {
		names = []string{"027-linphone-belle-sip-480-normal-clearing.txt", "056-kamailio-ngrep-487-reason-16-cancel.txt", "050-opensips-503-x-reason-ack.txt"}
	}
	var b strings.Builder
	for _, name := range names {
		b.WriteString(corpusTrace(t, name))
	}
	one := b.String()
	return strings.Repeat(one, 100_000/len(one)+1)[:100_000]
}

// watchTasks, in a measurement's async function, starts collecting the
// long tasks (tasks) and the longest time between two frames (frame) until
// measuring is set false; observer is disconnected at the end.
const watchTasks = `const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); });
  observer.observe({ type: "longtask" });
  let frame = 0, last = performance.now(), measuring = true;
  const tick = (now) => { frame = Math.max(frame, now - last); last = now; if (measuring) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);`

// pasteAndWait pastes text into the explainer's box and resolves once the
// answer is whole and painted: {layout, ms, longest, frame}. layout is the
// box laying out the pasted text, forced at once: the browser's own work,
// which a real paste pays in its own task whatever the page does (for 100 kB
// about 20 ms in a warm tab, 50–70 ms in a fresh one, whatever the font).
// The rest is measured from the input event, once that layout has been
// painted: the time to the whole answer, the longest task meanwhile (long
// tasks only: 0 when none passed 50 ms), and the longest time between two
// frames. On the floor, a box alone, only the layout is measured.
const pasteAndWait = `(async (text) => {
  const box = document.getElementById("trace");
  const t0 = performance.now();
  box.value = text;
  box.offsetHeight;
  const layout = performance.now() - t0;
  if (!document.getElementById("explanation")) return { layout }; // the floor: a box alone
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  ` + watchTasks + `
  const t1 = performance.now();
  box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  await new Promise((resolve) => {
    const check = () => document.getElementById("explanation").dataset.done !== undefined ? requestAnimationFrame(() => setTimeout(resolve)) : setTimeout(check, 5);
    check();
  });
  const ms = performance.now() - t1;
  measuring = false;
  await new Promise((resolve) => setTimeout(resolve, 100)); // long tasks are reported late
  observer.disconnect();
  return { layout, ms, longest: Math.max(0, ...tasks), frame };
})`

// measureExplainer pastes 100 kB on /explain a second after it loads, as a
// person who finds the box and pastes, and then another 100 kB as soon as
// the answer is in. The floor, a box alone, has only the layouts.
func (r *report) measureExplainer(t *testing.T, targets []target) {
	paste := explainPaste(t)
	again := explainPaste(t, "072-asterisk-indented-cancel-two-reasons.txt", "089-pyvoip-bye-x-asterisk-cause-18.txt", "073-wener-notes-488-warning-305.txt")
	r.each(t, targets[:2], benchRuns, func(t *testing.T, tg target) map[string]float64 {
		ctx := newBrowser(t)
		run(t, ctx, chromedp.Navigate(tg.url("/explain")))
		waitFor(t, ctx, `document.getElementById("trace") !== null`)
		time.Sleep(time.Second)
		var first, second struct{ Layout, MS, Longest, Frame float64 }
		run(t, ctx, chromedp.Evaluate(pasteAndWait+`(`+jsString(paste)+`)`, &first, awaitPromise))
		run(t, ctx, chromedp.Evaluate(pasteAndWait+`(`+jsString(again)+`)`, &second, awaitPromise))
		figures := map[string]float64{
			"explain 100 kB box layout (browser)":      first.Layout,
			"explain 100 kB again at once, box layout": second.Layout,
		}
		if tg.app {
			figures["explain 100 kB answer (worker's first)"] = first.MS
			figures["explain 100 kB longest task"] = max(first.Longest, second.Longest)
			figures["explain 100 kB longest frame"] = max(first.Frame, second.Frame)
			figures["explain 100 kB again at once, answer"] = second.MS
			var ladder struct{ Layout, MS, Longest, Frame float64 }
			run(t, ctx, chromedp.Evaluate(pasteAndWait+`(`+jsString(ladderTrace(t))+`)`, &ladder, awaitPromise))
			figures["explain 200-message ladder, answer"] = ladder.MS
			figures["explain 200-message ladder, longest task"] = ladder.Longest
			figures["explain 200-message ladder, longest frame"] = ladder.Frame
		}
		return figures
	})
	r.measureCapture(t, targets[0])
}

// ladderTrace is a real ngrep trace (corpus 056), repeated to 200 messages
// with addresses: a ladder of 200 arrows.
func ladderTrace(t *testing.T) string {
	one := corpusTrace(t, "056-kamailio-ngrep-487-reason-16-cancel.txt")
	n := len(trace.Explain(one).Messages)
	return strings.Repeat(one, 200/n+1)
}

// benchCaptureMB is the size of the capture the page reads in make bench.
const benchCaptureMB = 50

// measureCapture drops a 50 MB capture on /explain (a real call with its
// RTP, repeated) and measures the time to the whole answer, the longest
// task and frame meanwhile, and the page's JavaScript heap after it.
func (r *report) measureCapture(t *testing.T, tg target) {
	src, err := os.ReadFile("../capture/testdata/wireshark-sip-rtp-g711-ethernet.pcap")
	if err != nil {
		t.Fatal(err)
	}
	big := repeatPcap(t, src, benchCaptureMB<<20)
	path := filepath.Join(siteDir, "bench-capture.pcap")
	if err := os.WriteFile(path, big, 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(path)
	r.each(t, []target{tg}, benchRuns, func(t *testing.T, tg target) map[string]float64 {
		ctx := newBrowser(t)
		run(t, ctx, chromedp.Navigate(tg.url("/explain")))
		waitFor(t, ctx, `document.getElementById("trace") !== null`)
		var got struct{ MS, Longest, Frame, Heap, Worker float64 }
		run(t, ctx, chromedp.Evaluate(`(async () => {
  const blob = await (await fetch("bench-capture.pcap")).blob();
  const files = new DataTransfer();
  files.items.add(new File([blob], "bench.pcap"));
  const picker = document.getElementById("trace-file"), out = document.getElementById("explanation");
  `+watchTasks+`
  out.removeAttribute("data-done");
  const t0 = performance.now();
  picker.files = files.files;
  picker.dispatchEvent(new Event("change", { bubbles: true }));
  await new Promise((resolve) => {
    const check = () => out.dataset.done !== undefined ? requestAnimationFrame(() => setTimeout(resolve)) : setTimeout(check, 5);
    check();
  });
  const ms = performance.now() - t0;
  measuring = false;
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { ms, longest: Math.max(0, ...tasks), frame, heap: performance.memory ? performance.memory.usedJSHeapSize / 1048576 : 0, worker: Number(out.dataset.memory) / 1048576 };
})()`, &got, awaitPromise))
		if !eval[bool](t, ctx, `document.querySelector("#explanation .capture") !== null`) {
			t.Error("the 50 MB capture was not explained")
		}
		return map[string]float64{
			"capture 50 MB answer": got.MS, "capture 50 MB longest task": got.Longest,
			"capture 50 MB longest frame": got.Frame, "capture 50 MB page heap MB": got.Heap,
			"capture 50 MB worker wasm memory MB": got.Worker,
		}
	})
}

// repeatPcap repeats a little-endian microsecond pcap's records until the
// file is size bytes, each round later than the one before: a long call.
func repeatPcap(t *testing.T, src []byte, size int) []byte {
	if len(src) < 24 || binary.LittleEndian.Uint32(src) != 0xa1b2c3d4 {
		t.Fatal("repeatPcap reads a little-endian microsecond pcap")
	}
	out := append(make([]byte, 0, size+len(src)), src[:24]...)
	var span uint32 = 1
	for round := uint32(0); len(out) < size; round++ {
		for rec := src[24:]; len(rec) >= 16 && len(out) < size; {
			n := int(binary.LittleEndian.Uint32(rec[8:]))
			if len(rec) < 16+n {
				break
			}
			sec := binary.LittleEndian.Uint32(rec[0:])
			if round == 0 {
				span = max(span, sec-binary.LittleEndian.Uint32(src[24:])+1)
			}
			at := len(out)
			out = append(out, rec[:16+n]...)
			binary.LittleEndian.PutUint32(out[at:], sec+round*span)
			rec = rec[16+n:]
		}
	}
	return out
}

// measureExplainGo runs the trace benchmarks and reads the corpus scores.
func (r *report) measureExplainGo(t *testing.T) {
	out, err := exec.Command("go", "test", "../trace", "-run", "^TestCorpus$", "-v", "-count", "1",
		"-bench", "^BenchmarkExplain(60Lines|1MB|Adversarial)$", "-benchmem").CombinedOutput()
	if err != nil {
		t.Fatalf("trace benchmarks: %v\n%s", err, out)
	}
	score := regexp.MustCompile(`headline accuracy ([0-9.]+)% \((\d+)/(\d+)\), Reason and Warning values found ([0-9.]+)% \((\d+)/(\d+)\)`)
	bench := regexp.MustCompile(`^BenchmarkExplain(60Lines|1MB|Adversarial)\S*\s+\d+\s+([0-9.]+) ns/op`)
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if m := score.FindStringSubmatch(sc.Text()); m != nil {
			for i, name := range []string{"corpus headline %", "corpus headlines right", "corpus snippets", "corpus values found %", "corpus values found", "corpus values"} {
				r.Go[name], _ = strconv.ParseFloat(m[i+1], 64)
			}
		}
		if m := bench.FindStringSubmatch(sc.Text()); m != nil {
			v, _ := strconv.ParseFloat(m[2], 64)
			key := "explain " + m[1] + " ms" // Adversarial: the slowest of its inputs
			r.Go[key] = max(r.Go[key], v/1e6)
		}
	}
	// The capture reader on captures built to be slow: the slowest.
	out, err = exec.Command("go", "test", "../capture", "-run", "^$", "-bench", "^BenchmarkReadHostile$").CombinedOutput()
	if err != nil {
		t.Fatalf("capture benchmarks: %v\n%s", err, out)
	}
	hostile := regexp.MustCompile(`^BenchmarkReadHostile/\S+\s+\d+\s+([0-9.]+) ns/op`)
	for sc := bufio.NewScanner(bytes.NewReader(out)); sc.Scan(); {
		if m := hostile.FindStringSubmatch(sc.Text()); m != nil {
			v, _ := strconv.ParseFloat(m[1], 64)
			r.Go["capture hostile ms"] = max(r.Go["capture hostile ms"], v/1e6)
		}
	}
	if wasm, err := os.ReadFile(filepath.Join(siteDir, "web", "explain.wasm")); err == nil {
		r.Sizes["explainWasm"] = int64(len(wasm))
		r.Sizes["explainWasmGzip"] = gzipSize(wasm)
	}
}

func (r *report) printExplainer() {
	fmt.Printf("Trace explainer\n  corpus              %3.0f snippets: headline right %.0f (%.1f%%), Reason/Warning values found %.0f of %.0f (%.1f%%)\n",
		r.Go["corpus snippets"], r.Go["corpus headlines right"], r.Go["corpus headline %"], r.Go["corpus values found"], r.Go["corpus values"], r.Go["corpus values found %"])
	fmt.Printf("  trace.Explain       60 lines %.3f ms, 1 MB %.1f ms, 1 MB built to be slow %.1f ms\n  capture.Read        8 MB built to be slow %.1f ms\n  explain.wasm        %9d bytes raw, %d gzip (the worker: /explain, and the search on every page)\n\n",
		r.Go["explain 60Lines ms"], r.Go["explain 1MB ms"], r.Go["explain Adversarial ms"], r.Go["capture hostile ms"], r.Sizes["explainWasm"], r.Sizes["explainWasmGzip"])
}
