// Command wasmsize says what app.wasm holds, by package: the code of each
// package's functions (from the wasm's name and code sections), also
// gzipped alone, which is about what it adds to the download; and the data
// the linker kept for it (strings, tables, type information: each symbol
// the linker reached, sized as the compiler wrote it).
//
//	go run ./tools/wasmsize [-n 25] [-symbols PREFIX] [package]
//
// It builds the package (default ".") for js/wasm twice: once with the
// linker's dependency graph (-dumpdep), to know which data symbols were
// kept, and once with symbol names, to size functions.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

func main() {
	top := flag.Int("n", 25, "how many packages to list")
	symbols := flag.String("symbols", "", "also list the largest functions and data symbols whose names start with this")
	flag.Parse()
	pkg := "."
	if flag.NArg() > 0 {
		pkg = flag.Arg(0)
	}
	if err := run(pkg, *top, *symbols); err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

// share is what one package holds.
type share struct {
	pkg  string
	code []byte
	data int
}

func run(pkg string, top int, symbols string) error {
	dir, err := os.MkdirTemp("", "wasmsize")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	wasm := filepath.Join(dir, "app.wasm")
	graph, err := goCmd("build", "-trimpath", "-ldflags=-dumpdep", "-o", wasm, pkg)
	if err != nil {
		return err
	}
	reached := reachable(graph)
	if _, err := goCmd("build", "-trimpath", "-o", wasm, pkg); err != nil {
		return err
	}
	bin, err := os.ReadFile(wasm)
	if err != nil {
		return err
	}
	funcs, err := functions(bin)
	if err != nil {
		return err
	}
	list, err := goCmd("list", "-export", "-trimpath", "-deps", "-f", "{{.ImportPath}} {{.Export}}", pkg)
	if err != nil {
		return err
	}
	data, err := dataSymbols(list, reached)
	if err != nil {
		return err
	}
	packages := map[string]string{} // by the name the wasm gives it
	for line := range strings.Lines(list) {
		path, _, _ := strings.Cut(strings.TrimSpace(line), " ")
		packages[strings.NewReplacer("/", "_", "-", "_").Replace(path)] = path
	}
	shares := map[string]*share{}
	of := func(p string) *share {
		if shares[p] == nil {
			shares[p] = &share{pkg: p}
		}
		return shares[p]
	}
	for _, f := range funcs {
		s := of(packageOf(f.name, packages))
		s.code = append(s.code, f.body...)
	}
	for _, d := range data {
		of(d.pkg).data += d.size
	}
	rows := make([]*share, 0, len(shares))
	for _, s := range shares {
		rows = append(rows, s)
	}
	slices.SortFunc(rows, func(a, b *share) int { return len(b.code) + b.data - len(a.code) - a.data })
	fmt.Printf("%-50s %9s %9s %9s\n", "package", "code", "code gz", "data")
	var ours share
	for i, s := range rows {
		if strings.HasPrefix(s.pkg, "github.com/sipcodes/") {
			ours.code, ours.data = append(ours.code, s.code...), ours.data+s.data
		}
		if i < top {
			fmt.Printf("%-50s %9d %9d %9d\n", s.pkg, len(s.code), gzipped(s.code), s.data)
		}
	}
	fmt.Printf("%-50s %9d %9d %9d\n", "all of github.com/sipcodes", len(ours.code), gzipped(ours.code), ours.data)
	fmt.Printf("\napp.wasm with symbols: %d bytes, %d gzipped\n", len(bin), gzipped(bin))
	if symbols != "" {
		fmt.Println()
		var named []sized
		// The name section spells a package path with "_" for "/".
		mangled := strings.ReplaceAll(symbols, "/", "_")
		for _, f := range funcs {
			if strings.HasPrefix(f.name, mangled) {
				named = append(named, sized{"code " + f.name, len(f.body)})
			}
		}
		for _, d := range data {
			if strings.HasPrefix(d.name, symbols) {
				named = append(named, sized{"data " + d.name, d.size})
			}
		}
		slices.SortFunc(named, func(a, b sized) int { return b.size - a.size })
		for _, s := range named[:min(len(named), 40)] {
			fmt.Printf("%8d %s\n", s.size, s.name)
		}
	}
	return nil
}

type sized struct {
	name string
	size int
}

// goCmd runs the go command for js/wasm and returns what it wrote, to
// stdout and stderr (where the linker writes -dumpdep).
func goCmd(args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, errs.String())
	}
	return out.String() + errs.String(), nil
}

// reachable lists the symbols the linker reached from the program's roots,
// from its -dumpdep graph ("a -> b" per line).
func reachable(graph string) map[string]bool {
	edges := map[string][]string{}
	sc := bufio.NewScanner(strings.NewReader(graph))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if from, to, ok := strings.Cut(sc.Text(), " -> "); ok {
			edges[from] = append(edges[from], to)
		}
	}
	seen := map[string]bool{"_": true}
	stack := []string{"_"}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, t := range edges[s] {
			if !seen[t] {
				seen[t] = true
				stack = append(stack, t)
			}
		}
	}
	return seen
}

