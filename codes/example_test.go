package codes_test

import (
	"fmt"

	"github.com/sipcodes/sipcodes/codes"
)

func ExampleLookup() {
	c, _ := codes.Lookup(codes.BusyHere)
	fmt.Println(c.StatusLine())
	fmt.Println(c.Class(), c.Refs[0], c.Refs[0].URL())
	// Output:
	// SIP/2.0 486 Busy Here
	// 4xx RFC 3261 §21.4.24 https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24
}

func ExampleSearch() {
	for _, r := range codes.Search("Reason: Q.850;cause=17")[:1] {
		fmt.Println(r.Code.Number, r.Code.Phrase)
	}
	for _, r := range codes.Search("48")[:3] {
		fmt.Println(r.Code.Number, r.Code.Phrase)
	}
	// Output:
	// 486 Busy Here
	// 480 Temporarily Unavailable
	// 481 Call/Transaction Does Not Exist
	// 482 Loop Detected
}

func ExampleFallback() {
	c, _ := codes.Fallback(499)
	fmt.Printf("499 is handled as %d %s\n", c.Number, c.Phrase)
	c, _ = codes.Fallback(150)
	fmt.Printf("150 is handled as %d %s\n", c.Number, c.Phrase)
	// Output:
	// 499 is handled as 400 Bad Request
	// 150 is handled as 183 Session Progress
}

func ExampleCodeForCause() {
	code, _, _ := codes.CodeForCause(34)
	fmt.Println(code, codes.Text(code))
	// Output: 503 Service Unavailable
}

func ExampleMatcher_SearchNumbers() {
	// A log line, read once: its status line names the code, and its
	// addresses, port and CSeq are no codes.
	m := codes.NewMatcher("U 10.0.0.5:5060 -> 10.0.0.9:5060 SIP/2.0 486 Busy Here CSeq: 102 INVITE")
	for _, r := range m.SearchNumbers() {
		fmt.Println(r.Code.Number, r.Code.Phrase, r.Match)
	}
	// Output: 486 Busy Here code
}
