package runner

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// Outcomes of copydesk_stage_processed_total.
const (
	outcomeOK         = "ok"
	outcomeRetry      = "retry"
	outcomeDeadLetter = "dead_letter"
)

// metrics are the per-stage runtime metrics (label stage). Several runners
// and the dead-letter mover share one set per registry: the first to register
// a collector creates it, later ones reuse the registered one.
type metrics struct {
	processed    *prometheus.CounterVec
	duration     *prometheus.HistogramVec
	queued       *prometheus.HistogramVec
	inFlight     *prometheus.GaugeVec
	redeliveries *prometheus.CounterVec
	deadLettered *prometheus.CounterVec
	pending      *prometheus.GaugeVec
	offloaded    *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	var m metrics
	var err error
	if m.processed, err = register(reg, prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "copydesk_stage_processed_total",
		Help: "Messages a stage finished with, by outcome (ok, retry, dead_letter).",
	}, []string{"stage", "outcome"})); err != nil {
		return nil, err
	}
	if m.duration, err = register(reg, prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "copydesk_stage_processing_seconds",
		Help:    "Time a stage spent processing one article.",
		Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 14), // 0.5ms .. ~75s
	}, []string{"stage"})); err != nil {
		return nil, err
	}
	if m.queued, err = register(reg, prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "copydesk_stage_queue_seconds",
		Help:    "Time an article waited in the stage's input stream: from the stream storing the message to a worker taking it (first deliveries only).",
		Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 14), // 0.5ms .. ~75s
	}, []string{"stage"})); err != nil {
		return nil, err
	}
	if m.inFlight, err = register(reg, prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "copydesk_stage_in_flight",
		Help: "Articles a stage is processing now.",
	}, []string{"stage"})); err != nil {
		return nil, err
	}
	if m.redeliveries, err = register(reg, prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "copydesk_stage_redeliveries_total",
		Help: "Messages received that had been delivered before.",
	}, []string{"stage"})); err != nil {
		return nil, err
	}
	if m.deadLettered, err = register(reg, prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "copydesk_stage_dead_lettered_total",
		Help: "Messages moved to the dead-letter stream.",
	}, []string{"stage"})); err != nil {
		return nil, err
	}
	if m.pending, err = register(reg, prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "copydesk_stage_consumer_pending",
		Help: "Messages waiting for the stage's consumer (not yet delivered), polled from consumer info.",
	}, []string{"stage"})); err != nil {
		return nil, err
	}
	if m.offloaded, err = register(reg, prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "copydesk_stage_offloaded_total",
		Help: "Outputs too large for a message, put in the object store copydesk-docs and sent as a reference.",
	}, []string{"stage"})); err != nil {
		return nil, err
	}
	return &m, nil
}

// register registers c, or returns the identical collector already
// registered under the same name.
func register[C prometheus.Collector](reg prometheus.Registerer, c C) (C, error) {
	err := reg.Register(c)
	if err == nil {
		return c, nil
	}
	var are prometheus.AlreadyRegisteredError
	if errors.As(err, &are) {
		if existing, ok := are.ExistingCollector.(C); ok {
			return existing, nil
		}
	}
	return c, err
}

// stageMetrics are the children of one stage.
type stageMetrics struct {
	ok, retry, dead prometheus.Counter
	duration        prometheus.Observer
	queued          prometheus.Observer
	inFlight        prometheus.Gauge
	redeliveries    prometheus.Counter
	deadLettered    prometheus.Counter
	pending         prometheus.Gauge
	offloaded       prometheus.Counter
}

func (m *metrics) forStage(stage string) *stageMetrics {
	return &stageMetrics{
		ok:           m.processed.WithLabelValues(stage, outcomeOK),
		retry:        m.processed.WithLabelValues(stage, outcomeRetry),
		dead:         m.processed.WithLabelValues(stage, outcomeDeadLetter),
		duration:     m.duration.WithLabelValues(stage),
		queued:       m.queued.WithLabelValues(stage),
		inFlight:     m.inFlight.WithLabelValues(stage),
		redeliveries: m.redeliveries.WithLabelValues(stage),
		deadLettered: m.deadLettered.WithLabelValues(stage),
		pending:      m.pending.WithLabelValues(stage),
		offloaded:    m.offloaded.WithLabelValues(stage),
	}
}
