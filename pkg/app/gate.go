package app

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/backpressure"
	"github.com/copydesk/copydesk/pkg/topology"
)

// GateIngest puts the backpressure gate in front of the ingest API: while
// the ARTICLES work queue is too long, or too many requests are being read,
// new articles are refused with 429/503 and Retry-After instead of growing
// memory (docs/operations.md).
func GateIngest(conn *Conn, api http.Handler, log *zap.Logger, reg prometheus.Registerer) (http.Handler, error) {
	gate, err := backpressure.New(backpressure.DefaultConfig(),
		backpressure.StreamBacklog(conn.JS, topology.StreamArticles), log.Named("backpressure"), reg)
	if err != nil {
		return nil, err
	}
	return gate.Handler(api), nil
}
