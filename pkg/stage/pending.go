package stage

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Pending collects work that a stage started for an article and did not
// wait for, so that the work overlaps with what runs after the stage: the
// flagger's claim-corpus publish runs while package persist writes the
// article to the store. Whoever made the Pending (WithPending) must Wait
// before the article counts as processed; a stage that runs without one
// waits for its work itself (Go).
type Pending struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []error
}

type pendingKey struct{}

// WithPending returns ctx carrying a new Pending.
func WithPending(ctx context.Context) (context.Context, *Pending) {
	p := &Pending{}
	return context.WithValue(ctx, pendingKey{}, p), p
}

// Go runs fn for the article being processed. When ctx carries a Pending,
// fn runs in a goroutine of its own, Go returns nil, and the Pending's Wait
// returns fn's error; otherwise fn runs at once and Go returns its error.
// A panic in fn becomes a permanent error named op.
func Go(ctx context.Context, op string, fn func() error) error {
	p, _ := ctx.Value(pendingKey{}).(*Pending)
	if p == nil {
		return guard(op, fn)
	}
	p.wg.Go(func() {
		if err := guard(op, fn); err != nil {
			p.mu.Lock()
			p.errs = append(p.errs, err)
			p.mu.Unlock()
		}
	})
	return nil
}

// guard runs fn, turning a panic into a permanent error.
func guard(op string, fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = Permanent(op, fmt.Errorf("panic: %v", r))
		}
	}()
	return fn()
}

// Wait waits for all work started with Go and returns its errors (nil when
// all succeeded). It is safe on a nil Pending and to call more than once.
func (p *Pending) Wait() error {
	if p == nil {
		return nil
	}
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	switch len(p.errs) {
	case 0:
		return nil
	case 1:
		return p.errs[0]
	}
	return errors.Join(p.errs...)
}
