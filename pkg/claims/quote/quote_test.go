package quote

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type got struct {
	Inner          string
	Single, Closed bool
	Broken         bool
	Depth          int
}

func parse(text string) []got {
	out := []got{}
	for _, s := range Parse(text, 0, len(text)) {
		out = append(out, got{Inner: text[s.InnerStart:s.InnerEnd], Single: s.Single, Closed: s.Closed, Broken: s.Broken, Depth: s.Depth})
	}
	return out
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []got
	}{
		{"curly", "He said “we are ready” today.", []got{{Inner: "we are ready", Closed: true}}},
		{"straight", `He said "we are ready" and "go".`, []got{{Inner: "we are ready", Closed: true}, {Inner: "go", Closed: true}}},
		{"apostrophes", "Blinken’s aide didn’t say “it’s over”.", []got{{Inner: "it’s over", Closed: true}}},
		{"single quotation", "Truss was repeating ‘slogans’ says Kelin.", []got{{Inner: "slogans", Single: true, Closed: true}}},
		{"a single quotation left open at the end", "‘Nobody from the airline came to speak to us. There was no food.", []got{{Inner: "Nobody from the airline came to speak to us. There was no food.", Single: true}}},
		{"a single quotation left open after a closed one", "‘We were treated like cattle,’ she said. ‘Nobody came.", []got{{Inner: "We were treated like cattle,", Single: true, Closed: true}, {Inner: "Nobody came.", Single: true}}},
		{"nested", "“It is the ‘collective West’ that acts,” he said.", []got{
			{Inner: "It is the ‘collective West’ that acts,", Closed: true},
			{Inner: "collective West", Single: true, Closed: true, Depth: 1}}},
		{"broken close", "“I lobbied for the release of Griner“Blinken said.", []got{{Inner: "I lobbied for the release of Griner", Closed: true, Broken: true}}},
		{"unclosed", "“We will fight on the beaches", []got{{Inner: "We will fight on the beaches"}}},
		{"reopened", "“First part never closed “Second part” end.", []got{{Inner: "First part never closed", Broken: true}, {Inner: "Second part", Closed: true}}},
		{"inches", `A 12" pipe.`, []got{}},
		{"guillemets", "Il a dit «non» hier.", []got{{Inner: "non", Closed: true}}},
		{"plural possessive", "The officials’ view was clear.", []got{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, parse(tc.text)); diff != "" {
				t.Errorf("Parse (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseRange(t *testing.T) {
	text := "“a” then “b” then “c”"
	qs := Parse(text, strings.Index(text, "then"), strings.LastIndex(text, "then"))
	if len(qs) != 1 || text[qs[0].InnerStart:qs[0].InnerEnd] != "b" {
		t.Errorf("Parse range = %+v", qs)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"“a”", `"a" 'b'`, "‘x “y” z’", "“““", "\xff“\xfe”", "a’s ‘b’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := -1
		for _, s := range Parse(text, 0, len(text)) {
			if s.Start < prev || s.Start > s.InnerStart || s.InnerStart > s.InnerEnd || s.InnerEnd > s.End || s.End > len(text) {
				t.Fatalf("bad span %+v in %q", s, text)
			}
			prev = s.Start
		}
	})
}

func BenchmarkParse(b *testing.B) {
	text := strings.Repeat("He said “we are ready,” and she said ‘no’. Blinken’s aide left. ", 60)
	marks := strings.Repeat("“", 50_000) + strings.Repeat("\"", 50_000)
	b.Run("news", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			Parse(text, 0, len(text))
		}
	})
	b.Run("reference-strings.Count", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			strings.Count(text, "“")
		}
	})
	b.Run("100k-marks", func(b *testing.B) {
		b.SetBytes(int64(len(marks)))
		for b.Loop() {
			Parse(marks, 0, len(marks))
		}
	})
}
