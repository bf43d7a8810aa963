// Command copydesk-flagger runs the flagger stage as a service: it consumes
// claimed articles on NATS JetStream through the shared runner, raises flags
// and risk, compares claims across articles through the store, writes the
// article to the store (SQLite, or PostgreSQL with --postgres-dsn), publishes
// it to copydesk.flagged, and serves /metrics, /healthz and /readyz on --addr.
// Settings come from flags or COPYDESK_* environment variables
// (copydesk-flagger -h lists them).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/copydesk/copydesk/pkg/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := app.StageMain(ctx, "flagger", os.Args[1:], os.Stderr)
	stop()
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(os.Stderr, "copydesk-flagger:", err)
		os.Exit(1)
	}
}
