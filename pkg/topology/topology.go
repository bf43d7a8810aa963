// Package topology names the JetStream streams, subjects, consumers and
// buckets of the copydesk pipeline and creates them (Ensure).
//
// Data flow:
//
//	ingest  --copydesk.articles.ingested-->  clean
//	clean   --copydesk.articles.cleaned--->  claims
//	claims  --copydesk.articles.claimed--->  flagger (writes the store)
//	flagger --copydesk.flagged------------>  review UI (stream FLAGGED)
//
// ARTICLES is a work-queue stream: a message leaves it when the consuming
// stage acknowledges (or terminates) it, so each stage's durable consumer
// (named after the stage) filters exactly its input subject. Messages a stage
// cannot process go to DLQ on copydesk.dlq.<stage>. Max-deliveries advisories
// of the ARTICLES consumers are captured in ADVISORIES, so that none is lost
// while the dead-letter mover is down. REVIEW holds editor decisions.
// CLAIMPRINTS holds the claim prints of the newest flagged articles
// (copydesk.prints.<id>, one message per article), which every flagger
// replica keeps in memory for the cross-article checks.
//
// DEDUPESIGS holds the near-duplicate signatures of the newest originals
// (copydesk.dedupe.sigs.<id>), which every ingest replica keeps in memory;
// the exact check's keys are in the bucket copydesk-dedupe.
//
// Who may publish: ingest publishes copydesk.articles.ingested and
// copydesk.dedupe.sigs.*; each stage
// publishes its output subject and copydesk.dlq.<stage>, and the flagger
// also copydesk.prints.*; the review UI publishes review.decisions. In an account-separated deployment, grant each
// service's user exactly those publish subjects plus $JS.API.> for its own
// consumers.
package topology

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Streams.
const (
	StreamArticles   = "ARTICLES"
	StreamFlagged    = "FLAGGED"
	StreamDLQ        = "DLQ"
	StreamAdvisories = "ADVISORIES"
	StreamReview     = "REVIEW"
	// StreamClaimPrints holds the claim prints of the newest flagged
	// articles, one message per article, which every flagger replica keeps
	// in memory (package flagger/streamcorpus).
	StreamClaimPrints = "CLAIMPRINTS"
	// StreamDedupeSigs holds the near-duplicate signatures of the newest
	// originals ingest has seen, one message per article, which every
	// ingest replica keeps in memory (package dedupe).
	StreamDedupeSigs = "DEDUPESIGS"
)

// Subjects.
const (
	SubjectArticles        = "copydesk.articles.>"
	SubjectIngested        = "copydesk.articles.ingested"
	SubjectCleaned         = "copydesk.articles.cleaned"
	SubjectClaimed         = "copydesk.articles.claimed"
	SubjectFlagged         = "copydesk.flagged"
	SubjectDLQPrefix       = "copydesk.dlq"
	SubjectDLQ             = SubjectDLQPrefix + ".>"
	SubjectReviewDecisions = "review.decisions"
	// SubjectClaimPrintsPrefix.<article id> carries an article's claim prints.
	SubjectClaimPrintsPrefix = "copydesk.prints"
	SubjectClaimPrints       = SubjectClaimPrintsPrefix + ".>"
	// SubjectDedupeSigsPrefix.<article id> carries an original's
	// near-duplicate signature (empty: withdrawn).
	SubjectDedupeSigsPrefix = "copydesk.dedupe.sigs"
	SubjectDedupeSigs       = SubjectDedupeSigsPrefix + ".*"
	// SubjectMaxDeliveries matches the max-deliveries advisories of every
	// consumer on ARTICLES ($JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.<stream>.<consumer>).
	SubjectMaxDeliveries = "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + StreamArticles + ".*"
)

// Buckets.
const (
	BucketHTML      = "copydesk-html"      // object store: raw HTML above the message threshold
	BucketDocs      = "copydesk-docs"      // object store: enriched articles too large for a message (package docref)
	BucketDedupe    = "copydesk-dedupe"    // KV: ingest duplicate index
	BucketTemplates = "copydesk-templates" // KV: clean per-source boilerplate memory
)

// BucketDocsDescription describes BucketDocs.
const BucketDocsDescription = "articles too large for a message; header Copydesk-Doc-Ref names the object"

// Stage names, which also name the durable consumers.
const (
	StageIngest  = "ingest"
	StageClean   = "clean"
	StageClaims  = "claims"
	StageFlagger = "flagger"
)

