// Package rows flattens an article document into the rows of the store's
// tables (articles, blocks, quotes, claims, flags) and computes the stage key
// that makes writes idempotent. Both SQL implementations share it so that
// they write the same values; each renders its own dialect.
package rows

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/store"
)

// Set is one article flattened into table rows.
type Set struct {
	ID string
	// StageKey is the sorted name@version list of Article.Stages.
	StageKey string
	// Stages is how many stages the document has passed.
	Stages int
	// Doc is the document as JSON, without its raw HTML (the html column).
	Doc string
	// HTML is the raw HTML, the html column's value.
	HTML string
	// Article holds the values of the articles row, in ArticleColumns order.
	Article []any
	// Derived holds the rows of the derived tables, keyed by table name.
	Derived map[string][][]any
}

// ArticleColumns are the columns of the articles table, in the order of
// Set.Article. html holds Article.HTML, which doc leaves out.
var ArticleColumns = []string{
	"id", "source", "url", "title", "author", "published", "language", "received", "risk",
	"content_hash", "duplicate_of", "stage_key", "doc", "updated_at", "html",
}

// KeepHTMLSQL sets the raw HTML of an article that has none, for a write
// whose upsert changed nothing: an initial record that lands after a later
// one (with more stages, without the HTML) still leaves its page. ph renders
// the placeholders: 1 the HTML, 2 the id.
func KeepHTMLSQL(ph func(i int) string) string {
	return "UPDATE articles SET html = " + ph(1) + " WHERE id = " + ph(2) + " AND html = ''"
}

// keptWhenEmpty are the ArticleColumns an update leaves as they are when
// the new value is empty: the raw HTML comes with the initial record, and
// the stages' documents no longer carry it.
var keptWhenEmpty = map[string]bool{"html": true}

// Table is one derived table: rows that belong to one article.
type Table struct {
	Name    string
	Columns []string
}

// DerivedTables lists the tables whose rows PutArticle replaces, in the order
// they are written.
var DerivedTables = []Table{
	{"blocks", []string{"article_id", "idx", "start_off", "end_off", "label", "score", "reason"}},
	{"quotes", []string{"article_id", "idx", "text", "start_off", "end_off", "kind",
		"speaker_name", "speaker_canonical", "speaker_type", "via", "confidence"}},
	{"claims", []string{"article_id", "idx", "text", "start_off", "end_off", "checkworthy",
		"quote_idx", "fingerprint", "corroboration"}},
	{"flags", []string{"article_id", "idx", "code", "severity", "score", "explanation"}},
}

// ClaimPrintColumns are the columns of the claim_prints table.
var ClaimPrintColumns = []string{"key", "value", "article_id", "source", "speaker", "text"}

