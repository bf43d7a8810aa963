package deploy

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/compose-spec/compose-go/v2/types"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/copydesk/copydesk/deploy/internal/natstest"
)

const natsConfPath = "nats/nats.conf"

// natsUsers are the users nats.conf must define, one per service plus the
// operators' admin.
var natsUsers = []string{"admin", "claims", "clean", "flagger", "ingest", "review"}

var natsEnvRef = regexp.MustCompile(`\$(NATS_[A-Z0-9_]+)`)

// natsConfigVars lists the environment variables nats.conf reads.
func natsConfigVars(t *testing.T) []string {
	t.Helper()
	raw, err := os.ReadFile(natsConfPath)
	if err != nil {
		t.Fatal(err)
	}
	var vars []string
	for _, m := range natsEnvRef.FindAllStringSubmatch(string(raw), -1) {
		if !slices.Contains(vars, m[1]) {
			vars = append(vars, m[1])
		}
	}
	sort.Strings(vars)
	return vars
}

func natsEnvFromService(t *testing.T, s types.ServiceConfig) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, v := range natsConfigVars(t) {
		out[v] = env(s, v)
	}
	return out
}

// natsExampleEnv is deploy/env/nats.env.example.
func natsExampleEnv(t *testing.T) map[string]string {
	t.Helper()
	m, err := dotenv.Read("env/nats.env.example")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// natsOptions parses nats.conf with env as the environment.
func natsOptions(t *testing.T, env map[string]string) *server.Options {
	t.Helper()
	return natstest.Options(t, natsConfPath, env)
}

// assertNoAnonymous checks the parsed config: no anonymous fallback user,
// every user has a password, routes authenticate.
func assertNoAnonymous(t *testing.T, opts *server.Options) {
	t.Helper()
	if opts.NoAuthUser != "" {
		t.Errorf("no_auth_user %q lets anonymous clients in", opts.NoAuthUser)
	}
	if len(opts.Nkeys) > 0 || opts.Authorization != "" || opts.Username != "" {
		t.Error("only the per-account users are expected")
	}
	var names []string
	for _, u := range opts.Users {
		names = append(names, u.Username)
		if u.Password == "" {
			t.Errorf("user %s has no password", u.Username)
		}
		if u.Account == nil || u.Account.Name != "COPYDESK" {
			t.Errorf("user %s is not in account COPYDESK", u.Username)
		}
	}
	sort.Strings(names)
	if !slices.Equal(names, natsUsers) {
		t.Errorf("users %v, want %v", names, natsUsers)
	}
	if opts.Cluster.Username == "" || opts.Cluster.Password == "" {
		t.Error("cluster routes must authenticate")
	}
}

func TestNATSConfig(t *testing.T) {
	env := natsExampleEnv(t)
	env["NATS_SERVER_NAME"] = "nats-1"
	opts := natsOptions(t, env)
	assertNoAnonymous(t, opts)
	if opts.ServerName != "nats-1" || opts.Cluster.Name != "copydesk" || !opts.JetStream {
		t.Errorf("server_name %q, cluster %q, jetstream %v", opts.ServerName, opts.Cluster.Name, opts.JetStream)
	}
	if opts.HTTPPort != 8222 || opts.Port != 4222 || opts.Cluster.Port != 6222 {
		t.Errorf("ports client %d, monitoring %d, cluster %d; want 4222, 8222, 6222 (compose health checks and exporters use them)",
			opts.Port, opts.HTTPPort, opts.Cluster.Port)
	}

	t.Run("missing variable fails", func(t *testing.T) {
		env := natsExampleEnv(t)
		env["NATS_SERVER_NAME"] = "nats-1"
		for k, v := range env {
			t.Setenv(k, v)
		}
		os.Unsetenv("NATS_CLEAN_PASSWORD") // restored by t.Setenv's cleanup
		if _, err := server.ProcessConfigFile(natsConfPath); err == nil {
			t.Fatal("nats.conf loaded without NATS_CLEAN_PASSWORD")
		}
	})
}

// violations collects a connection's asynchronous errors.
type violations struct {
	mu   sync.Mutex
	errs []string
}

func (v *violations) handler(_ *nats.Conn, _ *nats.Subscription, err error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.errs = append(v.errs, err.Error())
}

func (v *violations) waitFor(substr string, d time.Duration) bool {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		v.mu.Lock()
		for _, e := range v.errs {
			if strings.Contains(e, substr) {
				v.mu.Unlock()
				return true
			}
		}
		v.mu.Unlock()
		time.Sleep(20 * time.Millisecond)
	}
	return false
}

