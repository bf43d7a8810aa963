// Package clean is the clean stage: it splits an article's text into blocks,
// labels every block (content, headline, heading, navigation, related,
// author, consent, cta, caption, source_credit, spam) with a score and a
// reason, scores SEO-spam teasers, reads the title, author and dateline from
// the text, and sets MainText to the content blocks joined by a blank line
// ("\n\n"). All blocks stay in the article so that editors can see what was
// removed and why.
//
// Text input is segmented into lines and paragraphs (package segment) and
// labelled by package classify. HTML input (Article.HTML, or Article.HTMLRef
// resolved through Deps.ResolveHTML) goes through go-trafilatura first
// (package htmltext): its title, author and date fill the empty metadata
// fields, its extracted text becomes Article.Text (one line per block, blank
// line between blocks), and the same classifier drops what it left in.
//
// Per-source template memory (package memory) marks lines that recur across
// articles of the same source.
//
// Text that is not valid UTF-8 is repaired (invalid bytes become U+FFFD)
// before segmentation, so that block offsets survive the JSON encoding
// between stages.
package clean

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/clean/classify"
	"github.com/copydesk/copydesk/pkg/clean/data"
	"github.com/copydesk/copydesk/pkg/clean/htmltext"
	"github.com/copydesk/copydesk/pkg/clean/segment"
	"github.com/copydesk/copydesk/pkg/datahash"
	"github.com/copydesk/copydesk/pkg/langid"
	"github.com/copydesk/copydesk/pkg/stage"
)

// codeVersion changes whenever the code's labels for the same input and
// data may change. Stage.Version adds a hash of the limits that shape the
// output and of the embedded data (lexicons, patterns, thresholds), so that
// a data change alone changes the version too.
const codeVersion = "1.50.0"

// Name is the stage's name.
const Name = "clean"

// Stage is the clean stage. It is safe for concurrent use.
type Stage struct {
	cfg  Config
	deps Deps
	log  *zap.Logger
	cls  *classify.Classifier
	m    *metrics
	// version is codeVersion and the hash of the limits and data.
	version string
}

var _ stage.Stage = (*Stage)(nil)

// New builds the stage. log may be nil (no logs); reg may be nil (metrics
// not registered).
func New(cfg Config, deps Deps, log *zap.Logger, reg prometheus.Registerer) (*Stage, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = zap.NewNop()
	}
	cls, err := classify.New()
	if err != nil {
		return nil, fmt.Errorf("clean: %w", err)
	}
	m, err := newMetrics(reg, cfg.TopSources)
	if err != nil {
		return nil, fmt.Errorf("clean: metrics: %w", err)
	}
	version, err := versionOf(cfg)
	if err != nil {
		return nil, fmt.Errorf("clean: %w", err)
	}
	return &Stage{cfg: cfg, deps: deps, log: log.Named("clean"), cls: cls, m: m, version: version}, nil
}

// versionOf is codeVersion and a hash of the config fields that shape the
// output (the size and depth limits; not timeouts or metric settings) and
// of every embedded data file.
func versionOf(cfg Config) (string, error) {
	h := datahash.New().String(fmt.Sprintf("text %d html %d depth %d", cfg.MaxTextBytes, cfg.MaxHTMLBytes, cfg.MaxHTMLDepth))
	if err := h.FS(data.FS); err != nil {
		return "", err
	}
	if err := h.FS(langid.DataFS()); err != nil {
		return "", err
	}
	return codeVersion + "." + h.Sum(10), nil
}

// Name implements stage.Stage.
func (s *Stage) Name() string { return Name }

// Close implements stage.Closer: it closes the template memory when the
// memory has background work (memory.Cached writes back what it recorded).
func (s *Stage) Close(ctx context.Context) error {
	if c, ok := s.deps.Memory.(interface{ Close(context.Context) error }); ok {
		if err := c.Close(ctx); err != nil {
			return fmt.Errorf("clean: close template memory: %w", err)
		}
	}
	return nil
}

// Version implements stage.Stage.
func (s *Stage) Version() string { return s.version }

// Process implements stage.Stage.
func (s *Stage) Process(ctx context.Context, a *article.Article) error {
	mode := classify.ModeText
	var linked []bool
	// HTML wins over text: an HTMLRef is resolved when a resolver is
	// configured, or when there is no text to fall back on.
	if a.HTML != "" || (a.HTMLRef != "" && (s.deps.ResolveHTML != nil || a.Text == "")) {
		res, err := s.extract(ctx, a)
		if err != nil {
			return err
		}
		applyHTML(a, res)
		linked = res.Linked
		mode = classify.ModeExtracted
	}
	if len(a.Text) > s.cfg.MaxTextBytes {
		return stage.Permanent("clean: check text", fmt.Errorf("text is %d bytes, limit %d", len(a.Text), s.cfg.MaxTextBytes))
	}
	if !utf8.ValidString(a.Text) {
		// JSON would replace invalid bytes with U+FFFD (3 bytes) on the
		// way to the next stage and shift every offset; do it here, once,
		// so that offsets hold.
		a.Text = strings.ToValidUTF8(a.Text, "\uFFFD")
	}
	res, err := s.classify(ctx, a, mode, linked)
	if err != nil {
		return err
	}
	a.Blocks = res.Blocks
	a.MainText = MainText(a.Text, a.Blocks)
	if a.Language == "" {
		// Neither the input nor the page named one: read it from the
		// content. Unclear text stays unknown (read as English).
		if l, ok := langid.Detect(a.MainText); ok {
			a.Language = l
		}
	}
	if a.Title == "" {
		a.Title = res.Title
	}
	if a.Author == "" {
		a.Author = res.Author
	}
	if a.Published == "" {
		a.Published = res.Published
	}
	a.SetSignal("spam", res.Spam)
	s.m.observe(a, res.Spam, s.cfg.SpamThreshold)
	return nil
}

