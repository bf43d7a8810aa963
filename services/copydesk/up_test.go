package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/store/sqlite"
)

// syncBuffer is a bytes.Buffer safe for the concurrent writes of up.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestUpDemo brings the whole pipeline up on the embedded default, feeds the
// seeds, and checks they reach the store and /metrics, then shuts down.
func TestUpDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the whole pipeline")
	}
	dir := t.TempDir()
	c := upConfig{Settings: app.DefaultSettings(), NATSAddr: "127.0.0.1:0", Demo: true, Seeds: "../../seeds"}
	c.Addr = "127.0.0.1:0"
	c.DataDir = dir
	if err := c.Finish("up"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- up(ctx, c, []string{"test-token-0123456789"}, zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)), out)
	}()
	defer cancel()

	base := waitFor(t, 20*time.Second, func() (string, bool) {
		select {
		case err := <-done:
			t.Fatalf("up returned early: %v\n%s", err, out)
		default:
		}
		m := regexp.MustCompile(`ingest API\s+(http://\S+)/v1/articles`).FindStringSubmatch(out.String())
		if m == nil {
			return "", false
		}
		return m[1], true
	})
	// Every seed is processed by every stage and stored.
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	metrics := waitFor(t, 60*time.Second, func() (string, bool) {
		body := get(t, base+"/metrics")
		return body, strings.Contains(body, fmt.Sprintf(`copydesk_stage_processed_total{outcome="ok",stage="flagger"} %d`, len(seeds)))
	})
	for _, st := range []string{"clean", "claims"} {
		want := fmt.Sprintf(`copydesk_stage_processed_total{outcome="ok",stage="%s"} %d`, st, len(seeds))
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	for _, p := range []string{"/healthz", "/readyz"} {
		r, err := http.Get(base + p)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != http.StatusOK {
			t.Errorf("%s = %d", p, r.StatusCode)
		}
	}
	if r, err := http.Get(base + "/v1/articles/x"); err != nil || r.StatusCode != http.StatusUnauthorized {
		t.Errorf("ingest API without a token: %v %v, want 401", r.Status, err)
	}

	// Shut down gracefully, then read the store.
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("up returned %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("up did not shut down within 30s")
	}
	st, err := sqlite.Open(context.Background(), sqlite.Config{Path: filepath.Join(dir, "copydesk.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rows, err := st.DB().Query("SELECT id FROM articles")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if len(ids) != len(seeds) {
		t.Fatalf("store holds %d articles, want %d", len(ids), len(seeds))
	}
	for _, id := range ids {
		a, err := st.GetArticle(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		for _, stage := range []string{"clean", "claims", "flagger"} {
			if _, ok := a.Stages[stage]; !ok {
				t.Errorf("article %s (%s) was stored without the %s stage", id, a.Title, stage)
			}
		}
		if a.Risk == nil {
			t.Errorf("article %s has no risk", id)
		}
	}
}

func waitFor[T any](t *testing.T, d time.Duration, f func() (T, bool)) T {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		v, ok := f()
		if ok {
			return v
		}
		if time.Now().After(deadline) {
			t.Fatalf("condition not met within %v (last: %v)", d, v)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func get(t *testing.T, url string) string {
	t.Helper()
	r, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	return string(b)
}
