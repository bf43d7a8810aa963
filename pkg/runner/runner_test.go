package runner

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	dto "github.com/prometheus/client_model/go"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/natsconn"
	"github.com/copydesk/copydesk/pkg/natsembed"
	"github.com/copydesk/copydesk/pkg/persist"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/topology"
)

func noop(name string, calls *counter) stage.Func {
	return stage.Func{StageName: name, StageVersion: "1", Fn: func(ctx context.Context, a *article.Article) error {
		if calls != nil {
			calls.inc(a.ID)
		}
		return nil
	}}
}

func TestPipelineThreeStagesIntoStore(t *testing.T) {
	e := newEnv(t)
	_, js := e.connect()
	reg := prometheus.NewRegistry()
	st := newMemStore()
	var cleanCalls, claimsCalls, flagCalls counter

	last, err := persist.New(noop(topology.StageFlagger, &flagCalls), st)
	if err != nil {
		t.Fatal(err)
	}
	runners := []*Runner{
		newRunner(t, js, noop(topology.StageClean, &cleanCalls), testConfig(topology.SubjectIngested, topology.SubjectCleaned), reg),
		newRunner(t, js, noop(topology.StageClaims, &claimsCalls), testConfig(topology.SubjectCleaned, topology.SubjectClaimed), reg),
		newRunner(t, js, last, testConfig(topology.SubjectClaimed, topology.SubjectFlagged), reg),
	}
	for _, r := range runners {
		start(t, js, r)
	}
	const n = 20
	var as []*article.Article
	for i := range n {
		as = append(as, testArticle(i))
	}
	publishArticles(t, js, topology.SubjectIngested, as...)
	waitFor(t, "all stored", func() bool { return st.len() == n })
	waitFor(t, "all flagged", func() bool { return streamCount(t, js, topology.StreamFlagged) == n })
	// Each runner acks, then counts, a moment after it has published.
	waitFor(t, "all acked and counted", func() bool {
		for _, r := range runners {
			if testutil.ToFloat64(r.m.ok) != n {
				return false
			}
		}
		return streamCount(t, js, topology.StreamArticles) == 0
	})

	for _, a := range as {
		got := st.get(a.ID)
		var stages []string
		for name := range got.Stages {
			stages = append(stages, name)
		}
		if len(stages) != 3 || got.Stages["flagger"].Version != "1" {
			t.Errorf("%s: stored stages %v", a.ID, got.Stages)
		}
		if got.Text != a.Text {
			t.Errorf("%s: text changed in transit", a.ID)
		}
		if cleanCalls.get(a.ID) != 1 || claimsCalls.get(a.ID) != 1 || flagCalls.get(a.ID) != 1 {
			t.Errorf("%s: calls clean=%d claims=%d flagger=%d, want 1 each", a.ID,
				cleanCalls.get(a.ID), claimsCalls.get(a.ID), flagCalls.get(a.ID))
		}
	}
	if c := streamCount(t, js, topology.StreamArticles); c != 0 {
		t.Errorf("work stream keeps %d messages, want 0", c)
	}
	msgs := streamMsgs(t, js, topology.StreamFlagged, topology.SubjectFlagged)
	if len(msgs) > 0 {
		if got, want := msgs[0].Header.Get("Nats-Msg-Id"), topology.MsgID(peekID(msgs[0].Data), "flagger", "1"); got != want {
			t.Errorf("Nats-Msg-Id = %q, want %q", got, want)
		}
	}
	for _, r := range runners {
		if got := testutil.ToFloat64(r.m.ok); got != n {
			t.Errorf("processed{stage=%s,outcome=ok} = %v, want %d", r.Stage().Name(), got, n)
		}
	}
	waitFor(t, "pending gauge polled", func() bool {
		return testutil.ToFloat64(runners[0].m.pending) == 0
	})
}

