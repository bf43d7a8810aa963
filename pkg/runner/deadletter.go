package runner

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/copydesk/copydesk/pkg/docref"
)

// Headers of a dead letter. Its body is the original message body (the
// article JSON, or whatever failed to decode) unchanged, so it can be
// republished to Subject once the cause is fixed. A message whose article
// was in the object store keeps its docref.HeaderRef (and an empty body):
// republish it with that header while the object lives.
const (
	HeaderStage      = "Copydesk-Stage"       // stage that failed
	HeaderReason     = "Copydesk-Reason"      // ReasonPermanent, ReasonExhausted or ReasonAbandoned
	HeaderError      = "Copydesk-Error"       // the error text
	HeaderDeliveries = "Copydesk-Deliveries"  // delivery count when it was dead-lettered
	HeaderArticleID  = docref.HeaderArticleID // article id, when the body decoded or a reference carried it
	HeaderSubject    = "Copydesk-Subject"     // original subject
	HeaderStream     = "Copydesk-Stream"      // original stream
	HeaderStreamSeq  = "Copydesk-Stream-Seq"  // original stream sequence
	HeaderFailedAt   = "Copydesk-Failed-At"   // RFC 3339 time of the dead-lettering
)

// Reasons a message is dead-lettered.
const (
	// ReasonPermanent: the stage (or decoding) returned a permanent error.
	ReasonPermanent = "permanent"
	// ReasonExhausted: retryable errors on every one of MaxDeliver deliveries.
	ReasonExhausted = "exhausted"
	// ReasonAbandoned: deliveries ran out with no outcome recorded (the
	// worker died or overran AckWait); moved by the DLQMover.
	ReasonAbandoned = "abandoned"
)

// deadLetter is one message on its way to the dead-letter stream.
type deadLetter struct {
	Stage      string
	Reason     string
	Err        string
	Deliveries uint64
	ArticleID  string
	Subject    string
	Stream     string
	StreamSeq  uint64
	DocRef     string // docref.HeaderRef of the original, if any
	Data       []byte
}

// publishDeadLetter publishes dl to prefix.<stage> and waits for the ack.
// The Nats-Msg-Id is derived from the original stream position, so a retried
// dead-lettering of the same message is deduplicated.
func publishDeadLetter(ctx context.Context, js jetstream.JetStream, prefix string, dl deadLetter) error {
	m := nats.NewMsg(prefix + "." + dl.Stage)
	m.Data = dl.Data
	m.Header.Set(jetstream.MsgIDHeader, fmt.Sprintf("%s.%d.dlq", dl.Stream, dl.StreamSeq))
	m.Header.Set(HeaderStage, dl.Stage)
	m.Header.Set(HeaderReason, dl.Reason)
	m.Header.Set(HeaderError, oneLine(dl.Err, 1024))
	m.Header.Set(HeaderDeliveries, strconv.FormatUint(dl.Deliveries, 10))
	if dl.ArticleID != "" {
		m.Header.Set(HeaderArticleID, dl.ArticleID)
	}
	if dl.DocRef != "" {
		m.Header.Set(docref.HeaderRef, dl.DocRef)
	}
	m.Header.Set(HeaderSubject, dl.Subject)
	m.Header.Set(HeaderStream, dl.Stream)
	m.Header.Set(HeaderStreamSeq, strconv.FormatUint(dl.StreamSeq, 10))
	m.Header.Set(HeaderFailedAt, time.Now().UTC().Format(time.RFC3339Nano))
	if _, err := js.PublishMsg(ctx, m); err != nil {
		return fmt.Errorf("publish dead letter to %s: %w", m.Subject, err)
	}
	return nil
}

// peekID returns the "id" field of an article JSON body, or "".
func peekID(data []byte) string {
	var v struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(data, &v) != nil {
		return ""
	}
	return v.ID
}

// oneLine makes s fit a header: no line breaks, at most n bytes.
func oneLine(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, s)
	if len(s) > n {
		s = strings.ToValidUTF8(s[:n], "")
	}
	return s
}
