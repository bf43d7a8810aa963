package review

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
	"github.com/copydesk/copydesk/pkg/review/reviewdb/reviewdbtest"
	"github.com/prometheus/client_golang/prometheus"
)

// benchArticles is the queue size the benchmark targets (issue: < 200 ms
// per page over 100,000 stored articles).
const benchArticles = 100000

var benchCodes = []string{
	article.FlagSEOSpam, article.FlagClickbaitHeadline, article.FlagLoadedLanguage, article.FlagHeadlineMismatch,
	article.FlagAnonymousSource, article.FlagUnattributedClaims, article.FlagSecondhandSource, article.FlagContentFarm,
	article.FlagSyndicatedCopy, article.FlagMalformedQuotes, article.FlagLanguageQuality, article.FlagNearDuplicate,
}

var benchWords = strings.Fields("talks minister ukraine summit election budget storm market vaccine court strike energy " +
	"climate police senate trade deal border housing school union bank tariff rally protest report inquiry")

// fillBench writes n synthetic analyzed articles (0-3 flags each, about a
// kilobyte of text) and review states for a tenth of them.
func fillBench(tb testing.TB, db *sql.DB, dialect reviewdb.Dialect, n int) {
	tb.Helper()
	ctx := context.Background()
	if err := reviewdbtest.CreateStoreTables(ctx, db, dialect); err != nil {
		tb.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	body := strings.Repeat("Officials said the talks would continue next week, according to people familiar with the matter. ", 9)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		tb.Fatal(err)
	}
	for i := 0; i < n; i++ {
		title := fmt.Sprintf("%s %s %s report %d", benchWords[rng.IntN(len(benchWords))], benchWords[rng.IntN(len(benchWords))],
			benchWords[rng.IntN(len(benchWords))], i)
		r := rng.Float64()
		a := &article.Article{Schema: 1, ID: fmt.Sprintf("bench-%06d", i), Source: fmt.Sprintf("source%02d.example", rng.IntN(50)),
			Title: title, Received: base.Add(time.Duration(rng.IntN(365*24*60)) * time.Minute), Text: title + "\n\n" + body, Risk: &r}
		nf := rng.IntN(4)
		a.Flags = make([]article.Flag, 0, nf)
		for j := 0; j < nf; j++ {
			sev := []string{article.SeverityInfo, article.SeverityWarn, article.SeverityHigh}[rng.IntN(3)]
			// Skewed: low codes are common.
			code := benchCodes[min(rng.IntN(len(benchCodes)), rng.IntN(len(benchCodes)))]
			a.Flags = append(a.Flags, article.Flag{Code: code, Severity: sev, Score: rng.Float64(), Explanation: "synthetic"})
		}
		if err := reviewdbtest.InsertArticle(ctx, tx, dialect, a); err != nil {
			tb.Fatal(err)
		}
		if i%10 == 0 {
			q := `INSERT INTO review_state (article_id, status, assignee, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)`
			if dialect == reviewdb.Postgres {
				q = `INSERT INTO review_state (article_id, status, assignee, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)`
			}
			st := []string{reviewdb.StatusInReview, reviewdb.StatusDone}[rng.IntN(2)]
			if _, err := tx.ExecContext(ctx, q, a.ID, st, "alice", base, "alice"); err != nil {
				tb.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
}

type benchEnv struct {
	srv    *Server
	cookie string
	db     *sql.DB
}

var (
	benchOnce sync.Map // backend name -> *benchEnv
	benchMu   sync.Mutex
)

func newBenchEnv(b *testing.B, name string) *benchEnv {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	if v, ok := benchOnce.Load(name); ok {
		return v.(*benchEnv)
	}
	ctx := context.Background()
	var db *sql.DB
	var dialect reviewdb.Dialect
	switch name {
	case "sqlite":
		db = openSQLite(b, filepath.Join(b.TempDir(), "bench.db"))
		dialect = reviewdb.SQLite
		// Migrations first: fillBench writes review_state rows.
		if _, err := reviewdb.Open(ctx, db, dialect); err != nil {
			b.Fatal(err)
		}
	case "postgres":
		dsn := os.Getenv("COPYDESK_TEST_POSTGRES_DSN")
		if dsn == "" {
			b.Skip("set COPYDESK_TEST_POSTGRES_DSN for the PostgreSQL benchmark")
		}
		db = benchPostgres(b, dsn)
		dialect = reviewdb.Postgres
		if _, err := reviewdb.Open(ctx, db, dialect); err != nil {
			b.Fatal(err)
		}
	}
	start := time.Now()
	fillBench(b, db, dialect, benchArticles)
	b.Logf("%s: wrote %d articles in %v", name, benchArticles, time.Since(start).Round(time.Millisecond))
	if dialect == reviewdb.Postgres {
		// The steady state autovacuum keeps: visibility map set, statistics fresh.
		if _, err := db.ExecContext(ctx, `VACUUM ANALYZE articles, flags, review_state`); err != nil {
			b.Fatal(err)
		}
	}
	cfg := DefaultConfig()
	cfg.BcryptCost = 4
	srv, err := New(cfg, Deps{DB: db, Dialect: dialect}, zap.NewNop(), prometheus.NewRegistry())
	if err != nil {
		b.Fatal(err)
	}
	if err := EnsureUser(ctx, db, dialect, editorName, testPass, reviewdb.RoleEditor, 4); err != nil {
		b.Fatal(err)
	}
	token, _, err := srv.authenticate(ctx, "127.0.0.1", editorName, testPass)
	if err != nil {
		b.Fatal(err)
	}
	env := &benchEnv{srv: srv, cookie: cfg.CookieName + "=" + token, db: db}
	benchOnce.Store(name, env)
	return env
}

// BenchmarkQueuePage renders the queue page (handler, queries and
// template) over 100,000 articles for common filter sets. The reference
// rows time a plain scan of the articles table (ordering all rows by a
// column without an index), i.e. what each page would cost without the
// queue's indexes.
func BenchmarkQueuePage(b *testing.B) {
	queries := []struct{ name, query string }{
		{"default", ""},
		{"code", "code=seo_spam"},
		{"rare_code_severity_status", "code=near_duplicate&severity=high&status=new"},
		{"source", "source=source07.example"},
		{"search", "q=summit+budget"},
		{"date_range", "from=2026-06-01&to=2026-06-30"},
		{"status_done_assignee", "status=done&assignee=me"},
		{"page_100", "page=100"},
	}
	for _, backend := range []string{"sqlite", "postgres"} {
		b.Run(backend, func(b *testing.B) {
			env := newBenchEnv(b, backend)
			h := env.srv.Handler()
			for _, q := range queries {
				b.Run(q.name, func(b *testing.B) {
					req := httptest.NewRequest("GET", "/queue?"+q.query, nil)
					req.Header.Set("Cookie", env.cookie)
					for b.Loop() {
						rec := httptest.NewRecorder()
						h.ServeHTTP(rec, req)
						if rec.Code != http.StatusOK {
							b.Fatalf("status %d: %s", rec.Code, rec.Body.String()[:min(300, rec.Body.Len())])
						}
					}
				})
			}
			b.Run("reference_unindexed_sort", func(b *testing.B) {
				for b.Loop() {
					rows, err := env.db.Query(`SELECT id FROM articles ORDER BY updated_at DESC, title LIMIT 50`)
					if err != nil {
						b.Fatal(err)
					}
					for rows.Next() {
					}
					rows.Close()
				}
			})
		})
	}
}

func benchPostgres(b *testing.B, dsn string) *sql.DB {
	b.Helper()
	// Reuse the reviewdb tests' approach: a fresh schema per run.
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		b.Fatal(err)
	}
	schema := fmt.Sprintf("review_bench_%d", time.Now().UnixNano())
	reviewdbtest.SharedExtensions(context.Background(), admin)
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		b.Fatal(err)
	}
	sep := " "
	if strings.Contains(dsn, "://") {
		sep = "&"
		if !strings.Contains(dsn, "?") {
			sep = "?"
		}
	}
	db, err := sql.Open("pgx", dsn+sep+"search_path="+schema)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		db.Close()
		_, _ = admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		admin.Close()
	})
	return db
}
