package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
)

// Row is one registration read from an IANA table: the registered value,
// its description and the documents the registry cites for it.
type Row struct {
	Value string   // the code or token, such as "487" or "Q.850"
	Text  string   // the description cell with its white space collapsed
	Refs  []string // the bracketed references, such as "RFC 3261" or "ITU-T Q.850"
}

// RefString is the references as one readable string, "" when there are none.
func (r Row) RefString() string { return strings.Join(r.Refs, ", ") }

// textHeaders are the names IANA gives the description column of the tables
// this tool reads; the reference column is always called Reference.
var textHeaders = []string{"description", "protocol cause"}

// ParseCSV reads one of IANA's per-table CSV exports. The first record is the
// header; the value is taken from the first column, the description and the
// reference from the columns named for them (or the second and third column
// when those names are absent). Quoted cells may span several lines. Rows
// without a value and rows marked Unassigned or Reserved are left out.
func ParseCSV(r io.Reader) ([]Row, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1 // IANA rows do not always have the same number of cells
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("the file is empty")
	}
	if err != nil {
		return nil, fmt.Errorf("reading the header: %w", err)
	}
	header[0] = strings.TrimPrefix(header[0], "\ufeff")
	textCol, refCol := 1, 2
	for i, h := range header {
		h = strings.ToLower(collapse(h))
		switch {
		case slices.Contains(textHeaders, h):
			textCol = i
		case h == "reference":
			refCol = i
		}
	}

	var rows []Row
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		row := Row{Value: collapse(cell(rec, 0)), Text: collapse(cell(rec, textCol)), Refs: parseRefs(cell(rec, refCol))}
		if row.Value == "" {
			continue
		}
		switch strings.ToLower(row.Text) {
		case "unassigned", "reserved":
			continue
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("no registrations found under the header %q", header)
	}
	return rows, nil
}

func cell(rec []string, i int) string {
	if i < len(rec) {
		return rec[i]
	}
	return ""
}

// collapse trims s and turns every run of white space, line breaks included,
// into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

var rfcRef = regexp.MustCompile(`(?i)^RFC[- ]?(\d+)$`)

// parseRefs returns the references at the start of a Reference cell, such as
// "[RFC8224]" or "[3GPP TS 24.229 v14.4.0][Dongwook_Kim]". IANA sometimes
// follows them with a note, which may cite further documents in brackets;
// the note is not part of the reference and is dropped. A cell that does not
// start with a bracket is taken whole as one reference.
func parseRefs(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if !strings.HasPrefix(s, "[") {
		return []string{normalizeRef(s)}
	}
	var refs []string
	for strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			break
		}
		if ref := normalizeRef(s[1:end]); ref != "" {
			refs = append(refs, ref)
		}
		s = strings.TrimLeft(s[end+1:], " \t")
	}
	return refs
}

// normalizeRef writes an RFC reference the way the packages do ("RFC 3261")
// and leaves every other reference as it is, white space collapsed.
func normalizeRef(s string) string {
	s = collapse(s)
	if m := rfcRef.FindStringSubmatch(s); m != nil {
		return "RFC " + m[1]
	}
	return s
}
