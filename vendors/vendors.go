// Package vendors holds the numbers and tokens that SIP stacks, platforms
// and carriers put in a failure beside the registries' codes: sofia-sip's
// 9xx statuses in FreeSWITCH logs, the replies Kamailio's and OpenSIPS' tm
// module generate itself, pjsip's errors, Microsoft Teams sub-codes,
// Twilio's and Telnyx's error numbers.
//
// Each namespace is one table (one file), owned by one vendor, with the
// source it was read from and how sure that source is. An entry is always
// that vendor's: it is never mixed with, or presented as, an IANA code.
// Every sentence is written for this project; numbers and names are the
// vendor's.
//
// The package depends only on the standard library.
package vendors

// Confidence says what kind of source a namespace was read from.
type Confidence string

const (
	// VendorSource: read in the vendor's own source code, at a named commit.
	VendorSource Confidence = "vendor source code"
	// VendorDocs: read in the vendor's published documentation.
	VendorDocs Confidence = "vendor documentation"
	// Community: only third parties (forums, consultants, other projects) say so.
	Community Confidence = "community"
)

// Namespace is one vendor's table of codes.
type Namespace struct {
	ID         string // stable id used in URLs and JSON: "sofia-sip", "teams"
	Name       string // what engineers call these codes
	Owner      string // whose codes they are
	About      string // where the codes show up and how to read them, in our words
	Source     string // the primary source: a URL, or a repository path at a commit
	Retrieved  string // the date the source was read, YYYY-MM-DD
	Confidence Confidence
	Entries    []Entry
}

// Entry is one code or token of a namespace.
type Entry struct {
	Code    string // as the vendor writes it: "904", "560403", "PJSIP_ETPNOTSUITABLE", "500#3003"
	Name    string // the vendor's own name or phrase for it
	Summary string // what it means, in our words
	SIPCode int    // the SIP response it stands for when the vendor says so; 0 otherwise
	Where   string // where it shows up: "log line", "status line", "Reason header", "CDR", "API error"
	Source  string // where this entry was read: a URL, or a repository path at a commit, with a line
}
