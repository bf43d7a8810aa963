package natsembed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nats-io/nats.go"
	"go.uber.org/goleak"
	"go.uber.org/zap"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr string
	}{
		{"defaults", func(*Config) {}, ""},
		{"random port", func(c *Config) { c.Port = -1 }, ""},
		{"no data dir", func(c *Config) { c.DataDir = "" }, "data dir"},
		{"port too big", func(c *Config) { c.Port = 70000 }, "port"},
		{"user without password", func(c *Config) { c.User = "u" }, "user and password"},
		{"no ready timeout", func(c *Config) { c.ReadyTimeout = 0 }, "ready timeout"},
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

func TestShutdownWithoutStartAndTwice(t *testing.T) {
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Port = -1
	s, err := New(cfg, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	s.Shutdown()
	s.Shutdown()
	if err := s.Start(); err == nil {
		t.Fatal("Start after Shutdown succeeded")
	}
}

func TestRunForTestJetStreamStoreUnderDataDir(t *testing.T) {
	s := RunForTest(t)
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	if !strings.HasPrefix(s.ClientURL(), "nats://127.0.0.1:") || strings.HasSuffix(s.ClientURL(), ":4222") {
		t.Errorf("client URL %q is not a random local port", s.ClientURL())
	}
	if !s.NATS().JetStreamEnabled() {
		t.Fatal("JetStream disabled")
	}
	dir := s.NATS().StoreDir()
	if filepath.Base(filepath.Dir(dir)) != "nats" {
		t.Errorf("store dir %q, want <data dir>/nats/jetstream", dir)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Errorf("store dir: %v", err)
	}
	s.Shutdown()
	s.Shutdown() // and once more from the cleanup
}

func TestAuth(t *testing.T) {
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Port = -1
	cfg.User, cfg.Password = "copydesk", "s3cret"
	s, err := New(cfg, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown()
	tests := []struct {
		name   string
		opts   []nats.Option
		wantOK bool
	}{
		{"no credentials", nil, false},
		{"wrong password", []nats.Option{nats.UserInfo("copydesk", "nope")}, false},
		{"right credentials", []nats.Option{nats.UserInfo("copydesk", "s3cret")}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nc, err := nats.Connect(s.ClientURL(), tt.opts...)
			if nc != nil {
				defer nc.Close()
			}
			if (err == nil) != tt.wantOK {
				t.Fatalf("connect error %v, want ok=%v", err, tt.wantOK)
			}
		})
	}
}
