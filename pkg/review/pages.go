package review

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
)

type pages struct {
	t map[string]*template.Template
}

var pageNames = []string{"login", "queue", "article", "audit", "error"}

func parsePages(lb labels) (*pages, error) {
	fm := template.FuncMap{
		"pct": func(f float64) string { return strconv.Itoa(int(f*100 + 0.5)) },
		"riskPct": func(r *float64) string {
			if r == nil {
				return "–"
			}
			return strconv.Itoa(int(*r*100 + 0.5))
		},
		"riskClass": func(r *float64) string {
			switch {
			case r == nil:
				return "risk-none"
			case *r >= 0.6:
				return "risk-high"
			case *r >= 0.3:
				return "risk-mid"
			}
			return "risk-low"
		},
		"riskWidth": func(r *float64) string {
			if r == nil {
				return "w0"
			}
			return "w" + strconv.Itoa(min(10, max(0, int(*r*10+0.5))))
		},
		"riskWidth2": func(f float64) string { return strconv.Itoa(min(10, max(0, int(f*10+0.5)))) },
		"time": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.UTC().Format("2 Jan 2006 15:04 UTC")
		},
		"isoTime": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"flagName": func(code string) string {
			if n, ok := lb.Flags[code]; ok {
				return n
			}
			return strings.ReplaceAll(code, "_", " ")
		},
		"statusName": func(st string) string {
			if n, ok := lb.Statuses[st]; ok {
				return n
			}
			return st
		},
		"cls":   classSafe,
		"add":   func(a, b int) int { return a + b },
		"sub":   func(a, b int) int { return a - b },
		"raw":   func(b []byte) string { return string(b) },
		"label": func(s string) string { return strings.ReplaceAll(s, "_", " ") },
	}
	p := &pages{t: map[string]*template.Template{}}
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(fm).ParseFS(templateFS, "templates/layout.html", "templates/partials.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("review: parse template %s: %w", name, err)
		}
		p.t[name] = t
	}
	return p, nil
}

