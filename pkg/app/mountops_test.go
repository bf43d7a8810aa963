package app

import (
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// TestMountOpsPprof: --pprof (or COPYDESK_PPROF) puts the profiles on the
// ops endpoints' mux; without it they are not there.
func TestMountOpsPprof(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  string
		want int
	}{
		{"off by default", nil, "", http.StatusNotFound},
		{"flag", []string{"--pprof"}, "", http.StatusOK},
		{"environment", nil, "true", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env != "" {
				t.Setenv("COPYDESK_PPROF", tt.env)
			}
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			s, err := ParseSettings(fs, "clean", tt.args, false)
			if err != nil {
				t.Fatal(err)
			}
			mux := http.NewServeMux()
			MountOps(mux, s, prometheus.NewRegistry(), nil)
			for path, want := range map[string]int{"/debug/pprof/": tt.want, "/healthz": http.StatusOK} {
				rec := httptest.NewRecorder()
				mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
				if rec.Code != want {
					t.Errorf("GET %s: %d, want %d", path, rec.Code, want)
				}
			}
		})
	}
}
