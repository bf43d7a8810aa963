// Package storetest is the conformance suite every store.Store
// implementation runs: document round trip, idempotent redelivery, stale
// documents, claim prints, concurrent writers, not-found and lifecycle
// errors, and the shared table layout (contract columns). It also holds the
// PutArticle benchmark and the seed-sized fixtures it writes.
//
// The suite reads the tables directly to count rows, through the handle the
// store exposes to other components: DB() *sql.DB or Pool() *pgxpool.Pool.
package storetest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/store"
)

// Opener returns a fresh, empty store for one test or benchmark and
// registers its cleanup with tb.
type Opener func(tb testing.TB) store.Store

// Run runs the conformance suite against the stores open returns.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"ContractColumns", testContractColumns},
		{"RoundTrip", testRoundTrip},
		{"DerivedRows", testDerivedRows},
		{"RedeliveryWritesOnce", testRedelivery},
		{"SameStagesReplaces", testSameStagesReplaces},
		{"StaleDocumentDoesNotOverwrite", testStale},
		{"RawHTMLKept", testRawHTMLKept},
		{"ClaimPrints", testClaimPrints},
		{"ClaimPrintsInvalid", testClaimPrintsInvalid},
		{"ConcurrentPutArticle", testConcurrent},
		{"NotFound", testNotFound},
		{"InvalidArticle", testInvalidArticle},
		{"CanceledContext", testCanceled},
		{"PingAndClose", testPingAndClose},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

// contractColumns are the tables and columns other components may read
// (docs: the lead's contracts).
var contractColumns = map[string][]string{
	"articles": {"id", "source", "url", "title", "author", "published", "language", "received", "risk",
		"content_hash", "duplicate_of", "stage_key", "doc", "updated_at", "html"},
	"blocks": {"article_id", "idx", "start_off", "end_off", "label", "score", "reason"},
	"quotes": {"article_id", "idx", "text", "start_off", "end_off", "kind", "speaker_name",
		"speaker_canonical", "speaker_type", "via", "confidence"},
	"claims": {"article_id", "idx", "text", "start_off", "end_off", "checkworthy", "quote_idx",
		"fingerprint", "corroboration"},
	"flags":             {"article_id", "idx", "code", "severity", "score", "explanation"},
	"claim_prints":      {"key", "value", "article_id", "source", "speaker", "text"},
	"schema_migrations": {"version", "name", "applied_at"},
}

var derivedTables = []string{"blocks", "quotes", "claims", "flags"}

func testContractColumns(t *testing.T, s store.Store) {
	h := handleOf(t, s)
	for table, cols := range contractColumns {
		q := "SELECT COUNT(*) FROM (SELECT " + strings.Join(cols, ", ") + " FROM " + table + ") t"
		if _, err := h.count(t.Context(), q); err != nil {
			t.Errorf("table %s lacks a contract column: %v", table, err)
		}
	}
	n, err := h.count(t.Context(), "SELECT COUNT(*) FROM schema_migrations")
	if err != nil || n == 0 {
		t.Errorf("schema_migrations has %d rows (err %v), want the applied migrations", n, err)
	}
}

func testRoundTrip(t *testing.T, s store.Store) {
	ctx := t.Context()
	tests := []struct {
		name string
		a    *article.Article
	}{
		{"full", Article("01JROUNDTRIPFULL", 4)},
		{"minimal", &article.Article{ID: "01JROUNDTRIPMIN"}},
		{"stages ran and found nothing", func() *article.Article {
			a := &article.Article{Schema: article.SchemaVersion, ID: "01JROUNDTRIPEMPTY", Text: "x",
				Blocks: []article.Block{}, Quotes: []article.Quote{}, Claims: []article.Claim{},
				Flags: []article.Flag{}, Signals: map[string]float64{}}
			a.MarkStage("ingest", "1", time.Millisecond, fixedTime)
			return a
		}()},
		{"awkward text", func() *article.Article {
			a := Article("01JROUNDTRIPODD", 4)
			a.Title = "NUL\x00 in the title, <b>tags</b> & 'quotes' — ünïcödé 😀"
			a.Text = "A\x00B " + a.Text
			a.Quotes[0].Text = "quote with NUL\x00"
			a.Flags[0].Explanation = "\\u0000 literally, and \x00 a real one"
			return a
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := s.PutArticle(ctx, tt.a); err != nil {
				t.Fatal(err)
			}
			got, err := s.GetArticle(ctx, tt.a.ID)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.a, got); diff != "" {
				t.Errorf("GetArticle after PutArticle (-put +got):\n%s", diff)
			}
		})
	}
	n, err := s.CountArticles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(tests) {
		t.Errorf("CountArticles = %d, want %d", n, len(tests))
	}
}

