package runner

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
)

// ErrClosed is returned by Run after Shutdown, and by a second Run.
var ErrClosed = errors.New("runner: closed")

const (
	stateIdle = iota
	stateRunning
	stateClosed
)

// loop is the pull loop and lifecycle shared by Runner and DLQMover: a
// dispatcher pulls from a durable consumer into a bounded worker pool.
//
// Drain stops fetching, lets the workers finish every message already
// delivered (in flight or buffered), then returns. Stop cancels the context
// the workers process under; interrupted messages are handed back (Nak) for
// redelivery.
type loop struct {
	name string
	log  *zap.Logger

	mu        sync.Mutex
	state     int
	drainReq  chan struct{}
	drainOnce sync.Once
	done      chan struct{}

	// workCtx is the context messages are processed under; cancelling it
	// is Stop.
	workCtx    context.Context
	workCancel context.CancelFunc
}

func newLoop(name string, log *zap.Logger) loop {
	ctx, cancel := context.WithCancel(context.Background())
	return loop{
		name:       name,
		log:        log,
		drainReq:   make(chan struct{}),
		done:       make(chan struct{}),
		workCtx:    ctx,
		workCancel: cancel,
	}
}

func (l *loop) requestDrain() { l.drainOnce.Do(func() { close(l.drainReq) }) }

// begin moves idle to running.
func (l *loop) begin() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.state != stateIdle {
		return ErrClosed
	}
	l.state = stateRunning
	return nil
}

// shutdown drains, and stops in-flight work if ctx ends first.
func (l *loop) shutdown(ctx context.Context) error {
	l.mu.Lock()
	st := l.state
	if st == stateIdle {
		// Never ran: nothing to drain; a later Run returns ErrClosed.
		l.state = stateClosed
		close(l.done)
	}
	l.mu.Unlock()
	l.requestDrain()
	if st == stateIdle {
		l.workCancel()
		return nil
	}
	select {
	case <-l.done:
		return nil
	case <-ctx.Done():
		l.workCancel()
		return fmt.Errorf("%s: shutdown: in-flight work stopped: %w", l.name, ctx.Err())
	}
}

// run pulls from cons with concurrency workers calling handle, until ctx is
// cancelled or a drain is requested, then drains (bounded by drainTimeout
// when ctx triggered it). It closes l.done when it returns.
func (l *loop) run(ctx context.Context, cons jetstream.Consumer, concurrency int, drainTimeout time.Duration, handle func(jetstream.Msg)) error {
	defer close(l.done)
	defer func() {
		l.mu.Lock()
		l.state = stateClosed
		l.mu.Unlock()
		l.workCancel()
	}()

	iter, err := cons.Messages(jetstream.PullMaxMessages(concurrency))
	if err != nil {
		return fmt.Errorf("%s: messages: %w", l.name, err)
	}

	work := make(chan jetstream.Msg)
	var wg sync.WaitGroup
	for range concurrency {
		wg.Go(func() {
			for m := range work {
				handle(m)
			}
		})
	}

	// Trigger the drain on ctx cancellation or Shutdown.
	exit := make(chan struct{})
	var draining sync.WaitGroup
	draining.Go(func() {
		select {
		case <-ctx.Done():
			t := time.AfterFunc(drainTimeout, l.workCancel)
			defer t.Stop()
			l.log.Info("draining", zap.Duration("timeout", drainTimeout))
			iter.Drain()
			<-exit
		case <-l.drainReq:
			l.log.Info("draining")
			iter.Drain()
		case <-exit:
		}
	})

	var runErr error
	for {
		msg, err := iter.Next()
		if err == nil {
			work <- msg
			continue
		}
		if errors.Is(err, jetstream.ErrMsgIteratorClosed) {
			if errors.Is(err, jetstream.ErrConnectionClosed) {
				runErr = fmt.Errorf("%s: %w", l.name, err)
			}
			break
		}
		// Transient (missed heartbeat while reconnecting, ...): keep going.
		l.log.Warn("next message", zap.Error(err))
		select {
		case <-time.After(100 * time.Millisecond):
		case <-l.workCtx.Done():
		}
		if l.workCtx.Err() != nil {
			iter.Stop()
			break
		}
	}
	close(work)
	wg.Wait()
	close(exit)
	draining.Wait()
	l.log.Info("stopped")
	return runErr
}
