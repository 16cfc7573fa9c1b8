//go:build !wasm

package site

// The go-app workarounds of the generator, in one place. Each names the
// go-app v9.8.0 code it relies on (pkg/app/http.go, gen/app.js); each is
// pinned by a test in goapp_test.go, and most also fail the build loudly when
// go-app's output no longer looks as expected.

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"text/template"

	"golang.org/x/net/html"

	"github.com/sipcodes/sipcodes/app"
	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/app/shared"
	"github.com/sipcodes/sipcodes/capture"
	"github.com/sipcodes/sipcodes/codes"
)

// startJS replaces go-app's loader (gen/app.js goappInitWebAssembly) and the
// deferred scripts of its page head (http.go:912-917): see the file.
//
//go:embed start.js
var startJS string

// warmJS is the worker that compiles the start of the app off the main
// thread: see the file.
//
//go:embed warm.js
var warmJS string

// startScript is the inline start-up script for a site under base.
func startScript(base string) string {
	scripts, _ := json.Marshal(goAppScripts(base))
	wasm, _ := json.Marshal(base + "/web/app.wasm")
	warm, _ := json.Marshal(base + "/warm.js")
	explainer, _ := json.Marshal(base + paths.Explain)
	jsBase, _ := json.Marshal(base)
	return string(withSharedNames(startJS, map[string]string{
		"Base": string(jsBase), "Scripts": string(scripts), "Wasm": string(wasm), "Warm": string(warm),
		"Explain": string(explainer), "MaxQuery": strconv.Itoa(codes.MaxQueryLen),
		"MaxTrace": strconv.Itoa(app.MaxTrace),
	}))
}

// withSharedNames fills a script's [[ ]] actions: [[.Shared]] with the
// names the app and the scripts share (package shared), as a JavaScript
// object, and the other values given.
func withSharedNames(script string, values map[string]string) []byte {
	names, _ := json.Marshal(shared.Name)
	data := map[string]string{"Shared": string(names)}
	maps.Copy(data, values)
	var b bytes.Buffer
	t := template.Must(template.New("script").Delims("[[", "]]").Option("missingkey=error").Parse(script))
	if err := t.Execute(&b, data); err != nil {
		panic(err) // a fixed template and JSON values: cannot fail
	}
	return b.Bytes()
}

// captureMagic is a JavaScript regular expression, as a JSON string, that
// matches the hex of a file's first bytes when package capture takes it
// for a capture: explain.js tells a capture from a text by it.
func captureMagic() string {
	var alts []string
	for _, m := range capture.Magics() {
		alts = append(alts, hex.EncodeToString(m))
	}
	b, _ := json.Marshal("^(" + strings.Join(alts, "|") + ")")
	return string(b)
}

// goAppScripts are the scripts go-app's page head loads with defer
// (http.go:912-917), in order.
func goAppScripts(base string) []string { return []string{base + "/wasm_exec.js", base + "/app.js"} }

