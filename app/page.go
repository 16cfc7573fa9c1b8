package app

import (
	"net/url"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/shared"
)

// page is the whole site: one component for every URL, so that moving
// between URLs only updates what changed (go-app reuses the instance and
// calls OnNav).
//
// In the browser the page owns the keystroke path (keys.go): typed text
// never goes through go-app, and what a keystroke changes (results, count,
// filter links) is painted in the input event itself (paint.go).
type page struct {
	goapp.Compo

	loc             location
	updateAvailable bool

	ctx       goapp.Context // the mounted page's context, for navigating from listeners
	typed     typedText     // what the prerendered search box held when the app took over
	navigated bool          // OnNav has run once
	mounted   bool          // OnMount has run: the search box is the app's
	keys      *keyListeners
	urlTimer  urlTimer
}

func newPage() goapp.Composer { return &page{} }

// OnInit runs in the browser inside go-app's mount, while the prerendered
// page is still there: it reads the URL, and what a person typed into the
// search box before the app ran, which then wins over ?q=. It first returns
// to the browser: start-up so far is one task, and the mount is another.
func (p *page) OnInit() {
	if goapp.IsServer {
		return
	}
	mark("init")
	returnToBrowser()
	p.setURL(goapp.Window().URL())
	keepServedPage(p.loc, goapp.Window().URL().Path)
	keepServedChrome()
	p.readTypedText()
	p.takeServedList()
}

// readTypedText takes what the served search box holds, which wins over ?q=.
// It must be read last in the task that ends with the mount: a key pressed
// after it would be lost in the swap.
func (p *page) readTypedText() {
	p.typed = readTypedText()
	if p.typed.changed() && p.loc.view == ViewList {
		p.loc.query = p.typed.value
	}
}

// OnPreRender runs on the server when the static site is generated.
func (p *page) OnPreRender(ctx goapp.Context) { p.init(ctx) }

// OnMount runs in the same task as go-app's swap of the prerendered page
// for its own: the typed text, its selection and focus, and the results are
// back before the browser paints, so nothing is lost and nothing shifts.
// The rest waits for the next task.
func (p *page) OnMount(ctx goapp.Context) {
	p.ctx, p.mounted = ctx, true
	p.updateAvailable = ctx.AppUpdateAvailable()
	p.typed.restore()
	p.paint()
	root := goapp.Window().Get("document").Get("documentElement")
	if p.loc.view != ViewList { // a list ends them when it writes the right answer
		root.Call("removeAttribute", shared.Name.QueryPending)
		root.Call("removeAttribute", shared.Name.Waiting)
	}
	mark("painted")
	returnToBrowser()

	p.keys = listenToKeys(p)
	if typed := searchValue(); typed != p.loc.query && p.loc.view == ViewList {
		p.search(typed) // keys pressed while the page was painted
	}
	if p.typed.changed() && p.loc.view != ViewList {
		ctx.Navigate(href(location{view: ViewList, query: p.typed.value}.withQuery())) // typed on a code page: search
	} else if p.loc.view == ViewList && !p.typed.focused && p.typed.value == "" {
		focusSearch()
	}
	root.Call("setAttribute", shared.Name.Ready, "true") // tests and scripts wait for this
	mark("ready")
	p.warmWorker()
}

func (p *page) OnDismount() {
	if p.keys != nil {
		p.keys.release()
	}
}

// OnNav runs in the browser on the first load and on every navigation.
// On the first, the search box is the truth, not the URL: it holds what was
// typed before the app ran, or since (while start-up returned to the browser).
func (p *page) OnNav(ctx goapp.Context) {
	first := !p.navigated
	p.navigated = true
	p.init(ctx)
	if needsFullLoad(p.loc, first) {
		goapp.Window().Get("location").Call("reload") // go-app has put its URL in the history
		return
	}
	if !first {
		setSearchValue(p.loc.query)
		ctx.Defer(p.paintNow) // once go-app has rendered the new view
		return
	}
	typed := p.boxText()
	switch {
	case p.loc.view == ViewList && typed != p.loc.query:
		p.loc.query = typed
		p.urlTimer.replaceAfterPause(p.loc)
	case p.loc.view != ViewList && typed != "":
		return // the typed text is on its way to the list (OnMount, search)
	}
	ctx.Defer(p.paintNow)
}

