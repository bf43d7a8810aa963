// Package runner is the one shared runtime of every copydesk stage: it pulls
// articles from a durable JetStream consumer, runs a stage.Stage on each with
// a bounded worker pool, publishes the result downstream and acknowledges,
// retries with backoff, dead-letters, and records metrics and logs.
//
// Delivery rules:
//   - one durable pull consumer per stage (named after the stage, filtered on
//     its input subject), MaxAckPending = Concurrency, and fetches of at most
//     as many messages as there are idle workers, so nothing waits in a
//     client buffer (where its AckWait runs) while a slow worker is busy;
//   - the output is published with Nats-Msg-Id = <article id>.<stage>.<version>
//     (see topology.MsgID) and the input is acknowledged only after the
//     publish is acknowledged: a redelivery reprocesses the article, and the
//     duplicate publish is dropped by the stream;
//   - retryable errors: NakWithDelay with exponential Backoff;
//   - permanent errors, undecodable messages and retryable errors on the last
//     allowed delivery: published to copydesk.dlq.<stage> with the stage,
//     error, reason and delivery count in headers and the original body, then
//     terminated so they leave the work stream;
//   - deliveries that run out with no outcome (the worker died, or overran
//     AckWait) raise a max-deliveries advisory, which DLQMover turns into a
//     dead letter; the server raises it when the stage next asks for work,
//     i.e. once any replica of the stage has an idle worker;
//   - long work: the worker sends InProgress every InProgressInterval;
//   - an output too large for one message (the server's max_payload) goes
//     to the object store copydesk-docs and the message refers to it
//     (package docref); an input that refers to one is read from there.
package runner

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/docref"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/topology"
)

// Runner runs one stage against its JetStream consumer.
//
// Lifecycle:
//   - Run blocks until the runner stops. When its context is cancelled it
//     drains gracefully, bounded by Config.DrainTimeout, then returns nil.
//   - Drain (Shutdown, or cancelling Run's context) stops fetching, finishes
//     every message already delivered to this process (in flight or
//     buffered), publishing and acknowledging each, and only then returns.
//     Every publish is acknowledged before its input is, so nothing is left
//     outstanding when the workers are done.
//   - Stop (Shutdown's context ending before the drain completes, or the
//     drain timeout) cancels the context the stage runs under; interrupted
//     messages are Nak'ed for prompt redelivery. Nothing is lost either way:
//     an unacknowledged message is redelivered.
//   - Shutdown is safe without Run (a later Run returns ErrClosed) and safe
//     to call twice. Run may be called once.
//   - The runner never closes the connection. Embedded mode order: runner
//     Shutdown, then drain the connection and wait for it to close
//     (natsconn.Drain), then stop the server (natsembed.Server.Shutdown).
type Runner struct {
	loop
	js    jetstream.JetStream
	stage stage.Stage
	cfg   Config
	docs  *docref.Store
	m     *stageMetrics
	now   func() time.Time

	// afterPublish, when set (tests), runs after a downstream publish is
	// acknowledged and before the input is.
	afterPublish func()
}

