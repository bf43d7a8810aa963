package runner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/docref"
	"github.com/copydesk/copydesk/pkg/topology"
)

// MoverConfig configures a DLQMover.
type MoverConfig struct {
	// WorkStream holds the originals (topology.StreamArticles).
	WorkStream string
	// AdvisoryStream captures the max-deliveries advisories of WorkStream's
	// consumers (topology.StreamAdvisories).
	AdvisoryStream string
	// Durable names the mover's consumer on AdvisoryStream.
	Durable string
	// Concurrency is the number of advisories handled at once.
	Concurrency int
	// AckWait and MaxDeliver of the mover's own consumer.
	AckWait    time.Duration
	MaxDeliver int
	// Timeout bounds each fetch, publish and delete.
	Timeout time.Duration
	// DrainTimeout bounds the drain when Run's context is cancelled.
	DrainTimeout time.Duration
	// DLQPrefix is the dead-letter subject prefix.
	DLQPrefix string
}

// DefaultMoverConfig returns the mover defaults for the copydesk topology.
func DefaultMoverConfig() MoverConfig {
	return MoverConfig{
		WorkStream:     topology.StreamArticles,
		AdvisoryStream: topology.StreamAdvisories,
		Durable:        topology.ConsumerDLQMover,
		Concurrency:    2,
		AckWait:        30 * time.Second,
		MaxDeliver:     -1,
		Timeout:        10 * time.Second,
		DrainTimeout:   30 * time.Second,
		DLQPrefix:      topology.SubjectDLQPrefix,
	}
}

// Validate reports the first invalid field.
func (c MoverConfig) Validate() error {
	switch {
	case c.WorkStream == "" || c.AdvisoryStream == "" || c.Durable == "":
		return errors.New("dlq mover: config: work stream, advisory stream and durable are required")
	case c.Concurrency < 1:
		return errors.New("dlq mover: config: concurrency < 1")
	case c.AckWait < 10*time.Millisecond:
		return errors.New("dlq mover: config: ack wait too short")
	case c.MaxDeliver == 0 || c.MaxDeliver < -1:
		return errors.New("dlq mover: config: max deliver must be -1 (unlimited) or positive")
	case c.Timeout <= 0 || c.DrainTimeout <= 0:
		return errors.New("dlq mover: config: timeouts must be positive")
	case c.DLQPrefix == "":
		return errors.New("dlq mover: config: dead-letter prefix is empty")
	}
	return nil
}

// DLQMover moves messages whose deliveries ran out without any outcome (a
// worker died holding them, or overran AckWait on the last delivery) from the
// work stream to the dead-letter stream. It consumes the max-deliveries
// advisories captured in their own stream, so advisories raised while the
// mover is down wait for it; for each it fetches the original by stream
// sequence, publishes it to copydesk.dlq.<consumer> with ReasonAbandoned,
// deletes the original, and acknowledges the advisory. Each step is
// idempotent, so a crash between steps is repaired by the redelivered
// advisory. Run one mover per deployment (more are harmless).
//
// Lifecycle rules are the Runner's: Run blocks and drains on context
// cancellation; Shutdown drains, stopping in-flight work if its context ends
// first; Shutdown is safe without Run and safe twice.
type DLQMover struct {
	loop
	js      jetstream.JetStream
	cfg     MoverConfig
	metrics *metrics
}

// NewDLQMover builds a mover; reg receives the dead-letter counts under the
// stage metrics (label stage = the consumer that gave up).
func NewDLQMover(js jetstream.JetStream, cfg MoverConfig, log *zap.Logger, reg prometheus.Registerer) (*DLQMover, error) {
	if js == nil {
		return nil, errors.New("dlq mover: new: nil JetStream")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = zap.NewNop()
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("dlq mover: new: %w", err)
	}
	return &DLQMover{loop: newLoop("dlq mover", log, js.Conn), js: js, cfg: cfg, metrics: m}, nil
}

