// Package textseg cuts an article's text into labelled sections (one per
// block) and each section into segments covered by the same set of
// highlight marks (flag evidence), from byte offsets that may be out of
// range, unsorted, overlapping or inside a UTF-8 sequence. The review UI
// renders the segments one by one, each escaped, so highlighting never
// builds HTML from article text.
package textseg

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/article"
)

// MaxMarks bounds the marks considered, so that rendering stays linear in
// the text for any input.
const MaxMarks = 2000

// Mark is a span to highlight; ID is the caller's identifier (e.g. the
// position of the flag and its evidence).
type Mark struct {
	Start, End int
	ID         int
}

// Segment is a run of text covered by the same marks.
type Segment struct {
	Text       string
	Start, End int
	Marks      []int // IDs of the marks covering the run, ascending
}

// Section is one block of the text (or a stretch outside any block, with an
// empty Label).
type Section struct {
	Index       int // block index, -1 for text outside blocks
	Label       article.Label
	Reason      string
	Score       float64
	Boilerplate bool
	Start, End  int
	Segments    []Segment
}

// fix clamps an offset into text and moves it forward to a rune boundary.
func fix(text string, off int) int {
	if off < 0 {
		return 0
	}
	if off >= len(text) {
		return len(text)
	}
	for off < len(text) && !utf8.RuneStart(text[off]) {
		off++
	}
	return off
}

// Build cuts text into sections from blocks and highlights marks in them.
func Build(text string, blocks []article.Block, marks []Mark) []Section {
	sections := sectionsOf(text, blocks)
	if len(sections) == 0 {
		return nil
	}
	type edge struct {
		off   int
		id    int
		start bool
	}
	if len(marks) > MaxMarks {
		marks = marks[:MaxMarks]
	}
	var edges []edge
	for _, m := range marks {
		s, e := fix(text, m.Start), fix(text, m.End)
		if s >= e {
			continue
		}
		edges = append(edges, edge{s, m.ID, true}, edge{e, m.ID, false})
	}
	sort.SliceStable(edges, func(i, j int) bool { return edges[i].off < edges[j].off })

	active := map[int]int{}
	activeIDs := func() []int {
		if len(active) == 0 {
			return nil
		}
		ids := make([]int, 0, len(active))
		for id := range active {
			ids = append(ids, id)
		}
		sort.Ints(ids)
		return ids
	}
	ei := 0
	apply := func(upTo int) {
		for ei < len(edges) && edges[ei].off <= upTo {
			e := edges[ei]
			if e.start {
				active[e.id]++
			} else if active[e.id]--; active[e.id] <= 0 {
				delete(active, e.id)
			}
			ei++
		}
	}
	for si := range sections {
		sec := &sections[si]
		pos := sec.Start
		apply(pos)
		for pos < sec.End {
			next := sec.End
			if ei < len(edges) && edges[ei].off < next {
				next = edges[ei].off
			}
			if next > pos {
				sec.Segments = append(sec.Segments, Segment{Text: text[pos:next], Start: pos, End: next, Marks: activeIDs()})
				pos = next
			}
			apply(pos)
		}
	}
	return sections
}

func sectionsOf(text string, blocks []article.Block) []Section {
	if text == "" {
		return nil
	}
	type blk struct {
		idx  int
		b    article.Block
		s, e int
	}
	var bs []blk
	for i, b := range blocks {
		s, e := fix(text, b.Start), fix(text, b.End)
		if s < e {
			bs = append(bs, blk{i, b, s, e})
		}
	}
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].s < bs[j].s })
	var out []Section
	gap := func(s, e int) {
		if s < e && strings.TrimSpace(text[s:e]) != "" {
			out = append(out, Section{Index: -1, Start: s, End: e})
		}
	}
	pos := 0
	for _, b := range bs {
		s := b.s
		if s < pos {
			s = pos // overlapping block: keep only its new part
		}
		if s >= b.e {
			continue
		}
		gap(pos, s)
		out = append(out, Section{Index: b.idx, Label: b.b.Label, Reason: b.b.Reason, Score: b.b.Score,
			Boilerplate: b.b.IsBoilerplate(), Start: s, End: b.e})
		pos = b.e
	}
	gap(pos, len(text))
	return out
}
