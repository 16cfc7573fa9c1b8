package warning

import (
	"encoding/json"
	"io"

	"github.com/sipcodes/sipcodes/codes"
)

// RegistrySnapshot is the date of the IANA registry page the data was checked against.
const RegistrySnapshot = "2026-01-07"

// RegistryURL is the IANA registry of SIP warn-codes.
const RegistryURL = "https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-5"

// The JSON shapes below are a published format (warnings.json): rename
// nothing, only add.

type jsonExport struct {
	Registry     string             `json:"registry"`
	Snapshot     string             `json:"snapshot"`
	Warnings     []jsonWarning      `json:"warnings"`
	Unregistered []jsonUnregistered `json:"unregistered"`
	Ranges       []jsonRange        `json:"ranges"`
}

type jsonWarning struct {
	Code        int        `json:"code"`
	Text        string     `json:"text"`
	References  []jsonRef  `json:"references"`
	Summary     string     `json:"summary"`
	Description string     `json:"description"`
	SeenWith    []jsonSeen `json:"seenWith"` // empty: any response
	Checks      []string   `json:"checks"`
}

type jsonRef struct {
	RFC     int    `json:"rfc"`
	Section string `json:"section"`
	URL     string `json:"url"`
}

type jsonSeen struct {
	Code   int    `json:"code"`
	Phrase string `json:"phrase"`
}

type jsonUnregistered struct {
	Code   int    `json:"code"`
	Sender string `json:"sender"`
	Source string `json:"source"`
	Note   string `json:"note"`
}

type jsonRange struct {
	From       int       `json:"from"`
	To         int       `json:"to"`
	Meaning    string    `json:"meaning"`
	References []jsonRef `json:"references"`
}

func exportRefs(refs []codes.Ref) []jsonRef {
	out := []jsonRef{}
	for _, r := range refs {
		out = append(out, jsonRef{r.RFC, r.Section, r.URL()})
	}
	return out
}

func exportWarning(w Warning) jsonWarning {
	j := jsonWarning{
		Code: w.Code, Text: w.Text, References: exportRefs(w.Refs), Summary: w.Summary,
		Description: w.Description, SeenWith: []jsonSeen{}, Checks: append([]string{}, w.Checks...),
	}
	for _, n := range w.SeenWith {
		j.SeenWith = append(j.SeenWith, jsonSeen{n, codes.Text(n)})
	}
	return j
}

// WriteJSON writes every registered warn-code, the known unregistered ones
// apart, and the RFC's blocks of numbers, as indented JSON (warnings.json).
// The same data always gives the same bytes.
func WriteJSON(w io.Writer) error {
	e := jsonExport{Registry: RegistryURL, Snapshot: RegistrySnapshot,
		Warnings: []jsonWarning{}, Unregistered: []jsonUnregistered{}, Ranges: []jsonRange{}}
	for _, x := range registry {
		e.Warnings = append(e.Warnings, exportWarning(x))
	}
	for _, u := range unregistered {
		e.Unregistered = append(e.Unregistered, jsonUnregistered(u))
	}
	for _, r := range ranges {
		e.Ranges = append(e.Ranges, jsonRange{r.From, r.To, r.Meaning, exportRefs(r.Refs)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(e)
}
