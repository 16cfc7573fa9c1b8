package warning_test

import (
	"fmt"

	"github.com/sipcodes/sipcodes/warning"
)

func ExampleLookup() {
	w, _ := warning.Lookup(warning.IncompatibleMediaFormat)
	fmt.Println(w.HeaderLine("gw.example.com"))
	fmt.Println(w.Refs[0], w.Refs[0].URL())
	fmt.Println("seen with", w.SeenWith)
	// Output:
	// Warning: 305 gw.example.com "Incompatible media format"
	// RFC 3261 §20.43 https://www.rfc-editor.org/rfc/rfc3261#section-20.43
	// seen with [488 606]
}

func ExampleDescribe() {
	fmt.Println(warning.Describe(390))
	fmt.Println(warning.Describe(372))
	// Output:
	// 390 is not a registered warn-code; PJSIP (pjsua and other applications built on it) sends it.
	// 372 is not a registered warn-code; its number falls in 370-379, kept for quantitative quality-of-service parameters asked for in the session description.
}