// ConsumerDLQMover is the durable consumer of the dead-letter mover on
// ADVISORIES.
const ConsumerDLQMover = "dlq-mover"

// DLQSubject is the dead-letter subject of stage.
func DLQSubject(stage string) string { return SubjectDLQPrefix + "." + stage }

// Route is where a stage reads and writes. Output is empty for a stage whose
// results go only to the store.
type Route struct {
	Stage  string
	Input  string
	Output string
}

// Routes lists the consuming stages in pipeline order.
func Routes() []Route {
	return []Route{
		{Stage: StageClean, Input: SubjectIngested, Output: SubjectCleaned},
		{Stage: StageClaims, Input: SubjectCleaned, Output: SubjectClaimed},
		{Stage: StageFlagger, Input: SubjectClaimed, Output: SubjectFlagged},
	}
}

// RouteOf returns the route of stage.
func RouteOf(stage string) (Route, bool) {
	for _, r := range Routes() {
		if r.Stage == stage {
			return r, true
		}
	}
	return Route{}, false
}

// Config sizes the topology.
type Config struct {
	// Replicas of every stream and bucket (1 for a single server, 3 for a
	// cluster).
	Replicas int
	// Memory keeps everything in memory instead of files (benchmarks).
	Memory bool
	// DuplicateWindow is how long Nats-Msg-Id dedupe remembers an id on
	// ARTICLES and FLAGGED; it must exceed the longest redelivery cycle
	// (runner.Config.RedeliveryCycle: 65 s with the runner's defaults), so
	// that a stage that published and died before acking does not publish
	// the article twice. The server keeps every id of the window in
	// memory, about 120 bytes each and four an article: at 300 articles a
	// second the default 2-minute window is ~17 MB, a 10-minute one five
	// times that, all of it pointers for its garbage collector to trace.
	DuplicateWindow time.Duration
	// MaxAge bounds how long FLAGGED keeps articles for the review UI.
	MaxAge time.Duration
	// DLQMaxAge bounds how long dead letters are kept.
	DLQMaxAge time.Duration
	// DedupeTTL is how long the duplicate index remembers an article: a
	// copy of an older one is no longer linked.
	DedupeTTL time.Duration
	// DedupeMaxNear bounds DEDUPESIGS: near duplicates are found among the
	// newest this many originals (dedupe.KVConfig.MaxNear, which bounds
	// each ingest replica's copy in memory the same way), exact ones for
	// DedupeTTL.
	DedupeMaxNear int64
	// TemplatesTTL drops a source's template memory when the source has
	// not been seen for that long (eight half-lives of the memory's decay).
	TemplatesTTL time.Duration
	// AdvisoryMaxAge bounds how long unprocessed advisories are kept.
	AdvisoryMaxAge time.Duration
	// MaxMsgSize is the largest article message in bytes (0: server limit).
	MaxMsgSize int32
	// CorpusMaxArticles and CorpusMaxAge bound the flagger's shared claim
	// corpus (CLAIMPRINTS): the cross-article checks compare an article
	// with the claims of at most this many newest articles, no older than
	// this. Every flagger replica holds the corpus in memory, about 3 KiB
	// an article (BenchmarkWindowMemory in flagger/streamcorpus).
	CorpusMaxArticles int64
	CorpusMaxAge      time.Duration
}

// DefaultConfig is a single-server topology.
func DefaultConfig() Config {
	return Config{
		Replicas:        1,
		DuplicateWindow: 2 * time.Minute,
		MaxAge:          30 * 24 * time.Hour,
		DLQMaxAge:       30 * 24 * time.Hour,
		AdvisoryMaxAge:  7 * 24 * time.Hour,
		DedupeTTL:       30 * 24 * time.Hour,
		DedupeMaxNear:   16384,
		TemplatesTTL:    112 * 24 * time.Hour,

		CorpusMaxArticles: 10000,
		CorpusMaxAge:      30 * 24 * time.Hour,
	}
}

