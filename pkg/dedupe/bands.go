package dedupe

import (
	"time"

	"github.com/copydesk/copydesk/pkg/article"
)

// bandIndex is the in-process near-duplicate index of a KVIndex: the
// signatures of its signature stream and, per LSH band, the entries that
// have that band. It is not safe for concurrent use; KVIndex guards it.
//
// Memory per article (a near-duplicate original): the 512-byte signature and
// the entry's bookkeeping, and a map entry (key and slot number) for each of
// its LSHBands bands. Most bands belong to one article only, so a band maps
// to its entry directly (one); only a band several articles share has a list
// (multi). About 1 KiB per article in all (BenchmarkBandIndexMemory).
//
// The band maps hold slot numbers into slots, not pointers: a map without
// pointers is not scanned by the garbage collector, and these maps are the
// bulk of the index (32 entries an article, half a million at the default
// bound), which as pointer maps every collection had to trace.
type bandIndex struct {
	maxPerBand int
	maxEntries int // the oldest entries are dropped past it (0: no bound)
	byID       map[string]*sigEntry
	slots      []*sigEntry         // by slot number; nil when free
	free       []uint32            // free slot numbers
	one        map[uint64]uint32   // band hash (band number mixed in) -> slot of its only entry
	multi      map[uint64][]uint32 // band hash -> slots of its entries, oldest first, when two or more
	queue      []*sigEntry         // entries in order of addition, for expiry and the bound
	// onDrop, when set, is called with each entry dropped to stay within
	// maxEntries (not with those removed, replaced or expired).
	onDrop func(e *sigEntry)
}

// sigEntry keeps its pointers (id, and added's location) ahead of the
// signature, so that the garbage collector scans the first few words of an
// entry, not the 512 bytes of signature after them.
type sigEntry struct {
	id    string
	added time.Time // when the stream stored it (for expiry)
	rev   uint64    // stream sequence of the signature; 0 while this replica's publish is in flight
	slot  uint32    // its place in bandIndex.slots while indexed
	gone  bool      // removed from the index (the queue may still hold it)
	own   bool      // added by this replica's CheckAndAdd, not read from the stream
	sig   [SignatureSize]uint32
}

func newBandIndex(maxPerBand, maxEntries int) *bandIndex {
	return &bandIndex{
		maxPerBand: maxPerBand,
		maxEntries: maxEntries,
		byID:       make(map[string]*sigEntry),
		one:        make(map[uint64]uint32),
		multi:      make(map[uint64][]uint32),
	}
}

// band calls f with the entries of band hash k, oldest first, until f
// returns false.
func (b *bandIndex) band(k uint64, f func(*sigEntry) bool) {
	if slot, ok := b.one[k]; ok {
		f(b.slots[slot])
		return
	}
	for _, slot := range b.multi[k] {
		if !f(b.slots[slot]) {
			return
		}
	}
}

// bandHash hashes band i of a signature, band number included, so that one
// map holds every band.
func bandHash(sig []uint32, i int) uint64 {
	x := uint64(i+1) * 0x9e3779b97f4a7c15
	for _, v := range sig[i*LSHRows : (i+1)*LSHRows] {
		x = mix64(x ^ uint64(v))
	}
	return x
}

// closest returns the closest near duplicate of sig among the entries that
// share a band with it, other than id itself, or nil.
func (b *bandIndex) closest(id string, sig []uint32) *article.Duplicate {
	var cands []candidate
	var seen map[*sigEntry]bool
	for i := range LSHBands {
		b.band(bandHash(sig, i), func(e *sigEntry) bool {
			if e.id == id || seen[e] {
				return true
			}
			if seen == nil {
				seen = make(map[*sigEntry]bool)
			}
			seen[e] = true
			cands = append(cands, candidate{id: e.id, sig: e.sig[:]})
			return true
		})
	}
	return closest(id, Print{Sig: sig}, cands)
}

// get returns the entry of id, or nil.
func (b *bandIndex) get(id string) *sigEntry { return b.byID[id] }

// add indexes sig under id, replacing any earlier entry of id.
func (b *bandIndex) add(id string, sig []uint32, rev uint64, added time.Time) *sigEntry {
	b.remove(id)
	e := &sigEntry{id: id, rev: rev, added: added}
	copy(e.sig[:], sig)
	if n := len(b.free); n > 0 {
		e.slot, b.free = b.free[n-1], b.free[:n-1]
		b.slots[e.slot] = e
	} else {
		e.slot = uint32(len(b.slots))
		b.slots = append(b.slots, e)
	}
	b.byID[id] = e
	for i := range LSHBands {
		k := bandHash(sig, i)
		if first, ok := b.one[k]; ok {
			delete(b.one, k)
			b.multi[k] = []uint32{first, e.slot}
			continue
		}
		l, ok := b.multi[k]
		if !ok {
			b.one[k] = e.slot
			continue
		}
		l = append(l, e.slot)
		if len(l) > b.maxPerBand {
			l = append(l[:0:0], l[len(l)-b.maxPerBand:]...)
		}
		b.multi[k] = l
	}
	b.queue = append(b.queue, e)
	if b.maxEntries > 0 && len(b.byID) > b.maxEntries {
		b.dropOldest(len(b.byID) - b.maxEntries)
	}
	return e
}

// dropOldest removes the n oldest live entries (and the removed ones queued
// before them).
func (b *bandIndex) dropOldest(n int) {
	i := 0
	for ; i < len(b.queue) && n > 0; i++ {
		if e := b.queue[i]; !e.gone {
			b.remove(e.id)
			n--
			if b.onDrop != nil {
				b.onDrop(e)
			}
		}
	}
	clear(b.queue[:i])
	b.queue = b.queue[i:]
}

// remove drops the entry of id, if any.
func (b *bandIndex) remove(id string) {
	e := b.byID[id]
	if e == nil {
		return
	}
	delete(b.byID, id)
	e.gone = true
	for i := range LSHBands {
		k := bandHash(e.sig[:], i)
		if slot, ok := b.one[k]; ok {
			if slot == e.slot {
				delete(b.one, k)
			}
			continue
		}
		l, ok := b.multi[k]
		if !ok {
			continue
		}
		kept := make([]uint32, 0, len(l))
		for _, c := range l {
			if c != e.slot {
				kept = append(kept, c)
			}
		}
		switch len(kept) {
		case 0:
			delete(b.multi, k)
		case 1:
			delete(b.multi, k)
			b.one[k] = kept[0]
		default:
			b.multi[k] = kept
		}
	}
	b.slots[e.slot] = nil
	b.free = append(b.free, e.slot)
}

// expire drops the entries added before cutoff: the bucket has aged them out.
// Entries come roughly in order of addition, so this costs O(expired).
func (b *bandIndex) expire(cutoff time.Time) {
	n := 0
	for n < len(b.queue) {
		e := b.queue[n]
		if !e.gone && !e.added.Before(cutoff) {
			break
		}
		if !e.gone {
			b.remove(e.id)
		}
		n++
	}
	clear(b.queue[:n])
	b.queue = b.queue[n:]
	if len(b.queue) == 0 {
		b.queue = nil
	}
}

// len returns the number of indexed signatures.
func (b *bandIndex) len() int { return len(b.byID) }
