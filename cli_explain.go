//go:build !wasm

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sipcodes/sipcodes/capture"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/lookup"
	"github.com/sipcodes/sipcodes/trace"
)

// maxInput bounds what explain reads: a capture of a whole day is not a paste.
const maxInput = 64 << 20

// explain is `sipcodes explain [-json] [FILE|-]`.
func explain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := newFlags("explain", stderr)
	asJSON := flags.Bool("json", false, "print the explanation as JSON (see the README for the fields)")
	asText := flags.Bool("text", false, "for a capture: print its SIP as text, the lines the explanation cites")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() > 1 {
		fmt.Fprintln(stderr, "sipcodes explain: give one file, or - for standard input")
		return 2
	}
	in, name := stdin, "standard input"
	if file := flags.Arg(0); file != "" && file != "-" {
		f, err := os.Open(file)
		if err != nil {
			fmt.Fprintln(stderr, "sipcodes explain:", err)
			return 2
		}
		defer f.Close()
		in, name = f, file
	}
	e, code := read(bufio.NewReaderSize(in, 64<<10), name, stderr)
	if code != 0 {
		return code
	}
	if *asText {
		if e.Capture == nil {
			fmt.Fprintf(stderr, "sipcodes explain: -text is for a capture, and %s is text already\n", name)
			return 2
		}
		for _, line := range strings.Split(e.Capture.Text, "\n") {
			fmt.Fprintln(stdout, printable(strings.TrimSuffix(line, "\r"))) // a line at a time: its breaks stay breaks
		}
		return 0
	}
	if e.Binary {
		fmt.Fprintf(stderr, "sipcodes explain: %s: %s\n", name, e.Error)
		return 2
	}
	if *asJSON {
		b, err := e.JSON()
		if err != nil {
			fmt.Fprintln(stderr, "sipcodes explain:", err)
			return 2
		}
		stdout.Write(append(b, '\n'))
	} else {
		printExplanation(stdout, e)
	}
	if e.Code == 0 && len(e.Messages) == 0 && len(e.Reasons) == 0 && len(e.Warnings) == 0 && len(e.Signals) == 0 {
		if !*asJSON {
			fmt.Fprintln(stderr, "sipcodes explain: nothing in the text looks like SIP")
		}
		return 1
	}
	return 0
}

// read explains a capture (known by its first bytes) or a text, which is
// bounded: a capture is read a packet at a time, a text whole.
func read(in *bufio.Reader, name string, stderr io.Writer) (trace.Explanation, int) {
	if head, _ := in.Peek(4); capture.Looks(head) {
		c, err := capture.Read(in)
		if err != nil {
			fmt.Fprintf(stderr, "sipcodes explain: %s: %v\n", name, err)
			return trace.Explanation{}, 2
		}
		return trace.ExplainCapture(c), 0
	}
	text, err := io.ReadAll(io.LimitReader(in, maxInput+1))
	if err != nil {
		fmt.Fprintf(stderr, "sipcodes explain: reading %s: %v\n", name, err)
		return trace.Explanation{}, 2
	}
	if len(text) > maxInput {
		fmt.Fprintf(stderr, "sipcodes explain: %s is over %d MB; cut it to the calls that matter\n", name, maxInput>>20)
		return trace.Explanation{}, 2
	}
	return trace.Explain(string(text)), 0
}

