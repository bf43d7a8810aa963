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
// seed, reports dev F1 and writes the weights that are embedded in the
// binary (commit the file it writes).
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
	m := checkworthy.Train(train, opt)
	r := m.Evaluate(dev)
	fmt.Fprintf(stdout, "trained on %d sentences (%d epochs, seed %d); threshold %.2f chosen on %.0f%% held out\n",
		len(train), opt.Epochs, opt.Seed, m.Threshold, opt.HoldOut*100)
	fmt.Fprintf(stdout, "dev: %d sentences, P %.3f R %.3f F1 %.3f (TP %d FP %d FN %d)\n",
		len(dev), r.Precision, r.Recall, r.F1, r.TP, r.FP, r.FN)
	if err := m.WriteFile(*out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	return nil
}
