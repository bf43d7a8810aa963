package streamcorpus

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"go.uber.org/goleak"
	"go.uber.org/zap/zaptest"

	"github.com/copydesk/copydesk/pkg/natsembed"
	"github.com/copydesk/copydesk/pkg/store"
	"github.com/copydesk/copydesk/pkg/store/storetest"
	"github.com/copydesk/copydesk/pkg/topology"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// startJetStream starts an in-process nats-server (random port, store in a
// temporary directory) with the copydesk topology sized by tc.
func startJetStream(t testing.TB, tc topology.Config) jetstream.JetStream {
	t.Helper()
	js := natsembed.JetStreamForTest(t)
	if err := topology.Ensure(t.Context(), js, tc); err != nil {
		t.Fatal(err)
	}
	return js
}

// openTest opens a corpus that is closed when the test ends.
func openTest(t testing.TB, js jetstream.JetStream, reg prometheus.Registerer) *Corpus {
	t.Helper()
	c, err := Open(t.Context(), js, DefaultConfig(), nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Close(context.Background()); err != nil {
			t.Error(err)
		}
	})
	return c
}

// eventually retries check until it returns "" or 5 s pass.
func eventually(t *testing.T, what string, check func() string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		msg := check()
		if msg == "" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %s", what, msg)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func find(t *testing.T, c *Corpus, keys ...string) []store.ClaimPrint {
	t.Helper()
	got, err := c.FindClaimPrints(t.Context(), keys)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestConformance runs the claim-print conformance sequence of the stores
// on a corpus, and checks that a second replica ends up with the same.
func TestConformance(t *testing.T) {
	js := startJetStream(t, topology.DefaultConfig())
	a, b := openTest(t, js, nil), openTest(t, js, nil)
	for _, st := range storetest.ClaimPrintSteps() {
		t.Run(st.Name, func(t *testing.T) {
			if err := a.PutClaimPrints(t.Context(), st.Article, st.Put); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(st.Want, find(t, a, st.Find...)); diff != "" {
				t.Errorf("find(%q) (-want +got):\n%s", st.Find, diff)
			}
			eventually(t, "second replica", func() string { return cmp.Diff(st.Want, find(t, b, st.Find...)) })
		})
	}
}

// TestSharedBetweenReplicas: what one replica puts, another finds; a
// rewrite replaces on both; an empty rewrite clears on both.
func TestSharedBetweenReplicas(t *testing.T) {
	js := startJetStream(t, topology.DefaultConfig())
	a, b := openTest(t, js, nil), openTest(t, js, nil)
	ctx := t.Context()

	steps := []struct {
		name   string
		on     *Corpus
		id     string
		prints []store.ClaimPrint
		find   []string
		want   []store.ClaimPrint
	}{
		{"a puts, b finds", a, "01A", []store.ClaimPrint{p("k1", "10", "", "ten"), p("k2", "", "", "two")},
			[]string{"k1", "k2"}, []store.ClaimPrint{p("k1", "10", "01A", "ten"), p("k2", "", "01A", "two")}},
		{"b puts a key a has", b, "01B", []store.ClaimPrint{p("k1", "12", "", "twelve")},
			[]string{"k1"}, []store.ClaimPrint{p("k1", "10", "01A", "ten"), p("k1", "12", "01B", "twelve")}},
		{"b rewrites a's article (a redelivery)", b, "01A", []store.ClaimPrint{p("k3", "3", "", "three")},
			[]string{"k1", "k2", "k3"}, []store.ClaimPrint{p("k1", "12", "01B", "twelve"), p("k3", "3", "01A", "three")}},
		{"a clears b's article", a, "01B", nil,
			[]string{"k1", "k3"}, []store.ClaimPrint{p("k3", "3", "01A", "three")}},
		{"an id that is no subject token", a, "urn:x.y/1 2*>", []store.ClaimPrint{p("k9", "", "", "odd id")},
			[]string{"k9"}, []store.ClaimPrint{p("k9", "", "urn:x.y/1 2*>", "odd id")}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if err := st.on.PutClaimPrints(ctx, st.id, st.prints); err != nil {
				t.Fatal(err)
			}
			// The writer reads its write at once.
			if diff := cmp.Diff(st.want, find(t, st.on, st.find...)); diff != "" {
				t.Errorf("writer (-want +got):\n%s", diff)
			}
			for _, c := range []*Corpus{a, b} {
				eventually(t, "replica", func() string {
					return cmp.Diff(st.want, find(t, c, st.find...))
				})
			}
		})
	}
	if a.Len() != 2 || b.Len() != 2 {
		t.Errorf("Len = %d and %d, want 2", a.Len(), b.Len())
	}
}

