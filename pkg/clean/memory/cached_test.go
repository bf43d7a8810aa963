package memory

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

func newCachedT(t *testing.T, js jetstream.JetStream, cfg Config, cc CacheConfig) *Cached {
	t.Helper()
	kv, err := OpenKV(context.Background(), js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCached(kv, cc)
	if err != nil {
		t.Fatal(err)
	}
	c.Start()
	t.Cleanup(func() {
		if err := c.Close(context.Background()); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return c
}

// TestCached: the cache answers as every Memory must (its own records count
// at once, before any write-back).
func TestCached(t *testing.T) {
	exercise(t, func(cfg Config) Memory {
		return newCachedT(t, startJetStream(t), cfg, CacheConfig{Flush: time.Hour, Refresh: time.Hour})
	})
}

// TestCachedReplicasConverge: replicas recording the same source at once
// lose no record (conflicting write-backs are rebased), and each sees the
// others' records once they are written back and its cache is refreshed.
func TestCachedReplicasConverge(t *testing.T) {
	js := startJetStream(t)
	ctx := context.Background()
	cc := CacheConfig{Flush: 20 * time.Millisecond, Refresh: 20 * time.Millisecond}
	var reps []*Cached
	for range 3 {
		reps = append(reps, newCachedT(t, js, DefaultConfig(), cc))
	}
	var wg sync.WaitGroup
	const n = 30
	for i := range n {
		wg.Go(func() {
			if err := reps[i%3].Record(ctx, "a.com", fmt.Sprint("doc", i), []uint64{42}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	bucket, err := OpenKV(ctx, js, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		stored, err := bucket.Lookup(ctx, "a.com", "other", []uint64{42})
		if err != nil {
			t.Fatal(err)
		}
		seen := make([]float64, len(reps))
		for i, r := range reps {
			got, err := r.Lookup(ctx, "a.com", "other", []uint64{42})
			if err != nil {
				t.Fatal(err)
			}
			seen[i] = got[0]
		}
		done := near(stored[0], n)
		for _, v := range seen {
			done = done && near(v, n)
		}
		if done {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("bucket counts %v, replicas see %v; want %d everywhere", stored[0], seen, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func near(v float64, n int) bool { return v > float64(n)-0.01 && v < float64(n)+0.01 }

// TestCachedCloseWritesBack: Close flushes what was recorded since the last
// write-back (drain), is safe twice and without Start.
func TestCachedCloseWritesBack(t *testing.T) {
	js := startJetStream(t)
	ctx := context.Background()
	kv, err := OpenKV(ctx, js, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCached(kv, CacheConfig{Flush: time.Hour, Refresh: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	c.Start()
	for i := range 5 {
		if err := c.Record(ctx, "b.com", fmt.Sprint("d", i), []uint64{7, 8}); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := kv.Lookup(ctx, "b.com", "q", []uint64{7}); got[0] != 0 {
		t.Fatalf("written back before a flush: %v", got)
	}
	if err := c.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(ctx); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if got, _ := kv.Lookup(ctx, "b.com", "q", []uint64{7, 8}); !near(got[0], 5) || !near(got[1], 5) {
		t.Fatalf("after Close the bucket has %v, want 5 each", got)
	}

	idle, err := NewCached(kv, DefaultCacheConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := idle.Close(ctx); err != nil {
		t.Fatalf("Close without Start: %v", err)
	}
}

// TestCachedFlushError: a write-back that fails keeps the records for the
// next flush and is reported.
func TestCachedFlushError(t *testing.T) {
	js := startJetStream(t)
	ctx := context.Background()
	kv, err := OpenKV(ctx, js, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var reported []string
	c, err := NewCached(kv, CacheConfig{Flush: time.Hour, Refresh: time.Hour, OnFlushError: func(src string, err error) {
		mu.Lock()
		reported = append(reported, src)
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Record(ctx, "c.com", "d1", []uint64{1}); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := c.Flush(cancelled); err == nil {
		t.Fatal("Flush with a cancelled context succeeded")
	}
	mu.Lock()
	if len(reported) != 1 || reported[0] != "c.com" {
		t.Errorf("reported %v", reported)
	}
	mu.Unlock()
	if err := c.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := kv.Lookup(ctx, "c.com", "q", []uint64{1}); !near(got[0], 1) {
		t.Fatalf("record lost after a failed flush: %v", got)
	}
}

func TestCacheConfigValidate(t *testing.T) {
	for _, cc := range []CacheConfig{{}, {Flush: time.Second}, {Refresh: time.Second}, {Flush: -1, Refresh: 1}} {
		if cc.Validate() == nil {
			t.Errorf("%+v validated", cc)
		}
	}
	if err := DefaultCacheConfig().Validate(); err != nil {
		t.Error(err)
	}
	if _, err := NewCached(nil, DefaultCacheConfig()); err == nil {
		t.Error("NewCached(nil) succeeded")
	}
}
