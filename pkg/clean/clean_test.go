package clean

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/clean/memory"
	"github.com/copydesk/copydesk/pkg/stage"
)

// checkBlocks verifies the invariants every result must keep.
func checkBlocks(t *testing.T, a *article.Article) {
	t.Helper()
	if a.Blocks == nil {
		t.Fatal("Blocks is nil after the stage ran")
	}
	prev := 0
	for i, b := range a.Blocks {
		if b.Start < prev || b.End <= b.Start || b.End > len(a.Text) {
			t.Fatalf("block %d [%d,%d) out of order or out of the text (len %d)", i, b.Start, b.End, len(a.Text))
		}
		if b.Score < 0 || b.Score > 1 {
			t.Errorf("block %d score %v", i, b.Score)
		}
		if !slicesContains(article.Labels, b.Label) {
			t.Errorf("block %d unknown label %q", i, b.Label)
		}
		prev = b.End
	}
	if want := MainText(a.Text, a.Blocks); a.MainText != want {
		t.Errorf("MainText is not the content blocks joined")
	}
	if s, ok := a.Signals["spam"]; !ok || s < 0 || s > 1 {
		t.Errorf("signals.spam = %v, %v", s, ok)
	}
}

func slicesContains(ls []article.Label, l article.Label) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

func TestBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 10000) + "<p>deep text here</p>" + strings.Repeat("</div>", 10000)
	links := "<html><body>" + strings.Repeat(`<a href="/a">Some link</a> `, 5000) + "</body></html>"
	var varied strings.Builder
	varied.WriteString("<html><body><ul>")
	for i := range 3000 {
		fmt.Fprintf(&varied, `<li><a href="/s/%d">Council approves budget for road number %d</a></li>`, i, i)
	}
	varied.WriteString("</ul></body></html>")
	tests := []struct {
		name    string
		a       article.Article
		wantErr bool
		check   func(t *testing.T, a *article.Article)
	}{
		{name: "empty", check: func(t *testing.T, a *article.Article) {
			if len(a.Blocks) != 0 || a.MainText != "" {
				t.Errorf("blocks %v main %q", a.Blocks, a.MainText)
			}
		}},
		{name: "whitespace only", a: article.Article{Text: " \n\t\n\r\n  \u00a0 \n"}, check: func(t *testing.T, a *article.Article) {
			if len(a.Blocks) != 0 {
				t.Errorf("blocks %v", a.Blocks)
			}
		}},
		{name: "one 10 MB line", a: article.Article{Text: strings.Repeat("lorem ipsum dolor sit amet, ", 10<<20/28)}, check: func(t *testing.T, a *article.Article) {
			if len(a.Blocks) != 1 {
				t.Errorf("%d blocks, want 1", len(a.Blocks))
			}
		}},
		{name: "invalid UTF-8", a: article.Article{Text: "Title \xff\xfe here\n\nThe minister said on Monday that the \xc3\x28 talks were useful and would go on.\n"}, check: func(t *testing.T, a *article.Article) {
			if !utf8.ValidString(a.Text) || !utf8.ValidString(a.MainText) {
				t.Error("text left with invalid UTF-8")
			}
		}},
		{name: "NUL bytes", a: article.Article{Text: "\x00\x00Headline\x00 of the day\n\n\x00The minister said on Monday that the talks were useful and would go on.\x00\n"}, check: func(t *testing.T, a *article.Article) {
			if !strings.Contains(a.MainText, "minister said") {
				t.Errorf("main text %q", a.MainText)
			}
		}},
		{name: "HTML nested 10000 deep", a: article.Article{HTML: deep}},
		{name: "all links", a: article.Article{HTML: links}, check: func(t *testing.T, a *article.Article) {
			if strings.Count(a.MainText, "Some link") > 10 {
				t.Errorf("links kept as content: %d", strings.Count(a.MainText, "Some link"))
			}
		}},
		{name: "all links, a list of headlines", a: article.Article{HTML: varied.String()}, check: func(t *testing.T, a *article.Article) {
			if n := strings.Count(a.MainText, "Council approves"); n > 10 {
				t.Errorf("links kept as content: %d", n)
			}
		}},
		{name: "html ref without resolver", a: article.Article{HTMLRef: "obj"}, wantErr: true},
	}
	s := newTestStage(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a
			a.ID = "bad"
			err := s.Process(context.Background(), &a)
			if tt.wantErr {
				if err == nil || stage.IsRetryable(err) {
					t.Fatalf("err = %v, want a permanent error", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkBlocks(t, &a)
			if tt.check != nil {
				tt.check(t, &a)
			}
		})
	}
}

