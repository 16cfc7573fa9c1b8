package app

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/sipcodes/sipcodes/codes"
)

// View is the kind of page a URL asks for.
type View string

const (
	ViewList     View = "list"     // "/", "/4xx", "/common": codes, search, filter
	ViewCode     View = "code"     // "/486": one registered code
	ViewUnknown  View = "unknown"  // "/499": a number that is not registered
	ViewNotFound View = "notfound" // anything else
)

// location is what a URL asks sipcodes to show.
type location struct {
	view   View
	class  codes.Class // list: 0 for all classes
	common bool        // list: only the codes seen daily
	code   int         // code and unknown views
	query  string      // list: the search text from ?q=
}

// parseLocation reads a path (already without the site prefix) and its query.
func parseLocation(path string, query url.Values) location {
	p := strings.Trim(path, "/")
	q := query.Get("q")
	switch {
	case p == "" || p == "index.html":
		return location{view: ViewList, query: q}
	case p == "common":
		return location{view: ViewList, common: true, query: q}
	}
	p = strings.TrimSuffix(p, ".html")
	if class, ok := codes.ParseClass(p); ok {
		return location{view: ViewList, class: class, query: q}
	}
	if n, err := strconv.Atoi(p); err == nil && len(p) == 3 && codes.ClassOf(n) != 0 {
		if codes.IsRegistered(n) {
			return location{view: ViewCode, code: n}
		}
		return location{view: ViewUnknown, code: n}
	}
	return location{view: ViewNotFound}
}

// path is the URL path of a list location, without the site prefix.
func (l location) path() string {
	switch {
	case l.common:
		return "/common"
	case l.class != 0:
		return "/" + l.class.String()
	}
	return "/"
}

// withQuery returns the location's path with its search as ?q=.
func (l location) withQuery() string { return withQuery(l.path(), l.query) }

// withQuery adds a search to a site path as ?q=.
func withQuery(path, query string) string {
	if query == "" {
		return path
	}
	return path + "?" + url.Values{"q": {query}}.Encode()
}

// results searches the codes a list location shows.
func (l location) results() []codes.Result {
	var out []codes.Result
	for _, r := range codes.Search(l.query) {
		if (l.class == 0 || r.Code.Class() == l.class) && (!l.common || r.Code.Common) {
			out = append(out, r)
		}
	}
	return out
}
