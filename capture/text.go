package capture

import (
	"strconv"
	"strings"
)

// maxText bounds the text Text writes: the explainer reads a paste of
// this size in well under a second.
const maxText = 8 << 20

// Text writes the messages as the trace package reads a capture tool's
// text: before each message a framing line with its transport, time and
// addresses ("U 2019/02/11 10:04:27.082271 10.0.0.1:5060 -> 10.0.0.2:5060"),
// as ngrep writes it. Messages past maxText bytes are left out, and the
// count of those left out is returned.
func (c *Capture) Text() (text string, left int) {
	var b strings.Builder
	for i, m := range c.Messages {
		if b.Len()+len(m.Text) > maxText {
			return b.String(), len(c.Messages) - i
		}
		switch m.Transport {
		case "UDP":
			b.WriteString("U ")
		case "TCP":
			b.WriteString("T ")
		default:
			b.WriteString(m.Transport + " ")
		}
		if !m.Time.IsZero() {
			b.WriteString(m.Time.Format("2006/01/02 15:04:05.000000 "))
		}
		b.WriteString(m.From.String() + " -> " + m.To.String() + "\n")
		for _, c := range m.Text {
			if c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7f {
				c = '.' // a binary body (ISUP, a fuzzed packet) is shown as ngrep shows it
			}
			b.WriteByte(c)
		}
		if len(m.Text) == 0 || m.Text[len(m.Text)-1] != '\n' {
			b.WriteByte('\n')
		}
		b.WriteByte('\n')
	}
	return b.String(), 0
}

// MediaSummary says, one line per direction, how many RTP packets went
// each way and from when: where a direction is missing, its audio was not
// heard (one-way audio) or never sent.
func (c *Capture) MediaSummary() []string {
	var out []string
	for _, m := range c.Media {
		line := m.From.String() + " -> " + m.To.String() + ": " + strconv.Itoa(m.Packets) + " RTP packets"
		if !m.First.IsZero() {
			line += " from " + m.First.Format("15:04:05.000")
		}
		out = append(out, line)
	}
	return out
}
