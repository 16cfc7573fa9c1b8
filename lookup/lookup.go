// Package lookup searches every number of a SIP failure at once: the
// response codes of package codes, the Warning codes of package warning,
// the Q.850 causes (and FreeSWITCH's own) of package cause, the Reason
// protocols of package reason, and the codes stacks and carriers write, of
// package vendors. It reads what engineers type or paste:
//
//	486                          the response code first
//	warning 399, Warning: 399 …, w399
//	                             the Warning code
//	cause 34, Q.850;cause=34, NO_ROUTE_DESTINATION, USER_BUSY
//	                             the cause, with the SIP code it maps to
//	Reason: SIP;cause=487        the response the SIP cause names
//	STIR                         the Reason protocol, then 436 to 438
//	904, sofia 904, 560403       the vendor's code
//
// Response codes rank first for plain words; the other kinds follow. Like
// package codes it has no dependency on any user interface.
package lookup

import (
	"slices"
	"strconv"
	"strings"

	"github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/reason"
	"github.com/sipcodes/sipcodes/vendors"
	"github.com/sipcodes/sipcodes/warning"
)

// Kind is what a hit is.
type Kind int

const (
	KindResponse Kind = iota // a SIP response code
	KindWarning              // a warn-code of the Warning header
	KindCause                // a Q.850 cause value, or one of FreeSWITCH's own above 127
	KindProtocol             // a protocol of the Reason header
	KindVendor               // a code a stack or carrier writes, from package vendors
)

var kindNames = [...]string{"response", "warning", "cause", "protocol", "vendor"}

// String names the kind as the JSON of `sipcodes search` gives it.
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Hit is one thing a search found.
type Hit struct {
	Kind     Kind
	Response *codes.Result // KindResponse; nil for the other kinds
	Number   int           // KindWarning, KindCause: the warn-code or the cause value
	Token    string        // KindProtocol: the token as registered
	Title    string        // the warn-text, the cause's name, or the protocol's token
	Summary  string        // one line about it
	Code     int           // KindCause: the SIP response it maps to (RFC 3398, or FreeSWITCH's for its own causes); KindVendor: the response it stands for; 0 if none
	MappedBy string        // KindCause with a Code: whose mapping it is, "RFC 3398", "FreeSWITCH" or "Asterisk"
	Score    int           // higher ranks first
	Vendor   *vendors.Hit  // KindVendor: the entry and its namespace; nil for the other kinds

	matcher codes.Matcher
}

// Highlight returns the parts of text that the query matched.
func (h Hit) Highlight(text string) []codes.Span {
	if h.Kind == KindResponse {
		return h.Response.Highlight(text)
	}
	return h.matcher.Highlight(text)
}

// Scores, against the ones package codes gives response codes (a code
// number 1,000,000, a cause 800,000, a fallback 600,000, a prefix 400,000,
// an exact phrase 10,000, words about 40 each).
const (
	scoreNamed       = 2_000_000 // the query names this entry: "warning 399", "cause 34", USER_BUSY, STIR
	scoreWarningCode = 700_000   // a bare three-digit number that is a warn-code: below a registered response
	scoreCauseNumber = 300_000   // a bare number that is a cause value: below the responses it begins
	scoreExactTitle  = 9_000     // the words are the whole name: below a response's exact phrase
	scoreTitleWord   = 30        // per word found in the name
	scoreOtherWord   = 10        // per word found in the summary only
)

// Search finds what query names or describes, best first, with the vendor
// codes of package vendors. An empty query returns every response code in
// numeric order, as codes.Search does. A vendor's code comes first when
// the query names its vendor ("kamailio 408") or no registry has the
// number itself ("904", "560403", "477"); "503" and "17" are the
// registries' first.
func Search(query string) []Hit {
	hits := searchRegistries(query)
	found := vendors.Search(query)
	if len(found) == 0 {
		return hits
	}
	first := len(hits) == 0 || !hasTheNumber(hits[0]) || vendors.NamedNamespace(query) != ""
	out := make([]Hit, 0, len(hits)+len(found))
	if !first {
		out = append(out, hits...)
	}
	for i := range found {
		v := &found[i]
		out = append(out, Hit{Kind: KindVendor, Vendor: v, Token: v.Code, Title: v.Name, Summary: v.Summary, Code: v.SIPCode})
	}
	if first {
		out = append(out, hits...)
	}
	return out
}

