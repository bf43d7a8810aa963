package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/app/pipeline"
	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/batch"
	"github.com/copydesk/copydesk/pkg/envflag"
	"github.com/copydesk/copydesk/pkg/topology"
)

// benchConfig is the configuration of `copydesk bench`.
type benchConfig struct {
	URL, Token, NATSURL string
	Duration            time.Duration
	Rate                string // "max", "auto" (max, then half of it) or articles per second
	Soak                time.Duration
	Seeds               string
	AnalyzeArticles     int
	RelayMessages       int
	RelayWorkers        int
	Concurrency         int
	Feeders             int
	BatchSize           int
	Tick                time.Duration
	Settle              time.Duration
	PIDs                string
	DataDir             string
	Trace               string
	HTMLShare           float64
}

// runBench drives a running pipeline (or one it starts in-process) with
// generated articles and prints throughput, ingest→flagged latency,
// per-stage processing time and peak RSS, beside the in-process analyze
// rate and the raw JetStream relay rate measured in the same run.
func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = envflag.Usage(fs, "copydesk bench [flags]")
	c := benchConfig{Duration: time.Minute, Rate: "auto", Seeds: "seeds", AnalyzeArticles: 2000,
		RelayMessages: 20000, RelayWorkers: 4, Concurrency: app.DefaultSettings().Concurrency, Feeders: 4, BatchSize: 20}
	fs.StringVar(&c.URL, "url", "", "ingest API of a running pipeline (empty: start one in-process, as `up` does)")
	fs.StringVar(&c.Token, "token", "", "ingest API token (with --url)")
	fs.StringVar(&c.NATSURL, "nats-url", "", "NATS server of the running pipeline (with --url)")
	fs.DurationVar(&c.Duration, "duration", c.Duration, "how long each load phase runs")
	fs.StringVar(&c.Rate, "rate", c.Rate, `load: "max" (flat out), "auto" (flat out, then half the rate reached) or articles per second`)
	fs.DurationVar(&c.Soak, "soak", 0, "after the phases, run at half the maximum rate this long, sampling RSS every 10 s")
	fs.StringVar(&c.Seeds, "seeds", c.Seeds, "seed articles mixed into the generated ones")
	fs.IntVar(&c.AnalyzeArticles, "analyze-articles", c.AnalyzeArticles, "articles for the in-process analyze reference")
	fs.IntVar(&c.RelayMessages, "relay-messages", c.RelayMessages, "messages for the JetStream relay reference")
	fs.IntVar(&c.Concurrency, "concurrency", c.Concurrency, "workers per stage of the in-process pipeline")
	fs.IntVar(&c.RelayWorkers, "relay-workers", c.RelayWorkers, "workers of the JetStream relay reference")
	fs.IntVar(&c.Feeders, "feeders", c.Feeders, "concurrent ingest clients at the maximum rate")
	fs.IntVar(&c.BatchSize, "batch", c.BatchSize, "articles per ingest request (at a fixed rate: at most)")
	fs.DurationVar(&c.Settle, "settle", 0, "idle time between the flat-out phase and the next (the pipeline's background work after a burst: checkpoints, stream cleanup)")
	fs.DurationVar(&c.Tick, "tick", c.Tick, "at a fixed rate, send the articles due every tick in one request (default 0: one request per article)")
	fs.StringVar(&c.PIDs, "pids", "", "external processes to report peak RSS of: name=pid,name=pid")
	fs.StringVar(&c.DataDir, "data-dir", "", "data directory of the in-process pipeline (default: a temporary one, removed)")
	fs.Float64Var(&c.HTMLShare, "html-share", 0, "share of the articles (0 to 1) posted as ~80 KB HTML pages instead of text, as crawlers send them (the analyze reference gets the same mix)")
	fs.StringVar(&c.Trace, "trace", "", "write one JSON line per flagged article to this file: phase, id, when received, ingest→flagged, each stage run and wait (to find out whether slow articles come together in time)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of one load phase (--profile-phase) to this file")
	profilePhase := fs.Int("profile-phase", 1, "the load phase --cpuprofile covers: 1 the first (flat out, or the fixed rate), 2 the next, ...")
	memProfile := fs.String("memprofile", "", "write a heap profile at the end to this file")
	if err := envflag.Parse(fs, args, nil); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("bench: unexpected argument %q", fs.Arg(0))}
	}
	if (c.URL == "") != (c.NATSURL == "") || (c.URL != "" && c.Token == "") {
		return usageError{"bench: --url, --token and --nats-url go together (or give none to start a pipeline in-process)"}
	}
	if c.Rate != "max" && c.Rate != "auto" {
		if r, err := strconv.ParseFloat(c.Rate, 64); err != nil || r <= 0 {
			return usageError{fmt.Sprintf("bench: --rate %q: want max, auto or a positive number", c.Rate)}
		}
	}
	seeds, err := readSeeds(c.Seeds)
	if err != nil {
		return fmt.Errorf("bench: seeds: %w", err)
	}
	if c.HTMLShare < 0 || c.HTMLShare > 1 {
		return usageError{fmt.Sprintf("bench: --html-share %v: want a share from 0 to 1", c.HTMLShare)}
	}
	prefix := "bench-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	record := func(prefix string, i int) loadRecord {
		rec := loadArticle(seeds, prefix, i, 1)
		if htmlPick(i, c.HTMLShare) {
			rec = asHTMLPage(rec, i)
		}
		return rec
	}
	art := func(i int) loadRecord { return record(prefix, i) }

	fmt.Fprintf(stdout, "copydesk bench: %d CPUs, GOMAXPROCS %d, %s\n", runtime.NumCPU(), runtime.GOMAXPROCS(0), time.Now().UTC().Format(time.RFC3339))

	// The in-process analyze reference on the same articles as a load
	// phase: the flagger's cost per article grows with the articles it has
	// seen, so the reference runs as many as the phase sent (at least
	// --analyze-articles).
	var ref float64
	var refCPU time.Duration // CPU time of an article in analyze
	reference := func(n int) error {
		n = max(n, c.AnalyzeArticles)
		gen := func(i int) loadRecord { return record(prefix+"-a", i+1) }
		cmd, cpu, err := benchAnalyzeCommand(ctx, n, gen)
		if err != nil {
			return err
		}
		refCPU = cpu
		stages, err := benchAnalyze(ctx, n, gen)
		if err != nil {
			return err
		}
		ref = cmd
		fmt.Fprintf(stdout, "in-process analyze     %8.1f articles/s  (`copydesk analyze` on the same %d articles as JSONL: read, duplicates, stages, records; %d workers; CPU %d µs an article)\n",
			cmd, n, runtime.GOMAXPROCS(0), cpu.Microseconds())
		fmt.Fprintf(stdout, "  stages alone         %8.1f articles/s  (pkg/batch + pipeline.NewStages, no input or output)\n", stages)
		return nil
	}

	// The pipeline: the one given, or one started here.
	inProcess := c.URL == ""
	if inProcess {
		stop, err := benchUp(ctx, &c, stderr)
		if err != nil {
			return err
		}
		defer stop()
		fmt.Fprintf(stdout, "pipeline               in-process `up` (embedded NATS, SQLite in %s), concurrency %d\n", c.DataDir, c.Concurrency)
	} else {
		fmt.Fprintf(stdout, "pipeline               %s (NATS %s)\n", c.URL, c.NATSURL)
	}
	nc, err := nats.Connect(c.NATSURL, nats.Name("copydesk-bench"))
	if err != nil {
		return fmt.Errorf("bench: nats: %w", err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return err
	}

	// 2. The raw JetStream relay reference on the same server.
	size := 0
	for i := 0; i < 100; i++ {
		b, _ := json.Marshal(art(i))
		size += len(b)
	}
	size /= 100
	relay, err := benchRelay(ctx, js, c.RelayMessages, size, c.RelayWorkers)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "JetStream relay        %8.1f msgs/s      (%d messages of %d bytes: pull, publish with ack, ack; %d workers)\n",
		relay, c.RelayMessages, size, c.RelayWorkers)

	// 3. The pipeline under load.
	w := &flaggedWatch{sent: map[string]time.Time{}}
	if c.Trace != "" {
		f, err := os.Create(c.Trace)
		if err != nil {
			return fmt.Errorf("bench: trace: %w", err)
		}
		tw := bufio.NewWriter(f)
		w.trace = json.NewEncoder(tw)
		defer func() {
			w.mu.Lock()
			defer w.mu.Unlock()
			w.trace = nil
			if err := errors.Join(tw.Flush(), f.Close()); err != nil {
				fmt.Fprintln(stderr, "copydesk bench: trace:", err)
			}
		}()
	}
	sub, err := nc.Subscribe(topology.SubjectFlagged, w.onFlagged)
	if err != nil {
		return err
	}
	defer sub.Unsubscribe() //nolint:errcheck // closing
	_ = sub.SetPendingLimits(-1, -1)
	ld := &loader{c: c, art: art, w: w}
	rss := newRSSWatch(c.PIDs)

	// The CPU profile covers the load phases only, not the references.
	var profile *os.File
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		profile = f
	}
	var maxRate float64
	// The analyze reference runs after the load phases, not between them:
	// its allocations (every article of the phase, decoded and analyzed in
	// this process) would otherwise be the next phase's garbage. Phases
	// are printed once it is known.
	var done []benchPhase
	phases := 0
	phase := func(name string, rate float64, d time.Duration) (benchPhase, error) {
		phases++
		profiling := profile != nil && phases == *profilePhase
		if profiling {
			if err := pprof.StartCPUProfile(profile); err != nil {
				return benchPhase{}, err
			}
		}
		w.setPhase(name)
		cpu0, gc0, self0 := rss.cpu(), readGC(), selfCPU()
		p, err := ld.run(ctx, rate, d)
		p.cpu, p.cpuNames = rss.cpuSince(cpu0), rss.names()
		if inProcess {
			p.gc, p.selfCPU = readGC().since(gc0), selfCPU()-self0
		}
		if profiling {
			pprof.StopCPUProfile()
		}
		p.name = name
		if err == nil && ref != 0 {
			printPhase(stdout, p, ref, refCPU)
		} else if err == nil {
			done = append(done, p)
		}
		return p, err
	}
	printDone := func() error {
		if len(done) == 0 {
			return nil
		}
		if err := reference(done[0].sent); err != nil {
			return err
		}
		for _, p := range done {
			printPhase(stdout, p, ref, refCPU)
		}
		done = nil
		return nil
	}
	switch c.Rate {
	case "max", "auto":
		p, err := phase("flat out", 0, c.Duration)
		if err != nil {
			return err
		}
		maxRate = p.throughput
		if c.Settle > 0 {
			select {
			case <-time.After(c.Settle):
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if c.Rate == "auto" && maxRate > 0 {
			if _, err := phase(fmt.Sprintf("at %.0f/s (half max)", maxRate/2), maxRate/2, c.Duration); err != nil {
				return err
			}
		}
	default:
		r, _ := strconv.ParseFloat(c.Rate, 64)
		maxRate = 2 * r
		if _, err := phase(fmt.Sprintf("at %.0f/s", r), r, c.Duration); err != nil {
			return err
		}
	}
	if err := printDone(); err != nil {
		return err
	}
	if c.Soak > 0 && maxRate > 0 {
		rss.every(ctx, 10*time.Second)
		if _, err := phase(fmt.Sprintf("soak at %.0f/s for %v", maxRate/2, c.Soak), maxRate/2, c.Soak); err != nil {
			return err
		}
	}
	rss.print(stdout)
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		runtime.GC()
		if err := pprof.WriteHeapProfile(f); err != nil {
			return err
		}
	}
	return nil
}

