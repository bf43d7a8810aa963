package flagger

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/copydesk/copydesk/pkg/flagger/clickbait"
)

// DefaultModelPath is where TrainCommand writes the clickbait model, relative
// to the repository root; the file is embedded by package clickbait.
const DefaultModelPath = "pkg/flagger/clickbait/data/model.tsv.gz"

// TrainCommand is "copydesk train clickbait": it trains the clickbait model
// on nine tenths of the Stop Clickbait data set (the split is a hash of each
// headline, so it is the same on every run), prints precision, recall and F1
// on the held-out tenth, and writes the model. The same data and options give
// the same bytes.
func TrainCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train clickbait", flag.ContinueOnError)
	fs.SetOutput(stderr)
	datasets := fs.String("datasets", "../shared/datasets", "directory of the development data sets")
	out := fs.String("out", DefaultModelPath, "model file to write")
	opt := clickbait.DefaultTrainOptions()
	fs.IntVar(&opt.Epochs, "epochs", opt.Epochs, "passes over the training data")
	fs.Float64Var(&opt.Rate, "rate", opt.Rate, "AdaGrad learning rate")
	fs.Float64Var(&opt.L2, "l2", opt.L2, "L2 penalty")
	fs.IntVar(&opt.MinCount, "min-count", opt.MinCount, "drop features seen in fewer headlines")
	fs.Uint64Var(&opt.Seed, "seed", opt.Seed, "shuffle seed")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	ex, err := clickbait.LoadDataset(filepath.Join(*datasets, "clickbait"))
	if err != nil {
		return fmt.Errorf("train clickbait: %w", err)
	}
	train, test := clickbait.Split(ex)
	m, err := clickbait.Train(train, opt)
	if err != nil {
		return fmt.Errorf("train clickbait: %w", err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return fmt.Errorf("train clickbait: encode model: %w", err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("train clickbait: write model: %w", err)
	}
	r := m.Evaluate(test, 0.5)
	fmt.Fprintf(stdout, "clickbait: trained on %d headlines, %d features; held-out tenth: n=%d precision=%.4f recall=%.4f F1=%.4f accuracy=%.4f\n",
		len(train), len(m.Weights), r.N, r.Precision, r.Recall, r.F1, r.Accuracy)
	fmt.Fprintf(stdout, "clickbait: wrote %s (%d bytes)\n", *out, buf.Len())
	return nil
}
