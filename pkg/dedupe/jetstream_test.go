package dedupe

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/natsembed"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// startJetStream starts an in-process nats-server with JetStream on a random
// port, its store in a temporary directory, and returns a client for it.
func startJetStream(t testing.TB) jetstream.JetStream {
	t.Helper()
	s := natsembed.RunForTest(t)
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = nc.Drain()
		for !nc.IsClosed() {
			time.Sleep(time.Millisecond)
		}
	})
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// TestKVConcurrentSameText checks that of several replicas adding the same
// text at once, exactly one owns it and the others are its exact duplicates.
func TestKVConcurrentSameText(t *testing.T) {
	ctx := context.Background()
	js := startJetStream(t)
	var idxs []*KVIndex
	for range 4 {
		idx, err := NewKVIndex(ctx, js, DefaultKVConfig())
		if err != nil {
			t.Fatal(err)
		}
		idxs = append(idxs, idx)
	}
	p := Fingerprint(Normalize(seeds(t)[0]))
	var wg sync.WaitGroup
	dups := make([]*article.Duplicate, len(idxs))
	errs := make([]error, len(idxs))
	for i, idx := range idxs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dups[i], errs[i] = idx.CheckAndAdd(ctx, fmt.Sprintf("id%d", i), p)
		}()
	}
	wg.Wait()
	owners := 0
	for i := range idxs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if dups[i] == nil {
			owners++
		} else if dups[i].Kind != KindExact {
			t.Errorf("id%d: %+v, want exact", i, dups[i])
		}
	}
	if owners != 1 {
		t.Errorf("%d owners, want 1", owners)
	}
}

// BenchmarkKVCheckAndAdd measures one new article through the KV index,
// beside a single KV put as the reference round trip.
func BenchmarkKVCheckAndAdd(b *testing.B) {
	ctx := context.Background()
	js := startJetStream(b)
	idx, err := NewKVIndex(ctx, js, DefaultKVConfig())
	if err != nil {
		b.Fatal(err)
	}
	text := Normalize(strings.Join(seeds(b), "\n"))
	b.Run("check-and-add", func(b *testing.B) {
		i := 0
		for b.Loop() {
			i++
			p := Fingerprint(fmt.Sprintf("%d %s", i, text))
			if _, err := idx.CheckAndAdd(ctx, fmt.Sprintf("b%d", i), p); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("reference kv put", func(b *testing.B) {
		for b.Loop() {
			if _, err := idx.kv.Put(ctx, "ref", []byte("x")); err != nil {
				b.Fatal(err)
			}
		}
	})
}