// benchAnalyzeCommand runs `copydesk analyze` in-process on n articles
// written to a JSONL file beforehand (not timed), its records going to
// io.Discard, and returns articles per second and the CPU time (user and
// system, of this process) an article took.
func benchAnalyzeCommand(ctx context.Context, n int, art func(int) loadRecord) (float64, time.Duration, error) {
	f, err := os.CreateTemp("", "copydesk-bench-*.jsonl")
	if err != nil {
		return 0, 0, err
	}
	defer os.Remove(f.Name())
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	for i := range n {
		if err := enc.Encode(art(i)); err != nil {
			f.Close()
			return 0, 0, err
		}
	}
	if err := errors.Join(bw.Flush(), f.Close()); err != nil {
		return 0, 0, err
	}
	var out countingWriter
	start, cpu0 := time.Now(), selfCPU()
	if err := runAnalyze(ctx, []string{"--log-level", "error", f.Name()}, &out, io.Discard); err != nil {
		return 0, 0, fmt.Errorf("bench: analyze command: %w", err)
	}
	took, cpu := time.Since(start), selfCPU()-cpu0
	if out.lines != n {
		return 0, 0, fmt.Errorf("bench: analyze command: %d records for %d articles", out.lines, n)
	}
	return float64(n) / took.Seconds(), cpu / time.Duration(n), nil
}

