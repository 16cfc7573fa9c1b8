//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestExplainCommand(t *testing.T) {
	trace, err := os.ReadFile("trace/testdata/corpus/003-rfc4475-unreason.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		stdin  string
		status int
		out    string // in stdout
		errOut string // in stderr
	}{
		{"a trace on stdin", nil, "SIP/2.0 486 Busy Here\r\nReason: Q.850;cause=17\r\n", 0, "486 Busy Here", ""},
		{"a file", []string{"trace/testdata/corpus/003-rfc4475-unreason.txt"}, "", 0, "", ""},
		{"JSON", []string{"-json", "-"}, "SIP/2.0 503 Service Unavailable\r\nRetry-After: 30\r\n", 0, `"code": 503`, ""},
		{"nothing SIP", nil, "hello world\n", 1, "", "nothing in the text looks like SIP"},
		{"binary", nil, "\x00\x01\x02\x03PK\x03\x04\x00\x00", 2, "", "binary"},
		{"a missing file", []string{"no/such/file"}, "", 2, "", "no such file"},
		{"a bad flag", []string{"-bad"}, "", 2, "", "usage"},
		{"two files", []string{"a", "b"}, "", 2, "", "one file"},
	} {
		var stdout, stderr bytes.Buffer
		status := explain(tc.args, strings.NewReader(tc.stdin), &stdout, &stderr)
		if status != tc.status || !strings.Contains(stdout.String(), tc.out) || !strings.Contains(stderr.String(), tc.errOut) {
			t.Errorf("%s: status %d, stdout %q, stderr %q", tc.name, status, stdout.String(), stderr.String())
		}
		for _, line := range strings.Split(stdout.String(), "\n") {
			if !strings.HasPrefix(tc.out, `"`) && len([]rune(line)) > 80 {
				t.Errorf("%s: a line over 80 columns: %q", tc.name, line)
			}
		}
	}
	var stdout bytes.Buffer
	if explain([]string{"-json"}, bytes.NewReader(trace), &stdout, &bytes.Buffer{}) != 0 {
		t.Fatal("the corpus trace found nothing")
	}
	var contract struct {
		Code     int               `json:"code"`
		Phrase   string            `json:"phrase"`
		Messages []map[string]any  `json:"messages"`
		Reasons  []json.RawMessage `json:"reasons"`
		Warnings []json.RawMessage `json:"warnings"`
		Notes    []string          `json:"notes"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &contract); err != nil || contract.Messages == nil || contract.Reasons == nil || contract.Warnings == nil || contract.Notes == nil {
		t.Errorf("the JSON breaks the documented contract (%v): %s", err, stdout.String())
	}
}

func TestSearchCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if status := search([]string{"busy", "here"}, &stdout, &stderr); status != 0 || !strings.HasPrefix(stdout.String(), "486 Busy Here") {
		t.Errorf("status %d, %q", status, stdout.String())
	}
	stdout.Reset()
	if status := search([]string{"-json", "Reason: Q.850;cause=17"}, &stdout, &stderr); status != 0 || !strings.Contains(stdout.String(), `"code": 486`) || !strings.Contains(stdout.String(), `"match": "cause"`) {
		t.Errorf("status %d, %q", status, stdout.String())
	}
	stdout.Reset()
	if status := search([]string{"warning", "399"}, &stdout, &stderr); status != 0 || !strings.HasPrefix(stdout.String(), "Warning 399 Miscellaneous warning") {
		t.Errorf("warning 399: status %d, %q", status, stdout.String())
	}
	stdout.Reset()
	if status := search([]string{"-json", "USER_BUSY"}, &stdout, &stderr); status != 0 || !strings.Contains(stdout.String(), `"kind": "cause"`) || !strings.Contains(stdout.String(), `"sip_code": 486`) {
		t.Errorf("USER_BUSY: status %d, %q", status, stdout.String())
	}
	if status := search([]string{"zzzzqqq"}, &stdout, &stderr); status != 1 {
		t.Errorf("no match: status %d", status)
	}
	if status := search(nil, &stdout, &stderr); status != 2 {
		t.Errorf("no query: status %d", status)
	}
}

// TestExplainKeepsTheTerminalSafe: a trace's header values and log lines
// are the remote party's; none of their control bytes reaches the terminal.
func TestExplainKeepsTheTerminalSafe(t *testing.T) {
	const osc, csi, bel = "\x1b]0;retitled\x07", "\x1b[2J", "\a"
	for _, trace := range []string{
		"SIP/2.0 486 Busy Here\r\nReason: Q.850;cause=17;text=\"" + osc + "\"\r\nX-Reason: " + csi + bel + "\r\n\r\n",
		"Got SIP response 503 \"Service " + csi + "Unavailable\u009b2J\" back from 10.0.0.1:5060\n",
		"SIP/2.0 399 Custom " + osc + bel + "\r\nWarning: 399 host \"" + csi + "\"\r\n\r\n",
	} {
		var stdout, stderr bytes.Buffer
		explain(nil, strings.NewReader(trace), &stdout, &stderr)
		for _, r := range stdout.String() + stderr.String() {
			if r != '\n' && r != '\t' && (r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f) {
				t.Errorf("control character %U reached the terminal:\n%q", r, stdout.String())
				break
			}
		}
		if !strings.Contains(stdout.String(), `\x1b`) {
			t.Errorf("the escape is not shown:\n%s", stdout.String())
		}
	}
}

func TestSearchFindsVendorCodes(t *testing.T) {
	for query, want := range map[string]string{
		"904":       `"namespace": "sofia-sip"`,
		"sofia 904": `"code": "904"`,
		"560403":    `"sip_code": 403`,
		"32011":     `"namespace": "twilio"`,
	} {
		var stdout, stderr bytes.Buffer
		if status := search([]string{"-json", query}, &stdout, &stderr); status != 0 || !strings.Contains(stdout.String(), want) || !strings.Contains(stdout.String(), `"kind": "vendor"`) {
			t.Errorf("%s: status %d, %s", query, status, stdout.String())
		}
	}
}
