package lookup

import (
	"slices"
	"strings"
	"sync"

	"github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/reason"
	"github.com/sipcodes/sipcodes/warning"
)

// entry is one Warning code, cause or protocol that words can find.
type entry struct {
	hit   Hit
	title []string // the words of its name, stop words left out: an exact match compares them
}

// posting says that a word occurs in an entry, in its name or elsewhere.
type posting struct {
	entry   int
	inTitle bool
}

// index finds entries by word: each distinct word once, so that a query
// word is compared with the vocabulary, not with every entry's text.
type index struct {
	entries  []entry
	vocab    []string
	postings [][]posting // by vocab index
	byFirst  [256][]int  // vocab indexes by first byte: a typo is forgiven only after it
}

// maxEntries bounds the index so that a search's scratch space fits on
// the stack: a keystroke's search should allocate only what it returns.
const maxEntries = 256

// entryScores is a search's score per entry.
type entryScores [maxEntries]int

var (
	indexOnce sync.Once
	built     *index
)

// PrepareSearch builds the index of Warning codes, causes and protocols
// that a search for words needs, if it is not built yet: a program that
// must stay responsive calls it while idle, so that the first word search
// does not pay for it.
func PrepareSearch() { theIndex() }

// theIndex is built on the first search for words, not at start-up.
func theIndex() *index {
	indexOnce.Do(func() { built = buildIndex() })
	return built
}

func buildIndex() *index {
	idx := &index{}
	pos := map[string]int{}
	add := func(h Hit, title string, other ...string) {
		e := len(idx.entries)
		titleWords := codes.Words(title)
		idx.entries = append(idx.entries, entry{hit: h, title: slices.DeleteFunc(slices.Clone(titleWords), codes.IsStopWord)})
		seen := map[string]bool{}
		note := func(w string, inTitle bool) {
			if seen[w] {
				return
			}
			seen[w] = true
			v, ok := pos[w]
			if !ok {
				v = len(idx.vocab)
				pos[w] = v
				idx.vocab = append(idx.vocab, w)
				idx.postings = append(idx.postings, nil)
				idx.byFirst[w[0]] = append(idx.byFirst[w[0]], v)
			}
			idx.postings[v] = append(idx.postings[v], posting{e, inTitle})
		}
		for _, w := range titleWords {
			note(w, true)
		}
		for _, w := range codes.Words(strings.Join(append(other, h.Summary), " ")) {
			note(w, false)
		}
	}
	for _, w := range warning.All() {
		add(Hit{Kind: KindWarning, Number: w.Code, Title: w.Text, Summary: w.Summary}, w.Text)
	}
	for _, c := range cause.All() {
		if !c.Assigned {
			continue
		}
		h := Hit{Kind: KindCause, Number: c.Value, Title: c.Name, Summary: c.Explanation}
		h.Code, h.MappedBy = causeCode(c)
		add(h, c.Name, c.FreeSWITCH.Name, c.Asterisk.Name)
	}
	for _, in := range cause.InternalCauses() {
		add(internalHit(in, 0), strings.ReplaceAll(in.Name, "_", " "), in.Note)
	}
	for _, p := range reason.Protocols() {
		add(protocolHit(p, 0), p.Token, p.Note)
	}
	if len(idx.entries) > maxEntries {
		panic("lookup: raise maxEntries")
	}
	return idx
}

// match scores the entries by index: those that hold all the query's words
// score above 0, title words counting more, and a query that is the whole
// name most.
func (idx *index) match(words []string, into *entryScores) []int {
	if len(words) == 0 {
		return nil
	}
	scores := into[:len(idx.entries)]
	var found [maxEntries]int8 // for the current word: 1 elsewhere, 2 in the title
	for i, t := range words {
		clear(found[:])
		for _, v := range idx.byFirst[t[0]] {
			// A word of one or two letters only finds itself: as a prefix
			// it would list nearly every cause on the first keystrokes.
			if w := idx.vocab[v]; len(t) < 3 && w != t || !codes.WordMatches(t, w) {
				continue
			}
			for _, p := range idx.postings[v] {
				if p.inTitle {
					found[p.entry] = 2
				} else if found[p.entry] == 0 {
					found[p.entry] = 1
				}
			}
		}
		any := false
		for e, f := range found[:len(scores)] {
			switch {
			case f == 0 || i > 0 && scores[e] == 0:
				scores[e] = 0
			case f == 2:
				scores[e] += scoreTitleWord
				any = true
			default:
				scores[e] += scoreOtherWord
				any = true
			}
		}
		if !any {
			return nil
		}
	}
	for e, score := range scores {
		if score > 0 && slices.Equal(idx.entries[e].title, words) {
			scores[e] += scoreExactTitle
		}
	}
	return scores
}
