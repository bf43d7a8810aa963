// Package clickbait scores headlines for clickbait: a logistic-regression
// model in pure Go over word, bigram and shape features, trained on the Stop
// Clickbait data set (Train, and the "copydesk train clickbait" command),
// plus hand features with prior weights for what that data set lacks:
// hyperbole, emotive and loaded verbs, forward references, questions and
// superlatives as tabloid political headlines use them. The committed model
// (data/model.tsv.gz) and the hand lexicon and priors are embedded.
package clickbait

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/flagger/lexicon"
	"github.com/copydesk/copydesk/pkg/flagger/spell"
	"github.com/copydesk/copydesk/pkg/flagger/token"
)

//go:embed data/model.tsv.gz
var modelGz []byte

//go:embed data/hand.txt
var handTxt string

//go:embed data/kickers.txt
var kickersTxt string

//go:embed data/prior.json
var priorJSON []byte

//go:embed data/headlines.tsv
var headlinesTSV string

// PoliticalHeadlines returns the labelled political and tabloid headlines
// written for copydesk's evaluation (data/headlines.tsv): none is from the
// training data set's sites.
func PoliticalHeadlines() ([]Example, error) {
	var ex []Example
	for n, line := range strings.Split(headlinesTSV, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lab, h, ok := strings.Cut(line, "\t")
		if !ok || (lab != "0" && lab != "1") {
			return nil, fmt.Errorf("clickbait: headlines.tsv line %d: want 0|1<TAB>headline", n+1)
		}
		ex = append(ex, Example{Headline: strings.TrimSpace(h), Clickbait: lab == "1"})
	}
	return ex, nil
}

// Prior holds the fixed weights of the hand features.
type Prior struct {
	LearnedScale float64            `json:"learned_scale"`
	LearnedClip  float64            `json:"learned_clip"`
	MaxCount     float64            `json:"max_count"`
	Weights      map[string]float64 `json:"weights"`
}

// Model is a trained linear model with its hand features. It is immutable
// and safe for concurrent use.
type Model struct {
	Bias    float64
	Weights map[string]float64
	hand    *lexicon.Lexicon
	prior   Prior
	// dict tells ordinary words from names for the kicker feature.
	dict *spell.Dictionary
	// neutralKickers are the status labels of data/kickers.txt.
	neutralKickers map[string]bool
}

// Hit is a hand feature found in a headline.
type Hit struct {
	Feature string  `json:"feature"`
	Text    string  `json:"text"`
	Start   int     `json:"start"` // byte offsets in the headline
	End     int     `json:"end"`
	Weight  float64 `json:"weight"`
}

// Score is the clickbait assessment of one headline.
type Score struct {
	P       float64 // probability of clickbait, in [0,1]
	Learned float64 // log-odds of the learned model alone
	Prior   float64 // log-odds added by the hand features
	Hits    []Hit
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, loaded once.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(bytes.NewReader(modelGz))
	})
	return defaultModel, defaultErr
}

// newModel returns a model with no learned weights and the embedded hand
// features.
func newModel() (*Model, error) {
	hand, err := lexicon.Parse("clickbait/hand.txt", handTxt)
	if err != nil {
		return nil, err
	}
	var p Prior
	if err := json.Unmarshal(priorJSON, &p); err != nil {
		return nil, fmt.Errorf("clickbait: parse prior.json: %w", err)
	}
	dict, err := spell.Default()
	if err != nil {
		return nil, fmt.Errorf("clickbait: %w", err)
	}
	neutral := map[string]bool{}
	for _, line := range strings.Split(kickersTxt, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			neutral[strings.Join(strings.Fields(line), " ")] = true
		}
	}
	return &Model{Weights: map[string]float64{}, hand: hand, prior: p, dict: dict, neutralKickers: neutral}, nil
}

// Load reads a gzip-compressed model file as written by WriteTo.
func Load(r io.Reader) (*Model, error) {
	m, err := newModel()
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("clickbait: open model: %w", err)
	}
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, val, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("clickbait: model line %d: no tab", n)
		}
		w, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return nil, fmt.Errorf("clickbait: model line %d: %w", n, err)
		}
		if name == "<bias>" {
			m.Bias = w
		} else {
			m.Weights[name] = w
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clickbait: read model: %w", err)
	}
	return m, nil
}

// WriteTo writes the model gzip-compressed, features sorted, so that the same
// training run gives the same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	fmt.Fprintf(zw, "# copydesk clickbait model: feature<TAB>weight\n<bias>\t%.6g\n", m.Bias)
	names := make([]string, 0, len(m.Weights))
	for k := range m.Weights {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(zw, "%s\t%.6g\n", k, m.Weights[k])
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	n, err := w.Write(buf.Bytes())
	return int64(n), err
}

