// Command registrycheck downloads the IANA SIP parameter tables that the
// data packages mirror (Response Codes for codes, Warning Codes for warning,
// Reason Protocols for reason) and reports every difference:
//
//	go run ./tools/registrycheck
//
// It exits 0 when the packages match the registry, 1 when they differ (one
// line per difference) and 2 when a table cannot be fetched or read. It
// needs the network, so it runs from the weekly registry workflow and never
// from make test. -dir reads the CSV files from a local directory instead.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sipcodes/sipcodes/codes"
	"github.com/sipcodes/sipcodes/reason"
	"github.com/sipcodes/sipcodes/warning"
)

// table is one IANA table and the comparison for the package that mirrors it.
type table struct {
	name    string
	page    string // the package's RegistryURL, whose #sip-parameters-N anchor names the table
	compare func([]Row) []string
}

var tables = []table{
	{"Response Codes", codes.RegistryURL, CompareCodes},
	{"Warning Codes (warn-codes)", warning.RegistryURL, CompareWarnings},
	{"Reason Protocols", reason.RegistryURL, CompareReasons},
}

// maxCSV bounds a download; the largest of these tables is a few kilobytes.
const maxCSV = 4 << 20

func main() {
	base := flag.String("base", "", "fetch the CSV files from this URL prefix instead of the one in the packages' RegistryURL")
	dir := flag.String("dir", "", "read sip-parameters-N.csv from this directory instead of downloading")
	timeout := flag.Duration("timeout", 90*time.Second, "give up on IANA after this long")
	flag.Parse()

	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	src := source{base: *base, dir: *dir, client: &http.Client{Timeout: 30 * time.Second}, pause: 5 * time.Second}
	os.Exit(run(ctx, src, os.Stdout, os.Stderr))
}

// run checks every table and returns the exit status.
func run(ctx context.Context, src source, stdout, stderr io.Writer) int {
	differences, failed := 0, false
	for _, t := range tables {
		where, data, err := src.load(ctx, t.page)
		if err != nil {
			fmt.Fprintf(stderr, "registrycheck: %s: %v\n", t.name, err)
			failed = true
			continue
		}
		rows, err := ParseCSV(bytes.NewReader(data))
		if err != nil {
			fmt.Fprintf(stderr, "registrycheck: %s: cannot read %s: %v\n", t.name, where, err)
			failed = true
			continue
		}
		lines := t.compare(rows)
		if len(lines) == 0 {
			fmt.Fprintf(stdout, "%s: %d registrations, sipcodes agrees (%s)\n", t.name, len(rows), where)
			continue
		}
		differences += len(lines)
		fmt.Fprintf(stdout, "%s: %d registrations, %d differences (%s)\n", t.name, len(rows), len(lines), where)
		for _, l := range lines {
			fmt.Fprintln(stdout, "  "+l)
		}
	}
	switch {
	case failed:
		return 2
	case differences > 0:
		fmt.Fprintf(stdout, "\nsipcodes differs from the IANA registry in %d places: update the data packages and their RegistrySnapshot.\n", differences)
		return 1
	}
	return 0
}

// source says where the CSV files come from.
type source struct {
	base   string // URL prefix; empty means the one in the package's RegistryURL
	dir    string // local directory; when set, nothing is downloaded
	client *http.Client
	pause  time.Duration // wait before trying a failed download again
}

// csvName turns a RegistryURL into the name of the table's CSV export:
// "...sip-parameters.xhtml#sip-parameters-7" becomes "sip-parameters-7.csv".
func csvName(page string) (string, error) {
	_, anchor, ok := strings.Cut(page, "#")
	if !ok || !strings.HasPrefix(anchor, "sip-parameters-") {
		return "", fmt.Errorf("registry URL %q has no #sip-parameters-N anchor", page)
	}
	return anchor + ".csv", nil
}

// csvURL is where IANA publishes the CSV export of the table a RegistryURL
// points at: beside the registry page, or under base when it is given.
func csvURL(page, base string) (string, error) {
	name, err := csvName(page)
	if err != nil {
		return "", err
	}
	if base == "" {
		page, _, _ = strings.Cut(page, "#")
		base = page[:strings.LastIndexByte(page, '/')+1]
	}
	return strings.TrimSuffix(base, "/") + "/" + name, nil
}

// load returns the CSV export of one table and where it came from.
func (s source) load(ctx context.Context, page string) (string, []byte, error) {
	if s.dir != "" {
		name, err := csvName(page)
		if err != nil {
			return "", nil, err
		}
		path := filepath.Join(s.dir, name)
		data, err := os.ReadFile(path)
		return path, data, err
	}
	url, err := csvURL(page, s.base)
	if err != nil {
		return "", nil, err
	}
	data, err := s.download(ctx, url)
	return url, data, err
}

// download fetches url, trying up to three times when the connection fails
// or IANA answers with a server error.
func (s source) download(ctx context.Context, url string) ([]byte, error) {
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return nil, fmt.Errorf("cannot reach IANA at %s: gave up waiting (%w); last error: %w", url, ctx.Err(), last)
			case <-time.After(s.pause):
			}
		}
		data, retry, err := s.get(ctx, url)
		if err == nil {
			return data, nil
		}
		if !retry {
			return nil, err
		}
		last = err
	}
	return nil, last
}

// get makes one request. It reports whether a failure is worth another try.
func (s source) get(ctx context.Context, url string) (data []byte, retry bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, false, err
	}
	req.Header.Set("User-Agent", "sipcodes-registrycheck (+https://github.com/sipcodes/sipcodes)")
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, ctx.Err() == nil, fmt.Errorf("cannot reach IANA at %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, resp.StatusCode >= 500, fmt.Errorf("IANA answered %s for %s", resp.Status, url)
	}
	data, err = io.ReadAll(io.LimitReader(resp.Body, maxCSV+1))
	if err != nil {
		return nil, true, fmt.Errorf("download of %s broke off: %w", url, err)
	}
	if len(data) > maxCSV {
		return nil, false, errors.New(url + " is larger than any SIP parameter table should be")
	}
	return data, false, nil
}
