package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/copydesk/copydesk/pkg/store"
	"github.com/copydesk/copydesk/pkg/store/storetest"
)

func open(tb testing.TB) store.Store {
	tb.Helper()
	s, err := Open(context.Background(), Config{Path: filepath.Join(tb.TempDir(), "copydesk.db")})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, open)
}

func TestPragmas(t *testing.T) {
	s := open(t).(*Store)
	tests := []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", "10000"},
		{"synchronous", "1"}, // NORMAL
		{"wal_autocheckpoint", "8192"},
		{"temp_store", "2"}, // MEMORY: statement journals stay off the disk
	}
	for _, tt := range tests {
		t.Run(tt.pragma, func(t *testing.T) {
			// Every pooled connection must carry the setting.
			conns := make([]interface{ Close() error }, 0, 3)
			for range 3 {
				c, err := s.DB().Conn(t.Context())
				if err != nil {
					t.Fatal(err)
				}
				conns = append(conns, c)
				var got string
				if err := c.QueryRowContext(t.Context(), "PRAGMA "+tt.pragma).Scan(&got); err != nil {
					t.Fatal(err)
				}
				if !strings.EqualFold(got, tt.want) {
					t.Errorf("PRAGMA %s = %q, want %q", tt.pragma, got, tt.want)
				}
			}
			for _, c := range conns {
				c.Close()
			}
		})
	}
}

type migrationRow struct {
	Version   int
	Name      string
	AppliedAt string
}

func migrationRows(t *testing.T, s *Store) []migrationRow {
	t.Helper()
	rs, err := s.DB().QueryContext(t.Context(), "SELECT version, name, CAST(applied_at AS TEXT) FROM schema_migrations ORDER BY version")
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var out []migrationRow
	for rs.Next() {
		var r migrationRow
		if err := rs.Scan(&r.Version, &r.Name, &r.AppliedAt); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestMigrationsRunOnce(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "sub", "dir", "copydesk.db")
	first, err := Open(ctx, Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	want := migrationRows(t, first)
	if len(want) == 0 {
		t.Fatal("no migrations recorded")
	}
	a := storetest.Article("01JMIGRATE", 4)
	if err := first.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Millisecond) // a re-run would record a later applied_at

	// Reopen twice, once while another handle is open: the schema's CREATE
	// TABLE statements would fail if a migration ran again.
	second, err := Open(ctx, Config{Path: path})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer second.Close()
	third, err := Open(ctx, Config{Path: path})
	if err != nil {
		t.Fatalf("open while open: %v", err)
	}
	defer third.Close()
	for _, s := range []*Store{second, third} {
		if diff := cmp.Diff(want, migrationRows(t, s)); diff != "" {
			t.Errorf("schema_migrations changed on reopen (-first +now):\n%s", diff)
		}
		got, err := s.GetArticle(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(a, got); diff != "" {
			t.Errorf("article after reopen (-want +got):\n%s", diff)
		}
	}
}

func TestMigrationsRefuseNewerSchema(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "copydesk.db")
	s, err := Open(ctx, Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '0999_future', ?)", time.Now()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(ctx, Config{Path: path})
	if err == nil || !strings.Contains(err.Error(), "newer than this binary") {
		t.Fatalf("Open of a database from a newer binary = %v, want a schema version error", err)
	}
}

func TestMemory(t *testing.T) {
	s, err := Open(t.Context(), Config{Path: ":memory:"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := storetest.Article("01JMEMORY", 4)
	if err := s.PutArticle(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	if n, err := s.CountArticles(t.Context()); err != nil || n != 1 {
		t.Errorf("CountArticles = %d, %v; want 1", n, err)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantErr string
	}{
		{"default", DefaultConfig(), ""},
		{"empty path", Config{}, "path is empty"},
		{"negative busy timeout", Config{Path: "x.db", BusyTimeout: -time.Second}, "busy timeout"},
		{"negative conns", Config{Path: "x.db", MaxOpenConns: -1}, "max open conns"},
		{"bad synchronous", Config{Path: "x.db", Synchronous: "sometimes"}, "synchronous"},
		{"negative batch", Config{Path: "x.db", MaxBatch: -1}, "max batch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "sqlite: config: ") {
				t.Fatalf("Validate() = %v, want an error about %q", err, tt.wantErr)
			}
		})
	}
	if _, err := Open(t.Context(), Config{}); err == nil {
		t.Error("Open with an empty config succeeded")
	}
}

func BenchmarkPutArticle(b *testing.B) {
	storetest.Bench(b, open, storetest.SeedArticles(b, "../../../seeds"))
}

// TestTimestampsScan: readers of the shared handle (the review UI) scan the
// TIMESTAMP columns into time.Time, and ORDER BY received is chronological.
func TestTimestampsScan(t *testing.T) {
	s := open(t).(*Store)
	ctx := t.Context()
	base := time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)
	// Fractions of different lengths and a non-UTC zone must still sort.
	received := []time.Time{
		base.Add(1500 * time.Millisecond).In(time.FixedZone("CET", 3600)),
		base.Add(time.Second),
		base.Add(1123456789 * time.Nanosecond),
		base,
	}
	for i, r := range received {
		a := storetest.Article(fmt.Sprintf("01JTIME%d", i), 1)
		a.Received = r
		if err := s.PutArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	rs, err := s.DB().QueryContext(ctx, "SELECT id, received, updated_at FROM articles ORDER BY received")
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	var got []string
	for rs.Next() {
		var id string
		var rec, upd time.Time
		if err := rs.Scan(&id, &rec, &upd); err != nil {
			t.Fatal(err)
		}
		var i int
		fmt.Sscanf(id, "01JTIME%d", &i)
		if !rec.Equal(received[i]) {
			t.Errorf("%s received = %v, want %v", id, rec, received[i])
		}
		if time.Since(upd) > time.Minute || time.Since(upd) < 0 {
			t.Errorf("%s updated_at = %v, want about now", id, upd)
		}
		got = append(got, id)
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
	want := []string{"01JTIME3", "01JTIME1", "01JTIME2", "01JTIME0"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ORDER BY received (-want +got):\n%s", diff)
	}
}
