package flagger_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/store"
)

// claimArticle is an article whose one paragraph is one claim, carried by a
// direct quote of speaker when speaker is not empty.
func claimArticle(id, source, text, speaker string) *article.Article {
	a := para("Talks", text)
	a.ID, a.Source = id, source
	b := a.Blocks[1]
	a.Claims = []article.Claim{{Text: text, Start: b.Start, End: b.End, Checkworthy: 0.9}}
	a.Quotes = []article.Quote{}
	if speaker != "" {
		i := strings.Index(a.Text, "“")
		j := strings.Index(a.Text, "”")
		a.Quotes = append(a.Quotes, article.Quote{Text: a.Text[i : j+len("”")], Start: i, End: j + len("”"), Kind: article.KindDirect,
			Speaker: &article.Speaker{Name: speaker, Canonical: speaker, Type: article.SourcePerson, Start: -1, End: -1}})
		q := 0
		a.Claims[0].Quote = &q
	}
	return a
}

func TestCrossArticle(t *testing.T) {
	const (
		troopsA = "Moscow denies it plans to invade Ukraine despite retaining around 100,000 troops along the border."
		troopsB = "Ms Truss said she could not see any other reason for having 100,000 troops stationed on the border of Ukraine."
		troopsC = "Moscow denies it plans to invade Ukraine despite retaining around 130,000 troops along the border."
		belarus = "Russia was expected to have 30,000 troops in Belarus as well as fighter jets."
		quoteA  = "“Russia is not afraid of anyone, not even the United States,” he told reporters."
	)
	type step struct {
		a            *article.Article
		corroborated int      // Claims[0].Corroboration
		codes        []string // cross-article flags raised
		related      []string
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"same figure in another source corroborates", []step{
			{a: claimArticle("a1", "site-a", troopsA, ""), corroborated: 0},
			{a: claimArticle("a2", "site-b", troopsB, ""), corroborated: 1, codes: []string{article.FlagCorroboratedClaim}, related: []string{"a1"}},
		}},
		{"same source is not independent", []step{
			{a: claimArticle("a1", "site-a", troopsA, "")},
			{a: claimArticle("a2", "site-a", troopsB, ""), corroborated: 0},
		}},
		{"same unit elsewhere is neither", []step{
			{a: claimArticle("a1", "site-a", troopsA, "")},
			{a: claimArticle("a2", "site-b", belarus, ""), corroborated: 0},
		}},
		{"different figure for the same thing contradicts", []step{
			{a: claimArticle("a1", "site-a", troopsA, "")},
			{a: claimArticle("a2", "site-b", troopsC, ""), codes: []string{article.FlagContradictedClaim}, related: []string{"a1"}},
		}},
		{"same quote, same speaker corroborates", []step{
			{a: claimArticle("a1", "site-a", quoteA, "Sergei Ryabkov")},
			{a: claimArticle("a2", "site-b", quoteA, "Ryabkov"), corroborated: 1, codes: []string{article.FlagCorroboratedClaim}},
		}},
		{"same quote, other speaker conflicts", []step{
			{a: claimArticle("a1", "site-a", quoteA, "Sergei Ryabkov")},
			{a: claimArticle("a2", "site-b", quoteA, "Sergey Lavrov"), codes: []string{article.FlagQuoteAttributionConflict}, related: []string{"a1"}},
		}},
		{"redelivery replaces own prints", []step{
			{a: claimArticle("a1", "site-a", troopsA, "")},
			{a: claimArticle("a1", "site-a", troopsA, ""), corroborated: 0},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newStage(t, flagger.NewMemoryCorpus())
			for i, s := range tt.steps {
				if err := st.Process(context.Background(), s.a); err != nil {
					t.Fatal(err)
				}
				c := s.a.Claims[0]
				if c.Fingerprint == "" {
					t.Errorf("step %d: no fingerprint", i)
				}
				if c.Corroboration != s.corroborated {
					t.Errorf("step %d: corroboration = %d, want %d", i, c.Corroboration, s.corroborated)
				}
				var got []string
				var related []string
				for _, f := range s.a.Flags {
					switch f.Code {
					case article.FlagCorroboratedClaim, article.FlagContradictedClaim, article.FlagQuoteAttributionConflict:
						got = append(got, f.Code)
						related = append(related, f.Related...)
						if f.Severity != article.SeverityInfo {
							t.Errorf("%s severity %s, want info", f.Code, f.Severity)
						}
					}
				}
				if !slices.Equal(got, s.codes) {
					t.Errorf("step %d: cross flags = %v, want %v", i, got, s.codes)
				}
				if s.related != nil && !slices.Equal(related, s.related) {
					t.Errorf("step %d: related = %v, want %v", i, related, s.related)
				}
				checkOffsets(t, s.a)
			}
		})
	}
}

