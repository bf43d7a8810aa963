package flagger_test

import (
	"context"
	"encoding/json"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/flagger/flageval"
)

// analyzedSeeds runs clean and claims once over the seeds.
func analyzedSeeds(b *testing.B) []*article.Article {
	b.Helper()
	chain, err := flageval.SeedChain(flagger.NewMemoryCorpus())
	if err != nil {
		b.Fatal(err)
	}
	chain.Stages = chain.Stages[:2] // clean, claims
	var out []*article.Article
	for _, name := range seedNames(b) {
		g, text := readGold(b, name)
		_ = g
		a := &article.Article{Schema: article.SchemaVersion, ID: name, Text: text}
		if err := chain.Run(context.Background(), a); err != nil {
			b.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkFlagger measures the flagger alone on analyzed seeds (one
// article per op, cycling through the seeds) with a memory corpus.
func BenchmarkFlagger(b *testing.B) {
	arts := analyzedSeeds(b)
	st, err := flagger.New(flagger.DefaultConfig(), flagger.NewMemoryCorpus(), nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; b.Loop(); i++ {
		if err := st.Process(ctx, arts[i%len(arts)]); err != nil {
			b.Fatal(err)
		}
	}
	reportRates(b, cpu0)
}

// BenchmarkReferenceJSON is the reference for BenchmarkFlagger: decoding and
// encoding the same analyzed articles as JSON, which every stage of the
// service does once per message.
func BenchmarkReferenceJSON(b *testing.B) {
	arts := analyzedSeeds(b)
	var docs [][]byte
	for _, a := range arts {
		d, err := json.Marshal(a)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; b.Loop(); i++ {
		var a article.Article
		if err := json.Unmarshal(docs[i%len(docs)], &a); err != nil {
			b.Fatal(err)
		}
		if _, err := json.Marshal(&a); err != nil {
			b.Fatal(err)
		}
	}
	reportRates(b, cpu0)
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportRates reports articles per wall-clock second and per CPU second:
// on a shared machine the second is the per-core figure.
func reportRates(b *testing.B, cpu0 time.Duration) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
	}
}
