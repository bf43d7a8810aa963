package reviewdb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Review statuses.
const (
	StatusNew      = "new"
	StatusInReview = "in_review"
	StatusDone     = "done"
)

// Statuses lists the review statuses in workflow order.
var Statuses = []string{StatusNew, StatusInReview, StatusDone}

// ValidStatus reports whether s is a review status.
func ValidStatus(s string) bool {
	return s == StatusNew || s == StatusInReview || s == StatusDone
}

// QueueFilter selects and pages the queue. Zero fields do not filter.
type QueueFilter struct {
	Code     string    // articles with a flag of this code
	Severity string    // articles with a flag of this severity (of Code, when set)
	Status   string    // review status
	Source   string    // exact source
	Assignee string    // exact assignee name
	Search   string    // substring of the title, case-insensitive
	From     time.Time // received at or after
	To       time.Time // received before
	Page     int       // 1-based
	PageSize int
}

// Normalize clamps paging to sane values.
func (f *QueueFilter) Normalize() {
	if f.PageSize <= 0 {
		f.PageSize = 50
	}
	if f.PageSize > 500 {
		f.PageSize = 500
	}
	if f.Page < 1 {
		f.Page = 1
	}
	// Deep pages cost an OFFSET scan; cap them.
	if max := 100000 / f.PageSize; f.Page > max {
		f.Page = max
	}
	f.Search = strings.TrimSpace(f.Search)
	if len(f.Search) > 200 {
		f.Search = f.Search[:200]
	}
}

// FlagSummary is one flag of a queue row.
type FlagSummary struct {
	Idx      int     `json:"idx"`
	Code     string  `json:"code"`
	Severity string  `json:"severity"`
	Score    float64 `json:"score"`
}

// QueueItem is one row of the queue.
type QueueItem struct {
	ID        string        `json:"id"`
	Source    string        `json:"source"`
	Title     string        `json:"title"`
	URL       string        `json:"url,omitempty"`
	Published string        `json:"published,omitempty"`
	Received  time.Time     `json:"received,omitzero"`
	Risk      *float64      `json:"risk,omitempty"`
	Status    string        `json:"status"`
	Assignee  string        `json:"assignee,omitempty"`
	Flags     []FlagSummary `json:"flags"`
	Decided   int           `json:"decided"` // flags with at least one decision
}

// CodeCount is how many articles carry a flag code.
type CodeCount struct {
	Code  string `json:"code"`
	Count int    `json:"count"`
}

// QueuePage is one page of the queue.
type QueuePage struct {
	Items        []QueueItem    `json:"items"`
	Total        int            `json:"total"`
	Page         int            `json:"page"`
	PageSize     int            `json:"page_size"`
	CodeCounts   []CodeCount    `json:"code_counts"`
	StatusCounts map[string]int `json:"status_counts"`
}

// Pages returns the number of pages.
func (p QueuePage) Pages() int {
	if p.PageSize == 0 || p.Total == 0 {
		return 1
	}
	return (p.Total + p.PageSize - 1) / p.PageSize
}

