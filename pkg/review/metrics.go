package review

import (
	"context"
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/copydesk/copydesk/pkg/review/reviewdb"
)

type metrics struct {
	decisions         *prometheus.CounterVec
	timeToFirst       prometheus.Histogram
	logins            *prometheus.CounterVec
	publishFailures   prometheus.Counter
	queueStatusSource *queueCollector
}

// queueCollector reports copydesk_review_queue_articles{status} from the
// database at scrape time.
type queueCollector struct {
	db   *reviewdb.DB
	desc *prometheus.Desc
}

func (c *queueCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c *queueCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	counts, err := c.db.StatusCounts(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.desc, err)
		return
	}
	for _, st := range reviewdb.Statuses {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(counts[st]), st)
	}
}

func newMetrics(reg prometheus.Registerer, db *reviewdb.DB) (*metrics, error) {
	m := &metrics{
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "copydesk_review_decisions_total",
			Help: "Editor decisions on flags, by action (confirm, dismiss, escalate).",
		}, []string{"action"}),
		timeToFirst: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "copydesk_review_time_to_first_decision_seconds",
			Help:    "Time from an article's arrival to the first editor decision on it.",
			Buckets: prometheus.ExponentialBuckets(60, 2.5, 12), // 1 minute .. ~10 days
		}),
		logins: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "copydesk_review_logins_total",
			Help: "Login attempts, by outcome (ok, failed, limited).",
		}, []string{"outcome"}),
		publishFailures: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "copydesk_review_publish_failures_total",
			Help: "Decisions stored but not published.",
		}),
		queueStatusSource: &queueCollector{db: db, desc: prometheus.NewDesc("copydesk_review_queue_articles",
			"Articles in the review queue, by review status.", []string{"status"}, nil)},
	}
	for _, a := range []string{reviewdb.ActionConfirm, reviewdb.ActionDismiss, reviewdb.ActionEscalate} {
		m.decisions.WithLabelValues(a)
	}
	for _, o := range []string{"ok", "failed", "limited"} {
		m.logins.WithLabelValues(o)
	}
	for _, c := range []prometheus.Collector{m.decisions, m.timeToFirst, m.logins, m.publishFailures, m.queueStatusSource} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("review: register metrics: %w", err)
		}
	}
	return m, nil
}