// MainText joins the text of the content blocks with a blank line.
func MainText(text string, blocks []article.Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		if bl.Label != article.LabelContent {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(text[bl.Start:bl.End])
	}
	return b.String()
}

// extract resolves the article's HTML and runs go-trafilatura over it.
func (s *Stage) extract(ctx context.Context, a *article.Article) (htmltext.Result, error) {
	page := []byte(a.HTML)
	if a.HTML == "" {
		if s.deps.ResolveHTML == nil {
			return htmltext.Result{}, stage.Permanent("clean: resolve html", errors.New("article has an html_ref but no resolver is configured"))
		}
		b, err := s.deps.ResolveHTML(ctx, a.HTMLRef)
		if err != nil {
			return htmltext.Result{}, stage.Retryable("clean: resolve html", err)
		}
		page = b
	}
	if len(page) > s.cfg.MaxHTMLBytes {
		return htmltext.Result{}, stage.Permanent("clean: check html", fmt.Errorf("html is %d bytes, limit %d", len(page), s.cfg.MaxHTMLBytes))
	}
	res, err := htmltext.Extract(page, htmltext.Options{MaxDepth: s.cfg.MaxHTMLDepth})
	if errors.Is(err, htmltext.ErrNoContent) {
		// A page without main content (all links, empty) is a clean
		// result: no content blocks.
		s.log.Debug("no main content", zap.String("id", a.ID), zap.Error(err))
		return htmltext.Result{}, nil
	}
	if err != nil {
		return htmltext.Result{}, stage.Permanent("clean: parse html", err)
	}
	return res, nil
}

// applyHTML sets the extracted text and fills empty metadata fields. The
// raw HTML leaves the document: every later stage reads the text (whose
// offsets everything refers to), and carrying a page of tens to hundreds of
// KB through each hop cost more than the stages' own work (decoding and
// encoding a document with a 121 KB news page took 2.1 ms, without it
// 0.45 ms; BenchmarkCodec in package article).
// The store keeps the page that came with the initial record (its html
// column), and HTMLRef still names an offloaded one.
func applyHTML(a *article.Article, res htmltext.Result) {
	a.HTML = ""
	a.Text = strings.ToValidUTF8(res.Text, "\uFFFD")
	if a.Title == "" {
		a.Title = res.Title
	}
	if a.Author == "" {
		a.Author = res.Author
	}
	if a.Published == "" && !res.Published.IsZero() {
		a.Published = res.Published.Format("2006-01-02")
	}
	if a.Language == "" {
		a.Language = res.Language
	}
}

// Learn records the article's lines in the template memory without
// labelling it (to warm the memory from an archive, or in evaluations).
func (s *Stage) Learn(ctx context.Context, a *article.Article) error {
	if s.deps.Memory == nil || a.Source == "" {
		return nil
	}
	var rec []uint64
	for _, l := range segment.Unwrap(a.Text, segment.Lines(a.Text)) {
		if k, ok := classify.Key(a.Text[l.Start:l.End]); ok {
			rec = append(rec, k)
		}
	}
	return s.deps.Memory.Record(ctx, a.Source, a.ID, rec)
}

func (s *Stage) classify(ctx context.Context, a *article.Article, mode classify.Mode, linked []bool) (classify.Result, error) {
	lines := segment.Lines(a.Text)
	if mode == classify.ModeText {
		// Text wrapped at a fixed width: a paragraph is a unit, not each
		// of its lines.
		lines = segment.Unwrap(a.Text, lines)
	}
	in := classify.Input{Text: a.Text, Lines: lines, Mode: mode, Title: a.Title}
	if len(linked) == len(lines) {
		in.Linked = linked
	}
	if s.deps.Memory != nil && a.Source != "" && len(lines) > 0 {
		keys := make([]uint64, len(lines))
		var rec []uint64
		for i, l := range lines {
			if k, ok := classify.Key(a.Text[l.Start:l.End]); ok {
				keys[i] = k
				rec = append(rec, k)
			}
		}
		mctx, cancel := context.WithTimeout(ctx, s.cfg.MemoryTimeout)
		defer cancel()
		seen, err := s.deps.Memory.Lookup(mctx, a.Source, a.ID, keys)
		if err == nil {
			in.Seen = seen
			err = s.deps.Memory.Record(mctx, a.Source, a.ID, rec)
		}
		if err != nil {
			if s.cfg.MemoryRequired {
				return classify.Result{}, stage.Retryable("clean: template memory", err)
			}
			s.log.Warn("template memory unavailable", zap.String("source", a.Source), zap.Error(err))
		}
	}
	return s.cls.Classify(in), nil
}
