// Package flaggerstage builds the flagger stage for a process: its claim
// corpus (the CLAIMPRINTS stream held in memory, or the store), and in a
// deployment the store write of every flagged article (package persist).
package flaggerstage

import (
	"context"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/flagger/streamcorpus"
	"github.com/copydesk/copydesk/pkg/persist"
	"github.com/copydesk/copydesk/pkg/stage"
)

var _ app.StageBuilder = New

// New builds the flagger. With deps.JS set its corpus is the claim-print
// stream (deps.ClaimCorpus, by default) or the store; offline it compares
// the articles of the batch in memory. With deps.Store set every flagged
// article is written to the store.
func New(ctx context.Context, deps app.StageDeps, log *zap.Logger, reg prometheus.Registerer) (stage.Stage, error) {
	var corpus flagger.Corpus = flagger.NewMemoryCorpus()
	switch {
	case deps.JS != nil && deps.ClaimCorpus != app.ClaimCorpusStore:
		sc, err := streamcorpus.Open(ctx, deps.JS, streamcorpus.DefaultConfig(), log.Named("claim-corpus"), reg)
		if err != nil {
			return nil, fmt.Errorf("app: flagger claim corpus: %w", err)
		}
		corpus = sc
	case deps.Store != nil:
		corpus = deps.Store
	}
	f, err := flagger.New(flagger.DefaultConfig(), corpus, log, reg)
	if err != nil {
		if c, ok := corpus.(stage.Closer); ok {
			_ = c.Close(ctx)
		}
		return nil, err
	}
	if deps.Store == nil {
		return f, nil
	}
	return persist.New(f, deps.Store)
}
