package runner

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nats-io/nats.go"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/docref"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/topology"
)

// An enriched article larger than the server's max_payload (4 MiB here) goes
// on by reference to the object store; the next stage reads it whole, and a
// small one still travels inline.
func TestOversizedOutputTravelsByReference(t *testing.T) {
	e := newEnv(t)
	_, js := e.connect()
	reg := prometheus.NewRegistry()
	big := strings.Repeat("Short line of a shopping page.\n", (5<<20)/31)

	grow := stage.Func{StageName: topology.StageClean, StageVersion: "1", Fn: func(ctx context.Context, a *article.Article) error {
		if a.Text == "grow" {
			a.MainText = big
		}
		return nil
	}}
	var mu sync.Mutex
	seen := map[string]string{}
	read := stage.Func{StageName: topology.StageClaims, StageVersion: "1", Fn: func(ctx context.Context, a *article.Article) error {
		mu.Lock()
		defer mu.Unlock()
		seen[a.ID] = a.MainText
		return nil
	}}
	clean := newRunner(t, js, grow, testConfig(topology.SubjectIngested, topology.SubjectCleaned), reg)
	claims := newRunner(t, js, read, testConfig(topology.SubjectCleaned, topology.SubjectClaimed), reg)
	start(t, js, clean)
	start(t, js, claims)
	publishRaw(t, js, topology.SubjectIngested, []byte(`{"id":"B1","text":"grow"}`))
	publishRaw(t, js, topology.SubjectIngested, []byte(`{"id":"B2","text":"small"}`))

	waitFor(t, "both claimed", func() bool {
		return len(streamMsgs(t, js, topology.StreamArticles, topology.SubjectClaimed)) == 2
	})
	mu.Lock()
	if got := len(seen["B1"]); got != len(big) || seen["B1"] != big {
		t.Errorf("claims read a main text of %d bytes, want the %d written", got, len(big))
	}
	if _, ok := seen["B2"]; !ok {
		t.Error("the small article did not arrive")
	}
	mu.Unlock()
	for _, m := range streamMsgs(t, js, topology.StreamArticles, topology.SubjectClaimed) {
		switch id := peekID(m.Data); {
		case id == "B2":
			if m.Header.Get(docref.HeaderRef) != "" {
				t.Error("the small article went by reference")
			}
		case m.Header.Get(docref.HeaderArticleID) == "B1":
			if len(m.Data) != 0 || m.Header.Get(docref.HeaderRef) != topology.MsgID("B1", topology.StageClaims, "1") {
				t.Errorf("B1 by reference: body %d bytes, ref %q", len(m.Data), m.Header.Get(docref.HeaderRef))
			}
		default:
			t.Errorf("unexpected message %q, headers %v", m.Data, m.Header)
		}
	}
	if got := testutil.ToFloat64(clean.m.offloaded); got != 1 {
		t.Errorf("clean offloaded_total = %v, want 1", got)
	}
	if got := testutil.ToFloat64(claims.m.offloaded); got != 1 {
		t.Errorf("claims offloaded_total = %v, want 1", got)
	}
	if c := streamCount(t, js, topology.StreamDLQ); c != 0 {
		t.Errorf("%d dead letters, want none", c)
	}
}

// A reference to an object that is gone is retried (a replica may only be
// behind), then dead-lettered as exhausted, keeping its reference and id.
func TestReferenceToMissingBodyGoesToDLQ(t *testing.T) {
	e := newEnv(t)
	_, js := e.connect()
	var calls counter
	st := stage.Func{StageName: topology.StageClean, StageVersion: "1", Fn: func(ctx context.Context, a *article.Article) error {
		calls.inc(a.ID)
		return nil
	}}
	cfg := testConfig(topology.SubjectIngested, topology.SubjectCleaned)
	cfg.MaxDeliver = 2
	start(t, js, newRunner(t, js, st, cfg, prometheus.NewRegistry()))

	m := nats.NewMsg(topology.SubjectIngested)
	m.Header.Set(docref.HeaderRef, "B3.ingest.1")
	m.Header.Set(docref.HeaderArticleID, "B3")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := js.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "dead letter", func() bool { return streamCount(t, js, topology.StreamDLQ) == 1 })
	dl := streamMsgs(t, js, topology.StreamDLQ, topology.DLQSubject(topology.StageClean))
	if len(dl) != 1 {
		t.Fatalf("%d dead letters", len(dl))
	}
	got := map[string]string{}
	for _, k := range []string{HeaderReason, HeaderArticleID, HeaderDeliveries, docref.HeaderRef} {
		got[k] = dl[0].Header.Get(k)
	}
	want := map[string]string{HeaderReason: ReasonExhausted, HeaderArticleID: "B3", HeaderDeliveries: "2", docref.HeaderRef: "B3.ingest.1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dead letter headers (-want +got):\n%s", diff)
	}
	if e := dl[0].Header.Get(HeaderError); !strings.Contains(e, "gone") {
		t.Errorf("error %q does not say the body is gone", e)
	}
	if calls.get("B3") != 0 {
		t.Error("the stage ran without the article")
	}
}
