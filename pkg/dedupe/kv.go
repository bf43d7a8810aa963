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

	"github.com/nats-io/nats.go/jetstream"

	"github.com/copydesk/copydesk/pkg/article"
)

// DefaultBucket is the JetStream key-value bucket of the shared index's
// exact keys, DefaultSigStream and DefaultSigSubjectPrefix the stream of its
// near-duplicate signatures (topology.BucketDedupe, StreamDedupeSigs and
// SubjectDedupeSigsPrefix).
const (
	DefaultBucket           = "copydesk-dedupe"
	DefaultSigStream        = "DEDUPESIGS"
	DefaultSigSubjectPrefix = "copydesk.dedupe.sigs"
)

// KVConfig configures a KVIndex.
type KVConfig struct {
	Bucket string // default DefaultBucket
	// SigStream is the stream of near-duplicate signatures, one message
	// per original on SigSubjectPrefix.<id>.
	SigStream        string // default DefaultSigStream
	SigSubjectPrefix string // default DefaultSigSubjectPrefix
	// MaxAge bounds how long an article stays in the index when NewKVIndex
	// creates the bucket and the stream: a copy of an older article is no
	// longer recognised. Default 30 days. An existing bucket or stream
	// keeps its own.
	MaxAge time.Duration
	// MaxBytes bounds the bucket's size when NewKVIndex creates it (0: no
	// limit beyond MaxAge).
	MaxBytes int64
	// MaxPerBand bounds how many articles one LSH band of the in-process
	// index lists (the newest are kept), which bounds the work of a lookup
	// on text that many articles share. Default 64.
	MaxPerBand int
	// MaxNear bounds how many originals the near-duplicate check knows:
	// the signature stream NewKVIndex creates keeps the newest MaxNear
	// messages, and the in-process index as many, so that neither the
	// server nor the ingest process grows with the articles the bucket
	// remembers. Each costs 1–2 KiB of heap. Exact duplicates (same
	// normalised text) are still found for MaxAge; near duplicates among
	// the newest MaxNear originals. Default 16,384.
	MaxNear int
	// Replicas is the bucket's and stream's replication factor in a
	// cluster. Default 1.
	Replicas int
}

// DefaultKVConfig returns the defaults.
func DefaultKVConfig() KVConfig {
	return KVConfig{Bucket: DefaultBucket, SigStream: DefaultSigStream, SigSubjectPrefix: DefaultSigSubjectPrefix,
		MaxAge: 30 * 24 * time.Hour, MaxPerBand: 64, MaxNear: 16384, Replicas: 1}
}