// Validate reports the first invalid field.
func (c Config) Validate() error {
	switch {
	case c.Replicas < 1 || c.Replicas > 5:
		return fmt.Errorf("topology: config: replicas %d not in 1..5", c.Replicas)
	case c.DuplicateWindow <= 0:
		return errors.New("topology: config: duplicate window must be positive")
	case c.MaxAge < 0 || c.DLQMaxAge < 0 || c.AdvisoryMaxAge < 0:
		return errors.New("topology: config: negative max age")
	case c.MaxMsgSize < 0:
		return errors.New("topology: config: negative max message size")
	case c.DedupeTTL <= 0 || c.DedupeMaxNear < 1:
		return errors.New("topology: config: the duplicate index needs a positive TTL and max near")
	case c.CorpusMaxArticles < 1 || c.CorpusMaxAge <= 0:
		return errors.New("topology: config: the claim corpus needs a positive max articles and max age")
	}
	return nil
}

// Streams returns the stream configurations Ensure applies.
func (c Config) Streams() []jetstream.StreamConfig {
	st := jetstream.FileStorage
	if c.Memory {
		st = jetstream.MemoryStorage
	}
	return []jetstream.StreamConfig{
		{
			Name:        StreamArticles,
			Description: "articles between pipeline stages (work queue)",
			Subjects:    []string{SubjectArticles},
			Retention:   jetstream.WorkQueuePolicy,
			Storage:     st,
			Replicas:    c.Replicas,
			Duplicates:  c.DuplicateWindow,
			MaxMsgSize:  c.MaxMsgSize,
			Discard:     jetstream.DiscardOld,
		},
		{
			Name:        StreamFlagged,
			Description: "flagged articles for review",
			Subjects:    []string{SubjectFlagged},
			Retention:   jetstream.LimitsPolicy,
			Storage:     st,
			Replicas:    c.Replicas,
			Duplicates:  c.DuplicateWindow,
			MaxAge:      c.MaxAge,
			MaxMsgSize:  c.MaxMsgSize,
		},
		{
			Name:        StreamDLQ,
			Description: "dead letters: articles a stage could not process, with stage, error and deliveries in headers",
			Subjects:    []string{SubjectDLQ},
			Retention:   jetstream.LimitsPolicy,
			Storage:     st,
			Replicas:    c.Replicas,
			Duplicates:  c.DuplicateWindow,
			MaxAge:      c.DLQMaxAge,
		},
		{
			Name:        StreamAdvisories,
			Description: "max-deliveries advisories of ARTICLES consumers, for the dead-letter mover",
			Subjects:    []string{SubjectMaxDeliveries},
			Retention:   jetstream.WorkQueuePolicy,
			Storage:     st,
			Replicas:    c.Replicas,
			MaxAge:      c.AdvisoryMaxAge,
		},
		{
			Name:        StreamReview,
			Description: "editor decisions from the review UI",
			Subjects:    []string{SubjectReviewDecisions},
			Retention:   jetstream.LimitsPolicy,
			Storage:     st,
			Replicas:    c.Replicas,
			Duplicates:  c.DuplicateWindow,
		},
		{
			Name:              StreamClaimPrints,
			Description:       "claim prints of the newest flagged articles, one message per article, for the flaggers' cross-article checks",
			Subjects:          []string{SubjectClaimPrints},
			Retention:         jetstream.LimitsPolicy,
			Storage:           st,
			Replicas:          c.Replicas,
			MaxMsgsPerSubject: 1,
			MaxMsgs:           c.CorpusMaxArticles,
			MaxAge:            c.CorpusMaxAge,
			Discard:           jetstream.DiscardOld,
		},
		{
			Name:              StreamDedupeSigs,
			Description:       "ingest near-duplicate signatures of the newest originals, one message per article",
			Subjects:          []string{SubjectDedupeSigs},
			Retention:         jetstream.LimitsPolicy,
			Storage:           st,
			Replicas:          c.Replicas,
			MaxMsgsPerSubject: 1,
			MaxMsgs:           c.DedupeMaxNear,
			MaxAge:            c.DedupeTTL,
			Discard:           jetstream.DiscardOld,
		},
	}
}