// scriptHash is the Content-Security-Policy source that allows one inline script.
func scriptHash(script string) string {
	sum := sha256.Sum256([]byte(script))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// goAppStartCalls are the top-level calls of go-app's app.js (gen/app.js
// lines 15-18) that start-up replaces: startJS registers the worker once
// app.wasm is downloaded, and runs the app on intent.
var goAppStartCalls = []string{"goappInitServiceWorker();\n", "goappInitWebAssembly();\n"}

// withoutGoAppStart removes go-app's own start-up from its app.js, keeping
// the functions the Go side calls (goappGetenv, goappNav, update and install
// hooks). It fails if go-app's file no longer has exactly those calls.
func withoutGoAppStart(appJS []byte) ([]byte, error) {
	for _, call := range goAppStartCalls {
		if n := bytes.Count(appJS, []byte("\n"+call)); n != 1 {
			return nil, fmt.Errorf("go-app's app.js has the line %q %d times, want once: the start-up workaround needs updating", strings.TrimSpace(call), n)
		}
		appJS = bytes.Replace(appJS, []byte("\n"+call), []byte("\n"), 1)
	}
	return appJS, nil
}

// tidier rewrites go-app's pages for the public site.
type tidier struct {
	base string // the site's path prefix
	css  string // our stylesheet, written into each page: the first paint waits for no request
}

// page makes go-app's output right for the public site:
//   - attributes in a fixed order (go-app's vary between runs);
//   - og:url and a canonical link at the public address (go-app writes the
//     generator's own, http.go:780-800), or neither when there is none;
//   - a viewport that lets people zoom;
//   - no go-app stylesheet (http.go:263 adds it; it only styles the loader,
//     which ours restyles), and ours inline instead of its preload and link
//     (http.go:868-906);
//   - go-app's deferred scripts (http.go:912-917) replaced by startScript;
//   - an empty alt on the loader's icon (http.go:726-737), which is decoration;
//   - a Content-Security-Policy that allows our scripts and wasm only.
//
// It fails if go-app's head no longer holds what these rewrites expect.
func (td tidier) page(page []byte, canonical string) ([]byte, error) {
	var out bytes.Buffer
	var scripts []string // go-app's deferred scripts in the head: a page's own, in its body, stay
	inlined, inHead := false, false
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if !errors.Is(z.Err(), io.EOF) {
				return nil, z.Err()
			}
			if !inlined {
				return nil, errors.New("go-app's head has no link to our stylesheet: the inline-CSS workaround needs updating")
			}
			if want := goAppScripts(td.base); !slices.Equal(scripts, want) {
				return nil, fmt.Errorf("go-app's head loads %q, want %q: the start-up workaround needs updating", scripts, want)
			}
			return out.Bytes(), nil
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.Data == "head" {
				inHead = true
				out.Write(z.Raw())
				// Defence in depth: only our own scripts and this page's start script run.
				fmt.Fprintf(&out, `<meta content="script-src 'self' 'wasm-unsafe-eval' %s" http-equiv="Content-Security-Policy">`, scriptHash(startScript(td.base)))
				continue
			}
			if t.Data == "link" {
				switch attr(t, "href") {
				case td.base + "/app.css":
					continue
				case td.base + "/web/app.css":
					if attr(t, "rel") == "stylesheet" {
						out.WriteString(td.inlined()[0])
						inlined = true
					}
					continue
				}
			}
			if t.Data == "script" && hasAttr(t, "defer") && inHead {
				scripts = append(scripts, attr(t, "src"))
				for tt := z.Next(); tt != html.ErrorToken && !(tt == html.EndTagToken && z.Token().Data == "script"); tt = z.Next() {
				}
				continue
			}
			if t.Data == "img" && attr(t, "id") == "app-wasm-loader-icon" {
				t.Attr = append(t.Attr, html.Attribute{Key: "alt"})
			}
			switch attr(t, "property") + attr(t, "name") {
			case "og:url":
				if canonical == "" {
					continue
				}
				setAttr(&t, "content", canonical)
			case "keywords", "og:image": // go-app writes them empty
				if attr(t, "content") == "" {
					continue
				}
			case "viewport":
				setAttr(&t, "content", "width=device-width, initial-scale=1, viewport-fit=cover")
			case "theme-color":
				if attr(t, "media") == "" { // go-app's, next to our dark one
					t.Attr = append(t.Attr, html.Attribute{Key: "media", Val: "(prefers-color-scheme: light)"})
				}
			}
			slices.SortFunc(t.Attr, func(a, b html.Attribute) int { return strings.Compare(a.Key, b.Key) })
			out.WriteString(t.String())
		case html.EndTagToken:
			t := z.Token()
			if t.Data == "head" {
				inHead = false
				if canonical != "" {
					fmt.Fprintf(&out, `<link href="%s" rel="canonical">`, html.EscapeString(canonical))
				}
				if td.notFound(page) {
					out.WriteString(`<meta content="noindex" name="robots">`)
				}
				out.WriteString(td.inlined()[1])
			}
			out.Write(z.Raw())
		default:
			out.Write(z.Raw())
		}
	}
}

// inlined are what every page carries inline: the stylesheet and the
// start-up script.
func (td tidier) inlined() []string {
	return []string{"<style>" + td.css + "</style>", "<script>" + startScript(td.base) + "</script>"}
}

// notFound reports whether a rendered page is the not-found page, which
// search engines must not index under any of the addresses it answers.
func (tidier) notFound(page []byte) bool {
	return bytes.Contains(page, []byte(`data-view="`+string(app.ViewNotFound)+`"`))
}

func attr(t html.Token, key string) string {
	for _, a := range t.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(t html.Token, key string) bool {
	return slices.ContainsFunc(t.Attr, func(a html.Attribute) bool { return a.Key == key })
}

func setAttr(t *html.Token, key, val string) {
	for i := range t.Attr {
		if t.Attr[i].Key == key {
			t.Attr[i].Val = val
		}
	}
}
