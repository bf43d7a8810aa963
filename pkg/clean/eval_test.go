package clean

import (
	"context"
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
			if set == "fundus" && rep.Flattened.F1 < 0.90 {
				t.Errorf("flattened-text F1 %.3f below the 0.90 target", rep.Flattened.F1)
			}
			if rep.Flattened.F1 <= rep.KeepAll.F1 {
				t.Errorf("flattened-text F1 %.3f not above keeping everything %.3f", rep.Flattened.F1, rep.KeepAll.F1)
			}
		})
	}
}
