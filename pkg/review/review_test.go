package review

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
	"github.com/copydesk/copydesk/pkg/review/reviewdb/reviewdbtest"
)

const seed000 = "000_68cd6ccdafa90542"

func TestNoSessionRedirectsToLogin(t *testing.T) {
	e := newTestEnv(t, nil)
	c := e.client(t)
	tests := []struct {
		name, method, path string
		wantStatus         int
		wantLocation       string
	}{
		{"root", "GET", "/", http.StatusSeeOther, "/login?next=%2F"},
		{"queue", "GET", "/queue?code=seo_spam", http.StatusSeeOther, "/login?next=%2Fqueue%3Fcode%3Dseo_spam"},
		{"article", "GET", "/articles/" + seed000, http.StatusSeeOther, "/login?next=%2Farticles%2F" + seed000},
		{"unknown page", "GET", "/nope", http.StatusSeeOther, "/login?next=%2Fnope"},
		{"audit", "GET", "/audit", http.StatusSeeOther, "/login?next=%2Faudit"},
		{"post decision", "POST", "/articles/" + seed000 + "/flags/0/decision", http.StatusSeeOther, "/login?next=%2Fqueue"},
		{"api queue", "GET", "/api/v1/queue", http.StatusUnauthorized, ""},
		{"api decision", "POST", "/api/v1/articles/" + seed000 + "/flags/0/decision", http.StatusUnauthorized, ""},
		{"api unknown", "GET", "/api/v1/whatever", http.StatusUnauthorized, ""},
		{"login page is public", "GET", "/login", http.StatusOK, ""},
		{"static is public", "GET", "/static/htmx.min.js", http.StatusOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, e.ts.URL+tt.path, nil)
			resp, err := c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status = %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			if got := resp.Header.Get("Location"); got != tt.wantLocation {
				t.Errorf("Location = %q, want %q", got, tt.wantLocation)
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
				t.Errorf("CSP = %q", csp)
			}
		})
	}
}

func TestLogin(t *testing.T) {
	e := newTestEnv(t, func(c *Config) { c.SecureCookies = true })
	c := e.client(t)
	loginToken := func() string {
		resp, err := c.Get(e.ts.URL + "/login")
		if err != nil {
			t.Fatal(err)
		}
		return csrfRe.FindStringSubmatch(body(t, resp))[1]
	}
	post := func(name, pw, token string) *http.Response {
		resp, err := c.PostForm(e.ts.URL+"/login", url.Values{"name": {name}, "password": {pw}, "csrf_token": {token}})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	t.Run("without login csrf token refused", func(t *testing.T) {
		loginToken()
		if resp := post(editorName, testPass, "forged"); resp.StatusCode != http.StatusForbidden {
			t.Errorf("status = %d, want 403", resp.StatusCode)
		}
	})
	t.Run("wrong password", func(t *testing.T) {
		if resp := post(editorName, "wrong password", loginToken()); resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("status = %d, want 401", resp.StatusCode)
		}
	})
	t.Run("unknown user", func(t *testing.T) {
		if resp := post("mallory", testPass, loginToken()); resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("status = %d, want 401", resp.StatusCode)
		}
	})
	t.Run("right password sets a secure session cookie", func(t *testing.T) {
		resp := post(editorName, testPass, loginToken())
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/queue" {
			t.Fatalf("status = %d location %q", resp.StatusCode, resp.Header.Get("Location"))
		}
		var sc *http.Cookie
		for _, ck := range resp.Cookies() {
			if ck.Name == "copydesk_session" {
				sc = ck
			}
		}
		if sc == nil || !sc.HttpOnly || !sc.Secure || sc.SameSite != http.SameSiteLaxMode || sc.Value == "" {
			t.Fatalf("session cookie = %+v", sc)
		}
		// Only the hash is stored.
		var n int
		if err := e.db.QueryRow(`SELECT COUNT(*) FROM review_sessions WHERE token_hash = ?`, sc.Value).Scan(&n); err != nil || n != 0 {
			t.Errorf("raw token found in the sessions table (n=%d, err=%v)", n, err)
		}
	})
	t.Run("rate limited after repeated failures", func(t *testing.T) {
		c2 := e.client(t)
		c = c2
		for i := 0; i < 5; i++ {
			post(adminName, "wrong password", loginToken())
		}
		if resp := post(adminName, testPass, loginToken()); resp.StatusCode != http.StatusTooManyRequests {
			t.Errorf("status = %d, want 429", resp.StatusCode)
		}
		if got := testutil.ToFloat64(e.srv.metrics.logins.WithLabelValues("limited")); got < 1 {
			t.Errorf("limited logins metric = %v", got)
		}
	})
}

