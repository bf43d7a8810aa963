package pipeline

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"go.uber.org/goleak"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/natsembed"
	"github.com/copydesk/copydesk/pkg/seedgold"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/store/sqlite"
	"github.com/copydesk/copydesk/pkg/topology"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestBuilderUnknownStage(t *testing.T) {
	if _, err := NewStage(t.Context(), "spellcheck", app.StageDeps{}, zap.NewNop(), nil); err == nil {
		t.Error("no error for an unknown stage")
	}
}

// TestClaimCorpusModes runs the seeds through the deployed stages (JetStream
// and a SQLite store) with each --claim-corpus: the cross-article checks
// work in both, and the prints go where the mode says, the stream or the
// store's claim_prints.
func TestClaimCorpusModes(t *testing.T) {
	seeds, err := seedgold.Load("../../../seeds")
	if errors.Is(err, seedgold.ErrNoGold) {
		t.Skip("no seeds")
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{app.ClaimCorpusStream, app.ClaimCorpusStore} {
		t.Run(mode, func(t *testing.T) {
			ctx := t.Context()
			js := natsembed.JetStreamForTest(t)
			if err := topology.Ensure(ctx, js, topology.DefaultConfig()); err != nil {
				t.Fatal(err)
			}
			cfg := sqlite.DefaultConfig()
			cfg.Path = filepath.Join(t.TempDir(), "copydesk.db")
			st, err := sqlite.Open(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			stages, err := NewStages(ctx, app.StageDeps{JS: js, Store: st, ClaimCorpus: mode}, zap.NewNop(), nil)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			corroborated := 0
			for i, sd := range seeds {
				a := &article.Article{Schema: article.SchemaVersion, ID: fmt.Sprintf("01J%023d", i),
					Source: fmt.Sprintf("source-%d.example", i), Text: sd.Text, Received: time.Now()}
				for _, s := range stages {
					if err := stage.Run(ctx, s, a, time.Now); err != nil {
						t.Fatalf("%s: %s: %v", sd.Name, s.Name(), err)
					}
				}
				ids = append(ids, a.ID)
				if slices.ContainsFunc(a.Flags, func(f article.Flag) bool { return f.Code == article.FlagCorroboratedClaim }) {
					corroborated++
				}
			}
			if err := app.CloseStages(stages); err != nil {
				t.Fatal(err)
			}
			if corroborated == 0 {
				t.Error("no seed was corroborated by another")
			}
			sti, err := js.Stream(ctx, topology.StreamClaimPrints)
			if err != nil {
				t.Fatal(err)
			}
			info, err := sti.Info(ctx)
			if err != nil {
				t.Fatal(err)
			}
			onStream := info.State.Msgs
			inStore := 0
			for _, id := range ids {
				var n int
				if err := st.DB().QueryRowContext(ctx, "SELECT COUNT(*) FROM claim_prints WHERE article_id = ?", id).Scan(&n); err != nil {
					t.Fatal(err)
				}
				inStore += n
			}
			switch mode {
			case app.ClaimCorpusStream:
				if onStream == 0 || inStore != 0 {
					t.Errorf("stream mode: %d messages on %s, %d rows in claim_prints", onStream, topology.StreamClaimPrints, inStore)
				}
			case app.ClaimCorpusStore:
				if onStream != 0 || inStore == 0 {
					t.Errorf("store mode: %d messages on %s, %d rows in claim_prints", onStream, topology.StreamClaimPrints, inStore)
				}
			}
		})
	}
}
