// Package flagger turns what the clean and claims stages found into flags an
// editor can act on: each flag has a code, a severity, a score, the words
// that raised it (byte offsets into Article.Text) and an explanation. It
// ranks articles by a risk score in [0,1] and compares articles with each
// other through claim fingerprints kept in a shared Corpus (the store), so
// that corroboration, contradictions and attribution conflicts work across
// flagger replicas.
//
// Thresholds, lexicons and weights live in embedded files under data/ (and
// in the clickbait, spell and corroborate sub-packages); docs/flags.md
// explains every flag to an editor.
package flagger

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger/clickbait"
	"github.com/copydesk/copydesk/pkg/flagger/corroborate"
	"github.com/copydesk/copydesk/pkg/flagger/lexicon"
	"github.com/copydesk/copydesk/pkg/flagger/spell"
	"github.com/copydesk/copydesk/pkg/stage"
)

// StageName is the flagger's name in Article.Stages and metrics.
const StageName = "flagger"

// codeVersion changes whenever the flag logic changes; Version adds a hash
// of the configuration and embedded data.
const codeVersion = "39"

var (
	//go:embed data/loaded.txt
	loadedTxt string
	//go:embed data/hireme.txt
	hiremeTxt string
	//go:embed data/filler.txt
	fillerTxt string
	//go:embed data/anonymous.txt
	anonymousTxt string
	//go:embed data/speech.txt
	speechTxt string
	//go:embed data/media.txt
	mediaTxt string
	//go:embed data/documents.txt
	documentsTxt string
	//go:embed data/topics.txt
	topicsTxt string
	//go:embed data/syndication.txt
	syndicationTxt string
	//go:embed data/aliases.txt
	aliasesTxt string
	//go:embed data/organizations.txt
	organizationsTxt string
	//go:embed data/events.txt
	eventsTxt string
	//go:embed data/routine.txt
	routineTxt string
	//go:embed data/public.txt
	publicTxt string
	//go:embed data/experts.txt
	expertsTxt string
	//go:embed data/hidden.txt
	hiddenTxt string
	//go:embed data/function3.txt
	function3Txt string
	//go:embed data/honorifics.txt
	honorificsTxt string
)

// Stage is the flagger stage. It is safe for concurrent use.
type Stage struct {
	cfg     Config
	corpus  Corpus
	log     *zap.Logger
	m       *metrics
	version string

	clickbait *clickbait.Model
	checker   *spell.Checker
	fp        *corroborate.Fingerprinter

	loaded, hireme, filler, anonymous, speech, media, documents, topics, routine *lexicon.Lexicon
	bank                                                                         *lexicon.Bank // body lexicons, see bankLoaded...
	syndication                                                                  []syndicationPattern
	syndicationFirst                                                             map[string]bool
	aliases                                                                      map[string]int  // word or phrase -> group
	aliasFirst                                                                   map[string]bool // first words of multi-word aliases
	events                                                                       map[string]int  // event word -> group (data/events.txt)
	orgs                                                                         map[string]bool // non-media acronyms
	public                                                                       map[string]bool // head nouns of members of the public (data/public.txt)
	experts                                                                      map[string]bool // head nouns of researchers named by their institution (data/experts.txt)
	hidden                                                                       map[string]bool // words of a source hiding on purpose (data/hidden.txt)
	function3                                                                    map[string]bool // three-letter function words (data/function3.txt)
	honorifics                                                                   map[string]bool // titles before a name (data/honorifics.txt)
}

type syndicationPattern struct {
	re     *regexp.Regexp
	weight float64
}

var _ stage.Stage = (*Stage)(nil)

// Close implements stage.Closer: it closes the corpus when the corpus holds
// background work (a streamcorpus.Corpus follows its stream).
func (s *Stage) Close(ctx context.Context) error {
	if c, ok := s.corpus.(stage.Closer); ok {
		return c.Close(ctx)
	}
	return nil
}

// Indexes of the body lexicons in Stage.bank and view.lex.
const (
	bankLoaded = iota
	bankAnonymous
	bankSpeech
	bankMedia
	bankHireMe
	bankTopics
	bankRoutine
	bankFiller
)

