package vendors

import (
	"strconv"
	"strings"
)

// Telnyx finds the Telnyx code a reason phrase ends with ("D35", "P01"),
// also inside a range its page lists as one row ("D11" in "D10-D17").
func Telnyx(code string) (Entry, bool) {
	letters := strings.TrimRight(code, "0123456789")
	n, err := strconv.Atoi(code[len(letters):])
	if letters == "" || len(letters) > 2 || err != nil || strings.ToUpper(letters) != letters {
		return Entry{}, false
	}
	for _, e := range telnyx.Entries {
		from, to, isRange := strings.Cut(e.Code, "-")
		if !isRange {
			to = from
		}
		if inRange(letters, n, from, to) {
			return e, true
		}
	}
	return Entry{}, false
}

func inRange(letters string, n int, from, to string) bool {
	lf := strings.TrimRight(from, "0123456789")
	lt := strings.TrimRight(to, "0123456789")
	if lf != letters || lt != letters {
		return false
	}
	a, err1 := strconv.Atoi(from[len(lf):])
	b, err2 := strconv.Atoi(to[len(lt):])
	return err1 == nil && err2 == nil && a <= n && n <= b
}
