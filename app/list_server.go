//go:build !wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/answer"
	"github.com/sipcodes/sipcodes/codes"
)

// listPartsOf is the served content of a list (the browser paints its own:
// paint_browser.go).
func listPartsOf(l listLocation) listParts {
	c := answer.ForList(l.answerList(), rootPrefix())
	parts := listParts{introHTML: c.IntroHTML, count: c.Count, itemsHTML: c.ItemsHTML, emptyHTML: c.EmptyHTML}
	if l.Query == "" {
		parts.numbers = numbersTheRowsAnswer(l)
	}
	return parts
}

func (l listLocation) answerList() answer.List {
	return answer.List{Class: codes.Class(l.Class), Common: l.Common, Query: l.Query}
}

// listMeta is a list page's title and description.
func listMeta(l listLocation) (title, description string) { return l.answerList().Meta() }

// numberView is the view of a three-digit number's page: a registered
// code's, or an unregistered number's.
func numberView(n int) View {
	if codes.IsRegistered(n) {
		return ViewCode
	}
	return ViewUnknown
}

// The page is painted only in the browser.
func (p *page) paint() {}

// The header's class filter and the footer, rendered.
func (p *page) classFilter() goapp.UI {
	l := p.listLocation()
	list := p.loc.view == ViewList
	return &classFilter{Class: l.Class, Common: l.Common, AllCodes: list && !l.Common && l.Class == 0, Query: l.Query}
}

func siteFooterView() goapp.UI { return &siteFooter{} }

// In the browser, the page takes the served list and asks the worker for
// others (paint_browser.go); on the server it renders them.
func (p *page) takeServedList() {}
func (p *page) warmWorker()     {}
