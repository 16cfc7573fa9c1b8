// Package shared names what the Go program and the site's scripts both
// use: attributes, element ids, globals, performance marks and a storage
// key. Each is defined once, here. The generator writes them into the
// scripts (start.js, warm.js, explain.js, explain-worker.js) as the object
// `shared`, and a test of the generator fails when a script spells one of
// these kinds of name itself. The package has no dependencies, so that
// the explainer's small wasm can use it too.
package shared

// Names are the shared names; the JSON keys are what the scripts write
// after "shared.".
type Names struct {
	// Attributes of <html> that tell the scripts and the stylesheet where
	// the start-up is.
	Ready        string `json:"ready"`        // "true" once the app has taken over the page
	Waiting      string `json:"waiting"`      // something typed before the app ran: results are coming
	QueryPending string `json:"queryPending"` // a ?q= link: the served list is hidden until the app shows the query's
	StartFailed  string `json:"startFailed"`  // the app could not start

	// Element ids.
	Page        string `json:"page"`        // the page's root, which go-app's mount replaces
	Search      string `json:"search"`      // the search box
	Results     string `json:"results"`     // a list page's results
	ResultCount string `json:"resultCount"` // a list page's count of them
	NoResults   string `json:"noResults"`   // a list page's note for a search that found nothing
	Trace       string `json:"trace"`       // the explainer's box
	Explanation string `json:"explanation"` // where the explanation is written
	Status      string `json:"status"`      // the explainer's status line
	Form        string `json:"form"`        // the explainer's form
	Clear       string `json:"clear"`       // the explainer's Clear button
	File        string `json:"file"`        // the explainer's file picker
	Asked       string `json:"asked"`       // 404.html: the address asked for
	Nearest     string `json:"nearest"`     // 404.html: the link to the nearest page
	LoaderLabel string `json:"loaderLabel"` // the label of go-app's loader, which says when start-up failed

	// On a served list's results: the numbers (one to three digits) whose
	// results are exactly the rows whose code starts with them, which
	// start.js answers before the app runs.
	Numbers string `json:"numbers"`
	Code    string `json:"code"` // on a response code's row: its number

	// Attributes of the explainer's box and answer.
	StorageKey string `json:"storageKey"` // on the box: the session storage entry a trace travels in
	MaxTrace   string `json:"maxTrace"`   // on the box: how many characters the explainer reads
	MaxCapture string `json:"maxCapture"` // on the box: the largest capture file the page reads, in bytes
	Total      string `json:"total"`      // on the box: the length of a trace that was cut
	Done       string `json:"done"`       // on the answer: it is all written (tests and make bench wait for it)
	Memory     string `json:"memory"`     // on the answer: the bytes the explainer's wasm holds after it (make bench reads it)

	// Globals, storage and marks.
	WarmUp  string `json:"warmUp"`  // set by warm.js: this run of app.wasm is the warm-up, not a page
	Explain string `json:"explain"` // defined by explain.wasm: the explainer's entry point
	// Defined by explain.wasm: a capture is read in slices, start, write
	// each slice, end (which answers as Explain does).
	CaptureStart string `json:"captureStart"`
	CaptureWrite string `json:"captureWrite"`
	CaptureEnd   string `json:"captureEnd"`
	// Defined by explain.wasm for the app's worker: a list's content for a
	// search, what sipcodes says of a number's page, and the search
	// indexes built ahead of the first search.
	AnswerList string `json:"answerList"`
	AnswerPage string `json:"answerPage"`
	Prepare    string `json:"prepare"`
	CaptureKey string `json:"captureKey"` // the IndexedDB entry that holds a capture dropped on another page, on its way to /explain
	TraceKey   string `json:"traceKey"`   // the session storage entry that holds a trace on its way to /explain
	MarkPrefix string `json:"markPrefix"` // of the start-up's performance marks, which make bench reads
}

// Name is every shared name.
var Name = Names{
	Ready:        "data-ready",
	Waiting:      "data-waiting",
	QueryPending: "data-query-pending",
	StartFailed:  "data-start-failed",

	Page:        "page",
	Search:      "search",
	Results:     "results",
	ResultCount: "result-count",
	NoResults:   "no-results",
	Trace:       "trace",
	Explanation: "explanation",
	Status:      "explain-status",
	Form:        "explain-form",
	Clear:       "trace-clear",
	File:        "trace-file",
	Asked:       "asked",
	Nearest:     "nearest",
	LoaderLabel: "app-wasm-loader-label",

	Numbers: "data-numbers",
	Code:    "data-code",

	StorageKey: "data-storage-key",
	MaxTrace:   "data-max-trace",
	MaxCapture: "data-max-capture",
	Total:      "data-total",
	Done:       "data-done",
	Memory:     "data-memory",

	WarmUp:       "sipcodesWarmUp",
	Explain:      "sipcodesExplain",
	CaptureStart: "sipcodesCaptureStart",
	CaptureWrite: "sipcodesCaptureWrite",
	CaptureEnd:   "sipcodesCaptureEnd",
	AnswerList:   "sipcodesAnswerList",
	AnswerPage:   "sipcodesAnswerPage",
	Prepare:      "sipcodesPrepare",
	CaptureKey:   "sipcodes-capture",
	TraceKey:     "sipcodes-trace",
	MarkPrefix:   "sipcodes:",
}
