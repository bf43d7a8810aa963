package runner

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/pkg/topology"
)

func TestRedeliveryCycle(t *testing.T) {
	def := DefaultConfig(topology.SubjectIngested, topology.SubjectCleaned)
	tests := []struct {
		name string
		cfg  Config
		want time.Duration
	}{
		// 5 deliveries of up to 10 s, with 1+2+4+8 s of backoff between.
		{"defaults", def, 5*10*time.Second + 15*time.Second},
		{"one delivery", Config{MaxDeliver: 1, AckWait: time.Minute, Backoff: def.Backoff}, time.Minute},
		{"backoff capped", Config{MaxDeliver: 4, AckWait: time.Second,
			Backoff: Backoff{Initial: 10 * time.Second, Max: 15 * time.Second, Multiplier: 2}}, 4*time.Second + 10*time.Second + 2*15*time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.cfg.RedeliveryCycle(); got != tt.want {
				t.Errorf("RedeliveryCycle() = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestDuplicateWindowCoversRedelivery: with the defaults, a stage that
// publishes on its last delivery is still inside the duplicate window of
// its first publish, with room to spare.
func TestDuplicateWindowCoversRedelivery(t *testing.T) {
	cycle := DefaultConfig(topology.SubjectIngested, topology.SubjectCleaned).RedeliveryCycle()
	window := topology.DefaultConfig().DuplicateWindow
	if window < cycle*3/2 {
		t.Errorf("duplicate window %v, redelivery cycle %v: want the window at least 1.5 times the cycle", window, cycle)
	}
}
