package ingest

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/goleak"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/dedupe"
	"github.com/copydesk/copydesk/pkg/natsembed"
)

// TestMain checks for leaked goroutines. nats.go v1.55.0's object store Put
// starts its publisher's reconnect watcher and, deferred, removes the
// watcher's channel; when the removal runs before the watcher first reads the
// channel field (a busy machine), the watcher waits on a nil channel for
// good. That goroutine is the library's, not ours: see docs/operations.md.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, goleak.IgnoreTopFunction("github.com/nats-io/nats.go/jetstream.(*jetStream).resetPendingAcksOnReconnect"))
}

// startJetStream starts an in-process nats-server with JetStream on a random
// port, its store in a temporary directory, and returns a client for it.
func startJetStream(t *testing.T) jetstream.JetStream {
	t.Helper()
	return natsembed.JetStreamForTest(t)
}

// TestJetStreamIngest runs the API against a real JetStream: the message
// lands on copydesk.articles.ingested with its Nats-Msg-Id, a resent client
// id is deduplicated by the stream, large HTML lands in the object store, and
// the shared KV index links duplicates across two API replicas.
func TestJetStreamIngest(t *testing.T) {
	ctx := context.Background()
	js := startJetStream(t)
	stream, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "ARTICLES", Subjects: []string{"copydesk.articles.>"},
		Retention: jetstream.WorkQueuePolicy, Duplicates: 2 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	idx, err := dedupe.NewKVIndex(ctx, js, dedupe.DefaultKVConfig())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = idx.Close() })
	objs, err := NewJetStreamObjects(ctx, js, "")
	if err != nil {
		t.Fatal(err)
	}
	st := newFakeStore()
	newAPI := func() *httptest.Server {
		cfg := DefaultConfig()
		cfg.Tokens = []string{testToken}
		cfg.HTMLInlineMax = 1 << 10
		api, err := New(cfg, Deps{Publisher: NewJetStreamPublisher(js), Store: st, Dedupe: idx, Objects: objs}, zap.NewNop(), prometheus.NewRegistry())
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(api.Handler())
		t.Cleanup(srv.Close)
		return srv
	}
	replicaA, replicaB := newAPI(), newAPI()
	post := func(srv *httptest.Server, ctype, body string) Accepted {
		t.Helper()
		req, _ := http.NewRequest("POST", srv.URL+"/v1/articles", strings.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		req.Header.Set("Authorization", "Bearer "+testToken)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 202 {
			t.Fatalf("status %d: %s", resp.StatusCode, raw)
		}
		rec := httptest.NewRecorder()
		rec.Body.Write(raw)
		return decode[Accepted](t, rec)
	}
	seed := seedText(t, 2)
	first := post(replicaA, "text/plain", seed)
	dup := post(replicaB, "text/plain", strings.ReplaceAll(seed, "\n", "\n\n"))
	if dup.Duplicate == nil || dup.Duplicate.Of != first.ID || dup.Duplicate.Kind != "exact" {
		t.Errorf("duplicate across replicas: %+v", dup.Duplicate)
	}
	post(replicaA, "application/json", `{"id":"client-1","text":"resent text"}`)
	post(replicaB, "application/json", `{"id":"client-1","text":"resent text"}`)
	page := "<html><body>" + strings.Repeat("<p>paragraph</p>", 200) + "</body></html>"
	big := post(replicaA, "text/html", page)

	info, err := stream.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 4 {
		t.Errorf("stream holds %d messages, want 4 (the resent client id deduplicated)", info.State.Msgs)
	}
	msg, err := stream.GetMsg(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if msg.Subject != Subject || msg.Header.Get("Nats-Msg-Id") != first.ID+".ingest.1" {
		t.Errorf("first message: subject %q, msg id %q", msg.Subject, msg.Header.Get("Nats-Msg-Id"))
	}
	os, err := js.ObjectStore(ctx, HTMLBucket)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.GetBytes(ctx, big.HTMLRef)
	if err != nil || string(got) != page {
		t.Errorf("object %q: %d bytes, err %v", big.HTMLRef, len(got), err)
	}
}
