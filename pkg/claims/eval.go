package claims

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/claims/checkworthy"
	"github.com/copydesk/copydesk/pkg/seedgold"
)

// Seed is a seed article with its gold labels.
type Seed struct {
	Name    string
	Article *article.Article
	Gold    seedgold.Gold
}

// LoadSeeds reads dir/*.txt with dir/gold/*.json. Blocks are built from the
// gold line labels (an oracle clean stage), so that the claims stage can be
// measured on its own.
func LoadSeeds(dir string) ([]Seed, error) {
	seeds, err := seedgold.Load(dir)
	if err != nil {
		return nil, fmt.Errorf("claims: load seeds: %w", err)
	}
	out := make([]Seed, 0, len(seeds))
	for _, sd := range seeds {
		g := sd.Gold
		a := &article.Article{Schema: article.SchemaVersion, ID: strings.TrimSuffix(g.File, ".txt"), Text: sd.Text,
			Published: g.Meta.Published}
		a.Blocks = seedgold.Blocks(a.Text, g)
		out = append(out, Seed{Name: g.File, Article: a, Gold: g})
	}
	return out, nil
}

// QuoteScore is the evaluation of one seed or of all.
type QuoteScore struct {
	Gold, Found, RightSpeaker int
	KindGold, RightKind       int // found gold quotes that give a kind, and those of that kind
	HardGold, HardFound       int
	HardRight                 int
	Extracted, Extra          int // quotes extracted from the body, and those matching no gold quote
	Headline                  int // quotes extracted from the headline, which the gold does not list
	NotQuoteHits              int
	SourcesGold, SourcesRight int
	Lines                     []string // one line per gold quote and per problem
}