// countingWriter discards what it is given, counting lines.
type countingWriter struct{ lines int }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.lines += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

// benchAnalyze runs the stages alone in-process (pkg/batch, as `copydesk
// analyze` does, without reading input or writing records) on n articles
// and returns articles per second.
func benchAnalyze(ctx context.Context, n int, art func(int) loadRecord) (float64, error) {
	stages, err := pipeline.NewStages(ctx, app.StageDeps{}, zap.NewNop(), prometheus.NewRegistry())
	if err != nil {
		return 0, err
	}
	i := 0
	next := func() (batch.Item, bool) {
		if i >= n {
			return batch.Item{}, false
		}
		r := art(i)
		i++
		return batch.Item{Article: r.article(time.Now()), Label: r.ID}, true
	}
	failed := 0
	start := time.Now()
	err = batch.Run(ctx, batch.Config{}, stages, next, func(it batch.Item) error {
		if it.Err != nil {
			failed++
		}
		return nil
	})
	took := time.Since(start)
	if err != nil {
		return 0, fmt.Errorf("bench: analyze: %w", err)
	}
	if failed > 0 {
		return 0, fmt.Errorf("bench: analyze: %d of %d articles failed", failed, n)
	}
	return float64(n) / took.Seconds(), nil
}

// benchRelay measures one JetStream hop as a stage does it: n messages of
// size bytes pre-published to a stream of its own (file storage, like
// ARTICLES), then pulled by workers that publish each to an output
// subject, wait for the ack, and ack the input. It returns messages per
// second of the relay and deletes the stream. pub are options for the
// pre-publishing (tests).
func benchRelay(ctx context.Context, js jetstream.JetStream, n, size, workers int, pub ...jetstream.PublishOpt) (float64, error) {
	const name = "COPYDESK_BENCH_RELAY"
	_ = js.DeleteStream(ctx, name)
	st, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: name, Subjects: []string{"copydesk-bench.relay.>"},
		Retention: jetstream.WorkQueuePolicy, Storage: jetstream.FileStorage})
	if err != nil {
		return 0, fmt.Errorf("bench: relay stream: %w", err)
	}
	defer js.DeleteStream(context.Background(), name) //nolint:errcheck // best effort
	data := bytes.Repeat([]byte("x"), size)
	var futs []jetstream.PubAckFuture
	for i := 0; i < n; i++ {
		f, err := js.PublishAsync("copydesk-bench.relay.in", data, pub...)
		if errors.Is(err, jetstream.ErrTooManyStalledMsgs) {
			// The server acks slower than we publish (a slow spell):
			// wait for the outstanding acks, then publish this one again.
			select {
			case <-js.PublishAsyncComplete():
			case <-ctx.Done():
				return 0, ctx.Err()
			}
			i--
			continue
		}
		if err != nil {
			return 0, fmt.Errorf("bench: relay publish: %w", err)
		}
		futs = append(futs, f)
	}
	for _, f := range futs {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			return 0, err
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
	cons, err := st.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{Durable: "relay", FilterSubject: "copydesk-bench.relay.in",
		AckPolicy: jetstream.AckExplicitPolicy, MaxAckPending: workers})
	if err != nil {
		return 0, err
	}
	var done atomic.Int64
	finished := make(chan struct{})
	start := time.Now()
	msgs, err := cons.Messages(jetstream.PullMaxMessages(workers))
	if err != nil {
		return 0, err
	}
	defer msgs.Stop()
	var wg sync.WaitGroup
	var firstErr atomic.Value
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				m, err := msgs.Next()
				if err != nil {
					return
				}
				pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
				_, err = js.Publish(pctx, "copydesk-bench.relay.out", m.Data())
				cancel()
				if err != nil {
					firstErr.CompareAndSwap(nil, err)
				}
				_ = m.Ack()
				if done.Add(1) == int64(n) {
					close(finished)
				}
			}
		}()
	}
	select {
	case <-finished:
	case <-ctx.Done():
	case <-time.After(5 * time.Minute):
	}
	took := time.Since(start)
	msgs.Stop()
	wg.Wait()
	if e, ok := firstErr.Load().(error); ok && e != nil {
		return 0, fmt.Errorf("bench: relay: %w", e)
	}
	return float64(done.Load()) / took.Seconds(), nil
}

