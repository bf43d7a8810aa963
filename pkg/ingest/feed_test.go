package ingest

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestFeed(t *testing.T) {
	e := newEnv(t, nil)
	srv := httptest.NewServer(e.h)
	defer srv.Close()
	dir := writeFiles(t, map[string]string{
		"a.txt":         "Headline\n\nFirst body.",
		"b.html":        "<html><body><p>Second</p></body></html>",
		"sub/c.jsonl":   "{\"text\":\"third\",\"source\":\"own.test\"}\n{\"text\":\"First body.\"}\n{\"title\":5,\"text\":\"x\"}\n",
		"sub/notes.md":  "ignored",
		"empty.txt":     "",
		".hidden/x.txt": "ignored",
	})
	var stdout, stderr bytes.Buffer
	args := []string{"--url", srv.URL, "--source", "feed.test", "--batch-records", "2", dir, "-"}
	err := feed(context.Background(), args, strings.NewReader(`{"text":"from stdin"}`+"\n"), &stdout, &stderr,
		func(k string) string { return map[string]string{"COPYDESK_TOKEN": testToken}[k] })
	if err == nil || !strings.Contains(err.Error(), "2 records rejected") {
		t.Errorf("err = %v, want 2 records rejected", err)
	}
	out := stdout.String()
	for _, want := range []string{
		"accepted 5 (duplicates 0: exact 0, near 0), rejected 2",
		"rejected empty: 1",
		"rejected invalid_field: 1",
		"c.jsonl:3: invalid_field",
		"empty.txt: empty",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(stderr.String(), "feed: ") || strings.Contains(stderr.String(), "\r") {
		t.Errorf("stderr (not a terminal) should hold plain counts: %q", stderr.String())
	}
	// "First body." in c.jsonl differs from a.txt ("Headline\n\nFirst body.")
	// so nothing is a duplicate; sources come from the flag unless given.
	sources := map[string]int{}
	for _, m := range e.pub.msgs {
		sources[m.a.Source]++
	}
	if sources["feed.test"] != 4 || sources["own.test"] != 1 {
		t.Errorf("sources %v", sources)
	}
}

func TestFeedDuplicatesAndRetry(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.RetryAfter = time.Second })
	pub := &failAfter{fakePublisher: e.pub, ok: 1}
	e.api.deps.Publisher = pub
	go func() {
		time.Sleep(300 * time.Millisecond)
		pub.fakePublisher.mu.Lock()
		pub.ok = 100 // recovered
		pub.fakePublisher.mu.Unlock()
	}()
	srv := httptest.NewServer(e.h)
	defer srv.Close()
	dir := writeFiles(t, map[string]string{"in.jsonl": `{"text":"one"}` + "\n" + `{"text":"ONE!"}` + "\n" + `{"text":"two"}` + "\n"})
	var stdout, stderr bytes.Buffer
	err := feed(context.Background(), []string{"--url", srv.URL, "--token", testToken, dir}, nil, &stdout, &stderr, func(string) string { return "" })
	if err != nil {
		t.Fatalf("feed: %v\n%s", err, stdout.String())
	}
	if want := "accepted 3 (duplicates 1: exact 1, near 0), rejected 0"; !strings.Contains(stdout.String(), want) {
		t.Errorf("summary %q, want %q", stdout.String(), want)
	}
	if len(e.pub.msgs) != 3 {
		t.Errorf("published %d, want 3 (no line sent twice)", len(e.pub.msgs))
	}
}

func TestFeedErrors(t *testing.T) {
	e := newEnv(t, nil)
	srv := httptest.NewServer(e.h)
	defer srv.Close()
	dir := writeFiles(t, map[string]string{"a.txt": "text"})
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no paths", []string{"--token", testToken}, "no PATH"},
		{"no token", []string{dir}, "no API token"},
		{"bad token", []string{"--url", srv.URL, "--token", "wrong-token-0123456789", dir}, "refused the token"},
		{"no server", []string{"--url", "http://127.0.0.1:1", "--token", testToken, dir}, "post batch"},
		{"bad flag", []string{"--nope"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := feed(context.Background(), tt.args, nil, &stdout, &stderr, func(string) string { return "" })
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}
