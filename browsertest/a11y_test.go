//go:build !wasm

package browsertest

import (
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axeScript is axe-core, installed by .ci/run (npm) into browsertest/node_modules.
const axeScript = "node_modules/axe-core/axe.min.js"

// Every kind of page passes axe-core with no violation, once the app runs.
func TestAccessibility(t *testing.T) {
	t.Parallel() // waits more than it works: shares the machine well
	axe, err := os.ReadFile(axeScript)
	if err != nil {
		t.Fatalf("the accessibility test needs axe-core: run `npm install --prefix browsertest axe-core@4.14.1` (.ci/run does): %v", err)
	}
	ctx := newBrowser(t)
	for _, path := range []string{"/", "/4xx", "/486", "/499", "/common", "/?q=zzzzqqq", "/no/such/page", "/?q=cause+34", "/warning/399", "/warning/355", "/warnings", "/cause/17", "/causes", "/reason", "/explain", "/explain#a-capture", "/vendors", "/vendor/sofia-sip", "/vendor/teams/560403"} {
		open(t, ctx, strings.TrimSuffix(path, "#a-capture"))
		switch path {
		case "/explain": // with an explanation in it
			trace := corpusTrace(t, "056-kamailio-ngrep-487-reason-16-cancel.txt")
			run(t, ctx, chromedp.Evaluate(`document.getElementById("trace").value = `+jsString(trace)+`; document.getElementById("explain-form").requestSubmit()`, nil))
			waitFor(t, ctx, `document.getElementById("explanation").dataset.done !== undefined`)
		case "/explain#a-capture": // with a capture's explanation in it
			pcap, err := os.ReadFile(captureFile)
			if err != nil {
				t.Fatal(err)
			}
			dropBytes(t, ctx, "#trace", "call.pcap", pcap)
			waitFor(t, ctx, `document.querySelector("#explanation .capture") !== null`)
		}
		run(t, ctx, chromedp.Evaluate(string(axe), nil))
		var violations []struct {
			ID    string
			Nodes []struct{ Target []string }
		}
		run(t, ctx, chromedp.Evaluate(`axe.run(document).then((r) => r.violations.map((v) => ({id: v.id, nodes: v.nodes.map((n) => ({target: n.target}))})))`, &violations, awaitPromise))
		for _, v := range violations {
			var where []string
			for _, n := range v.Nodes {
				where = append(where, strings.Join(n.Target, " "))
			}
			t.Errorf("%s: %s at %s", path, v.ID, strings.Join(where, ", "))
		}
	}
}
