// Package postgres is the production store.Store, on PostgreSQL through pgx
// v5 (pgxpool). It has the same tables, columns and semantics as
// store/sqlite. Open applies the embedded migrations (migrations/*.sql) under
// an advisory lock, recording them in schema_migrations, so replicas
// starting together migrate once. Pool exposes the shared pool, so that other
// components (the review UI) keep their own tables in the same database.
//
// PostgreSQL text cannot hold NUL bytes or invalid UTF-8: the derived
// columns drop NULs and repair invalid UTF-8, while the doc column (JSON)
// keeps the document verbatim.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/store"
	"github.com/copydesk/copydesk/pkg/store/internal/migrations"
	"github.com/copydesk/copydesk/pkg/store/internal/rows"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Config configures the PostgreSQL store.
type Config struct {
	// DSN is a libpq connection string or URL,
	// e.g. "postgres://copydesk@db:5432/copydesk?sslmode=verify-full".
	DSN string
	// MaxConns bounds the pool.
	MaxConns int32
	// MinConns is how many connections the pool keeps open.
	MinConns int32
	// ConnectTimeout bounds establishing one connection.
	ConnectTimeout time.Duration
	// Schema, when set, is created if missing and used as the search_path of
	// every connection, so the store's tables live there.
	Schema string
}

// DefaultConfig returns the defaults; Open fills zero fields from it.
func DefaultConfig() Config {
	return Config{
		MaxConns:       8,
		MinConns:       0,
		ConnectTimeout: 10 * time.Second,
	}
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.MaxConns == 0 {
		c.MaxConns = d.MaxConns
	}
	if c.ConnectTimeout == 0 {
		c.ConnectTimeout = d.ConnectTimeout
	}
	return c
}

var schemaName = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`)

// Validate reports the first problem with c.
func (c Config) Validate() error {
	switch {
	case c.DSN == "":
		return errors.New("postgres: config: dsn is empty")
	case c.MaxConns < 0:
		return fmt.Errorf("postgres: config: max conns %d is negative", c.MaxConns)
	case c.MinConns < 0 || (c.MaxConns > 0 && c.MinConns > c.MaxConns):
		return fmt.Errorf("postgres: config: min conns %d is not between 0 and max conns %d", c.MinConns, c.MaxConns)
	case c.ConnectTimeout < 0:
		return fmt.Errorf("postgres: config: connect timeout %v is negative", c.ConnectTimeout)
	case c.Schema != "" && !schemaName.MatchString(c.Schema):
		return fmt.Errorf("postgres: config: schema %q is not a lower-case identifier", c.Schema)
	}
	if _, err := pgxpool.ParseConfig(c.DSN); err != nil {
		// The parse error may quote the DSN, password included: keep it out.
		return errors.New("postgres: config: dsn does not parse")
	}
	return nil
}

// Store is the PostgreSQL store.Store. It is safe for concurrent use.
type Store struct {
	pool      *pgxpool.Pool
	upsert    string
	keepHTML  string
	closeOnce sync.Once
}

var _ store.Store = (*Store)(nil)

// Open connects, creates cfg.Schema if set, and migrates.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	pc, err := pgxpool.ParseConfig(cfg.DSN)
	if err != nil {
		return nil, errors.New("postgres: open: dsn does not parse")
	}
	pc.MaxConns = cfg.MaxConns
	pc.MinConns = cfg.MinConns
	pc.ConnConfig.ConnectTimeout = cfg.ConnectTimeout
	if cfg.Schema != "" {
		if err := createSchema(ctx, pc.ConnConfig.Copy(), cfg.Schema); err != nil {
			return nil, fmt.Errorf("postgres: open: create schema %s: %w", cfg.Schema, err)
		}
		pc.ConnConfig.RuntimeParams["search_path"] = cfg.Schema
	}
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	s := &Store{pool: pool, upsert: rows.UpsertArticleSQL(placeholder, func(c string) string { return c + "::text" }),
		keepHTML: rows.KeepHTMLSQL(placeholder)}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: migrate: %w", err)
	}
	return s, nil
}

func createSchema(ctx context.Context, cc *pgx.ConnConfig, schema string) error {
	conn, err := pgx.ConnectConfig(ctx, cc)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	// CREATE SCHEMA IF NOT EXISTS can still fail with a unique violation when
	// replicas run it at once: serialise it on an advisory lock.
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(hashtext('copydesk.store.schema.' || $1))", schema); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+pgx.Identifier{schema}.Sanitize()); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// migrate applies the pending migrations in one transaction holding an
// advisory lock named after the current schema.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations.Load(migrationFS, "migrations")
	if err != nil {
		return err
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(hashtext('copydesk.store.migrate.' || current_schema()))"); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TIMESTAMPTZ NOT NULL)`); err != nil {
		return err
	}
	var current int
	if err := tx.QueryRow(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").Scan(&current); err != nil {
		return err
	}
	if latest := ms[len(ms)-1].Version; current > latest {
		return fmt.Errorf("database schema version %d is newer than this binary knows (%d)", current, latest)
	}
	for _, m := range ms[current:] {
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			return fmt.Errorf("%s: %w", m.Name, err)
		}
		if _, err := tx.Exec(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
			m.Version, m.Name, time.Now().UTC()); err != nil {
			return fmt.Errorf("%s: record: %w", m.Name, err)
		}
	}
	return tx.Commit(ctx)
}

