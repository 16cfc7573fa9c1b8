// Package paths names the site's pages: the path of a response code's,
// a Warning code's and a cause's page, and a protocol's part of the Reason
// page. The app, the generator and the trace explainer's worker all link
// by these rules, so they live in one place that imports no user interface.
// Paths are relative to the site's root; a project site prefixes them.
package paths

import (
	"net/url"
	"strconv"
	"strings"
)

// notFound is code 404, whose page cannot be /404: GitHub Pages keeps
// 404.html for paths it has no file for.
const notFound = 404

// Code is the path of a response code's page: "/486", and "/404/" for 404.
func Code(n int) string {
	if n == notFound {
		return "/404/"
	}
	return "/" + strconv.Itoa(n)
}

// Warning is the path of a Warning code's page: "/warning/399".
func Warning(n int) string { return "/warning/" + strconv.Itoa(n) }

// Cause is the path of a cause's page: "/cause/17".
func Cause(n int) string { return "/cause/" + strconv.Itoa(n) }

// Reason is the path of a protocol's part of the Reason page: "/reason#stir".
func Reason(token string) string { return "/reason#" + ProtocolAnchor(token) }

// ProtocolAnchor is the id of a protocol's part of the Reason page:
// "STIR" → "stir", "Q.850" → "q850", "S1AP-RNL" → "s1ap-rnl".
func ProtocolAnchor(token string) string {
	return strings.ReplaceAll(strings.ToLower(token), ".", "")
}

// Explain is the path of the trace explainer.
const Explain = "/explain"

// Vendors is the path of the list of vendor namespaces.
const Vendors = "/vendors"

// CodesJSON and VendorTables are the paths of codes.json and vendors.json.
const (
	CodesJSON    = "/codes.json"
	VendorTables = "/vendors.json"
)

// Worker is the script of the worker that runs explain.wasm: the trace
// explainer's, and the app's for searches and numbers.
const Worker = "/explain-worker.js"

// OfflinePages is the file that holds every page the service worker
// stores on install.
const OfflinePages = "/offline-pages.json"

// VendorNamespace is the path of one vendor namespace: "/vendor/sofia-sip".
func VendorNamespace(id string) string { return "/vendor/" + id }

// Vendor is the path of one vendor code: "/vendor/sofia-sip/904". A
// character that has a meaning in a URL or a file name ("#", ";", "=")
// becomes "-": "500#3003" is at "/vendor/ms-diagcode/500-3003".
func Vendor(id, code string) string { return VendorNamespace(id) + "/" + VendorSlug(code) }

// VendorSlug is the last part of a vendor code's path.
func VendorSlug(code string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-' {
			return r
		}
		return '-'
	}, code)
}

// Href is the link to a site path on a site served under prefix ("/name"
// for a GitHub Pages project site, "" at a domain's root). The root is
// "/name/", not "/name", which GitHub Pages redirects.
func Href(prefix, path string) string {
	if path == "/" && prefix != "" {
		return prefix + "/"
	}
	return prefix + path
}

// WithQuery adds a search to a site path as ?q=.
func WithQuery(path, query string) string {
	if query == "" {
		return path
	}
	return path + "?" + url.Values{"q": {query}}.Encode()
}
