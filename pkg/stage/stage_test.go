package stage_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/stage"
)

func TestIsRetryable(t *testing.T) {
	base := errors.New("x")
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"plain error", base, true},
		{"retryable", stage.Retryable("store: put", base), true},
		{"permanent", stage.Permanent("clean: parse", base), false},
		{"wrapped permanent", fmt.Errorf("outer: %w", stage.Permanent("op", base)), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := stage.IsRetryable(tc.err); got != tc.want {
				t.Errorf("IsRetryable(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
	if got := stage.Permanent("clean: parse", base).Error(); got != "clean: parse: permanent: x" {
		t.Errorf("Error() = %q", got)
	}
	if !errors.Is(stage.Retryable("op", base), base) {
		t.Error("Retryable does not unwrap to its cause")
	}
}

func TestRun(t *testing.T) {
	clock := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	now := func() time.Time { return clock }
	ok := stage.Func{StageName: "ok", StageVersion: "v2", Fn: func(context.Context, *article.Article) error { return nil }}
	panics := stage.Func{StageName: "bad", StageVersion: "v1", Fn: func(context.Context, *article.Article) error { panic("index out of range") }}
	fails := stage.Func{StageName: "fails", StageVersion: "v1", Fn: func(context.Context, *article.Article) error {
		return stage.Retryable("fails", errors.New("later"))
	}}

	a := &article.Article{}
	if err := stage.Run(context.Background(), ok, a, now); err != nil {
		t.Fatal(err)
	}
	if got := a.Stages["ok"]; got.Version != "v2" || !got.At.Equal(clock) {
		t.Errorf("stage run not recorded: %+v", got)
	}

	err := stage.Run(context.Background(), panics, a, now)
	if err == nil || stage.IsRetryable(err) {
		t.Fatalf("panic gave %v, want a permanent error", err)
	}
	if _, ok := a.Stages["bad"]; ok {
		t.Error("a panicking stage was recorded as run")
	}
	if err := stage.Run(context.Background(), fails, a, now); !stage.IsRetryable(err) {
		t.Errorf("retryable error lost: %v", err)
	}
}

type closingStage struct {
	stage.Func
	closed int
	err    error
}

func (c *closingStage) Close(context.Context) error { c.closed++; return c.err }

func TestClose(t *testing.T) {
	plain := stage.Func{StageName: "plain", StageVersion: "1"}
	if err := stage.Close(context.Background(), plain); err != nil {
		t.Errorf("Close of a stage without Close = %v", err)
	}
	boom := errors.New("boom")
	c := &closingStage{Func: plain, err: boom}
	if err := stage.Close(context.Background(), c); !errors.Is(err, boom) || c.closed != 1 {
		t.Errorf("Close = %v after %d calls, want %v after 1", err, c.closed, boom)
	}
}
