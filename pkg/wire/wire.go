// Package wire recognises the dateline that opens a news agency's story:
// "NEW YORK (Reuters) -", "KYIV, Ukraine (AP) —", "New Delhi, Nov 12 (PTI)".
// The claims stage leaves it out of what was said; the flagger takes the
// agency for the story's own outlet.
package wire

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxPlace bounds the place and date before the agency's bracket, and
// maxAgency the agency's name.
const (
	maxPlace  = 80
	maxAgency = 40
)

// Dateline returns the agency a dateline at the start of s names and the
// length in bytes of the dateline, with the dash and the spaces after it;
// "", 0 without one. The place opens with a capital; a word in capitals
// ("NEW YORK"), a date ("Nov 12") or a dash after the bracket must show it
// is a dateline, so "Apple Inc (AAPL) rose" is none.
func Dateline(s string) (agency string, n int) {
	open := strings.IndexByte(s, '(')
	if open < 2 || open > maxPlace {
		return "", 0
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return "", 0
	}
	place := s[:open]
	capsWord, dated := false, false
	for _, f := range strings.FieldsFunc(place, func(r rune) bool { return r == ' ' || r == ',' }) {
		f = strings.TrimSuffix(f, ".")
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsDigit(r):
			dated = true
		case !unicode.IsUpper(r):
			return "", 0 // a sentence, not a place: "The report (PDF) says"
		case len(f) >= 2 && strings.ToUpper(f) == f:
			capsWord = true
		}
	}
	closing := strings.IndexByte(s[open:], ')')
	if closing < 2 || closing > maxAgency {
		return "", 0
	}
	agency = s[open+1 : open+closing]
	for _, r := range agency {
		if !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '&' {
			return "", 0 // "(NASDAQ: ACME)", "(2019)"
		}
	}
	if r, _ := utf8.DecodeRuneInString(agency); !unicode.IsUpper(r) {
		return "", 0
	}
	n = open + closing + 1
	rest := strings.TrimLeft(s[n:], " ")
	dash := false
	for _, d := range []string{"-", "–", "—", ":"} {
		if strings.HasPrefix(rest, d) {
			rest, dash = strings.TrimLeft(rest[len(d):], " "), true
			break
		}
	}
	if rest == "" || !(capsWord || dated || dash) {
		return "", 0
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '"' && r != '“' {
		return "", 0
	}
	return agency, len(s) - len(rest)
}
