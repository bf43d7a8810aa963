// Package reviewdbtest builds fixtures for the review UI's tests: the store's
// articles and flags tables (columns as in the cross-team contract, for use
// until or instead of the store packages), inserting analyzed articles, and
// seed articles turned into analyzed documents from their gold labels.
package reviewdbtest

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
	"github.com/copydesk/copydesk/pkg/seedgold"
)

// SharedExtensions installs pg_trgm, which reviewdb.EnsureArticleIndexes
// uses, in the public schema of db's database, where no test drops it (when
// it cannot be installed, the review UI works without it). Call it before
// tests that each use a schema of their own: CREATE EXTENSION installs into
// the first schema on the search path, and a test's DROP SCHEMA ... CASCADE
// would then drop the extension and, with it, the trigram indexes of every
// other test's schema, locking their tables while their queries run
// (PostgreSQL found the deadlock and failed a query).
func SharedExtensions(ctx context.Context, db *sql.DB) {
	_, _ = db.ExecContext(ctx, `CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`)
}

// CreateStoreTables creates the store-owned articles and flags tables (if
// absent) with the contract's columns.
func CreateStoreTables(ctx context.Context, db *sql.DB, dialect reviewdb.Dialect) error {
	tsType, realType := "TIMESTAMP", "REAL"
	if dialect == reviewdb.Postgres {
		tsType, realType = "TIMESTAMPTZ", "DOUBLE PRECISION"
	}
	stmts := []string{
		`CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, source TEXT, url TEXT, title TEXT, author TEXT, published TEXT, language TEXT,
    received ` + tsType + `, risk ` + realType + ` NULL, content_hash TEXT, duplicate_of TEXT, stage_key TEXT,
    doc TEXT, updated_at ` + tsType + `)`,
		`CREATE TABLE IF NOT EXISTS flags (
    article_id TEXT NOT NULL, idx INTEGER NOT NULL, code TEXT NOT NULL, severity TEXT NOT NULL,
    score ` + realType + ` NOT NULL, explanation TEXT, PRIMARY KEY (article_id, idx))`,
	}
	for _, s := range stmts {
		if _, err := db.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("reviewdbtest: create store tables: %w", err)
		}
	}
	return nil
}

