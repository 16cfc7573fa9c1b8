//go:build !wasm

package main

import (
	"os/exec"
	"strings"
	"testing"
)

// libraryPackages are the packages the README offers as Go libraries.
var libraryPackages = []string{"./codes", "./warning", "./cause", "./reason", "./lookup", "./trace", "./vendors", "./capture"}

// TestTheLibraryNeedsOnlyTheStandardLibrary: a program that imports the
// data packages builds nothing but them and the standard library (the
// README says so), whatever the site and the tests need.
func TestTheLibraryNeedsOnlyTheStandardLibrary(t *testing.T) {
	out, err := exec.Command("go", append([]string{"list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}"}, libraryPackages...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for p := range strings.FieldsSeq(string(out)) {
		if !strings.HasPrefix(p, "github.com/sipcodes/sipcodes/") || strings.HasPrefix(p, "github.com/sipcodes/sipcodes/app") {
			t.Errorf("the library pulls in %s", p)
		}
	}
}
