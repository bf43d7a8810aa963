// Package token splits a sentence into words, punctuation and quote marks
// with byte offsets, for the attribution rules of the claims stage.
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is.
type Kind uint8

// Token kinds.
const (
	Word  Kind = iota // letters and digits, with inner apostrophes, hyphens and periods (U.S., don't)
	Punct             // any other visible character except quote marks
	Mark              // a quotation mark
)

// Token is one token of the text.
type Token struct {
	Start, End int
	Kind       Kind
	Text       string
	Lower      string
	// Quote is the index of the quotation the token lies in, or -1.
	Quote int
}

// Cap reports whether the token is a word starting with an upper-case letter.
func (t Token) Cap() bool {
	if t.Kind != Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsMark reports whether r is a quotation mark.
func IsMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '″', '‘', '’', '\'':
		return true
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Split tokenises text[start:end]. Offsets are into text.
func Split(text string, start, end int) []Token {
	out := make([]Token, 0, max(0, end-start)/5+4)
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// Inner joiners: don't, Blinken’s, US-Russia, U.S., 100,000, 3.5,
				// AT&T, S&P.
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',' || r2 == '&') && j+n2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
					if isWordRune(r3) && (r2 != ',' || (unicode.IsDigit(r3) && unicode.IsDigit(lastRune(text[i:j])))) {
						if r2 == '.' && !(unicode.IsDigit(r3) || unicode.IsUpper(r3) && j-i <= 2 || domainAt(text[j+n2:end])) {
							break
						}
						j += n2
						continue
					}
				}
				break
			}
			// A name's plural possessive keeps its apostrophe: "the
			// Patients' Alliance", "Teachers’ union" (not the closing mark
			// of a single-quoted quotation: "'We need more Buses' is").
			if n := pluralPossessive(text, start, i, j, end); n > 0 {
				j += n
			}
			// An acronym's final period: "U.S." keeps it ("MailOnline.com."
			// does not).
			if j < end && text[j] == '.' && strings.Contains(text[i:j], ".") && !IsWebAddress(text[i:j]) {
				j++
			}
			w := text[i:j]
			lw := lower(w)
			if pronounAcronym(w) {
				lw = w // "the WHO said": the organisation, not the pronoun (see below)
			}
			out = append(out, Token{Start: i, End: j, Kind: Word, Text: w, Lower: lw, Quote: -1})
			i = j
		case IsMark(r):
			out = append(out, Token{Start: i, End: i + n, Kind: Mark, Text: text[i : i+n], Lower: text[i : i+n], Quote: -1})
			i += n
		default:
			out = append(out, Token{Start: i, End: i + n, Kind: Punct, Text: text[i : i+n], Lower: text[i : i+n], Quote: -1})
			i += n
		}
	}
	// An acronym spelt like a pronoun keeps its capitals only outside
	// capitals: in "WHO IS THIS MAN" it is the pronoun.
	for k := range out {
		if out[k].Kind != Word || out[k].Lower != out[k].Text || !pronounAcronym(out[k].Text) {
			continue
		}
		for _, n := range []int{k - 1, k + 1} {
			if n >= 0 && n < len(out) && out[n].Kind == Word && shouted(out[n].Text) {
				out[k].Lower = lower(out[k].Text)
				break
			}
		}
	}
	return out
}

// pronounAcronym reports whether w is an organisation's acronym that is
// also a pronoun the attribution rules key on: the World Health
// Organization's "WHO" (and "WHO's").
func pronounAcronym(w string) bool {
	return w == "WHO" || w == "WHO's" || w == "WHO’s"
}

// shouted reports whether w is written in capitals, two letters or more.
func shouted(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// pluralPossessive returns the length of the apostrophe closing the
// capitalised word text[i:j] that ends in "s" when it is a plural
// possessive: a space and a letter follow, and no single quotation is open
// before it in the 400 bytes back to start (a quotation's "‘" or an "'"
// after a space, not yet closed). Otherwise 0.
func pluralPossessive(text string, start, i, j, end int) int {
	if j >= end || text[j-1] != 's' || text[i] < 'A' || text[i] > 'Z' {
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[j:end])
	if r != '\'' && r != '’' || j+n+1 >= end || text[j+n] != ' ' {
		return 0
	}
	if r2, _ := utf8.DecodeRuneInString(text[j+n+1 : end]); !unicode.IsLetter(r2) {
		return 0
	}
	from := max(start, i-400)
	open := false
	for k := from; k < i; {
		c, m := utf8.DecodeRuneInString(text[k:i])
		switch c {
		case '‘':
			open = true
		case '\'', '’':
			before, _ := utf8.DecodeLastRuneInString(text[from:k])
			after, _ := utf8.DecodeRuneInString(text[k+m : i])
			switch {
			case k == from || unicode.IsSpace(before) || before == '(':
				if c == '\'' && isWordRune(after) {
					open = true
				}
			case !isWordRune(after):
				open = false
			}
		}
		k += m
	}
	if open {
		return 0
	}
	return n
}

// domainSuffixes are the last parts of web addresses that news names
// outlets by ("Express.co.uk", "MailOnline.com").
var domainSuffixes = map[string]bool{
	"com": true, "co": true, "uk": true, "org": true, "net": true, "io": true, "gov": true, "edu": true, "tv": true,
	"info": true, "news": true, "au": true, "ca": true, "ie": true, "nz": true, "za": true, "de": true, "fr": true, "us": true,
}

// domainAt reports whether s opens with a domain suffix that ends there
// (after ".": "co.uk …", "com that …"), so that the period before it
// joins a web address.
func domainAt(s string) bool {
	k := 0
	for k < len(s) && s[k] >= 'a' && s[k] <= 'z' {
		k++
	}
	if k == 0 || k < len(s) && (isWordRune(rune(s[k])) || s[k] >= 0x80) {
		return false
	}
	return domainSuffixes[s[:k]]
}

// IsWebAddress reports whether a word is a web address ("Express.co.uk").
func IsWebAddress(w string) bool {
	i := strings.IndexByte(w, '.')
	return i > 0 && domainAt(strings.ToLower(w[i+1:]))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// lower lower-cases w, without allocating when it already is.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}
