package codes

import "slices"

// Matcher reads a search text once, the way Search does, to match texts
// other than the codes' own (the Warning codes and causes of package
// lookup) by the same rules: folded case and accents, word prefixes, one
// typo per word after its first letter, stop words left out.
type Matcher struct{ q *query }

// NewMatcher reads query as Search would.
func NewMatcher(query string) Matcher { return Matcher{parseQuery(query)} }

// Words are the words left to match once numbers and cause forms are read.
func (m Matcher) Words() []string { return m.q.words }

// Matches reports whether every word of the query occurs in one of texts
// (each as Words gives it), and whether the query's words are exactly the
// first text's.
func (m Matcher) Matches(texts ...[]string) (all, exact bool) {
	if len(m.q.words) == 0 {
		return false, false
	}
	for _, term := range m.q.words {
		if !slices.ContainsFunc(texts, func(text []string) bool {
			return slices.ContainsFunc(text, func(w string) bool { return matchWord(term, w) != noMatch })
		}) {
			return false, false
		}
	}
	title := slices.DeleteFunc(slices.Clone(texts[0]), func(w string) bool { return stopWords[w] })
	return true, slices.Equal(m.q.words, title)
}

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