func TestCSRF(t *testing.T) {
	e := newTestEnv(t, nil)
	c := e.client(t)
	token := e.login(t, c, editorName, testPass)
	decision := e.ts.URL + "/articles/" + seed000 + "/flags/0/decision"
	tests := []struct {
		name   string
		form   url.Values
		header string
		want   int
	}{
		{"no token", url.Values{"action": {"confirm"}}, "", http.StatusForbidden},
		{"wrong token", url.Values{"action": {"confirm"}, "csrf_token": {"x" + token}}, "", http.StatusForbidden},
		{"form token", url.Values{"action": {"confirm"}, "csrf_token": {token}}, "", http.StatusSeeOther},
		{"header token (htmx)", url.Values{"action": {"escalate"}}, token, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", decision, strings.NewReader(tt.form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			if tt.header != "" {
				req.Header.Set("X-CSRF-Token", tt.header)
				req.Header.Set("HX-Request", "true")
			}
			resp, err := c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("status = %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
	if got := len(e.pub.decisions()); got != 2 {
		t.Errorf("published %d decisions, want 2 (refused requests must not decide)", got)
	}
	t.Run("api without header", func(t *testing.T) {
		req, _ := http.NewRequest("POST", e.ts.URL+"/api/v1/articles/"+seed000+"/notes", strings.NewReader(`{"body":"x"}`))
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("status = %d, want 403", resp.StatusCode)
		}
	})
	t.Run("logout needs token", func(t *testing.T) {
		resp, err := c.PostForm(e.ts.URL+"/logout", nil)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("status = %d, want 403", resp.StatusCode)
		}
	})
}

