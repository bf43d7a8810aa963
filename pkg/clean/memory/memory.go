// Package memory is the clean stage's per-source template memory: which lines
// recur across articles of the same source (menus, footers, newsletter
// pitches, author bios). Lines are keyed by a hash of their words.
//
// Counts decay with a half-life, so a template that a site dropped is
// forgotten, and each source keeps at most MaxLines lines (the weakest are
// evicted). Two implementations share that logic: InMemory (one process,
// bounded number of sources) and KV (a JetStream key-value bucket shared by
// all replicas of the stage, updated with optimistic concurrency).
//
// Recording is idempotent per article: an article id recorded before is not
// counted again, and its own earlier contribution is left out of Lookup, so
// a redelivered article gets the same answer.
package memory

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"
)

// Memory remembers lines per source.
type Memory interface {
	// Lookup returns, for each key, in how many other articles of source
	// the line was seen (a decayed count). doc is the article's id.
	Lookup(ctx context.Context, source, doc string, keys []uint64) ([]float64, error)
	// Record adds the article's line keys to the source's memory.
	Record(ctx context.Context, source, doc string, keys []uint64) error
}

// Config bounds a memory.
type Config struct {
	MaxLines int           // lines kept per source
	MaxDocs  int           // recent article ids kept per source (for idempotency)
	HalfLife time.Duration // decay half-life of a line's count
	// MaxSources bounds InMemory; the KV bucket relies on its own limits.
	MaxSources int
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{MaxLines: 4096, MaxDocs: 256, HalfLife: 14 * 24 * time.Hour, MaxSources: 2048}
}

// Validate checks the bounds.
func (c Config) Validate() error {
	if c.MaxLines <= 0 || c.MaxDocs <= 0 || c.HalfLife <= 0 || c.MaxSources <= 0 {
		return errors.New("memory: MaxLines, MaxDocs, HalfLife and MaxSources must be positive")
	}
	return nil
}

func (c Config) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

type entry struct {
	count float64
	at    int64 // unix seconds of the last update
}

// table is one source's memory.
type table struct {
	lines map[uint64]entry
	docs  []uint64 // hashes of recent article ids, oldest first
}

func newTable() *table { return &table{lines: map[uint64]entry{}} }

func (t *table) decayed(e entry, now int64, half float64) float64 {
	dt := float64(now - e.at)
	if dt <= 0 {
		return e.count
	}
	return e.count * math.Exp2(-dt/half)
}

func (t *table) lookup(c Config, doc uint64, keys []uint64) []float64 {
	now := c.now().Unix()
	half := c.HalfLife.Seconds()
	own := slices.Contains(t.docs, doc)
	out := make([]float64, len(keys))
	for i, k := range keys {
		e, ok := t.lines[k]
		if !ok {
			continue
		}
		v := t.decayed(e, now, half)
		if own {
			v = math.Max(0, v-1)
		}
		out[i] = v
	}
	return out
}

// record adds keys; it reports false when doc was recorded already.
func (t *table) record(c Config, doc uint64, keys []uint64) bool {
	if slices.Contains(t.docs, doc) {
		return false
	}
	t.docs = append(t.docs, doc)
	if len(t.docs) > c.MaxDocs {
		t.docs = slices.Delete(t.docs, 0, len(t.docs)-c.MaxDocs)
	}
	now := c.now().Unix()
	half := c.HalfLife.Seconds()
	seen := make(map[uint64]bool, len(keys))
	for _, k := range keys {
		if seen[k] {
			continue
		}
		seen[k] = true
		e := t.lines[k]
		t.lines[k] = entry{count: t.decayed(e, now, half) + 1, at: now}
	}
	if len(t.lines) > c.MaxLines {
		t.evict(c, now)
	}
	return true
}

// evict drops the weakest lines down to 3/4 of MaxLines, so that eviction
// runs once per many records (amortised linear).
func (t *table) evict(c Config, now int64) {
	type kv struct {
		k uint64
		v float64
	}
	half := c.HalfLife.Seconds()
	all := make([]kv, 0, len(t.lines))
	for k, e := range t.lines {
		all = append(all, kv{k, t.decayed(e, now, half)})
	}
	slices.SortFunc(all, func(a, b kv) int {
		if a.v != b.v {
			if a.v > b.v {
				return -1
			}
			return 1
		}
		if a.k < b.k {
			return -1
		}
		return 1
	})
	keep := c.MaxLines * 3 / 4
	for _, x := range all[keep:] {
		delete(t.lines, x.k)
	}
}

// Binary layout: "CDT1", u32 docs, u32 lines, docs as u64, lines as
// (u64 key, f64 count, i64 at).
var magic = []byte("CDT1")

func (t *table) marshal() []byte {
	b := make([]byte, 0, 12+8*len(t.docs)+24*len(t.lines))
	b = append(b, magic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(t.docs)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(t.lines)))
	for _, d := range t.docs {
		b = binary.LittleEndian.AppendUint64(b, d)
	}
	keys := make([]uint64, 0, len(t.lines))
	for k := range t.lines {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		e := t.lines[k]
		b = binary.LittleEndian.AppendUint64(b, k)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(e.count))
		b = binary.LittleEndian.AppendUint64(b, uint64(e.at))
	}
	return b
}

func unmarshal(b []byte) (*table, error) {
	if len(b) < 12 || string(b[:4]) != string(magic) {
		return nil, errors.New("memory: bad record header")
	}
	nd := int(binary.LittleEndian.Uint32(b[4:]))
	nl := int(binary.LittleEndian.Uint32(b[8:]))
	b = b[12:]
	if nd < 0 || nl < 0 || len(b) != 8*nd+24*nl {
		return nil, fmt.Errorf("memory: bad record length %d for %d docs and %d lines", len(b), nd, nl)
	}
	t := &table{lines: make(map[uint64]entry, nl), docs: make([]uint64, nd)}
	for i := range nd {
		t.docs[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	b = b[8*nd:]
	for i := range nl {
		p := b[24*i:]
		t.lines[binary.LittleEndian.Uint64(p)] = entry{
			count: math.Float64frombits(binary.LittleEndian.Uint64(p[8:])),
			at:    int64(binary.LittleEndian.Uint64(p[16:])),
		}
	}
	return t, nil
}
