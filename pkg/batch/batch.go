// Package batch runs pipeline stages in-process over a stream of articles,
// without NATS: it is the engine of `copydesk analyze`. It uses a bounded
// pool of workers (all cores by default) and emits results in input order,
// holding at most a window of finished articles while an earlier one is
// still in progress, so memory stays bounded on any input size.
package batch

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/stage"
)

// Item is one record of the batch: an article to process, or the error
// that stopped it from being read. Label names the record for messages
// (e.g. "seeds/000.txt" or "in.jsonl:12").
type Item struct {
	Article *article.Article
	Err     error
	Label   string
}

// Config tunes a batch run.
type Config struct {
	// Workers is the number of articles processed at once; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Window bounds how many articles may be in flight or waiting to be
	// emitted in order; 0 means 4×Workers.
	Window int
}

// DefaultConfig returns the defaults: all cores.
func DefaultConfig() Config { return Config{} }

// Validate checks the configuration.
func (c Config) Validate() error {
	if c.Workers < 0 || c.Window < 0 {
		return errors.New("batch: workers and window must not be negative")
	}
	return nil
}

func (c Config) withDefaults() Config {
	if c.Workers == 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.Window < c.Workers {
		c.Window = 4 * c.Workers
	}
	return c
}

// Process runs every stage in order over a. A stage error stops the chain
// for that article and is returned, naming the stage.
func Process(ctx context.Context, stages []stage.Stage, a *article.Article) error {
	for _, s := range stages {
		if err := stage.Run(ctx, s, a, time.Now); err != nil {
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	return nil
}

// Run reads items from next until it reports false, processes each one
// through stages, and calls emit for every item in input order. An item
// whose processing fails is emitted with Err set and its article as far as
// it got; emit's own error stops the run. Run returns when everything read
// has been emitted, or on the first emit error or cancellation.
func Run(ctx context.Context, cfg Config, stages []stage.Stage, next func() (Item, bool), emit func(Item) error) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	cfg = cfg.withDefaults()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type slot struct{ done chan Item }
	order := make(chan slot, cfg.Window)
	work := make(chan struct {
		it  Item
		out chan Item
	})

	// Reader: assigns each item a slot in order and hands it to a worker.
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(work)
		for {
			it, ok := next()
			if !ok {
				readErr <- nil
				return
			}
			s := slot{done: make(chan Item, 1)}
			select {
			case order <- s:
			case <-ctx.Done():
				readErr <- ctx.Err()
				return
			}
			if it.Err != nil || it.Article == nil {
				if it.Err == nil {
					it.Err = errors.New("batch: empty record")
				}
				s.done <- it
				continue
			}
			select {
			case work <- struct {
				it  Item
				out chan Item
			}{it, s.done}:
			case <-ctx.Done():
				readErr <- ctx.Err()
				return
			}
		}
	}()

	for i := 0; i < cfg.Workers; i++ {
		go func() {
			for w := range work {
				if err := Process(ctx, stages, w.it.Article); err != nil {
					w.it.Err = err
				}
				w.out <- w.it
			}
		}()
	}

	for s := range order {
		var it Item
		select {
		case it = <-s.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := emit(it); err != nil {
			cancel()
			// Let the reader and workers wind down.
			for range order {
			}
			return err
		}
	}
	return <-readErr
}
