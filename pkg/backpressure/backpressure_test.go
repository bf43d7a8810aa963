package backpressure

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"go.uber.org/goleak"

	"github.com/copydesk/copydesk/pkg/natsembed"
	"github.com/copydesk/copydesk/pkg/topology"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

var okHandler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusAccepted) })

func TestGate(t *testing.T) {
	for _, tc := range []struct {
		name       string
		method     string
		backlog    uint64
		err        error
		max        uint64
		wantStatus int
		wantCode   string
	}{
		{name: "below the limit", method: "POST", backlog: 99, max: 100, wantStatus: 202},
		{name: "at the limit", method: "POST", backlog: 100, max: 100, wantStatus: 429, wantCode: "overloaded"},
		{name: "far above", method: "POST", backlog: 1 << 40, max: 100, wantStatus: 429, wantCode: "overloaded"},
		{name: "GET passes", method: "GET", backlog: 1000, max: 100, wantStatus: 202},
		{name: "backlog unknown passes", method: "POST", err: errors.New("nats: timeout"), max: 100, wantStatus: 202},
		{name: "check off", method: "POST", backlog: 1000, max: 0, wantStatus: 202},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.MaxBacklog = tc.max
			reg := prometheus.NewRegistry()
			g, err := New(cfg, func(context.Context) (uint64, error) { return tc.backlog, tc.err }, nil, reg)
			if err != nil {
				t.Fatal(err)
			}
			rec := httptest.NewRecorder()
			g.Handler(okHandler).ServeHTTP(rec, httptest.NewRequest(tc.method, "/v1/articles", strings.NewReader("x")))
			if rec.Code != tc.wantStatus {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.wantStatus, rec.Body)
			}
			if tc.wantCode == "" {
				return
			}
			if rec.Header().Get("Retry-After") != "2" {
				t.Errorf("Retry-After %q, want 2", rec.Header().Get("Retry-After"))
			}
			var body struct{ Error, Reason string }
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error != tc.wantCode || body.Reason == "" {
				t.Errorf("body %s (%v), want code %q with a reason", rec.Body, err, tc.wantCode)
			}
			if got := testutil.ToFloat64(g.m.refused.WithLabelValues(tc.wantCode)); got != 1 {
				t.Errorf("copydesk_ingest_throttled_total{reason=%q} = %v, want 1", tc.wantCode, got)
			}
		})
	}
}

// TestBacklogCached: the backlog is read once per CacheFor, not per request.
func TestBacklogCached(t *testing.T) {
	var reads atomic.Int32
	cfg := DefaultConfig()
	cfg.CacheFor = time.Hour
	g, err := New(cfg, func(context.Context) (uint64, error) { reads.Add(1); return 1, nil }, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := g.Handler(okHandler)
	for range 50 {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/v1/articles", nil))
	}
	if n := reads.Load(); n != 1 {
		t.Errorf("backlog read %d times, want 1", n)
	}
}

// TestInFlight: one POST more than MaxInFlight is refused with 503 at once,
// and admitted again when a slot frees.
func TestInFlight(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxInFlight = 2
	g, err := New(cfg, func(context.Context) (uint64, error) { return 0, nil }, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	entered := make(chan struct{}, 2)
	h := g.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		<-release
		w.WriteHeader(http.StatusAccepted)
	}))
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", "/v1/articles", nil))
		}()
	}
	<-entered
	<-entered
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/articles", nil))
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" || !strings.Contains(rec.Body.String(), `"busy"`) {
		t.Errorf("third request: %d %q %s, want 503 busy with Retry-After", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	close(release)
	wg.Wait()
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/articles", nil))
	if rec.Code != http.StatusAccepted {
		t.Errorf("after release: %d, want 202", rec.Code)
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		mod  func(*Config)
		ok   bool
	}{
		{"default", func(*Config) {}, true},
		{"no stream", func(c *Config) { c.Stream = "" }, false},
		{"negative in flight", func(c *Config) { c.MaxInFlight = -1 }, false},
		{"negative cache", func(c *Config) { c.CacheFor = -1 }, false},
		{"no info timeout", func(c *Config) { c.InfoTimeout = 0 }, false},
		{"retry after under 1s", func(c *Config) { c.RetryAfter = time.Millisecond }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig()
			tc.mod(&c)
			if err := c.Validate(); (err == nil) != tc.ok {
				t.Errorf("Validate() = %v, want ok %v", err, tc.ok)
			}
		})
	}
}

// TestStreamBacklog: against a real server, articles nobody consumes make
// the gate refuse; once they are consumed it admits again.
func TestStreamBacklog(t *testing.T) {
	srv := natsembed.RunForTest(t)
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := topology.Ensure(ctx, js, topology.DefaultConfig()); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.MaxBacklog = 10
	cfg.CacheFor = 0
	g, err := New(cfg, StreamBacklog(js, topology.StreamArticles), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := g.Handler(okHandler)
	post := func() int {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/articles", nil))
		return rec.Code
	}
	if c := post(); c != http.StatusAccepted {
		t.Fatalf("empty queue: %d", c)
	}
	for i := range 10 {
		if _, err := js.Publish(ctx, topology.SubjectIngested, []byte(`{"id":"x"}`), jetstream.WithMsgID(string(rune('a'+i)))); err != nil {
			t.Fatal(err)
		}
	}
	if c := post(); c != http.StatusTooManyRequests {
		t.Fatalf("10 waiting, limit 10: %d, want 429", c)
	}
	if n, _ := g.Backlog(ctx); n != 10 {
		t.Errorf("backlog %d, want 10", n)
	}
	st, _ := js.Stream(ctx, topology.StreamArticles)
	if err := st.Purge(ctx); err != nil {
		t.Fatal(err)
	}
	if c := post(); c != http.StatusAccepted {
		t.Fatalf("queue drained: %d, want 202", c)
	}
}
