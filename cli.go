//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/sipcodes/sipcodes/app/site"
)

const defaultRepo = "https://github.com/sipcodes/sipcodes"

const usageText = `usage:
  sipcodes explain [-json] [FILE|-]     explain a pasted SIP trace or log (stdin by default)
  sipcodes search [-json] QUERY...      search codes, as the search box does
  sipcodes dist [-out dir] [-web dir] [-base /name] [-site-url URL] [-repo URL]
  sipcodes serve [-addr host:port] [same flags as dist]
Exit status: 0 found, 1 nothing found, 2 usage or read error.
`

// command runs the command line natively (main.go calls it).
func command() {
	if len(os.Args) < 2 {
		usage()
	}
	args := os.Args[2:]
	switch os.Args[1] {
	case "explain":
		os.Exit(explain(args, os.Stdin, os.Stdout, os.Stderr))
	case "search":
		os.Exit(search(args, os.Stdout, os.Stderr))
	case "dist", "serve":
		buildSite(os.Args[1], args)
	case "-h", "-help", "--help", "help":
		fmt.Print(usageText)
	default:
		fmt.Fprintf(os.Stderr, "sipcodes: unknown command %q\n", os.Args[1])
		usage()
	}
}

func usage() {
	fmt.Fprint(os.Stderr, usageText)
	os.Exit(2)
}

// newFlags is a flag set for one command that reports errors with the usage
// and exit status 2, never a panic.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	flags := flag.NewFlagSet("sipcodes "+name, flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() { fmt.Fprint(stderr, usageText) }
	return flags
}

func buildSite(name string, args []string) {
	flags := newFlags(name, os.Stderr)
	out := flags.String("out", "dist", "output directory")
	web := flags.String("web", "web", "directory of static assets and the built app.wasm")
	base := flags.String("base", "", "path prefix for a GitHub Pages project site, e.g. /sipcodes")
	siteURL := flags.String("site-url", "", "public address of the site with its base, for canonical links and the sitemap (default: the GitHub Pages address of -repo, when -base names it)")
	repo := flags.String("repo", defaultRepo, "source repository linked from the footer")
	addr := flags.String("addr", "localhost:8000", "serve: address to listen on")
	if err := flags.Parse(args); err != nil {
		os.Exit(2)
	}
	build := site.Site{Base: *base, URL: *siteURL, Repo: *repo}
	if build.URL == "" {
		build.URL = site.PagesURL(*repo, *base)
	}
	if err := site.Generate(*out, *web, build); err != nil {
		fmt.Fprintf(os.Stderr, "sipcodes %s: %v\n", name, err)
		os.Exit(1)
	}
	if name == "dist" {
		fmt.Printf("sipcodes: site written to %s/\n", *out)
		return
	}
	fmt.Printf("sipcodes: serving %s/ at http://%s%s/\n", *out, *addr, *base)
	log.Fatal(http.ListenAndServe(*addr, site.NewPagesServer(*out, *base)))
}
