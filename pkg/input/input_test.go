package input

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/copydesk/copydesk/pkg/article"
)

func collect(t *testing.T, items func(func(Item) bool)) []Item {
	t.Helper()
	var out []Item
	for it := range items {
		out = append(out, it)
	}
	return out
}

func reason(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Reason
	}
	if err != nil {
		return "other: " + err.Error()
	}
	return ""
}

func utf16le(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFF, 0xFE)
	}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name   string
		in     []byte
		policy Policy
		want   string
		warns  []string
		reason string
	}{
		{"plain", []byte("Hello\nworld"), Repair, "Hello\nworld", nil, ""},
		{"utf8 bom", []byte("\xEF\xBB\xBFHi"), Repair, "Hi", nil, ""},
		{"utf16le bom", utf16le("Héllo wörld", true), Repair, "Héllo wörld", []string{WarnUTF16}, ""},
		{"utf16be bom", []byte{0xFE, 0xFF, 0, 'O', 0, 'K'}, Repair, "OK", []string{WarnUTF16}, ""},
		{"utf16le no bom", utf16le("Plain ASCII text here", false), Repair, "Plain ASCII text here", []string{WarnUTF16}, ""},
		{"invalid repaired", []byte("caf\xe9 ok"), Repair, "caf\uFFFD ok", []string{WarnInvalidUTF8}, ""},
		{"invalid rejected", []byte("caf\xe9 ok"), Reject, "", nil, ReasonInvalidUTF8},
		{"nul removed", []byte("a\x00b"), Repair, "ab", []string{WarnNUL}, ""},
		{"empty", []byte(""), Repair, "", nil, ReasonEmpty},
		{"blank", []byte(" \n\t"), Repair, "", nil, ReasonEmpty},
		{"only nul", []byte("\x00\x00"), Repair, "", nil, ReasonEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns, err := DecodeText(tt.in, tt.policy)
			if r := reason(err); r != tt.reason {
				t.Fatalf("reason = %q, want %q (err %v)", r, tt.reason, err)
			}
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			if diff := cmp.Diff(tt.warns, warns); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecodeJSON(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   *article.Article
		warns  []string
		reason string
		field  string
		line   int
	}{
		{"full", `{"id":"a1","url":"https://x.test/a","source":"x.test","title":"T","published":"2024-02-07","text":"Body"}`,
			&article.Article{Schema: 1, ID: "a1", URL: "https://x.test/a", Source: "x.test", Title: "T", Published: "2024-02-07", Text: "Body"}, nil, "", "", 0},
		{"html and default source", `{"html":"<p>x</p>","extra":[1,2]}`,
			&article.Article{Schema: 1, Source: "feed", HTML: "<p>x</p>"}, nil, "", "", 0},
		{"null fields", `{"title":null,"text":"x"}`, &article.Article{Schema: 1, Source: "feed", Text: "x"}, nil, "", "", 0},
		{"number title", `{"title":42,"text":"x"}`, nil, nil, ReasonInvalidField, "title", 0},
		{"object published", `{"published":{"y":1},"text":"x"}`, nil, nil, ReasonInvalidField, "published", 0},
		{"bool text", `{"text":true}`, nil, nil, ReasonInvalidField, "text", 0},
		{"no text", `{"title":"T"}`, nil, nil, ReasonEmpty, "", 0},
		{"blank text", `{"text":"  "}`, nil, nil, ReasonEmpty, "", 0},
		{"not object", `["text"]`, nil, nil, ReasonMalformedJSON, "", 1},
		{"null", `null`, nil, nil, ReasonMalformedJSON, "", 1},
		{"truncated", `{"text":"x"`, nil, nil, ReasonMalformedJSON, "", 1},
		{"trailing garbage", `{"text":"x"} y`, nil, nil, ReasonMalformedJSON, "", 1},
		{"error on line 3", "{\n\"text\":\"x\",\n\"title\" 1}", nil, nil, ReasonMalformedJSON, "", 3},
		{"invalid utf8 repaired", "{\"text\":\"caf\xe9\"}", &article.Article{Schema: 1, Source: "feed", Text: "caf\uFFFD"}, []string{WarnInvalidUTF8}, "", "", 0},
		{"nul escape removed", `{"text":"a\u0000b"}`, &article.Article{Schema: 1, Source: "feed", Text: "ab"}, []string{WarnNUL}, "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, warns, err := DecodeJSON([]byte(tt.in), Repair, "feed")
			if r := reason(err); r != tt.reason {
				t.Fatalf("reason = %q, want %q (err %v)", r, tt.reason, err)
			}
			if err != nil {
				var e *Error
				errors.As(err, &e)
				if e.Field != tt.field || e.Line != tt.line {
					t.Errorf("field, line = %q, %d, want %q, %d (%v)", e.Field, e.Line, tt.field, tt.line, err)
				}
				if tt.field != "" && !strings.Contains(err.Error(), `"`+tt.field+`"`) {
					t.Errorf("error %q does not name the field", err)
				}
				return
			}
			if diff := cmp.Diff(tt.want, a); diff != "" {
				t.Errorf("article (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.warns, warns); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
	if _, _, err := DecodeJSON([]byte("{\"text\":\"caf\xe9\"}"), Reject, ""); reason(err) != ReasonInvalidUTF8 {
		t.Errorf("reject policy: %v, want invalid_utf8", err)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Format
	}{
		{"jsonl", `{"text":"x"}`, FormatJSONL},
		{"jsonl after space", "\n  {", FormatJSONL},
		{"doctype", "<!DOCTYPE html><html>", FormatHTML},
		{"html", "<html><body>", FormatHTML},
		{"bom html", "\xEF\xBB\xBF<p>x", FormatHTML},
		{"utf16 html", string(utf16le("<html>", true)), FormatHTML},
		{"text", "Headline here\n\nBody", FormatText},
		{"less than", "< 5 people", FormatText},
		{"empty", "", FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// summary renders items compactly for comparison.
func summary(items []Item) []string {
	var out []string
	for _, it := range items {
		s := filepath.Base(it.File)
		if it.Line > 0 {
			s += ":" + strconv.Itoa(it.Line)
		}
		if it.Err != nil {
			s += " error " + reason(it.Err)
		} else if it.Article.HTML != "" {
			s += " html " + it.Article.Source
		} else {
			s += " text " + it.Article.Source
		}
		out = append(out, s)
	}
	return out
}

func TestReadJSONL(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxLineBytes = 64
	in := strings.Join([]string{
		`{"text":"one","source":"s1"}`,
		``,
		`{"text":"` + strings.Repeat("x", 100) + `"}`,
		`{"text":"four"}`,
		`{"text":`,
		`{"title":7,"text":"x"}`,
		"{\"text\":\"seven\"}\r",
	}, "\n")
	items := collect(t, ReadStream(context.Background(), cfg, "in.jsonl", strings.NewReader(in), FormatAuto))
	want := []string{"in.jsonl:1 text s1", "in.jsonl:3 error too_large", "in.jsonl:4 text ", "in.jsonl:5 error malformed_json",
		"in.jsonl:6 error invalid_field", "in.jsonl:7 text "}
	if diff := cmp.Diff(want, summary(items)); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	if got := items[5].Article.Text; got != "seven" {
		t.Errorf("CRLF line: text %q", got)
	}
	if !strings.Contains(items[1].Err.Error(), "in.jsonl:line 3") {
		t.Errorf("error %q does not name file and line", items[1].Err)
	}
}

func TestReadLongLineLargerThanBuffer(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxLineBytes = 100 << 10
	big := `{"text":"` + strings.Repeat("y", 300<<10) + `"}`
	ok := `{"text":"` + strings.Repeat("z", 90<<10) + `"}`
	in := big + "\n" + ok + "\n"
	items := collect(t, ReadStream(context.Background(), cfg, "-", strings.NewReader(in), FormatJSONL))
	if diff := cmp.Diff([]string{"-:1 error too_large", "-:2 text "}, summary(items)); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	if len(items) == 2 && len(items[1].Article.Text) != 90<<10 {
		t.Errorf("second line text length %d", len(items[1].Article.Text))
	}
}

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Title\n\nBody text.")
	write("b.html", "<html><body><p>x</p></body></html>")
	write("sub/c.jsonl", "{\"text\":\"c1\"}\n{\"text\":\"c2\",\"source\":\"own\"}\n")
	write("sub/README.md", "# not input")
	write(".hidden/d.txt", "skipped")
	write("e.txt", "")
	write("noext", `{"text":"sniffed"}`)
	cfg := DefaultConfig()
	cfg.Source = "src"
	paths := []string{dir, filepath.Join(dir, "noext"), filepath.Join(dir, "missing.txt"), Stdin}
	items := collect(t, Read(context.Background(), cfg, paths, strings.NewReader("Plain stdin text")))
	want := []string{"a.txt text src", "b.html html src", "e.txt error empty",
		"c.jsonl:1 text src", "c.jsonl:2 text own", "noext:1 text src", "missing.txt error read_error", "- text src"}
	if diff := cmp.Diff(want, summary(items)); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	if items[0].Article.Text != "Title\n\nBody text." || items[0].Article.Title != "" {
		t.Errorf("a.txt: %+v", items[0].Article)
	}
}

func TestReadSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	items := collect(t, Read(context.Background(), DefaultConfig(), []string{"../../seeds"}, nil))
	if len(items) != len(files) {
		t.Fatalf("%d items from seeds/, want %d (README and gold/*.json skipped)", len(items), len(files))
	}
	for i, it := range items {
		raw, _ := os.ReadFile(files[i])
		if it.Err != nil || it.Article.Text != string(raw) {
			t.Errorf("%s: err %v, text equal %v", files[i], it.Err, it.Err == nil && it.Article.Text == string(raw))
		}
	}
}

func TestReadStopsEarly(t *testing.T) {
	in := strings.Repeat(`{"text":"x"}`+"\n", 10)
	n := 0
	for range ReadStream(context.Background(), DefaultConfig(), "-", strings.NewReader(in), FormatAuto) {
		n++
		if n == 3 {
			break
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got := collect(t, ReadStream(ctx, DefaultConfig(), "-", strings.NewReader(in), FormatAuto)); len(got) != 0 {
		t.Errorf("cancelled: %d items", len(got))
	}
}

func TestDocTooLarge(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxDocBytes = 10
	items := collect(t, ReadStream(context.Background(), cfg, "-", strings.NewReader(strings.Repeat("a", 11)), FormatText))
	if diff := cmp.Diff([]string{"- error too_large"}, summary(items)); diff != "" {
		t.Error(diff)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*Config)
		ok   bool
	}{
		{"default", func(*Config) {}, true},
		{"line", func(c *Config) { c.MaxLineBytes = 0 }, false},
		{"doc", func(c *Config) { c.MaxDocBytes = -1 }, false},
		{"policy", func(c *Config) { c.InvalidUTF8 = "ignore" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.mod(&c)
			if err := c.Validate(); (err == nil) != tt.ok {
				t.Errorf("Validate() = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

func FuzzDecodeJSON(f *testing.F) {
	for _, s := range []string{`{"text":"x"}`, `{"title":1}`, `{"text":"a\u0000"}`, "{\"html\":\"\xff\"}", `[]`, `null`, `{"text":"x"} {`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, pol := range []Policy{Repair, Reject} {
			a, _, err := DecodeJSON(b, pol, "")
			if (a == nil) == (err == nil) {
				t.Fatalf("article %v and error %v", a, err)
			}
			if err != nil {
				var e *Error
				if !errors.As(err, &e) || e.Reason == "" {
					t.Fatalf("error without reason: %v", err)
				}
				continue
			}
			for _, s := range []string{a.Text, a.HTML, a.Title, a.ID, a.URL} {
				if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
					t.Fatalf("field %q is not clean UTF-8", s)
				}
			}
		}
	})
}

func FuzzSniffAndRead(f *testing.F) {
	for _, s := range []string{`{"text":"x"}` + "\n" + `{"html":"<p>"}`, "<html>", "plain", "\xFF\xFEa\x00", "\n\n{", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = Sniff(b)
		cfg := DefaultConfig()
		cfg.MaxLineBytes = 256
		for it := range ReadStream(context.Background(), cfg, "-", bytes.NewReader(b), FormatAuto) {
			if (it.Article == nil) == (it.Err == nil) {
				t.Fatalf("item with article %v and error %v", it.Article, it.Err)
			}
			if it.Article != nil && !utf8.ValidString(it.Article.Text+it.Article.HTML) {
				t.Fatal("invalid UTF-8 in output")
			}
		}
	})
}
