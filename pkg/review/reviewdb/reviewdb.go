// Package reviewdb persists the review UI's own data — editor accounts,
// sessions, review state, flag decisions, notes and the audit log — and reads
// the store's articles and flags tables (read-only) for the queue and the
// article page. It works over database/sql for SQLite (modernc.org/sqlite)
// and PostgreSQL (pgx stdlib); the few dialect differences (placeholders,
// NULL ordering, case-insensitive matching, DDL) are handled explicitly.
//
// Its tables carry a review_ prefix and are created by embedded migrations
// recorded in review_schema_migrations, separate from the store's own.
package reviewdb

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Dialect names the SQL database behind a *sql.DB.
type Dialect string

// Supported dialects.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// Validate reports whether d is a supported dialect.
func (d Dialect) Validate() error {
	switch d {
	case SQLite, Postgres:
		return nil
	}
	return fmt.Errorf("reviewdb: unknown dialect %q (want sqlite or postgres)", string(d))
}

// ErrNotFound is returned when a requested row does not exist.
var ErrNotFound = errors.New("reviewdb: not found")

//go:embed migrations
var migrationsFS embed.FS

// DB is the review UI's view of the database. It is safe for concurrent use.
type DB struct {
	db      *sql.DB
	dialect Dialect
	now     func() time.Time

	// CountsTTL is how long CodeCounts may serve cached counts (default
	// 10s; 0 disables the cache). Set it before use.
	CountsTTL time.Duration
	countsMu  sync.Mutex
	counts    []CodeCount
	countsAt  time.Time
	total     int
	totalAt   time.Time
	totalOK   bool
}

// Open wraps db and applies the review migrations. It does not take
// ownership of db: closing it stays the caller's job.
func Open(ctx context.Context, db *sql.DB, dialect Dialect) (*DB, error) {
	if db == nil {
		return nil, errors.New("reviewdb: open: nil *sql.DB")
	}
	if err := dialect.Validate(); err != nil {
		return nil, err
	}
	d := &DB{db: db, dialect: dialect, now: func() time.Time { return time.Now().UTC() }, CountsTTL: 10 * time.Second}
	if err := d.migrate(ctx); err != nil {
		return nil, err
	}
	return d, nil
}

// SQL returns the underlying handle.
func (d *DB) SQL() *sql.DB { return d.db }

// Dialect returns the database dialect.
func (d *DB) Dialect() Dialect { return d.dialect }

// SetClock replaces the clock (tests).
func (d *DB) SetClock(now func() time.Time) { d.now = func() time.Time { return now().UTC() } }

