// Package ingest is the way articles enter copydesk: the HTTP API under /v1/
// and the `copydesk feed` command that posts files to it.
//
// # API
//
//	POST /v1/articles        one article: application/json (one input record,
//	                         see package input), text/plain or text/html (query
//	                         parameters id, url, source, title, author,
//	                         published, language describe it)
//	POST /v1/articles/batch  JSONL (application/x-ndjson or application/jsonl),
//	                         one input record a line; per-line results
//	GET  /v1/articles/{id}   status: queued, processing, processed or failed,
//	                         with the stages passed and the number of flags
//
// Every request needs "Authorization: Bearer <token>" with one of
// Config.Tokens (compared in constant time), else 401. Errors are JSON
// {"error": code, "reason": sentence, "line": n, "field": name} with codes:
// too_large (413; Config.MaxBodyBytes, default 10 MiB, per article and per
// batch line, Config.MaxBatchBytes per batch), empty (400 for an empty body,
// 422 for a record without text), invalid_utf8 (invalid UTF-8 is REPAIRED by
// default, each bad run becoming U+FFFD and the response carrying the warning
// "invalid_utf8_repaired"; with Config.InvalidUTF8 = reject it is a 422),
// unsupported_media_type (415), malformed_json (400, with the line), and
// invalid_field (422, naming the field). When the queue does not take the
// article in time the answer is 503 with Retry-After: back off and retry
// (batch answers say from which line).
//
// Each accepted article gets a ULID id (monotonic) unless the record carries
// a valid id of its own ([A-Za-z0-9_-], at most 128 characters; resending it
// is idempotent), Received, ContentHash and, when it repeats an earlier
// article, Duplicate (package dedupe: duplicates are linked, never dropped).
// HTML larger than Config.HTMLInlineMax (default 512 KiB) goes to the
// object store (bucket copydesk-html) and the message carries HTMLRef. Then,
// at once, the initial record is written to the store (so status works at
// once) and the article is published to copydesk.articles.ingested with
// Nats-Msg-Id = <id>.ingest.<Config.Version>; the API waits for both before
// answering 202. The publish decides: a published article is accepted even
// when its initial record failed (the pipeline writes the record).
//
// # The NATS way in
//
// The subject copydesk.articles.ingested is the other way into the pipeline,
// and only the ingest service may publish to it. In a secured deployment
// the COPYDESK account holds the streams; its user "ingest" is the only one
// allowed to publish to copydesk.articles.ingested (and to write the
// copydesk-dedupe key-value bucket, the near-duplicate signatures and the
// copydesk-html object store, i.e. $KV.copydesk-dedupe.>,
// copydesk.dedupe.sigs.* and $O.copydesk-html.>), and each worker user may
// publish only to its own output subject (clean: copydesk.articles.cleaned,
// claims: copydesk.articles.claimed, flagger: copydesk.flagged) and its dead
// letters (copydesk.dlq.<stage>), and subscribe to its own consumer's
// $JS.API.CONSUMER.MSG.NEXT subject. A producer that bypasses the API must
// therefore run with the ingest user's credentials and follow the same
// contract: a full Article JSON with id, content_hash and a
// <id>.ingest.<version> message id.
package ingest

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/oklog/ulid/v2"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/dedupe"
	"github.com/copydesk/copydesk/pkg/input"
)

// Subject is the subject ingest publishes accepted articles to.
const Subject = "copydesk.articles.ingested"

// Config configures the API.
type Config struct {
	// Tokens are the accepted bearer API tokens; at least one is required.
	Tokens []string
	// MaxBodyBytes bounds the body of POST /v1/articles and each line of a
	// batch. Default 10 MiB.
	MaxBodyBytes int64
	// MaxBatchBytes bounds the body of POST /v1/articles/batch. Default 64 MiB.
	MaxBatchBytes int64
	// HTMLInlineMax is the largest HTML carried in the message itself; larger
	// HTML goes to the object store. Default 512 KiB.
	HTMLInlineMax int
	// InvalidUTF8 is input.Repair (default) or input.Reject.
	InvalidUTF8 input.Policy
	// Subject to publish to. Default Subject.
	Subject string
	// Version of the ingest stage, part of the message id. Default "1".
	Version string
	// PublishTimeout bounds the wait for the JetStream acknowledgement (and
	// the store and index writes). Default 5s.
	PublishTimeout time.Duration
	// RetryAfter is the Retry-After given with a 503. Default 5s.
	RetryAfter time.Duration
}

