//go:build !wasm

package app

import (
	"fmt"
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/vendors"
)

// vendorsView lists every vendor namespace: whose, from where, how sure.
type vendorsView struct{ goapp.Compo }

func (v *vendorsView) Render() goapp.UI {
	all := vendors.Namespaces()
	return goapp.Div().Class("reference", "kind-vendor").Aria("labelledby", "vendors-heading").Body(
		goapp.H1().ID("vendors-heading").Text("Vendor codes"),
		goapp.P().Class("summary").Text("Numbers and names that SIP stacks, platforms and carriers put in a failure beside the registered codes. Each table is its vendor's, read from the source named with it; none of them is an IANA registry."),
		goapp.Ul().Class("vendor-list").Body(goapp.Range(all).Slice(func(i int) goapp.UI {
			ns := all[i]
			return goapp.Li().Body(
				goapp.A().Href(href(paths.VendorNamespace(ns.ID))).Text(ns.Name),
				goapp.Text(fmt.Sprintf(": %s, %d entries, from %s.", ns.Owner, len(ns.Entries), ns.Confidence)),
			)
		})),
	)
}

// namespaceView is one vendor's table.
type namespaceView struct {
	goapp.Compo
	ID string
}

func (v *namespaceView) Render() goapp.UI {
	ns, _ := vendors.ByID(v.ID)
	return goapp.Div().Class("reference", "kind-vendor").Aria("labelledby", "namespace-heading").Body(
		breadcrumb("Vendor codes", paths.Vendors),
		goapp.H1().ID("namespace-heading").Text(ns.Name),
		goapp.P().Class("summary").Text(ns.About),
		provenance(ns, ns.Source),
		goapp.Ul().Class("vendor-entries").Body(goapp.Range(ns.Entries).Slice(func(i int) goapp.UI {
			e := ns.Entries[i]
			return goapp.Li().Body(
				goapp.A().Href(href(paths.Vendor(ns.ID, e.Code))).Body(goapp.Span().Class("code").Text(e.Code), goapp.Text(" "+e.Name)),
				goapp.If(e.SIPCode != 0, goapp.Text(fmt.Sprintf(" (stands for %d)", e.SIPCode))),
				goapp.P().Text(e.Summary),
			)
		})),
	)
}

// vendorView is one vendor code: every row its vendor lists for it.
type vendorView struct {
	goapp.Compo
	ID, Code string // Code as in its path (paths.VendorSlug)
}

// vendorEntries finds a namespace's entries by the last part of their path.
func vendorEntries(id, slug string) (*vendors.Namespace, []vendors.Entry) {
	ns, _ := vendors.ByID(id)
	var out []vendors.Entry
	for _, e := range ns.Entries {
		if paths.VendorSlug(e.Code) == slug {
			out = append(out, e)
		}
	}
	return ns, out
}

func (v *vendorView) Render() goapp.UI {
	ns, entries := vendorEntries(v.ID, v.Code)
	e := entries[0]
	body := []goapp.UI{
		breadcrumb(ns.Name, paths.VendorNamespace(ns.ID)),
		goapp.H1().ID("code-heading").Body(
			goapp.Span().Class("kind-label").Text(ns.Owner+" "),
			goapp.Span().Class("code-number").Text(e.Code),
			goapp.Text(" "),
			goapp.Span().Class("code-phrase").Text(e.Name),
		),
		goapp.P().Class("notice").Text("A " + ns.Owner + " code, not an IANA-registered SIP code."),
	}
	for _, e := range entries {
		if len(entries) > 1 {
			body = append(body, goapp.H2().Text(e.Name))
		}
		body = append(body, goapp.P().Class("summary").Text(e.Summary),
			goapp.If(e.SIPCode != 0, goapp.P().Body(goapp.Text("It stands for the SIP response "),
				goapp.A().Href(codeHref(e.SIPCode)).Text(strconv.Itoa(e.SIPCode)+" "+codes.Text(e.SIPCode)), goapp.Text("."))),
			goapp.P().Text("Where it shows up: "+e.Where+"."),
			provenance(ns, e.Source))
	}
	return goapp.Div().Class("code-detail", "kind-vendor").Aria("labelledby", "code-heading").Body(body...)
}

// provenance says where a table or an entry was read, and how sure that is.
func provenance(ns *vendors.Namespace, source string) goapp.UI {
	where := goapp.UI(goapp.Text(source))
	if strings.HasPrefix(source, "https://") && !strings.Contains(source, " ") {
		where = goapp.A().Href(source).Text(source)
	}
	return goapp.P().Class("aside", "source").Body(goapp.Text(fmt.Sprintf("Source (%s, read %s): ", ns.Confidence, ns.Retrieved)), where)
}

// renderVendorCodes lists the vendor codes that stand for a response, on its page.
func renderVendorCodes(code int) goapp.UI {
	var items []goapp.UI
	for _, ns := range vendors.Namespaces() {
		for _, e := range ns.Entries {
			if e.SIPCode == code {
				items = append(items, goapp.Li().Body(goapp.A().Href(href(paths.Vendor(ns.ID, e.Code))).Text(ns.Owner+" "+e.Code), goapp.Text(": "+e.Name)))
			}
		}
	}
	if len(items) == 0 {
		return nil
	}
	return section("Vendor codes that stand for it", goapp.Ul().Body(items...),
		goapp.P().Class("aside").Body(goapp.A().Href(href(paths.Vendors)).Text("Every vendor table")))
}
