// Package backpressure keeps the ingest API from taking more work than the
// pipeline can absorb. A Gate wraps the API's handler: before a POST is
// read it checks
//
//   - the backlog: the messages waiting in the ARTICLES work queue (every
//     stage's unprocessed and unacknowledged input), read from the stream
//     info at most once per Config.CacheFor. At or above
//     Config.MaxBacklog the answer is 429 Too Many Requests with
//     Retry-After: a slow store or stage makes ingest push back instead of
//     queueing without bound;
//   - the requests in flight: at most Config.MaxInFlight POSTs are read and
//     handled at once (each may hold a body of up to the API's limit in
//     memory); one more is answered 503 with Retry-After at once.
//
// GETs pass untouched. When the stream info cannot be read (NATS down) the
// request passes: the API's own publish then fails with 503.
//
// Errors are the ingest API's JSON {"error": code, "reason": sentence} with
// codes "overloaded" (429) and "busy" (503).
package backpressure

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/topology"
)

// Config configures a Gate. Defaults live in DefaultConfig.
type Config struct {
	// Stream is the work-queue stream whose messages are the backlog.
	Stream string
	// MaxBacklog is the backlog at which POSTs are refused with 429; 0
	// turns the backlog check off.
	MaxBacklog uint64
	// MaxInFlight bounds the POSTs handled at once; 0 turns it off.
	MaxInFlight int
	// CacheFor is how long one reading of the backlog is used.
	CacheFor time.Duration
	// InfoTimeout bounds one stream info request.
	InfoTimeout time.Duration
	// RetryAfter is the Retry-After of a refusal.
	RetryAfter time.Duration
}

// DefaultConfig returns the defaults: refuse at 5,000 queued messages
// (about a minute of work for the pipeline on two cores), 32 requests in
// flight, the backlog read at most every 250 ms, Retry-After 2 s.
func DefaultConfig() Config {
	return Config{
		Stream:      topology.StreamArticles,
		MaxBacklog:  5000,
		MaxInFlight: 32,
		CacheFor:    250 * time.Millisecond,
		InfoTimeout: time.Second,
		RetryAfter:  2 * time.Second,
	}
}

// Validate reports the first invalid field.
func (c Config) Validate() error {
	switch {
	case c.Stream == "":
		return errors.New("backpressure: config: stream is empty")
	case c.MaxInFlight < 0:
		return errors.New("backpressure: config: negative max in flight")
	case c.CacheFor < 0:
		return errors.New("backpressure: config: negative cache time")
	case c.InfoTimeout <= 0:
		return errors.New("backpressure: config: info timeout must be positive")
	case c.RetryAfter < time.Second:
		return errors.New("backpressure: config: retry after must be at least 1s")
	}
	return nil
}

// Backlog reads the current backlog. StreamBacklog is the production one.
type Backlog func(ctx context.Context) (uint64, error)

// StreamBacklog returns the number of messages in stream.
func StreamBacklog(js jetstream.JetStream, stream string) Backlog {
	return func(ctx context.Context) (uint64, error) {
		s, err := js.Stream(ctx, stream)
		if err != nil {
			return 0, fmt.Errorf("backpressure: stream %s: %w", stream, err)
		}
		info, err := s.Info(ctx)
		if err != nil {
			return 0, fmt.Errorf("backpressure: stream %s info: %w", stream, err)
		}
		return info.State.Msgs, nil
	}
}

// Gate admits or refuses requests. It is safe for concurrent use.
type Gate struct {
	cfg     Config
	backlog Backlog
	log     *zap.Logger
	m       *metrics
	slots   chan struct{}

	mu      sync.Mutex
	readAt  time.Time
	last    uint64
	lastErr error
}

// New returns a Gate reading the backlog with backlog (StreamBacklog in
// production).
func New(cfg Config, backlog Backlog, log *zap.Logger, reg prometheus.Registerer) (*Gate, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if backlog == nil {
		return nil, errors.New("backpressure: new: backlog reader is required")
	}
	if log == nil {
		log = zap.NewNop()
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, err
	}
	g := &Gate{cfg: cfg, backlog: backlog, log: log.Named("backpressure"), m: m}
	if cfg.MaxInFlight > 0 {
		g.slots = make(chan struct{}, cfg.MaxInFlight)
	}
	return g, nil
}

// Backlog returns the backlog, read at most once per CacheFor.
func (g *Gate) Backlog(ctx context.Context) (uint64, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.readAt.IsZero() && time.Since(g.readAt) < g.cfg.CacheFor {
		return g.last, g.lastErr
	}
	ctx, cancel := context.WithTimeout(ctx, g.cfg.InfoTimeout)
	defer cancel()
	n, err := g.backlog(ctx)
	g.readAt, g.last, g.lastErr = time.Now(), n, err
	if err == nil {
		g.m.backlog.Set(float64(n))
	}
	return n, err
}

// Handler wraps next: POSTs are refused while the backlog is at or above
// MaxBacklog (429) or MaxInFlight POSTs are being handled (503).
func (g *Gate) Handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			next.ServeHTTP(w, r)
			return
		}
		if g.slots != nil {
			select {
			case g.slots <- struct{}{}:
				defer func() { <-g.slots }()
			default:
				g.refuse(w, http.StatusServiceUnavailable, "busy", "ingest is handling as many requests as it can; retry later")
				return
			}
		}
		if g.cfg.MaxBacklog > 0 {
			n, err := g.Backlog(r.Context())
			if err != nil {
				g.log.Debug("backlog unknown; admitting", zap.Error(err))
			} else if n >= g.cfg.MaxBacklog {
				// The numbers go to the log and metrics, not to clients
				// (the gate answers before authentication).
				g.log.Debug("refusing: backlog", zap.Uint64("backlog", n), zap.Uint64("limit", g.cfg.MaxBacklog))
				g.refuse(w, http.StatusTooManyRequests, "overloaded", "the pipeline is behind; retry later")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (g *Gate) refuse(w http.ResponseWriter, status int, code, reason string) {
	g.m.refused.WithLabelValues(code).Inc()
	// The body is not read: close the connection rather than drain it.
	w.Header().Set("Connection", "close")
	w.Header().Set("Retry-After", strconv.Itoa(int(g.cfg.RetryAfter/time.Second)))
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(struct {
		Error  string `json:"error"`
		Reason string `json:"reason"`
	}{code, reason})
}

type metrics struct {
	backlog prometheus.Gauge
	refused *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		backlog: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "copydesk_ingest_backlog_messages",
			Help: "Messages waiting in the ARTICLES work queue, as last read by the ingest gate.",
		}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "copydesk_ingest_throttled_total",
			Help: "Ingest requests refused by backpressure, by reason (overloaded: backlog, busy: requests in flight).",
		}, []string{"reason"}),
	}
	m.refused.WithLabelValues("overloaded")
	m.refused.WithLabelValues("busy")
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.backlog, m.refused} {
		if err := reg.Register(c); err != nil {
			return nil, errors.Join(errors.New("backpressure: register metrics"), err)
		}
	}
	return m, nil
}
