package textseg

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/google/go-cmp/cmp"
)

func TestBuild(t *testing.T) {
	text := "Title\n\nBody text here.\n\nBuy now!"
	blocks := []article.Block{
		{Start: 0, End: 5, Label: article.LabelHeadline},
		{Start: 7, End: 22, Label: article.LabelContent},
		{Start: 24, End: 32, Label: article.LabelSpam, Reason: "teaser"},
	}
	tests := []struct {
		name   string
		blocks []article.Block
		marks  []Mark
		want   []Section
	}{
		{
			name:   "mark inside one block",
			blocks: blocks,
			marks:  []Mark{{Start: 12, End: 16, ID: 3}},
			want: []Section{
				{Index: 0, Label: article.LabelHeadline, Start: 0, End: 5, Segments: []Segment{{Text: "Title", Start: 0, End: 5}}},
				{Index: 1, Label: article.LabelContent, Start: 7, End: 22, Segments: []Segment{
					{Text: "Body ", Start: 7, End: 12}, {Text: "text", Start: 12, End: 16, Marks: []int{3}}, {Text: " here.", Start: 16, End: 22}}},
				{Index: 2, Label: article.LabelSpam, Reason: "teaser", Boilerplate: true, Start: 24, End: 32, Segments: []Segment{{Text: "Buy now!", Start: 24, End: 32}}},
			},
		},
		{
			name:   "overlapping marks across blocks",
			blocks: blocks[1:],
			marks:  []Mark{{Start: 17, End: 28, ID: 1}, {Start: 20, End: 100, ID: 2}},
			want: []Section{
				{Index: -1, Start: 0, End: 7, Segments: []Segment{{Text: "Title\n\n", Start: 0, End: 7}}},
				{Index: 0, Label: article.LabelContent, Start: 7, End: 22, Segments: []Segment{
					{Text: "Body text ", Start: 7, End: 17}, {Text: "her", Start: 17, End: 20, Marks: []int{1}}, {Text: "e.", Start: 20, End: 22, Marks: []int{1, 2}}}},
				{Index: 1, Label: article.LabelSpam, Reason: "teaser", Boilerplate: true, Start: 24, End: 32, Segments: []Segment{
					{Text: "Buy ", Start: 24, End: 28, Marks: []int{1, 2}}, {Text: "now!", Start: 28, End: 32, Marks: []int{2}}}},
			},
		},
		{
			name:  "no blocks: text outside blocks kept",
			marks: []Mark{{Start: -5, End: 5, ID: 0}},
			want: []Section{{Index: -1, Start: 0, End: 32, Segments: []Segment{
				{Text: "Title", Start: 0, End: 5, Marks: []int{0}}, {Text: text[5:], Start: 5, End: 32}}}},
		},
		{
			name:   "bad blocks dropped or clipped",
			blocks: []article.Block{{Start: 30, End: 10, Label: article.LabelContent}, {Start: 0, End: 12, Label: article.LabelContent}, {Start: 7, End: 22, Label: article.LabelCTA}},
			want: []Section{
				{Index: 1, Label: article.LabelContent, Start: 0, End: 12, Segments: []Segment{{Text: text[:12], Start: 0, End: 12}}},
				{Index: 2, Label: article.LabelCTA, Boilerplate: true, Start: 12, End: 22, Segments: []Segment{{Text: text[12:22], Start: 12, End: 22}}},
				{Index: -1, Start: 22, End: 32, Segments: []Segment{{Text: text[22:], Start: 22, End: 32}}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Build(text, tt.blocks, tt.marks)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Build mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBuildRuneBoundaries(t *testing.T) {
	text := "“Quoted” — said"
	got := Build(text, nil, []Mark{{Start: 1, End: 4, ID: 0}})
	for _, s := range got {
		for _, seg := range s.Segments {
			if !utf8.ValidString(seg.Text) {
				t.Errorf("segment %q is not valid UTF-8", seg.Text)
			}
		}
	}
}

func FuzzBuild(f *testing.F) {
	f.Add("Hello “world”\n\nspam spam", 0, 5, 3, 12, 7, 30)
	f.Add("", -1, 0, 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, b1, b2, b3, b4, m1, m2 int) {
		blocks := []article.Block{{Start: b1, End: b2, Label: article.LabelContent}, {Start: b3, End: b4, Label: article.LabelSpam}}
		secs := Build(text, blocks, []Mark{{Start: m1, End: m2}, {Start: b1, End: m2, ID: 1}})
		var rebuilt strings.Builder
		prev := 0
		for _, s := range secs {
			if s.Start < prev || s.End < s.Start {
				t.Fatalf("sections out of order: %+v", secs)
			}
			prev = s.End
			for _, seg := range s.Segments {
				if seg.Text != text[seg.Start:seg.End] {
					t.Fatalf("segment text mismatch")
				}
				rebuilt.WriteString(seg.Text)
			}
			if s.Start < len(text) && utf8.ValidString(text) && !utf8.ValidString(text[s.Start:s.End]) {
				t.Fatalf("section splits a rune")
			}
		}
		if len(rebuilt.String()) > len(text) {
			t.Fatalf("segments longer than text")
		}
	})
}
