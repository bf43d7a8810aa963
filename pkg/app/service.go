package app

import (
	"context"
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/copydesk/copydesk/pkg/runner"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/topology"
)

// NewRunner builds the JetStream runner of stage st on its route.
func NewRunner(conn *Conn, st stage.Stage, s Settings, log *zap.Logger, reg prometheus.Registerer) (*runner.Runner, error) {
	route, ok := topology.RouteOf(st.Name())
	if !ok {
		return nil, fmt.Errorf("app: no route for stage %q", st.Name())
	}
	cfg := runner.DefaultConfig(route.Input, route.Output)
	cfg.Concurrency = s.Concurrency
	cfg.DrainTimeout = s.DrainTimeout
	if s.Replicas > 1 {
		// Replicas of a stage share the consumer: let each have its share.
		cfg.MaxAckPending = cfg.Concurrency * 2
	}
	return runner.New(conn.JS, st, cfg, log.Named("runner"), reg)
}

// Actor is a long-lived part of a process: Run blocks until ctx ends and
// then shuts the actor down gracefully.
type Actor interface {
	Run(ctx context.Context) error
}

// RunActors runs every actor in its own goroutine under one errgroup: the
// first to fail cancels the others. It returns when all have stopped.
func RunActors(ctx context.Context, actors ...Actor) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, a := range actors {
		g.Go(func() error { return a.Run(ctx) })
	}
	return g.Wait()
}

// ActorFunc adapts a function to an Actor.
type ActorFunc func(ctx context.Context) error

func (f ActorFunc) Run(ctx context.Context) error { return f(ctx) }

// ShutdownTimeout bounds the final drain of the connection and stores.
const ShutdownTimeout = 10 * time.Second
