package flageval

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestLabelledSets runs the whole chain over the hand-labelled sets that
// the claims stage keeps (../../claims/testdata/attribution; see its README)
// and fails when fewer articles get exactly their gold flags (every one in
// flags, none in flags_absent) than when the floors were last set. Raise a
// floor when a change gains; never lower one to make a change pass.
func TestLabelledSets(t *testing.T) {
	for _, tc := range []struct {
		set    string
		passed int // floor
	}{
		{"regional-1", 6}, {"regional-2", 6}, {"regional-3", 6}, {"regional-4", 6}, {"regional-5", 6}, {"regional-6", 6},
		{"junk-1", 5}, {"junk-2", 6}, {"junk-3", 6}, {"junk-4", 4}, {"junk-5", 4}, {"junk-6", 5}, {"junk-7", 5},
		{"junk-8", 4}, {"junk-9", 5}, {"junk-10", 4}, {"junk-11", 6}, {"junk-12", 6}, {"junk-13", 4}, {"junk-14", 5},
		{"junk-15", 5}, {"junk-16", 4}, {"junk-17", 4}, {"junk-18", 4},
	} {
		t.Run(tc.set, func(t *testing.T) {
			results, err := EvalSeeds(context.Background(), filepath.Join("..", "..", "claims", "testdata", "attribution", tc.set))
			if err != nil {
				t.Fatal(err)
			}
			passed := 0
			var wrong []string
			for _, r := range results {
				if len(r.Missing) == 0 && len(r.Unexpected) == 0 {
					passed++
					continue
				}
				wrong = append(wrong, r.Name+": missing "+strings.Join(r.Missing, ",")+"; unexpected "+strings.Join(r.Unexpected, ","))
			}
			t.Logf("%s: %d of %d articles with exactly their gold flags", tc.set, passed, len(results))
			if passed < tc.passed {
				t.Errorf("%d articles right (floor %d)\n%s", passed, tc.passed, strings.Join(wrong, "\n"))
			}
		})
	}
}
