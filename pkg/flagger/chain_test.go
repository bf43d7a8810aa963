package flagger_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/flagger/flageval"
)

// TestSeedsChain runs the real chain (clean, claims, flagger) on the seed
// files and checks every gold flag is raised and every absent flag is not.
func TestSeedsChain(t *testing.T) {
	chain, err := flageval.SeedChain(flagger.NewMemoryCorpus())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range seedNames(t) {
		t.Run(name, func(t *testing.T) {
			g, _ := readGold(t, name)
			text, err := os.ReadFile(filepath.Join(seedsDir, g.File))
			if err != nil {
				t.Fatal(err)
			}
			a := &article.Article{Schema: article.SchemaVersion, ID: name, Text: string(text)}
			if err := chain.Run(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			for _, f := range a.Flags {
				t.Logf("%s %s %.2f %s", f.Code, f.Severity, f.Score, f.Explanation)
			}
			checkGold(t, g, a)
			checkOffsets(t, a)
		})
	}
}
