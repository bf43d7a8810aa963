package memory

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/goleak"

	"github.com/copydesk/copydesk/pkg/natsembed"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func testConfig(c *clock) Config {
	cfg := DefaultConfig()
	cfg.Now = c.now
	cfg.HalfLife = time.Hour
	cfg.MaxLines = 8
	cfg.MaxDocs = 4
	return cfg
}

// exercise runs the behaviour every Memory must have.
func exercise(t *testing.T, newMem func(Config) Memory) {
	t.Helper()
	ctx := context.Background()
	tests := []struct {
		name string
		run  func(t *testing.T, m Memory, c *clock)
	}{
		{"empty source sees nothing", func(t *testing.T, m Memory, c *clock) {
			got, err := m.Lookup(ctx, "a.com", "d1", []uint64{1, 2})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]float64{0, 0}, got); diff != "" {
				t.Error(diff)
			}
		}},
		{"counts other articles, per source", func(t *testing.T, m Memory, c *clock) {
			for _, d := range []string{"d1", "d2"} {
				if err := m.Record(ctx, "a.com", d, []uint64{1, 2, 2}); err != nil {
					t.Fatal(err)
				}
			}
			if err := m.Record(ctx, "b.com", "d9", []uint64{1}); err != nil {
				t.Fatal(err)
			}
			got, _ := m.Lookup(ctx, "a.com", "d3", []uint64{1, 2, 3})
			if diff := cmp.Diff([]float64{2, 2, 0}, got); diff != "" {
				t.Error(diff)
			}
		}},
		{"redelivery is idempotent and excludes itself", func(t *testing.T, m Memory, c *clock) {
			for range 3 {
				if err := m.Record(ctx, "a.com", "d1", []uint64{7}); err != nil {
					t.Fatal(err)
				}
			}
			if err := m.Record(ctx, "a.com", "d2", []uint64{7}); err != nil {
				t.Fatal(err)
			}
			got, _ := m.Lookup(ctx, "a.com", "d1", []uint64{7})
			if diff := cmp.Diff([]float64{1}, got); diff != "" {
				t.Error(diff)
			}
		}},
		{"counts decay with the half-life", func(t *testing.T, m Memory, c *clock) {
			m.Record(ctx, "a.com", "d1", []uint64{5})
			m.Record(ctx, "a.com", "d2", []uint64{5})
			c.add(time.Hour)
			got, _ := m.Lookup(ctx, "a.com", "d3", []uint64{5})
			if diff := cmp.Diff([]float64{1}, got); diff != "" {
				t.Error(diff)
			}
		}},
		{"size is bounded", func(t *testing.T, m Memory, c *clock) {
			m.Record(ctx, "a.com", "d0", []uint64{100})
			m.Record(ctx, "a.com", "d1", []uint64{100})
			for i := range 40 {
				m.Record(ctx, "a.com", "x"+string(rune('a'+i)), []uint64{uint64(i)})
			}
			keys := make([]uint64, 41)
			for i := range 40 {
				keys[i] = uint64(i)
			}
			keys[40] = 100
			got, _ := m.Lookup(ctx, "a.com", "q", keys)
			kept := 0
			for _, v := range got {
				if v > 0 {
					kept++
				}
			}
			if kept > 8 {
				t.Errorf("%d lines kept, want at most MaxLines=8", kept)
			}
			if got[40] < 2 {
				t.Errorf("the strongest line was evicted: %v", got[40])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
			tt.run(t, newMemT(t, newMem, testConfig(c)), c)
		})
	}
}

func newMemT(t *testing.T, f func(Config) Memory, cfg Config) Memory { return f(cfg) }

func TestInMemory(t *testing.T) {
	exercise(t, func(cfg Config) Memory {
		m, err := NewInMemory(cfg)
		if err != nil {
			t.Fatal(err)
		}
		return m
	})
}

func TestInMemorySourcesBounded(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxSources = 3
	m, _ := NewInMemory(cfg)
	for _, s := range []string{"a", "b", "c", "d"} {
		m.Record(context.Background(), s, "d", []uint64{1})
	}
	if m.Lines("a") != 0 || m.Lines("d") != 1 {
		t.Errorf("least recently used source not evicted: a=%d d=%d", m.Lines("a"), m.Lines("d"))
	}
}

func startJetStream(t *testing.T) jetstream.JetStream {
	t.Helper()
	s := natsembed.RunForTest(t)
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		nc.Close()
	})
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

func TestKV(t *testing.T) {
	exercise(t, func(cfg Config) Memory {
		// a fresh server per subtest
		js := startJetStream(t)
		m, err := OpenKV(context.Background(), js, cfg)
		if err != nil {
			t.Fatal(err)
		}
		return m
	})
}

// TestKVConcurrentReplicas records from several replicas at once: optimistic
// concurrency must not lose an update.
func TestKVConcurrentReplicas(t *testing.T) {
	js := startJetStream(t)
	ctx := context.Background()
	var mems []*KV
	for range 4 {
		m, err := OpenKV(ctx, js, DefaultConfig())
		if err != nil {
			t.Fatal(err)
		}
		mems = append(mems, m)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- mems[i%4].Record(ctx, "a.com", "doc"+string(rune('A'+i)), []uint64{42})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	got, err := mems[0].Lookup(ctx, "a.com", "other", []uint64{42})
	if err != nil {
		t.Fatal(err)
	}
	if got[0] < 15.99 || got[0] > 16.01 {
		t.Errorf("count %v after 16 concurrent records, want 16", got[0])
	}
}

func TestUnmarshalRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("CDT1"), []byte("XXXX\x00\x00\x00\x00\x00\x00\x00\x00"), append([]byte("CDT1\x01\x00\x00\x00\x00\x00\x00\x00"), 1, 2)} {
		if _, err := unmarshal(b); err == nil {
			t.Errorf("unmarshal(%q) succeeded", b)
		}
	}
	tb := newTable()
	tb.record(DefaultConfig(), 9, []uint64{1, 2})
	back, err := unmarshal(tb.marshal())
	if err != nil {
		t.Fatal(err)
	}
	if len(back.lines) != 2 || len(back.docs) != 1 {
		t.Errorf("round trip lost data: %+v", back)
	}
}
