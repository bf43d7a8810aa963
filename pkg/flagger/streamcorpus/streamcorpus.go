// Package streamcorpus keeps the flagger's claim corpus (the claim prints
// of recently flagged articles, which the cross-article checks compare each
// new article with) in memory on every flagger replica, and shares it
// through a JetStream stream.
//
// Each article's prints are one message on <prefix>.<article id> of the
// stream (topology.StreamClaimPrints), which keeps one message per subject,
// so a redelivered article replaces its prints instead of adding a copy.
// Every replica reads the stream with an ordered consumer: at start it loads
// what the stream holds, then follows it, so a print put by any replica is
// seen by all of them one hop later. Its own puts are applied locally before
// they are published, so a replica reads its writes.
//
// The corpus is bounded by the stream's limits: MaxMsgs articles (the
// oldest dropped first) and MaxAge. The local window applies the same
// limits, so the flagger's memory stays flat however long it runs and a
// lookup costs the same on the millionth article as on the first. Compared
// with keeping the corpus in the store (the flagger's --claim-corpus=store),
// an article older than the window is no longer compared with; in exchange
// the flagger does no database round trip per article and does not slow as
// the store grows.
package streamcorpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/store"
	"github.com/copydesk/copydesk/pkg/topology"
)

// Config configures a Corpus.
type Config struct {
	// Stream and Prefix name the stream and its subjects' prefix (the
	// subject of an article is Prefix.<id>). Defaults: topology's.
	Stream, Prefix string
	// MaxArticles bounds the local window when the stream sets no MaxMsgs.
	// A stream's own limit wins. Default topology.DefaultConfig's.
	MaxArticles int
	// LoadTimeout bounds how long Open waits to load what the stream holds.
	LoadTimeout time.Duration
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		Stream:      topology.StreamClaimPrints,
		Prefix:      topology.SubjectClaimPrintsPrefix,
		MaxArticles: int(topology.DefaultConfig().CorpusMaxArticles),
		LoadTimeout: 2 * time.Minute,
	}
}

// Validate reports a configuration error.
func (c Config) Validate() error {
	switch {
	case c.Stream == "" || c.Prefix == "":
		return errors.New("streamcorpus: config: empty stream or prefix")
	case c.MaxArticles <= 0:
		return errors.New("streamcorpus: config: max articles must be positive")
	case c.LoadTimeout <= 0:
		return errors.New("streamcorpus: config: load timeout must be positive")
	}
	return nil
}

// Corpus implements the flagger's Corpus (PutClaimPrints, FindClaimPrints).
// It is safe for concurrent use. Close stops following the stream; it is
// safe to call twice, and the corpus still answers from what it holds.
type Corpus struct {
	js     jetstream.JetStream
	cfg    Config
	maxAge time.Duration
	log    *zap.Logger
	m      *metrics

	mu sync.RWMutex
	w  *window
	// cleared holds the ids whose prints this replica removed (an empty
	// put) and the stream sequence of that removal, 0 while its publish is
	// in flight: the window has no entry left to tell its own earlier puts
	// apart, so an earlier message of the id that comes back through the
	// stream after the removal must not bring its prints back.
	cleared map[string]uint64
	// dropped holds the ids of this replica's own puts that the window
	// dropped to stay within its bound before the follow read them back,
	// and their stream sequence (0 while the publish is in flight): read
	// back late, they must not return as the newest articles. An id leaves
	// once the follow has read past its sequence.
	dropped map[string]uint64
	// lastSeq is the stream sequence of the last message the follow read.
	lastSeq atomic.Uint64

	stream  jetstream.Stream
	wrap    func(jetstream.MessagesContext) jetstream.MessagesContext
	iterMu  sync.Mutex
	iter    jetstream.MessagesContext // the current one, stopped by Close
	stopped bool

	done chan struct{}
	stop chan struct{}
	// stopCtx is cancelled by Close: it ends a Next that Stop alone would
	// not (an ordered consumer's Next waiting on a sub-subscription it
	// created while Stop ran).
	stopCtx    context.Context
	cancelStop context.CancelFunc
	closeOnce  sync.Once
}

