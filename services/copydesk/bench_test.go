package main

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/natsembed"
)

// TestLoadCorpus: the load corpus is deterministic, has unique ids and no
// two generated articles with the same text.
func TestLoadCorpus(t *testing.T) {
	a, err := loadCorpus("../../seeds", "t", 500, 3)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := loadCorpus("../../seeds", "t", 500, 3)
	ids, texts := map[string]bool{}, map[string]bool{}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("article %d differs between two runs", i)
		}
		if ids[a[i].ID] || texts[a[i].Text] {
			t.Errorf("article %d repeats an id or a text: %s", i, a[i].ID)
		}
		ids[a[i].ID], texts[a[i].Text] = true, true
	}
	if a[0].Source != "seed.example" || a[50].Source == "seed.example" {
		t.Errorf("seeds first, variants every 50th: %q %q", a[0].Source, a[50].Source)
	}
}

// TestBenchSmoke runs `copydesk bench` briefly on an in-process pipeline
// and checks every figure is printed and articles came through.
func TestBenchSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the whole pipeline")
	}
	var out, errOut bytes.Buffer
	trace := filepath.Join(t.TempDir(), "trace.jsonl")
	err := runBench(context.Background(), []string{"--rate", "max", "--duration", "2s", "--analyze-articles", "20",
		"--relay-messages", "200", "--seeds", "../../seeds", "--feeders", "2", "--batch", "5", "--trace", trace}, &out, &errOut)
	if err != nil {
		t.Fatalf("bench: %v\n%s\n%s", err, out.String(), errOut.String())
	}
	t.Log(out.String())
	for _, re := range []string{
		`in-process analyze\s+[0-9.]+ articles/s`,
		`JetStream relay\s+[0-9.]+ msgs/s`,
		`ingest→flagged ms\s+p50\s+[0-9.]+\s+p90\s+[0-9.]+\s+p99`,
		`stage clean\s+ms p50`, `stage claims\s+ms p50`, `stage flagger\s+ms p50`,
		`RSS copydesk bench \(this process\)\s+peak \(VmHWM\)\s+[0-9.]+ MB`,
		`CPU per article\s+µs\s+[1-9][0-9]* = [0-9.]+x analyze's [1-9][0-9]* µs`,
		`GC \(this process\)\s+[1-9][0-9]* collections, [1-9][0-9]* KB allocated an article, [0-9]+% of its CPU time`,
		`GC \(this process\)\s+[1-9][0-9]* collections, [1-9][0-9]* KB allocated an article, [0-9]+% of its CPU time`,
	} {
		if !regexp.MustCompile(re).MatchString(out.String()) {
			t.Errorf("output lacks %s", re)
		}
	}
	m := regexp.MustCompile(`\((\d+) sent, (\d+) flagged, (\d+) not back`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatal("no phase summary")
	}
	sent, _ := strconv.Atoi(m[1])
	flagged, _ := strconv.Atoi(m[2])
	if sent == 0 || flagged != sent || m[3] != "0" {
		t.Errorf("%d sent, %d flagged, %s not back; want all back", sent, flagged, m[3])
	}
	checkTrace(t, trace, flagged)
}

// checkTrace: the --trace file has a line per flagged article, each with
// its phase, a time, and stage runs and waits that add up to its
// ingest→flagged time.
func checkTrace(t *testing.T, path string, want int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	if len(lines) != want {
		t.Errorf("trace has %d lines, want %d (one per flagged article)", len(lines), want)
	}
	ids := map[string]bool{}
	for i, l := range lines {
		var tl traceLine
		if err := json.Unmarshal(l, &tl); err != nil {
			t.Fatalf("trace line %d: %v: %s", i+1, err, l)
		}
		if tl.Phase != "flat out" || tl.ID == "" || tl.Received <= 0 || ids[tl.ID] {
			t.Errorf("trace line %d: phase %q, id %q (seen before: %v), received %v", i+1, tl.Phase, tl.ID, ids[tl.ID], tl.Received)
		}
		ids[tl.ID] = true
		if len(tl.Stages) != 3 || len(tl.Waits) != 4 {
			t.Errorf("trace line %d: %d stages and %d waits, want 3 and 4: %s", i+1, len(tl.Stages), len(tl.Waits), l)
		}
		sum := 0.0
		for _, v := range tl.Stages {
			sum += v
		}
		for _, v := range tl.Waits {
			sum += v
		}
		if math.Abs(sum-tl.Total) > 0.01*tl.Total+0.05 {
			t.Errorf("trace line %d: stages and waits add up to %.3f ms, ingest→flagged is %.3f", i+1, sum, tl.Total)
		}
	}
}

// TestProcCPU: another process's CPU time read from /proc agrees with
// getrusage, read here for this process, to within a few clock ticks.
func TestProcCPU(t *testing.T) {
	end := time.Now().Add(50 * time.Millisecond)
	for n := 0; time.Now().Before(end); n++ { // spend some CPU
		_ = strconv.Itoa(n)
	}
	before := selfCPU()
	got, err := procCPU(strconv.Itoa(os.Getpid()))
	after := selfCPU()
	if err != nil {
		t.Fatal(err)
	}
	const tick = time.Second / clockTicks
	if got < before-2*tick || got > after+2*tick {
		t.Errorf("procCPU = %v, getrusage %v..%v", got, before, after)
	}
	if _, err := procCPU("0"); err == nil {
		t.Error("procCPU of pid 0: no error")
	}
}

