package flagger

import (
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger/lexicon"
	"github.com/copydesk/copydesk/pkg/flagger/token"
	"github.com/copydesk/copydesk/pkg/wire"
)

// span is a byte range of Article.Text.
type span struct{ start, end int }

// view is what the checks read of one article, computed once per Process.
type view struct {
	a *article.Article

	title      string
	titleStart int // offset of the title in Text, -1 when it is not there
	titleWords []token.Word
	titleLower []string

	paras      []span // content and heading blocks (or lines without blocks)
	words      []token.Word
	lower      []string
	wordPara   []int  // paragraph index of each word
	inQuote    []bool // word lies inside quotation marks
	quoteIssue []quoteIssue
	lex        [][]lexicon.Match // body matches of Stage.bank, by bank index
	lowerText  string            // Text with ASCII letters lowered (same offsets)
}

// asciiLower lowers the ASCII letters of s, keeping every byte offset.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// foldAll returns token.Fold of each word of the text, taking ASCII words
// from lowerText without allocating.
func (v *view) foldAll(words []token.Word) []string {
	out := make([]string, len(words))
	for i, w := range words {
		ascii := true
		for k := 0; k < len(w.Text); k++ {
			if w.Text[k] >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			out[i] = v.lowerText[w.Start:w.End]
		} else {
			out[i] = token.Fold(w.Text)
		}
	}
	return out
}

// headlineWords are the title's words without a site's name set off by
// bars ("Hotel donates supplies | Nassau, Bahamas | Bahamas Local News"):
// of the parts between bars, the longest is the headline.
func (v *view) headlineWords() ([]token.Word, []string) {
	if !strings.Contains(v.title, " | ") {
		return v.titleWords, v.titleLower
	}
	best, start := "", 0
	off := 0
	for part := range strings.SplitSeq(v.title, " | ") {
		if len(part) > len(best) {
			best, start = part, off
		}
		off += len(part) + len(" | ")
	}
	end := start + len(best)
	var words []token.Word
	var lower []string
	for i, w := range v.titleWords {
		if w.Start >= start && w.End <= end {
			words = append(words, w)
			lower = append(lower, v.titleLower[i])
		}
	}
	return words, lower
}

func newView(a *article.Article) *view {
	v := &view{a: a, titleStart: -1}
	v.title = strings.TrimSpace(a.Title)
	headline := span{-1, -1}
	for _, b := range a.Blocks {
		if b.Label == article.LabelHeadline && b.Start >= 0 && b.End <= len(a.Text) && b.Start < b.End {
			headline = span{b.Start, b.End}
			break
		}
	}
	switch {
	case v.title == "" && headline.start >= 0:
		v.title = strings.TrimSpace(a.Text[headline.start:headline.end])
		v.titleStart = headline.start + strings.Index(a.Text[headline.start:headline.end], v.title)
	case v.title != "":
		if headline.start >= 0 {
			if i := strings.Index(a.Text[headline.start:headline.end], v.title); i >= 0 {
				v.titleStart = headline.start + i
			}
		}
		if v.titleStart < 0 {
			// Only a title at the very start of the text is taken as the
			// headline line; elsewhere the same words may be body text.
			if strings.HasPrefix(strings.TrimLeft(a.Text, " \t\r\n\ufeff"), v.title) {
				v.titleStart = strings.Index(a.Text, v.title)
			}
		}
	}
	v.titleWords = token.Split(v.title)
	v.titleLower = lexicon.Lower(v.titleWords)

	if a.Blocks != nil {
		for _, b := range a.Blocks {
			if (b.Label == article.LabelContent || b.Label == article.LabelHeading) && b.Start >= 0 && b.End <= len(a.Text) && b.Start < b.End {
				v.paras = append(v.paras, span{b.Start, b.End})
			}
		}
	} else {
		// No clean stage: every non-empty line but the headline line.
		off := 0
		for line := range strings.SplitAfterSeq(a.Text, "\n") {
			s, e := off, off+len(strings.TrimRight(line, "\r\n"))
			off += len(line)
			if strings.TrimSpace(a.Text[s:e]) == "" || (v.titleStart >= s && v.titleStart < e) {
				continue
			}
			v.paras = append(v.paras, span{s, e})
		}
	}
	v.words = make([]token.Word, 0, len(a.Text)/6+8)
	v.wordPara = make([]int, 0, len(a.Text)/6+8)
	for pi, p := range v.paras {
		n := len(v.words)
		v.words = token.AppendSplit(v.words, a.Text[p.start:p.end], p.start)
		for range v.words[n:] {
			v.wordPara = append(v.wordPara, pi)
		}
	}
	v.lowerText = asciiLower(a.Text)
	v.lower = v.foldAll(v.words)
	v.scanQuotes()
	return v
}

