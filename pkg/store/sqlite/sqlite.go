// Package sqlite is the embedded default store.Store, on modernc.org/sqlite
// (pure Go, no cgo). The database runs in WAL mode with a busy timeout,
// foreign keys on and temporary files (statement journals) in memory; the
// raw page of an article is kept S2-compressed (page.go). Write
// transactions begin IMMEDIATE so that concurrent writers queue on the busy
// timeout instead of failing on a lock upgrade.
// Open applies the embedded migrations (migrations/*.sql), recording them in
// schema_migrations. DB exposes the one shared *sql.DB, so that other
// components (the review UI) keep their own tables in the same file.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/store"
	"github.com/copydesk/copydesk/pkg/store/internal/migrations"
	"github.com/copydesk/copydesk/pkg/store/internal/rows"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Config configures the SQLite store.
type Config struct {
	// Path is the database file; its directory is created when missing.
	// ":memory:" gives a private in-memory database (one connection).
	Path string
	// BusyTimeout is how long a statement waits for another writer's lock
	// before failing with SQLITE_BUSY.
	BusyTimeout time.Duration
	// MaxOpenConns bounds the pool. WAL lets readers run beside the one
	// writer; writers queue.
	MaxOpenConns int
	// Synchronous is the PRAGMA synchronous level: OFF, NORMAL or FULL.
	// NORMAL is durable against application crashes in WAL mode; FULL also
	// against power loss.
	Synchronous string
	// MaxBatch bounds the writes one group-committed transaction carries
	// (see writer). 1 commits every write on its own.
	MaxBatch int
	// CheckpointEvery is how often a background checkpoint copies the WAL
	// back into the database file (PRAGMA wal_checkpoint(PASSIVE)), so that
	// commits do not stop for it; SQLite's own checkpoint at 8,192 WAL pages
	// remains as a backstop. Negative: none (the backstop only).
	CheckpointEvery time.Duration
}

// DefaultConfig returns the defaults; Open fills zero fields from it.
func DefaultConfig() Config {
	return Config{
		Path:         "copydesk.db",
		BusyTimeout:  10 * time.Second,
		MaxOpenConns: 4,
		Synchronous:  "NORMAL",
		MaxBatch:     64,
		// Small, frequent checkpoints instead of a long one in a commit:
		// at a few hundred articles a second the WAL grows by thousands of
		// pages a second, and copying a second's worth at once (10–50 ms
		// of CPU) held up the commits that ran beside it (p99.9 commit
		// 45 ms at 1 s, 13 ms at 100 ms, measured with `copydesk bench`).
		CheckpointEvery: 200 * time.Millisecond,
	}
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.BusyTimeout == 0 {
		c.BusyTimeout = d.BusyTimeout
	}
	if c.MaxOpenConns == 0 {
		c.MaxOpenConns = d.MaxOpenConns
	}
	if c.Synchronous == "" {
		c.Synchronous = d.Synchronous
	}
	if c.MaxBatch == 0 {
		c.MaxBatch = d.MaxBatch
	}
	if c.CheckpointEvery == 0 {
		c.CheckpointEvery = d.CheckpointEvery
	}
	return c
}

// Validate reports the first problem with c.
func (c Config) Validate() error {
	switch {
	case c.Path == "":
		return errors.New("sqlite: config: path is empty")
	case c.BusyTimeout < 0:
		return fmt.Errorf("sqlite: config: busy timeout %v is negative", c.BusyTimeout)
	case c.MaxOpenConns < 0:
		return fmt.Errorf("sqlite: config: max open conns %d is negative", c.MaxOpenConns)
	case c.MaxBatch < 0:
		return fmt.Errorf("sqlite: config: max batch %d is negative", c.MaxBatch)
	}
	switch strings.ToUpper(c.Synchronous) {
	case "", "OFF", "NORMAL", "FULL":
	default:
		return fmt.Errorf("sqlite: config: synchronous %q is not OFF, NORMAL or FULL", c.Synchronous)
	}
	return nil
}

// Store is the SQLite store.Store. It is safe for concurrent use. Writes
// (PutArticle, PutClaimPrints) are group-committed by one writer goroutine
// that Open starts and Close stops.
type Store struct {
	db *sql.DB
	w  *writer
	ck *checkpointer // nil without background checkpoints
	// Statements prepared once: database/sql prepares each on a connection
	// the first time it runs there and reuses it, so a write parses no SQL.
	upsert      *sql.Stmt
	keepHTML    *sql.Stmt
	clear       map[string]*sql.Stmt // derived table -> DELETE of one article's rows
	insertRows  map[string]inserter  // derived table -> multi-row INSERTs
	clearPrints *sql.Stmt
	insertPrint inserter
	// find holds the FindClaimPrints queries by number of keys, prepared
	// on first use.
	findMu    sync.Mutex
	find      map[int]*sql.Stmt
	closeOnce sync.Once
	closeErr  error
}