// benchUp starts `copydesk up` in-process on free ports and fills in the
// URLs of c.
func benchUp(ctx context.Context, c *benchConfig, stderr io.Writer) (func(), error) {
	removeDir := false
	if c.DataDir == "" {
		d, err := os.MkdirTemp("", "copydesk-bench-")
		if err != nil {
			return nil, err
		}
		c.DataDir, removeDir = d, true
	}
	u := upConfig{Settings: app.DefaultSettings(), NATSAddr: "127.0.0.1:0"}
	u.Addr = "127.0.0.1:0"
	u.DataDir = c.DataDir
	u.Concurrency = c.Concurrency
	u.DrainTimeout = 10 * time.Second
	if err := u.Finish("up"); err != nil {
		return nil, err
	}
	c.Token = randomToken()
	ctx, cancel := context.WithCancel(ctx)
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	log := zap.NewNop()
	go func() {
		err := up(ctx, u, []string{c.Token}, log, pw)
		pw.CloseWithError(errors.Join(err, io.EOF))
		done <- err
	}()
	reAPI := regexp.MustCompile(`ingest API\s+(http://\S+)/v1/articles`)
	reNATS := regexp.MustCompile(`NATS\s+(nats://\S+)`)
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		if m := reAPI.FindStringSubmatch(sc.Text()); m != nil {
			c.URL = m[1]
		}
		if m := reNATS.FindStringSubmatch(sc.Text()); m != nil {
			c.NATSURL = m[1]
		}
		if strings.HasPrefix(sc.Text(), "Press Ctrl-C") {
			break
		}
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	if c.URL == "" || c.NATSURL == "" {
		cancel()
		return nil, fmt.Errorf("bench: the in-process pipeline did not start: %v", <-done)
	}
	return func() {
		cancel()
		if err := <-done; err != nil {
			fmt.Fprintln(stderr, "copydesk bench: up:", err)
		}
		if removeDir {
			os.RemoveAll(c.DataDir)
		}
	}, nil
}

// flaggedWatch matches the articles arriving on copydesk.flagged with
// those sent.
type flaggedWatch struct {
	mu      sync.Mutex
	sent    map[string]time.Time // id -> when sent (for counting only)
	lat     []float64            // ingest (Received) -> arrival, ms
	stages  map[string][]float64 // stage -> processing ms
	waits   map[string][]float64 // hop -> ms between the previous step's end and the next's start
	arrived int
	// trace, when set, gets a traceLine per article; phase names them.
	trace *json.Encoder
	phase string
}

// traceLine is one article in the --trace file. Times are milliseconds;
// Received is Unix milliseconds, so that lines sort and group by time.
type traceLine struct {
	Phase    string             `json:"phase"`
	ID       string             `json:"id"`
	Received float64            `json:"received_unix_ms"`
	Total    float64            `json:"ingest_to_flagged_ms"`
	Stages   map[string]float64 `json:"stage_ms"`
	Waits    map[string]float64 `json:"wait_ms"`
}

