package flagger

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteIssue is an unbalanced or mismatched quotation mark.
type quoteIssue struct {
	pos  int // byte offset of the mark in Text
	size int
	why  string
}

const (
	whyOpenInside = "an opening quotation mark where a quotation should close (a closing mark written the wrong way round?)"
	whyStrayClose = "a closing quotation mark with no opening one"
	whyUnclosed   = "a quotation that is never closed"
	whyMixed      = "a quotation opened with one style of mark and closed with another"
)

type openMark struct {
	pos, size int
	mark      rune
}

// quoteMark reads the double quotation mark at s[i:], if any: “ ” " « » „
// and the doubled single marks ‘‘ and ’’ some sites use for them. It returns
// the mark as one of “ ” " « » „ and its size in bytes.
func quoteMark(s string, i int) (rune, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '“', '”', '"', '«', '»', '„':
		return r, size
	case '‘', '’':
		if r2, size2 := utf8.DecodeRuneInString(s[i+size:]); r2 == r {
			if r == '‘' {
				return '“', size + size2
			}
			return '”', size + size2
		}
	}
	return 0, size
}

// quoteParas splits the paragraphs at the line breaks that end a sentence:
// a text feed puts one paragraph on a line, and the clean stage may keep
// several such lines in one block. A line broken inside a sentence (text
// wrapped at a fixed width) stays joined to the next.
func quoteParas(text string, paras []span) []span {
	var out []span
	for _, p := range paras {
		start := p.start
		for i := p.start; i < p.end; i++ {
			if text[i] != '\n' {
				continue
			}
			end := strings.TrimRightFunc(text[start:i], unicode.IsSpace)
			r, _ := utf8.DecodeLastRuneInString(end)
			switch r {
			case '.', '!', '?', '…', ':', '”', '"', '’', '»':
				if len(end) > 0 {
					out = append(out, span{start, start + len(end)})
				}
				start = i + 1
			}
		}
		if strings.TrimSpace(text[start:p.end]) != "" {
			out = append(out, span{start, p.end})
		}
	}
	return out
}

// scanQuotes walks the double quotation marks of the body paragraphs,
// records which words are inside quotations and what is malformed.
// Quotations may nest (an inner quote in double marks is tolerated when it
// closes). A quotation left open at the end of a paragraph may continue in
// the next one when that paragraph starts with an opening mark (the usual
// convention for quotes running over paragraphs). An opening mark glued to
// the word before it while a quotation is open ("Griner“Blinken said") is
// taken for a closing mark written the wrong way round.
func (v *view) scanQuotes() {
	v.inQuote = make([]bool, len(v.words))
	text := v.a.Text
	var quoted []span
	var stack []openMark
	closeAll := func(end int, why string) {
		for _, o := range stack {
			if why != "" {
				v.quoteIssue = append(v.quoteIssue, quoteIssue{o.pos, o.size, why})
			}
		}
		if len(stack) > 0 {
			quoted = append(quoted, span{stack[0].pos, end})
		}
		stack = stack[:0]
	}
	paras := quoteParas(text, v.paras)
	for pi, p := range paras {
		para := text[p.start:p.end]
		if len(stack) > 0 {
			lead := strings.TrimLeftFunc(para, unicode.IsSpace)
			if r, _ := quoteMark(lead, 0); r == '“' || r == '"' || r == '«' || r == '„' || r == '»' {
				closeAll(paras[pi-1].end, "") // continued: re-opened below
			} else {
				closeAll(paras[pi-1].end, whyUnclosed)
			}
		}
		for i := 0; i < len(para); {
			if c := para[i]; c < utf8.RuneSelf && c != '"' {
				i++
				continue
			}
			r, size := quoteMark(para, i)
			pos := p.start + i
			glued := r != 0 && i > 0 && isLetterBefore(para[:i])
			i += size
			switch r {
			case '“', '«', '„':
				if len(stack) > 0 && (r == '“' && stack[len(stack)-1].mark == '„' || r == '«' && stack[len(stack)-1].mark == '»') {
					// German style „…“ and »…«: the high mark, or the
					// guillemet pointing the other way, closes.
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					if len(stack) == 0 {
						quoted = append(quoted, span{o.pos, pos + size})
					}
					continue
				}
				if len(stack) > 0 && glued {
					v.quoteIssue = append(v.quoteIssue, quoteIssue{pos, size, whyOpenInside})
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					if len(stack) == 0 {
						quoted = append(quoted, span{o.pos, pos + size})
					}
					continue
				}
				stack = append(stack, openMark{pos, size, r})
			case '”', '»':
				if len(stack) == 0 && r == '»' && !glued && i < len(para) && isWordStart(para[i:]) {
					// »…« (German, Danish) and »…» (Swedish, Finnish)
					// open with the guillemet pointing right.
					stack = append(stack, openMark{pos, size, r})
					continue
				}
				if len(stack) == 0 {
					v.quoteIssue = append(v.quoteIssue, quoteIssue{pos, size, whyStrayClose})
					continue
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.mark == '"' {
					v.quoteIssue = append(v.quoteIssue, quoteIssue{pos, size, whyMixed})
				}
				if len(stack) == 0 {
					quoted = append(quoted, span{o.pos, pos + size})
				}
			case '"':
				if len(stack) > 0 && stack[len(stack)-1].mark == '"' {
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					if len(stack) == 0 {
						quoted = append(quoted, span{o.pos, pos + size})
					}
					continue
				}
				if len(stack) > 0 && (glued || i >= len(para) || !isWordStart(para[i:])) {
					// A straight mark closing a curly quotation.
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					v.quoteIssue = append(v.quoteIssue, quoteIssue{pos, size, whyMixed})
					if len(stack) == 0 {
						quoted = append(quoted, span{o.pos, pos + size})
					}
					continue
				}
				stack = append(stack, openMark{pos, size, r})
			}
		}
	}
	if len(paras) > 0 {
		closeAll(paras[len(paras)-1].end, whyUnclosed)
	}
	// Mark quoted words; quoted spans are in text order and do not overlap.
	q := 0
	for wi, w := range v.words {
		for q < len(quoted) && quoted[q].end <= w.Start {
			q++
		}
		if q < len(quoted) && quoted[q].start <= w.Start && w.End <= quoted[q].end {
			v.inQuote[wi] = true
		}
	}
}

// isLetterBefore reports whether s ends with a letter or digit.
func isLetterBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordStart reports whether s starts with a letter or digit.
func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
