package batch_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.uber.org/goleak"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/batch"
	"github.com/copydesk/copydesk/pkg/stage"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// source yields n articles with ids 0..n-1, and a read error at bad.
func source(n, bad int) func() (batch.Item, bool) {
	i := 0
	return func() (batch.Item, bool) {
		if i >= n {
			return batch.Item{}, false
		}
		id := strconv.Itoa(i)
		i++
		if i-1 == bad {
			return batch.Item{Err: errors.New("unreadable"), Label: id}, true
		}
		return batch.Item{Article: &article.Article{ID: id, Text: id}, Label: id}, true
	}
}

func TestRunKeepsOrderAndReportsErrors(t *testing.T) {
	// The stage sleeps longer for earlier articles, so workers finish out of order.
	slow := stage.Func{StageName: "slow", StageVersion: "1", Fn: func(ctx context.Context, a *article.Article) error {
		n, _ := strconv.Atoi(a.ID)
		time.Sleep(time.Duration(50-n) * 100 * time.Microsecond)
		switch n {
		case 7:
			return stage.Permanent("slow", errors.New("boom"))
		case 9:
			panic("bad article")
		}
		a.Title = "t" + a.ID
		return nil
	}}
	tests := []struct {
		name    string
		workers int
	}{
		{"one worker", 1},
		{"four workers", 4},
		{"default", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			err := batch.Run(context.Background(), batch.Config{Workers: tc.workers}, []stage.Stage{slow}, source(50, 3),
				func(it batch.Item) error {
					s := it.Label
					if it.Err != nil {
						s += " error"
					} else if it.Article.Title != "t"+it.Label || it.Article.Stages["slow"].Version != "1" {
						s += " unprocessed"
					}
					got = append(got, s)
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for i := 0; i < 50; i++ {
				s := strconv.Itoa(i)
				if i == 3 || i == 7 || i == 9 {
					s += " error"
				}
				want = append(want, s)
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("emitted (-want +got):\n%s", d)
			}
		})
	}
}

func TestRunStopsOnEmitError(t *testing.T) {
	noop := stage.Func{StageName: "noop", StageVersion: "1", Fn: func(context.Context, *article.Article) error { return nil }}
	n := 0
	err := batch.Run(context.Background(), batch.Config{Workers: 2}, []stage.Stage{noop}, source(1000, -1), func(batch.Item) error {
		n++
		if n == 5 {
			return fmt.Errorf("disk full")
		}
		return nil
	})
	if err == nil || err.Error() != "disk full" {
		t.Fatalf("Run error = %v, want disk full", err)
	}
	if n != 5 {
		t.Errorf("emitted %d, want 5", n)
	}
}

func TestProcessNamesStage(t *testing.T) {
	bad := stage.Func{StageName: "claims", StageVersion: "1", Fn: func(context.Context, *article.Article) error {
		return errors.New("no")
	}}
	err := batch.Process(context.Background(), []stage.Stage{bad}, &article.Article{})
	if err == nil || err.Error() != "claims: no" {
		t.Fatalf("Process error = %v", err)
	}
}
