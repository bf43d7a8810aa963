package docref

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/goleak"

	"github.com/copydesk/copydesk/pkg/natsembed"
)

// TestMain checks for leaked goroutines. nats.go v1.55.0's object store Put
// starts its publisher's reconnect watcher and, deferred, removes the
// watcher's channel; when the removal runs before the watcher first reads the
// channel field (a busy machine), the watcher waits on a nil channel for
// good. That goroutine is the library's, not ours: see docs/operations.md.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, goleak.IgnoreTopFunction("github.com/nats-io/nats.go/jetstream.(*jetStream).resetPendingAcksOnReconnect"))
}

func connect(t *testing.T) (*nats.Conn, jetstream.JetStream) {
	t.Helper()
	srv := natsembed.RunForTest(t)
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return nc, js
}

func TestInline(t *testing.T) {
	nc, _ := connect(t)
	limit := int(nc.MaxPayload()) // 4 MiB, natsembed's default
	tests := []struct {
		name string
		nc   *nats.Conn
		n    int
		want bool
	}{
		{"small", nc, 1 << 10, true},
		{"just under the room for headers", nc, limit - HeaderRoom, true},
		{"into the room for headers", nc, limit - HeaderRoom + 1, false},
		{"over the limit", nc, limit + 1, false},
		{"no connection", nil, 1 << 30, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Inline(tt.nc, tt.n); got != tt.want {
				t.Errorf("Inline(%d) = %v, want %v (limit %d)", tt.n, got, tt.want, limit)
			}
		})
	}
}

func TestAttachAndBody(t *testing.T) {
	_, js := connect(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s := New(js, time.Hour) // creates the bucket on first use

	t.Run("inline body passes through", func(t *testing.T) {
		got, err := s.Body(ctx, nats.Header{}, []byte(`{"id":"A"}`))
		if err != nil || string(got) != `{"id":"A"}` {
			t.Errorf("Body = %q, %v", got, err)
		}
	})
	t.Run("attached body comes back whole", func(t *testing.T) {
		data := bytes.Repeat([]byte(`{"text":"a line"},`), 500000) // 9 MB, several chunks
		m := nats.NewMsg("copydesk.articles.cleaned")
		m.Data = data
		if err := s.Attach(ctx, m, "A.clean.1", "A", data); err != nil {
			t.Fatal(err)
		}
		if len(m.Data) != 0 || m.Header.Get(HeaderRef) != "A.clean.1" || m.Header.Get(HeaderArticleID) != "A" {
			t.Fatalf("message after Attach: body %d bytes, headers %v", len(m.Data), m.Header)
		}
		got, err := s.Body(ctx, m.Header, m.Data)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("Body returned %d bytes, want the %d attached", len(got), len(data))
		}
		// A redelivered stage attaches again under the same name.
		if err := s.Attach(ctx, nats.NewMsg("x"), "A.clean.1", "A", data[:100]); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Body(ctx, m.Header, nil); err != nil || !bytes.Equal(got, data[:100]) {
			t.Errorf("after a second Attach: %d bytes, %v", len(got), err)
		}
	})
	t.Run("missing object is gone", func(t *testing.T) {
		h := nats.Header{}
		h.Set(HeaderRef, "nothing.here.1")
		if _, err := s.Body(ctx, h, nil); !errors.Is(err, ErrGone) {
			t.Errorf("Body of a missing object: %v, want ErrGone", err)
		}
	})
}