// printExplanation writes the explanation for a terminal, within 80 columns.
func printExplanation(w io.Writer, e trace.Explanation) {
	p := &wrapper{w: w, width: 80}
	if e.Code != 0 {
		p.line("", fmt.Sprintf("%d %s", e.Code, e.Phrase))
	} else {
		p.line("", "No response code explains this text.")
	}
	if e.Summary != "" {
		p.line("  ", e.Summary)
	}
	if basis := e.Basis(); basis != "" {
		p.line("  ", basis)
	}
	if steps := e.Ladder(); len(steps) > 0 {
		fmt.Fprintln(w, "\nCall flow")
		printLadder(w, e.Participants, steps)
	}
	if len(e.Timings) > 0 {
		fmt.Fprintln(w, "\nTimings")
		for _, t := range trace.TimingNames {
			if ms, ok := e.Timings[t.Key]; ok {
				p.line("  ", fmt.Sprintf("%s: %s", t.Name, trace.Millis(ms)))
			}
		}
	}
	if len(e.Findings) > 0 {
		fmt.Fprintln(w, "\nWhat went wrong in the flow")
		for _, f := range e.Findings {
			p.line("  - ", fmt.Sprintf("%s (%s, %s): %s", f.ID, f.RFC, lineNumbers(f.Lines), f.Summary))
			p.line("    ", "Next: "+f.Next)
		}
	}
	if len(e.Messages) > 0 {
		fmt.Fprintln(w, "\nMessages")
		for _, m := range e.Messages {
			what := m.Method
			if m.Code != 0 {
				what = fmt.Sprintf("%d %s", m.Code, m.Phrase)
			}
			dir := ""
			if m.Direction != "" {
				dir = " (" + m.Direction + ")"
			}
			p.line("  ", fmt.Sprintf("line %d: %s%s", m.Line, what, dir))
			if m.Meaning != "" {
				p.line("      ", m.Meaning)
			}
		}
	}
	if len(e.Reasons) > 0 {
		fmt.Fprintln(w, "\nReason")
		for _, r := range e.Reasons {
			s := fmt.Sprintf("line %d: %s cause %d", r.Line, r.Protocol, r.Cause)
			if r.Name != "" {
				s += " (" + r.Name + ")"
			}
			switch {
			case r.Vendor != "":
				s += fmt.Sprintf(", %s's own cause, sent as %d %s", r.Vendor, r.SIPCode, codes.Text(r.SIPCode))
			case r.SIPCode != 0:
				s += fmt.Sprintf(", as SIP: %d %s", r.SIPCode, codes.Text(r.SIPCode))
			}
			if r.Text != "" {
				s += fmt.Sprintf(`; text "%s"`, r.Text)
			}
			p.line("  ", s)
		}
	}
	if len(e.Warnings) > 0 {
		fmt.Fprintln(w, "\nWarning")
		for _, v := range e.Warnings {
			p.line("  ", fmt.Sprintf("line %d: %d %s %q", v.Line, v.Code, v.Agent, v.Text))
			if v.Meaning != "" {
				p.line("      ", v.Meaning)
			}
		}
	}
	if len(e.Signals) > 0 {
		fmt.Fprintln(w, "\nLog lines")
		for _, s := range e.Signals {
			p.line("  ", s.Describe())
		}
	}
	if len(e.Notes) > 0 {
		fmt.Fprintln(w, "\nNotes")
		for _, n := range e.Notes {
			p.line("  - ", n)
		}
	}
	if c := e.Capture; c != nil {
		fmt.Fprintln(w, "\nCapture")
		p.line("  ", fmt.Sprintf("%s (%s), %d packets, %d SIP messages. The lines cited are those of its SIP as text: sipcodes explain -text FILE prints it.", c.Format, strings.Join(c.Links, ", "), c.Packets, c.SIP))
		for _, m := range c.Media {
			p.line("  - Media: ", m)
		}
		for _, u := range c.Unread {
			p.line("  - Not read: ", u)
		}
	}
}

// lineNumbers writes "line 4" or "lines 4, 9".
func lineNumbers(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = strconv.Itoa(n)
	}
	if len(v) == 1 {
		return "line " + s[0]
	}
	return "lines " + strings.Join(s, ", ")
}

