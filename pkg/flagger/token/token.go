// Package token splits article text into words with their byte offsets, the
// unit every flagger check (lexicons, spelling, headline support, claim
// fingerprints) works on.
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one word of the text. Start and End are byte offsets into the text
// that was split.
type Word struct {
	Text  string
	Start int
	End   int
}

// Lower returns the word in lower case with typographic apostrophes folded
// to ASCII ones.
func (w Word) Lower() string { return Fold(w.Text) }

// Capitalized reports whether the word starts with an upper-case letter.
func (w Word) Capitalized() bool {
	r, _ := utf8.DecodeRuneInString(w.Text)
	return unicode.IsUpper(r)
}

// Numeric reports whether the word starts with a digit.
func (w Word) Numeric() bool {
	return w.Text != "" && w.Text[0] >= '0' && w.Text[0] <= '9'
}

// Fold lower-cases s and replaces typographic apostrophes with ASCII ones.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	s = strings.ToLower(s)
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

func asciiWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// joiner reports whether r may join two word characters inside one word:
// apostrophes (don't), hyphens (de-escalate), dots (U.S) and, between
// digits, commas and dots (100,000 and 2.5).
func joiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', ',':
		return true
	}
	return false
}

// Split returns the words of s, in order. It never fails and runs in time
// linear in len(s).
func Split(s string) []Word {
	return AppendSplit(nil, s, 0)
}

// AppendSplit appends the words of s to dst, adding base to every offset, so
// that a block of a larger text can be split with offsets into that text.
func AppendSplit(dst []Word, s string, base int) []Word {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && !asciiWord(c) {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		prevDigit := unicode.IsDigit(r)
		i += size
		for i < len(s) {
			if c := s[i]; asciiWord(c) {
				prevDigit = c <= '9'
				i++
				continue
			}
			r, size = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				prevDigit = unicode.IsDigit(r)
				i += size
				continue
			}
			if !joiner(r) || i+size >= len(s) {
				break
			}
			next, nsize := utf8.DecodeRuneInString(s[i+size:])
			if !isWordRune(next) {
				break
			}
			if r == ',' && !(prevDigit && unicode.IsDigit(next)) {
				break
			}
			if r == '.' && !(prevDigit && unicode.IsDigit(next)) && !abbrevDot(s[start:i], next) {
				break
			}
			i += size + nsize
			prevDigit = unicode.IsDigit(next)
		}
		dst = append(dst, Word{Text: s[start:i], Start: base + start, End: base + i})
	}
	return dst
}

// abbrevDot reports whether a dot between the word so far and next belongs
// to an abbreviation such as U.S or e.g: single letters on both sides.
func abbrevDot(sofar string, next rune) bool {
	last := strings.LastIndexByte(sofar, '.')
	seg := sofar[last+1:]
	return utf8.RuneCountInString(seg) == 1 && unicode.IsLetter(next)
}
