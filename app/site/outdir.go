//go:build !wasm

package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// distMarker marks a folder as one the generator wrote, so that a later run
// may replace it. Nothing else is ever deleted.
const distMarker = ".sipcodes-dist"

// replaceOutputDir empties dir for a new build: only a folder that is
// missing, empty, or marked as one the generator wrote. It refuses the
// working folder, its ancestors, and the assets folder or anything around it.
func replaceOutputDir(dir, webDir string) error {
	if dir == "" {
		return errors.New("no output folder: name one, such as dist")
	}
	out, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	web, err := filepath.Abs(webDir)
	if err != nil {
		return err
	}
	switch {
	case within(wd, out):
		return fmt.Errorf("refusing to write the site into %s: it is the working folder or holds it; name a new folder such as dist", dir)
	case within(web, out) || within(out, web):
		return fmt.Errorf("refusing to write the site into %s: it holds or is inside the assets folder %s", dir, webDir)
	}
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(out, distMarker)); err != nil {
			return fmt.Errorf("refusing to replace %s: it is not empty and was not written by sipcodes (no %s file in it)", dir, distMarker)
		}
		if err := os.RemoveAll(out); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, distMarker), []byte("written by `sipcodes dist`: the next run replaces this folder\n"), 0o644)
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