// testDerivedRows checks the values others read from the derived tables.
func testDerivedRows(t *testing.T, s store.Store) {
	ctx := t.Context()
	h := handleOf(t, s)
	a := Article("01JDERIVED", 4)
	if err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		query string
		args  []any
		want  int
	}{
		{"article row", "SELECT COUNT(*) FROM articles WHERE id = ? AND title = ? AND source = ? AND risk = ? AND duplicate_of = ? AND stage_key = ? AND received IS NOT NULL",
			[]any{a.ID, a.Title, a.Source, *a.Risk, a.Duplicate.Of, "claims@2,clean@1.3,flagger@0.9,ingest@1"}, 1},
		{"block labels", "SELECT COUNT(*) FROM blocks WHERE article_id = ? AND label = ?", []any{a.ID, "spam"}, 1},
		{"block offsets", "SELECT COUNT(*) FROM blocks WHERE article_id = ? AND idx = 1 AND start_off = ? AND end_off = ?",
			[]any{a.ID, a.Blocks[1].Start, a.Blocks[1].End}, 1},
		{"quote speaker", "SELECT COUNT(*) FROM quotes WHERE article_id = ? AND speaker_canonical = ? AND speaker_type = ? AND kind = ?",
			[]any{a.ID, "Sergey Lavrov", article.SourcePerson, article.KindDirect}, 1},
		{"quote without speaker", "SELECT COUNT(*) FROM quotes WHERE article_id = ? AND speaker_name = '' AND via = ?",
			[]any{a.ID, "TASS"}, 1},
		{"attributed claim", "SELECT COUNT(*) FROM claims WHERE article_id = ? AND quote_idx = 0 AND fingerprint = ? AND corroboration = 2",
			[]any{a.ID, a.Claims[0].Fingerprint}, 1},
		{"unattributed claim", "SELECT COUNT(*) FROM claims WHERE article_id = ? AND quote_idx IS NULL", []any{a.ID}, 1},
		{"flags by code", "SELECT COUNT(*) FROM flags WHERE code = ? AND severity = ?",
			[]any{article.FlagSEOSpam, article.SeverityHigh}, 1},
		{"no risk is NULL", "SELECT COUNT(*) FROM articles WHERE risk IS NULL", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := h.count(ctx, tt.query, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.want {
				t.Errorf("%s: %d rows, want %d", tt.query, n, tt.want)
			}
		})
	}
}

