//go:build !wasm

package app

import (
	"fmt"
	"slices"
	"strconv"
	"unicode"
	"unicode/utf8"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/warning"
)

// codeView shows everything sipcodes knows about one registered code.
type codeView struct {
	goapp.Compo

	Number int
}

func (v *codeView) Render() goapp.UI {
	c, _ := codes.Lookup(v.Number)
	d, _ := codes.LookupDetails(v.Number)
	class := c.Class().Info()
	kind := "Final"
	if !c.Final() {
		kind = "Provisional"
	}
	return goapp.Div().
		Class("code-detail", "class-"+strconv.Itoa(int(c.Class()))).
		DataSet("code", c.Number).
		Aria("labelledby", "code-heading").
		Body(
			breadcrumb(c.Class().String()+" "+class.Name, "/"+c.Class().String()),
			goapp.H1().ID("code-heading").Body(
				goapp.Span().Class("code-number").Text(c.Number),
				goapp.Text(" "),
				goapp.Span().Class("code-phrase").Text(c.Phrase),
			),
			goapp.P().Class("badges").Body(
				goapp.Span().Class("badge").Text(kind),
				goapp.Span().Class("badge").Text(class.Name),
				goapp.If(c.Status != codes.Registered, goapp.Span().Class("badge", "badge-"+c.Status.String()).Text(c.Status.String())),
				goapp.If(c.Common, goapp.Span().Class("badge").Text("common")),
			),
			goapp.P().Class("summary").Text(c.Summary),
			goapp.Div().Class("status-line").Body(
				goapp.Span().ID("status-line").Class("code").Text(c.StatusLine()),
				copyButton("Copy status line", c.StatusLine()),
				copyButton("Copy link", ""),
			),
			goapp.If(c.StatusNote != "", goapp.P().Class("notice").Body(goapp.Span().Class("label").Text(capitalize(c.Status.String())+": "), goapp.Text(c.StatusNote))),
			section("What it means", goapp.P().Text(d.Description)),
			goapp.If(len(d.Causes) > 0, section("Typical causes", bullets(d.Causes))),
			goapp.If(len(d.Checks) > 0, section("What to check", bullets(d.Checks))),
			goapp.If(len(d.Headers) > 0, section("Headers that go with it", renderHeaders(d.Headers))),
			goapp.If(len(d.Related) > 0, section("Often confused with", renderRelated(d.Related))),
			renderQ850(c.Number),
			goapp.If(d.HTTP != "", section("Not the same as HTTP", goapp.P().Text(d.HTTP))),
			goapp.If(len(c.Aliases) > 0, section("Also written as", goapp.P().Text(joinQuoted(c.Aliases)),
				goapp.P().Class("aside").Text("Old or mistaken phrases seen in specifications, tools and logs. Only the number matters on the wire."))),
			renderWarningsSeenWith(c.Number),
			renderVendorCodes(c.Number),
			section("Defined in", refList(c.Refs)),
			renderNeighbours(c.Number),
		)
}

// section is one part of a code's explanation, under its heading.
func section(title string, body ...goapp.UI) goapp.UI {
	return goapp.Div().Class("part").Body(append([]goapp.UI{goapp.H2().Text(title)}, body...)...)
}

func bullets(items []string) goapp.UI {
	return goapp.Ul().Body(goapp.Range(items).Slice(func(i int) goapp.UI { return goapp.Li().Text(items[i]) }))
}

func renderHeaders(headers []codes.Header) goapp.UI {
	return goapp.Ul().Class("headers").Body(goapp.Range(headers).Slice(func(i int) goapp.UI {
		h := headers[i]
		return goapp.Li().Body(goapp.Span().Class("code", "header-name").Text(h.Name), goapp.Span().Class("header-why").Text(h.Why))
	}))
}

func renderRelated(related []codes.Related) goapp.UI {
	return goapp.Ul().Class("related").Body(goapp.Range(related).Slice(func(i int) goapp.UI {
		r := related[i]
		return goapp.Li().Body(
			goapp.A().Href(codeHref(r.Code)).Text(fmt.Sprintf("%d %s", r.Code, codes.Text(r.Code))),
			goapp.Text(" — "+r.Why),
		)
	}))
}

