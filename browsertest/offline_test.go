package browsertest

import (
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/sipcodes/sipcodes/app/site"
)

// workerReady holds once the service worker has stored this version and controls the page.
const workerReady = `navigator.serviceWorker.controller !== null &&
	navigator.serviceWorker.controller.state === "activated"`

// urlOn is the address of a site path on a given server.
func urlOn(s *httptest.Server, path string) string { return s.URL + base + path }

func TestEveryKindOfPageWorksOffline(t *testing.T) {
	server := httptest.NewServer(site.NewPagesServer(siteDir, base))
	defer server.Close()
	ctx := newBrowser(t)
	run(t, ctx, chromedp.Navigate(urlOn(server, "/")))
	startApp(t, ctx)
	waitFor(t, ctx, workerReady)

	server.Close() // the network is gone: every answer now comes from the worker

	for path, check := range map[string]string{
		"/":               codesShown + `.length === 75`,
		"/486":            `document.querySelector("h1").textContent.includes("Busy Here")`,
		"/6xx?q=busy":     codesShown + `[0] === 600 && document.getElementById("search").value === "busy"`,
		"/499":            `document.querySelector("h1").textContent === "499 is not a registered SIP response code"`,
		"/4xx?q=cause+17": codesShown + `[0] === 486`,
	} {
		run(t, ctx, chromedp.Navigate(urlOn(server, path)))
		startApp(t, ctx)
		waitFor(t, ctx, check)
	}
}

func TestFreshVisitsAlwaysInstallTheWorker(t *testing.T) {
	visits := 20
	if testing.Short() {
		visits = 3
	}
	for i := range visits {
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
	if s := eval[string](t, ctx, `document.querySelector(".summary").textContent`); strings.Contains(s, changedSummary) {
		t.Fatal("B showed before the reload")
	}
	run(t, ctx, chromedp.Click("#update-reload", chromedp.ByQuery))
	waitFor(t, ctx, `document.documentElement.dataset.ready === "true" && document.querySelector(".summary").textContent.includes("`+changedSummary+`")`)
}

const changedSummary = "Build B changed this summary"

// buildChangedSite builds site B: the same code with one codes entry changed,
// through an overlay so the working tree stays untouched.
func buildChangedSite(t *testing.T) string {
	t.Helper()
	tmp := t.TempDir()
	src, err := os.ReadFile("../codes/data_430_494.go")
	if err != nil {
		t.Fatal(err)
	}
	old := `Summary:     "The phone that was reached is busy; the user may still answer elsewhere or via voicemail"`
	if !strings.Contains(string(src), old) {
		t.Fatal("the 486 summary this test changes has moved; update the test")
	}
	changed := filepath.Join(tmp, "data_430_494.go")
	os.WriteFile(changed, []byte(strings.Replace(string(src), old, `Summary: "`+changedSummary+`"`, 1)), 0o644)
	abs, _ := filepath.Abs("../codes/data_430_494.go")
	overlay := filepath.Join(tmp, "overlay.json")
	os.WriteFile(overlay, []byte(fmt.Sprintf(`{"Replace": {%q: %q}}`, abs, changed)), 0o644)

	web := filepath.Join(tmp, "web")
	if err := exec.Command("cp", "-r", "../web", web).Run(); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(tmp, "b")
	for _, args := range [][]string{
		{"build", "-overlay", overlay, "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(web, "app.wasm"), ".."},
		{"run", "-overlay", overlay, "..", "dist", "-out", dir, "-web", web, "-base", base, "-site-url", "https://example.github.io" + base},
	} {
		cmd := exec.Command("go", args...)
		cmd.Env = os.Environ()
		if args[0] == "build" {
			cmd.Env = append(cmd.Env, "GOOS=js", "GOARCH=wasm")
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args[:1], " "), err, out)
		}
	}
	return dir
}
