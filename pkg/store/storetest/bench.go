package storetest

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/seedgold"
	"github.com/copydesk/copydesk/pkg/store"
)

// SeedArticles builds seed-sized, fully processed documents from the seed
// articles in dir and their gold labels (dir/gold): blocks from the labelled
// lines, quotes from the gold attributions, claims from content lines with a
// figure in them, flags from the gold flags. It skips tb when dir is absent.
func SeedArticles(tb testing.TB, dir string) []*article.Article {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Skipf("no seed articles in %s", dir)
	}
	var out []*article.Article
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		gold, err := seedgold.Read(filepath.Join(dir, "gold", strings.TrimSuffix(filepath.Base(f), ".txt")+".json"))
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		out = append(out, seedArticle(filepath.Base(f), string(text), gold.Meta.Title, gold.Meta.Author,
			gold.Lines, gold.Quotes, gold.Flags))
	}
	return out
}

func seedArticle(name, text, title, author string, lines map[string]string,
	quotes []seedgold.Quote, flags []string) *article.Article {
	a := &article.Article{Schema: article.SchemaVersion, ID: strings.TrimSuffix(name, ".txt"), Source: "seed",
		Title: title, Author: author, Text: text, Received: fixedTime, Language: "en",
		Blocks: []article.Block{}, Quotes: []article.Quote{}, Claims: []article.Claim{}, Flags: []article.Flag{}}
	nums := make([]int, 0, len(lines))
	for k := range lines {
		if n, err := strconv.Atoi(k); err == nil {
			nums = append(nums, n)
		}
	}
	sort.Ints(nums)
	starts := []int{0}
	for i := range len(text) {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	for _, n := range nums {
		if n < 1 || n > len(starts) {
			continue
		}
		start := starts[n-1]
		end := len(text)
		if n < len(starts) {
			end = starts[n] - 1
		}
		label := article.Label(lines[strconv.Itoa(n)])
		a.Blocks = append(a.Blocks, article.Block{Start: start, End: end, Label: label, Score: 0.8, Reason: "gold"})
		if label == article.LabelContent && strings.ContainsAny(text[start:end], "0123456789") {
			a.Claims = append(a.Claims, article.Claim{Text: text[start:end], Start: start, End: end, Checkworthy: 0.7,
				Fingerprint: fmt.Sprintf("%s|%d", a.ID, n)})
		}
	}
	for _, q := range quotes {
		start := strings.Index(text, q.Key)
		if start < 0 {
			continue
		}
		a.Quotes = append(a.Quotes, article.Quote{Text: q.Key, Start: start, End: start + len(q.Key), Kind: q.Kind, Via: q.Via,
			Speaker:    &article.Speaker{Name: q.Speaker, Canonical: q.Speaker, Mention: q.Mention, Type: article.SourcePerson},
			Confidence: 0.8})
	}
	for _, code := range flags {
		a.Flags = append(a.Flags, article.Flag{Code: code, Severity: article.SeverityWarn, Score: 0.7,
			Evidence:    []article.Span{{Text: text[:min(40, len(text))], Start: 0, End: min(40, len(text))}},
			Explanation: "gold flag " + code})
	}
	risk := 0.5
	a.Risk = &risk
	for i, st := range pipeline {
		a.MarkStage(st.name, st.version, time.Millisecond, fixedTime.Add(time.Duration(i)*time.Second))
	}
	return a
}

// Bench measures PutArticle of docs: "new" writes each document under a
// fresh id, "redelivery" writes a stored document again (the no-op path),
// "update" alternates two documents of one id that differ in content.
// "reference_raw_insert" is the floor measured in the same run: the same
// JSON inserted as one row of a two-column table, with no derived rows and
// no idempotency check.
func Bench(b *testing.B, open Opener, docs []*article.Article) {
	b.Run("new", func(b *testing.B) {
		s := open(b)
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			d := *docs[i%len(docs)]
			d.ID = fmt.Sprintf("%s-%d", d.ID, i)
			if err := s.PutArticle(b.Context(), &d); err != nil {
				b.Fatal(err)
			}
		}
	})
	// new_concurrent: 16 writers at once, as the flagger's workers write; a
	// store that group-commits shares each commit among them.
	b.Run("new_concurrent", func(b *testing.B) {
		putConcurrently(b, open(b), docs)
	})
	b.Run("redelivery", func(b *testing.B) {
		s := open(b)
		for _, d := range docs {
			if err := s.PutArticle(b.Context(), d); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if err := s.PutArticle(b.Context(), docs[i%len(docs)]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("update", func(b *testing.B) {
		s := open(b)
		d0 := *docs[0]
		d1 := d0
		d1.Flags = d1.Flags[:0:0]
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			d := &d0
			if i%2 == 1 {
				d = &d1
			}
			if err := s.PutArticle(b.Context(), d); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("reference_raw_insert", func(b *testing.B) {
		s := open(b)
		h := handleOf(b, s)
		if err := h.exec(b.Context(), "CREATE TABLE bench_raw (id TEXT PRIMARY KEY, doc TEXT NOT NULL)"); err != nil {
			b.Fatal(err)
		}
		raw := make([]string, len(docs))
		for i, d := range docs {
			j, err := json.Marshal(d)
			if err != nil {
				b.Fatal(err)
			}
			raw[i] = string(j)
		}
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if err := h.exec(b.Context(), "INSERT INTO bench_raw (id, doc) VALUES (?, ?)",
				fmt.Sprintf("%s-%d", docs[i%len(docs)].ID, i), raw[i%len(docs)]); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchPages writes initial records that carry a crawled page (~80 KB of
// HTML around each document's text), 16 writers at once, as ingest writes
// them.
func BenchPages(b *testing.B, open Opener, docs []*article.Article) {
	pages := make([]*article.Article, len(docs))
	for i, d := range docs {
		var sb strings.Builder
		sb.WriteString("<!DOCTYPE html><html><head><title>" + html.EscapeString(d.Title) + "</title></head><body><nav>")
		for k := 0; sb.Len() < 40<<10; k++ {
			fmt.Fprintf(&sb, `<li><a href="/section/%d/story-%d.html" class="nav-item">Story %d of section %d</a></li>`, i, k, k, i)
		}
		sb.WriteString("</nav><article>")
		for _, p := range strings.Split(d.Text, "\n") {
			sb.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
		}
		sb.WriteString("</article><footer>")
		for k := 0; sb.Len() < 80<<10; k++ {
			fmt.Fprintf(&sb, `<li class="teaser"><a href="/news/%d/%d.html"><img src="/img/%d.jpg" alt="">Story %d you may have missed</a></li>`, i, k, k, k)
		}
		sb.WriteString("</footer></body></html>")
		pages[i] = &article.Article{Schema: article.SchemaVersion, ID: d.ID, Source: d.Source, Title: d.Title, HTML: sb.String()}
	}
	putConcurrently(b, open(b), pages)
}

// putConcurrently writes copies of docs under new ids, 16 writers at once.
func putConcurrently(b *testing.B, s store.Store, docs []*article.Article) {
	var n atomic.Int64
	b.ReportAllocs()
	b.SetParallelism(8)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := int(n.Add(1))
			d := *docs[i%len(docs)]
			d.ID = fmt.Sprintf("%s-%d", d.ID, i)
			if err := s.PutArticle(b.Context(), &d); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
