package lookup

import (
	"strings"
	"sync"

	"github.com/sipcodes/sipcodes/cause"
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/reason"
	"github.com/sipcodes/sipcodes/warning"
)

// entry is one Warning code, cause or protocol, with its words ready.
type entry struct {
	hit   Hit
	title []string // the words of its name
	other []string // the words of its summary, vendor names and notes
}

type index struct{ entries []entry }

var (
	indexOnce sync.Once
	built     *index
)

// theIndex is built on the first search for words, not at start-up.
func theIndex() *index {
	indexOnce.Do(func() { built = buildIndex() })
	return built
}

func buildIndex() *index {
	idx := &index{}
	add := func(h Hit, title string, other ...string) {
		idx.entries = append(idx.entries, entry{hit: h, title: codes.Words(title), other: codes.Words(strings.Join(append(other, h.Summary), " "))})
	}
	for _, w := range warning.All() {
		add(Hit{Kind: KindWarning, Number: w.Code, Title: w.Text, Summary: w.Summary}, w.Text)
	}
	for _, c := range cause.All() {
		if !c.Assigned {
			continue
		}
		add(Hit{Kind: KindCause, Number: c.Value, Title: c.Name, Summary: c.Explanation, Code: causeCode(c)},
			c.Name, c.FreeSWITCH.Name, c.Asterisk.Name)
	}
	for _, in := range cause.InternalCauses() {
		add(Hit{Kind: KindCause, Number: in.Value, Title: in.Name, Summary: cause.Describe(in.Value), Code: in.Code},
			strings.ReplaceAll(in.Name, "_", " "), in.Note)
	}
	for _, p := range reason.Protocols() {
		add(protocolHit(p, 0), p.Token, p.Note)
	}
	return idx
}