func (w *flaggedWatch) onFlagged(m *nats.Msg) {
	now := time.Now()
	a, ok := decodeFlagged(m.Data)
	if !ok {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, ok := w.sent[a.ID]; !ok {
		return // not ours, or a repeat
	}
	delete(w.sent, a.ID)
	w.arrived++
	w.lat = append(w.lat, float64(now.Sub(a.Received).Microseconds())/1000)
	if w.stages == nil {
		w.stages = map[string][]float64{}
	}
	for name, s := range a.Stages {
		w.stages[name] = append(w.stages[name], s.DurationMS)
	}
	if w.waits == nil {
		w.waits = map[string][]float64{}
	}
	hs := hops(a, now)
	for _, h := range hs {
		w.waits[h.name] = append(w.waits[h.name], h.ms)
	}
	if w.trace != nil {
		t := traceLine{Phase: w.phase, ID: a.ID, Received: float64(a.Received.UnixMicro()) / 1000,
			Total: w.lat[len(w.lat)-1], Stages: map[string]float64{}, Waits: map[string]float64{}}
		for name, s := range a.Stages {
			t.Stages[name] = s.DurationMS
		}
		for _, h := range hs {
			t.Waits[h.name] = h.ms
		}
		_ = w.trace.Encode(t) // an error shows when the file is closed
	}
}

// A hop is the time an article spent between two steps: queued in a
// stream, in flight, or (before the first stage) in the ingest API.
type hop struct {
	name string
	ms   float64
}

// hops splits an article's ingest→flagged time into the waits between its
// stage runs, in the order the stages ran: from receipt to the first
// stage's start (ingest's store write, publish and the queue), between one
// stage's end and the next one's start, and from the last stage's end to
// arrival. Together with the stage runs they add up to the end-to-end
// time (up to clock steps).
func hops(a flaggedTimes, arrived time.Time) []hop {
	type run struct {
		name       string
		start, end time.Time
	}
	runs := make([]run, 0, len(a.Stages))
	for name, s := range a.Stages {
		end := s.At
		runs = append(runs, run{name, end.Add(-time.Duration(s.DurationMS * float64(time.Millisecond))), end})
	}
	slices.SortFunc(runs, func(x, y run) int { return x.end.Compare(y.end) })
	out := make([]hop, 0, len(runs)+1)
	prev, from := a.Received, topology.StageIngest
	for _, r := range runs {
		out = append(out, hop{from + "→" + r.name, float64(r.start.Sub(prev).Microseconds()) / 1000})
		prev, from = r.end, r.name
	}
	return append(out, hop{from + "→bench", float64(arrived.Sub(prev).Microseconds()) / 1000})
}

// flaggedTimes is what the bench reads of a flagged article.
type flaggedTimes struct {
	ID       string
	Received time.Time
	Stages   map[string]article.StageRun
}

// decodeFlagged reads the id, the received time and the stage runs of a
// flagged document without decoding (or scanning) the rest: the load
// generator shares the cores with the pipeline, and decoding every 15–30 KB
// document whole cost it ~3% of them. id and received come before the text
// (the document's field order is article.Article's), and stages is the last
// field: a quote inside a JSON string is escaped, so the last `"stages":`
// is the top-level one.
func decodeFlagged(data []byte) (flaggedTimes, bool) {
	var a flaggedTimes
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return a, false
	}
	for seen := 0; seen < 2 && dec.More(); {
		t, err := dec.Token()
		if err != nil {
			return a, false
		}
		switch t {
		case "id":
			err = dec.Decode(&a.ID)
			seen++
		case "received":
			err = dec.Decode(&a.Received)
			seen++
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err != nil {
			return a, false
		}
	}
	i := bytes.LastIndex(data, []byte(`"stages":`))
	if a.ID == "" || i < 0 {
		return a, false
	}
	if err := json.NewDecoder(bytes.NewReader(data[i+len(`"stages":`):])).Decode(&a.Stages); err != nil {
		return a, false
	}
	return a, true
}

// reset starts a new phase and returns the results of the last.
func (w *flaggedWatch) reset() (lat []float64, stages, waits map[string][]float64, arrived int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	lat, stages, waits, arrived = w.lat, w.stages, w.waits, w.arrived
	w.lat, w.stages, w.waits, w.arrived = nil, nil, nil, 0
	return
}

// setPhase names the phase in the trace lines that follow.
func (w *flaggedWatch) setPhase(name string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.phase = name
}

func (w *flaggedWatch) expect(ids []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	now := time.Now()
	for _, id := range ids {
		w.sent[id] = now
	}
}

func (w *flaggedWatch) forget(ids []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, id := range ids {
		delete(w.sent, id)
	}
}

func (w *flaggedWatch) outstanding() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.sent)
}

// loader feeds the ingest API.
type loader struct {
	c    benchConfig
	art  func(int) loadRecord
	w    *flaggedWatch
	next atomic.Int64
	// rejected counts 429/503 answers (backpressure).
	rejected atomic.Int64
	// phaseCtx ends with the load phase: no new request or retry after it.
	phaseCtx context.Context
}

