package review

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/stdlib"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/review/reviewdb"
	"github.com/copydesk/copydesk/pkg/review/reviewdb/reviewdbtest"
	"github.com/copydesk/copydesk/pkg/store"
	"github.com/copydesk/copydesk/pkg/store/postgres"
	"github.com/copydesk/copydesk/pkg/store/sqlite"
)

// TestWithStore runs the review server over the real store packages, which
// own the articles and flags tables: articles written with PutArticle must
// list, filter by date and render, and decisions must work.
func TestWithStore(t *testing.T) {
	type backend struct {
		name    string
		open    func(t *testing.T) (store.Store, *sql.DB)
		dialect reviewdb.Dialect
	}
	backends := []backend{{"sqlite", func(t *testing.T) (store.Store, *sql.DB) {
		st, err := sqlite.Open(context.Background(), sqlite.Config{Path: filepath.Join(t.TempDir(), "store.db"), BusyTimeout: 10 * time.Second, MaxOpenConns: 4, Synchronous: "NORMAL"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st, st.DB()
	}, reviewdb.SQLite}}
	if dsn := os.Getenv("COPYDESK_TEST_POSTGRES_DSN"); dsn != "" {
		backends = append(backends, backend{"postgres", func(t *testing.T) (store.Store, *sql.DB) {
			b := make([]byte, 6)
			_, _ = rand.Read(b)
			schema := "review_store_test_" + hex.EncodeToString(b)
			st, err := postgres.Open(context.Background(), postgres.Config{DSN: dsn, Schema: schema, MaxConns: 4, ConnectTimeout: 10 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			db := stdlib.OpenDBFromPool(st.Pool())
			t.Cleanup(func() {
				_, _ = db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
				db.Close()
				st.Close()
			})
			return st, db
		}, reviewdb.Postgres})
	}
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			ctx := context.Background()
			st, db := be.open(t)
			arts, err := reviewdbtest.Seeds("../../seeds", time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			x := xssArticle(time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC))
			for _, a := range append(arts, x) {
				if err := st.PutArticle(ctx, a); err != nil {
					t.Fatal(err)
				}
			}
			cfg := DefaultConfig()
			cfg.SecureCookies = false
			cfg.BcryptCost = 4
			srv, err := New(cfg, Deps{DB: db, Dialect: be.dialect}, zap.NewNop(), prometheus.NewRegistry())
			if err != nil {
				t.Fatal(err)
			}
			if err := EnsureUser(ctx, db, be.dialect, editorName, testPass, reviewdb.RoleEditor, 4); err != nil {
				t.Fatal(err)
			}
			ts := httptest.NewServer(srv.Handler())
			defer ts.Close()
			e := &testEnv{srv: srv, ts: ts, db: db}
			c := e.client(t)
			token := e.login(t, c, editorName, testPass)
			get := func(path string) string {
				resp, err := c.Get(ts.URL + path)
				if err != nil {
					t.Fatal(err)
				}
				b := body(t, resp)
				if resp.StatusCode != 200 {
					t.Fatalf("GET %s: %d", path, resp.StatusCode)
				}
				return b
			}
			rows := func(b string) int { return strings.Count(b, `class="queue-row"`) }
			if n := rows(get("/queue")); n != 6 {
				t.Errorf("queue rows = %d, want 6", n)
			}
			if n := rows(get("/queue?from=2026-11-21")); n != 1 {
				t.Errorf("rows received from 2026-11-21 = %d, want 1", n)
			}
			if n := rows(get("/queue?to=2026-11-20&code=seo_spam")); n != 1 {
				t.Errorf("seo_spam rows received by 2026-11-20 = %d, want 1", n)
			}
			if b := get("/articles/" + xssID); strings.Contains(b, "<script>window") {
				t.Error("unescaped script on the article page")
			}
			resp, err := c.PostForm(ts.URL+"/articles/"+seed000+"/flags/0/decision", url.Values{"action": {"dismiss"}, "reason": {"teasers"}, "csrf_token": {token}})
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusSeeOther {
				t.Fatalf("decision: %d", resp.StatusCode)
			}
			if n := rows(get("/queue?status=in_review")); n != 1 {
				t.Errorf("in_review rows = %d, want 1", n)
			}
		})
	}
}
