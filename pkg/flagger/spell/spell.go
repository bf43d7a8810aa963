// Package spell measures the language quality of article text: the share of
// words missing from an English word list (Debian's wamerican-large, SCOWL, embedded
// compressed) and garbled phrasing found by patterns from an embedded file
// (mis-typed fixed phrases, plural demonyms used as possessives, proper names
// in lower case).
package spell

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/pkg/flagger/token"
)

//go:generate sh -c "grep -v \"'s$\" /usr/share/dict/american-english-large | gzip -9n > data/words.txt.gz"

//go:embed data/words.txt.gz
var wordsGz []byte

//go:embed data/garbled.txt
var garbledTxt string

// Dictionary is an English word list. The zero value is empty; use Default.
//
// It holds a 64-bit hash of each folded word, not the word: one map without
// pointers, which the garbage collector does not scan (the word list is
// ~200,000 entries, and as string-keyed maps it was ~11 MB of pointers for
// every collection to trace, in every process that flags). Two words
// collide with probability ~1e-14 per lookup, so an unknown word is taken
// for a known one about never.
type Dictionary struct {
	words map[uint64]uint8 // hash of the folded entry -> entryCommon | entryCapital
}

// Entry kinds, as bits: a word may be listed both ways ("Mark", "mark").
const (
	entryCommon  = 1 << iota // listed in lower case
	entryCapital             // listed capitalised
	entryUpper               // listed in capitals: an acronym ("NATO", "COVID")
)

// wordHash is FNV-1a over the bytes of w, finished with a 64-bit mixer so
// that words differing in their last bytes spread over the whole range.
// It is fixed, not seeded: a word is known or not the same way in every
// process.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
	defaultErr  error
)

// Default returns the embedded wamerican-large word list, loaded once.
func Default() (*Dictionary, error) {
	defaultOnce.Do(func() {
		defaultDict, defaultErr = Load(wordsGz)
	})
	return defaultDict, defaultErr
}

// Load reads a gzip-compressed word list, one word a line.
func Load(gz []byte) (*Dictionary, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("spell: open word list: %w", err)
	}
	d := &Dictionary{words: make(map[uint64]uint8, 180000)}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		w := bytes.TrimSpace(sc.Bytes())
		if len(w) == 0 {
			continue
		}
		kind := uint8(entryCommon)
		if r, _ := utf8.DecodeRune(w); unicode.IsUpper(r) {
			kind = entryCapital
			if len(w) >= 2 && !bytes.ContainsFunc(w, unicode.IsLower) {
				kind |= entryUpper
			}
		}
		d.words[wordHash(token.Fold(string(w)))] |= kind
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("spell: read word list: %w", err)
	}
	if err := zr.Close(); err != nil {
		return nil, fmt.Errorf("spell: read word list: %w", err)
	}
	return d, nil
}

// Common reports whether the lower-case word is an ordinary (not only
// capitalised) dictionary word.
func (d *Dictionary) Common(lower string) bool {
	return d.words[wordHash(lower)]&entryCommon != 0
}

// CommonUnaccented reports whether the lower-case word, or its spelling
// without accents, is an ordinary dictionary word ("exposé", "café").
func (d *Dictionary) CommonUnaccented(lower string) bool {
	if d.Common(lower) {
		return true
	}
	for i := 0; i < len(lower); i++ {
		if lower[i] >= utf8.RuneSelf {
			plain := stripMarks(lower)
			return plain != lower && d.Common(plain)
		}
	}
	return false
}

// Proper reports whether the lower-case word is listed only as a proper noun.
func (d *Dictionary) Proper(lower string) bool {
	k := d.words[wordHash(lower)]
	return k&entryCapital != 0 && k&entryCommon == 0
}

// Capital reports whether the lower-case word is listed capitalised (a
// name, a demonym), whether or not it is also an ordinary word.
func (d *Dictionary) Capital(lower string) bool {
	return d.words[wordHash(lower)]&entryCapital != 0
}

// Acronym reports whether the lower-case word is listed in capitals and
// not as an ordinary word: "nato", "covid", not "trump" or "biden".
func (d *Dictionary) Acronym(lower string) bool {
	k := d.words[wordHash(lower)]
	return k&entryUpper != 0 && k&entryCommon == 0
}

// Known reports whether w (any case) is a word of the dictionary, trying the
// usual inflections and both parts of a hyphenated compound.
func (d *Dictionary) Known(w string) bool {
	return d.known(token.Fold(w))
}

func (d *Dictionary) known(lw string) bool {
	if d.knownASCII(lw) {
		return true
	}
	// débuts, naïve: try again without diacritics.
	for i := 0; i < len(lw); i++ {
		if lw[i] >= utf8.RuneSelf {
			if plain := stripMarks(lw); plain != lw {
				return d.knownASCII(plain)
			}
			break
		}
	}
	return false
}

