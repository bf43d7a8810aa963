package app

import (
	"context"
	"errors"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/natsconn"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/store"
)

// Conn is a NATS connection with its JetStream context.
type Conn struct {
	NC *nats.Conn
	JS jetstream.JetStream
}

// Drain drains the connection and waits for it to close.
func (c *Conn) Drain(ctx context.Context) error { return natsconn.Drain(ctx, c.NC) }

// StageDeps are the collaborators of the pipeline stages. Offline (the
// analyze batch) JS and Store are nil: clean keeps its template memory in
// process, the flagger compares articles within the batch, and nothing is
// written to a store.
type StageDeps struct {
	JS    jetstream.JetStream
	Store store.Store
	// ClaimCorpus is where the flagger keeps the claim prints it compares
	// articles with when JS is set: ClaimCorpusStream (default) or
	// ClaimCorpusStore.
	ClaimCorpus string
}

// Where the flagger keeps its claim corpus (--claim-corpus).
const (
	// ClaimCorpusStream: in memory on every flagger replica, shared through
	// the CLAIMPRINTS stream and bounded by its limits (package
	// flagger/streamcorpus). No database work per article, and no slowdown
	// as the store grows.
	ClaimCorpusStream = "stream"
	// ClaimCorpusStore: in the store's claim_prints table: every article
	// ever flagged, at the cost of store writes and reads per article.
	ClaimCorpusStore = "store"
)

// StageBuilder builds one stage of the pipeline with its collaborators.
// Each stage's builder is in a package of its own (app/cleanstage,
// app/claimsstage, app/flaggerstage; app/pipeline builds them by name), so
// that a one-stage service links only its stage.
type StageBuilder func(ctx context.Context, deps StageDeps, log *zap.Logger, reg prometheus.Registerer) (stage.Stage, error)

// CloseStages closes the stages that hold background work (stage.Closer),
// within ShutdownTimeout, once their runners have stopped.
func CloseStages(stages []stage.Stage) error {
	ctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	var errs []error
	for _, s := range stages {
		errs = append(errs, stage.Close(ctx, s))
	}
	return errors.Join(errs...)
}
