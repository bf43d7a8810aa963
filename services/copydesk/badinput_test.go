package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/app/pipeline"
	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/runner"
	"github.com/copydesk/copydesk/pkg/topology"
)

// The bad-input corpus: small cases live in testdata/badinput, the big ones
// are generated here (multi-megabyte files are not committed). Every case
// goes through the ingest API of a whole in-process pipeline (`up` on an
// embedded NATS server and SQLite) and through `copydesk analyze`. Each must
// get a clear error or a clean result within its time limit and with its
// heap growth bounded relative to its size; the table says which.

// badCase is one bad input and what it must get.
type badCase struct {
	name string
	file string // name under testdata/badinput, or
	gen  func(t *testing.T) []byte
	ext  string // extension of the generated file (.txt, .html, .jsonl, ...)

	// The ingest API: the route and content type it is posted with, and
	// the answer. For a single article wantCode is the error code of a
	// rejection ("" when accepted with 202); for a batch the counts.
	batch        bool
	contentType  string
	wantStatus   int
	wantCode     string
	wantWarning  string // a warning the accepted article carries
	wantAccepted int    // batch
	wantRejected int    // batch
	wantDups     int    // batch: duplicates linked
	// wantPipeline is where an accepted single article ends: "processed"
	// (stored with every stage's results) or "dlq:<stage>" (dead-lettered
	// with its reason). Empty: not followed (batches).
	wantPipeline string

	// `copydesk analyze`: records printed, records with an error, a
	// substring of the first error, a warning of the first record, and
	// duplicates linked.
	wantRecords   int
	wantErrors    int
	wantErrSubstr string
	wantAWarning  string
	wantADups     int
	check         func(t *testing.T, recs []record) // further checks of the records
}

