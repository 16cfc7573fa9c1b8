package codes

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestJSONIsComplete(t *testing.T) {
	var a bytes.Buffer
	if err := WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Codes []struct {
			Number     int
			Phrase     string
			Status     string
			References []struct{ URL string }
			Q850       struct {
				FromCauses []struct{ Cause int }
				ToCause    *struct{ Cause int }
			}
		}
		Unregistered []struct{ Number int }
	}
	if err := json.Unmarshal(a.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Codes) != 75 || len(got.Unregistered) != len(UnregisteredCodes()) {
		t.Fatalf("export has %d codes and %d unregistered", len(got.Codes), len(got.Unregistered))
	}
	for _, c := range got.Codes {
		if c.Phrase != Text(c.Number) || len(c.References) == 0 || c.References[0].URL == "" {
			t.Errorf("%d exported incompletely", c.Number)
		}
		switch c.Number {
		case 486:
			if c.Q850.ToCause == nil || c.Q850.ToCause.Cause != 17 || len(c.Q850.FromCauses) != 1 {
				t.Errorf("486 should map to and from cause 17: %+v", c.Q850)
			}
		case 202:
			if c.Status != "deprecated" {
				t.Errorf("202 status %q", c.Status)
			}
		case 180:
			if c.Q850.ToCause != nil {
				t.Error("180 has no cause")
			}
		}
	}
	var one bytes.Buffer
	if err := WriteCodeJSON(&one, mustLookup(t, 486).Code); err != nil || !json.Valid(one.Bytes()) {
		t.Errorf("WriteCodeJSON: %v", err)
	}
}

// The published shape, field by field in the order WriteJSON writes them.
// Fields may be added; none of these may be renamed, dropped or reordered.
var (
	exportKeys       = []string{"registry", "snapshot", "codes", "unregistered"}
	codeKeys         = []string{"number", "phrase", "statusLine", "class", "final", "status", "statusNote", "references", "summary", "description", "causes", "checks", "headers", "related", "http", "aliases", "common", "q850"}
	refKeys          = []string{"rfc", "section", "url"}
	headerKeys       = []string{"name", "why"}
	relatedKeys      = []string{"code", "phrase", "why"}
	q850Keys         = []string{"fromCauses", "toCause"}
	causeKeys        = []string{"cause", "name", "note"}
	unregisteredKeys = []string{"number", "phrase", "origin", "note"}
)

// TestJSONIsStable checks what makes the export stable for its readers: the
// field names and their order, codes in numeric order, and WriteCodeJSON
// writing exactly the element WriteJSON writes. (Comparing two WriteJSON runs
// proved nothing: it ranges over slices only, so they can never differ.)
func TestJSONIsStable(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	top := object(t, buf.Bytes(), exportKeys)
	var codes, unreg []json.RawMessage
	if err := json.Unmarshal(top["codes"], &codes); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(top["unregistered"], &unreg); err != nil {
		t.Fatal(err)
	}
	prev := 0
	for _, raw := range codes {
		c := object(t, raw, codeKeys)
		n := number(t, c["number"])
		if n <= prev {
			t.Errorf("code %d follows %d: codes must be in numeric order", n, prev)
		}
		prev = n
		for _, list := range []struct {
			field string
			keys  []string
		}{{"references", refKeys}, {"headers", headerKeys}, {"related", relatedKeys}} {
			var items []json.RawMessage
			if err := json.Unmarshal(c[list.field], &items); err != nil {
				t.Fatalf("%d %s: %v", n, list.field, err)
			}
			for _, item := range items {
				object(t, item, list.keys)
			}
		}
		q := object(t, c["q850"], q850Keys)
		var from []json.RawMessage
		if err := json.Unmarshal(q["fromCauses"], &from); err != nil {
			t.Fatal(err)
		}
		for _, item := range from {
			object(t, item, causeKeys)
		}
		if string(q["toCause"]) != "null" {
			object(t, q["toCause"], causeKeys)
		}

		var one bytes.Buffer
		if err := WriteCodeJSON(&one, mustLookup(t, n).Code); err != nil {
			t.Fatal(err)
		}
		var want, got bytes.Buffer
		if err := json.Compact(&want, raw); err != nil {
			t.Fatal(err)
		}
		if err := json.Compact(&got, one.Bytes()); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("WriteCodeJSON(%d) differs from its element in WriteJSON", n)
		}
	}
	prev = 0
	for _, raw := range unreg {
		n := number(t, object(t, raw, unregisteredKeys)["number"])
		if n <= prev {
			t.Errorf("unregistered %d follows %d: they must be in numeric order", n, prev)
		}
		prev = n
	}
}

// object decodes a JSON object, checks that the published keys are all
// there in the published order (added keys may sit anywhere), and returns
// its fields.
func object(t *testing.T, raw []byte, published []string) map[string]json.RawMessage {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("want a JSON object, got %v (%v)", tok, err)
	}
	fields := map[string]json.RawMessage{}
	var order []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		key := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		fields[key] = v
		order = append(order, key)
	}
	i := 0
	for _, k := range order {
		if i < len(published) && k == published[i] {
			i++
		}
	}
	if i != len(published) {
		t.Errorf("keys %v: want %v among them, in that order", order, published)
	}
	return fields
}

func number(t *testing.T, raw json.RawMessage) int {
	t.Helper()
	var n int
	if err := json.Unmarshal(raw, &n); err != nil {
		t.Fatal(err)
	}
	return n
}