func (p *page) paintNow(goapp.Context) { p.paint() }

// boxText is what the search box holds, or held before go-app replaced it
// with its own (which OnMount fills again).
func (p *page) boxText() string {
	if !p.mounted && p.typed.read {
		return p.typed.value
	}
	return searchValue()
}

// init sets the page up for its URL, on the server and in the browser.
func (p *page) init(ctx goapp.Context) {
	p.setURL(ctx.Page().URL())
	title, description := p.meta()
	ctx.Page().SetTitle(attributeText(title))
	ctx.Page().SetDescription(attributeText(description))
}

// attributeText makes text safe for the attributes go-app writes it into
// (og:title, og:description, the description meta): go-app v9.8.0 quotes
// attribute values with strconv.Quote (pkg/app/html.go:389), so a double
// quote ends the attribute in HTML and spills the rest of the text into
// attributes of its own. A vendor's "DiagCode: <code>#<subcode>" did.
// Pinned by site.TestTheWorkaroundsHoldInEveryPage.
func attributeText(s string) string { return strings.ReplaceAll(s, `"`, "'") }

func (p *page) setURL(u *url.URL) {
	p.loc = parseLocation(sitePath(u.Path), u.Query())
}

// OnAppUpdate runs when a new version of the site has been downloaded.
func (p *page) OnAppUpdate(ctx goapp.Context) { p.updateAvailable = ctx.AppUpdateAvailable() }

// search runs a search typed in the box (keys.go).
func (p *page) search(query string) {
	if p.loc.view != ViewList {
		// Searching from a code page goes to the full list.
		p.ctx.Navigate(href(location{view: ViewList, query: query}.withQuery()))
		return
	}
	p.loc.query = query
	p.paint()
	p.urlTimer.replaceAfterPause(p.loc)
}

func (p *page) meta() (title, description string) {
	const site = "sipcodes"
	switch p.loc.view {
	case ViewNotFound:
		return "Page not found | " + site, "This page does not exist. Search every SIP response code instead."
	}
	if isServed(p.loc.view) {
		return servedMeta(p.loc)
	}
	return listMeta(p.listLocation())
}

// Render uses goapp.Elem for the plain containers (header, main, and the
// footer's and class filter's): each element type the browser code names
// brings its whole method set into app.wasm, and these six cost 9.7 KB gzip.
func (p *page) Render() goapp.UI {
	list := p.loc.view == ViewList
	return goapp.Div().
		ID(shared.Name.Page).
		DataSet("view", string(p.loc.view)).
		Body(
			goapp.A().Class("skip-link").Href("#main").Text("Skip to content"),
			goapp.If(p.updateAvailable, &updateNotice{}),
			goapp.Elem("header").Class("site-header").Body(
				goapp.A().Class("brand").Href(href("/")).Body(
					goapp.Span().Class("brand-mark").Text("SIP"),
					goapp.Text(" codes"),
				),
				&searchBox{Query: p.loc.query, ControlsResults: list},
				p.classFilter(),
			),
			goapp.Elem("main").ID("main").Body(p.renderMain()),
			siteFooterView(),
		)
}

func (p *page) renderMain() goapp.UI {
	if isServed(p.loc.view) {
		return servedView(p.loc)
	}
	return &listView{Location: p.listLocation()}
}

// listLocation is the part of the location a list view shows.
func (p *page) listLocation() listLocation {
	return listLocation{Class: p.loc.class, Common: p.loc.common, Query: p.loc.query}
}
