package trace

import (
	"fmt"
	"strconv"
	"strings"
)

// Step is one arrow of the call's ladder: a message, with its repeats
// folded in.
type Step struct {
	From, To int    // indexes into Participants
	Label    string // "INVITE", "486 Busy Here"
	Time     string // as the text writes it; "" when it does not
	Lines    []int  // the message's line, then its repeats'
	Failed   bool   // the message the headline rests on
	Dialog   int    // which call (Call-ID) it belongs to, from 0
}

// Ladder returns the arrows of the call flow, for the messages whose
// sender and receiver the text shows; none when it shows none. Repeats of
// a message (a retransmission) fold into its arrow.
func (e Explanation) Ladder() []Step {
	index := func(p string) int {
		for i, q := range e.Participants {
			if q == p {
				return i
			}
		}
		return -1
	}
	var steps []Step
	var dialogs []string
	for i, m := range e.Messages {
		from, to := index(m.From), index(m.To)
		if from < 0 || to < 0 {
			continue
		}
		label := m.Method
		if m.Code != 0 {
			label = fmt.Sprintf("%d %s", m.Code, m.Phrase)
		}
		dialog := 0
		if m.CallID != "" {
			dialog = len(dialogs)
			for k, d := range dialogs {
				if d == m.CallID {
					dialog = k
				}
			}
			if dialog == len(dialogs) {
				dialogs = append(dialogs, m.CallID)
			}
		}
		failed := i == e.head && e.Code >= 300
		if n := len(steps); n > 0 && m.CallID != "" && i > 0 && transaction(e.Messages[i-1]) == transaction(m) {
			steps[n-1].Lines = append(steps[n-1].Lines, m.Line)
			steps[n-1].Failed = steps[n-1].Failed || failed
			continue
		}
		steps = append(steps, Step{From: from, To: to, Label: label, Time: m.Time, Lines: []int{m.Line}, Failed: failed, Dialog: dialog})
	}
	return steps
}

// Clock is the step's time shortened to the clock and milliseconds:
// "2019/02/11 10:04:27.082271" is "10:04:27.082".
func (s Step) Clock() string {
	t := s.Time
	if i := strings.LastIndexAny(t, " T"); i >= 0 {
		t = t[i+1:]
	}
	if i := strings.IndexAny(t, ".,"); i >= 0 && len(t) > i+4 {
		t = t[:i+4]
	}
	return t
}

// TimingNames name the keys of Explanation.Timings, in the order to show them.
var TimingNames = []struct{ Key, Name string }{
	{"srd_ms", "Session request delay (the INVITE to its first answer but 100, RFC 6076)"},
	{"answer_ms", "Time to answer (the INVITE to its 2xx)"},
	{"duration_ms", "Call duration (the 2xx to the BYE)"},
	{"rrd_ms", "Registration request delay (the first REGISTER to its 2xx, RFC 6076)"},
	{"register_interval_ms", "Registration refreshed after"},
	{"longest_gap_ms", "Longest gap between two messages"},
}

// Millis writes a timing: milliseconds below ten seconds, else seconds.
func Millis(ms int64) string {
	if ms < 10_000 {
		return strconv.FormatInt(ms, 10) + " ms"
	}
	return strconv.FormatFloat(float64(ms)/1000, 'f', 1, 64) + " s"
}