// insertChunk is the most rows one prepared multi-row INSERT writes.
const insertChunk = 16

// inserter writes rows with the prepared INSERTs of one table: full chunks
// of insertChunk rows, then the rest one by one.
type inserter struct {
	table      string
	one, chunk *sql.Stmt
}

func (in inserter) insert(ctx context.Context, tx *sql.Tx, rs [][]any) error {
	for len(rs) >= insertChunk {
		if _, err := tx.StmtContext(ctx, in.chunk).ExecContext(ctx, rows.Args(rs[:insertChunk])...); err != nil {
			return fmt.Errorf("insert %s: %w", in.table, err)
		}
		rs = rs[insertChunk:]
	}
	if len(rs) == 0 {
		return nil
	}
	st := tx.StmtContext(ctx, in.one)
	for _, r := range rs {
		if _, err := st.ExecContext(ctx, r...); err != nil {
			return fmt.Errorf("insert %s: %w", in.table, err)
		}
	}
	return nil
}

var _ store.Store = (*Store)(nil)

// Open opens (creating if needed) the database at cfg.Path and migrates it.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	dsn, conns, err := dataSource(cfg)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", cfg.Path, err)
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", cfg.Path, err)
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	s := &Store{db: db, w: newWriter(db, cfg.MaxBatch), find: map[int]*sql.Stmt{}}
	if err := s.init(ctx, cfg); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.prepare(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", cfg.Path, err)
	}
	if conns > 1 {
		// The writer's own connection (see writer.conn); readers share
		// the rest of the pool.
		conn, err := db.Conn(ctx)
		if err == nil {
			// The writer waits for the write lock itself (writer.begin).
			_, err = conn.ExecContext(ctx, "PRAGMA busy_timeout = 0")
		}
		if err != nil {
			if conn != nil {
				conn.Close()
			}
			db.Close()
			return nil, fmt.Errorf("sqlite: open %s: writer connection: %w", cfg.Path, err)
		}
		s.w.conn, s.w.busyTimeout = conn, cfg.BusyTimeout
	}
	s.w.start()
	if cfg.Path != ":memory:" && cfg.CheckpointEvery > 0 {
		s.ck = startCheckpointer(db, cfg.CheckpointEvery)
	}
	return s, nil
}

func (s *Store) prepare(ctx context.Context) error {
	q := func(int) string { return "?" }
	var err error
	prep := func(query string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = s.db.PrepareContext(ctx, query)
		if err != nil {
			err = fmt.Errorf("prepare %q: %w", query, err)
		}
		return st
	}
	ins := func(table string, cols []string) inserter {
		return inserter{table: table, one: prep(rows.InsertSQL(table, cols, 1, q)),
			chunk: prep(rows.InsertSQL(table, cols, insertChunk, q))}
	}
	s.upsert = prep(rows.UpsertArticleSQL(q, func(c string) string { return c }))
	s.keepHTML = prep(rows.KeepHTMLSQL(q))
	s.clear = make(map[string]*sql.Stmt)
	s.insertRows = make(map[string]inserter)
	for _, t := range rows.DerivedTables {
		s.clear[t.Name] = prep("DELETE FROM " + t.Name + " WHERE article_id = ?")
		s.insertRows[t.Name] = ins(t.Name, t.Columns)
	}
	s.clearPrints = prep("DELETE FROM claim_prints WHERE article_id = ?")
	s.insertPrint = ins("claim_prints", rows.ClaimPrintColumns)
	return err
}

