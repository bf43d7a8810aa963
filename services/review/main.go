// Command copydesk-review serves the editors' review UI and its JSON API
// (/api/v1/) with /metrics, /healthz and /readyz on --addr, over the store
// the flagger writes (SQLite, or PostgreSQL with --postgres-dsn). Editor
// decisions are published to review.decisions on NATS. Accounts are added
// with `copydesk user add`.
package main

import (
	"context"
	"flag"
	"net/http"
	"time"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/logging"
	"github.com/copydesk/copydesk/pkg/opshttp"
	"github.com/copydesk/copydesk/pkg/topology"
)

func main() { app.Main("copydesk-review", run) }

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("review", flag.ContinueOnError)
	insecure := fs.Bool("insecure-cookies", false, "send session cookies over plain HTTP (localhost only)")
	s, err := app.ParseSettings(fs, "review", args, true)
	if err != nil {
		return err
	}
	log, err := logging.New(s.Log)
	if err != nil {
		return err
	}
	defer log.Sync() //nolint:errcheck // stderr
	reg := app.NewRegistry()
	conn, err := app.Connect(s, log)
	if err != nil {
		return err
	}
	defer app.Drain(conn, log)
	if err := topology.Ensure(ctx, conn.JS, s.Topology()); err != nil {
		return err
	}
	stores, err := app.OpenStore(ctx, s)
	if err != nil {
		return err
	}
	defer stores.Close()
	rev, err := app.NewReview(conn, stores, !*insecure, log, reg)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	opshttp.Mount(mux, reg, opshttp.Checks{"nats": conn.Check, "store": stores.Store.Ping, "review": rev.Ready}, 2*time.Second)
	mux.Handle("/", rev.Handler())
	return app.RunActors(ctx, app.HTTPActor(s.Addr, mux, log))
}
