package app

import (
	"context"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/dedupe"
	"github.com/copydesk/copydesk/pkg/ingest"
	"github.com/copydesk/copydesk/pkg/review"
	"github.com/copydesk/copydesk/pkg/topology"
)

// NewIngestAPI builds the ingest API on the JetStream duplicate index and
// HTML object store, writing initial records to st. ctx is the API's
// lifetime: the duplicate index watches its bucket until ctx is done (after
// that it still answers, without seeing other replicas' new signatures).
func NewIngestAPI(ctx context.Context, conn *Conn, st ingest.Store, tokens []string, log *zap.Logger, reg prometheus.Registerer) (*ingest.API, error) {
	dups, err := dedupe.NewKVIndex(ctx, conn.JS, dedupe.DefaultKVConfig())
	if err != nil {
		return nil, err
	}
	api, err := newIngestAPI(ctx, conn, st, dups, tokens, log, reg)
	if err != nil {
		_ = dups.Close()
		return nil, err
	}
	context.AfterFunc(ctx, func() { _ = dups.Close() })
	return api, nil
}

func newIngestAPI(ctx context.Context, conn *Conn, st ingest.Store, dups dedupe.Index, tokens []string, log *zap.Logger, reg prometheus.Registerer) (*ingest.API, error) {
	objects, err := ingest.NewJetStreamObjects(ctx, conn.JS, topology.BucketHTML)
	if err != nil {
		return nil, err
	}
	cfg := ingest.DefaultConfig()
	cfg.Tokens = tokens
	return ingest.New(cfg, ingest.Deps{Publisher: ingest.NewJetStreamPublisher(conn.JS), Store: st,
		Dedupe: dups, Objects: objects}, log, reg)
}

// NewReview builds the review UI on the store's database, publishing
// decisions to JetStream.
func NewReview(conn *Conn, stores *Stores, secureCookies bool, log *zap.Logger, reg prometheus.Registerer) (*review.Server, error) {
	cfg := review.DefaultConfig()
	cfg.SecureCookies = secureCookies
	return review.New(cfg, review.Deps{DB: stores.DB, Dialect: stores.Dialect,
		Publisher: review.NewJetStreamPublisher(conn.JS)}, log.Named("review"), reg)
}
