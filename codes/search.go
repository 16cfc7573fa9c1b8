package codes

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// MaxQueryLen is how much of a query Search reads, in bytes; the rest is
// ignored so that a pasted log cannot make a search slow.
const MaxQueryLen = 256

const maxQueryWords = 12

// Match says why a code is in the results, strongest first.
type Match int

const (
	MatchAll      Match = iota // empty query: every code
	MatchCode                  // the query holds this code number
	MatchCause                 // the query holds a Q.850 cause a gateway maps to this code
	MatchFallback              // the query holds an unregistered code a client treats as this one
	MatchPrefix                // the code starts with the digits typed ("48")
	MatchPhrase                // the words are in the reason phrase
	MatchAlias                 // the words are in an old or common wrong phrase
	MatchHeader                // the words name a header that goes with the code
	MatchText                  // the words are in the explanation
)

// Result is one code found by Search.
type Result struct {
	Code  *Code // the registry's own entry, shared by every search: read it, never change it
	Match Match
	Alias string // the alias that matched, when Match is MatchAlias
	Score int
	query *query
}

// Span is a matched part of a text, as byte offsets: text[Start:End].
type Span struct{ Start, End int }

// tier is the field a word was found in; a higher tier ranks higher.
type tier uint8

const (
	tierText tier = iota + 1
	tierHeader
	tierAlias
	tierPhrase
)

// Score weights, far enough apart that a stronger kind of match always wins.
const (
	scoreCode       = 1_000_000
	scoreCause      = 800_000
	scoreFallback   = 600_000
	scorePrefix     = 400_000
	scoreExact      = 10_000 // the whole query is the phrase or an alias
	scoreStart      = 5_000  // the phrase starts with the whole query
	scoreHeader     = 3_000  // the whole query is the header the code lists first, its defining one
	scoreHeaderAlso = 2_000  // the whole query is another header the code carries
	scoreInSummary  = 1      // the whole query is in the code's summary: a tie-break
)

func wordScore(t tier, q quality) int { return int(t)*10 + int(q) }

// posting records that a word occurs in a code, in its best field.
type posting struct {
	code int // index into registry
	tier tier
}

type searchIndex struct {
	vocab    []string    // every distinct folded word of every code
	byFirst  [256][]int  // vocab indexes by first byte: a typo is looked for after the first letter only
	postings [][]posting // postings[i] lists where vocab[i] occurs
	phrases  []string    // normalized phrase per code
	aliases  [][]string  // normalized aliases per code
	headers  [][]string  // normalized header names per code
	summary  []string    // normalized summary per code
}

// Index is the word index that a search for words needs ("busy"; numbers
// need none): the words of every code's phrase, aliases, summary and
// Details. It is built a few codes at a time (Build), so that a program
// that must stay responsive can build it while idle; a search finishes
// whatever is left.
type Index struct {
	details func(n int) (Details, bool)
	mu      sync.Mutex
	pending *indexBuilder               // under mu
	built   atomic.Pointer[searchIndex] // set once complete
}

// newIndex returns an index of every code that reads each code's Details
// from details as it is built.
func newIndex(details func(n int) (Details, bool)) *Index {
	return &Index{details: details, pending: newIndexBuilder()}
}

