package input

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/copydesk/copydesk/pkg/article"
)

// decodeJSONReference is DecodeJSON as it was before the one-pass reader:
// encoding/json into a map of raw values, then each known value again. The
// differential fuzz target holds the two to the same results.
func decodeJSONReference(b []byte, policy Policy, source string) (*article.Article, []string, error) {
	var warns []string
	if !utf8.Valid(b) {
		if policy == Reject {
			return nil, nil, &Error{Reason: ReasonInvalidUTF8}
		}
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
		warns = append(warns, WarnInvalidUTF8)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil || raw == nil {
		return nil, nil, &Error{Reason: ReasonMalformedJSON, Err: err}
	}
	var rec Record
	nul := false
	for _, f := range rec.fields() {
		v, ok := raw[f.name]
		if !ok || string(v) == "null" {
			continue
		}
		if err := json.Unmarshal(v, f.dst); err != nil {
			return nil, nil, &Error{Reason: ReasonInvalidField, Field: f.name}
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
		return nil, nil, &Error{Reason: ReasonEmpty}
	}
	if rec.Source == "" {
		rec.Source = source
	}
	return &article.Article{Schema: article.SchemaVersion, ID: rec.ID, URL: rec.URL, Source: rec.Source,
		Title: rec.Title, Author: rec.Author, Language: rec.Language, Published: rec.Published,
		Text: rec.Text, HTML: rec.HTML}, warns, nil
}

// outcome is what the differential target compares: the article and
// warnings, or the error's reason and field.
func outcome(a *article.Article, warns []string, err error) string {
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			return "untyped error: " + err.Error()
		}
		return fmt.Sprintf("error %s %s", e.Reason, e.Field)
	}
	return fmt.Sprintf("%+v %q", *a, warns)
}

func FuzzDecodeJSONMatchesReference(f *testing.F) {
	for _, s := range []string{`{"text":"x"}`, `{"title":1}`, `{"text":"a\u0000"}`, "{\"html\":\"\xff\"}", `[]`, `null`, `{"text":"x"} {`,
		`{"text":"x","text":1}`, `{"text":1,"text":"x"}`, `{"text":"x","text":null}`, `{"text":"\ud800"}`, `{"Text":"x"}`,
		`{"te\u0078t":"x"}`, ``, ` `, `{"text":"x",}`, `{"a":[1,{"b":2}],"text":"x"}`, `{"text":"x"}` + "\n\n", `"x"`, `1e5`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, pol := range []Policy{Repair, Reject} {
			got := outcome(DecodeJSON(b, pol, "src"))
			want := outcome(decodeJSONReference(b, pol, "src"))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("DecodeJSON(%q, %v) differs from the reference (-want +got):\n%s", b, pol, diff)
			}
		}
	})
}

func TestDecodeJSONErrorMessages(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"truncated", `{"text":"x"`, "malformed JSON at column 12: unexpected end of JSON input"},
		{"empty", ``, "malformed JSON at column 1: unexpected end of JSON input"},
		{"trailing data", `{"text":"x"} y`, "malformed JSON at column 14:"},
		{"missing colon on line 3", "{\n\"text\":\"x\",\n\"title\" 1}", "malformed JSON at line 3, column"},
		{"array", `["text"]`, "record must be a JSON object, got an array"},
		{"null", `null`, "record must be a JSON object, got null"},
		{"wrong type", `{"title":{"a":1},"text":"x"}`, `field "title" must be a string, got an object`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := DecodeJSON([]byte(tt.in), Repair, "")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// BenchmarkDecodeJSON reads a record the size of a crawled page (80 KB of
// HTML in one JSON string), against the reference in the same run.
func BenchmarkDecodeJSON(b *testing.B) {
	page := strings.Repeat(`<p class=\"x\">Officials said on Tuesday that the \"plan\" would go ahead.</p>\n`, 1000)
	rec := []byte(`{"id":"a1","url":"https://example.test/a","title":"A title","html":"` + page + `"}`)
	for _, bm := range []struct {
		name   string
		decode func([]byte, Policy, string) (*article.Article, []string, error)
	}{{"one pass", DecodeJSON}, {"reference", decodeJSONReference}} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(rec)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := bm.decode(rec, Repair, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