// Validate reports a configuration error.
func (c KVConfig) Validate() error {
	switch {
	case c.Bucket == "":
		return errors.New("dedupe: kv config: empty bucket")
	case c.SigStream == "" || c.SigSubjectPrefix == "":
		return errors.New("dedupe: kv config: empty signature stream or subject prefix")
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

// SigStreamConfig is the signature stream NewKVIndex creates when it does
// not exist: one message per subject (a signature, or an empty tombstone
// that withdraws it), the newest MaxNear kept, none older than MaxAge.
func (c KVConfig) SigStreamConfig() jetstream.StreamConfig {
	return jetstream.StreamConfig{
		Name:              c.SigStream,
		Description:       "copydesk ingest near-duplicate signatures of the newest originals, one message per article",
		Subjects:          []string{c.SigSubjectPrefix + ".*"},
		Retention:         jetstream.LimitsPolicy,
		Storage:           jetstream.FileStorage,
		Replicas:          c.Replicas,
		MaxMsgsPerSubject: 1,
		MaxMsgs:           int64(c.MaxNear),
		MaxAge:            c.MaxAge,
		Discard:           jetstream.DiscardOld,
	}
}

// KVIndex is an Index shared by every ingest replica through JetStream:
//
//	bucket key h.<content hash>   -> id of the first article with that text (created once)
//	stream subject <prefix>.<id>  -> MinHash signature of a near-duplicate original (512 bytes)
//
// Exact duplicates are decided by the bucket: the first article to create
// h.<hash> owns the text and every later one is its duplicate, atomically
// across replicas. Near duplicates are looked up in memory: every KVIndex
// follows the signature stream and keeps its signatures in a local LSH band
// index, so a lookup costs no round trip. A new article costs two requests
// (the create of h.<hash> and the publish of its signature), sent at once so
// that it waits for one round trip; a near duplicate or a text too short for
// the near check one; an exact duplicate two in a row (the failed create and
// a read of the owner), or, when its original's signature has not reached
// this replica yet, the new article's two and the publish's undo.
//
// Consistency: the exact check is atomic across replicas. The near check is
// atomic within one replica (its own additions are indexed before the
// publish, so it reads its writes), but a signature published by another
// replica is seen only once the stream delivers it (one more hop through
// the server): two near duplicates that arrive at two replicas within that
// window may both be taken as originals.
//
// State is bounded. The bucket's keys age out after its maximum age
// (topology.Config.DedupeTTL, 30 days), one per text. The signatures are
// only of use to the near check, which knows the newest MaxNear originals:
// the stream keeps no more than that (they used to be bucket keys, kept for
// the bucket's 30 days, and were half the server's growth with every
// article). A signature is withdrawn by an empty message on its subject (a
// tombstone: Forget, or the undo of an addition that failed), which drops
// it from every replica's local index. The local index also drops a
// signature older than the stream's maximum age, and the oldest past
// MaxNear, about 2 KiB per original in all (see bandIndex).
//
// Close stops following the stream; the index still answers afterwards,
// exact checks as before and near checks against what it had seen until
// then.
type KVIndex struct {
	kv  jetstream.KeyValue
	js  jetstream.JetStream
	cfg KVConfig
	// ttl is the signature stream's maximum age (0: none).
	ttl time.Duration

	mu   sync.Mutex
	near *bandIndex
	// dropped holds the ids this replica took out of its local index
	// before the follow had read back what it published of them (its own
	// signatures dropped past MaxNear, additions undone, signatures
	// withdrawn by Forget), and the stream sequence up to which their
	// messages are stale (0 while that publish is in flight): read back
	// late, those must not bring the signature back. An id leaves once the
	// follow has read past its sequence (lastSeq, the last one it read).
	dropped map[string]uint64
	lastSeq uint64
	// wrap, when set (tests), wraps every iterator over the stream.
	wrap func(jetstream.MessagesContext) jetstream.MessagesContext

	iterMu sync.Mutex
	iter   jetstream.MessagesContext // the signature stream, from the start
	stop   chan struct{}             // closed by Close
	// stopCtx is cancelled by Close: it ends a Next that Stop alone would
	// not (an ordered consumer's Next waiting on a sub-subscription it
	// created while Stop ran).
	stopCtx    context.Context
	cancelStop context.CancelFunc
	done       chan struct{} // closed when follow and expire return
	closeOnce  sync.Once
}

// NewKVIndex opens the bucket and the signature stream, creating them from
// cfg when they do not exist (existing ones, e.g. set up by the topology,
// keep their settings), loads the signatures the stream holds and starts
// following it; ctx bounds only this setup. The caller must Close the index
// to stop following.
func NewKVIndex(ctx context.Context, js jetstream.JetStream, cfg KVConfig) (*KVIndex, error) {
	return newKVIndex(ctx, js, cfg, nil)
}

// newKVIndex is NewKVIndex; wrap, when set, wraps every iterator over the
// signature stream (tests hold the follow back with it).
func newKVIndex(ctx context.Context, js jetstream.JetStream, cfg KVConfig, wrap func(jetstream.MessagesContext) jetstream.MessagesContext) (*KVIndex, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	kv, err := js.KeyValue(ctx, cfg.Bucket)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
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
	} else if err != nil {
		return nil, fmt.Errorf("dedupe: open bucket %s: %w", cfg.Bucket, err)
	}
	st, err := js.Stream(ctx, cfg.SigStream)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		st, err = js.CreateStream(ctx, cfg.SigStreamConfig())
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			st, err = js.Stream(ctx, cfg.SigStream) // another replica created it first
		}
	}
	if err != nil {
		return nil, fmt.Errorf("dedupe: open stream %s: %w", cfg.SigStream, err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("dedupe: stream %s info: %w", cfg.SigStream, err)
	}
	x := &KVIndex{kv: kv, js: js, cfg: cfg, ttl: info.Config.MaxAge, near: newBandIndex(cfg.MaxPerBand, cfg.MaxNear),
		dropped: map[string]uint64{}, wrap: wrap, stop: make(chan struct{}), done: make(chan struct{})}
	x.stopCtx, x.cancelStop = context.WithCancel(context.Background())
	x.near.onDrop = x.onDrop
	if x.iter, err = x.open(ctx, 0); err != nil {
		x.cancelStop()
		return nil, fmt.Errorf("dedupe: follow %s: %w", cfg.SigStream, err)
	}
	// follow closes ready once it has caught up with what the stream held;
	// an empty stream has nothing to load.
	loaded, ready := make(chan struct{}), make(chan struct{})
	if info.State.Msgs == 0 {
		close(loaded)
		ready = nil
	} else {
		loaded = ready
	}
	var wg sync.WaitGroup
	wg.Go(func() { x.follow(ready, info.State.LastSeq) })
	wg.Go(x.expire)
	go func() { wg.Wait(); close(x.done) }()
	select {
	case <-loaded:
		return x, nil
	case <-ctx.Done():
		_ = x.Close()
		return nil, fmt.Errorf("dedupe: load %s: %w", cfg.SigStream, ctx.Err())
	}
}

