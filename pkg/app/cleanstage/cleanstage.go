// Package cleanstage builds the clean stage for a process: its template
// memory in the JetStream KV bucket (cached in process) and raw HTML from the
// object store, or both in memory offline. It is the only part of the
// service wiring that links go-trafilatura (and go-dateparser, whose locale
// tables compile ~4,000 expressions: on first use in the workspace's patched
// copy, third_party/go-dateparser, at initialisation in the published module),
// so only the processes that run clean pay for it.
package cleanstage

import (
	"context"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/clean"
	"github.com/copydesk/copydesk/pkg/clean/memory"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/topology"
)

var _ app.StageBuilder = New

// New builds the clean stage. With deps.JS set its template memory is the
// shared KV bucket behind a write-back cache, which stage.Close flushes.
func New(ctx context.Context, deps app.StageDeps, log *zap.Logger, reg prometheus.Registerer) (stage.Stage, error) {
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
