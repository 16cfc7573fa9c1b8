package codes

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// common lists the codes engineers meet daily; each needs practical advice.
var common = []int{100, 180, 181, 182, 183, 200, 202, 301, 302, 400, 401, 403, 404, 405, 407, 408, 410,
	413, 415, 420, 422, 423, 480, 481, 482, 483, 484, 486, 487, 488, 489, 491, 500, 501, 502, 503, 504, 513,
	600, 603, 604, 606, 607, 608}

// requiredHeaders are the headers a code must name because an RFC requires them.
var requiredHeaders = map[int][]string{
	300: {"Contact"}, 301: {"Contact"}, 302: {"Contact"}, 305: {"Contact"},
	401: {"WWW-Authenticate"}, 405: {"Allow"}, 407: {"Proxy-Authenticate"}, 415: {"Accept"},
	420: {"Unsupported"}, 421: {"Require"}, 422: {"Min-SE"}, 423: {"Min-Expires"},
	469: {"Recv-Info"}, 488: {"Warning"}, 606: {"Warning"},
}

// retryAfter lists where RFC 3261 Table 3 allows Retry-After.
var retryAfter = []int{404, 413, 480, 486, 500, 503, 600, 603}

var refURL = regexp.MustCompile(`^https://www\.rfc-editor\.org/rfc/rfc[1-9][0-9]{3}(#section-[1-9][0-9]*(\.[0-9]+)*)?$`)

func TestEveryEntryIsComplete(t *testing.T) {
	aliasOwner := map[string]int{}
	for _, c := range allFull() {
		if c.Summary == "" || len(c.Summary) > 90 || strings.HasSuffix(c.Summary, ".") {
			t.Errorf("%d: summary must be one line of at most 90 characters without a final period: %q", c.Number, c.Summary)
		}
		if n := sentences(c.Description); n < 2 || n > 5 {
			t.Errorf("%d: description has %d sentences, want 2 to 5", c.Number, n)
		}
		if len(c.Refs) == 0 {
			t.Errorf("%d: no reference", c.Number)
		}
		for _, r := range c.Refs {
			if !refURL.MatchString(r.URL()) {
				t.Errorf("%d: malformed reference link %s", c.Number, r.URL())
			}
		}
		for _, r := range c.Related {
			if !IsRegistered(r.Code) || r.Code == c.Number || r.Why == "" {
				t.Errorf("%d: related %d must be another registered code, with a reason", c.Number, r.Code)
			}
		}
		for _, h := range c.Headers {
			if h.Name == "" || h.Why == "" {
				t.Errorf("%d: header %q needs a name and a reason", c.Number, h.Name)
			}
			if h.Name == "Retry-After" && !slices.Contains(retryAfter, c.Number) && c.Number < 400 {
				t.Errorf("%d: Retry-After is not allowed here", c.Number)
			}
		}
		for _, a := range c.Aliases {
			key := normalize(a)
			if strings.EqualFold(a, c.Phrase) {
				t.Errorf("%d: alias %q is just the phrase", c.Number, a)
			}
			if other, dup := aliasOwner[key]; dup {
				t.Errorf("alias %q belongs to both %d and %d", a, other, c.Number)
			}
			aliasOwner[key] = c.Number
		}
		if strings.ContainsAny(c.Phrase+c.Summary, `"\`) {
			t.Errorf("%d: the phrase and summary go into HTML attributes: no \" or \\", c.Number)
		}
		if (c.Status == Registered) != (c.StatusNote == "") {
			t.Errorf("%d: a status note goes with a deprecated or renamed code, and only then", c.Number)
		}
		for _, s := range slices.Concat([]string{c.Summary, c.Description, c.HTTP, c.StatusNote}, c.Causes, c.Checks) {
			if strings.ContainsAny(s, "<>`") || strings.Contains(s, "  ") {
				t.Errorf("%d: plain text only: %q", c.Number, s)
			}
		}
	}
}

func sentences(s string) int {
	s = strings.NewReplacer("e.g.", "eg", "i.e.", "ie", "etc.", "etc", "vs.", "vs").Replace(s)
	return len(regexp.MustCompile(`[.!?](\s|$)`).FindAllString(s, -1))
}

func TestCommonCodesCarryAdvice(t *testing.T) {
	for _, c := range allFull() {
		want := slices.Contains(common, c.Number)
		if c.Common != want {
			t.Errorf("%d: Common = %v, want %v", c.Number, c.Common, want)
		}
		if want && (len(c.Causes) < 2 || len(c.Checks) < 2) {
			t.Errorf("%d: a common code needs at least two causes and two checks (has %d, %d)", c.Number, len(c.Causes), len(c.Checks))
		}
	}
}

func TestRequiredHeaders(t *testing.T) {
	for n, names := range requiredHeaders {
		c := mustLookup(t, n)
		for _, name := range names {
			if !slices.ContainsFunc(c.Headers, func(h Header) bool { return h.Name == name }) {
				t.Errorf("%d must list the %s header", n, name)
			}
		}
	}
	for _, n := range retryAfter {
		c := mustLookup(t, n)
		if !slices.ContainsFunc(c.Headers, func(h Header) bool { return h.Name == "Retry-After" }) {
			t.Errorf("%d: RFC 3261 allows Retry-After; say so", n)
		}
	}
}

func TestStatuses(t *testing.T) {
	for _, c := range allFull() {
		want := Registered
		switch c.Number {
		case Accepted:
			want = Deprecated
		case BadIdentityInfo, UnsupportedCredential:
			want = Renamed
		}
		if c.Status != want {
			t.Errorf("%d: status %s, want %s", c.Number, c.Status, want)
		}
	}
	for n, old := range map[int]string{436: "Bad Identity-Info", 437: "Unsupported Certificate"} {
		if !slices.Contains(mustLookup(t, n).Aliases, old) {
			t.Errorf("%d must keep its old name %q as an alias", n, old)
		}
	}
}

func TestWrongPhrasesAreAliases(t *testing.T) {
	for phrase, n := range map[string]int{
		"Request Time-out": 408, "Temporarily not available": 480, "Call Leg/Transaction Does Not Exist": 481,
		"Internal Server Error": 500, "Gateway Time-out": 504, "SIP Version not supported": 505,
		"Request-URI Too Large": 414,
	} {
		if !slices.ContainsFunc(mustLookup(t, n).Aliases, func(a string) bool { return strings.EqualFold(a, phrase) }) {
			t.Errorf("%d should have the alias %q", n, phrase)
		}
	}
}

func TestHTTPDifferences(t *testing.T) {
	for _, n := range []int{100, 204, 302, 412, 416, 417, 421, 422, 423, 424, 425, 428, 429} {
		if mustLookup(t, n).HTTP == "" {
			t.Errorf("%d means something else in HTTP; say how", n)
		}
	}
}
