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
	"slices"
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

// storeBackend is a real store package's store and its database handle.
type storeBackend struct {
	name    string
	open    func(t *testing.T) (store.Store, *sql.DB)
	dialect reviewdb.Dialect
}

// storeBackends returns SQLite and, when COPYDESK_TEST_POSTGRES_DSN is set,
// PostgreSQL (in a schema of its own, dropped at the end).
func storeBackends() []storeBackend {
	backends := []storeBackend{{"sqlite", func(t *testing.T) (store.Store, *sql.DB) {
		st, err := sqlite.Open(context.Background(), sqlite.Config{Path: filepath.Join(t.TempDir(), "store.db"), BusyTimeout: 10 * time.Second, MaxOpenConns: 4, Synchronous: "NORMAL"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st, st.DB()
	}, reviewdb.SQLite}}
	if dsn := os.Getenv("COPYDESK_TEST_POSTGRES_DSN"); dsn != "" {
		backends = append(backends, storeBackend{"postgres", func(t *testing.T) (store.Store, *sql.DB) {
			b := make([]byte, 6)
			_, _ = rand.Read(b)
			schema := "review_store_test_" + hex.EncodeToString(b)
			if admin, err := sql.Open("pgx", dsn); err == nil {
				reviewdbtest.SharedExtensions(context.Background(), admin)
				admin.Close()
			}
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
	return backends
}

// TestWithStore runs the review server over the real store packages, which
// own the articles and flags tables: articles written with PutArticle must
// list, filter by date and render, and decisions must work.
func TestWithStore(t *testing.T) {
	backends := storeBackends()
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

// TestNoRedundantIndexes: once the review UI has set up its queue indexes
// over a real store, no index on the store's tables is redundant, i.e. a
// non-unique index whose columns lead another index (each one costs every
// stored article a write and serves no lookup the other does not).
func TestNoRedundantIndexes(t *testing.T) {
	for _, be := range storeBackends() {
		t.Run(be.name, func(t *testing.T) {
			ctx := context.Background()
			_, db := be.open(t)
			d, err := reviewdb.Open(ctx, db, be.dialect)
			if err != nil {
				t.Fatal(err)
			}
			for round := range 2 { // the second run finds them in place
				if ok, err := d.EnsureArticleIndexes(ctx); err != nil || !ok {
					t.Fatalf("round %d: ensure indexes: %v %v", round, ok, err)
				}
			}
			for _, table := range []string{"articles", "flags", "blocks", "quotes", "claims"} {
				idx := indexColumns(t, db, be.dialect, table)
				if len(idx) == 0 {
					t.Fatalf("%s: no indexes found", table)
				}
				for _, x := range idx {
					if x.unique {
						continue
					}
					for _, y := range idx {
						if x.name != y.name && len(x.cols) <= len(y.cols) && slices.Equal(x.cols, y.cols[:len(x.cols)]) {
							t.Errorf("%s: index %s %v is redundant: its columns lead %s %v", table, x.name, x.cols, y.name, y.cols)
						}
					}
				}
			}
			// The queue's own indexes are there.
			names := map[string]bool{}
			for _, x := range indexColumns(t, db, be.dialect, "articles") {
				names[x.name] = true
			}
			for _, n := range []string{"review_articles_queue", "review_articles_source_risk", "articles_received_idx"} {
				if !names[n] {
					t.Errorf("index %s missing", n)
				}
			}
		})
	}
}

type indexInfo struct {
	name   string
	unique bool
	cols   []string // key columns in order (not INCLUDE columns)
}

// indexColumns lists table's B-tree indexes, its primary key's included.
func indexColumns(t *testing.T, db *sql.DB, dialect reviewdb.Dialect, table string) []indexInfo {
	t.Helper()
	q := `SELECT il.name, il."unique", ii.name FROM pragma_index_list(?) il, pragma_index_info(il.name) ii ORDER BY il.name, ii.seqno`
	if dialect == reviewdb.Postgres {
		q = `SELECT i.relname, x.indisunique, a.attname
			FROM pg_index x
			JOIN pg_class i ON i.oid = x.indexrelid
			JOIN pg_am am ON am.oid = i.relam AND am.amname = 'btree'
			JOIN pg_class c ON c.oid = x.indrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
			CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
			JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
			WHERE c.relname = $1 AND k.ord <= x.indnkeyatts
			ORDER BY i.relname, k.ord`
	}
	rs, err := db.QueryContext(context.Background(), q, table)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var out []indexInfo
	for rs.Next() {
		var name, col string
		var unique bool
		if err := rs.Scan(&name, &unique, &col); err != nil {
			t.Fatal(err)
		}
		if len(out) == 0 || out[len(out)-1].name != name {
			out = append(out, indexInfo{name: name, unique: unique})
		}
		out[len(out)-1].cols = append(out[len(out)-1].cols, col)
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
