package app

import (
	"context"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/logging"
	"github.com/copydesk/copydesk/pkg/opshttp"
	"github.com/copydesk/copydesk/pkg/topology"
)

// Process is what every service starts with: its logger and metrics
// registry, a NATS connection with the topology ensured, the store when the
// service needs one, and the readiness checks of those parts.
type Process struct {
	Settings Settings
	Log      *zap.Logger
	Reg      *prometheus.Registry
	Conn     *Conn
	Stores   *Stores // nil unless asked for
	Checks   opshttp.Checks
}

// Start builds the process for the service called name. On error whatever
// was opened is closed again.
func Start(ctx context.Context, name string, s Settings, withStore bool) (p *Process, err error) {
	log, err := logging.New(s.Log)
	if err != nil {
		return nil, err
	}
	p = &Process{Settings: s, Log: log.With(zap.String("service", name)), Reg: NewRegistry()}
	s.ApplyMemoryLimit(p.Log)
	defer func() {
		if err != nil {
			p.Close()
			p = nil
		}
	}()
	if p.Conn, err = Connect(s, p.Log); err != nil {
		return p, err
	}
	p.Checks = opshttp.Checks{"nats": p.Conn.Check}
	if err = topology.Ensure(ctx, p.Conn.JS, s.Topology()); err != nil {
		return p, err
	}
	if withStore {
		if p.Stores, err = OpenStore(ctx, s); err != nil {
			return p, err
		}
		p.Checks["store"] = p.Stores.Store.Ping
	}
	return p, nil
}

// Close releases the process in order: the store, then the NATS connection
// (drained), then the logger. Safe on a partly started process.
func (p *Process) Close() error {
	var err error
	if p.Stores != nil {
		err = p.Stores.Close()
	}
	if p.Conn != nil {
		Drain(p.Conn, p.Log)
	}
	_ = p.Log.Sync() // stderr
	return err
}
