package warning

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestJSONIsComplete(t *testing.T) {
	// WriteJSON walks slices only, so two exports cannot differ: what can
	// break is the content, checked below.
	var a bytes.Buffer
	if err := WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Warnings []struct {
			Code       int
			Text       string
			References []struct{ URL string }
			SeenWith   []struct {
				Code   int
				Phrase string
			}
		}
		Unregistered []struct{ Code int }
		Ranges       []struct{ From, To int }
	}
	if err := json.Unmarshal(a.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Warnings) != 15 || len(got.Unregistered) != 2 || len(got.Ranges) != len(ranges) {
		t.Fatalf("export has %d warnings, %d unregistered, %d ranges", len(got.Warnings), len(got.Unregistered), len(got.Ranges))
	}
	for _, w := range got.Warnings {
		if w.Text == "" || len(w.References) == 0 || w.References[0].URL == "" {
			t.Errorf("%d exported incompletely", w.Code)
		}
		if w.Code == 305 && (len(w.SeenWith) != 2 || w.SeenWith[0].Phrase != "Not Acceptable Here") {
			t.Errorf("305 should travel with 488 and 606: %+v", w.SeenWith)
		}
	}
}
