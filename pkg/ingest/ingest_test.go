package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nats-io/nats.go"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/dedupe"
	"github.com/copydesk/copydesk/pkg/input"
)

const testToken = "test-token-0123456789"

type env struct {
	api  *API
	h    http.Handler
	pub  *fakePublisher
	st   *fakeStore
	objs *fakeObjects
	reg  *prometheus.Registry
}

func newEnv(t *testing.T, mod func(*Config)) *env {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Tokens = []string{"other-token-abcdefghij", testToken}
	cfg.MaxBodyBytes = 4 << 10
	cfg.MaxBatchBytes = 32 << 10
	cfg.HTMLInlineMax = 1 << 10
	if mod != nil {
		mod(&cfg)
	}
	e := &env{pub: &fakePublisher{}, st: newFakeStore(), objs: &fakeObjects{}, reg: prometheus.NewRegistry()}
	api, err := New(cfg, Deps{Publisher: e.pub, Store: e.st, Dedupe: dedupe.NewMemoryIndex(), Objects: e.objs,
		Now: func() time.Time { return time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC) }}, zap.NewNop(), e.reg)
	if err != nil {
		t.Fatal(err)
	}
	e.api, e.h = api, api.Handler()
	return e
}

func (e *env) do(t *testing.T, method, target, ctype, body string, hdr map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Authorization", "Bearer "+testToken)
	for k, v := range hdr {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	return rec
}

func decode[T any](t *testing.T, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %q: %v", rec.Body.String(), err)
	}
	return v
}

func seedText(t *testing.T, i int) string {
	t.Helper()
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) <= i {
		t.Skip("seeds not found")
	}
	b, err := os.ReadFile(files[i])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestPostValidation(t *testing.T) {
	long := strings.Repeat("a", 5<<10)
	tests := []struct {
		name   string
		ctype  string
		body   string
		query  string
		policy input.Policy
		status int
		code   string
		line   int
		field  string
	}{
		{"json ok", "application/json", `{"text":"Hello world","title":"T"}`, "", "", 202, "", 0, ""},
		{"text ok", "text/plain; charset=utf-8", "Headline\n\nBody.", "?source=x.test&url=https://x.test/a", "", 202, "", 0, ""},
		{"html ok", "text/html", "<p>Body</p>", "", "", 202, "", 0, ""},
		{"latin1 charset", "text/plain; charset=iso-8859-1", "caf\xe9", "", "", 202, "", 0, ""},
		{"too large", "text/plain", long, "", "", 413, "too_large", 0, ""},
		{"empty body", "text/plain", "", "", "", 400, "empty", 0, ""},
		{"blank text", "text/plain", " \n ", "", "", 422, "empty", 0, ""},
		{"json without text", "application/json", `{"title":"T"}`, "", "", 422, "empty", 0, ""},
		{"invalid utf8 repaired", "text/plain", "caf\xe9 ok", "", "", 202, "", 0, ""},
		{"invalid utf8 rejected", "text/plain", "caf\xe9 ok", "", input.Reject, 422, "invalid_utf8", 0, ""},
		{"invalid utf8 json rejected", "application/json", "{\"text\":\"caf\xe9\"}", "", input.Reject, 422, "invalid_utf8", 1, ""},
		{"no content type", "", "text", "", "", 415, "unsupported_media_type", 0, ""},
		{"unknown content type", "application/pdf", "%PDF", "", "", 415, "unsupported_media_type", 0, ""},
		{"jsonl on single", "application/x-ndjson", `{"text":"x"}`, "", "", 415, "unsupported_media_type", 0, ""},
		{"unknown charset", "text/plain; charset=klingon", "x", "", "", 415, "unsupported_media_type", 0, ""},
		{"malformed json line 2", "application/json", "{\n\"text\": \"x\" \"title\": 1}", "", "", 400, "malformed_json", 2, ""},
		{"wrong field type", "application/json", `{"text":"x","published":20240101}`, "", "", 422, "invalid_field", 0, "published"},
		{"bad id", "application/json", `{"id":"../etc","text":"x"}`, "", "", 422, "invalid_field", 0, "id"},
		{"bad id query", "text/plain", "x", "?id=a.b", "", 422, "invalid_field", 0, "id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, func(c *Config) {
				if tt.policy != "" {
					c.InvalidUTF8 = tt.policy
				}
			})
			rec := e.do(t, "POST", "/v1/articles"+tt.query, tt.ctype, tt.body, nil)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if tt.status == 202 {
				acc := decode[Accepted](t, rec)
				if len(acc.ID) != 26 || len(e.pub.msgs) != 1 || e.pub.msgs[0].msgID != acc.ID+".ingest.1" {
					t.Errorf("accepted %+v, published %+v", acc, e.pub.msgs)
				}
				return
			}
			got := decode[ErrorBody](t, rec)
			if got.Error != tt.code || got.Line != tt.line || got.Field != tt.field || got.Reason == "" {
				t.Errorf("error %+v, want code %q line %d field %q", got, tt.code, tt.line, tt.field)
			}
			if len(e.pub.msgs) != 0 {
				t.Errorf("published %d messages for a rejected request", len(e.pub.msgs))
			}
			if n := testutil.ToFloat64(e.api.m.rejected.WithLabelValues(tt.code)); n != 1 {
				t.Errorf("rejected{reason=%q} = %v, want 1", tt.code, n)
			}
		})
	}
}

