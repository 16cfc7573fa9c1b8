package app

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/app/shared"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/lookup"
)

// resultItems renders the results as one piece of escaped HTML. Measured in
// the browser, writing it in one go is several times faster than diffing a
// go-app component per result, and it is what a hand-written page does.
// Response codes carry data-code; the other kinds data-kind and data-number
// or data-token, and a label that names their kind.
func resultItems(hits []lookup.Hit) string {
	var b strings.Builder
	for _, h := range hits {
		if h.Kind == lookup.KindResponse {
			writeResponse(&b, *h.Response)
		} else {
			writeOther(&b, h)
		}
	}
	return b.String()
}

func writeResponse(b *strings.Builder, r codes.Result) {
	c := r.Code
	number := strconv.Itoa(c.Number)
	fmt.Fprintf(b, `<li class="result class-%d" `+shared.Name.Code+`="%d"><a class="result-link" href="%s">`,
		c.Number/100, c.Number, html.EscapeString(codeHref(c.Number)))
	writeMarked(b, "span", "code-number", number, r.Highlight(number))
	writeMarked(b, "span", "code-phrase", c.Phrase, r.Highlight(c.Phrase))
	b.WriteString(`</a>`)
	writeMarked(b, "p", "code-summary", c.Summary, r.Highlight(c.Summary))
	if note := matchNote(r); note != "" {
		b.WriteString(`<p class="match-note">` + html.EscapeString(note) + `</p>`)
	}
	b.WriteString(`</li>`)
}

// kindLabels name the kinds of result that are not response codes.
var kindLabels = map[lookup.Kind]string{lookup.KindWarning: "Warning", lookup.KindCause: "Cause", lookup.KindProtocol: "Reason"}

func writeOther(b *strings.Builder, h lookup.Hit) {
	var link, key, number string
	switch h.Kind {
	case lookup.KindWarning:
		link, number = warningHref(h.Number), strconv.Itoa(h.Number)
		key = `data-number="` + number + `"`
	case lookup.KindCause:
		link, number = causeHref(h.Number), strconv.Itoa(h.Number)
		key = `data-number="` + number + `"`
	case lookup.KindVendor:
		link, number = href(paths.Vendor(h.Vendor.Namespace.ID, h.Token)), h.Token
		key = `data-namespace="` + html.EscapeString(h.Vendor.Namespace.ID) + `" data-token="` + html.EscapeString(h.Token) + `"`
	default:
		link, number = protocolHref(h.Token), h.Token
		key = `data-token="` + html.EscapeString(h.Token) + `"`
	}
	fmt.Fprintf(b, `<li class="result result-%s" data-kind="%s" %s><a class="result-link" href="%s">`, h.Kind, h.Kind, key, html.EscapeString(link))
	label := kindLabels[h.Kind]
	if h.Kind == lookup.KindVendor {
		label = h.Vendor.Namespace.ID // whose code it is, never the registry's
	}
	b.WriteString(`<span class="kind-label">` + html.EscapeString(label) + `</span>`)
	writeMarked(b, "span", "code-number", number, h.Highlight(number))
	if h.Kind != lookup.KindProtocol {
		writeMarked(b, "span", "code-phrase", h.Title, h.Highlight(h.Title))
	}
	b.WriteString(`</a>`)
	writeMarked(b, "p", "code-summary", h.Summary, h.Highlight(h.Summary))
	if h.Kind == lookup.KindCause && h.Code != 0 {
		who := h.MappedBy
		if who == "RFC 3398" {
			who = "A gateway (RFC 3398)"
		}
		fmt.Fprintf(b, `<p class="match-note">%s answers %d %s for it</p>`, who, h.Code, html.EscapeString(codes.Text(h.Code)))
	}
	if h.Kind == lookup.KindVendor {
		note := html.EscapeString(h.Vendor.Namespace.Owner) + "’s code, in no IANA registry"
		if h.Code != 0 {
			note += fmt.Sprintf("; it stands for %d %s", h.Code, html.EscapeString(codes.Text(h.Code)))
		}
		b.WriteString(`<p class="match-note">` + note + `</p>`)
	}
	b.WriteString(`</li>`)
}

// writeMarked writes text in an element, with the spans wrapped in <mark>.
// Everything is escaped: markup in the text stays text.
func writeMarked(b *strings.Builder, tag, class, text string, spans []codes.Span) {
	b.WriteString("<" + tag + ` class="` + class + `">`)
	at := 0
	for _, s := range spans {
		b.WriteString(html.EscapeString(text[at:s.Start]))
		b.WriteString("<mark>" + html.EscapeString(text[s.Start:s.End]) + "</mark>")
		at = s.End
	}
	b.WriteString(html.EscapeString(text[at:]) + "</" + tag + ">")
}

// matchNote explains a match the person could not guess from the item.
func matchNote(r codes.Result) string {
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