func TestPoisonMessageGoesToDLQ(t *testing.T) {
	tests := []struct {
		name       string
		body       []byte
		stageErr   error
		wantReason string
		wantErr    string
		wantID     string
	}{
		{name: "invalid json", body: []byte(`{"id": "A1", "text": `), wantReason: ReasonPermanent, wantErr: "article: decode"},
		{name: "no id", body: []byte(`{"text":"hello"}`), wantReason: ReasonPermanent, wantErr: "no id"},
		{name: "permanent stage error", body: []byte(`{"id":"A2","text":"hello"}`),
			stageErr: stage.Permanent("clean: parse html", errors.New("unclosed tag")), wantReason: ReasonPermanent,
			wantErr: "clean: parse html: permanent: unclosed tag", wantID: "A2"},
		{name: "panic", body: []byte(`{"id":"A3","text":"boom"}`), wantReason: ReasonPermanent, wantErr: "panic: boom", wantID: "A3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t)
			_, js := e.connect()
			reg := prometheus.NewRegistry()
			var calls counter
			st := stage.Func{StageName: "clean", StageVersion: "1", Fn: func(ctx context.Context, a *article.Article) error {
				calls.inc(a.ID)
				if a.Text == "boom" {
					panic("boom")
				}
				return tt.stageErr
			}}
			r := newRunner(t, js, st, testConfig(topology.SubjectIngested, topology.SubjectCleaned), reg)
			start(t, js, r)
			publishRaw(t, js, topology.SubjectIngested, tt.body)

			waitFor(t, "dead letter", func() bool { return streamCount(t, js, topology.StreamDLQ) == 1 })
			dl := streamMsgs(t, js, topology.StreamDLQ, topology.DLQSubject("clean"))
			if len(dl) != 1 {
				t.Fatalf("got %d dead letters on %s", len(dl), topology.DLQSubject("clean"))
			}
			h := dl[0].Header
			if diff := cmp.Diff(string(tt.body), string(dl[0].Data)); diff != "" {
				t.Errorf("dead letter body (-want +got):\n%s", diff)
			}
			if got := h.Get(HeaderReason); got != tt.wantReason {
				t.Errorf("reason %q, want %q", got, tt.wantReason)
			}
			if got := h.Get(HeaderError); !strings.Contains(got, tt.wantErr) {
				t.Errorf("error %q, want it to contain %q", got, tt.wantErr)
			}
			if got := h.Get(HeaderStage); got != "clean" {
				t.Errorf("stage %q", got)
			}
			if got := h.Get(HeaderDeliveries); got != "1" {
				t.Errorf("deliveries %q, want 1 (permanent errors are not retried)", got)
			}
			if got := h.Get(HeaderSubject); got != topology.SubjectIngested {
				t.Errorf("subject %q", got)
			}
			if got := h.Get(HeaderArticleID); got != tt.wantID {
				t.Errorf("article id %q, want %q", got, tt.wantID)
			}
			waitFor(t, "original gone from work stream", func() bool {
				return streamCount(t, js, topology.StreamArticles) == 0
			})
			if got := testutil.ToFloat64(r.m.deadLettered); got != 1 {
				t.Errorf("dead_lettered_total = %v", got)
			}
			if got := testutil.ToFloat64(r.m.dead); got != 1 {
				t.Errorf("processed_total{dead_letter} = %v", got)
			}
			if c := streamCount(t, js, topology.StreamArticles); c != 0 {
				t.Errorf("work stream keeps %d", c)
			}
			if tt.wantID != "" && calls.get(tt.wantID) != 1 {
				t.Errorf("stage ran %d times, want 1", calls.get(tt.wantID))
			}
		})
	}
}

