package app

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/copydesk/copydesk/pkg/dedupe"
	"github.com/copydesk/copydesk/pkg/topology"
)

// TestDedupeMatchesTopology: the ingest API opens the duplicate index with
// dedupe.DefaultKVConfig on the bucket and stream topology.Ensure made, so
// their names and bounds must agree (the index bounds its copy in memory by
// MaxNear, the stream by DedupeMaxNear).
func TestDedupeMatchesTopology(t *testing.T) {
	d, tc := dedupe.DefaultKVConfig(), topology.DefaultConfig()
	tests := []struct {
		name      string
		got, want any
	}{
		{"bucket", d.Bucket, topology.BucketDedupe},
		{"signature stream", d.SigStream, topology.StreamDedupeSigs},
		{"signature subject prefix", d.SigSubjectPrefix, topology.SubjectDedupeSigsPrefix},
		{"max age", d.MaxAge, tc.DedupeTTL},
		{"max near", int64(d.MaxNear), tc.DedupeMaxNear},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("dedupe %v, topology %v", tt.got, tt.want)
			}
		})
	}
	t.Run("signature stream config", func(t *testing.T) {
		var fromTopology *jetstream.StreamConfig
		for _, sc := range tc.Streams() {
			if sc.Name == topology.StreamDedupeSigs {
				fromTopology = &sc
			}
		}
		if fromTopology == nil {
			t.Fatalf("topology makes no stream %s", topology.StreamDedupeSigs)
		}
		ignore := cmpopts.IgnoreFields(jetstream.StreamConfig{}, "Description")
		if diff := cmp.Diff(d.SigStreamConfig(), *fromTopology, ignore); diff != "" {
			t.Errorf("the stream dedupe would make differs from topology's (-dedupe +topology):\n%s", diff)
		}
	})
}
