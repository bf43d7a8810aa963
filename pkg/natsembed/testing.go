package natsembed

import (
	"testing"

	"go.uber.org/zap"
)

// RunForTest starts a server on a random local port with its store in
// t.TempDir() and shuts it down when the test ends (after the test's own
// cleanups registered later, which run first, so connections registered
// after this call are closed before the server stops).
func RunForTest(t testing.TB) *Server {
	t.Helper()
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Port = -1
	s, err := New(cfg, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return s
}
