//go:build !wasm

package app

import (
	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/lookup"
	"github.com/sipcodes/sipcodes/vendors"
)

// searchSources are what this build's searches read beyond the registries:
// the word index and vendor tables compiled in (the browser reads them
// from the site's JSON files instead).
func searchSources() lookup.Sources {
	return lookup.Sources{Words: codes.DefaultIndex(), Vendors: vendors.Search}
}

// The browser reads its search sources from the site's JSON files; on the
// server they are compiled in, and these do nothing.
func waitForWordIndex()                    {}
func readSearchSourcesNow(func())          {}
func whenWordsSearched(_ string, f func()) { f() }
