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
