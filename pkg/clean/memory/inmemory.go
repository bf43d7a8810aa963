package memory

import (
	"container/list"
	"context"
	"hash/fnv"
	"sync"
)

// InMemory is a Memory for one process, bounded to MaxSources sources
// (least recently used evicted).
type InMemory struct {
	cfg     Config
	mu      sync.Mutex
	sources map[string]*list.Element
	lru     *list.List // of *srcEntry, most recent first
}

type srcEntry struct {
	name string
	t    *table
}

// NewInMemory returns an empty memory.
func NewInMemory(cfg Config) (*InMemory, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &InMemory{cfg: cfg, sources: map[string]*list.Element{}, lru: list.New()}, nil
}

func docHash(doc string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(doc))
	return h.Sum64()
}

func (m *InMemory) table(source string, create bool) *table {
	if el, ok := m.sources[source]; ok {
		m.lru.MoveToFront(el)
		return el.Value.(*srcEntry).t
	}
	if !create {
		return nil
	}
	t := newTable()
	m.sources[source] = m.lru.PushFront(&srcEntry{name: source, t: t})
	for m.lru.Len() > m.cfg.MaxSources {
		old := m.lru.Back()
		m.lru.Remove(old)
		delete(m.sources, old.Value.(*srcEntry).name)
	}
	return t
}

// Lookup implements Memory.
func (m *InMemory) Lookup(_ context.Context, source, doc string, keys []uint64) ([]float64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.table(source, false)
	if t == nil {
		return make([]float64, len(keys)), nil
	}
	return t.lookup(m.cfg, docHash(doc), keys), nil
}

// Record implements Memory.
func (m *InMemory) Record(_ context.Context, source, doc string, keys []uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.table(source, true).record(m.cfg, docHash(doc), keys)
	return nil
}

// Lines returns how many lines the source's memory holds.
func (m *InMemory) Lines(source string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	if t := m.table(source, false); t != nil {
		return len(t.lines)
	}
	return 0
}
