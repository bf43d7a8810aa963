package clean

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/seedgold"
)

// SeedMiss is one wrong answer on a seed.
type SeedMiss struct {
	File      string
	Line      int    // 0 for a metadata field
	Field     string // "label", "title", "author", "published"
	Want, Got string
	Text      string
}

// SeedReport is the per-line accuracy and confusion matrix on the seeds.
type SeedReport struct {
	Lines, Correct int
	// Confusion[gold][predicted] counts lines.
	Confusion map[article.Label]map[article.Label]int
	MetaTotal int
	Misses    []SeedMiss
}

// Accuracy is the share of lines labelled right.
func (r SeedReport) Accuracy() float64 {
	if r.Lines == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Lines)
}

// EvalSeeds cleans every seed in dir (dir/*.txt with gold in dir/gold) with a
// fresh article each and compares lines and metadata with the gold labels.
func EvalSeeds(ctx context.Context, s *Stage, dir string) (SeedReport, error) {
	rep := SeedReport{Confusion: map[article.Label]map[article.Label]int{}}
	seeds, err := seedgold.Load(dir)
	if err != nil {
		return rep, fmt.Errorf("clean: eval seeds: %w", err)
	}
	for _, sd := range seeds {
		gold := sd.Gold
		a := &article.Article{Schema: article.SchemaVersion, ID: strings.TrimSuffix(gold.File, ".txt"), Text: sd.Text}
		if err := s.Process(ctx, a); err != nil {
			return rep, fmt.Errorf("clean: eval seeds: %s: %w", gold.File, err)
		}
		if err := rep.add(a, gold); err != nil {
			return rep, fmt.Errorf("clean: eval seeds: %s: %w", sd.Name, err)
		}
	}
	return rep, nil
}

// add scores one cleaned seed against its gold labels.
func (rep *SeedReport) add(a *article.Article, gold seedgold.Gold) error {
	if rep.Confusion == nil {
		rep.Confusion = map[article.Label]map[article.Label]int{}
	}
	starts := lineStarts(a.Text)
	nums, err := gold.Lines.Numbers()
	if err != nil {
		return err
	}
	if len(nums) > 0 && nums[len(nums)-1] > len(starts) {
		return fmt.Errorf("bad line %q", strconv.Itoa(nums[len(nums)-1]))
	}
	for _, n := range nums {
		want, _ := gold.Lines.Label(n)
		got := labelAt(a, starts[n-1])
		rep.Lines++
		if rep.Confusion[want] == nil {
			rep.Confusion[want] = map[article.Label]int{}
		}
		rep.Confusion[want][got]++
		if want == got {
			rep.Correct++
			continue
		}
		end := len(a.Text)
		if n < len(starts) {
			end = starts[n]
		}
		rep.Misses = append(rep.Misses, SeedMiss{File: gold.File, Line: n, Field: "label", Want: string(want), Got: string(got),
			Text: strings.TrimSpace(a.Text[starts[n-1]:end])})
	}
	for _, f := range gold.Meta.Fields() {
		rep.MetaTotal++
		got := map[string]string{"title": a.Title, "author": a.Author, "published": a.Published}[f.Name]
		if got != f.Value && !(f.Name == "published" && got == isoDay(f.Value)) {
			rep.Misses = append(rep.Misses, SeedMiss{File: gold.File, Field: f.Name, Want: f.Value, Got: got})
		}
	}
	return nil
}

func lineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// labelAt returns the label of the block that covers the line starting at
// off (the first block that starts on that line).
func labelAt(a *article.Article, off int) article.Label {
	end := strings.IndexByte(a.Text[off:], '\n')
	if end < 0 {
		end = len(a.Text)
	} else {
		end += off
	}
	for _, b := range a.Blocks {
		if b.End > off && b.Start < end {
			return b.Label
		}
	}
	return "none"
}

// Print writes the report: accuracy, the confusion matrix and the misses.
func (r SeedReport) Print(w interface{ Write([]byte) (int, error) }) {
	fmt.Fprintf(w, "seeds: %d/%d lines right (%.1f%%), %d metadata fields checked\n", r.Correct, r.Lines, 100*r.Accuracy(), r.MetaTotal)
	labels := slices.Clone(article.Labels)
	labels = append(labels, "none")
	fmt.Fprintf(w, "%-14s", "gold\\pred")
	short := func(l article.Label) string {
		s := string(l)
		if len(s) > 7 {
			s = s[:7]
		}
		return s
	}
	for _, p := range labels {
		fmt.Fprintf(w, " %7s", short(p))
	}
	fmt.Fprintln(w)
	for _, g := range labels {
		row, ok := r.Confusion[g]
		if !ok {
			continue
		}
		fmt.Fprintf(w, "%-14s", g)
		for _, p := range labels {
			fmt.Fprintf(w, " %7d", row[p])
		}
		fmt.Fprintln(w)
	}
	for _, m := range r.Misses {
		if m.Field == "label" {
			fmt.Fprintf(w, "MISS %s:%d want %s got %s: %q\n", m.File, m.Line, m.Want, m.Got, m.Text)
		} else {
			fmt.Fprintf(w, "MISS %s %s want %q got %q\n", m.File, m.Field, m.Want, m.Got)
		}
	}
}

// goldDayLayouts are the ways a gold label writes a publication day that
// the cleaner gives as YYYY-MM-DD ("Oct. 9, 2025", "14 May 2025").
var goldDayLayouts = []string{"Jan 2, 2006", "Jan. 2, 2006", "January 2, 2006", "2 Jan 2006", "2 January 2006",
	"Monday 2 January 2006", "Monday, 2 January 2006", "Monday, January 2, 2006", "Mon 2 Jan 2006"}

// isoDay returns a gold label's day as YYYY-MM-DD, or "" when it is written
// in none of goldDayLayouts.
func isoDay(s string) string {
	for _, l := range goldDayLayouts {
		if d, err := time.Parse(l, s); err == nil {
			return d.Format("2006-01-02")
		}
	}
	return ""
}
