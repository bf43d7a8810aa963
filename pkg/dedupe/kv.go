package dedupe

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/copydesk/copydesk/pkg/article"
)

// DefaultBucket is the JetStream key-value bucket of the shared index.
const DefaultBucket = "copydesk-dedupe"

// KVConfig configures a KVIndex.
type KVConfig struct {
	Bucket string // default DefaultBucket
	// MaxAge bounds how long an article stays in the index when NewKVIndex
	// creates the bucket: a copy of an older article is no longer
	// recognised. Default 30 days. An existing bucket keeps its own.
	MaxAge time.Duration
	// MaxBytes bounds the bucket's size when NewKVIndex creates it (0: no
	// limit beyond MaxAge). Keys the bucket drops to stay under it leave
	// the in-process index only when they reach the bucket's maximum age.
	MaxBytes int64
	// MaxPerBand bounds how many articles one LSH band of the in-process
	// index lists (the newest are kept), which bounds the work of a lookup
	// on text that many articles share. Default 64.
	MaxPerBand int
	// MaxNear bounds how many originals the in-process near-duplicate index
	// holds: past it the oldest are dropped, so that the ingest process's
	// memory stays flat however many articles the bucket remembers. Each
	// costs 1–2 KiB of heap. Exact duplicates (same normalised text)
	// are still found for MaxAge; near duplicates among the newest MaxNear
	// originals. Default 16,384.
	MaxNear int
	// Replicas is the bucket's replication factor in a cluster. Default 1.
	Replicas int
}

// DefaultKVConfig returns the defaults.
func DefaultKVConfig() KVConfig {
	return KVConfig{Bucket: DefaultBucket, MaxAge: 30 * 24 * time.Hour, MaxPerBand: 64, MaxNear: 16384, Replicas: 1}
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
	case c.MaxNear <= 0:
		return errors.New("dedupe: kv config: max near must be positive")
	case c.Replicas <= 0:
		return errors.New("dedupe: kv config: replicas must be positive")
	}
	return nil
}

// KVIndex is an Index shared by every ingest replica through a JetStream
// key-value bucket. Keys:
//
//	h.<content hash>  -> id of the first article with that text (created once)
//	s.<id>            -> MinHash signature of a near-duplicate original (512 bytes)
//
// Exact duplicates are decided by the bucket: the first article to create
// h.<hash> owns the text and every later one is its duplicate, atomically
// across replicas. Near duplicates are looked up in memory: every KVIndex
// watches the s.* keys and keeps their signatures in a local LSH band index,
// so a lookup costs no round trip. A new article costs two requests (the
// create of h.<hash> and the put of s.<id>), sent at once so that it waits
// for one round trip; a near duplicate or a text too short for the near
// check one; an exact duplicate two in a row (the failed create and a read
// of the owner), or, when its original's signature has not reached this
// replica yet, the new article's two and the put's undo.
//
// Consistency: the exact check is atomic across replicas. The near check is
// atomic within one replica (its own additions are indexed before the put,
// so it reads its writes), but a signature put by another replica is seen
// only once the watch delivers it (one more hop through the server): two
// near duplicates that arrive at two replicas within that window may both be
// taken as originals.
//
// State is bounded by the bucket's maximum age (topology.Config.DedupeTTL,
// 30 days): keys age out of the bucket, and the local index drops a
// signature when its key is deleted or purged, when an expiry marker
// arrives (buckets with LimitMarkerTTL, as NewKVIndex creates them), or
// when it is older than the bucket's maximum age (buckets without markers;
// with markers, after a grace of up to a minute). The local index therefore
// holds at most the signatures the bucket holds, about 2 KiB per
// near-duplicate original (see bandIndex). An original writes two keys, a
// duplicate at most one (history 1).
//
// Close stops the watch; the index still answers afterwards, exact checks as
// before and near checks against what it had seen until then.
type KVIndex struct {
	kv  jetstream.KeyValue
	cfg KVConfig
	// ttl is the bucket's maximum age (0: none); grace is how much longer a
	// local signature lives when the bucket sends expiry markers, which
	// normally remove it first.
	ttl, grace time.Duration

	mu   sync.Mutex
	near *bandIndex

	watcher   jetstream.KeyWatcher
	done      chan struct{} // closed when the watch goroutine returns
	closeOnce sync.Once
}

// markerTTL is how long a bucket created by NewKVIndex keeps the markers that
// tell watchers a key aged out.
const markerTTL = time.Minute

