// Package claimsstage builds the claims stage for a process (it needs no
// collaborators: quotes, speakers and claims come from the article alone).
package claimsstage

import (
	"context"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/claims"
	"github.com/copydesk/copydesk/pkg/stage"
)

var _ app.StageBuilder = New

// New builds the claims stage.
func New(_ context.Context, _ app.StageDeps, log *zap.Logger, reg prometheus.Registerer) (stage.Stage, error) {
	return claims.New(claims.DefaultConfig(), log, reg)
}
