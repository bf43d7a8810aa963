// Package seedgold reads the seed articles' gold label files
// (seeds/gold/*.json, format in seeds/README.md) and answers the questions the
// stages' evaluations and tests ask of them: the label of a line, oracle
// blocks built from the line labels, and whether an extracted speaker is the
// gold one.
package seedgold

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/claims/entity"
)

// Gold is one seeds/gold/NAME.json file.
type Gold struct {
	File        string   `json:"file"`
	Meta        Meta     `json:"meta"`
	Lines       Lines    `json:"lines"`
	Quotes      []Quote  `json:"quotes"`
	NotQuotes   []string `json:"not_quotes"`
	Sources     []Source `json:"sources"`
	Flags       []string `json:"flags"`
	FlagsAbsent []string `json:"flags_absent"`
}

// Meta is the metadata that must be extracted; an empty field means the
// article has none to extract.
type Meta struct {
	Title     string `json:"title"`
	Author    string `json:"author"`
	Published string `json:"published"`
}

// MetaField is one metadata field the gold gives: Name is "title", "author"
// or "published".
type MetaField struct {
	Name, Value string
}

// Fields returns the fields the gold gives, in the order title, author,
// published.
func (m Meta) Fields() []MetaField {
	var out []MetaField
	for _, f := range []MetaField{{"title", m.Title}, {"author", m.Author}, {"published", m.Published}} {
		if f.Value != "" {
			out = append(out, f)
		}
	}
	return out
}

// Lines maps a 1-based line number, as a decimal string, to its label.
type Lines map[string]string

// Label returns the label of line n (1-based) and whether it has one.
func (l Lines) Label(n int) (article.Label, bool) {
	lab, ok := l[strconv.Itoa(n)]
	return article.Label(lab), ok
}

// Numbers returns the labelled line numbers in ascending order; a key that is
// not a positive integer is an error.
func (l Lines) Numbers() ([]int, error) {
	nums := make([]int, 0, len(l))
	for k := range l {
		n, err := strconv.Atoi(k)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("bad line %q", k)
		}
		nums = append(nums, n)
	}
	slices.Sort(nums)
	return nums, nil
}

// Quote is one attribution that must be extracted.
type Quote struct {
	Key     string `json:"key"`     // substring of the quote's content span
	Speaker string `json:"speaker"` // canonical speaker
	Mention string `json:"mention"` // how the text refers to the speaker there
	Kind    string `json:"kind"`    // direct, indirect or mixed
	Via     string `json:"via"`     // relaying source or document
	Hard    bool   `json:"hard"`    // right speaker needs world knowledge
}

// Source is a source whose type must be recognised.
type Source struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// Seed is one seed article with its gold labels.
type Seed struct {
	Name string // the gold file's name without ".json"
	Text string // the whole seed file
	Gold Gold
}

// ErrNoGold is returned by Load when dir/gold holds no gold file.
var ErrNoGold = errors.New("no gold files")

// Read parses one gold file.
func Read(path string) (Gold, error) {
	var g Gold
	b, err := os.ReadFile(path)
	if err != nil {
		return g, fmt.Errorf("seedgold: %w", err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return g, fmt.Errorf("seedgold: %s: %w", path, err)
	}
	return g, nil
}

// Load reads every dir/gold/*.json in file-name order with the seed text it
// names (dir/FILE).
func Load(dir string) ([]Seed, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil {
		return nil, fmt.Errorf("seedgold: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("seedgold: %w in %s", ErrNoGold, filepath.Join(dir, "gold"))
	}
	sort.Strings(paths)
	out := make([]Seed, 0, len(paths))
	for _, p := range paths {
		g, err := Read(p)
		if err != nil {
			return nil, err
		}
		text, err := os.ReadFile(filepath.Join(dir, g.File))
		if err != nil {
			return nil, fmt.Errorf("seedgold: %w", err)
		}
		out = append(out, Seed{Name: strings.TrimSuffix(filepath.Base(p), ".json"), Text: string(text), Gold: g})
	}
	return out, nil
}

// Blocks turns the gold line labels into blocks, as an oracle clean stage
// would: one block per labelled non-empty line, from its first byte to the
// byte before its newline, with Score 1.
func Blocks(text string, g Gold) []article.Block {
	blocks := []article.Block{}
	start := 0
	for n := 1; start <= len(text); n++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if lab, ok := g.Lines.Label(n); ok && end > start {
			blocks = append(blocks, article.Block{Start: start, End: end, Label: lab, Score: 1})
		}
		if end == len(text) {
			break
		}
		start = end + 1
	}
	return blocks
}

// SameSpeaker compares two speaker names by the seeds README's rule in its
// loosest form, without knowing the speaker's type: the same name ignoring
// case, or the same last word ignoring case (a surname match). The end-to-end
// tests use it on canonical names.
func SameSpeaker(got, want string) bool {
	g, w := strings.ToLower(got), strings.ToLower(want)
	if g == w {
		return true
	}
	gf, wf := strings.Fields(g), strings.Fields(w)
	if len(gf) == 0 || len(wf) == 0 {
		return false
	}
	return gf[len(gf)-1] == wf[len(wf)-1]
}

// SpeakerMatches is the typed form of the README's rule, used to score the
// claims stage: got's canonical name or its name equals want, ignoring case,
// spacing and a leading article ("the", "a", "an"), which is how anonymous
// sources and organisations match by description; only when got is a person
// is the same surname enough (entity.SameName, which forgives one
// transliteration edit).
func SpeakerMatches(want string, got *article.Speaker) bool {
	if got == nil {
		return false
	}
	norm := func(s string) string {
		s = strings.ToLower(strings.Join(strings.Fields(s), " "))
		for _, d := range []string{"the ", "a ", "an "} {
			s = strings.TrimPrefix(s, d)
		}
		return s
	}
	w := norm(want)
	for _, c := range []string{got.Canonical, got.Name} {
		if c == "" {
			continue
		}
		if norm(c) == w {
			return true
		}
	}
	if got.Type == article.SourcePerson {
		wf := strings.Fields(want)
		for _, c := range []string{got.Canonical, got.Name} {
			cf := strings.Fields(c)
			if len(wf) > 0 && len(cf) > 0 && entity.SameName(wf[len(wf)-1], cf[len(cf)-1]) {
				return true
			}
		}
	}
	return false
}
