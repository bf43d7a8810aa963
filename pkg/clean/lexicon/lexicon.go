// Package lexicon tokenises lines of text and matches weighted word phrases
// against them. The phrases live in data files (pkg/clean/data) with one
// entry a line:
//
//	# comment
//	label  weight  phrase
//
// A phrase is a sequence of words compared with the line's lower-cased word
// tokens (so "sign-up" matches "Sign up" and "sign-up"). A leading ^ anchors
// the phrase at the start of the line, a trailing $ at its end, and a * stands
// for any one word. Matching costs one map look-up per token plus the phrases
// that start with that token: linear in the line.
package lexicon

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a line: its lower-cased text and byte offsets into the
// original line.
type Token struct {
	Word       string
	Start, End int
	Upper      bool // the original word starts with an upper-case letter
	Digit      bool // the word starts with a digit
}

// Tokenize splits s into word tokens (runs of letters, digits and marks),
// appending to dst. Invalid UTF-8 bytes separate words. The lower-cased
// words share one copy of the line, so a line costs at most one allocation
// besides dst.
func Tokenize(dst []Token, s string) []Token {
	low := s
	if needsLower(s) {
		var ok bool
		if low, ok = toLower(s); !ok {
			// a case mapping changed byte lengths: lower word by word
			return tokenizeSlow(dst, s)
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !asciiWord[c] {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
			if !isWord(r) {
				i += n
				continue
			}
		}
		start := i
		upper := unicode.IsUpper(r)
		digit := '0' <= r && r <= '9' || (r >= utf8.RuneSelf && unicode.IsDigit(r))
		i += n
		for i < len(s) {
			c = s[i]
			if c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
				}
				i++
				continue
			}
			r, n = utf8.DecodeRuneInString(s[i:])
			if !isWord(r) {
				break
			}
			i += n
		}
		dst = append(dst, Token{Word: low[start:i], Start: start, End: i, Upper: upper, Digit: digit})
	}
	return dst
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// toLower lower-cases s keeping every byte offset; ok is false when a
// rune's lower case has another encoded length.
func toLower(s string) (string, bool) {
	b := make([]byte, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 32
			}
			b[i] = c
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !unicode.IsUpper(r) {
			copy(b[i:], s[i:i+n])
			i += n
			continue
		}
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != n {
			return "", false
		}
		utf8.EncodeRune(b[i:], l)
		i += n
	}
	return string(b), true
}

func needsLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

