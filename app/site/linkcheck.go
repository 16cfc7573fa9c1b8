//go:build !wasm

package site

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// htmlFiles lists every page of a generated site, in every folder.
func htmlFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			files = append(files, p)
		}
		return err
	})
	return files, err
}

// checkLinks fails if an internal href or src in any page points at no file.
func checkLinks(dir, base string) error {
	files, err := htmlFiles(dir)
	if err != nil {
		return err
	}
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
					rel, _ := filepath.Rel(dir, f)
					broken = append(broken, fmt.Sprintf("%s: %s", filepath.ToSlash(rel), link))
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

// resolves reports whether a site link would reach a file, as GitHub Pages
// serves them: "/p/" is p/index.html, "/p" is p or p.html. The not-found
// page, which GitHub Pages serves for any address, is reached by none.
func resolves(dir, base, link string) bool {
	link, _, _ = strings.Cut(link, "?")
	link, _, _ = strings.Cut(link, "#")
	p, ok := strings.CutPrefix(link, base+"/")
	if !ok {
		return false
	}
	candidates := []string{path.Clean("/"+p) + "/index.html"}
	if p != "" && !strings.HasSuffix(p, "/") {
		p = path.Clean("/" + p)
		candidates = []string{p, p + ".html"}
	}
	for _, candidate := range candidates {
		if candidate == "/404.html" {
			continue
		}
		if st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(candidate))); err == nil && !st.IsDir() {
			return true
		}
	}
	return false
}
