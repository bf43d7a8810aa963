package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/envflag"
	"github.com/copydesk/copydesk/pkg/opshttp"
	"github.com/copydesk/copydesk/pkg/runner"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/topology"
)

// ParseSettings parses the shared settings (and any extra flags the caller
// registered on fs) for the service called name.
func ParseSettings(fs *flag.FlagSet, name string, args []string, withStore bool) (Settings, error) {
	s := DefaultSettings()
	s.MemoryLimit = WorkerMemoryLimit
	s.Register(fs, true, withStore)
	fs.Usage = envflag.Usage(fs, "copydesk-"+name+" [flags]")
	if err := envflag.Parse(fs, args, nil); err != nil {
		return s, err
	}
	if fs.NArg() > 0 {
		return s, fmt.Errorf("%s: unexpected argument %q", name, fs.Arg(0))
	}
	return s, s.Finish(name)
}

// StageMain is the whole main of a stage service (clean, claims, flagger),
// whose stage build builds: it connects to NATS, makes sure the topology exists, runs the stage on
// the shared runner together with a dead-letter mover, serves /metrics,
// /healthz and /readyz on --addr, and shuts down gracefully when ctx ends.
func StageMain(ctx context.Context, name string, build StageBuilder, args []string, stderr io.Writer) (err error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	s, err := ParseSettings(fs, name, args, name == topology.StageFlagger)
	if err != nil {
		return err
	}
	p, err := Start(ctx, name, s, name == topology.StageFlagger)
	if err != nil {
		return err
	}
	defer p.Close()
	log, reg, conn, checks := p.Log, p.Reg, p.Conn, p.Checks
	deps := StageDeps{JS: conn.JS, ClaimCorpus: s.ClaimCorpus}
	if p.Stores != nil {
		deps.Store = p.Stores.Store
	}
	st, err := build(ctx, deps, log, reg)
	if err != nil {
		return err
	}
	// Before p.Close drains the connection: the stage may still write.
	defer func() { err = errors.Join(err, CloseStages([]stage.Stage{st})) }()
	r, err := NewRunner(conn, st, s, log, reg)
	if err != nil {
		return err
	}
	checks["stage"] = r.Ready
	mover, err := runner.NewDLQMover(conn.JS, runner.DefaultMoverConfig(), log.Named("dlq"), reg)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	MountOps(mux, s, reg, checks)
	return RunActors(ctx, r, mover, HTTPActor(s.Addr, mux, log))
}

// MountOps registers the operational endpoints on mux (/metrics, /healthz,
// /readyz), and Go's profiles under /debug/pprof/ when s.Pprof is set.
func MountOps(mux *http.ServeMux, s Settings, g prometheus.Gatherer, checks opshttp.Checks) {
	opshttp.Mount(mux, g, checks, 2*time.Second)
	if s.Pprof {
		opshttp.MountProfiling(mux)
	}
}

// HTTPActor serves h on addr until ctx ends, then shuts down gracefully.
func HTTPActor(addr string, h http.Handler, log *zap.Logger) Actor {
	return ActorFunc(func(ctx context.Context) error {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("http: listen %s: %w", addr, err)
		}
		return ServeActor(ln, h, log).Run(ctx)
	})
}

// ServeActor serves h on ln until ctx ends, then shuts down gracefully,
// waiting up to ShutdownTimeout for open requests.
func ServeActor(ln net.Listener, h http.Handler, log *zap.Logger) Actor {
	return ActorFunc(func(ctx context.Context) error {
		hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
		errc := make(chan error, 1)
		go func() { errc <- hs.Serve(ln) }()
		log.Info("listening", zap.String("addr", ln.Addr().String()))
		select {
		case err := <-errc:
			return fmt.Errorf("http %s: %w", ln.Addr(), err)
		case <-ctx.Done():
		}
		sctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
		defer cancel()
		return hs.Shutdown(sctx)
	})
}

// Drain drains the connection within ShutdownTimeout, logging a failure.
func Drain(conn *Conn, log *zap.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	if err := conn.Drain(ctx); err != nil {
		log.Warn("nats drain", zap.Error(err))
	}
}

// Check is a readiness check: the connection is up.
func (c *Conn) Check(context.Context) error {
	if !c.NC.IsConnected() {
		return errors.New("nats: not connected")
	}
	return nil
}

// Tokens splits a comma-separated token list.
func Tokens(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Main is the whole main function of a copydesk service: it runs run with
// a context that ends on SIGINT or SIGTERM, prints a failure prefixed with
// the command's name and exits non-zero (2 for a usage error).
func Main(name string, run func(ctx context.Context, args []string) error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:])
	stop()
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
		os.Exit(2)
	default:
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(1)
	}
}
