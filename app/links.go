package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/codes"
)

// href turns a site path ("/486") into a link that works under the site's
// prefix, for a GitHub Pages project site served at /name/.
func href(path string) string {
	prefix := goapp.Getenv("GOAPP_ROOT_PREFIX")
	if path == "/" && prefix != "" {
		return prefix + "/" // "/name/", not "/name", which GitHub Pages redirects
	}
	return prefix + path
}

func codeHref(n int) string { return href("/" + strconv.Itoa(n)) }

// sitePath strips the site prefix from a path seen in the browser.
func sitePath(path string) string {
	prefix := goapp.Getenv("GOAPP_ROOT_PREFIX")
	if prefix != "" && (path == prefix || len(path) > len(prefix) && path[:len(prefix)+1] == prefix+"/") {
		return path[len(prefix):]
	}
	return path
}

// classLinks lists all codes and each class, for pages that found nothing.
func classLinks() goapp.UI {
	return goapp.Ul().Class("class-list").Body(
		goapp.Li().Body(goapp.A().Href(href("/")).Text("All codes")),
		goapp.Range(codes.Classes()).Slice(func(i int) goapp.UI {
			info := codes.Classes()[i]
			return goapp.Li().Body(goapp.A().Href(href("/" + info.Class.String())).Text(info.Class.String() + " " + info.Name))
		}),
	)
}
