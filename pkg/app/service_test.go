package app

import (
	"testing"

	"github.com/copydesk/copydesk/pkg/topology"
)

func TestStageConcurrency(t *testing.T) {
	tests := []struct {
		name  string
		flag  int
		stage string
		want  int
	}{
		{"clean default", 0, topology.StageClean, 4},
		{"claims default", 0, topology.StageClaims, 4},
		{"flagger default", 0, topology.StageFlagger, 8},
		{"flag wins for the flagger", 2, topology.StageFlagger, 2},
		{"flag wins for clean", 16, topology.StageClean, 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := DefaultSettings()
			s.Concurrency = tt.flag
			if got := s.StageConcurrency(tt.stage); got != tt.want {
				t.Errorf("StageConcurrency(%s) with --concurrency %d = %d, want %d", tt.stage, tt.flag, got, tt.want)
			}
		})
	}
	s := DefaultSettings()
	s.Concurrency = -1
	if err := s.Validate(); err == nil {
		t.Error("--concurrency -1 accepted")
	}
	s.Concurrency = 0
	if err := s.Validate(); err != nil {
		t.Errorf("--concurrency 0 (the stages' defaults) refused: %v", err)
	}
}
