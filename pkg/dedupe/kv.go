package dedupe

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/sync/errgroup"

	"github.com/copydesk/copydesk/pkg/article"
)

// DefaultBucket is the JetStream key-value bucket of the shared index.
const DefaultBucket = "copydesk-dedupe"

// KVConfig configures a KVIndex.
type KVConfig struct {
	Bucket string // default DefaultBucket
	// MaxAge bounds how long an article stays in the index: a copy of an
	// older article is no longer recognised. Default 30 days.
	MaxAge time.Duration
	// MaxBytes bounds the bucket's size (0: no limit beyond MaxAge).
	MaxBytes int64
	// MaxPerBand bounds how many ids one band key lists (the newest are
	// kept). Default 64.
	MaxPerBand int
	// Replicas is the bucket's replication factor in a cluster. Default 1.
	Replicas int
}

// DefaultKVConfig returns the defaults.
func DefaultKVConfig() KVConfig {
	return KVConfig{Bucket: DefaultBucket, MaxAge: 30 * 24 * time.Hour, MaxPerBand: 64, Replicas: 1}
}

// Validate reports a configuration error.
func (c KVConfig) Validate() error {
	switch {
	case c.Bucket == "":
		return errors.New("dedupe: kv config: empty bucket")
	case c.MaxAge <= 0:
		return errors.New("dedupe: kv config: max age must be positive")
	case c.MaxPerBand <= 0:
		return errors.New("dedupe: kv config: max per band must be positive")
	case c.Replicas <= 0:
		return errors.New("dedupe: kv config: replicas must be positive")
	}
	return nil
}

// KVIndex is an Index in a JetStream key-value bucket, shared by every ingest
// replica. Keys:
//
//	h.<content hash>        -> id of the first article with that text (created once)
//	s.<id>                  -> the article's MinHash signature (binary)
//	b.<band>.<band key>     -> newline-separated ids whose signature has that band
//
// A check costs 1 + LSHBands reads plus one read per candidate; band lists
// are updated with compare-and-set, so concurrent replicas never lose an
// entry. The bucket keeps one revision per key (history 1) and a maximum age,
// so it stays bounded.
type KVIndex struct {
	kv  jetstream.KeyValue
	cfg KVConfig
}

// NewKVIndex opens the bucket, creating it from cfg when it does not exist
// (an existing bucket, e.g. one set up by the topology, keeps its settings),
// and returns the index.
func NewKVIndex(ctx context.Context, js jetstream.JetStream, cfg KVConfig) (*KVIndex, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	kv, err := js.KeyValue(ctx, cfg.Bucket)
	if err == nil {
		return &KVIndex{kv: kv, cfg: cfg}, nil
	}
	if !errors.Is(err, jetstream.ErrBucketNotFound) {
		return nil, fmt.Errorf("dedupe: open bucket %s: %w", cfg.Bucket, err)
	}
	kv, err = js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      cfg.Bucket,
		Description: "copydesk ingest duplicate index",
		History:     1,
		TTL:         cfg.MaxAge,
		MaxBytes:    cfg.MaxBytes,
		Replicas:    cfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("dedupe: create bucket %s: %w", cfg.Bucket, err)
	}
	return &KVIndex{kv: kv, cfg: cfg}, nil
}

// kvParallel bounds the concurrent key-value requests of one check.
const kvParallel = 8

var validID = regexp.MustCompile(`^[A-Za-z0-9_-]{1,128}$`)