// TestReloadAfterRestart: a replica that starts later loads what the stream
// holds before Open returns.
func TestReloadAfterRestart(t *testing.T) {
	js := startJetStream(t, topology.DefaultConfig())
	a := openTest(t, js, nil)
	for i := range 50 {
		id := fmt.Sprintf("01A%03d", i)
		if err := a.PutClaimPrints(t.Context(), id, []store.ClaimPrint{p("shared", fmt.Sprint(i), "", "t"), p("own-"+id, "", "", "t")}); err != nil {
			t.Fatal(err)
		}
	}
	// A rewrite replaces on the stream too (one message per subject).
	if err := a.PutClaimPrints(t.Context(), "01A000", []store.ClaimPrint{p("rewritten", "", "", "t")}); err != nil {
		t.Fatal(err)
	}
	b := openTest(t, js, nil)
	if b.Len() != 50 {
		t.Fatalf("loaded %d articles, want 50", b.Len())
	}
	if got := find(t, b, "shared"); len(got) != 49 {
		t.Errorf("shared prints = %d, want 49", len(got))
	}
	if got := find(t, b, "rewritten", "own-01A000"); len(got) != 1 || got[0].Key != "rewritten" {
		t.Errorf("rewritten article: %+v", got)
	}
}

// TestBoundedByStream: the stream's MaxMsgs bounds every replica's window,
// the oldest articles going first, at load and while following.
func TestBoundedByStream(t *testing.T) {
	tc := topology.DefaultConfig()
	tc.CorpusMaxArticles = 5
	js := startJetStream(t, tc)
	a := openTest(t, js, nil)
	for i := range 8 {
		id := fmt.Sprintf("01A%03d", i)
		if err := a.PutClaimPrints(t.Context(), id, []store.ClaimPrint{p("k", "", "", "t")}); err != nil {
			t.Fatal(err)
		}
	}
	b := openTest(t, js, nil)
	for name, c := range map[string]*Corpus{"writer": a, "loaded": b} {
		t.Run(name, func(t *testing.T) {
			got := find(t, c, "k")
			if len(got) != 5 || got[0].ArticleID != "01A003" {
				t.Errorf("holds %d from %v, want 5 from 01A003", len(got), got)
			}
		})
	}
}

