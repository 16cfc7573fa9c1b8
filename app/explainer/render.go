package main

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/trace"
)

// messagesPerPart bounds the ladder's parts: the page adds one part per
// step, so that a long trace never holds the main thread for long.
const messagesPerPart = 100

// render writes an explanation as parts of HTML, in the order the page
// shows them: the headline, what to check, the message ladder (in parts),
// the Reason and Warning values, and vendor log lines. Links are under base,
// the site's root ("" or "/name").
func render(e trace.Explanation, base string) []string {
	r := renderer{base: base}
	parts := []string{r.headline(e)}
	if len(e.Notes) > 0 {
		parts = append(parts, r.list("notes", "What the trace says", e.Notes))
	}
	for from := 0; from < len(e.Messages); from += messagesPerPart {
		parts = append(parts, r.ladder(e, from, min(from+messagesPerPart, len(e.Messages))))
	}
	if len(e.Reasons)+len(e.Warnings) > 0 {
		parts = append(parts, r.values(e))
	}
	if len(e.Signals) > 0 {
		var lines []string
		for _, s := range e.Signals {
			lines = append(lines, s.Describe())
		}
		parts = append(parts, r.list("signals", "Log lines that state a code or cause", lines))
	}
	return parts
}

type renderer struct{ base string }

func (r renderer) link(path, text string) string {
	return `<a href="` + html.EscapeString(r.base+path) + `">` + html.EscapeString(text) + `</a>`
}

func (r renderer) codeLink(n int) string {
	return r.link(paths.Code(n), fmt.Sprintf("%d %s", n, codes.Text(n)))
}

// basis says how sure the headline is and what it rests on, with a link
// to the vendor code it was read from.
func (r renderer) basis(b *strings.Builder, e trace.Explanation) {
	if text := e.Basis(); text != "" {
		fmt.Fprintf(b, `<p class="basis">%s`, html.EscapeString(text))
		if v := e.Vendor; v != nil {
			fmt.Fprintf(b, ` %s`, r.link(paths.Vendor(v.Namespace, v.Code+v.Token), "What "+v.Namespace+" "+v.Code+v.Token+" means"))
		}
		b.WriteString(`</p>`)
	}
}

func (r renderer) headline(e trace.Explanation) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<section class="headline class-%d" aria-labelledby="headline-heading">`, e.Code/100)
	switch {
	case e.Error != "":
		fmt.Fprintf(&b, `<h2 id="headline-heading">This cannot be read as a trace</h2><p>%s.</p>`, html.EscapeString(capitalize(e.Error)))
	case e.Code != 0:
		fmt.Fprintf(&b, `<h2 id="headline-heading">What failed: %s</h2>`, r.link(paths.Code(e.Code), fmt.Sprintf("%d %s", e.Code, e.Phrase)))
		if e.Summary != "" {
			fmt.Fprintf(&b, `<p>%s</p>`, html.EscapeString(e.Summary))
		}
		r.basis(&b, e)
	case e.Vendor != nil:
		fmt.Fprintf(&b, `<h2 id="headline-heading">What failed: %s</h2>`, r.link(paths.Vendor(e.Vendor.Namespace, e.Vendor.Code+e.Vendor.Token), e.Vendor.Namespace+" "+e.Vendor.Code+e.Vendor.Token+" "+e.Vendor.Name))
		r.basis(&b, e)
	default:
		b.WriteString(`<h2 id="headline-heading">No response code explains this text</h2>`)
	}
	var found []string
	if n := len(e.Messages); n > 0 {
		found = append(found, plural(n, "SIP message"))
	}
	if e.Dialogs > 1 {
		found = append(found, plural(e.Dialogs, "call")+" (Call-IDs)")
	}
	if n := len(e.Reasons); n > 0 {
		found = append(found, plural(n, "Reason value"))
	}
	if n := len(e.Warnings); n > 0 {
		found = append(found, plural(n, "Warning value"))
	}
	if len(found) > 0 {
		fmt.Fprintf(&b, `<p class="found">Found %s.</p>`, strings.Join(found, ", "))
	}
	if e.Truncated {
		b.WriteString(`<p class="found">The trace holds more messages than are listed here; the first ones are.</p>`)
	}
	b.WriteString(`</section>`)
	return b.String()
}

func (r renderer) list(class, heading string, items []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<section class="%s" aria-labelledby="%s-heading"><h2 id="%s-heading">%s</h2><ul>`, class, class, class, heading)
	for _, item := range items {
		fmt.Fprintf(&b, `<li>%s</li>`, html.EscapeString(item))
	}
	b.WriteString(`</ul></section>`)
	return b.String()
}

