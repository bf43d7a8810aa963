package spell

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/flagger/token"
)

func TestCheck(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewChecker(d)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		text       string
		misspelled []string
		garbled    []string
	}{
		{"clean", "The minister said the talks were helpful and open.", nil, nil},
		{"misspelling", "The goverment recieved the letter.", []string{"goverment", "recieved"}, nil},
		{"inflections and british", "The ministers favoured diplomacy, analysing the organisations' threatened colours.", nil, nil},
		{"names skipped", "Blinken met Lavrov in Geneva.", nil, nil},
		{"ligatures of text copied from a PDF", "The ﬂexible ofﬁce oﬀers an eﬃcient layout.", nil, nil},
		{"unites states", "The unites states secretary met them.", nil, []string{"unites states"}},
		{"lower-case name", "Russia wants the united states to stop.", nil, []string{"united states"}},
		{"plural demonym", "Blinken later met with the Germans foreign minister in Berlin.", nil, []string{"the Germans foreign"}},
		{"plural demonym as subject", "The Germans said no.", nil, nil},
		{"acronym is no demonym", "He met the US secretary.", nil, nil},
		{"the before a country and its verb", "He said the Russia will defend its interests.", nil, []string{"the Russia will"}},
		{"the before a capital and a preposition", "Moscow expects answers from the Washington on its proposals.", nil, []string{"the Washington on"}},
		{"the before a name of a newspaper (guard)", "According to the Washington Post, the talks failed.", nil, nil},
		{"repeated word", "He went to the the shop.", nil, []string{"the the"}},
		{"across punctuation", "It was the. The end.", nil, nil},
		{"modal of", "They could of won.", nil, []string{"could of"}},
		{"repeated unknown counts once", "The goverment said the goverment would act.", []string{"goverment"}, nil},
		{"diacritics", "Their début and naïve charm.", nil, nil},
		{"web address", "Visit nationaltrust.org.uk or mail info@example.com today.", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.Check(tt.text, token.Split(tt.text), nil, 0)
			var got []string
			for _, w := range r.Misspelled {
				got = append(got, w.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.misspelled, "|") {
				t.Errorf("misspelled = %q, want %q", got, tt.misspelled)
			}
			got = nil
			for _, m := range r.Garbled {
				got = append(got, m.Text)
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("offsets %d:%d do not give %q", m.Start, m.End, m.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.garbled, "|") {
				t.Errorf("garbled = %q, want %q", got, tt.garbled)
			}
		})
	}
}

// TestDictionaryMatchesWordList: the hashed dictionary answers Common,
// Proper and Capital for every entry of the embedded list as sets of the
// folded words themselves would, and knows none of a few thousand
// non-words.
func TestDictionaryMatchesWordList(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(wordsGz))
	if err != nil {
		t.Fatal(err)
	}
	common, capital := map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital[token.Fold(w)] = true
		} else {
			common[token.Fold(w)] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(common) < 100000 || len(capital) < 10000 {
		t.Fatalf("word list: %d common and %d capitalised entries, want the whole list", len(common), len(capital))
	}
	union := len(common)
	for w := range capital {
		if !common[w] {
			union++
		}
	}
	if len(d.words) != union {
		t.Errorf("dictionary has %d entries, the list %d distinct words: two words share a hash", len(d.words), union)
	}
	check := func(w string) {
		if got, want := d.Common(w), common[w]; got != want {
			t.Errorf("Common(%q) = %v, want %v", w, got, want)
		}
		if got, want := d.Capital(w), capital[w]; got != want {
			t.Errorf("Capital(%q) = %v, want %v", w, got, want)
		}
		if got, want := d.Proper(w), capital[w] && !common[w]; got != want {
			t.Errorf("Proper(%q) = %v, want %v", w, got, want)
		}
	}
	for w := range common {
		check(w)
	}
	for w := range capital {
		check(w)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		b := make([]byte, 3+rng.IntN(8))
		for i := range b {
			b[i] = 'a' + byte(rng.IntN(26))
		}
		check(string(b)) // mostly non-words; a real word is checked like any other
	}
}

func TestCommonUnaccented(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want bool
	}{
		{"exposé", true},
		{"café", true},
		{"expose", true},
		{"ångström", true},
		{"gdańsk", false},
		{"zzyzxé", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := d.CommonUnaccented(tt.word); got != tt.want {
				t.Errorf("CommonUnaccented(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