// TestNATSCluster runs the three-node cluster of docker-compose.yml
// in-process from deploy/nats/nats.conf with the example passwords and
// checks authentication and each service user's permissions, including a
// replicated work-queue stream that a worker consumes under its permissions.
func TestNATSCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a three-node JetStream cluster")
	}
	env := natsExampleEnv(t)
	servers := natstest.StartCluster(t, natsConfPath, env)
	url := servers[0].ClientURL()
	connect := func(t *testing.T, user string) (*nats.Conn, *violations) {
		t.Helper()
		v := &violations{}
		nc, err := nats.Connect(url, nats.UserInfo(user, env["NATS_"+strings.ToUpper(user)+"_PASSWORD"]),
			nats.ErrorHandler(v.handler), nats.MaxReconnects(0))
		if err != nil {
			t.Fatalf("connect as %s: %v", user, err)
		}
		t.Cleanup(nc.Close)
		return nc, v
	}

	t.Run("anonymous refused", func(t *testing.T) {
		nc, err := nats.Connect(url, nats.MaxReconnects(0))
		if err == nil {
			nc.Close()
			t.Fatal("anonymous client connected")
		}
		if !errors.Is(err, nats.ErrAuthorization) && !strings.Contains(strings.ToLower(err.Error()), "authorization") {
			t.Fatalf("error %v, want an authorization violation", err)
		}
	})
	t.Run("wrong password refused", func(t *testing.T) {
		nc, err := nats.Connect(url, nats.UserInfo("ingest", "wrong"+env["NATS_INGEST_PASSWORD"]), nats.MaxReconnects(0))
		if err == nil {
			nc.Close()
			t.Fatal("connected with a wrong password")
		}
	})

	// The replicated stream, created by the operator user once the cluster
	// has elected a JetStream meta leader.
	admin, _ := connect(t, "admin")
	ajs, err := jetstream.New(admin)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	var lastErr error
	for {
		cctx, ccancel := context.WithTimeout(ctx, 2*time.Second)
		_, lastErr = ajs.CreateStream(cctx, jetstream.StreamConfig{
			Name: "ARTICLES", Subjects: []string{"copydesk.articles.>"},
			Retention: jetstream.WorkQueuePolicy, Replicas: 3,
		})
		ccancel()
		if lastErr == nil || ctx.Err() != nil {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if lastErr != nil {
		t.Fatalf("create R3 stream: %v", lastErr)
	}

	t.Run("monitoring healthz", func(t *testing.T) {
		// The compose health check and the exporters use the monitoring port.
		// A node reports unhealthy while it catches up with the new stream;
		// compose retries the check the same way.
		for _, s := range servers {
			status := ""
			for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
				resp, err := http.Get(fmt.Sprintf("http://%s/healthz", s.MonitorAddr()))
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if status = resp.Status; resp.StatusCode == http.StatusOK {
					break
				}
			}
			if status != "200 OK" {
				t.Errorf("%s /healthz: %s", s.Name(), status)
			}
		}
	})

	publishCases := []struct {
		user, subject string
		allowed       bool
	}{
		{"ingest", "copydesk.articles.ingested", true},
		{"ingest", "copydesk.articles.cleaned", false},
		{"ingest", "review.decisions", false},
		{"ingest", "copydesk.dedupe.sigs.01J0000000000000000000000", true},
		{"clean", "copydesk.dedupe.sigs.01J0000000000000000000000", false},
		{"clean", "copydesk.articles.cleaned", true},
		{"clean", "copydesk.dlq.clean", true},
		{"clean", "copydesk.articles.ingested", false},
		{"clean", "copydesk.dlq.claims", true}, // the shared dead-letter mover
		{"clean", "copydesk.flagged", false},
		{"claims", "copydesk.articles.claimed", true},
		{"claims", "copydesk.flagged", false},
		{"flagger", "copydesk.flagged", true},
		{"flagger", "copydesk.prints.01J0000000000000000000000", true},
		{"clean", "copydesk.prints.01J0000000000000000000000", false},
		{"flagger", "copydesk.articles.claimed", false},
		{"review", "review.decisions", true},
		{"review", "copydesk.articles.ingested", false},
		{"review", "copydesk.dlq.review", false},
		// An output too large for a message goes to the object store
		// copydesk-docs (pkg/docref): the stages may write it, ingest and
		// the review UI may not.
		{"clean", "$O.copydesk-docs.C.x", true},
		{"flagger", "$O.copydesk-docs.M.x", true},
		{"ingest", "$O.copydesk-docs.C.x", false},
		{"review", "$O.copydesk-docs.C.x", false},
	}
	for _, tc := range publishCases {
		verb := "denied"
		if tc.allowed {
			verb = "allowed"
		}
		t.Run(fmt.Sprintf("%s publish %s %s", tc.user, tc.subject, verb), func(t *testing.T) {
			sub, err := admin.SubscribeSync(tc.subject)
			if err != nil {
				t.Fatal(err)
			}
			defer sub.Unsubscribe()
			if err := admin.Flush(); err != nil {
				t.Fatal(err)
			}
			nc, v := connect(t, tc.user)
			if err := nc.Publish(tc.subject, []byte("{}")); err != nil {
				t.Fatal(err)
			}
			if err := nc.Flush(); err != nil {
				t.Fatal(err)
			}
			if tc.allowed {
				if _, err := sub.NextMsg(5 * time.Second); err != nil {
					t.Fatalf("message not delivered: %v", err)
				}
				return
			}
			if !v.waitFor("Permissions Violation", 5*time.Second) {
				t.Fatal("no permissions violation reported")
			}
			if msg, err := sub.NextMsg(200 * time.Millisecond); err == nil {
				t.Fatalf("denied message delivered: %q", msg.Subject)
			}
		})
	}

	t.Run("ingest publishes with ack, clean consumes and acks", func(t *testing.T) {
		ing, _ := connect(t, "ingest")
		ijs, err := jetstream.New(ing)
		if err != nil {
			t.Fatal(err)
		}
		ack, err := ijs.Publish(ctx, "copydesk.articles.ingested", []byte(`{"id":"x"}`), jetstream.WithMsgID("x.ingest.1"))
		if err != nil {
			t.Fatalf("ingest publish: %v", err)
		}
		if ack.Stream != "ARTICLES" {
			t.Fatalf("ack from stream %q", ack.Stream)
		}
		cl, _ := connect(t, "clean")
		cjs, err := jetstream.New(cl)
		if err != nil {
			t.Fatal(err)
		}
		cons, err := cjs.CreateOrUpdateConsumer(ctx, "ARTICLES", jetstream.ConsumerConfig{
			Durable: "clean", FilterSubject: "copydesk.articles.ingested", AckPolicy: jetstream.AckExplicitPolicy,
		})
		if err != nil {
			t.Fatalf("clean create consumer: %v", err)
		}
		// A consumer just created on a three-node cluster may have no
		// leader yet for a moment: its first fetch then finds no responders.
		for deadline := time.Now().Add(10 * time.Second); ; {
			msg, err := cons.Next(jetstream.FetchMaxWait(5 * time.Second))
			if errors.Is(err, nats.ErrNoResponders) && time.Now().Before(deadline) {
				time.Sleep(100 * time.Millisecond)
				continue
			}
			if err != nil {
				t.Fatalf("clean fetch: %v", err)
			}
			if err := msg.DoubleAck(ctx); err != nil {
				t.Fatalf("clean ack: %v", err)
			}
			if string(msg.Data()) == `{"id":"x"}` {
				break
			}
		}
		info, err := cons.Info(ctx)
		if err != nil {
			t.Fatalf("clean consumer info (pending metric): %v", err)
		}
		if info.NumPending != 0 {
			t.Errorf("pending %d after consuming everything", info.NumPending)
		}
	})

	t.Run("services cannot delete or purge streams", func(t *testing.T) {
		for _, user := range []string{"ingest", "clean", "claims", "flagger", "review"} {
			nc, v := connect(t, user)
			js, err := jetstream.New(nc)
			if err != nil {
				t.Fatal(err)
			}
			dctx, dcancel := context.WithTimeout(ctx, 300*time.Millisecond)
			err = js.DeleteStream(dctx, "ARTICLES")
			dcancel()
			if err == nil {
				t.Fatalf("%s deleted the stream", user)
			}
			if !v.waitFor("Permissions Violation", 5*time.Second) {
				t.Errorf("%s: delete failed (%v) but not for lack of permission", user, err)
			}
		}
		if _, err := ajs.Stream(ctx, "ARTICLES"); err != nil {
			t.Fatalf("stream gone: %v", err)
		}
	})
}
