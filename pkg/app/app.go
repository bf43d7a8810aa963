// Package app assembles copydesk's components into processes: the shared
// command-line settings of every service, opening the store that the
// settings select, building the pipeline stages with their collaborators,
// and running one stage as a service. The service mains and the single
// `copydesk` binary are thin layers over it.
package app

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/stdlib"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/logging"
	"github.com/copydesk/copydesk/pkg/natsconn"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
	"github.com/copydesk/copydesk/pkg/store"
	"github.com/copydesk/copydesk/pkg/store/postgres"
	"github.com/copydesk/copydesk/pkg/store/sqlite"
	"github.com/copydesk/copydesk/pkg/topology"
)

// Settings are the options every copydesk process shares. Register binds
// them to flags (and so, through package envflag, to COPYDESK_* variables).
type Settings struct {
	Log  logging.Config
	Addr string // HTTP listener: the service's API and /metrics, /healthz, /readyz

	NATS         natsconn.Config
	natsURLs     string
	Replicas     int // replicas of every stream and bucket: 1, or 3 on a cluster
	Concurrency  int // workers per stage
	PostgresDSN  string
	SQLitePath   string
	DataDir      string
	DrainTimeout time.Duration
	// MemoryLimit is the process's soft memory limit (ParseBytes syntax;
	// "" or "off": none). The GOMEMLIMIT variable, when set, wins.
	MemoryLimit string
	memoryLimit int64
	// ClaimCorpus is where the flagger keeps its claim corpus:
	// ClaimCorpusStream or ClaimCorpusStore.
	ClaimCorpus string
	// ClaimCorpusMax bounds the stream-fed claim corpus (articles); it
	// sizes the CLAIMPRINTS stream, so give every process the same value.
	ClaimCorpusMax int64
	// DedupeTTL is how long ingest's duplicate index remembers an article's
	// text (the copydesk-dedupe bucket's max age, and DEDUPESIGS's): the
	// embedded nats-server holds one key an article for that long.
	DedupeTTL time.Duration
	// Pprof serves Go's profiles under /debug/pprof/ on Addr.
	Pprof bool
}

// DefaultSettings holds the defaults of every shared option.
func DefaultSettings() Settings {
	return Settings{
		Log:      logging.DefaultConfig(),
		Addr:     "127.0.0.1:8080",
		NATS:     natsconn.DefaultConfig(),
		natsURLs: "nats://127.0.0.1:4222",
		Replicas: 1,
		// More workers than cores: a worker spends most of an article
		// waiting (its output's publish ack; in the flagger also the
		// store's group commit and the corpus publish). With 8, flat out,
		// the flagger's queue held seconds of articles while every worker
		// waited; with 12 it holds none (docs/operations.md, consumer
		// limits).
		Concurrency:  12,
		DataDir:      "data",
		DrainTimeout: 30 * time.Second,
		ClaimCorpus:  ClaimCorpusStream,

		ClaimCorpusMax: topology.DefaultConfig().CorpusMaxArticles,
		DedupeTTL:      topology.DefaultConfig().DedupeTTL,
	}
}

// Register binds the settings to fs. withNATS and withStore select the
// groups a process needs.
func (s *Settings) Register(fs *flag.FlagSet, withNATS, withStore bool) {
	fs.StringVar(&s.Log.Level, "log-level", s.Log.Level, "log level: debug, info, warn or error")
	fs.StringVar(&s.Log.Format, "log-format", s.Log.Format, "log encoding: json or console")
	fs.StringVar(&s.Addr, "addr", s.Addr, "HTTP listen address (API, /metrics, /healthz, /readyz)")
	fs.DurationVar(&s.DrainTimeout, "drain-timeout", s.DrainTimeout, "how long shutdown waits for in-flight work")
	fs.StringVar(&s.MemoryLimit, "memory-limit", s.MemoryLimit, "soft memory limit of the process, e.g. 100MiB (off: none; GOMEMLIMIT, when set, wins)")
	fs.BoolVar(&s.Pprof, "pprof", false, "serve Go's CPU, heap and goroutine profiles under /debug/pprof/ on --addr (keep that address private)")
	if withNATS {
		fs.StringVar(&s.natsURLs, "nats-url", s.natsURLs, "NATS server URLs, comma separated")
		fs.StringVar(&s.NATS.User, "nats-user", "", "NATS user")
		fs.StringVar(&s.NATS.Password, "nats-password", "", "NATS password")
		fs.StringVar(&s.NATS.CredsFile, "nats-creds", "", "NATS credentials (JWT) file")
		fs.StringVar(&s.NATS.NKeySeedFile, "nats-nkey", "", "NATS nkey seed file")
		fs.StringVar(&s.NATS.TLSCAFile, "nats-tls-ca", "", "CA file to verify the NATS servers")
		fs.StringVar(&s.NATS.TLSCertFile, "nats-tls-cert", "", "client certificate for mutual TLS")
		fs.StringVar(&s.NATS.TLSKeyFile, "nats-tls-key", "", "client key for mutual TLS")
		fs.IntVar(&s.Replicas, "replicas", s.Replicas, "replicas of every JetStream stream and bucket (3 on a cluster)")
		fs.IntVar(&s.Concurrency, "concurrency", s.Concurrency, "articles each stage processes at once")
		fs.DurationVar(&s.DedupeTTL, "dedupe-ttl", s.DedupeTTL, "how long ingest recognises an exact copy of an article's text (the copydesk-dedupe bucket's max age: the NATS server keeps one key an article for that long, ~200-400 bytes of its memory each; give every process the same value)")
		fs.Int64Var(&s.ClaimCorpusMax, "claim-corpus-max", s.ClaimCorpusMax, "articles whose claims the flaggers keep in memory to compare new ones with (sizes the CLAIMPRINTS stream: give every process the same value; about 3 KiB each per flagger)")
	}
	if withStore {
		fs.StringVar(&s.PostgresDSN, "postgres-dsn", "", "PostgreSQL connection string; empty uses SQLite")
		fs.StringVar(&s.SQLitePath, "sqlite", "", "SQLite database file (default DATA-DIR/copydesk.db)")
		fs.StringVar(&s.DataDir, "data-dir", s.DataDir, "directory for the embedded database and NATS store")
		fs.StringVar(&s.ClaimCorpus, "claim-corpus", s.ClaimCorpus, "where the flagger keeps the claims it compares articles with: stream (in memory, shared through the CLAIMPRINTS stream, the newest articles) or store (the database, every article)")
	}
}

