// Package stage defines the one small interface every pipeline stage
// implements, and the error type that tells the runner whether a retry can
// help. The runner (package runner) does everything else: consuming,
// acknowledging, redelivery with backoff, dead letters, metrics and logs.
// The offline batch (copydesk analyze) runs the same Stage values in-process.
package stage

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
)

// Stage processes one article at a time.
//
// Process enriches a in place. It must be safe to call from several
// goroutines at once on different articles, and deterministic for the same
// input and Version, so that a redelivered message yields the same result.
// A returned error is retryable unless it is wrapped with Permanent; the
// runner retries retryable errors with backoff up to the consumer's maximum
// deliveries, and dead-letters permanent ones at once.
type Stage interface {
	// Name is the stage's short name ("clean", "claims", ...): it names the
	// consumer, the metrics label and the key in Article.Stages.
	Name() string
	// Version changes whenever the stage's output for the same input may
	// change; it is part of the publish dedupe id and of the store's
	// idempotency key.
	Version() string
	Process(ctx context.Context, a *article.Article) error
}

// Closer is implemented by a stage that holds background work, such as a
// write-back cache. Whoever runs the stage calls Close once the runner has
// stopped feeding it (after the drain), so that Close can finish what the
// stage buffered within ctx. Close must be safe to call twice.
type Closer interface {
	Close(ctx context.Context) error
}

// Close closes s when it is a Closer; otherwise it does nothing.
func Close(ctx context.Context, s Stage) error {
	if c, ok := s.(Closer); ok {
		return c.Close(ctx)
	}
	return nil
}

// Func adapts a function to a Stage, for tests and benchmarks.
type Func struct {
	StageName    string
	StageVersion string
	Fn           func(ctx context.Context, a *article.Article) error
}

func (f Func) Name() string    { return f.StageName }
func (f Func) Version() string { return f.StageVersion }
func (f Func) Process(ctx context.Context, a *article.Article) error {
	return f.Fn(ctx, a)
}

// Error is a stage failure with the operation that failed and whether a retry
// can help.
type Error struct {
	Op        string // the operation, e.g. "clean: resolve html"
	Err       error
	Retryable bool
}

func (e *Error) Error() string {
	kind := "permanent"
	if e.Retryable {
		kind = "retryable"
	}
	if e.Op == "" {
		return fmt.Sprintf("%s: %v", kind, e.Err)
	}
	return fmt.Sprintf("%s: %s: %v", e.Op, kind, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Permanent marks err as one that no retry can fix (bad input, a bug).
func Permanent(op string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Op: op, Err: err}
}

// Retryable marks err as transient (a store or network hiccup).
func Retryable(op string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Op: op, Err: err, Retryable: true}
}

// IsRetryable reports whether a retry may help: true for errors marked
// Retryable and for unmarked errors, false for errors marked Permanent and
// for context cancellation by the caller.
func IsRetryable(err error) bool {
	if err == nil {
		return false
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Retryable
	}
	return true
}

// Run calls s.Process on a, records the stage run in a.Stages and converts a
// panic into a permanent error, so one bad article cannot take a worker down.
func Run(ctx context.Context, s Stage, a *article.Article, now func() time.Time) (err error) {
	start := now()
	defer func() {
		if r := recover(); r != nil {
			err = Permanent(s.Name(), fmt.Errorf("panic: %v", r))
		}
	}()
	if err := s.Process(ctx, a); err != nil {
		return err
	}
	a.MarkStage(s.Name(), s.Version(), now().Sub(start), now())
	return nil
}
