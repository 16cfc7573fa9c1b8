package trace

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sipcodes/sipcodes/codes"
)

// How the reader weighs a number written in a log line or in prose: the
// words an engineer reads around it. The tables are data a SIP person can
// review; stated (below) adds the points. A number whose evidence reaches
// statedAt is a response the text states.

// statedAt is the score from which a number is read as a stated response.
const statedAt = 3

// sipWords, before a number, say that it is a response code: "got 486",
// "error 404", "returns 481", "Fehler 503", "返回403". In other languages
// too, as engineers write them (the accents as written and without).
var sipWords = wordSet(
	// English
	"response", "responses", "respond", "responds", "responded", "responding", "status", "code", "codes",
	"reply", "replied", "replies", "error", "errors", "err", "fail", "failed", "fails", "failure",
	"reject", "rejected", "rejects", "refused", "refuses", "answered", "answers", "answer", "returned",
	"returns", "return", "returning", "got", "get", "gets", "getting", "received", "receive", "receiving",
	"recv", "sent", "send", "sends", "sending", "fatal", "temporal", "result", "ended", "ends",
	"statuscode", "hangup", "disconnected", "terminated", "final", "gives", "giving", "throws",
	// German, Italian, French, Spanish, Portuguese, Dutch, Turkish, Russian, Polish
	"fehler", "antwort", "antwortet", "meldet", "ursache", "fehlercode",
	"errore", "risposta", "risponde", "causa", "codice", "erreur", "réponse", "reponse", "répond", "repond",
	"respuesta", "responde", "devuelve", "devolvió", "devolvio", "código", "codigo", "recibo", "recibe",
	"resposta", "retorna", "retornou", "recebo", "erro", "motivo", "fout", "antwoord", "foutcode",
	"hata", "hatası", "hatasi", "yanıt", "yanit", "kodu", "cevap",
	"ошибка", "ошибку", "ошибки", "ответ", "ответил", "отвечает", "код", "błąd", "odpowiedź", "kod",
)

// sipStems are the beginnings of the same words in any of their forms:
// "rejecting", "receives", "responding", "refusing".
var sipStems = []string{"respon", "repl", "reject", "refus", "receiv", "return", "answer", "fail", "error", "declin"}

