// Package quote finds quotation spans in a paragraph of news text: straight
// and curly double quotes, single-quote quotations, quotes nested in quotes,
// and the broken or mismatched marks that machine translation leaves
// ("...Brittney Griner“Blinken said"). It never looks past the paragraph it is
// given, so one unbalanced mark cannot swallow the rest of an article, and it
// runs in linear time.
package quote

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Span is one quotation. Start and End include the marks; InnerStart and
// InnerEnd delimit the quoted words. Offsets are into the text given to Parse.
type Span struct {
	Start, End           int
	InnerStart, InnerEnd int
	// Single is true for a quotation in single marks (‘…’ or '…').
	Single bool
	// Depth is 0 for a top-level quotation and 1 for one nested in another.
	Depth int
	// Closed is false when the paragraph ended before a closing mark.
	Closed bool
	// Broken is true when a mark had the wrong shape for its role (an
	// opening “ used to close) or a quote was cut short by a new opening mark.
	Broken bool
}

func isDouble(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '″':
		return true
	}
	return false
}

func isOpenShape(r rune) bool { return r == '“' || r == '„' || r == '«' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Parse returns the quotations in text[start:end], in order of their start.
func Parse(text string, start, end int) []Span {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	var out []Span
	dOpen := -1 // offset of the open double mark
	dBroken := false
	sOpen := -1 // offset of the open single mark
	sDepth := 0
	var prev rune = ' '
	closeDouble := func(at, markEnd int, broken bool) {
		s := Span{Start: dOpen, End: markEnd, Closed: true, Broken: broken || dBroken}
		_, n := utf8.DecodeRuneInString(text[dOpen:end])
		s.InnerStart, s.InnerEnd = dOpen+n, at
		out = append(out, s)
		dOpen = -1
		dBroken = false
		if sOpen >= 0 && sDepth == 1 {
			sOpen = -1 // a nested single left open dies with its parent
		}
	}
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		var next rune = ' '
		if i+n < end {
			next, _ = utf8.DecodeRuneInString(text[i+n : end])
		}
		switch {
		case isDouble(r):
			if r == '"' && unicode.IsDigit(prev) && dOpen < 0 {
				break // 12" (inches)
			}
			if dOpen < 0 {
				dOpen = i
				dBroken = r == '”' || r == '»'
				if sOpen >= 0 && sDepth == 0 {
					// A double inside an open single: treat the single as a
					// stray apostrophe.
					sOpen = -1
				}
				break
			}
			if isOpenShape(r) && (unicode.IsSpace(prev) || prev == '(') && (isWordRune(next) || next == '‘' || next == '\'') {
				// A fresh opening mark while a quote is open: the earlier one
				// was never closed. End it here and start anew.
				at := i
				for at > dOpen && unicode.IsSpace(rune(text[at-1])) {
					at--
				}
				closeDouble(at, at, true)
				out[len(out)-1].Closed = false
				dOpen = i
				break
			}
			closeDouble(i, i+n, isOpenShape(r))
		case r == '‘' || r == '\'' || r == '’':
			opener := (r == '‘' || r == '\'') && !isWordRune(prev) && prev != '’' && (isWordRune(next))
			closer := (r == '’' || r == '\'') && !isWordRune(next) && (isWordRune(prev) || unicode.IsPunct(prev))
			if sOpen < 0 {
				if opener {
					sOpen = i
					sDepth = 0
					if dOpen >= 0 {
						sDepth = 1
					}
				}
				break
			}
			if closer {
				_, m := utf8.DecodeRuneInString(text[sOpen:end])
				out = append(out, Span{Start: sOpen, End: i + n, InnerStart: sOpen + m, InnerEnd: i,
					Single: true, Depth: sDepth, Closed: true})
				sOpen = -1
			}
		}
		prev = r
		i += n
	}
	if dOpen >= 0 {
		at := end
		for at > dOpen && unicode.IsSpace(rune(text[at-1])) {
			at--
		}
		closeDouble(at, at, false)
		out[len(out)-1].Closed = false
	} else if sOpen >= 0 {
		// A single quotation left open at the paragraph's end: British
		// papers run a quotation over paragraphs so ("‘Nobody came. … ¶
		// ‘My son was sobbing.’"). The caller decides whether the next
		// paragraph goes on with it; it may be a stray apostrophe.
		at := end
		for at > sOpen && unicode.IsSpace(rune(text[at-1])) {
			at--
		}
		_, m := utf8.DecodeRuneInString(text[sOpen:end])
		out = append(out, Span{Start: sOpen, End: at, InnerStart: sOpen + m, InnerEnd: max(at, sOpen+m), Single: true})
	}
	// Nested quotes are appended when they close, before their parent.
	slices.SortStableFunc(out, func(a, b Span) int { return a.Start - b.Start })
	return out
}