// evidence returns a span of the text, or a title span for title words when
// the title is not part of Text (offsets 0, text the words).
func (v *view) titleEvidence(w0, w1 token.Word) article.Span {
	text := v.title[w0.Start:w1.End]
	if v.titleStart < 0 {
		return article.Span{Text: text}
	}
	return article.Span{Text: text, Start: v.titleStart + w0.Start, End: v.titleStart + w1.End}
}

// evidence is the span [start,end) of the text, clamped to it.
func (v *view) evidence(start, end int) article.Span {
	start = min(max(start, 0), len(v.a.Text))
	end = min(max(end, start), len(v.a.Text))
	return article.Span{Text: v.a.Text[start:end], Start: start, End: end}
}

// bodyHas reports whether the body contains the lower-case word, or a word
// sharing its first prefixLen bytes when both are at least that long.
func (v *view) bodyIndex() map[string]struct{} {
	m := make(map[string]struct{}, len(v.lower))
	for _, w := range v.lower {
		m[strings.TrimSuffix(w, "'s")] = struct{}{}
	}
	return m
}

// inTitleQuote reports whether byte pos of the title lies inside a
// quotation (“…”, "…", «…», or ‘…’ opened at a word start): a headline
// that quotes "I will resign" reports words, not the event.
func (v *view) inTitleQuote(pos int) bool {
	depth := 0
	prev := ' '
	for i, r := range v.title {
		if i >= pos {
			break
		}
		switch {
		case r == '“' || r == '«':
			depth++
		case r == '‘' && (i == 0 || prev == ' ' || prev == '('):
			depth++
		case (r == '”' || r == '»') && depth > 0:
			depth--
		case r == '’' && depth > 0 && !unicode.IsLetter(nextRune(v.title, i)): // not "don’t"
			depth--
		case r == '"':
			if depth > 0 {
				depth--
			} else {
				depth++
			}
		}
		prev = r
	}
	return depth > 0
}

// nextRune is the rune after the one at byte i of s, or 0.
func nextRune(s string, i int) rune {
	_, n := utf8.DecodeRuneInString(s[i:])
	if i+n >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i+n:])
	return r
}

// english reports whether the article is in English or its language is
// unknown: the headline model and the lexicons are English.
func (v *view) english() bool { return article.English(v.a.Language) }

// outlet names the article's own publisher for telling its own reporting
// from other media's: the source as given, else the host of its URL
// ("www.telegraph.co.uk" for "told The Telegraph").
// toldOutlet reports whether q's cue names the outlet it was said to
// ("Rose told The Intercept", "said in an interview with …"): an outlet no
// list knows is then most often the article's own, not a relay.
func (v *view) toldOutlet(q *article.Quote) bool {
	if q.Cue == nil || q.Cue.End > len(v.a.Text) || q.Cue.Start > q.Cue.End {
		return true
	}
	cue := strings.ToLower(v.a.Text[q.Cue.Start:q.Cue.End])
	for _, w := range []string{"told", "tells", "telling", "said to", "interview", "speaking to", "spoke to"} {
		if strings.Contains(cue, w) {
			return true
		}
	}
	// "Levine Cava said in a statement to The Intercept", "In a statement
	// to The Intercept, Levine Cava said": the outlet after "to" or "with"
	// in the words around the verb.
	around := strings.ToLower(v.a.Text[max(0, q.Cue.Start-100):min(len(v.a.Text), q.Cue.End+100)])
	via := strings.ToLower(q.Via)
	for _, p := range []string{" to ", " to the ", " with ", " with the "} {
		if strings.Contains(around, p+via) {
			return true
		}
	}
	return false
}

