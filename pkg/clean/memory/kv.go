package memory

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Bucket is the JetStream key-value bucket that holds the memory.
const Bucket = "copydesk-templates"

// KV is a Memory in a JetStream key-value bucket, one key per source, shared
// by all replicas of the stage. Updates use the key's revision (optimistic
// concurrency) and retry on conflict.
type KV struct {
	cfg Config
	kv  jetstream.KeyValue
}

// NewKV wraps an open bucket (see OpenKV).
func NewKV(cfg Config, kv jetstream.KeyValue) (*KV, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if kv == nil {
		return nil, errors.New("memory: nil key-value bucket")
	}
	return &KV{cfg: cfg, kv: kv}, nil
}

// OpenKV creates or opens the Bucket.
func OpenKV(ctx context.Context, js jetstream.JetStream, cfg Config) (*KV, error) {
	// The bucket belongs to the topology (topology.Ensure sets its replicas
	// and TTL): open it as it is, and create it only where it is missing
	// (a stage run without the rest of the pipeline).
	kv, err := js.KeyValue(ctx, Bucket)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		kv, err = js.CreateKeyValue(ctx, jetstream.KeyValueConfig{
			Bucket:      Bucket,
			Description: "copydesk clean: per-source template lines",
			History:     1,
			// A source not updated for many half-lives has decayed to nothing.
			TTL: 8 * cfg.HalfLife,
		})
		if errors.Is(err, jetstream.ErrBucketExists) {
			kv, err = js.KeyValue(ctx, Bucket)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("memory: open bucket %s: %w", Bucket, err)
	}
	return NewKV(cfg, kv)
}

// key maps a source name onto the characters KV keys allow.
func key(source string) string {
	h := fnv.New64a()
	h.Write([]byte(source))
	return fmt.Sprintf("src.%016x", h.Sum64())
}

func (m *KV) load(ctx context.Context, source string) (*table, uint64, error) {
	e, err := m.kv.Get(ctx, key(source))
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("memory: get %s: %w", source, err)
	}
	t, err := unmarshal(e.Value())
	if err != nil {
		// A corrupt record is dropped and rebuilt rather than blocking the
		// source for good.
		return nil, e.Revision(), nil
	}
	return t, e.Revision(), nil
}

// Lookup implements Memory.
func (m *KV) Lookup(ctx context.Context, source, doc string, keys []uint64) ([]float64, error) {
	t, _, err := m.load(ctx, source)
	if err != nil {
		return nil, err
	}
	if t == nil {
		return make([]float64, len(keys)), nil
	}
	return t.lookup(m.cfg, docHash(doc), keys), nil
}

// Record implements Memory.
func (m *KV) Record(ctx context.Context, source, doc string, keys []uint64) error {
	const attempts = 32
	var lastErr error
	for i := range attempts {
		if i > 0 {
			// back off with jitter so that competing replicas spread out
			d := time.Duration(1+rand.IntN(1<<min(i, 6))) * time.Millisecond
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(d):
			}
		}
		t, rev, err := m.load(ctx, source)
		if err != nil {
			return err
		}
		if t == nil {
			t = newTable()
		}
		if !t.record(m.cfg, docHash(doc), keys) {
			return nil
		}
		if rev == 0 {
			_, err = m.kv.Create(ctx, key(source), t.marshal())
		} else {
			_, err = m.kv.Update(ctx, key(source), t.marshal(), rev)
		}
		if err == nil {
			return nil
		}
		if !errors.Is(err, jetstream.ErrKeyExists) && !isWrongSequence(err) {
			return fmt.Errorf("memory: put %s: %w", source, err)
		}
		lastErr = err
	}
	return fmt.Errorf("memory: put %s: %d conflicting updates: %w", source, attempts, lastErr)
}

func isWrongSequence(err error) bool {
	var apiErr *jetstream.APIError
	if errors.As(err, &apiErr) {
		return apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence
	}
	return false
}
