package flagger_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/flagger/flageval"
)

const datasets = "../../../shared/datasets"

func TestTrainCommandReproducesCommittedModel(t *testing.T) {
	if _, err := os.Stat(filepath.Join(datasets, "clickbait")); err != nil {
		t.Skip("data set absent")
	}
	out := filepath.Join(t.TempDir(), "model.tsv.gz")
	var stdout, stderr bytes.Buffer
	if err := flagger.TrainCommand(context.Background(), []string{"--datasets", datasets, "--out", out}, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "F1=") {
		t.Errorf("no F1 in output: %s", stdout.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("clickbait", "data", "model.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("trained model differs from the committed one")
	}
}

func TestEvalCommand(t *testing.T) {
	seedNames(t)
	var stdout, stderr bytes.Buffer
	err := flageval.EvalCommand(context.Background(), []string{"--seeds", seedsDir, "--datasets", datasets}, &stdout, &stderr)
	t.Log(stdout.String())
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	for _, want := range []string{"seeds: 5 passed, 0 failed", "political/tabloid headlines: n=", "seed headlines:"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if err := flageval.EvalCommand(context.Background(), []string{"--seeds", t.TempDir()}, &stdout, &stderr); err == nil {
		t.Error("no error for a seeds directory without gold files")
	}
}
