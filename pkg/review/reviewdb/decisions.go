package reviewdb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Decision actions.
const (
	ActionConfirm  = "confirm"
	ActionDismiss  = "dismiss"
	ActionEscalate = "escalate"
)

// ValidAction reports whether a is confirm, dismiss or escalate.
func ValidAction(a string) bool {
	return a == ActionConfirm || a == ActionDismiss || a == ActionEscalate
}

// Decision is an editor's verdict on one flag of one article. The latest
// decision on a flag is its current one; earlier ones stay as history.
type Decision struct {
	ID           string    `json:"id"`
	ArticleID    string    `json:"article_id"`
	FlagIdx      int       `json:"flag_idx"`
	FlagCode     string    `json:"flag_code"`
	FlagSeverity string    `json:"flag_severity"`
	FlagScore    float64   `json:"flag_score"`
	Action       string    `json:"action"`
	Reason       string    `json:"reason,omitempty"`
	Editor       string    `json:"editor"`
	CreatedAt    time.Time `json:"created_at"`
}

// State is an article's review status and assignee.
type State struct {
	Status   string `json:"status"`
	Assignee string `json:"assignee,omitempty"`
}

// Note is an editor's free-text note on an article.
type Note struct {
	ID        int64     `json:"id"`
	ArticleID string    `json:"article_id"`
	Author    string    `json:"author"`
	Body      string    `json:"body"`
	CreatedAt time.Time `json:"created_at"`
}