type benchPhase struct {
	name       string
	sent       int
	arrived    int
	took       time.Duration
	throughput float64
	lat        []float64
	stages     map[string][]float64
	waits      map[string][]float64
	backoffs   int64
	left       int
	// cpu is the CPU time (user and system) each watched process spent
	// in the phase, in rssWatch.procs order; negative when unreadable.
	cpu      []time.Duration
	cpuNames []string
	// gc is this process's garbage collection over the phase, and selfCPU
	// the CPU time this process took, when the pipeline runs in it.
	gc      gcStats
	selfCPU time.Duration
}

// gcStats is what runtime/metrics says of this process's garbage
// collection: collections, bytes allocated, and the CPU time the collector
// took (background and idle marking, assists, pauses).
type gcStats struct {
	cycles, allocated uint64
	cpu               float64 // seconds
}

var gcMetrics = []string{"/gc/cycles/total:gc-cycles", "/gc/heap/allocs:bytes", "/cpu/classes/gc/total:cpu-seconds"}

func readGC() gcStats {
	ms := make([]metrics.Sample, len(gcMetrics))
	for i, n := range gcMetrics {
		ms[i].Name = n
	}
	metrics.Read(ms)
	var g gcStats
	if ms[0].Value.Kind() == metrics.KindUint64 {
		g.cycles = ms[0].Value.Uint64()
	}
	if ms[1].Value.Kind() == metrics.KindUint64 {
		g.allocated = ms[1].Value.Uint64()
	}
	if ms[2].Value.Kind() == metrics.KindFloat64 {
		g.cpu = ms[2].Value.Float64()
	}
	return g
}

func (g gcStats) since(before gcStats) gcStats {
	return gcStats{cycles: g.cycles - before.cycles, allocated: g.allocated - before.allocated, cpu: g.cpu - before.cpu}
}

// run feeds for d at rate articles per second (0: as fast as the API
// takes them), then waits up to 60 s for the articles sent to arrive.
func (l *loader) run(ctx context.Context, rate float64, d time.Duration) (benchPhase, error) {
	l.w.reset()
	l.rejected.Store(0)
	client := &http.Client{Timeout: 60 * time.Second}
	var sent atomic.Int64
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	l.phaseCtx = ctx
	start := time.Now()
	var wg sync.WaitGroup
	feeders, batchSize := l.c.Feeders, l.c.BatchSize
	if rate > 0 {
		feeders = max(feeders, 8)
	}
	errc := make(chan error, feeders) // each feeder sends at most one
	// At a fixed rate a pacer hands the feeders the articles due: every
	// tick, as many as the rate has accrued since the last one (at most
	// --batch in one request), or one at a time with --tick 0. The pacer
	// does not wait for the feeders (open loop): a slow answer delays no
	// later arrival while another feeder is free.
	var jobs chan int
	if rate > 0 {
		jobs = make(chan int, 1024)
		tick := l.c.Tick
		if tick <= 0 || time.Duration(float64(time.Second)/rate) > tick {
			tick = time.Duration(float64(time.Second) / rate)
		}
		if l.c.Tick <= 0 {
			batchSize = 1
		}
		go func() {
			defer close(jobs)
			t := time.NewTicker(tick)
			defer t.Stop()
			due := 0.0
			last := time.Now()
			for {
				select {
				case now := <-t.C:
					due += rate * now.Sub(last).Seconds()
					last = now
					for due >= 1 {
						n := min(int(due), batchSize)
						due -= float64(n)
						select {
						case jobs <- n:
						case <-ctx.Done():
							return
						}
					}
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	for range feeders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				n := batchSize
				if jobs != nil {
					var ok bool
					if n, ok = <-jobs; !ok {
						return
					}
				}
				recs := make([]loadRecord, n)
				ids := make([]string, n)
				for i := range recs {
					recs[i] = l.art(int(l.next.Add(1)))
					ids[i] = recs[i].ID
				}
				l.w.expect(ids)
				// The request in flight finishes even when the phase
				// ends, so that what was accepted is known.
				k, err := l.post(context.WithoutCancel(ctx), client, recs)
				l.w.forget(ids[k:]) // not taken: do not wait for them
				if err != nil && ctx.Err() == nil {
					errc <- err
					cancel()
					return
				}
				sent.Add(int64(k))
			}
		}()
	}
	wg.Wait()
	feedTook := time.Since(start)
	close(errc)
	if err := <-errc; err != nil {
		return benchPhase{}, err
	}
	// Drain: wait for what was accepted to come out.
	wait := time.Now().Add(60 * time.Second)
	for l.w.outstanding() > 0 && time.Now().Before(wait) {
		time.Sleep(20 * time.Millisecond)
	}
	took := time.Since(start)
	lat, stages, waits, arrived := l.w.reset()
	left := l.w.outstanding()
	l.w.mu.Lock()
	clear(l.w.sent)
	l.w.mu.Unlock()
	// Throughput over the whole phase, feeding plus draining what was fed.
	p := benchPhase{sent: int(sent.Load()), arrived: arrived, took: took, lat: lat, stages: stages, waits: waits,
		backoffs: l.rejected.Load(), left: left}
	p.throughput = float64(arrived) / took.Seconds()
	_ = feedTook
	return p, nil
}

// post sends recs as one batch, retrying the lines not taken after a
// 429/503; it returns how many were accepted.
func (l *loader) post(ctx context.Context, client *http.Client, recs []loadRecord) (int, error) {
	accepted := 0
	for len(recs) > 0 && ctx.Err() == nil && l.phaseCtx.Err() == nil {
		var body bytes.Buffer
		enc := json.NewEncoder(&body)
		for _, r := range recs {
			_ = enc.Encode(r)
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, l.c.URL+"/v1/articles/batch", &body)
		req.Header.Set("Authorization", "Bearer "+l.c.Token)
		req.Header.Set("Content-Type", "application/x-ndjson")
		resp, err := client.Do(req)
		if err != nil {
			if ctx.Err() != nil {
				return accepted, nil
			}
			return accepted, fmt.Errorf("bench: post: %w", err)
		}
		var res struct {
			Accepted      int `json:"accepted"`
			Rejected      int `json:"rejected"`
			RetryFromLine int `json:"retry_from_line"`
			Results       []struct {
				Line          int
				Error, Reason string
			} `json:"results"`
		}
		derr := json.NewDecoder(resp.Body).Decode(&res)
		resp.Body.Close()
		accepted += res.Accepted
		for _, r := range res.Results {
			if r.Error != "" {
				return accepted, fmt.Errorf("bench: article rejected: %s: %s", r.Error, r.Reason)
			}
		}
		switch {
		case resp.StatusCode == http.StatusOK && derr == nil:
			return accepted, nil
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
			l.rejected.Add(1)
			if res.RetryFromLine > 1 {
				recs = recs[res.RetryFromLine-1:]
			}
			wait := 100 * time.Millisecond
			if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 {
				wait = time.Duration(s) * time.Second
			}
			select {
			case <-time.After(wait):
			case <-l.phaseCtx.Done():
			}
		default:
			return accepted, fmt.Errorf("bench: batch answered %d", resp.StatusCode)
		}
	}
	return accepted, nil
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p / 100 * float64(len(sorted)-1))
	return sorted[i]
}

