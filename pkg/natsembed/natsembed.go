// Package natsembed runs a NATS server with JetStream inside the copydesk
// process: the embedded default of `copydesk up`, and the per-test server of
// the integration tests.
//
// Lifecycle: New builds the server without starting it; Start starts it and
// waits until it accepts connections; Shutdown stops it and waits until it has
// stopped. Shutdown is safe without Start and safe to call twice.
//
// Ordering rule for embedded mode: stop every runner first (they finish
// in-flight work and wait for their publish acks), then drain each client
// connection and wait for it to close (natsconn.Drain), and only then call
// Shutdown. Stopping the server before the drains complete loses messages.
package natsembed

import (
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"go.uber.org/zap"
)

// Config configures the embedded server.
type Config struct {
	// DataDir is the copydesk data directory; the JetStream store lives in
	// DataDir/nats/jetstream.
	DataDir string
	// Host and Port are where clients connect. Port -1 picks a random free
	// port (tests); 0 means the NATS default, 4222.
	Host string
	Port int
	// User and Password, when both set, are required of every client.
	User     string
	Password string
	// ServerName names the server in logs and JetStream metadata.
	ServerName string
	// MaxPayload is the largest message the server accepts, in bytes.
	MaxPayload int32
	// MaxMemory and MaxStore bound JetStream memory and file storage in
	// bytes; 0 lets the server choose.
	MaxMemory int64
	MaxStore  int64
	// ReadyTimeout bounds how long Start waits for the server to accept
	// connections.
	ReadyTimeout time.Duration
	// Debug and Trace turn on the server's verbose logging.
	Debug bool
	Trace bool
}

// DefaultConfig returns the defaults of `copydesk up`.
func DefaultConfig() Config {
	return Config{
		DataDir:      "data",
		Host:         "127.0.0.1",
		Port:         4222,
		ServerName:   "copydesk",
		MaxPayload:   4 << 20,
		ReadyTimeout: 10 * time.Second,
	}
}

// Validate reports the first invalid field.
func (c Config) Validate() error {
	switch {
	case c.DataDir == "":
		return errors.New("natsembed: config: data dir is empty")
	case c.Port < -1 || c.Port > 65535:
		return fmt.Errorf("natsembed: config: port %d out of range", c.Port)
	case (c.User == "") != (c.Password == ""):
		return errors.New("natsembed: config: user and password must be set together")
	case c.MaxPayload < 0:
		return errors.New("natsembed: config: negative max payload")
	case c.ReadyTimeout <= 0:
		return errors.New("natsembed: config: ready timeout must be positive")
	}
	return nil
}

// Server is an embedded NATS server with JetStream.
type Server struct {
	cfg Config
	log *zap.Logger
	ns  *server.Server

	mu      sync.Mutex
	started bool
	stopped bool
}

// New builds the server from cfg without starting it.
func New(cfg Config, log *zap.Logger) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = zap.NewNop()
	}
	opts := &server.Options{
		ServerName:         cfg.ServerName,
		Host:               cfg.Host,
		Port:               cfg.Port,
		JetStream:          true,
		StoreDir:           filepath.Join(cfg.DataDir, "nats"),
		JetStreamMaxMemory: cfg.MaxMemory,
		JetStreamMaxStore:  cfg.MaxStore,
		MaxPayload:         cfg.MaxPayload,
		Username:           cfg.User,
		Password:           cfg.Password,
		NoSigs:             true,
		Debug:              cfg.Debug,
		Trace:              cfg.Trace,
	}
	if opts.Port == 0 {
		opts.Port = server.DEFAULT_PORT
	}
	if opts.MaxPayload == 0 {
		opts.MaxPayload = server.MAX_PAYLOAD_SIZE
	}
	ns, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("natsembed: new server: %w", err)
	}
	ns.SetLoggerV2(zapLogger{log.Sugar()}, cfg.Debug, cfg.Trace, false)
	return &Server{cfg: cfg, log: log, ns: ns}, nil
}

// Start starts the server and waits until it accepts client connections.
// Starting a stopped server is an error.
func (s *Server) Start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return errors.New("natsembed: start: server already shut down")
	}
	if s.started {
		return nil
	}
	go s.ns.Start()
	if !s.ns.ReadyForConnections(s.cfg.ReadyTimeout) {
		s.ns.Shutdown()
		s.stopped = true
		return fmt.Errorf("natsembed: start: not ready after %s", s.cfg.ReadyTimeout)
	}
	s.started = true
	s.log.Info("nats server started", zap.String("url", s.ns.ClientURL()),
		zap.String("store_dir", filepath.Join(s.cfg.DataDir, "nats")))
	return nil
}

// ClientURL is the URL clients connect to (nats://host:port), valid after
// Start.
func (s *Server) ClientURL() string {
	addr, ok := s.ns.Addr().(*net.TCPAddr)
	if !ok || addr == nil {
		return s.ns.ClientURL()
	}
	host := s.cfg.Host
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "nats://" + net.JoinHostPort(host, strconv.Itoa(addr.Port))
}

// NATS returns the underlying server (for monitoring or in-process
// connections).
func (s *Server) NATS() *server.Server { return s.ns }

// Shutdown stops the server and waits until it has stopped. Drain client
// connections first (see the package doc). Safe without Start and safe to
// call twice.
func (s *Server) Shutdown() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return
	}
	s.stopped = true
	if !s.started {
		return
	}
	s.ns.Shutdown()
	s.ns.WaitForShutdown()
	s.log.Info("nats server stopped")
}

// zapLogger adapts zap to the nats-server logger interface.
type zapLogger struct{ s *zap.SugaredLogger }

func (l zapLogger) Noticef(format string, v ...any) { l.s.Infof(format, v...) }
func (l zapLogger) Warnf(format string, v ...any)   { l.s.Warnf(format, v...) }
func (l zapLogger) Fatalf(format string, v ...any)  { l.s.Errorf("fatal: "+format, v...) }
func (l zapLogger) Errorf(format string, v ...any)  { l.s.Errorf(format, v...) }
func (l zapLogger) Debugf(format string, v ...any)  { l.s.Debugf(format, v...) }
func (l zapLogger) Tracef(format string, v ...any)  { l.s.Debugf(format, v...) }
