package clean

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/copydesk/copydesk/pkg/article"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

type goldenBlock struct {
	Text   string        `json:"text"`
	Label  article.Label `json:"label"`
	Score  float64       `json:"score"`
	Reason string        `json:"reason"`
	Spam   *float64      `json:"spam,omitempty"`
}

type goldenDoc struct {
	Title     string             `json:"title,omitempty"`
	Author    string             `json:"author,omitempty"`
	Published string             `json:"published,omitempty"`
	Signals   map[string]float64 `json:"signals"`
	Blocks    []goldenBlock      `json:"blocks"`
}

// TestGoldenSeeds pins the full output (blocks with scores and reasons) on
// the seeds; run with -update after an intended change and review the diff.
func TestGoldenSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		t.Skip("seeds not found")
	}
	s := newTestStage(t)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := &article.Article{ID: name, Text: string(text)}
			if err := s.Process(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			doc := goldenDoc{Title: a.Title, Author: a.Author, Published: a.Published, Signals: a.Signals}
			for _, b := range a.Blocks {
				doc.Blocks = append(doc.Blocks, goldenBlock{Text: a.Text[b.Start:b.End], Label: b.Label, Score: b.Score, Reason: b.Reason, Spam: b.Spam})
			}
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if diff := cmp.Diff(strings.TrimSpace(string(want)), string(got)); diff != "" {
				t.Errorf("output changed (-want +got):\n%s", diff)
			}
		})
	}
}
