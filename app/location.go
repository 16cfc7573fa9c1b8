package app

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/sipcodes/sipcodes/app/paths"
)

// View is the kind of page a URL asks for.
type View string

const (
	ViewList     View = "list"     // "/", "/4xx", "/common": codes, search, filter
	ViewCode     View = "code"     // "/486": one registered code
	ViewUnknown  View = "unknown"  // "/499": a number that is not registered
	ViewNotFound View = "notfound" // anything else

	ViewWarning  View = "warning"  // "/warning/399": one warn-code, registered or not
	ViewWarnings View = "warnings" // "/warnings": every warn-code
	ViewCause    View = "cause"    // "/cause/17": one cause value, assigned or not
	ViewCauses   View = "causes"   // "/causes": every Q.850 cause by class
	ViewReason   View = "reason"   // "/reason": the Reason header and its protocols
	ViewExplain  View = "explain"  // "/explain": the trace explainer

	ViewVendors   View = "vendors"   // "/vendors": every vendor namespace
	ViewNamespace View = "namespace" // "/vendor/sofia-sip": one namespace's codes
	ViewVendor    View = "vendor"    // "/vendor/sofia-sip/904": one vendor code, known or not
)

// isServed reports whether a view is one the app keeps as it was served
// (served_browser.go): every view but the list.
func isServed(v View) bool {
	switch v {
	case ViewCode, ViewUnknown, ViewWarning, ViewWarnings, ViewCause, ViewCauses, ViewReason, ViewExplain, ViewNotFound,
		ViewVendors, ViewNamespace, ViewVendor:
		return true
	}
	return false
}

// location is what a URL asks sipcodes to show.
type location struct {
	view   View
	class  int    // list: the class (4 for 4xx), 0 for all classes
	common bool   // list: only the codes seen daily
	code   int    // code and unknown views; the number of a warning or cause view
	query  string // list: the search text from ?q=

	namespace, vendorCode string // namespace and vendor views: the id, and the code's slug
}

// parseLocation reads a path (already without the site prefix) and its query.
func parseLocation(path string, query url.Values) location {
	p := strings.TrimSuffix(strings.Trim(path, "/"), ".html")
	q := query.Get("q")
	switch p {
	case "", "index":
		return location{view: ViewList, query: q}
	case "common":
		return location{view: ViewList, common: true, query: q}
	case "warnings":
		return location{view: ViewWarnings}
	case "causes":
		return location{view: ViewCauses}
	case "reason":
		return location{view: ViewReason}
	case "explain":
		return location{view: ViewExplain}
	case "vendors":
		return location{view: ViewVendors}
	}
	if rest, ok := strings.CutPrefix(p, "vendor/"); ok && rest != "" {
		id, code, more := strings.Cut(rest, "/")
		switch {
		case !more:
			return location{view: ViewNamespace, namespace: id}
		case code != "" && !strings.Contains(code, "/"):
			return location{view: ViewVendor, namespace: id, vendorCode: code}
		}
	}
	if kind, number, ok := strings.Cut(p, "/"); ok && len(number) <= 4 && isDigits(number) {
		n, _ := strconv.Atoi(number)
		switch kind {
		case "warning":
			return location{view: ViewWarning, code: n}
		case "cause":
			return location{view: ViewCause, code: n}
		}
	}
	if len(p) == 3 && p[0] >= '1' && p[0] <= '6' && strings.EqualFold(p[1:], "xx") {
		return location{view: ViewList, class: int(p[0] - '0'), query: q}
	}
	if n, err := strconv.Atoi(p); err == nil && len(p) == 3 && n >= 100 && n <= 699 {
		return location{view: numberView(n), code: n}
	}
	return location{view: ViewNotFound}
}

func isDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// path is the URL path of a list location, without the site prefix.
func (l location) path() string {
	switch {
	case l.common:
		return "/common"
	case l.class != 0:
		return "/" + strconv.Itoa(l.class) + "xx"
	}
	return "/"
}

// withQuery returns the location's path with its search as ?q=.
func (l location) withQuery() string { return paths.WithQuery(l.path(), l.query) }
