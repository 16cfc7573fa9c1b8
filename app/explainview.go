//go:build !wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/shared"
)

// explainView is the trace explainer's page: a box to paste a trace into
// and a place for the explanation. The served page works without the app:
// explain.js hands the trace to a worker that runs the explainer (its own
// small wasm, app/explainer), and writes the answer in. The textarea has no
// name, so that even a form sent without JavaScript carries no trace.
type explainView struct{ goapp.Compo }

// MaxTrace is how many characters of one paste or file the explainer reads:
// a paste, not a day's capture, which would stall the tab in the box's own
// layout. The page says when it read less than it was given.
const MaxTrace = 8 << 20

// MaxCapture is the largest capture file the page reads: it is read in
// slices in the explainer's worker, about 40 MB a second here, and a
// larger one is better read by sipcodes explain in a terminal.
const MaxCapture = 200 << 20

func (v *explainView) Render() goapp.UI {
	return goapp.Div().Class("explain").Aria("labelledby", "explain-heading").Body(
		goapp.H1().ID("explain-heading").Text("Explain a SIP trace"),
		goapp.P().Class("lead").Text("Paste a trace or a log: sngrep, ngrep or tcpdump text, an Asterisk or FreeSWITCH console, "+
			"Kamailio or OpenSIPS log lines, a quote from a ticket; or drop a capture (pcap, pcapng, gzip'd or not). "+
			"sipcodes names the response that really failed, "+
			"decodes every Reason and Warning value, and says what to check next."),
		goapp.P().ID("privacy").Class("notice").Text("Your trace stays on this device. It is read in this browser tab and sent nowhere, "+
			"and it never goes into the address bar. The tab keeps a pasted trace (in session storage) so that a reload does not lose it, "+
			"until you clear it or close the tab; a capture file is read and not kept."),
		goapp.Form().ID(shared.Name.Form).Class("explain-form").Body(
			goapp.Label().For(shared.Name.Trace).Text("SIP trace or log"),
			// The storage key names the session storage entry that holds
			// the trace: start.js puts a trace pasted or dropped on another
			// page there before it opens this one, and explain.js keeps the
			// box's text there.
			goapp.Textarea().ID(shared.Name.Trace).Attr(shared.Name.StorageKey, shared.Name.TraceKey).Attr(shared.Name.MaxTrace, MaxTrace).Attr(shared.Name.MaxCapture, MaxCapture).Rows(14).Spellcheck(false).Attr("autocomplete", "off").
				Attr("autocapitalize", "off").Attr("wrap", "off").Aria("describedby", "privacy"),
			goapp.Div().Class("explain-actions").Body(
				goapp.Button().Type("submit").Text("Explain"),
				goapp.Label().Class("file-pick").Body(
					goapp.Text("Open a file"),
					goapp.Input().Type("file").ID(shared.Name.File).Accept(".txt,.log,.pcap,.pcapng,.cap,.gz,text/plain,application/vnd.tcpdump.pcap"),
				),
				goapp.Button().Type("button").ID(shared.Name.Clear).Text("Clear"),
				goapp.Span().ID(shared.Name.Status).Role("status"),
			),
		),
		goapp.Div().ID(shared.Name.Explanation).Class("explanation"),
		goapp.NoScript().Body(goapp.P().Class("notice").Text("The explainer needs JavaScript. In a terminal, sipcodes explain FILE does the same.")),
		goapp.P().Class("aside").Body(
			goapp.A().Href(href("/")).Text("Search"),
			goapp.Text(" is quicker for one line, such as a status line or a Reason header. In a terminal, "),
			goapp.Code().Text("sipcodes explain trace.txt"), goapp.Text(" gives this explanation, and "),
			goapp.Code().Text("-json"), goapp.Text(" a form for scripts."),
		),
		goapp.Script().Src(href("/explain.js")).Defer(true),
	)
}
