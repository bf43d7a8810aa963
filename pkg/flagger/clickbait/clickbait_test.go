package clickbait

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

const datasetDir = "../../../../shared/datasets/clickbait"

func loadOrSkip(t *testing.T) []Example {
	t.Helper()
	if _, err := os.Stat(datasetDir); err != nil {
		t.Skip("data set absent: ", datasetDir)
	}
	ex, err := LoadDataset(datasetDir)
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// TestCommittedModelReproducible retrains on the data set and checks that
// the result is byte for byte the embedded model.
func TestCommittedModelReproducible(t *testing.T) {
	ex := loadOrSkip(t)
	train, _ := Split(ex)
	m, err := Train(train, DefaultTrainOptions())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), modelGz) {
		t.Errorf("retrained model (%d bytes) differs from data/model.tsv.gz (%d bytes): run copydesk train clickbait", buf.Len(), len(modelGz))
	}
}

func TestHeldOutF1(t *testing.T) {
	ex := loadOrSkip(t)
	_, test := Split(ex)
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r := m.Evaluate(test, 0.5)
	t.Logf("held-out tenth: %+v", r)
	if r.N < len(ex)/20 || r.N > len(ex)/5 {
		t.Errorf("held-out size %d of %d is not about a tenth", r.N, len(ex))
	}
	if r.F1 < 0.95 {
		t.Errorf("held-out F1 = %.3f, want >= 0.95", r.F1)
	}
}

func TestSplitDeterministic(t *testing.T) {
	tests := []struct {
		name string
		h    string
	}{{"plain", "Parliament approves budget"}, {"case folded", "PARLIAMENT APPROVES BUDGET"}}
	want := HeldOut("parliament approves budget")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HeldOut(tt.h); got != want {
				t.Errorf("HeldOut(%q) = %v, want %v", tt.h, got, want)
			}
		})
	}
}

// TestPoliticalHeadlines checks the model on tabloid and plain political
// headlines written for copydesk (data/headlines.tsv), which come from
// none of the data set's sites.
func TestPoliticalHeadlines(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := PoliticalHeadlines()
	if err != nil {
		t.Fatal(err)
	}
	r := m.Evaluate(ex, 0.5)
	t.Logf("political/tabloid headlines: %+v", r)
	if r.Accuracy < 0.9 {
		for _, e := range ex {
			if p := m.Score(e.Headline).P; (p >= 0.5) != e.Clickbait {
				t.Logf("wrong: %.2f %v %s", p, e.Clickbait, e.Headline)
			}
		}
		t.Errorf("accuracy %.3f on political headlines, want >= 0.9", r.Accuracy)
	}
}

// TestQuotedHeadlines: a quotation before or after a headline's colon is the
// speaker's words; its "we" and "never" do not make the headline clickbait.
func TestQuotedHeadlines(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, headline string
		clickbait      bool
	}{
		{"a lead quotation", "‘We were never told’: Residents demand answers over sewage spill", false},
		{"a lead quotation in straight quotes", "'We were told': Residents demand answers over sewage spill", false},
		{"a closing quotation", "Mother of crash victim: ‘I will never forgive them’", false},
		{"little beside the quotation (guard)", "‘You won't believe what happened next’: readers react", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Score(tt.headline).P >= 0.5; got != tt.clickbait {
				t.Errorf("P = %.3f, clickbait %v, want %v", m.Score(tt.headline).P, got, tt.clickbait)
			}
		})
	}
}