// mediaEntity reports whether the article's entities hold name as an
// outlet.
func (v *view) mediaEntity(name string) bool {
	for _, e := range v.a.Entities {
		if e.Type == article.EntityMedia && strings.EqualFold(e.Name, name) {
			return true
		}
	}
	return false
}

func (v *view) outlet() string {
	if v.a.Source != "" {
		return v.a.Source
	}
	if u, err := url.Parse(v.a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	if len(v.paras) > 0 {
		// The agency of a wire dateline: "NEW YORK (Reuters) - …".
		agency, _ := wire.Dateline(v.a.Text[v.paras[0].start:v.paras[0].end])
		return agency
	}
	return ""
}

// spelledOut reports whether the body writes acronym (lower case) out as
// consecutive words with those initials ("IMF": "International Monetary
// Fund", "CFO": "chief financial officer"), function words between them
// allowed ("Department of Justice").
func (v *view) spelledOut(acronym string) bool {
	n := len(acronym)
	if n < 2 {
		return false
	}
	for i := range v.lower {
		if v.lower[i] == "" || v.lower[i][0] != acronym[0] {
			continue
		}
		k, j := 1, i+1
		for k < n && j < len(v.lower) && j-i <= 2*n {
			w := v.lower[j]
			switch {
			case w != "" && w[0] == acronym[k]:
				k++
			case w == "of" || w == "and" || w == "the" || w == "for" || w == "on" || w == "in":
			default:
				j = len(v.lower) // no match from i
				continue
			}
			j++
		}
		if k == n {
			return true
		}
	}
	return false
}

// paraAt is the index in paras of the paragraph holding offset pos, or -1.
func (v *view) paraAt(pos int) int {
	i := sort.Search(len(v.paras), func(i int) bool { return v.paras[i].end > pos })
	if i < len(v.paras) && v.paras[i].start <= pos {
		return i
	}
	return -1
}

// attributedParas is the set of paragraphs that hold a quotation with a
// speaker, or its cue.
func (v *view) attributedParas() map[int]bool {
	out := map[int]bool{}
	for _, q := range v.a.Quotes {
		if q.Speaker == nil {
			continue
		}
		if p := v.paraAt(q.Start); p >= 0 {
			out[p] = true
		}
		if q.Cue != nil {
			if p := v.paraAt(q.Cue.Start); p >= 0 {
				out[p] = true
			}
		}
	}
	return out
}

// keywordStuffing finds the pair of adjacent headline words (of four letters
// or more, or three that are not one of function3; one of five or more) that
// the body repeats most often in lower case, as pages written around a search
// phrase do ("credit cards" in "Best Credit Cards For Students", "car
// insurance" in "Cheapest Car Insurance in Texas"): the pair, its count and
// where it first stands. Names, capitalised in the body, do not count.
func (v *view) keywordStuffing(function3 map[string]bool) (string, int, span) {
	key := map[string]bool{}
	for _, w := range v.titleLower {
		if n := utf8.RuneCountInString(w); (n >= 4 || n == 3 && !function3[w]) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			key[w] = true
		}
	}
	if len(key) < 2 {
		return "", 0, span{}
	}
	counts := map[string]int{}
	first := map[string]span{}
	best, bestN := "", 0
	for i := 0; i+1 < len(v.words); i++ {
		a, b := v.lower[i], v.lower[i+1]
		if !key[a] || !key[b] || a == b || max(utf8.RuneCountInString(a), utf8.RuneCountInString(b)) < 5 {
			continue
		}
		w0, w1 := v.words[i], v.words[i+1]
		if r, _ := utf8.DecodeRuneInString(w0.Text); !unicode.IsLower(r) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w1.Text); !unicode.IsLower(r) {
			continue
		}
		if strings.TrimSpace(v.a.Text[w0.End:w1.Start]) != "" {
			continue // not adjacent: punctuation between
		}
		p := a + " " + b
		if counts[p] == 0 {
			first[p] = span{w0.Start, w1.End}
		}
		counts[p]++
		if counts[p] > bestN || counts[p] == bestN && p < best {
			best, bestN = p, counts[p]
		}
	}
	return best, bestN, first[best]
}