// message is the payload of one article's prints. An empty Prints removes
// the article's prints.
type message struct {
	ID     string      `json:"id"`
	Prints []wirePrint `json:"prints"`
}

type wirePrint struct {
	Key     string `json:"key"`
	Value   string `json:"value,omitempty"`
	Source  string `json:"source,omitempty"`
	Speaker string `json:"speaker,omitempty"`
	Text    string `json:"text,omitempty"`
}

// Open loads the stream's prints and follows the stream until Close. The
// stream must exist (topology.Ensure creates it). ctx bounds the load, as
// does cfg.LoadTimeout.
func Open(ctx context.Context, js jetstream.JetStream, cfg Config, log *zap.Logger, reg prometheus.Registerer) (*Corpus, error) {
	return open(ctx, js, cfg, log, reg, nil)
}

// open is Open; wrap, when set, wraps every iterator over the stream (tests
// inject read failures with it).
func open(ctx context.Context, js jetstream.JetStream, cfg Config, log *zap.Logger, reg prometheus.Registerer,
	wrap func(jetstream.MessagesContext) jetstream.MessagesContext) (*Corpus, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = zap.NewNop()
	}
	st, err := js.Stream(ctx, cfg.Stream)
	if err != nil {
		return nil, fmt.Errorf("streamcorpus: open stream %s: %w", cfg.Stream, err)
	}
	info := st.CachedInfo()
	max := cfg.MaxArticles
	if info.Config.MaxMsgs > 0 {
		max = int(info.Config.MaxMsgs)
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, err
	}
	c := &Corpus{js: js, cfg: cfg, maxAge: info.Config.MaxAge, log: log, m: m, w: newWindow(max), cleared: map[string]uint64{},
		dropped: map[string]uint64{}, done: make(chan struct{}), stop: make(chan struct{})}
	c.stopCtx, c.cancelStop = context.WithCancel(context.Background())
	c.w.onDrop = c.onDrop
	c.stream, c.wrap = st, wrap
	if c.iter, err = c.messages(ctx, 0); err != nil {
		c.cancelStop()
		return nil, fmt.Errorf("streamcorpus: follow %s: %w", cfg.Stream, err)
	}
	// follow closes loaded once it has caught up; an empty stream has
	// nothing to load.
	loaded := make(chan struct{})
	if info.State.Msgs == 0 {
		close(loaded)
		go c.follow(nil, 0)
	} else {
		go c.follow(loaded, info.State.LastSeq)
	}
	timer := time.NewTimer(cfg.LoadTimeout)
	defer timer.Stop()
	select {
	case <-loaded:
		c.mu.RLock()
		n := c.w.live
		c.mu.RUnlock()
		log.Info("claim corpus loaded", zap.String("stream", cfg.Stream), zap.Int("articles", n), zap.Int("max_articles", max))
		return c, nil
	case <-ctx.Done():
		err = ctx.Err()
	case <-timer.C:
		err = fmt.Errorf("not loaded after %s", cfg.LoadTimeout)
	}
	_ = c.Close(context.Background())
	return nil, fmt.Errorf("streamcorpus: load %s: %w", cfg.Stream, err)
}