func sipStem(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, stem := range sipStems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// sipWordsAfter, after a number, say the same: "a 423 error", "480 response".
var sipWordsAfter = wordSet("error", "response", "reply", "returned",
	"received", "fehler", "errore", "erreur", "ошибка", "ответ", "hatası", "hatasi", "status", "code", "rejection")

// cjkWords are the same words in scripts written without spaces: found
// inside the text before the number.
var cjkWords = []string{"返回", "错误", "报错", "响应", "回复", "状态", "收到", "应答", "失败", "拒绝",
	"エラー", "応答", "返答", "오류", "응답"}

// codeKeys are the names of keys whose value is a response code, in
// key=value, JSON and CDR logs: status=403, "sip_code": 486, last_status:480.
var codeKeys = wordSet("code", "status", "statuscode", "status_code", "sip_code", "sipcode", "sip_status",
	"sipstatus", "last_status", "laststatus", "response", "response_code", "responsecode", "rs", "last_recv",
	"sip_term_status", "variable_sip_term_status", "term_status", "sipresponsecode", "sip_response_code",
	"sip_response", "error_code", "errorcode", "result", "result_code", "final_status", "reply_code",
	"termination_reason", "disconnect_reason", "hangup_status", "sip_hangup_status", "reason",
	"proto_specific_hangup_cause", "last_bridge_proto_specific_hangup_cause", "sip_invite_failure_status")

// countWords, as the key or the word before a number, or as the unit
// after it, say it counts or names something else: CSeq: 102, port 5060,
// 364 bytes, after 300 seconds, line 480, 200 users.
var countWords = wordSet("cseq", "length", "content-length", "forwards", "max-forwards", "expires", "port",
	"rport", "len", "size", "id", "pid", "tid", "line", "lines", "duration", "ttl", "version", "bytes", "byte",
	"seq", "index", "count", "interval", "after", "se", "channels", "channel", "calls", "users",
	"ms", "msec", "sec", "secs", "second", "seconds", "s", "min", "mins", "minute", "minutes", "kb", "kbps",
	"mb", "hz", "khz", "x", "times", "packets", "frames", "frame", "number", "num", "http", "https",
	"timeout", "retry", "session-expires", "min-se", "rtp", "rtcp", "pt", "payload", "ptime", "vlan", "dtmf",
	"year", "years", "days", "hours", "day", "hour", "ext", "extension", "extensions", "uid", "gid", "pages",
	"page", "issue", "issues", "responses", "replies", "requests", "messages", "errors", "pr", "pull", "commit", "v", "ver", "build", "release", "chars", "characters")

// letterAt reports whether the character at s[i] (a byte 0x80 or above)
// belongs in a word: anything but punctuation and space.
func letterAt(s string, i int) bool {
	if s[i] < 0xC0 {
		return true // inside a character whose first byte was read already
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsPunct(r) && !unicode.IsSpace(r) && !unicode.IsSymbol(r)
}

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// token is a word, a number or one punctuation byte of a line.
type token struct {
	start, end int
	kind       byte // 'w' word, 'n' number, 'p' punctuation
	spaced     bool // white space comes before it
}

// tokenize splits a line once, left to right. A word holds letters (any
// non-ASCII byte counts as a letter), digits after a letter, '_' and '-'
// inside it; a number holds digits.
func tokenize(s string, out []token) []token {
	out = out[:0]
	spaced := true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			spaced = true
			i++
			continue
		case c >= 0x80 && !letterAt(s, i):
			// Punctuation and spaces beyond ASCII: quotes (“403”), the
			// full-width colon of "报错：503", a no-break space.
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				spaced = true
				i += size
				continue
			}
			out = append(out, token{i, i + size, 'p', spaced})
			i += size
		case isDigit(c):
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			out = append(out, token{i, j, 'n', spaced})
			i = j
		case isLetter(c) || c >= 0x80 || c == '_':
			j := i
			for j < len(s) && (isLetter(s[j]) || s[j] >= 0x80 && letterAt(s, j) || s[j] == '_' || isDigit(s[j]) && s[j-1] < 0x80 ||
				s[j] == '-' && j+1 < len(s) && isLetter(s[j+1])) {
				j++
			}
			out = append(out, token{i, j, 'w', spaced})
			i = j
		default:
			out = append(out, token{i, i + 1, 'p', spaced})
			i++
		}
		spaced = false
	}
	return out
}

// stated reads the response codes a line states outside a start line,
// weighing the evidence around each number of three digits; it also reads
// the vendor codes of the line (vendorCodes). One pass over the tokens,
// each looked at from a window of a few tokens on either side.
func (r *reader) stated(s string, n int) {
	// A huge line (a flattened paste) is weighed in pieces, so that its
	// tokens stay few; evidence spans a few words, not a piece.
	const piece = 1 << 14
	for len(s) > piece {
		cut := strings.LastIndexByte(s[:piece], ' ')
		if cut <= 0 {
			cut = piece
		}
		r.weighLine(s[:cut], n)
		s = s[cut:]
	}
	r.weighLine(s, n)
}

func (r *reader) weighLine(s string, n int) {
	r.opensips, r.ladder = 0, 0
	r.toks = tokenize(s, r.toks)
	toks := r.toks
	found, last := 0, 0
	for i, t := range toks {
		if t.kind == 'w' {
			r.vendorWord(s, toks, i, n)
			r.noAnswer(s, toks, i, n)
			if found < 20 && r.ladderRequest(s, toks, i, n) {
				found++
			}
			continue
		}
		if t.kind != 'n' || found >= 20 {
			continue
		}
		if r.vendorTag(s, toks, i, n) || r.diagCode(s, toks, i, n) {
			continue
		}
		code := 0
		if t.end-t.start == 3 {
			code = int(s[t.start]-'0')*100 + int(s[t.start+1]-'0')*10 + int(s[t.start+2]-'0')
		}
		if codes.ClassOf(code) == 0 {
			r.vendorNumber(s, toks, i, n)
			continue
		}
		if score, phrase := weigh(s, toks, i, code); score >= statedAt && code != last {
			r.logResponse(n, code, phrase, s)
			last = code
			found++
		}
	}
}