// q rewrites ? placeholders for the dialect. Queries in this package never
// contain a literal question mark.
func (d *DB) q(query string) string {
	if d.dialect != Postgres {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// ts converts a time for use as a query argument: UTC, so that SQLite's
// textual timestamps compare in order.
func ts(t time.Time) time.Time { return t.UTC() }

type migration struct {
	version int
	name    string
	body    string
}

func (d *DB) migrations() ([]migration, error) {
	dir := "migrations/" + string(d.dialect)
	entries, err := fs.ReadDir(migrationsFS, dir)
	if err != nil {
		return nil, fmt.Errorf("reviewdb: read migrations: %w", err)
	}
	var out []migration
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("reviewdb: migration %s: name must start with a number and _", name)
		}
		body, err := fs.ReadFile(migrationsFS, dir+"/"+name)
		if err != nil {
			return nil, fmt.Errorf("reviewdb: read migration %s: %w", name, err)
		}
		out = append(out, migration{version: v, name: name, body: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// splitStatements splits a migration into statements at semicolons that end
// a line; comments are dropped. Migrations hold no procedural code.
func splitStatements(body string) []string {
	var stmts []string
	var cur strings.Builder
	for _, line := range strings.Split(body, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if strings.HasSuffix(trimmed, ";") {
			stmts = append(stmts, strings.TrimSpace(cur.String()))
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		stmts = append(stmts, s)
	}
	return stmts
}

func (d *DB) migrate(ctx context.Context) error {
	ms, err := d.migrations()
	if err != nil {
		return err
	}
	tsType := "TIMESTAMP"
	if d.dialect == Postgres {
		tsType = "TIMESTAMPTZ"
	}
	if _, err := d.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS review_schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at `+tsType+` NOT NULL)`); err != nil {
		return fmt.Errorf("reviewdb: migrate: create review_schema_migrations: %w", err)
	}
	for _, m := range ms {
		if err := d.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (d *DB) apply(ctx context.Context, m migration) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("reviewdb: migrate %s: begin: %w", m.name, err)
	}
	defer tx.Rollback() //nolint:errcheck // rollback after commit is a no-op
	if d.dialect == Postgres {
		// Serialise concurrent replicas running the same migrations.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7261730001)`); err != nil {
			return fmt.Errorf("reviewdb: migrate %s: lock: %w", m.name, err)
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, d.q(`SELECT COUNT(*) FROM review_schema_migrations WHERE version = ?`), m.version).Scan(&n); err != nil {
		return fmt.Errorf("reviewdb: migrate %s: check: %w", m.name, err)
	}
	if n > 0 {
		return nil
	}
	for _, stmt := range splitStatements(m.body) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("reviewdb: migrate %s: %w", m.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, d.q(`INSERT INTO review_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
		m.version, m.name, ts(d.now())); err != nil {
		return fmt.Errorf("reviewdb: migrate %s: record: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("reviewdb: migrate %s: commit: %w", m.name, err)
	}
	return nil
}

// redundantIndexes are the indexes on the store's tables that
// EnsureArticleIndexes drops (see there).
var redundantIndexes = []string{"articles_risk_idx", "articles_source_idx", "flags_code_idx",
	"review_flags_article", "review_articles_received"}

// EnsureArticleIndexes creates the indexes the queue needs on the store's
// articles and flags tables when those tables exist (IF NOT EXISTS, so it is
// idempotent). It reports whether the store tables were present. The queue
// works without them, only slower on large stores.
func (d *DB) EnsureArticleIndexes(ctx context.Context) (bool, error) {
	ok, err := d.storeTablesExist(ctx)
	if err != nil || !ok {
		return false, err
	}
	// review_articles_queue covers the queue's filters in risk order, so a
	// filtered page walks one small index and fetches only the rows shown.
	// The store's own articles_received_idx serves the date filters.
	var stmts []string
	if d.dialect == Postgres {
		stmts = []string{
			`CREATE INDEX IF NOT EXISTS review_articles_queue ON articles (risk DESC NULLS LAST, id) INCLUDE (source, received, title)`,
			`CREATE INDEX IF NOT EXISTS review_articles_source_risk ON articles (source, risk DESC NULLS LAST, id)`,
			`CREATE INDEX IF NOT EXISTS review_flags_code ON flags (code, severity, article_id)`,
			`CREATE INDEX IF NOT EXISTS review_flags_severity ON flags (severity, article_id)`,
		}
	} else {
		stmts = []string{
			`CREATE INDEX IF NOT EXISTS review_articles_queue ON articles (risk DESC, id, source, received, title)`,
			`CREATE INDEX IF NOT EXISTS review_articles_source_risk ON articles (source, risk DESC, id)`,
			`CREATE INDEX IF NOT EXISTS review_flags_code ON flags (code, severity, article_id)`,
			`CREATE INDEX IF NOT EXISTS review_flags_severity ON flags (severity, article_id)`,
		}
	}
	// Indexes that the ones above make redundant (their columns lead one of
	// them, so every lookup they served the wider one serves too): each
	// cost every stored article another index write. The store creates
	// articles_risk_idx, articles_source_idx and flags_code_idx for stores
	// without the review UI; flags' primary key (article_id, idx) serves
	// the lookups of an article's flags, which review_flags_article (earlier
	// versions) repeated; review_articles_received (earlier versions, on
	// PostgreSQL) repeated the store's articles_received_idx.
	for _, idx := range redundantIndexes {
		stmts = append(stmts, `DROP INDEX IF EXISTS `+idx)
	}
	for _, s := range stmts {
		if _, err := d.db.ExecContext(ctx, s); err != nil {
			return true, fmt.Errorf("reviewdb: ensure indexes: %w", err)
		}
	}
	if d.dialect == Postgres {
		// Title search (ILIKE '%q%') uses a trigram index when pg_trgm can
		// be installed; without the privilege it stays a scan.
		// The operator class lives in the extension's schema, which need
		// not be on the search path: qualify it.
		var schema string
		if _, err := d.db.ExecContext(ctx, `CREATE EXTENSION IF NOT EXISTS pg_trgm`); err == nil &&
			d.db.QueryRowContext(ctx, `SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`).Scan(&schema) == nil {
			q := `CREATE INDEX IF NOT EXISTS review_articles_title_trgm ON articles USING gin (title ` + quoteIdent(schema) + `.gin_trgm_ops)`
			if _, err := d.db.ExecContext(ctx, q); err != nil {
				return true, fmt.Errorf("reviewdb: ensure indexes: %w", err)
			}
		}
	}
	if d.dialect == SQLite {
		// A bounded ANALYZE: planner statistics without reading every row.
		if _, err := d.db.ExecContext(ctx, `PRAGMA analysis_limit = 1000; ANALYZE articles; ANALYZE flags`); err != nil {
			return true, fmt.Errorf("reviewdb: analyze: %w", err)
		}
	} else if _, err := d.db.ExecContext(ctx, `ANALYZE articles, flags`); err != nil {
		return true, fmt.Errorf("reviewdb: analyze: %w", err)
	}
	return true, nil
}

func (d *DB) storeTablesExist(ctx context.Context) (bool, error) {
	var query string
	if d.dialect == Postgres {
		query = `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('articles', 'flags')`
	} else {
		query = `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('articles', 'flags')`
	}
	var n int
	if err := d.db.QueryRowContext(ctx, query).Scan(&n); err != nil {
		return false, fmt.Errorf("reviewdb: check store tables: %w", err)
	}
	return n == 2, nil
}

// Ping checks the database is reachable.
func (d *DB) Ping(ctx context.Context) error { return d.db.PingContext(ctx) }

// quoteIdent quotes a PostgreSQL identifier.
func quoteIdent(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
