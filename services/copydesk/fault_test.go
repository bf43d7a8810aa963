package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/runner"
	"github.com/copydesk/copydesk/pkg/topology"
)

// TestFaultInjection runs the distributed pipeline as real processes — a
// nats-server built at the version the project embeds, copydesk-ingest,
// -clean, -claims and -flagger on PostgreSQL — feeds it articles through
// the ingest API together with poison messages published straight to
// copydesk.articles.ingested, and meanwhile kills a random worker with
// SIGKILL five times (restarting it), restarts the NATS server once and
// stalls the store for three seconds. Then every article must be in the
// store exactly once with every stage's results, the dead-letter stream must
// hold exactly the poison messages, each with its reason, and no consumer
// may be left with pending or unacknowledged messages.
//
// COPYDESK_FAULT_TEST=1 turns it on; it needs COPYDESK_TEST_POSTGRES_DSN
// (scripts/pgtest.sh) and a Go toolchain. COPYDESK_FAULT_ARTICLES sets the
// number of articles (default 10000: about three minutes on two cores).
func TestFaultInjection(t *testing.T) {
	if os.Getenv("COPYDESK_FAULT_TEST") != "1" {
		t.Skip("set COPYDESK_FAULT_TEST=1 (and COPYDESK_TEST_POSTGRES_DSN) to run the fault-injection test")
	}
	baseDSN := os.Getenv("COPYDESK_TEST_POSTGRES_DSN")
	if baseDSN == "" {
		t.Skip("COPYDESK_TEST_POSTGRES_DSN is not set (scripts/pgtest.sh start)")
	}
	n := 10000
	if v := os.Getenv("COPYDESK_FAULT_ARTICLES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 10 {
			t.Fatalf("COPYDESK_FAULT_ARTICLES=%q: want a number >= 10", v)
		}
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin := buildBinaries(t, dir)
	t.Logf("built binaries in %v", time.Since(start).Round(time.Millisecond))
	dsn := freshDatabase(t, ctx, baseDSN)

	// NATS as its own process, JetStream store in dir.
	natsPort := freePort(t)
	natsURL := fmt.Sprintf("nats://127.0.0.1:%d", natsPort)
	ns := newProc(t, dir, "nats-server", filepath.Join(bin, "nats-server"),
		"-js", "-sd", filepath.Join(dir, "jetstream"), "-a", "127.0.0.1", "-p", strconv.Itoa(natsPort))
	ns.start()
	waitTCP(t, fmt.Sprintf("127.0.0.1:%d", natsPort), 15*time.Second)

	const token = "fault-test-token-0123456789"
	common := []string{"--nats-url", natsURL, "--log-level", "warn", "--concurrency", "2", "--drain-timeout", "5s"}
	workers := map[string]*proc{}
	ingestAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	workers["ingest"] = newProc(t, dir, "ingest", filepath.Join(bin, "copydesk-ingest"),
		append([]string{"--addr", ingestAddr, "--tokens", token, "--postgres-dsn", dsn}, common...)...)
	for _, name := range []string{"clean", "claims", "flagger"} {
		args := append([]string{"--addr", fmt.Sprintf("127.0.0.1:%d", freePort(t))}, common...)
		if name == "flagger" {
			args = append(args, "--postgres-dsn", dsn)
		}
		workers[name] = newProc(t, dir, name, filepath.Join(bin, "copydesk-"+name), args...)
	}
	for _, name := range []string{"ingest", "clean", "claims", "flagger"} {
		workers[name].start()
	}
	for _, w := range workers {
		waitReady(t, w, 30*time.Second)
	}
	t.Logf("pipeline up after %v", time.Since(start).Round(time.Millisecond))

	recs, err := loadCorpus("../../seeds", "fault", n, 42)
	if err != nil {
		t.Fatal(err)
	}

	// Feed, and meanwhile inject the faults.
	feedCtx, feedCancel := context.WithCancel(ctx)
	defer feedCancel()
	fed := make(chan error, 1)
	feedStart := time.Now()
	go func() { fed <- feedAll(feedCtx, "http://"+ingestAddr, token, recs, 2) }()

	poison := publishPoison(t, natsURL)
	chaos := []func(){}
	r := rand.New(rand.NewPCG(7, 7))
	names := []string{"ingest", "clean", "claims", "flagger"}
	for i := 0; i < 5; i++ {
		chaos = append(chaos, func() {
			w := workers[names[r.IntN(len(names))]]
			t.Logf("%v: kill -9 %s", time.Since(feedStart).Round(time.Millisecond), w.name)
			w.kill()
			time.Sleep(500 * time.Millisecond)
			w.start()
		})
		if i == 1 {
			chaos = append(chaos, func() {
				t.Logf("%v: restart nats-server", time.Since(feedStart).Round(time.Millisecond))
				ns.stop()
				time.Sleep(time.Second)
				ns.start()
				waitTCP(t, fmt.Sprintf("127.0.0.1:%d", natsPort), 15*time.Second)
			})
		}
		if i == 3 {
			chaos = append(chaos, func() {
				t.Logf("%v: stall the store 3s", time.Since(feedStart).Round(time.Millisecond))
				stallStore(t, ctx, dsn, 3*time.Second)
			})
		}
	}
	// Spread the faults over the feeding (about 120 articles/s on two
	// cores): one every n ms, at least every 2 s.
	gap := max(2*time.Second, time.Duration(n)*time.Millisecond)
	for _, f := range chaos {
		select {
		case err := <-fed:
			fed <- err
		case <-time.After(gap):
		}
		f()
	}
	if err := <-fed; err != nil {
		t.Fatalf("feeding: %v", err)
	}
	t.Logf("fed %d articles in %v", n, time.Since(feedStart).Round(time.Millisecond))
	for _, w := range workers {
		if !w.running() {
			w.start()
		}
	}

	// Wait until every article is processed and stored.
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	deadline := time.Now().Add(5*time.Minute + time.Duration(n)*60*time.Millisecond)
	var done int
	for {
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM articles WHERE risk IS NOT NULL`).Scan(&done); err != nil {
			t.Fatal(err)
		}
		if done >= n {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("only %d of %d articles processed after the deadline", done, n)
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Logf("all processed %v after feeding started (%.0f articles/s)", time.Since(feedStart).Round(time.Millisecond),
		float64(n)/time.Since(feedStart).Seconds())

	for _, name := range []string{"ingest", "clean", "claims", "flagger"} {
		w := workers[name]
		w.mu.Lock()
		pid := strconv.Itoa(w.cmd.Process.Pid)
		w.mu.Unlock()
		if hwm, rss, err := procStatus(pid); err == nil {
			t.Logf("RSS %s (since its last start): peak %.1f MB, now %.1f MB", name, float64(hwm)/1024, float64(rss)/1024)
		}
	}
	checkStore(t, ctx, conn, recs)
	checkQueues(t, ctx, natsURL, poison)
	for _, w := range workers {
		w.stop()
	}
	ns.stop()
	t.Logf("total %v", time.Since(start).Round(time.Millisecond))
}

// checkLeftovers fails on a message left in the ARTICLES work queue unless
// the consumer of its subject has already acknowledged it. The nats-server
// restart can keep a message whose acknowledgement it took just before going
// down (the consumer's ack floor is past it, the work queue did not delete
// it): nothing is lost or stuck then, and the test says so in its log.
func checkLeftovers(t *testing.T, ctx context.Context, st jetstream.Stream, state jetstream.StreamState, consumers []*jetstream.ConsumerInfo) {
	t.Helper()
	found := uint64(0)
	for seq := state.FirstSeq; found < state.Msgs && seq <= state.LastSeq; seq++ {
		msg, err := st.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			t.Fatalf("ARTICLES message %d: %v", seq, err)
		}
		found++
		acked := false
		for _, c := range consumers {
			subjects := c.Config.FilterSubjects
			if c.Config.FilterSubject != "" {
				subjects = append(subjects, c.Config.FilterSubject)
			}
			if slices.Contains(subjects, msg.Subject) && seq <= c.AckFloor.Stream {
				acked = true
			}
		}
		if !acked {
			t.Errorf("ARTICLES still holds message %d on %s, not acknowledged by its consumer (%+v)", seq, msg.Subject, state)
			continue
		}
		t.Logf("ARTICLES kept message %d on %s after its consumer acknowledged it (across the server restart); nothing lost or pending", seq, msg.Subject)
	}
}

// buildBinaries builds nats-server at the version in pkg/go.mod and the
// four service binaries into dir/bin.
func buildBinaries(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "bin")
	builds := [][2]string{
		{"../../pkg", "github.com/nats-io/nats-server/v2"},
		{"../..", "./services/ingest"},
		{"../..", "./services/clean"},
		{"../..", "./services/claims"},
		{"../..", "./services/flagger"},
	}
	outs := []string{"nats-server", "copydesk-ingest", "copydesk-clean", "copydesk-claims", "copydesk-flagger"}
	for i, b := range builds {
		cmd := exec.Command("go", "build", "-o", filepath.Join(bin, outs[i]), b[1])
		cmd.Dir = b[0]
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", b[1], err, out)
		}
	}
	return bin
}

// freshDatabase creates a database of its own on the server of dsn and
// drops it when the test ends.
func freshDatabase(t *testing.T, ctx context.Context, dsn string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil || u.Scheme == "" {
		t.Fatalf("COPYDESK_TEST_POSTGRES_DSN must be a URL (postgres://...): %v", err)
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("copydesk_fault_%d", time.Now().UnixNano())
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := conn.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Logf("drop database %s: %v", name, err)
		}
		conn.Close(context.Background())
	})
	u.Path = "/" + name
	return u.String()
}

// proc is a child process that can be killed and restarted.
type proc struct {
	t    *testing.T
	name string
	path string
	args []string
	log  *os.File
	addr string // --addr, for readiness

	mu   sync.Mutex
	cmd  *exec.Cmd
	exit chan struct{}
}

func newProc(t *testing.T, dir, name, path string, args ...string) *proc {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, name+".log"))
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, name: name, path: path, args: args, log: f}
	for i, a := range args {
		if a == "--addr" && i+1 < len(args) {
			p.addr = args[i+1]
		}
	}
	t.Cleanup(func() {
		p.stop()
		f.Close()
		if t.Failed() {
			b, _ := os.ReadFile(f.Name())
			if len(b) > 4000 {
				b = b[len(b)-4000:]
			}
			t.Logf("--- tail of %s log:\n%s", name, b)
		}
	})
	return p
}

func (p *proc) start() {
	p.mu.Lock()
	defer p.mu.Unlock()
	cmd := exec.Command(p.path, p.args...)
	cmd.Stdout, cmd.Stderr = p.log, p.log
	cmd.Env = cleanEnv()
	if err := cmd.Start(); err != nil {
		p.t.Fatalf("start %s: %v", p.name, err)
	}
	exit := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exit) }()
	p.cmd, p.exit = cmd, exit
}

func (p *proc) running() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil {
		return false
	}
	select {
	case <-p.exit:
		return false
	default:
		return true
	}
}

func (p *proc) signal(sig syscall.Signal, wait time.Duration) {
	p.mu.Lock()
	cmd, exit := p.cmd, p.exit
	p.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = cmd.Process.Signal(sig)
	select {
	case <-exit:
	case <-time.After(wait):
		_ = cmd.Process.Kill()
		<-exit
	}
}

// kill is kill -9.
func (p *proc) kill() { p.signal(syscall.SIGKILL, 10*time.Second) }

// stop is a graceful stop (SIGTERM), SIGKILL after 20 s.
func (p *proc) stop() { p.signal(syscall.SIGTERM, 20*time.Second) }

// cleanEnv is the environment without COPYDESK_* settings, so that the
// processes get only their flags.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if len(kv) < 9 || kv[:9] != "COPYDESK_" {
			env = append(env, kv)
		}
	}
	return env
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func waitTCP(t *testing.T, addr string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not listening after %v: %v", addr, d, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func waitReady(t *testing.T, p *proc, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		resp, err := http.Get("http://" + p.addr + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not ready after %v: %v", p.name, d, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// feedAll posts recs in chunks of 100 over `parallel` connections, resending
// what was not taken after a 503, a 429, a lost connection or a dead
// process (the records carry their ids, so resending is idempotent). Any
// rejected line is an error.
func feedAll(ctx context.Context, base, token string, recs []loadRecord, parallel int) error {
	const chunk = 100
	jobs := make(chan []loadRecord)
	errc := make(chan error, parallel)
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 30 * time.Second}
	for range parallel {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for part := range jobs {
				if err := feedChunk(ctx, client, base, token, part); err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := 0; i < len(recs); i += chunk {
			select {
			case jobs <- recs[i:min(i+chunk, len(recs))]:
			case <-ctx.Done():
				return
			}
		}
	}()
	wg.Wait()
	close(errc)
	if err := <-errc; err != nil {
		return err
	}
	return ctx.Err()
}

func feedChunk(ctx context.Context, client *http.Client, base, token string, part []loadRecord) error {
	for len(part) > 0 {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var body bytes.Buffer
		enc := json.NewEncoder(&body)
		for _, r := range part {
			_ = enc.Encode(r)
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/v1/articles/batch", &body)
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/x-ndjson")
		resp, err := client.Do(req)
		if err != nil {
			time.Sleep(200 * time.Millisecond) // ingest is down or restarting
			continue
		}
		var res struct {
			Rejected int
			Results  []struct {
				Line                  int
				Status, Error, Reason string
			}
			RetryFromLine int `json:"retry_from_line"`
		}
		derr := json.NewDecoder(resp.Body).Decode(&res)
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusOK && derr == nil:
			for _, r := range res.Results {
				if r.Status != "accepted" {
					return fmt.Errorf("%s rejected: %s: %s", part[r.Line-1].ID, r.Error, r.Reason)
				}
			}
			return nil
		case resp.StatusCode == http.StatusServiceUnavailable || resp.StatusCode == http.StatusTooManyRequests:
			for _, r := range res.Results {
				if r.Status != "accepted" {
					return fmt.Errorf("%s rejected: %s: %s", part[r.Line-1].ID, r.Error, r.Reason)
				}
			}
			if res.RetryFromLine > 1 {
				part = part[res.RetryFromLine-1:]
			}
			wait := time.Second
			if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 {
				wait = min(time.Duration(s)*time.Second, 2*time.Second)
			}
			time.Sleep(wait)
		case resp.StatusCode >= 500:
			time.Sleep(200 * time.Millisecond)
		default:
			return fmt.Errorf("batch: status %d", resp.StatusCode)
		}
	}
	return nil
}

// poisonMsg is a message published straight to the ingest subject that no
// stage can process.
type poisonMsg struct {
	name string
	data []byte
}

// publishPoison publishes the poison messages (retrying while NATS is
// unreachable) and returns them.
func publishPoison(t *testing.T, natsURL string) []poisonMsg {
	t.Helper()
	poison := []poisonMsg{
		{"invalid JSON", []byte(`{"id": "poison-1", "text": "unterminated`)},
		{"not an object", []byte(`["poison", 2]`)},
		{"no id", []byte(`{"schema": 1, "text": "An article without an id cannot be tracked."}`)},
		{"wrong types", []byte(`{"id": "poison-4", "text": 42, "title": {"a": 1}}`)},
	}
	nc, err := nats.Connect(natsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range poison {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_, err := js.Publish(ctx, topology.SubjectIngested, p.data, jetstream.WithMsgID(fmt.Sprintf("poison-%d.ingest.1", i)))
		cancel()
		if err != nil {
			t.Fatalf("publish poison %q: %v", p.name, err)
		}
	}
	return poison
}

// stallStore holds an exclusive lock on the articles table for d: every
// reader and writer of it waits.
func stallStore(t *testing.T, ctx context.Context, dsn string, d time.Duration) {
	t.Helper()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Errorf("stall: %v", err)
		return
	}
	defer conn.Close(context.Background())
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Errorf("stall: %v", err)
		return
	}
	if _, err := tx.Exec(ctx, "LOCK TABLE articles IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Errorf("stall: %v", err)
	}
	time.Sleep(d)
	if err := tx.Rollback(ctx); err != nil {
		t.Errorf("stall: %v", err)
	}
}

