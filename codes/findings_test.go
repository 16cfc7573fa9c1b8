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
func hasRef(c full, rfc int, sec string) bool {
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
func header(c full, name string) string {
	for _, h := range c.Headers {
		if h.Name == name {
			return h.Why
		}
	}
	return ""
}

// related returns the reason given for the related code n in c, or "".
func related(c full, n int) string {
	for _, r := range c.Related {
		if r.Code == n {
			return r.Why
		}
	}
	return ""
}

// allText is every sentence of an entry, for checks that a claim is gone everywhere.
func allText(c full) []string {
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

// I12: RFC 3398 §7.2.4.1 maps causes 58 and 88 to 503 as well.
func TestFinding503AllRFC3398Causes(t *testing.T) {
	c := mustLookup(t, ServiceUnavailable)
	var listed []int
	for _, r := range CausesForCode(ServiceUnavailable) {
		listed = append(listed, r.Cause)
	}
	if !slices.Equal(listed, []int{34, 38, 41, 42, 47, 58, 88}) {
		t.Fatalf("the RFC 3398 table has changed under the 503 text: %v", listed)
	}
	if !anyMentions(c.Causes, "RFC 3398 §7.2.4.1", "34, 38, 41, 42, 47, 58 and 88") {
		t.Errorf("503's gateway cause must list every cause RFC 3398 §7.2.4.1 maps to 503: %q", c.Causes)
	}
}

// I6: under RFC 8599 §5.6.1.1 a proxy finding the interval too short sends
// 423 or forwards the REGISTER.
func TestFinding555Sends423OrForwards(t *testing.T) {
	why := related(mustLookup(t, PushNotificationServiceNotSupported), IntervalTooBrief)
	if !mentions(why, "RFC 8599 §5.6.1.1", "423", "or forwards the REGISTER") {
		t.Errorf("555's 423 note must say the proxy sends 423 or forwards (RFC 8599 §5.6.1.1): %q", why)
	}
}

// I7: a 2xx lists every supported push service only for a query with an
// empty pn-provider (RFC 8599 §4.1.5, §5.6.1.2).
func TestFinding555FeatureCapsOnlyForQuery(t *testing.T) {
	why := header(mustLookup(t, PushNotificationServiceNotSupported), "Feature-Caps")
	if !mentions(why, "sip.pns", "empty pn-provider", "RFC 8599 §4.1.5", "§5.6.1.2") {
		t.Errorf("555 Feature-Caps must limit the full sip.pns list to an empty-pn-provider query: %q", why)
	}
	if mentions(why, "for each push service the network supports") {
		t.Errorf("555 Feature-Caps must not promise every service in any 2xx: %q", why)
	}
}

// I4: sip.607 means the provider supports and will process 607, with no
// particular action implied (RFC 8197 §5.2, §4).
func TestFinding607FeatureCaps(t *testing.T) {
	why := header(mustLookup(t, Unwanted), "Feature-Caps")
	if !mentions(why, "sip.607", "will process", "no particular action", "RFC 8197 §5.2", "§4") {
		t.Errorf("607 Feature-Caps must say supports and will process, no action implied: %q", why)
	}
	if mentions(why, "acts on") {
		t.Errorf("607 Feature-Caps must not say the provider acts on 607: %q", why)
	}
}

// I5: RFC 8688 makes the Call-Info (§3.1) and the announcement (§3.4) MUSTs.
func TestFinding608MustNotShould(t *testing.T) {
	c := mustLookup(t, Rejected)
	if !mentions(c.Description, "must include a Call-Info", "jwscard", "RFC 8688 §3.1") {
		t.Errorf("608 description must make Call-Info a must (RFC 8688 §3.1): %q", c.Description)
	}
	if mentions(c.Description, "should carry a Call-Info") {
		t.Errorf("608 description must not weaken Call-Info to a should: %q", c.Description)
	}
	why := header(c, "Feature-Caps")
	if !mentions(why, "must put sip.608", "RFC 8688 §3.3", "must be able to convey", "must play", "RFC 8688 §3.4") {
		t.Errorf("608 Feature-Caps must state the RFC 8688 §3.3 and §3.4 musts: %q", why)
	}
	if mentions(why, "should play") {
		t.Errorf("608 Feature-Caps must not weaken the announcement to a should: %q", why)
	}
}

// I9: RFC 3398 §7.2.9 maps a CPG to 181 only when bridging SIP with
// encapsulated ISUP; §8.2.3 maps 181 to CPG event 6.
func TestFinding181RFC3398Directions(t *testing.T) {
	c := mustLookup(t, CallIsBeingForwarded)
	if !anyMentions(c.Causes, "§8.2.3", "event 6", "§7.2.9", "only when", "encapsulated ISUP") {
		t.Errorf("181's gateway cause must give both directions and the §7.2.9 condition: %q", c.Causes)
	}
	if !hasRef(c, 3398, "7.2.9") {
		t.Error("181 must keep RFC 3398 §7.2.9 in Refs")
	}
}

// I11: the class names mix the RFC 3261 §21 headings and the §7.2 list, as
// the ClassInfo.Name comment now says; each must be one of the two.
func TestFindingClassNamesFromRFC3261(t *testing.T) {
	section7_2 := []string{1: "Provisional", 2: "Success", 3: "Redirection", 4: "Client Error", 5: "Server Error", 6: "Global Failure"}
	section21 := []string{1: "Provisional", 2: "Successful", 3: "Redirection", 4: "Request Failure", 5: "Server Failure", 6: "Global Failures"}
	want := []string{1: "Provisional", 2: "Success", 3: "Redirection", 4: "Request Failure", 5: "Server Failure", 6: "Global Failure"}
	for _, ci := range Classes() {
		n := int(ci.Class)
		if ci.Name != section7_2[n] && ci.Name != section21[n] {
			t.Errorf("%s: %q is neither the RFC 3261 §7.2 name %q nor the §21 heading %q", ci.Class, ci.Name, section7_2[n], section21[n])
		}
		if ci.Name != want[n] {
			t.Errorf("%s: name %q, want %q as documented on ClassInfo.Name", ci.Class, ci.Name, want[n])
		}
		if ci.Ref != (Ref{RFC: 3261, Section: "21." + string(rune('0'+n))}) {
			t.Errorf("%s: reference %s, want RFC 3261 §21.%d", ci.Class, ci.Ref, n)
		}
	}
}

// U1-U4: claims that could not be checked against an RFC text at hand are
// marked as such, and the ones that could be checked cite what they rest on.
func TestUnverifiedClaimsAreMarked(t *testing.T) {
	for _, c := range allFull() {
		for _, s := range allText(c) {
			// U1: RFC 9410 is not among the reference texts.
			if mentions(s, "RFC 9410") && !mentions(s, "RFC 9410, unverified") {
				t.Errorf("%d: an RFC 9410 claim must be marked unverified: %q", c.Number, s)
			}
			// U2: 3GPP specifications are not among the reference texts.
			if mentions(s, "TS 24.229") && !mentions(s, "unverified") {
				t.Errorf("%d: a 3GPP TS 24.229 claim must be marked unverified: %q", c.Number, s)
			}
		}
	}
	// U2: ipsec-3gpp is registered by RFC 3329 itself (Appendix A).
	if c := mustLookup(t, SecurityAgreementRequired); !mentions(c.Description, "ipsec-3gpp", "RFC 3329", "Appendix A") {
		t.Errorf("494 must say RFC 3329 Appendix A registers ipsec-3gpp: %q", c.Description)
	}
	if c := mustLookup(t, SecurityAgreementRequired); !anyMentions(c.Checks, "401 to the first REGISTER", "seen in practice") {
		t.Errorf("494's IMS 401 check must be marked as seen in practice: %q", c.Checks)
	}
	// U3: ES256 rests on RFC 8224 §4.1, not on an unchecked SHAKEN claim.
	c := mustLookup(t, UnsupportedCredential)
	if !anyMentions(c.Checks, "ES256", "RFC 8224 §4.1") || !hasRef(c, 8224, "4.1") {
		t.Errorf("437's ES256 check must cite RFC 8224 §4.1: %q", c.Checks)
	}
	if anyMentions(c.Checks, "SHAKEN PASSporTs use ES256") {
		t.Error("437 must not state the unchecked SHAKEN algorithm claim")
	}
	// U4: the origin of 490 and 687 is hearsay.
	for _, n := range []int{490, 687} {
		u, _ := LookupUnregistered(n)
		if !strings.HasPrefix(u.Origin, "unverified") {
			t.Errorf("%d: origin must be marked unverified: %q", n, u.Origin)
		}
	}
}

// The findings of the data check at d554331
// (shared/reference/data-findings-d554331.md) that live in this package.

// D1: after a 416 to a sips: URI, RFC 5630 §5.1.1 forbids retrying with
// sip: automatically.
func TestD1NoAutomaticRetryWithSip(t *testing.T) {
	c := mustLookup(t, 416)
	if !hasRef(c, 5630, "5.1.1") || mentions(c.Description, "should retry with a sip: URI") || !mentions(c.Description, "never by turning a sips: URI into sip:") {
		t.Errorf("416: %q", c.Description)
	}
}

// D12: a proxy must not recurse on a redirect from sips: to sip: (RFC 5630 §5.3).
// D13: copying Timestamp into a 100 is a MUST, adding the delay a SHOULD.
func TestD12D13(t *testing.T) {
	c := mustLookup(t, 302)
	if !slices.ContainsFunc(c.Checks, func(s string) bool { return mentions(s, "must not recurse", "RFC 5630 §5.1.1, §5.3") }) {
		t.Error("302: a proxy must not recurse on a sips: to sip: redirect (RFC 5630 §5.3)")
	}
	c = mustLookup(t, 100)
	for _, h := range c.Headers {
		if h.Name == "Timestamp" && (!mentions(h.Why, "must copy", "should add the delay") || mentions(h.Why, "plus any delay")) {
			t.Errorf("100 Timestamp: %q", h.Why)
		}
	}
}
