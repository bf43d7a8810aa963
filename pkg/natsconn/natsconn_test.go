package natsconn

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/copydesk/copydesk/pkg/natsembed"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestConfigValidate(t *testing.T) {
	dir := t.TempDir()
	seed := filepath.Join(dir, "user.nk")
	if err := os.WriteFile(seed, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr string
	}{
		{"defaults", func(*Config) {}, ""},
		{"no urls", func(c *Config) { c.URLs = nil }, "no server URL"},
		{"blank url", func(c *Config) { c.URLs = []string{" "} }, "empty server URL"},
		{"two auth methods", func(c *Config) { c.User, c.NKeySeedFile = "u", seed }, "only one"},
		{"nkey file", func(c *Config) { c.NKeySeedFile = seed }, ""},
		{"missing creds file", func(c *Config) { c.CredsFile = filepath.Join(dir, "missing.creds") }, "no such file"},
		{"cert without key", func(c *Config) { c.TLSCertFile = seed }, "cert and key"},
		{"bad max reconnects", func(c *Config) { c.MaxReconnects = -2 }, "max reconnects"},
		{"no connect timeout", func(c *Config) { c.ConnectTimeout = 0 }, "connect timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.mutate(&c)
			err := c.Validate()
			if tt.wantErr == "" && err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("error %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestConnectAuthAndDrain(t *testing.T) {
	cfg := natsembed.DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Port = -1
	cfg.User, cfg.Password = "svc", "pw"
	srv, err := natsembed.New(cfg, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Shutdown()

	t.Run("wrong password fails with the URL redacted", func(t *testing.T) {
		c := DefaultConfig()
		c.URLs = []string{strings.Replace(srv.ClientURL(), "nats://", "nats://svc:bad@", 1)}
		c.ConnectTimeout = time.Second
		c.User, c.Password = "", ""
		_, err := Connect(c, nil)
		if err == nil {
			t.Fatal("connected with a wrong password")
		}
		if strings.Contains(err.Error(), "bad") {
			t.Errorf("error leaks the password: %v", err)
		}
	})
	t.Run("right credentials, drain waits for close, logs it", func(t *testing.T) {
		core, logs := observer.New(zapcore.InfoLevel)
		c := DefaultConfig()
		c.URLs = []string{srv.ClientURL()}
		c.User, c.Password = "svc", "pw"
		nc, err := Connect(c, zap.New(core))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := Drain(ctx, nc); err != nil {
			t.Fatal(err)
		}
		if !nc.IsClosed() {
			t.Fatal("connection open after Drain")
		}
		if err := Drain(ctx, nc); err != nil {
			t.Fatalf("second drain: %v", err)
		}
		deadline := time.Now().Add(2 * time.Second)
		for logs.FilterMessage("nats connection closed").Len() == 0 && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		if logs.FilterMessage("nats connection closed").Len() == 0 {
			t.Error("close was not logged")
		}
	})
	t.Run("in process, without the socket", func(t *testing.T) {
		c := DefaultConfig()
		c.URLs = []string{"nats://127.0.0.1:1"} // nothing listens: only the in-process path connects
		c.ConnectTimeout = time.Second
		c.User, c.Password = "svc", "pw"
		c.InProcess = srv.NATS()
		nc, err := Connect(c, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer nc.Close()
		sub, err := nc.SubscribeSync("in.process")
		if err != nil {
			t.Fatal(err)
		}
		if err := nc.Publish("in.process", []byte("x")); err != nil {
			t.Fatal(err)
		}
		if _, err := sub.NextMsg(5 * time.Second); err != nil {
			t.Fatalf("message not delivered in process: %v", err)
		}
	})
}

func TestReconnectIsLogged(t *testing.T) {
	srv, restart := natsembed.RestartableForTest(t)
	url := srv.ClientURL()
	core, logs := observer.New(zapcore.InfoLevel)
	c := DefaultConfig()
	c.URLs = []string{url}
	c.ReconnectWait = 20 * time.Millisecond
	nc, err := Connect(c, zap.New(core))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	restart() // the same port and store
	deadline := time.Now().Add(5 * time.Second)
	for logs.FilterMessage("nats reconnected").Len() == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if logs.FilterMessage("nats disconnected").Len() == 0 {
		t.Error("disconnect not logged")
	}
	if logs.FilterMessage("nats reconnected").Len() == 0 {
		t.Error("reconnect not logged")
	}
	nc.Close()
}
