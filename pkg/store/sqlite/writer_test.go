package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/pkg/store/storetest"
)

// TestGroupCommit: writes that arrive together share a transaction, and a
// write that fails inside it is rolled back alone.
func TestGroupCommit(t *testing.T) {
	s := open(t).(*Store)
	ctx := t.Context()
	if _, err := s.DB().ExecContext(ctx, "CREATE TABLE gc_probe (n INTEGER PRIMARY KEY)"); err != nil {
		t.Fatal(err)
	}
	// Hold the writer in its first transaction until the others queue.
	release := make(chan struct{})
	held := make(chan struct{})
	first := make(chan error, 1)
	go func() {
		first <- s.w.submit(ctx, func(ctx context.Context, tx *sql.Tx) error {
			close(held)
			<-release
			_, err := tx.ExecContext(ctx, "INSERT INTO gc_probe (n) VALUES (0)")
			return err
		})
	}()
	<-held
	const n = 10
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			errs[i] = s.w.submit(ctx, func(ctx context.Context, tx *sql.Tx) error {
				if _, err := tx.ExecContext(ctx, "INSERT INTO gc_probe (n) VALUES (?)", i+1); err != nil {
					return err
				}
				if i == 3 {
					// Fails after writing a row (0 is the held write's):
					// the row must go too.
					_, err := tx.ExecContext(ctx, "INSERT INTO gc_probe (n) VALUES (?)", 0)
					return err
				}
				return nil
			})
		})
	}
	// Let the writes queue behind the held transaction (the channel is
	// unbuffered: they wait in submit until the writer gathers them).
	time.Sleep(200 * time.Millisecond)
	close(release)
	if err := <-first; err != nil {
		t.Fatalf("held write: %v", err)
	}
	wg.Wait()
	for i, err := range errs {
		if (err != nil) != (i == 3) {
			t.Errorf("write %d: err = %v", i, err)
		}
	}
	var got int
	if err := s.DB().QueryRowContext(ctx, "SELECT COUNT(*) FROM gc_probe").Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != n { // 0 and 1..10 without 4
		t.Errorf("rows = %d, want %d", got, n)
	}
	commits, writes := s.w.m.get()
	if writes != n || commits >= writes {
		t.Errorf("%d writes in %d commits: want %d writes sharing fewer commits", writes, commits, n)
	}
}

// TestWriterClose: a write after Close fails with a clear error instead of
// hanging; Close is safe twice.
func TestWriterClose(t *testing.T) {
	s, err := Open(t.Context(), Config{Path: filepath.Join(t.TempDir(), "c.db")})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutArticle(t.Context(), storetest.Article("01JCLOSE1", 1)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	err = s.PutArticle(t.Context(), storetest.Article("01JCLOSE2", 1))
	if !errors.Is(err, errClosed) {
		t.Fatalf("PutArticle after Close = %v, want %v", err, errClosed)
	}
}

// TestWriterCallerGivesUp: a caller whose context ends gets its error back
// at once; the writes of the others still commit.
func TestWriterCallerGivesUp(t *testing.T) {
	s := open(t).(*Store)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := s.PutArticle(ctx, storetest.Article("01JGONE", 1)); !errors.Is(err, context.Canceled) {
		t.Fatalf("PutArticle with a cancelled context = %v", err)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			if err := s.PutArticle(t.Context(), storetest.Article(fmt.Sprintf("01JKEEP%d", i), 1)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n, err := s.CountArticles(t.Context()); err != nil || n != 8 {
		t.Fatalf("CountArticles = %d, %v; want 8", n, err)
	}
}

// TestBackgroundCheckpoint: committed pages reach the database file through
// the background checkpoint, long before the automatic one (8,192 pages)
// would run; a store without it leaves them in the WAL.
func TestBackgroundCheckpoint(t *testing.T) {
	for _, tt := range []struct {
		name  string
		every time.Duration
		want  bool
	}{
		{"every 20ms", 20 * time.Millisecond, true},
		{"none", -1, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "ck.db")
			s, err := Open(t.Context(), Config{Path: path, CheckpointEvery: tt.every})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			fi, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			before := fi.Size()
			for i := range 20 {
				if err := s.PutArticle(t.Context(), storetest.Article(fmt.Sprintf("01JCK%03d", i), 3)); err != nil {
					t.Fatal(err)
				}
			}
			size := func() int64 {
				fi, err := os.Stat(path)
				if err != nil {
					t.Fatal(err)
				}
				return fi.Size()
			}
			if !tt.want {
				time.Sleep(300 * time.Millisecond)
				if n := size(); n != before {
					t.Fatalf("database file grew from %d to %d bytes without a checkpoint", before, n)
				}
				return
			}
			deadline := time.Now().Add(5 * time.Second)
			for size() == before {
				if time.Now().After(deadline) {
					t.Fatalf("database file still %d bytes: nothing checkpointed", before)
				}
				time.Sleep(10 * time.Millisecond)
			}
		})
	}
}

// TestWriteLockOfAnotherProcess: two stores on one file, as ingest and the
// flagger run as separate processes. A write waits while the other holds
// the write lock and lands once it is released; it fails with SQLITE_BUSY
// only after the busy timeout.
func TestWriteLockOfAnotherProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	openAt := func(busy time.Duration) *Store {
		s, err := Open(t.Context(), Config{Path: path, BusyTimeout: busy})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	a, other := openAt(300*time.Millisecond), openAt(10*time.Second)
	hold := func(d time.Duration) <-chan error {
		tx, err := other.DB().BeginTx(t.Context(), nil) // BEGIN IMMEDIATE: the write lock
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() {
			time.Sleep(d)
			done <- tx.Commit()
		}()
		return done
	}
	tests := []struct {
		name     string
		hold     time.Duration
		wantBusy bool
	}{
		{name: "released within the busy timeout", hold: 50 * time.Millisecond},
		{name: "held past it", hold: 1500 * time.Millisecond, wantBusy: true},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			released := hold(tt.hold)
			err := a.PutArticle(t.Context(), storetest.Article(fmt.Sprintf("01LOCK%d", i), 1))
			if gotBusy := err != nil && isBusy(err); gotBusy != tt.wantBusy || (err != nil && !tt.wantBusy) {
				t.Errorf("PutArticle = %v, want busy %v", err, tt.wantBusy)
			}
			if err := <-released; err != nil {
				t.Fatal(err)
			}
		})
	}
}
