//go:build !wasm

package site

import (
	"strings"
	"time"

	"github.com/sipcodes/sipcodes/app"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Site is how one build of the site is addressed and labelled.
type Site struct {
	Base    string // path prefix for a GitHub Pages project site ("/name"), or "" at the root
	URL     string // public address with the base, e.g. "https://user.github.io/name"; for canonical links (see PagesURL)
	Repo    string // the source repository, linked from the footer
	Version string // identifies the deployed content; the service worker updates when it changes
}

const (
	lightTheme = "#f7f8fa"
	darkTheme  = "#14161a"
)

// handler is the go-app handler that renders every page of the site.
func (s Site) handler() *goapp.Handler {
	resources := goapp.LocalDir("")
	if s.Base != "" {
		resources = goapp.GitHubPages(s.Base)
	}
	return &goapp.Handler{
		Name:            "sipcodes",
		ShortName:       "sipcodes",
		Title:           "SIP response codes | sipcodes",
		Description:     "Every IANA-registered SIP response code, explained for engineers reading a trace.",
		Lang:            "en",
		Author:          "sipcodes",
		BackgroundColor: lightTheme,
		ThemeColor:      lightTheme,
		LoadingLabel:    "Loading search…",
		Icon: goapp.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/icon-192.png",
		},
		Styles:                []string{"/web/app.css"},
		RawHeaders:            s.rawHeaders(),
		Resources:             resources,
		Env:                   goapp.Environment{app.RepoEnv: s.Repo},
		Version:               s.Version,
		ServiceWorkerTemplate: s.workerTemplate(),
		AutoUpdateInterval:    10 * time.Minute,
	}
}

// PagesURL is the address GitHub Pages gives a repository's site: for
// https://github.com/owner/name built with base /name, https://owner.github.io/name;
// for the repository owner.github.io at the root, https://owner.github.io.
// It is empty when repo and base do not say (another host, a custom domain).
func PagesURL(repo, base string) string {
	rest, ok := strings.CutPrefix(strings.TrimSuffix(repo, "/"), "https://github.com/")
	owner, name, _ := strings.Cut(rest, "/")
	if !ok || owner == "" || name == "" || strings.Contains(name, "/") {
		return ""
	}
	host := strings.ToLower(owner) + ".github.io"
	switch {
	case base == "/"+name:
		return "https://" + host + base
	case base == "" && strings.EqualFold(name, host):
		return "https://" + host
	}
	return ""
}

// rawHeaders are the head's extra lines. The search engine is offered only
// where opensearch.xml is written: with SITE_URL, as its template must be
// an absolute address.
func (s Site) rawHeaders() []string {
	headers := []string{`<meta content="` + darkTheme + `" media="(prefers-color-scheme: dark)" name="theme-color">`}
	if s.URL != "" {
		headers = append(headers, `<link href="`+s.Base+`/opensearch.xml" rel="search" title="sipcodes" type="application/opensearchdescription+xml">`)
	}
	return headers
}
