package app

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/codes"
)

// page is the whole site: one component for every URL, so that moving
// between URLs only updates what changed (go-app reuses the instance and
// calls OnNav).
type page struct {
	goapp.Compo

	loc             location
	results         []codes.Result // list view: the codes shown, best first
	updateAvailable bool
	ready           bool // the app has taken over the prerendered page
	searches        int  // counts keystrokes, so only the last one updates the URL
	stopKeys        func()
	fastInput       goapp.Func
}

func newPage() goapp.Composer { return &page{} }

// OnInit reads the URL before the first render in the browser, so that the
// app's first paint matches the prerendered page instead of flashing the list.
func (p *page) OnInit() {
	if !goapp.IsServer {
		p.setURL(goapp.Window().URL())
	}
}

// OnPreRender runs on the server when the static site is generated.
func (p *page) OnPreRender(ctx goapp.Context) { p.init(ctx) }

// OnNav runs in the browser on the first load and on every navigation.
func (p *page) OnNav(ctx goapp.Context) {
	p.init(ctx)
	query := p.loc.query
	ctx.Defer(func(goapp.Context) { setSearchValue(query) }) // after the field is rendered
	if !p.ready {
		p.ready = true
		ctx.Defer(func(goapp.Context) {
			// Tests and scripts wait for this: the app has taken over the page.
			goapp.Window().Get("document").Get("documentElement").Call("setAttribute", "data-ready", "true")
			if p.loc.view == viewList {
				focusSearch()
			}
			codes.Search("warm") // build the search index now, not on the first keystroke
		})
	}
}

// init sets the page up for its URL, on the server and in the browser.
func (p *page) init(ctx goapp.Context) {
	p.setURL(ctx.Page().URL())
	ctx.Defer(p.showResults)
	title, description := p.meta()
	ctx.Page().SetTitle(title)
	ctx.Page().SetDescription(description)
}

func (p *page) setURL(u *url.URL) {
	p.loc = parseLocation(sitePath(u.Path), u.Query())
	if p.loc.view == viewList {
		p.search()
	}
}

func (p *page) OnMount(ctx goapp.Context) {
	p.stopKeys = goapp.Window().AddEventListener("keydown", p.onKey)
	p.updateAvailable = ctx.AppUpdateAvailable()
	p.fastInput = goapp.FuncOf(p.paintResults)
	goapp.Window().Get("document").Call("addEventListener", "input", p.fastInput, true)
}

func (p *page) OnDismount() {
	if p.fastInput == nil {
		return // prerendered on the server: never mounted
	}
	p.stopKeys()
	goapp.Window().Get("document").Call("removeEventListener", "input", p.fastInput, true)
	p.fastInput.Release()
}

// showResults fills the result list once go-app has rendered it.
func (p *page) showResults(goapp.Context) {
	if p.loc.view == viewList && !goapp.IsServer {
		writeResults(resultItems(p.results))
	}
}

// paintResults runs synchronously in the browser's input event, before
// go-app's own handler: it writes the new results into the list right away,
// so they are painted in the next frame instead of after go-app's next
// update tick (about 8 ms later). go-app then updates the rest of the page
// (count, URL, filter links) and settles the list on the same HTML.
func (p *page) paintResults(this goapp.Value, args []goapp.Value) any {
	input := args[0].Get("target")
	list := goapp.Window().GetElementByID("results")
	if p.loc.view != viewList || input.Get("id").String() != "search" || !list.Truthy() {
		return nil
	}
	loc := p.loc
	loc.query = input.Get("value").String()
	if results := loc.results(); len(results) > 0 { // "no results" is go-app's to render
		writeResults(resultItems(results))
	}
	return nil
}

// OnAppUpdate runs when a new version of the site has been downloaded.
func (p *page) OnAppUpdate(ctx goapp.Context) { p.updateAvailable = ctx.AppUpdateAvailable() }

// search fills the results for the current list location.
func (p *page) search() { p.results = p.loc.results() }