func printPhase(w io.Writer, p benchPhase, ref float64, refCPU time.Duration) {
	fmt.Fprintf(w, "pipeline %-28s %8.1f articles/s = %.2f of in-process analyze  (%d sent, %d flagged, %d not back after 60 s, %v, %d backpressure answers)\n",
		p.name, p.throughput, p.throughput/ref, p.sent, p.arrived, p.left, p.took.Round(time.Millisecond), p.backoffs)
	if p.arrived > 0 && len(p.cpu) > 0 {
		// CPU time is not taken by other tenants of the machine, so it
		// compares builds better than a rate does on a noisy host.
		var total time.Duration
		var parts []string
		for i, c := range p.cpu {
			if c < 0 {
				continue
			}
			total += c
			parts = append(parts, fmt.Sprintf("%s %d", p.cpuNames[i], (c/time.Duration(p.arrived)).Microseconds()))
		}
		per := total / time.Duration(p.arrived)
		fmt.Fprintf(w, "  CPU per article       µs %7d", per.Microseconds())
		if refCPU > 0 && per > 0 {
			fmt.Fprintf(w, " = %.2fx analyze's %d µs", float64(per)/float64(refCPU), refCPU.Microseconds())
		}
		if len(parts) > 1 {
			fmt.Fprintf(w, "  (%s)", strings.Join(parts, ", "))
		}
		fmt.Fprintln(w)
	}
	if p.arrived > 0 && p.gc.cycles > 0 {
		// The collector's share of the CPU, and what drives it: the
		// bytes allocated an article (a collection every live-heap's
		// worth, at GOGC=100).
		fmt.Fprintf(w, "  GC (this process)     %d collections, %.0f KB allocated an article", p.gc.cycles, float64(p.gc.allocated)/float64(p.arrived)/1024)
		if p.selfCPU > 0 {
			fmt.Fprintf(w, ", %.0f%% of its CPU time", 100*p.gc.cpu/p.selfCPU.Seconds())
		}
		fmt.Fprintln(w)
	}
	slices.Sort(p.lat)
	fmt.Fprintf(w, "  ingest→flagged ms     p50 %7.1f  p90 %7.1f  p99 %7.1f  max %7.1f\n",
		percentile(p.lat, 50), percentile(p.lat, 90), percentile(p.lat, 99), percentile(p.lat, 100))
	names := make([]string, 0, len(p.stages))
	for n := range p.stages {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		printDist(w, "stage "+n, p.stages[n])
	}
	names = names[:0]
	for n := range p.waits {
		names = append(names, n)
	}
	// Hops in the order the pipeline runs them.
	slices.SortFunc(names, func(a, b string) int { return hopRank(a) - hopRank(b) })
	for _, n := range names {
		printDist(w, "wait "+n, p.waits[n])
	}
}

