package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"

	"github.com/copydesk/copydesk/pkg/store"
	"github.com/copydesk/copydesk/pkg/store/storetest"
)

// dsnEnv names the variable that enables these tests; scripts/pgtest.sh
// starts a throwaway cluster and sets it.
const dsnEnv = "COPYDESK_TEST_POSTGRES_DSN"

func testDSN(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv(dsnEnv)
	if dsn == "" {
		tb.Skipf("%s is not set (eval \"$(scripts/pgtest.sh start)\" starts a throwaway cluster)", dsnEnv)
	}
	return dsn
}

// freshSchema names a new schema that is dropped when tb ends, so that
// tests (and concurrent runs) never see each other's tables.
func freshSchema(tb testing.TB, dsn string) string {
	tb.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "copydesk_test_" + hex.EncodeToString(b)
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return schema
}

func openIn(tb testing.TB, dsn, schema string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), Config{DSN: dsn, Schema: schema})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() }) // registered after the drop: runs first
	return s
}

func open(tb testing.TB) store.Store {
	dsn := testDSN(tb)
	return openIn(tb, dsn, freshSchema(tb, dsn))
}

func TestConformance(t *testing.T) {
	testDSN(t)
	storetest.Run(t, open)
}

type migrationRow struct {
	Version   int
	Name      string
	AppliedAt time.Time
}

func migrationRows(t *testing.T, s *Store) []migrationRow {
	t.Helper()
	rs, err := s.Pool().Query(t.Context(), "SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
	if err != nil {
		t.Fatal(err)
	}
	out, err := pgx.CollectRows(rs, pgx.RowToStructByPos[migrationRow])
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestMigrationsRunOnce(t *testing.T) {
	dsn := testDSN(t)
	schema := freshSchema(t, dsn)
	ctx := t.Context()
	first := openIn(t, dsn, schema)
	want := migrationRows(t, first)
	if len(want) == 0 {
		t.Fatal("no migrations recorded")
	}
	a := storetest.Article("01JMIGRATE", 4)
	if err := first.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	first.Close()
	time.Sleep(2 * time.Millisecond)

	// Replicas starting together: several opens race on the advisory lock.
	const replicas = 4
	stores := make(chan *Store, replicas)
	errs := make(chan error, replicas)
	for range replicas {
		go func() {
			s, err := Open(ctx, Config{DSN: dsn, Schema: schema})
			if err != nil {
				errs <- err
				return
			}
			stores <- s
		}()
	}
	for range replicas {
		select {
		case err := <-errs:
			t.Fatalf("reopen: %v", err)
		case s := <-stores:
			t.Cleanup(func() { s.Close() })
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
}

func TestMigrationsFreshSchemasConcurrently(t *testing.T) {
	dsn := testDSN(t)
	schema := freshSchema(t, dsn)
	errs := make(chan error, 3)
	for range 3 {
		go func() {
			s, err := Open(t.Context(), Config{DSN: dsn, Schema: schema})
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Errorf("concurrent first open: %v", err)
		}
	}
}

func TestMigrationsRefuseNewerSchema(t *testing.T) {
	dsn := testDSN(t)
	schema := freshSchema(t, dsn)
	s := openIn(t, dsn, schema)
	if _, err := s.Pool().Exec(t.Context(), "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '0999_future', now())"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := Open(t.Context(), Config{DSN: dsn, Schema: schema})
	if err == nil || !strings.Contains(err.Error(), "newer than this binary") {
		t.Fatalf("Open of a database from a newer binary = %v, want a schema version error", err)
	}
}

func TestOpenUnreachable(t *testing.T) {
	// Port 1 on localhost refuses connections at once.
	_, err := Open(t.Context(), Config{DSN: "postgres://nobody:secret@127.0.0.1:1/x?sslmode=disable", ConnectTimeout: 2 * time.Second})
	if err == nil {
		t.Fatal("Open of an unreachable server succeeded")
	}
	if !strings.HasPrefix(err.Error(), "postgres: open") {
		t.Errorf("error %q does not name the operation", err)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantErr string
	}{
		{"dsn only", Config{DSN: "postgres://u@h/db"}, ""},
		{"key=value dsn", Config{DSN: "host=h user=u dbname=db", MaxConns: 4, MinConns: 2, Schema: "copydesk"}, ""},
		{"default has no dsn", DefaultConfig(), "dsn is empty"},
		{"bad dsn", Config{DSN: "postgres://u:secret@h:notaport/db"}, "does not parse"},
		{"negative max conns", Config{DSN: "postgres://u@h/db", MaxConns: -1}, "max conns"},
		{"min above max", Config{DSN: "postgres://u@h/db", MaxConns: 2, MinConns: 3}, "min conns"},
		{"negative timeout", Config{DSN: "postgres://u@h/db", ConnectTimeout: -time.Second}, "connect timeout"},
		{"schema injection", Config{DSN: "postgres://u@h/db", Schema: "x; DROP TABLE y"}, "schema"},
		{"upper-case schema", Config{DSN: "postgres://u@h/db", Schema: "Copydesk"}, "schema"},
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
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "postgres: config: ") {
				t.Fatalf("Validate() = %v, want an error about %q", err, tt.wantErr)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("error %q leaks the password", err)
			}
		})
	}
}

func BenchmarkPutArticle(b *testing.B) {
	testDSN(b)
	storetest.Bench(b, open, storetest.SeedArticles(b, "../../../seeds"))
}