// Pool returns the shared connection pool. Other components may keep their
// own tables in the database; they must not close it.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// clean makes a string storable in a text column: no NUL bytes, valid UTF-8.
func clean(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

func placeholder(i int) string { return "$" + strconv.Itoa(i) }

// PutArticle implements store.Store.
func (s *Store) PutArticle(ctx context.Context, a *article.Article) error {
	id := ""
	if a != nil {
		id = a.ID
	}
	if err := s.putArticle(ctx, a); err != nil {
		return fmt.Errorf("postgres: put article %s: %w", id, err)
	}
	return nil
}

func (s *Store) putArticle(ctx context.Context, a *article.Article) error {
	set, err := rows.Flatten(a, time.Now(), clean)
	if err != nil {
		return err
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	// The upsert locks the article row (or waits on a concurrent insert of
	// it), so writers of one article are serialised until commit.
	tag, err := tx.Exec(ctx, s.upsert, append(set.Article, set.Stages)...)
	if err != nil {
		return fmt.Errorf("write article row: %w", err)
	}
	if tag.RowsAffected() == 0 {
		// A redelivery of the stored document, or a stale one; a stale
		// initial record still brings the raw HTML.
		if h := set.HTML; h != "" {
			if _, err := tx.Exec(ctx, s.keepHTML, h, clean(set.ID)); err != nil {
				return fmt.Errorf("keep html: %w", err)
			}
			return tx.Commit(ctx)
		}
		return nil
	}
	id := clean(set.ID)
	b := &pgx.Batch{}
	for _, t := range rows.DerivedTables {
		b.Queue("DELETE FROM "+t.Name+" WHERE article_id = $1", id)
		queueInsert(b, t.Name, t.Columns, set.Derived[t.Name])
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("write derived rows: %w", err)
	}
	return tx.Commit(ctx)
}

// queueInsert queues one single-row INSERT per row: pgx prepares the
// statement once per connection and pipelines the batch in one round trip.
func queueInsert(b *pgx.Batch, table string, cols []string, rs [][]any) {
	if len(rs) == 0 {
		return
	}
	q := rows.InsertSQL(table, cols, 1, placeholder)
	for _, r := range rs {
		b.Queue(q, r...)
	}
}

// GetArticle implements store.Store.
func (s *Store) GetArticle(ctx context.Context, id string) (*article.Article, error) {
	var doc []byte
	var html string
	err := s.pool.QueryRow(ctx, "SELECT doc::text, html FROM articles WHERE id = $1", clean(id)).Scan(&doc, &html)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("postgres: get article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: get article %s: %w", id, err)
	}
	a, err := rows.Decode(doc, html)
	if err != nil {
		return nil, fmt.Errorf("postgres: get article %s: %w", id, err)
	}
	return a, nil
}

// CountArticles implements store.Store.
func (s *Store) CountArticles(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, "SELECT COUNT(*) FROM articles").Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres: count articles: %w", err)
	}
	return n, nil
}

// PutClaimPrints implements store.Store.
func (s *Store) PutClaimPrints(ctx context.Context, articleID string, prints []store.ClaimPrint) error {
	if err := s.putClaimPrints(ctx, articleID, prints); err != nil {
		return fmt.Errorf("postgres: put claim prints %s: %w", articleID, err)
	}
	return nil
}

func (s *Store) putClaimPrints(ctx context.Context, articleID string, prints []store.ClaimPrint) error {
	rs, err := rows.Prints(articleID, prints, clean)
	if err != nil {
		return err
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	b := &pgx.Batch{}
	b.Queue("DELETE FROM claim_prints WHERE article_id = $1", clean(articleID))
	queueInsert(b, "claim_prints", rows.ClaimPrintColumns, rs)
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// FindClaimPrints implements store.Store.
func (s *Store) FindClaimPrints(ctx context.Context, keys []string) ([]store.ClaimPrint, error) {
	keys = rows.UniqueKeys(keys)
	if len(keys) == 0 {
		return nil, nil
	}
	for i, k := range keys {
		keys[i] = clean(k)
	}
	// For each key, the prints of its newest articles (index on key,
	// article_id), however many articles share the key.
	rs, err := s.pool.Query(ctx, `SELECT p.key, p.value, p.article_id, p.source, p.speaker, p.text
		FROM unnest($1::text[]) AS k(key)
		CROSS JOIN LATERAL (
			SELECT key, value, article_id, source, speaker, text FROM claim_prints
			WHERE claim_prints.key = k.key ORDER BY article_id DESC LIMIT $2
		) AS p`, keys, store.MaxPrintsPerKey)
	if err != nil {
		return nil, fmt.Errorf("postgres: find claim prints: %w", err)
	}
	out, err := pgx.CollectRows(rs, func(r pgx.CollectableRow) (store.ClaimPrint, error) {
		var p store.ClaimPrint
		err := r.Scan(&p.Key, &p.Value, &p.ArticleID, &p.Source, &p.Speaker, &p.Text)
		return p, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: find claim prints: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	rows.SortPrints(out)
	return out, nil
}

// Ping implements store.Store.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("postgres: ping: %w", err)
	}
	return nil
}

// Close closes the pool. It is safe to call more than once.
func (s *Store) Close() error {
	s.closeOnce.Do(s.pool.Close)
	return nil
}
