package reviewdb_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
	"github.com/copydesk/copydesk/pkg/review/reviewdb/reviewdbtest"
)

type backend struct {
	name    string
	db      *sql.DB
	dialect reviewdb.Dialect
}

// backends returns a fresh SQLite database, and a fresh PostgreSQL schema
// when COPYDESK_TEST_POSTGRES_DSN is set, each with the store tables.
func backends(t *testing.T) []backend {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "r.db")+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_time_format=sqlite")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	out := []backend{{"sqlite", db, reviewdb.SQLite}}
	if dsn := os.Getenv("COPYDESK_TEST_POSTGRES_DSN"); dsn != "" {
		out = append(out, backend{"postgres", PostgresSchema(t, dsn), reviewdb.Postgres})
	}
	for _, b := range out {
		if err := reviewdbtest.CreateStoreTables(ctx, b.db, b.dialect); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// PostgresSchema opens dsn with a new schema first on the search path and
// drops the schema when the test ends.
func PostgresSchema(t testing.TB, dsn string) *sql.DB {
	t.Helper()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "review_test_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	reviewdbtest.SharedExtensions(context.Background(), admin)
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	sep := " "
	if strings.Contains(dsn, "://") {
		sep = "&"
		if !strings.Contains(dsn, "?") {
			sep = "?"
		}
		dsn += sep + "search_path=" + schema
	} else {
		dsn += sep + "search_path=" + schema
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Close()
		_, _ = admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		admin.Close()
	})
	return db
}

func risk(f float64) *float64 { return &f }

func testArticles(base time.Time) []*article.Article {
	mk := func(id, source, title string, r *float64, hours int, flags ...article.Flag) *article.Article {
		return &article.Article{Schema: 1, ID: id, Source: source, Title: title, Risk: r, Received: base.Add(time.Duration(hours) * time.Hour),
			Text: title, Flags: flags}
	}
	spam := article.Flag{Code: article.FlagSEOSpam, Severity: article.SeverityHigh, Score: 0.9}
	click := article.Flag{Code: article.FlagClickbaitHeadline, Severity: article.SeverityWarn, Score: 0.6}
	anon := article.Flag{Code: article.FlagAnonymousSource, Severity: article.SeverityInfo, Score: 0.3}
	return []*article.Article{
		mk("a", "site.one", "Spam and clickbait: 50% off", risk(0.9), 0, spam, click),
		mk("b", "site.two", "Officials say talks stalled", risk(0.4), 24, anon),
		mk("c", "site.one", "Plain report", nil, 48),
		mk("d", "site.two", "You won't believe this_one", risk(0.7), 72, click),
		mk("e", "site.one", "Quiet day", risk(0.1), 96),
	}
}

func setup(t *testing.T, b backend) *reviewdb.DB {
	t.Helper()
	ctx := context.Background()
	for _, a := range testArticles(time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)) {
		if err := reviewdbtest.InsertArticle(ctx, b.db, b.dialect, a); err != nil {
			t.Fatal(err)
		}
	}
	d, err := reviewdb.Open(ctx, b.db, b.dialect)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := d.EnsureArticleIndexes(ctx); err != nil || !ok {
		t.Fatalf("ensure indexes: %v %v", ok, err)
	}
	return d
}

func TestMigrationsIdempotent(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			for i := 0; i < 2; i++ {
				if _, err := reviewdb.Open(ctx, b.db, b.dialect); err != nil {
					t.Fatalf("open %d: %v", i, err)
				}
			}
			var n int
			if err := b.db.QueryRow(`SELECT COUNT(*) FROM review_schema_migrations`).Scan(&n); err != nil || n != 1 {
				t.Errorf("migrations recorded = %d, %v", n, err)
			}
		})
	}
	if _, err := reviewdb.Open(context.Background(), &sql.DB{}, "mysql"); err == nil {
		t.Error("unknown dialect accepted")
	}
}

