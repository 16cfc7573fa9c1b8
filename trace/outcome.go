package trace

import "strings"

// Outcomes a text shows without a failing code: nothing answered a
// request (a timeout), the caller cancelled, the call was still ringing.

// noAnswerWords say that a request got no answer: "timeout", "timed out",
// "no response", "Timer B", "retransmissions", in several languages.
// Each is a word, or a word and the one after it.
var noAnswerWords = map[string]string{
	"timeout": "", "timeouts": "", "timedout": "", "timed": "out", "unreachable": "", "retransmission": "",
	"retransmissions": "", "retransmitting": "", "no": "response", "any": "response|answer", "not": "responding", "timer": "b|f",
	"keine": "antwort", "zeitüberschreitung": "", "sin": "respuesta", "nessuna": "risposta",
	"sem": "resposta", "нет": "ответа", "таймаут": "", "tiempo": "agotado",
}

// cjkNoAnswer are the same in scripts written without spaces.
var cjkNoAnswer = []string{"超时", "无响应", "没有响应", "無応答", "タイムアウト"}

// noAnswer notes a line that says a request got no answer; only the first
// few are kept, as the evidence for an inferred timeout.
func (r *reader) noAnswer(s string, toks []token, i, n int) {
	if len(r.ex.gaveUp) >= 5 || len(r.ex.gaveUp) > 0 && r.ex.gaveUp[len(r.ex.gaveUp)-1] == n {
		return
	}
	w := wordLower(s, toks[i])
	next, ok := noAnswerWords[w]
	if s[toks[i].start] >= 0x80 && !ok {
		for _, c := range cjkNoAnswer {
			if strings.Contains(w, c) {
				r.ex.gaveUp = append(r.ex.gaveUp, n)
				return
			}
		}
		return
	}
	if !ok {
		return
	}
	if prev := tokenAt(toks, i-1); prev.kind == 'w' && strings.Contains("media rtp rtcp session idle inactivity", wordLower(s, prev)) {
		return // a media or session timeout is no unanswered request
	}
	if next != "" {
		after := tokenAt(toks, i+1)
		if after.kind != 'w' || !strings.Contains("|"+next+"|", "|"+wordLower(s, after)+"|") {
			return
		}
	}
	r.ex.gaveUp = append(r.ex.gaveUp, n)
}

// retransmitted reports the line of a request of a trace sent three times
// or more with no response at all after it: a transaction that timed out.
func retransmitted(ms []Message) (line int, ok bool) {
	count := map[string]int{}
	for i, m := range ms {
		if !m.Request() || m.Method == "ACK" || m.fromLog {
			continue // a request drawn in a ladder has no ids: the same method thrice may be three hops
		}
		k := m.Method + "\x00" + m.key()
		count[k]++
		if count[k] == 3 && !anyFinal(ms[i+1:]) {
			return m.Line, true
		}
	}
	return 0, false
}
