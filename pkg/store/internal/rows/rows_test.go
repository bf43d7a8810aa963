package rows

import (
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/store"
)

func TestStageKey(t *testing.T) {
	run := func(v string) article.StageRun { return article.StageRun{Version: v} }
	tests := []struct {
		name   string
		stages map[string]article.StageRun
		want   string
	}{
		{"none", nil, ""},
		{"empty map", map[string]article.StageRun{}, ""},
		{"one", map[string]article.StageRun{"ingest": run("1")}, "ingest@1"},
		{"sorted", map[string]article.StageRun{"flagger": run("0.9"), "clean": run("1.3"), "ingest": run("1")},
			"clean@1.3,flagger@0.9,ingest@1"},
		{"separators escaped", map[string]article.StageRun{"a,b": run("1@2"), "c": run("50%")},
			"a%2Cb@1%402,c@50%25"},
		{"empty version", map[string]article.StageRun{"x": run("")}, "x@"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StageKey(tt.stages); got != tt.want {
				t.Errorf("StageKey = %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzStageKey: the key always has one comma-separated part per stage, which
// is what the SQL stage count relies on, and one key per stage set.
func FuzzStageKey(f *testing.F) {
	f.Add("ingest", "1", "clean", "1.3")
	f.Add("a,b", "%2C", "a", "b,")
	f.Add("", "", "@", ",")
	f.Fuzz(func(t *testing.T, n1, v1, n2, v2 string) {
		stages := map[string]article.StageRun{n1: {Version: v1}, n2: {Version: v2}}
		key := StageKey(stages)
		if got := strings.Count(key, ",") + 1; got != len(stages) {
			t.Errorf("StageKey(%v) = %q has %d parts, want %d", stages, key, got, len(stages))
		}
		if n1 != n2 {
			swapped := map[string]article.StageRun{n1: {Version: v2}, n2: {Version: v1}}
			if v1 != v2 && StageKey(swapped) == key {
				t.Errorf("different stage versions share key %q", key)
			}
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"schema":1,"id":"x","stages":{"ingest":{"version":"1"}}}`))
	f.Add([]byte(`{"schema":99}`))
	f.Add([]byte(`nul`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		a, err := Decode(doc, "<p>page</p>")
		if err == nil && a.Schema > article.SchemaVersion {
			t.Errorf("Decode accepted schema %d", a.Schema)
		}
		if err == nil && a.HTML != "<p>page</p>" {
			t.Errorf("Decode did not put back the html column: %q", a.HTML)
		}
	})
}

func TestFlatten(t *testing.T) {
	q := 1
	risk := 0.5
	a := &article.Article{Schema: 1, ID: "id\x00", Title: "t\x00", HTML: "<p>page\x00</p>",
		Received: time.Date(2026, 1, 2, 3, 4, 5, 0, time.FixedZone("x", 3600)),
		Risk:     &risk, Duplicate: &article.Duplicate{Of: "other"},
		Quotes: []article.Quote{{Text: "q"}, {Text: "r", Speaker: &article.Speaker{Name: "n", Canonical: "c", Type: "person"}}},
		Claims: []article.Claim{{Text: "c", Quote: &q}, {Text: "d"}},
		Stages: map[string]article.StageRun{"ingest": {Version: "1"}},
	}
	strip := func(s string) string { return strings.ReplaceAll(s, "\x00", "") }
	s, err := Flatten(a, time.Unix(0, 0), strip)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Article) != len(ArticleColumns) {
		t.Fatalf("%d article values for %d columns", len(s.Article), len(ArticleColumns))
	}
	for _, tbl := range DerivedTables {
		for _, r := range s.Derived[tbl.Name] {
			if len(r) != len(tbl.Columns) {
				t.Errorf("%s: %d values for %d columns", tbl.Name, len(r), len(tbl.Columns))
			}
		}
	}
	col := func(name string) any {
		for i, c := range ArticleColumns {
			if c == name {
				return s.Article[i]
			}
		}
		t.Fatalf("no column %s", name)
		return nil
	}
	if got := col("id"); got != "id" {
		t.Errorf("id = %q, want the cleaned id", got)
	}
	if got := col("received").(time.Time); got.Location() != time.UTC || !got.Equal(a.Received) {
		t.Errorf("received = %v, want %v in UTC", got, a.Received)
	}
	if got := col("duplicate_of"); got != "other" {
		t.Errorf("duplicate_of = %v", got)
	}
	if !strings.Contains(s.Doc, `"title":"t\u0000"`) {
		t.Errorf("doc lost the original title: %s", s.Doc)
	}
	if got := col("html"); got != "<p>page</p>" || s.HTML != "<p>page</p>" {
		t.Errorf("html = %q (Set.HTML %q), want the cleaned page", got, s.HTML)
	}
	if strings.Contains(s.Doc, "page") || a.HTML == "" {
		t.Errorf("the document carries the page, or Flatten changed the article: doc %s, html %q", s.Doc, a.HTML)
	}
	if got := s.Derived["claims"][1][6]; got != nil {
		t.Errorf("unattributed claim quote_idx = %v, want nil", got)
	}
	if got := s.Derived["quotes"][1][6:9]; got[0] != "n" || got[1] != "c" || got[2] != "person" {
		t.Errorf("speaker columns = %v", got)
	}

	for _, bad := range []*article.Article{nil, {}, {ID: "x", Schema: article.SchemaVersion + 1}} {
		if _, err := Flatten(bad, time.Now(), nil); err == nil {
			t.Errorf("Flatten(%+v) succeeded", bad)
		}
	}
	empty, err := Flatten(&article.Article{ID: "x"}, time.Now(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if col := empty.Article; col[7] != nil || col[8] != nil || col[10] != nil {
		t.Errorf("absent received, risk, duplicate_of should be NULL: %v", col)
	}
}

func TestSQL(t *testing.T) {
	q := func(int) string { return "?" }
	if got, want := InsertSQL("t", []string{"a", "b"}, 2, q), "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)"; got != want {
		t.Errorf("InsertSQL = %q, want %q", got, want)
	}
	up := UpsertArticleSQL(q, func(c string) string { return c })
	if n := strings.Count(up, "?"); n != len(ArticleColumns)+1 {
		t.Errorf("upsert has %d placeholders, want %d", n, len(ArticleColumns)+1)
	}
	if got := Chunks(make([][]any, 5), 2); len(got) != 3 || len(got[2]) != 1 {
		t.Errorf("Chunks(5, 2) = %d chunks", len(got))
	}
	if got := Chunks(nil, 2); len(got) != 0 {
		t.Errorf("Chunks(nil) = %d chunks", len(got))
	}
}

func TestPrints(t *testing.T) {
	rs, err := Prints("a", []store.ClaimPrint{{Key: "k", Text: "t"}, {Key: "k2", ArticleID: "a"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 || rs[0][2] != "a" || rs[1][2] != "a" {
		t.Errorf("rows = %v", rs)
	}
	if got := UniqueKeys([]string{"b", "", "a", "b"}); strings.Join(got, ",") != "b,a" {
		t.Errorf("UniqueKeys = %q", got)
	}
}
