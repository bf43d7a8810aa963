package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"

	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/app/pipeline"
	"github.com/copydesk/copydesk/pkg/envflag"
	"github.com/copydesk/copydesk/pkg/ingest"
	"github.com/copydesk/copydesk/pkg/logging"
	"github.com/copydesk/copydesk/pkg/natsembed"
	"github.com/copydesk/copydesk/pkg/opshttp"
	"github.com/copydesk/copydesk/pkg/review"
	"github.com/copydesk/copydesk/pkg/runner"
	"github.com/copydesk/copydesk/pkg/topology"
)

// upConfig is the configuration of `copydesk up`.
type upConfig struct {
	app.Settings
	NATSAddr string
	Tokens   string
	Demo     bool
	Seeds    string
}

func runUp(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("up", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = envflag.Usage(fs, "copydesk up [flags]")
	c := upConfig{Settings: app.DefaultSettings(), NATSAddr: "127.0.0.1:4222", Seeds: "seeds"}
	c.Settings.Register(fs, false, true)
	fs.IntVar(&c.Concurrency, "concurrency", c.Concurrency, "articles each stage processes at once")
	fs.StringVar(&c.NATSAddr, "nats-addr", c.NATSAddr, "where the embedded NATS server listens (port 0: any free port)")
	fs.StringVar(&c.Tokens, "token", "", "ingest API bearer tokens, comma separated")
	fs.BoolVar(&c.Demo, "demo", false, "create an API token and a review account, print them, and feed --seeds")
	fs.StringVar(&c.Seeds, "seeds", c.Seeds, "directory fed by --demo")
	if err := envflag.Parse(fs, args, nil); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("up: unexpected argument %q", fs.Arg(0))}
	}
	if err := c.Finish("up"); err != nil {
		return usageError{err.Error()}
	}
	tokens := app.Tokens(c.Tokens)
	if c.Demo && len(tokens) == 0 {
		tokens = []string{randomToken()}
	}
	if len(tokens) == 0 {
		return usageError{"up: give an ingest API token with --token (or COPYDESK_TOKEN), or run with --demo"}
	}
	log, err := logging.New(c.Log)
	if err != nil {
		return usageError{err.Error()}
	}
	defer log.Sync() //nolint:errcheck // stderr
	c.ApplyMemoryLimit(log)
	return up(ctx, c, tokens, log, stdout)
}

