//go:build !js

package capture

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
)

// gunzip opens a gzip'd capture.
func gunzip(r io.Reader) (io.Reader, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("a gzip file that cannot be opened: %w", err)
	}
	return z, nil
}

// inflate undoes zlib compression, as HEP applies it to a payload; nil
// when it cannot.
func inflate(b []byte) []byte {
	z, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	out, _ := io.ReadAll(io.LimitReader(z, maxStream))
	return out
}