// NewKVIndex opens the bucket, creating it from cfg when it does not exist
// (an existing bucket, e.g. one set up by the topology, keeps its settings),
// loads the signatures it holds and starts watching it; ctx bounds only this
// setup. The caller must Close the index to stop the watch.
func NewKVIndex(ctx context.Context, js jetstream.JetStream, cfg KVConfig) (*KVIndex, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	kv, err := js.KeyValue(ctx, cfg.Bucket)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		kv, err = js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
			Bucket:         cfg.Bucket,
			Description:    "copydesk ingest duplicate index",
			History:        1,
			TTL:            cfg.MaxAge,
			MaxBytes:       cfg.MaxBytes,
			Replicas:       cfg.Replicas,
			LimitMarkerTTL: markerTTL,
		})
		if err != nil {
			return nil, fmt.Errorf("dedupe: create bucket %s: %w", cfg.Bucket, err)
		}
	} else if err != nil {
		return nil, fmt.Errorf("dedupe: open bucket %s: %w", cfg.Bucket, err)
	}
	st, err := kv.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("dedupe: bucket %s status: %w", cfg.Bucket, err)
	}
	x := &KVIndex{kv: kv, cfg: cfg, ttl: st.TTL(), done: make(chan struct{})}
	if st.LimitMarkerTTL() > 0 {
		x.grace = min(x.ttl/2, time.Minute)
	}
	x.near = newBandIndex(cfg.MaxPerBand, cfg.MaxNear)
	x.watcher, err = kv.Watch(ctx, "s.>")
	if err != nil {
		return nil, fmt.Errorf("dedupe: watch %s: %w", cfg.Bucket, err)
	}
	ready := make(chan struct{})
	go x.watch(ready)
	select {
	case <-ready:
		return x, nil
	case <-x.done:
		return nil, fmt.Errorf("dedupe: watch %s: stopped while loading", cfg.Bucket)
	case <-ctx.Done():
		_ = x.Close()
		return nil, fmt.Errorf("dedupe: load %s: %w", cfg.Bucket, ctx.Err())
	}
}

// Close stops watching the bucket. It is safe to call twice.
func (x *KVIndex) Close() error {
	var err error
	x.closeOnce.Do(func() {
		// Stopping the watcher closes its updates (so does a closed
		// connection, when Stop fails); the watch goroutine drains them.
		if serr := x.watcher.Stop(); serr != nil && !errors.Is(serr, nats.ErrConnectionClosed) &&
			!errors.Is(serr, nats.ErrBadSubscription) {
			err = fmt.Errorf("dedupe: stop watch: %w", serr)
			return // the updates may stay open: do not wait for them
		}
		<-x.done
	})
	return err
}

// watch applies the watcher's entries to the local index until the watcher
// is stopped, closing ready once the initial values are loaded, and drops
// signatures older than the bucket's maximum age.
func (x *KVIndex) watch(ready chan struct{}) {
	defer close(x.done)
	var tick <-chan time.Time
	if x.ttl > 0 {
		t := time.NewTicker(max(min(x.ttl/10, time.Minute), 10*time.Millisecond))
		defer t.Stop()
		tick = t.C
	}
	updates := x.watcher.Updates()
	for {
		select {
		case e, ok := <-updates:
			if !ok {
				return
			}
			if e == nil {
				if ready != nil {
					close(ready)
					ready = nil
				}
				continue
			}
			x.apply(e)
		case <-tick:
			x.mu.Lock()
			x.near.expire(time.Now().Add(-x.ttl - x.grace))
			x.mu.Unlock()
		}
	}
}

