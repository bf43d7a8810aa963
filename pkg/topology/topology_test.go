package topology

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/goleak"

	"github.com/copydesk/copydesk/pkg/natsembed"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestEnsureCreatesAndIsIdempotent(t *testing.T) {
	s := natsembed.RunForTest(t)
	nc, err := nats.Connect(s.ClientURL())
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
	cfg := DefaultConfig()
	for range 2 {
		if err := Ensure(ctx, js, cfg); err != nil {
			t.Fatal(err)
		}
	}
	wantStreams := map[string]struct {
		subject   string
		retention jetstream.RetentionPolicy
	}{
		StreamArticles:    {SubjectArticles, jetstream.WorkQueuePolicy},
		StreamFlagged:     {SubjectFlagged, jetstream.LimitsPolicy},
		StreamDLQ:         {SubjectDLQ, jetstream.LimitsPolicy},
		StreamAdvisories:  {SubjectMaxDeliveries, jetstream.WorkQueuePolicy},
		StreamReview:      {SubjectReviewDecisions, jetstream.LimitsPolicy},
		StreamClaimPrints: {SubjectClaimPrints, jetstream.LimitsPolicy},
		StreamDedupeSigs:  {SubjectDedupeSigs, jetstream.LimitsPolicy},
	}
	for name, want := range wantStreams {
		t.Run(name, func(t *testing.T) {
			st, err := js.Stream(ctx, name)
			if err != nil {
				t.Fatal(err)
			}
			info := st.CachedInfo()
			if len(info.Config.Subjects) != 1 || info.Config.Subjects[0] != want.subject {
				t.Errorf("subjects %v, want [%s]", info.Config.Subjects, want.subject)
			}
			if info.Config.Retention != want.retention {
				t.Errorf("retention %v, want %v", info.Config.Retention, want.retention)
			}
		})
	}
	for _, b := range []string{BucketHTML, BucketDocs} {
		if _, err := js.ObjectStore(ctx, b); err != nil {
			t.Errorf("object store %s: %v", b, err)
		}
	}
	for _, b := range []string{BucketDedupe, BucketTemplates} {
		if _, err := js.KeyValue(ctx, b); err != nil {
			t.Errorf("kv %s: %v", b, err)
		}
	}
	// Every stage subject lands in the stream that should hold it.
	for _, subj := range []string{SubjectIngested, SubjectCleaned, SubjectClaimed, SubjectFlagged, DLQSubject("clean"), SubjectReviewDecisions,
		SubjectClaimPrintsPrefix + ".a1", SubjectDedupeSigsPrefix + ".a1"} {
		if _, err := js.Publish(ctx, subj, []byte(`{}`)); err != nil {
			t.Errorf("publish %s: %v", subj, err)
		}
	}
	// Changing the config updates in place.
	cfg.MaxAge = time.Hour
	if err := Ensure(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	st, _ := js.Stream(ctx, StreamFlagged)
	if got := st.CachedInfo().Config.MaxAge; got != time.Hour {
		t.Errorf("FLAGGED max age %s after update, want 1h", got)
	}
}

func TestRoutesChain(t *testing.T) {
	rs := Routes()
	if rs[0].Input != SubjectIngested {
		t.Errorf("first stage reads %s, want %s", rs[0].Input, SubjectIngested)
	}
	for i := 1; i < len(rs); i++ {
		if rs[i].Input != rs[i-1].Output {
			t.Errorf("%s reads %s but %s writes %s", rs[i].Stage, rs[i].Input, rs[i-1].Stage, rs[i-1].Output)
		}
	}
	if r, ok := RouteOf(StageFlagger); !ok || r.Output != SubjectFlagged {
		t.Errorf("RouteOf(flagger) = %+v, %v", r, ok)
	}
	if _, ok := RouteOf("nope"); ok {
		t.Error("RouteOf(nope) found a route")
	}
}

func TestNames(t *testing.T) {
	tests := []struct{ name, got, want string }{
		{"dlq subject", DLQSubject("claims"), "copydesk.dlq.claims"},
		{"msg id", MsgID("01ABC", "clean", "3"), "01ABC.clean.3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
	if s, ok := StageFromDLQSubject("copydesk.dlq.flagger"); !ok || s != "flagger" {
		t.Errorf("StageFromDLQSubject = %q, %v", s, ok)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr string
	}{
		{"defaults", func(*Config) {}, ""},
		{"no replicas", func(c *Config) { c.Replicas = 0 }, "replicas"},
		{"no duplicate window", func(c *Config) { c.DuplicateWindow = 0 }, "duplicate window"},
		{"negative age", func(c *Config) { c.DLQMaxAge = -1 }, "max age"},
		{"no near bound", func(c *Config) { c.DedupeMaxNear = 0 }, "max near"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.mutate(&c)
			err := c.Validate()
			if tt.wantErr == "" && err != nil {
				t.Fatal(err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("error %v, want %q", err, tt.wantErr)
			}
		})
	}
}

// TestRetry: Ensure asks again after an unanswered or not-ready JetStream
// API request, and gives up at once on any other error or when its context
// ends.
func TestRetry(t *testing.T) {
	timeout := fmt.Errorf("nats: %w", context.DeadlineExceeded)
	notReady := &jetstream.APIError{Code: 503, ErrorCode: 10008, Description: "JetStream system temporarily unavailable"}
	permanent := &jetstream.APIError{Code: 400, ErrorCode: jetstream.JSErrCodeStreamNameInUse, Description: "stream name already in use"}
	peerOffline := &jetstream.APIError{Code: 400, ErrorCode: 10005, Description: "no suitable peers for placement, peer offline"}
	tooFewPeers := &jetstream.APIError{Code: 400, ErrorCode: 10005, Description: "no suitable peers for placement, insufficient storage"}
	tests := []struct {
		name      string
		errs      []error // one per attempt; then success
		ctxFor    time.Duration
		wantCalls int
		wantErr   error
	}{
		{name: "first try", wantCalls: 1},
		{name: "after timeouts", errs: []error{timeout, timeout}, wantCalls: 3},
		{name: "after not ready", errs: []error{notReady}, wantCalls: 2},
		{name: "permanent error", errs: []error{permanent, nil}, wantCalls: 1, wantErr: permanent},
		{name: "after a peer offline", errs: []error{peerOffline, peerOffline}, wantCalls: 3},
		{name: "no peers with storage fails at once", errs: []error{tooFewPeers, nil}, wantCalls: 1, wantErr: tooFewPeers},
		{name: "not enabled fails at once", errs: []error{jetstream.ErrJetStreamNotEnabled}, wantCalls: 1, wantErr: jetstream.ErrJetStreamNotEnabled},
		{name: "context ends", errs: []error{timeout, timeout, timeout, timeout, timeout, timeout, timeout, timeout}, ctxFor: 25 * time.Millisecond, wantErr: context.DeadlineExceeded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			if tt.ctxFor > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.ctxFor)
				defer cancel()
			}
			calls := 0
			err := retry(ctx, time.Second, 10*time.Millisecond, 20*time.Millisecond, func(actx context.Context) error {
				if _, ok := actx.Deadline(); !ok {
					t.Error("attempt without a deadline")
				}
				calls++
				if calls <= len(tt.errs) {
					return tt.errs[calls-1]
				}
				return nil
			})
			if !errors.Is(err, tt.wantErr) || (tt.wantErr == nil) != (err == nil) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
			if tt.wantCalls > 0 && calls != tt.wantCalls {
				t.Errorf("%d attempts, want %d", calls, tt.wantCalls)
			}
		})
	}
}
