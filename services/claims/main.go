// Command copydesk-claims runs the claims stage as a service: it consumes its input
// subject on NATS JetStream through the shared runner, publishes what it
// produces downstream, and serves /metrics, /healthz and /readyz on --addr.
// Settings come from flags or COPYDESK_* environment variables
// (copydesk-claims -h lists them).
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
	err := app.StageMain(ctx, "claims", os.Args[1:], os.Stderr)
	stop()
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(os.Stderr, "copydesk-claims:", err)
		os.Exit(1)
	}
}