// weigh scores the number toks[i] (the code) as a stated response, and
// returns the phrase written with it.
func weigh(s string, toks []token, i, code int) (score int, phrase string) {
	t := toks[i]
	prev, next := tokenAt(toks, i-1), tokenAt(toks, i+1)
	// Glued to its neighbours, it is part of something else: an address,
	// a time, a version, a date, an identifier, a list of numbers.
	if prev.kind != 0 && !t.spaced {
		switch c := s[prev.start]; {
		case prev.kind == 'n', prev.kind == 'w' && c < 0x80, c == '.', c == '/', c == '#', c == '@', c == '$', c == '%', c == '+':
			return 0, ""
		case c == ':' || c == '=' || c == ',' || c == '-':
			// "code:403", "status=486" need a key or a SIP word before them; "10:47", "1,480" do not count.
			before := tokenAt(toks, i-2)
			if before.kind != 'w' || !(codeKeys[wordLower(s, before)] || sipWords[wordLower(s, before)] || cjkWord(s[before.start:before.end])) {
				return 0, ""
			}
		}
	}
	if next.kind != 0 && !next.spaced {
		switch c := s[next.start]; {
		case next.kind == 'w' && c < 0x80:
			if _, ok := registeredPhraseAfter(s[t.end:], code); !ok {
				return 0, "" // 480ms, 403abc; but "580Precondition Failure", a copy that lost its space
			}
		case next.kind == 'n':
			return 0, ""
		case c == '.' || c == ':' || c == ',' || c == '-':
			if after := tokenAt(toks, i+2); after.kind == 'n' && !after.spaced {
				return 0, "" // 10.0.0.1, 403:5060, 486,600, 400-416
			}
		case c == '%':
			return 0, ""
		}
	}
	rest := s[t.end:]
	// The phrase: registered, after the number or before it in brackets.
	if p, ok := registeredPhraseAfter(rest, code); ok {
		score += 4
		phrase = p
	} else if p, ok := phraseBefore(s, t.start, code); ok {
		score += 4
		phrase = p
	} else if p := quotedPhrase(rest); p != "" {
		phrase = p
		score++
	}
	if phrase == "" && wordAfterIsCause(rest) {
		return 0, "" // "604 [MEDIA_TIMEOUT]": a vendor's cause number and its name
	}
	if i == 0 && capitalized(s, toks, 1) && capitalized(s, toks, 2) {
		score += 3 // "403 Permission Denied" opening a line: a status line without SIP/2.0
	}
	// The words before it, up to six tokens back.
	keyed := false
	for k, words := i-1, 0; k >= 0 && words < 6 && i-k <= 10; k-- {
		w := toks[k]
		if w.kind == 'n' {
			if i-k <= 2 {
				continue
			}
			break
		}
		if w.kind != 'w' {
			continue
		}
		words++
		lw := wordLower(s, w)
		if words == 1 && countWords[lw] {
			return 0, "" // CSeq: 102, port 5060, line 480
		}
		if words == 1 && codeKeys[lw] && keyValue(s, w.end, t.start) {
			if lw == "reason" && !(code >= 300) || lw == "cause" {
				continue
			}
			score += 4
			keyed = true
			continue
		}
		if sipWords[lw] || sipStem(lw) || lw == "cause" && code >= 300 {
			if returnValue(s, toks, k) {
				return 0, "" // "tport_vsend() returned 371": what a function returned
			}
			score += 3
			break
		}
		if s[w.start] >= 0x80 && cjkWord(s[w.start:w.end]) {
			score += 3
			break
		}
	}
	if !keyed && t.start > 0 && s[t.start-1] >= 0x80 && !t.spaced && prev.kind == 'w' && cjkWord(s[prev.start:prev.end]) {
		score += 3 // "返回403": the word is glued to the number
	}
	// The words after it, up to three, unless they are its phrase.
	for k, words := i+1, 0; phrase == "" && k < len(toks) && words < 3 && k-i <= 5; k++ {
		w := toks[k]
		if w.kind == 'p' && strings.IndexByte(",;|=&", s[w.start]) >= 0 {
			break // the next field of a list or a log line
		}
		if w.kind != 'w' {
			continue
		}
		words++
		lw := wordLower(s, w)
		if words == 1 && countWords[lw] || words == 2 && strings.HasPrefix(lw, "byte") {
			return 0, "" // 364 bytes, [315] new bytes, 300 seconds, 200 users
		}
		if sipWordsAfter[lw] {
			score += 2
			break
		}
		if knownMethods[strings.ToUpper(lw)] && words == 1 && k == i+2 && s[toks[i+1].start] == '/' {
			score += 2 // 487/INVITE
			break
		}
	}
	arrow := isArrow(rest) || arrowBefore(s[:t.start])
	switch {
	case arrow:
		score += 3 // "480 <-", "<-- 486"
	case inLadderCell(s, t.start):
		score += 4
	case t.start > 0 && t.end < len(s) && strings.IndexByte(`["'(<`, s[t.start-1]) >= 0 && strings.IndexByte(`]"')>`, s[t.end]) >= 0:
		score++ // [403], '405'
	}
	if codes.Text(code) == "" && phrase == "" && !keyed && !arrow {
		score-- // a number no registry holds needs more than one word for it
	}
	if code < 200 && phrase == "" && !arrow {
		return 0, "" // a provisional response is stated with its phrase; "exit code 127" is none
	}
	return score, phrase
}

