package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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

// goldFile is the part of seeds/gold/*.json this test checks.
type goldFile struct {
	File   string            `json:"file"`
	Meta   map[string]string `json:"meta"`
	Lines  map[string]string `json:"lines"`
	Quotes []struct {
		Key     string `json:"key"`
		Speaker string `json:"speaker"`
		Hard    bool   `json:"hard"`
	} `json:"quotes"`
	NotQuotes   []string `json:"not_quotes"`
	Flags       []string `json:"flags"`
	FlagsAbsent []string `json:"flags_absent"`
}

// TestAnalyzeSeedsAgainstGold checks the end-to-end result on every seed
// against its gold labels: every line's label, the metadata, every quote
// with its speaker (all non-hard ones, at least half the hard ones), no
// quote from boilerplate, and the flags raised and not raised.
func TestAnalyzeSeedsAgainstGold(t *testing.T) {
	recs, _ := analyzeSeeds(t)
	golds, _ := filepath.Glob("../../seeds/gold/*.json")
	if len(golds) == 0 {
		t.Fatal("no gold files")
	}
	hard, hardOK := 0, 0
	for _, g := range golds {
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var gold goldFile
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatal(err)
		}
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
				want, labelled := gold.Lines[strconv.Itoa(i+1)]
				if labelled {
					got := "(none)"
					mid := off + len(line)/2
					for _, bl := range r.Blocks {
						if bl.Start <= mid && mid < bl.End {
							got = string(bl.Label)
						}
					}
					if got != want {
						t.Errorf("line %d %q: label %s, want %s", i+1, clip(line), got, want)
					}
				}
				off += len(line) + 1
			}
			for k, want := range gold.Meta {
				got := map[string]string{"title": r.Title, "author": r.Author, "published": r.Published}[k]
				if got != want {
					t.Errorf("meta %s = %q, want %q", k, got, want)
				}
			}
			for _, q := range gold.Quotes {
				found, right := false, false
				for _, x := range r.Quotes {
					if strings.Contains(x.Text, q.Key) {
						found = true
						if x.Speaker != nil && sameSpeaker(x.Speaker.Canonical, q.Speaker) {
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

// sameSpeaker compares speakers as the seeds README says: a surname match is
// enough for a person, anonymous sources and organisations by description.
func sameSpeaker(got, want string) bool {
	g, w := strings.ToLower(got), strings.ToLower(want)
	if g == w {
		return true
	}
	gf, wf := strings.Fields(g), strings.Fields(w)
	if len(gf) == 0 || len(wf) == 0 {
		return false
	}
	return gf[len(gf)-1] == wf[len(wf)-1]
}

func clip(s string) string {
	if len(s) > 50 {
		return s[:50] + "..."
	}
	return s
}
