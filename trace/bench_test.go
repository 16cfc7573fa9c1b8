package trace

import (
	"os"
	"strings"
	"testing"
)

// sixtyLines is the first 60 lines of the RFC 3261 §24.2 call flow.
func sixtyLines(b *testing.B) string {
	data, err := os.ReadFile("testdata/corpus/021-rfc3261-24-2-session-setup.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	return strings.Join(lines[:60], "")
}

func BenchmarkExplain60Lines(b *testing.B) {
	text := sixtyLines(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Explain(text)
	}
}

func BenchmarkExplain1MB(b *testing.B) {
	data, err := os.ReadFile("testdata/corpus/057-kamailio-ngrep-invite-100-trying.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data), 1<<20/len(data)+1)[:1<<20]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Explain(text)
	}
}

// adversarial are 1 MB inputs built to defeat a reader that is not linear:
// one endless line, start lines and escapes packed together, headers that
// never end, quotes that never close.
var adversarial = map[string]string{
	"one line":        strings.Repeat("a", 1<<20),
	"start lines":     strings.Repeat("SIP/2.0 486 Busy Here INVITE sip:a@b SIP/2.0 ", 1<<20/46),
	"escapes":         strings.Repeat(`\r\nSIP/2.0 100 x\r\n`, 1<<20/20),
	"folded header":   "Reason: Q.850;cause=16" + strings.Repeat("\n ;text=\"x", 1<<20/10),
	"unclosed quotes": "Warning: 399 a " + strings.Repeat(`"\"`, 1<<19),
	"arrows":          strings.Repeat("U 1.2.3.4:5060 -> 5.6.7.8:5060 .", 1<<20/32),
	// One line of one kind repeated: a flattened paste (review M2).
	"status lines":    strings.Repeat("SIP/2.0 200 OK ", 1<<20/15),
	"request lines":   strings.Repeat("INVITE sip:a@b SIP/2.0 ", 1<<20/23),
	"stated codes":    strings.Repeat("error 486 returned ", 1<<20/19),
	"numbers":         strings.Repeat("1 ", 1<<19),
	"vendor codes":    strings.Repeat("Teams subcode 560403 (477/SL) DiagCode: 500#3003 PJSIP_EAUTHNOAUTH [904] nua ", 1<<20/78),
	"words no spaces": strings.Repeat("返回超时", 1<<20/12),
}

func BenchmarkExplainAdversarial(b *testing.B) {
	for name, text := range adversarial {
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Explain(text)
			}
		})
	}
}