// TestInvalidMessagesSkipped: a message that is not a print list, or whose
// id does not match its subject, is counted and skipped.
func TestInvalidMessagesSkipped(t *testing.T) {
	js := startJetStream(t, topology.DefaultConfig())
	reg := prometheus.NewRegistry()
	c := openTest(t, js, reg)
	for subj, data := range map[string]string{
		"copydesk.prints.x1": "not json",
		"copydesk.prints.x2": `{"id":"other","prints":[{"key":"k"}]}`,
		"copydesk.prints.x3": `{"prints":[{"key":"k"}]}`,
		"copydesk.prints.x4": `{"id":"x4","prints":"wrong type"}`,
	} {
		if _, err := js.Publish(t.Context(), subj, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := js.Publish(t.Context(), "copydesk.prints.ok", []byte(`{"id":"ok","prints":[{"key":"k","text":"fine"}]}`)); err != nil {
		t.Fatal(err)
	}
	eventually(t, "valid message applied", func() string {
		if got := find(t, c, "k"); len(got) != 1 || got[0].ArticleID != "ok" {
			return fmt.Sprintf("k = %+v", got)
		}
		return ""
	})
	if n := testutil.ToFloat64(c.m.invalid); n != 4 {
		t.Errorf("invalid = %v, want 4", n)
	}
	if n := testutil.ToFloat64(c.m.applied); n != 1 {
		t.Errorf("applied = %v, want 1", n)
	}
}

func TestOpenErrors(t *testing.T) {
	t.Run("invalid config", func(t *testing.T) {
		cfg := DefaultConfig()
		cfg.MaxArticles = 0
		if _, err := Open(t.Context(), nil, cfg, nil, nil); err == nil || !strings.Contains(err.Error(), "max articles") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("no stream", func(t *testing.T) {
		s := natsembed.RunForTest(t)
		nc, err := nats.Connect(s.ClientURL())
		if err != nil {
			t.Fatal(err)
		}
		defer nc.Close()
		js, _ := jetstream.New(nc)
		_, err = Open(t.Context(), js, DefaultConfig(), nil, nil)
		if err == nil || !strings.Contains(err.Error(), "streamcorpus: open stream CLAIMPRINTS") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("metrics registered twice", func(t *testing.T) {
		js := startJetStream(t, topology.DefaultConfig())
		reg := prometheus.NewRegistry()
		openTest(t, js, reg)
		if _, err := Open(t.Context(), js, DefaultConfig(), nil, reg); err == nil {
			t.Error("no error")
		}
	})
}

// TestCloseTwiceAndAfter: Close is safe twice; a closed corpus still
// answers from what it holds and still publishes.
func TestCloseTwiceAndAfter(t *testing.T) {
	js := startJetStream(t, topology.DefaultConfig())
	c, err := Open(t.Context(), js, DefaultConfig(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.PutClaimPrints(t.Context(), "01A", []store.ClaimPrint{p("k", "", "", "t")}); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := c.Close(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if got := find(t, c, "k"); len(got) != 1 {
		t.Errorf("after close: %+v", got)
	}
	if err := c.PutClaimPrints(t.Context(), "", nil); err == nil {
		t.Error("empty id accepted")
	}
}

// TestPublishFailureIsReported: with the server gone, a put fails within
// its context instead of hanging, and says what it was doing.
func TestPublishFailureIsReported(t *testing.T) {
	s := natsembed.RunForTest(t)
	nc, err := nats.Connect(s.ClientURL(), nats.MaxReconnects(0))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	if err := topology.Ensure(t.Context(), js, topology.DefaultConfig()); err != nil {
		t.Fatal(err)
	}
	c, err := Open(t.Context(), js, DefaultConfig(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	s.Shutdown()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
	defer cancel()
	err = c.PutClaimPrints(ctx, "01A", []store.ClaimPrint{p("k", "", "", "t")})
	if err == nil || !strings.Contains(err.Error(), "streamcorpus: publish 01A") {
		t.Errorf("err = %v", err)
	}
	if n := testutil.ToFloat64(c.m.publishErrors); n != 1 {
		t.Errorf("publish errors = %v", n)
	}
}

// TestFollowsAgainAfterStreamLoss: when the stream is deleted and created
// again (an operator's reset), a replica goes on following it and sees the
// prints put afterwards.
func TestFollowsAgainAfterStreamLoss(t *testing.T) {
	tc := topology.DefaultConfig()
	js := startJetStream(t, tc)
	a, b := openTest(t, js, nil), openTest(t, js, nil)
	if err := b.PutClaimPrints(t.Context(), "01A", []store.ClaimPrint{p("before", "", "", "t")}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "before the loss", func() string {
		if len(find(t, a, "before")) != 1 {
			return "not seen"
		}
		return ""
	})
	if err := js.DeleteStream(t.Context(), topology.StreamClaimPrints); err != nil {
		t.Fatal(err)
	}
	if err := topology.Ensure(t.Context(), js, tc); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(15 * time.Second)
	for i := 0; ; i++ {
		// Put until a sees one: b's puts before a follows again are lost
		// to a (they are on the stream, which a reads from where it was).
		id := fmt.Sprintf("01B%03d", i)
		if err := b.PutClaimPrints(t.Context(), id, []store.ClaimPrint{p("after", "", "", "t")}); err != nil {
			t.Fatal(err)
		}
		if len(find(t, a, "after")) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a never saw a print put after the stream came back")
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// failingOnce is an iterator whose first Next after the load fails.
type failingOnce struct {
	jetstream.MessagesContext
	fail *atomic.Bool
}

func (f failingOnce) Next(opts ...jetstream.NextOpt) (jetstream.Msg, error) {
	if f.fail.CompareAndSwap(true, false) {
		return nil, errors.New("injected read failure")
	}
	return f.MessagesContext.Next(opts...)
}

// TestFollowsAgainAfterReadFailure: when reading the stream fails, the
// replica counts it, takes a new iterator and goes on following; Close
// during the pause returns at once.
func TestFollowsAgainAfterReadFailure(t *testing.T) {
	js := startJetStream(t, topology.DefaultConfig())
	var fail atomic.Bool
	a, err := open(t.Context(), js, DefaultConfig(), zaptest.NewLogger(t), nil, func(it jetstream.MessagesContext) jetstream.MessagesContext {
		return failingOnce{MessagesContext: it, fail: &fail}
	})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close(context.Background())
	b := openTest(t, js, nil)
	fail.Store(true)
	if err := b.PutClaimPrints(t.Context(), "01A", []store.ClaimPrint{p("k", "", "", "t")}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "seen after the failure", func() string {
		if len(find(t, a, "k")) != 1 {
			return "not seen"
		}
		return ""
	})
	if n := testutil.ToFloat64(a.m.readErrors); n != 1 {
		t.Errorf("read errors = %v, want 1", n)
	}
	// A failure, then Close within the pause.
	fail.Store(true)
	if err := b.PutClaimPrints(t.Context(), "01B", []store.ClaimPrint{p("k", "", "", "t")}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "second failure", func() string {
		if testutil.ToFloat64(a.m.readErrors) != 2 {
			return "not yet"
		}
		return ""
	})
	start := time.Now()
	if err := a.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("Close took %s", d)
	}
}

// sentMsg is a message as the follow reads it: apply uses its subject and
// data only.
type sentMsg struct {
	jetstream.Msg
	subject string
	data    []byte
}

func (m sentMsg) Subject() string { return m.subject }
func (m sentMsg) Data() []byte    { return m.data }

// gatedIter holds every Next after the load until its gate opens.
type gatedIter struct {
	jetstream.MessagesContext
	gate   chan struct{}
	closed *atomic.Bool
}

func (g gatedIter) Next(opts ...jetstream.NextOpt) (jetstream.Msg, error) {
	if !g.closed.Load() {
		<-g.gate
	}
	return g.MessagesContext.Next(opts...)
}

// openGated opens a corpus whose follow reads nothing after the load until
// release is called (at the latest when the test ends), and closes it when
// the test ends.
func openGated(t *testing.T, js jetstream.JetStream) (c *Corpus, release func()) {
	t.Helper()
	gate := make(chan struct{})
	var opened atomic.Bool
	c, err := open(t.Context(), js, DefaultConfig(), zaptest.NewLogger(t), nil, func(it jetstream.MessagesContext) jetstream.MessagesContext {
		return gatedIter{MessagesContext: it, gate: gate, closed: &opened}
	})
	if err != nil {
		t.Fatal(err)
	}
	release = func() {
		if opened.CompareAndSwap(false, true) {
			close(gate)
		}
	}
	t.Cleanup(func() {
		release()
		_ = c.Close(context.Background())
	})
	return c, release
}

// TestOwnPutAfterRemoval: this replica puts an article's prints and then
// removes them before its follow has read the put back; the put coming back
// afterwards must not bring the prints back, and once the removal itself
// has come back the replica keeps no trace of it.
func TestOwnPutAfterRemoval(t *testing.T) {
	js := startJetStream(t, topology.DefaultConfig())
	a, release := openGated(t, js)
	if err := a.PutClaimPrints(t.Context(), "01A", []store.ClaimPrint{p("k", "1", "", "t")}); err != nil {
		t.Fatal(err)
	}
	if err := a.PutClaimPrints(t.Context(), "01A", nil); err != nil {
		t.Fatal(err)
	}
	// The put comes back (applied here by hand, while the follow waits; the
	// stream itself keeps only the newest message of a subject).
	data, err := encode("01A", []store.ClaimPrint{p("k", "1", "", "t")})
	if err != nil {
		t.Fatal(err)
	}
	put := sentMsg{subject: DefaultConfig().Prefix + ".01A", data: data}
	a.apply(put, &jetstream.MsgMetadata{Sequence: jetstream.SequencePair{Stream: 1}, Timestamp: time.Now()})
	if got := find(t, a, "k"); len(got) != 0 {
		t.Errorf("find(k) = %+v after the removal and the put read back, want nothing", got)
	}
	// Then the follow reads both.
	release()
	eventually(t, "removal read back", func() string {
		a.mu.RLock()
		defer a.mu.RUnlock()
		if len(a.cleared) != 0 || a.w.live != 0 {
			return fmt.Sprintf("cleared %v, %d articles", a.cleared, a.w.live)
		}
		return ""
	})
}

// TestOwnPutsReadBackPastTheBound: this replica puts more articles than
// the window holds before its follow has read them back; a put of an
// article the window has since dropped (the oldest, to stay within its
// bound) must not bring it back when it is read back late, and once the
// follow has caught up the replica keeps no trace of the dropped puts.
func TestOwnPutsReadBackPastTheBound(t *testing.T) {
	tc := topology.DefaultConfig()
	tc.CorpusMaxArticles = 5
	js := startJetStream(t, tc)
	a, release := openGated(t, js)
	ids := func(c *Corpus) string {
		var out []string
		for _, p := range find(t, c, "k") {
			out = append(out, p.ArticleID)
		}
		return strings.Join(out, " ")
	}
	const want = "01A003 01A004 01A005 01A006 01A007"
	for i := range 8 {
		if err := a.PutClaimPrints(t.Context(), fmt.Sprintf("01A%03d", i), []store.ClaimPrint{p("k", "", "", "t")}); err != nil {
			t.Fatal(err)
		}
	}
	if got := ids(a); got != want {
		t.Fatalf("after the puts: %s, want %s", got, want)
	}
	// The put of 01A002 (stream sequence 3) comes back late, applied here
	// by hand while the follow waits.
	data, err := encode("01A002", []store.ClaimPrint{p("k", "", "", "t")})
	if err != nil {
		t.Fatal(err)
	}
	late := sentMsg{subject: DefaultConfig().Prefix + ".01A002", data: data}
	a.apply(late, &jetstream.MsgMetadata{Sequence: jetstream.SequencePair{Stream: 3}, Timestamp: time.Now()})
	if got := ids(a); got != want {
		t.Errorf("after a dropped put came back: %s, want %s", got, want)
	}
	release()
	// Another replica's put after them all is applied, and the window
	// drops its oldest for it.
	b := openTest(t, js, nil)
	if err := b.PutClaimPrints(t.Context(), "01A008", []store.ClaimPrint{p("k", "", "", "t")}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "caught up", func() string {
		if got := ids(a); got != "01A004 01A005 01A006 01A007 01A008" {
			return got
		}
		a.mu.RLock()
		defer a.mu.RUnlock()
		if len(a.dropped) != 0 {
			return fmt.Sprintf("dropped %v", a.dropped)
		}
		return ""
	})
}

// TestCloseEndsAStuckNext: Close returns even when stopping the iterator
// does not end the follow's Next (it cancels the Next's context).
func TestCloseEndsAStuckNext(t *testing.T) {
	js := startJetStream(t, topology.DefaultConfig())
	var s natsembed.StopIgnored
	c, err := open(t.Context(), js, DefaultConfig(), zaptest.NewLogger(t), nil, s.Wrap)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.StopAll)
	natsembed.ReturnsWithin(t, 30*time.Second, "Close", func() { _ = c.Close(context.Background()) })
}