func TestQueue(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			d := setup(t, b)
			if _, _, err := d.UpdateState(ctx, "alice", "d", reviewdb.StateChange{Status: ptr("done"), Assignee: ptr("alice")}); err != nil {
				t.Fatal(err)
			}
			base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
			tests := []struct {
				name  string
				f     reviewdb.QueueFilter
				want  []string
				total int
			}{
				{"all by risk, unscored last", reviewdb.QueueFilter{}, []string{"a", "d", "b", "e", "c"}, 5},
				{"code", reviewdb.QueueFilter{Code: "clickbait_headline"}, []string{"a", "d"}, 2},
				{"code and severity", reviewdb.QueueFilter{Code: "seo_spam", Severity: "warn"}, []string{}, 0},
				{"severity", reviewdb.QueueFilter{Severity: "info"}, []string{"b"}, 1},
				{"status new", reviewdb.QueueFilter{Status: "new"}, []string{"a", "b", "e", "c"}, 4},
				{"status done", reviewdb.QueueFilter{Status: "done"}, []string{"d"}, 1},
				{"assignee", reviewdb.QueueFilter{Assignee: "alice"}, []string{"d"}, 1},
				{"source", reviewdb.QueueFilter{Source: "site.two"}, []string{"d", "b"}, 2},
				{"search is case-insensitive", reviewdb.QueueFilter{Search: "TALKS"}, []string{"b"}, 1},
				{"search percent is literal", reviewdb.QueueFilter{Search: "50%"}, []string{"a"}, 1},
				{"search underscore is literal", reviewdb.QueueFilter{Search: "s_o"}, []string{"d"}, 1},
				{"date range", reviewdb.QueueFilter{From: base.Add(24 * time.Hour), To: base.Add(72 * time.Hour)}, []string{"b", "c"}, 2},
				{"time range off midnight", reviewdb.QueueFilter{From: base.Add(12 * time.Hour), To: base.Add(36 * time.Hour)}, []string{"a"}, 1},
				{"paging", reviewdb.QueueFilter{PageSize: 2, Page: 2}, []string{"b", "e"}, 5},
				{"page past the end", reviewdb.QueueFilter{PageSize: 2, Page: 9}, []string{}, 5},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					page, err := d.Queue(ctx, tt.f)
					if err != nil {
						t.Fatal(err)
					}
					got := []string{}
					for _, it := range page.Items {
						got = append(got, it.ID)
					}
					if diff := cmp.Diff(tt.want, got); diff != "" || page.Total != tt.total {
						t.Errorf("ids (-want +got):\n%s total %d want %d", diff, page.Total, tt.total)
					}
				})
			}
			page, err := d.Queue(ctx, reviewdb.QueueFilter{})
			if err != nil {
				t.Fatal(err)
			}
			wantCounts := []reviewdb.CodeCount{{Code: "clickbait_headline", Count: 2}, {Code: "anonymous_source", Count: 1}, {Code: "seo_spam", Count: 1}}
			if diff := cmp.Diff(wantCounts, page.CodeCounts); diff != "" {
				t.Errorf("code counts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(map[string]int{"new": 4, "in_review": 0, "done": 1}, page.StatusCounts); diff != "" {
				t.Errorf("status counts (-want +got):\n%s", diff)
			}
			sources, err := d.Sources(ctx, 10)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]string{"site.one", "site.two"}, sources); diff != "" {
				t.Errorf("sources (-want +got):\n%s", diff)
			}
			first := page.Items[0]
			if first.Risk == nil || *first.Risk != 0.9 || len(first.Flags) != 2 || first.Flags[1].Code != "clickbait_headline" ||
				!first.Received.Equal(time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)) {
				t.Errorf("first item = %+v", first)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestUsersAndSessions(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			d := setup(t, b)
			now := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
			d.SetClock(func() time.Time { return now })
			u, err := d.CreateUser(ctx, "alice", "hash", reviewdb.RoleEditor)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := d.CreateUser(ctx, "alice", "hash", reviewdb.RoleEditor); !errors.Is(err, reviewdb.ErrUserExists) {
				t.Errorf("duplicate user: %v", err)
			}
			if _, err := d.CreateUser(ctx, "bob", "hash", "owner"); err == nil {
				t.Error("bad role accepted")
			}
			if err := d.CreateSession(ctx, "tokenhash", "csrf", u.ID, time.Hour); err != nil {
				t.Fatal(err)
			}
			s, err := d.SessionByHash(ctx, "tokenhash")
			if err != nil || s.User.Name != "alice" || s.CSRF != "csrf" {
				t.Fatalf("session = %+v, %v", s, err)
			}
			now = now.Add(2 * time.Hour)
			if _, err := d.SessionByHash(ctx, "tokenhash"); !errors.Is(err, reviewdb.ErrNotFound) {
				t.Errorf("expired session: %v", err)
			}
			if err := d.CreateSession(ctx, "t2", "c2", u.ID, time.Hour); err != nil {
				t.Fatal(err)
			}
			if err := d.DeleteSession(ctx, "t2"); err != nil {
				t.Fatal(err)
			}
			if _, err := d.SessionByHash(ctx, "t2"); !errors.Is(err, reviewdb.ErrNotFound) {
				t.Errorf("deleted session: %v", err)
			}
		})
	}
}