func tokenizeSlow(dst []Token, s string) []Token {
	var lower strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWord(r) {
			i += n
			continue
		}
		start := i
		upper := unicode.IsUpper(r)
		digit := unicode.IsDigit(r)
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if !isWord(r) {
				break
			}
			i += n
		}
		lower.Reset()
		for _, r := range s[start:i] {
			lower.WriteRune(unicode.ToLower(r))
		}
		dst = append(dst, Token{Word: lower.String(), Start: start, End: i, Upper: upper, Digit: digit})
	}
	return dst
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if r == utf8.RuneError {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Entry is one phrase of a lexicon.
type Entry struct {
	Label  string
	Weight float64
	Phrase string // as written in the file, for reasons
	words  []string
	start  bool // anchored at the line start
	end    bool // anchored at the line end
}

// Lexicon is a set of phrases indexed by their first word.
type Lexicon struct {
	byFirst  map[string][]*Entry
	wildcard []*Entry // phrases starting with *
	labels   map[string]bool
}

// Parse reads a lexicon file. name is used in error messages.
func Parse(name, src string) (*Lexicon, error) {
	lx := &Lexicon{byFirst: map[string][]*Entry{}, labels: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return nil, fmt.Errorf("lexicon %s:%d: want label, weight and phrase", name, n)
		}
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil || w < 0 || w > 1 {
			return nil, fmt.Errorf("lexicon %s:%d: weight %q not in [0,1]", name, n, f[1])
		}
		e, err := newEntry(f[0], w, strings.Join(f[2:], " "))
		if err != nil {
			return nil, fmt.Errorf("lexicon %s:%d: %w", name, n, err)
		}
		lx.add(e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	return lx, nil
}

func newEntry(label string, weight float64, phrase string) (*Entry, error) {
	e := &Entry{Label: label, Weight: weight, Phrase: phrase}
	p := phrase
	if strings.HasPrefix(p, "^") {
		e.start = true
		p = p[1:]
	}
	if strings.HasSuffix(p, "$") {
		e.end = true
		p = p[:len(p)-1]
	}
	for _, f := range strings.Fields(p) {
		if f == "*" {
			e.words = append(e.words, "*")
			continue
		}
		for _, t := range Tokenize(nil, f) {
			e.words = append(e.words, t.Word)
		}
	}
	if len(e.words) == 0 {
		return nil, fmt.Errorf("phrase %q has no words", phrase)
	}
	return e, nil
}

func (lx *Lexicon) add(e *Entry) {
	lx.labels[e.Label] = true
	if e.words[0] == "*" {
		lx.wildcard = append(lx.wildcard, e)
		return
	}
	lx.byFirst[e.words[0]] = append(lx.byFirst[e.words[0]], e)
}

// Has reports whether the lexicon has entries for label.
func (lx *Lexicon) Has(label string) bool { return lx.labels[label] }

// Labels returns the labels the lexicon has entries for.
func (lx *Lexicon) Labels() []string {
	out := make([]string, 0, len(lx.labels))
	for l := range lx.labels {
		out = append(out, l)
	}
	return out
}

// Match calls fn for every entry that matches toks, with the index of the
// first matched token.
func (lx *Lexicon) Match(toks []Token, fn func(e *Entry, at int)) {
	for i := range toks {
		for _, e := range lx.byFirst[toks[i].Word] {
			if e.matchAt(toks, i) {
				fn(e, i)
			}
		}
		for _, e := range lx.wildcard {
			if e.matchAt(toks, i) {
				fn(e, i)
			}
		}
	}
}

func (e *Entry) matchAt(toks []Token, i int) bool {
	if e.start && i != 0 {
		return false
	}
	if i+len(e.words) > len(toks) {
		return false
	}
	for k, w := range e.words {
		if w != "*" && toks[i+k].Word != w {
			return false
		}
	}
	if e.end && i+len(e.words) != len(toks) {
		return false
	}
	return true
}

// Scores holds, per matched label, the noisy-or of the weights of matched
// entries and the strongest entry that matched.
type Scores []LabelScore

// LabelScore is one label's score.
type LabelScore struct {
	Label string
	Score float64
	Best  *Entry
}

// Get returns the label's score and best entry (0 and nil when unmatched).
func (s Scores) Get(label string) (float64, *Entry) {
	for _, x := range s {
		if x.Label == label {
			return x.Score, x.Best
		}
	}
	return 0, nil
}

// Score matches toks and returns the per-label scores.
func (lx *Lexicon) Score(toks []Token) Scores {
	var s Scores
	lx.Match(toks, func(e *Entry, _ int) {
		for k := range s {
			if s[k].Label == e.Label {
				s[k].Score = 1 - (1-s[k].Score)*(1-e.Weight)
				if e.Weight > s[k].Best.Weight {
					s[k].Best = e
				}
				return
			}
		}
		s = append(s, LabelScore{Label: e.Label, Score: e.Weight, Best: e})
	})
	return s
}

// WordSet is a set of lower-cased words, such as stopwords.
type WordSet map[string]struct{}

// ParseWords reads one word a line (comments with #).
func ParseWords(src string) WordSet {
	ws := WordSet{}
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, t := range Tokenize(nil, line) {
			ws[t.Word] = struct{}{}
		}
	}
	return ws
}

// Has reports whether w is in the set.
func (ws WordSet) Has(w string) bool { _, ok := ws[w]; return ok }
