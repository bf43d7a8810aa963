package opshttp

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestEndpoints(t *testing.T) {
	reg := prometheus.NewRegistry()
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: "copydesk_test_total", Help: "test"})
	reg.MustRegister(c)
	c.Add(3)
	storeDown := errors.New("connection refused")
	tests := []struct {
		name     string
		checks   Checks
		path     string
		wantCode int
		wantBody string
	}{
		{"healthz", nil, "/healthz", 200, "ok"},
		{"metrics", nil, "/metrics", 200, "copydesk_test_total 3"},
		{"ready with no checks", nil, "/readyz", 200, "ok"},
		{"ready", Checks{"nats": func(context.Context) error { return nil }}, "/readyz", 200, "ok"},
		{"not ready names the failing check", Checks{
			"nats":  func(context.Context) error { return nil },
			"store": func(context.Context) error { return storeDown },
		}, "/readyz", 503, "store: connection refused"},
		{"slow check times out", Checks{"slow": func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }},
			"/readyz", 503, "slow: context deadline exceeded"},
		{"post not allowed", nil, "POST /healthz", 405, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mux := http.NewServeMux()
			Mount(mux, reg, tt.checks, 50*time.Millisecond)
			method, path := "GET", tt.path
			if m, p, ok := strings.Cut(tt.path, " "); ok {
				method, path = m, p
			}
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
			if rec.Code != tt.wantCode {
				t.Errorf("code %d, want %d", rec.Code, tt.wantCode)
			}
			if !strings.Contains(rec.Body.String(), tt.wantBody) {
				t.Errorf("body %q, want it to contain %q", rec.Body.String(), tt.wantBody)
			}
		})
	}
}

func TestServerLifecycle(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Addr = "127.0.0.1:0"
	s, err := NewServer(cfg, prometheus.NewRegistry(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Shutdown(context.Background()); err != nil {
		t.Fatalf("shutdown before start: %v", err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get("http://" + s.Addr() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || strings.TrimSpace(string(body)) != "ok" {
		t.Errorf("healthz %d %q", resp.StatusCode, body)
	}
	http.DefaultClient.CloseIdleConnections()
	for range 2 {
		if err := s.Shutdown(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		addr string
		ok   bool
	}{
		{"default", DefaultConfig().Addr, true},
		{"empty", "", false},
		{"no port", "localhost", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			c.Addr = tt.addr
			if err := c.Validate(); (err == nil) != tt.ok {
				t.Errorf("Validate(%q) = %v", tt.addr, err)
			}
		})
	}
}

// TestMountProfiling: the profiles are served only where MountProfiling
// put them, and the index, a named profile and a short CPU profile answer.
func TestMountProfiling(t *testing.T) {
	tests := []struct {
		name      string
		profiling bool
		path      string
		want      int
		body      string
	}{
		{"index", true, "/debug/pprof/", http.StatusOK, "goroutine"},
		{"heap", true, "/debug/pprof/heap?debug=1", http.StatusOK, "heap profile"},
		{"goroutines", true, "/debug/pprof/goroutine?debug=1", http.StatusOK, "goroutine profile"},
		{"cpu profile", true, "/debug/pprof/profile?seconds=1", http.StatusOK, ""},
		{"not mounted", false, "/debug/pprof/", http.StatusNotFound, ""},
		{"ops endpoints still there", true, "/healthz", http.StatusOK, "ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mux := http.NewServeMux()
			Mount(mux, prometheus.NewRegistry(), nil, time.Second)
			if tt.profiling {
				MountProfiling(mux)
			}
			srv := httptest.NewServer(mux)
			defer srv.Close()
			resp, err := http.Get(srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.want {
				t.Fatalf("GET %s: %d, want %d: %.200s", tt.path, resp.StatusCode, tt.want, b)
			}
			if !strings.Contains(string(b), tt.body) {
				t.Errorf("GET %s: body lacks %q: %.200s", tt.path, tt.body, b)
			}
			if tt.path == "/debug/pprof/profile?seconds=1" && len(b) == 0 {
				t.Error("empty CPU profile")
			}
		})
	}
}
