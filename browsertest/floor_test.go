//go:build !wasm

package browsertest

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"

	"github.com/sipcodes/sipcodes/codes"
)

// writeFloor writes the bench's floor: a plain HTML page with the same data,
// markup, stylesheet and search rules as sipcodes' list page, in vanilla
// JavaScript. It is what the same page costs without Go and WebAssembly.
func writeFloor(dir, web string) error {
	if err := os.MkdirAll(filepath.Join(dir, "web"), 0o755); err != nil {
		return err
	}
	css, err := os.ReadFile(filepath.Join(web, "app.css"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "web", "app.css"), css, 0o644); err != nil {
		return err
	}
	var data bytes.Buffer
	if err := codes.WriteJSON(&data); err != nil {
		return err
	}
	var items bytes.Buffer
	for _, c := range codes.All() {
		fmt.Fprintf(&items, `<li class="result class-%d" data-code="%d"><a class="result-link" href="#%d"><span class="code-number">%d</span><span class="code-phrase">%s</span></a><p class="code-summary">%s</p></li>`+"\n",
			c.Number/100, c.Number, c.Number, c.Number, html.EscapeString(c.Phrase), html.EscapeString(c.Summary))
	}
	page := fmt.Sprintf(floorPage, items.String(), data.String(), floorSearch)
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(page), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "explain.html"), []byte(floorExplainPage), 0o644)
}

// floorExplainPage is the explainer's text box alone, with the same
// attributes and stylesheet and no script: what laying out a paste costs
// the browser on a plain page.
const floorExplainPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Explain a SIP trace (floor)</title><link href="web/app.css" rel="stylesheet"></head>
<body><main id="main"><div class="explain"><h1>Explain a SIP trace</h1>
<form class="explain-form"><label for="trace">SIP trace or log</label>
<textarea id="trace" rows="14" spellcheck="false" autocomplete="off" autocapitalize="off" wrap="off"></textarea></form>
</div></main></body></html>
`

const floorPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta content="width=device-width, initial-scale=1" name="viewport">
<title>SIP response codes (floor)</title><link href="web/app.css" rel="stylesheet"></head>
<body><div id="page" data-view="list">
<header class="site-header"><a class="brand" href="#"><span class="brand-mark">SIP</span> codes</a>
<form class="search" role="search"><label class="search-label" for="search">Search SIP response codes</label>
<div class="search-field"><input id="search" type="search" name="q" autocomplete="off"></div></form></header>
<main id="main"><div class="list"><div class="intro"><h1>SIP response codes</h1></div>
<p id="result-count" class="result-count" role="status" aria-live="polite">75 codes</p>
<ul id="results" class="results">%s</ul></div></main></div>
<script>const DATA = %s;</script>
<script>%s</script>
</body></html>
`

