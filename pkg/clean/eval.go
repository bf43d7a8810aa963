package clean

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/clean/classify"
	"github.com/copydesk/copydesk/pkg/clean/htmltext"
	"github.com/copydesk/copydesk/pkg/clean/memory"
)

// EvalCommand is "copydesk eval clean": per-line accuracy and confusion
// matrix on the seeds, and main-text F1 on the extraction data sets for the
// HTML path, the flattened-text path and go-trafilatura alone.
func EvalCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval clean", flag.ContinueOnError)
	fs.SetOutput(stderr)
	seeds := fs.String("seeds", "seeds", "seed directory (with gold/)")
	datasets := fs.String("datasets", "../shared/datasets", "data set directory")
	sets := fs.String("sets", "fundus,trafilatura-eval", "extraction sets to score (empty: seeds only)")
	noMemory := fs.Bool("no-memory", false, "score without per-source template memory")
	limit := fs.Int("limit", 0, "score at most this many pages per set (0: all)")
	dump := fs.String("dump", "", "write each page's labelled blocks under this directory (SET/MODE/PAGE.txt)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	s, err := New(DefaultConfig(), Deps{}, nil, nil)
	if err != nil {
		return err
	}
	rep, err := EvalSeeds(ctx, s, *seeds)
	if err != nil {
		return err
	}
	rep.Print(stdout)
	for _, set := range strings.Split(*sets, ",") {
		set = strings.TrimSpace(set)
		if set == "" {
			continue
		}
		r, err := EvalExtraction(ctx, filepath.Join(*datasets, "extraction"), set, ExtractionOptions{Memory: !*noMemory, Limit: *limit, Dump: *dump})
		if err != nil {
			return err
		}
		r.Print(stdout)
	}
	return nil
}

// ArticleText joins the content and heading blocks: the article's own text
// without its headline, which is what the extraction references hold
// (sub-headings included). MainText, what later stages read, has the
// content blocks only.
func ArticleText(text string, blocks []article.Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		if bl.Label != article.LabelContent && bl.Label != article.LabelHeading {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(text[bl.Start:bl.End])
	}
	return b.String()
}

// ExtractionOptions tune EvalExtraction.
type ExtractionOptions struct {
	// Memory gives the stage per-source template memory learned, for each
	// page, from the other pages of the same source (leave-one-out: the
	// page's own lines and all ground truth stay out of it).
	Memory bool
	Limit  int
	// Dump, when set, is a directory to write each page's blocks to, one
	// "label<TAB>text" line a block, as SET/MODE/PAGE.txt.
	Dump string
}

// Score is precision, recall and F1 of one system on one set.
type Score struct {
	P, R, F1 float64
	Pages    int
}

// ExtractionReport holds the scores of the three systems on one set.
type ExtractionReport struct {
	Set, Metric                  string
	HTML, Flattened, Trafilatura Score
	KeepAll                      Score // flattened text kept whole
	FlattenedNoMemory            Score // flattened text, memory off (when Memory)
	Memory                       bool
	FailedExtractions            int
}

// Print writes the report.
func (r ExtractionReport) Print(w io.Writer) {
	fmt.Fprintf(w, "%s (%s metric, %d pages, memory=%v):\n", r.Set, r.Metric, r.HTML.Pages, r.Memory)
	for _, row := range []struct {
		name string
		s    Score
	}{{"go-trafilatura alone", r.Trafilatura}, {"clean, HTML path", r.HTML}, {"clean, flattened text", r.Flattened},
		{"  ... without memory", r.FlattenedNoMemory}, {"flattened, keep all", r.KeepAll}} {
		if row.s.Pages == 0 {
			continue
		}
		fmt.Fprintf(w, "  %-24s P %.3f  R %.3f  F1 %.3f\n", row.name, row.s.P, row.s.R, row.s.F1)
	}
	if r.FailedExtractions > 0 {
		fmt.Fprintf(w, "  go-trafilatura found no content on %d pages\n", r.FailedExtractions)
	}
}

type page struct {
	name, source string
	raw          []byte
	extracted    htmltext.Result
	extractErr   error
	flat         string
	ref          []string // fundus: paragraphs
	with, wo     []string // trafilatura-eval: snippets
}

