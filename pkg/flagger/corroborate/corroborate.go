// Package corroborate fingerprints an article's claims so that articles can
// be compared with each other through a shared store: the same figure about
// the same thing in another source corroborates a claim, a different figure
// about the same thing contradicts it, and the same quote given to a
// different speaker is an attribution conflict.
//
// Prints come in two kinds. A figure print has Key "fig|<unit>|<anchor>"
// (unit: troop, percent, usd...; anchor: an entity or name the claim is
// about, up to three prints per figure) and Value the normalised figure;
// candidates that share the key are then compared on the key terms of their
// text, so that "100,000 troops on the border" and "30,000 troops in
// Belarus" are neither corroboration nor contradiction. A quote print has Key
// "quote|<hash of six quoted words>", no Value, and the canonical speaker.
package corroborate

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger/token"
	"github.com/copydesk/copydesk/pkg/store"
)

//go:embed data/stopwords.txt
var stopwordsTxt string

//go:embed data/units.txt
var unitsTxt string

// Options tune the comparison.
type Options struct {
	// MinSimilarity is the Jaccard similarity of key terms (figures and the
	// unit left out) above which two figure prints with the same value
	// corroborate each other, provided they share MinShared terms.
	MinSimilarity float64 `json:"min_similarity"`
	MinShared     int     `json:"min_shared"`
	// ContradictSimilarity is the similarity above which the same unit with
	// a different figure counts as a contradiction; ContradictShared the
	// number of key terms the two must share besides.
	ContradictSimilarity float64 `json:"contradict_similarity"`
	ContradictShared     int     `json:"contradict_shared"`
	// QuoteWords is the length of the quoted-word windows hashed into quote
	// prints; MaxQuoteWindows bounds the prints per quote.
	QuoteWords      int `json:"quote_words"`
	MaxQuoteWindows int `json:"max_quote_windows"`
}

// Fingerprinter extracts fingerprints and prints. It is immutable and safe
// for concurrent use.
type Fingerprinter struct {
	opt   Options
	stop  map[string]struct{}
	nums  map[string]float64
	scale map[string]float64
	pct   map[string]struct{}
	// cache holds the terms of corpus texts across articles.
	cache *termCache
	// scratch holds corpusTerms' working memory (*scratch), reused.
	scratch sync.Pool
}

// termCacheSize bounds each generation of the corpus term cache: a few MB,
// and more texts than the candidates of a few hundred articles.
const termCacheSize = 4096

// New returns a fingerprinter with the embedded word lists.
func New(opt Options) (*Fingerprinter, error) {
	f := &Fingerprinter{opt: opt, stop: map[string]struct{}{}, nums: map[string]float64{}, scale: map[string]float64{}, pct: map[string]struct{}{},
		cache: newTermCache(termCacheSize)}
	for _, line := range strings.Split(stopwordsTxt, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			f.stop[w] = struct{}{}
		}
	}
	for n, line := range strings.Split(unitsTxt, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return nil, fmt.Errorf("corroborate: units.txt line %d: want 3 columns", n+1)
		}
		v, err := strconv.ParseFloat(cols[2], 64)
		if err != nil {
			return nil, fmt.Errorf("corroborate: units.txt line %d: %w", n+1, err)
		}
		switch cols[0] {
		case "num":
			f.nums[cols[1]] = v
		case "scale":
			f.scale[cols[1]] = v
		case "percent":
			f.pct[cols[1]] = struct{}{}
		default:
			return nil, fmt.Errorf("corroborate: units.txt line %d: unknown kind %q", n+1, cols[0])
		}
	}
	if opt.QuoteWords <= 0 {
		return nil, fmt.Errorf("corroborate: quote_words must be positive")
	}
	return f, nil
}

// Figure is a number in a claim with the thing it counts.
type Figure struct {
	Value string // normalised: digits, no separators, scale applied
	Unit  string // stemmed noun, "percent" or a currency code
}

// Claim is the fingerprint of one claim with its prints.
type Claim struct {
	Index       int // index in Article.Claims
	Fingerprint string
	Entities    []string
	Figures     []Figure
	Terms       []string
	Prints      []store.ClaimPrint
	printFigure []int // index in Figures of each print
}

// maxAnchors bounds the subject anchors, and so the prints, per figure.
const maxAnchors = 3

// anchors names what a claim's figures are about, for the print keys: the
// claim's entities (ids from the claims stage), else its capitalised words
// that do not start a sentence, stemmed, in order of appearance; none when
// there are none.
func (f *Fingerprinter) anchors(entities []string, words []token.Word, lower []string, text string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(a string) {
		if a != "" && !seen[a] && len(out) < maxAnchors {
			seen[a] = true
			out = append(out, a)
		}
	}
	for _, e := range entities {
		add(e)
	}
	if len(out) == 0 {
		for i, w := range words {
			if !w.Capitalized() || len(lower[i]) < 3 {
				continue
			}
			if _, stop := f.stop[lower[i]]; stop {
				continue
			}
			if i == 0 || strings.ContainsAny(text[words[i-1].End:w.Start], ".!?:\n") {
				continue // sentence-initial: not known to be a name
			}
			add(Stem(strings.TrimSuffix(lower[i], "'s")))
		}
	}
	// A figure about nothing nameable gets no print: under one shared key
	// it would be compared with every such figure of every later article.
	return out
}

