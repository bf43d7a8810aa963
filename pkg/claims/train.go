package claims

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/copydesk/copydesk/pkg/claims/checkworthy"
)

// TrainCommand is "copydesk train checkworthy": it trains the
// check-worthiness model on <datasets>/checkworthy/train.tsv with a fixed
// seed, calibrates it on debates held out in turn, reports the held-out
// and dev F1 and writes the weights that are embedded in the binary
// (commit the file it writes). Dev sentences come from the training
// debates, so dev F1 is the optimistic figure; the held-out debates'
// F1 is what new debates and news get.
func TrainCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train checkworthy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	def := checkworthy.DefaultTrainOptions()
	datasets := fs.String("datasets", "../shared/datasets", "data sets directory")
	out := fs.String("out", filepath.Join("pkg", "claims", "checkworthy", checkworthy.ModelFile), "where to write the model")
	epochs := fs.Int("epochs", def.Epochs, "passes over the training data")
	seed := fs.Uint64("seed", def.Seed, "shuffling seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	read := func(name string) ([]checkworthy.Example, error) {
		f, err := os.Open(filepath.Join(*datasets, "checkworthy", name))
		if err != nil {
			return nil, fmt.Errorf("claims: train: %w", err)
		}
		defer f.Close()
		return checkworthy.ReadTSV(f)
	}
	train, err := read("train.tsv")
	if err != nil {
		return err
	}
	dev, err := read("dev.tsv")
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	opt := def
	opt.Epochs, opt.Seed = *epochs, *seed
	m, cal := checkworthy.Train(train, opt)
	r := m.Evaluate(dev)
	h := cal.Held
	fmt.Fprintf(stdout, "trained on %d sentences (%d epochs, seed %d)\n", len(train), opt.Epochs, opt.Seed)
	fmt.Fprintf(stdout, "held-out debates (%d folds of neighbouring sentence ids): P %.3f R %.3f F1 %.3f at threshold %.2f, which now scores %.2f\n",
		opt.Folds, h.Precision, h.Recall, h.F1, cal.Threshold, m.Threshold)
	fmt.Fprintf(stdout, "dev: %d sentences, P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d)\n",
		len(dev), r.Precision, r.Recall, r.F1, r.TP, r.FP, r.FN)
	if err := m.WriteFile(*out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	return nil
}
