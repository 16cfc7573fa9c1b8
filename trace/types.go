package trace

import "time"

// Explanation is what Explain makes of a pasted text.
type Explanation struct {
	Code    int    `json:"code"`   // the headline status code; 0 when nothing in the text says
	Phrase  string `json:"phrase"` // the registered phrase of Code, or the class fallback's for an unregistered code
	Summary string `json:"summary,omitempty"`
	// Confidence is "stated" when a response, a stated code, a Reason or a
	// cause in the text says the headline, "inferred" when the reader
	// concluded it from what happened (Inferred is then set): no answer to
	// a request is a timeout (408), a cancelled call is 487.
	Confidence string      `json:"confidence,omitempty"`
	Inferred   bool        `json:"inferred,omitempty"`
	Evidence   []int       `json:"evidence,omitempty"` // the lines the headline rests on
	Vendor     *VendorCode `json:"vendor,omitempty"`   // the vendor code the headline was read from; Code is the response it stands for, or 0
	Messages   []Message   `json:"messages"`
	Reasons    []Reason    `json:"reasons"`  // every Reason value, in input order
	Warnings   []Warning   `json:"warnings"` // every Warning value, in input order
	Signals    []Signal    `json:"signals"`  // vendor log lines and headers that state a code or a cause
	Notes      []string    `json:"notes"`    // contradictions and what to check next

	// The call flow, where the text shows it: who took part (by address,
	// or "this server" for the element whose log it is), the timings the
	// message times give (RFC 6076), and what went wrong in the flow.
	Participants []string         `json:"participants,omitempty"`
	Timings      map[string]int64 `json:"timings,omitempty"` // srd_ms, answer_ms, duration_ms, rrd_ms, register_interval_ms, longest_gap_ms: only what the times give
	Findings     []Finding        `json:"findings"`

	Capture *CaptureInfo `json:"capture,omitempty"` // set when the input was a packet capture

	Transactions int    `json:"transactions"` // distinct Call-ID and CSeq pairs
	Dialogs      int    `json:"dialogs"`      // distinct Call-IDs
	Binary       bool   `json:"binary,omitempty"`
	Truncated    bool   `json:"truncated,omitempty"` // more messages, or Reason, Warning or other values, than the output keeps
	Error        string `json:"error,omitempty"`     // set when the input could not be read as text

	gaveUp       []int // lines that say a request got no answer
	ackLost      []int // lines that say an ACK never came: an ACK timeout, a call dropped about 32 s after answer
	noRetry      []int // lines that say a challenged request was never sent again with credentials
	rechallenged []int // lines that say credentials were challenged again
	resent       []int // lines that say a message was sent again
	dtmfLost     []int // lines that say telephone-event was left out of an answer
	bodies       []sdp // SDP pasted alone, outside any message: an offer, then its answer
	head         int   // index of the message the headline rests on, -1 for none

	publicPeer bool // a SIP URI names a public IP address
}

// Message is one SIP request or response found in the text.
// Finding is something that went wrong in the call flow, with the lines
// that show it.
type Finding struct {
	ID      string `json:"id"`      // stable: "missing-ack", "auth-loop", ...
	RFC     string `json:"rfc"`     // the section it rests on: "RFC 3261 §13.3.1.4"
	Summary string `json:"summary"` // what the lines show
	Lines   []int  `json:"lines"`   // 1-based lines of the input
	Next    string `json:"next"`    // what to check
}

