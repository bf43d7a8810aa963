package clean

import (
	"context"
	"math"
	"os"
	"strings"
	"testing"
)

// TestEvalExtraction scores the extraction data sets; it is slow, so it runs
// only with COPYDESK_EVAL=1.
func TestEvalExtraction(t *testing.T) {
	if os.Getenv("COPYDESK_EVAL") != "1" {
		t.Skip("set COPYDESK_EVAL=1 to score the extraction data sets")
	}
	dir := "../../../shared/datasets/extraction"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("data sets not found")
	}
	for _, set := range []string{"fundus", "trafilatura-eval"} {
		t.Run(set, func(t *testing.T) {
			rep, err := EvalExtraction(context.Background(), dir, set, ExtractionOptions{Memory: true})
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			rep.Print(&b)
			t.Log("\n" + b.String())
			if rep.HTML.F1 < rep.Trafilatura.F1-0.005 {
				t.Errorf("HTML path F1 %.3f below go-trafilatura alone %.3f", rep.HTML.F1, rep.Trafilatura.F1)
			}
			if set == "fundus" && rep.Flattened.F1 < 0.92 {
				t.Errorf("flattened-text F1 %.3f below the 0.92 floor", rep.Flattened.F1)
			}
			if rep.Flattened.F1 <= rep.KeepAll.F1 {
				t.Errorf("flattened-text F1 %.3f not above keeping everything %.3f", rep.Flattened.F1, rep.KeepAll.F1)
			}
		})
	}
}

func TestShingleScore(t *testing.T) {
	ref := []string{
		"One two three four five.",
		"[Six seven eight nine ten.]",
		"Eleven twelve thirteen fourteen fifteen.",
	}
	tests := []struct {
		name string
		out  string
		p, r float64
	}{
		{"the required paragraphs, one block each", "One two three four five.\n\nEleven twelve thirteen fourteen fifteen.", 1, 1},
		{"with the optional paragraph", "One two three four five.\n\nSix seven eight nine ten.\n\nEleven twelve thirteen fourteen fifteen.", 1, 1},
		{"one paragraph", "One two three four five.", 1, 0.5},
		{"without the optional paragraph, in one block", "One two three four five. Eleven twelve thirteen fourteen fifteen.", 1, 1},
		{"a line of boilerplate after it", "One two three four five.\n\nShare this story on social media", 0.25, 0.5},
		{"nothing", "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := shingleScore([]page{{ref: ref}}, []string{tt.out})
			if math.Abs(s.P-tt.p) > 1e-9 || math.Abs(s.R-tt.r) > 1e-9 {
				t.Errorf("P %.4f R %.4f, want P %.4f R %.4f", s.P, s.R, tt.p, tt.r)
			}
		})
	}
}
