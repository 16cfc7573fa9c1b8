package codes

import "strings"

// Matcher reads a search text once, the way Search does, so that texts
// other than the codes' own (the Warning codes and causes of package
// lookup) are matched and highlighted by the same rules: folded case and
// accents, word prefixes, one typo per word after its first letter, stop
// words left out (see also WordMatches, IsStopWord and Words).
type Matcher struct {
	q     *query
	blank bool // the query is empty or spaces: Search lists every code
}

// NewMatcher reads query as Search would.
func NewMatcher(query string) Matcher { return ReadQuery(query, nil) }

// ReadQuery reads query as Search would, knowing the Reason protocols by
// isProtocol (package reason's registry, which codes cannot import): then
// "preemption cause 1" is Preemption's cause 1, not Q.850's, when no
// semicolon says so.
func ReadQuery(query string, isProtocol func(token string) bool) Matcher {
	return Matcher{q: parseQuery(query, isProtocol), blank: strings.TrimSpace(query) == ""}
}

// Named is what the query names outright besides response codes.
func (m Matcher) Named() Named { return m.q.named }

// Words are the words left to match once numbers and cause forms are read.
func (m Matcher) Words() []string { return m.q.words }

// WordMatches reports whether a query word (as Words gives it) matches a
// word of a text: the whole word, its beginning, or with one typo after
// the first letter, as Search matches.
func WordMatches(term, word string) bool { return matchWord(term, word) != noMatch }

// IsStopWord reports whether Search leaves a word out of a query ("the", "a").
func IsStopWord(w string) bool { return stopWords[w] }

// Words returns the folded words of s, as Search compares them.
func Words(s string) []string { return words(s) }

// Highlight returns the parts of text the query matches, as Result.Highlight does.
func (m Matcher) Highlight(text string) []Span { return Result{query: m.q}.Highlight(text) }
