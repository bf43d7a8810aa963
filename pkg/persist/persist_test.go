package persist

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/stage"
)

type fakeStore struct {
	err  error
	puts []article.Article
}

func (f *fakeStore) PutArticle(ctx context.Context, a *article.Article) error {
	if f.err != nil {
		return f.err
	}
	f.puts = append(f.puts, *a)
	return nil
}

func TestProcess(t *testing.T) {
	permanent := stage.Permanent("flagger: score", errors.New("bad"))
	tests := []struct {
		name          string
		innerErr      error
		storeErr      error
		wantPuts      int
		wantRetryable bool
		wantErr       bool
	}{
		{name: "stored after inner", wantPuts: 1},
		{name: "inner error passes through unstored", innerErr: permanent, wantErr: true},
		{name: "store error is retryable", storeErr: errors.New("database is locked"), wantErr: true, wantRetryable: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inner := stage.Func{StageName: "flagger", StageVersion: "7", Fn: func(ctx context.Context, a *article.Article) error {
				a.SetSignal("clickbait", 0.5)
				return tt.innerErr
			}}
			st := &fakeStore{err: tt.storeErr}
			s, err := New(inner, st)
			if err != nil {
				t.Fatal(err)
			}
			clock := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
			s.Now = func() time.Time { return clock }
			if s.Name() != "flagger" || s.Version() != "7" {
				t.Errorf("name/version %s/%s, want the inner stage's", s.Name(), s.Version())
			}
			a := &article.Article{ID: "A1"}
			err = s.Process(context.Background(), a)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want error=%v", err, tt.wantErr)
			}
			if tt.wantErr {
				if got := stage.IsRetryable(err); got != tt.wantRetryable {
					t.Errorf("IsRetryable = %v, want %v", got, tt.wantRetryable)
				}
				if tt.innerErr != nil && !errors.Is(err, tt.innerErr) {
					t.Errorf("inner error not passed through: %v", err)
				}
			}
			if len(st.puts) != tt.wantPuts {
				t.Fatalf("%d puts, want %d", len(st.puts), tt.wantPuts)
			}
			if tt.wantPuts == 1 {
				got := st.puts[0]
				if got.Stages["flagger"].Version != "7" || !got.Stages["flagger"].At.Equal(clock) {
					t.Errorf("stored stages %v: want the flagger run recorded", got.Stages)
				}
				if got.Signals["clickbait"] != 0.5 {
					t.Errorf("stored article lacks the inner stage's work")
				}
			}
		})
	}
}

func TestNewRejectsNil(t *testing.T) {
	if _, err := New(nil, &fakeStore{}); err == nil {
		t.Error("nil stage accepted")
	}
	if _, err := New(stage.Func{StageName: "x"}, nil); err == nil {
		t.Error("nil store accepted")
	}
}

type closer struct {
	stage.Func
	closed int
}

func (c *closer) Close(context.Context) error { c.closed++; return nil }

// TestCloseForwards: the decorator closes the stage it wraps.
func TestCloseForwards(t *testing.T) {
	inner := &closer{Func: stage.Func{StageName: "flagger", StageVersion: "1"}}
	s, err := New(inner, &fakeStore{})
	if err != nil {
		t.Fatal(err)
	}
	if err := stage.Close(context.Background(), s); err != nil || inner.closed != 1 {
		t.Fatalf("Close = %v, inner closed %d times", err, inner.closed)
	}
}

// hookStore calls put on each PutArticle.
type hookStore struct{ put func() error }

func (h hookStore) PutArticle(ctx context.Context, a *article.Article) error { return h.put() }

// TestPendingWork: work the inner stage leaves running (stage.Go) runs
// while the article is stored, and Process returns only once it is done,
// with its error when the store write succeeded.
func TestPendingWork(t *testing.T) {
	workErr := stage.Retryable("flagger: put claim prints", errors.New("publish timed out"))
	permanent := stage.Permanent("flagger: score", errors.New("bad"))
	tests := []struct {
		name          string
		innerErr      error
		workErr       error
		storeErr      error
		wantErr       error // matched with errors.Is; nil: success
		wantRetryable bool
	}{
		{name: "both succeed"},
		{name: "work fails after the store write", workErr: workErr, wantErr: workErr, wantRetryable: true},
		{name: "store error comes first", workErr: workErr, storeErr: errors.New("disk full"), wantRetryable: true},
		{name: "inner error waits for the work", innerErr: permanent, workErr: workErr, wantErr: permanent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			started, stored := make(chan struct{}), make(chan struct{})
			var workDone bool
			inner := stage.Func{StageName: "flagger", StageVersion: "7", Fn: func(ctx context.Context, a *article.Article) error {
				if err := stage.Go(ctx, "test: work", func() error {
					close(started)
					if tt.innerErr == nil {
						<-stored // finishes only once the store write has begun: they overlap
					}
					workDone = true
					return tt.workErr
				}); err != nil {
					t.Errorf("stage.Go under persist returned %v", err)
				}
				<-started
				return tt.innerErr
			}}
			st := hookStore{put: func() error { close(stored); return tt.storeErr }}
			s, err := New(inner, st)
			if err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- s.Process(context.Background(), &article.Article{ID: "A1"}) }()
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Process did not return: the work and the store write did not overlap")
			}
			if !workDone {
				t.Error("Process returned before the work finished")
			}
			switch {
			case tt.wantErr == nil && tt.storeErr == nil:
				if err != nil {
					t.Fatalf("error %v, want none", err)
				}
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			case tt.storeErr != nil && !errors.Is(err, tt.storeErr):
				t.Fatalf("error %v, want the store's %v", err, tt.storeErr)
			}
			if err != nil && stage.IsRetryable(err) != tt.wantRetryable {
				t.Errorf("IsRetryable(%v) = %v, want %v", err, stage.IsRetryable(err), tt.wantRetryable)
			}
		})
	}
}