// DefaultConfig returns the defaults (without tokens).
func DefaultConfig() Config {
	return Config{
		MaxBodyBytes:   10 << 20,
		MaxBatchBytes:  64 << 20,
		HTMLInlineMax:  512 << 10,
		InvalidUTF8:    input.Repair,
		Subject:        Subject,
		Version:        "1",
		PublishTimeout: 5 * time.Second,
		RetryAfter:     5 * time.Second,
	}
}

// Validate reports a configuration error.
func (c Config) Validate() error {
	switch {
	case len(c.Tokens) == 0:
		return errors.New("ingest: config: no API tokens")
	case c.MaxBodyBytes <= 0 || c.MaxBatchBytes <= 0:
		return errors.New("ingest: config: body limits must be positive")
	case c.HTMLInlineMax <= 0:
		return errors.New("ingest: config: html inline max must be positive")
	case c.InvalidUTF8 != input.Repair && c.InvalidUTF8 != input.Reject:
		return fmt.Errorf("ingest: config: invalid utf8 policy %q", c.InvalidUTF8)
	case c.Subject == "" || c.Version == "":
		return errors.New("ingest: config: empty subject or version")
	case c.PublishTimeout <= 0 || c.RetryAfter <= 0:
		return errors.New("ingest: config: timeouts must be positive")
	}
	for _, t := range c.Tokens {
		if len(t) < 16 {
			return errors.New("ingest: config: API tokens must be at least 16 characters")
		}
	}
	return nil
}

// Publisher publishes a message and waits for the stream's acknowledgement.
// data is valid only during the call (its buffer is reused after): an
// implementation that keeps it must copy it. JetStreamPublisher is the
// production implementation.
type Publisher interface {
	Publish(ctx context.Context, subject, msgID string, data []byte) error
}

// Objects stores large raw HTML. JetStreamObjects is the production
// implementation.
type Objects interface {
	Put(ctx context.Context, name string, data []byte) error
}

// Store is the part of store.Store the API uses.
type Store interface {
	PutArticle(ctx context.Context, a *article.Article) error
	GetArticle(ctx context.Context, id string) (*article.Article, error)
}

// Deps are the API's collaborators. Publisher, Store, Dedupe and Objects are
// required.
type Deps struct {
	Publisher Publisher
	Store     Store
	Dedupe    dedupe.Index
	Objects   Objects
	// Now returns the current time; default time.Now.
	Now func() time.Time
	// Entropy feeds ULID ids; default crypto/rand.
	Entropy io.Reader
}

// API serves the ingest HTTP API.
type API struct {
	cfg  Config
	deps Deps
	log  *zap.Logger
	m    *metrics

	idMu    sync.Mutex
	entropy *ulid.MonotonicEntropy
}

// New returns the API.
func New(cfg Config, deps Deps, log *zap.Logger, reg prometheus.Registerer) (*API, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Publisher == nil || deps.Store == nil || deps.Dedupe == nil || deps.Objects == nil {
		return nil, errors.New("ingest: new: publisher, store, dedupe index and object store are required")
	}
	if deps.Now == nil {
		deps.Now = time.Now
	}
	if deps.Entropy == nil {
		deps.Entropy = rand.Reader
	}
	if log == nil {
		log = zap.NewNop()
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, err
	}
	return &API{cfg: cfg, deps: deps, log: log.Named("ingest"), m: m,
		entropy: ulid.Monotonic(deps.Entropy, 0)}, nil
}

// newID returns a ULID, strictly increasing within this process.
func (api *API) newID() (string, error) {
	api.idMu.Lock()
	defer api.idMu.Unlock()
	id, err := ulid.New(ulid.Timestamp(api.deps.Now()), api.entropy)
	if err != nil {
		return "", fmt.Errorf("ingest: new id: %w", err)
	}
	return id.String(), nil
}
