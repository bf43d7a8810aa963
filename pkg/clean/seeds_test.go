package clean

import (
	"context"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/clean/memory"
	"github.com/copydesk/copydesk/pkg/seedgold"
)

// TestSeeds fails on any seed line or metadata field that the stage gets
// wrong.
func TestSeeds(t *testing.T) {
	s := newTestStage(t)
	rep, err := EvalSeeds(context.Background(), s, "../../seeds")
	if os.IsNotExist(err) {
		t.Skip("seeds not found")
	}
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	rep.Print(&b)
	t.Log("\n" + b.String())
	if len(rep.Misses) > 0 {
		t.Errorf("%d seed answers wrong (accuracy %.3f)", len(rep.Misses), rep.Accuracy())
	}
	if rep.Lines < 90 {
		t.Errorf("only %d gold lines checked", rep.Lines)
	}
}

func newTestStage(t testing.TB) *Stage {
	t.Helper()
	s, err := New(DefaultConfig(), Deps{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestEvalCommandSeeds(t *testing.T) {
	if _, err := os.Stat("../../seeds/gold"); err != nil {
		t.Skip("seeds not found")
	}
	var out, errb strings.Builder
	err := EvalCommand(context.Background(), []string{"--seeds", "../../seeds", "--sets", ""}, &out, &errb)
	if err != nil {
		t.Fatal(err, errb.String())
	}
	if !strings.Contains(out.String(), "lines right (100.0%)") {
		t.Errorf("output:\n%s", out.String())
	}
	if err := EvalCommand(context.Background(), []string{"--bogus"}, &out, &errb); err == nil {
		t.Error("bad flag accepted")
	}
}

// TestSeedsWithTemplateMemory: the seed's junk (everything after the
// article's text) recurs on other articles of the same source, so the
// template memory knows it; the specific labels must survive that.
func TestSeedsWithTemplateMemory(t *testing.T) {
	seeds, err := seedgold.Load("../../seeds")
	if errors.Is(err, seedgold.ErrNoGold) {
		t.Skip("seeds not found")
	}
	if err != nil {
		t.Fatal(err)
	}
	bodies := []string{
		"The council voted on Tuesday to approve the new budget after a long debate about the cost of the repairs.\n\nOfficials said the money would be spent on roads, schools and a new library in the north of the city.\n\n",
		"Heavy rain flooded several streets in the old town overnight, and the fire service pumped out dozens of cellars.\n\nResidents said the water rose faster than at any time since the floods of two decades ago.\n\n",
	}
	for _, sd := range seeds {
		gold, text := sd.Gold, sd.Text
		t.Run(gold.File, func(t *testing.T) {
			// the junk: every line the gold does not label content,
			// headline or heading, in order
			lines := strings.Split(text, "\n")
			var junk []string
			for n, l := range lines {
				switch lab, _ := gold.Lines.Label(n + 1); lab {
				case "", "content", "headline", "heading":
				default:
					junk = append(junk, l)
				}
			}
			mem, _ := memory.NewInMemory(memory.DefaultConfig())
			s, err := New(DefaultConfig(), Deps{Memory: mem}, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			for i, body := range bodies {
				a := &article.Article{ID: "other" + strconv.Itoa(i), Source: "site", Text: body + strings.Join(junk, "\n\n")}
				if err := s.Process(ctx, a); err != nil {
					t.Fatal(err)
				}
			}
			a := &article.Article{ID: gold.File, Source: "site", Text: text}
			if err := s.Process(ctx, a); err != nil {
				t.Fatal(err)
			}
			var rep SeedReport
			if err := rep.add(a, gold); err != nil {
				t.Fatal(err)
			}
			for _, m := range rep.Misses {
				t.Errorf("%s:%d %s want %q got %q: %q", m.File, m.Line, m.Field, m.Want, m.Got, m.Text)
			}
		})
	}
}

func TestIsoDay(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"abbreviated month", "Oct 14, 2025", "2025-10-14"},
		{"abbreviated month with a point", "Oct. 9, 2025", "2025-10-09"},
		{"a weekday before the day", "Tuesday 10 March 2026", "2026-03-10"},
		{"month in full", "March 17, 2025", "2025-03-17"},
		{"day first", "14 May 2025", "2025-05-14"},
		{"already a day", "2025-05-14", ""},
		{"not a date", "yesterday", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isoDay(tt.in); got != tt.want {
				t.Errorf("isoDay(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
