package cause

import (
	"encoding/json"
	"io"

	"github.com/sipcodes/sipcodes/codes"
)

// Standard is the recommendation that assigns the cause values.
const Standard = "ITU-T Q.850"

// The JSON shapes below are a published format (causes.json): rename
// nothing, only add.

type jsonExport struct {
	Standard   string         `json:"standard"`
	Defaults   jsonDefaults   `json:"defaults"`
	Classes    []jsonClass    `json:"classes"`
	Causes     []jsonCause    `json:"causes"`
	Unassigned []jsonCause    `json:"unassigned"` // values Q.850 leaves free that vendors name anyway
	Internal   []jsonInternal `json:"freeswitchInternal"`
}

// jsonDefaults are the responses sent for a cause that has no row.
type jsonDefaults struct {
	RFC3398    int `json:"rfc3398"`
	FreeSWITCH int `json:"freeswitch"`
	Asterisk   int `json:"asterisk"`
}

type jsonClass struct {
	Class int    `json:"class"`
	Name  string `json:"name"`
	First int    `json:"first"`
	Last  int    `json:"last"`
}

type jsonCause struct {
	Value       int           `json:"value"`
	Name        string        `json:"name"`
	Assigned    bool          `json:"assigned"`
	Class       int           `json:"class"`
	ClassName   string        `json:"className"`
	Explanation string        `json:"explanation"`
	RFC3398     []jsonMapping `json:"rfc3398"` // empty: no response (16, 44, 0) or the default
	FreeSWITCH  jsonVendor    `json:"freeswitch"`
	Asterisk    jsonVendor    `json:"asterisk"`
}

type jsonMapping struct {
	Code   int    `json:"code"`
	Phrase string `json:"phrase"`
	Note   string `json:"note"`
}

type jsonVendor struct {
	Name    string `json:"name"`
	Code    int    `json:"code"`
	Default bool   `json:"default"`
}

type jsonInternal struct {
	Name       string `json:"name"`
	Value      int    `json:"value"`
	Before2022 int    `json:"before2022"`
	Code       int    `json:"code"`
	Note       string `json:"note"`
}

func exportCause(c Cause) jsonCause {
	j := jsonCause{
		Value: c.Value, Name: c.Name, Assigned: c.Assigned, Class: int(c.Class()), ClassName: c.Class().String(),
		Explanation: c.Explanation, RFC3398: []jsonMapping{},
		FreeSWITCH: jsonVendor(c.FreeSWITCH), Asterisk: jsonVendor(c.Asterisk),
	}
	for _, r := range c.RFC3398 {
		j.RFC3398 = append(j.RFC3398, jsonMapping{r.Code, codes.Text(r.Code), r.Note})
	}
	return j
}

// WriteJSON writes every assigned cause, the unassigned values vendors
// name, the classes and FreeSWITCH's internal causes as indented JSON
// (causes.json). The same data always gives the same bytes.
func WriteJSON(w io.Writer) error {
	rfcDefault, _, _ := codes.CodeForCause(4) // a cause RFC 3398 does not list
	e := jsonExport{
		Standard: Standard,
		Defaults: jsonDefaults{rfcDefault, freeswitchDefault, asteriskDefault},
		Classes:  []jsonClass{}, Causes: []jsonCause{}, Unassigned: []jsonCause{}, Internal: []jsonInternal{},
	}
	for _, c := range Classes() {
		first, last := c.Range()
		e.Classes = append(e.Classes, jsonClass{int(c), c.String(), first, last})
	}
	for n := 0; n <= 127; n++ {
		c, _ := Lookup(n)
		switch {
		case c.Assigned:
			e.Causes = append(e.Causes, exportCause(c))
		case c.FreeSWITCH.Name != "" || c.Asterisk.Name != "":
			e.Unassigned = append(e.Unassigned, exportCause(c))
		}
	}
	for _, c := range internalCauses {
		e.Internal = append(e.Internal, jsonInternal(c))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(e)
}
