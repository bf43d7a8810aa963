package checkworthy

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// modelFS holds the model: its weights and the word classes of its dense
// features, which it was trained with.
//
//go:embed data/model.bin.gz data/word_classes.txt
var modelFS embed.FS

// DataFS returns the package's embedded model, weights and word classes
// (read-only), for the stage version that hashes them.
func DataFS() fs.FS { return modelFS }

// ModelFile is the path of the committed weights inside this package.
const ModelFile = "data/model.bin.gz"

const magic = "CWLR0001"

// Model is a trained logistic regression. It is read-only after loading
// and safe for concurrent use.
type Model struct {
	W         []float32
	Bias      float32
	Threshold float64 // decision threshold: 0.5 once Train has calibrated the scores
	ext       Extractor
}

// Load reads the embedded model.
func Load() (*Model, error) {
	b, err := modelFS.ReadFile(ModelFile)
	if err != nil {
		return nil, fmt.Errorf("checkworthy: read model: %w", err)
	}
	return Decode(bytes.NewReader(b))
}

// Decode reads a model written by Encode.
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("checkworthy: decode model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("checkworthy: decode model: bad header")
	}
	var dim uint32
	var bias, scale float32
	var thr float64
	for _, v := range []any{&dim, &bias, &thr, &scale} {
		if err := binary.Read(br, binary.LittleEndian, v); err != nil {
			return nil, fmt.Errorf("checkworthy: decode model: %w", err)
		}
	}
	if dim != Dim {
		return nil, fmt.Errorf("checkworthy: decode model: dimension %d, want %d", dim, Dim)
	}
	q := make([]int16, dim)
	if err := binary.Read(br, binary.LittleEndian, q); err != nil {
		return nil, fmt.Errorf("checkworthy: decode model: %w", err)
	}
	m := &Model{W: make([]float32, dim), Bias: bias, Threshold: thr}
	for i, v := range q {
		m.W[i] = float32(v) * scale
	}
	return m, nil
}

// Encode writes the model, with weights quantised to 16 bits.
func (m *Model) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	var maxAbs float32
	for _, v := range m.W {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	q := make([]int16, len(m.W))
	for i, v := range m.W {
		q[i] = int16(math.Round(float64(v / scale)))
	}
	if _, err := zw.Write([]byte(magic)); err != nil {
		return err
	}
	for _, v := range []any{uint32(len(m.W)), m.Bias, m.Threshold, scale, q} {
		if err := binary.Write(zw, binary.LittleEndian, v); err != nil {
			return err
		}
	}
	return zw.Close()
}

// WriteFile encodes the model to path atomically.
func (m *Model) WriteFile(path string) error {
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return fmt.Errorf("checkworthy: encode model: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("checkworthy: write model: %w", err)
	}
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("checkworthy: write model: %w", err)
	}
	return os.Rename(tmp, path)
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// ScoreFeatures returns the probability that a sentence with features fs is
// check-worthy.
func (m *Model) ScoreFeatures(fs []Feature) float64 {
	z := float64(m.Bias)
	for _, f := range fs {
		z += float64(m.W[f.Index] * f.Value)
	}
	return sigmoid(z)
}

// Score returns the probability that text is check-worthy. buf is scratch
// space that may be nil.
func (m *Model) Score(text string, buf []Feature) (float64, []Feature) {
	buf = m.ext.Extract(text, buf)
	return m.ScoreFeatures(buf), buf
}

// Example is one labelled sentence.
type Example struct {
	Text  string
	Label bool
	// Group orders the examples by where they come from: sentences of one
	// debate have neighbouring groups (CheckThat!'s sentence ids), so a run
	// of neighbouring groups holds whole debates. Train keeps such runs
	// together when it holds data out.
	Group int
}

// TrainOptions are the knobs of Train.
type TrainOptions struct {
	Epochs   int     // passes over the data
	Rate     float64 // AdaGrad base learning rate
	L2       float64 // L2 penalty per example
	PosScale float64 // weight of a positive example
	Seed     uint64  // shuffling seed
	// Folds is how many runs of neighbouring groups cross-validation holds
	// out in turn to choose the threshold (under 2: no calibration).
	Folds int
}

// DefaultTrainOptions are the settings the committed model was trained with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 6, Rate: 0.2, L2: 1e-6, PosScale: 1.5, Seed: 20240521, Folds: 5}
}

// Calibration is what cross-validation over held-out debates found:
// the F1-optimal threshold on the scores of sentences from debates the
// model had not seen, and the scores there.
type Calibration struct {
	Threshold float64 // on the uncalibrated scores; Train shifts it to 0.5
	Held      Metrics // out-of-fold sentences at Threshold
}

