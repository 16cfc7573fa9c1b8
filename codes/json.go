package codes

import (
	"encoding/json"
	"io"
)

// RegistrySnapshot is the date of the IANA registry page the data was checked against.
const RegistrySnapshot = "2026-01-07"

// RegistryURL is the IANA registry of SIP response codes.
const RegistryURL = "https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7"

// The JSON shapes below are a published format: rename nothing, only add.

type jsonExport struct {
	Registry     string             `json:"registry"`
	Snapshot     string             `json:"snapshot"`
	Codes        []jsonCode         `json:"codes"`
	Unregistered []jsonUnregistered `json:"unregistered"`
}

type jsonCode struct {
	Number      int           `json:"number"`
	Phrase      string        `json:"phrase"`
	StatusLine  string        `json:"statusLine"`
	Class       string        `json:"class"`
	Final       bool          `json:"final"`
	Status      Status        `json:"status"`
	StatusNote  string        `json:"statusNote"`
	References  []jsonRef     `json:"references"`
	Summary     string        `json:"summary"`
	Description string        `json:"description"`
	Causes      []string      `json:"causes"`
	Checks      []string      `json:"checks"`
	Headers     []jsonHeader  `json:"headers"`
	Related     []jsonRelated `json:"related"`
	HTTP        string        `json:"http"`
	Aliases     []string      `json:"aliases"`
	Common      bool          `json:"common"`
	Q850        jsonQ850      `json:"q850"`
}

type jsonRef struct {
	RFC     int    `json:"rfc"`
	Section string `json:"section"`
	URL     string `json:"url"`
}

type jsonHeader struct {
	Name string `json:"name"`
	Why  string `json:"why"`
}

type jsonRelated struct {
	Code   int    `json:"code"`
	Phrase string `json:"phrase"`
	Why    string `json:"why"`
}

// jsonQ850 is the RFC 3398 mapping in both directions.
type jsonQ850 struct {
	FromCauses []jsonCause `json:"fromCauses"` // ISUP causes a gateway turns into this code (§7.2.4.1)
	ToCause    *jsonCause  `json:"toCause"`    // the cause a gateway sends on receiving this code (§8.2.6.1)
}

type jsonCause struct {
	Cause int    `json:"cause"` // 0: no cause
	Name  string `json:"name"`
	Note  string `json:"note"`
}

type jsonUnregistered struct {
	Number int    `json:"number"`
	Phrase string `json:"phrase"`
	Origin string `json:"origin"`
	Note   string `json:"note"`
}

func exportCode(c Code) jsonCode {
	d, _ := LookupDetails(c.Number)
	j := jsonCode{
		Number: c.Number, Phrase: c.Phrase, StatusLine: c.StatusLine(), Class: c.Class().String(),
		Final: c.Final(), Status: c.Status, StatusNote: c.StatusNote, Summary: c.Summary,
		Description: d.Description, Causes: nonNil(d.Causes), Checks: nonNil(d.Checks), HTTP: d.HTTP,
		Aliases: nonNil(c.Aliases), Common: c.Common,
		References: []jsonRef{}, Headers: []jsonHeader{}, Related: []jsonRelated{},
		Q850: jsonQ850{FromCauses: []jsonCause{}},
	}
	for _, r := range c.Refs {
		j.References = append(j.References, jsonRef{r.RFC, r.Section, r.URL()})
	}
	for _, h := range d.Headers {
		j.Headers = append(j.Headers, jsonHeader(h))
	}
	for _, r := range d.Related {
		j.Related = append(j.Related, jsonRelated{r.Code, Text(r.Code), r.Why})
	}
	for _, r := range CausesForCode(c.Number) {
		j.Q850.FromCauses = append(j.Q850.FromCauses, jsonCause{r.Cause, CauseName(r.Cause), r.Note})
	}
	if r, ok := CauseForCode(c.Number); ok {
		j.Q850.ToCause = &jsonCause{r.Cause, CauseName(r.Cause), r.Note}
	}
	return j
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// WriteJSON writes every registered code, and the known unregistered ones
// apart, as indented JSON. The same data always gives the same bytes.
func WriteJSON(w io.Writer) error {
	e := jsonExport{Registry: RegistryURL, Snapshot: RegistrySnapshot, Codes: []jsonCode{}, Unregistered: []jsonUnregistered{}}
	for _, c := range registry {
		e.Codes = append(e.Codes, exportCode(c))
	}
	for _, u := range unregistered {
		e.Unregistered = append(e.Unregistered, jsonUnregistered(u))
	}
	return encode(w, e)
}

// WriteCodeJSON writes one registered code as indented JSON, in the same
// shape as an element of WriteJSON's "codes".
func WriteCodeJSON(w io.Writer, c Code) error { return encode(w, exportCode(c)) }

func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