// hopRank orders hop names as the pipeline runs them.
func hopRank(name string) int {
	from, _, _ := strings.Cut(name, "→")
	for i, s := range []string{topology.StageIngest, topology.StageClean, topology.StageClaims, topology.StageFlagger} {
		if from == s {
			return i
		}
	}
	return 99
}

// printDist prints one line of percentiles and the mean of d (sorting it).
func printDist(w io.Writer, label string, d []float64) {
	slices.Sort(d)
	sum := 0.0
	for _, x := range d {
		sum += x
	}
	fmt.Fprintf(w, "  %-21s ms p50 %7.2f  p90 %7.2f  p99 %7.2f  mean %7.2f\n", label,
		percentile(d, 50), percentile(d, 90), percentile(d, 99), sum/float64(max(len(d), 1)))
}

// rssWatch reports peak and current RSS of this process and of external
// ones.
type rssWatch struct {
	procs   []rssProc
	mu      sync.Mutex
	samples map[string][]int64 // name -> VmRSS kB samples
}

type rssProc struct{ name, pid string }

func newRSSWatch(pids string) *rssWatch {
	w := &rssWatch{procs: []rssProc{{"copydesk bench (this process)", "self"}}, samples: map[string][]int64{}}
	for _, kv := range strings.Split(pids, ",") {
		if name, pid, ok := strings.Cut(strings.TrimSpace(kv), "="); ok {
			w.procs = append(w.procs, rssProc{name, pid})
		}
	}
	return w
}

// procStatus returns VmHWM and VmRSS in kB.
func procStatus(pid string) (hwm, rss int64, err error) {
	b, err := os.ReadFile(filepath.Join("/proc", pid, "status"))
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		v, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmHWM:":
			hwm = v
		case "VmRSS:":
			rss = v
		}
	}
	return hwm, rss, nil
}

// names returns the watched processes' short names.
func (w *rssWatch) names() []string {
	out := make([]string, len(w.procs))
	for i, p := range w.procs {
		out[i] = p.name
		if p.pid == "self" {
			out[i] = "bench"
		}
	}
	return out
}

// cpu returns the CPU time (user and system) each watched process has
// used so far; -1 for one that cannot be read.
func (w *rssWatch) cpu() []time.Duration {
	out := make([]time.Duration, len(w.procs))
	for i, p := range w.procs {
		if p.pid == "self" {
			out[i] = selfCPU()
			continue
		}
		d, err := procCPU(p.pid)
		if err != nil {
			d = -1
		}
		out[i] = d
	}
	return out
}

// cpuSince returns the CPU time each process used since before (a cpu
// result); -1 where either reading failed.
func (w *rssWatch) cpuSince(before []time.Duration) []time.Duration {
	now := w.cpu()
	for i := range now {
		if now[i] < 0 || before[i] < 0 {
			now[i] = -1
			continue
		}
		now[i] -= before[i]
	}
	return now
}

// selfCPU is this process's CPU time, user and system.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// clockTicks is the unit of /proc/<pid>/stat's times (USER_HZ, 100 on
// Linux for every architecture Go supports).
const clockTicks = 100

// procCPU is another process's CPU time from /proc/<pid>/stat (utime and
// stime, fields 14 and 15).
func procCPU(pid string) (time.Duration, error) {
	b, err := os.ReadFile(filepath.Join("/proc", pid, "stat"))
	if err != nil {
		return 0, err
	}
	// The command name (field 2) is in parentheses and may hold spaces.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, fmt.Errorf("bench: /proc/%s/stat: no command name", pid)
	}
	f := strings.Fields(string(b[i+1:])) // from field 3
	if len(f) < 13 {
		return 0, fmt.Errorf("bench: /proc/%s/stat: %d fields", pid, len(f)+2)
	}
	var ticks int64
	for _, s := range f[11:13] {
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("bench: /proc/%s/stat: %w", pid, err)
		}
		ticks += v
	}
	return time.Duration(ticks) * time.Second / clockTicks, nil
}

func (w *rssWatch) every(ctx context.Context, d time.Duration) {
	go func() {
		t := time.NewTicker(d)
		defer t.Stop()
		for {
			for _, p := range w.procs {
				if _, rss, err := procStatus(p.pid); err == nil {
					w.mu.Lock()
					w.samples[p.name] = append(w.samples[p.name], rss)
					w.mu.Unlock()
				}
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
}

func (w *rssWatch) print(out io.Writer) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, p := range w.procs {
		hwm, rss, err := procStatus(p.pid)
		if err != nil {
			fmt.Fprintf(out, "RSS %-30s unreadable: %v\n", p.name, err)
			continue
		}
		fmt.Fprintf(out, "RSS %-30s peak (VmHWM) %6.1f MB, now %6.1f MB", p.name, float64(hwm)/1024, float64(rss)/1024)
		if s := w.samples[p.name]; len(s) >= 4 {
			q := len(s) / 4
			fmt.Fprintf(out, "; soak samples at 1/4 %6.1f, 1/2 %6.1f, 3/4 %6.1f, end %6.1f MB",
				float64(s[q])/1024, float64(s[2*q])/1024, float64(s[3*q])/1024, float64(s[len(s)-1])/1024)
		}
		fmt.Fprintln(out)
	}
}