// TestCrossEvidenceOnceAClaim: a claim contradicted by several articles, or
// a quote given to other speakers by several, is highlighted once; related
// still names every article.
func TestCrossEvidenceOnceAClaim(t *testing.T) {
	const quote = "“Russia is not afraid of anyone, not even the United States,” he told reporters."
	tests := []struct {
		name    string
		earlier []*article.Article
		a       *article.Article
		code    string
	}{
		{"contradicted by three articles", []*article.Article{
			claimArticle("a1", "site-a", "Moscow denies it plans to invade Ukraine despite retaining around 100,000 troops along the border.", ""),
			claimArticle("a2", "site-b", "Moscow denies it plans to invade Ukraine despite retaining around 110,000 troops along the border.", ""),
			claimArticle("a3", "site-c", "Moscow denies it plans to invade Ukraine despite retaining around 120,000 troops along the border.", ""),
		}, claimArticle("a4", "site-d", "Moscow denies it plans to invade Ukraine despite retaining around 130,000 troops along the border.", ""),
			article.FlagContradictedClaim},
		{"quote given to two other speakers", []*article.Article{
			claimArticle("a1", "site-a", quote, "Sergey Lavrov"),
			claimArticle("a2", "site-b", quote, "Maria Zakharova"),
		}, claimArticle("a3", "site-c", quote, "Sergei Ryabkov"), article.FlagQuoteAttributionConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newStage(t, flagger.NewMemoryCorpus())
			for _, a := range append(tt.earlier, tt.a) {
				if err := st.Process(context.Background(), a); err != nil {
					t.Fatal(err)
				}
			}
			var flag *article.Flag
			for i := range tt.a.Flags {
				if tt.a.Flags[i].Code == tt.code {
					flag = &tt.a.Flags[i]
				}
			}
			if flag == nil {
				t.Fatalf("no %s flag in %+v", tt.code, tt.a.Flags)
			}
			if len(flag.Evidence) != 1 {
				t.Errorf("evidence = %+v, want the one span", flag.Evidence)
			}
			var want []string
			for _, a := range tt.earlier {
				want = append(want, a.ID)
			}
			if !slices.Equal(flag.Related, want) {
				t.Errorf("related = %v, want %v", flag.Related, want)
			}
		})
	}
}

// TestSeedsCorroborate: seeds 001 and 002 both report 100,000 troops.
func TestSeedsCorroborate(t *testing.T) {
	st := newStage(t, flagger.NewMemoryCorpus())
	var last *article.Article
	for _, name := range []string{"001_11ef9a64a3f51661", "002_36bb195d2287ec20"} {
		last = goldArticle(t, name)
		if err := st.Process(context.Background(), last); err != nil {
			t.Fatal(err)
		}
	}
	found := false
	for _, c := range last.Claims {
		if strings.Contains(c.Text, "100,000 troops") {
			found = true
			if c.Corroboration != 1 {
				t.Errorf("claim %q corroboration = %d, want 1", c.Text, c.Corroboration)
			}
		}
	}
	if !found {
		t.Fatal("no 100,000 troops claim in seed 002")
	}
	if f := flagOf(last, article.FlagCorroboratedClaim); f == nil || !slices.Contains(f.Related, "001_11ef9a64a3f51661") {
		t.Errorf("corroborated_claim flag = %+v", f)
	}
}

