package app

import (
	goapp "github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipcodes/sipcodes/app/shared"
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
// (app/site/warm.js), where there is no page: main() returns at once, once
// the Go runtime and the package inits have run, and so been compiled.
func InWarmUpWorker() bool {
	return !goapp.IsServer && goapp.Window().Get(shared.Name.WarmUp).Truthy()
}
