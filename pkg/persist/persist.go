// Package persist decorates the last pipeline stage so that, once the inner
// stage has processed an article, the article is written to the store. The
// flagger service wraps the flagger with it; the runtime benchmark wraps a
// no-op stage.
package persist

import (
	"context"
	"errors"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/stage"
)

// Putter is the part of store.Store the decorator needs.
type Putter interface {
	PutArticle(ctx context.Context, a *article.Article) error
}

// Stage runs Inner, then stores the article. It keeps Inner's name and
// version, so the runner's consumer, metrics and dedupe ids are Inner's.
type Stage struct {
	Inner stage.Stage
	Store Putter
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}

// New wraps inner so that every article it processes is stored in st.
func New(inner stage.Stage, st Putter) (*Stage, error) {
	if inner == nil || st == nil {
		return nil, errors.New("persist: new: nil stage or store")
	}
	return &Stage{Inner: inner, Store: st}, nil
}

func (s *Stage) Name() string { return s.Inner.Name() }

// Close implements stage.Closer by closing Inner when it is one.
func (s *Stage) Close(ctx context.Context) error { return stage.Close(ctx, s.Inner) }
func (s *Stage) Version() string                 { return s.Inner.Version() }

// Process runs the inner stage, records its run in a.Stages (so the stored
// document carries the stage version the store keys idempotency on) and
// writes the article. Store failures are retryable: the store write is
// idempotent, so the redelivery reprocesses and writes again safely.
//
// Work the inner stage left running (stage.Go: the flagger's corpus
// publish) overlaps with the store write; Process returns once both are
// done, with the store's error if the write failed, else that work's. The
// article is then stored even when that work failed; the redelivery redoes
// the work, and its store write is a no-op.
func (s *Stage) Process(ctx context.Context, a *article.Article) error {
	now := s.Now
	if now == nil {
		now = time.Now
	}
	start := now()
	ctx, pending := stage.WithPending(ctx)
	if err := s.Inner.Process(ctx, a); err != nil {
		_ = pending.Wait() // the inner error decides what happens next
		return err
	}
	a.MarkStage(s.Inner.Name(), s.Inner.Version(), now().Sub(start), now())
	putErr := s.Store.PutArticle(ctx, a)
	workErr := pending.Wait()
	if putErr != nil {
		return stage.Retryable("persist: put article", putErr)
	}
	return workErr
}