// TestHTMLLeavesDocument: once the text is extracted, the inline page is
// not carried to the later stages; text input is left as it was.
func TestHTMLLeavesDocument(t *testing.T) {
	page := `<html><head><title>Talks in Geneva</title></head><body><article><h1>Talks in Geneva</h1>
<p>The two foreign ministers met in Geneva on Friday for talks that both sides described as frank and useful, officials said.</p>
<p>They agreed to keep talking and to meet again next month, according to a statement released after the meeting.</p>
</article></body></html>`
	tests := []struct {
		name     string
		a        article.Article
		wantText string
	}{
		{"inline html", article.Article{HTML: page}, "frank and useful"},
		{"html with text beside it", article.Article{HTML: page, Text: "a stale text"}, "frank and useful"},
		{"text only", article.Article{Text: "The minister said on Monday that the talks were useful and would go on."}, "talks were useful"},
	}
	s := newTestStage(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a
			a.ID = "h"
			if err := s.Process(context.Background(), &a); err != nil {
				t.Fatal(err)
			}
			if a.HTML != "" {
				t.Errorf("html still in the document (%d bytes)", len(a.HTML))
			}
			if !strings.Contains(a.Text, tt.wantText) || !strings.Contains(a.MainText, tt.wantText) {
				t.Errorf("text %q, main text %q; want %q in both", a.Text, a.MainText, tt.wantText)
			}
		})
	}
}

