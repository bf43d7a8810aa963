package review

import (
	"context"
	"database/sql"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
	"github.com/copydesk/copydesk/pkg/review/reviewdb/reviewdbtest"
)

const (
	editorName = "alice"
	adminName  = "boss"
	testPass   = "correct horse battery"
	xssID      = "xss-article"
	xssScript  = `<script>window.__pwned = 1;</script>`
	xssImg     = `<img src=x onerror="window.__pwned = 2">`
)

// recordingPublisher keeps every published decision.
type recordingPublisher struct {
	mu  sync.Mutex
	got []Decision
}

func (p *recordingPublisher) PublishDecision(_ context.Context, d Decision) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.got = append(p.got, d)
	return nil
}

func (p *recordingPublisher) decisions() []Decision {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Decision(nil), p.got...)
}

type testEnv struct {
	srv  *Server
	ts   *httptest.Server
	db   *sql.DB
	pub  *recordingPublisher
	reg  *prometheus.Registry
	path string
}

func openSQLite(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_time_format=sqlite")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// xssArticle holds markup in every text field an editor sees.
func xssArticle(received time.Time) *article.Article {
	text := "Headline " + xssScript + "\n\nBody with " + xssImg + " inside and a quote.\n\nTeaser " + xssScript
	s1 := strings.Index(text, xssScript)
	s2 := strings.Index(text, xssImg)
	risk := 0.99
	p1 := strings.Index(text, "Body")
	p2 := strings.LastIndex(text, "Teaser")
	return &article.Article{
		Schema: article.SchemaVersion, ID: xssID, Source: "evil.example", Title: "Title " + xssScript + xssImg,
		Author: xssImg, URL: "javascript:alert(1)", Received: received, Text: text, Risk: &risk,
		Blocks: []article.Block{
			{Start: 0, End: p1 - 2, Label: article.LabelHeadline, Score: 1},
			{Start: p1, End: p2 - 2, Label: article.LabelContent, Score: 1},
			{Start: p2, End: len(text), Label: article.LabelSpam, Score: 1, Reason: "reason " + xssImg},
		},
		Quotes: []article.Quote{{Text: xssImg, Start: s2, End: s2 + len(xssImg), Kind: article.KindDirect,
			Speaker: &article.Speaker{Name: xssScript, Canonical: xssScript, Mention: xssImg, Type: article.SourcePerson},
			Cue:     &article.Span{Text: xssScript}}},
		Claims: []article.Claim{{Text: xssScript, Start: s1, End: s1 + len(xssScript), Checkworthy: 0.9}},
		Flags: []article.Flag{
			{Code: article.FlagSEOSpam, Severity: article.SeverityHigh, Score: 0.9, Explanation: "explained " + xssScript,
				Evidence: []article.Span{{Text: xssScript, Start: s1, End: s1 + len(xssScript)}, {Text: xssImg, Start: s2, End: s2 + len(xssImg)}},
				Related:  []string{`"><script>window.__pwned=3</script>`}},
		},
	}
}

func newTestEnv(t testing.TB, mutate func(*Config)) *testEnv {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "copydesk.db")
	db := openSQLite(t, path)
	if err := reviewdbtest.CreateStoreTables(ctx, db, reviewdb.SQLite); err != nil {
		t.Fatal(err)
	}
	received := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	arts, err := reviewdbtest.Seeds("../../seeds", received)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) == 0 {
		t.Fatal("no seeds found under ../../seeds")
	}
	arts = append(arts, xssArticle(received.Add(25*time.Hour)))
	for _, a := range arts {
		if err := reviewdbtest.InsertArticle(ctx, db, reviewdb.SQLite, a); err != nil {
			t.Fatal(err)
		}
	}
	cfg := DefaultConfig()
	cfg.SecureCookies = false
	cfg.BcryptCost = 4
	if mutate != nil {
		mutate(&cfg)
	}
	pub := &recordingPublisher{}
	reg := prometheus.NewRegistry()
	srv, err := New(cfg, Deps{DB: db, Dialect: reviewdb.SQLite, Publisher: pub}, zap.NewNop(), reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := EnsureUser(ctx, db, reviewdb.SQLite, editorName, testPass, reviewdb.RoleEditor, 4); err != nil {
		t.Fatal(err)
	}
	if err := EnsureUser(ctx, db, reviewdb.SQLite, adminName, testPass, reviewdb.RoleAdmin, 4); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &testEnv{srv: srv, ts: ts, db: db, pub: pub, reg: reg, path: path}
}

// client returns an HTTP client with a cookie jar that does not follow
// redirects.
func (e *testEnv) client(t testing.TB) *http.Client {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

var csrfRe = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

func body(t testing.TB, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// login signs in through the form and returns the session's CSRF token.
func (e *testEnv) login(t testing.TB, c *http.Client, name, password string) string {
	t.Helper()
	resp, err := c.Get(e.ts.URL + "/login")
	if err != nil {
		t.Fatal(err)
	}
	m := csrfRe.FindStringSubmatch(body(t, resp))
	if m == nil {
		t.Fatal("login page has no csrf token")
	}
	resp, err = c.PostForm(e.ts.URL+"/login", url.Values{"name": {name}, "password": {password}, "csrf_token": {m[1]}, "next": {"/queue"}})
	if err != nil {
		t.Fatal(err)
	}
	b := body(t, resp)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login %s: status %d: %s", name, resp.StatusCode, b)
	}
	resp, err = c.Get(e.ts.URL + "/queue")
	if err != nil {
		t.Fatal(err)
	}
	m = csrfRe.FindStringSubmatch(body(t, resp))
	if m == nil {
		t.Fatal("queue page has no csrf token")
	}
	return m[1]
}
