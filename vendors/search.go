package vendors

import (
	"slices"
	"strings"
	"sync"
)

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
func Search(query string) []Hit { return builtIn().Search(query) }

var (
	builtOnce sync.Once
	built     *index
)

// builtIn indexes the tables compiled in, on the first search. (A
// sync.OnceValue set at init would link the tables into every program
// that imports the package.)
func builtIn() *index {
	builtOnce.Do(func() { built = newIndex(all) })
	return built
}

// index finds the entries of a set of tables as Search does, in the time
// a keystroke allows: a code by one map lookup, a name among names already
// in lower case.
type index struct {
	byCode map[string][]Hit // by the code in lower case
	names  []named          // in the tables' order
	teams  *Namespace       // for the prefix rule; nil without the Teams table
}

type named struct {
	hit  Hit
	name string // in lower case
}

// newIndex indexes the tables.
func newIndex(tables []*Namespace) *index {
	x := &index{byCode: map[string][]Hit{}}
	for _, ns := range tables {
		if ns.ID == teamsID {
			x.teams = ns
		}
		for _, e := range ns.Entries {
			code := strings.ToLower(e.Code)
			x.byCode[code] = append(x.byCode[code], Hit{ns, e})
			x.names = append(x.names, named{Hit{ns, e}, strings.ToLower(e.Name)})
		}
	}
	return x
}

// Search is the package's Search over the indexed tables.
func (x *index) Search(query string) []Hit {
	var buf [8]string
	only, words := readQuery(query, &buf)
	if len(words) == 0 {
		return nil
	}
	var out []Hit
	if len(words) == 1 {
		for _, h := range x.byCode[words[0]] {
			if only == "" || h.Namespace.ID == only {
				out = append(out, h)
			}
		}
	}
	// A name is searched only when the query names the namespace or
	// writes it as a token (NO_MATCHING_CHALLENGE): "busy here" is the
	// registry's phrase first; one plain word is too loose for a name.
	if (only != "" || strings.Contains(query, "_")) && (len(words) > 1 || strings.Contains(words[0], "_")) {
		if phrase := strings.ReplaceAll(strings.Join(words, " "), "_", " "); len(phrase) >= 8 {
			for _, n := range x.names {
				if (only == "" || n.hit.Namespace.ID == only) && strings.Contains(n.name, phrase) && !slices.Contains(out, n.hit) {
					out = append(out, n.hit)
				}
			}
		}
	}
	if len(out) == 0 && len(words) == 1 && (only == "" || only == teamsID) && x.teams != nil {
		if e, ok := DecodeTeamsPrefix(words[0]); ok {
			out = append(out, Hit{x.teams, e})
		}
	}
	return out
}

// NamedNamespace is the id of the namespace a query names ("sofia 904"
// names sofia-sip), or "".
func NamedNamespace(query string) string {
	var buf [8]string
	only, _ := readQuery(query, &buf)
	return only
}

// readQuery splits a query into the namespace it names, if any, and its
// other words, in lower case, into buf: a keystroke's search allocates
// nothing for a query that names no code.
func readQuery(query string, buf *[8]string) (only string, words []string) {
	words = buf[:0]
	for w := range strings.FieldsSeq(query) {
		w = strings.ToLower(strings.Trim(w, `"'.,:;()[]`))
		if w == "" {
			continue
		}
		if ns, ok := namespaceWords[w]; ok && only == "" {
			only = ns
			continue
		}
		if len(words) == len(buf) {
			return only, nil // a long paste names no vendor code
		}
		words = append(words, w)
	}
	return only, words
}
