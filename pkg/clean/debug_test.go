package clean

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/clean/htmltext"
	"github.com/copydesk/copydesk/pkg/clean/memory"
)

func TestDebugFlat(t *testing.T) {
	if os.Getenv("COPYDESK_DEBUG") == "" {
		t.Skip()
	}
	pages, _ := loadPages("../../../shared/datasets/extraction/fundus", "fundus", 0)
	only := os.Getenv("COPYDESK_DEBUG")
	for i := range pages {
		p := &pages[i]
		if only != "all" && !strings.Contains(p.name, only) {
			continue
		}
		mem, _ := memory.NewInMemory(memory.DefaultConfig())
		deps := Deps{Memory: mem}
		if os.Getenv("NOMEM") != "" {
			deps = Deps{}
		}
		s, _ := New(DefaultConfig(), deps, nil, nil)
		for j := range pages {
			if j != i && pages[j].source == p.source {
				f, _ := htmltext.Flatten(pages[j].raw, 256)
				s.Learn(context.Background(), &article.Article{ID: pages[j].name, Source: p.source, Text: f})
			}
		}
		p.flat, _ = htmltext.Flatten(p.raw, 256)
		a := &article.Article{ID: p.name, Source: p.source, Text: p.flat}
		s.Process(context.Background(), a)
		ref := strings.Join(p.ref, " ")
		sc := shingleScore([]page{*p}, []string{ArticleText(a.Text, a.Blocks)})
		fmt.Printf("=== %s P %.2f R %.2f\n", p.name, sc.P, sc.R)
		for _, b := range a.Blocks {
			txt := a.Text[b.Start:b.End]
			in := strings.Contains(ref, firstN(txt, 60))
			mark := "  "
			if (b.Label == article.LabelContent || b.Label == article.LabelHeading) && !in {
				mark = "FP"
			} else if b.Label != article.LabelContent && b.Label != article.LabelHeading && in && len(txt) > 20 {
				mark = "FN"
			}
			if mark != "  " || os.Getenv("V") != "" {
				fmt.Printf("%s %-10s %.2f %-40s %q\n", mark, b.Label, b.Score, firstN(b.Reason, 40), firstN(txt, 120))
			}
		}
	}
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func TestDebugHTML(t *testing.T) {
	set := os.Getenv("COPYDESK_DEBUG_HTML")
	if set == "" {
		t.Skip()
	}
	pages, _ := loadPages("../../../shared/datasets/extraction/"+set, set, 0)
	s, _ := New(DefaultConfig(), Deps{}, nil, nil)
	for i := range pages {
		p := &pages[i]
		res, err := htmltext.Extract(p.raw, htmltext.Options{MaxDepth: 256})
		if err != nil {
			continue
		}
		a := &article.Article{ID: p.name}
		applyHTML(a, res)
		r, _ := s.classify(context.Background(), a, 1)
		a.Blocks = r.Blocks
		out := normSpace(ArticleText(a.Text, a.Blocks))
		traf := normSpace(res.Trafilatura)
		for _, w := range p.with {
			w = normSpace(w)
			if strings.Contains(traf, w) && !strings.Contains(out, w) {
				for _, b := range a.Blocks {
					if strings.Contains(normSpace(a.Text[b.Start:b.End]), w) {
						fmt.Printf("LOST %s %-10s %-40s %q\n", p.name, b.Label, firstN(b.Reason, 40), firstN(a.Text[b.Start:b.End], 100))
					}
				}
			}
		}
		for _, w := range p.wo {
			w = normSpace(w)
			if strings.Contains(traf, w) && !strings.Contains(out, w) {
				fmt.Printf("GOOD %s %q\n", p.name, w)
			}
		}
	}
}

func TestDebugFlatTraf(t *testing.T) {
	if os.Getenv("COPYDESK_DEBUG_FT") == "" {
		t.Skip()
	}
	pages, _ := loadPages("../../../shared/datasets/extraction/trafilatura-eval", "trafilatura-eval", 0)
	s, _ := New(DefaultConfig(), Deps{}, nil, nil)
	for i := range pages {
		p := &pages[i]
		flat, _ := htmltext.Flatten(p.raw, 256)
		a := &article.Article{ID: p.name, Text: flat}
		s.Process(context.Background(), a)
		out := normSpace(ArticleText(a.Text, a.Blocks))
		for _, w := range p.with {
			w = normSpace(w)
			if !strings.Contains(out, w) {
				for _, b := range a.Blocks {
					if strings.Contains(normSpace(a.Text[b.Start:b.End]), w) {
						fmt.Printf("LOST %s %-10s %-40s %q\n", p.name, b.Label, firstN(b.Reason, 40), firstN(a.Text[b.Start:b.End], 100))
					}
				}
			}
		}
		for _, w := range p.wo {
			w = normSpace(w)
			if strings.Contains(out, w) {
				for _, b := range a.Blocks {
					if strings.Contains(normSpace(a.Text[b.Start:b.End]), w) {
						fmt.Printf("KEPT %s %-10s %-40s %q\n", p.name, b.Label, firstN(b.Reason, 40), firstN(a.Text[b.Start:b.End], 100))
					}
				}
			}
		}
	}
}