func TestRetryableErrorRetriedWithBackoffThenSucceeds(t *testing.T) {
	e := newEnv(t)
	_, js := e.connect()
	st := newMemStore()
	var (
		mu       sync.Mutex
		attempts []time.Time
	)
	inner := stage.Func{StageName: "flagger", StageVersion: "1", Fn: func(ctx context.Context, a *article.Article) error {
		mu.Lock()
		defer mu.Unlock()
		attempts = append(attempts, time.Now())
		if len(attempts) < 3 {
			return stage.Retryable("flagger: corpus", errors.New("store busy"))
		}
		return nil
	}}
	last, _ := persist.New(inner, st)
	cfg := testConfig(topology.SubjectClaimed, "")
	cfg.Backoff = Backoff{Initial: 100 * time.Millisecond, Max: time.Second, Multiplier: 2}
	r := newRunner(t, js, last, cfg, prometheus.NewRegistry())
	start(t, js, r)
	publishArticles(t, js, topology.SubjectClaimed, testArticle(1))
	waitFor(t, "stored", func() bool { return st.len() == 1 })
	// The runner counts the outcome after the stage returns (and acks), a
	// moment after the store has the article.
	waitFor(t, "counted", func() bool { return testutil.ToFloat64(r.m.ok) == 1 })

	mu.Lock()
	defer mu.Unlock()
	if len(attempts) != 3 {
		t.Fatalf("%d attempts, want 3", len(attempts))
	}
	// Backoff: 100ms after the first failure, 200ms after the second.
	for i, want := range []time.Duration{100 * time.Millisecond, 200 * time.Millisecond} {
		if gap := attempts[i+1].Sub(attempts[i]); gap < want*9/10 {
			t.Errorf("gap before attempt %d = %s, want >= %s", i+2, gap, want)
		}
	}
	if got := testutil.ToFloat64(r.m.retry); got != 2 {
		t.Errorf("processed{retry} = %v, want 2", got)
	}
	if got := testutil.ToFloat64(r.m.redeliveries); got != 2 {
		t.Errorf("redeliveries = %v, want 2", got)
	}
	if got := testutil.ToFloat64(r.m.ok); got != 1 {
		t.Errorf("processed{ok} = %v, want 1", got)
	}
	// The queue wait is measured on the first delivery only: the
	// redeliveries' wait is backoff, not queue.
	if got := histogramCount(t, r.m.queued); got != 1 {
		t.Errorf("queue_seconds samples = %d, want 1", got)
	}
	if c := streamCount(t, js, topology.StreamDLQ); c != 0 {
		t.Errorf("%d dead letters, want 0", c)
	}
}

// histogramCount returns how many observations o (a histogram) holds.
func histogramCount(t *testing.T, o prometheus.Observer) uint64 {
	t.Helper()
	h, ok := o.(prometheus.Metric)
	if !ok {
		t.Fatalf("%T is not a metric", o)
	}
	var m dto.Metric
	if err := h.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetHistogram().GetSampleCount()
}

func TestRetryableErrorExhaustedGoesToDLQ(t *testing.T) {
	e := newEnv(t)
	_, js := e.connect()
	var calls counter
	st := stage.Func{StageName: "claims", StageVersion: "2", Fn: func(ctx context.Context, a *article.Article) error {
		calls.inc(a.ID)
		return errors.New("upstream timeout") // unmarked: retryable
	}}
	cfg := testConfig(topology.SubjectCleaned, topology.SubjectClaimed)
	cfg.MaxDeliver = 3
	r := newRunner(t, js, st, cfg, prometheus.NewRegistry())
	start(t, js, r)
	a := testArticle(7)
	publishArticles(t, js, topology.SubjectCleaned, a)
	waitFor(t, "dead letter", func() bool { return streamCount(t, js, topology.StreamDLQ) == 1 })
	dl := streamMsgs(t, js, topology.StreamDLQ, topology.DLQSubject("claims"))[0]
	if got := dl.Header.Get(HeaderReason); got != ReasonExhausted {
		t.Errorf("reason %q, want %q", got, ReasonExhausted)
	}
	if got := dl.Header.Get(HeaderDeliveries); got != "3" {
		t.Errorf("deliveries %q, want 3", got)
	}
	if got := dl.Header.Get(HeaderError); !strings.Contains(got, "upstream timeout") {
		t.Errorf("error %q", got)
	}
	if calls.get(a.ID) != 3 {
		t.Errorf("stage ran %d times, want 3", calls.get(a.ID))
	}
	waitFor(t, "work stream empty", func() bool { return streamCount(t, js, topology.StreamArticles) == 0 })
	if c := streamCount(t, js, topology.StreamAdvisories); c != 0 {
		t.Errorf("a max-deliveries advisory was raised (%d) although the runner dead-lettered itself", c)
	}
}