func TestScoreHits(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		headline string
		features []string
	}{
		{"emotive and loaded", "Minister desperately tries to humiliate rival with underhand move", []string{"hyperbole", "emotive_verb", "emotive_verb", "loaded"}},
		{"forward reference", "This is why the vote failed", []string{"forward"}},
		{"question", "Will the talks fail?", []string{"question"}},
		{"plain", "Parliament approves budget after debate", nil},
		{"dramatic as", "Sunak squirms as voters confront him", []string{"emotive_verb", "dramatic_as"}},
		{"state as", "Ministers in turmoil as secret memo leaks", []string{"hyperbole", "dramatic_as"}},
		{"neutral as", "Trade deficit narrows as exports recover", nil},
		{"drama after as", "Talks stall as rebels explode in fury", []string{"emotive_verb", "hyperbole"}},
		{"leading number", "30 trails to walk this Easter", []string{"leading_number"}},
		{"leading year", "2024 budget approved after debate", nil},
		{"tabloid kicker", "END OF AN ERA: Senate leader to quit his role", []string{"kicker"}},
		{"kicker of one long word", "INTIMIDATION: Judge faces threat", []string{"shouting", "kicker"}},
		{"status label", "BREAKING: Parliament approves budget", []string{"shouting"}},
		{"status label of two words", "FACT CHECK: Post misstates budget figure", []string{"shouting"}},
		{"acronym label", "NATO: allies agree new budget", nil},
		{"names only", "BIDEN'S AMERICA: Stores close early", []string{"shouting", "shouting"}},
		{"an acronym the word list writes in capitals", "What to know about the new COVID variant", nil},
		{"a partisan exposé", "Biden's secret plan to destroy the economy exposed", []string{"loaded", "emotive_verb", "emotive_verb"}},
		{"all in capitals", "END OF AN ERA: SENATE LEADER QUITS", []string{"shouting", "shouting", "shouting"}},
		{"label in sentence case", "End of an era: Senate leader quits", nil},
		{"empty", "", nil},
		{"a speaker's superlative in a lead quotation", "‘We were never told’: Residents demand answers over sewage spill", nil},
		{"a speaker's superlative in a closing quotation", "Mother of crash victim: ‘I will never forgive them’", nil},
		{"a miracle-trick advert", "Doctors Hate Him: Local Dad Discovers One Simple Trick To Erase Debt", []string{"forward", "forward"}},
		{"a regret after the act", "Man Tries To Return Shoes, Instantly Regrets It", []string{"emotive_verb", "forward"}},
		{"fans losing it", "Fans Are Losing It Over The Latest Move", []string{"forward"}},
		{"a then-and-now gallery", "You Won't Believe What This Star Looks Like Now!", []string{"forward", "forward", "exclamation", "second_person"}},
		{"a partisan rout", "Radical Democrats Ram Through Disastrous Spending Spree", []string{"loaded", "emotive_verb", "hyperbole", "loaded"}},
		{"a vague verdict", "Trump's latest tweet is something else", []string{"forward"}},
		{"a must-see", "The goal you have to see to believe", []string{"forward", "second_person"}},
		{"gone viral", "Grandma's dance video went viral and fans are freaking out", []string{"forward", "forward"}},
		{"scare quotes keep hyperbole (guard)", "‘Desperately’: Minister tries to humiliate rival", []string{"hyperbole", "emotive_verb", "emotive_verb"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := m.Score(tt.headline)
			var got []string
			for _, h := range s.Hits {
				got = append(got, h.Feature)
				if tt.headline[h.Start:h.End] != h.Text {
					t.Errorf("hit %q at %d:%d", h.Text, h.Start, h.End)
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.features, ",") {
				t.Errorf("features = %v, want %v", got, tt.features)
			}
			if s.P < 0 || s.P > 1 {
				t.Errorf("P = %v", s.P)
			}
		})
	}
}

func FuzzScore(f *testing.F) {
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "?", "You won't believe THIS", "100,000 troops", "\xff\xfe", "a-b-c-", "END OF AN ERA: x", ":a", "A:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		s := m.Score(h)
		if s.P < 0 || s.P > 1 || s.P != s.P {
			t.Fatalf("P = %v", s.P)
		}
		for _, hit := range s.Hits {
			if hit.Start < 0 || hit.End > len(h) || hit.Start > hit.End {
				t.Fatalf("bad hit %+v", hit)
			}
		}
	})
}
