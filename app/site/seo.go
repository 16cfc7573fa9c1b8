//go:build !wasm

package site

import (
	"fmt"
	"html"
	"strings"
)

// sitemap lists every page at its public address.
func (s Site) sitemap() []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, p := range pages() {
		if !p.listed {
			continue
		}
		fmt.Fprintf(&b, "  <url><loc>%s</loc></url>\n", html.EscapeString(p.at(s.URL)))
	}
	b.WriteString("</urlset>\n")
	return []byte(b.String())
}

// robots allows everything and points at the sitemap. It only takes effect at
// a host's root, so for a project site it is there for forks with their own domain.
func (s Site) robots() []byte {
	return []byte("User-agent: *\nAllow: /\n\nSitemap: " + s.URL + "/sitemap.xml\n")
}

// openSearch lets browsers search sipcodes from the address bar.
func (s Site) openSearch() []byte {
	return []byte(fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>sipcodes</ShortName>
  <Description>Search SIP response codes</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image height="16" width="16" type="image/svg+xml">%[1]s/web/icon.svg</Image>
  <Url type="text/html" method="get" template="%[1]s/?q={searchTerms}"/>
</OpenSearchDescription>
`, html.EscapeString(s.URL)))
}
