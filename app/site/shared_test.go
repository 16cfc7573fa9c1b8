package site

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/sipcodes/sipcodes/app/shared"
)

// spelledNames are the ways a script could spell a name it shares with the
// Go program itself, rather than read it from `shared`.
var spelledNames = regexp.MustCompile(`dataset\.|getElementById\(\s*["'` + "`" + `]|\$\(\s*["']|\.id\s*[!=]==?\s*["']|["']data-[a-z]|sipcodes[A-Z]|["']sipcodes:["']`)

var sharedUse = regexp.MustCompile(`\bshared\.([A-Za-z]+)`)

// sharedNameProblems lists what in a script breaks the start-up contract:
// a shared name spelled out, or a `shared.` name the Go side does not define.
func sharedNameProblems(script string) []string {
	var keys map[string]string
	b, _ := json.Marshal(shared.Name)
	json.Unmarshal(b, &keys)
	var out []string
	for n, line := range strings.Split(script, "\n") {
		code := line
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "//") {
			continue
		}
		if i := strings.Index(code, " // "); i >= 0 {
			code = code[:i]
		}
		if m := spelledNames.FindString(code); m != "" {
			out = append(out, fmt.Sprintf("line %d spells %s… itself: %s", n+1, m, strings.TrimSpace(line)))
		}
		for _, m := range sharedUse.FindAllStringSubmatch(code, -1) {
			if _, ok := keys[m[1]]; !ok {
				out = append(out, fmt.Sprintf("line %d: shared.%s is not defined in package shared", n+1, m[1]))
			}
		}
	}
	return out
}

// TestScriptsUseOnlySharedNames: the scripts read every name they share
// with the Go program from `shared` (package shared), which the generator
// writes into them.
func TestScriptsUseOnlySharedNames(t *testing.T) {
	for name, script := range map[string]string{"start.js": startJS, "warm.js": warmJS, "explain.js": explainJS, "explain-worker.js": explainWorkerJS} {
		if !strings.Contains(script, "[[.Shared]]") && strings.Contains(script, "shared.") {
			t.Errorf("%s reads shared names but is not given them", name)
		}
		for _, p := range sharedNameProblems(script) {
			t.Errorf("%s %s", name, p)
		}
		if filled := string(withSharedNames(script, map[string]string{"Base": "0", "Scripts": "0", "Wasm": "0", "Warm": "0", "Explain": "0", "MaxQuery": "0", "MaxTrace": "0", "CaptureMagic": "0"})); strings.Contains(filled, "[[") {
			t.Errorf("%s keeps an action the generator did not fill", name)
		}
	}
	for _, bad := range []string{`root.dataset.ready = "true";`, `document.getElementById("search")`, `if (e.target.id === "trace") {}`,
		`root.setAttribute("data-waiting", "");`, `globalThis.sipcodesWarmUp = true;`, `performance.mark("sipcodes:" + name)`, `box.getAttribute(shared.nonsense)`} {
		if len(sharedNameProblems(bad)) == 0 {
			t.Errorf("%q passes the check", bad)
		}
	}
	// The stylesheet styles the start-up by the same attributes.
	css, err := os.ReadFile("../../web/app.css")
	if err != nil {
		t.Fatal(err)
	}
	attributes := map[string]bool{shared.Name.Ready: true, shared.Name.Waiting: true, shared.Name.QueryPending: true, shared.Name.StartFailed: true}
	for _, m := range regexp.MustCompile(`html\[(data-[a-z-]+)`).FindAllStringSubmatch(string(css), -1) {
		if !attributes[m[1]] {
			t.Errorf("app.css styles html[%s], which is no shared attribute", m[1])
		}
	}
}
