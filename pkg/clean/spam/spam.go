// Package spam scores teaser blocks (a related-article headline with its
// snippet) for SEO spam: adult and leak bait, escort, gambling and pharma
// keywords, "is X 100% free" questions, keyword stuffing and topics that have
// nothing to do with the article. Phrases and weights live in
// pkg/clean/data/spam.txt.
package spam

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/pkg/clean/data"
	"github.com/copydesk/copydesk/pkg/clean/lexicon"
)

// Scorer scores teasers. It is safe for concurrent use.
type Scorer struct {
	lex  *lexicon.Lexicon
	stop lexicon.WordSet
	// StuffingWeight is added (noisy-or) when a name or phrase repeats
	// inside one teaser; UnrelatedWeight when the teaser shares no content
	// word with the article.
	StuffingWeight, UnrelatedWeight float64
}

// New loads the embedded spam lexicon.
func New(stop lexicon.WordSet) (*Scorer, error) {
	lx, err := lexicon.Parse("spam.txt", data.MustRead("spam.txt"))
	if err != nil {
		return nil, fmt.Errorf("spam: %w", err)
	}
	return &Scorer{lex: lx, stop: stop, StuffingWeight: 0.3, UnrelatedWeight: 0.15}, nil
}

// Score is the spam score of one teaser with the reasons that raised it.
type Score struct {
	Value  float64
	Reason string
}

// Teaser scores a teaser made of the given token lists (its headline and
// snippet lines). topic holds the content words of the article; when it is
// non-empty a teaser with no word in common with it scores as unrelated.
func (s *Scorer) Teaser(lines [][]lexicon.Token, topic map[string]bool) Score {
	p := 0.0
	var why []string
	seenPhrase := map[string]bool{}
	add := func(w float64, reason string) {
		p = 1 - (1-p)*(1-w)
		if !seenPhrase[reason] {
			seenPhrase[reason] = true
			why = append(why, reason)
		}
	}
	shared, content := 0, 0
	stuffed := ""
	for _, toks := range lines {
		bigrams := map[string]int{}
		s.lex.Match(toks, func(e *lexicon.Entry, _ int) {
			add(e.Weight, e.Label+" \""+e.Phrase+"\"")
		})
		for i, t := range toks {
			if !s.stop.Has(t.Word) && len(t.Word) > 2 && !t.Digit {
				content++
				if topic[t.Word] {
					shared++
				}
			}
			if i+1 < len(toks) && t.Upper && toks[i+1].Upper {
				bg := t.Word + " " + toks[i+1].Word
				bigrams[bg]++
				if bigrams[bg] == 2 && stuffed == "" {
					stuffed = bg
				}
			}
		}
	}
	if stuffed != "" {
		add(s.StuffingWeight, "repeated \""+stuffed+"\"")
	}
	if len(topic) > 0 && content >= 3 && shared == 0 {
		add(s.UnrelatedWeight, "unrelated to the article")
	}
	return Score{Value: p, Reason: strings.Join(why, ", ")}
}
