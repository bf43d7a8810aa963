// Package langid tells the language of article text that came without one
// (plain text from a feed or a file; HTML pages usually name theirs). It
// wraps whatlanggo's trigram profiles, reads only the opening few
// kilobytes, and answers only when the text is long enough and the
// evidence clear: an unknown language is reported as unknown, never guessed,
// because the stages that follow treat an unknown language as English.
package langid

import (
	"embed"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

//go:embed data/english.txt
var englishTxt string

//go:embed data
var dataFS embed.FS

// DataFS is the package's data, for versions that hash what they read.
func DataFS() fs.FS { return dataFS }

// english is the set of data/english.txt.
var english = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(englishTxt, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}()

const (
	// sampleBytes bounds the text read: a few paragraphs tell the language
	// as well as a whole article, at a fixed cost.
	sampleBytes = 3000
	// minLetters is the fewest letters in the sample for an answer; shorter
	// texts (a headline, a caption) mislead trigram profiles.
	minLetters = 150
	// minConfidence is whatlanggo's confidence an answer needs, also
	// against English alone for any other language.
	minConfidence = 0.8
	// minWords and englishShare: a sample of at least minWords words of
	// which englishShare are English function words is English without
	// asking the profiles (a thousandth of their cost).
	minWords     = 30
	englishShare = 0.12
	// earlyWords and earlyMargin: after earlyWords words, earlyMargin times
	// englishShare is English already (most English text: the rest of the
	// sample is not read).
	earlyWords  = 120
	earlyMargin = 1.5
	// profileBytes bounds what the trigram profiles read: their cost grows
	// with the text, and a thousand bytes tell them as much as three.
	profileBytes = 1200
)

// Detect returns the ISO 639-1 code (ISO 639-3 where a language has none)
// of text's language, and false when the text is too short or the
// evidence unclear.
func Detect(text string) (string, bool) {
	sample := text
	if len(sample) > sampleBytes {
		cut := sampleBytes
		for cut > 0 && !utf8.RuneStart(sample[cut]) {
			cut--
		}
		sample = sample[:cut]
	}
	letters, words, en := 0, 0, 0
	var word [16]byte
	n := 0 // bytes of the current word in word; -1 when too long or not ASCII
	for i := 0; i <= len(sample); {
		var r rune = ' '
		size := 1
		if i < len(sample) {
			if c := sample[i]; c < utf8.RuneSelf {
				r = rune(c)
			} else {
				r, size = utf8.DecodeRuneInString(sample[i:])
			}
		}
		i += size
		switch {
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			letters++
			if n >= 0 && n < len(word) {
				word[n] = byte(r) | 0x20
				n++
			} else {
				n = -1
			}
			continue
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			letters++
			n = -1
			continue
		}
		if n != 0 {
			words++
			if n > 0 && english[string(word[:n])] {
				en++
			}
			n = 0
			if words == earlyWords && float64(en) >= englishShare*earlyMargin*float64(words) && letters >= minLetters {
				return "en", true
			}
		}
	}
	if letters < minLetters {
		return "", false
	}
	if words >= minWords && float64(en) >= englishShare*float64(words) {
		return "en", true
	}
	if len(sample) > profileBytes {
		cut := profileBytes
		for cut > 0 && !utf8.RuneStart(sample[cut]) {
			cut--
		}
		sample = sample[:cut]
	}
	info := whatlanggo.Detect(sample)
	if info.Lang < 0 || info.Confidence < minConfidence {
		return "", false
	}
	if info.Lang != whatlanggo.Eng && info.Script == unicode.Latin {
		// Latin-script languages close to English (Scots, Afrikaans) can
		// win by a little on English text: the answer must also beat
		// English alone.
		duel := whatlanggo.DetectWithOptions(sample, whatlanggo.Options{
			Whitelist: map[whatlanggo.Lang]bool{info.Lang: true, whatlanggo.Eng: true},
		})
		if duel.Lang != info.Lang || duel.Confidence < minConfidence {
			return "", false
		}
	}
	code := info.Lang.Iso6391()
	if code == "" {
		code = info.Lang.Iso6393()
	}
	return code, code != ""
}
