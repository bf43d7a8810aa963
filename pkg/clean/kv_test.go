package clean

import (
	"context"
	"strings"
	"testing"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/clean/memory"
	"github.com/copydesk/copydesk/pkg/natsembed"
)

// TestTemplateMemoryKV runs two stage replicas sharing the JetStream KV
// memory of a real in-process nats-server: what one replica saw, the other
// knows.
func TestTemplateMemoryKV(t *testing.T) {
	srv := natsembed.RunForTest(t)
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var replicas []*Stage
	for range 2 {
		mem, err := memory.OpenKV(ctx, js, memory.DefaultConfig())
		if err != nil {
			t.Fatal(err)
		}
		s, err := New(DefaultConfig(), Deps{Memory: mem}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		replicas = append(replicas, s)
	}
	promo := "Our independent reporting relies on readers like you who chip in every single month to keep it going."
	bodies := []string{
		"The council voted on Tuesday to approve the new budget after a long debate about the cost of the repairs.",
		"Heavy rain flooded several streets in the old town overnight, and the fire service pumped out dozens of cellars.",
		"Police said they were looking for witnesses after a van crashed into a shop window early on Sunday morning.",
	}
	var last *article.Article
	for i, b := range bodies {
		a := &article.Article{ID: string(rune('a' + i)), Source: "example.org", Text: b + "\n\n" + promo + "\n"}
		if err := replicas[i%2].Process(ctx, a); err != nil {
			t.Fatal(err)
		}
		last = a
	}
	if strings.Contains(last.MainText, "chip in") || !strings.Contains(last.MainText, "van crashed") {
		t.Errorf("main text %q", last.MainText)
	}
}
