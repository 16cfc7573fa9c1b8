package cause

import (
	"regexp"
	"strings"
	"testing"
)

func sentences(s string) int {
	s = strings.NewReplacer("e.g.", "eg", "i.e.", "ie", "v1.10.8", "v1").Replace(s)
	return len(regexp.MustCompile(`[.!?](\s|$)`).FindAllString(s, -1))
}

func TestEveryExplanationIsPlain(t *testing.T) {
	for _, e := range explanations {
		if n := sentences(e.Text); n < 1 || n > 3 {
			t.Errorf("%d: %d sentences, want 1 to 3", e.Value, n)
		}
	}
	for n := 0; n <= 127; n++ {
		c, _ := Lookup(n)
		if strings.ContainsAny(c.Name+c.FreeSWITCH.Name+c.Asterisk.Name, `"\`) {
			t.Errorf("%d: names go into HTML attributes: no \" or \\", n)
		}
		if strings.ContainsAny(c.Explanation, "<>`\"\\") || strings.Contains(c.Explanation, "  ") {
			t.Errorf("%d: plain text only: %q", n, c.Explanation)
		}
	}
	for _, c := range internalCauses {
		if strings.ContainsAny(c.Name+c.Note, "<>`\"\\") {
			t.Errorf("%s: plain text only", c.Name)
		}
	}
}