// EvalExtraction scores set ("fundus" or "trafilatura-eval") under dir.
func EvalExtraction(ctx context.Context, dir, set string, o ExtractionOptions) (ExtractionReport, error) {
	rep := ExtractionReport{Set: set, Memory: o.Memory}
	pages, err := loadPages(filepath.Join(dir, set), set, o.Limit)
	if err != nil {
		return rep, err
	}
	cfg := DefaultConfig()
	for i := range pages {
		p := &pages[i]
		p.extracted, p.extractErr = htmltext.Extract(p.raw, htmltext.Options{MaxDepth: cfg.MaxHTMLDepth})
		if p.extractErr != nil {
			rep.FailedExtractions++
		}
		p.flat, err = htmltext.Flatten(p.raw, cfg.MaxHTMLDepth)
		if err != nil {
			return rep, fmt.Errorf("clean: eval %s: flatten %s: %w", set, p.name, err)
		}
	}
	bySource := map[string][]int{}
	for i, p := range pages {
		bySource[p.source] = append(bySource[p.source], i)
	}
	outs := map[string][]string{}
	for _, k := range []string{"html", "flat", "flat-nomem", "traf", "all"} {
		outs[k] = make([]string, len(pages))
	}
	for i := range pages {
		p := &pages[i]
		outs["traf"][i] = p.extracted.Trafilatura
		outs["all"][i] = p.flat
		for _, mode := range []string{"html", "flat", "flat-nomem"} {
			if mode == "flat-nomem" && !o.Memory {
				continue
			}
			var deps Deps
			if o.Memory && mode != "flat-nomem" {
				mem, err := memory.NewInMemory(memory.DefaultConfig())
				if err != nil {
					return rep, err
				}
				deps.Memory = mem
			}
			s, err := New(cfg, deps, nil, nil)
			if err != nil {
				return rep, err
			}
			text := func(q *page) string {
				if mode == "html" {
					return q.extracted.Text
				}
				return q.flat
			}
			for _, j := range bySource[p.source] {
				if j == i {
					continue
				}
				if err := s.Learn(ctx, &article.Article{ID: pages[j].name, Source: p.source, Text: text(&pages[j])}); err != nil {
					return rep, err
				}
			}
			a := &article.Article{Schema: article.SchemaVersion, ID: p.name, Source: p.source}
			if mode == "html" {
				applyHTML(a, p.extracted)
				res, err := s.classify(ctx, a, classify.ModeExtracted, p.extracted.Linked)
				if err != nil {
					return rep, err
				}
				a.Blocks = res.Blocks
			} else {
				a.Text = p.flat
				if err := s.Process(ctx, a); err != nil {
					return rep, err
				}
			}
			outs[mode][i] = ArticleText(a.Text, a.Blocks)
			if o.Dump != "" {
				if err := dumpBlocks(filepath.Join(o.Dump, set, mode, p.name+".txt"), a); err != nil {
					return rep, err
				}
			}
		}
	}
	score := func(out []string) Score {
		if set == "fundus" {
			return shingleScore(pages, out)
		}
		return snippetScore(pages, out)
	}
	rep.Metric = map[bool]string{true: "shingle", false: "snippet"}[set == "fundus"]
	rep.HTML, rep.Flattened, rep.Trafilatura, rep.KeepAll = score(outs["html"]), score(outs["flat"]), score(outs["traf"]), score(outs["all"])
	if o.Memory {
		rep.FlattenedNoMemory = score(outs["flat-nomem"])
	}
	return rep, nil
}

// dumpBlocks writes a's blocks, one "label<TAB>reason<TAB>text" line each.
func dumpBlocks(path string, a *article.Article) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("clean: eval dump: %w", err)
	}
	var b strings.Builder
	for _, bl := range a.Blocks {
		fmt.Fprintf(&b, "%s\t%s\t%s\n", bl.Label, bl.Reason, strings.ReplaceAll(a.Text[bl.Start:bl.End], "\n", " / "))
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("clean: eval dump: %w", err)
	}
	return nil
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(z)
}

