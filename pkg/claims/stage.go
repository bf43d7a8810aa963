// Package claims is the pipeline stage that finds who said what in an
// article: sentences with check-worthiness scores, quotations and reported
// speech with their cue, speaker and source type, relayed attribution
// ("according to TCN"), entities with merged aliases, and the check-worthy
// claims an editor should verify.
//
// It reads only the blocks the clean stage labelled content (and the
// headline, for "Lavrov: I don't expect a breakthrough"); with no blocks
// (clean did not run) the whole text is read, its first line as headline.
// It reads English (or text of unknown language): an article whose language
// is another gets empty results.
package claims

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/claims/checkworthy"
	"github.com/copydesk/copydesk/pkg/claims/entity"
	"github.com/copydesk/copydesk/pkg/claims/sentence"
	"github.com/copydesk/copydesk/pkg/clean/segment"
	"github.com/copydesk/copydesk/pkg/datahash"
	"github.com/copydesk/copydesk/pkg/stage"
)

// Name is the stage name.
const Name = "claims"

// codeVersion changes whenever the code's output for the same input and
// data may change. Stage.Version adds a hash of the configuration and the
// embedded data (lexicons, gazetteer, sentence data, model), so that a data
// change alone changes the version too.
const codeVersion = "1.232.0"

// Config configures the stage.
type Config struct {
	// Threshold is the check-worthiness score at or above which a sentence
	// becomes a claim; 0 uses the threshold stored with the model. The
	// model is calibrated so that 0.5 is its F1-optimal threshold on
	// debates it was not trained on (checkworthy.Train).
	Threshold float64
	// ReadHeadline also reads headline blocks for "Name: words" quotes.
	ReadHeadline bool
	// MaxTextBytes bounds the text the stage reads; longer text is cut.
	MaxTextBytes int
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{Threshold: 0.5, ReadHeadline: true, MaxTextBytes: 4 << 20}
}

// Validate checks the configuration.
func (c Config) Validate() error {
	if c.Threshold < 0 || c.Threshold > 1 {
		return fmt.Errorf("claims: config: threshold %v outside [0,1]", c.Threshold)
	}
	if c.MaxTextBytes <= 0 {
		return errors.New("claims: config: max text bytes must be positive")
	}
	return nil
}

// Stage implements stage.Stage.
type Stage struct {
	cfg    Config
	log    *zap.Logger
	m      *metrics
	split  *sentence.Splitter
	gaz    *entity.Gazetteer
	lex    *lexicon
	model  *checkworthy.Model
	thresh float64
	year   int // set per call through analysis; zero here
	// soft holds the offsets of the newlines that a fixed line width put
	// inside paragraphs (segment.Unwrap), read as spaces; set per call
	// like year.
	soft map[int]bool
	// version is codeVersion and the hash of the config and data.
	version string
}

var _ stage.Stage = (*Stage)(nil)

type metrics struct {
	quotes prometheus.Histogram
	claims prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		quotes: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "copydesk_claims_quotes_per_article", Help: "Attributed quotes found per article.",
			Buckets: []float64{0, 1, 2, 4, 8, 16, 32, 64},
		}),
		claims: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "copydesk_claims_claims_per_article", Help: "Check-worthy claims found per article.",
			Buckets: []float64{0, 1, 2, 4, 8, 16, 32, 64},
		}),
	}
	if reg == nil {
		return m, nil
	}
	// A second stage on the same registry shares the registered collectors.
	var err error
	if m.quotes, err = register(reg, m.quotes); err != nil {
		return nil, err
	}
	if m.claims, err = register(reg, m.claims); err != nil {
		return nil, err
	}
	return m, nil
}

func register(reg prometheus.Registerer, h prometheus.Histogram) (prometheus.Histogram, error) {
	if err := reg.Register(h); err != nil {
		var are prometheus.AlreadyRegisteredError
		if errors.As(err, &are) {
			if prev, ok := are.ExistingCollector.(prometheus.Histogram); ok {
				return prev, nil
			}
		}
		return nil, fmt.Errorf("claims: register metrics: %w", err)
	}
	return h, nil
}

// New builds the stage. log and reg may be nil.
func New(cfg Config, log *zap.Logger, reg prometheus.Registerer) (*Stage, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = zap.NewNop()
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, err
	}
	sp, err := sentence.New()
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	gaz, err := entity.Load()
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	model, err := checkworthy.Load()
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	th := cfg.Threshold
	if th == 0 {
		th = model.Threshold
	}
	version, err := versionOf(cfg)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return &Stage{cfg: cfg, log: log.Named("claims"), m: m, split: sp, gaz: gaz, lex: lex, model: model, thresh: th,
		version: version}, nil
}

// versionOf is codeVersion and a hash of the config and every embedded data
// file the stage reads.
func versionOf(cfg Config) (string, error) {
	h := datahash.New()
	b, err := json.Marshal(cfg)
	if err != nil {
		return "", err
	}
	h.Bytes(b)
	for _, fsys := range []fs.FS{dataFS, sentence.DataFS(), entity.DataFS(), checkworthy.DataFS()} {
		if err := h.FS(fsys); err != nil {
			return "", err
		}
	}
	return codeVersion + "." + h.Sum(10), nil
}

// Name implements stage.Stage.
func (s *Stage) Name() string { return Name }

// Version implements stage.Stage: the code version and a hash of the
// configuration and data.
func (s *Stage) Version() string { return s.version }

// Threshold is the check-worthiness threshold in use.
func (s *Stage) Threshold() float64 { return s.thresh }