// renderQ850 shows the RFC 3398 mapping in both directions, when there is one.
func renderQ850(n int) goapp.UI {
	from := codes.CausesForCode(n)
	to, hasTo := codes.CauseForCode(n)
	if len(from) == 0 && !hasTo {
		return nil
	}
	var rows []goapp.UI
	if hasTo {
		if to.Cause == 0 {
			rows = append(rows, goapp.P().Body(goapp.Text(fmt.Sprintf("A gateway that receives %d sends no cause. ", n)), goapp.Span().Class("aside").Text(to.Note)))
		} else {
			rows = append(rows, goapp.P().Body(
				goapp.Text(fmt.Sprintf("A gateway that receives %d releases the ISUP call with ", n)),
				goapp.A().Href(causeHref(to.Cause)).Text(fmt.Sprintf("cause %d (%s)", to.Cause, codes.CauseName(to.Cause))),
				goapp.Text(". "), goapp.Span().Class("aside").Text(to.Note)))
		}
	}
	if len(from) > 0 {
		rows = append(rows,
			goapp.P().Text(fmt.Sprintf("ISUP causes a gateway turns into %d:", n)),
			goapp.Ul().Body(goapp.Range(from).Slice(func(i int) goapp.UI {
				r := from[i]
				note := ""
				if r.Note != "" {
					note = ": " + r.Note
				}
				return goapp.Li().Body(goapp.A().Href(causeHref(r.Cause)).Text(fmt.Sprintf("cause %d, %s", r.Cause, codes.CauseName(r.Cause))), goapp.Text(note))
			})),
		)
	}
	rows = append(rows, goapp.P().Class("aside").Body(
		goapp.Text("Vendors often deviate from these recommended mappings, and a Reason header (RFC 3326, RFC 6432) may carry the real cause. Mappings: "),
		refLink(codes.Ref{RFC: 3398, Section: "7.2.4.1"}), goapp.Text(" and "), refLink(codes.Ref{RFC: 3398, Section: "8.2.6.1"}),
	))
	return section("Q.850 / ISUP cause (RFC 3398)", rows...)
}

// renderWarningsSeenWith links the Warning codes that usually come with a response.
func renderWarningsSeenWith(n int) goapp.UI {
	var items []goapp.UI
	for _, w := range warning.All() {
		if slices.Contains(w.SeenWith, n) {
			items = append(items, goapp.Li().Body(goapp.A().Href(warningHref(w.Code)).Text(fmt.Sprintf("Warning %d %s", w.Code, w.Text))))
		}
	}
	if len(items) == 0 {
		return nil
	}
	return section("Warning codes that come with it", goapp.Ul().Class("related").Body(items...))
}

func renderNeighbours(n int) goapp.UI {
	prev, next := codes.Neighbours(n)
	link := func(n int, rel, arrow string) goapp.UI {
		if n == 0 {
			return goapp.Span()
		}
		label := fmt.Sprintf("%d %s", n, codes.Text(n))
		if arrow == "←" {
			label = "← " + label
		} else {
			label += " →"
		}
		return goapp.A().Rel(rel).Href(codeHref(n)).Text(label)
	}
	return goapp.Nav().Class("neighbours").Aria("label", "Previous and next code").Body(link(prev, "prev", "←"), link(next, "next", "→"))
}

func joinQuoted(items []string) string {
	s := ""
	for i, it := range items {
		if i > 0 {
			s += ", "
		}
		s += "“" + it + "”"
	}
	return s
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s) // the first letter, not its first byte
	return string(unicode.ToUpper(r)) + s[size:]
}

// copyButton copies text to the clipboard, or the page's address when text
// is empty. It is plain markup, prerendered with the page it is on, and
// copyOnClick (the page's own listener) makes it work once the app runs.
func copyButton(label, text string) goapp.UI {
	b := goapp.Button().Type("button").Class("copy").DataSet("label", label)
	if text != "" {
		b = b.DataSet("copy", text)
	}
	return b.Text(label)
}

// breadcrumb leads back to all codes, through a reference list when given.
func breadcrumb(label, path string) goapp.UI {
	crumbs := []goapp.UI{goapp.A().Href(href("/")).Text("All codes")}
	if label != "" {
		crumbs = append(crumbs, goapp.Text(" › "), goapp.A().Href(href(path)).Text(label))
	}
	return goapp.Nav().Class("breadcrumb").Aria("label", "Breadcrumb").Body(crumbs...)
}

func refList(refs []codes.Ref) goapp.UI {
	return goapp.Ul().Body(goapp.Range(refs).Slice(func(i int) goapp.UI { return goapp.Li().Body(refLink(refs[i])) }))
}

func refLinks(refs []codes.Ref) []goapp.UI {
	var out []goapp.UI
	for i, r := range refs {
		if i > 0 {
			out = append(out, goapp.Text(", "))
		}
		out = append(out, refLink(r))
	}
	return out
}