type function struct {
	name string
	body []byte
}

// functions reads the name and size of every function the wasm defines.
func functions(bin []byte) ([]function, error) {
	if len(bin) < 8 || string(bin[:4]) != "\x00asm" {
		return nil, errors.New("not a wasm module")
	}
	var imports int
	var bodies [][]byte
	names := map[int]string{}
	for at := 8; at < len(bin); {
		id := bin[at]
		size, n := binary.Uvarint(bin[at+1:])
		at += 1 + n
		if n <= 0 || at+int(size) > len(bin) {
			return nil, errors.New("a section runs past the end")
		}
		sec := bin[at : at+int(size)]
		at += int(size)
		r := &reader{b: sec}
		switch id {
		case 2: // imports: functions among them take the first indexes
			for range r.uint() {
				r.skip(int(r.uint()))
				r.skip(int(r.uint()))
				switch kind := r.byte(); kind {
				case 0:
					r.uint()
					imports++
				case 1:
					r.byte()
					if r.byte()&1 == 1 {
						r.uint()
					}
					r.uint()
				case 2:
					if r.byte()&1 == 1 {
						r.uint()
					}
					r.uint()
				case 3:
					r.skip(2)
				}
			}
		case 10: // code
			for range r.uint() {
				n := int(r.uint())
				bodies = append(bodies, r.take(n))
			}
		case 0: // custom: "name" holds the function names
			if string(r.take(int(r.uint()))) != "name" {
				continue
			}
			for !r.done() {
				sub, n := r.byte(), int(r.uint())
				part := &reader{b: r.take(n)}
				if sub != 1 {
					continue
				}
				for range part.uint() {
					i := int(part.uint())
					names[i] = string(part.take(int(part.uint())))
				}
			}
		}
		if r.err {
			return nil, fmt.Errorf("section %d is malformed", id)
		}
	}
	out := make([]function, len(bodies))
	for i, b := range bodies {
		out[i] = function{names[imports+i], b}
	}
	return out, nil
}

// reader reads a wasm section, remembering a read past its end.
type reader struct {
	b   []byte
	at  int
	err bool
}

func (r *reader) done() bool { return r.err || r.at >= len(r.b) }

func (r *reader) byte() byte {
	if r.done() {
		r.err = true
		return 0
	}
	r.at++
	return r.b[r.at-1]
}

func (r *reader) uint() uint64 {
	if r.done() {
		r.err = true
		return 0
	}
	v, n := binary.Uvarint(r.b[r.at:])
	if n <= 0 {
		r.err = true
		return 0
	}
	r.at += n
	return v
}

func (r *reader) take(n int) []byte {
	if n < 0 || r.at+n > len(r.b) {
		r.err = true
		r.at = len(r.b)
		return nil
	}
	r.at += n
	return r.b[r.at-n : r.at]
}

func (r *reader) skip(n int) { r.take(n) }

// packageOf is the package of a function as the wasm names it: Go writes
// "github.com_sipcodes_sipcodes_codes.Search" for
// github.com/sipcodes/sipcodes/codes.Search, so the longest package name
// followed by a dot is the one.
func packageOf(name string, packages map[string]string) string {
	for i := len(name) - 1; i > 0; i-- {
		if name[i] == '.' {
			if path, ok := packages[name[:i]]; ok {
				return path
			}
		}
	}
	if p, _, ok := strings.Cut(name, "."); ok {
		return p // the runtime's own, types' methods
	}
	return name
}

type dataSymbol struct {
	pkg, name string
	size      int
}

var nmLine = regexp.MustCompile(`^\s*[0-9a-f]+\s+(\d+)\s+([A-Za-z?])\s+(.+?)(<\d+>)?$`)

// dataSymbols sizes the data symbols the linker reached, from each
// package's compiled archive (go tool nm -size), each symbol once under
// the first package that defines it.
func dataSymbols(list string, reached map[string]bool) ([]dataSymbol, error) {
	var out []dataSymbol
	seen := map[string]bool{}
	for line := range strings.Lines(list) {
		path, archive, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok || archive == "" {
			continue
		}
		nm, err := exec.Command("go", "tool", "nm", "-size", archive).Output()
		if err != nil {
			return nil, fmt.Errorf("go tool nm %s: %v", path, err)
		}
		for sym := range strings.Lines(string(nm)) {
			m := nmLine.FindStringSubmatch(strings.TrimRight(sym, "\n"))
			if m == nil || strings.ContainsAny(m[2], "UTt") || seen[m[3]] || !reached[m[3]] {
				continue
			}
			seen[m[3]] = true
			size, _ := strconv.Atoi(m[1])
			out = append(out, dataSymbol{path, m[3], size})
		}
	}
	return out, nil
}

func gzipped(b []byte) int {
	var z bytes.Buffer
	w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return z.Len()
}
