package token

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Talks resume in Geneva.", []string{"Talks", "resume", "in", "Geneva"}},
		{"apostrophes", "Blinken’s aide didn't go", []string{"Blinken’s", "aide", "didn't", "go"}},
		{"hyphen", "de-escalate US-Russia talks", []string{"de-escalate", "US-Russia", "talks"}},
		{"numbers", "100,000 troops, 2.5 percent, 10:00 GMT", []string{"100,000", "troops", "2.5", "percent", "10", "00", "GMT"}},
		{"abbreviation", "the U.S. and e.g. this", []string{"the", "U.S", "and", "e.g", "this"}},
		{"comma between words", "Lavrov,Blinken", []string{"Lavrov", "Blinken"}},
		{"quotes", "“Russia is not afraid”", []string{"Russia", "is", "not", "afraid"}},
		{"trailing joiner", "end- ok.", []string{"end", "ok"}},
		{"empty", "", nil},
		{"invalid utf8", "a\xffb", []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := Split(tt.in)
			var got []string
			for _, w := range ws {
				got = append(got, w.Text)
				if tt.in[w.Start:w.End] != w.Text {
					t.Errorf("offsets %d:%d give %q, not %q", w.Start, w.End, tt.in[w.Start:w.End], w.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAppendSplitBase(t *testing.T) {
	text := "xx Hello world"
	ws := AppendSplit(nil, text[3:], 3)
	if len(ws) != 2 || text[ws[1].Start:ws[1].End] != "world" {
		t.Errorf("got %+v", ws)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{{"Don’t", "don't"}, {"abc", "abc"}, {"ÉCOLE", "école"}}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"", "a.b.c", "1,000,000.5", "U.S.A.", "’'-.,", "\xff\xfe\xfd", "x-’y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, w := range Split(s) {
			if w.Start < last || w.End <= w.Start || w.End > len(s) {
				t.Fatalf("bad word %+v after %d in %q", w, last, s)
			}
			if s[w.Start:w.End] != w.Text {
				t.Fatalf("text mismatch %+v", w)
			}
			r, _ := utf8.DecodeRuneInString(w.Text)
			if !isWordRune(r) {
				t.Fatalf("word %q starts with %q", w.Text, r)
			}
			last = w.End
		}
	})
}
