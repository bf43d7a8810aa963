package runner

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/goleak"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/natsconn"
	"github.com/copydesk/copydesk/pkg/natsembed"
	"github.com/copydesk/copydesk/pkg/topology"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// env is one test's server with the copydesk topology.
type env struct {
	t   testing.TB
	srv *natsembed.Server
}

func newEnv(t testing.TB) *env {
	t.Helper()
	e := &env{t: t, srv: natsembed.RunForTest(t)}
	nc, js := e.connect()
	defer nc.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := topology.Ensure(ctx, js, topology.DefaultConfig()); err != nil {
		t.Fatal(err)
	}
	return e
}

// connect opens a connection closed (drained) at test end.
func (e *env) connect() (*nats.Conn, jetstream.JetStream) {
	e.t.Helper()
	cfg := natsconn.DefaultConfig()
	cfg.URLs = []string{e.srv.ClientURL()}
	cfg.Name = e.t.Name()
	nc, err := natsconn.Connect(cfg, zap.NewNop())
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = natsconn.Drain(ctx, nc)
	})
	js, err := jetstream.New(nc)
	if err != nil {
		e.t.Fatal(err)
	}
	return nc, js
}

// testConfig is a runner config with test-sized timings.
func testConfig(input, output string) Config {
	cfg := DefaultConfig(input, output)
	cfg.AckWait = 2 * time.Second
	cfg.Backoff = Backoff{Initial: 20 * time.Millisecond, Max: 200 * time.Millisecond, Multiplier: 2}
	cfg.DrainTimeout = 5 * time.Second
	cfg.PendingInterval = 50 * time.Millisecond
	cfg.FetchWait = 100 * time.Millisecond
	return cfg
}

// running is a runner started in the background.
type running struct {
	r    *Runner
	errc chan error
}

func start(t testing.TB, js jetstream.JetStream, r *Runner) *running {
	t.Helper()
	rr := &running{r: r, errc: make(chan error, 1)}
	go func() { rr.errc <- r.Run(context.Background()) }()
	t.Cleanup(func() { rr.stop(t) })
	waitFor(t, "runner running", func() bool { return r.Ready(context.Background()) == nil })
	return rr
}

func newRunner(t testing.TB, js jetstream.JetStream, st interface {
	Name() string
	Version() string
	Process(context.Context, *article.Article) error
}, cfg Config, reg prometheus.Registerer) *Runner {
	t.Helper()
	r, err := New(js, st, cfg, zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)), reg)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// stop shuts the runner down gracefully and waits for Run to return.
func (rr *running) stop(t testing.TB) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := rr.r.Shutdown(ctx); err != nil {
		t.Errorf("shutdown: %v", err)
	}
	select {
	case <-rr.errc:
	case <-ctx.Done():
		t.Errorf("run did not return")
	}
	rr.errc <- nil // later stops return at once
}

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func testArticle(i int) *article.Article {
	return &article.Article{
		Schema: article.SchemaVersion,
		ID:     fmt.Sprintf("01TEST%06d", i),
		Source: "example.com",
		Title:  "Title " + strconv.Itoa(i),
		Text:   "Title " + strconv.Itoa(i) + "\n\nBody text of the article.",
	}
}

func publishArticles(t testing.TB, js jetstream.JetStream, subject string, as ...*article.Article) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, a := range as {
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := js.Publish(ctx, subject, data, jetstream.WithMsgID(topology.MsgID(a.ID, "ingest", "test"))); err != nil {
			t.Fatal(err)
		}
	}
}

func publishRaw(t testing.TB, js jetstream.JetStream, subject string, data []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := js.Publish(ctx, subject, data); err != nil {
		t.Fatal(err)
	}
}

// streamMsgs returns the messages stored in stream on subject, in order.
func streamMsgs(t testing.TB, js jetstream.JetStream, stream, subject string) []*jetstream.RawStreamMsg {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []*jetstream.RawStreamMsg
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			continue // deleted or acked
		}
		if subject == "" || m.Subject == subject {
			out = append(out, m)
		}
	}
	return out
}

func streamCount(t testing.TB, js jetstream.JetStream, stream string) uint64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return info.State.Msgs
}

// memStore is an in-memory store counting writes, for tests that need no
// SQL.
type memStore struct {
	mu   sync.Mutex
	docs map[string]*article.Article
	puts map[string]int
	fail func(a *article.Article) error
}

func newMemStore() *memStore {
	return &memStore{docs: map[string]*article.Article{}, puts: map[string]int{}}
}

func (s *memStore) PutArticle(ctx context.Context, a *article.Article) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		if err := s.fail(a); err != nil {
			return err
		}
	}
	data, _ := json.Marshal(a)
	var c article.Article
	_ = json.Unmarshal(data, &c)
	s.docs[a.ID] = &c
	s.puts[a.ID]++
	return nil
}

func (s *memStore) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.docs)
}

func (s *memStore) get(id string) *article.Article {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.docs[id]
}

// counter counts calls per article id.
type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(id string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[id]++
	return c.n[id]
}

func (c *counter) get(id string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[id]
}

func (c *counter) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := 0
	for _, v := range c.n {
		t += v
	}
	return t
}