func TestArticleTextEscaped(t *testing.T) {
	e := newTestEnv(t, nil)
	c := e.client(t)
	e.login(t, c, editorName, testPass)
	for _, path := range []string{"/articles/" + xssID, "/queue", "/queue?q=" + url.QueryEscape("<script>")} {
		t.Run(path, func(t *testing.T) {
			resp, err := c.Get(e.ts.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			b := body(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			for _, bad := range []string{"<script>window", "<img src=x", "onerror=\"window", "javascript:alert"} {
				if strings.Contains(b, bad) {
					t.Errorf("page contains unescaped %q", bad)
				}
			}
			if !strings.Contains(b, "&lt;script&gt;window.__pwned") {
				t.Errorf("escaped article text missing")
			}
			if strings.Count(b, "<script") != 2 { // htmx.min.js and app.js only
				t.Errorf("page has %d <script tags, want 2", strings.Count(b, "<script"))
			}
		})
	}
	t.Run("evidence highlighted as escaped text", func(t *testing.T) {
		resp, _ := c.Get(e.ts.URL + "/articles/" + xssID)
		b := body(t, resp)
		if !strings.Contains(b, `<mark class="ev ev-seo_spam" title="SEO spam" data-flags="0" id="ev-0-0">&lt;script&gt;`) {
			t.Errorf("evidence mark not found in:\n%s", b)
		}
	})
}

func TestDecisionPersistsAndIsAudited(t *testing.T) {
	e := newTestEnv(t, nil)
	c := e.client(t)
	token := e.login(t, c, editorName, testPass)
	decide := func(action, reason string) *http.Response {
		resp, err := c.PostForm(e.ts.URL+"/articles/"+seed000+"/flags/0/decision",
			url.Values{"action": {action}, "reason": {reason}, "csrf_token": {token}})
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	t.Run("dismiss needs a reason", func(t *testing.T) {
		resp := decide("dismiss", "  ")
		b := body(t, resp)
		if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(b, "Give a reason") {
			t.Fatalf("status = %d", resp.StatusCode)
		}
	})
	t.Run("unknown action", func(t *testing.T) {
		if resp := decide("delete", ""); resp.StatusCode != http.StatusUnprocessableEntity {
			t.Fatalf("status = %d", resp.StatusCode)
		}
	})
	t.Run("dismiss persists", func(t *testing.T) {
		resp := decide("dismiss", "teasers are the site's, not the article's")
		resp.Body.Close()
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("status = %d", resp.StatusCode)
		}
		resp, _ = c.Get(e.ts.URL + "/articles/" + seed000)
		b := body(t, resp)
		for _, want := range []string{"Dismissed</strong> by alice", "teasers are the site&#39;s, not the article&#39;s", `status-in_review`} {
			if !strings.Contains(b, want) {
				t.Errorf("article page lacks %q", want)
			}
		}
	})
	t.Run("audit log has before and after", func(t *testing.T) {
		entries, err := e.srv.db.AuditLog(context.Background(), seed000, 10)
		if err != nil {
			t.Fatal(err)
		}
		var dec, state *reviewdb.AuditEntry
		for i := range entries {
			switch entries[i].Action {
			case "decision":
				dec = &entries[i]
			case "state":
				state = &entries[i]
			}
		}
		if dec == nil || dec.Actor != editorName || dec.Before != nil || !bytes.Contains(dec.After, []byte(`"action":"dismiss"`)) {
			t.Fatalf("decision audit entry = %+v", dec)
		}
		if state == nil || string(state.Before) != `{"status":"new"}` || string(state.After) != `{"status":"in_review","assignee":"alice"}` {
			t.Fatalf("state audit entry = %+v", state)
		}
	})
	t.Run("second decision records the previous one", func(t *testing.T) {
		resp := decide("confirm", "")
		resp.Body.Close()
		entries, _ := e.srv.db.AuditLog(context.Background(), seed000, 1)
		if len(entries) != 1 || !bytes.Contains(entries[0].Before, []byte(`"action":"dismiss"`)) || !bytes.Contains(entries[0].After, []byte(`"action":"confirm"`)) {
			t.Fatalf("latest audit entry = %+v", entries)
		}
	})
	t.Run("published and counted", func(t *testing.T) {
		got := e.pub.decisions()
		if len(got) != 2 || got[0].Action != "dismiss" || got[1].Action != "confirm" || got[0].FlagCode != "seo_spam" || got[0].Editor != editorName {
			t.Fatalf("published = %+v", got)
		}
		if n := testutil.ToFloat64(e.srv.metrics.decisions.WithLabelValues("dismiss")); n != 1 {
			t.Errorf("dismiss counter = %v", n)
		}
		if n := testutil.CollectAndCount(e.srv.metrics.timeToFirst); n != 1 {
			t.Errorf("time to first decision series = %d", n)
		}
		if err := testutil.GatherAndCompare(e.reg, strings.NewReader(`
# HELP copydesk_review_queue_articles Articles in the review queue, by review status.
# TYPE copydesk_review_queue_articles gauge
copydesk_review_queue_articles{status="done"} 0
copydesk_review_queue_articles{status="in_review"} 1
copydesk_review_queue_articles{status="new"} 5
`), "copydesk_review_queue_articles"); err != nil {
			t.Error(err)
		}
	})
	t.Run("htmx request gets the flag card", func(t *testing.T) {
		req, _ := http.NewRequest("POST", e.ts.URL+"/articles/"+seed000+"/flags/1/decision", strings.NewReader("action=dismiss&reason="))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-CSRF-Token", token)
		req.Header.Set("HX-Request", "true")
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b := body(t, resp)
		if resp.StatusCode != 200 || !strings.HasPrefix(strings.TrimSpace(b), `<section class="flag-card`) || !strings.Contains(b, "Give a reason") {
			t.Fatalf("status %d body %s", resp.StatusCode, b)
		}
	})
}

func TestNotesAndState(t *testing.T) {
	e := newTestEnv(t, nil)
	c := e.client(t)
	token := e.login(t, c, editorName, testPass)
	post := func(path string, form url.Values) int {
		form.Set("csrf_token", token)
		resp, err := c.PostForm(e.ts.URL+path, form)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	tests := []struct {
		name string
		path string
		form url.Values
		want int
	}{
		{"note", "/articles/" + seed000 + "/notes", url.Values{"body": {"Check the <b>spam</b> teasers"}}, http.StatusSeeOther},
		{"empty note", "/articles/" + seed000 + "/notes", url.Values{"body": {" "}}, http.StatusUnprocessableEntity},
		{"note on unknown article", "/articles/nope/notes", url.Values{"body": {"x"}}, http.StatusNotFound},
		{"assign to me", "/articles/" + seed000 + "/state", url.Values{"assignee": {"me"}}, http.StatusSeeOther},
		{"editor cannot assign others", "/articles/" + seed000 + "/state", url.Values{"assignee": {adminName}}, http.StatusForbidden},
		{"status done", "/articles/" + seed000 + "/state", url.Values{"status": {"done"}}, http.StatusSeeOther},
		{"bad status", "/articles/" + seed000 + "/state", url.Values{"status": {"archived"}}, http.StatusUnprocessableEntity},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := post(tt.path, tt.form); got != tt.want {
				t.Errorf("status = %d, want %d", got, tt.want)
			}
		})
	}
	resp, _ := c.Get(e.ts.URL + "/articles/" + seed000)
	b := body(t, resp)
	for _, want := range []string{"Check the &lt;b&gt;spam&lt;/b&gt; teasers", "status-done"} {
		if !strings.Contains(b, want) {
			t.Errorf("article page lacks %q", want)
		}
	}
	t.Run("htmx note returns the activity panel", func(t *testing.T) {
		req, _ := http.NewRequest("POST", e.ts.URL+"/articles/"+seed000+"/notes", strings.NewReader("body=second+note"))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-CSRF-Token", token)
		req.Header.Set("HX-Request", "true")
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b := body(t, resp)
		if resp.StatusCode != 200 || !strings.Contains(b, `id="activity"`) || !strings.Contains(b, "second note") || strings.Contains(b, "<html") {
			t.Errorf("status %d body %.300s", resp.StatusCode, b)
		}
	})
	t.Run("unknown article is 404", func(t *testing.T) {
		resp, err := c.Get(e.ts.URL + "/articles/nope")
		if err != nil {
			t.Fatal(err)
		}
		if b := body(t, resp); resp.StatusCode != 404 || !strings.Contains(b, "No such article") {
			t.Errorf("status %d", resp.StatusCode)
		}
	})
	t.Run("audit page is for admins", func(t *testing.T) {
		resp, _ := c.Get(e.ts.URL + "/audit")
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("editor: status %d", resp.StatusCode)
		}
		ac := e.client(t)
		e.login(t, ac, adminName, testPass)
		resp, _ = ac.Get(e.ts.URL + "/audit")
		if b := body(t, resp); resp.StatusCode != 200 || !strings.Contains(b, `data-action="note"`) {
			t.Errorf("admin: status %d", resp.StatusCode)
		}
	})
	resp, _ = c.Get(e.ts.URL + "/queue?status=done&assignee=me")
	b = body(t, resp)
	if !strings.Contains(b, `data-id="`+seed000+`"`) || strings.Count(b, `class="queue-row"`) != 1 {
		t.Errorf("queue filtered by done+me does not list exactly seed 000")
	}
}

