// Command copydesk-flagger runs the flagger stage as a service: it consumes
// claimed articles on NATS JetStream through the shared runner, raises flags
// and risk, compares claims across articles (the CLAIMPRINTS stream, held in
// memory; --claim-corpus=store for the database), writes the
// article to the store (SQLite, or PostgreSQL with --postgres-dsn), publishes
// it to copydesk.flagged, and serves /metrics, /healthz and /readyz on --addr.
// Settings come from flags or COPYDESK_* environment variables
// (copydesk-flagger -h lists them).
package main

import (
	"context"
	"os"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/app/flaggerstage"
)

func main() {
	app.Main("copydesk-flagger", func(ctx context.Context, args []string) error {
		return app.StageMain(ctx, "flagger", flaggerstage.New, args, os.Stderr)
	})
}
