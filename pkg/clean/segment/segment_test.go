package segment

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLines(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Line
	}{
		{"empty", "", nil},
		{"blank only", " \n\t\n\r\n", nil},
		{"one line", "Hello", []Line{{0, 5, 0, 0}}},
		{"trimmed", "  Hi there \r\n", []Line{{2, 10, 0, 0}}},
		{"paragraphs", "a\nb\n\nc\n", []Line{{0, 1, 0, 0}, {2, 3, 0, 1}, {5, 6, 1, 0}}},
		{"blank with spaces separates", "a\n   \nb", []Line{{0, 1, 0, 0}, {6, 7, 1, 0}}},
		{"no-break space trimmed", "\u00a0x\u00a0", []Line{{2, 3, 0, 0}}},
		{"leading blank lines", "\n\n x", []Line{{3, 4, 0, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Lines(tt.text)); diff != "" {
				t.Error(diff)
			}
		})
	}
}

func FuzzLines(f *testing.F) {
	for _, s := range []string{"", "a\n\nb", " date 2022-07-29 x\n", "\x00\xff\n \n", strings.Repeat("x\n", 10)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev, para := 0, 0
		for i, l := range Lines(text) {
			if l.Start < prev || l.End <= l.Start || l.End > len(text) {
				t.Fatalf("line %d [%d,%d) bad (prev end %d, len %d)", i, l.Start, l.End, prev, len(text))
			}
			if strings.Contains(text[l.Start:l.End], "\n") {
				t.Fatalf("line %d spans a newline", i)
			}
			if l.Para < para || l.Para > para+1 {
				t.Fatalf("paragraph index jumps from %d to %d", para, l.Para)
			}
			para, prev = l.Para, l.End
		}
		lines := Lines(text)
		un := Unwrap(text, lines)
		if !MayBeWrapped(text) && len(un) != len(lines) {
			t.Fatalf("MayBeWrapped false but Unwrap joined lines")
		}
		prev = 0
		for i, l := range un {
			if l.Start < prev || l.End <= l.Start || l.End > len(text) {
				t.Fatalf("unwrapped line %d [%d,%d) bad (prev end %d, len %d)", i, l.Start, l.End, prev, len(text))
			}
			if strings.Contains(text[l.Start:l.End], "\n\n") {
				t.Fatalf("unwrapped line %d spans a paragraph break", i)
			}
			prev = l.End
		}
	})
}

// texts returns the text of each line.
func texts(text string, lines []Line) []string {
	var out []string
	for _, l := range lines {
		out = append(out, text[l.Start:l.End])
	}
	return out
}

func TestUnwrap(t *testing.T) {
	wrapped := "Council approves new cycle lanes after long debate\n\n" +
		"The city council voted 7-2 on Tuesday to approve a network of\n" +
		"protected cycle lanes across the centre, ending a year of argument\n" +
		"over how to make the city's streets safer for cyclists.\n\n" +
		"Councillor Amy Price, who proposed the scheme, said the lanes would\n" +
		"\"make our streets safer for everyone\" and that work would begin in\n" +
		"April at a cost of 4.2 million pounds.\n\n" +
		"Home\nWorld\nSport\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a hard-wrapped article", wrapped, []string{
			"Council approves new cycle lanes after long debate",
			"The city council voted 7-2 on Tuesday to approve a network of\nprotected cycle lanes across the centre, ending a year of argument\nover how to make the city's streets safer for cyclists.",
			"Councillor Amy Price, who proposed the scheme, said the lanes would\n\"make our streets safer for everyone\" and that work would begin in\nApril at a cost of 4.2 million pounds.",
			"Home", "World", "Sport",
		}},
		{"a line a paragraph (guard)", "Title\nThe council voted on Tuesday to approve a network of protected cycle lanes across the centre of the city.\nShort line\nAnother paragraph that runs on for well over a hundred characters, as extracted text does, one paragraph to a line.",
			[]string{"Title", "The council voted on Tuesday to approve a network of protected cycle lanes across the centre of the city.", "Short line", "Another paragraph that runs on for well over a hundred characters, as extracted text does, one paragraph to a line."}},
		{"a menu of short lines (guard)", "Home\nWorld\nBusiness news today\nSport\nWeather", []string{"Home", "World", "Business news today", "Sport", "Weather"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, texts(tt.text, Unwrap(tt.text, Lines(tt.text)))); diff != "" {
				t.Error(diff)
			}
		})
	}
}