// floorSearch ports codes.Search's rules: folded words, every word must
// match (exactly, as a prefix, or with one typo after the first letter),
// ranked by field; code numbers, prefixes and Q.850 causes first.
const floorSearch = `
const fold = (s) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const words = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const isNum = (w) => /^[0-9]+$/.test(w);
function oneEdit(a, b) {
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length) return true;
  if (a.length < b.length) return a.slice(i) === b.slice(i + 1);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
function quality(t, w) {
  if (w === t) return 3;
  if (isNum(t) || w[0] !== t[0]) return 0;
  if (w.startsWith(t)) return 2;
  if (t.length >= 4 && oneEdit(t, w)) return 1;
  if (t.length >= 5 && w.length > t.length && (oneEdit(t, w.slice(0, t.length)) || oneEdit(t, w.slice(0, t.length + 1)))) return 1;
  return 0;
}
const causes = {1:404,2:404,3:404,17:486,18:408,19:480,20:480,21:403,22:410,23:410,26:404,27:502,28:484,29:501,31:480,34:503,38:503,41:503,42:503,47:503,55:403,57:403,58:503,65:488,70:488,79:501,87:403,88:503,102:504,111:500,127:500};
const index = DATA.codes.map((c) => {
  const tier = new Map();
  const add = (t, ...texts) => texts.forEach((s) => words(s || "").forEach((w) => { if (!(tier.get(w) >= t)) tier.set(w, t); }));
  add(4, c.phrase);
  add(3, ...c.aliases);
  c.headers.forEach((h) => { add(2, h.name); add(1, h.why); });
  add(1, c.summary, c.description, c.statusNote, c.http, ...c.causes, ...c.checks, ...c.related.map((r) => r.why));
  return { c, tier: [...tier], phrase: words(c.phrase).join(" ") };
});
const stop = new Set("a an the is are of to in on for and or sip what does mean code response status error".split(" "));
function search(q) {
  q = q.slice(0, 256);
  if (!q.trim()) return index.map((e) => ({ e, s: 0 }));
  let toks = words(q.toLowerCase().replaceAll("sip/2.0", " "));
  let code = 0, cause = 0, prefix = "", rest = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i], n = toks[i + 1];
    if (t === "cause" && n && isNum(n) && !cause) { cause = +n; i++; }
    else if (t === "q" && n === "850") i++;
    else if (isNum(t) && t.length === 3 && t >= "100" && t <= "699" && !code) code = +t;
    else rest.push(t);
  }
  if (cause) rest = rest.filter((w) => w !== "reason" && w !== "text");
  if (rest.length === 1 && !code && !cause && isNum(rest[0]) && rest[0].length <= 2) { prefix = rest[0]; rest = []; }
  const kept = rest.filter((w) => !stop.has(w));
  if (kept.length) rest = kept;
  rest = rest.slice(0, 12);
  const whole = rest.join(" ");
  const hits = [];
  for (const e of index) {
    let s = 0;
    const n = String(e.c.number);
    if (code && e.c.number === code) s = 1e6;
    if (cause && causes[cause] === e.c.number) s = Math.max(s, 8e5);
    if (prefix && n.startsWith(prefix)) s = Math.max(s, 4e5);
    if (rest.length) {
      let total = 0, all = true;
      for (const t of rest) {
        let best = 0;
        for (const [w, tier] of e.tier) { const qu = quality(t, w); if (qu) best = Math.max(best, tier * 10 + qu); }
        if (!best) { all = false; break; }
        total += best;
      }
      if (all) s += total + (e.phrase === whole ? 1e4 : e.phrase.startsWith(whole) ? 5e3 : 0);
    }
    if (s > 0) hits.push({ e, s });
  }
  return hits.sort((a, b) => b.s - a.s);
}
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
function marked(text, terms) {
  return text.split(/([^\p{L}\p{N}]+)/u).map((part) => {
    const w = fold(part);
    return terms.some((t) => quality(t, w)) ? "<mark>" + esc(part) + "</mark>" : esc(part);
  }).join("");
}
const input = document.getElementById("search"), list = document.getElementById("results"), count = document.getElementById("result-count");
input.addEventListener("input", () => {
  const q = input.value, hits = search(q), terms = words(q).filter((w) => !stop.has(w));
  list.innerHTML = hits.map(({ e }) => { const c = e.c;
    return '<li class="result class-' + Math.floor(c.number / 100) + '" data-code="' + c.number + '"><a class="result-link" href="#' + c.number + '"><span class="code-number">' + c.number + '</span><span class="code-phrase">' + marked(c.phrase, terms) + '</span></a><p class="code-summary">' + marked(c.summary, terms) + "</p></li>"; }).join("");
  count.textContent = q ? hits.length + " codes match \u201c" + q.slice(0, 60) + "\u201d" : hits.length + " codes";
  history.replaceState(null, "", q ? "?q=" + encodeURIComponent(q) : location.pathname);
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") { input.value = ""; input.dispatchEvent(new Event("input")); }
});
document.documentElement.dataset.ready = "true";
`
