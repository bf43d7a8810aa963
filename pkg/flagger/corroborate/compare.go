package corroborate

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/pkg/flagger/token"
	"github.com/copydesk/copydesk/pkg/store"
)

// Contradiction is a figure print of another article with the same unit and
// subject and a different value.
type Contradiction struct {
	Claim int // index in Article.Claims
	Own   Figure
	Other *store.ClaimPrint // one of the prints Compare was given
}

// Conflict is the same quote given to another speaker elsewhere.
type Conflict struct {
	Quote   int // index in Article.Quotes
	Speaker string
	Other   *store.ClaimPrint // one of the prints Compare was given
}

// Result is what other articles say about this one's claims and quotes.
type Result struct {
	// Sources maps a claim index to the other independent sources carrying
	// it (source names, or article ids for prints without a source), sorted.
	Sources map[int][]string
	// Related maps a claim index to the ids of the articles carrying it.
	Related        map[int][]string
	Contradictions []Contradiction
	Conflicts      []Conflict
}

// Compare matches this article's claims and quote prints against prints
// found in the corpus. Prints of articleID itself, and of other articles from
// the same non-empty source, are not independent and are ignored.
// quoteFrom[i] is the quote index of quotePrints[i]; claimOfQuote maps a
// quote index to the claims it carries.
func (f *Fingerprinter) Compare(articleID, source string, claims []Claim, quotePrints []store.ClaimPrint, quoteFrom []int, claimOfQuote map[int][]int, found []store.ClaimPrint) Result {
	r := Result{Sources: map[int][]string{}, Related: map[int][]string{}}
	// Pointers into found: a corpus lookup returns hundreds of prints, and
	// copying each one here was a sixth of the flagger's allocation.
	byKey := map[string][]*store.ClaimPrint{}
	for i := range found {
		p := &found[i]
		if p.ArticleID == articleID || (source != "" && p.Source == source) {
			continue
		}
		byKey[p.Key] = append(byKey[p.Key], p)
	}
	if len(byKey) == 0 {
		return r
	}
	sources := map[int]map[string]bool{}
	related := map[int]map[string]bool{}
	add := func(ci int, p *store.ClaimPrint) {
		if sources[ci] == nil {
			sources[ci], related[ci] = map[string]bool{}, map[string]bool{}
		}
		src := p.Source
		if src == "" {
			src = p.ArticleID
		}
		sources[ci][src] = true
		related[ci][p.ArticleID] = true
	}
	for _, c := range claims {
		for fi, own := range c.Prints {
			cands := byKey[own.Key]
			if len(cands) == 0 {
				continue
			}
			fig := c.Figures[c.printFigure[fi]]
			for _, p := range cands {
				sim, shared := jaccardExcept(c.Terms, f.corpusTerms(p.Text), fig.Unit)
				switch {
				case p.Value == own.Value && sim >= f.opt.MinSimilarity && shared >= f.opt.MinShared:
					add(c.Index, p)
				case p.Value != own.Value && sim >= f.opt.ContradictSimilarity && shared >= f.opt.ContradictShared:
					r.Contradictions = append(r.Contradictions, Contradiction{Claim: c.Index, Own: fig, Other: p})
				}
			}
		}
	}
	r.Contradictions = dedupeContradictions(r.Contradictions)
	conflicted := map[string]bool{}
	for i, own := range quotePrints {
		qi := quoteFrom[i]
		for _, p := range byKey[own.Key] {
			if SameSpeaker(own.Speaker, p.Speaker) {
				for _, ci := range claimOfQuote[qi] {
					add(ci, p)
				}
				continue
			}
			k := p.ArticleID + "|" + p.Speaker
			if !conflicted[k] {
				conflicted[k] = true
				r.Conflicts = append(r.Conflicts, Conflict{Quote: qi, Speaker: own.Speaker, Other: p})
			}
		}
	}
	for ci, set := range sources {
		r.Sources[ci] = sortedKeys(set)
		r.Related[ci] = sortedKeys(related[ci])
	}
	return r
}

// dedupeContradictions keeps one contradiction per claim, other article and
// pair of values, ordered by claim, then other article. A set of keys did
// this as they were found, but on a story many articles report with changing
// figures it grew to hundreds of entries an article: the largest allocation
// of the comparison.
func dedupeContradictions(cs []Contradiction) []Contradiction {
	if len(cs) < 2 {
		return cs
	}
	key := func(a, b Contradiction) int {
		return cmp.Or(cmp.Compare(a.Claim, b.Claim), strings.Compare(a.Other.ArticleID, b.Other.ArticleID),
			strings.Compare(a.Own.Value, b.Own.Value), strings.Compare(a.Other.Value, b.Other.Value))
	}
	slices.SortStableFunc(cs, key)
	return slices.CompactFunc(cs, func(a, b Contradiction) bool { return key(a, b) == 0 })
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// jaccardExcept is the Jaccard similarity of two sorted, de-duplicated term
// lists, leaving out the term except (a figure's unit, which every print of
// the key shares), and the count of terms shared. It is
// jaccard(without(a, except), without(b, except)) without the two copies,
// which it made for every candidate of every print.
func jaccardExcept(a, b []string, except string) (float64, int) {
	i, j, shared, union := 0, 0, 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && a[i] == except:
			i++
		case j < len(b) && b[j] == except:
			j++
		case i == len(a):
			union++
			j++
		case j == len(b):
			union++
			i++
		case a[i] == b[j]:
			shared++
			union++
			i++
			j++
		case a[i] < b[j]:
			union++
			i++
		default:
			union++
			j++
		}
	}
	if union == 0 {
		return 0, 0
	}
	return float64(shared) / float64(union), shared
}

// corpusTerms returns the terms of a corpus print's text, from the cache
// when an earlier article already split it: the same earlier claim is a
// candidate for many later articles.
func (f *Fingerprinter) corpusTerms(text string) []string {
	if t, ok := f.cache.get(text); ok {
		return t
	}
	sc, _ := f.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	sc.words = token.AppendSplit(sc.words[:0], text, 0)
	sc.lower = sc.lower[:0]
	for _, w := range sc.words {
		sc.lower = append(sc.lower, w.Lower())
	}
	t := f.terms(sc.words, sc.lower)
	clear(sc.words) // hold no texts in the pool
	clear(sc.lower)
	f.scratch.Put(sc)
	f.cache.put(text, t)
	return t
}

// scratch is corpusTerms' working memory, reused: a cache miss splits a
// text only to keep its terms.
type scratch struct {
	words []token.Word
	lower []string
}

// termCache maps texts to their terms, bounded: two generations of at most
// max entries each; when the current one fills, it becomes the previous one
// and the oldest generation is dropped, so a text in use stays (a hit in the
// previous generation moves it to the current one) and memory stays flat.
// The terms it holds are shared: callers must not modify them. It is safe
// for concurrent use.
type termCache struct {
	mu        sync.Mutex
	max       int
	cur, prev map[string][]string
}

func newTermCache(max int) *termCache {
	return &termCache{max: max, cur: map[string][]string{}}
}

func (c *termCache) get(text string) ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t, ok := c.cur[text]; ok {
		return t, true
	}
	t, ok := c.prev[text]
	if ok {
		c.putLocked(text, t)
	}
	return t, ok
}

func (c *termCache) put(text string, terms []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.putLocked(text, terms)
}

func (c *termCache) putLocked(text string, terms []string) {
	if len(c.cur) >= c.max {
		c.prev, c.cur = c.cur, make(map[string][]string, c.max)
	}
	c.cur[text] = terms
}

// len returns how many texts the cache holds.
func (c *termCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.cur) + len(c.prev)
}
