package spell

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/pkg/flagger/token"
)

type tokKind int

const (
	tokAny      tokKind = iota // case-insensitive word
	tokExact                   // exact case
	tokClass                   // word of a named class
	tokSame                    // same as the previous word
	tokDemonymS                // capitalised plural of a proper noun
)

type tok struct {
	kind  tokKind
	word  string
	class map[string]struct{}
}

type phrase struct {
	toks []tok
	note string
}

// parsePhrases reads the garbled-phrase file (format in data/garbled.txt).
func parsePhrases(src string) ([]phrase, error) {
	classes := map[string]map[string]struct{}{}
	var out []phrase
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "@"); ok {
			name, words, ok := strings.Cut(rest, "=")
			if !ok {
				return nil, fmt.Errorf("spell: garbled.txt line %d: class without '='", n+1)
			}
			set := map[string]struct{}{}
			for _, w := range strings.Fields(words) {
				set[strings.ToLower(w)] = struct{}{}
			}
			classes[strings.TrimSpace(name)] = set
			continue
		}
		pat, note, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(note) == "" {
			return nil, fmt.Errorf("spell: garbled.txt line %d: want pattern<TAB>note", n+1)
		}
		var p phrase
		p.note = strings.TrimSpace(note)
		for _, f := range strings.Fields(pat) {
			switch {
			case f == "{same}":
				p.toks = append(p.toks, tok{kind: tokSame})
			case f == "{demonym-plural}":
				p.toks = append(p.toks, tok{kind: tokDemonymS})
			case strings.HasPrefix(f, "{") && strings.HasSuffix(f, "}"):
				set, ok := classes[f[1:len(f)-1]]
				if !ok {
					return nil, fmt.Errorf("spell: garbled.txt line %d: unknown class %s", n+1, f)
				}
				p.toks = append(p.toks, tok{kind: tokClass, class: set})
			case strings.HasPrefix(f, "="):
				p.toks = append(p.toks, tok{kind: tokExact, word: f[1:]})
			default:
				p.toks = append(p.toks, tok{kind: tokAny, word: strings.ToLower(f)})
			}
		}
		if len(p.toks) == 0 || p.toks[0].kind == tokSame {
			return nil, fmt.Errorf("spell: garbled.txt line %d: bad pattern", n+1)
		}
		out = append(out, p)
	}
	return out, nil
}

func (c *Checker) garbled(text string, words []token.Word, lower []string) []Match {
	var out []Match
	try := func(i, pi int) {
		p := c.phrases[pi]
		if end, ok := c.matchAt(text, words, lower, i, p); ok {
			out = append(out, Match{Start: words[i].Start, End: words[end].End, Text: text[words[i].Start:words[end].End], Note: p.note})
		}
	}
	for i := range words {
		for _, pi := range c.byFirst[lower[i]] {
			try(i, pi)
		}
		for _, pi := range c.anyFirst {
			try(i, pi)
		}
	}
	return out
}

// matchAt tries phrase p at word i and returns the index of its last word.
func (c *Checker) matchAt(text string, words []token.Word, lower []string, i int, p phrase) (int, bool) {
	if i+len(p.toks) > len(words) {
		return 0, false
	}
	for k, t := range p.toks {
		j := i + k
		if k > 0 && strings.TrimSpace(text[words[j-1].End:words[j].Start]) != "" {
			return 0, false
		}
		switch t.kind {
		case tokAny:
			if lower[j] != t.word {
				return 0, false
			}
		case tokExact:
			if words[j].Text != t.word {
				return 0, false
			}
		case tokClass:
			if _, ok := t.class[lower[j]]; !ok {
				return 0, false
			}
		case tokSame:
			if lower[j] != lower[j-1] {
				return 0, false
			}
		case tokDemonymS:
			// Title case ("Germans"), not an acronym ("US").
			if !words[j].Capitalized() || len(lower[j]) < 5 || words[j].Text[1:] != lower[j][1:] {
				return 0, false
			}
			base, ok := strings.CutSuffix(lower[j], "s")
			if !ok || !c.dict.Capital(base) {
				return 0, false
			}
		}
	}
	return i + len(p.toks) - 1, true
}
