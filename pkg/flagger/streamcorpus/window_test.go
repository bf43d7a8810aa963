package streamcorpus

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/copydesk/copydesk/pkg/store"
	"github.com/copydesk/copydesk/pkg/store/storetest"
)

func p(key, value, id, text string) store.ClaimPrint {
	return store.ClaimPrint{Key: key, Value: value, ArticleID: id, Source: "example.com", Speaker: "Sergey Lavrov", Text: text}
}

// TestWindowConformance runs the claim-print conformance sequence of the
// stores on the window.
func TestWindowConformance(t *testing.T) {
	w := newWindow(100)
	for i, st := range storetest.ClaimPrintSteps() {
		t.Run(st.Name, func(t *testing.T) {
			w.put(st.Article, uint64(i+1), time.Now(), slices.Clone(st.Put))
			if diff := cmp.Diff(st.Want, w.find(st.Find)); diff != "" {
				t.Errorf("find(%q) (-want +got):\n%s", st.Find, diff)
			}
			n := 0
			if e := w.byID[st.Article]; e != nil {
				n = len(e.prints)
			}
			if n != st.Rows {
				t.Errorf("prints of %s = %d, want %d", st.Article, n, st.Rows)
			}
		})
	}
}

// TestWindowBounds: past its bound the window drops the article put
// longest ago (a rewrite counts as a new put), and expire drops the articles
// put before a cutoff; either leaves no key or id behind.
func TestWindowBounds(t *testing.T) {
	w := newWindow(3)
	t0 := time.Unix(1_700_000_000, 0)
	steps := []struct {
		name, put string
		want      []string // articles held, by id
	}{
		{"first", "a1", []string{"a1"}},
		{"second", "a2", []string{"a1", "a2"}},
		{"third", "a3", []string{"a1", "a2", "a3"}},
		{"rewrite of the oldest makes it the newest", "a1", []string{"a1", "a2", "a3"}},
		{"a fourth drops the article put longest ago", "a4", []string{"a1", "a3", "a4"}},
		{"and a fifth the next", "a5", []string{"a1", "a4", "a5"}},
	}
	for i, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			w.put(st.put, uint64(i+1), t0.Add(time.Duration(i)*time.Second), []store.ClaimPrint{{Key: "shared"}, {Key: "own-" + st.put}})
			var got []string
			for _, p := range w.find([]string{"shared"}) {
				got = append(got, p.ArticleID)
			}
			if diff := cmp.Diff(st.want, got); diff != "" {
				t.Errorf("held (-want +got):\n%s", diff)
			}
			if w.live != len(st.want) || len(w.byID) != len(st.want) || len(w.byKey) != len(st.want)+1 {
				t.Errorf("live %d, ids %d, keys %d", w.live, len(w.byID), len(w.byKey))
			}
		})
	}
	t.Run("expire drops what was put before the cutoff", func(t *testing.T) {
		// Put times: a1 t0+3s, a4 t0+4s, a5 t0+5s.
		w.expire(t0.Add(4 * time.Second))
		if got := w.find([]string{"shared"}); len(got) != 2 || got[0].ArticleID != "a4" || got[1].ArticleID != "a5" {
			t.Errorf("after expire: %+v", got)
		}
		w.expire(t0.Add(time.Hour))
		if w.live != 0 || len(w.byKey) != 0 || len(w.byID) != 0 {
			t.Errorf("after expiring all: live %d, keys %d, ids %d", w.live, len(w.byKey), len(w.byID))
		}
	})
}

// TestWindowCapsPrintsPerKey: a key many articles share returns the prints
// of the newest store.MaxPrintsPerKey articles, and its list stays bounded.
func TestWindowCapsPrintsPerKey(t *testing.T) {
	w := newWindow(10 * store.MaxPrintsPerKey)
	n := 5*store.MaxPrintsPerKey + 3
	for i := range n {
		id := fmt.Sprintf("a%05d", i)
		w.put(id, uint64(i+1), time.Now(), []store.ClaimPrint{{Key: "k", Value: "1"}, {Key: "own-" + id}})
	}
	got := w.find([]string{"k"})
	if len(got) != store.MaxPrintsPerKey || got[0].ArticleID != fmt.Sprintf("a%05d", n-store.MaxPrintsPerKey) {
		t.Errorf("got %d prints from %s on, want %d from the newest", len(got), got[0].ArticleID, store.MaxPrintsPerKey)
	}
	if l := len(w.byKey[w.hash("k")]); l >= 2*store.MaxPrintsPerKey {
		t.Errorf("list of k holds %d refs", l)
	}
	// Dropping every article leaves nothing behind.
	for i := range n {
		w.remove(fmt.Sprintf("a%05d", i))
	}
	if w.live != 0 || len(w.byKey) != 0 {
		t.Errorf("after removing all: live %d, keys %v", w.live, len(w.byKey))
	}
}

// TestWindowFIFOCompacts: a long run of puts past the bound keeps the
// queue's length near the bound.
func TestWindowFIFOCompacts(t *testing.T) {
	w := newWindow(100)
	for i := range 100_000 {
		id := fmt.Sprintf("a%06d", i%5000)
		w.put(id, uint64(i+1), time.Now(), []store.ClaimPrint{{Key: fmt.Sprint(i)}})
	}
	if w.live != 100 || len(w.byID) != 100 || len(w.byKey) != 100 {
		t.Errorf("live %d, ids %d, keys %d, want 100", w.live, len(w.byID), len(w.byKey))
	}
	if q := len(w.fifo) - w.head; q > 2200 {
		t.Errorf("queue holds %d entries for 100 live", q)
	}
}
