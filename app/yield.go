package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/shared"
	"github.com/sipcodes/sipcodes/lookup"
)

// ReturnToBrowser lets the browser run (paint, handle a waiting key) before
// the app goes on starting: Go gives control back only when no goroutine can
// run, so this waits on a channel that a browser timer closes.
// time.Sleep does not do it: its timer is already due when Go checks.
// It does nothing outside the browser.
func ReturnToBrowser() {
	if goapp.IsServer {
		return
	}
	mark("main")
	returnToBrowser()
}

// mark records a start-up phase for the browser's performance timeline,
// which make bench reads.
func mark(phase string) { goapp.Window().Get("performance").Call("mark", shared.Name.MarkPrefix+phase) }

func returnToBrowser() {
	done := make(chan struct{})
	var resume goapp.Func
	resume = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		close(done)
		resume.Release()
		return nil
	})
	goapp.Window().Call("setTimeout", resume)
	<-done
}

// InWarmUpWorker reports whether this run is start.js's warm-up worker
// (app/site/warm.js), where there is no page: main() calls WarmUp and returns.
func InWarmUpWorker() bool {
	return !goapp.IsServer && goapp.Window().Get(shared.Name.WarmUp).Truthy()
}

// WarmUp runs the page-free code of the first paint and of a first search,
// so that V8 compiles it in the worker rather than on the main thread.
func WarmUp() {
	for _, query := range []string{"", "48", "busy"} {
		results := lookup.SearchWith(query, searchSources())
		resultItems(results)
		countText(listLocation{Query: query}, results)
	}
	emptyHTML(listLocation{Query: "xyzzy"})
}
