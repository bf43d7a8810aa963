package checkworthy

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const datasets = "../../../../shared/datasets/checkworthy/"

func readSet(t *testing.T, name string) []Example {
	t.Helper()
	f, err := os.Open(datasets + name)
	if err != nil {
		t.Skipf("data set not found: %v", err)
	}
	defer f.Close()
	ex, err := ReadTSV(f)
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func TestModelLoads(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold <= 0 || m.Threshold >= 1 || len(m.W) != Dim {
		t.Errorf("model threshold %v, %d weights", m.Threshold, len(m.W))
	}
}

// TestNewsSentences checks that the model ranks factual news claims above
// routine narration and opinion.
func TestNewsSentences(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	worthy := []string{
		"Unemployment rose to 5.2 percent in March, the highest level since 2015.",
		"The government spent $3 billion on the programme last year, twice the original budget.",
		"Russia has massed around 100,000 troops along the border with Ukraine.",
		"Crime in the city fell by 12% over the past decade.",
	}
	routine := []string{
		"I left the room.",
		"Thank you very much.",
		"We shook hands.",
		"Let me say this.",
	}
	score := func(s string) float64 { p, _ := m.Score(s, nil); return p }
	minWorthy, maxRoutine := 1.0, 0.0
	for _, s := range worthy {
		minWorthy = min(minWorthy, score(s))
	}
	for _, s := range routine {
		maxRoutine = max(maxRoutine, score(s))
	}
	if minWorthy <= maxRoutine {
		t.Errorf("lowest check-worthy news sentence %.2f <= highest routine sentence %.2f", minWorthy, maxRoutine)
	}
	for _, s := range worthy {
		if score(s) < 0.5 {
			t.Errorf("%q scores %.2f, want >= 0.5", s, score(s))
		}
	}
}

func TestDevF1(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	r := m.Evaluate(readSet(t, "dev.tsv"))
	t.Logf("dev at threshold %.2f: P %.3f R %.3f F1 %.3f", m.Threshold, r.Precision, r.Recall, r.F1)
	if r.F1 < 0.85 {
		t.Errorf("dev F1 %.3f < 0.85", r.F1)
	}
}

// TestHeldOutDebates trains on the debates outside one run of sentence ids
// and scores that run at the model's threshold: what a new debate gets. The
// run is the 2016 debates, the newest and the least like the rest; a
// threshold chosen on sentences of the training debates (0.44 there) scored
// 0.563, and 0.5 before calibration 0.525.
func TestHeldOutDebates(t *testing.T) {
	var train, held []Example
	for _, e := range readSet(t, "train.tsv") {
		if e.Group >= 30000 {
			held = append(held, e)
		} else {
			train = append(train, e)
		}
	}
	m, cal := Train(train, DefaultTrainOptions())
	r := m.Evaluate(held)
	t.Logf("calibrated at %.2f (cross-validated F1 %.3f); %d held-out sentences: P %.3f R %.3f F1 %.3f",
		cal.Threshold, cal.Held.F1, len(held), r.Precision, r.Recall, r.F1)
	if m.Threshold != 0.5 {
		t.Errorf("threshold %v after calibration, want 0.5", m.Threshold)
	}
	if r.F1 < 0.58 {
		t.Errorf("held-out debates F1 %.3f < 0.58", r.F1)
	}
}

func TestReadTSVGroups(t *testing.T) {
	in := "Sentence_id\tText\tclass_label\n" +
		"30313\tAnd so I know that.\tNo\n" +
		"x7\tWe cut taxes by 20 percent.\tYes\n" +
		"16871\tA\ttab inside.\tYes\n"
	got, err := ReadTSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Example{
		{Text: "And so I know that.", Group: 30313},
		{Text: "We cut taxes by 20 percent.", Label: true, Group: 3}, // no numeric id: the line number
		{Text: "A\ttab inside.", Label: true, Group: 16871},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadTSV (-want +got):\n%s", diff)
	}
	if _, err := ReadTSV(strings.NewReader("h\n1\ttext\tMaybe\n")); err == nil {
		t.Error("label Maybe accepted")
	}
}

func TestTrainDeterministic(t *testing.T) {
	ex := []Example{
		{Text: "The deficit grew by 40 percent in four years.", Label: true, Group: 1},
		{Text: "Thank you all for coming.", Group: 2},
		{Text: "Taxes went up 12 times under his plan.", Label: true, Group: 3},
		{Text: "I want to say something.", Group: 4},
		{Text: "He voted against the budget 17 times.", Label: true, Group: 5},
		{Text: "Let me be clear about this.", Group: 6},
	}
	opt := DefaultTrainOptions()
	opt.Folds = 3
	a, _ := Train(ex, opt)
	b, _ := Train(ex, opt)
	if !slices.Equal(a.W, b.W) || a.Bias != b.Bias || a.Threshold != b.Threshold {
		t.Error("two trainings with the same seed differ")
	}
	var buf bytes.Buffer
	if err := a.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	c, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	pa, _ := a.Score(ex[0].Text, nil)
	pc, _ := c.Score(ex[0].Text, nil)
	if d := pa - pc; d > 0.01 || d < -0.01 {
		t.Errorf("score changed by encoding: %v vs %v", pa, pc)
	}
}

// TestCommittedModelReproducible retrains on the full training set and
// checks the committed weights are what training produces. Set
// COPYDESK_EVAL=1 to run it (a few seconds).
func TestCommittedModelReproducible(t *testing.T) {
	if os.Getenv("COPYDESK_EVAL") == "" {
		t.Skip("set COPYDESK_EVAL=1")
	}
	m, _ := Train(readSet(t, "train.tsv"), DefaultTrainOptions())
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	retrained, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(retrained.W, committed.W) || retrained.Threshold != committed.Threshold {
		t.Error("committed model differs from a fresh training run: run copydesk train checkworthy")
	}
}

func TestDecodeBad(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not gzip"), {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0}} {
		if _, err := Decode(bytes.NewReader(in)); err == nil {
			t.Errorf("Decode(%q) succeeded", in)
		}
	}
}

func BenchmarkScore(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	s := "Mr Stoltenberg said last week that Russia was expected to have 30,000 troops in Belarus as well as fighter jets."
	var buf []Feature
	b.Run("score", func(b *testing.B) {
		for b.Loop() {
			_, buf = m.Score(s, buf)
		}
	})
}