func TestHTMLRef(t *testing.T) {
	page := `<html><head><title>Ministers meet in Geneva</title><meta name="author" content="Jane Roe"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet in Geneva</h1>
<p>The two foreign ministers met in Geneva on Friday for talks that both sides described as frank and useful, officials said.</p>
<p>They agreed to keep talking and to meet again next month, according to a statement released after the meeting ended.</p>
<p>Neither side announced a breakthrough, but diplomats said the tone of the meeting had been better than expected by many.</p>
</article><footer>Copyright 2024</footer></body></html>`
	tests := []struct {
		name      string
		resolve   HTMLResolver
		retryable bool
	}{
		{name: "resolved", resolve: func(ctx context.Context, ref string) ([]byte, error) { return []byte(page), nil }},
		{name: "resolver fails", resolve: func(ctx context.Context, ref string) ([]byte, error) { return nil, errors.New("down") }, retryable: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(DefaultConfig(), Deps{ResolveHTML: tt.resolve}, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			a := &article.Article{ID: "h", HTMLRef: "obj", Author: "Preset Author"}
			err = s.Process(context.Background(), a)
			if tt.retryable {
				if !stage.IsRetryable(err) {
					t.Fatalf("err = %v, want retryable", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkBlocks(t, a)
			if a.Title != "Ministers meet in Geneva" {
				t.Errorf("title %q", a.Title)
			}
			if a.Author != "Preset Author" {
				t.Errorf("author overwritten: %q", a.Author)
			}
			if !strings.Contains(a.MainText, "frank and useful") || strings.Contains(a.MainText, "Copyright") {
				t.Errorf("main text %q", a.MainText)
			}
			if a.HTMLRef != "obj" {
				t.Errorf("html_ref %q, want it kept", a.HTMLRef)
			}
		})
	}
}

func TestKeepsInputMetadata(t *testing.T) {
	s := newTestStage(t)
	a := &article.Article{ID: "m", Title: "Given title", Author: "Given Author", Published: "2020-01-01",
		Text: " date 2022-07-29 The minister said on Monday that the talks were useful and would go on for days.\n"}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	got := [3]string{a.Title, a.Author, a.Published}
	if diff := cmp.Diff([3]string{"Given title", "Given Author", "2020-01-01"}, got); diff != "" {
		t.Error(diff)
	}
}

// TestTemplateMemory: a line that recurs across articles of one source is
// labelled template boilerplate, but only after it was seen elsewhere.
func TestTemplateMemory(t *testing.T) {
	mem, err := memory.NewInMemory(memory.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(DefaultConfig(), Deps{Memory: mem}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	promo := "Our independent reporting relies on readers like you who chip in every single month to keep it going."
	bodies := []string{
		"The council voted on Tuesday to approve the new budget after a long debate about the cost of the repairs.",
		"Heavy rain flooded several streets in the old town overnight, and the fire service pumped out dozens of cellars.",
		"The local football club announced that its stadium will be renovated next year with money from the city.",
		"Police said they were looking for witnesses after a van crashed into a shop window early on Sunday morning.",
	}
	var last *article.Article
	for i, b := range bodies {
		a := &article.Article{ID: string(rune('a' + i)), Source: "example.org", Text: b + "\n\n" + promo + "\n"}
		if err := s.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		last = a
		if i == 0 && strings.Contains(a.MainText, "chip in") {
			// first sight: nothing says it is template yet, and it reads
			// as prose; the zone may still keep it
			t.Logf("first article keeps the promo: %q", a.MainText)
		}
	}
	if strings.Contains(last.MainText, "chip in") {
		t.Errorf("recurring template line kept in the main text: %q", last.MainText)
	}
	if !strings.Contains(last.MainText, "van crashed") {
		t.Errorf("article text lost: %q", last.MainText)
	}
}

func TestMetrics(t *testing.T) {
	reg := prometheus.NewPedanticRegistry()
	s, err := New(DefaultConfig(), Deps{}, nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	a := &article.Article{ID: "x", Source: "example.org", Text: "Headline of the story\n\nThe minister said on Monday that the talks were useful and would go on.\n\nMore\n"}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if got := testutil.ToFloat64(s.m.blocks.WithLabelValues("content")); got != 1 {
		t.Errorf("content blocks counted %v", got)
	}
	if got := testutil.ToFloat64(s.m.articles.WithLabelValues("example.org", "false")); got != 1 {
		t.Errorf("articles counted %v", got)
	}
	if n, err := testutil.GatherAndCount(reg, "copydesk_clean_spam_score"); err != nil || n != 1 {
		t.Errorf("spam histogram: %d, %v", n, err)
	}
	if _, err := New(DefaultConfig(), Deps{}, nil, reg); err == nil {
		t.Error("registering twice succeeded")
	}
}

func TestSourceLabelBounded(t *testing.T) {
	m, _ := newMetrics(nil, 2)
	got := []string{m.source("a"), m.source("b"), m.source("c"), m.source("a"), m.source("")}
	if diff := cmp.Diff([]string{"a", "b", "other", "a", "unknown"}, got); diff != "" {
		t.Error(diff)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*Config)
		ok   bool
	}{
		{"default", func(*Config) {}, true},
		{"no text limit", func(c *Config) { c.MaxTextBytes = 0 }, false},
		{"shallow", func(c *Config) { c.MaxHTMLDepth = 2 }, false},
		{"spam threshold", func(c *Config) { c.SpamThreshold = 2 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.mod(&c)
			if err := c.Validate(); (err == nil) != tt.ok {
				t.Errorf("Validate() = %v", err)
			}
		})
	}
}

func TestSpamSignal(t *testing.T) {
	s := newTestStage(t)
	text := "A headline about the talks\n\nThe minister said on Monday that the talks were useful and would go on for some time.\n\nTrending\n\nCasino bonus: win free spins tonight\n\nPlayers love the new slots and jackpot offers that...\n"
	a := &article.Article{ID: "s", Text: text}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if a.Signals["spam"] < 0.5 {
		t.Errorf("spam signal %v", a.Signals["spam"])
	}
	n := 0
	for _, b := range a.Blocks {
		if b.Label == article.LabelSpam {
			n++
			if b.Spam == nil || *b.Spam < 0.5 {
				t.Errorf("spam block without a spam score")
			}
		}
	}
	if n == 0 {
		t.Errorf("no spam block: %+v", a.Blocks)
	}
}

// FuzzProcessHTML runs the whole HTML path on arbitrary pages.
func FuzzProcessHTML(f *testing.F) {
	f.Add("<html><body><nav>Home</nav><p>The minister said on Monday that the talks were useful and would go on.</p><p>More</p></body></html>")
	f.Add(strings.Repeat("<div>", 500))
	f.Add("<p>\xff\x00 broken <b>tags</p></i>")
	s, err := New(DefaultConfig(), Deps{}, nil, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, page string) {
		a := &article.Article{ID: "f", HTML: page}
		if err := s.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		checkBlocks(t, a)
	})
}

// FuzzProcessText runs segmentation and labelling on arbitrary text.
func FuzzProcessText(f *testing.F) {
	f.Add("Headline\n\nThe minister said on Monday that the talks were useful.\n\nMore\n\nTeaser title\n\nSnippet that goes...")
	f.Add(" date 2022-07-29 x\n\n\x00\xff")
	s, err := New(DefaultConfig(), Deps{}, nil, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := &article.Article{ID: "f", Text: text}
		if err := s.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		checkBlocks(t, a)
	})
}

// closingMemory is a memory with background work to finish.
type closingMemory struct {
	memory.Memory
	closed int
	err    error
}

func (m *closingMemory) Close(context.Context) error { m.closed++; return m.err }

// TestCloseClosesMemory: closing the stage closes a memory that has Close
// (the write-back cache), naming the operation when it fails; a memory
// without Close is left alone.
func TestCloseClosesMemory(t *testing.T) {
	inner, err := memory.NewInMemory(memory.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		err     error
		wantErr string
	}{
		{"closes", nil, ""},
		{"failure named", errors.New("bucket gone"), "clean: close template memory: bucket gone"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			mem := &closingMemory{Memory: inner, err: tt.err}
			s, err := New(DefaultConfig(), Deps{Memory: mem}, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			err = stage.Close(context.Background(), s)
			if mem.closed != 1 || fmt.Sprint(err) != map[bool]string{true: "<nil>", false: tt.wantErr}[tt.wantErr == ""] {
				t.Errorf("Close = %v after %d memory closes", err, mem.closed)
			}
		})
	}
	s, err := New(DefaultConfig(), Deps{Memory: inner}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := stage.Close(context.Background(), s); err != nil {
		t.Errorf("Close with a plain memory = %v", err)
	}
}

// TestVersion checks that the version names the code version and changes
// with the limits that shape the output, not with metric settings.
func TestVersion(t *testing.T) {
	version := func(mod func(*Config)) string {
		t.Helper()
		cfg := DefaultConfig()
		mod(&cfg)
		s, err := New(cfg, Deps{}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return s.Version()
	}
	ref := version(func(*Config) {})
	if !strings.HasPrefix(ref, codeVersion+".") || len(ref) != len(codeVersion)+11 {
		t.Errorf("Version() = %q, want %s.<10 hex digits>", ref, codeVersion)
	}
	tests := []struct {
		name string
		mod  func(*Config)
		same bool
	}{
		{"defaults again", func(*Config) {}, true},
		{"top sources (metrics only)", func(c *Config) { c.TopSources = 3 }, true},
		{"max text bytes", func(c *Config) { c.MaxTextBytes = 1 << 20 }, false},
		{"max html depth", func(c *Config) { c.MaxHTMLDepth = 50 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := version(tt.mod); (got == ref) != tt.same {
				t.Errorf("Version() = %q, defaults %q, want same=%v", got, ref, tt.same)
			}
		})
	}
}

// TestLanguageFromText: an article that names no language gets the one its
// content is in when the evidence is clear; a named language is kept, and a
// text too short to tell stays unknown.
func TestLanguageFromText(t *testing.T) {
	const en = "The minister said on Monday that the talks with the union would go on, and that he had not been told of any plan to close the plant. "
	const de = "Der Minister sagte am Montag, die Gespräche mit der Gewerkschaft würden fortgesetzt, und er habe von keinem Plan gehört, das Werk zu schließen. "
	tests := []struct {
		name, given, text, want string
	}{
		{"English", "", "Talks go on\n\n" + en + en + en, "en"},
		{"German", "", "Gespräche gehen weiter\n\n" + de + de + de, "de"},
		{"named language kept", "en-GB", "Gespräche gehen weiter\n\n" + de + de + de, "en-GB"},
		{"too short to tell", "", "Talks go on\n\nThe minister said the talks would go on.", ""},
		// A page template's lang="en" over German content: the content
		// decides.
		{"page", "", "<!doctype html><html lang=\"en\"><head><title>Gespräche gehen weiter</title></head><body><article><h1>Gespräche gehen weiter</h1><p>" +
			de + "</p><p>" + de + "</p><p>" + de + "</p></article></body></html>", "de"},
	}
	s := newTestStage(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &article.Article{ID: "l", Language: tt.given, Text: tt.text}
			if strings.HasPrefix(tt.text, "<!doctype") {
				a.Text, a.HTML = "", tt.text
			}
			if err := s.Process(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			if a.Language != tt.want {
				t.Errorf("language %q, want %q", a.Language, tt.want)
			}
		})
	}
}

// TestWrappedText: text wrapped at a fixed width is read a paragraph at a
// time, so its lines are the article's, not captions and teasers.
func TestWrappedText(t *testing.T) {
	s := newTestStage(t)
	a := &article.Article{ID: "w", Text: "Council approves new cycle lanes after long debate\n\n" +
		"The city council voted 7-2 on Tuesday to approve a network of\n" +
		"protected cycle lanes across the centre, ending a year of argument\n" +
		"over how to make the city's streets safer for cyclists.\n\n" +
		"Councillor Amy Price, who proposed the scheme, said the lanes would\n" +
		"\"make our streets safer for everyone\" and that work would begin in\n" +
		"April at a cost of 4.2 million pounds, funded by a government grant.\n\n" +
		"Opponents said the lanes would increase congestion and hurt local\n" +
		"businesses on the high street.\n"}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"The city council", "protected cycle lanes", "\"make our streets", "businesses on the high"} {
		for _, b := range a.Blocks {
			if strings.Contains(a.Text[b.Start:b.End], line) && b.Label != article.LabelContent {
				t.Errorf("%q in a %s block (%s)", line, b.Label, b.Reason)
			}
		}
	}
}
