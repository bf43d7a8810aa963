package dedupe

import (
	"time"

	"github.com/copydesk/copydesk/pkg/article"
)

// bandIndex is the in-process near-duplicate index of a KVIndex: the
// signatures of the bucket's s.<id> keys and, per LSH band, the entries that
// have that band. It is not safe for concurrent use; KVIndex guards it.
//
// Memory per article (a near-duplicate original): the 512-byte signature and
// the entry's bookkeeping, a pointer in each of LSHBands band lists and, for
// bands no other article shares, a map entry each: about 2 KiB in all
// (BenchmarkBandIndexMemory measures 2.0 KB per article over 100,000).
type bandIndex struct {
	maxPerBand int
	expires    bool // keep the queue (the bucket ages keys out)
	byID       map[string]*sigEntry
	bands      map[uint64][]*sigEntry // band hash (band number mixed in) -> entries, oldest first
	queue      []*sigEntry            // entries in order of addition, for expiry
}

type sigEntry struct {
	id    string
	sig   [SignatureSize]uint32
	rev   uint64    // KV revision of s.<id>; 0 while this replica's put is in flight
	added time.Time // when the bucket stored it (for expiry)
	gone  bool      // removed from the index (the queue may still hold it)
}

func newBandIndex(maxPerBand int, expires bool) *bandIndex {
	return &bandIndex{
		maxPerBand: maxPerBand,
		expires:    expires,
		byID:       make(map[string]*sigEntry),
		bands:      make(map[uint64][]*sigEntry),
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
		for _, e := range b.bands[bandHash(sig, i)] {
			if e.id == id || seen[e] {
				continue
			}
			if seen == nil {
				seen = make(map[*sigEntry]bool)
			}
			seen[e] = true
			cands = append(cands, candidate{id: e.id, sig: e.sig[:]})
		}
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
	b.byID[id] = e
	for i := range LSHBands {
		k := bandHash(sig, i)
		l := append(b.bands[k], e)
		if len(l) > b.maxPerBand {
			l = append(l[:0:0], l[len(l)-b.maxPerBand:]...)
		}
		b.bands[k] = l
	}
	if b.expires {
		b.queue = append(b.queue, e)
	}
	return e
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
		l := b.bands[k]
		kept := l[:0]
		for _, c := range l {
			if c != e {
				kept = append(kept, c)
			}
		}
		if len(kept) == 0 {
			delete(b.bands, k)
		} else {
			clear(l[len(kept):])
			b.bands[k] = kept
		}
	}
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