// open starts an ordered consumer on the signature stream from sequence
// from (0: the start).
func (x *KVIndex) open(ctx context.Context, from uint64) (jetstream.MessagesContext, error) {
	cc := jetstream.OrderedConsumerConfig{FilterSubjects: []string{x.cfg.SigSubjectPrefix + ".*"}}
	if from > 0 {
		cc.DeliverPolicy = jetstream.DeliverByStartSequencePolicy
		cc.OptStartSeq = from
	}
	c, err := x.js.OrderedConsumer(ctx, x.cfg.SigStream, cc)
	if err != nil {
		return nil, err
	}
	it, err := c.Messages()
	if err != nil || x.wrap == nil {
		return it, err
	}
	return x.wrap(it), nil
}

// Close stops following the signature stream. It is safe to call twice.
func (x *KVIndex) Close() error {
	x.closeOnce.Do(func() {
		close(x.stop)
		x.cancelStop()
		x.iterMu.Lock()
		x.iter.Stop()
		x.iterMu.Unlock()
		<-x.done
	})
	return nil
}

// follow applies the signature stream's messages to the local index until
// Close, closing ready (unless nil) once it has read up to sequence last.
// The ordered consumer recovers from reconnects and server restarts by
// itself (TestKVFollowsAcrossRestart); a read that still fails (it gave up
// re-creating itself) is followed again from where it stopped, after a
// pause.
func (x *KVIndex) follow(ready chan struct{}, last uint64) {
	x.iterMu.Lock()
	it := x.iter
	x.iterMu.Unlock()
	var seq uint64 // of the last message read
	for {
		m, err := it.Next(jetstream.NextContext(x.stopCtx))
		if err != nil {
			it.Stop()
			if it = x.reopen(seq + 1); it == nil {
				return
			}
			continue
		}
		md, err := m.Metadata()
		if err != nil {
			continue
		}
		seq = md.Sequence.Stream
		if id, ok := strings.CutPrefix(m.Subject(), x.cfg.SigSubjectPrefix+"."); ok {
			x.apply(id, m.Data(), seq, md.Timestamp)
		}
		if ready != nil && (md.NumPending == 0 || seq >= last) {
			close(ready)
			ready = nil
		}
	}
}

