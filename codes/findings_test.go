package codes

import (
	"slices"
	"strings"
	"testing"
)

// The tests in this file pin the corrections made after the data review at
// da013da (shared/reference/data-findings-da013da.md, issue 12 item 9): one
// test per finding, asserting the reference and the key facts rather than
// whole sentences, so that a later rewrite of the wording cannot bring the
// mistake back.

// hasRef reports whether c cites RFC rfc at section sec.
func hasRef(c Code, rfc int, sec string) bool {
	return slices.Contains(c.Refs, Ref{RFC: rfc, Section: sec})
}

// mentions reports whether s contains every one of the phrases, ignoring case.
func mentions(s string, phrases ...string) bool {
	s = strings.ToLower(s)
	for _, p := range phrases {
		if !strings.Contains(s, strings.ToLower(p)) {
			return false
		}
	}
	return true
}

// anyMentions reports whether one of the texts contains every one of the phrases.
func anyMentions(texts []string, phrases ...string) bool {
	return slices.ContainsFunc(texts, func(s string) bool { return mentions(s, phrases...) })
}

// header returns the reason given for header name in c, or "".
func header(c Code, name string) string {
	for _, h := range c.Headers {
		if h.Name == name {
			return h.Why
		}
	}
	return ""
}

// related returns the reason given for the related code n in c, or "".
func related(c Code, n int) string {
	for _, r := range c.Related {
		if r.Code == n {
			return r.Why
		}
	}
	return ""
}

// allText is every sentence of an entry, for checks that a claim is gone everywhere.
func allText(c Code) []string {
	out := slices.Concat([]string{c.Summary, c.Description, c.StatusNote, c.HTTP}, c.Causes, c.Checks)
	for _, h := range c.Headers {
		out = append(out, h.Why)
	}
	for _, r := range c.Related {
		out = append(out, r.Why)
	}
	return out
}

// E1: RFC 7647 §5 extends the RFC 6665 ban on 202 to REFER.
func TestFinding202BanReachesREFER(t *testing.T) {
	c := mustLookup(t, Accepted)
	if !hasRef(c, 7647, "5") {
		t.Error("202 must cite RFC 7647 §5, which extends the 202 ban to REFER")
	}
	if !mentions(c.StatusNote, "RFC 7647 §5", "REFER") {
		t.Errorf("202 status note must say that RFC 7647 §5 bans it for REFER too: %q", c.StatusNote)
	}
	if !mentions(c.Description, "RFC 7647 §5", "REFER", "200") {
		t.Errorf("202 description must say a REFER is now answered 200 (RFC 7647 §5): %q", c.Description)
	}
	if !mentions(c.Description, "RFC 3428 §7", "should") {
		t.Errorf("202 description must keep the MESSAGE relay case as a should (RFC 3428 §7): %q", c.Description)
	}
	for _, s := range allText(c) {
		if mentions(s, "ban does not reach") || mentions(s, "REFER recipient to answer 202") {
			t.Errorf("202 must not say the ban leaves REFER alone: %q", s)
		}
	}
}

// E2: a REFER recipient must answer 200, not "may equally" answer 200.
func TestFinding202REFERMustAnswer200(t *testing.T) {
	c := mustLookup(t, Accepted)
	if !anyMentions(c.Checks, "RFC 7647 §5", "must answer 200", "never 202") {
		t.Errorf("202 checks must say a REFER recipient must answer 200, never 202 (RFC 7647 §5): %q", c.Checks)
	}
	for _, s := range allText(c) {
		if mentions(s, "equally valid") || mentions(s, "any 2xx accepts a REFER") {
			t.Errorf("202 must not present 200 to REFER as merely equally valid: %q", s)
		}
	}
	if !anyMentions(c.Causes, "REFER", "RFC 3515 §2.4.2", "pre-RFC 7647") {
		t.Errorf("the REFER cause of 202 must be marked as pre-RFC 7647 behaviour: %q", c.Causes)
	}
}

// E3: 425 is for an alert that is referenced but unusable or not found, and
// never for a request that carries no alert at all.
func TestFinding425NeedsAnAlertInTheRequest(t *testing.T) {
	c := mustLookup(t, BadAlertMessage)
	for _, s := range allText(c) {
		if mentions(s, "has no CAP payload") || mentions(s, "when that payload is missing") || mentions(s, "is missing or unusable") {
			t.Errorf("425 must not say it answers a request without an alert: %q", s)
		}
	}
	if !anyMentions(c.Causes, "references a CAP alert", "EmergencyCallData.cap", "101") {
		t.Errorf("425 cause for AlertMsg-Error 101 must be a referenced alert that cannot be found: %q", c.Causes)
	}
	if !mentions(c.Description, "never sent to a request that carries no alert") {
		t.Errorf("425 description must state the RFC 8876 §5.1 rule: %q", c.Description)
	}
	if !anyMentions(c.Checks, "RFC 8876 §5.1", "no alert") {
		t.Errorf("425 checks must state the RFC 8876 §5.1 rule: %q", c.Checks)
	}
}

