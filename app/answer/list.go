// Package answer writes, as escaped HTML, what the browser's app asks the
// worker for: a list page's content for a search (its intro, its count, the
// results, the note when nothing is found) and what sipcodes says of a
// number that has no page of its own. The generator writes the served
// pages with the same functions, so the app's answers and the served pages
// agree. It reads every registry, and app.wasm carries none of them: the
// worker's wasm (app/explainer) does, and the app asks it (app/worker_browser.go).
package answer

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

// Site is the name the pages' titles end with.
const Site = "sipcodes"

// List is what a list page shows: every code, a class or the common codes,
// and a search.
type List struct {
	Class  codes.Class // 0 for every class
	Common bool        // only the codes seen daily
	Query  string
}

// Content is a list page's parts for its search: text, or escaped HTML
// where the name says so.
type Content struct {
	Title, Description string // the document's title and description
	IntroHTML          string // the heading and its paragraph, without their div
	Count              string // the result count, as a screen reader announces it
	ItemsHTML          string // the results, as <li> elements
	EmptyHTML          string // the note for a search that found nothing; "" when it found something
}

// ForList is the content of list l, its links under the site prefix.
func ForList(l List, prefix string) Content {
	l.Query = codes.CutQuery(l.Query)
	hits := l.Results()
	c := Content{IntroHTML: intro(l, prefix), Count: count(l, hits), ItemsHTML: Items(hits, prefix)}
	c.Title, c.Description = l.Meta()
	if len(hits) == 0 {
		c.EmptyHTML = empty(l, prefix)
	}
	return c
}

// Results searches what list l shows: every kind on the full list, only
// response codes under a class filter or among the common codes.
func (l List) Results() []lookup.Hit {
	var out []lookup.Hit
	for _, h := range lookup.Search(l.Query) {
		switch {
		case l.Class == 0 && !l.Common:
			out = append(out, h)
		case h.Kind != lookup.KindResponse:
		case (l.Class == 0 || h.Response.Code.Class() == l.Class) && (!l.Common || h.Response.Code.Common):
			out = append(out, h)
		}
	}
	return out
}

// Meta is the list page's title and description.
func (l List) Meta() (title, description string) {
	switch {
	case l.Common:
		return "Common SIP response codes | " + Site, "The SIP response codes you meet every day, explained for engineers reading a trace."
	case l.Class != 0:
		info := l.Class.Info()
		return fmt.Sprintf("SIP %s %s responses | %s", l.Class, info.Name, Site), info.Meaning
	}
	return "SIP response codes: every registered code, explained | " + Site,
		"Every IANA-registered SIP response code in plain words: causes, what to check, headers, Q.850 mapping. Search as you type; works offline."
}

// intro is the list's heading and the paragraph under it, the content of
// its div.intro (listView).
func intro(l List, prefix string) string {
	heading, text := "SIP response codes", html.EscapeString("Every code in the IANA registry, explained for engineers reading a trace. Type a code, a phrase, a header or a pasted status line.")
	switch {
	case l.Class != 0:
		info := l.Class.Info()
		heading = l.Class.String() + " " + info.Name
		text = html.EscapeString(info.Meaning+" ") + `<a href="` + html.EscapeString(info.Ref.URL()) + `" rel="external">` + html.EscapeString(info.Ref.String()) + `</a>`
	case l.Common:
		heading, text = "Common SIP response codes", "The codes you meet every day in SIP traces."
	}
	return `<h1 id="list-heading">` + html.EscapeString(heading) + `</h1><p>` + text + `</p>`
}

// scope says which part of the registry the list shows, for the count.
func (l List) scope() string {
	switch {
	case l.Common:
		return " among the common codes"
	case l.Class != 0:
		return " in " + l.Class.String()
	}
	return ""
}

// kindNames name each kind of result in the count, one and many.
var kindNames = [...][2]string{
	lookup.KindResponse: {"response code", "response codes"},
	lookup.KindWarning:  {"Warning code", "Warning codes"},
	lookup.KindCause:    {"Q.850 or FreeSWITCH cause", "Q.850 or FreeSWITCH causes"},
	lookup.KindProtocol: {"Reason protocol", "Reason protocols"},
	lookup.KindVendor:   {"vendor code", "vendor codes"},
}

