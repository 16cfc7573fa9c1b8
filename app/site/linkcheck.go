//go:build !wasm

package site

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// checkLinks fails if an internal href or src in any page points at no file.
func checkLinks(dir, base string) error {
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	var broken []string
	for _, f := range files {
		page, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		z := html.NewTokenizer(bytes.NewReader(page))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			t := z.Token()
			for _, key := range []string{"href", "src"} {
				link := attr(t, key)
				if link == "" || strings.Contains(link, "://") || strings.HasPrefix(link, "#") || strings.HasPrefix(link, "mailto:") {
					continue
				}
				if !resolves(dir, base, link) {
					broken = append(broken, fmt.Sprintf("%s: %s", filepath.Base(f), link))
				}
			}
		}
	}
	if len(broken) > 0 {
		slices.Sort(broken)
		broken = slices.Compact(broken)
		return fmt.Errorf("%d internal links point nowhere:\n  %s", len(broken), strings.Join(broken, "\n  "))
	}
	return nil
}

// resolves reports whether a site link would reach a file, as GitHub Pages serves them.
func resolves(dir, base, link string) bool {
	link, _, _ = strings.Cut(link, "?")
	link, _, _ = strings.Cut(link, "#")
	p, ok := strings.CutPrefix(link, base+"/")
	if !ok {
		return false
	}
	p = path.Clean("/" + p)
	if p == "/" {
		p = "/index.html"
	}
	for _, candidate := range []string{p, p + ".html"} {
		if st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(candidate))); err == nil && !st.IsDir() {
			return true
		}
	}
	return false
}