func dataSource(cfg Config) (dsn string, conns int, err error) {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", cfg.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous("+strings.ToUpper(cfg.Synchronous)+")")
	// Statement journals (the undo of one statement inside the writer's
	// batch transaction) in memory: on disk, each one past 64 KiB went to a
	// temporary file, a write system call per page, an eighth of a
	// document write's CPU.
	q.Add("_pragma", "temp_store(MEMORY)")
	q.Set("_txlock", "immediate")
	q.Set("_time_format", "sqlite")
	if cfg.Path == ":memory:" {
		return ":memory:?" + q.Encode(), 1, nil
	}
	q.Add("_pragma", "journal_mode(WAL)")
	// The automatic checkpoint (run by a committing writer, which stalls
	// every write behind it) only as a backstop at 8,192 pages (32 MiB of
	// WAL); the store checkpoints in the background (CheckpointEvery).
	q.Add("_pragma", "wal_autocheckpoint(8192)")
	abs, err := filepath.Abs(cfg.Path)
	if err != nil {
		return "", 0, err
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o750); err != nil {
		return "", 0, err
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: q.Encode()}
	return u.String(), cfg.MaxOpenConns, nil
}

func (s *Store) init(ctx context.Context, cfg Config) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("sqlite: open %s: %w", cfg.Path, err)
	}
	if cfg.Path != ":memory:" {
		var mode string
		if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
			return fmt.Errorf("sqlite: open %s: read journal mode: %w", cfg.Path, err)
		}
		if !strings.EqualFold(mode, "wal") {
			return fmt.Errorf("sqlite: open %s: journal mode is %q, not wal", cfg.Path, mode)
		}
	}
	if err := s.migrate(ctx); err != nil {
		return fmt.Errorf("sqlite: migrate %s: %w", cfg.Path, err)
	}
	return nil
}