func TestDurableConsumerResumesAfterRestart(t *testing.T) {
	e := newEnv(t)
	_, js := e.connect()
	st := newMemStore()
	var calls counter
	cfg := testConfig(topology.SubjectClaimed, "")

	last, _ := persist.New(noop("flagger", &calls), st)
	first := start(t, js, newRunner(t, js, last, cfg, prometheus.NewRegistry()))
	for i := range 5 {
		publishArticles(t, js, topology.SubjectClaimed, testArticle(i))
	}
	waitFor(t, "first batch", func() bool { return st.len() == 5 })
	first.stop(t)

	// Published while no runner is up: the durable consumer keeps them.
	for i := 5; i < 12; i++ {
		publishArticles(t, js, topology.SubjectClaimed, testArticle(i))
	}
	_, js2 := e.connect() // a new process
	r2 := newRunner(t, js2, last, cfg, prometheus.NewRegistry())
	start(t, js2, r2)
	waitFor(t, "second batch", func() bool { return st.len() == 12 })
	if calls.total() != 12 {
		t.Errorf("stage ran %d times for 12 articles; acked work was redone", calls.total())
	}
	ctx := context.Background()
	cons, err := js2.Consumer(ctx, topology.StreamArticles, "flagger")
	if err != nil {
		t.Fatal(err)
	}
	// The last ack leaves after the store write the wait above saw, so the
	// server may count it pending for a moment: wait for the consumer to
	// settle, then require every message delivered once and acked.
	var info *jetstream.ConsumerInfo
	waitFor(t, "the consumer to settle", func() bool {
		info, err = cons.Info(ctx)
		return err == nil && info.NumAckPending == 0 && info.NumPending == 0
	})
	if info.Delivered.Stream != 12 || info.NumAckPending != 0 || info.NumPending != 0 {
		t.Errorf("consumer delivered=%d ack_pending=%d pending=%d", info.Delivered.Stream, info.NumAckPending, info.NumPending)
	}
}

func TestShutdownLosesNothingInFlight(t *testing.T) {
	e := newEnv(t)
	_, js := e.connect()
	st := newMemStore()
	var started, finished counter
	inner := stage.Func{StageName: "flagger", StageVersion: "1", Fn: func(ctx context.Context, a *article.Article) error {
		started.inc(a.ID)
		time.Sleep(40 * time.Millisecond) // ignores ctx: drain must wait for it
		finished.inc(a.ID)
		return nil
	}}
	last, _ := persist.New(inner, st)
	cfg := testConfig(topology.SubjectClaimed, "")
	cfg.AckWait = time.Second
	cfg.Concurrency = 4
	r1 := newRunner(t, js, last, cfg, prometheus.NewRegistry())
	run1 := start(t, js, r1)

	const n = 30
	for i := range n {
		publishArticles(t, js, topology.SubjectClaimed, testArticle(i))
	}
	waitFor(t, "work under way", func() bool { return started.total() >= 6 })
	run1.stop(t)

	if s, f := started.total(), finished.total(); s != f {
		t.Fatalf("shutdown returned with %d started and %d finished", s, f)
	}
	if st.len() != finished.total() {
		t.Fatalf("%d finished but %d stored", finished.total(), st.len())
	}
	stoppedAt := st.len()
	if stoppedAt == n {
		t.Skip("all work finished before shutdown; nothing was in flight")
	}

	_, js2 := e.connect()
	r2 := newRunner(t, js2, last, cfg, prometheus.NewRegistry())
	start(t, js2, r2)
	waitFor(t, "the rest", func() bool { return st.len() == n })
	for i := range n {
		id := testArticle(i).ID
		if c := finished.get(id); c != 1 {
			t.Errorf("%s processed %d times, want 1", id, c)
		}
	}
}