func rebind(dialect reviewdb.Dialect, q string) string {
	if dialect != reviewdb.Postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, c := range q {
		if c == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// InsertArticle writes an analyzed article and its flags as the store would.
func InsertArticle(ctx context.Context, x execer, dialect reviewdb.Dialect, a *article.Article) error {
	doc, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("reviewdbtest: insert article: %w", err)
	}
	var risk any
	if a.Risk != nil {
		risk = *a.Risk
	}
	var dup any
	if a.Duplicate != nil {
		dup = a.Duplicate.Of
	}
	_, err = x.ExecContext(ctx, rebind(dialect, `INSERT INTO articles (id, source, url, title, author, published, language, received, risk, content_hash, duplicate_of, stage_key, doc, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
		a.ID, a.Source, a.URL, a.Title, a.Author, a.Published, a.Language, a.Received.UTC(), risk, a.ContentHash, dup, "test", string(doc), a.Received.UTC())
	if err != nil {
		return fmt.Errorf("reviewdbtest: insert article %s: %w", a.ID, err)
	}
	for i, f := range a.Flags {
		if _, err := x.ExecContext(ctx, rebind(dialect, `INSERT INTO flags (article_id, idx, code, severity, score, explanation) VALUES (?, ?, ?, ?, ?, ?)`),
			a.ID, i, f.Code, f.Severity, f.Score, f.Explanation); err != nil {
			return fmt.Errorf("reviewdbtest: insert flag %s/%d: %w", a.ID, i, err)
		}
	}
	return nil
}

var severityWeight = map[string]float64{article.SeverityInfo: 0.1, article.SeverityWarn: 0.25, article.SeverityHigh: 0.45}

// flagSeverity gives fixture severities: spam and clickbait high, the rest warn.
func flagSeverity(code string) string {
	switch code {
	case article.FlagSEOSpam, article.FlagClickbaitHeadline, article.FlagContentFarm:
		return article.SeverityHigh
	case article.FlagLanguageQuality, article.FlagNearDuplicate, article.FlagSyndicatedCopy:
		return article.SeverityInfo
	}
	return article.SeverityWarn
}

// FromSeed builds an analyzed article from a seed text file and its gold
// labels: blocks from the labelled lines, quotes located by their keys, and
// the gold flags with evidence (spam blocks for seo_spam, the headline for
// headline flags, the first quote or content line otherwise).
func FromSeed(txtPath, goldPath string, received time.Time) (*article.Article, error) {
	text, err := os.ReadFile(txtPath)
	if err != nil {
		return nil, fmt.Errorf("reviewdbtest: read seed: %w", err)
	}
	g, err := seedgold.Read(goldPath)
	if err != nil {
		return nil, fmt.Errorf("reviewdbtest: read gold: %w", err)
	}
	base := filepath.Base(txtPath)
	a := &article.Article{
		Schema: article.SchemaVersion, ID: strings.TrimSuffix(base, filepath.Ext(base)),
		Source: "seeds", Title: g.Meta.Title, Author: g.Meta.Author, Language: "en",
		Received: received.UTC(), Text: string(text),
	}
	// Blocks: one per labelled line, without a trailing carriage return.
	a.Blocks = []article.Block{}
	for _, b := range seedgold.Blocks(a.Text, g) {
		for b.End > b.Start && a.Text[b.End-1] == '\r' {
			b.End--
		}
		if b.Start == b.End {
			continue
		}
		b.Score = 0.9
		if b.IsBoilerplate() {
			b.Reason = "gold label: " + string(b.Label)
		}
		a.Blocks = append(a.Blocks, b)
	}
	a.Quotes = []article.Quote{}
	for _, q := range g.Quotes {
		i := strings.Index(a.Text, q.Key)
		if i < 0 {
			continue
		}
		typ := article.SourcePerson
		if strings.Contains(strings.ToLower(q.Speaker), "source") || strings.Contains(strings.ToLower(q.Speaker), "official") {
			typ = article.SourceAnonymous
		}
		a.Quotes = append(a.Quotes, article.Quote{
			Text: q.Key, Start: i, End: i + len(q.Key), Kind: q.Kind, Via: q.Via, Confidence: 0.8,
			Speaker: &article.Speaker{Name: q.Speaker, Canonical: q.Speaker, Mention: q.Mention, Type: typ},
		})
	}
	a.Claims = []article.Claim{}
	for i, q := range a.Quotes {
		qi := i
		a.Claims = append(a.Claims, article.Claim{Text: q.Text, Start: q.Start, End: q.End,
			Checkworthy: 0.9 - 0.1*float64(i%5), Quote: &qi, Corroboration: i % 3})
	}
	sort.Slice(a.Claims, func(i, j int) bool { return a.Claims[i].Checkworthy > a.Claims[j].Checkworthy })
	a.Flags = []article.Flag{}
	risk := 0.0
	for _, code := range g.Flags {
		f := article.Flag{Code: code, Severity: flagSeverity(code), Score: 0.8,
			Explanation: "fixture flag " + code + " from the seed's gold labels", Evidence: []article.Span{}}
		switch {
		case code == article.FlagSEOSpam:
			for _, b := range a.Blocks {
				if b.Label == article.LabelSpam {
					f.Evidence = append(f.Evidence, article.Span{Text: a.Slice(b.Start, b.End), Start: b.Start, End: b.End})
				}
			}
		case strings.HasPrefix(code, "clickbait") || strings.HasPrefix(code, "headline"):
			for _, b := range a.Blocks {
				if b.Label == article.LabelHeadline {
					f.Evidence = append(f.Evidence, article.Span{Text: a.Slice(b.Start, b.End), Start: b.Start, End: b.End})
					break
				}
			}
		case len(a.Quotes) > 0:
			q := a.Quotes[0]
			f.Evidence = append(f.Evidence, article.Span{Text: q.Text, Start: q.Start, End: q.End})
		}
		risk += severityWeight[f.Severity] * f.Score
		a.Flags = append(a.Flags, f)
	}
	if risk > 1 {
		risk = 1
	}
	a.Risk = &risk
	return a, nil
}

// Seeds loads every seed under dir (with dir/gold) as analyzed articles.
func Seeds(dir string, received time.Time) ([]*article.Article, error) {
	txts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	var out []*article.Article
	for i, p := range txts {
		base := strings.TrimSuffix(filepath.Base(p), ".txt")
		a, err := FromSeed(p, filepath.Join(dir, "gold", base+".json"), received.Add(time.Duration(i)*time.Minute))
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}
