package app

import (
	"net/url"
	"testing"
)

func TestParseLocation(t *testing.T) {
	for _, tc := range []struct {
		path, query string
		want        location
	}{
		{"/", "", location{view: viewList}},
		{"/", "q=busy", location{view: viewList, query: "busy"}},
		{"/4xx", "q=busy", location{view: viewList, class: 4, query: "busy"}},
		{"/6XX", "", location{view: viewList, class: 6}},
		{"/common", "", location{view: viewList, common: true}},
		{"/486", "", location{view: viewCode, code: 486}},
		{"/486.html", "", location{view: viewCode, code: 486}},
		{"/486/", "", location{view: viewCode, code: 486}},
		{"/499", "", location{view: viewUnknown, code: 499}},
		{"/150", "", location{view: viewUnknown, code: 150}},
		{"/700", "", location{view: viewNotFound}},
		{"/099", "", location{view: viewNotFound}},
		{"/4860", "", location{view: viewNotFound}},
		{"/7xx", "", location{view: viewNotFound}},
		{"/not-found", "", location{view: viewNotFound}},
		{"/%3Cscript%3E", "", location{view: viewNotFound}},
	} {
		q, _ := url.ParseQuery(tc.query)
		if got := parseLocation(tc.path, q); got != tc.want {
			t.Errorf("parseLocation(%q, %q) = %+v, want %+v", tc.path, tc.query, got, tc.want)
		}
	}
}

func TestLocationURLs(t *testing.T) {
	for loc, want := range map[location]string{
		{view: viewList}:                                  "/",
		{view: viewList, query: "busy here"}:              "/?q=busy+here",
		{view: viewList, class: 4, query: "a&b"}:          "/4xx?q=a%26b",
		{view: viewList, common: true, query: "cause=17"}: "/common?q=cause%3D17",
	} {
		if got := loc.withQuery(); got != want {
			t.Errorf("%+v.withQuery() = %q, want %q", loc, got, want)
		}
	}
}
