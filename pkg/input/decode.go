package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
	"golang.org/x/text/encoding/unicode"

	"github.com/copydesk/copydesk/pkg/article"
)

// DecodeText turns raw document bytes into UTF-8 text following the package
// rules (byte-order marks, UTF-16, NUL, invalid UTF-8) and returns the
// warnings for every change it made. The error is an *Error with reason
// ReasonInvalidUTF8 (policy Reject) or ReasonEmpty (no text at all).
func DecodeText(b []byte, policy Policy) (string, []string, error) {
	var warns []string
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		b = decodeUTF16(b, unicode.ExpectBOM, unicode.LittleEndian)
		warns = append(warns, WarnUTF16)
	default:
		if e, ok := utf16NoBOM(b); ok {
			b = decodeUTF16(b, unicode.IgnoreBOM, e)
			warns = append(warns, WarnUTF16)
		}
	}
	s, w, err := cleanUTF8(string(b), policy)
	if err != nil {
		return "", nil, err
	}
	warns = append(warns, w...)
	if strings.TrimSpace(s) == "" {
		return "", nil, &Error{Reason: ReasonEmpty, Msg: "document has no text"}
	}
	return s, warns, nil
}

func decodeUTF16(b []byte, bom unicode.BOMPolicy, e unicode.Endianness) []byte {
	out, err := unicode.UTF16(e, bom).NewDecoder().Bytes(b)
	if err != nil { // cannot happen: the decoder replaces bad units with U+FFFD
		return b
	}
	return out
}

