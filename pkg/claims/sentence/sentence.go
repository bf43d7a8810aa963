// Package sentence splits news text into sentences with byte offsets. It
// knows abbreviations (U.S., Mr, Jan., No., St.), initials, decimal numbers,
// ellipses and closing quote marks after the final stop, and it runs in
// linear time on any input.
package sentence

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// DataFS returns the package's embedded data files (read-only), for the
// stage version that hashes them.
func DataFS() fs.FS { return dataFS }

// Span is a sentence: Text[Start:End], trimmed of surrounding white space.
type Span struct {
	Start int
	End   int
}

// Splitter splits text into sentences. The zero value is not usable; build
// one with New. A Splitter is safe for concurrent use.
type Splitter struct {
	abbrev   map[string]bool // abbreviation -> may end a sentence
	numeric  map[string]bool // abbreviations only before a number
	starters map[string]bool
}

// New loads the embedded abbreviation and sentence-starter lists.
func New() (*Splitter, error) {
	s := &Splitter{abbrev: map[string]bool{}, numeric: map[string]bool{}, starters: map[string]bool{}}
	if err := readList("data/abbreviations.txt", func(w string) {
		if n, ok := strings.CutPrefix(w, "="); ok {
			s.numeric[n] = true
			return
		}
		final := strings.HasPrefix(w, "+")
		s.abbrev[strings.TrimPrefix(w, "+")] = final
	}); err != nil {
		return nil, err
	}
	if err := readList("data/starters.txt", func(w string) { s.starters[w] = true }); err != nil {
		return nil, err
	}
	return s, nil
}

func readList(name string, add func(string)) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("sentence: open %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		add(strings.ToLower(w))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("sentence: read %s: %w", name, err)
	}
	return nil
}

// isCloser reports whether r may follow a sentence-final stop and still
// belong to the sentence (closing quotes and brackets).
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '“', '‘':
		return true
	}
	return false
}

// isOpener reports whether r may start a sentence before its first letter.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '„', '-', '—', '–':
		return true
	}
	return false
}

// Split returns the sentences of text[start:end]. Offsets are into text.
// Every newline ends a sentence.
func (s *Splitter) Split(text string, start, end int) []Span {
	return s.SplitJoined(text, start, end, nil)
}

// SplitJoined is Split for text whose lines a fixed width broke: the
// newlines at the offsets in joined are spaces, not sentence ends.
func (s *Splitter) SplitJoined(text string, start, end int, joined map[int]bool) []Span {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	var out []Span
	segStart := start
	emit := func(a, b int) {
		for a < b {
			r, n := utf8.DecodeRuneInString(text[a:b])
			if !unicode.IsSpace(r) {
				break
			}
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(text[a:b])
			if !unicode.IsSpace(r) {
				break
			}
			b -= n
		}
		if b > a {
			out = append(out, Span{Start: a, End: b})
		}
	}
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == '\n' && joined[i]:
			i += n
			continue
		case r == '\n':
			emit(segStart, i)
			segStart = i + n
			i += n
			continue
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + n
			// A run of stops ("...", "?!").
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
					break
				}
				j += n2
			}
			// Closing quotes and brackets stay with the sentence.
			k := j
			for k < end {
				r2, n2 := utf8.DecodeRuneInString(text[k:end])
				if !isCloser(r2) {
					break
				}
				k += n2
			}
			if s.boundary(text, segStart, i, j, k, end, r) {
				emit(segStart, k)
				segStart = k
			}
			i = k
			continue
		}
		i += n
	}
	emit(segStart, end)
	return out
}

// boundary decides whether the stop run text[stop:afterStops] followed by
// closers up to afterClosers ends a sentence.
func (s *Splitter) boundary(text string, segStart, stop, afterStops, afterClosers, end int, first rune) bool {
	if afterClosers >= end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[afterClosers:end])
	if !unicode.IsSpace(r) {
		return false // "3.5", "U.S", "word.Word" stays together
	}
	// Next visible character.
	k := afterClosers
	for k < end {
		r2, n2 := utf8.DecodeRuneInString(text[k:end])
		if r2 == '\n' {
			return true
		}
		if !unicode.IsSpace(r2) {
			break
		}
		k += n2
	}
	if k >= end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[k:end])
	nextWord := wordAt(text, k, end)
	if unicode.IsLower(next) {
		return false
	}
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !isOpener(next) {
		return false
	}
	if first != '.' || afterStops-stop > 1 {
		// "!", "?", ellipsis: a capital or opening quote starts a new sentence.
		return true
	}
	word := wordBefore(text, segStart, stop)
	if word == "" {
		return true
	}
	lw := strings.ToLower(word)
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word)) {
		// An initial: "J. Smith"; but no name follows an initial in
		// quotation marks: "in a post on X. “Apple is …”" ends there.
		return next == '"' || next == '“' || next == '‘'
	}
	if s.numeric[lw] {
		return !unicode.IsDigit(next)
	}
	final, ok := s.abbrev[lw]
	if !ok {
		if !dottedInitials(lw) {
			return true
		}
		// "B.C.", "N.Y.", "L.A.": like "U.S.", unlisted initials may end a
		// sentence only before a sentence starter.
		final = true
	}
	if unicode.IsDigit(next) {
		return false // "No. 5", "Jan. 12"
	}
	if final {
		return s.starters[strings.ToLower(nextWord)]
	}
	return false
}

// dottedInitials reports whether w is single letters joined by periods,
// without the final one: "b.c", "n.y".
func dottedInitials(w string) bool {
	n := 0
	for i, r := range w {
		if i%2 == 1 {
			if r != '.' {
				return false
			}
			continue
		}
		if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2 && len(w)%2 == 1
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// wordBefore returns the word (letters and inner periods) ending at pos.
func wordBefore(text string, lo, pos int) string {
	i := pos
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(text[lo:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= n
	}
	return strings.Trim(text[i:pos], ".")
}

// wordAt returns the letters starting at pos after any opening marks.
func wordAt(text string, pos, end int) string {
	i := pos
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isOpener(r) {
			break
		}
		i += n
	}
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}
