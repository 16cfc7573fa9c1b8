package cause

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
		Defaults struct{ RFC3398, FreeSWITCH, Asterisk int }
		Classes  []struct{ Name string }
		Causes   []struct {
			Value      int
			Name       string
			RFC3398    []struct{ Code int }
			FreeSWITCH struct {
				Name string
				Code int
			}
		}
		Unassigned         []struct{ Value int }
		FreeswitchInternal []struct{ Name string }
	}
	if err := json.Unmarshal(a.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Causes) != 71 || len(got.Classes) != 8 || len(got.FreeswitchInternal) != len(internalCauses) {
		t.Fatalf("export has %d causes, %d classes, %d internal", len(got.Causes), len(got.Classes), len(got.FreeswitchInternal))
	}
	if got.Defaults.RFC3398 != 500 || got.Defaults.FreeSWITCH != 480 || got.Defaults.Asterisk != 603 {
		t.Errorf("defaults %+v", got.Defaults)
	}
	var unassigned []int
	for _, u := range got.Unassigned {
		unassigned = append(unassigned, u.Value)
	}
	if len(unassigned) != 4 || unassigned[0] != 0 || unassigned[3] != 54 {
		t.Errorf("unassigned values with vendor names: %v, want 0 45 52 54", unassigned)
	}
	for _, c := range got.Causes {
		if c.Name == "" {
			t.Errorf("%d exported without a name", c.Value)
		}
		if c.Value == 17 && (len(c.RFC3398) != 1 || c.RFC3398[0].Code != 486 || c.FreeSWITCH.Name != "USER_BUSY") {
			t.Errorf("17 exported wrongly: %+v", c)
		}
	}
}