func TestPostFields(t *testing.T) {
	e := newEnv(t, nil)
	rec := e.do(t, "POST", "/v1/articles?source=x.test&url=https://x.test/a&title=Hi&published=2024-01-02", "text/plain", "caf\xe9 \x00body", nil)
	if rec.Code != 202 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	acc := decode[Accepted](t, rec)
	if diff := cmp.Diff([]string{input.WarnInvalidUTF8, input.WarnNUL}, acc.Warnings); diff != "" {
		t.Errorf("warnings: %s", diff)
	}
	want := article.Article{Schema: 1, ID: acc.ID, Source: "x.test", URL: "https://x.test/a", Title: "Hi", Published: "2024-01-02",
		Received: time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC), Text: "caf\uFFFD body", ContentHash: acc.ContentHash}
	if diff := cmp.Diff(want, e.pub.msgs[0].a); diff != "" {
		t.Errorf("published (-want +got):\n%s", diff)
	}
	if e.pub.msgs[0].subject != Subject {
		t.Errorf("subject %q", e.pub.msgs[0].subject)
	}
	stored, _ := e.st.GetArticle(context.Background(), acc.ID)
	if diff := cmp.Diff(want, *stored); diff != "" {
		t.Errorf("stored (-want +got):\n%s", diff)
	}
}

func TestClientID(t *testing.T) {
	e := newEnv(t, nil)
	for range 2 { // resending the same id is idempotent
		rec := e.do(t, "POST", "/v1/articles", "application/json", `{"id":"my-id_1","text":"Some text here"}`, nil)
		if rec.Code != 202 || decode[Accepted](t, rec).ID != "my-id_1" || decode[Accepted](t, rec).Duplicate != nil {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
	if e.pub.msgs[0].msgID != e.pub.msgs[1].msgID {
		t.Errorf("message ids differ: %q %q", e.pub.msgs[0].msgID, e.pub.msgs[1].msgID)
	}
}

func TestIDsMonotonic(t *testing.T) {
	e := newEnv(t, nil)
	prev := ""
	for i := range 50 {
		rec := e.do(t, "POST", "/v1/articles", "text/plain", "text number "+strings.Repeat("x", i), nil)
		id := decode[Accepted](t, rec).ID
		if id <= prev {
			t.Fatalf("id %s not after %s", id, prev)
		}
		prev = id
	}
}

func TestAuth(t *testing.T) {
	e := newEnv(t, nil)
	tests := []struct {
		name, auth string
		status     int
	}{
		{"none", "", 401},
		{"wrong", "Bearer nope-nope-nope-nope", 401},
		{"basic", "Basic " + testToken, 401},
		{"prefix of token", "Bearer test-token", 401},
		{"valid", "Bearer " + testToken, 202},
		{"second token", "Bearer other-token-abcdefghij", 202},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := e.do(t, "POST", "/v1/articles", "text/plain", "x "+tt.name, map[string]string{"Authorization": tt.auth})
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if tt.status == 401 && (rec.Header().Get("WWW-Authenticate") == "" || decode[ErrorBody](t, rec).Error != "unauthorized") {
				t.Errorf("401 answer: %v %s", rec.Header(), rec.Body)
			}
		})
	}
	for _, target := range []string{"/v1/articles/batch", "/v1/articles/X"} {
		req := httptest.NewRequest("GET", target, nil)
		rec := httptest.NewRecorder()
		e.h.ServeHTTP(rec, req)
		if rec.Code != 401 {
			t.Errorf("%s without token: %d", target, rec.Code)
		}
	}
}

