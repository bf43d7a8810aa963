// Package checkworthy scores how much a sentence is worth fact-checking with
// a logistic regression over hashed word and character n-grams plus a few
// dense features (numbers, quantities, named entities, a reporting cue,
// tense). Training is pure Go and deterministic for a given seed.
package checkworthy

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/claims/entity"
)

// Dim is the number of hashed feature buckets; the dense features take the
// first few.
const (
	Dim       = 1 << 18
	denseBase = 0
	numDense  = 16
)

// maxChars bounds the text a sentence contributes, so a megabyte without a
// full stop costs no more than a long sentence.
const maxChars = 1200

// Feature is one non-zero feature.
type Feature struct {
	Index int32
	Value float32
}

// wordClasses are the word sets of the dense features, parsed once from
// data/word_classes.txt when the package is initialised; read-only. A
// malformed file or a missing class panics then, naming the file and the
// line or class: the file is compiled in, so that is a programming error.
var wordClasses = entity.MustReadWordClasses(modelFS, "data/word_classes.txt")

// The word sets of the dense features; what each holds, and why, is in
// data/word_classes.txt.
var (
	reportingCues = wordClasses.Must("reportingCues") // a reporting cue ("said", "according")
	pastAux       = wordClasses.Must("pastAux")       // the past tense, besides words in "-ed"
	modal         = wordClasses.Must("modal")         // a modal verb
	firstPerson   = wordClasses.Must("firstPerson")   // a first-person pronoun
	quantityWords = wordClasses.Must("quantityWords") // a quantity besides numbers
)

// Extractor turns text into features. It is stateless and safe for
// concurrent use; Extract appends to buf to avoid allocation.
type Extractor struct{}

// fnv64 hashes without allocating.
func fnv64(seed uint64, s string) uint64 {
	h := seed
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

const fnvOffset = 14695981039346656037

func bucket(h uint64) int32 { return int32(numDense + h%uint64(Dim-numDense)) }

// Extract returns the features of text, appended to buf.
func (Extractor) Extract(text string, buf []Feature) []Feature {
	if len(text) > maxChars {
		cut := maxChars
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	out := buf[:0]
	// Words.
	var words [256]string
	nw := 0
	capsInside, numbers, quantities, cue, past, mod, first := 0, 0, 0, 0, 0, 0, 0
	i := 0
	for i < len(text) && nw < len(words) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if r == '%' || r == '$' || r == '€' || r == '£' {
				quantities++
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '\'' || r2 == '’' || (r2 == '.' || r2 == ',') && j+n2 < len(text) && isDigitByte(text[j+n2]) && j > i && isDigitByte(text[j-1])) {
				break
			}
			j += n2
		}
		w := text[i:j]
		if unicode.IsUpper(r) && nw > 0 {
			capsInside++
		}
		lw := lower(w)
		if unicode.IsDigit(r) {
			numbers++
			lw = "<num>"
		}
		switch {
		case reportingCues[lw]:
			cue++
		case pastAux[lw] || strings.HasSuffix(lw, "ed") && len(lw) > 4:
			past++
		case modal[lw]:
			mod++
		case firstPerson[lw]:
			first++
		}
		if quantityWords[lw] {
			quantities++
		}
		words[nw] = lw
		nw++
		i = j
	}
	// Word unigrams and bigrams.
	ngrams := 0
	for k := 0; k < nw; k++ {
		out = append(out, Feature{bucket(fnv64(fnvOffset^1, words[k])), 1})
		if k+1 < nw {
			h := fnv64(fnv64(fnv64(fnvOffset^2, words[k]), " "), words[k+1])
			out = append(out, Feature{bucket(h), 1})
		}
		ngrams += 2
	}
	// Character 4-grams of the lower-cased text.
	low := lower(text)
	for _, n := range [...]int{4} {
		for s := 0; s+n <= len(low); s++ {
			if !utf8.RuneStart(low[s]) || s+n < len(low) && !utf8.RuneStart(low[s+n]) {
				continue
			}
			g := low[s : s+n]
			out = append(out, Feature{bucket(fnv64(fnvOffset^uint64(n), g)), 0.5})
			ngrams++
		}
	}
	// Normalise the sparse part to unit length (approximately: counts 1).
	if len(out) > 0 {
		var ss float64
		for _, f := range out {
			ss += float64(f.Value * f.Value)
		}
		inv := float32(1 / math.Sqrt(ss))
		for k := range out {
			out[k].Value *= inv
		}
	}
	b := func(x bool) float32 {
		if x {
			return 1
		}
		return 0
	}
	lenBucket := float32(math.Min(float64(nw), 60) / 60)
	out = append(out,
		Feature{denseBase + 0, 1}, // bias-like constant
		Feature{denseBase + 1, b(numbers > 0)},
		Feature{denseBase + 2, float32(math.Min(float64(numbers), 4) / 4)},
		Feature{denseBase + 3, b(quantities > 0)},
		Feature{denseBase + 4, float32(math.Min(float64(capsInside), 5) / 5)},
		Feature{denseBase + 5, b(cue > 0)},
		Feature{denseBase + 6, b(past > 0)},
		Feature{denseBase + 7, b(mod > 0)},
		Feature{denseBase + 8, b(first > 0)},
		Feature{denseBase + 9, lenBucket},
		Feature{denseBase + 10, b(strings.HasSuffix(strings.TrimSpace(text), "?"))},
		Feature{denseBase + 11, b(nw < 6)},
	)
	return out
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// lower lower-cases s, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}
