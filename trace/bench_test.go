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