func TestDuplicates(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MaxBodyBytes = 1 << 20 })
	s0, s1 := seedText(t, 0), seedText(t, 1)
	post := func(text string) Accepted {
		t.Helper()
		rec := e.do(t, "POST", "/v1/articles", "text/plain", text, nil)
		if rec.Code != 202 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		return decode[Accepted](t, rec)
	}
	first := post(s0)
	if first.Duplicate != nil || post(s1).Duplicate != nil {
		t.Fatal("different seeds reported as duplicates")
	}
	exact := post(strings.ToUpper(s0))
	if diff := cmp.Diff(&article.Duplicate{Of: first.ID, Kind: "exact", Similarity: 1}, exact.Duplicate); diff != "" {
		t.Errorf("exact: %s", diff)
	}
	edited := strings.Replace(strings.Replace(s0, " the ", " a ", 2), "Lavrov", "Mr Lavrov", 1)
	near := post(edited)
	if near.Duplicate == nil || near.Duplicate.Of != first.ID || near.Duplicate.Kind != "near" {
		t.Errorf("near: %+v", near.Duplicate)
	}
	// Duplicates still flow: every post was published and stored.
	if len(e.pub.msgs) != 4 || e.pub.msgs[3].a.Duplicate == nil {
		t.Errorf("published %d, last duplicate %v", len(e.pub.msgs), e.pub.msgs[len(e.pub.msgs)-1].a.Duplicate)
	}
	for kind, want := range map[string]float64{"exact": 1, "near": 1} {
		if got := testutil.ToFloat64(e.api.m.duplicates.WithLabelValues(kind)); got != want {
			t.Errorf("duplicates{kind=%s} = %v, want %v", kind, got, want)
		}
	}
	if got := testutil.ToFloat64(e.api.m.accepted); got != 4 {
		t.Errorf("accepted = %v, want 4", got)
	}
}