// New builds the flagger. corpus may be nil, which turns the cross-article
// checks off; use NewMemoryCorpus for an offline batch and the store in the
// service. log and reg may be nil.
func New(cfg Config, corpus Corpus, log *zap.Logger, reg prometheus.Registerer) (*Stage, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = zap.NewNop()
	}
	s := &Stage{cfg: cfg, corpus: corpus, log: log.Named(StageName)}
	var err error
	if s.clickbait, err = clickbait.Default(); err != nil {
		return nil, fmt.Errorf("flagger: load clickbait model: %w", err)
	}
	dict, err := spell.Default()
	if err != nil {
		return nil, fmt.Errorf("flagger: load word list: %w", err)
	}
	if s.checker, err = spell.NewChecker(dict); err != nil {
		return nil, fmt.Errorf("flagger: load garbled phrases: %w", err)
	}
	if s.fp, err = corroborate.New(cfg.Corroborate); err != nil {
		return nil, fmt.Errorf("flagger: %w", err)
	}
	for _, l := range []struct {
		dst  **lexicon.Lexicon
		name string
		src  string
	}{
		{&s.loaded, "loaded.txt", loadedTxt}, {&s.hireme, "hireme.txt", hiremeTxt}, {&s.filler, "filler.txt", fillerTxt},
		{&s.anonymous, "anonymous.txt", anonymousTxt}, {&s.speech, "speech.txt", speechTxt},
		{&s.media, "media.txt", mediaTxt}, {&s.documents, "documents.txt", documentsTxt},
		{&s.topics, "topics.txt", topicsTxt}, {&s.routine, "routine.txt", routineTxt},
	} {
		if *l.dst, err = lexicon.Parse(l.name, l.src); err != nil {
			return nil, fmt.Errorf("flagger: %w", err)
		}
	}
	s.bank = lexicon.NewBank(s.loaded, s.anonymous, s.speech, s.media, s.hireme, s.topics, s.routine, s.filler)
	if s.syndication, s.syndicationFirst, err = parseSyndication(syndicationTxt); err != nil {
		return nil, err
	}
	s.aliases = parseAliases(aliasesTxt)
	s.events = parseAliases(eventsTxt)
	s.orgs = phraseSet("organizations.txt", organizationsTxt)
	s.public = phraseSet("public.txt", publicTxt)
	s.experts = phraseSet("experts.txt", expertsTxt)
	s.hidden = phraseSet("hidden.txt", hiddenTxt)
	s.function3 = phraseSet("function3.txt", function3Txt)
	s.honorifics = phraseSet("honorifics.txt", honorificsTxt)
	s.aliasFirst = map[string]bool{}
	for a := range s.aliases {
		if first, _, ok := strings.Cut(a, " "); ok {
			s.aliasFirst[first] = true
		}
	}
	if s.m, err = newMetrics(reg); err != nil {
		return nil, err
	}
	s.version = versionOf(cfg)
	return s, nil
}

func parseSyndication(src string) ([]syndicationPattern, map[string]bool, error) {
	var out []syndicationPattern
	first := map[string]bool{}
	for n, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "@first "); ok {
			for _, w := range strings.Fields(rest) {
				first[strings.ToLower(w)] = true
			}
			continue
		}
		pat, w, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, nil, fmt.Errorf("flagger: syndication.txt line %d: want pattern<TAB>weight", n+1)
		}
		weight, err := strconv.ParseFloat(strings.TrimSpace(w), 64)
		if err != nil || weight <= 0 || weight > 1 {
			return nil, nil, fmt.Errorf("flagger: syndication.txt line %d: bad weight %q", n+1, w)
		}
		re, err := regexp.Compile("(?i)" + pat)
		if err != nil {
			return nil, nil, fmt.Errorf("flagger: syndication.txt line %d: %w", n+1, err)
		}
		out = append(out, syndicationPattern{re: re, weight: weight})
	}
	if len(first) == 0 {
		return nil, nil, fmt.Errorf("flagger: syndication.txt: no @first line")
	}
	return out, first, nil
}

