package main

import (
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
	if len(e.Findings) > 0 {
		parts = append(parts, r.findings(e.Findings))
	}
	if len(e.Notes) > 0 {
		parts = append(parts, r.list("notes", "What the trace says", e.Notes))
	}
	if steps := e.Ladder(); len(steps) > 0 {
		parts = append(parts, r.flow(e, steps)...)
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
	if e.Capture != nil {
		parts = append(parts, r.capture(e.Capture))
	}
	return parts
}

// shownText bounds the capture's SIP written into the page: enough to read
// the lines the explanation cites in most captures, without a page of
// megabytes.
const shownText = 128 << 10

// capture says what the capture held besides its SIP (its media, what
// could not be read), and shows its SIP as text: the lines the answer
// cites are that text's.
func (r renderer) capture(c *trace.CaptureInfo) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<section class="capture" aria-labelledby="capture-heading"><h2 id="capture-heading">The capture</h2><p>%s (%s): %s, %s.</p>`,
		html.EscapeString(c.Format), html.EscapeString(strings.Join(c.Links, ", ")), plural(c.Packets, "packet"), plural(c.SIP, "SIP message"))
	if len(c.Media) > 0 || len(c.Unread) > 0 {
		b.WriteString(`<ul>`)
		for _, m := range c.Media {
			fmt.Fprintf(&b, `<li>Media: %s</li>`, html.EscapeString(m))
		}
		for _, u := range c.Unread {
			fmt.Fprintf(&b, `<li>Not read: %s</li>`, html.EscapeString(u))
		}
		b.WriteString(`</ul>`)
	}
	if c.Text != "" {
		text, note := c.Text, ""
		if len(text) > shownText {
			text, note = strings.ToValidUTF8(text[:shownText], ""), fmt.Sprintf(" (the first %d kB; sipcodes explain -text FILE prints it all)", shownText>>10)
		}
		fmt.Fprintf(&b, `<details><summary>Its SIP as text, the lines cited above%s</summary><pre class="capture-text">%s</pre></details>`, note, html.EscapeString(text))
	}
	b.WriteString(`</section>`)
	return b.String()
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
		b.WriteString(`<p class="found">The trace holds more than is listed here (messages, or Reason, Warning and other values); the first ones are.</p>`)
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

// findings lists what went wrong in the call flow, each with its lines,
// the RFC it rests on and what to check.
func (r renderer) findings(fs []trace.Finding) string {
	var b strings.Builder
	b.WriteString(`<section class="findings" aria-labelledby="findings-heading"><h2 id="findings-heading">What went wrong in the flow</h2><ul>`)
	for _, f := range fs {
		lines, word := make([]string, len(f.Lines)), "lines"
		for i, l := range f.Lines {
			lines[i] = strconv.Itoa(l)
		}
		if len(lines) == 1 {
			word = "line"
		}
		fmt.Fprintf(&b, `<li id="finding-%s"><strong>%s</strong> <span class="found">%s; %s %s</span><p>%s</p><p>Next: %s</p></li>`,
			f.ID, html.EscapeString(f.ID), html.EscapeString(f.RFC), word, strings.Join(lines, ", "),
			html.EscapeString(f.Summary), html.EscapeString(f.Next))
	}
	b.WriteString(`</ul></section>`)
	return b.String()
}

// flow draws the call as a ladder: the participants as columns, one arrow
// per message (repeats folded), times on the left, the failing message
// highlighted. The diagram is hidden from screen readers, which get the
// same in words and the message list after it; it scrolls sideways on a
// narrow screen.
func (r renderer) flow(e trace.Explanation, steps []trace.Step) []string {
	var b strings.Builder
	b.WriteString(`<section class="flow" aria-labelledby="flow-heading"><h2 id="flow-heading">Call flow</h2>`)
	if len(e.Timings) > 0 {
		b.WriteString(`<dl class="timings">`)
		for _, t := range trace.TimingNames {
			if ms, ok := e.Timings[t.Key]; ok {
				fmt.Fprintf(&b, `<dt>%s</dt><dd>%s</dd>`, t.Name, trace.Millis(ms))
			}
		}
		b.WriteString(`</dl>`)
	}
	who := make([]string, len(e.Participants))
	for i, p := range e.Participants {
		who[i] = html.EscapeString(p)
	}
	fmt.Fprintf(&b, `<p class="flow-alt">%d messages between %s; each is in the list below, in order.`, len(steps), strings.Join(who, ", "))
	for _, s := range steps {
		if s.Failed {
			fmt.Fprintf(&b, ` The one that failed is highlighted: %s, from %s to %s (line %d).`, r.stepLink(s), who[s.From], who[s.To], s.Lines[0])
			break
		}
	}
	b.WriteString(`</p>`)
	// The diagram in parts of messagesPerPart arrows, each a grid of the
	// same columns (the time column a fixed width), so that the page adds
	// one part per step and the columns still line up.
	timeWidth := "0"
	if slices.ContainsFunc(steps, func(s trace.Step) bool { return s.Time != "" }) {
		timeWidth = "7.5rem"
	}
	var parts []string
	for from := 0; from < len(steps); from += messagesPerPart {
		chunk := steps[from:min(from+messagesPerPart, len(steps))]
		fmt.Fprintf(&b, `<div class="flow-scroll" aria-hidden="true"><div class="flow-grid" style="grid-template-columns: %s repeat(%d, minmax(3.5rem, 1fr))">`, timeWidth, 2*len(who))
		top := 1 // the row of the first arrow
		if from == 0 {
			for i, p := range who {
				fmt.Fprintf(&b, `<span class="flow-who" style="grid-column: %d / span 2">%s</span>`, 2+2*i, p)
			}
			top = 2
		}
		for i := range who {
			fmt.Fprintf(&b, `<span class="flow-life" style="grid-column: %d; grid-row: %d / span %d"></span>`, 3+2*i, top, len(chunk))
		}
		for k, s := range chunk {
			r.arrow(&b, s, top+k)
		}
		b.WriteString(`</div></div>`)
		if from == 0 {
			b.WriteString(`</section>`)
		}
		parts = append(parts, b.String())
		b.Reset()
	}
	return parts
}

// arrow writes one step of the ladder in its row.
func (r renderer) arrow(b *strings.Builder, s trace.Step, row int) {
	if s.Time != "" {
		fmt.Fprintf(b, `<span class="flow-time" style="grid-row: %d">%s</span>`, row, html.EscapeString(s.Clock()))
	}
	class, from, to := "right", 3+2*s.From, 3+2*s.To
	switch {
	case from == to:
		class, to = "self", from+1
	case from > to:
		class, from, to = "left", to, from
	}
	if s.Failed {
		class += " failed"
	}
	label := html.EscapeString(s.Label)
	if len(s.Lines) > 1 {
		label += fmt.Sprintf(" ×%d", len(s.Lines))
	}
	fmt.Fprintf(b, `<span class="flow-arrow %s" style="grid-row: %d; grid-column: %d / %d" title="line %d">%s</span>`, class, row, from, to, s.Lines[0], label)
}

// stepLink links a step's label to its code's page when it is a response.
func (r renderer) stepLink(s trace.Step) string {
	if n, err := strconv.Atoi(strings.SplitN(s.Label, " ", 2)[0]); err == nil {
		return r.link(paths.Code(n), s.Label)
	}
	return html.EscapeString(s.Label)
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
	r, size := utf8.DecodeRuneInString(s) // the first letter, not its first byte
	return string(unicode.ToUpper(r)) + s[size:]
}