// AuditEntry records one change: who, when, what, and the value before and
// after as JSON.
type AuditEntry struct {
	ID        int64           `json:"id"`
	At        time.Time       `json:"at"`
	Actor     string          `json:"actor"`
	Action    string          `json:"action"`
	ArticleID string          `json:"article_id,omitempty"`
	Target    string          `json:"target,omitempty"`
	Before    json.RawMessage `json:"before,omitempty"`
	After     json.RawMessage `json:"after,omitempty"`
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func jsonOrNil(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

func (d *DB) audit(ctx context.Context, x execer, at time.Time, actor, action, articleID, target string, before, after any) error {
	b, err := jsonOrNil(before)
	if err != nil {
		return fmt.Errorf("reviewdb: audit: %w", err)
	}
	a, err := jsonOrNil(after)
	if err != nil {
		return fmt.Errorf("reviewdb: audit: %w", err)
	}
	var art any
	if articleID != "" {
		art = articleID
	}
	_, err = x.ExecContext(ctx, d.q(`INSERT INTO review_audit_log (at, actor, action, article_id, target, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)`),
		ts(at), actor, action, art, target, b, a)
	if err != nil {
		return fmt.Errorf("reviewdb: audit: %w", err)
	}
	return nil
}

// Audit records an event that is not a row change of this package (a login,
// a user added).
func (d *DB) Audit(ctx context.Context, actor, action, articleID, target string, before, after any) error {
	return d.audit(ctx, d.db, d.now(), actor, action, articleID, target, before, after)
}

func (d *DB) state(ctx context.Context, x execer, articleID string) (State, bool, error) {
	var s State
	var assignee sql.NullString
	err := x.QueryRowContext(ctx, d.q(`SELECT status, assignee FROM review_state WHERE article_id = ?`), articleID).Scan(&s.Status, &assignee)
	if errors.Is(err, sql.ErrNoRows) {
		return State{Status: StatusNew}, false, nil
	}
	if err != nil {
		return s, false, fmt.Errorf("reviewdb: state: %w", err)
	}
	s.Assignee = assignee.String
	return s, true, nil
}

func (d *DB) putState(ctx context.Context, x execer, at time.Time, actor, articleID string, s State, exists bool) error {
	var assignee any
	if s.Assignee != "" {
		assignee = s.Assignee
	}
	var err error
	if exists {
		_, err = x.ExecContext(ctx, d.q(`UPDATE review_state SET status = ?, assignee = ?, updated_at = ?, updated_by = ? WHERE article_id = ?`),
			s.Status, assignee, ts(at), actor, articleID)
	} else {
		_, err = x.ExecContext(ctx, d.q(`INSERT INTO review_state (article_id, status, assignee, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)`),
			articleID, s.Status, assignee, ts(at), actor)
	}
	if err != nil {
		return fmt.Errorf("reviewdb: put state: %w", err)
	}
	return nil
}

// StateChange is a partial update of an article's state; nil fields stay.
type StateChange struct {
	Status   *string
	Assignee *string // "" unassigns
}

// UpdateState applies a change and audits it, returning the state before
// and after. Unknown articles give ErrNotFound.
func (d *DB) UpdateState(ctx context.Context, actor, articleID string, ch StateChange) (before, after State, err error) {
	if ch.Status != nil && !ValidStatus(*ch.Status) {
		return before, after, fmt.Errorf("reviewdb: update state: unknown status %q", *ch.Status)
	}
	if err := d.articleExists(ctx, articleID); err != nil {
		return before, after, err
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return before, after, fmt.Errorf("reviewdb: update state: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck
	before, exists, err := d.state(ctx, tx, articleID)
	if err != nil {
		return before, after, err
	}
	after = before
	if ch.Status != nil {
		after.Status = *ch.Status
	}
	if ch.Assignee != nil {
		after.Assignee = *ch.Assignee
	}
	if after == before {
		return before, after, nil
	}
	now := d.now()
	if err := d.putState(ctx, tx, now, actor, articleID, after, exists); err != nil {
		return before, after, err
	}
	if err := d.audit(ctx, tx, now, actor, "state", articleID, "", before, after); err != nil {
		return before, after, err
	}
	if err := tx.Commit(); err != nil {
		return before, after, fmt.Errorf("reviewdb: update state: commit: %w", err)
	}
	return before, after, nil
}

func (d *DB) articleExists(ctx context.Context, id string) error {
	var n int
	if err := d.db.QueryRowContext(ctx, d.q(`SELECT COUNT(*) FROM articles WHERE id = ?`), id).Scan(&n); err != nil {
		return fmt.Errorf("reviewdb: article exists: %w", err)
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

// DecisionResult is what RecordDecision did.
type DecisionResult struct {
	Decision Decision
	Previous *Decision // the flag's decision before this one
	// First is true when this is the article's first decision on any flag.
	First bool
	// StateBefore and StateAfter differ when the decision moved the article
	// from new to in_review.
	StateBefore, StateAfter State
}

// RecordDecision stores a decision (ID and CreatedAt must be set by the
// caller or are filled in), audits it, and moves a new article to
// in_review.
func (d *DB) RecordDecision(ctx context.Context, dec Decision) (DecisionResult, error) {
	var res DecisionResult
	if !ValidAction(dec.Action) {
		return res, fmt.Errorf("reviewdb: record decision: unknown action %q", dec.Action)
	}
	if dec.ID == "" {
		return res, errors.New("reviewdb: record decision: empty id")
	}
	if dec.CreatedAt.IsZero() {
		dec.CreatedAt = d.now()
	}
	dec.CreatedAt = dec.CreatedAt.UTC()
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("reviewdb: record decision: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck
	var n int
	if err := tx.QueryRowContext(ctx, d.q(`SELECT COUNT(*) FROM review_decisions WHERE article_id = ?`), dec.ArticleID).Scan(&n); err != nil {
		return res, fmt.Errorf("reviewdb: record decision: %w", err)
	}
	res.First = n == 0
	prev, err := d.latestDecision(ctx, tx, dec.ArticleID, dec.FlagIdx)
	if err != nil {
		return res, err
	}
	res.Previous = prev
	_, err = tx.ExecContext(ctx, d.q(`INSERT INTO review_decisions (id, article_id, flag_idx, flag_code, flag_severity, flag_score, action, reason, editor, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`), dec.ID, dec.ArticleID, dec.FlagIdx, dec.FlagCode, dec.FlagSeverity, dec.FlagScore,
		dec.Action, dec.Reason, dec.Editor, ts(dec.CreatedAt))
	if err != nil {
		return res, fmt.Errorf("reviewdb: record decision: %w", err)
	}
	var before any
	if prev != nil {
		before = prev
	}
	target := fmt.Sprintf("flag %d %s", dec.FlagIdx, dec.FlagCode)
	if err := d.audit(ctx, tx, dec.CreatedAt, dec.Editor, "decision", dec.ArticleID, target, before, dec); err != nil {
		return res, err
	}
	st, exists, err := d.state(ctx, tx, dec.ArticleID)
	if err != nil {
		return res, err
	}
	res.StateBefore, res.StateAfter = st, st
	if st.Status == StatusNew {
		res.StateAfter.Status = StatusInReview
		if res.StateAfter.Assignee == "" {
			res.StateAfter.Assignee = dec.Editor
		}
		if err := d.putState(ctx, tx, dec.CreatedAt, dec.Editor, dec.ArticleID, res.StateAfter, exists); err != nil {
			return res, err
		}
		if err := d.audit(ctx, tx, dec.CreatedAt, dec.Editor, "state", dec.ArticleID, "", res.StateBefore, res.StateAfter); err != nil {
			return res, err
		}
	}
	if err := tx.Commit(); err != nil {
		return res, fmt.Errorf("reviewdb: record decision: commit: %w", err)
	}
	res.Decision = dec
	return res, nil
}

const decisionCols = `id, article_id, flag_idx, flag_code, flag_severity, flag_score, action, reason, editor, created_at`

func scanDecision(row interface{ Scan(...any) error }) (Decision, error) {
	var dec Decision
	var created flexTime
	err := row.Scan(&dec.ID, &dec.ArticleID, &dec.FlagIdx, &dec.FlagCode, &dec.FlagSeverity, &dec.FlagScore,
		&dec.Action, &dec.Reason, &dec.Editor, &created)
	dec.CreatedAt = created.T
	return dec, err
}

func (d *DB) latestDecision(ctx context.Context, x execer, articleID string, idx int) (*Decision, error) {
	dec, err := scanDecision(x.QueryRowContext(ctx, d.q(`SELECT `+decisionCols+` FROM review_decisions
WHERE article_id = ? AND flag_idx = ? ORDER BY created_at DESC, id DESC LIMIT 1`), articleID, idx))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reviewdb: latest decision: %w", err)
	}
	return &dec, nil
}

// Decisions returns every decision on an article, oldest first.
func (d *DB) Decisions(ctx context.Context, articleID string) ([]Decision, error) {
	rows, err := d.db.QueryContext(ctx, d.q(`SELECT `+decisionCols+` FROM review_decisions WHERE article_id = ? ORDER BY created_at, id`), articleID)
	if err != nil {
		return nil, fmt.Errorf("reviewdb: decisions: %w", err)
	}
	defer rows.Close()
	out := []Decision{}
	for rows.Next() {
		dec, err := scanDecision(rows)
		if err != nil {
			return nil, fmt.Errorf("reviewdb: decisions: scan: %w", err)
		}
		out = append(out, dec)
	}
	return out, rows.Err()
}

// EachDecision calls fn for every decision made at or after since, oldest
// first, stopping at the first error.
func (d *DB) EachDecision(ctx context.Context, since time.Time, fn func(Decision) error) error {
	rows, err := d.db.QueryContext(ctx, d.q(`SELECT `+decisionCols+` FROM review_decisions WHERE created_at >= ? ORDER BY created_at, id`), ts(since))
	if err != nil {
		return fmt.Errorf("reviewdb: export decisions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		dec, err := scanDecision(rows)
		if err != nil {
			return fmt.Errorf("reviewdb: export decisions: scan: %w", err)
		}
		if err := fn(dec); err != nil {
			return err
		}
	}
	return rows.Err()
}

// AddNote stores and audits a note.
func (d *DB) AddNote(ctx context.Context, articleID, author, body string) (Note, error) {
	if err := d.articleExists(ctx, articleID); err != nil {
		return Note{}, err
	}
	n := Note{ArticleID: articleID, Author: author, Body: body, CreatedAt: d.now()}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return n, fmt.Errorf("reviewdb: add note: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck
	if err := tx.QueryRowContext(ctx, d.q(`INSERT INTO review_notes (article_id, author, body, created_at) VALUES (?, ?, ?, ?) RETURNING id`),
		articleID, author, body, ts(n.CreatedAt)).Scan(&n.ID); err != nil {
		return n, fmt.Errorf("reviewdb: add note: %w", err)
	}
	if err := d.audit(ctx, tx, n.CreatedAt, author, "note", articleID, fmt.Sprintf("note %d", n.ID), nil, n); err != nil {
		return n, err
	}
	if err := tx.Commit(); err != nil {
		return n, fmt.Errorf("reviewdb: add note: commit: %w", err)
	}
	return n, nil
}

// Notes returns an article's notes, oldest first.
func (d *DB) Notes(ctx context.Context, articleID string) ([]Note, error) {
	rows, err := d.db.QueryContext(ctx, d.q(`SELECT id, article_id, author, body, created_at FROM review_notes WHERE article_id = ? ORDER BY id`), articleID)
	if err != nil {
		return nil, fmt.Errorf("reviewdb: notes: %w", err)
	}
	defer rows.Close()
	out := []Note{}
	for rows.Next() {
		var n Note
		var created flexTime
		if err := rows.Scan(&n.ID, &n.ArticleID, &n.Author, &n.Body, &created); err != nil {
			return nil, fmt.Errorf("reviewdb: notes: scan: %w", err)
		}
		n.CreatedAt = created.T
		out = append(out, n)
	}
	return out, rows.Err()
}

// AuditLog returns the newest entries, for one article when articleID is set.
func (d *DB) AuditLog(ctx context.Context, articleID string, limit int) ([]AuditEntry, error) {
	if limit <= 0 || limit > 1000 {
		limit = 200
	}
	query := `SELECT id, at, actor, action, COALESCE(article_id, ''), target, before_json, after_json FROM review_audit_log`
	var args []any
	if articleID != "" {
		query += ` WHERE article_id = ?`
		args = append(args, articleID)
	}
	query += ` ORDER BY id DESC LIMIT ?`
	args = append(args, limit)
	rows, err := d.db.QueryContext(ctx, d.q(query), args...)
	if err != nil {
		return nil, fmt.Errorf("reviewdb: audit log: %w", err)
	}
	defer rows.Close()
	out := []AuditEntry{}
	for rows.Next() {
		var e AuditEntry
		var at flexTime
		var before, after sql.NullString
		if err := rows.Scan(&e.ID, &at, &e.Actor, &e.Action, &e.ArticleID, &e.Target, &before, &after); err != nil {
			return nil, fmt.Errorf("reviewdb: audit log: scan: %w", err)
		}
		e.At = at.T
		if before.Valid {
			e.Before = json.RawMessage(before.String)
		}
		if after.Valid {
			e.After = json.RawMessage(after.String)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
