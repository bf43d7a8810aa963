// Package dedupe finds exact and near-duplicate articles at ingest.
//
// Both checks work on the normalised text of an article (Normalize: Unicode
// NFKC, case folding, punctuation removed, white space collapsed; for an
// article that only has HTML, the visible text of the page outside script,
// style, nav, header, footer and aside elements).
//
//   - Exact duplicates share ContentHash, the hex SHA-256 of the normalised
//     text, so copies that differ only in case, punctuation, white space or
//     Unicode compatibility forms are exact duplicates (Similarity 1).
//   - Near duplicates are found with MinHash and locality-sensitive hashing
//     over the set of word 4-gram shingles (Broder 1997; Leskovec, Rajaraman
//     and Ullman, Mining of Massive Datasets, ch. 3). A fingerprint holds
//     SignatureSize (128) minimum hashes; the fraction of equal positions
//     estimates the Jaccard similarity of the two shingle sets. Two articles
//     are near duplicates when that estimate is at least NearThreshold (0.6);
//     Similarity reports it. A text of fewer than MinNearWords (40) words is
//     only checked for exact duplicates, since its shingle set is too small.
//
// The threshold was chosen on the seeds (see TestNearThreshold): light copy
// edits (a few words changed, a tenth of the text cut, two paragraphs
// dropped) keep an estimated Jaccard similarity of 0.70 to 0.95, while
// different articles about the same event share almost no 4-grams (below
// 0.02). A 64-bit SimHash with the usual Hamming threshold of 3 was measured
// first and rejected: the same light edits moved it 2 to 13 bits.
//
// Lookups are O(bands): the signature is cut into LSHBands (32) bands of
// LSHRows (4) hashes, and an index only compares a fingerprint with those that
// agree exactly on at least one whole band. With 32 bands of 4 rows a pair
// with Jaccard similarity 0.6 becomes a candidate with probability 0.98, one
// with 0.8 with probability 0.99999, and one with 0.2 with probability 0.05
// (then rejected by the full comparison). MemoryIndex serves the offline batch
// (copydesk analyze); KVIndex shares the index between all ingest replicas
// through JetStream (the key-value bucket copydesk-dedupe for the exact
// check, the stream DEDUPESIGS for the signatures of the newest originals),
// with O(1) round trips per article and near-duplicate lookups in memory.
//
// A duplicate is never dropped: Mark links it to the article it repeats
// (Article.Duplicate) and the article flows on.
package dedupe

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/pkg/article"
)

const (
	// SignatureSize is the number of minimum hashes in a fingerprint.
	SignatureSize = LSHBands * LSHRows
	// LSHBands and LSHRows shape the locality-sensitive lookup: a pair of
	// fingerprints is compared when all LSHRows hashes of one of the
	// LSHBands bands agree.
	LSHBands = 32
	LSHRows  = 4
	// NearThreshold is the least estimated Jaccard similarity of the word
	// 4-gram shingle sets that makes two articles near duplicates.
	NearThreshold = 0.6
	// MinNearWords is the least number of normalised words a text needs for
	// the near-duplicate check; shorter texts are checked for exact copies only.
	MinNearWords = 40
	// ShingleWords is the number of words in one shingle.
	ShingleWords = 4

	// KindExact and KindNear are the Duplicate.Kind values.
	KindExact = "exact"
	KindNear  = "near"
)

// Print is the fingerprint of one article's text.
type Print struct {
	Hash string // hex SHA-256 of the normalised text
	// Sig is the MinHash signature of the word shingles (SignatureSize
	// values), nil when the text is too short for the near-duplicate check.
	Sig []uint32
}

// Near reports whether the print takes part in the near-duplicate check.
func (p Print) Near() bool { return len(p.Sig) == SignatureSize }

// BandKey returns a hex key for band i of the signature: equal keys mean the
// band's LSHRows hashes agree (up to a 64-bit hash collision).
func (p Print) BandKey(i int) string {
	h := fnv.New64a()
	var buf [4]byte
	for _, v := range p.Sig[i*LSHRows : (i+1)*LSHRows] {
		binary.LittleEndian.PutUint32(buf[:], v)
		h.Write(buf[:])
	}
	return fmt.Sprintf("%016x", h.Sum64())
}

// Jaccard estimates the Jaccard similarity of the shingle sets behind two
// signatures: the fraction of positions where they agree.
func Jaccard(a, b []uint32) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

var folder = cases.Fold()

// How Normalize treats a rune: kept, a combining mark (dropped with a
// dropped character before it, else kept), a word separator, or dropped
// punctuation.
const (
	classKeep = iota
	classMark
	classSeparator
	classPunct
)

