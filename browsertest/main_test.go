//go:build !wasm

// Package browsertest drives the generated site in headless Chromium, served
// under a GitHub Pages project path by a server that behaves like GitHub Pages.
package browsertest

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/sipcodes/sipcodes/app"
	"github.com/sipcodes/sipcodes/app/site"
)

const base = "/sipcodes"

var (
	siteServer *httptest.Server
	pages      *site.PagesServer
	chromium   string
	siteDir    string
)

func TestMain(m *testing.M) {
	os.Exit(setUp(m))
}

func setUp(m *testing.M) int {
	var err error
	if chromium, err = findChromium(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	tmp, err := os.MkdirTemp("", "sipcodes-browser")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)
	web, err := buildWasm(tmp)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if siteDir, err = buildSite(tmp, "a", web); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	pages = site.NewPagesServer(siteDir, base)
	siteServer = httptest.NewServer(pages)
	defer siteServer.Close()
	return m.Run()
}

// buildWasm builds app.wasm and explain.wasm from the code as it is now
// into a copy of the web assets, so that the tests never run stale ones.
func buildWasm(tmp string) (string, error) {
	web := filepath.Join(tmp, "web")
	if err := os.CopyFS(web, os.DirFS("../web")); err != nil {
		return "", err
	}
	for file, pkg := range map[string]string{"app.wasm": "..", "explain.wasm": "../app/explainer"} {
		os.Remove(filepath.Join(web, file))
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(web, file), pkg)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", fmt.Errorf("building %s: %v\n%s", file, err, out)
		}
	}
	return web, nil
}

// buildSite generates the site from the current code and web assets.
func buildSite(tmp, name, web string) (string, error) {
	app.Register()
	dir := filepath.Join(tmp, name)
	return dir, site.Generate(dir, web, site.Site{Base: base, URL: "https://example.github.io" + base})
}

// findChromium locates the browser. A missing browser fails the tests with
// what to install: it is never a silent skip.
func findChromium() (string, error) {
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("browser tests need Chromium and none was found.\nInstall it with: sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM to the browser's path)")
}

// newBrowser starts Chromium with a fresh profile; the returned context is its first tab.
func newBrowser(t *testing.T, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.UserDataDir(profileDir(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1200, 900),
	}, extra...)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return ctx
}

// profileDir is a fresh browser profile. Chromium may still be writing to it
// while it exits, so it is removed without failing the test.
func profileDir(t *testing.T) string {
	dir, err := os.MkdirTemp("", "sipcodes-profile")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// url is the address of a site path on the test server.
func url(path string) string { return siteServer.URL + base + path }

// open loads a site path, shows intent as a person would (a pointerdown,
// which moves no focus), and waits until the app has taken over the page.
// Without intent the app starts only once the page has been quiet a while.
func open(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	run(t, ctx, chromedp.Navigate(url(path)))
	startApp(t, ctx)
}

func startApp(t *testing.T, ctx context.Context) {
	t.Helper()
	run(t, ctx, chromedp.Evaluate(`dispatchEvent(new Event("pointerdown"))`, nil))
	waitReady(t, ctx)
}

func waitReady(t *testing.T, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, `document.documentElement.dataset.ready === "true"`)
}

// waitFor polls a JavaScript condition until it holds, across page loads.
func waitFor(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	var ok bool
	deadline := time.Now().Add(20 * time.Second)
	var err error
	// While a full load is still parsing, parts of the page a predicate reads
	// may not exist yet; an exception then means "not yet", not a failure.
	tolerant := `(() => { try { return (` + js + `) } catch (e) { if (document.readyState !== "complete") return false; throw e } })()`
	for time.Now().Before(deadline) {
		err = chromedp.Run(ctx, chromedp.Poll(tolerant, &ok, chromedp.WithPollingTimeout(time.Until(deadline))))
		if err == nil || !strings.Contains(err.Error(), "(-32000)") { // the page was replaced mid-poll
			break
		}
	}
	if err != nil {
		var state string
		chromedp.Run(ctx, chromedp.Evaluate(`location.href + " | " + (document.querySelector("main") || document.body).innerText.slice(0, 300)`, &state))
		t.Fatalf("waiting for %s: %v\npage: %s", js, err, state)
	}
}

func run(t *testing.T, ctx context.Context, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// eval returns the value of a JavaScript expression.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	var v T
	run(t, ctx, chromedp.Evaluate(js, &v))
	return v
}

// codesShown lists the data-code of every result in order.
const codesShown = `[...document.querySelectorAll("#results [data-code]")].map(e => +e.dataset.code)`
