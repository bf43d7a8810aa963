package natsembed

import (
	"net"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
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

// RestartableForTest starts a server as RunForTest does and returns it with
// restart, which shuts the running server down (as a crash or a deploy
// would) and starts a new one on the same port and store, for clients to
// reconnect to. Whichever server runs when the test ends is shut down then.
func RestartableForTest(t testing.TB) (first *Server, restart func() *Server) {
	t.Helper()
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Port = -1
	start := func() *Server {
		t.Helper()
		s, err := New(cfg, zap.NewNop())
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Start(); err != nil {
			t.Fatal(err)
		}
		return s
	}
	cur := start()
	cfg.Port = cur.ns.Addr().(*net.TCPAddr).Port
	t.Cleanup(func() { cur.Shutdown() })
	return cur, func() *Server {
		t.Helper()
		cur.Shutdown()
		cur = start()
		return cur
	}
}

// JetStreamForTest starts a server as RunForTest does and returns a
// JetStream client connected to it. The connection is drained and closed
// when the test ends, before the server stops.
func JetStreamForTest(t testing.TB) jetstream.JetStream {
	t.Helper()
	s := RunForTest(t)
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = nc.Drain()
		for !nc.IsClosed() {
			time.Sleep(time.Millisecond)
		}
	})
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// StopIgnored wraps the iterators a follower opens so that their Stop does
// nothing, as an ordered consumer's iterator may when Stop runs while it
// replaces its sub-subscription. Wrap is the follower's wrap hook; stopAll
// stops the real iterators, for the test's cleanup after the follower has
// closed.
type StopIgnored struct {
	mu    sync.Mutex
	inner []jetstream.MessagesContext
}

type ignoredStop struct{ jetstream.MessagesContext }

func (ignoredStop) Stop() {}

// Wrap returns it with a Stop that does nothing.
func (s *StopIgnored) Wrap(it jetstream.MessagesContext) jetstream.MessagesContext {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.inner = append(s.inner, it)
	return ignoredStop{it}
}

// StopAll stops the iterators Wrap was given.
func (s *StopIgnored) StopAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, it := range s.inner {
		it.Stop()
	}
}

// ReturnsWithin fails the test unless fn returns within d: for Close
// methods that must not hang.
func ReturnsWithin(t testing.TB, d time.Duration, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s did not return within %s", what, d)
	}
}
