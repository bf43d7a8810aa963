package review

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/pkg/review/reviewdb"
)

// apiClient logs in through the JSON API and sends requests with the CSRF
// header.
type apiClient struct {
	t     *testing.T
	e     *testEnv
	c     *http.Client
	token string
}

func (e *testEnv) apiLogin(t *testing.T, name string) *apiClient {
	t.Helper()
	a := &apiClient{t: t, e: e, c: e.client(t)}
	var out struct {
		CSRF string `json:"csrf_token"`
		User struct{ Name, Role string }
	}
	if st := a.do("POST", "/api/v1/login", map[string]string{"name": name, "password": testPass}, &out); st != 200 {
		t.Fatalf("api login: status %d", st)
	}
	if out.CSRF == "" || out.User.Name != name {
		t.Fatalf("api login response = %+v", out)
	}
	a.token = out.CSRF
	return a
}

func (a *apiClient) do(method, path string, in, out any) int {
	a.t.Helper()
	var body *bytes.Reader
	if in != nil {
		b, _ := json.Marshal(in)
		body = bytes.NewReader(b)
	} else {
		body = bytes.NewReader(nil)
	}
	req, _ := http.NewRequest(method, a.e.ts.URL+path, body)
	req.Header.Set("Content-Type", "application/json")
	if a.token != "" {
		req.Header.Set("X-CSRF-Token", a.token)
	}
	resp, err := a.c.Do(req)
	if err != nil {
		a.t.Fatal(err)
	}
	defer resp.Body.Close()
	if out != nil {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			a.t.Fatalf("%s %s: decode: %v", method, path, err)
		}
	}
	return resp.StatusCode
}