// New builds a runner of st. log is named per component by the caller;
// reg receives the stage metrics (several runners may share one registry).
func New(js jetstream.JetStream, st stage.Stage, cfg Config, log *zap.Logger, reg prometheus.Registerer) (*Runner, error) {
	if js == nil || st == nil {
		return nil, errors.New("runner: new: nil JetStream or stage")
	}
	if st.Name() == "" {
		return nil, errors.New("runner: new: stage has no name")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Durable == "" {
		cfg.Durable = st.Name()
	}
	if log == nil {
		log = zap.NewNop()
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("runner: new: %w", err)
	}
	log = log.With(zap.String("stage", st.Name()))
	return &Runner{
		loop:  newLoop("runner "+st.Name(), log, js.Conn),
		js:    js,
		stage: st,
		cfg:   cfg,
		docs:  docref.New(js, cfg.DocsTTL),
		m:     m.forStage(st.Name()),
		now:   time.Now,
	}, nil
}

// Stage returns the stage being run.
func (r *Runner) Stage() stage.Stage { return r.stage }

// ConsumerConfig is the durable consumer the runner creates or updates.
func (r *Runner) ConsumerConfig() jetstream.ConsumerConfig {
	return jetstream.ConsumerConfig{
		Durable:       r.cfg.Durable,
		Description:   "copydesk stage " + r.stage.Name(),
		FilterSubject: r.cfg.Input,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       r.cfg.AckWait,
		MaxDeliver:    r.cfg.MaxDeliver,
		MaxAckPending: r.cfg.maxAckPending(),
		DeliverPolicy: jetstream.DeliverAllPolicy,
	}
}

// Run creates or updates the consumer and processes messages until ctx is
// cancelled or Shutdown is called; see the lifecycle rules on Runner.
func (r *Runner) Run(ctx context.Context) error {
	if err := r.begin(); err != nil {
		return err
	}
	cons, err := r.js.CreateOrUpdateConsumer(ctx, r.cfg.Stream, r.ConsumerConfig())
	if err != nil {
		return r.setupFailed(ctx, fmt.Errorf("runner %s: create consumer: %w", r.stage.Name(), err))
	}
	r.log.Info("running", zap.String("input", r.cfg.Input), zap.String("output", r.cfg.Output),
		zap.Int("concurrency", r.cfg.Concurrency))

	pollCtx, stopPoll := context.WithCancel(context.Background())
	polled := make(chan struct{})
	go func() {
		defer close(polled)
		r.pollPending(pollCtx, cons)
	}()
	defer func() { stopPoll(); <-polled }()

	return r.run(ctx, cons, r.cfg.Concurrency, r.cfg.FetchWait, r.cfg.DrainTimeout, r.handle)
}

// Shutdown drains the runner (see the lifecycle rules on Runner); if ctx ends
// first it stops in-flight work and returns the context's error.
func (r *Runner) Shutdown(ctx context.Context) error { return r.shutdown(ctx) }

// Ready reports whether the runner is pulling from its consumer on a
// connected connection (for /readyz).
func (r *Runner) Ready(context.Context) error {
	if !r.isPulling() {
		return fmt.Errorf("runner %s: not running", r.stage.Name())
	}
	if nc := r.js.Conn(); nc != nil && nc.Status() != nats.CONNECTED {
		return fmt.Errorf("runner %s: nats connection %s", r.stage.Name(), nc.Status())
	}
	return nil
}

func (r *Runner) pollPending(ctx context.Context, cons jetstream.Consumer) {
	if r.cfg.PendingInterval < 0 {
		return
	}
	interval := r.cfg.PendingInterval
	if interval == 0 {
		interval = 5 * time.Second
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		ictx, cancel := context.WithTimeout(ctx, interval)
		info, err := cons.Info(ictx)
		cancel()
		if err == nil {
			r.m.pending.Set(float64(info.NumPending))
		} else if ctx.Err() == nil {
			r.log.Debug("consumer info", zap.Error(err))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// handle processes one delivered message to exactly one outcome: ack,
// nak with delay, dead letter + term, or (when stopped) nak.
func (r *Runner) handle(msg jetstream.Msg) {
	md, err := msg.Metadata()
	if err != nil {
		r.log.Error("not a JetStream message", zap.String("subject", msg.Subject()), zap.Error(err))
		_ = msg.Term()
		return
	}
	if md.NumDelivered > 1 {
		r.m.redeliveries.Inc()
	} else if !md.Timestamp.IsZero() {
		// A redelivery's wait includes its earlier attempts and backoff:
		// only first deliveries measure the queue.
		r.m.queued.Observe(max(r.now().Sub(md.Timestamp), 0).Seconds())
	}
	if r.workCtx.Err() != nil {
		// Stopped with this message still buffered: hand it back unread.
		_ = msg.Nak()
		return
	}
	r.m.inFlight.Inc()
	defer r.m.inFlight.Dec()

	data, err := r.docs.Body(r.workCtx, msg.Headers(), msg.Data())
	if err != nil {
		// A body not found yet may still turn up (a replica behind the
		// leader); one gone for good runs out of deliveries.
		err = stage.Retryable("runner: read body", err)
		id := msg.Headers().Get(docref.HeaderArticleID)
		r.settle(msg, md, id, err, r.log.With(zap.String("article_id", id)))
		return
	}
	var a article.Article
	if err := article.Unmarshal(data, &a); err != nil {
		r.deadLetter(msg, md, "", ReasonPermanent, fmt.Errorf("runner: %w", err), r.log)
		return
	}
	log := r.log.With(zap.String("article_id", a.ID))
	if a.ID == "" {
		r.deadLetter(msg, md, "", ReasonPermanent, errors.New("runner: article: decode: no id"), log)
		return
	}
	if md.NumDelivered > 1 {
		log.Debug("redelivered", zap.Uint64("deliveries", md.NumDelivered))
	}

	stopKeepAlive := r.keepAlive(msg, log)
	start := time.Now()
	err = stage.Run(r.workCtx, r.stage, &a, r.now)
	r.m.duration.Observe(time.Since(start).Seconds())

	if err == nil && r.cfg.Output != "" {
		err = r.publish(&a)
		if err == nil && r.afterPublish != nil {
			r.afterPublish()
		}
	}
	stopKeepAlive()
	r.settle(msg, md, a.ID, err, log)
}

// settle gives a delivered message its one outcome after processing ended
// with err (nil: done).
func (r *Runner) settle(msg jetstream.Msg, md *jetstream.MsgMetadata, id string, err error, log *zap.Logger) {
	switch {
	case err == nil:
		if aerr := msg.Ack(); aerr != nil {
			// The work is done and published; a redelivery is deduplicated.
			log.Warn("ack", zap.Error(aerr))
		}
		r.m.ok.Inc()
	case r.workCtx.Err() != nil:
		// Stopped: hand the message back at once.
		_ = msg.Nak()
		r.m.retry.Inc()
		log.Info("stopped mid-message; handed back", zap.Error(err))
	case !stage.IsRetryable(err):
		r.deadLetter(msg, md, id, ReasonPermanent, err, log)
	case md.NumDelivered >= uint64(r.cfg.MaxDeliver):
		r.deadLetter(msg, md, id, ReasonExhausted, err, log)
	default:
		delay := r.cfg.Backoff.Delay(md.NumDelivered)
		if nerr := msg.NakWithDelay(delay); nerr != nil {
			log.Warn("nak", zap.Error(nerr))
		}
		r.m.retry.Inc()
		log.Warn("retrying", zap.Error(err), zap.Uint64("deliveries", md.NumDelivered), zap.Duration("delay", delay))
	}
}

// publish sends a downstream and waits for the stream's acknowledgement.
// An article too large for a message goes to the object store, and the
// message refers to it.
func (r *Runner) publish(a *article.Article) error {
	enc, err := article.Encode(a)
	if err != nil {
		return stage.Permanent("runner: encode article", err)
	}
	defer enc.Release() // PublishMsg has copied the data by the time it returns
	m := nats.NewMsg(r.cfg.Output)
	m.Data = enc.Bytes()
	msgID := topology.MsgID(a.ID, r.stage.Name(), r.stage.Version())
	m.Header.Set(jetstream.MsgIDHeader, msgID)
	ctx, cancel := context.WithTimeout(r.workCtx, r.cfg.PublishTimeout)
	defer cancel()
	if !docref.Inline(r.js.Conn(), len(m.Data)) {
		if err := r.docs.Attach(ctx, m, msgID, a.ID, m.Data); err != nil {
			return stage.Retryable("runner: publish "+r.cfg.Output, err)
		}
		r.m.offloaded.Inc()
	}
	if _, err := r.js.PublishMsg(ctx, m); err != nil {
		if errors.Is(err, nats.ErrMaxPayload) {
			// The enriched article outgrew the server's message limit:
			// every retry would fail the same way.
			return stage.Permanent("runner: publish "+r.cfg.Output, err)
		}
		return stage.Retryable("runner: publish "+r.cfg.Output, err)
	}
	return nil
}

// keepAlive sends InProgress every interval until the returned func is
// called.
func (r *Runner) keepAlive(msg jetstream.Msg, log *zap.Logger) func() {
	every := r.cfg.inProgressInterval()
	if every <= 0 {
		return func() {}
	}
	var (
		mu      sync.Mutex
		stopped bool
		t       *time.Timer
	)
	mu.Lock()
	defer mu.Unlock()
	t = time.AfterFunc(every, func() {
		mu.Lock()
		defer mu.Unlock()
		if stopped {
			return
		}
		if err := msg.InProgress(); err != nil {
			log.Debug("in progress", zap.Error(err))
		}
		t.Reset(every)
	})
	return func() {
		mu.Lock()
		defer mu.Unlock()
		stopped = true
		t.Stop()
	}
}

// deadLetter publishes msg to the dead-letter stream and terminates it; if
// the dead letter cannot be published the message is retried later instead.
func (r *Runner) deadLetter(msg jetstream.Msg, md *jetstream.MsgMetadata, id, reason string, cause error, log *zap.Logger) {
	if id == "" {
		id = peekID(msg.Data())
	}
	if id == "" {
		id = msg.Headers().Get(docref.HeaderArticleID)
	}
	dl := deadLetter{
		DocRef:     msg.Headers().Get(docref.HeaderRef),
		Stage:      r.stage.Name(),
		Reason:     reason,
		Err:        cause.Error(),
		Deliveries: md.NumDelivered,
		ArticleID:  id,
		Subject:    msg.Subject(),
		Stream:     md.Stream,
		StreamSeq:  md.Sequence.Stream,
		Data:       msg.Data(),
	}
	ctx, cancel := context.WithTimeout(context.Background(), r.cfg.PublishTimeout)
	defer cancel()
	if err := publishDeadLetter(ctx, r.js, r.cfg.DLQPrefix, dl); err != nil {
		delay := r.cfg.Backoff.Delay(md.NumDelivered)
		_ = msg.NakWithDelay(delay)
		r.m.retry.Inc()
		log.Error("dead letter failed; retrying later", zap.Error(err), zap.NamedError("cause", cause))
		return
	}
	if err := msg.TermWithReason(oneLine(reason+": "+cause.Error(), 256)); err != nil {
		log.Warn("term", zap.Error(err))
	}
	r.m.dead.Inc()
	r.m.deadLettered.Inc()
	log.Error("dead-lettered", zap.String("reason", reason), zap.Error(cause),
		zap.Uint64("deliveries", md.NumDelivered), zap.Uint64("stream_seq", md.Sequence.Stream))
}
