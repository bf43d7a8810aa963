package claims

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenQuote is the reviewed shape of one extracted quote.
type goldenQuote struct {
	Text     string  `json:"text"`
	Kind     string  `json:"kind"`
	Cue      string  `json:"cue,omitempty"`
	Speaker  string  `json:"speaker"`
	Mention  string  `json:"mention"`
	Type     string  `json:"type"`
	Via      string  `json:"via,omitempty"`
	Conf     float64 `json:"confidence"`
	EntityID string  `json:"entity_id,omitempty"`
}

type goldenDoc struct {
	Quotes   []goldenQuote `json:"quotes"`
	Claims   []string      `json:"claims"`
	Entities []string      `json:"entities"`
}

// TestGoldenSeeds pins the full claims output on the seeds; review the diff
// and run with -update when a change is intended.
func TestGoldenSeeds(t *testing.T) {
	s := newStage(t)
	for _, sd := range loadSeeds(t) {
		t.Run(sd.Name, func(t *testing.T) {
			a := *sd.Article
			if err := s.Process(context.Background(), &a); err != nil {
				t.Fatal(err)
			}
			doc := goldenDoc{Quotes: []goldenQuote{}, Claims: []string{}, Entities: []string{}}
			for _, q := range a.Quotes {
				g := goldenQuote{Text: q.Text, Kind: q.Kind, Speaker: q.Speaker.Canonical, Mention: q.Speaker.Mention,
					Type: q.Speaker.Type, Via: q.Via, Conf: q.Confidence, EntityID: q.Speaker.EntityID}
				if q.Cue != nil {
					g.Cue = q.Cue.Text
				}
				doc.Quotes = append(doc.Quotes, g)
			}
			for _, c := range a.Claims {
				doc.Claims = append(doc.Claims, c.Text)
			}
			for _, e := range a.Entities {
				doc.Entities = append(doc.Entities, e.ID+" "+e.Type+" "+e.Name+" ["+strings.Join(e.Aliases, "|")+"]")
			}
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", strings.TrimSuffix(sd.Name, ".txt")+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(strings.TrimSpace(string(want)), strings.TrimSpace(string(got))); diff != "" {
				t.Errorf("output changed (-want +got); run with -update if intended:\n%s", diff)
			}
		})
	}
}