// seedText is the first seed article.
func seedText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../seeds/000_68cd6ccdafa90542.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// prose returns n bytes of article-like text: the seeds' sentences shuffled
// into paragraphs.
func prose(t *testing.T, n int) []byte {
	t.Helper()
	files, _ := filepath.Glob("../../seeds/*.txt")
	var sents []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range regexp.MustCompile(`[^.!?\n]+[.!?]`).FindAllString(string(b), -1) {
			sents = append(sents, strings.TrimSpace(s))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	var buf bytes.Buffer
	buf.WriteString("A very long article about everything\n\n")
	for buf.Len() < n {
		for i := 0; i < 6; i++ {
			buf.WriteString(sents[r.IntN(len(sents))])
			buf.WriteByte(' ')
		}
		buf.WriteString("\n\n")
	}
	return buf.Bytes()[:n]
}

func jsonLine(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// dupCount is how many copies of one article the duplicates case sends:
// 10,000 with COPYDESK_BADINPUT_FULL=1, 200 otherwise. (The flagger's
// cross-article lookup returns every stored print sharing a key, so its
// cost per article grows with the copies already seen: 1,000 copies take
// about 15 s through analyze on two cores, 10,000 far longer.)
var dupCount = func() int {
	if os.Getenv("COPYDESK_BADINPUT_FULL") == "1" {
		return 10000
	}
	return 200
}()

// repeated returns a generator of a page: head, then n copies of block with
// the copy's number for every "{n}".
func repeated(head, block string, n int) func(t *testing.T) []byte {
	return func(t *testing.T) []byte {
		var b bytes.Buffer
		b.WriteString(head)
		for i := range n {
			b.WriteString(strings.ReplaceAll(block, "{n}", strconv.Itoa(i)))
		}
		return b.Bytes()
	}
}

func badCases() []badCase {
	return []badCase{
		{name: "empty", file: "empty.txt", contentType: "text/plain",
			wantStatus: 400, wantCode: "empty",
			wantRecords: 1, wantErrors: 1, wantErrSubstr: "empty"},
		{name: "whitespace", file: "whitespace.txt", contentType: "text/plain",
			wantStatus: 422, wantCode: "empty",
			wantRecords: 1, wantErrors: 1, wantErrSubstr: "empty"},
		{name: "text_10MB", ext: ".txt", contentType: "text/plain",
			gen:        func(t *testing.T) []byte { return prose(t, 10<<20) },
			wantStatus: 413, wantCode: "too_large",
			wantRecords: 1, wantErrors: 0},
		{name: "text_3_5MB", ext: ".txt", contentType: "text/plain",
			// Under the 4 MiB message limit as ingested, over it once clean
			// has added its blocks: it goes on by reference to the object
			// store (package docref).
			gen:        func(t *testing.T) []byte { return prose(t, 3500<<10) },
			wantStatus: 202, wantPipeline: "processed",
			wantRecords: 1, wantErrors: 0},
		{name: "short_lines_40000", ext: ".txt", contentType: "text/plain",
			// 1 MB of 40,000 short lines: each a block of its own, so the
			// enriched article is over 4 MiB from clean on.
			gen:        repeated("Best budget headphones\n\n", "Check price on Amazon\n\nBest for runners: model {n}\n\n", 20000),
			wantStatus: 202, wantPipeline: "processed",
			wantRecords: 1,
			check: func(t *testing.T, recs []record) {
				if n := len(recs[0].Blocks); n < 40000 {
					t.Errorf("%d blocks, want 40,001", n)
				}
			}},
		{name: "line_1MB", ext: ".txt", contentType: "text/plain",
			gen: func(t *testing.T) []byte {
				return append([]byte("One enormous line\n\n"), bytes.ReplaceAll(prose(t, 1<<20), []byte("\n"), []byte(" "))...)
			},
			wantStatus: 202, wantPipeline: "processed",
			wantRecords: 1, wantErrors: 0},
		{name: "invalid_utf8", file: "invalid_utf8.txt", contentType: "text/plain",
			wantStatus: 202, wantWarning: "invalid_utf8_repaired", wantPipeline: "processed",
			wantRecords: 1, wantAWarning: "invalid_utf8_repaired"},
		{name: "nul_bytes", file: "nul_bytes.txt", contentType: "text/plain",
			wantStatus: 202, wantWarning: "nul_removed", wantPipeline: "processed",
			wantRecords: 1, wantAWarning: "nul_removed"},
		{name: "utf16_bom", file: "utf16_bom.txt", contentType: "text/plain",
			wantStatus: 202, wantWarning: "utf16_decoded", wantPipeline: "processed",
			wantRecords: 1, wantAWarning: "utf16_decoded",
			check: func(t *testing.T, recs []record) {
				if !strings.HasPrefix(recs[0].Text, "Russian foreign minister") {
					t.Errorf("UTF-16 text decoded as %.40q", recs[0].Text)
				}
			}},
		{name: "html_nested_10000", ext: ".html", contentType: "text/html",
			gen: func(t *testing.T) []byte {
				var b bytes.Buffer
				b.WriteString("<!doctype html><html><head><title>Deep</title></head><body>")
				for range 10000 {
					b.WriteString("<div>")
				}
				b.WriteString("<p>" + seedText(t)[:600] + "</p>")
				for range 10000 {
					b.WriteString("</div>")
				}
				b.WriteString("</body></html>")
				return b.Bytes()
			},
			wantStatus: 202, wantPipeline: "processed",
			wantRecords: 1},
		{name: "only_links", file: "only_links.html", contentType: "text/html",
			wantStatus: 202, wantPipeline: "processed",
			wantRecords: 1},
		{name: "quotes_100000", ext: ".txt", contentType: "text/plain",
			gen:        func(t *testing.T) []byte { return append([]byte("Quotes\n\n"), bytes.Repeat([]byte{'"'}, 100000)...) },
			wantStatus: 202, wantPipeline: "processed",
			wantRecords: 1},
		{name: "interview_5000_answers", ext: ".txt", contentType: "text/plain",
			// A question-and-answer interview whose every answer is the
			// interviewee's quote: linear in the answers, not in answers
			// times sentences.
			gen: repeated("A long interview\n\nSadiq Khan has been mayor of London since 2016. We spoke to Sadiq Khan about housing.\n\n",
				"Q: What comes next, part {n}?\n\nA: Housing is still the issue, part {n}.\n\n", 5000),
			wantStatus: 202, wantPipeline: "processed",
			wantRecords: 1,
			check: func(t *testing.T, recs []record) {
				n := 0
				for _, q := range recs[0].Quotes {
					if q.Speaker != nil && q.Speaker.Name == "Sadiq Khan" && strings.HasPrefix(q.Text, "Housing is still the issue") {
						n++
					}
				}
				if n != 5000 {
					t.Errorf("%d answers attributed to Sadiq Khan, want 5000 (of %d quotes)", n, len(recs[0].Quotes))
				}
			}},
		{name: "shopping_buttons_10000", ext: ".txt", contentType: "text/plain",
			// A buying guide's shopping buttons between short headings: a
			// heading's neighbours pass over two buttons at most, so the
			// page costs linear time.
			gen:        repeated("Best budget headphones\n\n", "Check price on Amazon\n\nBest for runners: model {n}\n\n", 10000),
			wantStatus: 202, wantPipeline: "processed",
			wantRecords: 1,
			check: func(t *testing.T, recs []record) {
				n := 0
				for _, bl := range recs[0].Blocks {
					if bl.Label == article.LabelCTA {
						n++
					}
				}
				if n == 0 {
					t.Errorf("no shopping button labelled cta in %d blocks", len(recs[0].Blocks))
				}
			}},
		{name: "unbalanced_quotes", file: "unbalanced_quotes.txt", contentType: "text/plain",
			wantStatus: 202, wantPipeline: "processed",
			wantRecords: 1},
		{name: "non_english", file: "non_english.txt", contentType: "text/plain",
			wantStatus: 202, wantPipeline: "processed",
			wantRecords: 1,
			check: func(t *testing.T, recs []record) {
				// Its language read from the text; no English attribution
				// guessed on German (capitalised nouns as speakers).
				if recs[0].Language != "de" || len(recs[0].Quotes) > 0 || len(recs[0].Entities) > 0 {
					t.Errorf("language %q, quotes %v, entities %v", recs[0].Language, recs[0].Quotes, recs[0].Entities)
				}
			}},
		{name: "binary_garbage", file: "binary_garbage.bin", contentType: "text/plain",
			wantStatus: 202, wantWarning: "invalid_utf8_repaired", wantPipeline: "processed",
			wantRecords: 1, wantAWarning: "invalid_utf8_repaired"},
		{name: "json_wrong_types", file: "wrong_types.json", contentType: "application/json",
			wantStatus: 422, wantCode: "invalid_field",
			wantRecords: 1, wantErrors: 1, wantErrSubstr: "invalid_field"},
		{name: "jsonl_wrong_types", file: "wrong_types.jsonl", batch: true,
			wantStatus: 200, wantAccepted: 1, wantRejected: 7,
			wantRecords: 8, wantErrors: 7, wantErrSubstr: "invalid_field"},
		{name: "jsonl_line_5MB", ext: ".jsonl", batch: true,
			gen: func(t *testing.T) []byte {
				return jsonLine(t, map[string]string{"title": "Five megabytes", "text": string(prose(t, 5<<20))})
			},
			wantStatus: 200, wantAccepted: 0, wantRejected: 1,
			wantRecords: 1, wantErrors: 0},
		{name: "duplicates", ext: ".jsonl", batch: true,
			gen: func(t *testing.T) []byte {
				// A seed no other case uses, so the first copy is an original.
				b, err := os.ReadFile("../../seeds/004_dae7814976e2245b.txt")
				if err != nil {
					t.Fatal(err)
				}
				line := jsonLine(t, map[string]string{"title": "Same story", "source": "dup.example", "text": string(b)})
				return bytes.Repeat(line, dupCount)
			},
			wantStatus: 200, wantAccepted: dupCount, wantDups: dupCount - 1,
			wantRecords: dupCount, wantADups: dupCount - 1},
	}
}

// heapPeak samples the heap in use while a case runs.
type heapPeak struct {
	base, peak uint64
	stop, done chan struct{}
}

func startHeapPeak() *heapPeak {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	h := &heapPeak{base: ms.HeapAlloc, peak: ms.HeapAlloc, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(h.done)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			h.peak = max(h.peak, ms.HeapAlloc)
			select {
			case <-h.stop:
				return
			case <-tick.C:
			}
		}
	}()
	return h
}

// growth stops sampling and returns the peak heap growth in bytes.
func (h *heapPeak) growth() uint64 {
	close(h.stop)
	<-h.done
	if h.peak < h.base {
		return 0
	}
	return h.peak - h.base
}

// heapBound is the heap growth a case of n input bytes may cause: 96 MiB of
// fixed overhead (stage models, buffers, the embedded server) plus 60 times
// the input (the text, its decoded and normalised copies, the JSON
// document with blocks, sentences and claims, and for many records the
// batch's duplicate index and claim corpus).
func heapBound(n int) uint64 { return 96<<20 + 60*uint64(n) }

// caseTimeout bounds each case's API call and analyze run.
var caseTimeout = func() time.Duration {
	if os.Getenv("COPYDESK_BADINPUT_FULL") == "1" {
		return 10 * time.Minute
	}
	return 90 * time.Second
}()

// within runs f and fails the test if it has not returned within d (a hang).
func within(t *testing.T, d time.Duration, what string, f func(ctx context.Context)) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(ctx)
	}()
	select {
	case <-done:
	case <-time.After(d + 10*time.Second):
		t.Fatalf("%s did not return within %v: a hang", what, d)
	}
}

