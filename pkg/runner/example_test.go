package runner_test

import (
	"context"
	"errors"
	"os/signal"
	"syscall"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/natsconn"
	"github.com/copydesk/copydesk/pkg/natsembed"
	"github.com/copydesk/copydesk/pkg/opshttp"
	"github.com/copydesk/copydesk/pkg/persist"
	"github.com/copydesk/copydesk/pkg/runner"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/topology"
)

// Example_embedded wires the runtime the way `copydesk up` does: embedded
// server, topology, one runner per stage (the last one persisting), the
// dead-letter mover and the ops endpoints, then shuts down in the required
// order.
func Example_embedded() {
	log := zap.NewNop()
	reg := prometheus.NewRegistry()
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	scfg := natsembed.DefaultConfig()
	scfg.DataDir = "data"
	srv, err := natsembed.New(scfg, log.Named("nats"))
	if err != nil || srv.Start() != nil {
		return
	}
	defer srv.Shutdown() // 3. last: the server

	ccfg := natsconn.DefaultConfig()
	ccfg.URLs = []string{srv.ClientURL()}
	nc, err := natsconn.Connect(ccfg, log.Named("natsconn"))
	if err != nil {
		return
	}
	defer func() { // 2. drain the connection and wait for it to close
		dctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = natsconn.Drain(dctx, nc)
	}()
	js, _ := jetstream.New(nc)
	if err := topology.Ensure(ctx, js, topology.DefaultConfig()); err != nil {
		return
	}

	var store persist.Putter // e.g. a *sqlite.Store
	noop := func(name string) stage.Stage {
		return stage.Func{StageName: name, StageVersion: "1", Fn: func(context.Context, *article.Article) error { return nil }}
	}
	var runners []*runner.Runner
	checks := opshttp.Checks{}
	for _, route := range topology.Routes() {
		st := noop(route.Stage) // clean.New(...), claims.New(...), flagger.New(...)
		if route.Stage == topology.StageFlagger && store != nil {
			st, _ = persist.New(st, store)
		}
		r, err := runner.New(js, st, runner.DefaultConfig(route.Input, route.Output), log.Named(route.Stage), reg)
		if err != nil {
			return
		}
		runners = append(runners, r)
		checks["stage "+route.Stage] = r.Ready
	}
	mover, _ := runner.NewDLQMover(js, runner.DefaultMoverConfig(), log.Named("dlq"), reg)

	ops, _ := opshttp.NewServer(opshttp.DefaultConfig(), reg, checks, log.Named("ops"))
	_ = ops.Start()
	defer func() { _ = ops.Shutdown(context.Background()) }()

	// 1. first: runners drain (stop fetching, finish in-flight work, every
	// publish acknowledged) when ctx is cancelled, then Run returns.
	g, gctx := errgroup.WithContext(ctx)
	for _, r := range runners {
		g.Go(func() error { return r.Run(gctx) })
	}
	g.Go(func() error { return mover.Run(gctx) })
	if err := g.Wait(); err != nil && !errors.Is(err, context.Canceled) {
		log.Error("pipeline", zap.Error(err))
	}
}
