package clean

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/copydesk/copydesk/pkg/article"
)

type metrics struct {
	blocks   *prometheus.CounterVec
	spam     prometheus.Histogram
	articles *prometheus.CounterVec

	mu      sync.Mutex
	sources map[string]bool
	top     int
}

func newMetrics(reg prometheus.Registerer, top int) (*metrics, error) {
	m := &metrics{
		blocks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "copydesk_clean_blocks_total",
			Help: "Blocks labelled by the clean stage, by label.",
		}, []string{"label"}),
		spam: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "copydesk_clean_spam_score",
			Help:    "Article-level SEO-spam score.",
			Buckets: []float64{0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1},
		}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "copydesk_clean_articles_total",
			Help: "Articles cleaned, by source (top sources, rest \"other\") and whether they carry SEO spam.",
		}, []string{"source", "spam"}),
		sources: map[string]bool{},
		top:     top,
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.blocks, m.spam, m.articles} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	for _, l := range article.Labels {
		m.blocks.WithLabelValues(string(l))
	}
	return m, nil
}

// source bounds the label's cardinality: the first top sources keep their
// name.
func (m *metrics) source(s string) string {
	if s == "" {
		return "unknown"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.sources[s] {
		return s
	}
	if len(m.sources) < m.top {
		m.sources[s] = true
		return s
	}
	return "other"
}

func (m *metrics) observe(a *article.Article, spam, threshold float64) {
	for _, b := range a.Blocks {
		m.blocks.WithLabelValues(string(b.Label)).Inc()
	}
	m.spam.Observe(spam)
	flag := "false"
	if spam >= threshold {
		flag = "true"
	}
	m.articles.WithLabelValues(m.source(a.Source), flag).Inc()
}