// Extract fingerprints every claim of a. Speakers come from the quote that
// carries each claim; quote prints are made for the article's direct and
// mixed quotes (attached to the claim they carry, or to no claim, Index -1).
func (f *Fingerprinter) Extract(a *article.Article) []Claim {
	return f.ExtractWords(a, nil, nil)
}

// ExtractWords is Extract with the article's words already split (offsets
// into a.Text, in order, lower their folded forms): a claim inside them is
// not split again.
func (f *Fingerprinter) ExtractWords(a *article.Article, words []token.Word, lower []string) []Claim {
	out := make([]Claim, 0, len(a.Claims))
	for i, c := range a.Claims {
		lo := sort.Search(len(words), func(k int) bool { return words[k].Start >= c.Start })
		hi := lo
		for hi < len(words) && words[hi].End <= c.End {
			hi++
		}
		cw, cl := words[lo:hi], []string(nil)
		if lower != nil {
			cl = lower[lo:hi]
		}
		text := a.Text
		if len(cw) == 0 {
			if s := a.Slice(c.Start, c.End); s != "" {
				cw = token.AppendSplit(nil, s, c.Start)
			} else {
				text = c.Text
				cw = token.Split(c.Text)
			}
			cl = nil
		}
		if cl == nil {
			cl = make([]string, len(cw))
			for k, w := range cw {
				cl[k] = w.Lower()
			}
		}
		claim := Claim{Index: i, Entities: entitiesIn(a, c.Start, c.End), Figures: f.figures(text, cw, cl), Terms: f.terms(cw, cl)}
		speaker := ""
		if c.Quote != nil && *c.Quote >= 0 && *c.Quote < len(a.Quotes) {
			speaker = speakerOf(a.Quotes[*c.Quote])
		}
		anchors := f.anchors(claim.Entities, cw, cl, text)
		for fi, fig := range claim.Figures {
			for _, an := range anchors {
				claim.Prints = append(claim.Prints, store.ClaimPrint{
					Key: "fig|" + fig.Unit + "|" + an, Value: fig.Value, ArticleID: a.ID, Source: a.Source, Speaker: speaker, Text: c.Text,
				})
				claim.printFigure = append(claim.printFigure, fi)
			}
		}
		claim.Fingerprint = fingerprint(claim)
		out = append(out, claim)
	}
	return out
}

// QuotePrints returns the prints of a's direct and mixed quotes, with the
// index of the quote each print came from.
func (f *Fingerprinter) QuotePrints(a *article.Article) ([]store.ClaimPrint, []int) {
	var prints []store.ClaimPrint
	var from []int
	for qi, q := range a.Quotes {
		if q.Kind == article.KindIndirect || q.Speaker == nil {
			continue
		}
		text := quotedText(q.Text)
		words := token.Split(text)
		if len(words) < f.opt.QuoteWords {
			continue
		}
		n := 0
		for s := 0; s+f.opt.QuoteWords <= len(words) && n < f.opt.MaxQuoteWindows; s += f.opt.QuoteWords {
			h := uint64(fnvOffset)
			for _, w := range words[s : s+f.opt.QuoteWords] {
				h = fnvFolded(h, w.Text)
				h = (h ^ ' ') * fnvPrime
			}
			key := make([]byte, 0, 22)
			key = append(key, "quote|"...)
			key = fmt.Appendf(key, "%016x", h)
			prints = append(prints, store.ClaimPrint{
				Key: string(key), ArticleID: a.ID, Source: a.Source, Speaker: speakerOf(q), Text: q.Text,
			})
			from = append(from, qi)
			n++
		}
	}
	return prints, from
}

// FNV-1a, 64 bits (as hash/fnv's New64a), over folded words.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnvFolded adds token.Fold(w) to the hash h without allocating for ASCII
// words.
func fnvFolded(h uint64, w string) uint64 {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			for _, c := range []byte(token.Fold(w)) {
				h = (h ^ uint64(c)) * fnvPrime
			}
			return h
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// quotedText keeps the words inside quotation marks when the quote text has
// any (a mixed quote's reporting clause is not part of the quotation).
func quotedText(s string) string {
	var b strings.Builder
	in := false
	any := false
	for _, r := range s {
		switch r {
		case '“', '”', '"', '«', '»', '„':
			in = !in
			any = true
			b.WriteByte(' ')
			continue
		}
		if in {
			b.WriteRune(r)
		}
	}
	if !any {
		return s
	}
	return b.String()
}

func speakerOf(q article.Quote) string {
	if q.Speaker == nil {
		return ""
	}
	if q.Speaker.Canonical != "" {
		return q.Speaker.Canonical
	}
	return q.Speaker.Name
}

// SameSpeaker reports whether two speaker names denote the same speaker:
// equal ignoring case, or one is the other's surname.
func SameSpeaker(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if a == "" || b == "" || a == b {
		return true
	}
	la, lb := lastWord(a), lastWord(b)
	return la == lb && (la == a || lb == b || la != "")
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func entitiesIn(a *article.Article, start, end int) []string {
	var out []string
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Start >= start && m.End <= end {
				id := e.ID
				if id == "" {
					id = strings.ToLower(e.Name)
				}
				out = append(out, id)
				break
			}
		}
	}
	sort.Strings(out)
	return dedupe(out)
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func fingerprint(c Claim) string {
	var figs []string
	for _, f := range c.Figures {
		figs = append(figs, f.Value+" "+f.Unit)
	}
	terms := c.Terms
	if len(terms) > 6 {
		terms = terms[:6]
	}
	return "e=" + strings.Join(c.Entities, ",") + ";n=" + strings.Join(figs, ",") + ";t=" + strings.Join(terms, ",")
}

// Terms returns the sorted, de-duplicated key terms of words: stemmed
// lower-case content words and names, without function words and numbers.
func (f *Fingerprinter) Terms(words []token.Word) []string {
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = w.Lower()
	}
	return f.terms(words, lower)
}

