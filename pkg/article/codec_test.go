package article

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// flaggedDoc is seed 002 after every stage (testdata/flagged.json, written
// by encoding/json): blocks, quotes, sentences, claims, entities, signals,
// flags, risk and stage runs.
func flaggedDoc(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/flagged.json")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func stdDecode(t testing.TB, b []byte) *Article {
	t.Helper()
	var a Article
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatalf("encoding/json: %v", err)
	}
	return &a
}

// TestCodecAgreesWithEncodingJSON: Marshal writes the bytes encoding/json
// writes, and Unmarshal reads what encoding/json wrote as encoding/json
// does.
func TestCodecAgreesWithEncodingJSON(t *testing.T) {
	risk := 0.42
	full := stdDecode(t, flaggedDoc(t))
	tests := []struct {
		name string
		doc  *Article
	}{
		{"flagged seed", full},
		{"empty", &Article{}},
		{"stages ran, found nothing", &Article{Schema: 1, ID: "x", Quotes: []Quote{}, Claims: []Claim{}, Flags: []Flag{},
			Signals: map[string]float64{}, Risk: &risk}},
		{"markup and controls in strings", &Article{ID: "y", Text: "a < b && c > d \u2028 \x01 \"q\" \\ é", Title: "<script>alert(1)</script>",
			Received: time.Date(2026, 11, 21, 9, 0, 0, 5, time.FixedZone("CET", 3600))}},
		{"corroboration zero and set", &Article{ID: "z", Claims: []Claim{{Text: "a"}, {Text: "b", Corroboration: 3}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			std, err := json.Marshal(tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			ours, err := Marshal(tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(stdDecode(t, std), stdDecode(t, ours)); diff != "" {
				t.Errorf("encoding/json reads Marshal's output differently (-std +ours):\n%s", diff)
			}
			enc, err := Encode(tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			if string(enc.Bytes()) != string(ours) {
				t.Errorf("Encode wrote other bytes than Marshal:\nEncode:  %.120q\nMarshal: %.120q", enc.Bytes(), ours)
			}
			enc.Release()
			if string(std) != string(ours) {
				n := 0
				for n < len(std) && n < len(ours) && std[n] == ours[n] {
					n++
				}
				t.Errorf("bytes differ from offset %d:\nstd:  %.120q\nours: %.120q", n, std[n:], ours[n:])
			}
			var got Article
			if err := Unmarshal(std, &got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(stdDecode(t, std), &got); diff != "" {
				t.Errorf("Unmarshal reads encoding/json's output differently (-std +ours):\n%s", diff)
			}
		})
	}
}

// TestEncodeReleaseReuse: documents encoded one after another into reused
// buffers, a long one before a short one and the other way round, each come
// out as Marshal writes them; a zero Encoded is empty and releases nothing.
func TestEncodeReleaseReuse(t *testing.T) {
	long := stdDecode(t, flaggedDoc(t))
	short := &Article{ID: "s", Title: "short"}
	for i, a := range []*Article{long, short, short, long, short} {
		want, err := Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		if string(enc.Bytes()) != string(want) {
			t.Errorf("document %d: Encode %d bytes, Marshal %d: they differ", i, len(enc.Bytes()), len(want))
		}
		enc.Release()
	}
	var zero Encoded
	if zero.Bytes() != nil {
		t.Error("zero Encoded has bytes")
	}
	zero.Release()
}

// TestUnmarshalLenient: input that encoding/json accepts, Unmarshal accepts
// too, with the same result; input it refuses, Unmarshal refuses.
func TestUnmarshalLenient(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"invalid UTF-8 replaced", "{\"id\":\"a\",\"text\":\"caf\xe9\"}", true},
		{"duplicate name, last wins", `{"id":"a","id":"b"}`, true},
		{"names match case-insensitively", `{"ID":"a","Text":"t"}`, true},
		{"unknown field ignored", `{"id":"a","extra":[1,2]}`, true},
		{"null fields", `{"id":"a","quotes":null,"risk":null}`, true},
		{"wrong type", `{"id":7}`, false},
		{"truncated", `{"id":"a"`, false},
		{"not an object", `[1]`, false},
		{"empty", ``, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var std, got Article
			serr := json.Unmarshal([]byte(tc.in), &std)
			err := Unmarshal([]byte(tc.in), &got)
			if (serr == nil) != tc.ok || (err == nil) != tc.ok {
				t.Fatalf("encoding/json: %v; Unmarshal: %v; want ok=%v", serr, err, tc.ok)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "article: decode: ") {
				t.Errorf("error %q does not name the operation", err)
			}
			if diff := cmp.Diff(std, got); tc.ok && diff != "" {
				t.Errorf("(-encoding/json +Unmarshal):\n%s", diff)
			}
		})
	}
}

func FuzzUnmarshal(f *testing.F) {
	f.Add(flaggedDoc(f))
	for _, s := range []string{`{}`, `{"id":"a","quotes":[{"text":"x","start":1,"end":2}]}`, "{\"text\":\"\xff\"}", `{"signals":{"a":1e308}}`, `null`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var a Article
		if Unmarshal(data, &a) != nil {
			return
		}
		b, err := Marshal(&a)
		if err != nil {
			t.Fatalf("Marshal after Unmarshal: %v", err)
		}
		var again Article
		if err := Unmarshal(b, &again); err != nil {
			t.Fatalf("Unmarshal of Marshal's output: %v", err)
		}
		if !reflect.DeepEqual(a, again) {
			t.Errorf("round trip (-first +second):\n%s", cmp.Diff(a, again))
		}
	})
}

// BenchmarkCodec: one decode and one encode of a flagged document, as a
// stage hop does, against encoding/json in the same run.
func BenchmarkCodec(b *testing.B) {
	doc := flaggedDoc(b)
	b.Run("encoding_json_reference", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var a Article
			if err := json.Unmarshal(doc, &a); err != nil {
				b.Fatal(err)
			}
			if _, err := json.Marshal(&a); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("article_codec", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var a Article
			if err := Unmarshal(doc, &a); err != nil {
				b.Fatal(err)
			}
			if _, err := Marshal(&a); err != nil {
				b.Fatal(err)
			}
		}
	})
	// What carrying a raw page costs a hop (decode and encode): a
	// generated 120 KB page, about a median news page's size and markup.
	var page strings.Builder
	for page.Len() < 120_000 {
		page.WriteString(`<div class="teaser"><a href="/world/2026/11/21/story-12345.html" data-track="nav">Ministers meet &amp; talk</a><img src="/img/x.jpg" alt=""></div>` + "\n")
	}
	var withHTML Article
	if err := Unmarshal(doc, &withHTML); err != nil {
		b.Fatal(err)
	}
	withHTML.HTML = page.String()
	enc, err := Encode(&withHTML)
	if err != nil {
		b.Fatal(err)
	}
	htmlDoc := bytes.Clone(enc.Bytes())
	enc.Release()
	b.Run("article_codec_with_120KB_html", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var a Article
			if err := Unmarshal(htmlDoc, &a); err != nil {
				b.Fatal(err)
			}
			enc, err := Encode(&a)
			if err != nil {
				b.Fatal(err)
			}
			enc.Release()
		}
	})
	b.Run("article_codec_encode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var a Article
			if err := Unmarshal(doc, &a); err != nil {
				b.Fatal(err)
			}
			enc, err := Encode(&a)
			if err != nil {
				b.Fatal(err)
			}
			enc.Release()
		}
	})
}
