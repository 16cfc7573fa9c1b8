// Package trace reads SIP traces and logs as people paste them and says
// which response really failed, and why.
//
// The reader is lenient and linear in the size of its input. It finds
// request and response start lines and their header fields behind log
// prefixes (timestamps, levels, "> " quotes, capture-tool banners such as
// ngrep's "U a:p -> b:p" with its trailing dots), inside one-line escaped
// strings such as Python's b'...\r\n...', in compact header form and in any
// letter case. It never reads a number from an IP address, a port, a
// timestamp, a byte count or a URI parameter as a status code.
//
// Explain groups the messages into transactions (Call-ID and CSeq) and
// dialogs (Call-ID), picks the headline code by the rules an engineer uses
// (the final failure of the first transaction that failed; a 401 or 407
// that the client answered with a new request, or a redirect it followed,
// does not count), decodes
// every Reason and Warning value, and lists notes on what to check next.
//
// Outside a start line, every number is weighed by the evidence around it
// (evidence.go): its phrase, SIP words in several languages, the key it is
// the value of, arrows and ladder cells, against what says it is an
// address, a time, a count or a return value. Vendor codes are read through
// package vendors; with no failing code, a cancelled call and an
// unanswered request are inferred (outcome.go), and said to be.
//
// The package depends only on the standard library and on the sibling data
// packages codes, cause, warning and vendors.
package trace
