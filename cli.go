//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/sipcodes/sipcodes/app/site"
)

const defaultRepo = "https://github.com/sipcodes/sipcodes"

func command() {
	if len(os.Args) < 2 {
		usage()
	}
	flags := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	out := flags.String("out", "dist", "output directory")
	web := flags.String("web", "web", "directory of static assets and the built app.wasm")
	base := flags.String("base", "", "path prefix for a GitHub Pages project site, e.g. /sipcodes")
	siteURL := flags.String("site-url", "", "public address of the site with its base, for canonical links and the sitemap (default: the GitHub Pages address of -repo, when -base names it)")
	repo := flags.String("repo", defaultRepo, "source repository linked from the footer")
	addr := flags.String("addr", "localhost:8000", "serve: address to listen on")
	flags.Parse(os.Args[2:])

	build := site.Site{Base: *base, URL: *siteURL, Repo: *repo}
	if build.URL == "" {
		build.URL = site.PagesURL(*repo, *base)
	}
	switch os.Args[1] {
	case "dist":
		if err := site.Generate(*out, *web, build); err != nil {
			fmt.Fprintln(os.Stderr, "sipcodes dist:", err)
			os.Exit(1)
		}
		fmt.Printf("sipcodes: site written to %s/\n", *out)
	case "serve":
		if err := site.Generate(*out, *web, build); err != nil {
			fmt.Fprintln(os.Stderr, "sipcodes serve:", err)
			os.Exit(1)
		}
		fmt.Printf("sipcodes: serving %s/ at http://%s%s/\n", *out, *addr, *base)
		log.Fatal(http.ListenAndServe(*addr, site.NewPagesServer(*out, *base)))
	default:
		usage()
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: sipcodes serve [-addr host:port] | sipcodes dist [-out dir] [-base /name] [-site-url URL] [-repo URL]")
	os.Exit(2)
}