// follow applies the stream's messages to the window until Close, closing
// ready once it has caught up with what the stream held (last), and expires
// articles older than the stream's MaxAge.
func (c *Corpus) follow(ready chan struct{}, last uint64) {
	defer close(c.done)
	msgs := make(chan jetstream.Msg)
	go func() {
		defer close(msgs)
		c.iterMu.Lock()
		it := c.iter
		c.iterMu.Unlock()
		var seq uint64 // of the last message read
		for {
			m, err := it.Next(jetstream.NextContext(c.stopCtx))
			if err != nil {
				if errors.Is(err, jetstream.ErrMsgIteratorClosed) || c.stopCtx.Err() != nil {
					return
				}
				// The ordered consumer recovers from reconnects by itself;
				// what reaches here (the stream deleted, say) gets a new
				// iterator after a pause, until Close.
				c.m.readErrors.Inc()
				c.log.Warn("claim corpus: stream read failed; following again in 1s", zap.Error(err))
				if it = c.reopen(it, seq+1); it == nil {
					return
				}
				continue
			}
			if md, err := m.Metadata(); err == nil {
				seq = md.Sequence.Stream
			}
			select {
			case msgs <- m:
			case <-c.stop:
				return
			}
		}
	}()
	var tick <-chan time.Time
	if c.maxAge > 0 {
		t := time.NewTicker(max(min(c.maxAge/10, time.Minute), 10*time.Millisecond))
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case m, ok := <-msgs:
			if !ok {
				return
			}
			md, err := m.Metadata()
			if err != nil {
				continue
			}
			c.apply(m, md)
			if ready != nil && (md.NumPending == 0 || md.Sequence.Stream >= last) {
				close(ready)
				ready = nil
			}
		case <-tick:
			c.mu.Lock()
			c.w.expire(time.Now().Add(-c.maxAge))
			c.m.articles.Set(float64(c.w.live))
			c.mu.Unlock()
		case <-c.stop:
			// Drain the reader so that it sees the closed iterator.
			for range msgs {
			}
			return
		}
	}
}

// messages returns an iterator over a new ordered consumer of the stream,
// from sequence from on (0: all).
func (c *Corpus) messages(ctx context.Context, from uint64) (jetstream.MessagesContext, error) {
	oc := jetstream.OrderedConsumerConfig{FilterSubjects: []string{c.cfg.Prefix + ".>"}, DeliverPolicy: jetstream.DeliverAllPolicy}
	if from > 0 {
		oc.DeliverPolicy, oc.OptStartSeq = jetstream.DeliverByStartSequencePolicy, from
	}
	cons, err := c.stream.OrderedConsumer(ctx, oc)
	if err != nil {
		return nil, err
	}
	it, err := cons.Messages()
	if err != nil || c.wrap == nil {
		return it, err
	}
	return c.wrap(it), nil
}