// Finish resolves derived settings after flags are parsed and validates.
func (s *Settings) Finish(name string) error {
	s.NATS.URLs = nil
	for _, u := range strings.Split(s.natsURLs, ",") {
		if u = strings.TrimSpace(u); u != "" {
			s.NATS.URLs = append(s.NATS.URLs, u)
		}
	}
	if s.NATS.Name == "" {
		s.NATS.Name = "copydesk-" + name
	}
	if s.SQLitePath == "" {
		s.SQLitePath = filepath.Join(s.DataDir, "copydesk.db")
	}
	n, err := ParseBytes(s.MemoryLimit)
	if err != nil {
		return fmt.Errorf("app: --memory-limit: %w", err)
	}
	s.memoryLimit = n
	return s.Validate()
}

// Validate checks the settings.
func (s Settings) Validate() error {
	if err := s.Log.Validate(); err != nil {
		return err
	}
	if s.Addr == "" {
		return errors.New("app: --addr is empty")
	}
	if s.Replicas != 1 && s.Replicas != 3 && s.Replicas != 5 {
		return fmt.Errorf("app: --replicas %d: want 1, 3 or 5", s.Replicas)
	}
	if s.Concurrency < 1 {
		return fmt.Errorf("app: --concurrency %d: want at least 1", s.Concurrency)
	}
	if s.DedupeTTL <= 0 {
		return fmt.Errorf("app: --dedupe-ttl %s: want a positive duration", s.DedupeTTL)
	}
	if s.ClaimCorpusMax < 1 {
		return fmt.Errorf("app: --claim-corpus-max %d: want at least 1", s.ClaimCorpusMax)
	}
	if s.ClaimCorpus != ClaimCorpusStream && s.ClaimCorpus != ClaimCorpusStore {
		return fmt.Errorf("app: --claim-corpus %q: want %s or %s", s.ClaimCorpus, ClaimCorpusStream, ClaimCorpusStore)
	}
	return nil
}

// SetNATSURL points the connection at one server (the embedded one).
func (s *Settings) SetNATSURL(u string) { s.natsURLs = u; s.NATS.URLs = []string{u} }

// Topology returns the JetStream topology for these settings.
func (s Settings) Topology() topology.Config {
	c := topology.DefaultConfig()
	c.Replicas = s.Replicas
	c.CorpusMaxArticles = s.ClaimCorpusMax
	c.DedupeTTL = s.DedupeTTL
	return c
}

// NewRegistry returns a registry with the Go runtime and process collectors.
func NewRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// Stores is the opened store with the handle the review UI shares.
type Stores struct {
	Store   store.Store
	DB      *sql.DB
	Dialect reviewdb.Dialect
	// Kind is "sqlite" or "postgres", and Where the file or host, for messages.
	Kind, Where string
	closeDB     bool
}

// Close closes the store (and the shared handle where it was opened here).
func (s *Stores) Close() error {
	var err error
	if s.closeDB && s.DB != nil {
		err = s.DB.Close()
	}
	return errors.Join(err, s.Store.Close())
}

// OpenStore opens PostgreSQL when a DSN is set, SQLite otherwise.
func OpenStore(ctx context.Context, s Settings) (*Stores, error) {
	if s.PostgresDSN != "" {
		cfg := postgres.DefaultConfig()
		cfg.DSN = s.PostgresDSN
		st, err := postgres.Open(ctx, cfg)
		if err != nil {
			return nil, err
		}
		return &Stores{Store: st, DB: stdlib.OpenDBFromPool(st.Pool()), Dialect: reviewdb.Postgres,
			Kind: "postgres", Where: redactDSN(s.PostgresDSN), closeDB: true}, nil
	}
	cfg := sqlite.DefaultConfig()
	cfg.Path = s.SQLitePath
	st, err := sqlite.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	return &Stores{Store: st, DB: st.DB(), Dialect: reviewdb.SQLite, Kind: "sqlite", Where: cfg.Path}, nil
}

// redactDSN hides a password in a connection string for messages.
func redactDSN(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		if at := strings.LastIndex(dsn, "@"); at > i {
			cred := dsn[i+3 : at]
			if c := strings.Index(cred, ":"); c >= 0 {
				return dsn[:i+3] + cred[:c] + ":***" + dsn[at:]
			}
		}
	}
	return dsn
}

// Connect connects to NATS and returns the JetStream context.
func Connect(s Settings, log *zap.Logger) (*Conn, error) {
	nc, err := natsconn.Connect(s.NATS, log.Named("nats"))
	if err != nil {
		return nil, err
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("app: jetstream: %w", err)
	}
	return &Conn{NC: nc, JS: js}, nil
}