func TestLargeHTMLOffloaded(t *testing.T) {
	e := newEnv(t, nil)
	page := "<html><body><p>" + strings.Repeat("word ", 300) + "</p></body></html>"
	rec := e.do(t, "POST", "/v1/articles", "text/html", page, nil)
	acc := decode[Accepted](t, rec)
	if rec.Code != 202 || acc.HTMLRef != acc.ID {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if got := string(e.objs.objs[acc.ID]); got != page {
		t.Errorf("object holds %d bytes, want the page", len(got))
	}
	if m := e.pub.msgs[0].a; m.HTML != "" || m.HTMLRef != acc.ID || m.ContentHash == "" {
		t.Errorf("message html %d bytes, ref %q, hash %q", len(m.HTML), m.HTMLRef, m.ContentHash)
	}
	small := e.do(t, "POST", "/v1/articles", "text/html", "<p>small</p>", nil)
	if a := e.pub.msgs[1].a; small.Code != 202 || a.HTML != "<p>small</p>" || a.HTMLRef != "" {
		t.Errorf("small html: %+v", a)
	}
}

func TestBackpressure(t *testing.T) {
	e := newEnv(t, nil)
	e.pub.setFail(errors.New("nats: timeout"))
	rec := e.do(t, "POST", "/v1/articles", "text/plain", "Some article text", nil)
	if rec.Code != 503 || rec.Header().Get("Retry-After") != "5" {
		t.Fatalf("status %d, Retry-After %q: %s", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	if got := decode[ErrorBody](t, rec).Error; got != "unavailable" {
		t.Errorf("error %q", got)
	}
	// The failed record says so, and a retry is not its duplicate.
	for _, a := range e.st.docs {
		if StatusOf(&a).Status != "failed" {
			t.Errorf("stored record status %q", StatusOf(&a).Status)
		}
	}
	e.pub.setFail(nil)
	rec = e.do(t, "POST", "/v1/articles", "text/plain", "Some article text", nil)
	if rec.Code != 202 || decode[Accepted](t, rec).Duplicate != nil {
		t.Errorf("retry: %d %s", rec.Code, rec.Body)
	}
	e.objs.fail = true
	rec = e.do(t, "POST", "/v1/articles", "text/html", "<p>"+strings.Repeat("x", 2<<10)+"</p>", nil)
	if rec.Code != 503 {
		t.Errorf("object store down: %d", rec.Code)
	}
}

// TestMaxPayload: an article over the broker's message size limit is a 413
// (resending cannot help), not a 503 that a client would retry forever.
func TestMaxPayload(t *testing.T) {
	e := newEnv(t, nil)
	e.pub.setFail(fmt.Errorf("ingest: publish x: %w", nats.ErrMaxPayload))
	rec := e.do(t, "POST", "/v1/articles", "text/plain", "Some article text", nil)
	if rec.Code != 413 || rec.Header().Get("Retry-After") != "" {
		t.Fatalf("status %d, Retry-After %q: %s", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	if got := decode[ErrorBody](t, rec).Error; got != "too_large" {
		t.Errorf("error %q", got)
	}
	rec = e.do(t, "POST", "/v1/articles/batch", "application/x-ndjson", `{"text":"one"}`+"\n"+`{"text":"two"}`+"\n", nil)
	res := decode[BatchResult](t, rec)
	if rec.Code != 200 || res.Rejected != 2 || res.Results[0].Error != "too_large" {
		t.Errorf("batch: %d %+v", rec.Code, res)
	}
}

func TestBatch(t *testing.T) {
	e := newEnv(t, nil)
	body := strings.Join([]string{
		`{"text":"first article","source":"a.test"}`,
		`{"text":"first article","source":"b.test"}`,
		``,
		`{"text": }`,
		`{"title":1,"text":"x"}`,
		`{"text":"` + strings.Repeat("z", 5<<10) + `"}`,
		`{"html":"<p>fine</p>"}`,
	}, "\n")
	rec := e.do(t, "POST", "/v1/articles/batch", "application/x-ndjson", body, nil)
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	res := decode[BatchResult](t, rec)
	type row struct {
		Line          int
		Status, Error string
		Dup           bool
	}
	var got []row
	for _, r := range res.Results {
		got = append(got, row{r.Line, r.Status, r.Error, r.Duplicate != nil})
	}
	want := []row{{1, "accepted", "", false}, {2, "accepted", "", true}, {4, "rejected", "malformed_json", false},
		{5, "rejected", "invalid_field", false}, {6, "rejected", "too_large", false}, {7, "accepted", "", false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	if res.Accepted != 3 || res.Duplicates != 1 || res.Rejected != 3 {
		t.Errorf("counts %d/%d/%d", res.Accepted, res.Duplicates, res.Rejected)
	}
	if res.Results[1].Duplicate.Of != res.Results[0].ID {
		t.Errorf("duplicate of %q, want %q", res.Results[1].Duplicate.Of, res.Results[0].ID)
	}
}

func TestBatchErrors(t *testing.T) {
	tests := []struct {
		name, ctype, body string
		status            int
		code              string
	}{
		{"wrong type", "text/plain", `{"text":"x"}`, 415, "unsupported_media_type"},
		{"empty", "application/x-ndjson", "", 400, "empty"},
		{"only blank lines", "application/x-ndjson", "\n\n", 400, "empty"},
		{"too large", "application/x-ndjson", strings.Repeat(`{"text":"x"}`+"\n", 3000), 413, "too_large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, nil)
			rec := e.do(t, "POST", "/v1/articles/batch", tt.ctype, tt.body, nil)
			if rec.Code != tt.status || decode[ErrorBody](t, rec).Error != tt.code {
				t.Errorf("status %d, body %s; want %d %s", rec.Code, rec.Body, tt.status, tt.code)
			}
		})
	}
}

// TestBatchBackpressure: the queue stops taking a batch's lines at the
// third. The lines before it are accepted; it and every later line are not
// (their records, written at once with the others', are left marked
// failed), so the client resends from that line, and the resent lines are
// not taken for duplicates of the withdrawn ones.
func TestBatchBackpressure(t *testing.T) {
	e := newEnv(t, nil)
	pub := &failAfter{fakePublisher: e.pub, ok: 2}
	e.api.deps.Publisher = pub
	var lines []string
	for i := range 5 {
		lines = append(lines, `{"text":"line `+strings.Repeat("i", i+1)+` of the batch"}`)
	}
	postBatchRetryFrom3(t, e, lines)
	failed := 0
	for _, a := range e.st.docs {
		if StatusOf(&a).Status == "failed" {
			failed++
		}
	}
	if failed != 3 {
		t.Errorf("%d stored records marked failed, want lines three to five", failed)
	}
	e.api.deps.Publisher = e.pub
	rec := e.do(t, "POST", "/v1/articles/batch", "application/x-ndjson", strings.Join(lines[2:], "\n"), nil)
	res := decode[BatchResult](t, rec)
	if rec.Code != 200 || res.Accepted != 3 || res.Duplicates != 0 {
		t.Errorf("resend: %d %+v", rec.Code, res)
	}
}

// TestBatchStoreFailure: the store fails one line's initial record. The
// queue decides: every line is published and accepted, and the pipeline
// writes the failed line's record when it is done.
func TestBatchStoreFailure(t *testing.T) {
	e := newEnv(t, nil)
	e.st.failOn = func(a *article.Article) bool { return strings.Contains(a.Text, "line three") }
	lines := []string{`{"text":"line one is here"}`, `{"text":"line two is here"}`, `{"text":"line three is here"}`,
		`{"text":"line four is here"}`, `{"text":"line five is here"}`}
	rec := e.do(t, "POST", "/v1/articles/batch", "application/x-ndjson", strings.Join(lines, "\n"), nil)
	res := decode[BatchResult](t, rec)
	if rec.Code != 200 || res.Accepted != 5 {
		t.Fatalf("status %d: %+v", rec.Code, res)
	}
	if n := len(e.pub.msgs); n != 5 {
		t.Errorf("%d articles published, want 5", n)
	}
	if n := len(e.st.docs); n != 4 {
		t.Errorf("%d initial records, want 4 (all but line three's)", n)
	}
}

// TestBatchStoresTogether: the store writes of a batch's lines run at once
// (so the SQLite store commits them together), not one after another.
func TestBatchStoresTogether(t *testing.T) {
	e := newEnv(t, nil)
	gate := newBarrier(3)
	e.api.deps.Store = &barrierStore{fakeStore: e.st, b: gate}
	body := `{"text":"alpha article text"}` + "\n" + `{"text":"beta article text"}` + "\n" + `{"text":"gamma article text"}`
	rec := e.do(t, "POST", "/v1/articles/batch", "application/x-ndjson", body, nil)
	if res := decode[BatchResult](t, rec); rec.Code != 200 || res.Accepted != 3 {
		t.Fatalf("status %d: %+v", rec.Code, res)
	}
}

// barrier releases its waiters once n have arrived, or after a second (so
// that a sequential caller fails the test instead of hanging it).
type barrier struct {
	mu      sync.Mutex
	n       int
	release chan struct{}
}

func newBarrier(n int) *barrier { return &barrier{n: n, release: make(chan struct{})} }

func (b *barrier) wait() bool {
	b.mu.Lock()
	b.n--
	if b.n == 0 {
		close(b.release)
	}
	b.mu.Unlock()
	select {
	case <-b.release:
		return true
	case <-time.After(time.Second):
		return false
	}
}

type barrierStore struct {
	*fakeStore
	b *barrier
}

func (s *barrierStore) PutArticle(ctx context.Context, a *article.Article) error {
	if !s.b.wait() {
		return errors.New("store: writes arrived one at a time")
	}
	return s.fakeStore.PutArticle(ctx, a)
}

// postBatchRetryFrom3 posts five lines that fail at the third: a 503 with
// Retry-After, two accepted, retry from line 3.
func postBatchRetryFrom3(t *testing.T, e *env, lines []string) {
	t.Helper()
	rec := e.do(t, "POST", "/v1/articles/batch", "application/x-ndjson", strings.Join(lines, "\n"), nil)
	if rec.Code != 503 || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	res := decode[BatchResult](t, rec)
	if res.Accepted != 2 || res.RetryFromLine != 3 || res.Error != "unavailable" {
		t.Errorf("result %+v", res)
	}
}

type failAfter struct {
	*fakePublisher
	ok int
}

func (f *failAfter) Publish(ctx context.Context, subject, msgID string, data []byte) error {
	f.fakePublisher.mu.Lock()
	ok := f.ok > 0
	f.ok--
	f.fakePublisher.mu.Unlock()
	if !ok {
		return errors.New("nats: no responders")
	}
	return f.fakePublisher.Publish(ctx, subject, msgID, data)
}

func TestStatus(t *testing.T) {
	e := newEnv(t, nil)
	id := decode[Accepted](t, e.do(t, "POST", "/v1/articles", "text/plain", "Some text", nil)).ID
	get := func(id string) (int, Status) {
		rec := e.do(t, "GET", "/v1/articles/"+id, "", "", nil)
		if rec.Code != 200 {
			return rec.Code, Status{}
		}
		return rec.Code, decode[Status](t, rec)
	}
	code, st := get(id)
	if code != 200 || st.Status != "queued" || st.Flags != 0 || len(st.Stages) != 0 {
		t.Errorf("queued: %d %+v", code, st)
	}
	a, _ := e.st.GetArticle(context.Background(), id)
	a.MarkStage("clean", "3", time.Millisecond, time.Now())
	a.MarkStage("flagger", "2", time.Millisecond, time.Now())
	a.Flags = []article.Flag{{Code: "seo_spam"}, {Code: "clickbait_headline"}}
	_ = e.st.PutArticle(context.Background(), a)
	code, st = get(id)
	if code != 200 || st.Status != "processed" || st.Flags != 2 || !cmp.Equal(st.Stages, map[string]string{"clean": "3", "flagger": "2"}) {
		t.Errorf("processed: %d %+v", code, st)
	}
	if code, _ := get("01ARZ3NDEKTSV4RRFFQ69G5FAV"); code != 404 {
		t.Errorf("unknown id: %d", code)
	}
	if code, _ := get("bad.id"); code != 404 {
		t.Errorf("bad id: %d", code)
	}
	rec := e.do(t, "DELETE", "/v1/articles/"+id, "", "", nil)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("DELETE: %d", rec.Code)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*Config)
		ok   bool
	}{
		{"ok", func(*Config) {}, true},
		{"no tokens", func(c *Config) { c.Tokens = nil }, false},
		{"short token", func(c *Config) { c.Tokens = []string{"short"} }, false},
		{"body", func(c *Config) { c.MaxBodyBytes = 0 }, false},
		{"inline", func(c *Config) { c.HTMLInlineMax = 0 }, false},
		{"policy", func(c *Config) { c.InvalidUTF8 = "drop" }, false},
		{"subject", func(c *Config) { c.Subject = "" }, false},
		{"timeout", func(c *Config) { c.PublishTimeout = 0 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			c.Tokens = []string{testToken}
			tt.mod(&c)
			if err := c.Validate(); (err == nil) != tt.ok {
				t.Errorf("Validate() = %v, want ok=%v", err, tt.ok)
			}
		})
	}
	if _, err := New(func() Config { c := DefaultConfig(); c.Tokens = []string{testToken}; return c }(), Deps{}, nil, nil); err == nil {
		t.Error("New without deps: no error")
	}
}

func TestMetricsRegistered(t *testing.T) {
	e := newEnv(t, nil)
	mfs, err := e.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, mf := range mfs {
		names = append(names, mf.GetName())
	}
	want := []string{"copydesk_ingest_accepted_total", "copydesk_ingest_duplicates_total", "copydesk_ingest_rejected_total",
		"copydesk_ingest_step_seconds"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Error(diff)
	}
}

// TestStepMetrics checks that every step an accepted article takes is timed
// once, and a step it does not take (offload, for text) not at all.
func TestStepMetrics(t *testing.T) {
	tests := []struct {
		name, ctype, body string
		want              map[string]uint64
	}{
		{"text", "text/plain", "Some text here", map[string]uint64{stepDedupe: 1, stepOffload: 0, stepStore: 1, stepPublish: 1}},
		{"large html", "application/json", `{"html":"<p>` + strings.Repeat("word ", 400) + `</p>"}`,
			map[string]uint64{stepDedupe: 1, stepOffload: 1, stepStore: 1, stepPublish: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, func(c *Config) { c.MaxBodyBytes = 8 << 10 })
			if rec := e.do(t, "POST", "/v1/articles", tt.ctype, tt.body, nil); rec.Code != http.StatusAccepted {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			mfs, err := e.reg.Gather()
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]uint64{}
			for _, mf := range mfs {
				if mf.GetName() != "copydesk_ingest_step_seconds" {
					continue
				}
				for _, m := range mf.GetMetric() {
					got[m.GetLabel()[0].GetValue()] = m.GetHistogram().GetSampleCount()
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("samples by step (-want +got):\n%s", diff)
			}
		})
	}
}

type barrierPublisher struct {
	*fakePublisher
	b *barrier
}

func (p *barrierPublisher) Publish(ctx context.Context, subject, msgID string, data []byte) error {
	if !p.b.wait() {
		return errors.New("nats: the publish waited for the store write")
	}
	return p.fakePublisher.Publish(ctx, subject, msgID, data)
}

// TestStoreAndPublishTogether: one article's initial record and its publish
// run at once, not one after the other, posted alone or as a batch.
func TestStoreAndPublishTogether(t *testing.T) {
	tests := []struct {
		name, path, ctype, body string
		want                    int
	}{
		{"article", "/v1/articles", "text/plain", "Some article text", 202},
		{"batch of one", "/v1/articles/batch", "application/x-ndjson", `{"text":"Some article text"}`, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, nil)
			gate := newBarrier(2)
			e.api.deps.Store = &barrierStore{fakeStore: e.st, b: gate}
			e.api.deps.Publisher = &barrierPublisher{fakePublisher: e.pub, b: gate}
			rec := e.do(t, "POST", tt.path, tt.ctype, tt.body, nil)
			if rec.Code != tt.want || len(e.pub.msgs) != 1 || len(e.st.docs) != 1 {
				t.Fatalf("status %d, %d published, %d stored: %s", rec.Code, len(e.pub.msgs), len(e.st.docs), rec.Body)
			}
		})
	}
}

// TestSingleFailures: what one article gets when its initial record, its
// publish or both fail. The queue decides: a published article is accepted
// (the pipeline writes its record), an unpublished one is not, its record
// (if written) says it failed, and the client's retry is not its duplicate.
func TestSingleFailures(t *testing.T) {
	tests := []struct {
		name             string
		storeFails       bool
		publishFails     bool
		wantCode         int
		wantStatus       string // the stored record's status, "" for none
		wantPublished    int
		wantRetryIsFresh bool
	}{
		{name: "store fails", storeFails: true, wantCode: 202, wantPublished: 1},
		{name: "publish fails", publishFails: true, wantCode: 503, wantStatus: "failed", wantRetryIsFresh: true},
		{name: "both fail", storeFails: true, publishFails: true, wantCode: 503, wantRetryIsFresh: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, nil)
			if tt.storeFails {
				e.st.failOn = func(*article.Article) bool { return true }
			}
			if tt.publishFails {
				e.pub.setFail(errors.New("nats: timeout"))
			}
			rec := e.do(t, "POST", "/v1/articles", "text/plain", "An article about the council budget vote", nil)
			if rec.Code != tt.wantCode {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.wantCode, rec.Body)
			}
			if n := len(e.pub.msgs); n != tt.wantPublished {
				t.Errorf("%d published, want %d", n, tt.wantPublished)
			}
			var statuses []string
			for _, a := range e.st.docs {
				statuses = append(statuses, StatusOf(&a).Status)
			}
			want := []string(nil)
			if tt.wantStatus != "" {
				want = []string{tt.wantStatus}
			}
			if diff := cmp.Diff(want, statuses); diff != "" {
				t.Errorf("stored records' status (-want +got):\n%s", diff)
			}
			if !tt.wantRetryIsFresh {
				return
			}
			e.st.failOn = nil
			e.pub.setFail(nil)
			rec = e.do(t, "POST", "/v1/articles", "text/plain", "An article about the council budget vote", nil)
			if rec.Code != 202 || decode[Accepted](t, rec).Duplicate != nil {
				t.Errorf("retry: %d %s", rec.Code, rec.Body)
			}
		})
	}
}
