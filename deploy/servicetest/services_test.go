package servicetest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/deploy/internal/natstest"
	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/app/pipeline"
	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/docref"
	"github.com/copydesk/copydesk/pkg/topology"
)

// syncBuffer collects what the stage mains write to their stderr writer
// (flag and startup errors; the zap logs go to the process's stderr).
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// settings parses the flags a service gets in docker-compose.yml (there as
// COPYDESK_* variables) for user.
func settings(t *testing.T, user string, env map[string]string, urls, sqlite string) app.Settings {
	t.Helper()
	fs := flag.NewFlagSet(user, flag.ContinueOnError)
	s, err := app.ParseSettings(fs, user, []string{
		"--nats-url", urls, "--nats-user", user,
		"--nats-password", env["NATS_"+strings.ToUpper(user)+"_PASSWORD"],
		"--replicas", "3", "--sqlite", sqlite, "--log-level", "warn",
	}, true)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestServicesUnderNATSPermissions(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the services on a three-node JetStream cluster")
	}
	env, err := dotenv.Read("../env/nats.env.example")
	if err != nil {
		t.Fatal(err)
	}
	servers := natstest.StartCluster(t, "../nats/nats.conf", env)
	natstest.WaitJetStream(t, servers, 30*time.Second)
	urls := natstest.ClientURLs(servers)
	db := filepath.Join(t.TempDir(), "copydesk.db")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	log := zap.NewNop()

	// Ingest API as user ingest (services/ingest does the same).
	is := settings(t, "ingest", env, urls, db)
	iconn, err := app.Connect(is, log)
	if err != nil {
		t.Fatalf("ingest connect: %v", err)
	}
	t.Cleanup(func() { _ = iconn.Drain(context.Background()) })
	if err := ensureTopology(ctx, iconn, is); err != nil {
		t.Fatalf("ingest: topology as user ingest: %v", err)
	}
	istores, err := app.OpenStore(ctx, is)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = istores.Close() })
	const token = "servicetest-token-0123456789"
	api, err := app.NewIngestAPI(ctx, iconn, istores.Store, []string{token}, log, prometheus.NewRegistry())
	if err != nil {
		t.Fatalf("ingest API as user ingest: %v", err)
	}
	ingestSrv := httptest.NewServer(api.Handler())
	t.Cleanup(ingestSrv.Close)

	// Review UI as user review.
	rs := settings(t, "review", env, urls, db)
	rconn, err := app.Connect(rs, log)
	if err != nil {
		t.Fatalf("review connect: %v", err)
	}
	t.Cleanup(func() { _ = rconn.Drain(context.Background()) })
	if err := ensureTopology(ctx, rconn, rs); err != nil {
		t.Fatalf("review: topology as user review: %v", err)
	}
	rstores, err := app.OpenStore(ctx, rs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rstores.Close() })
	if _, err := app.NewReview(rconn, rstores, false, log, prometheus.NewRegistry()); err != nil {
		t.Fatalf("review UI as user review: %v", err)
	}

	// The three workers, each as its own user, through the stage main of
	// services/clean, claims and flagger. clean starts last, as after a
	// restart of its container: no start order may undo the replication the
	// topology asks for.
	workers := []string{"claims", "flagger", "clean"}
	ports := natstest.FreePorts(t, len(workers))
	logs := &syncBuffer{}
	wctx, wcancel := context.WithCancel(ctx)
	done := make(chan error, len(workers))
	start := func(i int) {
		name := workers[i]
		args := []string{
			"--addr", fmt.Sprintf("127.0.0.1:%d", ports[i]),
			"--nats-url", urls, "--nats-user", name,
			"--nats-password", env["NATS_"+strings.ToUpper(name)+"_PASSWORD"],
			"--replicas", "3", "--log-level", "warn",
		}
		if name == "flagger" {
			args = append(args, "--sqlite", db)
		}
		go func() {
			build, err := pipeline.Builder(name)
			if err == nil {
				err = app.StageMain(wctx, name, build, args, logs)
			}
			if err != nil {
				err = fmt.Errorf("%s: %w", name, err)
			}
			done <- err
		}()
	}
	started := 0
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		wcancel()
		for range started {
			select {
			case err := <-done:
				if err != nil && ctx.Err() == nil {
					t.Errorf("worker stopped with %v", err)
				}
			case <-time.After(45 * time.Second):
				t.Error("a worker did not stop within 45s")
				return
			}
		}
	}
	t.Cleanup(stop)
	for i := range workers[:2] {
		start(i)
		started++
	}
	for i := range workers[:2] {
		waitReady(t, fmt.Sprintf("http://127.0.0.1:%d/readyz", ports[i]), done, logs, workers[i])
	}
	start(2)
	started++
	waitReady(t, fmt.Sprintf("http://127.0.0.1:%d/readyz", ports[2]), done, logs, workers[2])

	// Watch copydesk.flagged as the operator, then send a seed article.
	adminNC, err := nats.Connect(urls, nats.UserInfo("admin", env["NATS_ADMIN_PASSWORD"]))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(adminNC.Close)
	js, err := jetstream.New(adminNC)
	if err != nil {
		t.Fatal(err)
	}
	seeds, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds (%v)", err)
	}
	text, err := os.ReadFile(seeds[0])
	if err != nil {
		t.Fatal(err)
	}
	post := func(text []byte) string {
		t.Helper()
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, ingestSrv.URL+"/v1/articles?source=servicetest", bytes.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "text/plain; charset=utf-8")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusAccepted {
			t.Fatalf("POST /v1/articles: %s %s", resp.Status, body)
		}
		var accepted struct{ ID string }
		if err := json.Unmarshal(body, &accepted); err != nil || accepted.ID == "" {
			t.Fatalf("POST /v1/articles: %s (%v)", body, err)
		}
		return accepted.ID
	}
	// The seed, and 2.2 MB of 80,000 short lines: under the 8 MB message
	// limit as ingested, over it from clean on, so every stage writes its
	// output to the object store copydesk-docs as its own user and the
	// next reads it back (pkg/docref).
	var lines bytes.Buffer
	lines.WriteString("Best budget headphones\n\n")
	for i := range 40000 {
		fmt.Fprintf(&lines, "Check price on Amazon\n\nBest for runners: model %d\n\n", i)
	}
	want := map[string]string{post(text): "seed", post(lines.Bytes()): "short lines"}

	cons, err := js.OrderedConsumer(ctx, "FLAGGED", jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatalf("FLAGGED consumer: %v", err)
	}
	docs := docref.New(js, 0)
	deadline := time.Now().Add(90 * time.Second)
	for len(want) > 0 {
		msg, err := cons.Next(jetstream.FetchMaxWait(time.Until(deadline)))
		if errors.Is(err, nats.ErrNoResponders) && time.Until(deadline) > time.Second {
			// The cluster's JetStream API had no leader for a moment
			// (an election after the workers created their streams):
			// the ordered consumer recreates itself on the next call.
			time.Sleep(200 * time.Millisecond)
			continue
		}
		if err != nil {
			t.Fatalf("articles %v never reached copydesk.flagged: %v\nstage mains output:\n%s", want, err, logs.String())
		}
		data, err := docs.Body(ctx, msg.Headers(), msg.Data())
		if err != nil {
			t.Fatalf("flagged message body: %v", err)
		}
		var a article.Article
		if err := json.Unmarshal(data, &a); err != nil {
			t.Fatalf("flagged message: %v", err)
		}
		what, ok := want[a.ID]
		if !ok {
			continue
		}
		delete(want, a.ID)
		for _, st := range workers {
			if _, ok := a.Stages[st]; !ok {
				t.Errorf("%s: flagged article has no %s stage run: %v", what, st, a.Stages)
			}
		}
		if byRef := msg.Headers().Get(docref.HeaderRef) != ""; byRef != (what == "short lines") {
			t.Errorf("%s: sent by reference %v", what, byRef)
		}
		if what == "short lines" && len(a.Blocks) < 80000 {
			t.Errorf("%s: %d blocks, want 80,001", what, len(a.Blocks))
		}
	}
	// Each worker acknowledged its message (acks need their own permission):
	// nothing pending, nothing waiting for an ack, nothing redelivered.
	for _, name := range workers {
		var info *jetstream.ConsumerInfo
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			c, err := js.Consumer(ctx, "ARTICLES", name)
			if err != nil {
				t.Fatalf("consumer %s: %v", name, err)
			}
			info = c.CachedInfo()
			if info.NumPending == 0 && info.NumAckPending == 0 || time.Now().After(deadline) {
				break
			}
		}
		if info.NumPending != 0 || info.NumAckPending != 0 || info.NumRedelivered != 0 {
			t.Errorf("consumer %s: pending %d, ack pending %d, redelivered %d; want all 0",
				name, info.NumPending, info.NumAckPending, info.NumRedelivered)
		}
	}
	// Every stream the services created is replicated on the three nodes.
	for name := js.StreamNames(ctx); ; {
		s, ok := <-name.Name()
		if !ok {
			break
		}
		info, err := js.Stream(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if r := info.CachedInfo().Config.Replicas; r != 3 {
			t.Errorf("stream %s has %d replicas, want 3 (--replicas 3): a component created or updated it without the topology's replicas", s, r)
		}
	}
	stop()
}

// ensureTopology runs what every service runs at startup.
func ensureTopology(ctx context.Context, conn *app.Conn, s app.Settings) error {
	return topology.Ensure(ctx, conn.JS, s.Topology())
}

func waitReady(t *testing.T, url string, done <-chan error, logs *syncBuffer, name string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case err := <-done:
			t.Fatalf("%s stopped before becoming ready: %v\n%s", name, err, logs.String())
		default:
		}
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not ready after 60s (%v)\n%s", name, err, logs.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
}
