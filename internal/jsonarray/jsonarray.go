// Package jsonarray reads one element at a time of an array held by a
// top-level key of a JSON document, so that a program that must stay
// responsive (the browser) can read a published file in small steps.
package jsonarray

import "encoding/json"

// Seek moves dec into the array that is the value of the top-level key:
// each dec.Decode then reads one element, while dec.More() says there is
// one. It reports false when the document has no such array.
func Seek(dec *json.Decoder, key string) bool {
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return false
		}
		if k == key {
			t, err := dec.Token()
			return err == nil && t == json.Delim('[')
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return false
		}
	}
	return false
}
