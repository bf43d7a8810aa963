// Package docref carries an article too large for one NATS message: the
// sender keeps its body in a JetStream object store and publishes the
// message with an empty body and a reference in its headers (the
// claim-check pattern); the receiver fetches the body back.
//
// A stage's enriched article can outgrow the server's max_payload even when
// the article it received fit: clean turns every line of a text into a
// block, so 1 MB of 40,000 short lines becomes more than 4 MiB of JSON. With
// a reference such an article goes on through the pipeline instead of being
// dead-lettered.
//
// A message that carries a reference has headers HeaderRef (the object's
// name in Bucket) and HeaderArticleID, and no body. Objects are named after
// the message's Nats-Msg-Id, so a redelivered stage that publishes again
// writes the same object; they expire with the bucket's TTL
// (topology.Config.MaxAge), like the messages of FLAGGED that may name them.
package docref

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/copydesk/copydesk/pkg/topology"
)

// Headers of a message whose body is in the object store.
const (
	HeaderRef       = "Copydesk-Doc-Ref"    // object name in Bucket
	HeaderArticleID = "Copydesk-Article-Id" // the article's id, since the body is not there to read it from
)

// Bucket is the object store that holds the bodies.
const Bucket = topology.BucketDocs

// HeaderRoom is what Inline leaves of the server's max_payload for the
// message's headers (subject, Nats-Msg-Id, trace headers).
const HeaderRoom = 8 << 10

// ErrGone is returned by Body when the referenced object does not exist (it
// expired, or the bucket was removed) after Body has looked for it for a
// while.
var ErrGone = errors.New("docref: referenced body is gone")

// Store puts and gets bodies. The zero value is not usable; use New. It is
// safe for concurrent use.
type Store struct {
	js     jetstream.JetStream
	bucket string
	ttl    time.Duration

	mu sync.Mutex
	os jetstream.ObjectStore
}

// New returns a Store on js. The bucket is opened on first use, and created
// (with ttl) if it does not exist yet; topology.Ensure normally creates it.
func New(js jetstream.JetStream, ttl time.Duration) *Store {
	return &Store{js: js, bucket: Bucket, ttl: ttl}
}

// Inline reports whether a body of n bytes fits a message on nc.
func Inline(nc *nats.Conn, n int) bool {
	if nc == nil {
		return true
	}
	limit := nc.MaxPayload()
	if limit <= 0 { // not connected yet: the publish itself will tell
		return true
	}
	return int64(n) <= limit-HeaderRoom
}

func (s *Store) open(ctx context.Context) (jetstream.ObjectStore, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.os != nil {
		return s.os, nil
	}
	os, err := s.js.ObjectStore(ctx, s.bucket)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		os, err = s.js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
			Bucket:      s.bucket,
			Description: topology.BucketDocsDescription,
			TTL:         s.ttl,
		})
	}
	if err != nil {
		return nil, fmt.Errorf("docref: open object store %s: %w", s.bucket, err)
	}
	s.os = os
	return os, nil
}

// Attach puts data in the object store under name and turns m into a
// message that refers to it: empty body, HeaderRef and HeaderArticleID set.
func (s *Store) Attach(ctx context.Context, m *nats.Msg, name, articleID string, data []byte) error {
	os, err := s.open(ctx)
	if err != nil {
		return err
	}
	if _, err := os.PutBytes(ctx, name, data); err != nil {
		return fmt.Errorf("docref: put %s: %w", name, err)
	}
	if m.Header == nil {
		m.Header = nats.Header{}
	}
	m.Data = nil
	m.Header.Set(HeaderRef, name)
	m.Header.Set(HeaderArticleID, articleID)
	return nil
}

// Body returns a message's article body: data itself when h has no
// HeaderRef, else the referenced object. A reference to an object that is
// gone is ErrGone.
func (s *Store) Body(ctx context.Context, h nats.Header, data []byte) ([]byte, error) {
	name := h.Get(HeaderRef)
	if name == "" {
		return data, nil
	}
	os, err := s.open(ctx)
	if err != nil {
		return nil, err
	}
	// On a replicated bucket a read may reach a replica that has not yet
	// applied the put acknowledged a moment ago: a missing object is
	// looked for again for a while before it counts as gone.
	wait := notFoundWait
	for {
		b, err := os.GetBytes(ctx, name)
		if err == nil {
			return b, nil
		}
		if !errors.Is(err, jetstream.ErrObjectNotFound) {
			return nil, fmt.Errorf("docref: get %s: %w", name, err)
		}
		if wait > maxNotFoundWait {
			return nil, fmt.Errorf("%w: %s", ErrGone, name)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("docref: get %s: %w", name, ctx.Err())
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// notFoundWait is the first wait before a missing object is looked for
// again; the waits double up to maxNotFoundWait (1.55 s in all).
const (
	notFoundWait    = 50 * time.Millisecond
	maxNotFoundWait = 800 * time.Millisecond
)
