package reason

import (
	"encoding/json"
	"io"

	"github.com/sipcodes/sipcodes/codes"
)

// RegistrySnapshot is the date of the IANA registry page the data was checked against.
const RegistrySnapshot = "2026-01-07"

// RegistryURL is the IANA registry of Reason protocols.
const RegistryURL = "https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-3"

// The JSON shapes below are a published format (reason.json): rename
// nothing, only add.

type jsonExport struct {
	Registry     string             `json:"registry"`
	Snapshot     string             `json:"snapshot"`
	Header       jsonHeader         `json:"header"`
	Protocols    []jsonProtocol     `json:"protocols"`
	Unregistered []jsonUnregistered `json:"unregistered"`
}

type jsonHeader struct {
	References []jsonRef      `json:"references"`
	Rules      []jsonRule     `json:"rules"`
	Params     []jsonParam    `json:"params"`
	Locations  []jsonLocation `json:"locations"`
}

type jsonRef struct {
	RFC     int    `json:"rfc"`
	Section string `json:"section"`
	URL     string `json:"url"`
}

type jsonRule struct {
	Text      string  `json:"text"`
	Reference jsonRef `json:"reference"`
}

type jsonParam struct {
	Name       string    `json:"name"`
	For        string    `json:"for"`
	Meaning    string    `json:"meaning"`
	References []jsonRef `json:"references"`
}

type jsonLocation struct {
	Name    string `json:"name"`
	Value   int    `json:"value"`
	Meaning string `json:"meaning"`
}

type jsonProtocol struct {
	Token      string      `json:"token"`
	Causes     string      `json:"causes"`
	Reference  string      `json:"reference"`
	References []jsonRef   `json:"references"`
	Note       string      `json:"note"`
	Values     []jsonValue `json:"values"`
}

type jsonValue struct {
	Cause      int       `json:"cause"`
	Text       string    `json:"text"`
	Meaning    string    `json:"meaning"`
	References []jsonRef `json:"references"`
}

type jsonUnregistered struct {
	Token  string `json:"token"`
	Sender string `json:"sender"`
	Note   string `json:"note"`
}

func exportRef(r codes.Ref) jsonRef { return jsonRef{r.RFC, r.Section, r.URL()} }

func exportRefs(refs []codes.Ref) []jsonRef {
	out := []jsonRef{}
	for _, r := range refs {
		out = append(out, exportRef(r))
	}
	return out
}

// WriteJSON writes the Reason header's rules, parameters and locations, every
// registered protocol with the values sipcodes explains, and the known
// unregistered tokens apart, as indented JSON (reason.json). The same data
// always gives the same bytes.
func WriteJSON(w io.Writer) error {
	e := jsonExport{
		Registry: RegistryURL, Snapshot: RegistrySnapshot,
		Header: jsonHeader{
			References: exportRefs([]codes.Ref{{RFC: 3326, Section: "2"}}),
			Rules:      []jsonRule{}, Params: []jsonParam{}, Locations: []jsonLocation{},
		},
		Protocols: []jsonProtocol{}, Unregistered: []jsonUnregistered{},
	}
	for _, r := range rules {
		e.Header.Rules = append(e.Header.Rules, jsonRule{r.Text, exportRef(r.Ref)})
	}
	for _, p := range params {
		e.Header.Params = append(e.Header.Params, jsonParam{p.Name, p.For, p.Meaning, exportRefs(p.Refs)})
	}
	for _, l := range locations {
		e.Header.Locations = append(e.Header.Locations, jsonLocation(l))
	}
	for _, p := range protocols {
		j := jsonProtocol{p.Token, p.Causes, p.Reference, exportRefs(p.Refs), p.Note, []jsonValue{}}
		for _, v := range p.Values {
			j.Values = append(j.Values, jsonValue{v.Cause, v.Text, v.Meaning, exportRefs(v.Refs)})
		}
		e.Protocols = append(e.Protocols, j)
	}
	for _, u := range unregistered {
		e.Unregistered = append(e.Unregistered, jsonUnregistered(u))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(e)
}
