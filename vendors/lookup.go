package vendors

import (
	"strconv"
	"strings"
)

// all is every namespace, in the order pages and results show them: the
// stacks first, then the platforms and carriers.
var all = []*Namespace{&sofiaSIP, &kamailioTM, &opensipsTM, &pjsip, &asteriskHangup, &teams, &msDiagCode, &twilio, &telnyx}

// Namespaces lists every namespace.
func Namespaces() []*Namespace { return all }

// ByID returns the namespace with the given id.
func ByID(id string) (*Namespace, bool) {
	for _, ns := range all {
		if ns.ID == id {
			return ns, true
		}
	}
	return nil, false
}

// Lookup returns every entry of a namespace written as code, compared
// without regard to case: most namespaces have one, but a vendor may list
// one code with several meanings (Teams does).
func (ns *Namespace) Lookup(code string) []Entry {
	var out []Entry
	for _, e := range ns.Entries {
		if strings.EqualFold(e.Code, code) {
			out = append(out, e)
		}
	}
	return out
}

// Hit is an entry with the namespace it belongs to.
type Hit struct {
	Namespace *Namespace
	Entry
}

// DecodeTeams reads a Teams or Azure Communication Services sub-code by
// the prefix rule Microsoft documents: 560ZZZ is the final response ZZZ
// that the customer's SBC sent on an outbound call, 540ZZZ one on an
// inbound call (Microsoft's own pages also use 540 for replies of its own
// to the SBC). A listed row is returned as it is.
func DecodeTeams(code string) (Entry, bool) {
	if rows := teams.Lookup(code); len(rows) > 0 {
		return rows[0], true
	}
	return DecodeTeamsPrefix(code)
}

// DecodeTeamsPrefix is what the prefix rule alone says of a Teams
// sub-code (see DecodeTeams); it reads no table, so a program that needs
// only the rule does not carry the tables.
func DecodeTeamsPrefix(code string) (Entry, bool) {
	if len(code) != 6 || (!strings.HasPrefix(code, "560") && !strings.HasPrefix(code, "540")) {
		return Entry{}, false
	}
	sip, err := strconv.Atoi(code[3:])
	if err != nil || sip < 300 || sip > 699 {
		return Entry{}, false
	}
	e := Entry{Code: code, SIPCode: sip, Where: "call record (CallEndSubReason)", Source: teamsRuleSource}
	if code[1] == '6' {
		e.Name = "SBC response " + code[3:] + " (outbound call)"
		e.Summary = "The customer's SBC, not Microsoft, ended this outbound call with " + code[3:] + ": its own logs say why."
	} else {
		e.Name = "SBC response " + code[3:] + " (inbound call)"
		e.Summary = "A " + code[3:] + " on the SBC's side of an inbound call: the SBC's logs and the message it sent to Teams say why."
	}
	return e, true
}

// teamsID is the Teams namespace's id, a constant so that code which needs
// only the id (the prefix rule) does not link the table.
const teamsID = "teams"

// teamsRuleSource is where Microsoft states the prefix rule.
const teamsRuleSource = "https://github.com/MicrosoftDocs/SupportArticles-docs/blob/1d3864a19c8ea7637f3dd5df529867c0760dff3e/Teams/phone-system/direct-routing/microsoft-sip-response-codes.md"
