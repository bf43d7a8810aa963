package corroborate

import (
	"hash/fnv"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger/token"
)

func newFP(t *testing.T) *Fingerprinter {
	t.Helper()
	f, err := New(Options{MinSimilarity: 0.04, MinShared: 1, ContradictSimilarity: 0.2, ContradictShared: 3, QuoteWords: 6, MaxQuoteWindows: 3})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFigures(t *testing.T) {
	f := newFP(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"troops", "despite retaining around 100,000 troops along the border", []string{"100000 troop"}},
		{"adjective skipped", "30,000 Russian troops", []string{"30000 troop"}},
		{"scale word", "a $5 billion aid package", []string{"5000000000 usd"}},
		{"percent", "inflation rose 2.5 percent and 3% later", []string{"2.5 percent", "3 percent"}},
		{"number word", "a briefing that lasted just eight minutes", []string{"8 minut"}},
		{"year skipped", "in 2021 the summit", nil},
		{"ordinal skipped", "the 24th of February", nil},
		{"code skipped", "S-400 air defence systems", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := token.Split(tt.text)
			lower := make([]string, len(ws))
			for i, w := range ws {
				lower[i] = w.Lower()
			}
			var got []string
			for _, fig := range f.figures(tt.text, ws, lower) {
				got = append(got, fig.Value+" "+fig.Unit)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("figures = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"troops", "troop"}, {"troop", "troop"}, {"invaded", "invad"}, {"invade", "invad"},
		{"stationed", "station"}, {"countries", "country"}, {"boxes", "box"}, {"press", "press"},
		{"invades", "invad"}, {"states", "stat"}, {"state", "stat"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Stem(tt.in); got != tt.want {
				t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Sergei Ryabkov", "Ryabkov", true},
		{"Sergey Lavrov", "sergey lavrov", true},
		{"Sergey Lavrov", "Antony Blinken", false},
		{"", "Antony Blinken", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := SameSpeaker(tt.a, tt.b); got != tt.want {
				t.Errorf("SameSpeaker(%q, %q) = %v", tt.a, tt.b, got)
			}
		})
	}
}

func TestExtractFingerprint(t *testing.T) {
	f := newFP(t)
	text := "Washington says Moscow keeps 100,000 troops on the border."
	a := &article.Article{ID: "a", Text: text,
		Claims:   []article.Claim{{Text: text, Start: 0, End: len(text)}},
		Entities: []article.Entity{{ID: "moscow", Name: "Moscow", Mentions: []article.Span{{Text: "Moscow", Start: 16, End: 22}}}},
	}
	cs := f.Extract(a)
	if len(cs) != 1 || len(cs[0].Prints) != 1 {
		t.Fatalf("claims = %+v", cs)
	}
	if got, want := cs[0].Prints[0].Key, "fig|troop|moscow"; got != want {
		t.Errorf("key = %q, want %q", got, want)
	}
	if !strings.HasPrefix(cs[0].Fingerprint, "e=moscow;n=100000 troop;t=") {
		t.Errorf("fingerprint = %q", cs[0].Fingerprint)
	}
}

func TestAnchorsWithoutEntities(t *testing.T) {
	f := newFP(t)
	text := "Washington says Moscow keeps 100,000 troops near Ukraine."
	a := &article.Article{ID: "a", Text: text, Claims: []article.Claim{{Text: text, Start: 0, End: len(text)}}}
	cs := f.Extract(a)
	var keys []string
	for _, p := range cs[0].Prints {
		keys = append(keys, p.Key)
	}
	// "Washington" starts the sentence and is not known to be a name.
	if want := "fig|troop|moscow fig|troop|ukrain"; strings.Join(keys, " ") != want {
		t.Errorf("keys = %q, want %q", keys, want)
	}
}

func TestFNVFolded(t *testing.T) {
	for _, w := range []string{"Russia", "don’t", "ÉCOLE", "abc"} {
		t.Run(w, func(t *testing.T) {
			h := fnv.New64a()
			h.Write([]byte(token.Fold(w)))
			if got := fnvFolded(fnvOffset, w); got != h.Sum64() {
				t.Errorf("fnvFolded(%q) = %x, want %x", w, got, h.Sum64())
			}
		})
	}
}

// A figure about nothing nameable must not share one key with every other
// such figure: it gets no print (and so no cross-article comparison).
func TestExtractAnchorlessFigureHasNoPrint(t *testing.T) {
	f := newFP(t)
	text := "about 100,000 troops remain on the border."
	a := &article.Article{ID: "a", Text: text, Claims: []article.Claim{{Text: text, Start: 0, End: len(text)}}}
	cs := f.Extract(a)
	if len(cs) != 1 {
		t.Fatalf("claims = %+v", cs)
	}
	if len(cs[0].Prints) != 0 {
		t.Errorf("prints = %+v, want none", cs[0].Prints)
	}
}