// handFeatures finds the hand features of a headline: lexicon hits and the
// shape features (question, exclamation, shouting, second person, leading
// number other than a year).
func (m *Model) handFeatures(h string, words []token.Word, lower []string) []Hit {
	var hits []Hit
	for _, mt := range m.hand.Find(words, lower, lexicon.Gap(h, words)) {
		hits = append(hits, Hit{Feature: mt.Entry.Tag, Text: h[mt.Start:mt.End], Start: mt.Start, End: mt.End, Weight: mt.Entry.Weight})
	}
	if i := strings.IndexByte(h, '?'); i >= 0 {
		hits = append(hits, Hit{Feature: "question", Text: "?", Start: i, End: i + 1, Weight: 1})
	}
	if i := strings.IndexByte(h, '!'); i >= 0 {
		hits = append(hits, Hit{Feature: "exclamation", Text: "!", Start: i, End: i + 1, Weight: 1})
	}
	for i, w := range words {
		switch lower[i] {
		case "you", "your", "you're", "you'll", "yourself":
			hits = append(hits, Hit{Feature: "second_person", Text: w.Text, Start: w.Start, End: w.End, Weight: 1})
		}
		if len(w.Text) >= 4 && isShouting(w.Text) && (m.dict == nil || !m.dict.Acronym(lower[i])) {
			// (Not an acronym the word list writes in capitals: "COVID",
			// "UNICEF"; "DESTROY" and "BIDEN'S" shout.)
			hits = append(hits, Hit{Feature: "shouting", Text: w.Text, Start: w.Start, End: w.End, Weight: 1})
		}
	}
	if len(words) > 0 && words[0].Numeric() && !isYear(words[0].Text) {
		hits = append(hits, Hit{Feature: "leading_number", Text: words[0].Text, Start: words[0].Start, End: words[0].End, Weight: 1})
	}
	if h, ok := dramaticAs(h, words, lower, hits); ok {
		hits = append(hits, h)
	}
	if h, ok := m.kicker(h, words, lower); ok {
		hits = append(hits, h)
	}
	return hits
}

// kicker finds the tabloid kicker: the headline opens with words in
// capitals and a colon, at least one of them an ordinary word and the label
// not one of data/kickers.txt's status labels, and goes on in lower case
// ("END OF AN ERA: McConnell to quit", "INTIMIDATION: Judge faces threat").
// "BREAKING: …", "NATO: …" and a headline wholly in capitals have none.
// The hit spans the label and its colon.
func (m *Model) kicker(h string, words []token.Word, lower []string) (Hit, bool) {
	colon := strings.IndexByte(h, ':')
	if colon <= 0 || !strings.ContainsFunc(h[colon+1:], unicode.IsLower) || strings.ContainsFunc(h[:colon], unicode.IsLower) {
		return Hit{}, false
	}
	var label []string
	letters, ordinary := 0, false
	for i, w := range words {
		if w.End > colon {
			break
		}
		label = append(label, lower[i])
		for _, r := range w.Text {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		base := strings.TrimSuffix(strings.TrimSuffix(lower[i], "'s"), "’s")
		if len(base) >= 3 && m.dict != nil && m.dict.Common(base) {
			ordinary = true
		}
	}
	if letters < 4 || !ordinary || m.neutralKickers[strings.Join(label, " ")] {
		return Hit{}, false
	}
	start := words[0].Start
	return Hit{Feature: "kicker", Text: h[start : colon+1], Start: start, End: colon + 1, Weight: 1}, true
}

// dramaticAs finds the tabloid construction "<subject> <drama> as
// <event>": a hyperbole, emotive-verb or loaded-word hit before a
// mid-headline "as" that starts a clause of two words or more ("Sunak
// squirms as voters confront him", "Ministers in turmoil as secret memo
// leaks"). A neutral "Trade deficit narrows as exports recover" has no
// drama before its "as".
// The hit spans the last drama word before "as" to "as": "squirms as".
func dramaticAs(h string, words []token.Word, lower []string, hits []Hit) (Hit, bool) {
	for i := 2; i+2 < len(lower); i++ {
		if lower[i] != "as" {
			continue
		}
		start := -1
		for _, h := range hits {
			switch h.Feature {
			case "hyperbole", "emotive_verb", "loaded":
				if h.End <= words[i].Start {
					start = max(start, h.Start)
				}
			}
		}
		if start < 0 {
			return Hit{}, false // only the first "as"
		}
		return Hit{Feature: "dramatic_as", Text: h[start:words[i].End], Start: start, End: words[i].End, Weight: 1}, true
	}
	return Hit{}, false
}

// isYear reports a four-digit year ("2024 Changemakers" opens with a date,
// not a list's length).
func isYear(s string) bool {
	return len(s) == 4 && s >= "1900" && s <= "2100"
}

// isShouting reports an all-capitals word of letters (not an acronym such as
// NATO when the headline is not otherwise in capitals; callers accept that).
func isShouting(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 5
}

// features returns the learned-model features of a headline.
func features(lower []string, hits []Hit) []string {
	out := make([]string, 0, 2*len(lower)+len(hits)+4)
	prev := "<s>"
	for i, w := range lower {
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			w = "<num>"
		}
		out = append(out, "w:"+w, "b:"+prev+"_"+w)
		if i == 0 {
			out = append(out, "s:"+w)
		}
		prev = w
	}
	switch n := len(lower); {
	case n <= 4:
		out = append(out, "len:short")
	case n <= 9:
		out = append(out, "len:mid")
	default:
		out = append(out, "len:long")
	}
	for _, h := range hits {
		out = append(out, "h:"+h.Feature)
	}
	return out
}

