package clickbait

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Example is one labelled headline.
type Example struct {
	Headline  string
	Clickbait bool
}

// LoadDataset reads the Stop Clickbait files (clickbait_data.gz and
// non_clickbait_data.gz, one headline a line) from dir.
func LoadDataset(dir string) ([]Example, error) {
	var out []Example
	for _, f := range []struct {
		name string
		cb   bool
	}{{"clickbait_data.gz", true}, {"non_clickbait_data.gz", false}} {
		ex, err := readGz(filepath.Join(dir, f.name), f.cb)
		if err != nil {
			return nil, err
		}
		out = append(out, ex...)
	}
	return out, nil
}

func readGz(path string, cb bool) ([]Example, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("clickbait: load data set: %w", err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		return nil, fmt.Errorf("clickbait: load data set %s: %w", path, err)
	}
	var out []Example
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if h := strings.TrimSpace(sc.Text()); h != "" {
			out = append(out, Example{Headline: h, Clickbait: cb})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("clickbait: load data set %s: %w", path, err)
	}
	return out, nil
}

// HeldOut reports whether an example belongs to the held-out tenth: a
// deterministic split by hash of the headline, so that duplicates fall on the
// same side.
func HeldOut(headline string) bool {
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(headline)))
	return h.Sum32()%10 == 0
}

// Split divides examples into the training nine tenths and the held-out
// tenth.
func Split(ex []Example) (train, test []Example) {
	for _, e := range ex {
		if HeldOut(e.Headline) {
			test = append(test, e)
		} else {
			train = append(train, e)
		}
	}
	return train, test
}

// TrainOptions tune the logistic regression.
type TrainOptions struct {
	Epochs   int     // passes over the data
	Rate     float64 // AdaGrad learning rate
	L2       float64 // L2 penalty per example
	MinCount int     // features seen fewer times are dropped
	Seed     uint64  // shuffle seed
}

// DefaultTrainOptions are the options of the committed model.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 8, Rate: 0.2, L2: 1e-5, MinCount: 2, Seed: 1}
}

// Train fits a logistic regression with AdaGrad on the examples. The result
// depends only on the examples, their order and the options.
func Train(ex []Example, opt TrainOptions) (*Model, error) {
	m, err := newModel()
	if err != nil {
		return nil, err
	}
	type row struct {
		feats []int
		y     float64
	}
	index := map[string]int{}
	var names []string
	counts := map[string]int{}
	featLists := make([][]string, len(ex))
	for i, e := range ex {
		featLists[i] = features(m.extract(e.Headline))
		seen := map[string]bool{}
		for _, f := range featLists[i] {
			if !seen[f] {
				seen[f] = true
				counts[f]++
			}
		}
	}
	rows := make([]row, len(ex))
	for i, fl := range featLists {
		for _, f := range fl {
			if counts[f] < opt.MinCount {
				continue
			}
			id, ok := index[f]
			if !ok {
				id = len(names)
				index[f] = id
				names = append(names, f)
			}
			rows[i].feats = append(rows[i].feats, id)
		}
		if ex[i].Clickbait {
			rows[i].y = 1
		}
	}
	w := make([]float64, len(names))
	g2 := make([]float64, len(names))
	var bias, bg2 float64
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			r := rows[i]
			z := bias
			for _, f := range r.feats {
				z += w[f]
			}
			g := sigmoid(z) - r.y
			bg2 += g * g
			bias -= opt.Rate * g / math.Sqrt(bg2+1e-8)
			for _, f := range r.feats {
				gf := g + opt.L2*w[f]
				g2[f] += gf * gf
				w[f] -= opt.Rate * gf / math.Sqrt(g2[f]+1e-8)
			}
		}
	}
	m.Bias = round6(bias)
	for i, n := range names {
		if math.Abs(w[i]) >= 1e-3 {
			m.Weights[n] = round6(w[i])
		}
	}
	return m, nil
}

// round6 keeps six significant digits, as WriteTo does, so that a trained
// model and its reloaded copy score alike.
func round6(v float64) float64 {
	f, _ := strconv.ParseFloat(fmt.Sprintf("%.6g", v), 64)
	return f
}

// Metrics are binary classification figures for the clickbait class.
type Metrics struct {
	N, TP, FP, FN, TN               int
	Precision, Recall, F1, Accuracy float64
}

// Evaluate scores the examples with the learned model at threshold 0.5 of
// the full score (learned part and hand features).
func (m *Model) Evaluate(ex []Example, threshold float64) Metrics {
	var r Metrics
	for _, e := range ex {
		p := m.Score(e.Headline).P >= threshold
		switch {
		case p && e.Clickbait:
			r.TP++
		case p && !e.Clickbait:
			r.FP++
		case !p && e.Clickbait:
			r.FN++
		default:
			r.TN++
		}
	}
	r.N = len(ex)
	if r.TP+r.FP > 0 {
		r.Precision = float64(r.TP) / float64(r.TP+r.FP)
	}
	if r.TP+r.FN > 0 {
		r.Recall = float64(r.TP) / float64(r.TP+r.FN)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	if r.N > 0 {
		r.Accuracy = float64(r.TP+r.TN) / float64(r.N)
	}
	return r
}
