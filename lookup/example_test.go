package lookup_test

import (
	"fmt"

	"github.com/sipcodes/sipcodes/lookup"
)

// A line pasted from a trace finds the cause first, then the response a
// gateway turns it into.
func ExampleSearch() {
	for _, h := range lookup.Search(`Reason: Q.850;cause=17;text="User busy"`)[:2] {
		switch h.Kind {
		case lookup.KindResponse:
			fmt.Println(h.Kind, h.Response.Code.Number, h.Title)
		default:
			fmt.Println(h.Kind, h.Number, h.Title, "→", h.Code)
		}
	}
	// Output:
	// cause 17 User busy → 486
	// response 486 Busy Here
}

// A Warning code written the short way.
func ExampleSearch_warning() {
	h := lookup.Search("w399")[0]
	fmt.Println(h.Kind, h.Number, h.Title)
	// Output: warning 399 Miscellaneous warning
}
