package clean

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/clean/memory"
)

// TestConcurrentProcess runs one Stage from many goroutines (as the runner
// does) and checks that every result equals the sequential one.
func TestConcurrentProcess(t *testing.T) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		t.Skip("seeds not found")
	}
	mem, _ := memory.NewInMemory(memory.DefaultConfig())
	s, err := New(DefaultConfig(), Deps{Memory: mem}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ref := newTestStage(t)
	var texts []string
	var want [][]article.Block
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := &article.Article{ID: f, Text: string(b)}
		if err := ref.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
		want = append(want, a.Blocks)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				k := (g + i) % len(texts)
				// distinct sources, so that memory never applies
				a := &article.Article{ID: "x", Source: string(rune('a' + g*20 + i)), Text: texts[k]}
				if err := s.Process(context.Background(), a); err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want[k], a.Blocks); diff != "" {
					t.Errorf("concurrent result differs:\n%s", diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}
