package token

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"words", "Mr Lavrov said", []string{"Mr", "Lavrov", "said"}},
		{"acronym", "the U.S. said", []string{"the", "U.S.", "said"}},
		{"possessive", "Blinken’s aide", []string{"Blinken’s", "aide"}},
		{"number", "100,000 troops, 3.5 percent.", []string{"100,000", "troops", ",", "3.5", "percent", "."}},
		{"marks", "“No,” he said", []string{"“", "No", ",", "”", "he", "said"}},
		{"hyphen", "US-Russia talks", []string{"US-Russia", "talks"}},
		{"sentence stop", "in Laos. According", []string{"in", "Laos", ".", "According"}},
		{"web address", "told Express.co.uk that", []string{"told", "Express.co.uk", "that"}},
		{"web address at the sentence's end", "read MailOnline.com.", []string{"read", "MailOnline.com", "."}},
		{"a stop before a word that is no domain (guard)", "in Laos.the end", []string{"in", "Laos", ".", "the", "end"}},
		{"an ampersand inside a name", "AT&T and S&P said", []string{"AT&T", "and", "S&P", "said"}},
		{"an ampersand between words stands alone (guard)", "Marks & Spencer", []string{"Marks", "&", "Spencer"}},
		{"a plural possessive", "the Patients' Alliance and Teachers’ union", []string{"the", "Patients'", "Alliance", "and", "Teachers’", "union"}},
		{"a single-quoted quotation's close (guard)", "he said 'we need more Buses' and left", []string{"he", "said", "'", "we", "need", "more", "Buses", "'", "and", "left"}},
		{"a curly single quotation's close (guard)", "a ‘Save the Whales’ campaign", []string{"a", "‘", "Save", "the", "Whales", "’", "campaign"}},
		{"a plural possessive after a closed quotation", "'Yes,' said the Farmers' Union", []string{"'", "Yes", ",", "'", "said", "the", "Farmers'", "Union"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tk := range Split(tc.text, 0, len(tc.text)) {
				got = append(got, tk.Text)
				if tc.text[tk.Start:tk.End] != tk.Text {
					t.Errorf("token %q offsets wrong", tk.Text)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestLowerAcronym(t *testing.T) {
	tests := []struct {
		name, text, word, want string
	}{
		{"an acronym spelt like a pronoun keeps its capitals", "The WHO said so", "WHO", "WHO"},
		{"and its possessive", "the WHO's chief", "WHO's", "WHO's"},
		{"in capitals it is the pronoun", "WHO IS THIS MAN", "WHO", "who"},
		{"a pronoun (guard)", "the man who said so", "who", "who"},
		{"another acronym (guard)", "US officials said", "US", "us"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, tk := range Split(tc.text, 0, len(tc.text)) {
				if tk.Text == tc.word && tk.Lower != tc.want {
					t.Errorf("Lower of %q = %q, want %q", tk.Text, tk.Lower, tc.want)
				}
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"U.S.", "a’b", "1,2.3", "\xff“", "x-.y", "Express.co.uk.", "a.com"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, tk := range Split(text, 0, len(text)) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("bad token %+v in %q", tk, text)
			}
			prev = tk.End
		}
	})
}
