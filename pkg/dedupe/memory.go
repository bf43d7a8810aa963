package dedupe

import (
	"context"
	"sync"

	"github.com/copydesk/copydesk/pkg/article"
)

// MemoryIndex is an in-process Index for the offline batch and for tests. It
// grows with the number of distinct articles added (one hash entry, one
// signature and LSHBands band entries each).
type MemoryIndex struct {
	mu     sync.Mutex
	byHash map[string]string   // content hash -> first id
	bands  map[string][]string // band number + band key -> ids
	sigs   map[string][]uint32 // id -> signature
}

// NewMemoryIndex returns an empty MemoryIndex.
func NewMemoryIndex() *MemoryIndex {
	return &MemoryIndex{
		byHash: make(map[string]string),
		bands:  make(map[string][]string),
		sigs:   make(map[string][]uint32),
	}
}

func memBand(p Print, i int) string { return string(rune('A'+i)) + p.BandKey(i) }

// CheckAndAdd implements Index.
func (m *MemoryIndex) CheckAndAdd(_ context.Context, id string, p Print) (*article.Duplicate, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if of, ok := m.byHash[p.Hash]; ok && of != id {
		return &article.Duplicate{Of: of, Kind: KindExact, Similarity: 1}, nil
	}
	m.byHash[p.Hash] = id
	if !p.Near() {
		return nil, nil
	}
	seen := make(map[string]bool)
	var cands []candidate
	for i := 0; i < LSHBands; i++ {
		for _, c := range m.bands[memBand(p, i)] {
			if !seen[c] {
				seen[c] = true
				cands = append(cands, candidate{id: c, sig: m.sigs[c]})
			}
		}
	}
	if dup := closest(id, p, cands); dup != nil {
		return dup, nil
	}
	m.sigs[id] = p.Sig
	for i := 0; i < LSHBands; i++ {
		k := memBand(p, i)
		m.bands[k] = append(m.bands[k], id)
	}
	return nil, nil
}

// Forget implements Index.
func (m *MemoryIndex) Forget(_ context.Context, id string, p Print) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.byHash[p.Hash] == id {
		delete(m.byHash, p.Hash)
	}
	if !p.Near() {
		return nil
	}
	delete(m.sigs, id)
	for i := 0; i < LSHBands; i++ {
		k := memBand(p, i)
		kept := removeID(m.bands[k], id)
		if len(kept) == 0 {
			delete(m.bands, k)
		} else {
			m.bands[k] = kept
		}
	}
	return nil
}

func removeID(ids []string, id string) []string {
	kept := ids[:0]
	for _, c := range ids {
		if c != id {
			kept = append(kept, c)
		}
	}
	return kept
}

type candidate struct {
	id  string
	sig []uint32
}

// closest returns the most similar candidate at or above NearThreshold (ties
// go to the smallest id, ULIDs sorting by time), or nil.
func closest(id string, p Print, cands []candidate) *article.Duplicate {
	best, bestJ := "", 0.0
	for _, c := range cands {
		if c.id == id {
			continue
		}
		j := Jaccard(p.Sig, c.sig)
		if j < NearThreshold {
			continue
		}
		if j > bestJ || (j == bestJ && c.id < best) {
			best, bestJ = c.id, j
		}
	}
	if best == "" {
		return nil
	}
	return &article.Duplicate{Of: best, Kind: KindNear, Similarity: bestJ}
}