// ladder is messages[from:to] as an ordered list; the first part carries the heading.
func (r renderer) ladder(e trace.Explanation, from, to int) string {
	var b strings.Builder
	if from == 0 {
		fmt.Fprintf(&b, `<h2 class="ladder-heading">Messages, in order (%d)</h2>`, len(e.Messages))
	}
	fmt.Fprintf(&b, `<ol class="ladder" start="%d">`, from+1)
	for _, m := range e.Messages[from:to] {
		b.WriteString(`<li class="message ` + messageClass(m) + `">`)
		fmt.Fprintf(&b, `<span class="at">line %d</span> `, m.Line)
		if m.Direction != "" {
			fmt.Fprintf(&b, `<span class="direction">%s</span> `, html.EscapeString(direction(m.Direction)))
		}
		if m.Request() {
			fmt.Fprintf(&b, `<strong class="what">%s</strong>`, html.EscapeString(m.Method))
		} else {
			fmt.Fprintf(&b, `<strong class="what">%s</strong>`, r.link(paths.Code(m.Code), fmt.Sprintf("%d %s", m.Code, m.Phrase)))
			if m.PhraseDiffers && codes.Text(m.Code) != "" {
				fmt.Fprintf(&b, ` <span class="differs">(registered: %s)</span>`, html.EscapeString(codes.Text(m.Code)))
			}
		}
		if m.CSeq != "" {
			fmt.Fprintf(&b, ` <span class="cseq">CSeq %s</span>`, html.EscapeString(m.CSeq))
		}
		if m.Meaning != "" && !m.Request() {
			fmt.Fprintf(&b, `<p class="meaning">%s</p>`, html.EscapeString(m.Meaning))
		}
		var values []string
		for _, v := range m.Reasons {
			values = append(values, "Reason "+r.reasonValue(v))
		}
		for _, w := range m.Warnings {
			values = append(values, "Warning "+r.link(paths.Warning(w.Code), strconv.Itoa(w.Code))+" "+html.EscapeString(quote(w.Text)))
		}
		for _, h := range []struct{ name, value string }{
			{"Retry-After", m.RetryAfter}, {"Min-SE", m.MinSE}, {"Min-Expires", m.MinExpires},
			{"Unsupported", m.Unsupported}, {"Require", m.Require},
		} {
			if h.value != "" {
				values = append(values, html.EscapeString(h.name+": "+h.value))
			}
		}
		for _, c := range m.Contact {
			values = append(values, html.EscapeString("Contact: "+c))
		}
		if len(values) > 0 {
			b.WriteString(`<ul class="values"><li>` + strings.Join(values, `</li><li>`) + `</li></ul>`)
		}
		b.WriteString(`</li>`)
	}
	b.WriteString(`</ol>`)
	return b.String()
}

