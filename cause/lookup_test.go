package cause

import (
	"strings"
	"testing"
)

func TestLookupByVendorName(t *testing.T) {
	for name, want := range map[string]int{
		"NORMAL_CLEARING": 16, "user_busy": 17, "NO_ROUTE_DESTINATION": 3, "AST_CAUSE_USER_BUSY": 17,
		"ast_cause_answered_elsewhere": 26, " NORMAL_CIRCUIT_CONGESTION ": 34, "SERVICE_UNAVAILABLE": 63,
		"OUTGOING_CALL_BARRED": 52, "PRE_EMPTED": 45, "AST_CAUSE_PRE_EMPTED": 8, "NONE": 0,
	} {
		if c, ok := LookupName(name); !ok || c.Value != want {
			t.Errorf("LookupName(%q) = %d, %v; want %d", name, c.Value, ok, want)
		}
	}
	if c, _ := LookupName("OUTGOING_CALL_BARRED"); c.Assigned {
		t.Error("52 is not assigned in Q.850, whatever the vendors call it")
	}
	for _, name := range []string{"", "BUSY", "ATTENDED_TRANSFER", "AST_CAUSE_"} {
		if _, ok := LookupName(name); ok {
			t.Errorf("LookupName(%q) should fail", name)
		}
	}
	if c, ok := LookupInternalName("attended_transfer"); !ok || c.Value != 801 || c.Before2022 != 601 {
		t.Errorf("ATTENDED_TRANSFER = %+v", c)
	}
}

func TestUnassignedAndOutOfRange(t *testing.T) {
	for _, n := range []int{10, 32, 52, 104, 126} {
		c, ok := Lookup(n)
		if !ok || c.Assigned || !strings.Contains(c.Explanation, "Not assigned in Q.850") {
			t.Errorf("Lookup(%d) should answer that it is not assigned: %+v", n, c)
		}
	}
	for _, n := range []int{-1, 128, 801} {
		if _, ok := Lookup(n); ok {
			t.Errorf("%d is outside Q.850", n)
		}
	}
	for n, want := range map[int]string{
		17:  "Q.850 cause 17, User busy (normal event).",
		34:  "(resource unavailable)",
		52:  "52 is not assigned in Q.850; FreeSWITCH calls it OUTGOING_CALL_BARRED and Asterisk AST_CAUSE_OUTGOING_CALL_BARRED.",
		10:  "10 is not assigned in Q.850 (its class would be normal event).",
		0:   "0 is not a Q.850 value; FreeSWITCH calls it NONE",
		801: "FreeSWITCH's ATTENDED_TRANSFER since v1.10.8",
		601: "FreeSWITCH's ATTENDED_TRANSFER before v1.10.8 (now 801)",
		700: "CRASH since v1.10.8",
		500: "CRASH before v1.10.8",
		487: "it is FreeSWITCH's ORIGINATOR_CANCEL.",
		128: "Q.850 values run from 1 to 127",
		-5:  "Q.850 values run from 1 to 127",
	} {
		if got := Describe(n); !strings.Contains(got, want) {
			t.Errorf("Describe(%d) = %q, want it to contain %q", n, got, want)
		}
	}
}

func TestClasses(t *testing.T) {
	counts := map[Class]int{}
	for _, c := range All() {
		counts[c.Class()]++
	}
	total := 0
	for _, class := range Classes() {
		if len(InClass(class)) != counts[class] || counts[class] == 0 {
			t.Errorf("class %d (%s) has %d causes", class, class, counts[class])
		}
		first, last := class.Range()
		if first != int(class)*16 || last != first+15 {
			t.Errorf("class %d covers %d-%d", class, first, last)
		}
		total += counts[class]
	}
	if total != 71 || Class(8).String() != "not a Q.850 class" {
		t.Error("eight classes, 71 causes")
	}
}

func TestOnlyPreEmptedDiffersBetweenVendors(t *testing.T) {
	fs := map[string]int{}
	for _, v := range freeswitchNames {
		fs[v.Name] = v.Value
	}
	for _, v := range asteriskNames {
		name := strings.TrimPrefix(v.Name, "AST_CAUSE_")
		if n, ok := fs[name]; ok && n != v.Value && name != "PRE_EMPTED" {
			t.Errorf("%s is %d in FreeSWITCH and %d in Asterisk: LookupName must say which", name, n, v.Value)
		}
	}
}

// LookupName compares with the tables as written: they must be in the
// form nameKey gives a query.
func TestVendorNamesAreWrittenAsKeys(t *testing.T) {
	for _, table := range [][]vendorName{freeswitchNames, asteriskNames} {
		for _, v := range table {
			if "AST_CAUSE_"+nameKey(v.Name) != v.Name && nameKey(v.Name) != v.Name {
				t.Errorf("%q is not written in upper case without spaces", v.Name)
			}
		}
	}
}

// The findings D5 to D10 of the data check at d554331, each pinned by the
// fact the source gives.
func TestFindingsD5ToD10(t *testing.T) {
	for n, want := range map[int]string{
		4:   "long time",               // D5: not "before an announcement"
		6:   "entity sending the call", // D9: not only the called side
		21:  "a 6xx could be given",    // D6: optional in RFC 3398
		25:  "hop counter",             // D8: the hop-counter limit
		65:  "Asterisk has no row",     // D7: not "it becomes 488" for every stack
		79:  "Asterisk has no row",     // D7
		102: "Asterisk has no row",     // D7
	} {
		c, _ := Lookup(n)
		if !strings.Contains(c.Explanation, want) {
			t.Errorf("cause %d: %q, want it to say %q", n, c.Explanation, want)
		}
	}
	if d := Describe(142); strings.Contains(d, "since v1.10.8") { // D10: SUCCESS kept its number
		t.Errorf("Describe(142) = %q", d)
	}
}