// Train fits a model with AdaGrad logistic regression on all examples and
// calibrates it: cross-validation over runs of neighbouring groups (whole
// debates) finds the threshold that maximises F1 on debates a model has not
// seen, and the bias is shifted so that this threshold scores 0.5, the
// model's Threshold. A random hold-out would choose too high a threshold:
// debates repeat their sentences, so held-out sentences of a seen debate
// look familiar and score higher than new text does. The result depends
// only on the examples and the options.
func Train(examples []Example, opt TrainOptions) (*Model, Calibration) {
	var ext Extractor
	feats := make([][]Feature, len(examples))
	for i, e := range examples {
		feats[i] = ext.Extract(e.Text, nil)
	}
	all := make([]int, len(examples))
	for i := range all {
		all[i] = i
	}
	m := fit(examples, feats, all, opt)
	m.Threshold = 0.5
	if opt.Folds < 2 || len(examples) < 2*opt.Folds {
		return m, Calibration{Threshold: 0.5}
	}
	order := slices.Clone(all)
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(examples[a].Group, examples[b].Group) })
	held := make([]float64, len(examples))
	for f := range opt.Folds {
		lo, hi := f*len(order)/opt.Folds, (f+1)*len(order)/opt.Folds
		rest := slices.Concat(order[:lo], order[hi:])
		fm := fit(examples, feats, rest, opt)
		for _, i := range order[lo:hi] {
			held[i] = fm.ScoreFeatures(feats[i])
		}
	}
	cal := Calibration{Threshold: 0.5}
	best := -1.0
	for t := 0.05; t <= 0.95+1e-9; t += 0.01 {
		r := metricsAt(examples, held, t)
		if r.F1 > best+1e-9 {
			best, cal.Threshold, cal.Held = r.F1, math.Round(t*100)/100, r
		}
	}
	// p >= t  <=>  z >= logit(t): subtracting logit(t) moves t to 0.5.
	m.Bias -= float32(math.Log(cal.Threshold / (1 - cal.Threshold)))
	return m, cal
}

// fit runs AdaGrad logistic regression over the examples at idx.
func fit(examples []Example, feats [][]Feature, idx []int, opt TrainOptions) *Model {
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	train := slices.Clone(idx)
	m := &Model{W: make([]float32, Dim)}
	g2 := make([]float64, Dim)
	var b2 float64
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		for _, i := range train {
			p := m.ScoreFeatures(feats[i])
			y := 0.0
			w := 1.0
			if examples[i].Label {
				y, w = 1, opt.PosScale
			}
			g := (p - y) * w
			for _, f := range feats[i] {
				gi := g*float64(f.Value) + opt.L2*float64(m.W[f.Index])
				g2[f.Index] += gi * gi
				m.W[f.Index] -= float32(opt.Rate * gi / (math.Sqrt(g2[f.Index]) + 1e-8))
			}
			b2 += g * g
			m.Bias -= float32(opt.Rate * g / (math.Sqrt(b2) + 1e-8))
		}
	}
	return m
}

// Metrics are binary classification scores of the positive class.
type Metrics struct {
	TP, FP, FN, TN        int
	Precision, Recall, F1 float64
}

// Evaluate scores the model on examples at its threshold.
func (m *Model) Evaluate(examples []Example) Metrics {
	p := make([]float64, len(examples))
	var buf []Feature
	for i, e := range examples {
		p[i], buf = m.Score(e.Text, buf)
	}
	return metricsAt(examples, p, m.Threshold)
}

// metricsAt scores the predictions p >= t against the examples' labels.
func metricsAt(examples []Example, p []float64, t float64) Metrics {
	var r Metrics
	for i, e := range examples {
		pred := p[i] >= t
		switch {
		case pred && e.Label:
			r.TP++
		case pred:
			r.FP++
		case e.Label:
			r.FN++
		default:
			r.TN++
		}
	}
	if r.TP+r.FP > 0 {
		r.Precision = float64(r.TP) / float64(r.TP+r.FP)
	}
	if r.TP+r.FN > 0 {
		r.Recall = float64(r.TP) / float64(r.TP+r.FN)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	return r
}

// ReadTSV reads a CheckThat!-style file: id, text, Yes/No label, with a
// header row. A numeric id is the example's Group; otherwise the line
// number is.
func ReadTSV(r io.Reader) ([]Example, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Example
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 3 {
			continue
		}
		lab := strings.TrimSpace(f[len(f)-1])
		if lab != "Yes" && lab != "No" {
			return nil, fmt.Errorf("checkworthy: line %d: label %q", line, lab)
		}
		group, err := strconv.Atoi(strings.TrimSpace(f[0]))
		if err != nil {
			group = line
		}
		out = append(out, Example{Text: strings.Join(f[1:len(f)-1], "\t"), Label: lab == "Yes", Group: group})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("checkworthy: read tsv: %w", err)
	}
	return out, nil
}