func parseAliases(src string) map[string]int {
	m := map[string]int{}
	g := 0
	for _, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		g++
		for _, w := range strings.Split(line, "|") {
			m[strings.TrimSpace(w)] = g
		}
	}
	return m
}

// versionOf hashes the code version, the config and the embedded data, so
// that any change of output for the same input changes the version.
func versionOf(cfg Config) string {
	h := sha256.New()
	b, _ := json.Marshal(cfg)
	h.Write(b)
	for _, s := range []string{loadedTxt, hiremeTxt, fillerTxt, anonymousTxt, speechTxt, mediaTxt, documentsTxt, topicsTxt, routineTxt, syndicationTxt, aliasesTxt, organizationsTxt, eventsTxt, publicTxt, expertsTxt, hiddenTxt, function3Txt, honorificsTxt, clickbait.DataVersion(), spell.DataVersion()} {
		h.Write([]byte(s))
	}
	return codeVersion + "." + hex.EncodeToString(h.Sum(nil))[:10]
}

// Name is "flagger".
func (s *Stage) Name() string { return StageName }

// Version identifies the flag logic, configuration and data.
func (s *Stage) Version() string { return s.version }

// Process flags a: it replaces a.Flags, sets a.Risk, the flagger's signals
// and each claim's Fingerprint and Corroboration, and records the claim
// prints in the corpus. Only a corpus failure is an error (retryable).
func (s *Stage) Process(ctx context.Context, a *article.Article) error {
	if err := ctx.Err(); err != nil {
		return stage.Retryable("flagger: process", err)
	}
	v := newView(a)
	v.lex = s.bank.FindAll(v.words, v.lower, lexicon.Gap(a.Text, v.words))
	flags := make([]article.Flag, 0, 8)
	add := func(f *article.Flag) {
		if f != nil {
			flags = append(flags, *f)
		}
	}
	add(s.seoSpam(v))
	add(s.clickbaitHeadline(v))
	add(s.loadedLanguage(v))
	add(s.headlineMismatch(v))
	anon, second, unattr := s.sourcing(v)
	add(anon)
	add(second)
	add(unattr)
	add(s.contentFarm(v))
	add(s.syndicatedCopy(v))
	add(s.malformedQuotes(v))
	add(s.languageQuality(v))
	add(s.nearDuplicate(v))
	cross, err := s.crossArticle(ctx, v)
	if err != nil {
		return err
	}
	flags = append(flags, cross...)
	a.Flags = flags
	risk := s.risk(flags)
	a.Risk = &risk
	for _, f := range flags {
		s.m.flags.WithLabelValues(f.Code, f.Severity).Inc()
	}
	s.m.risk.Observe(risk)
	if ce := s.log.Check(zap.DebugLevel, "flagged"); ce != nil {
		ce.Write(zap.String("article", a.ID), zap.Int("flags", len(flags)), zap.Float64("risk", risk))
	}
	return nil
}

// risk combines the flags: 1 - prod(1 - weight(code) * factor(severity) * score).
func (s *Stage) risk(flags []article.Flag) float64 {
	keep := 1.0
	for _, f := range flags {
		w := s.cfg.Risk.Weights[f.Code] * s.cfg.Risk.SeverityFactor[f.Severity] * clamp01(f.Score)
		keep *= 1 - clamp01(w)
	}
	return round3(1 - keep)
}

func clamp01(x float64) float64 {
	switch {
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return x
}

func round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}

type metrics struct {
	flags *prometheus.CounterVec
	risk  prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		flags: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "copydesk_flags_total",
			Help: "Flags raised by the flagger, by code and severity.",
		}, []string{"code", "severity"}),
		risk: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "copydesk_flagger_risk",
			Help:    "Article risk scores computed by the flagger.",
			Buckets: prometheus.LinearBuckets(0.1, 0.1, 10),
		}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.flags, m.risk} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("flagger: register metrics: %w", err)
			}
		}
	}
	return m, nil
}

// phraseSet is the set of the phrases of an embedded lexicon; a malformed
// one panics (it is compiled in: a programming error).
func phraseSet(name, src string) map[string]bool {
	set := map[string]bool{}
	for _, e := range lexicon.MustParse(name, src).Entries() {
		set[e.Phrase] = true
	}
	return set
}
