package cause_test

import (
	"fmt"

	"github.com/sipcodes/sipcodes/cause"
)

func ExampleLookup() {
	c, _ := cause.Lookup(21)
	code, _ := c.SIPCode()
	fmt.Println(c.Value, c.Name, "-", c.Class())
	fmt.Println("RFC 3398:", code)
	fmt.Println("FreeSWITCH:", c.FreeSWITCH.Name, c.FreeSWITCH.Code)
	fmt.Println("Asterisk:", c.Asterisk.Name, c.Asterisk.Code)
	// Output:
	// 21 Call rejected - normal event
	// RFC 3398: 403
	// FreeSWITCH: CALL_REJECTED 603
	// Asterisk: AST_CAUSE_CALL_REJECTED 403
}

func ExampleLookupName() {
	c, _ := cause.LookupName("normal_circuit_congestion")
	fmt.Println(c.Value, c.Name)
	// Output: 34 No circuit/channel available
}

func ExampleDescribe() {
	fmt.Println(cause.Describe(52))
	fmt.Println(cause.Describe(601))
	// Output:
	// 52 is not assigned in Q.850; FreeSWITCH calls it OUTGOING_CALL_BARRED and Asterisk AST_CAUSE_OUTGOING_CALL_BARRED.
	// 601 is not a Q.850 cause: it is FreeSWITCH's ATTENDED_TRANSFER before v1.10.8 (now 801).
}
