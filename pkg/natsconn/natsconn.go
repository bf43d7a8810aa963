// Package natsconn opens client connections to NATS from one typed Config:
// server URLs, user/password, an nkey seed or a creds file, TLS, and
// reconnection with buffering. Disconnects, reconnects and asynchronous errors
// are logged with zap.
//
// Shutdown order: stop the runners using the connection, then Drain it (which
// waits for the close), then stop an embedded server.
package natsconn

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"go.uber.org/zap"
)

// Config configures one client connection.
type Config struct {
	// URLs of the servers, tried in order; at least one.
	URLs []string
	// Name identifies the connection on the server (monitoring, logs).
	Name string

	// At most one way to authenticate besides the URL itself:
	// user/password, an nkey seed file, or a creds (JWT) file.
	User         string
	Password     string
	NKeySeedFile string
	CredsFile    string

	// TLS: a CA file to verify the server, and a client certificate and key
	// for mutual TLS (both or neither).
	TLSCAFile   string
	TLSCertFile string
	TLSKeyFile  string

	// ConnectTimeout bounds each connection attempt.
	ConnectTimeout time.Duration
	// RetryOnFailedConnect keeps trying in the background when the first
	// connection fails, instead of returning an error.
	RetryOnFailedConnect bool
	// MaxReconnects is the number of reconnection attempts; -1 retries forever.
	MaxReconnects int
	ReconnectWait time.Duration
	// ReconnectBufSize is how many bytes of publishes are buffered while
	// disconnected; beyond it publishes fail.
	ReconnectBufSize int
	// DrainTimeout bounds nats.Conn.Drain.
	DrainTimeout time.Duration

	// InProcess, when set, connects to a server running in this process
	// without a socket (nats.InProcessServer); URLs are then only named in
	// messages. copydesk up sets it for its embedded server.
	InProcess nats.InProcessConnProvider `json:"-"`
}

// DefaultConfig returns a connection to a local server that reconnects
// forever with an 8 MiB reconnect buffer.
func DefaultConfig() Config {
	return Config{
		URLs:             []string{nats.DefaultURL},
		Name:             "copydesk",
		ConnectTimeout:   5 * time.Second,
		MaxReconnects:    -1,
		ReconnectWait:    time.Second,
		ReconnectBufSize: 8 << 20,
		DrainTimeout:     30 * time.Second,
	}
}

// Validate reports the first invalid field.
func (c Config) Validate() error {
	if len(c.URLs) == 0 {
		return errors.New("natsconn: config: no server URL")
	}
	for _, u := range c.URLs {
		if strings.TrimSpace(u) == "" {
			return errors.New("natsconn: config: empty server URL")
		}
	}
	auth := 0
	if c.User != "" || c.Password != "" {
		auth++
	}
	if c.NKeySeedFile != "" {
		auth++
	}
	if c.CredsFile != "" {
		auth++
	}
	switch {
	case auth > 1:
		return errors.New("natsconn: config: set only one of user/password, nkey seed file, creds file")
	case (c.TLSCertFile == "") != (c.TLSKeyFile == ""):
		return errors.New("natsconn: config: TLS cert and key must be set together")
	case c.ConnectTimeout <= 0:
		return errors.New("natsconn: config: connect timeout must be positive")
	case c.ReconnectWait < 0:
		return errors.New("natsconn: config: negative reconnect wait")
	case c.MaxReconnects < -1:
		return errors.New("natsconn: config: max reconnects must be -1 (forever) or more")
	case c.ReconnectBufSize < 0:
		return errors.New("natsconn: config: negative reconnect buffer size")
	case c.DrainTimeout <= 0:
		return errors.New("natsconn: config: drain timeout must be positive")
	}
	for _, f := range []string{c.NKeySeedFile, c.CredsFile, c.TLSCAFile, c.TLSCertFile, c.TLSKeyFile} {
		if f == "" {
			continue
		}
		if _, err := os.Stat(f); err != nil {
			return fmt.Errorf("natsconn: config: %w", err)
		}
	}
	return nil
}