func testRedelivery(t *testing.T, s store.Store) {
	ctx := t.Context()
	h := handleOf(t, s)
	a := Article("01JREDELIVERY", 4)
	other := Article("01JREDELIVERYOTHER", 4)
	for _, x := range []*article.Article{a, a, other, a} {
		if err := s.PutArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	// A redelivery decoded from the message body is a distinct value.
	back, err := s.GetArticle(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutArticle(ctx, back); err != nil {
		t.Fatal(err)
	}
	wantRows(t, h, a)
	wantRows(t, h, other)
	if n, err := s.CountArticles(ctx); err != nil || n != 2 {
		t.Errorf("CountArticles = %d, %v; want 2", n, err)
	}
}

// testRawHTMLKept: the raw HTML an initial record brings is kept when the
// later, enriched documents no longer carry it, whichever lands first, and
// GetArticle returns it; the stored document itself goes without it.
func testRawHTMLKept(t *testing.T, s store.Store) {
	const page = "<html><body><p>The minister said the zqxjrawpage talks were useful.</p></body></html>"
	tests := []struct {
		name         string
		initialFirst bool
	}{
		{"initial record first", true},
		{"initial record after the final one", false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			id := fmt.Sprintf("01JRAWHTML%d", i)
			initial := &article.Article{Schema: article.SchemaVersion, ID: id, Source: "example.org", HTML: page}
			final := Article(id, 4) // no HTML: the clean stage dropped it
			order := []*article.Article{initial, final}
			if !tt.initialFirst {
				order = []*article.Article{final, initial}
			}
			for _, a := range order {
				if err := s.PutArticle(ctx, a); err != nil {
					t.Fatal(err)
				}
			}
			got, err := s.GetArticle(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if got.HTML != page {
				t.Errorf("html %q, want the initial record's page", got.HTML)
			}
			if len(got.Stages) != len(final.Stages) || len(got.Flags) != len(final.Flags) {
				t.Errorf("stored %d stages and %d flags, want the final document's %d and %d", len(got.Stages), len(got.Flags), len(final.Stages), len(final.Flags))
			}
			h := handleOf(t, s)
			if n, err := h.count(ctx, "SELECT COUNT(*) FROM articles WHERE id = '"+id+"' AND CAST(doc AS TEXT) LIKE '%zqxjrawpage%'"); err != nil || n != 0 {
				t.Errorf("the document carries the page (%d rows, err %v), want it in the html column only", n, err)
			}
		})
	}
}

// testSameStagesReplaces: a document reprocessed by the same stage versions
// (a redelivery whose stage ran again) replaces the stored one and its rows.
func testSameStagesReplaces(t *testing.T, s store.Store) {
	ctx := t.Context()
	h := handleOf(t, s)
	a := Article("01JREPROCESSED", 4)
	if err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	b := Article("01JREPROCESSED", 4)
	b.Flags = b.Flags[:1]
	b.Blocks = append(b.Blocks, article.Block{Start: 0, End: 1, Label: article.LabelCaption, Score: 0.5})
	if err := s.PutArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetArticle(ctx, b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(b, got); diff != "" {
		t.Errorf("stored document (-want +got):\n%s", diff)
	}
	wantRows(t, h, b)
}

func testStale(t *testing.T, s store.Store) {
	ctx := t.Context()
	h := handleOf(t, s)
	const id = "01JSTALE"
	tests := []struct {
		name   string
		put    *article.Article
		stored *article.Article // what GetArticle must return afterwards
	}{
		{"first write", Article(id, 2), nil},
		{"more stages overwrite", Article(id, 4), nil},
		{"ingest's initial write after the flagger's", Article(id, 1), Article(id, 4)},
		{"three stages after four", Article(id, 3), Article(id, 4)},
		{"same stage count, new version", withVersion(Article(id, 4), "flagger", "1.0"), nil},
		{"older version with same count still replaces", Article(id, 4), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := s.PutArticle(ctx, tt.put); err != nil {
				t.Fatal(err)
			}
			want := tt.stored
			if want == nil {
				want = tt.put
			}
			got, err := s.GetArticle(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("stored document (-want +got):\n%s", diff)
			}
			wantRows(t, h, want)
		})
	}
}

func withVersion(a *article.Article, stage, version string) *article.Article {
	r := a.Stages[stage]
	r.Version = version
	a.Stages[stage] = r
	return a
}

// ClaimPrintStep is one step of the claim-print conformance sequence
// (ClaimPrintSteps): put Put as the prints of Article, then find the prints
// of Find, which must be Want; Article then holds Rows prints.
type ClaimPrintStep struct {
	Name    string
	Article string
	Put     []store.ClaimPrint
	Find    []string
	Want    []store.ClaimPrint
	Rows    int
}

// ClaimPrintSteps is the claim-print conformance sequence, run in order on
// an empty corpus: every store runs it, and so does every other
// implementation of the flagger's corpus.
func ClaimPrintSteps() []ClaimPrintStep {
	p := func(key, value, id, text string) store.ClaimPrint {
		return store.ClaimPrint{Key: key, Value: value, ArticleID: id, Source: "example.com", Speaker: "Sergey Lavrov", Text: text}
	}
	return []ClaimPrintStep{
		{"first article", "a1", []store.ClaimPrint{p("k1", "10", "a1", "ten"), p("k2", "", "", "no figures")},
			[]string{"k1"}, []store.ClaimPrint{p("k1", "10", "a1", "ten")}, 2},
		{"second article shares a key", "a2", []store.ClaimPrint{p("k1", "12", "a2", "twelve")},
			[]string{"k1", "k1", "", "missing"}, []store.ClaimPrint{p("k1", "10", "a1", "ten"), p("k1", "12", "a2", "twelve")}, 1},
		{"empty article id in a print is filled", "a3", []store.ClaimPrint{p("k2", "", "", "again")},
			[]string{"k2"}, []store.ClaimPrint{p("k2", "", "a1", "no figures"), p("k2", "", "a3", "again")}, 1},
		{"rewrite replaces", "a1", []store.ClaimPrint{p("k3", "3", "a1", "three")},
			[]string{"k1", "k2", "k3"}, []store.ClaimPrint{
				p("k1", "12", "a2", "twelve"), p("k2", "", "a3", "again"), p("k3", "3", "a1", "three")}, 1},
		{"rewrite twice is idempotent", "a1", []store.ClaimPrint{p("k3", "3", "a1", "three")},
			[]string{"k3"}, []store.ClaimPrint{p("k3", "3", "a1", "three")}, 1},
		{"empty list clears", "a2", []store.ClaimPrint{}, []string{"k1"}, nil, 0},
		{"no keys finds nothing", "a3", []store.ClaimPrint{p("k2", "", "a3", "again")}, nil, nil, 1},
	}
}

func testClaimPrints(t *testing.T, s store.Store) {
	ctx := t.Context()
	h := handleOf(t, s)
	p := func(key, value, id, text string) store.ClaimPrint {
		return store.ClaimPrint{Key: key, Value: value, ArticleID: id, Source: "example.com", Speaker: "Sergey Lavrov", Text: text}
	}
	steps := ClaimPrintSteps()
	for _, st := range steps {
		t.Run(st.Name, func(t *testing.T) {
			if err := s.PutClaimPrints(ctx, st.Article, st.Put); err != nil {
				t.Fatal(err)
			}
			got, err := s.FindClaimPrints(ctx, st.Find)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(st.Want, got); diff != "" {
				t.Errorf("FindClaimPrints(%q) (-want +got):\n%s", st.Find, diff)
			}
			n, err := h.count(ctx, "SELECT COUNT(*) FROM claim_prints WHERE article_id = ?", st.Article)
			if err != nil {
				t.Fatal(err)
			}
			if n != st.Rows {
				t.Errorf("claim_prints rows of %s = %d, want %d", st.Article, n, st.Rows)
			}
		})
	}
	// Many keys at once, beyond a single statement's parameter limit.
	many := make([]store.ClaimPrint, 1500)
	keys := make([]string, len(many))
	for i := range many {
		keys[i] = "many-" + strconv.Itoa(i)
		many[i] = p(keys[i], "", "", "t")
	}
	if err := s.PutClaimPrints(ctx, "a-many", many); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindClaimPrints(ctx, keys)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(many) {
		t.Errorf("FindClaimPrints of %d keys returned %d prints", len(keys), len(got))
	}

	// A key that many articles share returns the newest articles' prints
	// (highest ids) up to MaxPrintsPerKey.
	extra := 7
	for i := range store.MaxPrintsPerKey + extra {
		id := fmt.Sprintf("shared-%04d", i)
		if err := s.PutClaimPrints(ctx, id, []store.ClaimPrint{p("shared", "1", id, "t")}); err != nil {
			t.Fatal(err)
		}
	}
	got, err = s.FindClaimPrints(ctx, []string{"shared", "k3"})
	if err != nil {
		t.Fatal(err)
	}
	var shared []string
	for _, g := range got {
		if g.Key == "shared" {
			shared = append(shared, g.ArticleID)
		}
	}
	if len(shared) != store.MaxPrintsPerKey || shared[0] != fmt.Sprintf("shared-%04d", extra) {
		t.Errorf("shared key: %d prints from %v on, want %d from shared-%04d on", len(shared), shared[:min(1, len(shared))], store.MaxPrintsPerKey, extra)
	}
	if len(got) != len(shared)+1 {
		t.Errorf("the cap on one key changed the others: %d prints besides the shared key, want 1", len(got)-len(shared))
	}
}

func testClaimPrintsInvalid(t *testing.T, s store.Store) {
	ctx := t.Context()
	tests := []struct {
		name    string
		article string
		prints  []store.ClaimPrint
	}{
		{"no article id", "", []store.ClaimPrint{{Key: "k"}}},
		{"print of another article", "a1", []store.ClaimPrint{{Key: "k", ArticleID: "a2"}}},
		{"print without key", "a1", []store.ClaimPrint{{Key: "k"}, {Text: "t"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.PutClaimPrints(ctx, tt.article, tt.prints)
			if err == nil {
				t.Fatal("PutClaimPrints succeeded, want an error")
			}
			if !strings.Contains(err.Error(), "put claim prints") {
				t.Errorf("error %q does not name the operation", err)
			}
		})
	}
	got, err := s.FindClaimPrints(ctx, []string{"k"})
	if err != nil || len(got) != 0 {
		t.Errorf("after rejected writes FindClaimPrints = %v, %v; want nothing", got, err)
	}
}

// testConcurrent: writers race on distinct articles and on one shared
// article delivered at every stage count; the most advanced document wins
// whatever the order, each with exactly one copy of its rows.
func testConcurrent(t *testing.T, s store.Store) {
	ctx := t.Context()
	h := handleOf(t, s)
	const writers, perWriter = 6, 5
	const shared = "01JCONCURRENTSHARED"
	var wg sync.WaitGroup
	errs := make(chan error, writers*perWriter*3)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 1))
			for i := range perWriter {
				id := fmt.Sprintf("01JCONCURRENT%02d%02d", w, i)
				errs <- s.PutArticle(ctx, Article(id, 4))
				stages := 1 + rng.IntN(4)
				if i == w%perWriter {
					stages = 4 // every writer delivers the final document once
				}
				errs <- s.PutArticle(ctx, Article(shared, stages))
				errs <- s.PutClaimPrints(ctx, id, []store.ClaimPrint{{Key: "shared-key", Text: id}})
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.GetArticle(ctx, shared)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Article(shared, 4), got); diff != "" {
		t.Errorf("shared article (-want +got):\n%s", diff)
	}
	wantRows(t, h, Article(shared, 4))
	if n, err := s.CountArticles(ctx); err != nil || n != writers*perWriter+1 {
		t.Errorf("CountArticles = %d, %v; want %d", n, err, writers*perWriter+1)
	}
	prints, err := s.FindClaimPrints(ctx, []string{"shared-key"})
	if err != nil || len(prints) != writers*perWriter {
		t.Errorf("FindClaimPrints = %d prints, %v; want %d", len(prints), err, writers*perWriter)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	for _, id := range []string{"01JMISSING", ""} {
		a, err := s.GetArticle(t.Context(), id)
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("GetArticle(%q) = %v, %v; want store.ErrNotFound", id, a, err)
		}
	}
}

func testInvalidArticle(t *testing.T, s store.Store) {
	tests := []struct {
		name string
		a    *article.Article
	}{
		{"nil", nil},
		{"no id", &article.Article{Title: "t"}},
		{"schema from the future", &article.Article{Schema: article.SchemaVersion + 1, ID: "01JFUTURE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.PutArticle(t.Context(), tt.a)
			if err == nil {
				t.Fatal("PutArticle succeeded, want an error")
			}
			if !strings.Contains(err.Error(), "put article") {
				t.Errorf("error %q does not name the operation", err)
			}
		})
	}
	if n, err := s.CountArticles(t.Context()); err != nil || n != 0 {
		t.Errorf("CountArticles = %d, %v; want 0", n, err)
	}
}

func testCanceled(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := s.PutArticle(ctx, Article("01JCANCELED", 4)); err == nil {
		t.Error("PutArticle with a canceled context succeeded")
	}
	if _, err := s.GetArticle(t.Context(), "01JCANCELED"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("after a canceled write GetArticle = %v, want store.ErrNotFound", err)
	}
}

func testPingAndClose(t *testing.T, s store.Store) {
	if err := s.Ping(t.Context()); err != nil {
		t.Fatalf("Ping: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if err := s.Ping(t.Context()); err == nil {
		t.Error("Ping after Close succeeded")
	}
}

// wantRows checks that a's derived tables hold exactly one row per element.
func wantRows(t *testing.T, h handle, a *article.Article) {
	t.Helper()
	want := map[string]int{"articles": 1, "blocks": len(a.Blocks), "quotes": len(a.Quotes),
		"claims": len(a.Claims), "flags": len(a.Flags)}
	for _, table := range append([]string{"articles"}, derivedTables...) {
		col := "article_id"
		if table == "articles" {
			col = "id"
		}
		n, err := h.count(t.Context(), "SELECT COUNT(*) FROM "+table+" WHERE "+col+" = ?", a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if n != want[table] {
			t.Errorf("%s rows of %s = %d, want %d", table, a.ID, n, want[table])
		}
	}
}

// handle reads the store's tables through the handle it exposes.
type handle interface {
	// count runs a query returning one integer; ? marks the parameters.
	count(ctx context.Context, query string, args ...any) (int, error)
	// exec runs a statement; ? marks the parameters.
	exec(ctx context.Context, query string, args ...any) error
}

type sqlHandle struct{ db *sql.DB }

func (h sqlHandle) count(ctx context.Context, q string, args ...any) (int, error) {
	var n int
	err := h.db.QueryRowContext(ctx, q, args...).Scan(&n)
	return n, err
}

func (h sqlHandle) exec(ctx context.Context, q string, args ...any) error {
	_, err := h.db.ExecContext(ctx, q, args...)
	return err
}

type pgHandle struct{ pool *pgxpool.Pool }

func (h pgHandle) count(ctx context.Context, q string, args ...any) (int, error) {
	var n int
	err := h.pool.QueryRow(ctx, numbered(q), args...).Scan(&n)
	return n, err
}

func (h pgHandle) exec(ctx context.Context, q string, args ...any) error {
	_, err := h.pool.Exec(ctx, numbered(q), args...)
	return err
}

// numbered turns ? placeholders into PostgreSQL's $1, $2, ...
func numbered(q string) string {
	var b strings.Builder
	p := 0
	for _, r := range q {
		if r == '?' {
			p++
			b.WriteString("$" + strconv.Itoa(p))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func handleOf(t testing.TB, s store.Store) handle {
	t.Helper()
	switch s := s.(type) {
	case interface{ DB() *sql.DB }:
		return sqlHandle{s.DB()}
	case interface{ Pool() *pgxpool.Pool }:
		return pgHandle{s.Pool()}
	}
	t.Fatalf("store %T exposes neither DB() *sql.DB nor Pool() *pgxpool.Pool", s)
	return nil
}
