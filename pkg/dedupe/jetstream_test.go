package dedupe

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"go.uber.org/goleak"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/natsembed"

	"github.com/nats-io/nats.go/jetstream"
)

// startJetStream starts an in-process nats-server with JetStream on a random
// port, its store in a temporary directory, and returns a client for it.
func startJetStream(t testing.TB) jetstream.JetStream {
	t.Helper()
	return natsembed.JetStreamForTest(t)
}

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// openKV opens a KVIndex that is closed when the test ends.
func openKV(t testing.TB, js jetstream.JetStream, cfg KVConfig) *KVIndex {
	t.Helper()
	idx, err := NewKVIndex(context.Background(), js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := idx.Close(); err != nil {
			t.Error(err)
		}
	})
	return idx
}

// indexed reports whether the local near-duplicate index of x holds id.
func indexed(x *KVIndex, id string) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.near.get(id) != nil
}

// eventually fails the test unless cond holds within ten seconds (the
// watch usually delivers within milliseconds).
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
	}
}

// TestKVConcurrentSameText checks that of several replicas adding the same
// text at once, exactly one owns it and the others are its exact duplicates.
func TestKVConcurrentSameText(t *testing.T) {
	ctx := context.Background()
	js := startJetStream(t)
	var idxs []*KVIndex
	for range 4 {
		idxs = append(idxs, openKV(t, js, DefaultKVConfig()))
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

// TestKVCatchUp checks that an index opened after others added articles
// loads their signatures before NewKVIndex returns, without what was
// forgotten.
func TestKVCatchUp(t *testing.T) {
	ctx := context.Background()
	js := startJetStream(t)
	ss := seeds(t)
	a := openKV(t, js, DefaultKVConfig())
	for i, s := range ss {
		if d, err := a.CheckAndAdd(ctx, fmt.Sprintf("s%d", i), Fingerprint(Normalize(s))); err != nil || d != nil {
			t.Fatalf("seed %d: %+v, %v", i, d, err)
		}
	}
	if err := a.Forget(ctx, "s0", Fingerprint(Normalize(ss[0]))); err != nil {
		t.Fatal(err)
	}
	b := openKV(t, js, DefaultKVConfig())
	for i, s := range ss {
		id := fmt.Sprintf("s%d", i)
		if got, want := indexed(b, id), i != 0; got != want {
			t.Errorf("late index holds %s: %v, want %v", id, got, want)
		}
		d, err := b.CheckAndAdd(ctx, fmt.Sprintf("e%d", i), Fingerprint(Normalize(edits(s)["words changed"])))
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case i == 0 && d != nil:
			t.Errorf("edit of forgotten seed 0: %+v, want none", d)
		case i != 0 && (d == nil || d.Of != id || d.Kind != KindNear):
			t.Errorf("edit of seed %d: %+v, want near of %s", i, d, id)
		}
	}
}

// TestKVSharedNear checks that a near duplicate is found on another replica
// once the watch has delivered the original, and on the adding replica at
// once.
func TestKVSharedNear(t *testing.T) {
	ctx := context.Background()
	js := startJetStream(t)
	s := seeds(t)[1]
	a, b := openKV(t, js, DefaultKVConfig()), openKV(t, js, DefaultKVConfig())
	if d, err := a.CheckAndAdd(ctx, "orig", Fingerprint(Normalize(s))); err != nil || d != nil {
		t.Fatalf("original: %+v, %v", d, err)
	}
	if d, err := a.CheckAndAdd(ctx, "local", Fingerprint(Normalize(edits(s)["tail cut"]))); err != nil || d == nil || d.Of != "orig" {
		t.Errorf("near copy on the same replica: %+v, %v; want near of orig", d, err)
	}
	eventually(t, "the other replica sees orig", func() bool { return indexed(b, "orig") })
	if d, err := b.CheckAndAdd(ctx, "remote", Fingerprint(Normalize(edits(s)["words changed"]))); err != nil || d == nil || d.Of != "orig" || d.Kind != KindNear {
		t.Errorf("near copy on another replica: %+v, %v; want near of orig", d, err)
	}
	if indexed(a, "local") || indexed(b, "remote") {
		t.Error("a near duplicate was indexed as an original")
	}
}

// TestKVSignatureRemoved checks that a signature withdrawn on another
// replica, or aged out of the stream, leaves the local index.
func TestKVSignatureRemoved(t *testing.T) {
	ctx := context.Background()
	p := Fingerprint(Normalize(seeds(t)[2]))
	t.Run("forgotten elsewhere", func(t *testing.T) {
		js := startJetStream(t)
		a, b := openKV(t, js, DefaultKVConfig()), openKV(t, js, DefaultKVConfig())
		if _, err := a.CheckAndAdd(ctx, "x", p); err != nil {
			t.Fatal(err)
		}
		eventually(t, "b sees x", func() bool { return indexed(b, "x") })
		if err := a.Forget(ctx, "x", p); err != nil {
			t.Fatal(err)
		}
		if indexed(a, "x") {
			t.Error("x still indexed where it was forgotten")
		}
		eventually(t, "b drops x", func() bool { return !indexed(b, "x") })
	})
	t.Run("expired", func(t *testing.T) {
		js := startJetStream(t)
		cfg := DefaultKVConfig()
		cfg.MaxAge = time.Second
		a := openKV(t, js, cfg)
		if _, err := a.CheckAndAdd(ctx, "x", p); err != nil {
			t.Fatal(err)
		}
		b := openKV(t, js, cfg)
		if !indexed(a, "x") || !indexed(b, "x") {
			t.Fatal("x not indexed")
		}
		eventually(t, "x ages out", func() bool { return !indexed(a, "x") && !indexed(b, "x") })
		edit := Fingerprint(Normalize(edits(seeds(t)[2])["words changed"]))
		if d, err := b.CheckAndAdd(ctx, "y", edit); err != nil || d != nil {
			t.Errorf("near copy after expiry: %+v, %v; want new", d, err)
		}
	})
}

// TestKVSignaturesBounded checks that the server keeps the signatures of
// the newest MaxNear originals only, that an index opened later loads just
// those, and that exact duplicates of older ones are still found.
func TestKVSignaturesBounded(t *testing.T) {
	ctx := context.Background()
	js := startJetStream(t)
	cfg := DefaultKVConfig()
	cfg.MaxNear = 3
	a := openKV(t, js, cfg)
	ss := seeds(t)
	if len(ss) < 5 {
		t.Fatalf("%d seeds, want 5", len(ss))
	}
	for i, s := range ss {
		if d, err := a.CheckAndAdd(ctx, fmt.Sprintf("s%d", i), Fingerprint(Normalize(s))); err != nil || d != nil {
			t.Fatalf("seed %d: %+v, %v", i, d, err)
		}
	}
	st, err := js.Stream(ctx, cfg.SigStream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.State.Msgs; got != uint64(cfg.MaxNear) {
		t.Errorf("signature stream holds %d messages, want %d", got, cfg.MaxNear)
	}
	b := openKV(t, js, cfg)
	for i := range ss {
		id := fmt.Sprintf("s%d", i)
		want := i >= len(ss)-cfg.MaxNear
		if got := indexed(a, id); got != want {
			t.Errorf("adding index holds %s: %v, want %v", id, got, want)
		}
		if got := indexed(b, id); got != want {
			t.Errorf("late index holds %s: %v, want %v", id, got, want)
		}
	}
	if d, err := b.CheckAndAdd(ctx, "copy", Fingerprint(Normalize(strings.ToUpper(ss[0])))); err != nil || d == nil || d.Of != "s0" || d.Kind != KindExact {
		t.Errorf("exact copy of an original past MaxNear: %+v, %v; want exact of s0", d, err)
	}
}

// requestCounter counts the requests an index sends to the bucket and the
// signature stream, seen from a second connection (the index's own
// connection also sends its follower's pull requests). A request reaches
// that connection shortly after its reply can reach the index, so the count
// waits until none has come for quietFor.
func requestCounter(t *testing.T, js jetstream.JetStream, cfg KVConfig) func() int {
	t.Helper()
	nc, err := nats.Connect(js.Conn().ConnectedUrl())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	seen := make(chan *nats.Msg, 64)
	for _, subj := range []string{
		"$KV." + cfg.Bucket + ".>",                   // creates, updates, deletes
		"$JS.API.DIRECT.GET.KV_" + cfg.Bucket + ".>", // gets
		"$JS.API.STREAM.MSG.GET.KV_" + cfg.Bucket,    // gets without direct access
		cfg.SigSubjectPrefix + ".>",                  // signatures and tombstones
	} {
		if _, err := nc.ChanSubscribe(subj, seen); err != nil {
			t.Fatal(err)
		}
	}
	if err := nc.Flush(); err != nil {
		t.Fatal(err)
	}
	const quietFor = 200 * time.Millisecond
	return func() int {
		n := 0
		for {
			select {
			case <-seen:
				n++
			case <-time.After(quietFor):
				return n
			}
		}
	}
}

// TestKVRoundTrips counts the requests one CheckAndAdd sends.
func TestKVRoundTrips(t *testing.T) {
	ctx := context.Background()
	js := startJetStream(t)
	cfg := DefaultKVConfig()
	idx := openKV(t, js, cfg)
	count := requestCounter(t, js, cfg)
	ss := seeds(t)
	tests := []struct {
		name string
		id   string
		text string
		want int
	}{
		{"new", "n", ss[0], 2},
		{"exact duplicate", "e", strings.ToUpper(ss[0]), 2},
		{"near duplicate", "d", edits(ss[0])["tail cut"], 1},
		{"short text", "s", "Too short for shingles.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			count()
			if _, err := idx.CheckAndAdd(ctx, tt.id, Fingerprint(Normalize(tt.text))); err != nil {
				t.Fatal(err)
			}
			if got := count(); got != tt.want {
				t.Errorf("%d requests, want %d", got, tt.want)
			}
		})
	}
}

// BenchmarkKVCheckAndAdd measures one new article through the KV index,
// beside a single KV put as the reference round trip.
func BenchmarkKVCheckAndAdd(b *testing.B) {
	ctx := context.Background()
	js := startJetStream(b)
	idx := openKV(b, js, DefaultKVConfig())
	text := Normalize(strings.Join(seeds(b), "\n"))
	distinct := func(i int) string { return distinctText(b, i) }
	for _, bb := range []struct {
		name string
		text func(i int) string
	}{
		{"new", distinct},
		{"near duplicate", func(i int) string { return fmt.Sprintf("%d %s", i, text) }},
	} {
		b.Run("check-and-add "+bb.name, func(b *testing.B) {
			i := 0
			out := js.Conn().Stats().OutMsgs
			for b.Loop() {
				i++
				p := Fingerprint(bb.text(i))
				if _, err := idx.CheckAndAdd(ctx, fmt.Sprintf("%s%d", bb.name[:1], i), p); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(js.Conn().Stats().OutMsgs-out)/float64(i), "requests/op")
		})
		b.Run("reference fingerprint only "+bb.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				i++
				_ = Fingerprint(bb.text(i))
			}
		})
	}
	b.Run("reference kv put", func(b *testing.B) {
		for b.Loop() {
			if _, err := idx.kv.Put(ctx, "ref", []byte("x")); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestKVFollowsAcrossRestart checks that an index keeps following the
// signature stream when the server restarts: a signature added afterwards by
// another replica still reaches it, and an index opened afterwards loads
// both.
func TestKVFollowsAcrossRestart(t *testing.T) {
	ctx := context.Background()
	srv, restart := natsembed.RestartableForTest(t)
	url := srv.ClientURL()
	connect := func() jetstream.JetStream {
		nc, err := nats.Connect(url, nats.MaxReconnects(-1), nats.ReconnectWait(20*time.Millisecond))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(nc.Close)
		js, err := jetstream.New(nc)
		if err != nil {
			t.Fatal(err)
		}
		return js
	}
	jsA, jsB := connect(), connect()
	a, b := openKV(t, jsA, DefaultKVConfig()), openKV(t, jsB, DefaultKVConfig())
	ss := seeds(t)
	if _, err := a.CheckAndAdd(ctx, "before", Fingerprint(Normalize(ss[0]))); err != nil {
		t.Fatal(err)
	}
	eventually(t, "b sees before", func() bool { return indexed(b, "before") })

	restart()

	// The first requests after the restart may find JetStream still
	// recovering: retry as ingest's caller would.
	p := Fingerprint(Normalize(ss[1]))
	eventually(t, "a adds after", func() bool {
		rctx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		_, err := a.CheckAndAdd(rctx, "after", p)
		return err == nil
	})
	eventually(t, "b sees after", func() bool { return indexed(b, "after") })
	c := openKV(t, jsB, DefaultKVConfig())
	for _, id := range []string{"before", "after"} {
		if !indexed(c, id) {
			t.Errorf("an index opened after the restart lacks %s", id)
		}
	}
}

// distinctText returns the i-th of a series of texts that share no shingles
// to speak of: 300 words drawn from the seeds.
func distinctText(t testing.TB, i int) string {
	words := strings.Fields(Normalize(strings.Join(seeds(t), "\n")))
	r := rand.New(rand.NewPCG(uint64(i), 1))
	w := make([]string, 300)
	for k := range w {
		w[k] = words[r.IntN(len(words))]
	}
	return strings.Join(w, " ")
}

// heldIter holds every Next until its gate opens.
type heldIter struct {
	jetstream.MessagesContext
	gate <-chan struct{}
}

func (h heldIter) Next(opts ...jetstream.NextOpt) (jetstream.Msg, error) {
	<-h.gate
	return h.MessagesContext.Next(opts...)
}

// openHeld opens an index whose follow reads nothing until release is
// called (at the latest when the test ends), and closes it then.
func openHeld(t *testing.T, js jetstream.JetStream, cfg KVConfig) (x *KVIndex, release func()) {
	t.Helper()
	gate := make(chan struct{})
	var once sync.Once
	release = func() { once.Do(func() { close(gate) }) }
	x, err := newKVIndex(context.Background(), js, cfg, func(it jetstream.MessagesContext) jetstream.MessagesContext {
		return heldIter{MessagesContext: it, gate: gate}
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		release()
		if err := x.Close(); err != nil {
			t.Error(err)
		}
	})
	return x, release
}

// TestKVForgetBeforeReadBack: an original forgotten before the follow has
// read its signature back stays forgotten when the signature comes back.
func TestKVForgetBeforeReadBack(t *testing.T) {
	ctx := context.Background()
	js := startJetStream(t)
	a, release := openHeld(t, js, DefaultKVConfig())
	p := Fingerprint(distinctText(t, 0))
	if d, err := a.CheckAndAdd(ctx, "x", p); err != nil || d != nil {
		t.Fatalf("x: %+v, %v", d, err)
	}
	if err := a.Forget(ctx, "x", p); err != nil {
		t.Fatal(err)
	}
	// The signature (stream sequence 1) comes back, applied here by hand
	// while the follow waits.
	a.apply("x", encodeSig(p.Sig), 1, time.Now())
	if indexed(a, "x") {
		t.Error("a forgotten signature came back")
	}
	release()
	eventually(t, "caught up", func() bool {
		a.mu.Lock()
		defer a.mu.Unlock()
		return len(a.dropped) == 0 && a.lastSeq == 2
	})
	if indexed(a, "x") {
		t.Error("a forgotten signature came back once the follow caught up")
	}
}

// TestKVOwnSignaturesReadBackPastTheBound: this replica adds more originals
// than its index holds before its follow has read them back; a signature
// the index has dropped since must not come back as the newest when it is
// read back late, and once the follow has caught up the replica keeps no
// trace of the dropped ones.
func TestKVOwnSignaturesReadBackPastTheBound(t *testing.T) {
	ctx := context.Background()
	js := startJetStream(t)
	cfg := DefaultKVConfig()
	cfg.MaxNear = 3
	a, release := openHeld(t, js, cfg)
	held := func() string {
		var out []string
		for i := range 6 {
			if id := fmt.Sprintf("o%d", i); indexed(a, id) {
				out = append(out, id)
			}
		}
		return strings.Join(out, " ")
	}
	for i := range 5 {
		if d, err := a.CheckAndAdd(ctx, fmt.Sprintf("o%d", i), Fingerprint(distinctText(t, i))); err != nil || d != nil {
			t.Fatalf("o%d: %+v, %v", i, d, err)
		}
	}
	if got := held(); got != "o2 o3 o4" {
		t.Fatalf("after the additions: %s, want o2 o3 o4", got)
	}
	// The signature of o0 (stream sequence 1) comes back late, applied
	// here by hand while the follow waits.
	a.apply("o0", encodeSig(Fingerprint(distinctText(t, 0)).Sig), 1, time.Now())
	if got := held(); got != "o2 o3 o4" {
		t.Errorf("after a dropped signature came back: %s, want o2 o3 o4", got)
	}
	release()
	// Another replica's original after them all is indexed, and the
	// oldest dropped for it.
	b := openKV(t, js, cfg)
	if d, err := b.CheckAndAdd(ctx, "o5", Fingerprint(distinctText(t, 5))); err != nil || d != nil {
		t.Fatalf("o5: %+v, %v", d, err)
	}
	eventually(t, "caught up", func() bool {
		a.mu.Lock()
		defer a.mu.Unlock()
		return len(a.dropped) == 0 && a.lastSeq == 6
	})
	if got := held(); got != "o3 o4 o5" {
		t.Errorf("after catching up: %s, want o3 o4 o5", got)
	}
}

// TestKVCloseEndsAStuckNext: Close returns even when stopping the iterator
// does not end the follow's Next (it cancels the Next's context).
func TestKVCloseEndsAStuckNext(t *testing.T) {
	js := startJetStream(t)
	var s natsembed.StopIgnored
	x, err := newKVIndex(context.Background(), js, DefaultKVConfig(), s.Wrap)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.StopAll)
	natsembed.ReturnsWithin(t, 30*time.Second, "Close", func() { _ = x.Close() })
}
