//go:build !wasm

package app

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/answer"
	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/lookup"
	"github.com/sipcodes/sipcodes/vendors"
	"github.com/sipcodes/sipcodes/warning"
)

// servedView renders a page the app keeps as served, when the site is generated.
func servedView(l location) goapp.UI {
	switch l.view {
	case ViewCode:
		return &codeView{Number: l.code}
	case ViewUnknown:
		return &unknownView{Number: l.code}
	case ViewWarning:
		return &warningView{Number: l.code}
	case ViewWarnings:
		return &warningsView{}
	case ViewCause:
		return &causeView{Number: l.code}
	case ViewCauses:
		return &causesView{}
	case ViewExplain:
		return &explainView{}
	case ViewNotFound:
		return &notFoundView{}
	case ViewVendors:
		return &vendorsView{}
	case ViewNamespace:
		return &namespaceView{ID: l.namespace}
	case ViewVendor:
		return &vendorView{ID: l.namespace, Code: l.vendorCode}
	}
	return &reasonView{}
}

// keepServedPage, keepServedChrome and needsFullLoad only
// matter in the browser (served_browser.go, chrome_browser.go).
func keepServedPage(location, string) {}
func keepServedChrome()               {}

func needsFullLoad(location, bool) bool { return false }

// numbersTheRowsAnswer lists, space-separated, the numbers of one to three
// digits whose results on the list l are exactly its served rows whose
// code starts with the number, in their order, with that start marked:
// start.js answers those numbers from the rows before the app runs, and
// the app then paints the same. Each is checked here against the search.
func numbersTheRowsAnswer(l listLocation) string {
	rowNumbersMu.Lock()
	defer rowNumbersMu.Unlock()
	if n, ok := rowNumbers[l]; ok {
		return n
	}
	rowNumbers[l] = findNumbersTheRowsAnswer(l)
	return rowNumbers[l]
}

// rowNumbers holds numbersTheRowsAnswer's answer per list: go-app renders
// a list more than once, and each answer takes some thousand searches.
var (
	rowNumbersMu sync.Mutex
	rowNumbers   = map[listLocation]string{}
)

func findNumbersTheRowsAnswer(l listLocation) string {
	list := l.answerList()
	rows := list.Results()
	var answered []string
	for _, q := range numberPrefixes() {
		var fromRows strings.Builder
		for _, h := range rows {
			number := strconv.Itoa(h.Response.Code.Number)
			if !strings.HasPrefix(number, q) {
				continue
			}
			row := answer.Items([]lookup.Hit{h}, rootPrefix())
			fromRows.WriteString(strings.Replace(row, `<span class="code-number">`+number+`</span>`,
				`<span class="code-number"><mark>`+q+`</mark>`+number[len(q):]+`</span>`, 1))
		}
		list.Query = q
		if fromRows.Len() > 0 && fromRows.String() == answer.Items(list.Results(), rootPrefix()) {
			answered = append(answered, q)
		}
	}
	return strings.Join(answered, " ")
}

// numberPrefixes are every string of one to three digits: "0"…"9",
// "00"…"99", "000"…"999".
func numberPrefixes() []string {
	var all []string
	for width, count := 1, 10; width <= 3; width, count = width+1, count*10 {
		for n := range count {
			all = append(all, fmt.Sprintf("%0*d", width, n))
		}
	}
	return all
}

// servedMeta is a served page's title and description.
func servedMeta(l location) (title, description string) {
	const site = "sipcodes"
	switch l.view {
	case ViewCode:
		c, _ := codes.Lookup(l.code)
		return fmt.Sprintf("%d %s: SIP response code | %s", c.Number, c.Phrase, site), c.Summary
	case ViewUnknown:
		return fmt.Sprintf("%d is not a registered SIP response code | %s", l.code, site),
			fmt.Sprintf("SIP %d is not in the IANA registry: how clients treat it and the registered codes near it.", l.code)
	case ViewWarning:
		if w, ok := warning.Lookup(l.code); ok {
			return fmt.Sprintf("Warning %d %s: SIP Warning code | %s", w.Code, w.Text, site), w.Summary
		}
		return fmt.Sprintf("%d is not a registered SIP Warning code | %s", l.code, site), warning.Describe(l.code)
	case ViewWarnings:
		return "SIP Warning codes: every warn-code explained | " + site,
			"Every registered SIP Warning code (warn-code) in plain words: what it means, the responses it comes with, what to check."
	case ViewCause:
		if c, ok := cause.Lookup(l.code); ok && c.Assigned {
			return fmt.Sprintf("Q.850 cause %d %s: its SIP response | %s", c.Value, c.Name, site), c.Explanation
		}
		return fmt.Sprintf("%d is not a Q.850 cause | %s", l.code, site), cause.Describe(l.code)
	case ViewCauses:
		return "Q.850 cause values and the SIP responses they become | " + site,
			"Every ITU-T Q.850 cause in plain words, with its RFC 3398 SIP response and its FreeSWITCH and Asterisk names."
	case ViewVendors:
		return "Vendor SIP codes: sofia-sip, Kamailio, pjsip, Teams, Twilio, Telnyx | " + site,
			"The codes SIP stacks, platforms and carriers add beside the registered ones, each with its source."
	case ViewNamespace:
		ns, _ := vendors.ByID(l.namespace)
		return ns.Name + " | " + site, ns.About
	case ViewVendor:
		ns, entries := vendorEntries(l.namespace, l.vendorCode)
		e := entries[0]
		return fmt.Sprintf("%s %s %s | %s", ns.Owner, e.Code, e.Name, site), e.Summary
	case ViewExplain:
		return "Explain a SIP trace: which response failed, and why | " + site,
			"Paste a SIP trace or log and see the response that really failed, every Reason and Warning decoded, and what to check. It never leaves your browser."
	}
	return "The SIP Reason header: every protocol and cause | " + site,
		"The Reason header explained: SIP, Q.850, Preemption, STIR and the 3GPP protocols, their cause values and parameters."
}

// refLink links an RFC reference to rfc-editor.org.
func refLink(r codes.Ref) goapp.UI {
	return goapp.A().Href(r.URL()).Rel("external").Text(r.String())
}

func codeHref(n int) string { return href(paths.Code(n)) }

func warningHref(n int) string { return href(paths.Warning(n)) }

func causeHref(n int) string { return href(paths.Cause(n)) }
