package browsertest

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

func TestZZProbe(t *testing.T) {
	paste := explainPaste(t)
	for i := 0; i < 3; i++ {
		ctx := newBrowser(t)
		run(t, ctx, chromedp.Navigate(url("/explain")))
		waitFor(t, ctx, `document.getElementById("trace") !== null`)
		var first, big struct{ MS, Longest, Frame float64 }
		run(t, ctx, chromedp.Evaluate(pasteAndWait+`("SIP/2.0 486 Busy Here\n")`, &first, awaitPromise))
		var setMs float64
		run(t, ctx, chromedp.Evaluate(`(() => { const t = performance.now(); const b = document.getElementById("trace"); b.value = `+jsString(paste)+`; b.getBoundingClientRect(); document.body.offsetHeight; const d = performance.now() - t; b.value = ""; return d; })()`, &setMs))
		run(t, ctx, chromedp.Evaluate(pasteAndWait+`(`+jsString(paste)+`)`, &big, awaitPromise))
		var tasks []float64
		run(t, ctx, chromedp.Evaluate(`(() => { const n = document.querySelectorAll(".ladder > li").length; return [n, document.getElementById("explanation").innerHTML.length]; })()`, &tasks))
		fmt.Println("first", first, "big", big, "set+layout", setMs, "li/html", tasks)
	}
}
