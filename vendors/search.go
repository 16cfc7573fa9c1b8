package vendors

import "strings"

// namespaceWords are the words a query may name a namespace by.
var namespaceWords = map[string]string{
	"sofia": "sofia-sip", "sofia-sip": "sofia-sip", "nua": "sofia-sip",
	"kamailio": "kamailio-tm", "kamailio-tm": "kamailio-tm", "opensips": "opensips-tm", "opensips-tm": "opensips-tm",
	"pjsip": "pjsip", "pjsua": "pjsip", "asterisk": "asterisk-hangup", "asterisk-hangup": "asterisk-hangup",
	"teams": "teams", "acs": "teams", "diagcode": "ms-diagcode", "ms-diagcode": "ms-diagcode", "graph": "ms-diagcode",
	"twilio": "twilio", "telnyx": "telnyx",
}

// Search finds the vendor codes a query names: a code as its vendor
// writes it ("904", "560403", "500#3003", "PJSIP_EAUTHNOAUTH", "D35"), a
// name with its words in order ("sofia no matching challenge",
// "NO_MATCHING_CHALLENGE"), narrowed to one namespace when the query names
// it ("sofia 904"). A Teams sub-code no row lists is decoded by its prefix.
func Search(query string) []Hit {
	var only string
	var words []string
	for _, w := range strings.Fields(strings.ToLower(query)) {
		w = strings.Trim(w, `"'.,:;()[]`)
		if ns, ok := namespaceWords[w]; ok && only == "" {
			only = ns
			continue
		}
		if w != "" {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return nil
	}
	var out []Hit
	// A name is searched only when the query names the namespace or
	// writes it as a token (NO_MATCHING_CHALLENGE): "busy here" is the
	// registry's phrase first.
	byName := only != "" || strings.Contains(query, "_")
	for _, ns := range all {
		if only != "" && ns.ID != only {
			continue
		}
		for _, e := range ns.Entries {
			if matches(e, words, byName) {
				out = append(out, Hit{ns, e})
			}
		}
	}
	if len(out) == 0 && len(words) == 1 && (only == "" || only == "teams") {
		if e, ok := DecodeTeamsPrefix(words[0]); ok {
			out = append(out, Hit{&teams, e})
		}
	}
	return out
}

// matches reports whether an entry is what the words name: its code, or
// its name with those words in order.
func matches(e Entry, words []string, byName bool) bool {
	if len(words) == 1 && strings.EqualFold(e.Code, words[0]) {
		return true
	}
	if !byName || len(words) == 1 && !strings.Contains(words[0], "_") {
		return false // one word that is not the code: too loose for a name
	}
	name := strings.ToLower(e.Name)
	phrase := strings.ReplaceAll(strings.Join(words, " "), "_", " ")
	return len(phrase) >= 8 && strings.Contains(name, phrase)
}