// leadQuote returns the end of a quotation that opens the headline before a
// colon ("‘We were never told’: Residents demand answers …"), or -1. Its
// words are the speaker's: its "we", "never" or question mark do not make
// the headline writer's address to the reader.
func leadQuote(h string) int {
	r, n := utf8.DecodeRuneInString(h)
	var closers string
	switch r {
	case '‘', '\'':
		closers = "’'"
	case '“', '"':
		closers = "”\""
	default:
		return -1
	}
	i := strings.IndexAny(h[n:], closers)
	if i < 0 {
		return -1
	}
	end := n + i
	_, cn := utf8.DecodeRuneInString(h[end:])
	end += cn
	if !strings.HasPrefix(strings.TrimLeft(h[end:], " "), ":") {
		return -1
	}
	return end
}

// tailQuote returns where a quotation that closes the headline after a
// colon starts ("Mother of crash victim: ‘I will never forgive them’"), or
// -1.
func tailQuote(h string) int {
	c := strings.LastIndex(h, ":")
	if c < 0 {
		return -1
	}
	rest := strings.TrimLeft(h[c+1:], " ")
	r, n := utf8.DecodeRuneInString(rest)
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(rest, " .!?"))
	switch {
	case (r == '‘' || r == '\'') && (last == '’' || last == '\''), (r == '“' || r == '"') && (last == '”' || last == '"'):
	default:
		return -1
	}
	if len(rest) <= 2*n {
		return -1
	}
	return len(h) - len(rest)
}

// speakerFeature are the hand features a lead quotation's words cannot
// carry (the speaker's, not the headline's); hyperbole, loaded words and
// capitals in scare quotes still count.
var speakerFeature = map[string]bool{"superlative": true, "second_person": true, "question": true, "exclamation": true, "forward": true}

// extract returns the words the learned model reads and the hand features
// of headline h: the words of a quotation before or after a colon are left
// out of both, as above.
func (m *Model) extract(h string) ([]string, []Hit) {
	words := token.Split(h)
	lower := lexicon.Lower(words)
	hits := m.handFeatures(h, words, lower)
	qs, qe := 0, leadQuote(h)
	if qe < 0 {
		qs, qe = tailQuote(h), len(h)
	}
	if qs < 0 {
		return lower, hits
	}
	kept := lower[:0:0]
	for i, w := range words {
		if w.Start < qs || w.Start >= qe {
			kept = append(kept, lower[i])
		}
	}
	if len(kept) < 3 {
		return lower, hits // "‘Brakes failed’: bus crash", "Zelensky: ‘…’": too little beside the quotation
	}
	out := hits[:0:0]
	for _, h := range hits {
		if h.Start < qs || h.Start >= qe || !speakerFeature[h.Feature] {
			out = append(out, h)
		}
	}
	return kept, out
}

// Score scores one headline.
func (m *Model) Score(headline string) Score {
	lower, hits := m.extract(headline)
	learned := m.Bias
	for _, f := range features(lower, hits) {
		learned += m.Weights[f]
	}
	counts := map[string]float64{}
	prior := 0.0
	for _, h := range hits {
		if counts[h.Feature] >= m.prior.MaxCount {
			continue
		}
		counts[h.Feature] += h.Weight
		prior += h.Weight * m.prior.Weights[h.Feature]
	}
	z := m.prior.LearnedScale*math.Max(-m.prior.LearnedClip, math.Min(m.prior.LearnedClip, learned)) + prior
	return Score{P: sigmoid(z), Learned: learned, Prior: prior, Hits: hits}
}

func sigmoid(z float64) float64 {
	if z > 30 {
		return 1
	}
	if z < -30 {
		return 0
	}
	return 1 / (1 + math.Exp(-z))
}

// DataVersion is a hash of the embedded model, hand lexicon and priors.
func DataVersion() string {
	h := sha256.New()
	h.Write(modelGz)
	h.Write([]byte(handTxt))
	h.Write(priorJSON)
	return hex.EncodeToString(h.Sum(nil))[:12]
}