// reopen stops old and returns an iterator from sequence from on, retrying
// every second, or nil once Close has been called.
func (c *Corpus) reopen(old jetstream.MessagesContext, from uint64) jetstream.MessagesContext {
	old.Stop()
	for {
		select {
		case <-c.stop:
			return nil
		case <-time.After(time.Second):
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		it, err := c.messages(ctx, from)
		cancel()
		if err != nil {
			c.log.Warn("claim corpus: follow the stream again", zap.Error(err))
			continue
		}
		c.iterMu.Lock()
		defer c.iterMu.Unlock()
		if c.stopped {
			it.Stop()
			return nil
		}
		c.iter = it
		return it
	}
}

// onDrop remembers an own put the window dropped before the follow read it
// back (c.mu is held).
func (c *Corpus) onDrop(e *entry) {
	if !e.own || (e.seq != 0 && e.seq <= c.lastSeq.Load()) {
		return
	}
	c.dropped[e.id] = e.seq
}

// forgetDropped drops the ids of dropped puts the follow has read past
// (c.mu is held).
func (c *Corpus) forgetDropped() {
	last := c.lastSeq.Load()
	for id, seq := range c.dropped {
		if seq != 0 && seq <= last {
			delete(c.dropped, id)
		}
	}
}

// apply brings the window up to one message of the stream.
func (c *Corpus) apply(m jetstream.Msg, md *jetstream.MsgMetadata) {
	c.lastSeq.Store(max(c.lastSeq.Load(), md.Sequence.Stream))
	// Most messages are this replica's own puts coming back: skip those
	// before decoding (a plain id is its own subject token).
	c.mu.RLock()
	cur := c.w.byID[strings.TrimPrefix(m.Subject(), c.cfg.Prefix+".")]
	own := cur != nil && (cur.seq == 0 || cur.seq >= md.Sequence.Stream)
	c.mu.RUnlock()
	if own {
		return
	}
	id, prints, err := decode(c.cfg.Prefix, m.Subject(), m.Data())
	if err != nil {
		c.m.invalid.Inc()
		c.log.Debug("claim corpus: skipped a message", zap.String("subject", m.Subject()), zap.Error(err))
		return
	}
	if c.maxAge > 0 && time.Since(md.Timestamp) > c.maxAge {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.dropped) > 0 {
		seq, ok := c.dropped[id]
		c.forgetDropped()
		if ok && (seq == 0 || md.Sequence.Stream <= seq) {
			return // an own put the window has dropped since, or one before it
		}
	}
	if cur := c.w.byID[id]; cur != nil && (cur.seq == 0 || cur.seq >= md.Sequence.Stream) {
		return // this replica's own write, in flight or already applied
	}
	if seq, ok := c.cleared[id]; ok {
		// The stream delivers in order: a removal (this one's, whose ack
		// may not be back yet, or a later one) ends the watch, and
		// prints before it are the ones removed.
		if len(prints) > 0 && (seq == 0 || md.Sequence.Stream < seq) {
			return
		}
		delete(c.cleared, id)
	}
	c.w.put(id, md.Sequence.Stream, md.Timestamp, prints)
	c.m.applied.Inc()
	c.m.articles.Set(float64(c.w.live))
}

// encode is the message of an article's prints.
func encode(id string, prints []store.ClaimPrint) ([]byte, error) {
	msg := message{ID: id, Prints: make([]wirePrint, len(prints))}
	for i, p := range prints {
		msg.Prints[i] = wirePrint{Key: p.Key, Value: p.Value, Source: p.Source, Speaker: p.Speaker, Text: p.Text}
	}
	return json.Marshal(msg)
}

// decode reads a message of the stream: the article id and its prints
// (their strings compacted, ArticleID left for the window to set). The id
// must be the one the subject names.
func decode(prefix, subject string, data []byte) (string, []store.ClaimPrint, error) {
	var msg message
	if err := json.Unmarshal(data, &msg); err != nil {
		return "", nil, err
	}
	if msg.ID == "" {
		return "", nil, errors.New("no article id")
	}
	if subjectToken(msg.ID) != strings.TrimPrefix(subject, prefix+".") {
		return "", nil, fmt.Errorf("article %q on subject %q", msg.ID, subject)
	}
	prints := make([]store.ClaimPrint, len(msg.Prints))
	for i, p := range msg.Prints {
		prints[i] = store.ClaimPrint{Key: p.Key, Value: p.Value, Source: p.Source, Speaker: p.Speaker, Text: p.Text}
	}
	compact(prints)
	return msg.ID, prints, nil
}

// PutClaimPrints records the prints of one article, replacing any it had:
// in the local window at once, then on the stream for every replica. An
// error means the stream did not confirm the write (retry the article).
func (c *Corpus) PutClaimPrints(ctx context.Context, articleID string, prints []store.ClaimPrint) error {
	if articleID == "" {
		return errors.New("streamcorpus: put: empty article id")
	}
	data, err := encode(articleID, prints)
	if err != nil {
		return fmt.Errorf("streamcorpus: put %s: %w", articleID, err)
	}
	own := slices.Clone(prints)
	compact(own)
	c.mu.Lock()
	had := c.w.byID[articleID] != nil
	delete(c.dropped, articleID) // the new entry, or the removal, tells own puts apart
	e := c.w.put(articleID, 0, time.Now(), own)
	if e != nil {
		e.own = true
	}
	if e == nil && had {
		c.cleared[articleID] = 0
	} else if e != nil {
		delete(c.cleared, articleID) // the new entry tells own puts apart
	}
	c.m.articles.Set(float64(c.w.live))
	c.mu.Unlock()
	if len(prints) == 0 && !had {
		// Nothing to share and nothing to take back. (Another replica
		// that held prints for this id keeps them until they age out.)
		return nil
	}
	ack, err := c.js.Publish(ctx, c.cfg.Prefix+"."+subjectToken(articleID), data)
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil {
		if seq, ok := c.cleared[articleID]; ok && seq == 0 {
			delete(c.cleared, articleID) // the stream still has the prints
		}
		c.m.publishErrors.Inc()
		return fmt.Errorf("streamcorpus: publish %s: %w", articleID, err)
	}
	if seq, ok := c.dropped[articleID]; ok && seq == 0 && e != nil && c.w.byID[articleID] != e {
		// The window dropped this put while it was in flight.
		c.dropped[articleID] = ack.Sequence
		c.forgetDropped()
	}
	switch {
	case e != nil && c.w.byID[articleID] == e:
		e.seq = ack.Sequence
	case e == nil:
		if seq, ok := c.cleared[articleID]; ok && seq == 0 {
			c.cleared[articleID] = ack.Sequence
		}
	}
	return nil
}

// FindClaimPrints returns the prints whose Key is in keys, at most
// store.MaxPrintsPerKey a key (the newest articles'), ordered by key,
// article and value.
func (c *Corpus) FindClaimPrints(ctx context.Context, keys []string) ([]store.ClaimPrint, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.w.find(keys), nil
}

// Len returns how many articles the window holds.
func (c *Corpus) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.w.live
}