func (q *QuoteScore) add(o QuoteScore) {
	q.Gold += o.Gold
	q.Found += o.Found
	q.RightSpeaker += o.RightSpeaker
	q.KindGold += o.KindGold
	q.RightKind += o.RightKind
	q.HardGold += o.HardGold
	q.HardFound += o.HardFound
	q.HardRight += o.HardRight
	q.Extracted += o.Extracted
	q.Extra += o.Extra
	q.Headline += o.Headline
	q.NotQuoteHits += o.NotQuoteHits
	q.SourcesGold += o.SourcesGold
	q.SourcesRight += o.SourcesRight
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// ScoreSeed compares the quotes of a processed article with its gold.
func ScoreSeed(a *article.Article, g seedgold.Gold) QuoteScore {
	var s QuoteScore
	s.Extracted = len(a.Quotes)
	matched := make([]bool, len(a.Quotes))
	for _, gq := range g.Quotes {
		s.Gold++
		if gq.Hard {
			s.HardGold++
		}
		key := normSpace(gq.Key)
		found, right := false, false
		kind := "" // the kind of the first quote that holds the key
		var got []string
		for i, q := range a.Quotes {
			if !strings.Contains(normSpace(q.Text), key) {
				continue
			}
			if !found {
				kind = q.Kind
			}
			found = true
			matched[i] = true
			name := "<none>"
			if q.Speaker != nil {
				name = fmt.Sprintf("%s [%s, %q]", q.Speaker.Canonical, q.Speaker.Type, q.Speaker.Mention)
			}
			got = append(got, name)
			if seedgold.SpeakerMatches(gq.Speaker, q.Speaker) {
				right = true
			}
		}
		status := "MISS "
		switch {
		case right:
			status = "OK   "
			s.Found++
			s.RightSpeaker++
		case found:
			status = "WRONG"
			s.Found++
		}
		if gq.Hard {
			if found {
				s.HardFound++
			}
			if right {
				s.HardRight++
			}
		}
		hard := ""
		if gq.Hard {
			hard = " (hard)"
		}
		if found && gq.Kind != "" {
			s.KindGold++
			if kind == gq.Kind {
				s.RightKind++
			} else {
				hard += fmt.Sprintf(" (kind %s, got %s)", gq.Kind, kind)
			}
		}
		s.Lines = append(s.Lines, fmt.Sprintf("  %s %q -> want %s%s, got %s", status, trunc(gq.Key, 50), gq.Speaker, hard, strings.Join(got, "; ")))
	}
	// The gold lists the quotes of the body ("attributions that must be
	// extracted from the content"): one from a headline the gold labels so
	// is out of its scope, counted apart.
	headEnd := -1
	if lab, _ := g.Lines.Label(1); lab == article.LabelHeadline {
		headEnd = len(a.Text)
		if i := strings.IndexByte(a.Text, '\n'); i >= 0 {
			headEnd = i
		}
	}
	for i, q := range a.Quotes {
		if !matched[i] && q.Start < headEnd {
			s.Extracted--
			s.Headline++
			sp := "<none>"
			if q.Speaker != nil {
				sp = q.Speaker.Canonical
			}
			s.Lines = append(s.Lines, fmt.Sprintf("  HEADLINE %q by %s", trunc(q.Text, 70), sp))
			continue
		}
		if !matched[i] {
			s.Extra++
			sp := "<none>"
			if q.Speaker != nil {
				sp = q.Speaker.Canonical + " [" + q.Speaker.Type + "]"
			}
			s.Lines = append(s.Lines, fmt.Sprintf("  EXTRA %q by %s", trunc(q.Text, 70), sp))
		}
	}
	for _, nq := range g.NotQuotes {
		for _, q := range a.Quotes {
			if strings.Contains(normSpace(q.Text), normSpace(nq)) {
				s.NotQuoteHits++
				s.Lines = append(s.Lines, fmt.Sprintf("  NOT-QUOTE extracted: %q", nq))
			}
		}
	}
	for _, src := range g.Sources {
		s.SourcesGold++
		ok := false
		for _, q := range a.Quotes {
			if q.Speaker != nil && q.Speaker.Type == src.Type && seedgold.SpeakerMatches(src.Name, q.Speaker) {
				ok = true
			}
		}
		for _, e := range a.Entities {
			if e.Type == src.Type && strings.EqualFold(e.Name, src.Name) {
				ok = true
			}
		}
		if ok {
			s.SourcesRight++
		}
		s.Lines = append(s.Lines, fmt.Sprintf("  source %s (%s): %v", src.Name, src.Type, ok))
	}
	return s
}

func trunc(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// EvalSeeds runs the stage on the seeds and scores the quotes.
func EvalSeeds(ctx context.Context, s *Stage, seeds []Seed) (QuoteScore, []QuoteScore, error) {
	var total QuoteScore
	var per []QuoteScore
	for _, sd := range seeds {
		a := *sd.Article
		if err := s.Process(ctx, &a); err != nil {
			return total, nil, fmt.Errorf("claims: eval %s: %w", sd.Name, err)
		}
		sc := ScoreSeed(&a, sd.Gold)
		per = append(per, sc)
		total.add(sc)
	}
	return total, per, nil
}

// EvalCommand is "copydesk eval claims": it prints, for the seeds, each gold
// quote found with the right speaker, source types, extra quotes, and the
// check-worthiness F1 on the dev set.
func EvalCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval claims", flag.ContinueOnError)
	fs.SetOutput(stderr)
	seedsDir := fs.String("seeds", "seeds", "seed articles with gold/ labels")
	datasets := fs.String("datasets", "../shared/datasets", "data sets directory")
	verbose := fs.Bool("v", true, "print each gold quote and each extra quote")
	if err := fs.Parse(args); err != nil {
		return err
	}
	s, err := New(DefaultConfig(), nil, nil)
	if err != nil {
		return err
	}
	seeds, err := LoadSeeds(*seedsDir)
	if err != nil {
		return err
	}
	total, per, err := EvalSeeds(ctx, s, seeds)
	if err != nil {
		return err
	}
	for i, sc := range per {
		fmt.Fprintf(stdout, "%s: %d/%d quotes with the right speaker (%d found), %d extra\n",
			seeds[i].Name, sc.RightSpeaker, sc.Gold, sc.Found, sc.Extra)
		if *verbose {
			for _, l := range sc.Lines {
				fmt.Fprintln(stdout, l)
			}
		}
	}
	prec := 0.0
	if total.Extracted > 0 {
		prec = float64(total.Extracted-total.Extra) / float64(total.Extracted)
	}
	fmt.Fprintf(stdout, "\nquotes: %d/%d right speaker, %d/%d found; hard: %d/%d right; non-hard: %d/%d right\n",
		total.RightSpeaker, total.Gold, total.Found, total.Gold, total.HardRight, total.HardGold,
		total.RightSpeaker-total.HardRight, total.Gold-total.HardGold)
	fmt.Fprintf(stdout, "extracted: %d, matching a gold quote: %d (precision %.2f); not_quotes extracted: %d; from headlines (not scored): %d\n",
		total.Extracted, total.Extracted-total.Extra, prec, total.NotQuoteHits, total.Headline)
	fmt.Fprintf(stdout, "quotes of the right kind (direct, indirect, mixed): %d/%d\n", total.RightKind, total.KindGold)
	fmt.Fprintf(stdout, "sources with the right type: %d/%d\n", total.SourcesRight, total.SourcesGold)
	dev := filepath.Join(*datasets, "checkworthy", "dev.tsv")
	f, err := os.Open(dev)
	if errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(stdout, "check-worthiness: %s not found, skipped\n", dev)
		return nil
	}
	if err != nil {
		return fmt.Errorf("claims: eval: %w", err)
	}
	defer f.Close()
	ex, err := checkworthy.ReadTSV(f)
	if err != nil {
		return err
	}
	m := *s.model
	m.Threshold = s.thresh
	r := m.Evaluate(ex)
	fmt.Fprintf(stdout, "check-worthiness dev (%d sentences, threshold %.2f): P %.3f R %.3f F1 %.3f\n",
		len(ex), s.thresh, r.Precision, r.Recall, r.F1)
	return nil
}