func loadPages(dir, set string, limit int) ([]page, error) {
	var pages []page
	switch set {
	case "fundus":
		b, err := os.ReadFile(filepath.Join(dir, "ground_truth.json"))
		if err != nil {
			return nil, fmt.Errorf("clean: eval fundus: %w", err)
		}
		var gt map[string]struct {
			Body []string `json:"body"`
		}
		if err := json.Unmarshal(b, &gt); err != nil {
			return nil, fmt.Errorf("clean: eval fundus: %w", err)
		}
		names := make([]string, 0, len(gt))
		for n := range gt {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			raw, err := gunzip(filepath.Join(dir, "html", n))
			if err != nil {
				return nil, fmt.Errorf("clean: eval fundus: %w", err)
			}
			src := n
			if k := strings.LastIndexByte(n, '_'); k > 0 {
				src = n[:k]
			}
			pages = append(pages, page{name: n, source: src, raw: raw, ref: gt[n].Body})
		}
	case "trafilatura-eval":
		b, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
		if err != nil {
			return nil, fmt.Errorf("clean: eval trafilatura-eval: %w", err)
		}
		var ev map[string]struct {
			File    string   `json:"file"`
			With    []string `json:"with"`
			Without []string `json:"without"`
		}
		if err := json.Unmarshal(b, &ev); err != nil {
			return nil, fmt.Errorf("clean: eval trafilatura-eval: %w", err)
		}
		urls := make([]string, 0, len(ev))
		for u := range ev {
			urls = append(urls, u)
		}
		sort.Strings(urls)
		for _, u := range urls {
			e := ev[u]
			raw, err := gunzip(filepath.Join(dir, "html", e.File+".gz"))
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("clean: eval trafilatura-eval: %w", err)
			}
			pages = append(pages, page{name: e.File, source: hostOf(u), raw: raw, with: e.With, wo: e.Without})
		}
	default:
		return nil, fmt.Errorf("clean: eval: unknown set %q", set)
	}
	if limit > 0 && len(pages) > limit {
		pages = pages[:limit]
	}
	return pages, nil
}

func hostOf(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	if k := strings.IndexByte(u, '/'); k >= 0 {
		u = u[:k]
	}
	return strings.TrimPrefix(u, "www.")
}

// words splits s into Unicode word runs (\w+), case kept.
func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r)
		if r == utf8.RuneError {
			w = false
		}
		if w && start < 0 {
			start = i
		} else if !w && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// shingles counts the 4-grams of toks (one shingle for 1-3 tokens).
func shingles(toks []string, into map[string]int) {
	if len(toks) == 0 {
		return
	}
	if len(toks) < 4 {
		into[strings.Join(toks, " ")]++
		return
	}
	for i := 0; i+4 <= len(toks); i++ {
		into[strings.Join(toks[i:i+4], " ")]++
	}
}

// shingleScore is the fundus metric: per page, multiset TP/FP/FN of 4-gram
// shingles normalised to sum 1; P and R are the means over pages. The
// reference's tokens run on across its paragraphs, as the output's do across
// its blocks (\w+ tokens do not see a paragraph break), so a paragraph the
// output also has is all true positives. Optional reference paragraphs
// ([...]) count neither as missed nor as extra: they split the reference into
// runs of required paragraphs, each shingled alone, and a shingle the
// reference has with them or without them is not extra.
func shingleScore(pages []page, outs []string) Score {
	var sp, sr float64
	n := 0
	for i, p := range pages {
		ref, opt := map[string]int{}, map[string]int{}
		var run, req, all []string
		for _, para := range p.ref {
			t := strings.TrimSpace(para)
			if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
				shingles(run, ref)
				run = nil
				all = append(all, words(t[1:len(t)-1])...)
				continue
			}
			w := words(t)
			run = append(run, w...)
			req = append(req, w...)
			all = append(all, w...)
		}
		shingles(run, ref)
		shingles(req, opt)
		shingles(all, opt)
		if len(ref) == 0 {
			continue
		}
		out := map[string]int{}
		shingles(words(outs[i]), out)
		var tp, fp, fn float64
		for k, c := range out {
			r := ref[k]
			tp += float64(min(c, r))
			if extra := c - max(r, opt[k]); extra > 0 {
				fp += float64(extra)
			}
		}
		for k, r := range ref {
			if c := out[k]; r > c {
				fn += float64(r - c)
			}
		}
		n++
		if tp+fp > 0 {
			sp += tp / (tp + fp)
		}
		if tp+fn > 0 {
			sr += tp / (tp + fn)
		}
	}
	if n == 0 {
		return Score{}
	}
	s := Score{P: sp / float64(n), R: sr / float64(n), Pages: n}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// snippetScore is the trafilatura-eval metric: F1 = 2TP/(2TP+FP+FN) summed
// over pages.
func snippetScore(pages []page, outs []string) Score {
	var tp, fp, fn float64
	for i, p := range pages {
		out := normSpace(outs[i])
		for _, w := range p.with {
			if strings.Contains(out, normSpace(w)) {
				tp++
			} else {
				fn++
			}
		}
		for _, w := range p.wo {
			if strings.Contains(out, normSpace(w)) {
				fp++
			}
		}
	}
	s := Score{Pages: len(pages)}
	if tp+fp > 0 {
		s.P = tp / (tp + fp)
	}
	if tp+fn > 0 {
		s.R = tp / (tp + fn)
	}
	if tp > 0 {
		s.F1 = 2 * tp / (2*tp + fp + fn)
	}
	return s
}
