package cause

import (
	"fmt"
	"strings"
)

// Describe says in one sentence what cause value n is. It always answers:
// an assigned Q.850 cause, a value Q.850 leaves unassigned (with any vendor
// names it has), one of FreeSWITCH's own causes, or a number outside Q.850.
func Describe(n int) string {
	if c, ok := Lookup(n); ok {
		if c.Assigned {
			return fmt.Sprintf("Q.850 cause %d, %s (%s).", n, c.Name, c.Class())
		}
		what := fmt.Sprintf("%d is not assigned in Q.850", n)
		if n == 0 {
			what = "0 is not a Q.850 value"
		}
		if names := vendorNames(c); names != "" {
			return what + "; " + names + "."
		}
		return what + fmt.Sprintf(" (its class would be %s).", c.Class())
	}
	var parts []string
	if c, ok := LookupInternal(n); ok {
		since := " since v1.10.8"
		if c.Before2022 == c.Value {
			since = "" // the renumbering of 2022 left it where it was
		}
		parts = append(parts, fmt.Sprintf("FreeSWITCH's %s%s", c.Name, since))
	}
	if c, ok := LookupInternalBefore2022(n); ok && c.Value != n {
		parts = append(parts, fmt.Sprintf("FreeSWITCH's %s before v1.10.8 (now %d)", c.Name, c.Value))
	}
	if len(parts) > 0 {
		return fmt.Sprintf("%d is not a Q.850 cause: it is %s.", n, strings.Join(parts, ", and "))
	}
	return fmt.Sprintf("%d is not a Q.850 cause: Q.850 values run from 1 to 127.", n)
}

func vendorNames(c Cause) string {
	var names []string
	if c.FreeSWITCH.Name != "" {
		names = append(names, "FreeSWITCH calls it "+c.FreeSWITCH.Name)
	}
	if c.Asterisk.Name != "" {
		names = append(names, "Asterisk "+c.Asterisk.Name)
	}
	return strings.Join(names, " and ")
}