// apply brings the local index up to one watched s.<id> entry.
func (x *KVIndex) apply(e jetstream.KeyValueEntry) {
	id, ok := strings.CutPrefix(e.Key(), "s.")
	if !ok {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	cur := x.near.get(id)
	if cur != nil && (cur.rev == 0 || cur.rev >= e.Revision()) {
		return // this replica's own newer (or in-flight) write
	}
	switch e.Operation() {
	case jetstream.KeyValuePut:
		sig := decodeSig(e.Value())
		if sig == nil {
			x.near.remove(id)
			return
		}
		if x.ttl > 0 && time.Since(e.Created()) > x.ttl+x.grace {
			return
		}
		x.near.add(id, sig, e.Revision(), e.Created())
	case jetstream.KeyValueDelete, jetstream.KeyValuePurge:
		x.near.remove(id)
	}
}

var validID = regexp.MustCompile(`^[A-Za-z0-9_-]{1,128}$`)

// CheckAndAdd implements Index (see KVIndex for its cost and consistency).
func (x *KVIndex) CheckAndAdd(ctx context.Context, id string, p Print) (*article.Duplicate, error) {
	if !validID.MatchString(id) {
		return nil, fmt.Errorf("dedupe: invalid article id %q", id)
	}
	hk := "h." + p.Hash
	// The near check needs no round trip, so it runs first: a text that
	// is new to this replica then claims its hash and records its
	// signature at once (one round trip's wait, not two in a row).
	var near *article.Duplicate
	var ours *sigEntry
	if p.Near() {
		x.mu.Lock()
		if near = x.near.closest(id, p.Sig); near == nil {
			ours = x.near.add(id, p.Sig, 0, time.Now())
		}
		x.mu.Unlock()
	}
	if ours == nil {
		// A near duplicate, or a text too short for the near check: only
		// the exact claim. An exact copy of a known text is also a near
		// one (similarity 1), and the claim tells which it is.
		owner, _, err := x.claim(ctx, hk, id)
		if err != nil {
			return nil, err
		}
		if owner != id {
			return &article.Duplicate{Of: owner, Kind: KindExact, Similarity: 1}, nil
		}
		return near, nil
	}
	type putResult struct {
		rev uint64
		err error
	}
	putc := make(chan putResult, 1)
	go func() {
		rev, err := x.kv.Put(ctx, "s."+id, encodeSig(p.Sig))
		putc <- putResult{rev, err}
	}()
	owner, hrev, err := x.claim(ctx, hk, id)
	put := <-putc
	if err == nil && owner == id && put.err == nil {
		x.mu.Lock()
		if x.near.get(id) == ours {
			ours.rev = put.rev
		}
		x.mu.Unlock()
		return nil, nil
	}
	// Not added after all: take the signature back, here and (when the put
	// landed) in the bucket, and the hash when this call claimed it.
	x.mu.Lock()
	if x.near.get(id) == ours {
		x.near.remove(id)
	}
	x.mu.Unlock()
	undo := func(key string, opts ...jetstream.KVDeleteOpt) {
		dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		_ = x.kv.Delete(dctx, key, opts...) // best effort
		cancel()
	}
	if put.err == nil {
		undo("s."+id, jetstream.LastRevision(put.rev))
	}
	switch {
	case err != nil:
		return nil, err
	case owner != id:
		// An exact copy of a text whose signature this replica had not
		// seen yet (another replica's, still on its way through the watch).
		return &article.Duplicate{Of: owner, Kind: KindExact, Similarity: 1}, nil
	default:
		if hrev > 0 {
			// Leave no owner of a text that was not added.
			undo(hk, jetstream.LastRevision(hrev))
		}
		return nil, fmt.Errorf("dedupe: put signature %s: %w", id, put.err)
	}
}

// claim creates key with value id unless it exists. It returns the id the
// key holds and, when this call created it, its revision (else 0). It costs
// one round trip, or two when the key exists.
func (x *KVIndex) claim(ctx context.Context, key, id string) (string, uint64, error) {
	for attempt := 0; ; attempt++ {
		// Revision 0: only when the key does not exist (what Create does
		// first; Create's own fallback would read the key and drop its value).
		rev, err := x.kv.Update(ctx, key, []byte(id), 0)
		if err == nil {
			return id, rev, nil
		}
		if !isConflict(err) {
			return "", 0, fmt.Errorf("dedupe: create %s: %w", key, err)
		}
		e, err := x.kv.Get(ctx, key)
		if err == nil {
			return string(e.Value()), 0, nil
		}
		if !errors.Is(err, jetstream.ErrKeyNotFound) {
			return "", 0, fmt.Errorf("dedupe: get %s: %w", key, err)
		}
		// A delete marker: Create writes over it.
		rev, err = x.kv.Create(ctx, key, []byte(id))
		if err == nil {
			return id, rev, nil
		}
		if !isConflict(err) || attempt >= 3 {
			return "", 0, fmt.Errorf("dedupe: create %s: %w", key, err)
		}
	}
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
	x.mu.Lock()
	x.near.remove(id)
	x.mu.Unlock()
	if err := x.kv.Delete(ctx, "s."+id); err != nil && !errors.Is(err, jetstream.ErrKeyNotFound) {
		return fmt.Errorf("dedupe: delete signature %s: %w", id, err)
	}
	return nil
}

func isConflict(err error) bool {
	var apiErr *jetstream.APIError
	return errors.Is(err, jetstream.ErrKeyExists) ||
		(errors.As(err, &apiErr) && apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence)
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