// printLadder draws the call flow within 80 columns: the participants as
// columns when there are at most four, else one line per message with
// "A → B". Repeats are folded into "×N"; the failing message is starred.
func printLadder(w io.Writer, participants []string, steps []trace.Step) {
	const width = 80
	timeW := 0
	for _, s := range steps {
		if s.Time != "" {
			timeW = 13
		}
	}
	label := func(s trace.Step) string {
		l := printable(s.Label)
		if len(s.Lines) > 1 {
			l += fmt.Sprintf(" ×%d", len(s.Lines))
		}
		if s.Failed {
			l = "*" + l
		}
		return l
	}
	clock := func(s trace.Step) string { return fmt.Sprintf("%-*s", timeW, printable(s.Clock())) }
	if len(participants) > 4 {
		for _, s := range steps {
			fmt.Fprintf(w, "  %s%s → %s  %s\n", clock(s), printable(participants[s.From]), printable(participants[s.To]), label(s))
		}
		return
	}
	n := len(participants)
	col := (width - 2 - timeW) / n
	center := func(i int) int { return 2 + timeW + col*i + col/2 }
	row := func() []rune {
		r := []rune(strings.Repeat(" ", width))
		for i := range n {
			r[center(i)] = '|'
		}
		return r
	}
	put := func(r []rune, at int, text string, room int) {
		t := []rune(text)
		if len(t) > room {
			t = append(t[:max(room-1, 0)], '…')
		}
		for i, c := range t {
			if at+i >= 0 && at+i < len(r) {
				r[at+i] = c
			}
		}
	}
	head := []rune(strings.Repeat(" ", width))
	for i, p := range participants {
		t := []rune(printable(p))
		if len(t) > col-1 {
			t = append(t[:col-2], '…')
		}
		put(head, center(i)-len(t)/2, string(t), col-1)
	}
	fmt.Fprintln(w, strings.TrimRight(string(head), " "))
	for _, s := range steps {
		r := row()
		put(r, 2, clock(s), timeW)
		a, b := center(s.From), center(s.To)
		if a == b {
			put(r, a+2, label(s), width-a-2)
		} else {
			lo, hi := min(a, b), max(a, b)
			for i := lo + 1; i < hi; i++ {
				r[i] = '-'
			}
			if a < b {
				r[hi-1] = '>'
			} else {
				r[lo+1] = '<'
			}
			l := " " + label(s) + " "
			room := hi - lo - 3
			put(r, lo+2+max((room-len([]rune(l)))/2, 0), l, room)
		}
		fmt.Fprintln(w, strings.TrimRight(string(r), " "))
	}
}

// wrapper writes text wrapped at a width, continuation lines indented.
type wrapper struct {
	w     io.Writer
	width int
}

// line writes text, which may come from the input: every control
// character in it is shown as an escape (printable), so that a trace can
// neither retitle nor clear the terminal, nor write its clipboard.
func (p *wrapper) line(indent, text string) {
	cont := strings.Repeat(" ", len(indent))
	line, width, empty := indent, len(indent), true
	for _, word := range strings.Fields(printable(text)) {
		n := utf8.RuneCountInString(word)
		if !empty && width+1+n > p.width {
			fmt.Fprintln(p.w, line)
			line, width, empty = cont, len(cont), true
		}
		if !empty {
			line, width = line+" ", width+1
		}
		line, width, empty = line+word, width+n, false
	}
	fmt.Fprintln(p.w, line)
}

