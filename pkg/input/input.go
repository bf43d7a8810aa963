// Package input decodes the article inputs that copydesk accepts, shared by
// `copydesk analyze`, `copydesk feed` and the ingest API:
//
//   - .txt files: the whole file is Article.Text (all offsets refer to it);
//     the title is left empty, since telling a headline line apart is the
//     clean stage's job.
//   - .html/.htm files: the whole file is Article.HTML.
//   - .jsonl files: one JSON object per line,
//     {"id","url","source","title","author","language","text"|"html","published"},
//     every field a string (or null, meaning absent), text or html required;
//     unknown fields are ignored. Blank lines are skipped.
//   - a stream (stdin, "-"): JSONL, HTML or text, told apart by Sniff.
//
// Directories are walked recursively in lexical order; files with other
// extensions and hidden entries (".name") inside them are skipped, while a file
// named explicitly with another extension is sniffed.
//
// Decoding streams: JSONL is read one line at a time, a line may be at most
// Config.MaxLineBytes long (a longer one yields an error for that line and
// reading goes on with the next), and a text or HTML document at most
// Config.MaxDocBytes. A bad record yields a Record whose Err (an *Error)
// names the file, the line and the reason; the other records still flow.
//
// Text encoding: a UTF-8 byte-order mark is dropped; UTF-16 with a byte-order
// mark (and UTF-16 without one, recognised by its zero bytes) is decoded to
// UTF-8; NUL characters are removed (no store can hold them in text).
// Invalid UTF-8 is REPAIRED by default: each run of invalid bytes becomes one
// U+FFFD and the record carries the warning WarnInvalidUTF8; with
// Config.InvalidUTF8 = Reject such a record is an error with reason
// ReasonInvalidUTF8 instead. Every change to the bytes is reported in
// Record.Warnings, and offsets refer to the decoded text.
package input

import (
	"errors"
	"fmt"
)

// Policy says what to do with invalid UTF-8.
type Policy string

const (
	// Repair replaces each run of invalid bytes with U+FFFD and warns.
	Repair Policy = "repair"
	// Reject makes the record an error.
	Reject Policy = "reject"
)

// Config configures decoding.
type Config struct {
	// Source is Article.Source for text and HTML files, and for JSONL records
	// that have none.
	Source string
	// MaxLineBytes bounds one JSONL line. Default 8 MiB.
	MaxLineBytes int
	// MaxDocBytes bounds one text or HTML document. Default 32 MiB.
	MaxDocBytes int64
	// InvalidUTF8 is Repair (the default) or Reject.
	InvalidUTF8 Policy
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{MaxLineBytes: 8 << 20, MaxDocBytes: 32 << 20, InvalidUTF8: Repair}
}

// Validate reports a configuration error.
func (c Config) Validate() error {
	switch {
	case c.MaxLineBytes <= 0:
		return errors.New("input: config: max line bytes must be positive")
	case c.MaxDocBytes <= 0:
		return errors.New("input: config: max doc bytes must be positive")
	case c.InvalidUTF8 != Repair && c.InvalidUTF8 != Reject:
		return fmt.Errorf("input: config: invalid utf8 policy %q, want %q or %q", c.InvalidUTF8, Repair, Reject)
	}
	return nil
}

// Reasons an input is rejected (Error.Reason). They are few and fixed, so
// they can label metrics.
const (
	ReasonTooLarge      = "too_large"
	ReasonEmpty         = "empty"
	ReasonInvalidUTF8   = "invalid_utf8"
	ReasonMalformedJSON = "malformed_json"
	ReasonInvalidField  = "invalid_field"
	ReasonRead          = "read_error"
)

// Warnings a record may carry (Record.Warnings).
const (
	WarnInvalidUTF8 = "invalid_utf8_repaired" // invalid bytes replaced with U+FFFD
	WarnNUL         = "nul_removed"           // NUL characters removed
	WarnUTF16       = "utf16_decoded"         // decoded from UTF-16
)

// Error is a record that could not be decoded.
type Error struct {
	File   string // path, "-" for stdin, empty for a request body
	Line   int    // 1-based line, 0 when not known or not line-based
	Field  string // JSON field at fault, if any
	Reason string // one of the Reason constants
	Msg    string
	Err    error // underlying error, if any
}

func (e *Error) Error() string {
	loc := e.File
	if e.Line > 0 {
		if loc != "" {
			loc += ":"
		}
		loc += fmt.Sprintf("line %d", e.Line)
	}
	if loc != "" {
		loc += ": "
	}
	return fmt.Sprintf("input: %s%s: %s", loc, e.Reason, e.Msg)
}

func (e *Error) Unwrap() error { return e.Err }