// TestWorkerKilledMidMessage kills a worker (its connection closes) while it
// holds a message. The message is redelivered to a new runner, processed
// again, and stored once.
func TestWorkerKilledMidMessage(t *testing.T) {
	t.Run("during processing, last stage", func(t *testing.T) {
		e := newEnv(t)
		nc1, js1 := e.connect()
		st := openSQLite(t)
		var calls counter
		release := make(chan struct{})
		holding := make(chan struct{})
		inner := stage.Func{StageName: "flagger", StageVersion: "1", Fn: func(ctx context.Context, a *article.Article) error {
			if calls.inc(a.ID) == 1 {
				close(holding)
				<-release
			}
			return nil
		}}
		last, _ := persist.New(inner, st)
		cfg := testConfig(topology.SubjectClaimed, "")
		cfg.AckWait = 500 * time.Millisecond
		cfg.InProgressInterval = -1
		r1 := newRunner(t, js1, last, cfg, prometheus.NewRegistry())
		errc := make(chan error, 1)
		go func() { errc <- r1.Run(context.Background()) }()
		a := testArticle(42)
		publishArticles(t, js1, topology.SubjectClaimed, a)
		<-holding
		nc1.Close() // the process dies
		close(release)
		if err := <-errc; err == nil {
			t.Errorf("Run returned nil after its connection closed")
		}

		_, js2 := e.connect()
		r2 := newRunner(t, js2, last, cfg, prometheus.NewRegistry())
		start(t, js2, r2)
		waitFor(t, "reprocessed", func() bool { return calls.get(a.ID) == 2 })
		waitFor(t, "acked", func() bool { return streamCount(t, js2, topology.StreamArticles) == 0 })
		if n, err := st.CountArticles(context.Background()); err != nil || n != 1 {
			t.Errorf("store holds %d articles (err %v), want 1", n, err)
		}
		var rows int
		if err := st.DB().QueryRow(`SELECT COUNT(*) FROM articles WHERE id = ?`, a.ID).Scan(&rows); err != nil || rows != 1 {
			t.Errorf("%d rows for %s (err %v), want 1", rows, a.ID, err)
		}
		if got := testutil.ToFloat64(r2.m.redeliveries); got != 1 {
			t.Errorf("redeliveries = %v, want 1", got)
		}
	})

	t.Run("after publish before ack", func(t *testing.T) {
		e := newEnv(t)
		nc1, js1 := e.connect()
		_, js2 := e.connect()
		st := newMemStore()
		var cleanCalls, flagCalls counter
		cfg := testConfig(topology.SubjectIngested, topology.SubjectCleaned)
		cfg.AckWait = 500 * time.Millisecond
		r1 := newRunner(t, js1, noop("clean", &cleanCalls), cfg, prometheus.NewRegistry())
		r1.afterPublish = func() { nc1.Close() } // dies between publish ack and input ack
		errc := make(chan error, 1)
		go func() { errc <- r1.Run(context.Background()) }()

		last, _ := persist.New(noop("flagger", &flagCalls), st)
		start(t, js2, newRunner(t, js2, last, testConfig(topology.SubjectCleaned, ""), prometheus.NewRegistry()))

		a := testArticle(43)
		publishArticles(t, js2, topology.SubjectIngested, a)
		<-errc

		start(t, js2, newRunner(t, js2, noop("clean", &cleanCalls), cfg, prometheus.NewRegistry()))
		waitFor(t, "clean reprocessed", func() bool { return cleanCalls.get(a.ID) == 2 })
		waitFor(t, "work stream empty", func() bool { return streamCount(t, js2, topology.StreamArticles) == 0 })
		waitFor(t, "stored", func() bool { return st.len() == 1 })
		if got := flagCalls.get(a.ID); got != 1 {
			t.Errorf("downstream ran %d times, want 1: the republish was not deduplicated", got)
		}
		if got := st.puts[a.ID]; got != 1 {
			t.Errorf("stored %d times, want 1", got)
		}
	})
}

