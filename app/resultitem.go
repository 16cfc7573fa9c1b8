package app

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/codes"
)

// resultItem is one code in a list. Its fields are small values so that
// go-app skips items that did not change between keystrokes.
type resultItem struct {
	goapp.Compo

	Number       int
	Phrase       string
	Summary      string
	Note         string // why it matched, when that is not obvious
	NumberMarks  []codes.Span
	PhraseMarks  []codes.Span
	SummaryMarks []codes.Span
}

// resultItems turns search results into list items, highlights included.
func (p *page) resultItems() []resultItem {
	items := make([]resultItem, len(p.results))
	for i, r := range p.results {
		c := r.Code
		number := strconv.Itoa(c.Number)
		items[i] = resultItem{
			Number:       c.Number,
			Phrase:       c.Phrase,
			Summary:      c.Summary,
			Note:         matchNote(r, p.loc.query),
			NumberMarks:  r.Highlight(number),
			PhraseMarks:  r.Highlight(c.Phrase),
			SummaryMarks: r.Highlight(c.Summary),
		}
	}
	return items
}

// matchNote explains a match the person could not guess from the item.
func matchNote(r codes.Result, query string) string {
	switch r.Match {
	case codes.MatchAlias:
		if r.Alias != "" {
			return "Also written “" + r.Alias + "”"
		}
	case codes.MatchCause:
		return "A gateway sends this for the Q.850 cause in your search (RFC 3398)"
	case codes.MatchFallback:
		return fmt.Sprintf("Your code is not registered: a SIP client treats it as %d (RFC 3261 §8.1.3.2)", r.Code.Number)
	case codes.MatchHeader:
		return "Carries the header you searched for"
	case codes.MatchText:
		return "Your words appear in its explanation"
	}
	return ""
}

func (it *resultItem) Render() goapp.UI {
	return goapp.Li().
		Class("result", "class-"+strconv.Itoa(it.Number/100)).
		DataSet("code", it.Number).
		Body(
			goapp.A().Class("result-link").Href(codeHref(it.Number)).Body(
				marked("span", "code-number", strconv.Itoa(it.Number), it.NumberMarks),
				marked("span", "code-phrase", it.Phrase, it.PhraseMarks),
			),
			marked("p", "code-summary", it.Summary, it.SummaryMarks),
			goapp.If(it.Note != "", goapp.P().Class("match-note").Text(it.Note)),
		)
}

// marked renders text in an element with the given spans wrapped in
// <mark>, as one escaped HTML string: markup in the text stays text, and no
// whitespace creeps between the pieces in the prerendered page.
func marked(tag, class, text string, spans []codes.Span) goapp.UI {
	var b strings.Builder
	b.WriteString("<" + tag + ` class="` + class + `">`)
	at := 0
	for _, s := range spans {
		b.WriteString(html.EscapeString(text[at:s.Start]))
		b.WriteString("<mark>" + html.EscapeString(text[s.Start:s.End]) + "</mark>")
		at = s.End
	}
	b.WriteString(html.EscapeString(text[at:]) + "</" + tag + ">")
	return goapp.Raw(b.String())
}
