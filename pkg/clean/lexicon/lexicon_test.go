package lexicon

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func words(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Word)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Editor's Picks", []string{"editor", "s", "picks"}},
		{"Is Kahoot 100% free?", []string{"is", "kahoot", "100", "free"}},
		{"Über straße ÉTÉ", []string{"über", "straße", "été"}},
		{"\xffbad\x00word", []string{"bad", "word"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := Tokenize(nil, tt.in)
			if diff := cmp.Diff(tt.want, words(toks)); diff != "" {
				t.Error(diff)
			}
			for _, tk := range toks {
				if !strings.EqualFold(tt.in[tk.Start:tk.End], tk.Word) {
					t.Errorf("offsets [%d,%d) give %q, word %q", tk.Start, tk.End, tt.in[tk.Start:tk.End], tk.Word)
				}
			}
		})
	}
}

func TestMatch(t *testing.T) {
	lx, err := Parse("test", `
# comment
navigation 1.0 ^more$
related 0.9 ^read more *
consent 0.5 unsubscribe at any time
free 0.9 ^is * 100 free
`)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line  string
		label string
		want  float64
	}{
		{"More", "navigation", 1},
		{"More news", "navigation", 0},
		{"Read more: the talks", "related", 0.9},
		{"Read more", "related", 0},
		{"You can Unsubscribe at any time.", "consent", 0.5},
		{"Is Kahoot 100% free?", "free", 0.9},
		{"Why is Kahoot 100% free?", "free", 0},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, _ := lx.Score(Tokenize(nil, tt.line)).Get(tt.label)
			if got != tt.want {
				t.Errorf("score %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{"nav", "nav x phrase", "nav 2 phrase", "nav 0.5 ^$", "nav 0.5 ..."} {
		if _, err := Parse("t", src); err == nil {
			t.Errorf("Parse(%q) succeeded", src)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("navigation 1.0 ^more$\nrelated 0.5 read * more")
	f.Add("# c\n\nx 0 *")
	f.Fuzz(func(t *testing.T, src string) {
		lx, err := Parse("fuzz", src)
		if err != nil {
			return
		}
		lx.Score(Tokenize(nil, src))
	})
}

func FuzzTokenize(f *testing.F) {
	f.Add("Hello, World! Ünïcödé \xff")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokenize(nil, s) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) || tk.Word == "" {
				t.Fatalf("bad token %+v", tk)
			}
			prev = tk.End
		}
	})
}
