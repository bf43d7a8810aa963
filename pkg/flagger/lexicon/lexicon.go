// Package lexicon matches weighted word and phrase lists against tokenised
// text. The flagger keeps its lexicons (loaded language, hire-me bios,
// anonymous-source cues, clickbait hand features) in embedded text files in
// this format:
//
//	# comment
//	phrase words<TAB>weight[<TAB>tag]
//
// A word ending in '*' matches any word with that prefix ("humiliat*"); other
// words match case-insensitively, with typographic apostrophes folded. The
// weight defaults to 1 when the column is absent.
package lexicon

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/pkg/flagger/token"
)

// Entry is one phrase of a lexicon.
type Entry struct {
	Phrase string
	Weight float64
	Tag    string
	words  []string // lower-case; trailing '*' kept for prefixes
}

// Match is an entry found in the text, with byte offsets of the phrase.
type Match struct {
	Entry *Entry
	Start int
	End   int
	First int // index of the first matched word
	Last  int // index of the last matched word
}

// Lexicon is an immutable, concurrency-safe phrase list.
type Lexicon struct {
	Name    string
	entries []*Entry
	exact   map[string][]*Entry // first word -> entries
	prefix  map[string][]*Entry // first prefixLen bytes of a prefix first word -> entries
}

const prefixLen = 3

// Parse reads a lexicon file; name is used in errors.
func Parse(name, src string) (*Lexicon, error) {
	l := &Lexicon{Name: name, exact: map[string][]*Entry{}, prefix: map[string][]*Entry{}}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		e := &Entry{Phrase: strings.TrimSpace(cols[0]), Weight: 1}
		if len(cols) > 1 && strings.TrimSpace(cols[1]) != "" {
			w, err := strconv.ParseFloat(strings.TrimSpace(cols[1]), 64)
			if err != nil {
				return nil, fmt.Errorf("lexicon %s line %d: weight: %w", name, n+1, err)
			}
			e.Weight = w
		}
		if len(cols) > 2 {
			e.Tag = strings.TrimSpace(cols[2])
		}
		for _, w := range strings.Fields(e.Phrase) {
			e.words = append(e.words, token.Fold(w))
		}
		if len(e.words) == 0 {
			return nil, fmt.Errorf("lexicon %s line %d: empty phrase", name, n+1)
		}
		first := e.words[0]
		if p, ok := strings.CutSuffix(first, "*"); ok {
			if len(p) < prefixLen {
				return nil, fmt.Errorf("lexicon %s line %d: prefix %q shorter than %d", name, n+1, first, prefixLen)
			}
			l.prefix[p[:prefixLen]] = append(l.prefix[p[:prefixLen]], e)
		} else {
			l.exact[first] = append(l.exact[first], e)
		}
		l.entries = append(l.entries, e)
	}
	return l, nil
}

// MustParse is Parse for embedded files that tests cover; it panics on error.
func MustParse(name, src string) *Lexicon {
	l, err := Parse(name, src)
	if err != nil {
		panic(err)
	}
	return l
}

// Len is the number of entries.
func (l *Lexicon) Len() int { return len(l.entries) }

// Entries returns the entries in file order.
func (l *Lexicon) Entries() []*Entry { return l.entries }

// Lower folds the words for matching; pass the result to Find.
func Lower(words []token.Word) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w.Lower()
	}
	return out
}

// Find returns every match in words (lower holds their folded forms, as
// returned by Lower), leftmost first; at one position the longest phrase wins
// and matches do not overlap. gap, when not nil, reports whether words i-1
// and i are separated by more than white space (a phrase never spans such a
// gap).
func (l *Lexicon) Find(words []token.Word, lower []string, gap func(i int) bool) []Match {
	var out []Match
	for i := 0; i < len(words); {
		best := -1
		var bestE *Entry
		try := func(es []*Entry) {
			for _, e := range es {
				if end, ok := matchAt(e, lower, i, gap); ok && end > best {
					best, bestE = end, e
				}
			}
		}
		try(l.exact[lower[i]])
		if len(l.prefix) > 0 && len(lower[i]) >= prefixLen {
			try(l.prefix[lower[i][:prefixLen]])
		}
		if bestE == nil {
			i++
			continue
		}
		out = append(out, Match{Entry: bestE, Start: words[i].Start, End: words[best].End, First: i, Last: best})
		i = best + 1
	}
	return out
}

func matchAt(e *Entry, lower []string, i int, gap func(int) bool) (int, bool) {
	if i+len(e.words) > len(lower) {
		return 0, false
	}
	for k, w := range e.words {
		j := i + k
		if k > 0 && gap != nil && gap(j) {
			return 0, false
		}
		if p, ok := strings.CutSuffix(w, "*"); ok {
			if !strings.HasPrefix(lower[j], p) {
				return 0, false
			}
		} else if lower[j] != w {
			return 0, false
		}
	}
	return i + len(e.words) - 1, true
}

// Gap returns a gap function for Find that reports punctuation other than
// white space (and a hyphen) between consecutive words of text.
func Gap(text string, words []token.Word) func(i int) bool {
	return func(i int) bool {
		if i <= 0 || i >= len(words) {
			return true
		}
		return strings.Trim(text[words[i-1].End:words[i].Start], " \t-") != ""
	}
}

// Bank matches several lexicons in one pass over the words, with one map
// lookup per word for all of them.
type Bank struct {
	lex   []*Lexicon
	first map[string][]bankEntry // first word -> entries of every lexicon
}

type bankEntry struct {
	lex int
	e   *Entry
}

// NewBank combines lexicons; FindAll returns matches in the same order.
func NewBank(lex ...*Lexicon) *Bank {
	b := &Bank{lex: lex, first: map[string][]bankEntry{}}
	for li, l := range lex {
		for w, es := range l.exact {
			for _, e := range es {
				b.first[w] = append(b.first[w], bankEntry{li, e})
			}
		}
	}
	return b
}

// FindAll returns, for each lexicon of the bank, what Find would return.
func (b *Bank) FindAll(words []token.Word, lower []string, gap func(i int) bool) [][]Match {
	out := make([][]Match, len(b.lex))
	next := make([]int, len(b.lex)) // first word index each lexicon may match at
	for i := range words {
		es := b.first[lower[i]]
		if len(es) == 0 {
			continue
		}
		for li := range b.lex {
			if next[li] > i {
				continue
			}
			end := -1
			var bestE *Entry
			for _, be := range es {
				if be.lex != li {
					continue
				}
				if e, ok := matchAt(be.e, lower, i, gap); ok && e > end {
					end, bestE = e, be.e
				}
			}
			if bestE != nil {
				out[li] = append(out[li], Match{Entry: bestE, Start: words[i].Start, End: words[end].End, First: i, Last: end})
				next[li] = end + 1
			}
		}
	}
	for li, l := range b.lex {
		if len(l.prefix) > 0 {
			out[li] = l.Find(words, lower, gap)
		}
	}
	return out
}
