package streamcorpus

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/flagger/flageval"
	"github.com/copydesk/copydesk/pkg/seedgold"
	"github.com/copydesk/copydesk/pkg/store"
	"github.com/copydesk/copydesk/pkg/store/sqlite"
	"github.com/copydesk/copydesk/pkg/topology"
)

// recorder is a flagger corpus that keeps the last prints put.
type recorder struct {
	mu   sync.Mutex
	sets [][]store.ClaimPrint
}

func (r *recorder) PutClaimPrints(_ context.Context, _ string, prints []store.ClaimPrint) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sets = append(r.sets, prints)
	return nil
}

func (r *recorder) FindClaimPrints(context.Context, []string) ([]store.ClaimPrint, error) {
	return nil, nil
}

// seedPrints runs the seeds through clean, claims and the flagger and
// returns the claim prints of each.
func seedPrints(b *testing.B) [][]store.ClaimPrint {
	b.Helper()
	seeds, err := seedgold.Load("../../../seeds")
	if errors.Is(err, seedgold.ErrNoGold) {
		b.Skip("no seeds")
	}
	if err != nil {
		b.Fatal(err)
	}
	rec := &recorder{}
	chain, err := flageval.SeedChain(rec)
	if err != nil {
		b.Fatal(err)
	}
	for _, sd := range seeds {
		a := &article.Article{Schema: article.SchemaVersion, ID: filepath.Base(sd.Name), Source: sd.Name, Text: sd.Text}
		if err := chain.Run(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
	return rec.sets
}

// articlePrints returns the prints of article i: a seed's, with every other
// key made its own and the others shared by 8 consecutive articles (a story
// several outlets cover).
func articlePrints(sets [][]store.ClaimPrint, i int) []store.ClaimPrint {
	src := sets[i%len(sets)]
	out := make([]store.ClaimPrint, len(src))
	for j, p := range src {
		if j%2 == 1 {
			p.Key = fmt.Sprintf("%s|%d", p.Key, i)
		} else {
			p.Key = fmt.Sprintf("%s|story-%d", p.Key, i/8)
		}
		p.Source = fmt.Sprintf("source-%d.example", i%50)
		p.ArticleID = ""
		out[j] = p
	}
	return out
}

// BenchmarkWindowMemory reports the heap a window holds per article at the
// default bound, with the seeds' prints.
func BenchmarkWindowMemory(b *testing.B) {
	sets := seedPrints(b)
	n := int(topology.DefaultConfig().CorpusMaxArticles)
	prints := 0
	for _, s := range sets {
		prints += len(s)
	}
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		w := newWindow(n)
		for i := range n {
			ps := articlePrints(sets, i)
			compact(ps)
			w.put(fmt.Sprintf("01J%023d", i), uint64(i+1), time.Now(), ps)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "B/article")
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MiB/window")
		runtime.KeepAlive(w)
	}
	b.ReportMetric(float64(prints)/float64(len(sets)), "prints/article")
}

// BenchmarkClaimCorpus measures what the flagger does with its corpus for
// one article (find the prints of its keys, then put its own), on the
// stream-fed window (the default, which publishes each put to a real
// in-process JetStream) and, as the reference in the same run, on the SQLite
// store (--claim-corpus=store).
func BenchmarkClaimCorpus(b *testing.B) {
	sets := seedPrints(b)
	run := func(b *testing.B, c flagger.Corpus) {
		ctx := context.Background()
		// A store that already holds some articles, as after a while.
		for i := range 2000 {
			if err := c.PutClaimPrints(ctx, fmt.Sprintf("01H%023d", i), articlePrints(sets, i)); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; b.Loop(); i++ {
			ps := articlePrints(sets, i)
			keys := make([]string, len(ps))
			for j, p := range ps {
				keys[j] = p.Key
			}
			if _, err := c.FindClaimPrints(ctx, keys); err != nil {
				b.Fatal(err)
			}
			if err := c.PutClaimPrints(ctx, fmt.Sprintf("01J%023d", i), ps); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("stream", func(b *testing.B) {
		js := startJetStream(b, topology.DefaultConfig())
		c := openTest(b, js, nil)
		run(b, c)
	})
	b.Run("store=sqlite", func(b *testing.B) {
		cfg := sqlite.DefaultConfig()
		cfg.Path = filepath.Join(b.TempDir(), "copydesk.db")
		s, err := sqlite.Open(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		run(b, s)
	})
}