// Ensure creates the streams, the object stores and the KV buckets, or
// updates them to cfg when they exist. It is safe to run from every process
// at start-up.
func Ensure(ctx context.Context, js jetstream.JetStream, cfg Config) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	for _, sc := range cfg.Streams() {
		if err := retryAPI(ctx, func(ctx context.Context) error {
			_, err := js.CreateOrUpdateStream(ctx, sc)
			return err
		}); err != nil {
			return fmt.Errorf("topology: ensure stream %s: %w", sc.Name, err)
		}
	}
	st := jetstream.FileStorage
	if cfg.Memory {
		st = jetstream.MemoryStorage
	}
	if err := retryAPI(ctx, func(ctx context.Context) error {
		_, err := js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
			Bucket:      BucketHTML,
			Description: "raw HTML too large for a message; Article.HTMLRef names the object",
			Storage:     st,
			Replicas:    cfg.Replicas,
			TTL:         cfg.MaxAge,
		})
		return err
	}); err != nil {
		return fmt.Errorf("topology: ensure object store %s: %w", BucketHTML, err)
	}
	if err := retryAPI(ctx, func(ctx context.Context) error {
		_, err := js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
			Bucket:      BucketDocs,
			Description: BucketDocsDescription,
			Storage:     st,
			Replicas:    cfg.Replicas,
			TTL:         cfg.MaxAge,
		})
		return err
	}); err != nil {
		return fmt.Errorf("topology: ensure object store %s: %w", BucketDocs, err)
	}
	for _, kv := range []jetstream.KeyValueConfig{
		{Bucket: BucketDedupe, Description: "ingest duplicate index", Storage: st, Replicas: cfg.Replicas, History: 1, TTL: cfg.DedupeTTL},
		{Bucket: BucketTemplates, Description: "clean per-source boilerplate memory", Storage: st, Replicas: cfg.Replicas, History: 1, TTL: cfg.TemplatesTTL},
	} {
		if err := retryAPI(ctx, func(ctx context.Context) error {
			_, err := js.CreateOrUpdateKeyValue(ctx, kv)
			return err
		}); err != nil {
			return fmt.Errorf("topology: ensure kv %s: %w", kv.Bucket, err)
		}
	}
	return nil
}

// apiAttemptTimeout bounds one JetStream API request of Ensure. In a
// cluster a request can go unanswered (a meta leader election, a server
// still catching up): waiting for it until the caller's deadline would stall
// start-up on one lost reply, so Ensure asks again.
const apiAttemptTimeout = 10 * time.Second

// retryAPI runs f, each attempt bounded by apiAttemptTimeout, until it
// succeeds, fails with an error that asking again cannot help, or ctx ends
// (then it returns the last attempt's error).
func retryAPI(ctx context.Context, f func(ctx context.Context) error) error {
	return retry(ctx, apiAttemptTimeout, 250*time.Millisecond, 2*time.Second, f)
}

func retry(ctx context.Context, attempt, backoff, maxBackoff time.Duration, f func(ctx context.Context) error) error {
	for {
		actx, cancel := context.WithTimeout(ctx, attempt)
		err := f(actx)
		cancel()
		if err == nil || !transient(err) {
			return err
		}
		t := time.NewTimer(backoff)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		backoff = min(2*backoff, maxBackoff)
	}
}

// errCodeClusterNoPeers is JetStream's "no suitable peers for placement"
// (JSClusterNoPeersErr); nats.go has no constant for it.
const errCodeClusterNoPeers jetstream.ErrorCode = 10005

// transient reports whether a JetStream API error may pass when asked
// again: no answer in time, the cluster answering that it is not ready
// (503), or no placement because a peer is offline: right after a cluster
// forms or a server restarts, the meta leader can count a peer offline for
// a moment after it is back. Anything else, JetStream not enabled and
// placement that fails for want of storage or servers included, fails at
// once.
func transient(err error) bool {
	var apiErr *jetstream.APIError
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, nats.ErrTimeout):
		return true
	case errors.As(err, &apiErr):
		switch apiErr.ErrorCode {
		case jetstream.JSErrCodeJetStreamNotEnabled, jetstream.JSErrCodeJetStreamNotEnabledForAccount:
			return false // also a 503, but configuration: asking again cannot help
		case errCodeClusterNoPeers:
			return strings.Contains(apiErr.Description, "peer offline")
		}
		return apiErr.Code == 503
	}
	return false
}

// MsgID is the Nats-Msg-Id of an article published by stage at version:
// <article id>.<stage>.<version>, so a redelivered article that is processed
// again is deduplicated downstream.
func MsgID(articleID, stage, version string) string {
	return articleID + "." + stage + "." + version
}

// StageFromDLQSubject returns the stage of a dead-letter subject.
func StageFromDLQSubject(subject string) (string, bool) {
	return strings.CutPrefix(subject, SubjectDLQPrefix+".")
}
