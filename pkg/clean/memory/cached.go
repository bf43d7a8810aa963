package memory

import (
	"container/list"
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// CacheConfig configures Cached.
type CacheConfig struct {
	// Flush is how often recorded articles are written back to the bucket.
	Flush time.Duration
	// Refresh is how long a source's table read from the bucket answers
	// lookups before it is read again (to see other replicas' records).
	Refresh time.Duration
	// OnFlushError is told about a write-back that failed (it is retried at
	// the next flush); nil ignores them.
	OnFlushError func(source string, err error)
}

// DefaultCacheConfig returns the defaults.
func DefaultCacheConfig() CacheConfig {
	return CacheConfig{Flush: time.Second, Refresh: 5 * time.Second}
}

// Validate checks the intervals.
func (c CacheConfig) Validate() error {
	if c.Flush <= 0 || c.Refresh <= 0 {
		return errors.New("memory: cache config: Flush and Refresh must be positive")
	}
	return nil
}

// Cached is a Memory over a KV bucket that keeps the tables of the sources
// it uses in process and writes what it records back in the background.
//
// KV alone reads a source's table twice and writes it once for every
// article: with a busy source's table at its MaxLines bound (about 100 KB)
// that is most of the clean stage's cost and a steady stream of large
// writes to the bucket. Cached reads a table when it first needs it and
// again at most every Refresh, and writes each changed table once per Flush
// with the key's revision (optimistic concurrency): when another replica
// wrote in between, it reads the bucket's table, applies its own unwritten
// records to it again (recording is idempotent per article) and writes
// that at the next flush. Replicas therefore see each other's records
// within about Flush + Refresh, and a process that dies loses at most the
// records of its last Flush interval; both only shift the decayed counts a
// little.
//
// Lifecycle: Start runs the flusher; Close stops it and writes what is
// left (drain). Close is safe without Start and safe twice; after Close,
// Lookup and Record still work on the bucket but nothing more is written
// back.
type Cached struct {
	kv  *KV
	cfg Config
	cc  CacheConfig

	mu   sync.Mutex
	srcs map[string]*list.Element // of *cachedSource
	lru  *list.List               // most recently used first

	flushMu   sync.Mutex // one write-back at a time
	stop      chan struct{}
	done      chan struct{}
	started   bool
	closeOnce sync.Once
	closeErr  error
}

type cachedSource struct {
	name    string
	t       *table
	rev     uint64    // the bucket revision t was read at or written as (0: no key)
	loaded  time.Time // when t was last read from or written to the bucket
	pending []recorded
	writing bool // a write-back of this source is in flight
}

// recorded is an article recorded locally and not yet written back.
type recorded struct {
	doc  uint64
	keys []uint64
}

// NewCached wraps kv (see OpenKV) in a cache.
func NewCached(kv *KV, cc CacheConfig) (*Cached, error) {
	if kv == nil {
		return nil, errors.New("memory: nil KV memory")
	}
	if err := cc.Validate(); err != nil {
		return nil, err
	}
	return &Cached{kv: kv, cfg: kv.cfg, cc: cc, srcs: map[string]*list.Element{}, lru: list.New(),
		stop: make(chan struct{}), done: make(chan struct{})}, nil
}

// Start runs the flusher until Close.
func (c *Cached) Start() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.started {
		return
	}
	c.started = true
	go c.flushLoop()
}

func (c *Cached) flushLoop() {
	defer close(c.done)
	t := time.NewTicker(c.cc.Flush)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
			ctx, cancel := context.WithTimeout(context.Background(), 10*c.cc.Flush+5*time.Second)
			_ = c.Flush(ctx)
			cancel()
		}
	}
}

// Close stops the flusher and writes back what is pending, within ctx.
func (c *Cached) Close(ctx context.Context) error {
	c.closeOnce.Do(func() {
		close(c.stop)
		c.mu.Lock()
		started := c.started
		c.mu.Unlock()
		if started {
			<-c.done
		}
		c.closeErr = c.Flush(ctx)
	})
	return c.closeErr
}

