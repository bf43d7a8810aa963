package claims

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/article"
)

// BenchmarkProcessSeeds measures articles per second on the seeds (one
// core: run with -cpu 1). The reference is a JSON round trip of the same
// articles, the cost every stage pays per message anyway.
func BenchmarkProcessSeeds(b *testing.B) {
	s := newStage(b)
	seeds := loadSeeds(b)
	b.Run("claims", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, sd := range seeds {
				a := *sd.Article
				if err := s.Process(context.Background(), &a); err != nil {
					b.Fatal(err)
				}
				n++
			}
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	})
	b.Run("reference-json-roundtrip", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, sd := range seeds {
				buf, _ := json.Marshal(sd.Article)
				var a article.Article
				if err := json.Unmarshal(buf, &a); err != nil {
					b.Fatal(err)
				}
				n++
			}
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	})
}

// BenchmarkBadInput shows linear time on pathological input: ns/op grows
// ten times from 100 KB to 1 MB.
func BenchmarkBadInput(b *testing.B) {
	s := newStage(b)
	cases := map[string]func(n int) string{
		"no-punctuation": func(n int) string { return strings.Repeat("word ", n/5) },
		"quote-marks":    func(n int) string { return strings.Repeat("“\"", n/4) },
		"said-sentences": func(n int) string {
			var sb strings.Builder
			for i := 0; sb.Len() < n; i++ {
				sb.WriteString("“It is so,” Name")
				sb.WriteString(strings.Repeat("x", i%7))
				sb.WriteString(" Hill said. The minister said it. ")
			}
			return sb.String()
		},
	}
	for name, gen := range cases {
		for _, size := range []int{100_000, 1_000_000} {
			text := gen(size)
			b.Run(name+"/"+map[int]string{100_000: "100KB", 1_000_000: "1MB"}[size], func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					a := &article.Article{Text: text}
					if err := s.Process(context.Background(), a); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"Lavrov: I don’t expect it\n“We left,” the minister said.",
		"According to TCN, he told Blinken that “no",
		"“a\n“b”\n\n“c", "said said said", "\xff“said” said \xff",
		// (a cue right after another report's words, set off by commas:
		// parentheticalCue once sliced past its start)
		"Title\n\nThe woman reported that a man had threatened her, police said, and that officers found a gun.",
	} {
		f.Add(s)
	}
	s, err := New(DefaultConfig(), nil, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &article.Article{Text: text}
		if err := s.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, q := range a.Quotes {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad quote %+v", q)
			}
		}
	})
}