// stripMarks removes combining diacritical marks (é -> e).
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (d *Dictionary) knownASCII(lw string) bool {
	if d.Common(lw) || d.Proper(lw) {
		return true
	}
	if strings.ContainsRune(lw, '-') {
		for part := range strings.SplitSeq(lw, "-") {
			if len(part) > 2 && !d.known(part) {
				return false
			}
		}
		return true
	}
	if base, ok := strings.CutSuffix(lw, "'s"); ok {
		return d.Known(base)
	}
	for _, suf := range [...]string{"s", "es", "ed", "d", "ing", "ly", "er", "est", "ness"} {
		if base, ok := strings.CutSuffix(lw, suf); ok && len(base) > 2 {
			if d.Common(base) || d.Common(base+"e") || d.Proper(base) {
				return true
			}
		}
	}
	// British spellings: -our/-or, -ise/-ize, -yse/-yze, -ence/-ense, -re/-er.
	for _, p := range [...][2]string{{"our", "or"}, {"is", "iz"}, {"ys", "yz"}, {"tre", "ter"}, {"ence", "ense"}, {"ll", "l"}} {
		if i := strings.Index(lw, p[0]); i > 0 {
			alt := lw[:i] + p[1] + lw[i+len(p[0]):]
			if d.Common(alt) {
				return true
			}
		}
	}
	return false
}

// Result is the language-quality measurement of a text.
type Result struct {
	Checked     int          // words looked up
	Misspelled  []token.Word // first occurrence of each distinct unknown word
	Garbled     []Match      // garbled phrases
	Rate        float64      // len(Misspelled) / Checked, 0 when nothing was checked
	GarbledRate float64      // garbled phrases per 100 checked words
}

// Match is a garbled phrase with its byte offsets and the pattern's note.
type Match struct {
	Start, End int
	Text       string
	Note       string
}

// Checker checks spelling and phrasing.
type Checker struct {
	dict     *Dictionary
	phrases  []phrase
	byFirst  map[string][]int // folded first word -> phrases starting with it
	anyFirst []int            // phrases whose first token is not a fixed word
}

// NewChecker builds a checker over dict with the embedded garbled-phrase
// patterns.
func NewChecker(dict *Dictionary) (*Checker, error) {
	ps, err := parsePhrases(garbledTxt)
	if err != nil {
		return nil, err
	}
	c := &Checker{dict: dict, phrases: ps, byFirst: map[string][]int{}}
	for i, p := range ps {
		switch t := p.toks[0]; t.kind {
		case tokAny:
			c.byFirst[t.word] = append(c.byFirst[t.word], i)
		case tokExact:
			w := token.Fold(t.word)
			c.byFirst[w] = append(c.byFirst[w], i)
		case tokClass:
			for w := range t.class {
				c.byFirst[w] = append(c.byFirst[w], i)
			}
		default:
			c.anyFirst = append(c.anyFirst, i)
		}
	}
	return c, nil
}

// Dictionary returns the checker's word list.
func (c *Checker) Dictionary() *Dictionary { return c.dict }

// Check measures the words (split from text, whose offsets they carry).
// Each distinct unknown word counts once, so that a repeated technical term
// is one unknown word; Rate is distinct unknown words per word checked.
// Capitalised words are taken as names and skipped, and so are words with
// digits, words of one to three letters and parts of web addresses.
//
// lower holds the folded words (token.Fold); nil folds them here.
//
// At most maxCheck words are looked up (0: all): a sample that bounds the
// cost on long texts; garbled phrases are searched in all words.
func (c *Checker) Check(text string, words []token.Word, lower []string, maxCheck int) Result {
	var r Result
	if lower == nil {
		lower = make([]string, len(words))
		for i, w := range words {
			lower[i] = w.Lower()
		}
	}
	var seen map[string]bool // unknown words met so far
	for i, w := range words {
		if w.Capitalized() || len(w.Text) < 4 || hasDigit(w.Text) || !isLatinWord(w.Text) || webPart(text, w) {
			continue
		}
		if maxCheck > 0 && r.Checked >= maxCheck {
			break
		}
		r.Checked++
		if seen[lower[i]] || c.dict.known(lower[i]) || c.dict.known(ligatures.Replace(lower[i])) {
			continue
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[lower[i]] = true
		r.Misspelled = append(r.Misspelled, words[i])
	}
	r.Garbled = c.garbled(text, words, lower)
	if r.Checked > 0 {
		r.Rate = float64(len(r.Misspelled)) / float64(r.Checked)
		r.GarbledRate = 100 * float64(len(r.Garbled)) / float64(r.Checked)
	}
	return r
}

// ligatures spells out the typographic ligatures that text copied from a
// PDF keeps: "ﬂexible" is "flexible", no misspelling.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// webPart reports whether the word is part of a web or mail address: glued
// to a dot, slash or @ that is glued to another word.
func webPart(text string, w token.Word) bool {
	if w.End+1 < len(text) {
		switch text[w.End] {
		case '.', '/', '@':
			c := text[w.End+1]
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				return true
			}
		}
	}
	if w.Start >= 2 {
		switch text[w.Start-1] {
		case '.', '/', '@':
			c := text[w.Start-2]
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				return true
			}
		}
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func isLatinWord(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && r != '’' && !unicode.In(r, unicode.Latin) {
			return false
		}
	}
	return true
}

func allUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// DataVersion is a hash of the embedded word list and garbled patterns.
func DataVersion() string {
	h := sha256.New()
	h.Write(wordsGz)
	h.Write([]byte(garbledTxt))
	return hex.EncodeToString(h.Sum(nil))[:12]
}