// Build indexes up to n more codes and reports whether the index is
// complete. Safe for concurrent use.
func (x *Index) Build(n int) (done bool) {
	if x.built.Load() != nil {
		return true
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	for ; n > 0 && x.pending.next < len(registry); n-- {
		c := registry[x.pending.next]
		d, _ := x.details(c.Number)
		x.pending.add(c, d)
	}
	if x.pending.next == len(registry) && x.built.Load() == nil {
		x.built.Store(x.pending.idx)
	}
	return x.built.Load() != nil
}

// complete returns the index, finishing it first if Build has not.
func (x *Index) complete() *searchIndex {
	if idx := x.built.Load(); idx != nil {
		return idx
	}
	x.Build(len(registry))
	return x.built.Load()
}

var (
	compiledOnce sync.Once
	compiled     *Index
)

// DefaultIndex is the index of the Details compiled in, which Search
// uses. It is made on first use, not at init: a program that searches
// only with its own Index does not link the Details.
func DefaultIndex() *Index {
	compiledOnce.Do(func() { compiled = newIndex(LookupDetails) })
	return compiled
}

// PrepareSearch builds up to n more codes' worth of the word index that
// Search needs for words, and reports whether it is complete (see
// Index.Build). Safe for concurrent use.
func PrepareSearch(n int) (done bool) { return DefaultIndex().Build(n) }

// indexBuilder indexes one code at a time, in registry order.
type indexBuilder struct {
	idx  *searchIndex
	pos  map[string]int // vocab index of each word
	next int            // how many codes are indexed
}

func newIndexBuilder() *indexBuilder {
	return &indexBuilder{idx: &searchIndex{}, pos: map[string]int{}}
}

func (b *indexBuilder) add(c Code, d Details) {
	idx, ci := b.idx, b.next
	b.next++
	best := map[string]tier{}
	add := func(t tier, texts ...string) {
		for _, s := range texts {
			for _, w := range indexWords(s) {
				if best[w] < t {
					best[w] = t
				}
			}
		}
	}
	add(tierPhrase, c.Phrase)
	add(tierAlias, c.Aliases...)
	for _, h := range d.Headers {
		add(tierHeader, h.Name)
		add(tierText, h.Why)
	}
	add(tierText, c.Summary, d.Description, c.StatusNote, d.HTTP, c.Class().Info().Name)
	add(tierText, d.Causes...)
	add(tierText, d.Checks...)
	for _, r := range d.Related {
		add(tierText, r.Why)
	}
	for _, r := range c.Refs {
		add(tierText, r.String())
	}
	// In a fixed order, so that two builds give the same index.
	ws := make([]string, 0, len(best))
	for w := range best {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	for _, w := range ws {
		i, ok := b.pos[w]
		if !ok {
			i = len(idx.vocab)
			b.pos[w] = i
			idx.vocab = append(idx.vocab, w)
			idx.byFirst[w[0]] = append(idx.byFirst[w[0]], i)
			idx.postings = append(idx.postings, nil)
		}
		idx.postings[i] = append(idx.postings[i], posting{ci, best[w]})
	}
	idx.phrases = append(idx.phrases, normalize(c.Phrase))
	var aliases []string
	for _, a := range c.Aliases {
		aliases = append(aliases, normalize(a))
	}
	idx.aliases = append(idx.aliases, aliases)
	var headers []string
	for _, h := range d.Headers {
		headers = append(headers, normalize(h.Name))
	}
	idx.headers = append(idx.headers, headers)
	idx.summary = append(idx.summary, normalize(c.Summary))
}

// indexWords returns the words of s, plus hyphenated words joined up
// ("Time-out" also as "timeout"), which people type both ways.
func indexWords(s string) []string {
	out := words(s)
	for _, part := range strings.Fields(s) {
		if strings.Contains(part, "-") {
			if joined := strings.Join(words(part), ""); joined != "" {
				out = append(out, joined)
			}
		}
	}
	return out
}

// query is a parsed search: numbers recognised, words to match.
type query struct {
	code   int      // a three-digit number 100-699, 0 if none
	cause  int      // a Q.850 cause ("cause=17"), 0 if none
	prefix string   // one or two digits typed alone ("48")
	words  []string // folded words, all of which a code must match
	whole  string   // the folded words joined, to compare with phrases
	text   string   // the query as read, in lower case: a header line's name is read from it only when nothing matched
	named  Named    // what it names in other registries, for package lookup
}

// Named is what a query names outright besides response codes, read in the
// same pass as its numbers: the Warning code, a cause under its Reason
// protocol, cause names. Package lookup finds these in their registries.
type Named struct {
	Warning  int      // "warning 399", "warn-code 399", "w399"; 0 if none
	Cause    int      // "cause 34", "preemption;cause=1": the value under any protocol; -1 if none
	Protocol string   // the Reason protocol the cause was written under, or the whole query when it is one protocol token; lower case
	Names    []string // words written like cause names: USER_BUSY, AST_CAUSE_NORMAL_CLEARING, DECLINE
	Bare     string   // the query when it is nothing but a number of one to three digits
}

// Any reports whether the query names something outright.
func (n Named) Any() bool {
	return n.Warning != 0 || n.Cause >= 0 || n.Protocol != "" || len(n.Names) > 0
}

// stopWords carry no meaning in a pasted trace line or a question; they are
// dropped when the query has other words.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "is": true, "are": true, "of": true,
	"to": true, "in": true, "on": true, "for": true, "and": true, "or": true,
	"sip": true, "what": true, "does": true, "mean": true, "code": true,
	"response": true, "status": true, "error": true,
}

// CutQuery returns the part of a query that Search reads: at most
// MaxQueryLen bytes, cut at a character boundary.
func CutQuery(s string) string {
	if len(s) <= MaxQueryLen {
		return s
	}
	end := MaxQueryLen
	for end > 0 && !utf8.RuneStart(s[end]) {
		end--
	}
	return s[:end]
}

// versionMark stands in for "sip/2.0" in a lowered query: the version is
// not part of the question, but the number right after it is the status
// code of a status line.
const versionMark = "\x01"

// token is a word of a query with its place in the lowered query, for
// reading what stands next to a number.
type token struct {
	text       string
	start, end int
}

// maxTokens is room for the words of most queries on the stack; a query of
// MaxQueryLen bytes can hold more, which then grow onto the heap.
const maxTokens = 64

func parseQuery(s string, isProtocol func(string) bool) *query {
	original := CutQuery(s)
	s = strings.ReplaceAll(strings.ToLower(original), "sip/2.0", versionMark)
	var buf [maxTokens]token
	tokens := buf[:0]
	eachWord(s, func(w string, start, end int) { tokens = append(tokens, token{w, start, end}) })
	q := &query{named: Named{Cause: -1, Names: namesWritten(original)}}
	code := ""                             // the status code, as written
	fromStatusLine := false                // code is a status line's: no other number replaces it
	rest := make([]string, 0, len(tokens)) // once: a pasted line has dozens of words
	readReason := false                    // a Reason value ("Q.850;cause=17", "SIP;cause=487") was read
	for i := 0; i < len(tokens); i++ {
		t := tokens[i].text
		next := ""
		if i+1 < len(tokens) {
			next = tokens[i+1].text
		}
		switch {
		case (t == "warning" || t == "warn" || t == "code" && i > 0 && tokens[i-1].text == "warn") && len(next) == 3 && isNumber(next) && q.named.Warning == 0:
			// "Warning: 399 …", "warn-code 399": the number stays to be
			// read as a code too; lookup sets aside the response it names.
			q.named.Warning, _ = strconv.Atoi(next)
			rest = append(rest, t)
		case len(t) == 4 && t[0] == 'w' && isNumber(t[1:]) && q.named.Warning == 0:
			q.named.Warning, _ = strconv.Atoi(t[1:])
			rest = append(rest, t)
		case t == "cause" && isNumber(next) && len(next) <= 3 && q.named.Cause < 0:
			readReason = true
			protocol := reasonProtocol(s, tokens, i, isProtocol)
			q.named.Cause, _ = strconv.Atoi(next)
			q.named.Protocol = protocol
			switch protocol {
			case "", "q.850", "q850", "850":
				q.cause = q.named.Cause
			case "sip", "stir":
				// "Reason: SIP;cause=487": a SIP cause is a response code
				// (RFC 3326), not a Q.850 cause; STIR's are too (RFC 8224).
				if code == "" && isCodeNumber(next) {
					code = next
				}
			default:
				// "Reason: preemption;cause=1": another registry's number.
			}
			i++
		case t == "q" && next == "850":
			i++
		case isCodeNumber(t) && !fromStatusLine && afterVersion(s, tokens[i].start):
			// "SIP/2.0 100 Trying" names its code, whatever numbers come before.
			code, fromStatusLine = t, true
		case isCodeNumber(t) && code == "" && standsAlone(s, tokens, i):
			code = t
		case isNumber(t) && isCount(tokens, i):
			// "Min-SE: 1800", "Expires: 3600": the count says nothing of
			// the failure, and as a word it would match no code.
		default:
			rest = append(rest, t)
		}
	}
	if code != "" { // strconv's error for "" is an allocation, on every search of words
		q.code, _ = strconv.Atoi(code)
	}
	if len(tokens) == 1 && isNumber(tokens[0].text) && len(tokens[0].text) <= 3 && strings.TrimSpace(s) == tokens[0].text {
		q.named.Bare = tokens[0].text
	}
	if len(tokens) == 1 && isWhole(original, isProtocol) || len(tokens) == 2 && tokens[0].text == "reason" && isWhole(original[tokens[1].start:], isProtocol) {
		// "STIR", "Reason preemption": a protocol named alone.
		q.named.Protocol = strings.ToLower(strings.TrimSpace(original[tokens[len(tokens)-1].start:]))
	}
	if readReason {
		// "Reason: Q.850;cause=17;text="User busy"": keep only the text.
		rest = slices.DeleteFunc(rest, func(w string) bool { return w == "reason" || w == "text" || w == "sip" })
	}
	if len(rest) == 1 && q.code == 0 && q.cause == 0 && isNumber(rest[0]) && len(rest[0]) <= 2 {
		q.prefix = rest[0]
		rest = nil
	}
	if kept := slices.DeleteFunc(slices.Clone(rest), func(w string) bool { return stopWords[w] }); len(kept) > 0 {
		rest = kept
	}
	if len(rest) > maxQueryWords {
		rest = rest[:maxQueryWords]
	}
	q.words = rest
	q.whole = strings.Join(rest, " ")
	q.text = s
	return q
}

// headerName is the folded name of the header line s ("Retry-After: 120
// (I'm in a meeting)" → "retry after"), or "" when s is no header line or
// one of everydayHeaders.
func headerName(s string) string {
	name, _, ok := strings.Cut(s, ":")
	name = strings.TrimSpace(name)
	if !ok || name == "" || strings.ContainsAny(name, " \t") {
		return ""
	}
	if name = normalize(name); listed(everydayHeaders, name) {
		return ""
	}
	return name
}

// everydayHeaders are in the messages of calls that fail and calls that do
// not: a pasted line of one says nothing of a failure, though a code lists
// it (482 lists Via, 405 Allow).
const everydayHeaders = " via from to call id cseq contact max forwards content type content length" +
	" route record route allow supported require user agent server expires accept date timestamp "

// reasonProtocol is the Reason protocol of the value whose "cause" is
// tokens[i], in lower case as written: the word just before it when
// isProtocol knows it ("q.850" for "Q.850;cause=17", "preemption" for
// "preemption cause 1"), or, with no isProtocol, when a semicolon or a
// colon stands between them ("preemption ;cause=1", the colon a typo of
// RFC 4411); "" when the cause follows no protocol ("cause 34", "hangup
// cause=17", "Reason:cause=17").
func reasonProtocol(s string, tokens []token, i int, isProtocol func(string) bool) string {
	if i == 0 || tokens[i-1].text == "reason" {
		return ""
	}
	sep := strings.TrimSpace(s[tokens[i-1].end:tokens[i].start])
	if sep != "" && sep != ";" && sep != ":" {
		return ""
	}
	word := protocolWord(s[:tokens[i-1].end])
	if isProtocol != nil && isProtocol(word) || isProtocol == nil && (sep == ";" || sep == ":") {
		return word
	}
	return ""
}

// protocolWord is the protocol token that s ends with: letters, digits and
// the dots, hyphens and underscores of "q.850", "s1ap-rnl", "release_cause".
func protocolWord(s string) string {
	start := len(s)
	for start > 0 && (fold(rune(s[start-1])) != 0 || strings.IndexByte("._-", s[start-1]) >= 0) {
		start--
	}
	return strings.Trim(s[start:], "._-")
}

// isWhole reports whether s, trimmed, is one protocol token isProtocol
// knows; isProtocol is given lower case, as everywhere.
func isWhole(s string, isProtocol func(string) bool) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return isProtocol != nil && s != "" && protocolWord(s) == s && isProtocol(s)
}

