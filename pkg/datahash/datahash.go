// Package datahash fingerprints a stage's embedded data, so that a stage
// version can change whenever its lexicons, models or thresholds do: the
// version is in every document's stage record and in the message ids that
// JetStream de-duplicates on, so output computed from different data must
// not carry the same version.
package datahash

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"io/fs"
)

// Hash accumulates data in a fixed order. The zero value is not usable;
// call New.
type Hash struct{ h hash.Hash }

// New returns an empty Hash.
func New() *Hash { return &Hash{h: sha256.New()} }

// Bytes adds one length-prefixed piece, so that moving bytes from one piece
// to the next changes the sum.
func (h *Hash) Bytes(b []byte) *Hash {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(b)))
	h.h.Write(n[:])
	h.h.Write(b)
	return h
}

// String adds one length-prefixed string.
func (h *Hash) String(s string) *Hash { return h.Bytes([]byte(s)) }

// FS adds every regular file of fsys, in lexical path order (fs.WalkDir's),
// each as its path and its content.
func (h *Hash) FS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return fmt.Errorf("datahash: %s: %w", path, err)
		}
		h.String(path).Bytes(b)
		return nil
	})
}

// Sum returns the first n hex digits of the SHA-256 of what was added
// (all 64 when n is out of range).
func (h *Hash) Sum(n int) string {
	s := hex.EncodeToString(h.h.Sum(nil))
	if n <= 0 || n > len(s) {
		return s
	}
	return s[:n]
}
