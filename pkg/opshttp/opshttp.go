// Package opshttp serves the operational endpoints every copydesk process
// exposes: /metrics (Prometheus), /healthz (the process is up) and /readyz
// (every readiness check passes: NATS connected, store reachable, runners
// running). Mount them on an existing mux, or run the small Server.
package opshttp

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"
)

// Check is one readiness check; it returns nil when ready.
type Check func(ctx context.Context) error

// Checks names readiness checks.
type Checks map[string]Check

// Mount registers /metrics, /healthz and /readyz on mux. g supplies the
// metrics; checks run on every /readyz request with checkTimeout each.
func Mount(mux *http.ServeMux, g prometheus.Gatherer, checks Checks, checkTimeout time.Duration) {
	if checkTimeout <= 0 {
		checkTimeout = 2 * time.Second
	}
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = fmt.Fprintln(w, "ok")
	})
	mux.Handle("GET /readyz", ReadyHandler(checks, checkTimeout))
}

// MountProfiling registers Go's profiles (net/http/pprof) under
// /debug/pprof/ on mux: the CPU profile, heap, allocations, goroutines,
// blocking, mutexes and the execution trace. They reveal the process's
// internals and a CPU profile or trace costs CPU while it runs, so a
// process mounts them only when asked (--pprof), on a private address.
func MountProfiling(mux *http.ServeMux) {
	mux.HandleFunc("GET /debug/pprof/", pprof.Index)
	mux.HandleFunc("GET /debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("GET /debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("POST /debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
}

// ReadyHandler answers 200 "ok" when every check passes, and 503 listing
// the failing checks otherwise.
func ReadyHandler(checks Checks, timeout time.Duration) http.Handler {
	names := make([]string, 0, len(checks))
	for n := range checks {
		names = append(names, n)
	}
	sort.Strings(names)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		errs := make([]error, len(names))
		var wg sync.WaitGroup
		for i, n := range names {
			wg.Go(func() { errs[i] = checks[n](ctx) })
		}
		wg.Wait()
		var b strings.Builder
		failed := false
		for i, n := range names {
			if errs[i] != nil {
				failed = true
				fmt.Fprintf(&b, "%s: %v\n", n, errs[i])
			}
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if failed {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = fmt.Fprint(w, b.String())
			return
		}
		_, _ = fmt.Fprintln(w, "ok")
	})
}

// Config configures Server.
type Config struct {
	Addr              string // listen address, e.g. "127.0.0.1:9090"; port 0 picks one
	CheckTimeout      time.Duration
	ReadHeaderTimeout time.Duration
}

// DefaultConfig listens on 127.0.0.1:9090.
func DefaultConfig() Config {
	return Config{Addr: "127.0.0.1:9090", CheckTimeout: 2 * time.Second, ReadHeaderTimeout: 5 * time.Second}
}

// Validate reports the first invalid field.
func (c Config) Validate() error {
	if c.Addr == "" {
		return errors.New("opshttp: config: addr is empty")
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return fmt.Errorf("opshttp: config: addr: %w", err)
	}
	if c.CheckTimeout <= 0 || c.ReadHeaderTimeout <= 0 {
		return errors.New("opshttp: config: timeouts must be positive")
	}
	return nil
}

// Server serves only the operational endpoints (services that have no
// other HTTP listener).
//
// Start listens and serves in the background; Shutdown stops accepting and
// waits for open requests up to its context. Shutdown is safe without Start
// and safe twice.
type Server struct {
	cfg  Config
	log  *zap.Logger
	srv  *http.Server
	mu   sync.Mutex
	ln   net.Listener
	done chan struct{}
}

// NewServer builds a server for g and checks.
func NewServer(cfg Config, g prometheus.Gatherer, checks Checks, log *zap.Logger) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = zap.NewNop()
	}
	mux := http.NewServeMux()
	Mount(mux, g, checks, cfg.CheckTimeout)
	return &Server{cfg: cfg, log: log, srv: &http.Server{Handler: mux, ReadHeaderTimeout: cfg.ReadHeaderTimeout}}, nil
}

// Start listens on cfg.Addr and serves in the background.
func (s *Server) Start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln != nil {
		return errors.New("opshttp: start: already started")
	}
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("opshttp: listen %s: %w", s.cfg.Addr, err)
	}
	s.ln = ln
	s.done = make(chan struct{})
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("ops http serve", zap.Error(err))
		}
	}()
	s.log.Info("ops http listening", zap.String("addr", ln.Addr().String()))
	return nil
}

// Addr is the address listened on (after Start), or "".
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Shutdown stops the server.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	started := s.ln != nil
	s.mu.Unlock()
	if !started {
		return nil
	}
	err := s.srv.Shutdown(ctx)
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	<-s.done
	if err != nil {
		return fmt.Errorf("opshttp: shutdown: %w", err)
	}
	return nil
}
