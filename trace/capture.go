package trace

import (
	"fmt"

	"github.com/sipcodes/sipcodes/capture"
)

// CaptureInfo is what a packet capture held besides its SIP: its format,
// what could not be read, and the media seen.
type CaptureInfo struct {
	Format  string   `json:"format"`  // "pcap", "pcapng", with ", gzip"
	Links   []string `json:"links"`   // the link types of its interfaces
	Packets int      `json:"packets"` // packet records read
	SIP     int      `json:"sip"`     // SIP messages found
	Unread  []string `json:"unread"`  // what could not be read, and what would make it readable
	Media   []string `json:"media"`   // RTP packets counted per direction
	// Text is the capture's SIP as the explanation read it, one framing
	// line (transport, time, addresses) before each message: the lines the
	// explanation cites are its lines.
	Text string `json:"-"`
}

// ExplainCapture explains the SIP of a capture that package capture read,
// with the capture's own times and addresses.
func ExplainCapture(c *capture.Capture) Explanation {
	text, left := c.Text()
	e := explain(empty(), text)
	info := &CaptureInfo{Format: c.Format, Links: c.Links, Packets: c.Packets, SIP: len(c.Messages), Unread: c.Unread, Media: c.MediaSummary(), Text: text}
	if info.Unread == nil {
		info.Unread = []string{}
	}
	if info.Media == nil {
		info.Media = []string{}
	}
	if left > 0 {
		info.Unread = append(info.Unread, fmt.Sprintf("The last %d SIP messages are left out: the first 8 MB of SIP are explained.", left))
	}
	e.Capture = info
	if len(c.Messages) == 0 {
		e.Notes = append(e.Notes, fmt.Sprintf("The capture holds %d packets and no SIP this reader could find.", c.Packets))
	}
	e.mediaNotes(c)
	return e
}

// mediaNotes says what the RTP counted shows of an answered call: none
// at all, or one way only (one-way audio).
func (e *Explanation) mediaNotes(c *capture.Capture) {
	answered := false
	for _, m := range e.Messages {
		answered = answered || m.Code >= 200 && m.Code < 300 && m.cseqMethod == "INVITE"
	}
	if !answered {
		return
	}
	if len(c.Media) == 0 {
		e.Notes = append(e.Notes, "No RTP was captured after the call was answered: either the capture was filtered to SIP, or no media flowed (check the SDP's addresses and any firewall between them).")
		return
	}
	for _, m := range c.Media {
		back := false
		for _, o := range c.Media {
			back = back || o.From.Addr == m.To.Addr && o.To.Addr == m.From.Addr
		}
		if !back {
			e.Notes = append(e.Notes, fmt.Sprintf("RTP went from %s to %s but none came back: one-way audio. Check that the other side sends to the address and port its SDP was given (NAT, a private address in the SDP, a firewall).", m.From, m.To))
		}
	}
}
