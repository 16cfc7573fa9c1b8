package reason

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
		Header struct {
			Params    []struct{ Name string }
			Locations []struct{ Name string }
		}
		Protocols []struct {
			Token  string
			Values []struct{ Cause int }
		}
		Unregistered []struct{ Token string }
	}
	if err := json.Unmarshal(a.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Protocols) != 22 || len(got.Header.Params) != 4 || len(got.Header.Locations) != 16 || len(got.Unregistered) != 1 {
		t.Fatalf("export has %d protocols, %d params, %d locations, %d unregistered",
			len(got.Protocols), len(got.Header.Params), len(got.Header.Locations), len(got.Unregistered))
	}
	for _, p := range got.Protocols {
		if p.Token == "Preemption" && len(p.Values) != 4 {
			t.Errorf("Preemption exported with %d values", len(p.Values))
		}
	}
}