// hasTheNumber reports whether a registry's hit is the number searched
// for, not a class's fallback or a code it begins.
func hasTheNumber(h Hit) bool {
	if h.Kind == KindResponse {
		return h.Response.Match == codes.MatchCode
	}
	return h.Score >= scoreCauseNumber
}

// searchRegistries searches the registries' numbers and words.
func searchRegistries(query string) []Hit {
	query = codes.CutQuery(query)
	m := codes.ReadQuery(query, isProtocol)
	if strings.TrimSpace(query) == "" {
		return responses(m.SearchIn(codes.DefaultIndex()), 0)
	}
	s := &search{q: m.Named(), m: m}
	var results []codes.Result
	if s.q.Any() {
		// Of the responses, only those its numbers name are kept (see
		// dropWordMatches): matching its words would be wasted.
		results = m.SearchNumbers()
	} else {
		results = m.SearchIn(codes.DefaultIndex())
	}
	if v := vendorValue(query); v != query {
		s.m = codes.ReadQuery(v, isProtocol)
	}
	var scratch entryScores
	var wordScores []int
	if !s.q.Any() {
		wordScores = theIndex().match(s.m.Words(), &scratch)
	}
	// One allocation for the hits found by words, the most there can be:
	// allocation is what stretches the slowest searches. The few named
	// hits may grow it.
	s.hits = responses(results, countFound(wordScores))
	if s.named(); s.q.Any() {
		s.dropWordMatches()
	} else {
		s.words(wordScores)
	}
	if !s.extra {
		return s.hits // only what codes.Search found, in its order
	}
	return s.ranked()
}

// ranked sorts the hits in place. It sorts their indexes and then moves
// each hit once: a Hit is large, a copy of the slice would double what a
// keystroke allocates, and moving hits in a sort costs more than the search.
func (s *search) ranked() []Hit {
	var buf [512]int // more than the codes and entries together
	order := buf[:0] // on the stack
	for i := range s.hits {
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(a, b int) int { return byRank(&s.hits[a], &s.hits[b]) })
	permute(s.hits, order)
	return s.hits
}

// permute reorders hits so that hits[i] is what hits[order[i]] was, one
// cycle of the permutation at a time. It uses order up.
func permute(hits []Hit, order []int) {
	for start := range order {
		if order[start] < 0 || order[start] == start {
			continue
		}
		held := hits[start]
		at := start
		for {
			from := order[at]
			order[at] = -1
			if from == start {
				hits[at] = held
				break
			}
			hits[at] = hits[from]
			at = from
		}
	}
}

// vendorValue is the value of a vendor header such as
// "X-Asterisk-HangupCause: Bearer capability not available", whose name
// says nothing about which cause it is; any other query is returned whole.
func vendorValue(query string) string {
	name, value, ok := strings.Cut(strings.TrimSpace(query), ":")
	if !ok || len(name) < 3 || !strings.EqualFold(name[:2], "x-") || strings.ContainsAny(name, " \t") {
		return query
	}
	return value
}

// byRank orders hits best first; at equal scores a response code comes
// first (package codes already ordered those), then by kind and number.
func byRank(a, b *Hit) int {
	if a.Score != b.Score {
		return b.Score - a.Score
	}
	if a.Kind == KindResponse || b.Kind == KindResponse {
		return 0
	}
	if a.Kind != b.Kind {
		return int(a.Kind) - int(b.Kind)
	}
	return a.Number - b.Number
}

type search struct {
	q     codes.Named
	m     codes.Matcher
	hits  []Hit
	extra bool // hits holds more than codes.Search found
}

