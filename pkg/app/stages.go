package app

import (
	"context"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/claims"
	"github.com/copydesk/copydesk/pkg/clean"
	"github.com/copydesk/copydesk/pkg/clean/memory"
	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/flagger/streamcorpus"
	"github.com/copydesk/copydesk/pkg/natsconn"
	"github.com/copydesk/copydesk/pkg/persist"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/store"
	"github.com/copydesk/copydesk/pkg/topology"
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

// StageNames lists the pipeline stages in order.
var StageNames = []string{topology.StageClean, topology.StageClaims, topology.StageFlagger}

// NewStage builds the named stage. In a deployment the flagger is wrapped
// so that every flagged article is written to the store.
func NewStage(ctx context.Context, name string, deps StageDeps, log *zap.Logger, reg prometheus.Registerer) (stage.Stage, error) {
	switch name {
	case topology.StageClean:
		var d clean.Deps
		if deps.JS != nil {
			kv, err := memory.OpenKV(ctx, deps.JS, memory.DefaultConfig())
			if err != nil {
				return nil, fmt.Errorf("app: clean template memory: %w", err)
			}
			cc := memory.DefaultCacheConfig()
			mlog := log.Named("template-memory")
			cc.OnFlushError = func(source string, err error) {
				mlog.Warn("write-back failed; retried at the next flush", zap.String("source", source), zap.Error(err))
			}
			mem, err := memory.NewCached(kv, cc)
			if err != nil {
				return nil, err
			}
			// The stage owns it: stage.Close stops the flusher and writes
			// back what is left.
			mem.Start()
			d.Memory = mem
			d.ResolveHTML = objectResolver(deps.JS)
		} else {
			mem, err := memory.NewInMemory(memory.DefaultConfig())
			if err != nil {
				return nil, err
			}
			d.Memory = mem
		}
		st, err := clean.New(clean.DefaultConfig(), d, log, reg)
		if err != nil {
			if c, ok := d.Memory.(*memory.Cached); ok {
				_ = c.Close(ctx) // nothing recorded yet: stops the flusher
			}
			return nil, err
		}
		return st, nil
	case topology.StageClaims:
		return claims.New(claims.DefaultConfig(), log, reg)
	case topology.StageFlagger:
		var corpus flagger.Corpus = flagger.NewMemoryCorpus()
		switch {
		case deps.JS != nil && deps.ClaimCorpus != ClaimCorpusStore:
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
	return nil, fmt.Errorf("app: unknown stage %q (want one of %v)", name, StageNames)
}

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

// NewStages builds every pipeline stage in order.
func NewStages(ctx context.Context, deps StageDeps, log *zap.Logger, reg prometheus.Registerer) ([]stage.Stage, error) {
	var out []stage.Stage
	for _, n := range StageNames {
		s, err := NewStage(ctx, n, deps, log, reg)
		if err != nil {
			// Stop the background work of those already built.
			return nil, errors.Join(err, CloseStages(out))
		}
		out = append(out, s)
	}
	return out, nil
}

// objectResolver reads raw HTML that ingest put in the object store.
func objectResolver(js jetstream.JetStream) clean.HTMLResolver {
	return func(ctx context.Context, ref string) ([]byte, error) {
		obs, err := js.ObjectStore(ctx, topology.BucketHTML)
		if err != nil {
			return nil, stage.Retryable("clean: open html bucket", err)
		}
		b, err := obs.GetBytes(ctx, ref)
		if errors.Is(err, jetstream.ErrObjectNotFound) {
			return nil, stage.Permanent("clean: html "+ref, err)
		}
		if err != nil {
			return nil, stage.Retryable("clean: html "+ref, err)
		}
		return b, nil
	}
}
