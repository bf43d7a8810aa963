package streamcorpus

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// FuzzDecode: any message on the stream is read or refused, never a panic;
// what is read encodes back to the same prints, and putting it in a small
// window keeps the window's bounds.
func FuzzDecode(f *testing.F) {
	for _, seed := range []struct{ subject, data string }{
		{"copydesk.prints.01A", `{"id":"01A","prints":[{"key":"fig|troops|russia","value":"100000","source":"a.example","speaker":"Lavrov","text":"100,000 troops"}]}`},
		{"copydesk.prints.01A", `{"id":"01A","prints":[]}`},
		{"copydesk.prints.x", `{"id":"01A","prints":[{"key":"k"}]}`},
		{"copydesk.prints.h0", `{"id":"a.b c","prints":[{"key":"k"},{"key":"k"}]}`},
		{"copydesk.prints.01A", `{"id":"01A","prints":"no"}`},
		{"copydesk.prints.01A", "\x00\xff"},
		{"other", `{}`},
	} {
		f.Add(seed.subject, []byte(seed.data))
	}
	w := newWindow(4)
	var seq uint64
	f.Fuzz(func(t *testing.T, subject string, data []byte) {
		id, prints, err := decode("copydesk.prints", subject, data)
		if err != nil {
			return
		}
		again, err := encode(id, prints)
		if err != nil {
			t.Fatalf("encode of what was decoded: %v", err)
		}
		id2, prints2, err := decode("copydesk.prints", subject, again)
		if err != nil || id2 != id {
			t.Fatalf("round trip: %q, %v", id2, err)
		}
		if diff := cmp.Diff(prints, prints2); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
		seq++
		w.put(id, seq, time.Now(), prints)
		keys := make([]string, 0, len(prints))
		for _, p := range prints {
			keys = append(keys, p.Key)
		}
		for _, p := range w.find(keys) {
			if _, ok := w.byID[p.ArticleID]; !ok {
				t.Fatalf("found a print of %q, which the window does not hold", p.ArticleID)
			}
		}
		if w.live > 4 || w.live != len(w.byID) {
			t.Fatalf("live %d, ids %d", w.live, len(w.byID))
		}
		refs, held := 0, 0
		for _, list := range w.byKey {
			refs += len(list)
		}
		for _, e := range w.byID {
			held += len(e.prints)
		}
		if refs > held {
			t.Fatalf("%d refs for the %d prints held: a dropped article left refs behind", refs, held)
		}
	})
}
