// Package pipeline builds the pipeline's stages by name, for the processes
// that run all of them (copydesk up, analyze and bench) and for tests. A
// one-stage service imports only its own stage's builder (app/cleanstage,
// app/claimsstage, app/flaggerstage), so that it links only that stage.
package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/app/claimsstage"
	"github.com/copydesk/copydesk/pkg/app/cleanstage"
	"github.com/copydesk/copydesk/pkg/app/flaggerstage"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/topology"
)

// StageNames lists the pipeline stages in order.
var StageNames = []string{topology.StageClean, topology.StageClaims, topology.StageFlagger}

// Builder returns the builder of the named stage.
func Builder(name string) (app.StageBuilder, error) {
	switch name {
	case topology.StageClean:
		return cleanstage.New, nil
	case topology.StageClaims:
		return claimsstage.New, nil
	case topology.StageFlagger:
		return flaggerstage.New, nil
	}
	return nil, fmt.Errorf("app: unknown stage %q (want one of %v)", name, StageNames)
}

// NewStage builds the named stage.
func NewStage(ctx context.Context, name string, deps app.StageDeps, log *zap.Logger, reg prometheus.Registerer) (stage.Stage, error) {
	b, err := Builder(name)
	if err != nil {
		return nil, err
	}
	return b(ctx, deps, log, reg)
}

// NewStages builds every pipeline stage in order.
func NewStages(ctx context.Context, deps app.StageDeps, log *zap.Logger, reg prometheus.Registerer) ([]stage.Stage, error) {
	var out []stage.Stage
	for _, n := range StageNames {
		s, err := NewStage(ctx, n, deps, log, reg)
		if err != nil {
			// Stop the background work of those already built.
			return nil, errors.Join(err, app.CloseStages(out))
		}
		out = append(out, s)
	}
	return out, nil
}