// softBreaks returns the offsets of the newlines inside the paragraphs of
// a text wrapped at a fixed width (segment.Unwrap), or nil.
func softBreaks(text string) map[int]bool {
	if !segment.MayBeWrapped(text) {
		return nil // the usual case: a paragraph a line, some longer than a wrap
	}
	var soft map[int]bool
	for _, l := range segment.Unwrap(text, segment.Lines(text)) {
		for i := l.Start; i < l.End; i++ {
			if text[i] == '\n' {
				if soft == nil {
					soft = map[int]bool{}
				}
				soft[i] = true
			}
		}
	}
	return soft
}

// lines calls f with each non-blank line of text[start:limit], a line the
// width broke (s.soft) going on into the next.
func (s *Stage) lines(text string, start, limit int, f func(start, end int)) {
	for start < limit {
		end := start
		for {
			k := strings.IndexByte(text[end:limit], '\n')
			if k < 0 {
				end = limit
				break
			}
			end += k
			if !s.soft[end] {
				break
			}
			end++ // a line the width broke goes on
		}
		if strings.TrimSpace(text[start:end]) != "" {
			f(start, end)
		}
		start = end + 1
	}
}

// paragraphs returns the blocks to read, in text order.
func (s *Stage) paragraphs(a *article.Article) []paragraph {
	limit := min(len(a.Text), s.cfg.MaxTextBytes)
	var out []paragraph
	if a.Blocks == nil {
		first := true
		s.lines(a.Text, 0, limit, func(start, end int) {
			out = append(out, paragraph{start: start, end: end, headline: first && s.cfg.ReadHeadline, content: true})
			first = false
		})
		return out
	}
	for _, b := range a.Blocks {
		if b.Start < 0 || b.End > limit || b.Start >= b.End {
			continue
		}
		switch b.Label {
		case article.LabelContent:
			// A block of several lines is several paragraphs (clean
			// merges neighbouring lines of one label), so that a quotation
			// mark left open on one line does not run into the next.
			s.lines(a.Text, b.Start, b.End, func(start, end int) {
				out = append(out, paragraph{start: start, end: end, content: true})
			})
		case article.LabelHeadline:
			if s.cfg.ReadHeadline {
				out = append(out, paragraph{start: b.Start, end: b.End, headline: true})
			}
		}
	}
	// Blocks come in text order from clean; keep it robust anyway.
	for i := 1; i < len(out); i++ {
		if out[i].start < out[i-1].start {
			sortParas(out)
			break
		}
	}
	return out
}

func sortParas(ps []paragraph) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].start < ps[j-1].start; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func publishedYear(p string) int {
	if len(p) >= 4 {
		if y, err := strconv.Atoi(p[:4]); err == nil && y > 1900 && y < 2200 {
			return y
		}
	}
	return 0
}

// Process implements stage.Stage.
func (s *Stage) Process(ctx context.Context, a *article.Article) error {
	if err := ctx.Err(); err != nil {
		return stage.Retryable("claims: process", err)
	}
	res := s.Analyze(a)
	a.Quotes, a.Sentences, a.Claims, a.Entities = res.Quotes, res.Sentences, res.Claims, res.Entities
	s.m.quotes.Observe(float64(len(res.Quotes)))
	s.m.claims.Observe(float64(len(res.Claims)))
	return nil
}

// Result is what the stage finds in one article.
type Result struct {
	Quotes    []article.Quote
	Sentences []article.Sentence
	Claims    []article.Claim
	Entities  []article.Entity
}

// Analyze runs the stage on a without modifying it. An article in a
// language other than English gets empty results, absent rather than
// guessed: the grammar of attribution, the names and the check-worthiness
// model are English, and on other languages would give capitalised nouns as
// speakers ("Dazu", "März") and scores that mean nothing.
func (s *Stage) Analyze(a *article.Article) Result {
	if !article.English(a.Language) {
		return Result{Quotes: []article.Quote{}, Sentences: []article.Sentence{}, Claims: []article.Claim{}, Entities: []article.Entity{}}
	}
	s2 := *s
	s2.year = publishedYear(a.Published)
	s2.soft = softBreaks(a.Text[:min(len(a.Text), s.cfg.MaxTextBytes)])
	paras := s2.paragraphs(a)
	an, quotes := s2.attribute(a, paras, s2.year)
	quotes = sortQuotes(quotes)
	if quotes == nil {
		quotes = []article.Quote{}
	}
	res := Result{Quotes: quotes, Sentences: []article.Sentence{}, Claims: []article.Claim{}}
	var buf []checkworthy.Feature
	qi := 0
	for _, p := range paras {
		if !p.content {
			continue
		}
		for _, se := range s2.split.SplitJoined(a.Text, p.start, p.end, s2.soft) {
			var score float64
			score, buf = s.model.Score(a.Text[se.Start:se.End], buf)
			score = float64(int(score*1000+0.5)) / 1000
			res.Sentences = append(res.Sentences, article.Sentence{Start: se.Start, End: se.End, Checkworthy: score})
			if score < s.thresh {
				continue
			}
			c := article.Claim{Text: a.Text[se.Start:se.End], Start: se.Start, End: se.End, Checkworthy: score}
			for qi < len(quotes) && quotes[qi].End <= se.Start && (quotes[qi].Cue == nil || quotes[qi].Cue.End <= se.Start) {
				qi++
			}
			for k := qi; k < len(quotes) && quotes[k].Start < se.End+200; k++ {
				q := quotes[k]
				overlap := q.Start < se.End && q.End > se.Start
				cueIn := q.Cue != nil && q.Cue.Start < se.End && q.Cue.End > se.Start
				if overlap || cueIn {
					idx := k
					c.Quote = &idx
					break
				}
			}
			res.Claims = append(res.Claims, c)
		}
	}
	res.Entities = an.reg.Export()
	return res
}