// migrate applies the pending migrations in one transaction. The
// transaction begins IMMEDIATE, so two processes opening the same file
// apply them once.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations.Load(migrationFS, "migrations")
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TIMESTAMP NOT NULL)`); err != nil {
		return err
	}
	var current int
	if err := tx.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").Scan(&current); err != nil {
		return err
	}
	if latest := ms[len(ms)-1].Version; current > latest {
		return fmt.Errorf("database schema version %d is newer than this binary knows (%d)", current, latest)
	}
	for _, m := range ms[current:] {
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			return fmt.Errorf("%s: %w", m.Name, err)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
			m.Version, m.Name, time.Now().UTC()); err != nil {
			return fmt.Errorf("%s: record: %w", m.Name, err)
		}
	}
	return tx.Commit()
}

// DB returns the shared database handle. Other components may keep their
// own tables in it (with their own migrations table); they must not close
// it. Every transaction begun on it is IMMEDIATE, taking the write lock at
// BEGIN: read with plain queries rather than read-only transactions.
// TIMESTAMP columns hold UTC times as "2006-01-02 15:04:05.999999999-07:00"
// text, which sorts chronologically and scans into time.Time.
func (s *Store) DB() *sql.DB { return s.db }

// PutArticle implements store.Store.
func (s *Store) PutArticle(ctx context.Context, a *article.Article) error {
	id := ""
	if a != nil {
		id = a.ID
	}
	if err := s.putArticle(ctx, a); err != nil {
		return fmt.Errorf("sqlite: put article %s: %w", id, err)
	}
	return nil
}

// maxCompound bounds the SELECTs joined in one compound query (SQLite's
// default SQLITE_MAX_COMPOUND_SELECT is 500).
const maxCompound = 200

func (s *Store) putArticle(ctx context.Context, a *article.Article) error {
	set, err := rows.Flatten(a, time.Now(), nil)
	if err != nil {
		return err
	}
	page, release := packPage(set.HTML) // outside the writer's transaction
	set.Article[htmlArg] = page
	defer func() {
		// submit returns early when ctx ends, possibly before the writer
		// has run the write: its buffer then goes to the collector.
		if ctx.Err() == nil {
			release()
		}
	}()
	return s.w.submit(ctx, func(ctx context.Context, tx *sql.Tx) error {
		res, err := tx.StmtContext(ctx, s.upsert).ExecContext(ctx, append(set.Article, set.Stages)...)
		if err != nil {
			return fmt.Errorf("write article row: %w", err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if n == 0 {
			// A redelivery of the stored document, or a stale one; a
			// stale initial record still brings the raw HTML.
			if set.HTML != "" {
				if _, err := tx.StmtContext(ctx, s.keepHTML).ExecContext(ctx, page, set.ID); err != nil {
					return fmt.Errorf("keep html: %w", err)
				}
			}
			return nil
		}
		for _, t := range rows.DerivedTables {
			if _, err := tx.StmtContext(ctx, s.clear[t.Name]).ExecContext(ctx, set.ID); err != nil {
				return fmt.Errorf("clear %s: %w", t.Name, err)
			}
			if err := s.insertRows[t.Name].insert(ctx, tx, set.Derived[t.Name]); err != nil {
				return err
			}
		}
		return nil
	})
}

// GetArticle implements store.Store.
func (s *Store) GetArticle(ctx context.Context, id string) (*article.Article, error) {
	var doc []byte
	var page any
	err := s.db.QueryRowContext(ctx, "SELECT doc, html FROM articles WHERE id = ?", id).Scan(&doc, &page)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: get article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: get article %s: %w", id, err)
	}
	html, err := unpackPage(page)
	if err != nil {
		return nil, fmt.Errorf("sqlite: get article %s: %w", id, err)
	}
	a, err := rows.Decode(doc, html)
	if err != nil {
		return nil, fmt.Errorf("sqlite: get article %s: %w", id, err)
	}
	return a, nil
}

// CountArticles implements store.Store.
func (s *Store) CountArticles(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM articles").Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: count articles: %w", err)
	}
	return n, nil
}

// PutClaimPrints implements store.Store.
func (s *Store) PutClaimPrints(ctx context.Context, articleID string, prints []store.ClaimPrint) error {
	if err := s.putClaimPrints(ctx, articleID, prints); err != nil {
		return fmt.Errorf("sqlite: put claim prints %s: %w", articleID, err)
	}
	return nil
}

func (s *Store) putClaimPrints(ctx context.Context, articleID string, prints []store.ClaimPrint) error {
	rs, err := rows.Prints(articleID, prints, nil)
	if err != nil {
		return err
	}
	return s.w.submit(ctx, func(ctx context.Context, tx *sql.Tx) error {
		if _, err := tx.StmtContext(ctx, s.clearPrints).ExecContext(ctx, articleID); err != nil {
			return fmt.Errorf("clear: %w", err)
		}
		return s.insertPrint.insert(ctx, tx, rs)
	})
}

// FindClaimPrints implements store.Store.
func (s *Store) FindClaimPrints(ctx context.Context, keys []string) ([]store.ClaimPrint, error) {
	out, err := s.findClaimPrints(ctx, rows.UniqueKeys(keys))
	if err != nil {
		return nil, fmt.Errorf("sqlite: find claim prints: %w", err)
	}
	return out, nil
}

func (s *Store) findClaimPrints(ctx context.Context, keys []string) ([]store.ClaimPrint, error) {
	var out []store.ClaimPrint
	for len(keys) > 0 {
		// For each key, the prints of its newest articles (index on key,
		// article_id): one limited SELECT a key, within SQLite's bound on
		// compound SELECTs.
		n := min(len(keys), maxCompound)
		batch := keys[:n]
		keys = keys[n:]
		args := make([]any, 0, len(batch))
		for _, k := range batch {
			args = append(args, k)
		}
		st, err := s.findStmt(ctx, len(batch))
		if err != nil {
			return nil, err
		}
		rs, err := st.QueryContext(ctx, args...)
		if err != nil {
			return nil, err
		}
		for rs.Next() {
			var p store.ClaimPrint
			if err := rs.Scan(&p.Key, &p.Value, &p.ArticleID, &p.Source, &p.Speaker, &p.Text); err != nil {
				rs.Close()
				return nil, err
			}
			out = append(out, p)
		}
		err = rs.Err()
		rs.Close()
		if err != nil {
			return nil, err
		}
	}
	rows.SortPrints(out)
	return out, nil
}

// findStmt returns the prepared query for n keys: for each, the prints of
// its MaxPrintsPerKey newest articles (index on key, article_id), joined in
// one compound SELECT.
func (s *Store) findStmt(ctx context.Context, n int) (*sql.Stmt, error) {
	s.findMu.Lock()
	defer s.findMu.Unlock()
	if st := s.find[n]; st != nil {
		return st, nil
	}
	part := fmt.Sprintf("SELECT * FROM (SELECT key, value, article_id, source, speaker, text FROM claim_prints WHERE key = ? ORDER BY article_id DESC LIMIT %d)", store.MaxPrintsPerKey)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = part
	}
	st, err := s.db.PrepareContext(ctx, strings.Join(parts, " UNION ALL "))
	if err != nil {
		return nil, err
	}
	s.find[n] = st
	return st, nil
}

// Ping implements store.Store.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.db.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("sqlite: ping: %w", err)
	}
	return nil
}

// Close closes the database. It is safe to call more than once.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.w.stop()
		s.ck.stop()
		if err := s.db.Close(); err != nil {
			s.closeErr = fmt.Errorf("sqlite: close: %w", err)
		}
	})
	return s.closeErr
}
