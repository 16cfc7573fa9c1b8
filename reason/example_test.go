package reason_test

import (
	"fmt"

	"github.com/sipcodes/sipcodes/reason"
)

func ExampleLookupProtocol() {
	p, _ := reason.LookupProtocol("q.850")
	fmt.Println(p.Token, "-", p.Reference)
	fmt.Println(p.Refs[1], p.Refs[1].URL())
	// Output:
	// Q.850 - ITU-T Q.850
	// RFC 6432 §3 https://www.rfc-editor.org/rfc/rfc6432#section-3
}

func ExampleLookupValue() {
	v, _ := reason.LookupValue("preemption", 2)
	fmt.Println(v.Cause, v.Text, v.Refs[0])
	v, _ = reason.LookupValue("STIR", 403)
	fmt.Println(v.Cause, v.Text, v.Refs[0])
	// Output:
	// 2 Reserved Resources Preempted RFC 4411 §5.2
	// 403 Stale Date RFC 8224 §6.2.2
}
