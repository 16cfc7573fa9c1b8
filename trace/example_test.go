package trace_test

import (
	"fmt"

	"github.com/sipcodes/sipcodes/trace"
)

func ExampleExplain() {
	ex := trace.Explain(`[Aug  5 11:43:52] <--- Received SIP response --->
[Aug  5 11:43:52] SIP/2.0 480 Temporarily Unavailable
[Aug  5 11:43:52] Call-ID: abc
[Aug  5 11:43:52] CSeq: 102 INVITE
[Aug  5 11:43:52] Reason: Q.850;cause=16;text="Normal call clearing"
`)
	fmt.Println(ex.Code, ex.Phrase)
	fmt.Println(ex.Messages[0].Line, ex.Messages[0].CSeq, ex.Messages[0].Direction)
	fmt.Println(ex.Reasons[0].Protocol, ex.Reasons[0].Cause, ex.Reasons[0].Name)
	// Output:
	// 480 Temporarily Unavailable
	// 2 102 INVITE in
	// Q.850 16 Normal call clearing
}

func ExampleExplain_challenge() {
	ex := trace.Explain(`SIP/2.0 407 Proxy Authentication Required
Call-ID: c1
CSeq: 1 INVITE

INVITE sip:bob@example.com SIP/2.0
Call-ID: c1
CSeq: 2 INVITE

SIP/2.0 486 Busy Here
Call-ID: c1
CSeq: 2 INVITE
`)
	fmt.Println(ex.Code, ex.Phrase)
	// Output: 486 Busy Here
}