// count is the result count, as announced to screen readers. It names
// what it counts: "12 codes", or, when other kinds are found too,
// "4 results (3 response codes, 1 Q.850 or FreeSWITCH cause)".
func count(l List, hits []lookup.Hit) string {
	var perKind [len(kindNames)]int
	for _, h := range hits {
		perKind[h.Kind]++
	}
	n := len(hits)
	what := plural(n, "code", "codes")
	if n > perKind[lookup.KindResponse] {
		var parts []string
		for k, names := range kindNames {
			if perKind[k] > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", perKind[k], plural(perKind[k], names[0], names[1])))
			}
		}
		what = plural(n, "result", "results") + " (" + strings.Join(parts, ", ") + ")"
	}
	if l.Query == "" {
		return fmt.Sprintf("%d %s%s", n, what, l.scope())
	}
	return fmt.Sprintf("%d %s %s “%s”%s", n, what, plural(n, "matches", "match"), shorten(l.Query, 60), l.scope())
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// shorten cuts s to at most n runes for display.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// empty is the note for a search that found nothing.
func empty(l List, prefix string) string {
	var b strings.Builder
	b.WriteString("<p>No registered code matches “" + html.EscapeString(shorten(l.Query, 200)) + "”" + html.EscapeString(l.scope()) + ".</p>")
	if l.Class != 0 || l.Common {
		everywhere := paths.Href(prefix, paths.WithQuery("/", l.Query))
		b.WriteString(`<p><a href="` + html.EscapeString(everywhere) + `">Search all classes instead</a></p>`)
	}
	b.WriteString("<p>Try a code number, a few words of the phrase, or browse a class:</p>")
	b.WriteString(ClassLinks(prefix))
	return b.String()
}

// ClassLinks lists all codes and each class, for pages that found nothing.
func ClassLinks(prefix string) string {
	var b strings.Builder
	b.WriteString(`<ul class="class-list"><li><a href="` + html.EscapeString(paths.Href(prefix, "/")) + `">All codes</a></li>`)
	for _, info := range codes.Classes() {
		fmt.Fprintf(&b, `<li><a href="%s">%s %s</a></li>`, html.EscapeString(paths.Href(prefix, "/"+info.Class.String())), info.Class, html.EscapeString(info.Name))
	}
	b.WriteString("</ul>")
	return b.String()
}

// Items renders the results as one piece of escaped HTML: written in one
// go, it is several times faster in the browser than a component per
// result. Response codes carry data-code; the other kinds data-kind and
// data-number or data-token, and a label that names their kind.
func Items(hits []lookup.Hit, prefix string) string {
	var b strings.Builder
	for _, h := range hits {
		if h.Kind == lookup.KindResponse {
			writeResponse(&b, *h.Response, prefix)
		} else {
			writeOther(&b, h, prefix)
		}
	}
	return b.String()
}

func writeResponse(b *strings.Builder, r codes.Result, prefix string) {
	c := r.Code
	number := strconv.Itoa(c.Number)
	fmt.Fprintf(b, `<li class="result class-%d" `+shared.Name.Code+`="%d"><a class="result-link" href="%s">`,
		c.Number/100, c.Number, html.EscapeString(paths.Href(prefix, paths.Code(c.Number))))
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

func writeOther(b *strings.Builder, h lookup.Hit, prefix string) {
	var link, key, number string
	switch h.Kind {
	case lookup.KindWarning:
		link, number = paths.Warning(h.Number), strconv.Itoa(h.Number)
		key = `data-number="` + number + `"`
	case lookup.KindCause:
		link, number = paths.Cause(h.Number), strconv.Itoa(h.Number)
		key = `data-number="` + number + `"`
	case lookup.KindVendor:
		link, number = paths.Vendor(h.Vendor.Namespace.ID, h.Token), h.Token
		key = `data-namespace="` + html.EscapeString(h.Vendor.Namespace.ID) + `" data-token="` + html.EscapeString(h.Token) + `"`
	default:
		link, number = paths.Reason(h.Token), h.Token
		key = `data-token="` + html.EscapeString(h.Token) + `"`
	}
	fmt.Fprintf(b, `<li class="result result-%s" data-kind="%s" %s><a class="result-link" href="%s">`, h.Kind, h.Kind, key, html.EscapeString(paths.Href(prefix, link)))
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