// CheckAndAdd implements Index. The exact check is atomic across replicas:
// the first article to create h.<hash> owns it and every later one is its
// duplicate.
func (x *KVIndex) CheckAndAdd(ctx context.Context, id string, p Print) (*article.Duplicate, error) {
	if !validID.MatchString(id) {
		return nil, fmt.Errorf("dedupe: invalid article id %q", id)
	}
	hk := "h." + p.Hash
	if _, err := x.kv.Create(ctx, hk, []byte(id)); err != nil {
		if !errors.Is(err, jetstream.ErrKeyExists) {
			return nil, fmt.Errorf("dedupe: create %s: %w", hk, err)
		}
		e, err := x.kv.Get(ctx, hk)
		if err != nil {
			return nil, fmt.Errorf("dedupe: get %s: %w", hk, err)
		}
		if of := string(e.Value()); of != id {
			return &article.Duplicate{Of: of, Kind: KindExact, Similarity: 1}, nil
		}
	}
	if !p.Near() {
		return nil, nil
	}
	// Read the band lists, then the candidates' signatures, in parallel.
	lists := make([][]string, LSHBands)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(kvParallel)
	for i := range LSHBands {
		g.Go(func() (err error) {
			lists[i], _, err = x.band(gctx, bandKey(p, i))
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	seen := make(map[string]bool)
	var ids []string
	for _, l := range lists {
		for _, c := range l {
			if !seen[c] && c != id {
				seen[c] = true
				ids = append(ids, c)
			}
		}
	}
	cands := make([]candidate, len(ids))
	g, gctx = errgroup.WithContext(ctx)
	g.SetLimit(kvParallel)
	for i, c := range ids {
		g.Go(func() (err error) {
			cands[i].id = c
			cands[i].sig, err = x.sig(gctx, c)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if dup := closest(id, p, cands); dup != nil {
		return dup, nil
	}
	if _, err := x.kv.Put(ctx, "s."+id, encodeSig(p.Sig)); err != nil {
		return nil, fmt.Errorf("dedupe: put signature %s: %w", id, err)
	}
	g, gctx = errgroup.WithContext(ctx)
	g.SetLimit(kvParallel)
	for i := range LSHBands {
		g.Go(func() error {
			return x.updateBand(gctx, bandKey(p, i), func(ids []string) []string {
				for _, c := range ids {
					if c == id {
						return ids
					}
				}
				ids = append(ids, id)
				if len(ids) > x.cfg.MaxPerBand {
					ids = ids[len(ids)-x.cfg.MaxPerBand:]
				}
				return ids
			})
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return nil, nil
}

// Forget implements Index.
func (x *KVIndex) Forget(ctx context.Context, id string, p Print) error {
	hk := "h." + p.Hash
	e, err := x.kv.Get(ctx, hk)
	switch {
	case errors.Is(err, jetstream.ErrKeyNotFound):
	case err != nil:
		return fmt.Errorf("dedupe: get %s: %w", hk, err)
	case string(e.Value()) == id:
		if err := x.kv.Delete(ctx, hk, jetstream.LastRevision(e.Revision())); err != nil && !isConflict(err) {
			return fmt.Errorf("dedupe: delete %s: %w", hk, err)
		}
	}
	if !p.Near() {
		return nil
	}
	if err := x.kv.Delete(ctx, "s."+id); err != nil && !errors.Is(err, jetstream.ErrKeyNotFound) {
		return fmt.Errorf("dedupe: delete signature %s: %w", id, err)
	}
	for i := 0; i < LSHBands; i++ {
		if err := x.updateBand(ctx, bandKey(p, i), func(ids []string) []string { return removeID(ids, id) }); err != nil {
			return err
		}
	}
	return nil
}

func bandKey(p Print, i int) string { return fmt.Sprintf("b.%d.%s", i, p.BandKey(i)) }

// band reads a band list and its revision (0 when absent).
func (x *KVIndex) band(ctx context.Context, key string) ([]string, uint64, error) {
	e, err := x.kv.Get(ctx, key)
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("dedupe: get %s: %w", key, err)
	}
	if len(e.Value()) == 0 {
		return nil, e.Revision(), nil
	}
	return strings.Split(string(e.Value()), "\n"), e.Revision(), nil
}

// updateBand applies fn to a band list with compare-and-set, retrying when
// another replica wrote it in between.
func (x *KVIndex) updateBand(ctx context.Context, key string, fn func([]string) []string) error {
	for attempt := 0; ; attempt++ {
		ids, rev, err := x.band(ctx, key)
		if err != nil {
			return err
		}
		val := []byte(strings.Join(fn(ids), "\n"))
		if rev == 0 {
			_, err = x.kv.Create(ctx, key, val)
		} else {
			_, err = x.kv.Update(ctx, key, val, rev)
		}
		if err == nil {
			return nil
		}
		if attempt >= 20 || ctx.Err() != nil || !isConflict(err) {
			return fmt.Errorf("dedupe: update %s: %w", key, err)
		}
	}
}

func isConflict(err error) bool {
	var apiErr *jetstream.APIError
	return errors.Is(err, jetstream.ErrKeyExists) ||
		(errors.As(err, &apiErr) && apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence)
}

func (x *KVIndex) sig(ctx context.Context, id string) ([]uint32, error) {
	e, err := x.kv.Get(ctx, "s."+id)
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return nil, nil // aged out or forgotten
	}
	if err != nil {
		return nil, fmt.Errorf("dedupe: get signature %s: %w", id, err)
	}
	return decodeSig(e.Value()), nil
}

func encodeSig(sig []uint32) []byte {
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func decodeSig(b []byte) []uint32 {
	if len(b) != 4*SignatureSize {
		return nil
	}
	sig := make([]uint32, SignatureSize)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig
}
