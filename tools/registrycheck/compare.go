package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/reason"
	"github.com/sipcodes/sipcodes/warning"
)

// The comparisons below take the rows of one registry table and return one
// readable line per difference from the package that mirrors it, in
// registry order first and then in package order. No lines means the
// package and the registry agree.

// deprecatedSuffix is how IANA marks a deprecated response code: it writes
// the status into the description, "Accepted (Deprecated)".
const deprecatedSuffix = " (Deprecated)"

// eachNumber runs check on every row whose number reads and is not listed
// twice, adding a line for each row that fails either; it returns the lines
// and the numbers seen.
func eachNumber(rows []Row, check func(n int, row Row, out []string) []string) ([]string, map[int]bool) {
	var out []string
	seen := map[int]bool{}
	for _, row := range rows {
		n, ok := number(row.Value)
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("cannot read registry row: %q %q", row.Value, row.Text))
		case seen[n]:
			out = append(out, fmt.Sprintf("listed twice in the registry: %d", n))
		default:
			seen[n] = true
			out = check(n, row, out)
		}
	}
	return out, seen
}

// CompareCodes compares the Response Codes table with package codes: every
// registered number must be known to codes.IsRegistered with the same
// phrase and the same deprecation, and every code in codes.All must still be
// in the table.
func CompareCodes(rows []Row) []string {
	out, seen := eachNumber(rows, func(n int, row Row, out []string) []string {
		phrase, deprecated := strings.CutSuffix(row.Text, deprecatedSuffix)
		if !codes.IsRegistered(n) {
			line := "missing in sipcodes: " + withRefs(strings.TrimSpace(fmt.Sprintf("%d %s", n, phrase)), row)
			if _, ok := codes.LookupUnregistered(n); ok {
				line += "; sipcodes lists it among the unregistered codes"
			}
			return append(out, line)
		}
		c, _ := codes.Lookup(n)
		if c.Phrase != phrase {
			out = append(out, fmt.Sprintf("phrase differs: %d registry '%s' vs sipcodes '%s'", n, phrase, c.Phrase))
		}
		switch {
		case deprecated && c.Status != codes.Deprecated:
			out = append(out, fmt.Sprintf("status differs: %d registry deprecated vs sipcodes %s", n, c.Status))
		case !deprecated && c.Status == codes.Deprecated:
			out = append(out, fmt.Sprintf("status differs: %d registry not deprecated vs sipcodes %s", n, c.Status))
		}
		return out
	})
	for _, c := range codes.All() {
		if !seen[c.Number] {
			out = append(out, fmt.Sprintf("not in the registry any more: %d %s", c.Number, c.Phrase))
		}
	}
	return out
}

// CompareWarnings compares the Warning Codes table with package warning.
// IANA's description cell holds the warn-text followed by a colon and an
// explanation; only the warn-text is compared.
func CompareWarnings(rows []Row) []string {
	out, seen := eachNumber(rows, func(n int, row Row, out []string) []string {
		text := warnText(row.Text)
		w, ok := warning.Lookup(n)
		if !ok {
			line := "missing in sipcodes: " + withRefs(strings.TrimSpace(fmt.Sprintf("%d %s", n, text)), row)
			if _, ok := warning.LookupUnregistered(n); ok {
				line += "; sipcodes lists it among the unregistered warn-codes"
			}
			return append(out, line)
		}
		if w.Text != text {
			out = append(out, fmt.Sprintf("text differs: %d registry '%s' vs sipcodes '%s'", n, text, w.Text))
		}
		return out
	})
	for _, w := range warning.All() {
		if !seen[w.Code] {
			out = append(out, fmt.Sprintf("not in the registry any more: %d %s", w.Code, w.Text))
		}
	}
	return out
}

// CompareReasons compares the Reason Protocols table with package reason:
// the token (spelled exactly as registered, although matching ignores case)
// and the documents its reference cites. References are compared by the
// documents they name, so "3GPP TS 24.229 v14.4.0" and "3GPP TS 24.229"
// agree, while "RFC 9410" and "RFC 8224" do not.
func CompareReasons(rows []Row) []string {
	var out []string
	seen := map[string]bool{}
	for _, row := range rows {
		key := strings.ToLower(row.Value)
		if seen[key] {
			out = append(out, fmt.Sprintf("listed twice in the registry: %s", row.Value))
			continue
		}
		seen[key] = true
		p, ok := reason.LookupProtocol(row.Value)
		if !ok {
			line := "missing in sipcodes: " + withRefs(row.Value, row)
			if _, ok := reason.LookupUnregistered(row.Value); ok {
				line += "; sipcodes lists it among the unregistered protocols"
			}
			out = append(out, line)
			continue
		}
		if p.Token != row.Value {
			out = append(out, fmt.Sprintf("token spelling differs: registry '%s' vs sipcodes '%s'", row.Value, p.Token))
		}
		if !sameDocuments(row.RefString(), p.Reference) {
			out = append(out, fmt.Sprintf("reference differs: %s registry '%s' vs sipcodes '%s'", row.Value, row.RefString(), p.Reference))
		}
	}
	for _, p := range reason.Protocols() {
		if !seen[strings.ToLower(p.Token)] {
			out = append(out, "not in the registry any more: "+p.Token)
		}
	}
	return out
}

// number reads a three-digit code.
func number(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 100 && n <= 999
}

// warnText is the warn-text of an IANA warn-code description: what comes
// before the first colon, or the whole cell when there is none.
func warnText(desc string) string {
	text, _, _ := strings.Cut(desc, ":")
	return strings.TrimSpace(text)
}

func withRefs(s string, row Row) string {
	if refs := row.RefString(); refs != "" {
		return s + " (" + refs + ")"
	}
	return s
}

// document finds the names of specifications in a reference.
var document = regexp.MustCompile(`(?i)\bRFC ?\d+|\b3GPP TS \d+\.\d+|\bITU-T [A-Z]\.\d+|\bdraft-[a-z0-9-]+`)

// documents returns the specifications a reference names, normalized and
// sorted.
func documents(ref string) []string {
	var docs []string
	for _, d := range document.FindAllString(ref, -1) {
		d = strings.ToUpper(strings.ReplaceAll(d, " ", ""))
		if rest, ok := strings.CutPrefix(d, "RFC"); ok {
			d = "RFC " + rest
		}
		docs = append(docs, d)
	}
	slices.Sort(docs)
	return slices.Compact(docs)
}

// sameDocuments reports whether two references name the same specifications;
// when neither names one it compares the text itself, ignoring case.
func sameDocuments(a, b string) bool {
	da, db := documents(a), documents(b)
	if len(da) == 0 && len(db) == 0 {
		return strings.EqualFold(collapse(a), collapse(b))
	}
	return slices.Equal(da, db)
}
