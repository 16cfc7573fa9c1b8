//go:build js

package capture

import (
	"errors"
	"io"
)

// A js build carries no decompressor (compress/flate and its tables are
// some 10 KB of WebAssembly): a browser un-gzips a file itself with
// DecompressionStream, and a HEP payload compressed with zlib is counted
// in Unread instead of read.

func gunzip(io.Reader) (io.Reader, error) {
	return nil, errors.New("a gzip'd capture, which this build cannot open: un-gzip it first")
}

func inflate([]byte) []byte { return nil }