// add records a named hit, or raises the score of the same entry found
// before (codes.Search may have found the response too). Named hits are few.
func (s *search) add(h Hit) {
	h.matcher = s.m
	s.extra = true
	for i := range s.hits {
		if same(&s.hits[i], &h) {
			s.hits[i].Score = max(s.hits[i].Score, h.Score)
			return
		}
	}
	s.hits = append(s.hits, h)
}

// same reports whether two hits are the same entry.
func same(a, b *Hit) bool {
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == KindResponse {
		return a.Response.Code.Number == b.Response.Code.Number
	}
	return a.Number == b.Number && a.Token == b.Token
}

// dropWordMatches leaves out the response codes that codes.Search found
// only by the query's other words, or by a number that is the Warning
// code: "USER_BUSY" is about cause 17 and 486, not every code that says "user".
func (s *search) dropWordMatches() {
	s.hits = slices.DeleteFunc(s.hits, func(h Hit) bool {
		if h.Kind != KindResponse || h.Score >= scoreNamed-100 {
			return false
		}
		m := h.Response.Match
		return m != codes.MatchCode && m != codes.MatchCause || h.Response.Code.Number == s.q.Warning
	})
}

// named adds what the query names by number, name or token.
func (s *search) named() {
	q := s.q
	if q.Warning != 0 {
		s.addWarning(q.Warning, scoreNamed)
	}
	if q.Cause >= 0 {
		switch q.Protocol {
		case "sip", "stir":
			// A SIP cause is a response code (RFC 3326); STIR's are the
			// responses of RFC 8224.
			if c, ok := codes.Lookup(q.Cause); ok {
				s.add(responseHit(c, codes.MatchCode, scoreNamed))
			} else if in, ok := cause.LookupInternal(q.Cause); ok && q.Protocol != "stir" {
				s.addInternal(in, scoreNamed) // FreeSWITCH writes its own causes as SIP;cause=N
			}
		case "", "q.850", "q850":
			s.addCause(q.Cause, scoreNamed)
		default:
			// Another registry's number ("preemption cause 1"): its
			// protocol is added below.
		}
	}
	if q.Protocol != "" {
		if p, ok := reason.LookupProtocol(q.Protocol); ok && (q.Cause < 0 || q.Protocol == "stir" || q.Protocol == "preemption") {
			s.add(protocolHit(p, scoreNamed-1))
			if q.Cause < 0 { // "STIR": its values, where they are response codes
				for i, v := range p.Values {
					if c, ok := codes.Lookup(v.Cause); ok {
						s.add(responseHit(c, codes.MatchCode, scoreNamed-2-i))
					}
				}
			}
		}
	}
	for _, name := range q.Names {
		if c, ok := cause.LookupName(name); ok {
			s.addCauseNamed(c, name)
		} else if in, ok := cause.LookupInternalName(name); ok {
			s.addInternal(in, scoreNamed)
		}
	}
	if q.Bare == "" { // strconv's error for "" is an allocation, on every search of words
		return
	}
	n, _ := strconv.Atoi(q.Bare) // one to three digits
	if len(q.Bare) == 3 {
		s.addWarning(n, scoreWarningCode)
	}
	if len(q.Bare) >= 2 && n <= 127 {
		if c, ok := cause.Lookup(n); ok && c.Assigned {
			s.addCause(n, scoreCauseNumber)
		}
	}
}

func (s *search) addWarning(n, score int) {
	if w, ok := warning.Lookup(n); ok {
		s.add(Hit{Kind: KindWarning, Number: n, Title: w.Text, Summary: w.Summary, Score: score})
	} else if u, ok := warning.LookupUnregistered(n); ok {
		s.add(Hit{Kind: KindWarning, Number: n, Title: "Unregistered (" + u.Sender + ")", Summary: u.Note, Score: score})
	}
}

