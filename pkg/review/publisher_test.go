package review

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/goleak"

	"github.com/copydesk/copydesk/pkg/natsembed"
)

func TestJetStreamPublisher(t *testing.T) {
	// Registered before the server's cleanup, so it runs after the server
	// has shut down.
	ignore := goleak.IgnoreCurrent()
	t.Cleanup(func() { goleak.VerifyNone(t, ignore) })
	ns := natsembed.RunForTest(t)
	nc, err := nats.Connect(ns.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	stream, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: "REVIEW", Subjects: []string{DecisionsSubject}})
	if err != nil {
		t.Fatal(err)
	}
	pub := NewJetStreamPublisher(js)
	d := Decision{ID: "01TEST", ArticleID: "a1", FlagIdx: 2, FlagCode: "seo_spam", Action: "dismiss", Reason: "r", Editor: "alice",
		CreatedAt: time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)}
	for i := 0; i < 2; i++ { // a retried publish is stored once
		if err := pub.PublishDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	info, err := stream.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 1 {
		t.Fatalf("stream holds %d messages, want 1", info.State.Msgs)
	}
	msg, err := stream.GetMsg(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	var got Decision
	if err := json.Unmarshal(msg.Data, &got); err != nil {
		t.Fatal(err)
	}
	if got != d || msg.Header.Get(jetstream.MsgIDHeader) != "01TEST" {
		t.Errorf("published %+v (msg id %q), want %+v", got, msg.Header.Get(jetstream.MsgIDHeader), d)
	}
}
