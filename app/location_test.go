package app

import (
	"net/url"
	"strings"
	"testing"

	"github.com/sipcodes/sipcodes/app/answer"
)

func TestParseLocation(t *testing.T) {
	for _, tc := range []struct {
		path, query string
		want        location
	}{
		{"/", "", location{view: ViewList}},
		{"/", "q=busy", location{view: ViewList, query: "busy"}},
		{"/4xx", "q=busy", location{view: ViewList, class: 4, query: "busy"}},
		{"/6XX", "", location{view: ViewList, class: 6}},
		{"/common", "", location{view: ViewList, common: true}},
		{"/486", "", location{view: ViewCode, code: 486}},
		{"/486.html", "", location{view: ViewCode, code: 486}},
		{"/486/", "", location{view: ViewCode, code: 486}},
		{"/499", "", location{view: ViewUnknown, code: 499}},
		{"/150", "", location{view: ViewUnknown, code: 150}},
		{"/700", "", location{view: ViewNotFound}},
		{"/099", "", location{view: ViewNotFound}},
		{"/4860", "", location{view: ViewNotFound}},
		{"/7xx", "", location{view: ViewNotFound}},
		{"/not-found", "", location{view: ViewNotFound}},
		{"/%3Cscript%3E", "", location{view: ViewNotFound}},
		{"/warnings", "", location{view: ViewWarnings}},
		{"/warning/399", "", location{view: ViewWarning, code: 399}},
		{"/warning/355.html", "", location{view: ViewWarning, code: 355}},
		{"/warning/abc", "", location{view: ViewNotFound}},
		{"/vendors", "", location{view: ViewVendors}},
		{"/vendor/sofia-sip", "", location{view: ViewNamespace, namespace: "sofia-sip"}},
		{"/vendor/ms-diagcode/500-3003", "", location{view: ViewVendor, namespace: "ms-diagcode", vendorCode: "500-3003"}},
		{"/vendor/teams/560403/x", "", location{view: ViewNotFound}},
		{"/warning/39999", "", location{view: ViewNotFound}},
		{"/causes", "", location{view: ViewCauses}},
		{"/cause/17", "", location{view: ViewCause, code: 17}},
		{"/cause/200", "", location{view: ViewCause, code: 200}},
		{"/cause/-1", "", location{view: ViewNotFound}},
		{"/reason", "", location{view: ViewReason}},
		{"/reason/stir", "", location{view: ViewNotFound}},
	} {
		q, _ := url.ParseQuery(tc.query)
		if got := parseLocation(tc.path, q); got != tc.want {
			t.Errorf("parseLocation(%q, %q) = %+v, want %+v", tc.path, tc.query, got, tc.want)
		}
	}
}

func TestLocationURLs(t *testing.T) {
	for loc, want := range map[location]string{
		{view: ViewList}:                                  "/",
		{view: ViewList, query: "busy here"}:              "/?q=busy+here",
		{view: ViewList, class: 4, query: "a&b"}:          "/4xx?q=a%26b",
		{view: ViewList, common: true, query: "cause=17"}: "/common?q=cause%3D17",
	} {
		if got := loc.withQuery(); got != want {
			t.Errorf("%+v.withQuery() = %q, want %q", loc, got, want)
		}
	}
}

// The app asks the worker for a number's page by its view's name
// (worker_browser.go): package answer must know each of them.
func TestTheWorkerKnowsEveryNumberView(t *testing.T) {
	for _, l := range []location{
		{view: ViewCode, code: 486}, {view: ViewUnknown, code: 499}, {view: ViewWarning, code: 399}, {view: ViewCause, code: 17},
		{view: ViewVendor, namespace: "sofia-sip", vendorCode: "904"}, {view: ViewNamespace, namespace: "pjsip"},
	} {
		if p := answer.ForNumber(string(l.view), l.code, l.namespace, l.vendorCode, ""); strings.Contains(p.Title, "not available") {
			t.Errorf("%s: %s", l.view, p.HTML)
		}
	}
}
