package clean

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestLabelledSets scores the line labels and metadata of the hand-labelled
// sets that the claims stage keeps (../claims/testdata/attribution; see its
// README) and fails when fewer lines are labelled right, or more metadata
// fields wrong, than when the floors were last set. Raise a floor when a
// change gains; never lower one to make a change pass.
func TestLabelledSets(t *testing.T) {
	s := newTestStage(t)
	for _, tc := range []struct {
		set   string
		lines int // floor of lines labelled right
		meta  int // ceiling of wrong metadata fields
	}{
		{"regional-1", 142, 0},
		{"regional-2", 132, 0},
		{"regional-3", 127, 0},
		{"regional-4", 136, 0},
		{"regional-5", 127, 0},
		{"regional-6", 119, 0},
		{"junk-1", 183, 0},
		{"junk-2", 144, 0},
		{"junk-3", 166, 0},
		{"junk-4", 202, 0},
		{"junk-5", 165, 1},
		{"junk-6", 198, 1},
		{"junk-7", 166, 0},
		{"junk-8", 168, 0},
		{"junk-9", 164, 0},
		{"junk-10", 190, 1},
		{"junk-11", 203, 1},
		{"junk-12", 153, 2},
		{"junk-13", 195, 0},
		{"junk-14", 162, 1},
		{"junk-15", 176, 4},
		{"junk-16", 163, 0},
		{"junk-17", 201, 2},
		{"junk-18", 184, 3},
	} {
		t.Run(tc.set, func(t *testing.T) {
			rep, err := EvalSeeds(context.Background(), s, filepath.Join("..", "claims", "testdata", "attribution", tc.set))
			if err != nil {
				t.Fatal(err)
			}
			var misses []string
			meta := 0
			for _, m := range rep.Misses {
				if m.Line == 0 {
					meta++
				}
				misses = append(misses, m.File+" "+m.Field+": want "+m.Want+", got "+m.Got+": "+m.Text)
			}
			t.Logf("%s: %d/%d lines right, %d metadata fields wrong", tc.set, rep.Correct, rep.Lines, meta)
			if rep.Correct < tc.lines || meta > tc.meta {
				t.Errorf("%d lines right (floor %d), %d metadata fields wrong (ceiling %d)\n%s",
					rep.Correct, tc.lines, meta, tc.meta, strings.Join(misses, "\n"))
			}
		})
	}
}