func tokenAt(toks []token, i int) token {
	if i < 0 || i >= len(toks) {
		return token{}
	}
	return toks[i]
}

func wordLower(s string, t token) string {
	w := s[t.start:t.end]
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// keyValue reports whether the text between a key and its value assigns
// it, as a log or a language writes that: "=", ": ", "\": ", "=>", " [".
func keyValue(s string, from, to int) bool {
	between := s[from:to]
	return len(between) <= 6 && strings.Trim(between, ` =>":'[(`) == "" && strings.ContainsAny(between, "=:[")
}

// registeredPhraseAfter reads the registered phrase of code after it,
// past quotes, brackets, a dash or a colon: `503 "Service Unavailable"`,
// "403 (FORBIDDEN)", "486 - Busy Here".
func registeredPhraseAfter(rest string, code int) (string, bool) {
	reg := codes.Text(code)
	if reg == "" {
		return "", false
	}
	rest = strings.TrimLeft(rest[:min(len(rest), 8+len(reg))], ` "'([-:`)
	if hasPrefixFold(rest, reg) && (len(rest) == len(reg) || !isLetter(rest[len(reg)])) {
		return rest[:len(reg)], true
	}
	return "", false
}

// quotedPhrase is a phrase in quotes right after a number: `503 "Overloaded"`.
func quotedPhrase(rest string) string {
	rest = strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(rest, `"`) {
		return ""
	}
	if e := strings.IndexByte(rest[1:min(len(rest), 82)], '"'); e > 0 {
		return rest[1 : e+1]
	}
	return ""
}

// wordAfterIsCause reports a cause name in capitals in brackets after a
// number: FreeSWITCH's "Cause: 604 [MEDIA_TIMEOUT]" names its own cause.
func wordAfterIsCause(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if len(rest) > 2 && (rest[0] == '[' || rest[0] == '(') && rest[1] >= 'A' && rest[1] <= 'Z' {
		if e := strings.IndexAny(rest[:min(len(rest), 64)], "])"); e > 1 && strings.Contains(rest[1:e], "_") && strings.Trim(rest[1:e], "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") == "" {
			return true
		}
	}
	return false
}

// arrowBefore reports an arrow right before a number: "<-- 486", "-> 200";
// not a two-headed one ("PBX <---> 638" joins two parties).
func arrowBefore(s string) bool {
	s = strings.TrimRight(s[max(0, len(s)-8):], " ")
	end := strings.TrimRight(s, "-<>")
	arrow := s[len(end):]
	return len(arrow) >= 2 && strings.Contains(arrow, "-") && strings.Contains(arrow, "<") != strings.Contains(arrow, ">")
}

// capitalized reports whether toks[i] is a word that starts with a capital letter.
func capitalized(s string, toks []token, i int) bool {
	t := tokenAt(toks, i)
	return t.kind == 'w' && s[t.start] >= 'A' && s[t.start] <= 'Z'
}

// returnValue reports whether the word at toks[k] ("returned", "returns")
// follows a function's name: the number after it is what the function
// returned, not a response.
func returnValue(s string, toks []token, k int) bool {
	if w := wordLower(s, toks[k]); !strings.HasPrefix(w, "return") {
		return false
	}
	prev := tokenAt(toks, k-1)
	if prev.kind == 'p' && s[prev.start] == ')' {
		return true
	}
	return prev.kind == 'w' && strings.Contains(s[prev.start:prev.end], "_")
}

func cjkWord(w string) bool {
	for _, c := range cjkWords {
		if strings.Contains(w, c) {
			return true
		}
	}
	return false
}

// ladderRequest reads a request drawn in a call flow, with no URI or
// SIP/2.0: "F1 INVITE A -> B", "|--INVITE-->|", "INVITE ->", "(3) BYE";
// a method in capitals with a label or an arrow or a bar on its line.
func (r *reader) ladderRequest(s string, toks []token, i, n int) bool {
	w := s[toks[i].start:toks[i].end]
	if !knownMethods[w] {
		return false
	}
	if r.ladder == 0 { // once a line
		r.ladder = 2
		if strings.Contains(s, "->") || strings.Contains(s, "<-") || strings.Contains(s, "|") || strings.Contains(s, "→") || strings.Contains(s, "←") {
			r.ladder = 1
		}
	}
	label := false
	if prev := tokenAt(toks, i-1); prev.kind == 'w' && len(s[prev.start:prev.end]) <= 4 && (s[prev.start] == 'F' || s[prev.start] == 'f') && isDigits(s[prev.start+1:prev.end]) {
		label = true // F1, F12
	} else if prev.kind == 'p' && s[prev.start] == ')' && tokenAt(toks, i-2).kind == 'n' {
		label = true // (3)
	}
	if !label && r.ladder != 1 {
		return false
	}
	r.add(Message{Line: n, Method: w, fromLog: true})
	return true
}

func isDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// phraseBefore reads a code written after its registered phrase, in
// brackets: a FRITZ!Box's "Causa: Not Acceptable Here (488)", FreeSWITCH's
// "Registration Failed with status Forbidden [403]".
func phraseBefore(s string, i, code int) (string, bool) {
	reg := codes.Text(code)
	if reg == "" || i < 2 || i+3 >= len(s) || !(s[i-1] == '(' && s[i+3] == ')' || s[i-1] == '[' && s[i+3] == ']') {
		return "", false
	}
	before := strings.TrimRight(s[max(0, i-1-len(reg)-4):i-1], " ")
	if len(before) < len(reg) || !strings.EqualFold(before[len(before)-len(reg):], reg) {
		return "", false
	}
	if k := len(before) - len(reg); k > 0 && isLetter(before[k-1]) {
		return "", false
	}
	return before[len(before)-len(reg):], true
}

// inLadderCell reports whether the number at s[i] opens a cell of a call
// flow drawn between bars, with only words after it in that cell.
func inLadderCell(s string, i int) bool {
	if !strings.HasSuffix(strings.TrimRight(s[max(0, i-8):i], " "), "|") {
		return false
	}
	end := strings.IndexByte(s[i:min(len(s), i+64)], '|')
	if end < 0 {
		return false
	}
	words := strings.TrimSpace(s[i+3 : i+end])
	return words != "" && isLetter(words[0]) && strings.Trim(words, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'") == ""
}
