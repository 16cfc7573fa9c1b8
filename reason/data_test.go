package reason

import (
	"regexp"
	"strings"
	"testing"
)

var refURL = regexp.MustCompile(`^https://www\.rfc-editor\.org/rfc/rfc[1-9][0-9]{3}(#section-[1-9][0-9]*(\.[0-9]+)*)?$`)

func plain(t *testing.T, what string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if strings.ContainsAny(s, "<>`\"\\") || strings.Contains(s, "  ") {
			t.Errorf("%s: plain text only, and no \" or \\ (it may go into HTML attributes): %q", what, s)
		}
	}
}

func TestEveryEntryIsCompleteAndPlain(t *testing.T) {
	for _, p := range Protocols() {
		if p.Causes == "" || p.Reference == "" {
			t.Errorf("%s: needs its cause values and reference", p.Token)
		}
		plain(t, p.Token, p.Token, p.Causes, p.Reference, p.Note)
		for _, r := range p.Refs {
			if !refURL.MatchString(r.URL()) {
				t.Errorf("%s: malformed link %s", p.Token, r.URL())
			}
		}
		for _, v := range p.Values {
			if v.Text == "" || v.Meaning == "" {
				t.Errorf("%s %d: needs a text and a meaning", p.Token, v.Cause)
			}
			plain(t, p.Token, v.Text, v.Meaning)
		}
	}
	for _, p := range Params() {
		if len(p.Refs) == 0 {
			t.Errorf("param %s needs a reference", p.Name)
		}
		plain(t, p.Name, p.Name, p.For, p.Meaning)
	}
	for i, l := range Locations() {
		if l.Value != i {
			t.Errorf("location %s out of order", l.Name)
		}
		plain(t, l.Name, l.Name, l.Meaning)
	}
	for _, r := range Rules() {
		plain(t, "rule", r.Text)
	}
	for _, u := range UnregisteredProtocols() {
		plain(t, u.Token, u.Sender, u.Note)
	}
	if l, ok := LookupLocation("ln"); !ok || l.Value != 2 {
		t.Errorf("LookupLocation(ln) = %+v", l)
	}
	if _, ok := LookupLocation("LOC-16"); ok {
		t.Error("there are 16 locations, 0 to 15")
	}
}

// D3, D4 (data check at d554331): RFC 9366 allows several values of one
// protocol; RFC 4411 registers the token as "Preemption".
func TestD3D4(t *testing.T) {
	found := false
	for _, r := range rules {
		if strings.Contains(r.Text, "RFC 9366") {
			found = true
		}
	}
	if !found {
		t.Error("the rules do not say that RFC 9366 allows several values of one protocol")
	}
	p, _ := LookupProtocol("preemption")
	if !strings.Contains(p.Note, "registers the token as Preemption") {
		t.Errorf("Preemption note: %q", p.Note)
	}
}
