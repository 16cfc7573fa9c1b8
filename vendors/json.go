package vendors

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// The JSON shapes below are a published format (vendors.json): rename
// nothing, only add.

type jsonExport struct {
	Namespaces []jsonNamespace `json:"namespaces"`
}

type jsonNamespace struct {
	ID         string      `json:"id"`
	Name       string      `json:"name"`
	Owner      string      `json:"owner"`
	About      string      `json:"about"`
	Source     string      `json:"source"`
	Retrieved  string      `json:"retrieved"`
	Confidence Confidence  `json:"confidence"`
	Entries    []jsonEntry `json:"entries"`
}

type jsonEntry struct {
	Code    string `json:"code,omitempty"`  // a number as the vendor writes it: "904", "560403", "500#3003"
	Token   string `json:"token,omitempty"` // a name: "PJSIP_ETPNOTSUITABLE", a header name
	Name    string `json:"name"`
	Summary string `json:"summary"`
	SIPCode int    `json:"sip_code,omitempty"`
	Where   string `json:"where"`
	Source  string `json:"source"`
}

// IsToken reports whether an entry's code is a name (PJSIP_ETPNOTSUITABLE,
// a header name) rather than a number.
func (e Entry) IsToken() bool { return strings.Trim(e.Code, "0123456789#") != "" }

// WriteJSON writes every namespace as vendors.json.
func WriteJSON(w io.Writer) error {
	out := jsonExport{Namespaces: []jsonNamespace{}}
	for _, ns := range all {
		n := jsonNamespace{ns.ID, ns.Name, ns.Owner, ns.About, ns.Source, ns.Retrieved, ns.Confidence, []jsonEntry{}}
		for _, e := range ns.Entries {
			je := jsonEntry{Name: e.Name, Summary: e.Summary, SIPCode: e.SIPCode, Where: e.Where, Source: e.Source}
			if e.IsToken() {
				je.Token = e.Code
			} else {
				je.Code = e.Code
			}
			n.Entries = append(n.Entries, je)
		}
		out.Namespaces = append(out.Namespaces, n)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// ReadJSON reads the namespaces back from vendors.json, as WriteJSON wrote them.
func ReadJSON(r io.Reader) ([]*Namespace, error) {
	var file jsonExport
	if err := json.NewDecoder(r).Decode(&file); err != nil {
		return nil, err
	}
	if file.Namespaces == nil {
		return nil, errors.New("vendors: no namespaces in the JSON")
	}
	var out []*Namespace
	for _, n := range file.Namespaces {
		ns := &Namespace{ID: n.ID, Name: n.Name, Owner: n.Owner, About: n.About, Source: n.Source, Retrieved: n.Retrieved, Confidence: n.Confidence}
		for _, e := range n.Entries {
			ns.Entries = append(ns.Entries, Entry{Code: e.Code + e.Token, Name: e.Name, Summary: e.Summary, SIPCode: e.SIPCode, Where: e.Where, Source: e.Source})
		}
		out = append(out, ns)
	}
	return out, nil
}
