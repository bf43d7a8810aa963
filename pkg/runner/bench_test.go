package runner

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/persist"
	"github.com/copydesk/copydesk/pkg/stage"
)

// The runtime benchmark: articles/s through 4 no-op stages into the store
// (BenchmarkPipelineNoop), beside raw JetStream publish + consume of the same
// payloads (BenchmarkRawJetStream), in the same run:
//
//	go test -run '^$' -bench 'PipelineNoop|RawJetStream' -benchtime 2000x ./runner/
//
// Each reports articles/s; ns/op is the time per article.

const benchStages = 4

// benchPayloads returns n article bodies built from the seed articles
// (../../seeds), or from generated text when the seeds are absent.
func benchPayloads(b *testing.B, n int) [][]byte {
	b.Helper()
	texts := seedTexts()
	out := make([][]byte, n)
	for i := range n {
		text := texts[i%len(texts)]
		title, _, _ := strings.Cut(text, "\n")
		a := article.Article{
			Schema:   article.SchemaVersion,
			ID:       fmt.Sprintf("01BENCH%010d", i),
			Source:   "example.com",
			URL:      fmt.Sprintf("https://example.com/news/%d", i),
			Title:    title,
			Language: "en",
			Received: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
			Text:     text,
		}
		data, err := json.Marshal(&a)
		if err != nil {
			b.Fatal(err)
		}
		out[i] = data
	}
	return out
}

func seedTexts() []string {
	paths, _ := filepath.Glob("../../seeds/*.txt")
	sort.Strings(paths)
	var texts []string
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil && len(data) > 0 {
			texts = append(texts, string(data))
		}
	}
	if len(texts) == 0 {
		texts = []string{"A generated headline\n\n" + strings.Repeat("A sentence of article body text, quoting nobody. ", 60)}
	}
	return texts
}

// countingPutter counts successful writes.
type countingPutter struct {
	inner persist.Putter
	n     atomic.Int64
}

func (c *countingPutter) PutArticle(ctx context.Context, a *article.Article) error {
	if err := c.inner.PutArticle(ctx, a); err != nil {
		return err
	}
	c.n.Add(1)
	return nil
}

func benchSubject(i int) string { return fmt.Sprintf("copydesk.articles.bench.%d", i) }

func BenchmarkPipelineNoop(b *testing.B) {
	for _, tc := range []struct {
		name        string
		store       string
		concurrency int
	}{
		{"store=sqlite/concurrency=4", "sqlite", 4},
		{"store=sqlite/concurrency=16", "sqlite", 16},
		{"store=memory/concurrency=4", "memory", 4},
	} {
		b.Run(tc.name, func(b *testing.B) {
			payloads := benchPayloads(b, b.N)
			e := newEnv(b)
			_, js := e.connect()
			var inner persist.Putter = newMemStore()
			if tc.store == "sqlite" {
				inner = openSQLite(b)
			}
			st := &countingPutter{inner: inner}
			reg := prometheus.NewRegistry()
			for i := range benchStages {
				var s stage.Stage = stage.Func{StageName: fmt.Sprintf("bench%d", i), StageVersion: "1",
					Fn: func(context.Context, *article.Article) error { return nil }}
				out := benchSubject(i + 1)
				if i == benchStages-1 {
					s, _ = persist.New(s, st)
					out = ""
				}
				cfg := DefaultConfig(benchSubject(i), out)
				cfg.Concurrency = tc.concurrency
				r, err := New(js, s, cfg, benchLogger(), reg)
				if err != nil {
					b.Fatal(err)
				}
				start(b, js, r)
			}
			b.SetBytes(int64(len(payloads[0])))
			b.ResetTimer()
			t0 := time.Now()
			publishAll(b, js, benchSubject(0), payloads)
			for st.n.Load() < int64(b.N) {
				time.Sleep(200 * time.Microsecond)
			}
			el := time.Since(t0)
			b.StopTimer()
			b.ReportMetric(float64(b.N)/el.Seconds(), "articles/s")
			b.ReportMetric(sumCounter(b, reg, "copydesk_stage_redeliveries_total"), "redeliveries")
		})
	}
}

func sumCounter(b *testing.B, g prometheus.Gatherer, name string) float64 {
	mfs, err := g.Gather()
	if err != nil {
		b.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() == name {
			for _, m := range mf.GetMetric() {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}

// BenchmarkRawJetStream is the reference: the same payloads published to the
// same work-queue stream and consumed with a plain pull consumer (default
// client buffer) that acknowledges at once, over 1 hop and over 4 hops where
// each hop republishes to the next subject.
func BenchmarkRawJetStream(b *testing.B) {
	for _, hops := range []int{1, benchStages} {
		b.Run(fmt.Sprintf("hops=%d", hops), func(b *testing.B) {
			payloads := benchPayloads(b, b.N)
			e := newEnv(b)
			_, js := e.connect()
			ctx := context.Background()
			var done atomic.Int64
			for i := range hops {
				cons, err := js.CreateOrUpdateConsumer(ctx, "ARTICLES", jetstream.ConsumerConfig{
					Durable: fmt.Sprintf("raw%d", i), FilterSubject: benchSubject(i), AckPolicy: jetstream.AckExplicitPolicy,
				})
				if err != nil {
					b.Fatal(err)
				}
				last := i == hops-1
				next := benchSubject(i + 1)
				cc, err := cons.Consume(func(m jetstream.Msg) {
					if last {
						_ = m.Ack()
						done.Add(1)
						return
					}
					out := nats.NewMsg(next)
					out.Data = m.Data()
					if _, err := js.PublishMsgAsync(out); err != nil {
						_ = m.Nak()
						return
					}
					_ = m.Ack()
				})
				if err != nil {
					b.Fatal(err)
				}
				b.Cleanup(cc.Stop)
			}
			b.SetBytes(int64(len(payloads[0])))
			b.ResetTimer()
			t0 := time.Now()
			publishAll(b, js, benchSubject(0), payloads)
			for done.Load() < int64(b.N) {
				time.Sleep(200 * time.Microsecond)
			}
			el := time.Since(t0)
			b.StopTimer()
			b.ReportMetric(float64(b.N)/el.Seconds(), "articles/s")
		})
	}
}

// publishAll publishes payloads asynchronously and waits for every ack.
func publishAll(b *testing.B, js jetstream.JetStream, subject string, payloads [][]byte) {
	b.Helper()
	for _, p := range payloads {
		if _, err := js.PublishAsync(subject, p); err != nil {
			b.Fatal(err)
		}
	}
	select {
	case <-js.PublishAsyncComplete():
	case <-time.After(time.Minute):
		b.Fatal("publish acks timed out")
	}
}

// benchLogger logs warnings to stderr when COPYDESK_BENCH_LOG is set.
func benchLogger() *zap.Logger {
	if os.Getenv("COPYDESK_BENCH_LOG") == "" {
		return zap.NewNop()
	}
	cfg := zap.NewDevelopmentConfig()
	cfg.Level = zap.NewAtomicLevelAt(zap.WarnLevel)
	l, _ := cfg.Build()
	return l
}