// Close stops following the stream. It is safe to call twice.
func (c *Corpus) Close(context.Context) error {
	c.closeOnce.Do(func() {
		close(c.stop)
		c.cancelStop()
		c.iterMu.Lock()
		c.stopped = true
		c.iter.Stop()
		c.iterMu.Unlock()
		<-c.done
	})
	return nil
}

// compact makes the strings the window keeps of prints their own copies (a
// print's text may be a slice of its whole article, which the window must
// not keep alive), one copy for the strings several prints of the article
// share (its source, speakers, a claim with several figures). Keys are not
// kept (the window holds their hashes).
func compact(prints []store.ClaimPrint) {
	seen := map[string]string{}
	own := func(s string) string {
		if s == "" {
			return ""
		}
		if c, ok := seen[s]; ok {
			return c
		}
		c := strings.Clone(s)
		seen[c] = c
		return c
	}
	for i := range prints {
		p := &prints[i]
		p.Value, p.Source, p.Speaker, p.Text = own(p.Value), own(p.Source), own(p.Speaker), own(p.Text)
	}
}

var plainID = regexp.MustCompile(`^[A-Za-z0-9_-]{1,128}$`)

// subjectToken is the subject token of an article id: the id itself when it
// is a plain token (ULIDs are), else a digest of it.
func subjectToken(id string) string {
	if plainID.MatchString(id) {
		return id
	}
	sum := sha256.Sum256([]byte(id))
	return "h" + hex.EncodeToString(sum[:16])
}

type metrics struct {
	articles      prometheus.Gauge
	applied       prometheus.Counter
	invalid       prometheus.Counter
	publishErrors prometheus.Counter
	readErrors    prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		articles: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "copydesk", Subsystem: "claim_corpus", Name: "articles",
			Help: "Articles whose claim prints this flagger holds in memory for the cross-article checks."}),
		applied: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "copydesk", Subsystem: "claim_corpus", Name: "applied_total",
			Help: "Claim-print messages from other replicas (or an earlier run) applied from the stream."}),
		invalid: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "copydesk", Subsystem: "claim_corpus", Name: "invalid_total",
			Help: "Messages on the claim-print stream that could not be read and were skipped."}),
		publishErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "copydesk", Subsystem: "claim_corpus", Name: "publish_errors_total",
			Help: "Claim prints the stream did not confirm (the article is retried)."}),
		readErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "copydesk", Subsystem: "claim_corpus", Name: "read_errors_total",
			Help: "Times following the claim-print stream failed and was restarted (other replicas' prints are missed meanwhile)."}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.articles, m.applied, m.invalid, m.publishErrors, m.readErrors} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("streamcorpus: register metrics: %w", err)
		}
	}
	return m, nil
}
