package stage

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestGo(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name          string
		pending       bool
		fn            func() error
		wantErr       bool
		wantRetryable bool
	}{
		{name: "inline success", fn: func() error { return nil }},
		{name: "inline error", fn: func() error { return Retryable("op", boom) }, wantErr: true, wantRetryable: true},
		{name: "inline panic", fn: func() error { panic("bad") }, wantErr: true},
		{name: "pending success", pending: true, fn: func() error { return nil }},
		{name: "pending error", pending: true, fn: func() error { return Retryable("op", boom) }, wantErr: true, wantRetryable: true},
		{name: "pending panic", pending: true, fn: func() error { panic("bad") }, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			var p *Pending
			if tt.pending {
				ctx, p = WithPending(ctx)
			}
			err := Go(ctx, "test: work", tt.fn)
			if tt.pending {
				if err != nil {
					t.Fatalf("Go with a Pending returned %v, want nil (Wait reports)", err)
				}
				err = p.Wait()
				if again := p.Wait(); (again == nil) != (err == nil) {
					t.Errorf("second Wait = %v, first %v", again, err)
				}
			}
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want error=%v", err, tt.wantErr)
			}
			if err != nil && IsRetryable(err) != tt.wantRetryable {
				t.Errorf("IsRetryable(%v) = %v, want %v", err, IsRetryable(err), tt.wantRetryable)
			}
		})
	}
}

// TestPendingOverlaps: with a Pending, Go returns before fn finishes, and
// Wait waits for every fn and reports each error.
func TestPendingOverlaps(t *testing.T) {
	ctx, p := WithPending(context.Background())
	release := make(chan struct{})
	e1, e2 := errors.New("one"), errors.New("two")
	for _, e := range []error{e1, nil, e2} {
		_ = Go(ctx, "test", func() error {
			<-release
			return e
		})
	}
	done := make(chan error, 1)
	go func() { done <- p.Wait() }()
	select {
	case err := <-done:
		t.Fatalf("Wait returned %v before the work finished", err)
	case <-time.After(20 * time.Millisecond):
	}
	close(release)
	err := <-done
	if !errors.Is(err, e1) || !errors.Is(err, e2) {
		t.Errorf("Wait = %v, want both errors", err)
	}
	var nilP *Pending
	if err := nilP.Wait(); err != nil {
		t.Errorf("nil Pending Wait = %v", err)
	}
}
