package ingest

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/copydesk/copydesk/pkg/dedupe"
)

type metrics struct {
	accepted   prometheus.Counter
	rejected   *prometheus.CounterVec
	duplicates *prometheus.CounterVec
	// step times the parts of accepting one article: the duplicate check,
	// the HTML offload, the initial record's write and the publish.
	dedupe, offload, store, publish prometheus.Observer
	steps                           *prometheus.HistogramVec
}

// Steps of copydesk_ingest_step_seconds.
const (
	stepDedupe  = "dedupe"
	stepOffload = "offload"
	stepStore   = "store"
	stepPublish = "publish"
)

// reasons lists every rejected{reason} label value, so that all are exported
// from the start.
var reasons = []string{
	codeTooLarge, codeEmpty, codeInvalidUTF8, codeMalformedJSON, codeInvalidField,
	codeUnsupported, codeUnauthorized, codeUnavailable, codeReadError,
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		accepted: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "copydesk_ingest_accepted_total",
			Help: "Articles accepted and enqueued by ingest.",
		}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "copydesk_ingest_rejected_total",
			Help: "Articles or requests rejected by ingest, by reason.",
		}, []string{"reason"}),
		duplicates: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "copydesk_ingest_duplicates_total",
			Help: "Accepted articles that repeat an earlier one, by kind (exact or near).",
		}, []string{"kind"}),
		steps: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "copydesk_ingest_step_seconds",
			Help:    "Time ingest spent on one article's step: dedupe (duplicate check), offload (large HTML to the object store), store (initial record) or publish (until the stream's ack).",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 12), // 0.5ms .. ~12s
		}, []string{"step"}),
	}
	m.dedupe = m.steps.WithLabelValues(stepDedupe)
	m.offload = m.steps.WithLabelValues(stepOffload)
	m.store = m.steps.WithLabelValues(stepStore)
	m.publish = m.steps.WithLabelValues(stepPublish)
	for _, r := range reasons {
		m.rejected.WithLabelValues(r)
	}
	m.duplicates.WithLabelValues(dedupe.KindExact)
	m.duplicates.WithLabelValues(dedupe.KindNear)
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.accepted, m.rejected, m.duplicates, m.steps} {
		if err := reg.Register(c); err != nil {
			return nil, errors.Join(errors.New("ingest: register metrics"), err)
		}
	}
	return m, nil
}