// Options turns cfg into nats.go options, with handlers that log to log.
func Options(cfg Config, log *zap.Logger) ([]nats.Option, error) {
	if log == nil {
		log = zap.NewNop()
	}
	opts := []nats.Option{
		nats.Name(cfg.Name),
		nats.Timeout(cfg.ConnectTimeout),
		nats.MaxReconnects(cfg.MaxReconnects),
		nats.ReconnectWait(cfg.ReconnectWait),
		nats.ReconnectBufSize(cfg.ReconnectBufSize),
		nats.DrainTimeout(cfg.DrainTimeout),
		nats.DisconnectErrHandler(func(nc *nats.Conn, err error) {
			if err != nil {
				log.Warn("nats disconnected", zap.Error(err))
				return
			}
			log.Info("nats disconnected")
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) {
			log.Info("nats reconnected", zap.String("url", nc.ConnectedUrlRedacted()))
		}),
		nats.ClosedHandler(func(nc *nats.Conn) {
			if err := nc.LastError(); err != nil {
				log.Info("nats connection closed", zap.Error(err))
				return
			}
			log.Info("nats connection closed")
		}),
		nats.ErrorHandler(func(nc *nats.Conn, sub *nats.Subscription, err error) {
			f := []zap.Field{zap.Error(err)}
			if sub != nil {
				f = append(f, zap.String("subject", sub.Subject))
			}
			log.Warn("nats async error", f...)
		}),
	}
	if cfg.InProcess != nil {
		opts = append(opts, nats.InProcessServer(cfg.InProcess))
	}
	if cfg.RetryOnFailedConnect {
		opts = append(opts, nats.RetryOnFailedConnect(true))
	}
	if cfg.User != "" || cfg.Password != "" {
		opts = append(opts, nats.UserInfo(cfg.User, cfg.Password))
	}
	if cfg.NKeySeedFile != "" {
		o, err := nats.NkeyOptionFromSeed(cfg.NKeySeedFile)
		if err != nil {
			return nil, fmt.Errorf("natsconn: nkey seed: %w", err)
		}
		opts = append(opts, o)
	}
	if cfg.CredsFile != "" {
		opts = append(opts, nats.UserCredentials(cfg.CredsFile))
	}
	if cfg.TLSCAFile != "" {
		opts = append(opts, nats.RootCAs(cfg.TLSCAFile))
	}
	if cfg.TLSCertFile != "" {
		opts = append(opts, nats.ClientCert(cfg.TLSCertFile, cfg.TLSKeyFile))
	}
	return opts, nil
}

// Connect validates cfg and connects.
func Connect(cfg Config, log *zap.Logger) (*nats.Conn, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	opts, err := Options(cfg, log)
	if err != nil {
		return nil, err
	}
	nc, err := nats.Connect(strings.Join(cfg.URLs, ","), opts...)
	if err != nil {
		return nil, fmt.Errorf("natsconn: connect %s: %w", redact(cfg.URLs), err)
	}
	return nc, nil
}

// Drain drains nc (subscriptions stop, pending publishes are flushed) and
// waits until the connection is closed or ctx is done; on ctx expiry the
// connection is closed outright. Safe on a closed connection.
func Drain(ctx context.Context, nc *nats.Conn) error {
	if nc == nil || nc.IsClosed() {
		return nil
	}
	if err := nc.Drain(); err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
		nc.Close()
		return fmt.Errorf("natsconn: drain: %w", err)
	}
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for !nc.IsClosed() {
		select {
		case <-ctx.Done():
			nc.Close()
			return fmt.Errorf("natsconn: drain: %w", ctx.Err())
		case <-t.C:
		}
	}
	return nil
}

// redact hides credentials embedded in URLs for error messages.
func redact(urls []string) string {
	out := make([]string, len(urls))
	for i, u := range urls {
		if at := strings.LastIndex(u, "@"); at >= 0 {
			if s := strings.Index(u, "://"); s >= 0 && s < at {
				u = u[:s+3] + "***" + u[at:]
			} else {
				u = "***" + u[at:]
			}
		}
		out[i] = u
	}
	return strings.Join(out, ",")
}
