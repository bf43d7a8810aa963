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
	})
}