// upForTest runs `copydesk up` in-process on random ports and returns the
// HTTP base URL, the NATS URL and the data directory.
func upForTest(t *testing.T, concurrency int) (base, natsURL, dir string) {
	t.Helper()
	dir = t.TempDir()
	c := upConfig{Settings: app.DefaultSettings(), NATSAddr: "127.0.0.1:0"}
	c.Addr = "127.0.0.1:0"
	c.DataDir = dir
	c.Concurrency = concurrency
	if err := c.Finish("up"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- up(ctx, c, []string{testToken}, zaptest.NewLogger(t, zaptest.Level(zap.ErrorLevel)), out)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("up returned %v", err)
			}
		case <-time.After(40 * time.Second):
			t.Error("up did not shut down within 40s")
		}
	})
	re := regexp.MustCompile(`ingest API\s+(http://\S+)/v1/articles`)
	reNATS := regexp.MustCompile(`NATS\s+(nats://\S+)`)
	waitFor(t, 20*time.Second, func() (string, bool) {
		select {
		case err := <-done:
			t.Fatalf("up returned early: %v\n%s", err, out)
		default:
		}
		m, n := re.FindStringSubmatch(out.String()), reNATS.FindStringSubmatch(out.String())
		if m == nil || n == nil {
			return "", false
		}
		base, natsURL = m[1], n[1]
		return "", true
	})
	return base, natsURL, dir
}

