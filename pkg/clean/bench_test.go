package clean

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/clean/htmltext"
)

func seedTexts(b *testing.B) []string {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		b.Skip("seeds not found")
	}
	var out []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(t))
	}
	return out
}

// BenchmarkText cleans seed-sized text articles (the five seeds in turn).
func BenchmarkText(b *testing.B) {
	s := newTestStage(b)
	texts := seedTexts(b)
	ctx := context.Background()
	var n int64
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; b.Loop(); i++ {
		t := texts[i%len(texts)]
		n += int64(len(t))
		a := &article.Article{ID: "x", Text: t}
		if err := s.Process(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(n / int64(b.N))
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	reportCPU(b, cpu0, "articles")
}

func fundusPages(b *testing.B, n int) [][]byte {
	dir := "../../../shared/datasets/extraction/fundus/html"
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) == 0 {
		b.Skip("fundus data set not found")
	}
	var out [][]byte
	for i := 0; i < len(files) && len(out) < n; i += len(files) / n {
		p, err := gunzip(files[i])
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// BenchmarkHTML runs the HTML path on fundus pages next to go-trafilatura
// alone on the same pages (the reference for the ≤ 1.3× target).
func BenchmarkHTML(b *testing.B) {
	pages := fundusPages(b, 16)
	b.Run("go-trafilatura", func(b *testing.B) {
		b.ReportAllocs()
		cpu0 := cpuTime()
		defer func() { reportCPU(b, cpu0, "pages") }()
		for i := 0; b.Loop(); i++ {
			// the same parser and options the HTML path uses
			doc, err := html.Parse(bytes.NewReader(pages[i%len(pages)]))
			if err != nil {
				b.Fatal(err)
			}
			if _, err := trafilatura.ExtractDocument(doc, htmltext.TrafilaturaOptions(htmltext.Options{})); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	})
	b.Run("clean", func(b *testing.B) {
		s := newTestStage(b)
		ctx := context.Background()
		b.ReportAllocs()
		cpu0 := cpuTime()
		defer func() { reportCPU(b, cpu0, "pages") }()
		for i := 0; b.Loop(); i++ {
			a := &article.Article{ID: "x", HTML: string(pages[i%len(pages)])}
			if err := s.Process(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	})
}

// BenchmarkBadInput shows linear scaling on pathological input: compare the
// ns/op of the sizes.
func BenchmarkBadInput(b *testing.B) {
	for _, mb := range []int{1, 2, 4} {
		n := mb << 20
		inputs := map[string]*article.Article{
			"one-line":  {Text: strings.Repeat("word ", n/5)},
			"deep-html": {HTML: strings.Repeat("<div>", n/10) + "text" + strings.Repeat("</div>", n/10)},
			"all-links": {HTML: strings.Repeat(`<a href="/x">link text</a> `, n/28)},
		}
		for _, name := range []string{"one-line", "deep-html", "all-links"} {
			b.Run(fmt.Sprintf("%s/%dMB", name, mb), func(b *testing.B) {
				s := newTestStage(b)
				for b.Loop() {
					a := *inputs[name]
					if err := s.Process(context.Background(), &a); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// cpuTime is the process's user+system CPU time. On a shared machine the
// wall-clock ns/op includes waiting for a core; CPU time per item is the
// per-core cost.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, start time.Duration, unit string) {
	d := cpuTime() - start
	if d <= 0 || b.N == 0 {
		return
	}
	per := d / time.Duration(b.N)
	b.ReportMetric(float64(per.Microseconds()), "cpu-µs/op")
	b.ReportMetric(float64(b.N)/d.Seconds(), unit+"/cpu-s")
}
