package app

import (
	"flag"
	"io"
	"strings"
	"testing"
	"time"
)

// TestSettingsTopology checks that the flags that size JetStream reach the
// topology, and that bad values are refused.
func TestSettingsTopology(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		check   func(t *testing.T, s Settings)
		wantErr string
	}{
		{"defaults", nil, func(t *testing.T, s Settings) {
			c := s.Topology()
			if c.DedupeTTL != 30*24*time.Hour || c.CorpusMaxArticles != 10000 {
				t.Errorf("dedupe TTL %s, corpus max %d; want 720h, 10000", c.DedupeTTL, c.CorpusMaxArticles)
			}
		}, ""},
		{"dedupe ttl and corpus", []string{"--dedupe-ttl", "72h", "--claim-corpus-max", "500", "--replicas", "3"}, func(t *testing.T, s Settings) {
			c := s.Topology()
			if c.DedupeTTL != 72*time.Hour || c.CorpusMaxArticles != 500 || c.Replicas != 3 {
				t.Errorf("topology %+v: want dedupe TTL 72h, corpus max 500, replicas 3", c)
			}
			if err := c.Validate(); err != nil {
				t.Errorf("topology: %v", err)
			}
		}, ""},
		{"zero dedupe ttl", []string{"--dedupe-ttl", "0s"}, nil, "--dedupe-ttl"},
		{"negative dedupe ttl", []string{"--dedupe-ttl", "-1h"}, nil, "--dedupe-ttl"},
		{"no corpus", []string{"--claim-corpus-max", "0"}, nil, "--claim-corpus-max"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := DefaultSettings()
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			s.Register(fs, true, true)
			if err := fs.Parse(tt.args); err != nil {
				t.Fatal(err)
			}
			err := s.Finish("test")
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("Finish: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("Finish: %v, want an error naming %s", err, tt.wantErr)
			}
			if tt.check != nil {
				tt.check(t, s)
			}
		})
	}
}
