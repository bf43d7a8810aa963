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

// Place returns the length in bytes of a place dateline without an agency
// at the start of s, with its dash or colon and the spaces after it; 0
// without one. The place opens with a word in capitals ("WASHINGTON —",
// "GUWAHATI:", "KYIV, Ukraine —", "LONDON, March 5 -"); a name in capitals
// that a sentence opens with is none, as a dash or colon must follow the
// place at once and a capital or a quotation mark must come after it.
func Place(s string) int {
	if len(s) > maxPlace+8 {
		s = s[:maxPlace+8]
	}
	// The place: words in capitals, then at most one comma's region or
	// date ("KYIV, Ukraine", "LONDON, March 5").
	i, caps := 0, 0
	for i < len(s) {
		j := i
		for j < len(s) && (isUpperASCII(s[j]) || s[j] == '.' || s[j] == '\'' || s[j] == '-' && j > i) {
			j++
		}
		word := strings.Trim(s[i:j], ".'-")
		letters := 0
		for k := 0; k < len(word); k++ {
			if isUpperASCII(word[k]) {
				letters++
			}
		}
		if letters < 2 || j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != ':' {
			break
		}
		caps++
		i = j
		if i < len(s) && s[i] == ' ' && i+1 < len(s) && isUpperASCII(s[i+1]) && i+2 < len(s) && isUpperASCII(s[i+2]) {
			i++ // the next word of the place: "NEW YORK"
			continue
		}
		break
	}
	if caps == 0 || caps > 4 {
		return 0
	}
	if i < len(s) && s[i] == ',' {
		// ", Ukraine", ", March 5", ", Nov. 12": words up to the separator.
		end := strings.IndexAny(s[i:], ":—–-")
		if end < 0 {
			return 0
		}
		region := strings.TrimSpace(s[i+1 : i+end])
		if region == "" || len(region) > 40 {
			return 0
		}
		for _, f := range strings.Fields(region) {
			r, _ := utf8.DecodeRuneInString(f)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return 0 // a clause: "WASHINGTON, which hosts …"
			}
		}
		i += end
		if s[i] != ':' {
			i-- // the space before a dash
			if s[i] != ' ' {
				return 0 // a hyphen inside a word
			}
		}
	}
	rest := s[i:]
	sep := false
	for _, d := range []string{" —", " –", " -", " --", ":", "—", "–"} {
		if strings.HasPrefix(rest, d) {
			rest, sep = rest[len(d):], true
			if d == " -" && strings.HasPrefix(rest, "-") {
				rest = rest[1:]
			}
			break
		}
	}
	if !sep || !strings.HasPrefix(rest, " ") {
		return 0
	}
	rest = strings.TrimLeft(rest, " ")
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' {
		return 0
	}
	return len(s) - len(rest)
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }
