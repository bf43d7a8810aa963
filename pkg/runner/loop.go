package runner

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
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
// dispatcher fetches from a durable consumer as many messages as there are
// idle workers, and hands them to a bounded worker pool.
//
// Explicit fetches (rather than a continuous Messages/Consume pull) keep the
// client and server in agreement about outstanding pull requests: with a
// small Messages buffer this client version could lose track of a pull
// request and stall the stage until its missed-heartbeat timeout (30 s by
// default), measured here in about one benchmark run in three.
//
// Drain stops fetching, lets the fetch under way finish (at most FetchWait),
// lets the workers finish every message delivered, then returns. Stop cancels
// the context the workers process under; interrupted messages are handed back
// (Nak) for redelivery.
type loop struct {
	name string
	log  *zap.Logger
	conn func() *nats.Conn

	mu    sync.Mutex
	state int
	// pulling is true while run pulls from the consumer: a Run still
	// creating its consumer, or one that failed to, is not ready.
	pulling   bool
	drainReq  chan struct{}
	drainOnce sync.Once
	done      chan struct{}

	// workCtx is the context messages are processed under; cancelling it
	// is Stop.
	workCtx    context.Context
	workCancel context.CancelFunc
}

func newLoop(name string, log *zap.Logger, conn func() *nats.Conn) loop {
	ctx, cancel := context.WithCancel(context.Background())
	return loop{
		name:       name,
		log:        log,
		conn:       conn,
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

// setupFailed ends a Run whose consumer could not be set up: the loop is
// closed. A ctx cancelled meanwhile is a stop, not a failure: nothing was
// in flight, and Run returns nil as it does after a drain.
func (l *loop) setupFailed(ctx context.Context, err error) error {
	l.mu.Lock()
	l.state = stateClosed
	l.mu.Unlock()
	close(l.done)
	l.workCancel()
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return nil
	}
	return err
}

// isPulling reports whether run is pulling from the consumer.
func (l *loop) isPulling() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.pulling
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
func (l *loop) run(ctx context.Context, cons jetstream.Consumer, concurrency int, fetchWait, drainTimeout time.Duration, handle func(jetstream.Msg)) error {
	defer close(l.done)
	l.mu.Lock()
	l.pulling = true
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		l.state, l.pulling = stateClosed, false
		l.mu.Unlock()
		l.workCancel()
	}()

	// Workers hold a slot while handling a message; the dispatcher fetches
	// at most as many messages as there are free slots, so nothing waits in
	// a client buffer (where its AckWait would run) while workers are busy.
	slots := make(chan struct{}, concurrency)
	for range concurrency {
		slots <- struct{}{}
	}
	work := make(chan jetstream.Msg, concurrency)
	var wg sync.WaitGroup
	for range concurrency {
		wg.Go(func() {
			for m := range work {
				handle(m)
				slots <- struct{}{}
			}
		})
	}

	// Drain on ctx cancellation (bounded by drainTimeout) or on Shutdown.
	stopFetch := make(chan struct{})
	exit := make(chan struct{})
	var draining sync.WaitGroup
	draining.Go(func() {
		select {
		case <-ctx.Done():
			t := time.AfterFunc(drainTimeout, l.workCancel)
			defer t.Stop()
			l.log.Info("draining", zap.Duration("timeout", drainTimeout))
			close(stopFetch)
			<-exit
		case <-l.drainReq:
			l.log.Info("draining")
			close(stopFetch)
		case <-exit:
		}
	})

	var runErr error
	var errDelay time.Duration
fetching:
	for {
		// Wait for a free slot, then take every free one.
		n := 0
		select {
		case <-slots:
			n = 1
		case <-stopFetch:
			break fetching
		}
	more:
		for n < concurrency {
			select {
			case <-slots:
				n++
			default:
				break more
			}
		}
		select {
		case <-stopFetch:
			break fetching
		default:
		}
		// A fetch is never cancelled half-way (its messages would wait out
		// AckWait); it ends within fetchWait, which bounds the drain's wait.
		batch, err := cons.Fetch(n, jetstream.FetchMaxWait(fetchWait))
		got := 0
		if err == nil {
			for m := range batch.Messages() {
				got++
				work <- m
			}
			err = batch.Error()
		}
		for ; got < n; got++ {
			slots <- struct{}{}
		}
		if err == nil || errors.Is(err, nats.ErrTimeout) || errors.Is(err, context.DeadlineExceeded) {
			errDelay = 0
			continue
		}
		if nc := l.conn(); nc != nil && nc.IsClosed() {
			runErr = fmt.Errorf("%s: %w", l.name, nats.ErrConnectionClosed)
			break
		}
		// Disconnected or the server is busy: back off, up to 2 s.
		errDelay = min(max(2*errDelay, 100*time.Millisecond), 2*time.Second)
		l.log.Warn("fetch", zap.Error(err), zap.Duration("retry_in", errDelay))
		select {
		case <-time.After(errDelay):
		case <-stopFetch:
		}
	}
	close(work)
	wg.Wait()
	close(exit)
	draining.Wait()
	l.log.Info("stopped")
	return runErr
}
