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

	"github.com/copydesk/copydesk/pkg/app"
)

func main() { app.Main("copydesk-review", run) }

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("review", flag.ContinueOnError)
	insecure := fs.Bool("insecure-cookies", false, "send session cookies over plain HTTP (localhost only)")
	s, err := app.ParseSettings(fs, "review", args, true)
	if err != nil {
		return err
	}
	p, err := app.Start(ctx, "review", s, true)
	if err != nil {
		return err
	}
	defer p.Close()
	log, reg, conn, stores := p.Log, p.Reg, p.Conn, p.Stores
	rev, err := app.NewReview(conn, stores, !*insecure, log, reg)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	p.Checks["review"] = rev.Ready
	app.MountOps(mux, s, reg, p.Checks)
	mux.Handle("/", rev.Handler())
	return app.RunActors(ctx, app.HTTPActor(s.Addr, mux, log))
}
