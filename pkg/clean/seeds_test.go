package clean

import (
	"context"
	"os"
	"strings"
	"testing"
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