// printable shows every C0 control but tab, DEL, every C1 control and
// every byte that is not UTF-8 as a Go escape (\x1b, \u009b), so that no
// control sequence reaches the terminal.
func printable(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && strings.HasPrefix(s[i:], "\xef\xbf\xbd"):
			b.WriteRune(r) // a real U+FFFD
		case r == utf8.RuneError:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\t' || r >= 0x20 && r < 0x7f || r > 0x9f:
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// search is `sipcodes search [-json] QUERY...`, the search box in a terminal.
func search(args []string, stdout, stderr io.Writer) int {
	flags := newFlags("search", stderr)
	asJSON := flags.Bool("json", false, "print the results as JSON")
	limit := flags.Int("n", 10, "how many results to show (0 for all)")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	query := strings.Join(flags.Args(), " ")
	if strings.TrimSpace(query) == "" {
		fmt.Fprintln(stderr, "sipcodes search: give a query, such as 486, busy, \"cause 17\" or \"SIP/2.0 503\"")
		return 2
	}
	results := lookup.Search(query)
	if *limit > 0 && len(results) > *limit {
		results = results[:*limit]
	}
	if *asJSON {
		type item struct {
			Kind      string `json:"kind"`
			Code      any    `json:"code,omitempty"`      // response: its number; vendor: the code as its vendor writes it ("500#3003")
			Number    int    `json:"number,omitempty"`    // warning, cause: its number
			Namespace string `json:"namespace,omitempty"` // vendor: whose code it is
			Token     string `json:"token,omitempty"`     // protocol: its token; vendor: a code that is a name
			Name      string `json:"name,omitempty"`      // vendor: its vendor's name for it
			Phrase    string `json:"phrase,omitempty"`    // response
			Title     string `json:"title"`
			Summary   string `json:"summary"`
			Match     string `json:"match,omitempty"`     // response: why it was found
			SIPCode   int    `json:"sip_code,omitempty"`  // cause: the response it becomes; vendor: the one it stands for
			MappedBy  string `json:"mapped_by,omitempty"` // cause: whose mapping sip_code is ("RFC 3398", "FreeSWITCH", "Asterisk")
		}
		items := []item{}
		for _, h := range results {
			it := item{Kind: h.Kind.String(), Title: h.Title, Summary: h.Summary}
			switch h.Kind {
			case lookup.KindResponse:
				it.Code, it.Phrase, it.Match = h.Response.Code.Number, h.Response.Code.Phrase, h.Response.Match.String()
			case lookup.KindProtocol:
				it.Token = h.Token
			case lookup.KindVendor:
				it.Namespace, it.Name, it.SIPCode = h.Vendor.Namespace.ID, h.Vendor.Name, h.Code
				if h.Vendor.IsToken() {
					it.Token = h.Token
				} else {
					it.Code = h.Token
				}
			default:
				it.Number, it.SIPCode, it.MappedBy = h.Number, h.Code, h.MappedBy
			}
			items = append(items, it)
		}
		b, _ := json.MarshalIndent(items, "", "  ")
		stdout.Write(append(b, '\n'))
	} else {
		p := &wrapper{w: stdout, width: 80}
		for _, h := range results {
			switch h.Kind {
			case lookup.KindResponse:
				p.line("", fmt.Sprintf("%d %s", h.Response.Code.Number, h.Title))
			case lookup.KindProtocol:
				p.line("", "Reason protocol "+h.Token)
			case lookup.KindWarning:
				p.line("", fmt.Sprintf("Warning %d %s", h.Number, h.Title))
			case lookup.KindVendor:
				line := fmt.Sprintf("%s %s %s (%s's code)", h.Vendor.Namespace.ID, h.Token, h.Title, h.Vendor.Namespace.Owner)
				if h.Code != 0 {
					line += strings.TrimSuffix(fmt.Sprintf(" (→ %d %s", h.Code, codes.Text(h.Code)), " ") + ")"
				}
				p.line("", line)
			default:
				line := fmt.Sprintf("Cause %d %s", h.Number, h.Title)
				if h.Code != 0 {
					line += fmt.Sprintf(" (→ %d %s, %s)", h.Code, codes.Text(h.Code), h.MappedBy)
				}
				p.line("", line)
			}
			p.line("    ", h.Summary)
		}
	}
	if len(results) == 0 {
		if !*asJSON {
			fmt.Fprintf(stderr, "sipcodes search: nothing registered matches %q\n", query)
		}
		return 1
	}
	return 0
}
