package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/seedgold"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// analyzeSeeds runs `copydesk analyze --text ../../seeds` and returns the
// records by file name.
func analyzeSeeds(t *testing.T) (map[string]record, []byte) {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := runAnalyze(context.Background(), []string{"--workers", "2", "--text", "../../seeds"}, &out, &errOut); err != nil {
		t.Fatalf("analyze: %v\n%s", err, errOut.String())
	}
	recs := map[string]record{}
	var order []string
	names := map[string]string{} // id -> file, to pin ids in the golden copy
	for _, line := range bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n")) {
		var r record
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatalf("analyze printed a line that is not JSON: %v\n%s", err, line)
		}
		if r.Error != "" {
			t.Errorf("%s: error %q", r.File, r.Error)
		}
		name := filepath.Base(r.File)
		recs[name] = r
		order = append(order, name)
		names[r.ID] = name
	}
	// The golden copy leaves out what changes from run to run: ids become
	// file names, durations zero.
	var norm bytes.Buffer
	for _, name := range order {
		var r record
		b, _ := json.Marshal(recs[name])
		_ = json.Unmarshal(b, &r) // a deep copy
		r.ID = name
		for k, s := range r.Stages {
			s.DurationMS = 0
			r.Stages[k] = s
		}
		if r.Duplicate != nil {
			r.Duplicate.Of = names[r.Duplicate.Of]
		}
		for i := range r.Flags {
			for j, id := range r.Flags[i].Related {
				r.Flags[i].Related[j] = names[id]
			}
		}
		b, _ = json.Marshal(r)
		norm.Write(b)
		norm.WriteByte('\n')
	}
	return recs, norm.Bytes()
}

// TestAnalyzeSeedsGolden pins the whole output of analyze on the seeds: any
// change in any stage shows here. Run with -update after checking the diff.
func TestAnalyzeSeedsGolden(t *testing.T) {
	_, got := analyzeSeeds(t)
	golden := filepath.Join("testdata", "analyze_seeds.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if d := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n")); d != "" {
		t.Errorf("analyze output changed (-golden +got); rerun with -update if intended:\n%s", d)
	}
}

// TestAnalyzeSeedsAgainstGold checks the end-to-end result on every seed
// against its gold labels: every line's label, the metadata, every quote
// with its speaker (all non-hard ones, at least half the hard ones), no
// quote from boilerplate, and the flags raised and not raised.
func TestAnalyzeSeedsAgainstGold(t *testing.T) {
	recs, _ := analyzeSeeds(t)
	seeds, err := seedgold.Load("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	hard, hardOK := 0, 0
	for _, sd := range seeds {
		gold := sd.Gold
		t.Run(gold.File, func(t *testing.T) {
			r, ok := recs[gold.File]
			if !ok {
				t.Fatalf("no record for %s", gold.File)
			}
			// Lines: the label of the block that holds the middle of each line
			// (a block may leave out a dateline at the start of its line).
			lines := strings.Split(r.Text, "\n")
			off := 0
			for i, line := range lines {
				want, labelled := gold.Lines.Label(i + 1)
				if labelled {
					got := article.Label("(none)")
					mid := off + len(line)/2
					for _, bl := range r.Blocks {
						if bl.Start <= mid && mid < bl.End {
							got = bl.Label
						}
					}
					if got != want {
						t.Errorf("line %d %q: label %s, want %s", i+1, clip(line), got, want)
					}
				}
				off += len(line) + 1
			}
			for _, m := range gold.Meta.Fields() {
				got := map[string]string{"title": r.Title, "author": r.Author, "published": r.Published}[m.Name]
				if got != m.Value {
					t.Errorf("meta %s = %q, want %q", m.Name, got, m.Value)
				}
			}
			for _, q := range gold.Quotes {
				found, right := false, false
				for _, x := range r.Quotes {
					if strings.Contains(x.Text, q.Key) {
						found = true
						if x.Speaker != nil && seedgold.SameSpeaker(x.Speaker.Canonical, q.Speaker) {
							right = true
						}
					}
				}
				if q.Hard {
					hard++
					if right {
						hardOK++
					}
					continue
				}
				if !found {
					t.Errorf("quote %q not found", q.Key)
				} else if !right {
					t.Errorf("quote %q: wrong speaker, want %s", q.Key, q.Speaker)
				}
			}
			for _, nq := range gold.NotQuotes {
				for _, x := range r.Quotes {
					if strings.Contains(x.Text, nq) {
						t.Errorf("boilerplate %q extracted as a quote", nq)
					}
				}
			}
			raised := map[string]bool{}
			for _, f := range r.Flags {
				raised[f.Code] = true
			}
			for _, f := range gold.Flags {
				if !raised[f] {
					t.Errorf("flag %s not raised", f)
				}
			}
			for _, f := range gold.FlagsAbsent {
				if raised[f] {
					t.Errorf("flag %s raised, gold says it must not be", f)
				}
			}
		})
	}
	if hardOK*2 < hard {
		t.Errorf("hard quotes: %d of %d right, want at least half", hardOK, hard)
	}
}

func clip(s string) string {
	if len(s) > 50 {
		return s[:50] + "..."
	}
	return s
}

// TestAnalyzeManyInOrder: a batch long enough that reading runs well ahead
// of emitting (batch.Run reads on a goroutine of its own) still gives one
// record per line, in input order, each with its own id and line number.
// It once indexed an empty queue here: the queue between the two sides
// was not locked.
func TestAnalyzeManyInOrder(t *testing.T) {
	seeds, err := readSeeds("../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	const n = 1500
	path := filepath.Join(t.TempDir(), "many.jsonl")
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for i := range n {
		if err := enc.Encode(loadArticle(seeds, "many", i, 1)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, in.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := runAnalyze(context.Background(), []string{"--workers", "4", "--log-level", "error", path}, &out, &errOut); err != nil {
		t.Fatalf("analyze: %v\n%s", err, errOut.String())
	}
	lines := bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n"))
	if len(lines) != n {
		t.Fatalf("%d records for %d lines", len(lines), n)
	}
	for i, line := range lines {
		var r record
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		want := loadArticle(seeds, "many", i, 1).ID
		if r.Line != i+1 || r.ID != want || r.Error != "" {
			t.Fatalf("record %d: line %d, id %q, error %q; want line %d, id %q", i, r.Line, r.ID, r.Error, i+1, want)
		}
	}
}
