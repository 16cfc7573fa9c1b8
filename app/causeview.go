//go:build !wasm

package app

import (
	"fmt"
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
)

// causeView shows one cause value: a Q.850 cause, a value Q.850 leaves
// unassigned, one of FreeSWITCH's own causes, or a number that is none.
type causeView struct {
	goapp.Compo

	Number int
}

func (v *causeView) Render() goapp.UI {
	c, inRange := cause.Lookup(v.Number)
	if !inRange || !c.Assigned {
		return v.renderUnassigned(c, inRange)
	}
	text := fmt.Sprintf(`Reason: Q.850;cause=%d;text="%s"`, c.Value, c.Name)
	return goapp.Div().Class("code-detail", "kind-cause").DataSet("cause", c.Value).Aria("labelledby", "code-heading").Body(
		breadcrumb("Q.850 causes", "/causes"),
		goapp.H1().ID("code-heading").Body(
			goapp.Span().Class("kind-label").Text("Cause "),
			goapp.Span().Class("code-number").Text(c.Value),
			goapp.Text(" "),
			goapp.Span().Class("code-phrase").Text(c.Name),
		),
		goapp.P().Class("badges").Body(
			goapp.Span().Class("badge").Text(cause.Standard),
			goapp.Span().Class("badge").Text(fmt.Sprintf("class %d: %s", c.Class(), c.Class())),
		),
		goapp.P().Class("summary").Text(c.Explanation),
		goapp.P().Class("status-line").Body(goapp.Span().ID("status-line").Class("code").Text(text)),
		renderCauseMapping(c),
		renderVendors(c),
		renderCauseNeighbours(c.Value),
	)
}

// renderCauseMapping links the SIP responses RFC 3398 turns the cause into.
func renderCauseMapping(c cause.Cause) goapp.UI {
	rows := []goapp.UI{}
	if len(c.RFC3398) == 0 {
		if code, ok := c.SIPCode(); ok {
			rows = append(rows, goapp.P().Body(goapp.Text("RFC 3398 has no row for it: a gateway sends its default, "),
				goapp.A().Href(codeHref(code)).Text(fmt.Sprintf("%d %s", code, codes.Text(code))), goapp.Text(".")))
		} else {
			rows = append(rows, goapp.P().Text("RFC 3398 turns it into no SIP response."))
		}
	} else {
		rows = append(rows, goapp.P().Text("A gateway that receives it from the ISUP network answers the SIP side with:"),
			goapp.Ul().Class("related").Body(goapp.Range(c.RFC3398).Slice(func(i int) goapp.UI {
				r := c.RFC3398[i]
				note := ""
				if r.Note != "" {
					note = " (" + r.Note + ")"
				}
				return goapp.Li().Body(goapp.A().Href(codeHref(r.Code)).Text(fmt.Sprintf("%d %s", r.Code, codes.Text(r.Code))), goapp.Text(note))
			})))
	}
	rows = append(rows, goapp.P().Class("aside").Body(goapp.Text("The mapping: "), refLink(codes.Ref{RFC: 3398, Section: "7.2.4.1"}),
		goapp.Text(". A response may also carry the cause itself in a "), goapp.A().Href(href("/reason#q850")).Text("Reason header"), goapp.Text(".")))
	return section("The SIP response it becomes", rows...)
}

// renderVendors says how FreeSWITCH and Asterisk name the cause and what they send.
func renderVendors(c cause.Cause) goapp.UI {
	row := func(server string, v cause.Vendor) goapp.UI {
		name := "no name of its own"
		if v.Name != "" {
			name = v.Name
		}
		how := ""
		if v.Default {
			how = " (its default for causes it has no row for)"
		}
		return goapp.Li().Body(
			goapp.Span().Class("label").Text(server+": "),
			goapp.Span().Class("code").Text(name),
			goapp.If(v.Code != 0, goapp.Text(", sends "), goapp.A().Href(codeHref(v.Code)).Text(fmt.Sprintf("%d %s", v.Code, codes.Text(v.Code))), goapp.Text(how)),
		)
	}
	return section("In FreeSWITCH and Asterisk", goapp.Ul().Body(row("FreeSWITCH", c.FreeSWITCH), row("Asterisk (chan_pjsip)", c.Asterisk)))
}

