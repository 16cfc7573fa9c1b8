package codes

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestJSONIsCompleteAndStable(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two exports differ")
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
	if err := WriteCodeJSON(&one, mustLookup(t, 486)); err != nil || !json.Valid(one.Bytes()) {
		t.Errorf("WriteCodeJSON: %v", err)
	}
}