// namesWritten are the words of s written like cause names in FreeSWITCH,
// Asterisk or a log: upper case with underscores (USER_BUSY), or one upper
// case word of four letters or more (DECLINE, BOWOUT).
func namesWritten(s string) []string {
	if !strings.ContainsFunc(s, func(r rune) bool { return 'A' <= r && r <= 'Z' }) {
		return nil // most queries: nothing to split
	}
	var names []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.' && r != '-'
	}) {
		if f = strings.Trim(f, ".-"); looksLikeName(f) {
			names = append(names, f)
		}
	}
	return names
}

// looksLikeName reports whether a word is written like a cause name.
func looksLikeName(t string) bool {
	// Not strings.ToUpper(t) != t: that copies every lower-case word of a
	// pasted line only to compare it.
	if len(t) < 4 || strings.ContainsFunc(t, unicode.IsLower) || isNumber(strings.ReplaceAll(t, "_", "")) {
		return false
	}
	return strings.Contains(t, "_") || strings.Trim(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// isCodeNumber reports whether w is written as a status code: three digits, 100 to 699.
func isCodeNumber(w string) bool {
	return len(w) == 3 && '1' <= w[0] && w[0] <= '6' && isDigit(w[1]) && isDigit(w[2])
}

// afterVersion reports whether s[start:] follows the version of a status
// line: versionMark and at least one blank.
func afterVersion(s string, start int) bool {
	i := start
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return i < start && i > 0 && s[i-1] == versionMark[0]
}

// Words next to a number that say it is no status code, or is one. Each
// is written between spaces, so that a word is found only whole.
const (
	// statusParams are parameters whose value is a status code in logs:
	// Kamailio's and OpenSIPS's rs=408, pjsua's [reason=486 (Busy Here)].
	statusParams = " code status rs reason "
	// countHeaders end the names of headers whose number counts something:
	// CSeq: 102, Content-Length: 312, Expires: 180, Max-Forwards, Min-SE
	// (Retry-After, whose last word is too common, is read in isCount).
	countHeaders = " cseq rseq length expires forwards se "
	// units follow a number that is a size or a time: "send 548 bytes", "in 659 ms".
	units = " bytes byte ms s sec seconds "
)

// standsAlone reports whether the number tokens[i] is written as a word of
// its own, as a status code is in a log line or a sentence, rather than as
// a part of an address, a time, a URI parameter or a count. It looks only
// at the bytes and words next to the number.
func standsAlone(s string, tokens []token, i int) bool {
	t := tokens[i]
	before, after := byteAt(s, t.start-1), byteAt(s, t.end)
	prev := ""
	if i > 0 {
		prev = tokens[i-1].text
	}
	switch {
	case before == '.' || after == '.' && isDigit(byteAt(s, t.end+1)):
		return false // 192.168.1.100, 10:04:12.345, v2.23.3.29.488
	case before == ':':
		return false // :5060, host:506, sip:100@, receive.c:528
	case before == '[' && after == ']':
		return false // kamailio[123], received [852] new bytes
	case before == '=':
		return listed(statusParams, prev) // ;lata=370, ;tgrp=480, but rs=408
	}
	return !isCount(tokens, i)
}

// isCount reports whether the number tokens[i] counts something: the value
// of a count header (Expires: 3600, Retry-After: 300) or a number with a
// unit after it (548 bytes).
func isCount(tokens []token, i int) bool {
	prev, next := "", ""
	if i > 0 {
		prev = tokens[i-1].text
	}
	if i+1 < len(tokens) {
		next = tokens[i+1].text
	}
	retryAfter := prev == "after" && i > 1 && tokens[i-2].text == "retry"
	return listed(countHeaders, prev) || listed(units, next) || retryAfter
}

// listed reports whether w is one of the words of list.
func listed(list, w string) bool { return strings.Contains(list, " "+w+" ") }

// byteAt is s[i], or 0 outside s.
func byteAt(s string, i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// Search finds the registered codes that match query, best first. It reads
// what engineers type or paste: a code ("486"), its first digits ("48"), a
// status line ("SIP/2.0 503 Service Unavailable"), a Q.850 cause ("Reason:
// Q.850;cause=17", "cause 34"), a header name ("Retry-After"), or words of
// the phrase, old phrases and explanation. Matching ignores case, accents
// and punctuation and forgives one typo per word after its first letter.
// Every word must match.
// An empty query returns every code in numeric order; a query with nothing
// to search for returns none. Only the first MaxQueryLen bytes are read.
func Search(text string) []Result { return NewMatcher(text).Search() }

// Search is Search(query) for the query m was made from, without reading it again.
func (m Matcher) Search() []Result { return m.SearchIn(DefaultIndex()) }

// SearchIn is Search with the given word index; with none (nil), words
// find nothing and only numbers are searched.
func (m Matcher) SearchIn(x *Index) []Result {
	if m.blank {
		out := make([]Result, len(registry))
		for i := range registry {
			out[i] = Result{Code: &registry[i], Match: MatchAll}
		}
		return out
	}
	q := m.q
	var hits scores
	hits.numbers(q)
	if q.prefix != "" {
		p, _ := strconv.Atoi(q.prefix)
		scale := 100 / pow10[len(q.prefix)-1] // "4" compares hundreds, "48" tens
		for i, c := range registry {
			if c.Number/scale == p {
				hits.raise(i, scorePrefix, MatchPrefix)
			}
		}
	}
	if len(q.words) > 0 && x != nil {
		x.complete().matchWords(q, &hits)
	}
	if !hits.any() && x != nil {
		// A header line whose value matches nothing ("Retry-After: 120
		// (I'm in a meeting)") is about the codes that carry the header.
		if name := headerName(q.text); name != "" {
			byName := query{words: words(name), whole: name}
			x.complete().matchHeader(&byName, &hits)
			return hits.results(&byName)
		}
	}
	return hits.results(q)
}

// SearchNumbers is Search for only the numbers the query holds: the code
// it names (or the one an unregistered code falls back to) and the code its
// Q.850 cause maps to. Its words and digits typed alone are not searched.
func (m Matcher) SearchNumbers() []Result {
	var hits scores
	hits.numbers(m.q)
	return hits.results(m.q)
}

func (s *scores) numbers(q *query) {
	if q.code != 0 {
		if IsRegistered(q.code) {
			s.raise(position[q.code], scoreCode, MatchCode)
		} else if fb, ok := Fallback(q.code); ok {
			s.raise(position[fb.Number], scoreFallback, MatchFallback)
		}
	}
	if q.cause != 0 {
		if code, _, ok := CodeForCause(q.cause); ok {
			s.raise(position[code], scoreCause, MatchCause)
		}
	}
}

var pow10 = [...]int{1, 10}

// maxCodes bounds the registry so that per-search scratch space fits on the stack.
const maxCodes = 128

func init() {
	if len(registry) > maxCodes {
		panic("codes: raise maxCodes")
	}
}

// scores is the scratch space of one search, indexed like registry.
type scores struct {
	score [maxCodes]int
	match [maxCodes]Match
	found [maxCodes]bool
}

// any reports whether some code was found.
func (s *scores) any() bool { return slices.Contains(s.found[:], true) }

func (s *scores) raise(i, score int, m Match) {
	if score > s.score[i] {
		s.score[i], s.match[i], s.found[i] = score, m, true
	}
}

// results lists the codes found, best first, ties in numeric order.
func (s *scores) results(q *query) []Result {
	order := make([]int, 0, maxCodes) // on the stack
	for i := range registry {
		if s.found[i] {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return s.score[b] - s.score[a] })
	out := make([]Result, len(order))
	for k, i := range order {
		out[k] = Result{Code: &registry[i], Match: s.match[i], Score: s.score[i], query: q}
		if s.match[i] == MatchAlias {
			out[k].Alias = q.matchedAlias(registry[i])
		}
	}
	return out
}

// matchWords adds the codes that match every word of q, scored by the best
// field and quality of each word's match.
func (idx *searchIndex) matchWords(q *query, hits *scores) {
	n := len(registry)
	var (
		total    [maxCodes]int
		missed   [maxCodes]bool // some word did not match this code
		weakest  [maxCodes]tier // the lowest field any word needed
		best     [maxCodes]int
		bestTier [maxCodes]tier
	)
	for i := range n {
		weakest[i] = tierPhrase
	}
	for _, term := range q.words {
		clear(best[:n])
		for _, vi := range idx.byFirst[term[0]] {
			qual := matchWord(term, idx.vocab[vi])
			if qual == noMatch {
				continue
			}
			for _, p := range idx.postings[vi] {
				if s := wordScore(p.tier, qual); s > best[p.code] {
					best[p.code], bestTier[p.code] = s, p.tier
				}
			}
		}
		left := false // some code has matched every word so far
		for i := range n {
			if best[i] == 0 {
				missed[i] = true
				continue
			}
			total[i] += best[i]
			weakest[i] = min(weakest[i], bestTier[i])
			left = left || !missed[i]
		}
		if !left {
			return // a pasted line's words soon rule out every code: the rest cannot bring one back
		}
	}
	for i := range n {
		if missed[i] {
			continue
		}
		s, m := total[i], tierMatch[weakest[i]]
		switch {
		case idx.phrases[i] == q.whole:
			s, m = s+scoreExact, MatchPhrase
		case slices.Contains(idx.aliases[i], q.whole):
			s, m = s+scoreExact, MatchAlias
		case strings.HasPrefix(idx.phrases[i], q.whole):
			s += scoreStart
		case len(idx.headers[i]) > 0 && idx.headers[i][0] == q.whole:
			s, m = s+scoreHeader, MatchHeader
		case slices.Contains(idx.headers[i], q.whole):
			s, m = s+scoreHeaderAlso, MatchHeader
		}
		s += idx.inSummary(i, q)
		if hits.found[i] {
			hits.score[i] += s // a number matched too: keep its reason, rank by words within it
			continue
		}
		hits.raise(i, s, m)
	}
}

// inSummary breaks a tie between codes that match alike, in favour of
// the one whose one-line summary holds the whole query: Retry-After is
// 500's and 503's first (RFC 3261 §20.33), though eight codes carry it.
func (idx *searchIndex) inSummary(i int, q *query) int {
	if hasWords(idx.summary[i], q.whole) {
		return scoreInSummary
	}
	return 0
}

// matchHeader adds the codes that carry the header q names.
func (idx *searchIndex) matchHeader(q *query, hits *scores) {
	for i, names := range idx.headers {
		switch {
		case len(names) > 0 && names[0] == q.whole:
			hits.raise(i, scoreHeader+idx.inSummary(i, q), MatchHeader)
		case slices.Contains(names, q.whole):
			hits.raise(i, scoreHeaderAlso+idx.inSummary(i, q), MatchHeader)
		}
	}
}

var tierMatch = [...]Match{tierText: MatchText, tierHeader: MatchHeader, tierAlias: MatchAlias, tierPhrase: MatchPhrase}

// matchedAlias returns the first alias of c that holds every query word.
func (q *query) matchedAlias(c Code) string {
	for _, a := range c.Aliases {
		aw := words(a)
		if !slices.ContainsFunc(q.words, func(t string) bool {
			return !slices.ContainsFunc(aw, func(w string) bool { return matchWord(t, w) != noMatch })
		}) {
			return a
		}
	}
	return ""
}

// Highlight returns the parts of text that match the query that found r, in
// order, for showing the match. Use it on what the result displays: the
// number, the phrase, the summary.
func (r Result) Highlight(text string) []Span {
	if r.query == nil {
		return nil
	}
	var spans []Span
	eachWord(text, func(w string, start, end int) {
		length := r.query.matchLength(w)
		if length == 0 {
			return
		}
		if length < utf8.RuneCountInString(w) {
			end = start // highlight only the typed prefix, rune by rune
			for n := 0; n < length; {
				r, size := utf8.DecodeRuneInString(text[end:])
				if fold(r) != 0 {
					n++
				}
				end += size
			}
		}
		spans = append(spans, Span{start, end})
	})
	return spans
}

// matchLength returns how many runes of the folded word w to highlight:
// all of it for a full or fuzzy match, the typed part for a prefix, 0 for none.
func (q *query) matchLength(w string) int {
	best := 0
	whole := utf8.RuneCountInString(w)
	check := func(term string) {
		switch matchWord(term, w) {
		case exactMatch, typoMatch:
			best = whole
		case prefixMatch:
			best = max(best, utf8.RuneCountInString(term))
		}
	}
	for _, t := range q.words {
		check(t)
	}
	if isNumber(w) {
		if q.code != 0 {
			check(strconv.Itoa(q.code))
		}
		if q.prefix != "" && strings.HasPrefix(w, q.prefix) {
			best = max(best, len(q.prefix))
		}
	}
	return best
}

var matchNames = [...]string{
	MatchAll: "all", MatchCode: "code", MatchCause: "cause", MatchFallback: "fallback", MatchPrefix: "prefix",
	MatchPhrase: "phrase", MatchAlias: "alias", MatchHeader: "header", MatchText: "text",
}

// String names the kind of match, as the JSON of `sipcodes search` gives it.
func (m Match) String() string {
	if m >= 0 && int(m) < len(matchNames) {
		return matchNames[m]
	}
	return "Match(" + strconv.Itoa(int(m)) + ")"
}