// TestDecodeFlagged: the bench's partial decode reads what a full decode
// reads, on a real document, and refuses what is not one.
func TestDecodeFlagged(t *testing.T) {
	recv := time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)
	a := &article.Article{Schema: article.SchemaVersion, ID: "01J0000000000000000000000A", Title: `a "stages": title`,
		Received: recv, Text: `text with "stages": {"x": 1} inside`,
		Signals: map[string]float64{"stages": 1},
		Stages:  map[string]article.StageRun{"clean": {Version: "1", DurationMS: 0.5}, "flagger": {Version: "2", DurationMS: 3.25}}}
	doc, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := decodeFlagged(doc)
	if !ok {
		t.Fatal("not decoded")
	}
	want := flaggedTimes{ID: a.ID, Received: recv, Stages: a.Stages}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for name, bad := range map[string]string{
		"empty":     "",
		"array":     "[]",
		"no id":     `{"received":"2026-11-21T10:00:00Z","stages":{}}`,
		"no stages": `{"id":"x","received":"2026-11-21T10:00:00Z"}`,
		"truncated": string(doc[:len(doc)/2]),
	} {
		t.Run(name, func(t *testing.T) {
			if _, ok := decodeFlagged([]byte(bad)); ok {
				t.Error("decoded")
			}
		})
	}
}

// BenchmarkStagesGenerated runs the stages alone (as the bench's "stages
// alone" line does) over b.N generated articles, one op an article: the
// flagger's corpus grows with them, as in a load phase. Allocations per op
// are the figure to watch: they are most of the pipeline's GC work.
func BenchmarkStagesGenerated(b *testing.B) {
	seeds, err := readSeeds("../../seeds")
	if err != nil {
		b.Fatal(err)
	}
	art := func(i int) loadRecord { return loadArticle(seeds, "gen", i, 1) }
	for i := range 100 { // warm the generator's caches out of the timing
		_ = art(i)
	}
	b.ReportAllocs()
	if _, err := benchAnalyze(b.Context(), b.N, art); err != nil {
		b.Fatal(err)
	}
}

// TestHTMLLoad: --html-share turns that share of the load corpus into news
// pages of about the extraction set's median size, which carry the text
// (escaped) instead of it; the pick is the same for every run.
func TestHTMLLoad(t *testing.T) {
	tests := []struct {
		name     string
		share    float64
		min, max int // of 1,000 articles
	}{
		{"none", 0, 0, 0},
		{"half", 0.5, 450, 550},
		{"a tenth", 0.1, 70, 130},
		{"all", 1, 1000, 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for i := range 1000 {
				if htmlPick(i, tt.share) {
					n++
				}
				if htmlPick(i, tt.share) != htmlPick(i, tt.share) {
					t.Fatalf("pick of %d changes", i)
				}
			}
			if n < tt.min || n > tt.max {
				t.Errorf("%d of 1000 picked, want %d to %d", n, tt.min, tt.max)
			}
		})
	}
	rec := loadArticle(nil, "t", 7, 1)
	rec.Text += "\n\nTom & Jerry said <nothing>.\n"
	page := asHTMLPage(rec, 7)
	if page.Text != "" || page.ID != rec.ID || page.Source != rec.Source {
		t.Errorf("page record: text %q, id %q, source %q", page.Text, page.ID, page.Source)
	}
	if n := len(page.HTML); n < 60_000 || n > 110_000 {
		t.Errorf("page of %d bytes, want about 80 KB", n)
	}
	for _, want := range []string{"<article>", "Tom &amp; Jerry said &lt;nothing&gt;.", "<h1>" + html.EscapeString(rec.Title) + "</h1>"} {
		if !strings.Contains(page.HTML, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// The stages-alone reference gets the page, not an empty text (it
	// once did, and measured nothing for a page).
	now := time.Now()
	for _, r := range []loadRecord{rec, page} {
		a := r.article(now)
		if a.ID != r.ID || a.Source != r.Source || a.Title != r.Title || a.Text != r.Text || a.HTML != r.HTML || !a.Received.Equal(now) {
			t.Errorf("article of record %s: %+v", r.ID, a)
		}
	}
}

// TestBenchRelayStalled: the relay reference's pre-publishing waits for the
// server's acks when the client stalls (a slow spell) instead of failing the
// bench with "stalled with too many outstanding async published messages".
func TestBenchRelayStalled(t *testing.T) {
	js, err := jetstream.New(natsembed.JetStreamForTest(t).Conn(), jetstream.WithPublishAsyncMaxPending(1))
	if err != nil {
		t.Fatal(err)
	}
	rate, err := benchRelay(t.Context(), js, 200, 100, 2, jetstream.WithStallWait(time.Nanosecond))
	if err != nil {
		t.Fatalf("relay: %v", err)
	}
	if rate <= 0 {
		t.Errorf("relay rate %v, want > 0", rate)
	}
}