// values decodes every Reason and Warning value, in the order found.
func (r renderer) values(e trace.Explanation) string {
	var b strings.Builder
	b.WriteString(`<section class="decoded" aria-labelledby="decoded-heading"><h2 id="decoded-heading">Reason and Warning values</h2><ul>`)
	for _, v := range e.Reasons {
		fmt.Fprintf(&b, `<li><span class="at">line %d</span> Reason %s`, v.Line, r.reasonValue(v))
		if v.Location != "" {
			fmt.Fprintf(&b, `; location %s`, html.EscapeString(v.Location))
		}
		if about := r.reasonMeaning(v); about != "" {
			b.WriteString(`<p class="meaning">` + about + `</p>`)
		}
		b.WriteString(`</li>`)
	}
	for _, w := range e.Warnings {
		fmt.Fprintf(&b, `<li><span class="at">line %d</span> Warning %s`, w.Line, r.link(paths.Warning(w.Code), strconv.Itoa(w.Code)))
		if w.Agent != "" {
			fmt.Fprintf(&b, ` from %s`, html.EscapeString(w.Agent))
		}
		if w.Text != "" {
			fmt.Fprintf(&b, `: %s`, html.EscapeString(quote(w.Text)))
		}
		if w.Meaning != "" {
			fmt.Fprintf(&b, `<p class="meaning">%s</p>`, html.EscapeString(w.Meaning))
		}
		b.WriteString(`</li>`)
	}
	b.WriteString(`</ul></section>`)
	return b.String()
}

// reasonValue is "Q.850 cause 17 (User busy)", the protocol and the cause
// linked to their pages.
func (r renderer) reasonValue(v trace.Reason) string {
	s := r.link(paths.Reason(v.Protocol), v.Protocol) + " cause "
	if path := causePath(v); path != "" {
		s += r.link(path, strconv.Itoa(v.Cause))
	} else {
		s += strconv.Itoa(v.Cause)
	}
	if v.Name != "" {
		s += " (" + html.EscapeString(v.Name) + ")"
	}
	if v.Text != "" && v.Text != v.Name {
		s += " " + html.EscapeString(quote(v.Text))
	}
	return s
}

// reasonMeaning says what a Reason value stands for in SIP terms.
func (r renderer) reasonMeaning(v trace.Reason) string {
	switch {
	case v.Protocol == "Q.850":
		c, ok := cause.Lookup(v.Cause)
		if !ok {
			return "Q.850 causes are 0 to 127: this value is none of them."
		}
		s := fmt.Sprintf("Class %d. ", v.Cause>>4) + html.EscapeString(c.Explanation)
		if v.SIPCode != 0 {
			s += " A gateway following RFC 3398 answers " + r.codeLink(v.SIPCode) + " for it."
		}
		return s
	case v.Vendor != "":
		return html.EscapeString(v.Vendor+"'s own cause, not a SIP response code; it answers it with ") + r.codeLink(v.SIPCode) + "."
	case v.SIPCode != 0:
		return "It stands for the response " + r.codeLink(v.SIPCode) + "."
	}
	return ""
}

// causePath is the page of the cause a Reason value names: a Q.850 cause,
// a SIP response code, or one of FreeSWITCH's own causes.
func causePath(v trace.Reason) string {
	switch {
	case v.Protocol == "Q.850" && v.Cause >= 0 && v.Cause <= 127:
		return paths.Cause(v.Cause)
	case v.Vendor != "":
		if in, ok := cause.LookupInternalName(v.Name); ok {
			return paths.Cause(in.Value)
		}
	case v.Protocol == "SIP" || v.Protocol == "STIR":
		if codes.IsRegistered(v.Cause) {
			return paths.Code(v.Cause)
		}
	}
	return ""
}

func messageClass(m trace.Message) string {
	switch {
	case m.Request():
		return "request"
	case m.Code < 200:
		return "provisional"
	case m.Code < 300:
		return "success"
	case m.Code < 400:
		return "redirect"
	}
	return "failure"
}

// direction writes a capture tool's "a:p -> b:p" with an arrow.
func direction(d string) string {
	switch d {
	case "in":
		return "received"
	case "out":
		return "sent"
	}
	return strings.Replace(d, " -> ", " → ", 1)
}

func quote(s string) string {
	if s == "" {
		return ""
	}
	return "“" + s + "”"
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
