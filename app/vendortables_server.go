//go:build !wasm

package app

import "github.com/sipcodes/sipcodes/vendors"

// vendorSearch is how this build searches vendor codes: with the tables
// compiled in (the browser reads them from vendors.json instead).
func vendorSearch() func(string) []vendors.Hit { return vendors.Search }