// render executes a template into a buffer first, so a template error
// never sends half a page.
func (s *Server) renderTemplate(w http.ResponseWriter, status int, page, tmpl string, data any) {
	t := s.pages.t[page]
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, tmpl, data); err != nil {
		s.log.Error("render", zapString("template", page+"/"+tmpl), logErr(err))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

type fragment struct {
	name string
	data any
}

// renderFragments writes several templates of one page, for htmx.
func (s *Server) renderFragments(w http.ResponseWriter, page string, frags ...fragment) {
	t := s.pages.t[page]
	var buf bytes.Buffer
	for _, f := range frags {
		if err := t.ExecuteTemplate(&buf, f.name, f.data); err != nil {
			s.log.Error("render", zapString("template", page+"/"+f.name), logErr(err))
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
}

func (s *Server) render(w http.ResponseWriter, status int, page string, data any) {
	s.renderTemplate(w, status, page, "layout", data)
}

// pageData is what every page's layout needs.
type pageData struct {
	Title  string
	User   *reviewdb.User
	CSRF   string
	Active string
	Error  string
	Data   any
}

func newPage(sess reviewdb.Session, title, active string, data any) pageData {
	u := sess.User
	return pageData{Title: title, User: &u, CSRF: sess.CSRF, Active: active, Data: data}
}

func isHX(r *http.Request) bool { return r.Header.Get("HX-Request") == "true" }

func (s *Server) renderError(w http.ResponseWriter, r *http.Request, sess reviewdb.Session, status int, msg string) {
	p := newPage(sess, http.StatusText(status), "", nil)
	p.Error = msg
	if isHX(r) {
		s.renderTemplate(w, status, "error", "error-fragment", p)
		return
	}
	s.render(w, status, "error", p)
}

func (s *Server) failPage(w http.ResponseWriter, r *http.Request, sess reviewdb.Session, err error) {
	status, msg := errStatus(err)
	if status == http.StatusInternalServerError {
		s.log.Error("request failed", zapString("path", r.URL.Path), logErr(err))
		msg = "Something went wrong; the error has been logged."
	}
	if status == http.StatusNotFound && msg == "not found" {
		msg = "No such article."
	}
	s.renderError(w, r, sess, status, msg)
}

// queueView is the queue page's data.
type queueView struct {
	Page       reviewdb.QueuePage
	Filter     reviewdb.QueueFilter
	Query      url.Values
	Sources    []string
	Codes      []string
	Severities []string
	Statuses   []string
	MyName     string
	AssignedMe bool
	FromDate   string
	ToDate     string
}

// URL returns the queue URL with the current filters, key set to val (""
// removes it) and the page reset unless key is "page".
func (v queueView) URL(key, val string) string {
	q := url.Values{}
	for k, vs := range v.Query {
		q[k] = append([]string(nil), vs...)
	}
	if key != "page" {
		q.Del("page")
	}
	if val == "" {
		q.Del(key)
	} else {
		q.Set(key, val)
	}
	if len(q) == 0 {
		return "/queue"
	}
	return "/queue?" + q.Encode()
}

// PageURL returns the URL of page n.
func (v queueView) PageURL(n int) string { return v.URL("page", strconv.Itoa(n)) }

func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	return t, err == nil
}

// queueFilter reads the queue filters from the query string.
func (s *Server) queueFilter(q url.Values, me string) (reviewdb.QueueFilter, url.Values) {
	f := reviewdb.QueueFilter{
		Code: strings.TrimSpace(q.Get("code")), Severity: strings.TrimSpace(q.Get("severity")),
		Status: strings.TrimSpace(q.Get("status")), Source: strings.TrimSpace(q.Get("source")),
		Search: q.Get("q"), PageSize: s.cfg.PageSize,
	}
	if !reviewdb.ValidStatus(f.Status) {
		f.Status = ""
	}
	switch a := strings.TrimSpace(q.Get("assignee")); a {
	case "":
	case "me":
		f.Assignee = me
	default:
		f.Assignee = a
	}
	if t, ok := parseDate(q.Get("from")); ok {
		f.From = t
	}
	if t, ok := parseDate(q.Get("to")); ok {
		f.To = t.Add(24 * time.Hour) // inclusive day
	}
	if n, err := strconv.Atoi(q.Get("page")); err == nil {
		f.Page = n
	}
	if n, err := strconv.Atoi(q.Get("page_size")); err == nil && n > 0 && n <= 500 {
		f.PageSize = n
	}
	f.Normalize()
	// Keep only the known, non-empty parameters for links.
	clean := url.Values{}
	for _, k := range []string{"code", "severity", "status", "source", "assignee", "q", "from", "to", "page", "page_size"} {
		if v := strings.TrimSpace(q.Get(k)); v != "" {
			clean.Set(k, v)
		}
	}
	return f, clean
}

func (s *Server) queuePage(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	ctx := r.Context()
	f, clean := s.queueFilter(r.URL.Query(), sess.User.Name)
	page, err := s.db.Queue(ctx, f)
	if err != nil {
		s.failPage(w, r, sess, err)
		return
	}
	sources, err := s.db.Sources(ctx, 500)
	if err != nil {
		s.failPage(w, r, sess, err)
		return
	}
	v := queueView{Page: page, Filter: f, Query: clean, Sources: sources, MyName: sess.User.Name,
		Severities: []string{article.SeverityHigh, article.SeverityWarn, article.SeverityInfo},
		Statuses:   reviewdb.Statuses, AssignedMe: r.URL.Query().Get("assignee") == "me",
		FromDate: clean.Get("from"), ToDate: clean.Get("to")}
	seen := map[string]bool{}
	for _, c := range page.CodeCounts {
		v.Codes = append(v.Codes, c.Code)
		seen[c.Code] = true
	}
	if f.Code != "" && !seen[f.Code] {
		v.Codes = append(v.Codes, f.Code)
	}
	s.render(w, http.StatusOK, "queue", newPage(sess, "Review queue", "queue", v))
}

// articleView is the article page's data.
type articleView struct {
	A          *article.Article
	Status     string
	Assignee   string
	Risk       *float64
	Groups     []sectionGroup
	Flags      []flagView
	Quotes     []quoteView
	Claims     []claimView
	Notes      []reviewdb.Note
	Audit      []reviewdb.AuditEntry
	Users      []reviewdb.User
	DupOf      *relatedView
	IsAdmin    bool
	Me         string
	CSRF       string
	Boiler     int
	Statuses   []string
	NoteError  string
	StateError string
	OOB        bool // render the state panel as an htmx out-of-band swap
	// NotEnglish: the article's language is known and not English, so the
	// claims stage (English only) left quotes and claims empty.
	NotEnglish bool
}

func (s *Server) buildArticleView(r *http.Request, sess reviewdb.Session, id string) (*articleView, error) {
	ctx := r.Context()
	row, a, err := s.loadArticle(ctx, id)
	if err != nil {
		return nil, err
	}
	decisions, err := s.db.Decisions(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	notes, err := s.db.Notes(ctx, a.ID)
	if err != nil {
		return nil, err
	}
	audit, err := s.db.AuditLog(ctx, a.ID, 100)
	if err != nil {
		return nil, err
	}
	refs, err := s.db.ArticleRefs(ctx, relatedIDs(a))
	if err != nil {
		return nil, err
	}
	v := &articleView{A: a, Status: row.Status, Assignee: row.Assignee, Risk: a.Risk, Notes: notes, Audit: audit,
		IsAdmin: sess.User.Role == reviewdb.RoleAdmin, Me: sess.User.Name, CSRF: sess.CSRF, Statuses: reviewdb.Statuses,
		NotEnglish: !article.English(a.Language)}
	if v.IsAdmin {
		if v.Users, err = s.db.Users(ctx); err != nil {
			return nil, err
		}
	}
	var anchors map[[2]int]string
	v.Groups, anchors = s.buildText(a)
	for _, g := range v.Groups {
		if g.Boilerplate {
			v.Boiler += len(g.Sections)
		}
	}
	v.Flags = s.flagViews(a, anchors, decisions, refs, sess.CSRF)
	v.Quotes = quoteViews(a)
	v.Claims = claimViews(a)
	if a.Duplicate != nil && a.Duplicate.Of != "" {
		ref, ok := refs[a.Duplicate.Of]
		v.DupOf = &relatedView{ID: a.Duplicate.Of, Title: ref.Title, Source: ref.Source, Known: ok}
	}
	return v, nil
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	v, err := s.buildArticleView(r, sess, r.PathValue("id"))
	if err != nil {
		s.failPage(w, r, sess, err)
		return
	}
	title := v.A.Title
	if title == "" {
		title = v.A.ID
	}
	s.render(w, http.StatusOK, "article", newPage(sess, title, "article", v))
}

func (s *Server) decisionSubmit(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	id := r.PathValue("id")
	idx, err := strconv.Atoi(r.PathValue("idx"))
	if err != nil {
		s.renderError(w, r, sess, http.StatusNotFound, "No such flag.")
		return
	}
	_, derr := s.decide(r.Context(), sess.User.Name, id, idx, r.PostFormValue("action"), r.PostFormValue("reason"))
	var ie *inputError
	if derr != nil && !errors.As(derr, &ie) {
		s.failPage(w, r, sess, derr)
		return
	}
	if derr != nil && ie.status != http.StatusUnprocessableEntity {
		s.failPage(w, r, sess, derr)
		return
	}
	if derr == nil && !isHX(r) {
		http.Redirect(w, r, "/articles/"+url.PathEscape(id)+"#flag-"+strconv.Itoa(idx), http.StatusSeeOther)
		return
	}
	v, err := s.buildArticleView(r, sess, id)
	if err != nil {
		s.failPage(w, r, sess, err)
		return
	}
	if idx >= len(v.Flags) {
		s.renderError(w, r, sess, http.StatusNotFound, "No such flag.")
		return
	}
	if derr != nil {
		v.Flags[idx].Error = ie.msg
	}
	if isHX(r) {
		// Validation errors are answered 200 so that htmx swaps the card in;
		// the state panel follows out of band (a first decision moves the
		// article to in review).
		v.OOB = true
		s.renderFragments(w, "article", fragment{"flag", v.Flags[idx]}, fragment{"state", v})
		return
	}
	p := newPage(sess, v.A.Title, "article", v)
	p.Error = ie.msg
	s.render(w, http.StatusUnprocessableEntity, "article", p)
}

func (s *Server) noteSubmit(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	id := r.PathValue("id")
	_, nerr := s.addNote(r.Context(), sess.User.Name, id, r.PostFormValue("body"))
	s.answerArticleForm(w, r, sess, id, nerr, "/articles/"+url.PathEscape(id)+"#notes", "activity",
		func(v *articleView, msg string) { v.NoteError = msg })
}

func (s *Server) stateSubmit(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	id := r.PathValue("id")
	if err := r.ParseForm(); err != nil {
		s.renderError(w, r, sess, http.StatusBadRequest, "Bad form.")
		return
	}
	var status, assignee *string
	if r.PostForm.Has("status") {
		v := r.PostForm.Get("status")
		status = &v
	}
	if r.PostForm.Has("assignee") {
		v := r.PostForm.Get("assignee")
		if v == "me" {
			v = sess.User.Name
		}
		assignee = &v
	}
	_, _, serr := s.changeState(r.Context(), sess, id, status, assignee)
	s.answerArticleForm(w, r, sess, id, serr, "/articles/"+url.PathEscape(id), "state",
		func(v *articleView, msg string) { v.StateError = msg })
}

// answerArticleForm answers a form posted on the article page. aerr is the
// action's error: an *inputError is shown in the form (setErr puts its
// message into the view; a full page gets its status), any other error
// fails the page. On success a plain form is redirected to redirect. An htmx
// request gets the form's block of the article template re-rendered.
func (s *Server) answerArticleForm(w http.ResponseWriter, r *http.Request, sess reviewdb.Session, id string,
	aerr error, redirect, block string, setErr func(v *articleView, msg string)) {
	var ie *inputError
	if aerr != nil && !errors.As(aerr, &ie) {
		s.failPage(w, r, sess, aerr)
		return
	}
	if aerr == nil && !isHX(r) {
		http.Redirect(w, r, redirect, http.StatusSeeOther)
		return
	}
	v, err := s.buildArticleView(r, sess, id)
	if err != nil {
		s.failPage(w, r, sess, err)
		return
	}
	if aerr != nil {
		setErr(v, ie.msg)
	}
	if isHX(r) {
		s.renderTemplate(w, http.StatusOK, "article", block, v)
		return
	}
	p := newPage(sess, v.A.Title, "article", v)
	p.Error = ie.msg
	s.render(w, ie.status, "article", p)
}

type auditView struct {
	Entries []reviewdb.AuditEntry
}

func (s *Server) auditPage(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	if sess.User.Role != reviewdb.RoleAdmin {
		s.renderError(w, r, sess, http.StatusForbidden, "The full audit log is for admins. Each article page shows its own history.")
		return
	}
	entries, err := s.db.AuditLog(r.Context(), "", 500)
	if err != nil {
		s.failPage(w, r, sess, err)
		return
	}
	s.render(w, http.StatusOK, "audit", newPage(sess, "Audit log", "audit", auditView{Entries: entries}))
}
