package corroborate

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/pkg/store"
)

// naiveJaccard is the definition jaccardExcept must agree with: drop the
// excepted term from both lists, then |a ∩ b| / |a ∪ b|.
func naiveJaccard(a, b []string, except string) (float64, int) {
	set := map[string]int{}
	for _, t := range a {
		if t != except {
			set[t] |= 1
		}
	}
	for _, t := range b {
		if t != except {
			set[t] |= 2
		}
	}
	shared := 0
	for _, v := range set {
		if v == 3 {
			shared++
		}
	}
	if len(set) == 0 {
		return 0, 0
	}
	return float64(shared) / float64(len(set)), shared
}

func TestJaccardExcept(t *testing.T) {
	tests := []struct {
		name   string
		a, b   []string
		except string
		sim    float64
		shared int
	}{
		{"both empty", nil, nil, "", 0, 0},
		{"one empty", []string{"rate", "rise"}, nil, "", 0, 0},
		{"identical", []string{"rate", "rise"}, []string{"rate", "rise"}, "", 1, 2},
		{"half", []string{"bank", "rate"}, []string{"rate", "rise"}, "", 1.0 / 3, 1},
		{"unit left out of both", []string{"percent", "rate", "rise"}, []string{"percent", "rate"}, "percent", 0.5, 1},
		{"unit in one only", []string{"percent", "rate"}, []string{"rate"}, "percent", 1, 1},
		{"only the unit", []string{"percent"}, []string{"percent"}, "percent", 0, 0},
		{"disjoint", []string{"alpha", "beta"}, []string{"gamma"}, "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sim, shared := jaccardExcept(tt.a, tt.b, tt.except)
			if sim != tt.sim || shared != tt.shared {
				t.Errorf("jaccardExcept = %v, %d; want %v, %d", sim, shared, tt.sim, tt.shared)
			}
		})
	}
}

// TestJaccardExceptAgrees compares it with the definition on random sorted,
// de-duplicated term lists.
func TestJaccardExceptAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen"}
	list := func() []string {
		var out []string
		for _, w := range words {
			if r.IntN(2) == 0 {
				out = append(out, w)
			}
		}
		return out
	}
	for i := range 2000 {
		a, b := list(), list()
		except := words[r.IntN(len(words))]
		if i%5 == 0 {
			except = ""
		}
		gs, gn := jaccardExcept(a, b, except)
		ws, wn := naiveJaccard(a, b, except)
		if gs != ws || gn != wn {
			t.Fatalf("jaccardExcept(%q, %q, %q) = %v, %d; want %v, %d", a, b, except, gs, gn, ws, wn)
		}
	}
}

func TestTermCache(t *testing.T) {
	c := newTermCache(3)
	for i := range 10 {
		c.put(fmt.Sprint(i), []string{fmt.Sprint(i)})
		if n := c.len(); n > 6 {
			t.Fatalf("after %d puts the cache holds %d texts, want at most 2 generations of 3", i+1, n)
		}
	}
	if _, ok := c.get("0"); ok {
		t.Error("the oldest text is still cached")
	}
	got, ok := c.get("9")
	if !ok || !slices.Equal(got, []string{"9"}) {
		t.Errorf("get(9) = %q, %v", got, ok)
	}
	// A hit in the previous generation survives the next turnover.
	c = newTermCache(2)
	c.put("keep", []string{"k"})
	c.put("x", nil) // cur full: {keep, x}
	c.put("y", nil) // turnover: prev {keep, x}, cur {y}
	if _, ok := c.get("keep"); !ok {
		t.Fatal("keep lost after one turnover")
	}
	c.put("z", nil) // turnover: prev {y, keep}, cur {z}
	if _, ok := c.get("keep"); !ok {
		t.Error("a text used in the previous generation was dropped at the next turnover")
	}
}

// TestCorpusTermsCached checks that the cached terms are the ones Terms
// computes, on a second lookup too.
func TestCorpusTermsCached(t *testing.T) {
	f, err := New(Options{MinSimilarity: 0.04, MinShared: 1, ContradictSimilarity: 0.2, ContradictShared: 3, QuoteWords: 6, MaxQuoteWindows: 3})
	if err != nil {
		t.Fatal(err)
	}
	text := "The unemployment rate rose to 4.2 percent in March, the statistics office said."
	first := f.corpusTerms(text)
	second := f.corpusTerms(text)
	if len(first) == 0 || !slices.Equal(first, second) {
		t.Errorf("corpusTerms = %q then %q", first, second)
	}
	if f.cache.len() != 1 {
		t.Errorf("cache holds %d texts, want 1", f.cache.len())
	}
}

func TestDedupeContradictions(t *testing.T) {
	p := func(article, value string) *store.ClaimPrint {
		return &store.ClaimPrint{ArticleID: article, Value: value}
	}
	c := func(claim int, own string, other *store.ClaimPrint) Contradiction {
		return Contradiction{Claim: claim, Own: Figure{Value: own, Unit: "troops"}, Other: other}
	}
	b2, a1, a1b, a1c := p("b", "2"), p("a", "1"), p("a", "1"), p("a", "3")
	tests := []struct {
		name string
		in   []Contradiction
		want []Contradiction
	}{
		{"none", nil, nil},
		{"one", []Contradiction{c(0, "5", a1)}, []Contradiction{c(0, "5", a1)}},
		{"the same article and values once, the first kept",
			[]Contradiction{c(0, "5", a1), c(0, "5", a1b), c(0, "5", b2)},
			[]Contradiction{c(0, "5", a1), c(0, "5", b2)}},
		{"by claim, then article",
			[]Contradiction{c(1, "5", a1), c(0, "5", b2), c(0, "5", a1), c(0, "5", a1c), c(1, "5", a1b)},
			[]Contradiction{c(0, "5", a1), c(0, "5", a1c), c(0, "5", b2), c(1, "5", a1)}},
		{"another own value is another contradiction",
			[]Contradiction{c(0, "5", a1), c(0, "6", a1b)},
			[]Contradiction{c(0, "5", a1), c(0, "6", a1b)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dedupeContradictions(slices.Clone(tt.in))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d contradictions, want %d", len(got), len(tt.want))
			}
			for i := range got {
				// Other is compared by identity: which print was kept.
				if got[i].Claim != tt.want[i].Claim || got[i].Own != tt.want[i].Own || got[i].Other != tt.want[i].Other {
					t.Errorf("[%d] = %+v (other %p), want %+v (other %p)", i, got[i], got[i].Other, tt.want[i], tt.want[i].Other)
				}
			}
		})
	}
}