// Run processes advisories until ctx is cancelled or Shutdown is called.
func (d *DLQMover) Run(ctx context.Context) error {
	if err := d.begin(); err != nil {
		return err
	}
	cons, err := d.js.CreateOrUpdateConsumer(ctx, d.cfg.AdvisoryStream, jetstream.ConsumerConfig{
		Durable:       d.cfg.Durable,
		Description:   "copydesk dead-letter mover",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       d.cfg.AckWait,
		MaxDeliver:    d.cfg.MaxDeliver,
		MaxAckPending: d.cfg.Concurrency,
	})
	if err != nil {
		return d.setupFailed(ctx, fmt.Errorf("dlq mover: create consumer: %w", err))
	}
	d.log.Info("running", zap.String("advisories", d.cfg.AdvisoryStream), zap.String("work_stream", d.cfg.WorkStream))
	return d.run(ctx, cons, d.cfg.Concurrency, time.Second, d.cfg.DrainTimeout, d.handle)
}

// Shutdown drains the mover; see DLQMover.
func (d *DLQMover) Shutdown(ctx context.Context) error { return d.shutdown(ctx) }

// maxDeliveriesAdvisory is io.nats.jetstream.advisory.v1.max_deliver.
type maxDeliveriesAdvisory struct {
	Type       string `json:"type"`
	Stream     string `json:"stream"`
	Consumer   string `json:"consumer"`
	StreamSeq  uint64 `json:"stream_seq"`
	Deliveries uint64 `json:"deliveries"`
}

func (d *DLQMover) handle(msg jetstream.Msg) {
	var adv maxDeliveriesAdvisory
	if err := json.Unmarshal(msg.Data(), &adv); err != nil || adv.StreamSeq == 0 {
		d.log.Error("bad advisory", zap.String("subject", msg.Subject()), zap.Error(err))
		_ = msg.Term()
		return
	}
	if adv.Stream != d.cfg.WorkStream {
		_ = msg.Ack()
		return
	}
	log := d.log.With(zap.String("stage", adv.Consumer), zap.Uint64("stream_seq", adv.StreamSeq))
	if err := d.move(adv, log); err != nil {
		if d.workCtx.Err() != nil {
			_ = msg.Nak()
			return
		}
		log.Warn("move failed; will retry", zap.Error(err))
		_ = msg.NakWithDelay(time.Second)
		return
	}
	_ = msg.Ack()
}

func (d *DLQMover) move(adv maxDeliveriesAdvisory, log *zap.Logger) error {
	ctx, cancel := context.WithTimeout(d.workCtx, d.cfg.Timeout)
	defer cancel()
	str, err := d.js.Stream(ctx, adv.Stream)
	if err != nil {
		return fmt.Errorf("dlq mover: stream %s: %w", adv.Stream, err)
	}
	raw, err := str.GetMsg(ctx, adv.StreamSeq)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		log.Debug("original already gone")
		return nil
	}
	if err != nil {
		return fmt.Errorf("dlq mover: get message %d: %w", adv.StreamSeq, err)
	}
	id := peekID(raw.Data)
	if id == "" {
		id = raw.Header.Get(docref.HeaderArticleID)
	}
	dl := deadLetter{
		DocRef:     raw.Header.Get(docref.HeaderRef),
		Stage:      adv.Consumer,
		Reason:     ReasonAbandoned,
		Err:        fmt.Sprintf("max deliveries (%d) reached with no outcome: the worker died or overran ack wait", adv.Deliveries),
		Deliveries: adv.Deliveries,
		ArticleID:  id,
		Subject:    raw.Subject,
		Stream:     adv.Stream,
		StreamSeq:  adv.StreamSeq,
		Data:       raw.Data,
	}
	if err := publishDeadLetter(ctx, d.js, d.cfg.DLQPrefix, dl); err != nil {
		return fmt.Errorf("dlq mover: %w", err)
	}
	if err := str.DeleteMsg(ctx, adv.StreamSeq); err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) && !isNotFound(err) {
		return fmt.Errorf("dlq mover: delete message %d: %w", adv.StreamSeq, err)
	}
	sm := d.metrics.forStage(adv.Consumer)
	sm.dead.Inc()
	sm.deadLettered.Inc()
	log.Error("dead-lettered abandoned message", zap.String("article_id", id), zap.Uint64("deliveries", adv.Deliveries))
	return nil
}

// isNotFound matches the API error for deleting a missing sequence.
func isNotFound(err error) bool {
	var apiErr *jetstream.APIError
	return errors.As(err, &apiErr) && apiErr.Code == 404
}
