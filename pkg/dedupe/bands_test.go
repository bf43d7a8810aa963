package dedupe

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
)

func randomSig(r *rand.Rand) []uint32 {
	sig := make([]uint32, SignatureSize)
	for i := range sig {
		sig[i] = r.Uint32()
	}
	return sig
}

func TestBandIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	t0 := time.Unix(1_700_000_000, 0)
	a, other := randomSig(r), randomSig(r)
	near := append([]uint32(nil), a...)
	for i := range SignatureSize / 4 { // a quarter differs: 8 bands of 32
		near[i]++
	}
	tests := []struct {
		name string
		run  func(b *bandIndex) // after a is added as "a" at t0
		want string             // closest to near, "" for none
		size int
	}{
		{"found", func(*bandIndex) {}, "a", 1},
		{"unrelated not found", func(b *bandIndex) { b.remove("a"); b.add("o", other, 1, t0) }, "", 1},
		{"removed", func(b *bandIndex) { b.remove("a") }, "", 0},
		{"replaced", func(b *bandIndex) { b.add("a", other, 2, t0) }, "", 1},
		{"expired", func(b *bandIndex) { b.expire(t0.Add(time.Second)) }, "", 0},
		{"not yet expired", func(b *bandIndex) { b.expire(t0) }, "a", 1},
		{"pushed out of its bands (MaxPerBand 2)", func(b *bandIndex) {
			for i := range 2 {
				b.add(fmt.Sprint("copy", i), a, 1, t0)
			}
			b.remove("copy0")
			b.remove("copy1")
		}, "", 1},
		{"expired after removal and re-add", func(b *bandIndex) {
			b.remove("a")
			b.add("a", a, 2, t0.Add(time.Hour))
			b.expire(t0.Add(time.Second))
		}, "a", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBandIndex(2, 0)
			b.add("a", a, 1, t0)
			tt.run(b)
			got := ""
			if d := b.closest("q", near); d != nil {
				got = d.Of
			}
			if got != tt.want || b.len() != tt.size {
				t.Errorf("closest = %q, size %d; want %q, size %d", got, b.len(), tt.want, tt.size)
			}
			if b.len() == 0 && len(b.one)+len(b.multi) != 0 {
				t.Errorf("%d band lists left in an empty index", len(b.one)+len(b.multi))
			}
		})
	}
}

// TestBandIndexBound: past maxEntries the oldest originals leave the index
// (and their band lists), removed ones first, so memory stays flat.
func TestBandIndexBound(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	t0 := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		adds    int
		removed []int // removed before the last adds
		want    []int // ids still indexed
	}{
		{"under the bound", 3, nil, []int{0, 1, 2}},
		{"oldest dropped", 6, nil, []int{2, 3, 4, 5}},
		{"removed ones free their place", 6, []int{1}, []int{2, 3, 4, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBandIndex(8, 4)
			sigs := make([][]uint32, tt.adds)
			for i := range tt.adds {
				sigs[i] = randomSig(r)
				if i == 3 {
					for _, k := range tt.removed {
						b.remove(fmt.Sprint(k))
					}
				}
				b.add(fmt.Sprint(i), sigs[i], 1, t0)
			}
			var got []int
			for i := range tt.adds {
				if b.get(fmt.Sprint(i)) != nil {
					got = append(got, i)
					if d := b.closest("q", sigs[i]); d == nil || d.Of != fmt.Sprint(i) {
						t.Errorf("closest to %d = %v", i, d)
					}
				} else if d := b.closest("q", sigs[i]); d != nil {
					t.Errorf("dropped %d still found: %v", i, d)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("indexed = %v, want %v", got, tt.want)
			}
			if b.len() > 4 || len(b.one)+len(b.multi) > 4*LSHBands {
				t.Errorf("size %d, %d band lists: over the bound", b.len(), len(b.one)+len(b.multi))
			}
		})
	}
}

// BenchmarkBandIndexMemory reports the heap the local index of a KVIndex
// keeps per near-duplicate original, the part of it the garbage collector
// scans (objects with pointers), and the cost of a lookup among 100,000.
func BenchmarkBandIndexMemory(b *testing.B) {
	const n = 100_000
	r := rand.New(rand.NewPCG(3, 4))
	sigs := make([][]uint32, n)
	for i := range sigs {
		sigs[i] = randomSig(r)
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("01JD%022d", i) // ULID-sized
	}
	var before, after runtime.MemStats
	scan := []metrics.Sample{{Name: "/gc/scan/heap:bytes"}}
	runtime.GC()
	runtime.ReadMemStats(&before)
	metrics.Read(scan)
	scanBefore := scan[0].Value.Uint64()
	idx := newBandIndex(DefaultKVConfig().MaxPerBand, 0)
	now := time.Now()
	for i := range sigs {
		idx.add(ids[i], sigs[i], 1, now)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	metrics.Read(scan)
	perArticle := float64(after.HeapAlloc-before.HeapAlloc) / n
	scanPerArticle := (float64(scan[0].Value.Uint64()) - float64(scanBefore)) / n
	q := randomSig(r)
	b.ResetTimer()
	for b.Loop() {
		_ = idx.closest("q", q)
	}
	b.ReportMetric(perArticle, "heap-bytes/article")
	b.ReportMetric(scanPerArticle, "scanned-bytes/article")
	runtime.KeepAlive(idx)
}
