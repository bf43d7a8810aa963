package streamcorpus

import (
	"hash/maphash"
	"slices"
	"strings"
	"time"

	"github.com/copydesk/copydesk/pkg/store"
)

// entry is the prints of one article in the window.
type entry struct {
	id string
	// seq is the stream sequence of the message the prints came from; 0
	// while this replica's own publish is in flight.
	seq    uint64
	at     time.Time
	prints []print
	dead   bool // replaced or dropped; still queued in fifo until popped
	own    bool // put by this replica (PutClaimPrints), not read from the stream
}

// print is a store.ClaimPrint as the window holds it: the key as its hash
// (a lookup names the key, so the window need not keep its text) and the
// article id in the entry. Every flagger replica holds the window, so its
// size per article is what bounds it (BenchmarkWindowMemory).
type print struct {
	key                          uint64
	value, source, speaker, text string
}

// ref is one print of an entry, listed under its key.
type ref struct {
	e *entry
	i int32
}

// window is the bounded in-memory corpus: at most max articles, the oldest
// (first put) dropped first. Each key lists the prints of its newest
// articles: the list is cut back to store.MaxPrintsPerKey (highest article
// ids) when it reaches twice that, so a key many articles share costs a
// bounded lookup, as in the store. It is not safe for concurrent use.
type window struct {
	max   int
	seed  maphash.Seed
	byID  map[string]*entry
	byKey map[uint64][]ref // by the hash of the key
	fifo  []*entry         // in put order, with dead entries until popped
	head  int
	live  int
	// onDrop, when set, is called with each entry dropped to stay within
	// max (not with those removed, replaced or expired).
	onDrop func(e *entry)
}

func newWindow(max int) *window {
	return &window{max: max, seed: maphash.MakeSeed(), byID: map[string]*entry{}, byKey: map[uint64][]ref{}}
}

// hash is the window's hash of a key. Two keys of the ~100,000 a window
// holds share a 64-bit hash with a probability of about 3e-10.
func (w *window) hash(key string) uint64 { return maphash.String(w.seed, key) }

// put replaces the prints of id (none: removes it) and returns the new entry
// (nil when removed). Past max articles the oldest are dropped.
func (w *window) put(id string, seq uint64, at time.Time, prints []store.ClaimPrint) *entry {
	w.remove(id)
	if len(prints) == 0 {
		return nil
	}
	e := &entry{id: id, seq: seq, at: at, prints: make([]print, len(prints))}
	for i, p := range prints {
		k := w.hash(p.Key)
		e.prints[i] = print{key: k, value: p.Value, source: p.Source, speaker: p.Speaker, text: p.Text}
		list := append(w.byKey[k], ref{e: e, i: int32(i)})
		if len(list) >= 2*store.MaxPrintsPerKey {
			list = newest(list, store.MaxPrintsPerKey)
		}
		w.byKey[k] = list
	}
	w.byID[id] = e
	w.fifo = append(w.fifo, e)
	w.live++
	for w.live > w.max {
		w.popOldest()
	}
	return e
}

// remove drops the prints of id, if any.
func (w *window) remove(id string) {
	e := w.byID[id]
	if e == nil {
		return
	}
	delete(w.byID, id)
	e.dead = true
	w.live--
	for i := range e.prints {
		k := e.prints[i].key
		list := w.byKey[k]
		out := list[:0]
		for _, r := range list {
			if r.e != e {
				out = append(out, r)
			}
		}
		clear(list[len(out):])
		if len(out) == 0 {
			delete(w.byKey, k)
		} else {
			w.byKey[k] = out
		}
	}
}

// popOldest drops the oldest live entry.
func (w *window) popOldest() {
	for w.head < len(w.fifo) {
		e := w.fifo[w.head]
		w.fifo[w.head] = nil
		w.head++
		if !e.dead {
			w.remove(e.id)
			if w.onDrop != nil {
				w.onDrop(e)
			}
			break
		}
	}
	w.compact()
}

// expire drops the entries put before cutoff.
func (w *window) expire(cutoff time.Time) {
	for w.head < len(w.fifo) {
		e := w.fifo[w.head]
		if !e.dead && !e.at.Before(cutoff) {
			break
		}
		w.fifo[w.head] = nil
		w.head++
		if !e.dead {
			w.remove(e.id)
		}
	}
	w.compact()
}

// compact reclaims the popped part of fifo once it is half of it.
func (w *window) compact() {
	if w.head > 1024 && w.head*2 > len(w.fifo) {
		n := copy(w.fifo, w.fifo[w.head:])
		clear(w.fifo[n:])
		w.fifo = w.fifo[:n]
		w.head = 0
	}
}

// find returns the prints listed under keys, at most
// store.MaxPrintsPerKey a key (the newest articles'), ordered by key,
// article and value.
func (w *window) find(keys []string) []store.ClaimPrint {
	seen := make(map[string]bool, len(keys))
	n := 0 // the prints found, to allocate the result once
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			n += min(len(w.byKey[w.hash(k)]), store.MaxPrintsPerKey)
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]store.ClaimPrint, 0, n)
	clear(seen)
	for _, k := range keys {
		if seen[k] {
			continue
		}
		seen[k] = true
		list := w.byKey[w.hash(k)]
		if len(list) > store.MaxPrintsPerKey {
			list = newest(slices.Clone(list), store.MaxPrintsPerKey)
		}
		for _, r := range list {
			p := &r.e.prints[r.i]
			out = append(out, store.ClaimPrint{Key: k, Value: p.value, ArticleID: r.e.id, Source: p.source, Speaker: p.speaker, Text: p.text})
		}
	}
	slices.SortStableFunc(out, func(a, b store.ClaimPrint) int {
		if c := strings.Compare(a.Key, b.Key); c != 0 {
			return c
		}
		if c := strings.Compare(a.ArticleID, b.ArticleID); c != 0 {
			return c
		}
		return strings.Compare(a.Value, b.Value)
	})
	return out
}

// newest keeps the n refs of the highest article ids (ULIDs: the newest).
func newest(list []ref, n int) []ref {
	slices.SortStableFunc(list, func(a, b ref) int { return strings.Compare(b.e.id, a.e.id) })
	clear(list[n:])
	return list[:n]
}