func (f *Fingerprinter) terms(words []token.Word, lower []string) []string {
	out := make([]string, 0, len(words))
	for i, w := range words {
		lw := lower[i]
		if w.Numeric() || len(lw) < 3 {
			continue
		}
		lw = strings.TrimSuffix(lw, "'s")
		if _, ok := f.stop[lw]; ok {
			continue
		}
		out = append(out, Stem(lw))
	}
	slices.Sort(out)
	return dedupe(out)
}

// Stem is a light suffix stripper: it maps plural and inflected forms of
// most English words to one key (troops/troop, invaded/invade).
func Stem(w string) string {
	for _, suf := range [...]string{"ies", "ing", "ed", "es", "s"} {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 3 {
			switch suf {
			case "ies":
				return base + "y"
			case "es":
				// boxes/box, states/state, invades/invade: the stem of
				// the singular, whose final e is dropped below.
				return base
			case "s":
				if strings.HasSuffix(base, "s") {
					return w
				}
				return base
			case "ed", "ing":
				if len(base) >= 4 && base[len(base)-1] == base[len(base)-2] {
					base = base[:len(base)-1]
				}
				return strings.TrimSuffix(base, "e")
			}
		}
	}
	return strings.TrimSuffix(w, "e")
}

// figures finds the figures of a claim: a numeral or number word, an
// optional scale word, and the first lower-case content word after it as the
// unit. Years, times and ordinals are skipped.
func (f *Fingerprinter) figures(text string, words []token.Word, lower []string) []Figure {
	var out []Figure
	for i := 0; i < len(words); i++ {
		w := words[i]
		if !w.Numeric() {
			if _, isNum := f.nums[lower[i]]; !isNum {
				continue
			}
		}
		lw := lower[i]
		var v float64
		var ok bool
		currency := ""
		if w.Numeric() {
			v, ok = parseNumber(lw)
			if !ok {
				continue
			}
			// A year or a time is not a figure worth comparing.
			if !strings.ContainsAny(lw, ",.") && v >= 1900 && v <= 2100 && len(lw) == 4 {
				continue
			}
		} else if n, isNum := f.nums[lw]; isNum {
			v, ok = n, true
		} else {
			continue
		}
		if w.Start > 0 {
			currency = currencyBefore(text[:w.Start])
		}
		j := i + 1
		for j < len(words) {
			if s, isScale := f.scale[lower[j]]; isScale {
				v *= s
				j++
				continue
			}
			break
		}
		unit := currency
		if end := words[j-1].End; unit == "" && end < len(text) && text[end] == '%' {
			unit = "percent"
		}
		if unit == "" {
			for k := j; k < len(words) && k < j+3; k++ {
				lk := lower[k]
				if _, isPct := f.pct[lk]; isPct {
					unit = "percent"
					break
				}
				if k+1 < len(words) && lk == "per" && lower[k+1] == "cent" {
					unit = "percent"
					break
				}
				if words[k].Capitalized() || words[k].Numeric() {
					continue
				}
				if _, stop := f.stop[lk]; stop {
					continue
				}
				unit = Stem(lk)
				break
			}
		}
		if unit == "" {
			continue
		}
		out = append(out, Figure{Value: formatNumber(v), Unit: unit})
		i = j - 1
	}
	return out
}

// currencyBefore names the currency whose symbol ends before.
func currencyBefore(before string) string {
	switch {
	case strings.HasSuffix(before, "$"):
		return "usd"
	case strings.HasSuffix(before, "£"):
		return "gbp"
	case strings.HasSuffix(before, "€"):
		return "eur"
	}
	return ""
}

func parseNumber(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	end := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.') {
		end++
	}
	switch s[end:] {
	case "", "m", "bn", "k":
	default:
		return 0, false // ordinals (10th), codes (S-400), mixed tokens
	}
	v, err := strconv.ParseFloat(s[:end], 64)
	if err != nil {
		return 0, false
	}
	switch s[end:] {
	case "m":
		v *= 1e6
	case "bn":
		v *= 1e9
	case "k":
		v *= 1e3
	}
	return v, true
}

func formatNumber(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e18 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