// I1: 425 cites the sections of RFC 8876 that define it, not the whole RFC.
func TestFinding425Sections(t *testing.T) {
	c := mustLookup(t, BadAlertMessage)
	if c.Refs[0] != (Ref{RFC: 8876, Section: "5.1"}) {
		t.Errorf("425's primary reference must be RFC 8876 §5.1, got %s", c.Refs[0])
	}
	for _, sec := range []string{"5.2", "4.1"} {
		if !hasRef(c, 8876, sec) {
			t.Errorf("425 must cite RFC 8876 §%s", sec)
		}
	}
	if hasRef(c, 8876, "") {
		t.Error("425 must not cite RFC 8876 without a section")
	}
}

// I2: AlertMsg-Error is mandatory in a 425 and allowed in other responses too.
func TestFinding425AlertMsgErrorRequired(t *testing.T) {
	why := header(mustLookup(t, BadAlertMessage), "AlertMsg-Error")
	if !strings.HasPrefix(why, "Required (RFC 8876 §5.1)") {
		t.Errorf("AlertMsg-Error must be marked Required (RFC 8876 §5.1): %q", why)
	}
	if !mentions(why, "other responses", "RFC 8876 §5.2") {
		t.Errorf("AlertMsg-Error must say it may appear in other responses (RFC 8876 §5.2): %q", why)
	}
	if mentions(why, "for this response") {
		t.Errorf("AlertMsg-Error is not specific to 425: %q", why)
	}
}

// I3: RFC 6665 §8.2.1 compares event types byte by byte only to match a
// NOTIFY to its SUBSCRIBE; it says nothing about case for package support.
func TestFinding489NoByteByByteClaim(t *testing.T) {
	for _, s := range allText(mustLookup(t, BadEvent)) {
		if mentions(s, "byte by byte") || mentions(s, "8.2.1") || mentions(s, "wrong case") {
			t.Errorf("489 must not tie package support to the §8.2.1 NOTIFY matching rule: %q", s)
		}
	}
}

// I10: the INFO/Recv-Info race is described in RFC 6086 §4.2.1.
func TestFinding469RaceSection(t *testing.T) {
	c := mustLookup(t, BadInfoPackage)
	if !anyMentions(c.Causes, "crossed", "RFC 6086 §4.2.1") {
		t.Errorf("469's race cause must cite RFC 6086 §4.2.1: %q", c.Causes)
	}
}

// I12: RFC 5079 §3 has four anonymity tests; the fourth is a From URI with
// an explicit mark of anonymity.
func TestFinding433FourAnonymityTests(t *testing.T) {
	c := mustLookup(t, AnonymityDisallowed)
	for _, p := range []string{"anonymous.invalid", "explicit", "'Anonymous'", "Privacy", "'id'", "'user'"} {
		if !mentions(c.Description, p) {
			t.Errorf("433 description must name the RFC 5079 §3 test %q: %q", p, c.Description)
		}
	}
	if !anyMentions(c.Checks, "anonymous.invalid", "explicitly marked anonymous") {
		t.Errorf("433 checks must list the explicit-anonymity From test: %q", c.Checks)
	}
}

// I8: RFC 8224 §6.2.2 says a verifier *may* send 403 for a stale Date or
// full-form iat, with 'Stale Date' as a suggested phrase.
func TestFindingStaleDateIsAMay(t *testing.T) {
	for _, n := range []int{UseIdentityHeader, BadIdentityInfo, UnsupportedCredential, InvalidIdentityHeader} {
		why := related(mustLookup(t, n), Forbidden)
		if !mentions(why, "may", "Stale Date", "RFC 8224 §6.2.2") || !mentions(why, "Date") || !mentions(why, "iat") {
			t.Errorf("%d: the 403 'Stale Date' note must be a may, for a stale Date or iat (RFC 8224 §6.2.2): %q", n, why)
		}
		if mentions(why, "gets 403") || mentions(why, "signature is too old") || mentions(why, "use 403") {
			t.Errorf("%d: the 403 note must not present the may as a certainty: %q", n, why)
		}
	}
}