func TestAPI(t *testing.T) {
	e := newTestEnv(t, nil)
	ed := e.apiLogin(t, editorName)
	admin := e.apiLogin(t, adminName)
	art := "/api/v1/articles/" + seed000

	t.Run("queue", func(t *testing.T) {
		var page reviewdb.QueuePage
		if st := ed.do("GET", "/api/v1/queue?code=seo_spam", nil, &page); st != 200 {
			t.Fatalf("status %d", st)
		}
		if page.Total != 2 || len(page.Items) != 2 || page.Items[0].ID != xssID || len(page.Items[1].Flags) != 3 {
			t.Errorf("page = %+v", page)
		}
	})
	t.Run("article", func(t *testing.T) {
		var out apiArticleResponse
		if st := ed.do("GET", art, nil, &out); st != 200 {
			t.Fatalf("status %d", st)
		}
		if out.Article == nil || out.Article.ID != seed000 || len(out.Article.Flags) != 3 || out.State.Status != "new" {
			t.Errorf("article response = %+v", out)
		}
		if st := ed.do("GET", "/api/v1/articles/missing", nil, nil); st != 404 {
			t.Errorf("missing article: status %d", st)
		}
	})
	tests := []struct {
		name   string
		client *apiClient
		method string
		path   string
		in     any
		want   int
	}{
		{"confirm", ed, "POST", art + "/flags/1/decision", map[string]string{"action": "confirm"}, 201},
		{"escalate", ed, "POST", art + "/flags/2/decision", map[string]string{"action": "escalate", "reason": "legal should see this"}, 201},
		{"dismiss without reason", ed, "POST", art + "/flags/0/decision", map[string]string{"action": "dismiss"}, 422},
		{"no such flag", ed, "POST", art + "/flags/9/decision", map[string]string{"action": "confirm"}, 404},
		{"unknown field", ed, "POST", art + "/flags/0/decision", map[string]string{"verdict": "confirm"}, 400},
		{"note", ed, "POST", art + "/notes", map[string]string{"body": "called the desk"}, 201},
		{"editor assigns self", ed, "POST", art + "/state", map[string]any{"assignee": editorName}, 200},
		{"editor assigns other", ed, "POST", art + "/state", map[string]any{"assignee": adminName}, 403},
		{"admin assigns editor", admin, "POST", art + "/state", map[string]any{"assignee": editorName, "status": "done"}, 200},
		{"admin assigns unknown", admin, "POST", art + "/state", map[string]any{"assignee": "nobody"}, 422},
		{"empty state change", ed, "POST", art + "/state", map[string]any{}, 422},
		{"editor reads full audit", ed, "GET", "/api/v1/audit", nil, 403},
		{"admin reads full audit", admin, "GET", "/api/v1/audit", nil, 200},
		{"users", ed, "GET", "/api/v1/users", nil, 200},
		{"me", ed, "GET", "/api/v1/me", nil, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.client.do(tt.method, tt.path, tt.in, nil); got != tt.want {
				t.Errorf("status = %d, want %d", got, tt.want)
			}
		})
	}
	t.Run("article audit", func(t *testing.T) {
		var out struct{ Entries []reviewdb.AuditEntry }
		if st := ed.do("GET", art+"/audit", nil, &out); st != 200 {
			t.Fatalf("status %d", st)
		}
		actions := map[string]int{}
		for _, e := range out.Entries {
			actions[e.Action]++
		}
		if actions["decision"] != 2 || actions["note"] != 1 || actions["state"] != 2 {
			t.Errorf("audit actions = %v", actions)
		}
	})
	t.Run("logout ends the session", func(t *testing.T) {
		if st := ed.do("POST", "/api/v1/logout", nil, nil); st != 200 {
			t.Fatalf("status %d", st)
		}
		if st := ed.do("GET", "/api/v1/me", nil, nil); st != 401 {
			t.Errorf("after logout: status %d", st)
		}
	})
	t.Run("api login needs JSON", func(t *testing.T) {
		resp, err := http.Post(e.ts.URL+"/api/v1/login", "application/x-www-form-urlencoded", strings.NewReader("name=alice&password=x"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnsupportedMediaType {
			t.Errorf("status %d", resp.StatusCode)
		}
	})
}

func TestCommands(t *testing.T) {
	e := newTestEnv(t, nil)
	ctx := context.Background()
	var stdout, stderr bytes.Buffer
	t.Run("user add", func(t *testing.T) {
		err := userAdd(ctx, []string{"--sqlite", e.path, "--role", "admin", "--password-stdin", "carol"}, strings.NewReader("a long password\n"), &stdout, &stderr)
		if err != nil {
			t.Fatal(err)
		}
		u, err := e.srv.db.UserByName(ctx, "carol")
		if err != nil || u.Role != "admin" {
			t.Fatalf("user = %+v, %v", u, err)
		}
		if err := userAdd(ctx, []string{"--sqlite", e.path, "--password-stdin", "carol"}, strings.NewReader("a long password\n"), &stdout, &stderr); err == nil {
			t.Error("adding an existing user succeeded without --update")
		}
		if err := userAdd(ctx, []string{"--sqlite", e.path, "--password-stdin", "dave"}, strings.NewReader("short\n"), &stdout, &stderr); err == nil {
			t.Error("short password accepted")
		}
		if err := userAdd(ctx, []string{"--sqlite", e.path, "--password-stdin", "dave", "--role", "owner"}, strings.NewReader("a long password\n"), &stdout, &stderr); err == nil {
			t.Error("unknown role accepted")
		}
	})
	t.Run("export decisions", func(t *testing.T) {
		for i, action := range []string{"confirm", "dismiss"} {
			if _, err := e.srv.decide(ctx, editorName, seed000, i, action, "because"); err != nil {
				t.Fatal(err)
			}
		}
		out := filepath.Join(t.TempDir(), "decisions.jsonl")
		if err := ExportDecisionsCommand(ctx, []string{"--sqlite", e.path, "--since", "24h", "--out", out}, &stdout, &stderr); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if len(lines) != 2 {
			t.Fatalf("exported %d lines: %s", len(lines), b)
		}
		var d Decision
		if err := json.Unmarshal([]byte(lines[1]), &d); err != nil {
			t.Fatal(err)
		}
		if d.Action != "dismiss" || d.FlagCode != "loaded_language" || d.ArticleID != seed000 || d.Reason != "because" || d.Editor != editorName {
			t.Errorf("exported decision = %+v", d)
		}
		stdout.Reset()
		future := time.Now().Add(48 * time.Hour).Format("2006-01-02")
		if err := ExportDecisionsCommand(ctx, []string{"--sqlite", e.path, "--since", future}, &stdout, &stderr); err != nil {
			t.Fatal(err)
		}
		if stdout.Len() != 0 {
			t.Errorf("--since in the future exported %q", stdout.String())
		}
		if err := ExportDecisionsCommand(ctx, []string{"--since", "yesterday"}, &stdout, &stderr); err == nil {
			t.Error("bad flags accepted")
		}
	})
	t.Run("demo user", func(t *testing.T) {
		name, pw, err := CreateDemoUser(ctx, e.db, reviewdb.SQLite)
		if err != nil || name != DemoUserName || len(pw) < 16 {
			t.Fatalf("demo user %q %q %v", name, pw, err)
		}
		c := e.client(t)
		e.login(t, c, name, pw)
	})
}