const (
	sqliteReceived   = `(substr(a.received, 1, 10) || ' ' || substr(a.received, 12, 8))`
	sqliteTimeLayout = "2006-01-02 15:04:05"
)

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// where builds the WHERE clause shared by the page and the count. For the
// page on SQLite the flag conditions are written "+a.id IN (...)", which
// keeps the planner walking the risk-ordered covering index and probing
// the flag set (LIMIT stops the walk early) instead of fetching and
// sorting every matching row; the count wants the plain form.
func (d *DB) where(f QueueFilter, forPage bool) (string, []any) {
	var conds []string
	var args []any
	inFlags := `a.id IN `
	if forPage && d.dialect == SQLite {
		inFlags = `+a.id IN `
	}
	switch {
	case f.Code != "" && f.Severity != "":
		conds = append(conds, inFlags+`(SELECT f.article_id FROM flags f WHERE f.code = ? AND f.severity = ?)`)
		args = append(args, f.Code, f.Severity)
	case f.Code != "":
		conds = append(conds, inFlags+`(SELECT f.article_id FROM flags f WHERE f.code = ?)`)
		args = append(args, f.Code)
	case f.Severity != "":
		conds = append(conds, inFlags+`(SELECT f.article_id FROM flags f WHERE f.severity = ?)`)
		args = append(args, f.Severity)
	}
	switch f.Status {
	case "":
	case StatusNew:
		conds = append(conds, `(rs.status IS NULL OR rs.status = ?)`)
		args = append(args, StatusNew)
	default:
		conds = append(conds, inFlags+`(SELECT article_id FROM review_state WHERE status = ?)`)
		args = append(args, f.Status)
	}
	if f.Source != "" {
		conds = append(conds, `a.source = ?`)
		args = append(args, f.Source)
	}
	if f.Assignee != "" {
		conds = append(conds, inFlags+`(SELECT article_id FROM review_state WHERE assignee = ?)`)
		args = append(args, f.Assignee)
	}
	if f.Search != "" {
		if d.dialect == Postgres {
			conds = append(conds, `a.title ILIKE ? ESCAPE '\'`)
		} else {
			conds = append(conds, `a.title LIKE ? ESCAPE '\'`)
		}
		args = append(args, "%"+escapeLike(f.Search)+"%")
	}
	// SQLite keeps timestamps as text whose layout depends on the writer:
	// "2006-01-02 15:04:05..." (modernc) or "2006-01-02T15:04:05Z" (RFC
	// 3339). A plain string range on the column (which can use its index)
	// is exact for both at a midnight bound, since the date comes first and
	// ' ' < 'T'; other bounds add a comparison of the normalised date-time.
	// For the page, SQLite compares "+a.received" so that the planner walks
	// the risk-ordered covering index (it holds received) rather than
	// fetching and sorting every row in the range; the count uses the
	// received index.
	recv := `a.received`
	if forPage && d.dialect == SQLite {
		recv = `+a.received`
	}
	if !f.From.IsZero() {
		if d.dialect == Postgres {
			conds = append(conds, `a.received >= ?`)
			args = append(args, ts(f.From))
		} else {
			bound := ts(f.From).Format(sqliteTimeLayout)
			conds = append(conds, recv+` >= ?`)
			args = append(args, bound)
			if !isMidnight(f.From) {
				conds = append(conds, sqliteReceived+` >= ?`)
				args = append(args, bound)
			}
		}
	}
	if !f.To.IsZero() {
		if d.dialect == Postgres {
			conds = append(conds, `a.received < ?`)
			args = append(args, ts(f.To))
		} else {
			bound := ts(f.To).Format(sqliteTimeLayout)
			if isMidnight(f.To) {
				conds = append(conds, recv+` < ?`)
			} else {
				conds = append(conds, sqliteReceived+` < ?`)
			}
			args = append(args, bound)
		}
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// Queue returns one page of articles, riskiest first, with counts.
func (d *DB) Queue(ctx context.Context, f QueueFilter) (QueuePage, error) {
	f.Normalize()
	page := QueuePage{Page: f.Page, PageSize: f.PageSize, Items: []QueueItem{}}
	where, args := d.where(f, true)
	order := ` ORDER BY a.risk DESC, a.id`
	if d.dialect == Postgres {
		order = ` ORDER BY a.risk DESC NULLS LAST, a.id`
	}
	query := `SELECT a.id, COALESCE(a.source, ''), COALESCE(a.title, ''), COALESCE(a.url, ''), COALESCE(a.published, ''), a.received, a.risk,
COALESCE(rs.status, 'new'), COALESCE(rs.assignee, '')
FROM articles a LEFT JOIN review_state rs ON rs.article_id = a.id` + where + order + ` LIMIT ? OFFSET ?`
	rows, err := d.db.QueryContext(ctx, d.q(query), append(args, f.PageSize, (f.Page-1)*f.PageSize)...)
	if err != nil {
		return page, fmt.Errorf("reviewdb: queue: %w", err)
	}
	index := map[string]int{}
	for rows.Next() {
		var it QueueItem
		var received flexTime
		var risk sql.NullFloat64
		if err := rows.Scan(&it.ID, &it.Source, &it.Title, &it.URL, &it.Published, &received, &risk, &it.Status, &it.Assignee); err != nil {
			rows.Close()
			return page, fmt.Errorf("reviewdb: queue: scan: %w", err)
		}
		it.Received = received.T
		if risk.Valid {
			r := risk.Float64
			it.Risk = &r
		}
		it.Flags = []FlagSummary{}
		index[it.ID] = len(page.Items)
		page.Items = append(page.Items, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return page, fmt.Errorf("reviewdb: queue: %w", err)
	}
	if err := d.fillFlags(ctx, page.Items, index); err != nil {
		return page, err
	}
	if page.StatusCounts, err = d.StatusCounts(ctx); err != nil {
		return page, err
	}
	if where == "" {
		for _, n := range page.StatusCounts {
			page.Total += n
		}
	} else if onlyFlagFilters(f) {
		// Count from the flags index alone (the store deletes an article's
		// flags with it), not by looking up every matching article.
		query, args := `SELECT COUNT(DISTINCT article_id) FROM flags WHERE code = ?`, []any{f.Code}
		switch {
		case f.Code != "" && f.Severity != "":
			query, args = query+` AND severity = ?`, append(args, f.Severity)
		case f.Code == "":
			query, args = `SELECT COUNT(DISTINCT article_id) FROM flags WHERE severity = ?`, []any{f.Severity}
		}
		if err := d.db.QueryRowContext(ctx, d.q(query), args...).Scan(&page.Total); err != nil {
			return page, fmt.Errorf("reviewdb: queue: count: %w", err)
		}
	} else {
		where, args = d.where(f, false)
		err = d.db.QueryRowContext(ctx, d.q(`SELECT COUNT(*) FROM articles a LEFT JOIN review_state rs ON rs.article_id = a.id`+where), args...).Scan(&page.Total)
		if err != nil {
			return page, fmt.Errorf("reviewdb: queue: count: %w", err)
		}
	}
	if page.CodeCounts, err = d.CodeCounts(ctx); err != nil {
		return page, err
	}
	return page, nil
}

func isMidnight(t time.Time) bool {
	t = t.UTC()
	return t.Equal(t.Truncate(24 * time.Hour))
}

func onlyFlagFilters(f QueueFilter) bool {
	return (f.Code != "" || f.Severity != "") && f.Status == "" && f.Source == "" && f.Assignee == "" &&
		f.Search == "" && f.From.IsZero() && f.To.IsZero()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func (d *DB) fillFlags(ctx context.Context, items []QueueItem, index map[string]int) error {
	if len(items) == 0 {
		return nil
	}
	ids := make([]any, len(items))
	for i, it := range items {
		ids[i] = it.ID
	}
	rows, err := d.db.QueryContext(ctx, d.q(`SELECT article_id, idx, code, severity, score FROM flags WHERE article_id IN (`+placeholders(len(ids))+`) ORDER BY article_id, idx`), ids...)
	if err != nil {
		return fmt.Errorf("reviewdb: queue flags: %w", err)
	}
	for rows.Next() {
		var id string
		var fs FlagSummary
		var score sql.NullFloat64
		if err := rows.Scan(&id, &fs.Idx, &fs.Code, &fs.Severity, &score); err != nil {
			rows.Close()
			return fmt.Errorf("reviewdb: queue flags: scan: %w", err)
		}
		fs.Score = score.Float64
		if i, ok := index[id]; ok {
			items[i].Flags = append(items[i].Flags, fs)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reviewdb: queue flags: %w", err)
	}
	rows, err = d.db.QueryContext(ctx, d.q(`SELECT article_id, COUNT(DISTINCT flag_idx) FROM review_decisions WHERE article_id IN (`+placeholders(len(ids))+`) GROUP BY article_id`), ids...)
	if err != nil {
		return fmt.Errorf("reviewdb: queue decisions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return fmt.Errorf("reviewdb: queue decisions: scan: %w", err)
		}
		if i, ok := index[id]; ok {
			items[i].Decided = n
		}
	}
	return rows.Err()
}

// CodeCounts returns how many articles carry each flag code, most first.
// The counts cover the whole store and are cached for CountsTTL, as they
// cost a scan of the flags index and move only as articles arrive.
func (d *DB) CodeCounts(ctx context.Context) ([]CodeCount, error) {
	d.countsMu.Lock()
	defer d.countsMu.Unlock()
	if d.counts != nil && d.now().Sub(d.countsAt) < d.CountsTTL {
		return append([]CodeCount(nil), d.counts...), nil
	}
	out, err := d.codeCounts(ctx)
	if err != nil {
		return nil, err
	}
	d.counts, d.countsAt = out, d.now()
	return append([]CodeCount(nil), out...), nil
}

func (d *DB) codeCounts(ctx context.Context) ([]CodeCount, error) {
	// Flags per code: the flagger raises a code at most once per article,
	// so this is also the number of articles, without a DISTINCT sort.
	rows, err := d.db.QueryContext(ctx, `SELECT code, COUNT(*) AS n FROM flags GROUP BY code ORDER BY n DESC, code`)
	if err != nil {
		return nil, fmt.Errorf("reviewdb: code counts: %w", err)
	}
	defer rows.Close()
	out := []CodeCount{}
	for rows.Next() {
		var c CodeCount
		if err := rows.Scan(&c.Code, &c.Count); err != nil {
			return nil, fmt.Errorf("reviewdb: code counts: scan: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// articleCount returns the number of stored articles, cached for
// CountsTTL like the code counts (a full count is a scan in PostgreSQL).
func (d *DB) articleCount(ctx context.Context) (int, error) {
	d.countsMu.Lock()
	defer d.countsMu.Unlock()
	if d.totalOK && d.now().Sub(d.totalAt) < d.CountsTTL {
		return d.total, nil
	}
	var n int
	if err := d.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("reviewdb: count articles: %w", err)
	}
	d.total, d.totalAt, d.totalOK = n, d.now(), true
	return n, nil
}

// StatusCounts returns how many articles are in each review status; the
// total behind "new" may be up to CountsTTL old.
func (d *DB) StatusCounts(ctx context.Context) (map[string]int, error) {
	out := map[string]int{StatusNew: 0, StatusInReview: 0, StatusDone: 0}
	total, err := d.articleCount(ctx)
	if err != nil {
		return nil, err
	}
	// States of articles the store has since dropped are counted; that is
	// rare and keeps this a scan of a small index.
	rows, err := d.db.QueryContext(ctx, `SELECT status, COUNT(*) FROM review_state GROUP BY status`)
	if err != nil {
		return nil, fmt.Errorf("reviewdb: status counts: %w", err)
	}
	defer rows.Close()
	tracked := 0
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, fmt.Errorf("reviewdb: status counts: scan: %w", err)
		}
		if s != StatusNew {
			out[s] = n
			tracked += n
		}
	}
	out[StatusNew] = max(0, total-tracked)
	return out, rows.Err()
}

// Sources lists up to limit distinct sources, alphabetically.
func (d *DB) Sources(ctx context.Context, limit int) ([]string, error) {
	// A loose index scan: one index seek per distinct source, instead of
	// reading every row (neither SQLite nor PostgreSQL skip-scans DISTINCT).
	rows, err := d.db.QueryContext(ctx, d.q(`WITH RECURSIVE s(source) AS (
    SELECT MIN(source) FROM articles WHERE source > ''
    UNION ALL
    SELECT (SELECT MIN(a.source) FROM articles a WHERE a.source > s.source) FROM s WHERE s.source IS NOT NULL
) SELECT source FROM s WHERE source IS NOT NULL LIMIT ?`), limit)
	if err != nil {
		return nil, fmt.Errorf("reviewdb: sources: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, fmt.Errorf("reviewdb: sources: scan: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// ArticleRow is an article's stored document with its queue columns.
type ArticleRow struct {
	ID       string
	Doc      []byte // the full Article JSON
	Received time.Time
	Status   string
	Assignee string
}

// Article returns the stored document of one article, or ErrNotFound.
func (d *DB) Article(ctx context.Context, id string) (ArticleRow, error) {
	var r ArticleRow
	var doc sql.NullString
	var received flexTime
	err := d.db.QueryRowContext(ctx, d.q(`SELECT a.id, a.doc, a.received, COALESCE(rs.status, 'new'), COALESCE(rs.assignee, '')
FROM articles a LEFT JOIN review_state rs ON rs.article_id = a.id WHERE a.id = ?`), id).
		Scan(&r.ID, &doc, &received, &r.Status, &r.Assignee)
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	if err != nil {
		return r, fmt.Errorf("reviewdb: article: %w", err)
	}
	r.Doc = []byte(doc.String)
	r.Received = received.T
	return r, nil
}

// ArticleRef is an article's id, title and source, for links.
type ArticleRef struct {
	ID     string  `json:"id"`
	Title  string  `json:"title"`
	Source string  `json:"source"`
	Risk   float64 `json:"risk"`
}

// ArticleRefs returns the stored articles among ids (unknown ids are absent).
func (d *DB) ArticleRefs(ctx context.Context, ids []string) (map[string]ArticleRef, error) {
	out := make(map[string]ArticleRef, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	if len(ids) > 500 {
		ids = ids[:500]
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := d.db.QueryContext(ctx, d.q(`SELECT id, COALESCE(title, ''), COALESCE(source, ''), COALESCE(risk, 0) FROM articles WHERE id IN (`+placeholders(len(args))+`)`), args...)
	if err != nil {
		return nil, fmt.Errorf("reviewdb: article refs: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r ArticleRef
		if err := rows.Scan(&r.ID, &r.Title, &r.Source, &r.Risk); err != nil {
			return nil, fmt.Errorf("reviewdb: article refs: scan: %w", err)
		}
		out[r.ID] = r
	}
	return out, rows.Err()
}

// flexTime scans a timestamp stored as a time, text in a common layout, or
// unix seconds; NULL and unparseable values give the zero time.
type flexTime struct{ T time.Time }

var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02 15:04:05.999999999-07:00",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02",
}

func (f *flexTime) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		f.T = time.Time{}
	case time.Time:
		f.T = x.UTC()
	case int64:
		f.T = time.Unix(x, 0).UTC()
	case []byte:
		return f.Scan(string(x))
	case string:
		s := strings.TrimSpace(x)
		// Drop Go's monotonic clock suffix if a writer stored time.String().
		if i := strings.Index(s, " m="); i > 0 {
			s = s[:i]
		}
		for _, l := range timeLayouts {
			if t, err := time.Parse(l, s); err == nil {
				f.T = t.UTC()
				return nil
			}
		}
		if t, err := time.Parse("2006-01-02 15:04:05.999999999 -0700 MST", s); err == nil {
			f.T = t.UTC()
		}
	}
	return nil
}
