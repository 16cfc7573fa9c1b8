package app

import (
	"fmt"
	"html"
	"strings"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/paths"
	"github.com/sipcodes/sipcodes/codes"
)

// href turns a site path ("/486") into a link that works under the site's
// prefix, for a GitHub Pages project site served at /name/.
func href(path string) string {
	prefix := rootPrefix()
	if path == "/" && prefix != "" {
		return prefix + "/" // "/name/", not "/name", which GitHub Pages redirects
	}
	return prefix + path
}

var (
	prefixOnce    sync.Once
	browserPrefix string
)

// rootPrefix is the site's prefix ("/name" on a project site, else "").
// In the browser it is read from JS once: href runs for every link of
// every keystroke's results (review N2). The generator builds sites under
// several prefixes in one process, so there it is read each time.
func rootPrefix() string {
	if !goapp.IsClient {
		return goapp.Getenv("GOAPP_ROOT_PREFIX")
	}
	prefixOnce.Do(func() { browserPrefix = goapp.Getenv("GOAPP_ROOT_PREFIX") })
	return browserPrefix
}

func codeHref(n int) string { return href(paths.Code(n)) }

// sitePath strips the site prefix from a path seen in the browser.
func sitePath(path string) string {
	prefix := rootPrefix()
	if prefix != "" && (path == prefix || len(path) > len(prefix) && path[:len(prefix)+1] == prefix+"/") {
		return path[len(prefix):]
	}
	return path
}

// classLinksHTML lists all codes and each class as escaped HTML, for pages
// that found nothing (the browser paints it without go-app: paint.go).
func classLinksHTML() string {
	var b strings.Builder
	b.WriteString(`<ul class="class-list"><li><a href="` + html.EscapeString(href("/")) + `">All codes</a></li>`)
	for _, info := range codes.Classes() {
		fmt.Fprintf(&b, `<li><a href="%s">%s %s</a></li>`, html.EscapeString(href("/"+info.Class.String())), info.Class, html.EscapeString(info.Name))
	}
	b.WriteString("</ul>")
	return b.String()
}

func warningHref(n int) string { return href(paths.Warning(n)) }

func causeHref(n int) string { return href(paths.Cause(n)) }

func protocolHref(token string) string { return href(paths.Reason(token)) }

// refLink links an RFC reference to rfc-editor.org.
func refLink(r codes.Ref) goapp.UI {
	return goapp.A().Href(r.URL()).Rel("external").Text(r.String())
}

// fallbackRule says how a client treats an unregistered response code n
// (RFC 3261 §8.1.3.2), and the code it treats it as. The served page
// (unknownView) and the app's own answer for it (served_browser.go) both say it.
func fallbackRule(n int) (rule string, fallback codes.Code) {
	fallback, _ = codes.Fallback(n)
	if fallback.Number == codes.SessionProgress {
		return fmt.Sprintf("A SIP client that receives %d must treat it like any unknown provisional response", n), fallback
	}
	return fmt.Sprintf("A SIP client that receives %d must treat it as the x00 code of its class", n), fallback
}