// onSearch runs on every keystroke in the search box.
func (p *page) onSearch(ctx goapp.Context, query string) {
	if len(query) > codes.MaxQueryLen { // what search reads, and all the URL needs
		query = strings.ToValidUTF8(query[:codes.MaxQueryLen], "")
	}
	if p.loc.view != viewList {
		// Searching from a code page goes back to the full list.
		ctx.Navigate(href(location{view: viewList, query: query}.withQuery()))
		return
	}
	p.loc.query = query
	p.search()
	ctx.Defer(p.showResults)
	p.searches++
	n := p.searches
	ctx.After(urlDelay, func(ctx goapp.Context) {
		if n == p.searches && p.loc.view == viewList {
			p.replaceURL(ctx)
		}
	})
}

// urlDelay is how long typing pauses before ?q= follows it. Browsers ignore
// history updates that come too fast (Chromium: about 200 in 10 seconds).
const urlDelay = 300 * time.Millisecond

// replaceURL puts the search in the address, replacing the current history
// entry: Back leaves the page, not the last keystroke.
func (p *page) replaceURL(ctx goapp.Context) {
	u := *ctx.Page().URL()
	u.RawQuery = ""
	if p.loc.query != "" {
		u.RawQuery = url.Values{"q": {p.loc.query}}.Encode()
	}
	ctx.Page().ReplaceURL(&u)
}

func (p *page) meta() (title, description string) {
	const site = "sipcodes"
	switch p.loc.view {
	case viewCode:
		c, _ := codes.Lookup(p.loc.code)
		return fmt.Sprintf("%d %s: SIP response code | %s", c.Number, c.Phrase, site), c.Summary
	case viewUnknown:
		return fmt.Sprintf("%d is not a registered SIP response code | %s", p.loc.code, site),
			fmt.Sprintf("SIP %d is not in the IANA registry: how clients treat it and the registered codes near it.", p.loc.code)
	case viewNotFound:
		return "Page not found | " + site, "This page does not exist. Search every SIP response code instead."
	}
	switch {
	case p.loc.common:
		return "Common SIP response codes | " + site, "The SIP response codes you meet every day, explained for engineers reading a trace."
	case p.loc.class != 0:
		info := p.loc.class.Info()
		return fmt.Sprintf("SIP %s %s responses | %s", p.loc.class, info.Name, site), info.Meaning
	}
	return "SIP response codes: every registered code, explained | " + site,
		"Every IANA-registered SIP response code in plain words: causes, what to check, headers, Q.850 mapping. Search as you type; works offline."
}

func (p *page) Render() goapp.UI {
	return goapp.Div().
		ID("page").
		DataSet("view", string(p.loc.view)).
		Body(
			goapp.A().Class("skip-link").Href("#main").Text("Skip to content"),
			goapp.If(p.updateAvailable, &updateNotice{}),
			goapp.Header().Class("site-header").Body(
				goapp.A().Class("brand").Href(href("/")).Body(
					goapp.Span().Class("brand-mark").Text("SIP"),
					goapp.Text(" codes"),
				),
				&searchBox{Query: p.loc.query, OnSearch: p.onSearch},
				&classFilter{Class: p.loc.class, Common: p.loc.common, AllCodes: p.loc.view == viewList && !p.loc.common && p.loc.class == 0, Query: p.loc.query},
			),
			goapp.Main().ID("main").Body(p.renderMain()),
			&siteFooter{},
		)
}

func (p *page) renderMain() goapp.UI {
	switch p.loc.view {
	case viewCode:
		return &codeView{Number: p.loc.code}
	case viewUnknown:
		return &unknownView{Number: p.loc.code}
	case viewNotFound:
		return &notFoundView{}
	}
	list := &listView{Location: p.listLocation(), Count: len(p.results)}
	if goapp.IsServer {
		list.Items = resultItems(p.results)
	}
	return list
}

// listLocation is the part of the location a list view shows.
func (p *page) listLocation() listLocation {
	return listLocation{Class: p.loc.class, Common: p.loc.common, Query: p.loc.query}
}