func TestDecisionsNotesAudit(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			d := setup(t, b)
			at := time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
			dec := reviewdb.Decision{ID: "01A", ArticleID: "a", FlagIdx: 1, FlagCode: "clickbait_headline", FlagSeverity: "warn",
				FlagScore: 0.6, Action: "dismiss", Reason: "fine headline", Editor: "alice", CreatedAt: at}
			res, err := d.RecordDecision(ctx, dec)
			if err != nil {
				t.Fatal(err)
			}
			if !res.First || res.Previous != nil || res.StateAfter != (reviewdb.State{Status: "in_review", Assignee: "alice"}) {
				t.Errorf("first result = %+v", res)
			}
			dec2 := dec
			dec2.ID, dec2.Action, dec2.Reason, dec2.CreatedAt, dec2.Editor = "01B", "confirm", "", at.Add(time.Minute), "bob"
			res, err = d.RecordDecision(ctx, dec2)
			if err != nil {
				t.Fatal(err)
			}
			if res.First || res.Previous == nil || res.Previous.ID != "01A" || res.StateAfter.Assignee != "alice" {
				t.Errorf("second result = %+v", res)
			}
			if _, err := d.RecordDecision(ctx, reviewdb.Decision{ID: "x", ArticleID: "a", Action: "approve"}); err == nil {
				t.Error("bad action accepted")
			}
			got, err := d.Decisions(ctx, "a")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]reviewdb.Decision{dec, dec2}, got); diff != "" {
				t.Errorf("decisions (-want +got):\n%s", diff)
			}
			var exported []string
			if err := d.EachDecision(ctx, at.Add(30*time.Second), func(x reviewdb.Decision) error {
				exported = append(exported, x.ID)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]string{"01B"}, exported); diff != "" {
				t.Errorf("export since (-want +got):\n%s", diff)
			}
			n, err := d.AddNote(ctx, "a", "alice", "note <b>body</b>")
			if err != nil || n.ID == 0 {
				t.Fatalf("note = %+v, %v", n, err)
			}
			if _, err := d.AddNote(ctx, "zzz", "alice", "x"); !errors.Is(err, reviewdb.ErrNotFound) {
				t.Errorf("note on missing article: %v", err)
			}
			notes, err := d.Notes(ctx, "a")
			if err != nil || len(notes) != 1 || notes[0].Body != "note <b>body</b>" {
				t.Errorf("notes = %+v, %v", notes, err)
			}
			before, after, err := d.UpdateState(ctx, "bob", "a", reviewdb.StateChange{Status: ptr("done")})
			if err != nil || before.Status != "in_review" || after != (reviewdb.State{Status: "done", Assignee: "alice"}) {
				t.Errorf("update state: %+v %+v %v", before, after, err)
			}
			if _, _, err := d.UpdateState(ctx, "bob", "zzz", reviewdb.StateChange{Status: ptr("done")}); !errors.Is(err, reviewdb.ErrNotFound) {
				t.Errorf("state of missing article: %v", err)
			}
			log, err := d.AuditLog(ctx, "a", 0)
			if err != nil {
				t.Fatal(err)
			}
			var actions []string
			for _, e := range log {
				actions = append(actions, e.Actor+":"+e.Action)
			}
			want := []string{"bob:state", "alice:note", "bob:decision", "alice:state", "alice:decision"}
			if diff := cmp.Diff(want, actions); diff != "" {
				t.Errorf("audit (-want +got):\n%s", diff)
			}
			if string(log[0].Before) != `{"status":"in_review","assignee":"alice"}` || string(log[0].After) != `{"status":"done","assignee":"alice"}` {
				t.Errorf("state audit before/after = %s / %s", log[0].Before, log[0].After)
			}
		})
	}
}

// TestNoDuplicateFlagsIndex checks that the queue indexes do not repeat the
// flags primary key (article_id, idx), and that the copy earlier versions
// created is dropped: every flagged article paid a write for it.
func TestNoDuplicateFlagsIndex(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			if _, err := b.db.ExecContext(ctx, `CREATE INDEX review_flags_article ON flags (article_id, idx)`); err != nil {
				t.Fatal(err)
			}
			d := setup(t, b)
			q := `SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'review_flags_article'`
			if b.dialect == reviewdb.Postgres {
				q = `SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'review_flags_article' AND schemaname = current_schema()`
			}
			var n int
			if err := b.db.QueryRowContext(ctx, q).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 0 {
				t.Errorf("review_flags_article still exists after EnsureArticleIndexes")
			}
			// The articles' flags are still read (through the primary key).
			page, err := d.Queue(ctx, reviewdb.QueueFilter{})
			if err != nil {
				t.Fatal(err)
			}
			flags := map[string]int{}
			for _, it := range page.Items {
				flags[it.ID] = len(it.Flags)
			}
			if want := map[string]int{"a": 2, "b": 1, "c": 0, "d": 1, "e": 0}; !maps.Equal(flags, want) {
				t.Errorf("flags per article = %v, want %v", flags, want)
			}
		})
	}
}
