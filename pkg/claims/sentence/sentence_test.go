package sentence

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func texts(text string, spans []Span) []string {
	out := []string{}
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	sp, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"simple", "One thing. Another thing! A third?", []string{"One thing.", "Another thing!", "A third?"}},
		{"us abbreviation", "The U.S. said no. It left.", []string{"The U.S. said no.", "It left."}},
		{"us at end", "Talks with the U.S. The rest followed.", []string{"Talks with the U.S.", "The rest followed."}},
		{"unlisted initials before a name", "Officers read a B.C. Supreme Court order. It was long.", []string{"Officers read a B.C. Supreme Court order.", "It was long."}},
		{"unlisted initials at the end", "He lives in northern B.C. The rest followed.", []string{"He lives in northern B.C.", "The rest followed."}},
		{"mr", "Mr. Smith arrived. Mr Jones left.", []string{"Mr. Smith arrived.", "Mr Jones left."}},
		{"month and number", "It opened on Jan. 12 at No. 5 Main St. It closed.", []string{"It opened on Jan. 12 at No. 5 Main St. It closed."}},
		{"initials", "J. R. Smith spoke. Then he left.", []string{"J. R. Smith spoke.", "Then he left."}},
		{"a capital letter before a quotation ends the sentence", "He posted on X. \"It is a mockery,\" he wrote.", []string{"He posted on X.", "\"It is a mockery,\" he wrote."}},
		{"an initial before a name (guard)", "The report by Jennifer M. Piscopo was long.", []string{"The report by Jennifer M. Piscopo was long."}},
		{"decimal", "Growth was 3.5 percent. Prices rose.", []string{"Growth was 3.5 percent.", "Prices rose."}},
		{"closing quote", "“We left.” Then we ate.", []string{"“We left.”", "Then we ate."}},
		{"quote continues", "“We left,” he said. “It was late.”", []string{"“We left,” he said.", "“It was late.”"}},
		{"lowercase after stop in quote", "“Go home.” he said.", []string{"“Go home.” he said."}},
		{"ellipsis", "He paused... Then spoke. And more… later.", []string{"He paused...", "Then spoke.", "And more… later."}},
		{"newline", "No stop here\nNext line.", []string{"No stop here", "Next line."}},
		{"space before stop", "The agony” . Lavrov said.", []string{"The agony” .", "Lavrov said."}},
		{"empty", "", []string{}},
		{"white space", "  \n\n  ", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(tc.text, sp.Split(tc.text, 0, len(tc.text)))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Split (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSplitRange(t *testing.T) {
	sp, _ := New()
	text := "Skip this. Take this one. Skip."
	got := texts(text, sp.Split(text, 11, 25))
	if diff := cmp.Diff([]string{"Take this one."}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := sp.Split(text, -5, 1000); len(got) != 3 {
		t.Errorf("out-of-range bounds: %d sentences", len(got))
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"A. B.", "U.S. And", "“x.” y", "\xff.\xfe", "...", "Mr. X", "a\n\nb"} {
		f.Add(s)
	}
	sp, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range sp.Split(text, 0, len(text)) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %+v after %d in %q", s, prev, text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(text[s.Start:s.End]) {
				t.Fatalf("span %+v cuts a rune in %q", s, text)
			}
			if strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
				t.Fatalf("span %+v not trimmed", s)
			}
			prev = s.End
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	sp, _ := New()
	text := strings.Repeat("Mr. Smith said the U.S. would act on Jan. 5. “We are ready,” he said. Prices rose 3.5 percent. ", 40)
	b.SetBytes(int64(len(text)))
	b.Run("split", func(b *testing.B) {
		for b.Loop() {
			sp.Split(text, 0, len(text))
		}
	})
	b.Run("reference-strings.Fields", func(b *testing.B) {
		for b.Loop() {
			_ = strings.Fields(text)
		}
	})
	long := strings.Repeat("word ", 200_000)
	b.Run("1MB-no-punctuation", func(b *testing.B) {
		b.SetBytes(int64(len(long)))
		for b.Loop() {
			sp.Split(long, 0, len(long))
		}
	})
}

// TestSplitJoined: a newline a fixed width put inside a sentence is a space.
func TestSplitJoined(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The council voted on Tuesday to approve\nthe lanes. Work begins in April.\nNext line."
	var got []string
	for _, sp := range s.SplitJoined(text, 0, len(text), map[int]bool{39: true}) {
		got = append(got, text[sp.Start:sp.End])
	}
	want := []string{"The council voted on Tuesday to approve\nthe lanes.", "Work begins in April.", "Next line."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
}