type failingCorpus struct{ err error }

func (f failingCorpus) PutClaimPrints(context.Context, string, []store.ClaimPrint) error {
	return f.err
}
func (f failingCorpus) FindClaimPrints(context.Context, []string) ([]store.ClaimPrint, error) {
	return nil, f.err
}

func TestCorpusFailureIsRetryable(t *testing.T) {
	st := newStage(t, failingCorpus{err: context.DeadlineExceeded})
	a := claimArticle("a1", "s", "Around 100,000 troops remain on the Ukrainian border.", "")
	err := st.Process(context.Background(), a)
	if err == nil || !strings.Contains(err.Error(), "flagger: find claim prints") {
		t.Fatalf("err = %v", err)
	}
}

func TestMemoryCorpus(t *testing.T) {
	ctx := context.Background()
	c := flagger.NewMemoryCorpus()
	p := func(key, val, id string) store.ClaimPrint {
		return store.ClaimPrint{Key: key, Value: val, ArticleID: id}
	}
	if err := c.PutClaimPrints(ctx, "a", []store.ClaimPrint{p("k1", "1", "a"), p("k2", "2", "a")}); err != nil {
		t.Fatal(err)
	}
	if err := c.PutClaimPrints(ctx, "b", []store.ClaimPrint{p("k1", "3", "b")}); err != nil {
		t.Fatal(err)
	}
	got, _ := c.FindClaimPrints(ctx, []string{"k1", "k1", "nope"})
	if len(got) != 2 || got[0].ArticleID != "a" || got[1].ArticleID != "b" {
		t.Errorf("find k1 = %+v", got)
	}
	// Replacing a's prints drops k2.
	if err := c.PutClaimPrints(ctx, "a", nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := c.FindClaimPrints(ctx, []string{"k2"}); len(got) != 0 {
		t.Errorf("k2 after replace = %+v", got)
	}
	// Concurrent use.
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			id := string(rune('c' + i))
			_ = c.PutClaimPrints(ctx, id, []store.ClaimPrint{p("k1", "x", id)})
			_, _ = c.FindClaimPrints(ctx, []string{"k1"})
		})
	}
	wg.Wait()
	if got, _ := c.FindClaimPrints(ctx, []string{"k1"}); len(got) != 9 {
		t.Errorf("k1 prints = %d, want 9", len(got))
	}
}

// TestConcurrentProcess runs the stage from several goroutines on one
// corpus (run with -race).
func TestConcurrentProcess(t *testing.T) {
	st := newStage(t, flagger.NewMemoryCorpus())
	names := seedNames(t)
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(names))
	for r := range 4 {
		for _, name := range names {
			a := goldArticle(t, name)
			a.ID = name + "-" + string(rune('a'+r))
			wg.Go(func() {
				errs <- st.Process(context.Background(), a)
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func TestMemoryCorpusCapsPrintsPerKey(t *testing.T) {
	ctx := context.Background()
	c := flagger.NewMemoryCorpus()
	for i := range store.MaxPrintsPerKey + 3 {
		id := fmt.Sprintf("a%04d", i)
		if err := c.PutClaimPrints(ctx, id, []store.ClaimPrint{{Key: "k", Value: "1", ArticleID: id}}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := c.FindClaimPrints(ctx, []string{"k"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != store.MaxPrintsPerKey || got[0].ArticleID != "a0003" {
		t.Errorf("got %d prints from %s on, want %d from a0003 on", len(got), got[0].ArticleID, store.MaxPrintsPerKey)
	}
}
