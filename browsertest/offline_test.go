//go:build !wasm

package browsertest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/sipcodes/sipcodes/app/site"
)

// workerReady holds once the service worker has stored this version and controls the page.
const workerReady = `navigator.serviceWorker.controller !== null &&
	navigator.serviceWorker.controller.state === "activated"`

// urlOn is the address of a site path on a given server.
func urlOn(s *httptest.Server, path string) string { return s.URL + base + path }

// cspViolations records what the page's Content-Security-Policy blocked.
const cspViolations = `window.__csp = [];
addEventListener("securitypolicyviolation", (e) => __csp.push(e.violatedDirective + " " + e.blockedURI));`

// visitOnce serves the site, visits it once with CSP violations recorded,
// and waits until the worker has stored it; server.Close() then takes the
// network away.
func visitOnce(t *testing.T) (context.Context, *httptest.Server) {
	server := httptest.NewServer(site.NewPagesServer(siteDir, base))
	t.Cleanup(server.Close)
	ctx := newBrowser(t)
	addScript(t, ctx, cspViolations)
	run(t, ctx, chromedp.Navigate(urlOn(server, "/")))
	startApp(t, ctx)
	waitFor(t, ctx, workerReady)
	return ctx, server
}

func TestEveryKindOfPageWorksOffline(t *testing.T) {
	ctx, server := visitOnce(t)
	if blocked := eval[[]string](t, ctx, `__csp`); len(blocked) > 0 {
		t.Errorf("online: the Content-Security-Policy blocked %v", blocked)
	}

	// The worker answers only the app's own pages: files beside them come
	// from the network as what they are.
	for path, contentType := range map[string]string{
		"/486.json": "application/json", "/codes.json": "application/json", "/sitemap.xml": "text/xml",
		"/robots.txt": "text/plain", "/opensearch.xml": "text/xml",
	} {
		run(t, ctx, chromedp.Navigate(urlOn(server, path)))
		if got := eval[string](t, ctx, `document.contentType`); got != contentType {
			t.Errorf("online, %s came back as %s, want %s", path, got, contentType)
		}
	}
	run(t, ctx, chromedp.Navigate(urlOn(server, "/")))

	server.Close() // the network is gone: every answer now comes from the worker

	if err := chromedp.Run(ctx, chromedp.Navigate(urlOn(server, "/486.json"))); err == nil {
		if got := eval[string](t, ctx, `document.contentType`); got == "text/html" && eval[bool](t, ctx, `!!document.getElementById("search")`) {
			t.Error("offline, /486.json came back as a sipcodes page")
		}
	}
	for path, check := range map[string]string{
		"/":                     codesShown + `.length === 75`,
		"/486":                  `document.querySelector("h1").textContent.includes("Busy Here")`,
		"/6xx?q=busy":           codesShown + `[0] === 600 && document.getElementById("search").value === "busy"`,
		"/499":                  `document.querySelector("h1").textContent === "499 is not a registered SIP response code"`,
		"/150":                  `document.querySelector("main").textContent.includes("like any unknown provisional response: 183 Session Progress")`, // not stored: the app answers
		"/4xx?q=cause+17":       codesShown + `[0] === 486`,
		"/vendor/sofia-sip":     `document.querySelector("main").textContent.includes("No matching challenge")`,
		"/vendor/teams/560499":  `document.querySelector("h1").textContent.includes("SBC response 499")`,              // no page: the prefix rule decodes it
		"/vendor/sofia-sip/904": `document.querySelector("h1").textContent === "sofia-sip 904 No matching challenge"`, // not stored: the app reads vendors.json
		"/?q=560403":            `document.querySelector("#results li")?.dataset.token === "560403"`,
		"/?q=retry-after":       codesShown + `.length > 5`, // the word index, from codes.json
	} {
		run(t, ctx, chromedp.Navigate(urlOn(server, path)))
		startApp(t, ctx)
		waitFor(t, ctx, check)
		if blocked := eval[[]string](t, ctx, `__csp`); len(blocked) > 0 {
			t.Errorf("offline %s: the Content-Security-Policy blocked %v", path, blocked)
		}
	}
}

func TestFreshVisitsAlwaysInstallTheWorker(t *testing.T) {
	t.Parallel() // waits more than it works: shares the machine well
	for i := range 3 {
		t.Run(fmt.Sprint("visit", i), func(t *testing.T) {
			ctx := newBrowser(t)
			open(t, ctx, "/486")
			waitFor(t, ctx, workerReady)
		})
	}
}

func TestANewVersionIsAnnouncedAndLoaded(t *testing.T) {
	dirB := buildChangedSite(t)
	server := site.NewPagesServer(siteDir, base)
	s := httptest.NewServer(server)
	defer s.Close()

	ctx := newBrowser(t)
	run(t, ctx, chromedp.Navigate(urlOn(s, "/486")))
	startApp(t, ctx)
	waitFor(t, ctx, workerReady)
	if eval[bool](t, ctx, `!!document.getElementById("update-notice")`) {
		t.Fatal("an update notice shows before any deploy")
	}

	server.SetDir(dirB)                                                                                    // deploy B
	run(t, ctx, chromedp.Evaluate(`navigator.serviceWorker.getRegistration().then(r => r.update())`, nil)) // what the update interval does
	waitFor(t, ctx, `!!document.getElementById("update-notice")`)
	if eval[bool](t, ctx, `!!document.querySelector('a[href="`+changedRepo+`"]')`) {
		t.Fatal("B showed before the reload")
	}
	run(t, ctx, chromedp.Click("#update-reload", chromedp.ByQuery))
	waitFor(t, ctx, `!!document.querySelector('.site-footer a[href="`+changedRepo+`"]')`)
}

const changedRepo = "https://example.com/build-b"

// buildChangedSite builds site B: the same app.wasm, with a change only the
// generator makes (the repository the footer links to). Its version must
// differ all the same, or returning visitors would never see B.
func buildChangedSite(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "b")
	if err := site.Generate(dir, filepath.Join(siteDir, "web"), site.Site{Base: base, URL: "https://example.github.io" + base, Repo: changedRepo}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A site at the root of an origin (a user.github.io repository) shares it
// with the owner's other projects: the worker must leave those alone.
func TestARootSiteLeavesOtherProjectsAlone(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "root")
	if err := site.Generate(dir, filepath.Join(siteDir, "web"), site.Site{}); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/otherproject/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<!DOCTYPE html><title>Other project</title><h1>Other project</h1>"))
	})
	mux.Handle("/", site.NewPagesServer(dir, ""))
	server := httptest.NewServer(mux)
	defer server.Close()

	ctx := newBrowser(t)
	run(t, ctx, chromedp.Navigate(server.URL+"/"))
	startApp(t, ctx)
	waitFor(t, ctx, workerReady)
	run(t, ctx, chromedp.Navigate(server.URL+"/otherproject/"))
	if title := eval[string](t, ctx, `document.title`); title != "Other project" {
		t.Errorf("/otherproject/ shows %q", title)
	}
}
