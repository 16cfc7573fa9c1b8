package app

import (
	"sync"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/paths"
)

// href turns a site path ("/486") into a link that works under the site's
// prefix, for a GitHub Pages project site served at /name/.
func href(path string) string { return paths.Href(rootPrefix(), path) }

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

// sitePath strips the site prefix from a path seen in the browser.
func sitePath(path string) string {
	prefix := rootPrefix()
	if prefix != "" && (path == prefix || len(path) > len(prefix) && path[:len(prefix)+1] == prefix+"/") {
		return path[len(prefix):]
	}
	return path
}
