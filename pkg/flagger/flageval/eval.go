package flageval

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/flagger/clickbait"
	"github.com/copydesk/copydesk/pkg/seedgold"
)

// SeedResult is the flag evaluation of one seed article.
type SeedResult struct {
	Name       string
	Title      string
	Flags      []article.Flag
	Risk       float64
	Clickbait  float64 // Signals["clickbait"], -1 without a title
	Missing    []string
	Unexpected []string
}

// EvalSeeds runs the real chain over every seed with a gold file in dir, in
// name order with one shared memory corpus, and compares the flags with the
// gold flags and flags_absent.
func EvalSeeds(ctx context.Context, dir string) ([]SeedResult, error) {
	seeds, err := seedgold.Load(dir)
	if err != nil {
		return nil, fmt.Errorf("eval flags: %w", err)
	}
	chain, err := SeedChain(flagger.NewMemoryCorpus())
	if err != nil {
		return nil, err
	}
	var out []SeedResult
	for _, sd := range seeds {
		g, name := sd.Gold, sd.Name
		a := &article.Article{Schema: article.SchemaVersion, ID: name, Text: sd.Text}
		if err := chain.Run(ctx, a); err != nil {
			return nil, fmt.Errorf("eval flags: %s: %w", name, err)
		}
		r := SeedResult{Name: name, Title: a.Title, Flags: a.Flags, Clickbait: -1}
		if a.Risk != nil {
			r.Risk = *a.Risk
		}
		if p, ok := a.Signals["clickbait"]; ok {
			r.Clickbait = p
		}
		var got []string
		for _, fl := range a.Flags {
			got = append(got, fl.Code)
		}
		for _, want := range g.Flags {
			if !slices.Contains(got, want) {
				r.Missing = append(r.Missing, want)
			}
		}
		for _, absent := range g.FlagsAbsent {
			if slices.Contains(got, absent) {
				r.Unexpected = append(r.Unexpected, absent)
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// EvalCommand is "copydesk eval flags": the seeds' flags against their gold
// labels (real clean -> claims -> flagger chain), the clickbait model's F1 on
// the held-out tenth of the Stop Clickbait set, and its scores on the seeds'
// headlines and on political and tabloid headlines from no training site.
// It returns an error when a gold flag is missed or an absent one raised.
func EvalCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval flags", flag.ContinueOnError)
	fs.SetOutput(stderr)
	datasets := fs.String("datasets", "../shared/datasets", "directory of the development data sets")
	seeds := fs.String("seeds", "seeds", "seeds directory (with gold/)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	results, err := EvalSeeds(ctx, *seeds)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, "== seeds: flags raised (gold check)")
	failed := 0
	for _, r := range results {
		status := "ok"
		if len(r.Missing)+len(r.Unexpected) > 0 {
			status = "FAIL"
			failed++
		}
		fmt.Fprintf(stdout, "%s  %-4s risk=%.3f\n", r.Name, status, r.Risk)
		for _, f := range r.Flags {
			fmt.Fprintf(stdout, "    %-27s %-4s %.2f  %s\n", f.Code, f.Severity, f.Score, f.Explanation)
		}
		if len(r.Missing) > 0 {
			fmt.Fprintf(stdout, "    missing: %s\n", strings.Join(r.Missing, ", "))
		}
		if len(r.Unexpected) > 0 {
			fmt.Fprintf(stdout, "    raised but gold says absent: %s\n", strings.Join(r.Unexpected, ", "))
		}
	}
	fmt.Fprintf(stdout, "seeds: %d passed, %d failed\n", len(results)-failed, failed)

	m, err := clickbait.Default()
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, "\n== clickbait model")
	ex, err := clickbait.LoadDataset(filepath.Join(*datasets, "clickbait"))
	if err != nil {
		fmt.Fprintf(stdout, "held-out tenth: skipped (%v)\n", err)
	} else {
		_, test := clickbait.Split(ex)
		r := m.Evaluate(test, 0.5)
		fmt.Fprintf(stdout, "held-out tenth of Stop Clickbait: n=%d precision=%.4f recall=%.4f F1=%.4f accuracy=%.4f\n", r.N, r.Precision, r.Recall, r.F1, r.Accuracy)
	}
	fmt.Fprintln(stdout, "seed headlines:")
	for _, r := range results {
		if r.Clickbait < 0 {
			fmt.Fprintf(stdout, "  %s  (no title)\n", r.Name)
			continue
		}
		fmt.Fprintf(stdout, "  %s  %.3f  %s\n", r.Name, r.Clickbait, r.Title)
	}
	pol, err := clickbait.PoliticalHeadlines()
	if err != nil {
		return err
	}
	pr := m.Evaluate(pol, 0.5)
	fmt.Fprintf(stdout, "political/tabloid headlines: n=%d precision=%.4f recall=%.4f F1=%.4f accuracy=%.4f\n", pr.N, pr.Precision, pr.Recall, pr.F1, pr.Accuracy)
	for _, e := range pol {
		label := "news     "
		if e.Clickbait {
			label = "clickbait"
		}
		fmt.Fprintf(stdout, "  %s  %.3f  %s\n", label, m.Score(e.Headline).P, e.Headline)
	}
	if failed > 0 {
		return fmt.Errorf("eval flags: %d seed(s) disagree with gold", failed)
	}
	return nil
}
