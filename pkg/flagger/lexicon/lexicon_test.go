package lexicon

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/flagger/token"
)

const src = `# test lexicon
hypocrisy	1	pejorative
humiliat*	0.8	emotive
rips into	1	emotive
rips	0.2
tries to
`

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"bad weight", "word\tx", "weight"},
		{"short prefix", "ab*\t1", "shorter"},
		{"empty phrase", " \t1", "empty phrase"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("t", tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestFind(t *testing.T) {
	l := MustParse("t", src)
	if l.Len() != 5 {
		t.Fatalf("Len = %d", l.Len())
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"longest wins", "He rips into the plan", []string{"rips into"}},
		{"single", "He rips the plan", []string{"rips"}},
		{"prefix", "A humiliating defeat humiliated them", []string{"humiliating", "humiliated"}},
		{"case and apostrophe", "HYPOCRISY", []string{"HYPOCRISY"}},
		{"not across punctuation", "He rips. Into the night", []string{"rips"}},
		{"default weight", "she tries to win", []string{"tries to"}},
		{"none", "nothing here", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := token.Split(tt.text)
			var got []string
			for _, m := range l.Find(ws, Lower(ws), Gap(tt.text, ws)) {
				got = append(got, tt.text[m.Start:m.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			// The bank gives the same matches.
			var bank []string
			for _, m := range NewBank(MustParse("x", "unrelated"), l).FindAll(ws, Lower(ws), Gap(tt.text, ws))[1] {
				bank = append(bank, tt.text[m.Start:m.End])
			}
			if strings.Join(bank, "|") != strings.Join(tt.want, "|") {
				t.Errorf("bank got %q, want %q", bank, tt.want)
			}
		})
	}
}

func FuzzParseFind(f *testing.F) {
	f.Add(src, "He rips into the humiliating hypocrisy")
	f.Add("a b c\t1\n", "a b c a b")
	f.Fuzz(func(t *testing.T, lex, text string) {
		l, err := Parse("fuzz", lex)
		if err != nil {
			return
		}
		ws := token.Split(text)
		last := -1
		for _, m := range l.Find(ws, Lower(ws), Gap(text, ws)) {
			if m.First <= last || m.Last < m.First || m.Start < 0 || m.End > len(text) {
				t.Fatalf("bad match %+v", m)
			}
			last = m.Last
		}
	})
}