func (s *search) addCause(n, score int) {
	c, ok := cause.Lookup(n)
	if !ok {
		if in, ok := cause.LookupInternal(n); ok {
			s.addInternal(in, score)
		}
		return
	}
	title := c.Name
	if !c.Assigned {
		title = "Not assigned in Q.850"
	}
	h := Hit{Kind: KindCause, Number: n, Title: title, Summary: c.Explanation, Score: score}
	h.Code, h.MappedBy = causeCode(c)
	s.add(h)
	s.addMapped(h)
}

// addCauseNamed adds a cause the query names by a name: written as a
// server names it (OUTGOING_CALL_BARRED is FreeSWITCH's name for 52), the
// response shown is the one that server sends, not RFC 3398's.
func (s *search) addCauseNamed(c cause.Cause, name string) {
	h := Hit{Kind: KindCause, Number: c.Value, Title: c.Name, Summary: c.Explanation, Score: scoreNamed}
	h.Code, h.MappedBy = causeCode(c)
	for _, v := range []struct {
		server string
		cause.Vendor
	}{{"FreeSWITCH", c.FreeSWITCH}, {"Asterisk", c.Asterisk}} {
		if v.Name != "" && strings.EqualFold(strings.TrimSpace(name), v.Name) && !strings.EqualFold(name, c.Name) {
			h.Title = v.Name
			if v.Code != 0 {
				h.Code, h.MappedBy = v.Code, v.server
			}
			break
		}
	}
	if !c.Assigned && h.Title == "" {
		h.Title = "Not assigned in Q.850"
	}
	s.add(h)
	s.addMapped(h)
}

// addMapped puts the response a named cause maps to right after it.
func (s *search) addMapped(h Hit) {
	if h.Score < scoreNamed {
		return
	}
	if c, ok := codes.Lookup(h.Code); ok {
		s.add(responseHit(c, codes.MatchCause, h.Score-1))
	}
}

func (s *search) addInternal(in cause.Internal, score int) {
	h := internalHit(in, score)
	s.add(h)
	s.addMapped(h)
}

// responseHit is a response code the query names without codes.Search having
// found it that way (a SIP cause, a cause's mapping, a STIR value).
func responseHit(c codes.Code, m codes.Match, score int) Hit {
	return Hit{Kind: KindResponse, Response: &codes.Result{Code: &c, Match: m, Score: score}, Title: c.Phrase, Summary: c.Summary, Score: score}
}

func internalHit(in cause.Internal, score int) Hit {
	h := Hit{Kind: KindCause, Number: in.Value, Title: in.Name, Summary: cause.Describe(in.Value), Code: in.Code, Score: score}
	if h.Code != 0 {
		h.MappedBy = "FreeSWITCH"
	}
	return h
}

func protocolHit(p reason.Protocol, score int) Hit {
	return Hit{Kind: KindProtocol, Token: p.Token, Title: p.Token, Summary: p.Causes, Score: score}
}

// causeCode is the one SIP response RFC 3398 maps a cause to, if there is one.
func causeCode(c cause.Cause) (code int, mappedBy string) {
	if code, _, ok := codes.CodeForCause(c.Value); ok {
		return code, "RFC 3398"
	}
	return 0, ""
}

// responses are the codes.Search results as hits, with room for more.
func responses(results []codes.Result, room int) []Hit {
	out := make([]Hit, len(results), len(results)+room)
	for i := range results {
		r := &results[i]
		out[i] = Hit{Kind: KindResponse, Response: r, Title: r.Code.Phrase, Summary: r.Code.Summary, Score: r.Score}
	}
	return out
}

func countFound(scores []int) int {
	n := 0
	for _, score := range scores {
		if score > 0 {
			n++
		}
	}
	return n
}

// words adds the Warning codes, causes and protocols whose names or
// summaries hold every word of the query, as index.match scored them.
func (s *search) words(scores []int) {
	idx := theIndex()
	for e, score := range scores {
		if score == 0 {
			continue
		}
		h := idx.entries[e].hit
		h.Score, h.matcher = score, s.m
		s.hits = append(s.hits, h) // each entry once, and none of them found before
		s.extra = true
	}
}