// checkStore checks that every article is stored exactly once with every
// stage's results and nothing else is.
func checkStore(t *testing.T, ctx context.Context, conn *pgx.Conn, recs []loadRecord) {
	t.Helper()
	want := map[string]bool{}
	for _, r := range recs {
		want[r.ID] = true
	}
	rows, err := conn.Query(ctx, `SELECT id, doc FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	bad := 0
	for rows.Next() {
		var id, doc string
		if err := rows.Scan(&id, &doc); err != nil {
			t.Fatal(err)
		}
		seen[id]++
		var a article.Article
		if err := json.Unmarshal([]byte(doc), &a); err != nil {
			t.Errorf("article %s: doc: %v", id, err)
			continue
		}
		var missing []string
		for _, s := range []string{"clean", "claims", "flagger"} {
			if _, ok := a.Stages[s]; !ok {
				missing = append(missing, s)
			}
		}
		if len(missing) > 0 || a.Flags == nil || a.Blocks == nil || a.Claims == nil || a.Risk == nil || a.Error != "" {
			if bad++; bad <= 10 {
				t.Errorf("article %s stored without every stage's results: missing stages %v, error %q", id, missing, a.Error)
			}
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for id, c := range seen {
		if !want[id] {
			t.Errorf("unexpected article %s in the store", id)
		}
		if c != 1 {
			t.Errorf("article %s stored %d times", id, c)
		}
	}
	missing := 0
	for id := range want {
		if seen[id] == 0 {
			if missing++; missing <= 10 {
				t.Errorf("article %s is not in the store", id)
			}
		}
	}
	t.Logf("store: %d articles, %d incomplete, %d missing", len(seen), bad, missing)
	// Derived rows are replaced, never doubled.
	for _, table := range []string{"blocks", "quotes", "claims", "flags"} {
		var dups int
		q := fmt.Sprintf(`SELECT count(*) FROM (SELECT article_id, idx FROM %s GROUP BY article_id, idx HAVING count(*) > 1) d`, table)
		if err := conn.QueryRow(ctx, q).Scan(&dups); err != nil {
			t.Fatal(err)
		}
		if dups > 0 {
			t.Errorf("%s: %d (article, idx) rows written more than once", table, dups)
		}
	}
}

// checkQueues checks the dead letters and the consumers.
func checkQueues(t *testing.T, ctx context.Context, natsURL string, poison []poisonMsg) {
	t.Helper()
	nc, err := nats.Connect(natsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	// Consumers settle: nothing pending, nothing unacknowledged.
	deadline := time.Now().Add(30 * time.Second)
	var consumers []*jetstream.ConsumerInfo
	for _, name := range []string{"clean", "claims", "flagger"} {
		for {
			cons, err := js.Consumer(ctx, topology.StreamArticles, name)
			if err != nil {
				t.Fatal(err)
			}
			info, err := cons.Info(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if info.NumPending == 0 && info.NumAckPending == 0 && info.NumRedelivered == 0 {
				consumers = append(consumers, info)
				break
			}
			if time.Now().After(deadline) {
				t.Errorf("consumer %s stuck: %d pending, %d unacknowledged, %d redelivered", name, info.NumPending, info.NumAckPending, info.NumRedelivered)
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	st, err := js.Stream(ctx, topology.StreamArticles)
	if err != nil {
		t.Fatal(err)
	}
	stInfo, err := st.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	checkLeftovers(t, ctx, st, stInfo.State, consumers)
	if adv, err := js.Stream(ctx, topology.StreamAdvisories); err == nil {
		if info, err := adv.Info(ctx); err == nil && info.State.Msgs != 0 {
			t.Errorf("ADVISORIES holds %d unprocessed advisories", info.State.Msgs)
		}
	}

	// The dead letters are exactly the poison messages, each with its reason.
	dlq, err := js.Stream(ctx, topology.StreamDLQ)
	if err != nil {
		t.Fatal(err)
	}
	info, err := dlq.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, p := range poison {
		want[string(p.data)] = p.name
	}
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && info.State.Msgs > 0; seq++ {
		m, err := dlq.GetMsg(ctx, seq)
		if err != nil {
			t.Errorf("dead letter %d: %v", seq, err)
			continue
		}
		name, ok := want[string(m.Data)]
		h := m.Header
		t.Logf("dead letter %s: stage %s, %s: %s", m.Subject, h.Get(runner.HeaderStage), h.Get(runner.HeaderReason), h.Get(runner.HeaderError))
		if !ok {
			t.Errorf("dead letter that is not a poison message: %s %s %s: %.200s", m.Subject, h.Get(runner.HeaderReason), h.Get(runner.HeaderError), m.Data)
			continue
		}
		delete(want, string(m.Data))
		if h.Get(runner.HeaderReason) != runner.ReasonPermanent || h.Get(runner.HeaderError) == "" || h.Get(runner.HeaderStage) != topology.StageClean {
			t.Errorf("poison %q dead-lettered by %q with reason %q, error %q; want clean, permanent, an error", name,
				h.Get(runner.HeaderStage), h.Get(runner.HeaderReason), h.Get(runner.HeaderError))
		}
	}
	for _, name := range want {
		t.Errorf("poison message %q is not in the dead-letter stream", name)
	}
}
