package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// errClosed is returned by writes submitted after Close.
var errClosed = errors.New("store is closed")

// A write is one caller's part of a group commit: apply runs inside the
// shared transaction; done receives its outcome once the transaction is
// committed (or failed).
type write struct {
	ctx   context.Context
	apply func(ctx context.Context, tx *sql.Tx) error
	done  chan error
}

// writer is the store's group commit. SQLite admits one writer at a time,
// and most of a small write transaction's cost is its BEGIN and COMMIT (the
// WAL append), so the writes that arrive while a transaction commits are
// gathered and committed together in the next one. Each write runs inside
// its own SAVEPOINT: a write that fails is rolled back alone and reports its
// error; the others commit. A caller returns only when its write is
// committed, so durability is that of an unbatched write.
//
// Lifecycle: start runs the loop; stop is safe without start and safe
// twice; it finishes the transaction in flight and fails later writes with
// errClosed.
type writer struct {
	db *sql.DB
	// conn, when set, is the writer's own connection: its page cache stays
	// warm from one commit to the next. A pool connection's cache is
	// dropped whenever another connection has written since it last ran,
	// so a writer taking whichever connection is free re-reads the index
	// pages it touches (measured: the reads were ~3% of the pipeline's CPU).
	conn *sql.Conn
	// busyTimeout is how long the writer's own connection tries to begin a
	// transaction while another process holds the write lock (see begin).
	busyTimeout time.Duration
	maxBatch    int
	writes      chan *write
	closing     chan struct{}
	done        chan struct{}
	stopOnce    sync.Once
	started     bool
	m           *writerStats
}

// writerStats counts commits and the writes they carried (read by tests
// and benchmarks).
type writerStats struct {
	mu              sync.Mutex
	commits, writes int
}

func (s *writerStats) add(n int) {
	s.mu.Lock()
	s.commits++
	s.writes += n
	s.mu.Unlock()
}

func (s *writerStats) get() (commits, writes int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.commits, s.writes
}

func newWriter(db *sql.DB, maxBatch int) *writer {
	return &writer{db: db, maxBatch: max(maxBatch, 1), writes: make(chan *write),
		closing: make(chan struct{}), done: make(chan struct{}), m: &writerStats{}}
}

func (w *writer) start() {
	w.started = true
	go w.loop()
}

// stop finishes the transaction in flight, ends the loop and returns the
// writer's own connection to the pool.
func (w *writer) stop() {
	w.stopOnce.Do(func() {
		close(w.closing)
		if w.started {
			<-w.done
		}
		if w.conn != nil {
			_ = w.conn.Close()
		}
	})
}

// submit runs apply in a group-committed transaction and returns its error,
// or the commit's. If ctx ends first, submit returns ctx's error; the write
// may still be committed (the store's writes are idempotent).
func (w *writer) submit(ctx context.Context, apply func(ctx context.Context, tx *sql.Tx) error) error {
	wr := &write{ctx: ctx, apply: apply, done: make(chan error, 1)}
	select {
	case w.writes <- wr:
	case <-w.closing:
		return errClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-wr.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (w *writer) loop() {
	defer close(w.done)
	batch := make([]*write, 0, w.maxBatch)
	for {
		select {
		case wr := <-w.writes:
			batch = append(batch[:0], wr)
		case <-w.closing:
			return
		}
	gather:
		for len(batch) < w.maxBatch {
			select {
			case wr := <-w.writes:
				batch = append(batch, wr)
			default:
				break gather
			}
		}
		w.commit(batch)
		clear(batch)
	}
}

// begin starts the batch's transaction (BEGIN IMMEDIATE: the write lock).
//
// On its own connection the writer waits for a lock that another process
// holds itself, polling every 50 µs to 2 ms for up to busyTimeout: SQLite's
// own busy handler (that connection's busy_timeout is 0) sleeps 1, 2, 5,
// 10 ms and longer between tries, so with a second writer process on the
// file (ingest and flagger as separate processes) a commit waited
// milliseconds for a lock held for a fraction of one.
func (w *writer) begin(ctx context.Context) (*sql.Tx, error) {
	if w.conn == nil {
		return w.db.BeginTx(ctx, nil)
	}
	deadline := time.Now().Add(w.busyTimeout)
	wait := 50 * time.Microsecond
	for {
		tx, err := w.conn.BeginTx(ctx, nil)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return tx, err
		}
		time.Sleep(wait)
		wait = min(2*wait, 2*time.Millisecond)
	}
}

// isBusy reports whether err is SQLITE_BUSY (another connection holds the
// lock).
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// commit runs the batch in one transaction and answers every write.
func (w *writer) commit(batch []*write) {
	errs := make([]error, len(batch))
	answer := func() {
		for i, wr := range batch {
			wr.done <- errs[i]
		}
	}
	// The transaction outlives any one caller: a caller that gives up does
	// not roll back the others' writes.
	ctx := context.Background()
	tx, err := w.begin(ctx)
	if err != nil {
		for i := range errs {
			errs[i] = fmt.Errorf("begin: %w", err)
		}
		answer()
		return
	}
	applied := 0
	for i, wr := range batch {
		if err := wr.ctx.Err(); err != nil {
			errs[i] = err
			continue
		}
		if len(batch) == 1 {
			errs[i] = wr.apply(ctx, tx)
			if errs[i] == nil {
				applied++
			}
			continue
		}
		sp := fmt.Sprintf("w%d", i)
		if _, err := tx.ExecContext(ctx, "SAVEPOINT "+sp); err != nil {
			errs[i] = fmt.Errorf("savepoint: %w", err)
			continue
		}
		if errs[i] = wr.apply(ctx, tx); errs[i] != nil {
			if _, err := tx.ExecContext(ctx, "ROLLBACK TO "+sp); err != nil {
				errs[i] = errors.Join(errs[i], fmt.Errorf("rollback to savepoint: %w", err))
			}
		} else {
			applied++
		}
		if _, err := tx.ExecContext(ctx, "RELEASE "+sp); err != nil && errs[i] == nil {
			errs[i] = fmt.Errorf("release savepoint: %w", err)
		}
	}
	if applied == 0 {
		_ = tx.Rollback() // nothing to keep
		answer()
		return
	}
	if err := tx.Commit(); err != nil {
		for i := range errs {
			if errs[i] == nil {
				errs[i] = fmt.Errorf("commit: %w", err)
			}
		}
	}
	w.m.add(applied)
	answer()
}

// checkpointer runs PRAGMA wal_checkpoint(PASSIVE) every interval on a pool
// connection: it copies committed WAL frames back into the database file
// without blocking the writer or readers, so that the checkpoint's cost
// stays out of the commits' latency. A checkpoint that finds the database
// busy simply copies less; the next one continues. stop is safe on nil and
// twice.
type checkpointer struct {
	stopc    chan struct{}
	done     chan struct{}
	stopOnce sync.Once
}

func startCheckpointer(db *sql.DB, every time.Duration) *checkpointer {
	c := &checkpointer{stopc: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(c.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-c.stopc:
				return
			case <-t.C:
				ctx, cancel := context.WithTimeout(context.Background(), every*10)
				// Busy or failed: the next tick (or SQLite's backstop) copies it.
				_, _ = db.ExecContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)")
				cancel()
			}
		}
	}()
	return c
}

func (c *checkpointer) stop() {
	if c == nil {
		return
	}
	c.stopOnce.Do(func() {
		close(c.stopc)
		<-c.done
	})
}
