package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"sync"

	"github.com/oklog/ulid/v2"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/app/pipeline"
	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/batch"
	"github.com/copydesk/copydesk/pkg/dedupe"
	"github.com/copydesk/copydesk/pkg/envflag"
	"github.com/copydesk/copydesk/pkg/input"
)

// record is one line of `copydesk analyze` output. docs/analyze.md
// documents every field; keep them stable.
type record struct {
	ID        string                `json:"id"`
	File      string                `json:"file,omitempty"`
	Line      int                   `json:"line,omitempty"`
	URL       string                `json:"url,omitempty"`
	Source    string                `json:"source,omitempty"`
	Title     string                `json:"title,omitempty"`
	Author    string                `json:"author,omitempty"`
	Published string                `json:"published,omitempty"`
	Language  string                `json:"language,omitempty"`
	Text      string                `json:"text,omitempty"`
	Duplicate *article.Duplicate    `json:"duplicate,omitempty"`
	Blocks    []article.Block       `json:"blocks,omitzero"`
	MainText  *string               `json:"main_text,omitempty"`
	Quotes    []article.Quote       `json:"quotes,omitzero"`
	Sentences []article.Sentence    `json:"sentences,omitzero"`
	Claims    []article.Claim       `json:"claims,omitzero"`
	Entities  []article.Entity      `json:"entities,omitzero"`
	Signals   map[string]float64    `json:"signals,omitzero"`
	Flags     []article.Flag        `json:"flags,omitzero"`
	Risk      *float64              `json:"risk,omitempty"`
	Stages    map[string]stageBrief `json:"stages,omitzero"`
	Warnings  []string              `json:"warnings,omitempty"`
	Error     string                `json:"error,omitempty"`
}

type stageBrief struct {
	Version    string  `json:"version"`
	DurationMS float64 `json:"duration_ms"`
}

func recordOf(it batch.Item, src *input.Item, withText bool) record {
	r := record{Error: errString(it.Err)}
	if src != nil {
		r.File, r.Line, r.Warnings = src.File, src.Line, src.Warnings
	}
	a := it.Article
	if a == nil {
		return r
	}
	r.ID, r.URL, r.Source, r.Title, r.Author = a.ID, a.URL, a.Source, a.Title, a.Author
	r.Published, r.Language, r.Duplicate = a.Published, a.Language, a.Duplicate
	r.Blocks, r.Quotes, r.Sentences, r.Claims, r.Entities = a.Blocks, a.Quotes, a.Sentences, a.Claims, a.Entities
	r.Signals, r.Flags, r.Risk = a.Signals, a.Flags, a.Risk
	if _, ok := a.Stages["clean"]; ok {
		mt := a.MainText
		r.MainText = &mt
	}
	if withText {
		r.Text = a.Text
	}
	for name, s := range a.Stages {
		if r.Stages == nil {
			r.Stages = map[string]stageBrief{}
		}
		r.Stages[name] = stageBrief{Version: s.Version, DurationMS: s.DurationMS}
	}
	return r
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func runAnalyze(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = envflag.Usage(fs, "copydesk analyze [flags] FILE|DIR|- ...")
	cfg := input.DefaultConfig()
	workers := fs.Int("workers", 0, "articles analyzed at once (0: one per core)")
	withText := fs.Bool("text", false, "include the article text (what every offset refers to) in each record")
	noDedupe := fs.Bool("no-dedupe", false, "do not link duplicates within the batch")
	utf8Policy := fs.String("invalid-utf8", string(input.Repair), "invalid UTF-8: repair (U+FFFD) or reject")
	fs.StringVar(&cfg.Source, "source", "", "source (site) of files that do not name one")
	logLevel := fs.String("log-level", "warn", "log level for stage diagnostics on stderr")
	if err := envflag.Parse(fs, args, nil); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{"analyze: name at least one FILE, DIR or - (stdin)"}
	}
	cfg.InvalidUTF8 = input.Policy(*utf8Policy)
	if err := cfg.Validate(); err != nil {
		return usageError{err.Error()}
	}
	log, err := analyzeLogger(*logLevel, stderr)
	if err != nil {
		return usageError{err.Error()}
	}
	defer log.Sync() //nolint:errcheck // stderr

	stages, err := pipeline.NewStages(ctx, app.StageDeps{}, log, prometheus.NewRegistry())
	if err != nil {
		return err
	}
	// Duplicates are linked in input order, before the parallel stages, so
	// that the first of two copies is always the original.
	var dups *dedupe.MemoryIndex
	if !*noDedupe {
		dups = dedupe.NewMemoryIndex()
	}

	next, stopRead := iter.Pull(input.Read(ctx, cfg, fs.Args(), os.Stdin))
	defer stopRead()
	// Items are matched to their inputs by position: batch emits in order.
	// batch.Run reads (nextItem) on a goroutine of its own while emitting
	// on this one, so the queue between them is locked.
	var (
		pendingMu sync.Mutex
		pending   []input.Item
	)
	n, failed := 0, 0
	nextItem := func() (batch.Item, bool) {
		in, ok := next()
		if !ok {
			return batch.Item{}, false
		}
		pendingMu.Lock()
		pending = append(pending, in)
		pendingMu.Unlock()
		label := in.File
		if in.Line > 0 {
			label = fmt.Sprintf("%s:%d", in.File, in.Line)
		}
		if in.Err == nil && in.Article.ID == "" {
			in.Article.ID = ulid.Make().String()
		}
		if in.Err == nil && dups != nil {
			if _, err := dedupe.Mark(ctx, dups, in.Article); err != nil {
				in.Err = err
			}
		}
		return batch.Item{Article: in.Article, Err: in.Err, Label: label}, true
	}
	out := bufio.NewWriterSize(stdout, 1<<16)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	// Clean and claims run in parallel; the flagger, which compares each
	// article with those before it, runs in input order so that the
	// result does not depend on scheduling.
	parallel, ordered := stages[:len(stages)-1], stages[len(stages)-1:]
	err = batch.Run(ctx, batch.Config{Workers: *workers}, parallel, nextItem, func(it batch.Item) error {
		pendingMu.Lock()
		src := pending[0]
		pending = pending[1:]
		pendingMu.Unlock()
		n++
		if it.Err == nil {
			it.Err = batch.Process(ctx, ordered, it.Article)
		}
		if it.Err != nil {
			failed++
			fmt.Fprintf(stderr, "copydesk analyze: %s: %v\n", it.Label, it.Err)
		}
		return enc.Encode(recordOf(it, &src, *withText))
	})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	fmt.Fprintf(stderr, "copydesk analyze: %d records, %d with errors\n", n, failed)
	return nil
}

func analyzeLogger(level string, w io.Writer) (*zap.Logger, error) {
	lvl, err := zap.ParseAtomicLevel(level)
	if err != nil {
		return nil, fmt.Errorf("analyze: --log-level: %w", err)
	}
	enc := zapcore.NewConsoleEncoder(zap.NewDevelopmentEncoderConfig())
	return zap.New(zapcore.NewCore(enc, zapcore.Lock(zapcore.AddSync(w)), lvl)), nil
}
