//go:build !wasm

package app

import (
	"fmt"
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/warning"
)

// warningView shows one warn-code: registered, known but unregistered, or
// a number sipcodes can only place in its block.
type warningView struct {
	goapp.Compo

	Number int
}

func (v *warningView) Render() goapp.UI {
	w, registered := warning.Lookup(v.Number)
	if !registered {
		return v.renderUnregistered()
	}
	return goapp.Div().Class("code-detail", "kind-warning").DataSet("warning", w.Code).Aria("labelledby", "code-heading").Body(
		breadcrumb("Warning codes", "/warnings"),
		goapp.H1().ID("code-heading").Body(
			goapp.Span().Class("kind-label").Text("Warning "),
			goapp.Span().Class("code-number").Text(w.Code),
			goapp.Text(" "),
			goapp.Span().Class("code-phrase").Text(w.Text),
		),
		goapp.P().Class("summary").Text(w.Summary),
		goapp.P().Class("status-line").Body(goapp.Span().ID("status-line").Class("code").Text(w.HeaderLine("proxy.example.com"))),
		section("What it means", goapp.P().Text(w.Description)),
		section("Responses it travels with", seenWith(w.SeenWith)),
		goapp.If(len(w.Checks) > 0, section("What to check", bullets(w.Checks))),
		renderWarningRange(w.Code),
		section("Defined in", refList(w.Refs)),
		renderWarningNeighbours(w.Code),
	)
}

// renderUnregistered answers honestly for a warn-code IANA never registered.
func (v *warningView) renderUnregistered() goapp.UI {
	n := v.Number
	heading := fmt.Sprintf("%d is not a registered Warning code", n)
	body := []goapp.UI{breadcrumb("Warning codes", "/warnings"), goapp.H1().ID("unknown-heading").Text(heading)}
	if u, ok := warning.LookupUnregistered(n); ok {
		body = append(body, goapp.Div().Class("notice").Body(
			goapp.P().Body(goapp.Span().Class("label").Text("Sent by "+u.Sender+". "), goapp.Text(u.Note)),
			goapp.If(u.Source != "", goapp.P().Class("aside").Text("Where it is written: "+u.Source)),
		))
	} else {
		body = append(body, goapp.P().Text(warning.Describe(n)))
	}
	body = append(body,
		renderWarningRange(n),
		goapp.P().Body(goapp.Text("A Warning code only adds detail: the status code of the response it came with is what decided the outcome. "),
			goapp.A().Href(href("/warnings")).Text("Every Warning code")),
	)
	return goapp.Div().Class("unknown", "kind-warning").Aria("labelledby", "unknown-heading").Body(body...)
}

// renderWarningRange names the block of RFC 3261 §20.43 a number falls in.
func renderWarningRange(n int) goapp.UI {
	r, ok := warning.RangeOf(n)
	if !ok {
		return nil
	}
	what := fmt.Sprintf("%d to %d: ", r.From, r.To)
	if r.Meaning == "" {
		what += "a block RFC 3261 gives no purpose."
	} else {
		what += r.Meaning + "."
	}
	return section("Its block", goapp.P().Text(what), goapp.P().Class("aside").Body(refLinks(r.Refs)...))
}

// seenWith links the responses a Warning code usually comes with.
func seenWith(responses []int) goapp.UI {
	if len(responses) == 0 {
		return goapp.P().Text("Any response may carry it.")
	}
	return goapp.Ul().Class("related").Body(goapp.Range(responses).Slice(func(i int) goapp.UI { return codeListItem(responses[i]) }))
}

func renderWarningNeighbours(n int) goapp.UI {
	all := warning.All()
	var prev, next goapp.UI = goapp.Span(), goapp.Span()
	for i, w := range all {
		if w.Code != n {
			continue
		}
		if i > 0 {
			prev = goapp.A().Rel("prev").Href(warningHref(all[i-1].Code)).Text(fmt.Sprintf("← %d %s", all[i-1].Code, all[i-1].Text))
		}
		if i+1 < len(all) {
			next = goapp.A().Rel("next").Href(warningHref(all[i+1].Code)).Text(fmt.Sprintf("%d %s →", all[i+1].Code, all[i+1].Text))
		}
	}
	return goapp.Nav().Class("neighbours").Aria("label", "Previous and next Warning code").Body(prev, next)
}

// warningsView lists every warn-code by block, and the unregistered ones apart.
type warningsView struct{ goapp.Compo }

func (v *warningsView) Render() goapp.UI {
	all := warning.All()
	unregistered := warning.UnregisteredCodes()
	return goapp.Div().Class("reference", "kind-warning").Aria("labelledby", "reference-heading").Body(
		breadcrumb("", ""),
		goapp.H1().ID("reference-heading").Text("SIP Warning codes"),
		goapp.P().Class("summary").Text("A response may carry a Warning header: a three-digit warn-code, the host that added it, and a text. "+
			"It adds detail to the status code, most often about why a session description was refused; the status code still decides the outcome."),
		goapp.P().Class("code").Text(`Warning: 305 gw.example.com "Incompatible media format"`),
		goapp.Ul().Class("results", "reference-list").Body(goapp.Range(all).Slice(func(i int) goapp.UI {
			w := all[i]
			return referenceItem(warningHref(w.Code), strconv.Itoa(w.Code), w.Text, w.Summary)
		})),
		goapp.H2().Text("Seen on the wire, never registered"),
		goapp.Ul().Class("results", "reference-list").Body(goapp.Range(unregistered).Slice(func(i int) goapp.UI {
			u := unregistered[i]
			return referenceItem(warningHref(u.Code), strconv.Itoa(u.Code), "sent by "+u.Sender, u.Note)
		})),
		goapp.P().Class("aside").Body(goapp.Text("The registry: "), goapp.A().Href(warning.RegistryURL).Rel("external").Text("IANA Warning codes"),
			goapp.Text(fmt.Sprintf(" (as of %s). The header: ", warning.RegistrySnapshot)), refLink(codes.Ref{RFC: 3261, Section: "20.43"})),
	)
}