// Flatten validates a and turns it into rows. now is the updated_at value.
// Text values pass through clean, which lets a dialect drop what it cannot
// store (PostgreSQL text cannot hold NUL bytes); the document itself is kept
// verbatim.
func Flatten(a *article.Article, now time.Time, clean func(string) string) (*Set, error) {
	if a == nil {
		return nil, errors.New("nil article")
	}
	if a.ID == "" {
		return nil, errors.New("article has no id")
	}
	if a.Schema > article.SchemaVersion {
		return nil, fmt.Errorf("document schema %d is newer than this store understands (%d)", a.Schema, article.SchemaVersion)
	}
	if clean == nil {
		clean = func(s string) string { return s }
	}
	// The document goes without its raw HTML, which has its own column:
	// a page is tens to hundreds of KB, and the document is compared whole
	// on every write (UpsertArticleSQL).
	withoutHTML := *a
	withoutHTML.HTML = ""
	enc, err := article.Encode(&withoutHTML)
	if err != nil {
		return nil, fmt.Errorf("encode document: %w", err)
	}
	doc := string(enc.Bytes()) // the one copy the row keeps
	enc.Release()
	var received any
	if !a.Received.IsZero() {
		received = a.Received.UTC()
	}
	var risk any
	if a.Risk != nil {
		risk = *a.Risk
	}
	var dup any
	if a.Duplicate != nil && a.Duplicate.Of != "" {
		dup = clean(a.Duplicate.Of)
	}
	key := StageKey(a.Stages)
	html := clean(a.HTML)
	s := &Set{
		ID:       a.ID,
		StageKey: key,
		Stages:   len(a.Stages),
		Doc:      doc,
		HTML:     html,
		Article: []any{
			clean(a.ID), clean(a.Source), clean(a.URL), clean(a.Title), clean(a.Author), clean(a.Published),
			clean(a.Language), received, risk, clean(a.ContentHash), dup, clean(key), doc, now.UTC(), html,
		},
		Derived: make(map[string][][]any, len(DerivedTables)),
	}
	id := clean(a.ID)
	for i, b := range a.Blocks {
		s.Derived["blocks"] = append(s.Derived["blocks"], []any{
			id, i, b.Start, b.End, clean(string(b.Label)), b.Score, clean(b.Reason)})
	}
	for i, q := range a.Quotes {
		var name, canonical, typ string
		if q.Speaker != nil {
			name, canonical, typ = q.Speaker.Name, q.Speaker.Canonical, q.Speaker.Type
		}
		s.Derived["quotes"] = append(s.Derived["quotes"], []any{
			id, i, clean(q.Text), q.Start, q.End, clean(q.Kind), clean(name), clean(canonical), clean(typ),
			clean(q.Via), q.Confidence})
	}
	for i, c := range a.Claims {
		var quote any
		if c.Quote != nil {
			quote = *c.Quote
		}
		s.Derived["claims"] = append(s.Derived["claims"], []any{
			id, i, clean(c.Text), c.Start, c.End, c.Checkworthy, quote, clean(c.Fingerprint), c.Corroboration})
	}
	for i, f := range a.Flags {
		s.Derived["flags"] = append(s.Derived["flags"], []any{
			id, i, clean(f.Code), clean(f.Severity), f.Score, clean(f.Explanation)})
	}
	return s, nil
}

