package lookup

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"

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
	indexMu sync.Mutex
	pending *indexBuilder         // the index being built, under indexMu
	built   atomic.Pointer[index] // set once complete
)

// PrepareSearch builds up to n more entries of the index of Warning codes,
// causes and protocols that a search for words needs, and reports whether
// it is complete: a program that must stay responsive calls it in small
// steps while idle, so that the first word search does not pay for it
// whole. A search finishes what is left. Safe for concurrent use.
func PrepareSearch(n int) (done bool) {
	if built.Load() != nil {
		return true
	}
	indexMu.Lock()
	defer indexMu.Unlock()
	if pending == nil {
		pending = newIndexBuilder()
	}
	for ; n > 0 && len(pending.todo) > 0; n-- {
		pending.add(pending.todo[0])
		pending.todo = pending.todo[1:]
	}
	if len(pending.todo) == 0 && built.Load() == nil {
		if len(pending.idx.entries) > maxEntries {
			panic("lookup: raise maxEntries")
		}
		built.Store(pending.idx)
	}
	return built.Load() != nil
}

// theIndex is built on the first search for words, if PrepareSearch has
// not built it, not at start-up.
func theIndex() *index {
	if idx := built.Load(); idx != nil {
		return idx
	}
	PrepareSearch(maxEntries + 1)
	return built.Load()
}

// indexBuilder indexes the entries one at a time.
type indexBuilder struct {
	idx  *index
	pos  map[string]int
	todo []entrySource // the entries not indexed yet, in order
}

// entrySource is what an entry is indexed from: its hit, its name, and
// its other words.
type entrySource struct {
	hit   Hit
	title string
	other []string
}

func newIndexBuilder() *indexBuilder {
	b := &indexBuilder{idx: &index{}, pos: map[string]int{}}
	for _, w := range warning.All() {
		b.todo = append(b.todo, entrySource{Hit{Kind: KindWarning, Number: w.Code, Title: w.Text, Summary: w.Summary}, w.Text, nil})
	}
	for _, c := range cause.All() {
		if !c.Assigned {
			continue
		}
		h := Hit{Kind: KindCause, Number: c.Value, Title: c.Name, Summary: c.Explanation}
		h.Code, h.MappedBy = causeCode(c)
		b.todo = append(b.todo, entrySource{h, c.Name, []string{c.FreeSWITCH.Name, c.Asterisk.Name}})
	}
	for _, in := range cause.InternalCauses() {
		b.todo = append(b.todo, entrySource{internalHit(in, 0), strings.ReplaceAll(in.Name, "_", " "), []string{in.Note}})
	}
	for _, p := range reason.Protocols() {
		b.todo = append(b.todo, entrySource{protocolHit(p, 0), p.Token, []string{p.Note}})
	}
	return b
}

// add indexes one entry: the words of its name, and of its summary and
// other names.
func (b *indexBuilder) add(src entrySource) {
	idx, h := b.idx, src.hit
	e := len(idx.entries)
	titleWords := codes.Words(src.title)
	idx.entries = append(idx.entries, entry{hit: h, title: slices.DeleteFunc(slices.Clone(titleWords), codes.IsStopWord)})
	seen := map[string]bool{}
	note := func(w string, inTitle bool) {
		if seen[w] {
			return
		}
		seen[w] = true
		v, ok := b.pos[w]
		if !ok {
			v = len(idx.vocab)
			b.pos[w] = v
			idx.vocab = append(idx.vocab, w)
			idx.postings = append(idx.postings, nil)
			idx.byFirst[w[0]] = append(idx.byFirst[w[0]], v)
		}
		idx.postings[v] = append(idx.postings[v], posting{e, inTitle})
	}
	for _, w := range titleWords {
		note(w, true)
	}
	for _, w := range codes.Words(strings.Join(append(src.other, h.Summary), " ")) {
		note(w, false)
	}
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