// utf16NoBOM recognises UTF-16 without a byte-order mark: in a sample of
// mostly ASCII UTF-16 text, nearly every other byte is zero.
func utf16NoBOM(b []byte) (unicode.Endianness, bool) {
	n := min(len(b), 1024) &^ 1
	if n < 8 {
		return unicode.LittleEndian, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*7 && even*10 < half:
		return unicode.LittleEndian, true
	case even*10 >= half*7 && odd*10 < half:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// cleanUTF8 removes NUL characters and repairs or rejects invalid UTF-8.
func cleanUTF8(s string, policy Policy) (string, []string, error) {
	var warns []string
	if !utf8.ValidString(s) {
		if policy == Reject {
			return "", nil, &Error{Reason: ReasonInvalidUTF8,
				Msg: fmt.Sprintf("invalid UTF-8 at byte %d (rejected; send UTF-8, or UTF-16 with a byte-order mark)", invalidAt(s))}
		}
		s = strings.ToValidUTF8(s, "\uFFFD")
		warns = append(warns, WarnInvalidUTF8)
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
		warns = append(warns, WarnNUL)
	}
	return s, warns, nil
}

func invalidAt(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return len(s)
}

// Format is the kind of an input stream.
type Format int

const (
	FormatAuto Format = iota // sniff
	FormatText
	FormatHTML
	FormatJSONL
)

func (f Format) String() string {
	switch f {
	case FormatText:
		return "text"
	case FormatHTML:
		return "html"
	case FormatJSONL:
		return "jsonl"
	}
	return "auto"
}

// Sniff tells JSONL, HTML and plain text apart from the first bytes of a
// stream (a few KiB is plenty): after an optional byte-order mark and white
// space, '{' starts JSONL, and '<' followed by a letter, '!' or '?' starts
// HTML; anything else is text. UTF-16 input (with or without a byte-order
// mark) is sniffed after decoding the prefix.
func Sniff(prefix []byte) Format {
	switch {
	case bytes.HasPrefix(prefix, []byte{0xEF, 0xBB, 0xBF}):
		prefix = prefix[3:]
	case bytes.HasPrefix(prefix, []byte{0xFF, 0xFE}), bytes.HasPrefix(prefix, []byte{0xFE, 0xFF}):
		prefix = decodeUTF16(prefix, unicode.ExpectBOM, unicode.LittleEndian)
	default:
		if e, ok := utf16NoBOM(prefix); ok {
			prefix = decodeUTF16(prefix[:len(prefix)&^1], unicode.IgnoreBOM, e)
		}
	}
	prefix = bytes.TrimLeft(prefix, " \t\r\n\f\v\x00")
	if len(prefix) == 0 {
		return FormatText
	}
	switch prefix[0] {
	case '{':
		return FormatJSONL
	case '<':
		if len(prefix) > 1 {
			c := prefix[1]
			if c == '!' || c == '?' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				return FormatHTML
			}
		}
	}
	return FormatText
}

// Record is the JSON input record (one JSONL line, or the body of a JSON
// POST). Every field is optional except that Text or HTML must be given.
type Record struct {
	ID        string `json:"id,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Title     string `json:"title,omitempty"`
	Author    string `json:"author,omitempty"`
	Language  string `json:"language,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
}

// RecordOf returns the input record of an article (for re-encoding, e.g. by
// copydesk feed).
func RecordOf(a *article.Article) Record {
	return Record{ID: a.ID, URL: a.URL, Source: a.Source, Title: a.Title, Author: a.Author,
		Language: a.Language, Published: a.Published, Text: a.Text, HTML: a.HTML}
}

type field struct {
	name string
	dst  *string
}

// recordFields are Record's JSON names, in the order fields lists them.
var recordFields = [...]string{"id", "url", "source", "title", "author", "language", "published", "text", "html"}

// fields lists the fields of Record by JSON name, in a fixed order.
func (r *Record) fields() []field {
	dst := [...]*string{&r.ID, &r.URL, &r.Source, &r.Title, &r.Author, &r.Language, &r.Published, &r.Text, &r.HTML}
	fs := make([]field, len(dst))
	for i := range dst {
		fs[i] = field{recordFields[i], dst[i]}
	}
	return fs
}

// DecodeJSON decodes one JSON record into an article. Every known field must
// be a string or null; a wrong type is an *Error with reason
// ReasonInvalidField naming the field; bad JSON is ReasonMalformedJSON with
// the line (within b) and column; a record with neither text nor html is
// ReasonEmpty. Invalid UTF-8 and NUL are handled as for text, by policy.
// source, when not empty, fills in a missing Source. Unknown fields are
// skipped; when a name repeats, the last value counts.
//
// The record is read in one pass (jsontext), not parsed into a map of raw
// values and then each value again: a crawler's page arrives as one JSON
// string of tens or hundreds of kilobytes, and each extra pass over it is
// paid for every article.
func DecodeJSON(b []byte, policy Policy, source string) (*article.Article, []string, error) {
	var warns []string
	if !utf8.Valid(b) {
		// Apply the policy before the JSON reader sees the bytes.
		if policy == Reject {
			off := invalidAt(string(b))
			return nil, nil, &Error{Reason: ReasonInvalidUTF8, Line: lineAt(b, off),
				Msg: fmt.Sprintf("invalid UTF-8 at byte %d (rejected; send UTF-8)", off)}
		}
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
		warns = append(warns, WarnInvalidUTF8)
	}
	var rec Record
	fields := rec.fields()
	// bad[i] is the kind of a non-string value of fields[i] (the last one
	// the record gave it), reported once the record is read.
	var bad [len(recordFields)]string
	// A bytes.Buffer is parsed in place, without copying it into the decoder.
	d := jsontext.NewDecoder(bytes.NewBuffer(b), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	switch k := d.PeekKind(); k {
	case '{':
	case 0: // no value, or a syntax error before one
		_, err := d.ReadToken()
		return nil, nil, jsonError(b, err)
	default:
		return nil, nil, &Error{Reason: ReasonMalformedJSON, Line: 1,
			Msg: "record must be a JSON object, got " + kindName(k)}
	}
	if _, err := d.ReadToken(); err != nil {
		return nil, nil, jsonError(b, err)
	}
	for d.PeekKind() != '}' {
		name, err := d.ReadToken()
		if err != nil {
			return nil, nil, jsonError(b, err)
		}
		i := slices.Index(recordFields[:], name.String())
		if i < 0 {
			if err := d.SkipValue(); err != nil {
				return nil, nil, jsonError(b, err)
			}
			continue
		}
		switch k := d.PeekKind(); k {
		case '"':
			tok, err := d.ReadToken()
			if err != nil {
				return nil, nil, jsonError(b, err)
			}
			*fields[i].dst, bad[i] = tok.String(), ""
		case 'n':
			if _, err := d.ReadToken(); err != nil {
				return nil, nil, jsonError(b, err)
			}
			*fields[i].dst, bad[i] = "", ""
		default:
			if err := d.SkipValue(); err != nil {
				return nil, nil, jsonError(b, err)
			}
			*fields[i].dst, bad[i] = "", kindName(k)
		}
	}
	if _, err := d.ReadToken(); err != nil { // '}', or the error PeekKind saw
		return nil, nil, jsonError(b, err)
	}
	if _, err := d.ReadToken(); err != io.EOF {
		if err == nil {
			err = &jsontext.SyntacticError{ByteOffset: d.InputOffset(), Err: errors.New("data after the record")}
		}
		return nil, nil, jsonError(b, err)
	}
	nul := false
	for i, f := range fields {
		if bad[i] != "" {
			return nil, nil, &Error{Reason: ReasonInvalidField, Field: f.name,
				Msg: fmt.Sprintf("field %q must be a string, got %s", f.name, bad[i])}
		}
		if strings.IndexByte(*f.dst, 0) >= 0 {
			*f.dst = strings.ReplaceAll(*f.dst, "\x00", "")
			nul = true
		}
	}
	if nul {
		warns = append(warns, WarnNUL)
	}
	if strings.TrimSpace(rec.Text) == "" && strings.TrimSpace(rec.HTML) == "" {
		return nil, nil, &Error{Reason: ReasonEmpty, Msg: `record has no "text" or "html"`}
	}
	if rec.Source == "" {
		rec.Source = source
	}
	a := &article.Article{Schema: article.SchemaVersion, ID: rec.ID, URL: rec.URL, Source: rec.Source,
		Title: rec.Title, Author: rec.Author, Language: rec.Language, Published: rec.Published,
		Text: rec.Text, HTML: rec.HTML}
	return a, warns, nil
}

// jsonError turns an error of the JSON reader into a ReasonMalformedJSON
// *Error that gives the line and column within b.
func jsonError(b []byte, err error) *Error {
	off, msg := len(b), err.Error()
	if se := (*jsontext.SyntacticError)(nil); errors.As(err, &se) {
		off, msg = int(se.ByteOffset), se.Err.Error()
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "unexpected end of JSON input"
	}
	line, col := lineCol(b, off)
	at := fmt.Sprintf("column %d", col)
	if bytes.Count(bytes.TrimRight(b, "\r\n"), []byte{'\n'}) > 0 {
		at = fmt.Sprintf("line %d, column %d", line, col)
	}
	return &Error{Reason: ReasonMalformedJSON, Line: line, Err: err,
		Msg: fmt.Sprintf("malformed JSON at %s: %s", at, msg)}
}

// kindName names a JSON value's kind for an error message.
func kindName(k jsontext.Kind) string {
	switch k {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case '"':
		return "a string"
	case 'n':
		return "null"
	}
	return "a number"
}

// lineAt returns the 1-based line of byte offset off in b.
func lineAt(b []byte, off int) int {
	l, _ := lineCol(b, off)
	return l
}

func lineCol(b []byte, off int) (line, col int) {
	off = max(0, min(off, len(b)))
	line = 1 + bytes.Count(b[:off], []byte{'\n'})
	col = off - bytes.LastIndexByte(b[:off], '\n')
	return line, col
}
