// Command copydesk-ingest serves the ingest API (POST /v1/articles,
// POST /v1/articles/batch, GET /v1/articles/{id}) with /metrics, /healthz
// and /readyz on --addr: it validates articles, links duplicates through
// the JetStream KV index shared by all replicas, records each article in
// the store and publishes it to copydesk.articles.ingested. Bearer tokens
// come from --tokens (COPYDESK_TOKENS).
package main

import (
	"context"
	"errors"
	"flag"
	"net/http"

	"github.com/copydesk/copydesk/pkg/app"
)

func main() { app.Main("copydesk-ingest", run) }

func run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	tokens := fs.String("tokens", "", "accepted bearer API tokens, comma separated (required)")
	s, err := app.ParseSettings(fs, "ingest", args, true)
	if err != nil {
		return err
	}
	if len(app.Tokens(*tokens)) == 0 {
		return errors.New("ingest: --tokens (COPYDESK_TOKENS) is required")
	}
	p, err := app.Start(ctx, "ingest", s, true)
	if err != nil {
		return err
	}
	defer p.Close()
	log, reg, conn, stores := p.Log, p.Reg, p.Conn, p.Stores
	api, err := app.NewIngestAPI(ctx, conn, stores.Store, app.Tokens(*tokens), log, reg)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	app.MountOps(mux, s, reg, p.Checks)
	gated, err := app.GateIngest(conn, api.Handler(), log, reg)
	if err != nil {
		return err
	}
	mux.Handle("/v1/", gated)
	return app.RunActors(ctx, app.HTTPActor(s.Addr, mux, log))
}
