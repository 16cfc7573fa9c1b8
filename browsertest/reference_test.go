//go:build !wasm

package browsertest

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Issue 10: the Warning codes, the Q.850 causes and the Reason header, as
// pages of their own and as results in the same search box.

const h1 = `document.querySelector("h1").textContent`

// firstHit is the kind and number (or token) of the first result.
const firstHit = `(() => { const r = document.querySelector("#results .result"); return r ? (r.dataset.kind || "response") + " " + (r.dataset.number || r.dataset.token || r.dataset.code) : ""; })()`

func TestSearchFindsWarningsCausesAndProtocols(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/")
	for query, want := range map[string]string{
		"warning 399": "warning 399",
		"w305":        "warning 305",
		"cause 34":    "cause 34",
		`Reason: Q.850;cause=17;text="User busy"`: "cause 17",
		"USER_BUSY":             "cause 17",
		"STIR":                  "protocol STIR",
		"Reason: SIP;cause=487": "response 487",
		"486":                   "response 486",
	} {
		run(t, ctx, chromedp.Focus("#search", chromedp.ByQuery), chromedp.KeyEvent(kb.Escape))
		waitFor(t, ctx, `document.getElementById("search").value === ""`)
		run(t, ctx, chromedp.SendKeys("#search", query, chromedp.ByQuery))
		waitFor(t, ctx, firstHit+` === "`+want+`"`)
	}
	// The count names what it counts, and a cause shows the response it becomes.
	run(t, ctx, chromedp.KeyEvent(kb.Escape), chromedp.SendKeys("#search", "cause 34", chromedp.ByQuery))
	waitFor(t, ctx, `document.getElementById("result-count").textContent.includes("Q.850 or FreeSWITCH cause")`)
	waitFor(t, ctx, `[...document.querySelectorAll("#results .result")].map((r) => r.dataset.kind || r.dataset.code).slice(0, 2).join() === "cause,503"`)
	// A class filter keeps to response codes.
	open(t, ctx, "/5xx?q=cause+34")
	waitFor(t, ctx, codesShown+`[0] === 503 && !document.querySelector("#results [data-kind]")`)
}

func TestAWarningResultOpensItsPage(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/")
	run(t, ctx, chromedp.SendKeys("#search", "warning 399", chromedp.ByQuery))
	waitFor(t, ctx, firstHit+` === "warning 399"`)
	run(t, ctx, chromedp.Click(`#results [data-kind="warning"] a`, chromedp.ByQuery))
	waitFor(t, ctx, `location.pathname.endsWith("/warning/399") && `+h1+`.includes("Miscellaneous warning")`)
	// The page the app took over is the one served, links and all.
	startApp(t, ctx)
	waitFor(t, ctx, h1+`.includes("Miscellaneous warning") && document.querySelector('a[href$="/warnings"]') !== null`)
}

func TestCodeAndCausePagesLinkEachOther(t *testing.T) {
	ctx := newBrowser(t)
	open(t, ctx, "/486")
	run(t, ctx, chromedp.Click(`a[href$="/cause/17"]`, chromedp.ByQuery))
	waitFor(t, ctx, `location.pathname.endsWith("/cause/17") && `+h1+`.includes("User busy")`)
	startApp(t, ctx)
	run(t, ctx, chromedp.Click(`main a[href$="/486"]`, chromedp.ByQuery))
	waitFor(t, ctx, `location.pathname.endsWith("/486") && `+h1+`.includes("Busy Here")`)
	// Back to the cause page: it is loaded again, not left empty.
	run(t, ctx, chromedp.NavigateBack())
	waitFor(t, ctx, `location.pathname.endsWith("/cause/17") && `+h1+`.includes("User busy")`)

	open(t, ctx, "/488")
	waitFor(t, ctx, `document.querySelector('main a[href$="/warning/305"]') !== null`)
}

func TestReferencePagesWorkOffline(t *testing.T) {
	ctx, server := visitOnce(t)
	server.Close()

	for path, check := range map[string]string{
		"/warnings":    `document.querySelectorAll('main a[href*="/warning/3"]').length >= 15`,
		"/warning/370": h1 + `.includes("Insufficient bandwidth")`,
		"/warning/390": h1 + ` === "390 is not a registered Warning code"`,
		"/causes":      `document.querySelectorAll('main a[href*="/cause/"]').length >= 71`,
		"/cause/34":    h1 + `.includes("No circuit/channel available")`,
		"/cause/801":   `document.querySelector("main").textContent.includes("ATTENDED_TRANSFER")`,
		"/reason":      `document.getElementById("stir") !== null && document.getElementById("q850") !== null`,
	} {
		run(t, ctx, chromedp.Navigate(urlOn(server, path)))
		waitFor(t, ctx, check) // served as it was precached, before the app runs
		startApp(t, ctx)
		waitFor(t, ctx, check) // and the same once it does
		if blocked := eval[[]string](t, ctx, `__csp`); len(blocked) > 0 {
			t.Errorf("offline %s: the Content-Security-Policy blocked %v", path, blocked)
		}
	}
}

func TestUnknownReferenceNumbersGetAnHonestPage(t *testing.T) {
	ctx := newBrowser(t)
	for path, want := range map[string]string{
		"/warning/355": "355 is not a registered Warning code",
		"/cause/9":     "Preemption",
		"/cause/52":    "52 is not assigned in Q.850",
		"/cause/200":   "200 is not a Q.850 cause", // no page of its own: the app says it
		"/cause/9999":  "9999 is not a Q.850 cause",
	} {
		open(t, ctx, path)
		waitFor(t, ctx, h1+`.includes("`+want+`")`)
	}
}
