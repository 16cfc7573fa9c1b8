//go:build !wasm

package site

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// These tests pin the go-app workarounds of goapp.go: each fails if a go-app
// change (or ours) silently undoes one.

func TestTheWorkaroundsHoldInEveryPage(t *testing.T) {
	dir := builtSite(t)
	script := "<script>" + startScript(testSite.Base) + "</script>"
	pages, err := htmlFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		b, _ := os.ReadFile(p)
		page, name := string(b), filepath.Base(p)
		if name == "explain.html" { // the explainer's own script, in its body
			page = strings.Replace(page, `<script defer="" src="`+testSite.Base+`/explain.js"></script>`, "", 1)
		}
		for what, bad := range map[string]bool{
			"go-app's stylesheet":                  regexp.MustCompile(`<link[^>]+/app\.css`).MatchString(page),
			"a stylesheet link":                    strings.Contains(page, `rel="stylesheet"`),
			"a deferred script":                    strings.Contains(page, "<script defer") || strings.Contains(page, " defer "),
			"not exactly one inline <style>":       strings.Count(page, "<style>") != 1,
			"not exactly one start script":         strings.Count(page, script) != 1 || strings.Count(page, "<script") != 1,
			"a loader icon without alt":            !strings.Contains(page, `alt="" class="goapp-logo goapp-spin" id="app-wasm-loader-icon"`),
			"no CSP with the start script's hash":  !strings.Contains(page, `<meta content="script-src 'self' 'wasm-unsafe-eval' `+scriptHash(startScript(testSite.Base))+`" http-equiv="Content-Security-Policy">`),
			"an empty keywords or og:image meta":   strings.Contains(page, `content="" name="keywords"`) || strings.Contains(page, `content="" property="og:image"`),
			"an attribute quoted by Go, not HTML":  strings.Contains(page, `\"`),
			"no go-app loader for app.css to hide": !strings.Contains(page, `class="goapp-app-info" id="app-wasm-loader"`) || !strings.Contains(page, `id="app-wasm-loader-label"`),
		} {
			if bad {
				t.Errorf("%s: %s", name, what)
			}
		}
	}
	if !strings.Contains(startScript("/sipcodes"), `["/sipcodes/wasm_exec.js","/sipcodes/app.js"]`) {
		t.Error("the start script does not load go-app's two scripts in order")
	}
	appJS, _ := os.ReadFile(filepath.Join(dir, "app.js"))
	for _, call := range goAppStartCalls {
		if bytes.Contains(appJS, []byte("\n"+call)) {
			t.Errorf("app.js still starts go-app itself: %q", strings.TrimSpace(call))
		}
	}
	for _, keep := range []string{"function goappGetenv", "async function goappInitServiceWorker", "goappWatchForUpdate();"} {
		if !bytes.Contains(appJS, []byte(keep)) {
			t.Errorf("app.js lost %q, which the Go side or the start script needs", keep)
		}
	}
	css, _ := os.ReadFile("../../web/app.css")
	for _, selector := range []string{"#app-wasm-loader", ".goapp-app-info", ".goapp-logo", ".goapp-label", ".goapp-spin"} {
		if !bytes.Contains(css, []byte(selector)) {
			t.Errorf("web/app.css no longer restyles go-app's %s", selector)
		}
	}
}

// The tidier must refuse, not quietly skip, a go-app head it does not know.
func TestTheTidierRefusesAnUnknownGoAppHead(t *testing.T) {
	rendered, err := render(testSite.handler(), "/486")
	if err != nil {
		t.Fatal(err)
	}
	td := tidier{base: testSite.Base, css: "p{}"}
	if _, err := td.page(rendered, ""); err != nil {
		t.Fatalf("today's go-app head: %v", err)
	}
	for name, change := range map[string]func(string) string{
		"scripts renamed": func(s string) string { return strings.Replace(s, "/app.js", "/goapp.js", 1) },
		"a third script": func(s string) string {
			return strings.Replace(s, "</head>", `<script defer src="/x.js"></script></head>`, 1)
		},
		"no stylesheet link": func(s string) string { return strings.ReplaceAll(s, `/web/app.css`, `/web/other.css`) },
		// go-app writes attributes in any order: defer goes wherever it stands.
		"scripts not deferred": func(s string) string { return regexp.MustCompile(`(<script[^>]*?) defer`).ReplaceAllString(s, "$1") },
	} {
		if _, err := td.page([]byte(change(string(rendered))), ""); err == nil {
			t.Errorf("%s: the tidier accepted it", name)
		}
	}
	if _, err := withoutGoAppStart([]byte("goappInitWebAssembly();\n")); err == nil {
		t.Error("an app.js without go-app's start calls must be refused")
	}
}