// renderUnassigned answers honestly for a value Q.850 gives no meaning, and
// for numbers past 127, which may be FreeSWITCH's own causes.
func (v *causeView) renderUnassigned(c cause.Cause, inRange bool) goapp.UI {
	n := v.Number
	heading := fmt.Sprintf("%d is not assigned in Q.850", n)
	if !inRange {
		heading = fmt.Sprintf("%d is not a Q.850 cause", n)
	}
	body := []goapp.UI{breadcrumb("Q.850 causes", "/causes"), goapp.H1().ID("unknown-heading").Text(heading), goapp.P().Text(cause.Describe(n))}
	if inRange {
		first, last := c.Class().Range()
		body = append(body, goapp.P().Text(fmt.Sprintf("Its class, %d to %d, is %q: a sender that uses it probably means something of that kind.", first, last, c.Class().String())))
	} else {
		body = append(body, goapp.P().Text("Q.850 causes are 1 to 127. A larger number in a Reason header is a SIP response (Reason: SIP;cause=…) or a vendor's own value."))
		if in, ok := cause.LookupInternal(n); ok {
			body = append(body, internalNote(in))
		}
		if in, ok := cause.LookupInternalBefore2022(n); ok && in.Value != n {
			body = append(body, internalNote(in))
		}
		if codes.IsRegistered(n) {
			body = append(body, goapp.P().Body(goapp.Text("As a SIP cause it names the response "), goapp.A().Href(codeHref(n)).Text(fmt.Sprintf("%d %s", n, codes.Text(n))), goapp.Text(".")))
		}
	}
	body = append(body, goapp.P().Body(goapp.A().Href(href("/causes")).Text("Every Q.850 cause")))
	return goapp.Div().Class("unknown", "kind-cause").Aria("labelledby", "unknown-heading").Body(body...)
}

// internalNote explains one of FreeSWITCH's own causes.
func internalNote(in cause.Internal) goapp.UI {
	numbers := fmt.Sprintf("%d since v1.10.8", in.Value)
	if in.Before2022 != 0 && in.Before2022 != in.Value {
		numbers += fmt.Sprintf(", %d before", in.Before2022)
	}
	return goapp.Div().Class("notice").Body(
		goapp.P().Body(goapp.Span().Class("label").Text("FreeSWITCH's "+in.Name+" ("+numbers+"). "),
			goapp.Text("FreeSWITCH sends it as Reason: SIP;cause=N;text="+in.Name+" and answers with "),
			goapp.A().Href(codeHref(in.Code)).Text(fmt.Sprintf("%d %s", in.Code, codes.Text(in.Code))), goapp.Text(".")),
		goapp.If(in.Note != "", goapp.P().Text(in.Note)),
	)
}

func renderCauseNeighbours(n int) goapp.UI {
	link := func(m int, rel string) goapp.UI {
		c, ok := cause.Lookup(m)
		for ok && !c.Assigned {
			if rel == "prev" {
				m--
			} else {
				m++
			}
			c, ok = cause.Lookup(m)
		}
		if !ok || m == n {
			return goapp.Span()
		}
		text := fmt.Sprintf("%d %s", m, c.Name)
		if rel == "prev" {
			text = "← " + text
		} else {
			text += " →"
		}
		return goapp.A().Rel(rel).Href(causeHref(m)).Text(text)
	}
	return goapp.Nav().Class("neighbours").Aria("label", "Previous and next cause").Body(link(n-1, "prev"), link(n+1, "next"))
}

// referenceItem is one row of a reference list, styled like a search result.
func referenceItem(link, number, title, summary string) goapp.UI {
	return goapp.Li().Class("result").Body(
		goapp.A().Class("result-link").Href(link).Body(
			goapp.Span().Class("code-number").Text(number),
			goapp.Span().Class("code-phrase").Text(title),
		),
		goapp.P().Class("code-summary").Text(summary),
	)
}

// causesView lists every Q.850 cause by class, then FreeSWITCH's own.
type causesView struct{ goapp.Compo }

func (v *causesView) Render() goapp.UI {
	parts := []goapp.UI{
		breadcrumb("", ""),
		goapp.H1().ID("reference-heading").Text("Q.850 cause values"),
		goapp.P().Class("summary").Text("The cause a telephone network gives for releasing a call, 1 to 127, as a PSTN gateway or a SIP server writes it in a Reason header or a log. " +
			"Each links to the SIP response RFC 3398 turns it into, and to the names FreeSWITCH and Asterisk give it."),
		goapp.P().Class("code").Text(`Reason: Q.850;cause=17;text="User busy"`),
	}
	for _, class := range cause.Classes() {
		causes := cause.InClass(class)
		first, last := class.Range()
		parts = append(parts,
			goapp.H2().Text(fmt.Sprintf("%d to %d: %s", first, last, class)),
			goapp.Ul().Class("results", "reference-list").Body(goapp.Range(causes).Slice(func(i int) goapp.UI {
				c := causes[i]
				title := c.Name
				if code, _, ok := codes.CodeForCause(c.Value); ok {
					title += fmt.Sprintf(" → %d", code)
				}
				return referenceItem(causeHref(c.Value), strconv.Itoa(c.Value), title, c.Explanation)
			})))
	}
	internal := cause.InternalCauses()
	parts = append(parts,
		goapp.H2().Text("FreeSWITCH's own causes, above 127"),
		goapp.P().Text("FreeSWITCH writes these as Reason: SIP;cause=N although they are no SIP codes. Version 1.10.8 (2022) renumbered them: before, they were 500 to 624."),
		goapp.Ul().Class("results", "reference-list").Body(goapp.Range(internal).Slice(func(i int) goapp.UI {
			in := internal[i]
			return referenceItem(causeHref(in.Value), strconv.Itoa(in.Value), fmt.Sprintf("%s → %d", in.Name, in.Code), in.Note)
		})),
	)
	return goapp.Div().Class("reference", "kind-cause").Aria("labelledby", "reference-heading").Body(parts...)
}
