package score

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sipcodes/sipcodes/trace"
)

func TestScore(t *testing.T) {
	dir := os.Getenv("SET")
	var rows []string
	for _, f := range []string{"expected-gh.tsv", "expected-web.tsv", "expected.tsv"} {
		fh, err := os.Open(filepath.Join(dir, f))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
				rows = append(rows, l)
			}
		}
	}
	var right, n, vals, valsFound int
	for _, r := range rows {
		c := strings.Split(r, "\t")
		for len(c) < 6 {
			c = append(c, "")
		}
		data, err := os.ReadFile(filepath.Join(dir, c[0]))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := strconv.Atoi(c[1])
		ex := trace.Explain(string(data))
		n++
		ok := ex.Code == want
		if ok {
			right++
		}
		got := map[string]bool{}
		for _, x := range ex.Reasons {
			got[strings.ToUpper(x.Protocol)+":"+strconv.Itoa(x.Cause)] = true
		}
		for _, x := range ex.Warnings {
			got[strconv.Itoa(x.Code)] = true
		}
		miss := []string{}
		for _, v := range append(strings.Split(c[2], ","), strings.Split(c[3], ",")...) {
			if v = strings.TrimSpace(v); v == "" {
				continue
			}
			vals++
			if got[strings.ToUpper(v)] {
				valsFound++
			} else {
				miss = append(miss, v)
			}
		}
		mark := " "
		if !ok {
			mark = "X"
		}
		if os.Getenv("VERBOSE") != "" || !ok {
			fmt.Printf("%s %-60s got %3d want %3d  missing %v\n", mark, c[0], ex.Code, want, miss)
		}
	}
	fmt.Printf("headlines %d/%d (%.0f%%), values %d/%d\n", right, n, 100*float64(right)/float64(n), valsFound, vals)
}