const testToken = "bad-input-test-token-0123456789"

// deadLetters collects the dead letters published while a test runs, by
// article id.
type deadLetters struct {
	mu   sync.Mutex
	byID map[string]nats.Header
	all  []*nats.Msg
}

func watchDeadLetters(t *testing.T, natsURL string) *deadLetters {
	t.Helper()
	nc, err := nats.Connect(natsURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	d := &deadLetters{byID: map[string]nats.Header{}}
	if _, err := nc.Subscribe("copydesk.dlq.>", func(m *nats.Msg) {
		d.mu.Lock()
		defer d.mu.Unlock()
		d.all = append(d.all, m)
		if id := m.Header.Get(runner.HeaderArticleID); id != "" {
			d.byID[id] = m.Header
		}
	}); err != nil {
		t.Fatal(err)
	}
	if err := nc.Flush(); err != nil {
		t.Fatal(err)
	}
	return d
}

func (d *deadLetters) get(id string) (nats.Header, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	h, ok := d.byID[id]
	return h, ok
}

func post(t *testing.T, ctx context.Context, url, contentType string, body []byte) (int, []byte) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+testToken)
	req.Header.Set("Content-Type", contentType)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// pipelineOutcome waits until the article id is processed (stored with
// every stage's results) or dead-lettered, and says which.
func pipelineOutcome(t *testing.T, base, id string, dls *deadLetters, d time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if h, ok := dls.get(id); ok {
			t.Logf("dead letter: stage %s reason %s: %s", h.Get(runner.HeaderStage), h.Get(runner.HeaderReason), h.Get(runner.HeaderError))
			if h.Get(runner.HeaderReason) == "" || h.Get(runner.HeaderError) == "" {
				t.Errorf("dead letter of %s without its reason: %v", id, h)
			}
			return "dlq:" + h.Get(runner.HeaderStage)
		}
		req, _ := http.NewRequest(http.MethodGet, base+"/v1/articles/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+testToken)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			var st struct {
				Status string            `json:"status"`
				Stages map[string]string `json:"stages"`
			}
			_ = json.NewDecoder(resp.Body).Decode(&st)
			resp.Body.Close()
			if st.Status == "processed" {
				for _, s := range pipeline.StageNames {
					if _, ok := st.Stages[s]; !ok {
						t.Errorf("processed article %s lacks stage %s: %v", id, s, st.Stages)
					}
				}
				return "processed"
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return "pending after " + d.String()
}

func TestBadInput(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline and megabyte inputs")
	}
	base, natsURL, _ := upForTest(t, 2)
	dls := watchDeadLetters(t, natsURL)
	nc, err := nats.Connect(natsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()

	for _, c := range badCases() {
		t.Run(c.name, func(t *testing.T) {
			var data []byte
			path := filepath.Join("testdata", "badinput", c.file)
			if c.file != "" {
				var err error
				if data, err = os.ReadFile(path); err != nil {
					t.Fatal(err)
				}
			} else {
				data = c.gen(t)
				path = filepath.Join(dir, c.name+c.ext)
				if err := os.WriteFile(path, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}

			t.Run("ingest", func(t *testing.T) {
				var status int
				var body []byte
				h := startHeapPeak()
				within(t, caseTimeout, "ingest", func(ctx context.Context) {
					if c.batch {
						status, body = post(t, ctx, base+"/v1/articles/batch", "application/x-ndjson", data)
					} else {
						status, body = post(t, ctx, base+"/v1/articles", c.contentType, data)
					}
				})
				grew := h.growth()
				t.Logf("%d bytes: status %d, heap +%.1f MiB", len(data), status, float64(grew)/(1<<20))
				if grew > heapBound(len(data)) {
					t.Errorf("heap grew %d bytes for %d input bytes, bound %d", grew, len(data), heapBound(len(data)))
				}
				if status != c.wantStatus {
					t.Fatalf("status %d, want %d: %.300s", status, c.wantStatus, body)
				}
				if c.batch {
					var res struct {
						Accepted, Duplicates, Rejected int
						Results                        []struct{ Error, Reason string }
					}
					if err := json.Unmarshal(body, &res); err != nil {
						t.Fatalf("batch answer: %v: %.300s", err, body)
					}
					if res.Accepted != c.wantAccepted || res.Rejected != c.wantRejected || res.Duplicates != c.wantDups {
						t.Errorf("accepted %d rejected %d duplicates %d, want %d %d %d", res.Accepted, res.Rejected,
							res.Duplicates, c.wantAccepted, c.wantRejected, c.wantDups)
					}
					for _, r := range res.Results {
						if r.Error != "" && r.Reason == "" {
							t.Errorf("rejected line without a reason: %+v", r)
						}
					}
					// Let the pipeline finish them before the next case
					// measures the heap.
					waitDrained(t, js, caseTimeout)
					return
				}
				if c.wantStatus != http.StatusAccepted {
					var e struct{ Error, Reason string }
					if err := json.Unmarshal(body, &e); err != nil {
						t.Fatalf("error answer: %v: %.300s", err, body)
					}
					if e.Error != c.wantCode || e.Reason == "" {
						t.Errorf("error %q (%q), want code %q with a reason", e.Error, e.Reason, c.wantCode)
					}
					return
				}
				var acc struct {
					ID       string
					Warnings []string
				}
				if err := json.Unmarshal(body, &acc); err != nil || acc.ID == "" {
					t.Fatalf("accept answer: %v: %.300s", err, body)
				}
				if c.wantWarning != "" && !contains(acc.Warnings, c.wantWarning) {
					t.Errorf("warnings %v, want %q", acc.Warnings, c.wantWarning)
				}
				if got := pipelineOutcome(t, base, acc.ID, dls, caseTimeout); got != c.wantPipeline {
					t.Errorf("pipeline outcome %q, want %q", got, c.wantPipeline)
				}
			})

			t.Run("analyze", func(t *testing.T) {
				var out, errOut bytes.Buffer
				var err error
				h := startHeapPeak()
				within(t, caseTimeout, "analyze", func(ctx context.Context) {
					err = runAnalyze(ctx, []string{"--workers", "2", "--text", path}, &out, &errOut)
				})
				grew := h.growth()
				t.Logf("%d bytes: heap +%.1f MiB", len(data), float64(grew)/(1<<20))
				if grew > heapBound(len(data)) {
					t.Errorf("heap grew %d bytes for %d input bytes, bound %d", grew, len(data), heapBound(len(data)))
				}
				if err != nil {
					t.Fatalf("analyze: %v\n%.500s", err, errOut.String())
				}
				var recs []record
				dec := json.NewDecoder(&out)
				for {
					var r record
					if err := dec.Decode(&r); err == io.EOF {
						break
					} else if err != nil {
						t.Fatalf("analyze printed a line that is not JSON: %v", err)
					}
					recs = append(recs, r)
				}
				errs, dups := 0, 0
				firstErr := ""
				for _, r := range recs {
					if r.Error != "" {
						if errs == 0 {
							firstErr = r.Error
						}
						errs++
					} else if r.Stages == nil || r.Flags == nil {
						t.Errorf("record %s:%d without error and without every stage's results", r.File, r.Line)
					}
					if r.Duplicate != nil {
						dups++
					}
				}
				if len(recs) != c.wantRecords || errs != c.wantErrors || dups != c.wantADups {
					t.Fatalf("%d records, %d with errors, %d duplicates; want %d, %d, %d (first error %q)",
						len(recs), errs, dups, c.wantRecords, c.wantErrors, c.wantADups, firstErr)
				}
				if !strings.Contains(firstErr, c.wantErrSubstr) {
					t.Errorf("first error %q, want it to contain %q", firstErr, c.wantErrSubstr)
				}
				if c.wantAWarning != "" && !contains(recs[0].Warnings, c.wantAWarning) {
					t.Errorf("warnings %v, want %q", recs[0].Warnings, c.wantAWarning)
				}
				if c.check != nil {
					c.check(t, recs)
				}
			})
		})
	}
	dls.mu.Lock()
	defer dls.mu.Unlock()
	for _, m := range dls.all {
		t.Logf("dead letter %s: %s %s: %s", m.Subject, m.Header.Get(runner.HeaderArticleID),
			m.Header.Get(runner.HeaderReason), m.Header.Get(runner.HeaderError))
	}
}

// waitDrained waits until the ARTICLES work queue is empty: every stage
// has taken (and acknowledged or dead-lettered) every message.
func waitDrained(t *testing.T, js jetstream.JetStream, d time.Duration) {
	t.Helper()
	waitFor(t, d, func() (uint64, bool) {
		st, err := js.Stream(context.Background(), topology.StreamArticles)
		if err != nil {
			return 0, false
		}
		info, err := st.Info(context.Background())
		if err != nil {
			return 0, false
		}
		return info.State.Msgs, info.State.Msgs == 0
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