func TestAdvisoryDrivenDLQForAbandonedMessage(t *testing.T) {
	e := newEnv(t)
	_, js := e.connect()
	var calls counter
	// A worker that never finishes in time: it holds the message past AckWait
	// on every delivery without reporting an outcome, as a dying process does.
	st := stage.Func{StageName: "claims", StageVersion: "1", Fn: func(ctx context.Context, a *article.Article) error {
		calls.inc(a.ID)
		<-ctx.Done()
		return ctx.Err()
	}}
	cfg := testConfig(topology.SubjectCleaned, topology.SubjectClaimed)
	cfg.AckWait = 200 * time.Millisecond
	cfg.MaxDeliver = 2
	// Two workers get stuck; the server notices the exhausted deliveries
	// when the third asks for work (a replica's worker, in production).
	cfg.Concurrency = 3
	cfg.InProgressInterval = -1
	reg := prometheus.NewRegistry()
	r := newRunner(t, js, st, cfg, reg)
	run := start(t, js, r)

	mcfg := DefaultMoverConfig()
	mover, err := NewDLQMover(js, mcfg, nil, reg)
	if err != nil {
		t.Fatal(err)
	}

	a := testArticle(9)
	publishArticles(t, js, topology.SubjectCleaned, a)
	// The advisory is captured while the mover is not running yet.
	waitFor(t, "advisory captured", func() bool { return streamCount(t, js, topology.StreamAdvisories) == 1 })
	merr := make(chan error, 1)
	go func() { merr <- mover.Run(context.Background()) }()

	waitFor(t, "dead letter", func() bool { return streamCount(t, js, topology.StreamDLQ) == 1 })
	waitFor(t, "original deleted", func() bool { return streamCount(t, js, topology.StreamArticles) == 0 })
	waitFor(t, "advisory consumed", func() bool { return streamCount(t, js, topology.StreamAdvisories) == 0 })
	dl := streamMsgs(t, js, topology.StreamDLQ, topology.DLQSubject("claims"))[0]
	if got := dl.Header.Get(HeaderReason); got != ReasonAbandoned {
		t.Errorf("reason %q, want %q", got, ReasonAbandoned)
	}
	if got := dl.Header.Get(HeaderDeliveries); got != "2" {
		t.Errorf("deliveries %q, want 2", got)
	}
	if got := dl.Header.Get(HeaderArticleID); got != a.ID {
		t.Errorf("article id %q", got)
	}
	if got := peekID(dl.Data); got != a.ID {
		t.Errorf("dead letter body lost the article: id %q", got)
	}
	if calls.get(a.ID) != 2 {
		t.Errorf("stage ran %d times, want 2", calls.get(a.ID))
	}
	if got := testutil.ToFloat64(r.m.deadLettered); got != 1 {
		t.Errorf("dead_lettered_total{stage=claims} = %v, want 1", got)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	// The stuck workers only return when stopped.
	if err := r.Shutdown(ctx); err == nil {
		t.Errorf("shutdown of stuck workers returned nil; want the deadline error")
	}
	<-run.errc
	run.errc <- nil
	if err := mover.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := <-merr; err != nil {
		t.Fatal(err)
	}
	if err := mover.Shutdown(context.Background()); err != nil {
		t.Errorf("second shutdown: %v", err)
	}
}

func TestLifecycle(t *testing.T) {
	e := newEnv(t)
	_, js := e.connect()
	cfg := testConfig(topology.SubjectIngested, topology.SubjectCleaned)

	t.Run("shutdown without run, twice, then run", func(t *testing.T) {
		r := newRunner(t, js, noop("clean", nil), cfg, nil)
		for range 2 {
			if err := r.Shutdown(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		if err := r.Run(context.Background()); !errors.Is(err, ErrClosed) {
			t.Fatalf("Run after Shutdown = %v, want ErrClosed", err)
		}
	})
	t.Run("context cancelled before the consumer exists: nil, not ready, closed", func(t *testing.T) {
		r := newRunner(t, js, noop("clean", nil), cfg, nil)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := r.Run(ctx); err != nil {
			t.Fatalf("Run = %v, want nil", err)
		}
		if r.Ready(context.Background()) == nil {
			t.Error("runner without a consumer reports ready")
		}
		for range 2 {
			if err := r.Shutdown(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		if err := r.Run(context.Background()); !errors.Is(err, ErrClosed) {
			t.Fatalf("second Run = %v, want ErrClosed", err)
		}
	})
	t.Run("consumer cannot be created: the error, not ready", func(t *testing.T) {
		bad := cfg
		bad.Stream = "NO_SUCH_STREAM"
		r := newRunner(t, js, noop("clean", nil), bad, nil)
		if err := r.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "create consumer") {
			t.Fatalf("Run = %v, want a create consumer error", err)
		}
		if r.Ready(context.Background()) == nil {
			t.Error("runner whose consumer failed reports ready")
		}
		if err := r.Shutdown(context.Background()); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("context cancel drains and returns nil; shutdown after is fine", func(t *testing.T) {
		r := newRunner(t, js, noop("clean", nil), cfg, nil)
		ctx, cancel := context.WithCancel(context.Background())
		errc := make(chan error, 1)
		go func() { errc <- r.Run(ctx) }()
		waitFor(t, "running", func() bool { return r.Ready(ctx) == nil })
		cancel()
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
		for range 2 {
			if err := r.Shutdown(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		if err := r.Run(context.Background()); !errors.Is(err, ErrClosed) {
			t.Fatalf("second Run = %v, want ErrClosed", err)
		}
		if r.Ready(context.Background()) == nil {
			t.Error("stopped runner reports ready")
		}
	})
}

func TestTwoStagesShareOneRegistry(t *testing.T) {
	e := newEnv(t)
	_, js := e.connect()
	reg := prometheus.NewRegistry()
	a := newRunner(t, js, noop("clean", nil), testConfig(topology.SubjectIngested, topology.SubjectCleaned), reg)
	b := newRunner(t, js, noop("claims", nil), testConfig(topology.SubjectCleaned, topology.SubjectClaimed), reg)
	if _, err := NewDLQMover(js, DefaultMoverConfig(), nil, reg); err != nil {
		t.Fatal(err)
	}
	a.m.ok.Inc()
	b.m.ok.Add(2)
	want := `
# HELP copydesk_stage_processed_total Messages a stage finished with, by outcome (ok, retry, dead_letter).
# TYPE copydesk_stage_processed_total counter
copydesk_stage_processed_total{outcome="dead_letter",stage="claims"} 0
copydesk_stage_processed_total{outcome="dead_letter",stage="clean"} 0
copydesk_stage_processed_total{outcome="ok",stage="claims"} 2
copydesk_stage_processed_total{outcome="ok",stage="clean"} 1
copydesk_stage_processed_total{outcome="retry",stage="claims"} 0
copydesk_stage_processed_total{outcome="retry",stage="clean"} 0
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want), "copydesk_stage_processed_total"); err != nil {
		t.Error(err)
	}
	names := map[string]bool{}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		names[mf.GetName()] = true
	}
	for _, n := range []string{"copydesk_stage_processed_total", "copydesk_stage_processing_seconds", "copydesk_stage_in_flight",
		"copydesk_stage_redeliveries_total", "copydesk_stage_dead_lettered_total", "copydesk_stage_consumer_pending"} {
		if !names[n] {
			t.Errorf("metric %s not registered", n)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	ok := DefaultConfig(topology.SubjectIngested, topology.SubjectCleaned)
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr string
	}{
		{"defaults", func(*Config) {}, ""},
		{"last stage", func(c *Config) { c.Output = "" }, ""},
		{"no input", func(c *Config) { c.Input = "" }, "input subject is empty"},
		{"loop", func(c *Config) { c.Output = c.Input }, "equals input"},
		{"no stream", func(c *Config) { c.Stream = "" }, "stream is empty"},
		{"zero concurrency", func(c *Config) { c.Concurrency = 0 }, "concurrency"},
		{"zero max deliver", func(c *Config) { c.MaxDeliver = 0 }, "max deliver"},
		{"tiny ack wait", func(c *Config) { c.AckWait = time.Millisecond }, "ack wait"},
		{"in progress too slow", func(c *Config) { c.InProgressInterval = c.AckWait }, "in-progress"},
		{"bad backoff", func(c *Config) { c.Backoff.Multiplier = 0.5 }, "backoff"},
		{"backoff max below initial", func(c *Config) { c.Backoff.Max = c.Backoff.Initial / 2 }, "backoff"},
		{"no publish timeout", func(c *Config) { c.PublishTimeout = 0 }, "publish timeout"},
		{"no dlq prefix", func(c *Config) { c.DLQPrefix = "" }, "dead-letter prefix"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.mutate(&c)
			err := c.Validate()
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestBackoffDelay(t *testing.T) {
	b := Backoff{Initial: time.Second, Max: 10 * time.Second, Multiplier: 2}
	tests := []struct {
		n    uint64
		want time.Duration
	}{
		{0, time.Second}, {1, time.Second}, {2, 2 * time.Second}, {3, 4 * time.Second},
		{4, 8 * time.Second}, {5, 10 * time.Second}, {1000, 10 * time.Second},
	}
	for _, tt := range tests {
		t.Run(strconv.FormatUint(tt.n, 10), func(t *testing.T) {
			if got := b.Delay(tt.n); got != tt.want {
				t.Errorf("Delay(%d) = %s, want %s", tt.n, got, tt.want)
			}
		})
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"a\nb\rc", 10, "a b c"},
		{"héllo", 2, "h"},
		{"héllo", 3, "hé"},
		{"", 5, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := oneLine(tt.in, tt.n); got != tt.want {
				t.Errorf("oneLine(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}

func TestInProgressKeepsLongWork(t *testing.T) {
	e := newEnv(t)
	_, js := e.connect()
	var calls counter
	st := stage.Func{StageName: "clean", StageVersion: "1", Fn: func(ctx context.Context, a *article.Article) error {
		calls.inc(a.ID)
		time.Sleep(900 * time.Millisecond) // three AckWaits
		return nil
	}}
	cfg := testConfig(topology.SubjectIngested, topology.SubjectCleaned)
	cfg.AckWait = 300 * time.Millisecond
	cfg.InProgressInterval = 80 * time.Millisecond
	cfg.Concurrency = 2
	r := newRunner(t, js, st, cfg, prometheus.NewRegistry())
	start(t, js, r)
	a := testArticle(5)
	publishArticles(t, js, topology.SubjectIngested, a)
	waitFor(t, "published downstream", func() bool { return len(streamMsgs(t, js, topology.StreamArticles, topology.SubjectCleaned)) == 1 })
	waitFor(t, "input acked", func() bool { return len(streamMsgs(t, js, topology.StreamArticles, topology.SubjectIngested)) == 0 })
	if got := calls.get(a.ID); got != 1 {
		t.Errorf("stage ran %d times, want 1: the message was redelivered while being worked on", got)
	}
	if got := testutil.ToFloat64(r.m.redeliveries); got != 0 {
		t.Errorf("redeliveries = %v, want 0", got)
	}
}

func TestRunnerSurvivesServerRestart(t *testing.T) {
	srv, restart := natsembed.RestartableForTest(t)
	url := srv.ClientURL()
	ccfg := natsconn.DefaultConfig()
	ccfg.URLs = []string{url}
	ccfg.ReconnectWait = 20 * time.Millisecond
	nc, err := natsconn.Connect(ccfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	js, _ := jetstream.New(nc)
	ctx := context.Background()
	if err := topology.Ensure(ctx, js, topology.DefaultConfig()); err != nil {
		t.Fatal(err)
	}
	st := newMemStore()
	var calls counter
	last, _ := persist.New(noop("flagger", &calls), st)
	r := newRunner(t, js, last, testConfig(topology.SubjectClaimed, ""), prometheus.NewRegistry())
	errc := make(chan error, 1)
	go func() { errc <- r.Run(ctx) }()
	for i := range 5 {
		publishArticles(t, js, topology.SubjectClaimed, testArticle(i))
	}
	waitFor(t, "before restart", func() bool { return st.len() == 5 })

	srv = restart()
	waitFor(t, "reconnected", func() bool { return nc.Status() == nats.CONNECTED })
	for i := 5; i < 10; i++ {
		publishArticles(t, js, topology.SubjectClaimed, testArticle(i))
	}
	waitFor(t, "after restart", func() bool { return st.len() == 10 })
	if calls.total() != 10 {
		t.Errorf("stage ran %d times for 10 articles", calls.total())
	}

	// Embedded-mode order: runner, then connection, then server.
	if err := r.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if err := natsconn.Drain(ctx, nc); err != nil {
		t.Fatal(err)
	}
	srv.Shutdown()
}