func up(ctx context.Context, c upConfig, tokens []string, log *zap.Logger, stdout io.Writer) (err error) {
	reg := app.NewRegistry()

	// Embedded NATS.
	host, portStr, err := net.SplitHostPort(c.NATSAddr)
	if err != nil {
		return usageError{fmt.Sprintf("up: --nats-addr %q: %v", c.NATSAddr, err)}
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return usageError{fmt.Sprintf("up: --nats-addr %q: bad port", c.NATSAddr)}
	}
	if port == 0 {
		port = -1
	}
	ncfg := natsembed.DefaultConfig()
	ncfg.DataDir, ncfg.Host, ncfg.Port = c.DataDir, host, port
	srv, err := natsembed.New(ncfg, log.Named("nats-server"))
	if err != nil {
		return err
	}
	if err := srv.Start(); err != nil {
		return err
	}
	defer srv.Shutdown() // last: after the connection has drained
	c.SetNATSURL(srv.ClientURL())
	// This process's own connection skips the socket.
	c.NATS.InProcess = srv.NATS()

	conn, err := app.Connect(c.Settings, log)
	if err != nil {
		return err
	}
	defer func() {
		dctx, cancel := context.WithTimeout(context.Background(), app.ShutdownTimeout)
		defer cancel()
		err = errors.Join(err, conn.Drain(dctx))
	}()
	if err := topology.Ensure(ctx, conn.JS, c.Topology()); err != nil {
		return err
	}

	stores, err := app.OpenStore(ctx, c.Settings)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, stores.Close()) }()

	// Stages, each on the shared runner.
	stages, err := pipeline.NewStages(ctx, app.StageDeps{JS: conn.JS, Store: stores.Store, ClaimCorpus: c.ClaimCorpus}, log, reg)
	if err != nil {
		return err
	}
	// After the runners stop, before the store closes and the connection drains.
	defer func() { err = errors.Join(err, app.CloseStages(stages)) }()
	var actors []app.Actor
	checks := opshttp.Checks{
		"nats":  conn.Check,
		"store": stores.Store.Ping,
	}
	for _, st := range stages {
		r, err := app.NewRunner(conn, st, c.Settings, log, reg)
		if err != nil {
			return err
		}
		actors = append(actors, r)
		checks["stage_"+st.Name()] = r.Ready
	}
	mover, err := runner.NewDLQMover(conn.JS, runner.DefaultMoverConfig(), log.Named("dlq"), reg)
	if err != nil {
		return err
	}
	actors = append(actors, mover)

	// Ingest API and review UI.
	api, err := app.NewIngestAPI(ctx, conn, stores.Store, tokens, log, reg)
	if err != nil {
		return err
	}
	// Plain HTTP on this machine: put TLS in front, and set secure cookies, for anything else.
	rev, err := app.NewReview(conn, stores, false, log, reg)
	if err != nil {
		return err
	}
	checks["review"] = rev.Ready

	mux := http.NewServeMux()
	app.MountOps(mux, c.Settings, reg, checks)
	gated, err := app.GateIngest(conn, api.Handler(), log, reg)
	if err != nil {
		return err
	}
	mux.Handle("/v1/", gated)
	mux.Handle("/", rev.Handler())
	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return fmt.Errorf("up: listen %s: %w", c.Addr, err)
	}
	base := "http://" + ln.Addr().String()
	actors = append(actors, app.ServeActor(ln, mux, log))

	fmt.Fprintf(stdout, "copydesk is up\n")
	fmt.Fprintf(stdout, "  review UI    %s/\n", base)
	fmt.Fprintf(stdout, "  ingest API   %s/v1/articles\n", base)
	fmt.Fprintf(stdout, "  metrics      %s/metrics   health %s/healthz   ready %s/readyz\n", base, base, base)
	fmt.Fprintf(stdout, "  NATS         %s (JetStream store in %s)\n", srv.ClientURL(), c.DataDir)
	fmt.Fprintf(stdout, "  store        %s %s\n", stores.Kind, stores.Where)
	if c.Demo {
		name, password, err := review.CreateDemoUser(ctx, stores.DB, stores.Dialect)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "  demo login   %s / %s\n", name, password)
		fmt.Fprintf(stdout, "  API token    %s\n", tokens[0])
		actors = append(actors, app.ActorFunc(func(ctx context.Context) error {
			feedDemo(ctx, base, tokens[0], c.Seeds, stdout, log)
			<-ctx.Done()
			return nil
		}))
	}
	fmt.Fprintf(stdout, "Press Ctrl-C to stop.\n")

	g, gctx := errgroup.WithContext(ctx)
	for _, a := range actors {
		g.Go(func() error { return a.Run(gctx) })
	}
	return g.Wait()
}

// feedDemo feeds the seed articles through the ingest API, as a user's
// `copydesk feed` would.
func feedDemo(ctx context.Context, base, token, dir string, stdout io.Writer, log *zap.Logger) {
	if _, err := os.Stat(dir); err != nil {
		log.Warn("demo: no seeds to feed", zap.String("dir", dir), zap.Error(err))
		return
	}
	args := []string{"--url", base, "--token", token, dir}
	if err := ingest.FeedCommand(ctx, args, stdout, stdout); err != nil && ctx.Err() == nil {
		log.Error("demo: feeding seeds failed", zap.Error(err))
	}
}

func randomToken() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return "cd_" + hex.EncodeToString(b)
}
