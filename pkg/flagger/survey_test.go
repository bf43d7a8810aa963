package flagger_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/claims"
	"github.com/copydesk/copydesk/pkg/flagger"
)

// TestSurveyFundus runs claims and the flagger over the bodies of the fundus
// set (80 articles from 16 established publishers) and reports how often
// each flag fires: on professional copy most flags should be rare. Gated by
// COPYDESK_EVAL=1.
func TestSurveyFundus(t *testing.T) {
	if os.Getenv("COPYDESK_EVAL") == "" {
		t.Skip("set COPYDESK_EVAL=1")
	}
	b, err := os.ReadFile(filepath.Join(datasets, "extraction", "fundus", "ground_truth.json"))
	if err != nil {
		t.Skip(err)
	}
	var gt map[string]struct {
		Body []string `json:"body"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	cm, err := claims.New(claims.DefaultConfig(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	st := newStage(t, flagger.NewMemoryCorpus())
	counts := map[string]int{}
	var names []string
	for name := range gt {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		var paras []string
		for _, p := range gt[name].Body {
			if !strings.HasPrefix(p, "[") {
				paras = append(paras, p)
			}
		}
		a := para("", paras...)
		a.ID = name
		a.Source = strings.SplitN(name, "_", 2)[0]
		a.Author = "staff"
		if err := cm.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		if err := st.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, f := range a.Flags {
			counts[f.Code]++
			ev := ""
			if len(f.Evidence) > 0 {
				ev = f.Evidence[0].Text
			}
			t.Logf("%-22s %-27s %-4s %.2f %q", name, f.Code, f.Severity, f.Score, ev)
			if f.Code == "language_quality" {
				t.Logf("    %s", f.Explanation)
			}
		}
	}
	t.Logf("flag counts over %d articles: %v", len(names), counts)
}
