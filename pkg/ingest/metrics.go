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
}

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
	}
	for _, r := range reasons {
		m.rejected.WithLabelValues(r)
	}
	m.duplicates.WithLabelValues(dedupe.KindExact)
	m.duplicates.WithLabelValues(dedupe.KindNear)
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.accepted, m.rejected, m.duplicates} {
		if err := reg.Register(c); err != nil {
			return nil, errors.Join(errors.New("ingest: register metrics"), err)
		}
	}
	return m, nil
}
