package ingest

import (
	"context"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
)

// HTMLBucket is the object store bucket for large raw HTML.
const HTMLBucket = "copydesk-html"

// JetStreamPublisher publishes with a message id and waits for the ack.
type JetStreamPublisher struct {
	js jetstream.JetStream
}

// NewJetStreamPublisher returns a Publisher on js.
func NewJetStreamPublisher(js jetstream.JetStream) *JetStreamPublisher {
	return &JetStreamPublisher{js: js}
}

// Publish implements Publisher.
func (p *JetStreamPublisher) Publish(ctx context.Context, subject, msgID string, data []byte) error {
	if _, err := p.js.Publish(ctx, subject, data, jetstream.WithMsgID(msgID)); err != nil {
		return fmt.Errorf("ingest: publish %s: %w", subject, err)
	}
	return nil
}

// JetStreamObjects keeps large HTML in a JetStream object store.
type JetStreamObjects struct {
	os jetstream.ObjectStore
}

// NewJetStreamObjects opens the bucket (HTMLBucket when empty), creating it
// when it does not exist.
func NewJetStreamObjects(ctx context.Context, js jetstream.JetStream, bucket string) (*JetStreamObjects, error) {
	if bucket == "" {
		bucket = HTMLBucket
	}
	os, err := js.ObjectStore(ctx, bucket)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		os, err = js.CreateObjectStore(ctx, jetstream.ObjectStoreConfig{Bucket: bucket, Description: "copydesk raw HTML"})
		if err != nil { // another replica may have created it meanwhile
			if os2, err2 := js.ObjectStore(ctx, bucket); err2 == nil {
				os, err = os2, nil
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("ingest: open object store %s: %w", bucket, err)
	}
	return &JetStreamObjects{os: os}, nil
}

// Put implements Objects.
func (o *JetStreamObjects) Put(ctx context.Context, name string, data []byte) error {
	if _, err := o.os.PutBytes(ctx, name, data); err != nil {
		return fmt.Errorf("ingest: put object %s: %w", name, err)
	}
	return nil
}