// source returns the cached table of name, reading it from the bucket when
// it is not cached, or stale and without unwritten records.
func (c *Cached) source(ctx context.Context, name string) (*cachedSource, error) {
	now := c.cfg.now()
	c.mu.Lock()
	var s *cachedSource
	if el, ok := c.srcs[name]; ok {
		s = el.Value.(*cachedSource)
		c.lru.MoveToFront(el)
		if len(s.pending) > 0 || s.writing || now.Sub(s.loaded) < c.cc.Refresh {
			c.mu.Unlock()
			return s, nil
		}
	}
	c.mu.Unlock()

	t, rev, err := c.kv.load(ctx, name)
	if err != nil {
		if s != nil {
			return s, nil // a stale table beats failing the article
		}
		return nil, err
	}
	if t == nil {
		t = newTable()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.srcs[name]; ok {
		s = el.Value.(*cachedSource)
		if len(s.pending) == 0 && !s.writing && rev >= s.rev {
			s.t, s.rev = t, rev
		}
		s.loaded = now
		return s, nil
	}
	s = &cachedSource{name: name, t: t, rev: rev, loaded: now}
	c.attach(s)
	return s, nil
}

// attach inserts s and evicts the least recently used sources that have
// nothing to write back, down to MaxSources. c.mu is held.
func (c *Cached) attach(s *cachedSource) {
	c.srcs[s.name] = c.lru.PushFront(s)
	for el := c.lru.Back(); el != nil && c.lru.Len() > c.cfg.MaxSources; {
		prev := el.Prev()
		if old := el.Value.(*cachedSource); len(old.pending) == 0 && !old.writing {
			c.lru.Remove(el)
			delete(c.srcs, old.name)
		}
		el = prev
	}
}

// Lookup implements Memory.
func (c *Cached) Lookup(ctx context.Context, source, doc string, keys []uint64) ([]float64, error) {
	s, err := c.source(ctx, source)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return s.t.lookup(c.cfg, docHash(doc), keys), nil
}

// Record implements Memory: the article counts at once in this process and
// reaches the bucket at the next flush.
func (c *Cached) Record(ctx context.Context, source, doc string, keys []uint64) error {
	s, err := c.source(ctx, source)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// It may have been evicted since it was read, and read again since.
	if el, ok := c.srcs[source]; ok {
		s = el.Value.(*cachedSource)
	} else {
		c.attach(s)
	}
	d := docHash(doc)
	if s.t.record(c.cfg, d, keys) {
		s.pending = append(s.pending, recorded{doc: d, keys: slices.Clone(keys)})
	}
	return nil
}

// Flush writes back every source with unwritten records and returns the
// first error (the records stay pending for the next flush).
func (c *Cached) Flush(ctx context.Context) error {
	c.flushMu.Lock()
	defer c.flushMu.Unlock()
	type job struct {
		s    *cachedSource
		data []byte
		rev  uint64
		n    int
	}
	c.mu.Lock()
	var jobs []job
	for _, el := range c.srcs {
		s := el.Value.(*cachedSource)
		if len(s.pending) > 0 {
			s.writing = true
			jobs = append(jobs, job{s: s, data: s.t.marshal(), rev: s.rev, n: len(s.pending)})
		}
	}
	c.mu.Unlock()

	var first error
	for _, j := range jobs {
		err := c.write(ctx, j.s, j.data, j.rev, j.n)
		if err != nil {
			if first == nil {
				first = err
			}
			if c.cc.OnFlushError != nil {
				c.cc.OnFlushError(j.s.name, err)
			}
		}
	}
	return first
}

// write puts one source's table at revision rev. On a conflict it reads
// the bucket's table, applies the unwritten records to it again and retries
// (a few times; then the next flush does).
func (c *Cached) write(ctx context.Context, s *cachedSource, data []byte, rev uint64, n int) error {
	for attempt := 1; ; attempt++ {
		var newRev uint64
		var err error
		if rev == 0 {
			newRev, err = c.kv.kv.Create(ctx, key(s.name), data)
		} else {
			newRev, err = c.kv.kv.Update(ctx, key(s.name), data, rev)
		}
		if err == nil {
			c.mu.Lock()
			s.rev, s.loaded, s.writing = newRev, c.cfg.now(), false
			s.pending = slices.Delete(s.pending, 0, n)
			c.mu.Unlock()
			return nil
		}
		if !errors.Is(err, jetstream.ErrKeyExists) && !isWrongSequence(err) {
			c.mu.Lock()
			s.writing = false
			c.mu.Unlock()
			return err
		}
		// Another replica wrote: start again from its table.
		t, cur, lerr := c.kv.load(ctx, s.name)
		c.mu.Lock()
		if lerr != nil {
			s.writing = false
			c.mu.Unlock()
			return lerr
		}
		if t == nil {
			t = newTable()
		}
		for _, r := range s.pending {
			t.record(c.cfg, r.doc, r.keys)
		}
		s.t, s.rev, s.loaded = t, cur, c.cfg.now()
		if attempt == 3 {
			s.writing = false
			c.mu.Unlock()
			return nil
		}
		data, rev, n = s.t.marshal(), s.rev, len(s.pending)
		c.mu.Unlock()
	}
}