// reopen follows the stream again from sequence from, trying every second
// until it can or Close is called (then it returns nil).
func (x *KVIndex) reopen(from uint64) jetstream.MessagesContext {
	for {
		select {
		case <-x.stop:
			return nil
		case <-time.After(time.Second):
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		it, err := x.open(ctx, from)
		cancel()
		if err != nil {
			continue
		}
		x.iterMu.Lock()
		select {
		case <-x.stop:
			it.Stop()
			it = nil
		default:
			x.iter = it
		}
		x.iterMu.Unlock()
		return it
	}
}

// expire drops signatures older than the stream's maximum age until Close.
func (x *KVIndex) expire() {
	if x.ttl <= 0 {
		return
	}
	t := time.NewTicker(max(min(x.ttl/10, time.Minute), 10*time.Millisecond))
	defer t.Stop()
	for {
		select {
		case <-x.stop:
			return
		case <-t.C:
			x.mu.Lock()
			x.near.expire(time.Now().Add(-x.ttl))
			x.mu.Unlock()
		}
	}
}

// onDrop remembers an own signature the local index dropped before the
// follow read it back (x.mu is held).
func (x *KVIndex) onDrop(e *sigEntry) {
	if e.own && (e.rev == 0 || e.rev > x.lastSeq) {
		x.dropped[e.id] = e.rev
	}
}

// forgetDropped drops the ids of dropped signatures the follow has read
// past (x.mu is held).
func (x *KVIndex) forgetDropped() {
	for id, seq := range x.dropped {
		if seq != 0 && seq <= x.lastSeq {
			delete(x.dropped, id)
		}
	}
}

// apply brings the local index up to one signature message: data is the
// signature, or empty for a tombstone.
func (x *KVIndex) apply(id string, data []byte, seq uint64, stored time.Time) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.lastSeq = max(x.lastSeq, seq)
	if len(x.dropped) > 0 {
		s, ok := x.dropped[id]
		x.forgetDropped()
		if ok && (s == 0 || seq <= s) {
			return // an own signature dropped since, or one before it
		}
	}
	cur := x.near.get(id)
	if cur != nil && (cur.rev == 0 || cur.rev >= seq) {
		return // this replica's own newer (or in-flight) write
	}
	sig := decodeSig(data)
	if sig == nil {
		x.near.remove(id)
		return
	}
	if x.ttl > 0 && time.Since(stored) > x.ttl {
		return
	}
	x.near.add(id, sig, seq, stored)
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
			delete(x.dropped, id) // the new entry tells own signatures apart
			ours = x.near.add(id, p.Sig, 0, time.Now())
			ours.own = true
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
		ack, err := x.js.Publish(ctx, x.sigSubject(id), encodeSig(p.Sig))
		if err != nil {
			putc <- putResult{0, err}
			return
		}
		putc <- putResult{ack.Sequence, nil}
	}()
	owner, hrev, err := x.claim(ctx, hk, id)
	put := <-putc
	x.mu.Lock()
	if s, ok := x.dropped[id]; ok && s == 0 && x.near.get(id) != ours {
		// The local index dropped ours while its publish was in flight.
		if put.err == nil {
			x.dropped[id] = put.rev
			x.forgetDropped()
		} else {
			delete(x.dropped, id)
		}
	}
	x.mu.Unlock()
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
	if put.err == nil {
		// The put may still come back through the follow.
		x.dropped[id] = put.rev
		x.forgetDropped()
	}
	x.mu.Unlock()
	undoCtx := func() (context.Context, context.CancelFunc) {
		return context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	}
	if put.err == nil {
		// A tombstone, unless a later signature of id has replaced ours.
		dctx, cancel := undoCtx()
		_, _ = x.js.Publish(dctx, x.sigSubject(id), nil, jetstream.WithExpectLastSequencePerSubject(put.rev)) // best effort
		cancel()
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
			dctx, cancel := undoCtx()
			_ = x.kv.Delete(dctx, hk, jetstream.LastRevision(hrev)) // best effort
			cancel()
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
	// Until the tombstone's sequence is known, no message of id may bring
	// the signature back (a put of it may still be on its way here).
	x.mu.Lock()
	x.near.remove(id)
	x.dropped[id] = 0
	x.mu.Unlock()
	ack, err := x.js.Publish(ctx, x.sigSubject(id), nil)
	x.mu.Lock()
	if s, ok := x.dropped[id]; ok && s == 0 {
		if err == nil {
			x.dropped[id] = ack.Sequence
			x.forgetDropped()
		} else {
			delete(x.dropped, id)
		}
	}
	x.mu.Unlock()
	if err != nil {
		return fmt.Errorf("dedupe: withdraw signature %s: %w", id, err)
	}
	return nil
}

// sigSubject is the subject of id's signature.
func (x *KVIndex) sigSubject(id string) string { return x.cfg.SigSubjectPrefix + "." + id }

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