func classify(r rune) uint8 {
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me):
		return classMark
	case unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Pd, r) || r == '/' || r == '\\':
		return classSeparator
	case unicode.IsPunct(r):
		return classPunct
	}
	return classKeep
}

// asciiClass is classify of each ASCII character: most news text is
// ASCII, and classify searches the Unicode tables for each rune.
var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		c[r] = classify(r)
	}
	return c
}()

// Normalize returns s in the form the duplicate checks compare: Unicode NFKC,
// case folded, punctuation removed (dashes and slashes separate words), runs
// of white space and control characters collapsed to one space, trimmed.
func Normalize(s string) string {
	// ToLower after folding: the folder maps lowercase Cherokee to upper
	// case and back again, so folding alone is not idempotent.
	s = strings.ToLower(folder.String(norm.NFKC.String(s)))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	dropped := false // the last base character was dropped
	for _, r := range s {
		var class uint8
		if r < utf8.RuneSelf {
			class = asciiClass[r]
		} else {
			class = classify(r)
		}
		switch {
		case class == classMark && dropped:
			// a combining mark of a dropped character goes with it
			// rather than joining the character before (which would
			// make the result compose differently when normalised again)
		case class == classSeparator:
			space = b.Len() > 0
			dropped = true
		case class == classPunct:
			// dropped: "don't" and "dont" compare equal
			dropped = true
		default:
			dropped = false
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	// Removing characters can bring composable neighbours together
	// (Hangul jamo): normalise once more so that Normalize is idempotent.
	if out := b.String(); !norm.NFKC.IsNormalString(out) {
		return norm.NFKC.String(out)
	}
	return b.String()
}

// Fingerprint computes the Print of a normalised text (see Normalize). Its
// cost is linear in the text: one hash per shingle and SignatureSize cheap
// mixes of it.
func Fingerprint(normalised string) Print {
	sum := sha256.Sum256([]byte(normalised))
	p := Print{Hash: hex.EncodeToString(sum[:])}
	words := strings.Fields(normalised)
	if len(words) < MinNearWords {
		return p
	}
	p.Sig = minHash(words)
	return p
}

// Of returns the Print of an article: of its Text, or when it has none, of the
// visible text of its HTML. ok is false when the article has no text at all.
func Of(a *article.Article) (p Print, ok bool) {
	text := a.Text
	if strings.TrimSpace(text) == "" && a.HTML != "" {
		text = HTMLText(a.HTML)
	}
	n := Normalize(text)
	if n == "" {
		return Print{}, false
	}
	return Fingerprint(n), true
}

// minHash returns the MinHash signature of the set of word shingles. Each
// shingle is hashed once (FNV-1a); the SignatureSize hash functions are that
// hash mixed with a per-position seed (splitmix64 finaliser).
func minHash(words []string) []uint32 {
	sig := make([]uint32, SignatureSize)
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	n := len(words) - ShingleWords + 1
	for i := 0; i < n; i++ {
		h := fnv.New64a()
		for j, w := range words[i : i+ShingleWords] {
			if j > 0 {
				h.Write([]byte{' '})
			}
			h.Write([]byte(w))
		}
		x := h.Sum64()
		for k := range sig {
			v := uint32(mix64(x + uint64(k+1)*0x9e3779b97f4a7c15))
			if v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// mix64 is the splitmix64 finaliser.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Index records fingerprints and answers whether a new one repeats an
// earlier article. Implementations are safe for concurrent use.
type Index interface {
	// CheckAndAdd returns the earlier article that p repeats (nil when it is
	// new) and records p under id. An exact match wins over a near one; of
	// several near matches the closest wins. A fingerprint that repeats
	// another is recorded for exact lookups only, so near duplicates keep
	// linking to the original rather than chaining.
	CheckAndAdd(ctx context.Context, id string, p Print) (*article.Duplicate, error)
	// Forget removes what CheckAndAdd recorded for id (used when ingest
	// could not enqueue the article, so that a retry is not its duplicate).
	Forget(ctx context.Context, id string, p Print) error
}

// Mark fingerprints a, sets a.ContentHash and, when a repeats an earlier
// article in idx, a.Duplicate; it records a in idx under a.ID. An article
// without any text is left unmarked.
func Mark(ctx context.Context, idx Index, a *article.Article) (Print, error) {
	p, ok := Of(a)
	if !ok {
		return Print{}, nil
	}
	a.ContentHash = p.Hash
	dup, err := idx.CheckAndAdd(ctx, a.ID, p)
	if err != nil {
		return p, fmt.Errorf("dedupe: check %s: %w", a.ID, err)
	}
	a.Duplicate = dup
	return p, nil
}
