package main

import (
	"os"
	"strings"
	"testing"

	"github.com/sipcodes/sipcodes/trace"
)

func TestRenderLinksEveryValueUnderTheBase(t *testing.T) {
	text, err := os.ReadFile("../../trace/testdata/corpus/027-linphone-belle-sip-480-normal-clearing.txt")
	if err != nil {
		t.Fatal(err)
	}
	page := strings.Join(render(trace.Explain(string(text)), "/sipcodes"), "")
	for _, want := range []string{
		`<h2 id="headline-heading">What failed: <a href="/sipcodes/480">480 Temporarily Unavailable</a></h2>`,
		`<a href="/sipcodes/reason#q850">Q.850</a> cause <a href="/sipcodes/cause/16">16</a>`,
		`<p class="meaning">Class 1. `,
		`<ol class="ladder" start="1">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("missing %s", want)
		}
	}
}

// Edge cases: what a trace says is text, never markup; FreeSWITCH's own
// causes link to their cause page; long ladders come in parts.
func TestRenderEscapesAndSplits(t *testing.T) {
	e := trace.Explain("SIP/2.0 480 <b>Gone</b>\nWarning: 399 <i>gw</i> \"<script>alert(1)</script>\"\nReason: SIP;cause=804;text=\"MEDIA_TIMEOUT\"\n")
	page := strings.Join(render(e, ""), "")
	if strings.Contains(page, "<script>") || strings.Contains(page, "<b>") || strings.Contains(page, "<i>") {
		t.Errorf("unescaped markup from the trace: %s", page)
	}
	if !strings.Contains(page, `<a href="/cause/804">804</a> (MEDIA_TIMEOUT)`) {
		t.Errorf("FreeSWITCH's cause is not linked to its page: %s", page)
	}
	var long strings.Builder
	for range 250 {
		long.WriteString("SIP/2.0 100 Trying\n")
	}
	parts := render(trace.Explain(long.String()), "")
	if ladders := strings.Count(strings.Join(parts, ""), `<ol class="ladder"`); ladders != 3 {
		t.Errorf("250 messages in %d ladder parts, want 3", ladders)
	}
}

// TestCapitalizeTakesAWholeLetter: an error may begin with a letter of
// several bytes, which capitalizing its first byte alone would break.
func TestCapitalizeTakesAWholeLetter(t *testing.T) {
	for in, want := range map[string]string{"échec": "Échec", "binary": "Binary", "": "", "Ok": "Ok"} {
		if got := capitalize(in); got != want {
			t.Errorf("capitalize(%q) = %q, want %q", in, got, want)
		}
	}
}
