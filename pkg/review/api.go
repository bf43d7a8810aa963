package review

import (
	"encoding/json"

	"net/http"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

func writeJSONError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func (s *Server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := errStatus(err)
	if status == http.StatusInternalServerError {
		s.log.Error("api request failed", zapString("path", r.URL.Path), logErr(err))
	}
	writeJSONError(w, status, msg)
}

type userView struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

func userJSON(u reviewdb.User) userView { return userView{Name: u.Name, Role: u.Role} }

func decodeJSON(r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		return &inputError{status: http.StatusUnsupportedMediaType, msg: "Content-Type must be application/json"}
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return &inputError{status: http.StatusBadRequest, msg: "bad JSON body: " + err.Error()}
	}
	return nil
}

func (s *Server) apiMe(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	writeJSON(w, http.StatusOK, map[string]any{"user": userJSON(sess.User), "csrf_token": sess.CSRF})
}

func (s *Server) apiUsers(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	users, err := s.db.Users(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := make([]userView, len(users))
	for i, u := range users {
		out[i] = userJSON(u)
	}
	writeJSON(w, http.StatusOK, map[string]any{"users": out})
}

func (s *Server) apiQueue(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	f, _ := s.queueFilter(r.URL.Query(), sess.User.Name)
	page, err := s.db.Queue(r.Context(), f)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

type apiArticleResponse struct {
	Article   *article.Article               `json:"article"`
	State     reviewdb.State                 `json:"state"`
	Decisions []reviewdb.Decision            `json:"decisions"`
	Notes     []reviewdb.Note                `json:"notes"`
	Related   map[string]reviewdb.ArticleRef `json:"related"`
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	ctx := r.Context()
	row, a, err := s.loadArticle(ctx, r.PathValue("id"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	resp := apiArticleResponse{Article: a, State: reviewdb.State{Status: row.Status, Assignee: row.Assignee}}
	if resp.Decisions, err = s.db.Decisions(ctx, a.ID); err != nil {
		s.apiFail(w, r, err)
		return
	}
	if resp.Notes, err = s.db.Notes(ctx, a.ID); err != nil {
		s.apiFail(w, r, err)
		return
	}
	if resp.Related, err = s.db.ArticleRefs(ctx, relatedIDs(a)); err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

type apiDecisionRequest struct {
	Action string `json:"action"`
	Reason string `json:"reason"`
}

func (s *Server) apiDecision(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	idx, err := strconv.Atoi(r.PathValue("idx"))
	if err != nil {
		writeJSONError(w, http.StatusNotFound, "no such flag")
		return
	}
	var req apiDecisionRequest
	if err := decodeJSON(r, &req); err != nil {
		s.apiFail(w, r, err)
		return
	}
	res, err := s.decide(r.Context(), sess.User.Name, r.PathValue("id"), idx, req.Action, req.Reason)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"decision": res.Decision, "previous": res.Previous, "state": res.StateAfter})
}

type apiNoteRequest struct {
	Body string `json:"body"`
}

func (s *Server) apiNote(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	var req apiNoteRequest
	if err := decodeJSON(r, &req); err != nil {
		s.apiFail(w, r, err)
		return
	}
	n, err := s.addNote(r.Context(), sess.User.Name, r.PathValue("id"), req.Body)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, n)
}

type apiStateRequest struct {
	Status   *string `json:"status"`
	Assignee *string `json:"assignee"`
}

func (s *Server) apiState(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	var req apiStateRequest
	if err := decodeJSON(r, &req); err != nil {
		s.apiFail(w, r, err)
		return
	}
	if req.Status == nil && req.Assignee == nil {
		writeJSONError(w, http.StatusUnprocessableEntity, "give status and/or assignee")
		return
	}
	before, after, err := s.changeState(r.Context(), sess, r.PathValue("id"), req.Status, req.Assignee)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"before": before, "after": after})
}

func (s *Server) apiArticleAudit(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	entries, err := s.db.AuditLog(r.Context(), r.PathValue("id"), 1000)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"entries": entries})
}

func (s *Server) apiAudit(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	if sess.User.Role != reviewdb.RoleAdmin {
		writeJSONError(w, http.StatusForbidden, "admins only")
		return
	}
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	entries, err := s.db.AuditLog(r.Context(), "", limit)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"entries": entries})
}
