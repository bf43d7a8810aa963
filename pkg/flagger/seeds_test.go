package flagger_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/seedgold"
)

const seedsDir = "../../seeds"

func seedNames(t testing.TB) []string {
	t.Helper()
	seeds, err := seedgold.Load(seedsDir)
	if errors.Is(err, seedgold.ErrNoGold) {
		t.Skip("no seeds")
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, sd := range seeds {
		out = append(out, sd.Name)
	}
	return out
}

func readGold(t testing.TB, name string) (seedgold.Gold, string) {
	t.Helper()
	g, err := seedgold.Read(filepath.Join(seedsDir, "gold", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(seedsDir, g.File))
	if err != nil {
		t.Fatal(err)
	}
	return g, string(text)
}

var sentenceEnd = regexp.MustCompile(`[.!?][”"’]?\s+`)

// goldArticle builds the article that clean and claims should produce for a
// seed, from its gold labels: blocks from the line labels, quotes from the
// gold quotes, one claim per content sentence that carries a number or a
// quote. It lets the flag logic be tested apart from the other stages.
func goldArticle(t testing.TB, name string) *article.Article {
	g, text := readGold(t, name)
	a := &article.Article{Schema: article.SchemaVersion, ID: name, Title: g.Meta.Title, Author: g.Meta.Author, Text: text}
	// The oracle blocks without a trailing carriage return, whitespace-only
	// lines left out.
	a.Blocks = []article.Block{}
	for _, b := range seedgold.Blocks(text, g) {
		for b.End > b.Start && text[b.End-1] == '\r' {
			b.End--
		}
		if strings.TrimSpace(text[b.Start:b.End]) == "" {
			continue
		}
		b.Score = 0.9
		if b.Label == article.LabelSpam {
			s := 0.9
			b.Spam = &s
		}
		a.Blocks = append(a.Blocks, b)
	}
	types := map[string]string{}
	for _, s := range g.Sources {
		types[s.Name] = s.Type
	}
	a.Quotes = []article.Quote{}
	for _, q := range g.Quotes {
		i := strings.Index(text, q.Key)
		if i < 0 {
			t.Fatalf("%s: quote key %q not in text", name, q.Key)
		}
		typ := types[q.Speaker]
		if typ == "" {
			typ = article.SourcePerson
		}
		sp := &article.Speaker{Name: q.Speaker, Canonical: q.Speaker, Mention: q.Mention, Type: typ, Start: -1, End: -1}
		lineStart := strings.LastIndexByte(text[:i], '\n') + 1
		lineEnd := strings.IndexByte(text[i:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += i
		}
		if m := strings.Index(text[lineStart:lineEnd], q.Mention); m >= 0 && q.Mention != "" {
			sp.Start, sp.End = lineStart+m, lineStart+m+len(q.Mention)
		}
		a.Quotes = append(a.Quotes, article.Quote{Text: q.Key, Start: i, End: i + len(q.Key), Kind: q.Kind, Speaker: sp, Via: q.Via, Confidence: 0.9})
	}
	a.Sentences = []article.Sentence{}
	a.Claims = []article.Claim{}
	for _, b := range a.Blocks {
		if b.Label != article.LabelContent {
			continue
		}
		para := text[b.Start:b.End]
		start := 0
		for _, m := range append(sentenceEnd.FindAllStringIndex(para, -1), []int{len(para), len(para)}) {
			s, e := b.Start+start, b.Start+m[0]
			if m[0] < len(para) {
				e = b.Start + m[1]
			}
			start = m[1]
			sent := strings.TrimSpace(text[s:e])
			if sent == "" {
				continue
			}
			cw := 0.3
			var quote *int
			for qi, q := range a.Quotes {
				if q.Start >= s && q.End <= e {
					quote = &qi
					break
				}
			}
			if strings.ContainsAny(sent, "0123456789") || quote != nil {
				cw = 0.8
			}
			a.Sentences = append(a.Sentences, article.Sentence{Start: s, End: e, Checkworthy: cw})
			if cw >= 0.5 {
				a.Claims = append(a.Claims, article.Claim{Text: sent, Start: s, End: e, Checkworthy: cw, Quote: quote})
			}
		}
	}
	a.Entities = []article.Entity{}
	return a
}

func codes(a *article.Article) []string {
	var out []string
	for _, f := range a.Flags {
		out = append(out, f.Code)
	}
	return out
}

// checkGold reports gold flags missing and absent flags raised.
func checkGold(t *testing.T, g seedgold.Gold, a *article.Article) {
	t.Helper()
	got := codes(a)
	for _, want := range g.Flags {
		if !slices.Contains(got, want) {
			t.Errorf("flag %s not raised (got %v)", want, got)
		}
	}
	for _, absent := range g.FlagsAbsent {
		if slices.Contains(got, absent) {
			for _, f := range a.Flags {
				if f.Code == absent {
					t.Errorf("flag %s raised but must be absent: %s", absent, f.Explanation)
				}
			}
		}
	}
}

func checkOffsets(t *testing.T, a *article.Article) {
	t.Helper()
	for _, f := range a.Flags {
		if f.Evidence == nil {
			t.Errorf("%s: nil evidence", f.Code)
		}
		for _, e := range f.Evidence {
			if e.Start == 0 && e.End == 0 {
				continue
			}
			if got := a.Slice(e.Start, e.End); got != e.Text {
				t.Errorf("%s: evidence %d:%d is %q, want %q", f.Code, e.Start, e.End, got, e.Text)
			}
		}
		if f.Explanation == "" {
			t.Errorf("%s: no explanation", f.Code)
		}
	}
}

// TestSeedsGoldChain runs the flagger on articles built from the gold
// labels (what clean and claims should produce) and checks the gold flags.
func TestSeedsGoldChain(t *testing.T) {
	st, err := flagger.New(flagger.DefaultConfig(), flagger.NewMemoryCorpus(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range seedNames(t) {
		t.Run(name, func(t *testing.T) {
			g, _ := readGold(t, name)
			a := goldArticle(t, name)
			if err := st.Process(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			for _, f := range a.Flags {
				t.Logf("%s %s %.2f %s", f.Code, f.Severity, f.Score, f.Explanation)
			}
			t.Logf("risk %.3f signals %v", *a.Risk, a.Signals)
			checkGold(t, g, a)
			checkOffsets(t, a)
		})
	}
}