func TestQueuePage(t *testing.T) {
	e := newTestEnv(t, nil)
	c := e.client(t)
	e.login(t, c, editorName, testPass)
	rowRe := func(b string) []string {
		var ids []string
		for _, part := range strings.Split(b, `class="queue-row" data-id="`)[1:] {
			ids = append(ids, part[:strings.Index(part, `"`)])
		}
		return ids
	}
	tests := []struct {
		name  string
		query string
		want  []string
	}{
		{"all by risk", "", []string{xssID, "002_36bb195d2287ec20", "000_68cd6ccdafa90542", "004_dae7814976e2245b", "003_875059aeb3f04e9d", "001_11ef9a64a3f51661"}},
		{"flag code", "?code=seo_spam", []string{xssID, "000_68cd6ccdafa90542"}},
		{"severity", "?code=secondhand_source&severity=warn", []string{"000_68cd6ccdafa90542", "004_dae7814976e2245b"}},
		{"source", "?source=evil.example", []string{xssID}},
		{"search", "?q=LAVROV", nil},
		{"date range", "?from=2026-11-20&to=2026-11-20", []string{"002_36bb195d2287ec20", "000_68cd6ccdafa90542", "004_dae7814976e2245b", "003_875059aeb3f04e9d", "001_11ef9a64a3f51661"}},
		{"date range from", "?from=2026-11-21", []string{xssID}},
		{"paging", "?page_size=2&page=2", []string{"000_68cd6ccdafa90542", "004_dae7814976e2245b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := c.Get(e.ts.URL + "/queue" + tt.query)
			if err != nil {
				t.Fatal(err)
			}
			got := rowRe(body(t, resp))
			if tt.name == "search" {
				// Every seed about Lavrov has him in the headline.
				if len(got) == 0 {
					t.Fatal("search for LAVROV found nothing")
				}
				return
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("rows = %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("counts per flag code", func(t *testing.T) {
		resp, _ := c.Get(e.ts.URL + "/api/v1/queue")
		var page reviewdb.QueuePage
		if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		counts := map[string]int{}
		for _, cc := range page.CodeCounts {
			counts[cc.Code] = cc.Count
		}
		if counts["seo_spam"] != 2 || counts["loaded_language"] != 2 || counts["content_farm"] != 1 || page.Total != 6 {
			t.Errorf("counts = %v total %d", counts, page.Total)
		}
	})
}

// TestNotEnglishArticle: an article in another language shows its language
// and says why it has no quotes or claims, instead of "No quotes
// extracted"; the language, untrusted input, is escaped.
func TestNotEnglishArticle(t *testing.T) {
	e := newTestEnv(t, nil)
	text := "Regierung plant neue Regeln\n\n„Wir lassen die Mieter nicht allein“, sagte die Ministerin."
	for _, a := range []*article.Article{
		{Schema: article.SchemaVersion, ID: "de-article", Language: "de", Title: "Regierung plant neue Regeln",
			Received: time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC), Text: text,
			Quotes: []article.Quote{}, Claims: []article.Claim{}},
		{Schema: article.SchemaVersion, ID: "lang-xss", Language: xssScript, Title: "Odd language",
			Received: time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC), Text: text},
	} {
		if err := reviewdbtest.InsertArticle(context.Background(), e.db, reviewdb.SQLite, a); err != nil {
			t.Fatal(err)
		}
	}
	c := e.client(t)
	e.login(t, c, editorName, testPass)
	tests := []struct {
		id        string
		want, not []string
	}{
		{"de-article", []string{`<span class="k">Language</span> de`, "Quotes are read in English only; this article is in “de”.", "Claims are read in English only"}, []string{"No quotes extracted.", "No check-worthy claims."}},
		{seed000, []string{`<span class="k">Language</span> en`, "Sergey Lavrov"}, []string{"read in English only"}},
		{"lang-xss", []string{"&lt;script&gt;window.__pwned"}, []string{xssScript}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			resp, err := c.Get(e.ts.URL + "/articles/" + tt.id)
			if err != nil {
				t.Fatal(err)
			}
			b := body(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			for _, w := range tt.want {
				if !strings.Contains(b, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(b, n) {
					t.Errorf("page has %q", n)
				}
			}
		})
	}
}
