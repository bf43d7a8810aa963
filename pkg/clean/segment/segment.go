// Package segment splits article text into lines and paragraphs with byte
// offsets, the units the clean stage labels.
//
// A paragraph is a run of non-blank lines; a blank line (empty or white space
// only) ends it. Every non-blank line is a Line with the offsets of its text
// without leading and trailing white space, so that labels can be given per
// line and lines of the same kind merged back into one block. Segmentation is
// a single pass over the bytes: linear in the input, whatever it contains
// (invalid UTF-8 and NUL bytes are kept as they are).
package segment

import (
	"strings"
	"unicode/utf8"
)

// Line is one non-blank line of the text.
type Line struct {
	Start, End int // byte offsets of the trimmed line in the text
	Para       int // index of the paragraph the line belongs to
	// Pos is the line's position inside its paragraph (0 for the first line).
	Pos int
}

// Lines returns the non-blank lines of text in order.
func Lines(text string) []Line {
	var out []Line
	para, pos := 0, 0
	blank := true // whether the previous line was blank
	started := false
	for i := 0; i <= len(text); {
		j := i
		for j < len(text) && text[j] != '\n' {
			j++
		}
		s, e := trim(text, i, j)
		if s < e {
			if blank && started {
				para++
				pos = 0
			}
			out = append(out, Line{Start: s, End: e, Para: para, Pos: pos})
			pos++
			blank = false
			started = true
		} else {
			blank = true
		}
		if j >= len(text) {
			break
		}
		i = j + 1
	}
	return out
}

// trim shrinks [s,e) past ASCII white space and the UTF-8 no-break space.
func trim(text string, s, e int) (int, int) {
	for s < e {
		if isSpace(text[s]) {
			s++
			continue
		}
		if s+1 < e && text[s] == 0xC2 && text[s+1] == 0xA0 {
			s += 2
			continue
		}
		break
	}
	for e > s {
		if isSpace(text[e-1]) {
			e--
			continue
		}
		if e-2 >= s && text[e-2] == 0xC2 && text[e-1] == 0xA0 {
			e -= 2
			continue
		}
		break
	}
	return s, e
}

func isSpace(b byte) bool {
	switch b {
	case ' ', '\t', '\r', '\v', '\f', 0:
		return true
	}
	return false
}

// Wrap widths Unwrap recognises: text hard-wrapped at 50 to 100 characters
// a line (e-mail, plain-text wire copy, files typed at a terminal).
const (
	minWrap = 50
	maxWrap = 100
)

// MayBeWrapped reports, in one pass without allocating, whether text's
// longest line is of a width Unwrap recognises: when it is not, Unwrap
// changes nothing.
func MayBeWrapped(text string) bool {
	// A line with more than maxWrap characters that are not white space is
	// wider than any wrap; a text whose lines, white space and all, stay
	// under minWrap is narrower than any.
	width, n, solid := 0, 0, 0
	for _, r := range text {
		switch r {
		case '\n':
			width, n, solid = max(width, n), 0, 0
			continue
		case ' ', '\t', '\r', '\v', '\f', 0, '\u00a0':
		default:
			if solid++; solid > maxWrap {
				return false
			}
		}
		n++
	}
	return max(width, n) >= minWrap
}

// Unwrap joins the lines of a paragraph that a fixed line width broke: a
// line is joined to the next one of its paragraph when the next line's first
// word would not have fitted after it. It changes nothing unless the text
// looks hard-wrapped: its longest line has minWrap to maxWrap characters and
// at least three lines, and half of the lines followed by another in their
// paragraph, break that way. A joined Line spans the line breaks; Pos counts
// the joined lines.
func Unwrap(text string, lines []Line) []Line {
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(text[l.Start:l.End]))
	}
	if width < minWrap || width > maxWrap {
		return lines
	}
	wrapped := func(a, b Line) bool {
		next := text[b.Start:b.End]
		if k := strings.IndexAny(next, " \t"); k >= 0 {
			next = next[:k]
		}
		return utf8.RuneCountInString(text[a.Start:a.End])+1+utf8.RuneCountInString(next) > width
	}
	pairs, breaks := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if lines[i+1].Para == lines[i].Para {
			pairs++
			if wrapped(lines[i], lines[i+1]) {
				breaks++
			}
		}
	}
	if breaks < 3 || 2*breaks < pairs {
		return lines
	}
	out := make([]Line, 0, len(lines)-breaks)
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		for i+1 < len(lines) && lines[i+1].Para == l.Para && wrapped(lines[i], lines[i+1]) {
			i++
			l.End = lines[i].End
		}
		if n := len(out); n > 0 && out[n-1].Para == l.Para {
			l.Pos = out[n-1].Pos + 1
		} else {
			l.Pos = 0
		}
		out = append(out, l)
	}
	return out
}