// StageKey renders the stages a document has passed as a sorted,
// comma-separated name@version list, e.g. "claims@1,clean@2,ingest@1".
// Commas, '@' and '%' inside names and versions are percent-escaped so that
// the number of stages is always the number of commas plus one.
func StageKey(stages map[string]article.StageRun) string {
	if len(stages) == 0 {
		return ""
	}
	parts := make([]string, 0, len(stages))
	for name, run := range stages {
		parts = append(parts, escape(name)+"@"+escape(run.Version))
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

// StageCountSQL is an SQL expression, valid in SQLite and PostgreSQL, that
// counts the stages in the stage_key column of the named table.
func StageCountSQL(table string) string {
	col := table + ".stage_key"
	return "(CASE WHEN " + col + " = '' THEN 0 ELSE length(" + col + ") - length(replace(" + col + ", ',', '')) + 1 END)"
}

var escaper = strings.NewReplacer("%", "%25", ",", "%2C", "@", "%40")

func escape(s string) string { return escaper.Replace(s) }

// Decode parses a stored document and puts back its raw HTML (the html
// column; documents stored before it had one carry their HTML themselves).
func Decode(doc []byte, html string) (*article.Article, error) {
	var a article.Article
	if err := article.Unmarshal(doc, &a); err != nil {
		return nil, fmt.Errorf("decode document: %w", err)
	}
	if html != "" {
		a.HTML = html
	}
	if a.Schema > article.SchemaVersion {
		return nil, fmt.Errorf("document schema %d is newer than this store understands (%d)", a.Schema, article.SchemaVersion)
	}
	return &a, nil
}

// Prints validates the claim prints of one article and returns their rows,
// in ClaimPrintColumns order. A print without an ArticleID belongs to
// articleID; a print naming another article, or without a key, is an error.
func Prints(articleID string, prints []store.ClaimPrint, clean func(string) string) ([][]any, error) {
	if articleID == "" {
		return nil, errors.New("no article id")
	}
	if clean == nil {
		clean = func(s string) string { return s }
	}
	out := make([][]any, 0, len(prints))
	for i, p := range prints {
		if p.ArticleID != "" && p.ArticleID != articleID {
			return nil, fmt.Errorf("print %d belongs to article %q", i, p.ArticleID)
		}
		if p.Key == "" {
			return nil, fmt.Errorf("print %d has no key", i)
		}
		out = append(out, []any{clean(p.Key), clean(p.Value), clean(articleID), clean(p.Source), clean(p.Speaker), clean(p.Text)})
	}
	return out, nil
}

// UpsertArticleSQL returns the statement that writes the articles row. It
// takes the Set.Article values followed by Set.Stages. ph renders the i-th
// (1-based) placeholder; docText renders a doc column as comparable text.
//
// An existing row is replaced only when the new document has passed at least
// as many stages and differs from the stored one, so a redelivery or a stale
// document affects no row: the caller then leaves the derived rows alone.
func UpsertArticleSQL(ph func(i int) string, docText func(col string) string) string {
	var b strings.Builder
	b.WriteString("INSERT INTO articles (")
	b.WriteString(strings.Join(ArticleColumns, ", "))
	b.WriteString(") VALUES (")
	for i := range ArticleColumns {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(ph(i + 1))
	}
	b.WriteString(") ON CONFLICT (id) DO UPDATE SET ")
	for i, c := range ArticleColumns[1:] {
		if i > 0 {
			b.WriteString(", ")
		}
		if keptWhenEmpty[c] {
			b.WriteString(c + " = CASE WHEN excluded." + c + " = '' THEN articles." + c + " ELSE excluded." + c + " END")
			continue
		}
		b.WriteString(c + " = excluded." + c)
	}
	b.WriteString(" WHERE " + StageCountSQL("articles") + " <= " + ph(len(ArticleColumns)+1))
	b.WriteString(" AND NOT (articles.stage_key = excluded.stage_key AND " +
		docText("articles.doc") + " = " + docText("excluded.doc") + ")")
	return b.String()
}

// InsertSQL returns a multi-row INSERT of n rows into table. ph renders the
// i-th (1-based) placeholder.
func InsertSQL(table string, cols []string, n int, ph func(i int) string) string {
	var b strings.Builder
	b.WriteString("INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES ")
	p := 1
	for r := 0; r < n; r++ {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for c := range cols {
			if c > 0 {
				b.WriteString(", ")
			}
			b.WriteString(ph(p))
			p++
		}
		b.WriteByte(')')
	}
	return b.String()
}

// Chunks splits rows into groups of at most size rows, for multi-row inserts
// that stay under the dialect's parameter limit.
func Chunks(rows [][]any, size int) [][][]any {
	var out [][][]any
	for len(rows) > size {
		out = append(out, rows[:size])
		rows = rows[size:]
	}
	if len(rows) > 0 {
		out = append(out, rows)
	}
	return out
}

// Args flattens rows into one argument list.
func Args(rows [][]any) []any {
	var out []any
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}

// SortPrints orders prints by key, then article, then the remaining fields,
// so that FindClaimPrints answers the same way in every implementation.
func SortPrints(p []store.ClaimPrint) {
	sort.Slice(p, func(i, j int) bool {
		a, b := p[i], p[j]
		for _, c := range [][2]string{{a.Key, b.Key}, {a.ArticleID, b.ArticleID}, {a.Value, b.Value},
			{a.Source, b.Source}, {a.Speaker, b.Speaker}, {a.Text, b.Text}} {
			if c[0] != c[1] {
				return c[0] < c[1]
			}
		}
		return false
	})
}

// UniqueKeys returns keys without duplicates or empty strings.
func UniqueKeys(keys []string) []string {
	seen := make(map[string]bool, len(keys))
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}
