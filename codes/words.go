package codes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// accents maps accented Latin letters to their plain letter, so that "é"
// matches "e". Each folds to exactly one rune, which keeps positions in the
// original text and its folded form in step for highlighting.
var accents = func() map[rune]rune {
	m := map[rune]rune{}
	for plain, marked := range map[rune]string{
		'a': "àáâãäåāăąǎ", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ĝğġģ",
		'h': "ĥħ", 'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňŉ",
		'o': "òóôõöøōŏőǒ", 'r': "ŕŗř", 's': "śŝşšſ", 't': "ţťŧ", 'u': "ùúûüũūŭůűųǔ",
		'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range marked {
			m[r] = plain
		}
	}
	return m
}()

// fold returns the searchable form of r: lower case without accents for a
// letter or digit, and 0 for anything else, which separates words.
func fold(r rune) rune {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			return r
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		}
		return 0
	}
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0
	}
	r = unicode.ToLower(r)
	if plain, ok := accents[r]; ok {
		return plain
	}
	return r
}

// eachWord calls fn with every word of s in its folded form, with the byte
// offsets of the original word in s. A word already in folded form (lower
// case ASCII, as every word of a lowered query is) is passed as a part of s:
// search runs per keystroke, and a copy per word is most of what it allocates.
func eachWord(s string, fn func(word string, start, end int)) {
	var b strings.Builder
	start, copied := -1, false // copied: the word is being folded into b
	end := func(i int) {
		if copied {
			fn(b.String(), start, i)
			b.Reset()
		} else {
			fn(s[start:i], start, i)
		}
		start, copied = -1, false
	}
	for i, r := range s {
		f := fold(r)
		if f == 0 {
			if start >= 0 {
				end(i)
			}
			continue
		}
		if start < 0 {
			start = i
		}
		if !copied && f != r {
			b.WriteString(s[start:i])
			copied = true
		}
		if copied {
			b.WriteRune(f)
		}
	}
	if start >= 0 {
		end(len(s))
	}
}

// words returns the folded words of s.
func words(s string) []string {
	var out []string
	eachWord(s, func(w string, _, _ int) { out = append(out, w) })
	return out
}

// normalize returns s folded to its words joined by single spaces.
func normalize(s string) string { return strings.Join(words(s), " ") }

// hasWords reports whether the normalized text holds the normalized words,
// whole: "retry after" is in "honour retry after", "try" is not.
func hasWords(text, words string) bool {
	for i := 0; words != ""; {
		j := strings.Index(text[i:], words)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(words)
		if (start == 0 || text[start-1] == ' ') && (end == len(text) || text[end] == ' ') {
			return true
		}
		i = start + 1
	}
	return false
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// quality ranks how well a query word matches a word of the text.
type quality int

const (
	noMatch quality = iota
	typoMatch
	prefixMatch
	exactMatch
)

// matchWord compares a query word with a text word. Numbers match only
// exactly; words match as a prefix (search as you type) or with one typo.
// Search only compares words with the same first letter: people rarely
// mistype it, and it keeps every keystroke's search far below a frame.
func matchWord(term, word string) quality {
	switch {
	case word == term:
		return exactMatch
	case isNumber(term):
		return noMatch
	case strings.HasPrefix(word, term):
		return prefixMatch
	case len(term) >= 4 && withinOneEdit(term, word):
		return typoMatch
	case len(term) >= 5 && len(word) > len(term) &&
		(withinOneEdit(term, word[:len(term)]) || withinOneEdit(term, word[:len(term)+1])):
		return typoMatch // a typo in a word still being typed
	}
	return noMatch
}

// withinOneEdit reports whether a and b differ by at most one inserted,
// deleted, replaced or swapped (adjacent) byte. It runs in linear time.
func withinOneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) < len(b) {
		return a[i:] == b[i+1:]
	}
	if a[i+1:] == b[i+1:] {
		return true
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}