type Message struct {
	Line   int    `json:"line"`             // 1-based line of the start line in the input
	Method string `json:"method,omitempty"` // the request method, for a request
	Code   int    `json:"code,omitempty"`   // the status code, for a response
	Phrase string `json:"phrase,omitempty"` // the reason phrase as written
	// PhraseDiffers is set when Phrase is not the registered phrase of Code.
	PhraseDiffers bool   `json:"phrase_differs,omitempty"`
	CSeq          string `json:"cseq,omitempty"`
	CallID        string `json:"call_id,omitempty"`
	// Direction is "in" or "out" when a log says so, or "a:p -> b:p" from a capture tool.
	Direction string `json:"direction,omitempty"`
	// From and To are who sent it to whom, as the text says: an address
	// ("10.0.0.1:5060"), or "this server" for the element whose log it is.
	From    string `json:"from,omitempty"`
	To      string `json:"to,omitempty"`
	Time    string `json:"time,omitempty"` // when, as the text writes it
	Meaning string `json:"meaning,omitempty"`

	Reasons     []Reason  `json:"reasons,omitempty"`
	Warnings    []Warning `json:"warnings,omitempty"`
	RetryAfter  string    `json:"retry_after,omitempty"`
	MinSE       string    `json:"min_se,omitempty"`
	MinExpires  string    `json:"min_expires,omitempty"`
	Unsupported string    `json:"unsupported,omitempty"`
	Require     string    `json:"require,omitempty"`
	Allow       string    `json:"allow,omitempty"`
	Contact     []string  `json:"contact,omitempty"` // kept on 3xx responses only

	cseqNum        int64
	cseqMethod     string
	at             time.Duration // Time read, from midnight of its day (days added when dated); -1 unknown
	credentials    bool          // it carried Authorization or Proxy-Authorization
	sessionExpires int           // its Session-Expires, in seconds; 0 if none
	vias           int           // how many Via values it carries: the hops a request has taken
	fromTag        string        // its From tag, which says which side of the dialog sent a request
	recordRoute    bool          // it carried Record-Route: a proxy stays on the dialog's path
	stale          bool          // a challenge that says stale=true: the old credentials were right
	media          sdp           // what its SDP body says
	fromLog        bool          // a vendor log line, not a start line
	vendor         *VendorCode   // the vendor code the response was read from
}

// Request reports whether m is a request.
func (m Message) Request() bool { return m.Method != "" }

// Reason is one value of a Reason header field (RFC 3326, location per RFC 8606).
type Reason struct {
	Protocol string `json:"protocol"`
	Cause    int    `json:"cause"`
	Text     string `json:"text,omitempty"`
	Location string `json:"location,omitempty"`
	Line     int    `json:"line"`
	// Name is the cause's name (a Q.850 cause name, or the phrase of a SIP code).
	Name string `json:"name,omitempty"`
	// SIPCode is the response the value stands for: N for SIP;cause=N, the
	// RFC 3398 mapping for a Q.850 cause, the response FreeSWITCH sends for
	// one of its own causes; 0 when there is none.
	SIPCode int `json:"sip_code,omitempty"`
	// Vendor is "FreeSWITCH" when a SIP cause is one of FreeSWITCH's own
	// (Name is then its name; Cause may be its number before 2022), not a
	// SIP response code.
	Vendor string `json:"vendor,omitempty"`
}

// Warning is one value of a Warning header field (RFC 3261 §20.43).
type Warning struct {
	Code    int    `json:"code"`
	Agent   string `json:"agent,omitempty"`
	Text    string `json:"text,omitempty"`
	Line    int    `json:"line"`
	Meaning string `json:"meaning,omitempty"`
}

// Signal is a code or cause stated outside SIP proper: a vendor header
// (X-Reason, X-Asterisk-HangupCause) or a log line such as
// `Got SIP response 503 "Service Unavailable"` or `hangup cause NORMAL_CLEARING`.
type Signal struct {
	Line  int    `json:"line"`
	Kind  string `json:"kind"`            // "response", "cause", "vendor" or "text"
	Code  int    `json:"code,omitempty"`  // a SIP status code (for a cause above 127, the one FreeSWITCH sends)
	Cause int    `json:"cause,omitempty"` // a Q.850 cause, or one of FreeSWITCH's own above 127
	Text  string `json:"text"`

	Vendor *VendorCode `json:"vendor,omitempty"` // kind "vendor": the code, as its vendor's
}
