package review

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/copydesk/copydesk/pkg/review/reviewdb"
)

// Decision is an editor's decision on one flag, as stored, published and
// exported.
type Decision = reviewdb.Decision

// DecisionsSubject is the JetStream subject decisions are published on.
const DecisionsSubject = "review.decisions"

// Publisher sends each stored decision downstream. A failed publish is
// logged and counted; the decision stays stored and exportable.
type Publisher interface {
	PublishDecision(ctx context.Context, d Decision) error
}

type nopPublisher struct{}

func (nopPublisher) PublishDecision(context.Context, Decision) error { return nil }

// JetStreamPublisher publishes decisions as JSON on a JetStream subject,
// with the decision id as Nats-Msg-Id so that a retried publish is stored
// once.
type JetStreamPublisher struct {
	JS      jetstream.JetStream
	Subject string // DecisionsSubject when empty
}

// NewJetStreamPublisher publishes on DecisionsSubject.
func NewJetStreamPublisher(js jetstream.JetStream) *JetStreamPublisher {
	return &JetStreamPublisher{JS: js, Subject: DecisionsSubject}
}

// PublishDecision implements Publisher.
func (p *JetStreamPublisher) PublishDecision(ctx context.Context, d Decision) error {
	body, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("review: publish decision: %w", err)
	}
	subject := p.Subject
	if subject == "" {
		subject = DecisionsSubject
	}
	if _, err := p.JS.Publish(ctx, subject, body, jetstream.WithMsgID(d.ID)); err != nil {
		return fmt.Errorf("review: publish decision %s: %w", d.ID, err)
	}
	return nil
}
