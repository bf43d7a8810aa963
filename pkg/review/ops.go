package review

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/oklog/ulid/v2"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
)

// Limits on editor input.
const (
	maxReasonLen = 2000
	maxNoteLen   = 10000
)

// inputError is a problem with what the editor sent (HTTP 400/422).
type inputError struct {
	status int
	msg    string
}

func (e *inputError) Error() string { return e.msg }

func badInput(msg string) error { return &inputError{status: http.StatusUnprocessableEntity, msg: msg} }

func errStatus(err error) (int, string) {
	var ie *inputError
	switch {
	case errors.As(err, &ie):
		return ie.status, ie.msg
	case errors.Is(err, reviewdb.ErrNotFound):
		return http.StatusNotFound, "not found"
	}
	return http.StatusInternalServerError, "internal error"
}

func logErr(err error) zap.Field      { return zap.Error(err) }
func zapString(k, v string) zap.Field { return zap.String(k, v) }
func cleanText(s string, max int) string {
	s = strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD"))
	if len(s) > max {
		s = s[:max]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

// loadArticle reads and decodes one stored article.
func (s *Server) loadArticle(ctx context.Context, id string) (reviewdb.ArticleRow, *article.Article, error) {
	row, err := s.db.Article(ctx, id)
	if err != nil {
		return row, nil, err
	}
	var a article.Article
	if len(row.Doc) > 0 {
		if err := json.Unmarshal(row.Doc, &a); err != nil {
			return row, nil, fmt.Errorf("review: decode article %s: %w", id, err)
		}
	}
	if a.ID == "" {
		a.ID = row.ID
	}
	return row, &a, nil
}

// decide records an editor's decision on flag idx of an article, updates
// the metrics and publishes it.
func (s *Server) decide(ctx context.Context, editor, articleID string, idx int, action, reason string) (reviewdb.DecisionResult, error) {
	var res reviewdb.DecisionResult
	action = strings.TrimSpace(action)
	if !reviewdb.ValidAction(action) {
		return res, badInput("action must be confirm, dismiss or escalate")
	}
	reason = cleanText(reason, maxReasonLen)
	if action == reviewdb.ActionDismiss && reason == "" {
		return res, badInput("Give a reason to dismiss a flag.")
	}
	row, a, err := s.loadArticle(ctx, articleID)
	if err != nil {
		return res, err
	}
	if idx < 0 || idx >= len(a.Flags) {
		return res, &inputError{status: http.StatusNotFound, msg: "no such flag"}
	}
	f := a.Flags[idx]
	now := s.now().UTC()
	id, err := ulid.New(ulid.Timestamp(now), rand.Reader)
	if err != nil {
		return res, fmt.Errorf("review: decision id: %w", err)
	}
	res, err = s.db.RecordDecision(ctx, reviewdb.Decision{
		ID: id.String(), ArticleID: a.ID, FlagIdx: idx, FlagCode: f.Code, FlagSeverity: f.Severity, FlagScore: f.Score,
		Action: action, Reason: reason, Editor: editor, CreatedAt: now,
	})
	if err != nil {
		return res, err
	}
	s.metrics.decisions.WithLabelValues(action).Inc()
	received := row.Received
	if received.IsZero() {
		received = a.Received
	}
	if res.First && !received.IsZero() && now.After(received) {
		s.metrics.timeToFirst.Observe(now.Sub(received).Seconds())
	}
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.PublishTimeout)
	defer cancel()
	if err := s.pub.PublishDecision(pctx, res.Decision); err != nil {
		s.metrics.publishFailures.Inc()
		s.log.Error("publish decision", zap.String("decision", res.Decision.ID), logErr(err))
	}
	s.log.Info("decision", zap.String("article", a.ID), zap.Int("flag", idx), zap.String("code", f.Code),
		zap.String("action", action), zap.String("editor", editor))
	return res, nil
}

func (s *Server) addNote(ctx context.Context, author, articleID, body string) (reviewdb.Note, error) {
	body = cleanText(body, maxNoteLen)
	if body == "" {
		return reviewdb.Note{}, badInput("The note is empty.")
	}
	return s.db.AddNote(ctx, articleID, author, body)
}

// changeState applies a status and/or assignment change. Editors may
// assign articles to themselves or unassign them; admins to anyone.
func (s *Server) changeState(ctx context.Context, sess reviewdb.Session, articleID string, status, assignee *string) (before, after reviewdb.State, err error) {
	if status != nil && !reviewdb.ValidStatus(*status) {
		return before, after, badInput("status must be new, in_review or done")
	}
	if assignee != nil {
		a := strings.TrimSpace(*assignee)
		assignee = &a
		if a != "" && a != sess.User.Name {
			if sess.User.Role != reviewdb.RoleAdmin {
				return before, after, &inputError{status: http.StatusForbidden, msg: "editors can assign articles only to themselves"}
			}
			if _, err := s.db.UserByName(ctx, a); err != nil {
				if errors.Is(err, reviewdb.ErrNotFound) {
					return before, after, badInput("no such user")
				}
				return before, after, err
			}
		}
	}
	return s.db.UpdateState(ctx, sess.User.Name, articleID, reviewdb.StateChange{Status: status, Assignee: assignee})
}
