package warning

import (
	"regexp"
	"strings"
	"testing"

	"github.com/sipcodes/sipcodes/codes"
)

var refURL = regexp.MustCompile(`^https://www\.rfc-editor\.org/rfc/rfc[1-9][0-9]{3}(#section-[1-9][0-9]*(\.[0-9]+)*)?$`)

func TestEveryEntryIsComplete(t *testing.T) {
	for _, w := range All() {
		if w.Summary == "" || len(w.Summary) > 100 || strings.HasSuffix(w.Summary, ".") {
			t.Errorf("%d: summary must be one line of at most 100 characters without a final period: %q", w.Code, w.Summary)
		}
		if w.Description == "" || len(w.Checks) == 0 || len(w.Refs) == 0 {
			t.Errorf("%d: needs a description, checks and a reference", w.Code)
		}
		for _, r := range w.Refs {
			if !refURL.MatchString(r.URL()) {
				t.Errorf("%d: malformed reference link %s", w.Code, r.URL())
			}
		}
		for _, n := range w.SeenWith {
			if !codes.IsRegistered(n) || n < 400 {
				t.Errorf("%d: seen with %d, which is not a registered failure code", w.Code, n)
			}
		}
		if strings.ContainsAny(w.Text+w.Summary, `"\`) {
			t.Errorf("%d: the text and summary go into HTML attributes: no \" or \\", w.Code)
		}
		for _, s := range append([]string{w.Summary, w.Description}, w.Checks...) {
			if strings.ContainsAny(s, "<>`") || strings.Contains(s, "  ") {
				t.Errorf("%d: plain text only: %q", w.Code, s)
			}
		}
	}
	for _, u := range UnregisteredCodes() {
		if u.Sender == "" || u.Source == "" || u.Note == "" || strings.ContainsAny(u.Sender+u.Note, `"\<>`) {
			t.Errorf("unregistered %d needs a sender, a source and a plain note", u.Code)
		}
	}
	for i, r := range ranges {
		if i > 0 && r.From != ranges[i-1].To+1 || len(r.Refs) == 0 {
			t.Errorf("range %d-%d must follow the previous one and cite the RFC", r.From, r.To)
		}
	}
}

// D11 (data check at d554331): after a 480 with 380, RFC 5630 §5.3 has a
// proxy forward the best response, which need not be this 480.
func TestD11BestResponse(t *testing.T) {
	w, _ := Lookup(380)
	if !strings.Contains(w.Description, "best response") || strings.Contains(w.Description, "forward it towards the caller") {
		t.Errorf("380: %q", w.Description)
	}
}
