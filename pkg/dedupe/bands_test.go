package dedupe

import (
	"fmt"
	"math/rand/v2"
	"runtime"
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
			b := newBandIndex(2, true)
			b.add("a", a, 1, t0)
			tt.run(b)
			got := ""
			if d := b.closest("q", near); d != nil {
				got = d.Of
			}
			if got != tt.want || b.len() != tt.size {
				t.Errorf("closest = %q, size %d; want %q, size %d", got, b.len(), tt.want, tt.size)
			}
			if b.len() == 0 && len(b.bands) != 0 {
				t.Errorf("%d band lists left in an empty index", len(b.bands))
			}
		})
	}
}

// BenchmarkBandIndexMemory reports the heap the local index of a KVIndex
// keeps per near-duplicate original, and the cost of a lookup among 100,000.
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
	runtime.GC()
	runtime.ReadMemStats(&before)
	idx := newBandIndex(DefaultKVConfig().MaxPerBand, true)
	now := time.Now()
	for i := range sigs {
		idx.add(ids[i], sigs[i], 1, now)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	perArticle := float64(after.HeapAlloc-before.HeapAlloc) / n
	q := randomSig(r)
	b.ResetTimer()
	for b.Loop() {
		_ = idx.closest("q", q)
	}
	b.ReportMetric(perArticle, "heap-bytes/article")
	runtime.KeepAlive(idx)
}
