// Command copydesk-claims runs the claims stage as a service: it consumes its input
// subject on NATS JetStream through the shared runner, publishes what it
// produces downstream, and serves /metrics, /healthz and /readyz on --addr.
// Settings come from flags or COPYDESK_* environment variables
// (copydesk-claims -h lists them).
package main

import (
	"context"
	"os"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/app/claimsstage"
)

func main() {
	app.Main("copydesk-claims", func(ctx context.Context, args []string) error {
		return app.StageMain(ctx, "claims", claimsstage.New, args, os.Stderr)
	})
}
