// Package classify labels the lines of an article text as content, headline,
// heading or one of the boilerplate kinds (navigation, related, author,
// consent, cta, caption, source_credit, spam), and merges neighbouring lines
// of one paragraph that share a label into blocks.
//
// It combines, in order:
//  1. block features: length, stopword density, sentence-final punctuation,
//     title-case ratio, a trailing ellipsis, cross-promotion tags;
//  2. the embedded lexicons (pkg/clean/data/lexicon.txt);
//  3. per-source memory: lines seen in other articles of the same source are
//     template (the caller looks the counts up; see package memory);
//  4. context: the first line as headline, headline + snippet teaser pairs,
//     author boxes (a header or bio beside a name line), headings between
//     content, everything after the last content, and the main text zone
//     (the run of lines with the largest content weight, found like a
//     maximum-sum subarray; content outside it is dropped in text mode);
//  5. SEO spam scores for teasers (package spam).
//
// Classify is linear in the text and safe for concurrent use.
package classify

import (
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/clean/data"
	"github.com/copydesk/copydesk/pkg/clean/lexicon"
	"github.com/copydesk/copydesk/pkg/clean/segment"
	"github.com/copydesk/copydesk/pkg/clean/spam"
	"github.com/copydesk/copydesk/pkg/interview"
)

// Mode says what kind of text is classified.
type Mode int

const (
	// ModeText is text as an upstream extractor or a page flattener
	// produced it, junk included.
	ModeText Mode = iota
	// ModeExtracted is text that go-trafilatura already extracted as the
	// main content: lines stay content unless there is strong evidence.
	ModeExtracted
)

// Classifier labels article text. Build one with New and share it.
type Classifier struct {
	p      Params
	lex    *lexicon.Lexicon
	stop   lexicon.WordSet
	months lexicon.WordSet // month and date words
	// monthNames are month names alone, of the languages the stage meets
	monthNames lexicon.WordSet
	// accounts are the words of a site's account that bylines name instead
	// of a person ("admin", "webmaster")
	accounts lexicon.WordSet
	jobs     lexicon.WordSet // job titles of author bios
	english  lexicon.WordSet // English function words (stopwords.txt's first section)
	// sections are the words of section headings that no name holds
	// ("Frequently Asked Questions")
	sections lexicon.WordSet
	spam     *spam.Scorer
}

// New loads the embedded lexicons and parameters.
func New() (*Classifier, error) {
	p, err := DefaultParams()
	if err != nil {
		return nil, err
	}
	lx, err := lexicon.Parse("lexicon.txt", data.MustRead("lexicon.txt"))
	if err != nil {
		return nil, fmt.Errorf("classify: %w", err)
	}
	stopText := data.MustRead("stopwords.txt")
	stop := lexicon.ParseWords(stopText)
	// The file's first section is English's.
	english, _, _ := strings.Cut(strings.TrimPrefix(stopText, "# English\n"), "\n#")
	sp, err := spam.New(stop)
	if err != nil {
		return nil, fmt.Errorf("classify: %w", err)
	}
	months := lexicon.ParseWords(data.MustRead("datewords.txt"))
	jobs := lexicon.ParseWords(data.MustRead("professions.txt"))
	return &Classifier{p: p, lex: lx, stop: stop, months: months, jobs: jobs, spam: sp,
		monthNames: lexicon.ParseWords(data.MustRead("monthnames.txt")), accounts: lexicon.ParseWords(data.MustRead("accounts.txt")),
		sections: lexicon.ParseWords(data.MustRead("sectionwords.txt")), english: lexicon.ParseWords(english)}, nil
}

// Params returns the classifier's parameters.
func (c *Classifier) Params() Params { return c.p }

// Input is one text to classify.
type Input struct {
	Text  string
	Lines []segment.Line // from segment.Lines(Text)
	Mode  Mode
	// Title is a title already known (from metadata); a line equal to it is
	// the headline.
	Title string
	// Seen holds, per line, in how many other articles of the same source
	// the line occurred (per-source memory); nil when there is no memory.
	Seen []float64
	// Linked holds, per line, whether the page has the line as a link
	// alone, outside a heading (htmltext.LinkLines); nil for plain text.
	Linked []bool
}

// Result is the labelled text.
type Result struct {
	Blocks []article.Block
	// Metadata found in the text; empty when absent.
	Title, Author, Published string
	// Spam is the article-level SEO-spam score in [0,1].
	Spam float64
}

// Key returns the memory key of a line: a hash of its lower-cased words,
// so that recurring template lines match whatever their spacing. ok is false
// for lines without words.
func Key(line string) (key uint64, ok bool) {
	h := fnv.New64a()
	n := 0
	var buf [64]lexicon.Token
	for _, t := range lexicon.Tokenize(buf[:0], line) {
		if n > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(t.Word))
		n++
	}
	return h.Sum64(), n > 0
}

type unit struct {
	start, end int
	para, pos  int
	text       string
	toks       []lexicon.Token

	words      int
	stop       float64
	upper      float64 // share of words starting upper-case
	endPunct   bool    // ends a sentence (. ! ? …, closing quotes ignored)
	endPeriod  bool
	ellipsis   bool
	summary    bool // heading or item of a summary list ("Key points")
	bracketTag string
	prose      bool
	titleLike  bool
	nameLike   bool
	dateLike   bool
	allCaps    bool
	credit     bool // a parenthesised photo credit
	noLetters  bool
	breadcrumb bool   // "Home » World » Europe"
	menu       bool   // "Home | News | Sport | Business"
	speaker    string // a transcript's label: "Emma Hart" of "Emma Hart: Is it achievable?"
	bio        bool   // "<Name> is a <job> ..."
	byline     bool   // "By Jane Doe | date"
	linked     bool   // the page has the line as a link alone (Input.Linked)
	shopping   bool   // a shopping button ("Check price on Amazon")
	stamp      bool   // a clock time alone: a live page's entry ("10:42", "9.58am GMT")
	// stampedTitle is a live page's entry heading after its clock time
	// on one line: "15:47 - Power cuts rise to about 60,000".
	stampedTitle bool
	// soft marks a label from the template memory alone: context that
	// says which kind of boilerplate it is (an author box, a caption) wins.
	soft        bool
	lex         lexicon.Scores
	seen        float64
	template    bool
	label       article.Label
	score       float64
	reason      string
	pending     bool
	spam        *float64
	dateline    string
	teaserTitle bool
}

// Classify labels in.Text.
func (c *Classifier) Classify(in Input) Result {
	us := make([]unit, len(in.Lines))
	toks := make([]lexicon.Token, 0, len(in.Text)/5+1)
	for i, l := range in.Lines {
		n := len(toks)
		toks = lexicon.Tokenize(toks, in.Text[l.Start:l.End])
		us[i].toks = toks[n:len(toks):len(toks)]
		c.features(&us[i], in.Text, l)
		if in.Seen != nil && i < len(in.Seen) {
			us[i].seen = in.Seen[i]
		}
		if i < len(in.Linked) {
			us[i].linked = in.Linked[i]
		}
	}
	transcript(us)
	res := Result{}
	if len(us) == 0 {
		res.Blocks = []article.Block{}
		return res
	}
	c.memory(us)
	c.local(us, in.Mode)
	c.context(us, in)
	if in.Mode == ModeText {
		c.afterHeader(us, "comments_start", "reader comment after a comments header", false)
		c.afterHeader(us, "readnext_start", "read-next list after its header", true)
		c.zone(us)
		c.headBylines(us)
	}
	res.Spam = c.spamScores(us)
	c.metadata(us, &res)
	res.Blocks = merge(us)
	return res
}

var closers = "\"'”’»)]*"

// openers are the marks a headline can open with: a quotation.
var openers = "\"'“‘«„¿¡"

func (c *Classifier) features(u *unit, text string, l segment.Line) {
	u.start, u.end, u.para, u.pos = l.Start, l.End, l.Para, l.Pos
	u.text = text[l.Start:l.End]
	u.words = len(u.toks)
	stops, upper, letters := 0, 0, 0
	for _, t := range u.toks {
		if c.stop.Has(t.Word) {
			stops++
		}
		if !t.Digit {
			letters++
			if t.Upper {
				upper++
			}
		}
	}
	if u.words > 0 {
		u.stop = float64(stops) / float64(u.words)
	}
	if letters > 0 {
		u.upper = float64(upper) / float64(letters)
	}
	tail := strings.TrimRight(u.text, " \t")
	u.ellipsis = strings.HasSuffix(tail, "...") || strings.HasSuffix(tail, "…") ||
		strings.HasSuffix(tail, ",...") || strings.HasSuffix(tail, "…”")
	if strings.HasSuffix(tail, "]") {
		if k := strings.LastIndexByte(tail, '['); k > 0 {
			tag := tail[k+1 : len(tail)-1]
			if isTag(tag) {
				u.bracketTag = tag
			}
		}
	}
	core := strings.TrimRight(tail, closers)
	r, _ := utf8.DecodeLastRuneInString(core)
	u.endPunct = strings.ContainsRune(".!?…:;", r)
	u.endPeriod = r == '.' || r == '…' || r == ';'
	u.prose = u.words >= c.p.ProseMinWords && u.stop >= c.p.ProseMinStop &&
		(u.endPunct || u.words >= c.p.LongProseWords) ||
		// A story's first paragraph after a wire dateline, which numbers
		// and names crowd: "SAN JOSE, Calif., Oct. 28, 2025 /PRNewswire/
		// -- Acme Robotics, Inc. (NASDAQ: ACME) … today announced …".
		u.words >= c.p.WireProseWords && u.endPunct && wireDateline(u.toks, u.text)
	if kind, _ := interview.Label(u.text); kind != interview.None && u.words >= 3 && u.endPunct {
		// An interview's line: "Q: What would you change first?", "A:
		// Housing."
		u.prose = true
	} else if label, _ := interview.SpeakerLabel(u.text); label != "" && u.words >= 3 && u.endPunct {
		u.speaker = label // (prose if the page is a transcript: transcript)
	}
	u.titleLike = !u.prose && u.words >= 1 && u.words <= c.p.TitleMaxWords && !u.endPeriod
	u.stamp = clockStamp(u.text)
	u.stampedTitle = u.titleLike && stampedTitle(u.text)
	// A name opens with no function word: "About Acme Robotics" is a
	// section's heading ("Will Smith" is a name).
	u.nameLike = isName(u.toks, u.text) && !(c.stop.Has(u.toks[0].Word) && u.toks[0].Word != "will") && !c.sectionHeading(u.toks)
	// (or a date in numbers alone, with its time: "18:45 23.11.2026")
	u.dateLike = c.isDate(u.toks) || c.labelledDate(u) || len(u.toks) <= 5 && allDigitTokens(u.toks) && numericDate(u.text, u.toks, tokenNumber) != ""
	u.allCaps = u.upper == 1 && strings.ToUpper(u.text) == u.text && u.words >= 2
	u.credit = strings.HasPrefix(u.text, "(") && strings.HasSuffix(u.text, ")") && u.words <= 12 &&
		(strings.Contains(u.text, "/") || u.words <= 6) ||
		strings.Contains(u.text, "(@") && u.words <= 14 // an embedded post's attribution
	u.credit = u.credit || !u.prose && trailingCredit(u.text)
	u.breadcrumb = u.words <= 10 && (strings.Contains(u.text, "»") || strings.Contains(u.text, " > ") || strings.Contains(u.text, " › "))
	u.menu = menuLine(u.text)
	u.noLetters = u.words > 0 && !hasLetter(u.text)
	u.bio = c.isBio(u.toks)
	u.byline = !u.prose && u.words >= 3 && u.words <= 14 && u.toks[0].Word == "by" && u.toks[0].Upper && u.toks[1].Upper && u.toks[2].Upper
	u.lex = c.lex.Score(u.toks)
	u.dateline = dateline(u.text)
}

// menuLine reports whether a line is a menu written on one line: three or
// more items of one to three capitalised words between " | ", " · " or
// " • " ("Home | News | Sport | Business"); not a headline and its site
// ("Storm hits Wales | BBC News").
func menuLine(text string) bool {
	for _, sep := range []string{" | ", " · ", " • "} {
		parts := strings.Split(strings.TrimSpace(text), sep)
		if len(parts) < 3 {
			continue
		}
		ok := true
		for _, p := range parts {
			ws := strings.Fields(p)
			if len(ws) == 0 || len(ws) > 3 {
				ok = false
				break
			}
			if r, _ := utf8.DecodeRuneInString(ws[0]); !unicode.IsUpper(r) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// sentenceCase reports whether a line's words after the first are mostly in
// lower case, as a sentence's are (a name or two aside), not a title's.
func sentenceCase(toks []lexicon.Token) bool {
	upper := 0
	for _, t := range toks[1:] {
		if t.Upper {
			upper++
		}
	}
	return 2*upper < len(toks)-1
}

// overParagraph reports whether the line at i stands over a paragraph or
// over a line over one: "7 Best Sleep Supplements" / "1. Melatonin" / text.
func overParagraph(us []unit, i int) bool {
	for j := i + 1; j < len(us) && j <= i+2; j++ {
		if us[j].prose {
			return true
		}
		if !us[j].pending || us[j].words > 12 {
			return false
		}
	}
	return false
}

// titleCase reports whether a line's words after the first are capitalised
// but for a few short ones ("the", "of", a figure), as a title's are.
func titleCase(toks []lexicon.Token) bool {
	upper, n := 0, 0
	for _, t := range toks[1:] {
		if len(t.Word) <= 3 && !t.Upper {
			continue
		}
		n++
		if t.Upper {
			upper++
		}
	}
	return n >= 4 && 10*upper >= 9*n
}

// colonQuote reports whether a line ends in a quotation after a colon, as
// a speaker's words do: "Former Ukip leader Nigel Farage tweeted: “Sunak
// must go.”"
func colonQuote(text string) bool {
	t := strings.TrimRight(text, " ")
	if !strings.HasSuffix(t, "”") && !strings.HasSuffix(t, "\"") {
		return false
	}
	i := strings.LastIndex(t, ": ")
	if i < 0 {
		return false
	}
	rest := t[i+2:]
	return strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, "\"")
}

// isDate reports whether the line is only a date or time ("Feb. 1, 2024",
// "UPDATED Feb. 29, 2024 | 2:10 PM"). A longer line must have nothing
// else: "Published: 10:15 BST, 4 March 2025 | Updated: 16:02 BST, 4 March
// 2025".
func (c *Classifier) isDate(toks []lexicon.Token) bool {
	if len(toks) == 0 || len(toks) > 24 {
		return false
	}
	digits, months, other := 0, 0, 0
	for _, t := range toks {
		switch {
		case t.Digit:
			digits++
		case c.months.Has(t.Word):
			months++
		default:
			other++
		}
	}
	if len(toks) > 10 {
		return other == 0 && digits >= 2 && months >= 2
	}
	return digits >= 1 && months >= 1 && other <= 1 ||
		digits >= 3 && months >= 1 && other <= 3
}

// labelledDate reports whether a short line opens with a date's label and
// holds an English date: "Published 6:45 a.m. ET March 3, 2024 | Updated
// 9:12 a.m. ET March 3, 2024", "Posted on March 4, 2024 by admin".
func (c *Classifier) labelledDate(u *unit) bool {
	if u.words < 3 || u.words > 30 || u.prose && u.endPeriod {
		return false
	}
	// The label's words are the line's first words ("Published", not
	// "Dates").
	for _, ws := range datelineLabels {
		if len(ws) > len(u.toks) {
			continue
		}
		match := true
		for k, x := range ws {
			if u.toks[k].Word != x {
				match = false
				break
			}
		}
		if match {
			return c.textDate(u.text, u.toks) != ""
		}
	}
	return false
}

// dateByline returns the name after "by" in a date line ("Posted on March
// 4, 2024 by Jane Doe"), or "".
func dateByline(u *unit) string {
	for k := 1; k+1 < len(u.toks); k++ {
		if u.toks[k].Word != "by" {
			continue
		}
		return nameUntilSeparator(u.text[u.toks[k+1].Start:])
	}
	return ""
}

// nameUntilSeparator is the name that opens s, up to a bar, a comma, a
// bullet, a dash or a spaced slash ("Jane Doe, Staff Writer", "Jane Doe |
// March 3", "Jane Doe - Reporter / @janedoe").
func nameUntilSeparator(s string) string {
	if k := strings.IndexAny(s, "|,•·–—\t"); k > 0 {
		s = s[:k]
	}
	for _, sep := range []string{" - ", " / "} {
		if k := strings.Index(s, sep); k > 0 {
			s = s[:k]
		}
	}
	return strings.TrimSpace(s)
}

// wireDateline reports whether a line opens like a news story: a place in
// capitals followed by a comma, a dash or an agency in parentheses
// ("WASHINGTON (AP) —", "ISLAMABAD, March 4 (Reuters) -").
func wireDateline(toks []lexicon.Token, text string) bool {
	if len(toks) < 8 || !toks[0].Upper {
		return false
	}
	k := 0
	for k < len(toks) && k < 3 && text[toks[k].Start:toks[k].End] == strings.ToUpper(text[toks[k].Start:toks[k].End]) && !toks[k].Digit {
		k++
	}
	if k == 0 || len(text[toks[0].Start:toks[k-1].End]) < 3 {
		return false
	}
	rest := strings.TrimLeft(text[toks[k-1].End:], " .")
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") ||
		strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "(")
}

// distinct counts the distinct words of toks.
func distinct(toks []lexicon.Token) float64 {
	seen := make(map[string]struct{}, 64)
	for _, t := range toks {
		seen[t.Word] = struct{}{}
	}
	return float64(len(seen))
}

// creditWords open a parenthesised picture credit at the end of a caption:
// "Sergei Lavrov in Geneva (Image: Getty)".
var creditWords = []string{"(image", "(photo", "(pic", "(picture", "(credit", "(getty", "(video", "(foto", "(bild", "(submitted by", "(courtesy", "(supplied"}

func trailingCredit(s string) bool {
	if !strings.HasSuffix(s, ")") {
		return false
	}
	k := strings.LastIndexByte(s, '(')
	if k < 0 || len(s)-k > 80 {
		return false
	}
	low := strings.ToLower(s[k:])
	for _, w := range creditWords {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

func allDigitTokens(toks []lexicon.Token) bool {
	for _, t := range toks {
		if !t.Digit {
			return false
		}
	}
	return len(toks) > 0
}

func halvesEqual(toks []lexicon.Token) bool {
	h := len(toks) / 2
	for i := range h {
		if toks[i].Word != toks[h+i].Word {
			return false
		}
	}
	return true
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isBio reports whether the line starts "<Name> is a/an/the ... <job>".
func (c *Classifier) isBio(toks []lexicon.Token) bool {
	k := 0
	for k < len(toks) && k < 4 && toks[k].Upper {
		k++
	}
	if k < 2 || k+1 >= len(toks) || toks[k].Word != "is" {
		return false
	}
	switch toks[k+1].Word {
	case "a", "an", "the":
	default:
		return false
	}
	for _, t := range toks[k+2 : min(len(toks), k+10)] {
		if c.jobs.Has(t.Word) {
			return true
		}
	}
	return false
}

// isTag reports whether s is a cross-promotion tag such as INSIGHT or VIDEO.
func isTag(s string) bool {
	if len(s) < 2 || len(s) > 16 {
		return false
	}
	for _, r := range s {
		if !(unicode.IsUpper(r) || r == ' ') {
			return false
		}
	}
	return true
}

// isName reports whether the line is a bare person name: two to four
// capitalised words and nothing else.
// sectionHeading reports whether a word of toks is a section heading's
// (data/sectionwords.txt): "Frequently Asked Questions" names no one.
func (c *Classifier) sectionHeading(toks []lexicon.Token) bool {
	for _, t := range toks {
		if c.sections.Has(t.Word) {
			return true
		}
	}
	return false
}

func isName(toks []lexicon.Token, text string) bool {
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	for _, t := range toks {
		if !t.Upper || t.Digit {
			return false
		}
	}
	for _, r := range text {
		if !(unicode.IsLetter(r) || r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’') {
			return false
		}
	}
	return true
}

func (c *Classifier) memory(us []unit) {
	if c.p.MemoryMinSeen <= 0 {
		return
	}
	// Counts decay (a 14-day half-life) from the second they were recorded,
	// so a line seen twice a second ago counts 1.9999994: the threshold
	// allows for the decay of the last hour or so, which must not flip it.
	minSeen := c.p.MemoryMinSeen - seenSlack
	// An article whose long prose lines were nearly all seen before repeats
	// an earlier article (a redelivery under a new id, a syndicated copy):
	// the memory says nothing about template then, so it is ignored.
	unseen, counted := 0, 0
	for i := range us {
		if !us[i].prose || us[i].words < 15 {
			continue
		}
		counted++
		if us[i].seen < minSeen {
			unseen++
		}
	}
	if counted >= 3 && unseen == 0 {
		return
	}
	for i := range us {
		us[i].template = us[i].seen >= minSeen
	}
}

// seenSlack is how far under MemoryMinSeen a decayed count may be and still
// reach it.
const seenSlack = 0.01

func (u *unit) set(l article.Label, score float64, reason string) {
	u.label, u.score, u.reason, u.pending = l, clamp(score), reason, false
}

func clamp(x float64) float64 { return math.Max(0, math.Min(1, x)) }

// strong lexicon labels apply even to long prose; the others only to short
// lines. A source credit applies to prose only with a phrase that opens or
// ends the line: "This article is republished from …", "Associated Press
// writers … contributed to this report."
var proseLabels = []article.Label{article.LabelConsent, article.LabelCTA, article.LabelAuthor, article.LabelSourceCredit}
var shortLabels = []article.Label{article.LabelNavigation, article.LabelSourceCredit, article.LabelCaption, article.LabelRelated,
	article.LabelAuthor, article.LabelConsent, article.LabelCTA}

// lexLabel returns the best lexicon label among labels, preferring the more
// specific (longer) matched phrase.
func (c *Classifier) lexLabel(u *unit, labels []article.Label, prose bool) (article.Label, float64, string) {
	var best article.Label
	bestScore, bestLen := 0.0, -1
	why := ""
	for _, l := range labels {
		s, e := u.lex.Get(string(l))
		if s < c.p.LexiconThreshold || prose && l == article.LabelSourceCredit && !strings.HasSuffix(e.Phrase, "$") && !strings.HasPrefix(e.Phrase, "^") {
			continue
		}
		n := len(strings.Fields(strings.Trim(e.Phrase, "^$"))) - strings.Count(e.Phrase, "*")
		if n == 1 && u.prose && !prose && opensSentence(u, e.Phrase) {
			// One opening word is a teaser's label only when punctuation
			// sets it off ("More: …", "Watch | …"); before a sentence's
			// words it is the sentence's own: "More storms were forecast
			// for Monday, the weather service said."
			continue
		}
		if n > bestLen {
			best, bestScore, bestLen, why = l, s, n, e.Phrase
		}
	}
	return best, bestScore, why
}

// opensSentence reports whether phrase matches u by its opening word alone
// ("^more *", "^watch") and that word runs on into the line's words, with
// no punctuation after it.
func opensSentence(u *unit, phrase string) bool {
	if !strings.HasPrefix(phrase, "^") || strings.HasSuffix(phrase, "$") || len(u.toks) < 2 {
		return false
	}
	gap := u.text[u.toks[0].End:u.toks[1].Start]
	return strings.TrimSpace(gap) == ""
}

func (c *Classifier) local(us []unit, mode Mode) {
	for i := range us {
		u := &us[i]
		u.pending = true
		if u.words == 0 {
			u.set(article.LabelNavigation, 0.6, "no words")
			continue
		}
		if s, e := u.lex.Get("footer"); s >= c.p.LexiconThreshold || strings.HasPrefix(u.text, "©") {
			why := "starts with ©"
			if e != nil {
				why = "lexicon: \"" + e.Phrase + "\""
			}
			u.set(article.LabelNavigation, 0.8, "footer: "+why)
			continue
		}
		if s, e := u.lex.Get("shopping"); s >= c.p.LexiconThreshold && u.words <= 8 {
			u.shopping = true
			u.set(article.LabelCTA, s, "shopping button: lexicon: \""+e.Phrase+"\"")
			continue
		}
		if u.bracketTag != "" {
			u.set(article.LabelRelated, 0.9, "cross-promotion tag ["+u.bracketTag+"]")
			continue
		}
		if u.words <= 25 && !u.dateLike && c.teaserLabel(u) {
			u.set(article.LabelRelated, 0.8, "a teaser's label and a colon before another story's headline")
			continue
		}
		labels, prose := shortLabels, false
		if (u.prose && u.words > 12) || u.words > 25 {
			labels, prose = proseLabels, true
		}
		if l, s, why := c.lexLabel(u, labels, prose); l != "" && (mode == ModeText || u.words <= 25 || s >= c.p.ExtractedLongThreshold) &&
			!(l == article.LabelSourceCredit && strings.HasPrefix(why, "^source") && !creditLabel(u.text)) {
			u.set(l, s, "lexicon: \""+why+"\"")
			continue
		}
		if u.words >= 30 && distinct(u.toks) < 0.2*float64(u.words) {
			u.set(article.LabelNavigation, 0.6, "the same few words repeated (a link list)")
			continue
		}
		// A line that is a link and nothing else, inside the article, is
		// another story's headline or teaser: news pages set related
		// links as paragraphs or list items of their own.
		// (A bare address, which has no spaces, is a reference: kept.)
		if u.linked && i > 0 && u.words >= 3 && u.words <= c.p.TeaserMaxWords && strings.ContainsRune(u.text, ' ') {
			u.set(article.LabelRelated, 0.65, "a link alone in the article")
			continue
		}
		// go-trafilatura judged the shape of extracted text already; there
		// only lexicon, memory and context decide.
		if mode == ModeText {
			if u.noLetters && u.words <= 6 || allDigitTokens(u.toks) && u.words <= 4 {
				u.set(article.LabelNavigation, 0.6, "numbers or a time only")
				continue
			}
			if u.words >= 4 && u.words%2 == 0 && halvesEqual(u.toks) {
				u.set(article.LabelRelated, 0.6, "the same link text twice")
				continue
			}
			if u.words <= 8 && strings.Contains(u.text, " / ") && u.titleLike && u.upper >= 0.6 && !u.credit && slashByline(u.text) == "" {
				// (not a name and the place filed from: "Ananya Rao /
				// Mumbai", which context decides)
				u.set(article.LabelNavigation, 0.55, "section and name (\" / \")")
				continue
			}
			if u.dateLike && dateByline(u) != "" {
				u.set(article.LabelAuthor, 0.7, "byline in a date line")
				continue
			}
			if u.dateLike {
				u.set(article.LabelNavigation, 0.7, "date line")
				continue
			}
			if u.breadcrumb {
				u.set(article.LabelNavigation, 0.7, "breadcrumb")
				continue
			}
			if u.menu {
				u.set(article.LabelNavigation, 0.7, "menu items between separators")
				continue
			}
			if u.credit {
				u.set(article.LabelCaption, 0.7, "photo credit")
				continue
			}
			if u.allCaps && u.titleLike && u.words >= 8 && i > 0 {
				u.set(article.LabelRelated, 0.6, "headline in capitals")
				continue
			}
			if u.ellipsis && u.words <= c.p.TeaserMaxWords && !(u.prose && u.words >= 12) {
				u.set(article.LabelRelated, 0.75, "teaser snippet ending in an ellipsis")
				continue
			}
			if u.byline {
				u.set(article.LabelAuthor, 0.75, "byline")
				continue
			}
		}
		if u.template {
			l := article.LabelNavigation
			if u.titleLike && u.words >= 4 {
				l = article.LabelRelated
			}
			u.set(l, 0.6+0.1*math.Min(u.seen, 4), fmt.Sprintf("template: seen in %.0f other articles of the source", u.seen))
			u.soft = true
			continue
		}
		if u.prose {
			s := 0.6 + 0.3*math.Min(1, float64(u.words)/40) + 0.1*math.Min(1, u.stop/0.4)
			u.set(article.LabelContent, s, "prose")
			continue
		}
		if mode == ModeExtracted && !u.titleLike {
			u.set(article.LabelContent, 0.55, "extracted text")
		}
	}
}

// transcript makes prose of the labelled lines of a page that is a
// transcript: three lines or more, opened by two labels or more ("Emma Hart:
// Is it achievable?" / "Matthew Pennycook: It is ambitious." / "EH: …"),
// not a single "Fact Check:" heading.
func transcript(us []unit) {
	labels := map[string]int{}
	n := 0
	for i := range us {
		if us[i].speaker != "" {
			labels[us[i].speaker]++
			n++
		}
	}
	if n < 3 || len(labels) < 2 {
		return
	}
	for i := range us {
		if us[i].speaker != "" {
			us[i].prose, us[i].titleLike = true, false
		}
	}
}

func norm(s string) string {
	var b strings.Builder
	for _, t := range lexicon.Tokenize(nil, s) {
		b.WriteString(t.Word)
		b.WriteByte(' ')
	}
	return b.String()
}

func (c *Classifier) context(us []unit, in Input) {
	// Headline: a line equal to the known title, else a first line that
	// reads as a headline.
	head := -1
	if in.Title != "" {
		nt := norm(in.Title)
		for i := range us {
			if i > 40 || (in.Mode == ModeExtracted && i > 2) {
				break
			}
			if norm(us[i].text) == nt {
				head = i
				break
			}
		}
	}
	if head < 0 && us[0].pending && us[0].titleLike && us[0].words >= 2 && us[0].dateline == "" {
		head = 0
	}
	// A question or an exclamation as the first line, which reads as
	// prose: "Fact check: Did the government cut nurse numbers by 20 per
	// cent?", "You won't BELIEVE what this doctor says about coffee!!!"
	if last := strings.TrimRight(us[0].text, " "+closers); head < 0 && in.Mode == ModeText && len(us) > 1 && us[0].label == article.LabelContent &&
		us[0].words >= 4 && us[0].words <= c.p.TitleMaxWords && (strings.HasSuffix(last, "?") || strings.HasSuffix(last, "!")) && us[0].dateline == "" {
		head = 0
	}
	// A first line a little too long for a title but written as one, every
	// word capitalised: "Mortgage Rates: 7 Things Every Homeowner Must Know
	// Before the Bank of England’s Next Move (Number 5 Will Shock You!)".
	if head < 0 && in.Mode == ModeText && len(us) > 1 && us[0].label == article.LabelContent && !us[0].endPeriod &&
		us[0].words > c.p.TitleMaxWords && us[0].words <= c.p.TitleMaxWords*3/2 && titleCase(us[0].toks) && us[0].dateline == "" {
		head = 0
	}
	// Else the first headline-like line after a few lines of boilerplate
	// (a section label, a date) and before the article's text.
	for i := 0; head < 0 && in.Mode == ModeText && i < len(us) && i < 4; i++ {
		u := &us[i]
		if u.label == article.LabelContent {
			break
		}
		if i > 0 && u.pending && u.titleLike && u.words >= 4 && u.dateline == "" {
			head = i
		}
	}
	// A first line of a word or three over a menu is the site's name or a
	// menu's first item ("Fox News Media") when a headline stands right
	// above the article's text further down.
	if in.Mode == ModeText && (head < 0 || head == 0 && in.Title == "" && us[0].words <= 3 && len(us) > 1 && us[1].label != article.LabelContent) {
		if h := c.headlineAfterMenu(us); h >= 0 {
			head = h
		}
	}
	if head >= 0 {
		us[head].set(article.LabelHeadline, 0.9, "first line reads as a headline")
		if in.Title != "" {
			us[head].reason = "equals the title"
		}
		// The headline again on the page (over a photo, in a share box)
		// is no sub-heading of the article.
		nh := ""
		for i := range us {
			if in.Mode != ModeText || i == head || !us[i].pending || us[head].words < 4 || us[i].words != us[head].words {
				continue
			}
			if nh == "" {
				nh = norm(us[head].text)
			}
			if norm(us[i].text) == nh {
				us[i].set(article.LabelRelated, 0.6, "headline repeated on the page")
			}
		}
	}

	// Teaser pairs: a headline-like line right before a snippet.
	// In extracted text a snippet ending in an ellipsis can be a poem
	// line or a quotation: it takes a run of two teaser pairs.
	var pairs []int
	for i := 1; in.Mode == ModeExtracted && i < len(us); i++ {
		u, p := &us[i], &us[i-1]
		if u.ellipsis && u.words <= c.p.TeaserMaxWords && (u.pending || u.label == article.LabelContent) &&
			p.pending && p.titleLike && p.words >= 2 {
			pairs = append(pairs, i)
		}
	}
	for _, i := range pairs {
		if len(pairs) >= 2 {
			us[i].set(article.LabelRelated, 0.7, "teaser snippet ending in an ellipsis")
		}
	}
	for i := 1; i < len(us); i++ {
		if us[i].label != article.LabelRelated || !us[i].ellipsis {
			continue
		}
		p := &us[i-1]
		if (p.pending || p.template) && p.titleLike && p.words >= 2 {
			p.set(article.LabelRelated, 0.8, "teaser headline before a snippet")
			p.teaserTitle = true
		}
	}

	// Author boxes: a header, a bio or a repeated name around name lines.
	for i := range us {
		u := &us[i]
		if !(u.pending || u.soft) || !u.nameLike {
			continue
		}
		near := false
		for _, j := range []int{i - 1, i + 1, i - 2, i + 2} {
			if j < 0 || j >= len(us) {
				continue
			}
			v := &us[j]
			if v.label == article.LabelAuthor && !v.pending {
				near = true
			}
			if norm(v.text) == norm(u.text) && (j == i-1 || j == i+1) {
				near = true
			}
			if j == i+1 && (strings.HasPrefix(norm(v.text), norm(u.text)) || strings.HasPrefix(norm(v.text), "the "+norm(u.text))) && v.prose {
				near = true
				v.set(article.LabelAuthor, 0.8, "bio of the name above")
			}
		}
		if near {
			u.set(article.LabelAuthor, 0.8, "name in an author box")
		}
	}
	// A bio right under an author box's header ("About the author").
	for i := 1; i < len(us); i++ {
		u, h := &us[i], &us[i-1]
		if (u.pending || u.label == article.LabelContent) && u.prose && u.words <= 80 && h.label == article.LabelAuthor &&
			c.lexHas(h, "author_header") {
			u.set(article.LabelAuthor, 0.75, "bio under an author box's header")
		}
	}
	// Repeated names next to each other both become author once one is.
	for i := 1; i < len(us); i++ {
		if (us[i].pending || us[i].soft) && us[i].nameLike && us[i-1].label == article.LabelAuthor && norm(us[i].text) == norm(us[i-1].text) {
			us[i].set(article.LabelAuthor, 0.8, "name in an author box")
		}
	}

	// Bio or call-to-action phrases in a sentence amid the article's text
	// are the article talking about someone or something, not an author
	// box or a pitch.
	for i := range us {
		u := &us[i]
		if u.label != article.LabelAuthor && u.label != article.LabelCTA || !u.prose || !strings.HasPrefix(u.reason, "lexicon") || u.score >= 0.9 {
			continue
		}
		if prev, next := c.neighbours(us, i); prev == article.LabelContent && next == article.LabelContent {
			u.set(article.LabelContent, 0.5, "prose amid the article (a few bio or pitch words do not make boilerplate)")
		}
	}

	// Short lines repeated on the page are menus and link lists.
	if in.Mode == ModeText {
		// The normalised text of the lines that may be repeats, once.
		keys := make([]string, len(us))
		count := map[string]int{}
		for i := range us {
			if us[i].pending && !us[i].prose {
				keys[i] = norm(us[i].text)
				count[keys[i]]++
			}
		}
		firstProse := -1
		for i := range us {
			// The article's first paragraph, not a disclosure or a
			// notice above it.
			if us[i].prose && us[i].label != article.LabelHeadline && (us[i].pending || us[i].label == article.LabelContent) {
				firstProse = i
				break
			}
		}
		firstAt, lastAt := map[string]int{}, map[string]int{}
		for i := range us {
			if us[i].pending && !us[i].prose {
				k := keys[i]
				if _, ok := firstAt[k]; !ok {
					firstAt[k] = i
				}
				lastAt[k] = i
			}
		}
		// Three lines or more before the text that come again inside it,
		// in the same order and each over a paragraph (or over a heading
		// over one), are a table of contents and the sub-headings it lists
		// (a menu that comes again in the footer is none).
		lastProse := -1
		for i := len(us) - 1; i >= 0; i-- {
			if us[i].prose && (us[i].pending || us[i].label == article.LabelContent) {
				lastProse = i
				break
			}
		}
		listed := map[string]bool{}
		for i, prev := 0, firstProse; firstProse >= 0 && i < firstProse; i++ {
			if !us[i].pending || us[i].prose {
				continue
			}
			k := keys[i]
			p := lastAt[k]
			if firstAt[k] != i || p <= prev || p >= lastProse || !overParagraph(us, p) {
				continue
			}
			listed[k] = true
			prev = p
		}
		contents := len(listed)
		for i := range us {
			u := &us[i]
			if k := keys[i]; u.pending && !u.prose && count[k] >= 2 {
				if contents >= 3 && listed[k] && i < firstProse {
					u.set(article.LabelNavigation, 0.65, "an entry of the page's table of contents")
					continue
				}
				if contents >= 3 && listed[k] && i == lastAt[k] {
					u.set(article.LabelHeading, 0.7, "a sub-heading the page's table of contents lists")
					continue
				}
				if f := firstAt[k]; f < firstProse && i > firstProse && c.proseAround(us, i) {
					// A table of contents before the text, and the same
					// line between its paragraphs: a sub-heading there
					// ("1. Beetroot"), the contents' entry navigation.
					continue
				}
				if u.titleLike && u.words >= 4 {
					u.set(article.LabelRelated, 0.6, "headline repeated on the page")
				} else {
					u.set(article.LabelNavigation, 0.6, "short line repeated on the page")
				}
			}
		}
	}

	// A line right above a picture's credit in the same paragraph is the
	// picture's caption: "A Harrowgate Home store in Leeds. The chain said
	// …" / "Photograph: Colm Treacy/Brightfold Images".
	for i := 0; i+1 < len(us); i++ {
		u, n := &us[i], &us[i+1]
		if n.para != u.para || n.label != article.LabelCaption || n.words > 8 || !creditLine(n.text) ||
			u.words > 45 || u.label != article.LabelContent && !u.pending || u.score >= 0.9 {
			continue
		}
		u.set(article.LabelCaption, 0.7, "the line above a picture's credit")
	}
	for i := range us {
		u := &us[i]
		if (u.label == article.LabelContent || u.pending) && u.words <= 60 && u.score < 0.9 && endCredit(u.text) {
			u.set(article.LabelCaption, 0.7, "a picture's caption ending in its credit")
		}
	}

	// Bios: "<Name> is a <job> ..." outside the run of the article's text.
	for i := range us {
		u := &us[i]
		if !u.bio || u.label == article.LabelAuthor {
			continue
		}
		prev, next := c.neighbours(us, i)
		if isText(prev) && isText(next) {
			continue
		}
		u.set(article.LabelAuthor, 0.7, "author bio: a name, \"is a\" and a job title")
	}

	c.bylineBio(us)

	// A live page's entries, each a clock time and a heading on one line,
	// when the page has two or more: sub-headings of the text.
	stamped := 0
	for i := range us {
		if us[i].stampedTitle {
			stamped++
		}
	}
	for i := range us {
		if u := &us[i]; stamped >= 2 && u.stampedTitle && u.pending {
			u.set(article.LabelHeading, 0.7, "an entry's time and heading (a live page)")
		}
	}

	// Three or more short lines in a row are a menu or a link list, not
	// sub-headings, unless the article's text surrounds them (a list in
	// the article).
	for i := 0; in.Mode == ModeText && i < len(us); {
		j := i
		for j < len(us) && us[j].pending && !us[j].prose && !(us[j].endPeriod && us[j].words >= 3) {
			j++
		}
		sandwiched := i > 0 && j < len(us) && us[i-1].label == article.LabelContent && us[j].label == article.LabelContent
		// A paragraph that ends in a colon introduces the list under it:
		// "The council listed three priorities for the new money:".
		introduced := i > 0 && us[i-1].label == article.LabelContent && us[i-1].prose &&
			strings.HasSuffix(strings.TrimRight(us[i-1].text, " "), ":")
		if j-i >= 2 && j-i <= 15 && introduced && !sandwiched {
			for k := i; k < j; k++ {
				us[k].set(article.LabelContent, 0.55, "item of a list the paragraph above introduces")
			}
		}
		if j-i >= 3 && c.summaryList(us, i, j) {
			us[i].set(article.LabelHeading, 0.6, "heading of a summary list (key points)")
			us[i].summary = true
			for k := i + 1; k < j; k++ {
				us[k].set(article.LabelContent, 0.55, "item of a summary list (key points)")
				us[k].summary = true
			}
		} else if j-i >= 3 && !sandwiched && !(introduced && j-i <= 15) {
			for k := i; k < j; k++ {
				u := &us[k]
				if u.titleLike && u.words >= 4 {
					u.set(article.LabelRelated, 0.6, "one of several headline-like lines in a row (a link list)")
				} else {
					u.set(article.LabelNavigation, 0.6, "one of several short lines in a row (a menu)")
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}

	firstContent, lastContent := -1, -1
	for i := range us {
		if us[i].label == article.LabelContent && !us[i].pending {
			if firstContent < 0 {
				firstContent = i
			}
			lastContent = i
		}
	}
	// A date line between the headline and the text is the byline's: "By
	// Jane Roe" / "Updated: July 8, 2025, 9:14 p.m." (not a reading time:
	// "October 14, 2025 · 5 min read").
	for i := head + 1; head >= 0 && i < firstContent; i++ {
		if u := &us[i]; u.label == article.LabelNavigation && u.reason == "date line" && !readingTime(u.text) {
			u.set(article.LabelAuthor, 0.7, "date line under the headline (the byline's)")
		}
	}
	// A signature right under the article's last paragraph: "— Linda
	// Park, Milford" under a letter.
	if lastContent >= 0 && lastContent+1 < len(us) && us[lastContent+1].pending && signature(us[lastContent+1].text) {
		us[lastContent+1].set(article.LabelAuthor, 0.7, "signature under a letter or a column")
	}
	// A template line right under the headline is still a caption.
	if head >= 0 && head+1 < len(us) && us[head+1].soft && (firstContent < 0 || head+1 < firstContent) &&
		us[head+1].titleLike && us[head+1].words >= 4 {
		us[head+1].set(article.LabelCaption, 0.6, "title line under the headline (recurs on the source)")
	}
	// Short sentences between the headline (its byline and date perhaps)
	// and the first paragraph are the article's: "The inquest has been
	// delayed again." / "She said: “I just want answers.”"
	if in.Mode == ModeText && head >= 0 && firstContent > head+1 {
		k := firstContent - 1
		for k > head && us[k].pending && us[k].endPeriod && us[k].words >= 4 &&
			(!us[k].titleLike && us[k].stop >= c.p.SentenceMinStop && sentenceCase(us[k].toks) || colonQuote(us[k].text)) {
			k--
		}
		if k < firstContent-1 && (k == head || !us[k].pending && (us[k].label == article.LabelAuthor || us[k].dateLike)) {
			for j := k + 1; j < firstContent; j++ {
				us[j].set(article.LabelContent, 0.5, "short sentence between the headline and the text")
			}
		}
	}
	// Pending lines: decided by what is around them.
	for i := range us {
		u := &us[i]
		if !u.pending {
			continue
		}
		prev, next := c.neighbours(us, i)
		switch {
		case i > 0 && us[i-1].stamp && u.titleLike && u.words <= c.p.HeadingMaxWords && isText(next):
			// "10:42 / Thousands without power in Wales / More than
			// 20,000 homes …": a live page's entry, its time, its heading.
			u.set(article.LabelHeading, 0.6, "an entry's heading under its time (a live page)")
		case isText(prev) && i+1 < len(us) && c.colonCue(u) && opensQuotation(us[i+1].text):
			// "Brian Kilmeade disagreed. He said:" over the quotation he
			// said: one paragraph of the text, set on two lines.
			u.set(article.LabelContent, 0.6, "a reporting verb and a colon over a quotation")
		case in.Mode == ModeText && isText(prev) && u.endPeriod && u.words >= 3 && !u.titleLike &&
			(u.stop >= 0.2 || u.words >= 5 && u.stop >= c.p.SentenceMinStop && sentenceCase(u.toks)):
			// ("Arsenal travel to Newcastle next weekend.": a sentence with
			// few function words.)
			u.set(article.LabelContent, 0.55, "short sentence after a paragraph of the article")
		case in.Mode == ModeText && lastContent < 0 && head >= 0 && i == head+1 && u.endPeriod && u.words >= 4 && !u.titleLike &&
			u.stop >= c.p.SentenceMinStop && sentenceCase(u.toks):
			// A brief: the headline and one short sentence ("Council
			// bosses said talks were continuing.").
			u.set(article.LabelContent, 0.5, "sentence under the headline of a brief")
		case in.Mode == ModeExtracted:
			if u.titleLike && u.words <= c.p.HeadingMaxWords {
				u.set(article.LabelHeading, 0.6, "short line in the extracted text")
			} else {
				u.set(article.LabelContent, 0.55, "extracted text")
			}
		case lastContent < 0 || i > lastContent:
			if u.titleLike && u.words >= 4 {
				u.set(article.LabelRelated, 0.6, "headline-like line after the article text")
			} else {
				u.set(article.LabelNavigation, 0.6, "short line after the article text")
			}
		case i < firstContent && i > head && head >= 0 && c.headByline(us, i):
			u.set(article.LabelAuthor, 0.6, "byline under the headline")
		case i < firstContent:
			if i == head+1 && head >= 0 && u.titleLike && u.words >= 4 {
				u.set(article.LabelCaption, 0.6, "title line under the headline")
			} else if u.titleLike && u.words >= 4 {
				u.set(article.LabelRelated, 0.55, "headline-like line before the article text")
			} else {
				u.set(article.LabelNavigation, 0.6, "short line before the article text")
			}
		case isText(prev) && isText(next) && u.nameLike && u.words <= 3:
			u.set(article.LabelAuthor, 0.55, "bare name between paragraphs (byline)")
		case isText(prev) && signature(u.text):
			// "— Linda Park, Milford" under one letter of several.
			u.set(article.LabelAuthor, 0.6, "signature under a paragraph")
		case isText(prev) && isText(next):
			inRun := i > 0 && us[i-1].label == article.LabelHeading && us[i-1].para == u.para ||
				i+1 < len(us) && us[i+1].pending && !us[i+1].prose && us[i+1].para == u.para
			if inRun {
				u.set(article.LabelContent, 0.5, reasonListItem)
				if i > 0 && us[i-1].label == article.LabelHeading && us[i-1].para == u.para {
					us[i-1].set(article.LabelContent, 0.5, reasonListItem)
				}
			} else if u.titleLike && u.words <= c.p.HeadingMaxWords {
				u.set(article.LabelHeading, 0.7, "short line between paragraphs of the article")
			} else {
				u.set(article.LabelContent, 0.5, "line between paragraphs of the article")
			}
		case isText(prev) && u.endPeriod && u.words >= 3:
			u.set(article.LabelContent, 0.5, "sentence after a paragraph of the article")
		case in.Mode == ModeText && isText(next) && u.endPeriod && u.words >= c.p.ProseMinWords && u.stop >= c.p.SentenceMinStop:
			// A sentence crowded with names ("Meanwhile, Ukraine's Foreign
			// Minister Dmytro Kuleba urged the West to …") after an inline
			// pitch ("Follow us on Google News") resumes the article.
			u.set(article.LabelContent, 0.5, "sentence before a paragraph of the article")
		default:
			if u.titleLike && u.words >= 4 {
				u.set(article.LabelRelated, 0.55, "headline-like line among boilerplate")
			} else {
				u.set(article.LabelNavigation, 0.55, "short line among boilerplate")
			}
		}
	}
}

// headBylines labels the rest of the byline between the headline and the
// text once the lines around it are known: "By Alicia Brennan-Soto |
// Published March 16, 2026 at 6:58 a.m. | Updated 2:31 p.m.", "By KRDL 7
// News Staff", "Mereana Halberg, Regional Reporter", or a bare name next to
// the byline's date line or over the author's job ("Tan Hui Min" /
// "Transport Correspondent"). A menu or a link list had taken them for
// its own.
func (c *Classifier) headBylines(us []unit) {
	head, first := -1, -1
	for i := range us {
		if head < 0 && us[i].label == article.LabelHeadline {
			head = i
		}
		if head >= 0 && us[i].label == article.LabelContent {
			first = i
			break
		}
	}
	if head < 0 || first < 0 {
		return
	}
	job := func(v *unit) bool {
		if v.words == 0 || v.words > 6 || v.endPunct || !c.staffByline(v.toks) {
			return false
		}
		// (the job before the place: "Staff Correspondent, Gazipur")
		before, _, _ := strings.Cut(v.text, ",")
		return c.jobLine(lexicon.Tokenize(nil, before))
	}
	// A strong byline line: a date line or a "By" line labelled author.
	strong := func(j int) bool {
		return j > head && j < first && us[j].label == article.LabelAuthor && (us[j].dateLike || c.headBylineName(&us[j]) != "")
	}
	name := func(j int) bool { return j > head && j < first && us[j].nameLike }
	// A bare name is taken for the author's only on an English page: on
	// another a capitalised pair over a date is as often a menu's item
	// ("Olympische Winterspiele").
	names := c.englishText(us[first:])
	for i := head + 1; i < first; i++ {
		u := &us[i]
		if u.label != article.LabelNavigation && u.label != article.LabelRelated || u.prose || strings.HasPrefix(u.reason, "lexicon:") {
			continue
		}
		ok := c.headBylineName(u) != "" ||
			// A bare name over the byline's date line or over a job.
			names && u.nameLike && (strong(i+1) || i+1 < first && job(&us[i+1])) ||
			// The job under the name, or a staff byline of its own
			// ("Our Staff Reporter", "Staff Correspondent, Gazipur").
			job(u) && (name(i-1) && us[i-1].label == article.LabelAuthor || u.words <= 4) ||
			// The date under them.
			u.dateLike && !readingTime(u.text) && i > head+1 && us[i-1].label == article.LabelAuthor
		if ok {
			u.set(article.LabelAuthor, 0.6, "byline under the headline")
		}
	}
}

// englishText reports whether the article's text from us on reads as
// English: at least a fifth of the words of its first paragraphs are
// English function words.
func (c *Classifier) englishText(us []unit) bool {
	n, eng := 0, 0
	for i := range us {
		if n >= 400 {
			break
		}
		if us[i].label != article.LabelContent {
			continue
		}
		for _, t := range us[i].toks {
			n++
			if c.english.Has(t.Word) {
				eng++
			}
		}
	}
	return n > 0 && eng*5 >= n
}

// anyStop reports whether a word of toks is a function word: "Become A
// Contributor" names no one.
func (c *Classifier) anyStop(toks []lexicon.Token) bool {
	for _, t := range toks {
		if c.stop.Has(t.Word) {
			return true
		}
	}
	return false
}

// staffByline reports whether a job line is a byline of its own: capitalised
// words and no function word but "our" ("Our Staff Reporter").
func (c *Classifier) staffByline(toks []lexicon.Token) bool {
	for _, t := range toks {
		if !t.Upper || t.Digit || c.stop.Has(t.Word) && t.Word != "our" {
			return false
		}
	}
	return true
}

// jobLine reports whether toks end in a journalist's job ("Transport
// Correspondent", "Regional Reporter", "Staff Writer").
func (c *Classifier) jobLine(toks []lexicon.Token) bool {
	return len(toks) > 0 && c.jobs.Has(toks[len(toks)-1].Word)
}

// headBylineName returns the author a byline line under the headline
// names: after "By" up to a separator ("By KRDL 7 News Staff", "By:
// Jerome V. Malabanan - Reporter / @JV"), or a name before the author's
// job ("Mereana Halberg, Regional Reporter", "Eleanor Whitcombe Retail
// correspondent"); "" for another line.
func (c *Classifier) headBylineName(u *unit) string {
	if u.words < 2 {
		return ""
	}
	if u.toks[0].Word == "by" && (u.toks[1].Upper || u.toks[1].Digit) {
		name := nameUntilSeparator(u.text[u.toks[1].Start:])
		if n := len(lexicon.Tokenize(nil, name)); n >= 1 && n <= 8 && !strings.HasSuffix(name, ".") {
			return name
		}
		return ""
	}
	if u.words > 8 || u.endPeriod || !c.jobLine(u.toks) {
		return ""
	}
	// The name is the capitalised words before the job: the job is its
	// last word and at most one word before it ("Regional Reporter"),
	// leaving a name of two words or more.
	name, _, comma := strings.Cut(u.text, ",")
	if comma {
		nt := lexicon.Tokenize(nil, name)
		if isName(nt, name) && !c.sectionHeading(nt) && !c.anyStop(nt) {
			return strings.TrimSpace(name)
		}
		return ""
	}
	for k := len(u.toks) - 1; k >= len(u.toks)-2 && k >= 2; k-- {
		nt := u.toks[:k]
		name := strings.TrimSpace(u.text[:u.toks[k-1].End])
		if isName(nt, name) && !c.sectionHeading(nt) && !c.jobs.Has(nt[len(nt)-1].Word) && !c.anyStop(nt) {
			if k == len(u.toks)-1 && len(u.toks)-2 >= 2 && u.toks[k-1].Upper && isName(u.toks[:k-1], u.text[:u.toks[k-2].End]) {
				continue // "Eleanor Whitcombe Retail correspondent": the job's word before it
			}
			return name
		}
	}
	return ""
}

// bylineBio labels the author's bio at the end of the text: a sentence
// that opens with the byline's name ("Karen Whitfield covers city
// government for the Ledger. Reach her at …") after the article's last
// paragraph. Inside the article the byline's author is rarely its subject.
func (c *Classifier) bylineBio(us []unit) {
	name := ""
	for i := range us {
		if i > 60 {
			break
		}
		if us[i].label == article.LabelAuthor {
			if name = bylineName(&us[i]); name != "" {
				break
			}
		}
	}
	if strings.Count(name, " ") < 1 || strings.Contains(name, " and ") {
		return
	}
	for i := len(us) - 1; i >= 0; i-- {
		u := &us[i]
		if u.label != article.LabelContent || u.pending {
			continue
		}
		rest, ok := strings.CutPrefix(u.text, name+" ")
		if !ok || rest == "" || !unicode.IsLower(rune(rest[0])) {
			return // the article's last paragraph is not the bio
		}
		u.set(article.LabelAuthor, 0.7, "author bio: opens with the byline's name after the article")
		return
	}
}

// headlineAfterMenu finds the headline of a page whose text opens with a
// menu: the headline-like line just above the article's first paragraph,
// with at most a byline, a date, a caption or a few short labels ("Share")
// between them. It is not one of a run of headline-like lines (a link list
// above the text) and stands in the page's first 200 lines; -1 if there is
// none.
func (c *Classifier) headlineAfterMenu(us []unit) int {
	first := -1
	for i := range us {
		if i > 200 {
			return -1
		}
		if us[i].label == article.LabelContent && !us[i].pending {
			first = i
			break
		}
	}
	// The article's first paragraph has more of its text right after it
	// (a teaser's snippet between menus has none).
	more := false
	for j := first + 1; first >= 0 && j < len(us) && j <= first+4; j++ {
		if us[j].label == article.LabelContent && !us[j].pending {
			more = true
		}
	}
	if !more {
		return -1
	}
	for i := first - 1; i > 0 && i >= first-10; i-- {
		u := &us[i]
		// (A line with a social handle is the author's: "Diana Olick
		// @DianaOlickCNBC".)
		// (Nor is a photo's caption with its date: "The entrance … is
		// seen, March 30, 2023, in Miami. Photo: …".)
		if u.pending && u.titleLike && u.words >= 4 && u.dateline == "" && !u.dateLike && !strings.Contains(u.text, "@") &&
			c.textDate(u.text, u.toks) == "" && !u.credit {
			if sc, _ := u.lex.Get(string(article.LabelCaption)); sc >= 0.5 || !headlineShape(u.text) || c.datedText(u.toks, u.text) || photoCredit(u.text) {
				// A caption with its credit ("… Bild: Jane Roe", "…
				// (mlharing / iStock.com)"), a list of tags, a date line
				// in another language ("Veröffentlicht am 15/07/2014 von
				// Guido Beyss").
				return -1
			}
			p := &us[i-1]
			if p.pending && p.titleLike && p.words >= 4 || p.label == article.LabelRelated {
				return -1 // one of a link list's headlines
			}
			return i
		}
		switch {
		case u.label == article.LabelAuthor, u.label == article.LabelCaption, u.dateLike, u.byline,
			u.pending && strings.Contains(u.text, "@") && u.words <= 8:
		case u.words <= 3 && (u.pending || u.label == article.LabelNavigation):
		default:
			return -1
		}
	}
	return -1
}

// headlineShape reports whether a line can be a headline by its shape: it
// opens with a capital, a digit or a quotation mark, is no list of tags
// ("amiga, dogs, floppy, Hunde") and opens with no numeric date
// ("27.01.2020 Soziales").
func headlineShape(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(openers, r)) {
		return false
	}
	if parts := strings.Split(s, ","); len(parts) >= 4 {
		short := 0
		for _, p := range parts {
			if len(strings.Fields(p)) <= 2 {
				short++
			}
		}
		if short == len(parts) {
			return false
		}
	}
	digits, dots := 0, 0
	for i := 0; i < len(s) && i < 10; i++ {
		switch {
		case s[i] >= '0' && s[i] <= '9':
			digits++
		case s[i] == '.' || s[i] == '/':
			dots++
		default:
			i = len(s)
		}
	}
	return !(dots >= 2 && digits >= 4)
}

// datedText reports whether a line holds a date or a time: a month's name
// next to a number ("8. Januar 2020", "March 3"), a numeric date
// ("15/07/2014", "26.01.2022", "2021-10-16") or a clock time ("08:30").
func (c *Classifier) datedText(toks []lexicon.Token, text string) bool {
	for i, t := range toks {
		if c.monthNames.Has(t.Word) {
			if i > 0 && toks[i-1].Digit || i+1 < len(toks) && toks[i+1].Digit {
				return true
			}
		}
	}
	for i := 0; i+4 < len(text); i++ {
		if !isDigit(text[i]) || i > 0 && isDigit(text[i-1]) {
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		n := j - i
		if j+2 < len(text) && text[j] == ':' && n <= 2 && isDigit(text[j+1]) && isDigit(text[j+2]) {
			return true // 08:30
		}
		if j < len(text) && (text[j] == '.' || text[j] == '/' || text[j] == '-') && n <= 4 {
			sep := text[j]
			k := j + 1
			for k < len(text) && isDigit(text[k]) {
				k++
			}
			if k-j-1 >= 1 && k-j-1 <= 2 && k+1 < len(text) && text[k] == sep && isDigit(text[k+1]) {
				return true // 15/07/2014, 26.01.2022, 2021-10-16
			}
		}
	}
	return false
}

// photoCredit reports whether a line ends with a photo's credit: "©
// Burkard Meyer", "(mlharing / iStock.com)", "(FILE)".
// creditLine reports whether s is a picture's credit alone: "Photograph:
// Colm Treacy/Brightfold Images", "Photo: AP", "Credit: Getty Images".
func creditLine(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	for _, w := range []string{"photograph:", "photograph by", "photo:", "photo by", "photos:", "picture:", "image:", "credit:", "illustration:"} {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// endCredit reports whether s ends in a picture's credit after its last
// sentence: "… near Orland Creek in July. Photo: Teagan Sørli/The Okanagan
// Ledger", "… in San Jose on Tuesday. Image: Pellucid Labs".
func endCredit(s string) bool {
	s = strings.TrimSpace(s)
	if slashCredit(s) {
		return true
	}
	if k := strings.LastIndexByte(s, '('); k >= 2 && s[k-2:k] == ". " && trailingCredit(s) {
		return true // "… on Saturday afternoon. (Submitted by Dana Kowalchuk)"
	}
	for _, w := range []string{". photo: ", ". photograph: ", ". image: ", ". picture: ", ". photo credit: ", ". credit: ", ". photo by ", ". photo | "} {
		tail := s[max(0, len(s)-120):] // (a credit of eight words at most closes the caption)
		k := lastIndexASCIIFold(tail, w)
		if k < 0 {
			continue
		}
		rest := tail[k+len(w):]
		if n := len(strings.Fields(rest)); n >= 1 && n <= 8 && !strings.ContainsAny(rest, ".!?\"“”") {
			return true
		}
	}
	return false
}

func photoCredit(s string) bool {
	if strings.Contains(s, "©") || trailingCredit(s) {
		return true
	}
	s = strings.TrimRight(s, " ")
	if !strings.HasSuffix(s, ")") {
		return false
	}
	k := strings.LastIndexByte(s, '(')
	if k < 0 {
		return false
	}
	in := s[k+1 : len(s)-1]
	return strings.Contains(in, " / ") || len(in) >= 3 && strings.ToUpper(in) == in && strings.IndexFunc(in, unicode.IsLetter) >= 0 && !strings.Contains(in, " ")
}

// creditLabel reports whether a line opens with "Source" or "Sources" and
// a colon or a dash ("Source: Al Jazeera and news agencies", "SOURCE -
// Reuters"), as a credit does; not "$ source $VENV_PATH/bin/activate".
func creditLabel(s string) bool {
	s = strings.TrimLeft(s, " \t")
	if len(s) < 7 || !strings.EqualFold(s[:6], "source") {
		return false
	}
	rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(s[6:], "s"), "S"), " ")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

// inlineBreak reports whether a line is a link, an ad, a pitch or a caption
// set between an article's paragraphs: a "Read more:", "Also read:",
// "Related:" or "See also:" link to another story, an ad's label, a
// channel's pitch ("Join our WhatsApp channel"), a photo's or a video's
// caption.
func (c *Classifier) inlineBreak(u *unit) bool {
	if u.words > 25 || u.words == 0 {
		return false
	}
	switch u.label {
	case article.LabelRelated, article.LabelNavigation, article.LabelCTA:
		return c.lexHas(u, "inline")
	case article.LabelCaption:
		return true // "Video: Residents evacuate as water rises"
	}
	return false
}

// clockStamp reports whether s is a clock time alone, perhaps with am/pm
// and a time zone: "10:42", "9.58am", "21:05 GMT", "10:42 a.m. ET".
func clockStamp(s string) bool {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+3 > len(s) || s[i] != ':' && s[i] != '.' || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
		return false
	}
	rest := strings.Fields(strings.ToLower(s[i+3:]))
	if len(rest) > 2 {
		return false
	}
	for k, w := range rest {
		switch w {
		case "am", "pm", "a.m.", "p.m.":
			continue
		}
		if k == len(rest)-1 && len(w) >= 2 && len(w) <= 4 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			continue // a time zone: "GMT", "ET", "CEST"
		}
		return false
	}
	return true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// stampedTitle reports whether s opens with a clock time (clockStamp), then
// a dash, a bar or a colon, then at least two words: "15:47 - Power cuts
// rise to about 60,000", "9.58am GMT | Schools close early".
func stampedTitle(s string) bool {
	s = strings.TrimSpace(s)
	for _, sep := range []string{" - ", " – ", " — ", " | ", ": "} {
		i := strings.Index(s, sep)
		if i <= 0 || i > 16 {
			continue
		}
		return clockStamp(s[:i]) && len(strings.Fields(s[i+len(sep):])) >= 2
	}
	return false
}

// signature reports whether a line signs a letter or a column: a dash, a
// name of two to four capitalised words and at most a place after a comma
// ("— Linda Park, Milford").
func signature(s string) bool {
	rest, ok := strings.CutPrefix(s, "— ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "– "); !ok {
			if rest, ok = strings.CutPrefix(s, "-- "); !ok {
				return false
			}
		}
	}
	name, place, _ := strings.Cut(rest, ",")
	if len(place) > 40 || strings.Contains(place, ",") {
		return false
	}
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// summaryList reports whether the short lines us[i:j] are a summary list:
// a summary header ("Key points", lexicon.txt's summary_start) over lines
// that read as sentences, with the article's text after them.
func (c *Classifier) summaryList(us []unit, i, j int) bool {
	if s, _ := us[i].lex.Get("summary_start"); s < c.p.LexiconThreshold {
		return false
	}
	for k := i + 1; k < j; k++ {
		if us[k].words < 3 || !sentenceCase(us[k].toks) || len(us[k].lex) > 1 || len(us[k].lex) == 1 && us[k].lex[0].Label != "colon_cue" {
			return false // (a lexicon label, but a reporting verb at the end: "…, Northmoor Power Networks says")
		}
	}
	for k := j; k < len(us) && k < j+maxSummaryGap; k++ {
		if us[k].label == article.LabelContent || us[k].prose {
			return true
		}
	}
	return false
}

// maxSummaryGap bounds the lines between a summary list and the article's
// text after it (a live page's time line, a caption).
const maxSummaryGap = 8

const reasonListItem = "list item between paragraphs of the article"

func isText(l article.Label) bool { return l == article.LabelContent || l == article.LabelHeading }

// neighbours returns the labels of the nearest decided lines before and after
// line i (pending lines are skipped).
// colonCue reports whether a line ends with a reporting verb and a colon
// ("He said:", "with Kilmeade stating:"; data/lexicon.txt, colon_cue).
func (c *Classifier) colonCue(u *unit) bool {
	return strings.HasSuffix(u.text, ":") && u.words <= 30 && c.lexHas(u, "colon_cue")
}

// opensQuotation reports whether s opens with a quotation mark.
func opensQuotation(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '“' || r == '"' || r == '«' || r == '„' || r == '‘'
}

// proseAround reports whether the units next to us[i], past at most two
// lines the lexicon labelled ("Advertisement"), are prose on both sides.
func (c *Classifier) proseAround(us []unit, i int) bool {
	side := func(from, step int) bool {
		for j, n := from, 0; j >= 0 && j < len(us) && n <= 2; j, n = j+step, n+1 {
			if us[j].prose {
				return true
			}
			if us[j].pending || !strings.HasPrefix(us[j].reason, "lexicon") {
				return false
			}
		}
		return false
	}
	return side(i-1, -1) && side(i+1, 1)
}

func (c *Classifier) neighbours(us []unit, i int) (prev, next article.Label) {
	// A shopping button is passed over (a buying guide's sub-heading sits
	// between one and the next product's text), and so is an inline link
	// to another story ("Also Read: …"): two of them at most, so that a
	// page of buttons costs linear time.
	skips := 0
	skip := func(u *unit) bool {
		if u.pending {
			return true
		}
		if skips < 2 && (u.shopping || u.stamp || u.label == article.LabelRelated && c.inlineBreak(u)) {
			skips++
			return true
		}
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if !skip(&us[j]) {
			prev = us[j].label
			break
		}
	}
	skips = 0
	for j := i + 1; j < len(us); j++ {
		if !skip(&us[j]) {
			next = us[j].label
			break
		}
	}
	return prev, next
}

// afterHeader drops what follows a section header of the pseudo-label
// start (a lexicon label) that comes after the article's text: readers'
// comments after "Comments" ("comments_start"), a read-next list after
// "Die meistgelesenen Artikel" ("readnext_start") read like prose but are
// not the article. reason is the label's reason. With resume, a list of
// headlines (lines that end no sentence) after the header ends where two
// paragraphs of sentences follow: a tabloid's "MOST READ" box inside the
// story, after which the story goes on.
func (c *Classifier) afterHeader(us []unit, start, reason string, resume bool) {
	content := 0
	for i := range us {
		u := &us[i]
		if u.label == article.LabelContent {
			content += u.words
		}
		if content < 50 {
			continue
		}
		if s, _ := u.lex.Get(start); s < c.p.LexiconThreshold {
			continue
		}
		if inlineTeaser(u.text) {
			continue // "Most read: Wendlow hospital car park charges to rise": one link in the text, no list's header
		}
		// A comment count near the top (a link to the comments) is no
		// header: most of the article's text must come before it.
		after := 0
		for j := i + 1; j < len(us); j++ {
			if us[j].label == article.LabelContent {
				after += us[j].words
			}
		}
		if after > content {
			continue
		}
		end := len(us)
		if resume {
			end = c.listEnd(us, i+1)
		}
		for j := i + 1; j < end; j++ {
			v := &us[j]
			switch v.label {
			case article.LabelContent, article.LabelHeading:
				v.set(article.LabelRelated, 0.6, reason)
			}
		}
		return
	}
}

// inlineTeaser reports whether s is a header's words, a colon and a
// headline of three words or more on the same line ("Most read: Wendlow
// hospital car park charges to rise by 40p").
func inlineTeaser(s string) bool {
	k := strings.IndexByte(s, ':')
	if k < 0 || len(strings.Fields(s[:k])) > 4 {
		return false
	}
	return len(strings.Fields(s[k+1:])) >= 3
}

// listEnd returns where a list of headlines starting at us[from] ends: at
// the first of two text units in a row that are sentences (ending in a
// period, not an ellipsis, of prose length) after at least one headline
// that ends no sentence; len(us) when the list runs to the end or holds
// sentences only (teasers that read like prose).
func (c *Classifier) listEnd(us []unit, from int) int {
	sentence := func(u *unit) bool {
		return isText(u.label) && u.endPeriod && !u.ellipsis && u.words >= c.p.ProseMinWords && u.stop >= c.p.ProseMinStop
	}
	titles := false
	for j := from; j < len(us); j++ {
		u := &us[j]
		if u.words == 0 {
			continue
		}
		if !titles {
			if !u.endPunct && u.words >= 3 {
				titles = true
			} else if sentence(u) {
				return len(us) // teasers that read like prose: all of it is the list
			}
			continue
		}
		if !sentence(u) {
			continue
		}
		k := j + 1
		for k < len(us) && us[k].words == 0 {
			k++
		}
		if k < len(us) && sentence(&us[k]) {
			return j
		}
	}
	return len(us)
}

// zone keeps as content only the run of lines with the largest content
// weight; content outside it is boilerplate that reads like prose (bios,
// newsletter pitches, comments).
func (c *Classifier) zone(us []unit) {
	best, bestS, bestE := 0.0, -1, -1
	cur, curS := 0.0, 0
	for i := range us {
		w := c.zoneWeight(&us[i])
		if cur <= 0 {
			cur, curS = 0, i
		}
		cur += w
		if cur > best {
			best, bestS, bestE = cur, curS, i
		}
	}
	if bestS < 0 {
		return
	}
	// Short lines of text right next to the zone belong to it (the
	// weights above make short content lines slightly negative).
	for bestS > 0 && isText(us[bestS-1].label) {
		bestS--
	}
	// A summary list ("Key points") above the text, a time or a short label
	// between ("10:42" on a live page), opens it.
	for k := bestS - 1; k >= 0 && k >= bestS-3; k-- {
		if us[k].summary {
			for bestS > 0 && (us[bestS-1].summary || bestS-1 > k) {
				bestS--
			}
			break
		}
		if us[k].label != article.LabelNavigation || us[k].words > 3 {
			break
		}
	}
	for bestE+1 < len(us) && isText(us[bestE+1].label) {
		bestE++
	}
	// An inline link, an ad's label or a caption between the last
	// paragraphs ("Also Read: …", "Advertisement", "Video: …") does not
	// end the text: a sentence after it that ends like one is the
	// article's ("Russian officials have repeatedly denied planning an
	// invasion.").
	// A live page's time stamp, and perhaps the entry's heading, does not
	// end it either ("2.15pm", "The interior minister said …").
	for bestE+2 < len(us) {
		b := &us[bestE+1]
		if !c.inlineBreak(b) && !b.stamp {
			break
		}
		k := bestE + 2
		if b.stamp && k+1 < len(us) && us[k].label == article.LabelHeading {
			k++
		}
		if n := &us[k]; n.label != article.LabelContent || n.words < 3 || !n.endPeriod || n.ellipsis {
			break
		}
		bestE = k
		for bestE+1 < len(us) && isText(us[bestE+1].label) {
			bestE++
		}
	}
	for i := range us {
		if i >= bestS && i <= bestE {
			continue
		}
		u := &us[i]
		switch u.label {
		case article.LabelContent:
			if u.words >= 2*c.p.LongProseWords && u.stop >= 0.3 {
				continue // long prose stands on its own
			}
			u.set(article.LabelRelated, 0.5, "prose outside the main text")
		case article.LabelHeading:
			u.set(article.LabelNavigation, 0.5, "heading outside the main text")
		}
	}
}

func (c *Classifier) zoneWeight(u *unit) float64 {
	switch u.label {
	case article.LabelContent:
		w := math.Min(float64(u.words), c.p.ZoneContentCap) - c.p.ZoneContentOffset
		if wireDateline(u.toks, u.text) {
			w += c.p.ZoneDatelineBonus
		}
		return w
	case article.LabelHeading, article.LabelHeadline:
		return 0
	case article.LabelNavigation:
		if u.words <= 3 {
			return -c.p.ZoneShortPenalty
		}
	case article.LabelCTA:
		// A review's shopping button between its paragraphs ("Check
		// price on Amazon") is a short break, not the article's end.
		if u.shopping {
			return -c.p.ZoneShortPenalty
		}
	}
	return -c.p.ZoneBoilerplatePenalty
}

// spamScores scores teaser runs and returns the article-level score.
func (c *Classifier) spamScores(us []unit) float64 {
	candidates := false
	for i := range us {
		u := &us[i]
		if u.label == article.LabelRelated && u.bracketTag == "" || u.label == article.LabelHeading || u.label == article.LabelCTA ||
			u.label == article.LabelNavigation && u.titleLike && u.words >= 3 {
			candidates = true
			break
		}
	}
	if !candidates {
		return 0
	}
	topic := map[string]bool{}
	for i := range us {
		if us[i].label == article.LabelContent || us[i].label == article.LabelHeadline {
			for _, t := range us[i].toks {
				if !c.stop.Has(t.Word) && len(t.Word) > 2 {
					topic[t.Word] = true
				}
			}
		}
	}
	// A lone bait line among the article's text (a heading or a short
	// line) that is strong spam and shares nothing with the article; so is
	// bait that ends in a call to action ("Hot Nude Photos Leaked - Click
	// Here").
	for i := range us {
		u := &us[i]
		if u.label != article.LabelHeading && u.label != article.LabelCTA && !(u.label == article.LabelNavigation && u.titleLike && u.words >= 3) {
			continue
		}
		sc := c.spam.Teaser([][]lexicon.Token{u.toks}, topic)
		// A call to action is no part of the text: bait in it may share
		// a word with the story ("Hot Nude Celebrity Photos Leaked - Click
		// Here" under a celebrity chef's interview).
		off := c.offTopic(u.toks, topic) || u.label == article.LabelCTA && c.sharedTopic(u.toks, topic) <= 1
		if sc.Value >= c.p.SpamLoneThreshold && off {
			v := round(sc.Value)
			u.spam = &v
			u.set(labelSpam, 0.5+sc.Value/2, "SEO spam: "+sc.Reason)
		}
	}
	type teaser struct {
		idx   []int
		score spam.Score
	}
	var ts []teaser
	for i := 0; i < len(us); i++ {
		u := &us[i]
		if u.label != article.LabelRelated || u.bracketTag != "" {
			continue
		}
		t := teaser{idx: []int{i}}
		if u.teaserTitle && i+1 < len(us) && us[i+1].label == article.LabelRelated && us[i+1].ellipsis {
			t.idx = append(t.idx, i+1)
			i++
		}
		var lines [][]lexicon.Token
		for _, k := range t.idx {
			lines = append(lines, us[k].toks)
		}
		t.score = c.spam.Teaser(lines, topic)
		ts = append(ts, t)
	}
	hits := 0
	for _, t := range ts {
		if t.score.Value >= c.p.SpamThreshold {
			hits++
		}
	}
	article := 0.0
	maxS := 0.0
	for _, t := range ts {
		v := t.score.Value
		maxS = math.Max(maxS, v)
		isSpam := v >= c.p.SpamThreshold || (hits >= 2 && v >= c.p.SpamRunThreshold)
		for _, k := range t.idx {
			s := round(v)
			us[k].spam = &s
			if isSpam {
				us[k].set(labelSpam, 0.5+v/2, "SEO spam: "+t.score.Reason)
			}
		}
		if isSpam {
			article = 1 - (1-article)*(1-v)
		}
	}
	for i := range us {
		if us[i].label == labelSpam && us[i].spam != nil && us[i].bracketTag == "" && !us[i].teaserTitle && !us[i].ellipsis {
			article = math.Max(article, *us[i].spam)
		}
	}
	return round(math.Max(article, maxS*0.8))
}

const labelSpam = article.LabelSpam

// sharedTopic counts the content words of toks that the article's text has.
func (c *Classifier) sharedTopic(toks []lexicon.Token, topic map[string]bool) int {
	n := 0
	for _, t := range toks {
		if !c.stop.Has(t.Word) && len(t.Word) > 2 && topic[t.Word] {
			n++
		}
	}
	return n
}

// offTopic reports whether no content word of toks occurs in the article.
func (c *Classifier) offTopic(toks []lexicon.Token, topic map[string]bool) bool {
	return c.sharedTopic(toks, topic) == 0
}

func (c *Classifier) metadata(us []unit, res *Result) {
	// The date is read in the page's first lines, or in the few lines
	// under the headline when a menu comes first.
	top := 5
	text := false // past the article's first paragraph
	for i := range us {
		u := &us[i]
		if res.Title == "" && u.label == article.LabelHeadline {
			res.Title = u.text
			top = max(top, i+5)
		}
		if res.Author == "" && u.label == article.LabelAuthor {
			if name := bylineName(u); name != "" {
				res.Author = name
			} else if name := slashByline(u.text); name != "" {
				res.Author = name
			} else if u.nameLike {
				res.Author = u.text
			} else if name := dateByline(u); u.dateLike && name != "" && !c.placeholderAuthor(name) {
				res.Author = name
			} else if name := c.headBylineName(u); name != "" {
				res.Author = name
			} else if name := c.nameBeforeBar(u.text); u.dateLike && name != "" {
				res.Author = name
			}
		}
		if res.Published == "" && i < top && u.dateline != "" {
			res.Published = u.dateline
		}
		// (or in the byline above the text, however far down: "9 March
		// 2026, 4:05pm" under a cookie notice and a menu)
		if res.Published == "" && (i < top && (u.label == article.LabelAuthor || u.dateLike) ||
			u.label == article.LabelAuthor && !text) {
			if d := c.textDate(u.text, u.toks); d != "" {
				res.Published = d
			}
		}
		text = text || u.label == article.LabelContent
	}
	if res.Published == "" {
		res.Published = c.labelledDateBelow(us)
	}
}

// labelledDateBelow is the date of a labelled date line anywhere in the
// page, for a site that prints it under the text ("Published 10:32, Wed,
// Mar 13, 2024 | UPDATED: …" after the article, as the Express does): the
// one date such lines give, or "" when they give several (teasers with
// dates of their own).
func (c *Classifier) labelledDateBelow(us []unit) string {
	date := ""
	for i := range us {
		u := &us[i]
		if !c.labelledDate(u) {
			continue
		}
		d := u.dateline
		if d == "" {
			d = c.textDate(u.text, u.toks)
		}
		switch {
		case d == "" || d == date:
		case date != "":
			return ""
		default:
			date = d
		}
	}
	return date
}

// headByline reports whether us[i] is a byline under the headline written
// without "By": a name over the author's job ("Priya Raghunathan" / "City
// Hall Reporter, The Marlow Bay Chronicle"), that job line, or a name and
// the place filed from ("Ananya Rao / Mumbai").
func (c *Classifier) headByline(us []unit, i int) bool {
	u := &us[i]
	if slashByline(u.text) != "" {
		return true
	}
	job := func(v *unit) bool {
		if v.words == 0 || v.words > 10 || v.endPeriod {
			return false
		}
		for _, t := range v.toks {
			if c.jobs.Has(t.Word) {
				return true
			}
		}
		return false
	}
	if u.nameLike {
		return i+1 < len(us) && job(&us[i+1])
	}
	return i > 0 && job(u) && us[i-1].nameLike && us[i-1].para == u.para
}

// slashByline returns the name of a byline that gives the place filed
// from after a slash ("Ananya Rao / Mumbai", "Ananya Rao | New Delhi"), or
// "".
func slashByline(text string) string {
	for _, sep := range []string{" / ", " | "} {
		name, place, ok := strings.Cut(text, sep)
		if !ok || strings.Contains(place, sep) {
			continue
		}
		nt := lexicon.Tokenize(nil, name)
		pt := lexicon.Tokenize(nil, place)
		if !isName(nt, name) || len(pt) == 0 || len(pt) > 3 {
			continue
		}
		for _, t := range pt {
			if !t.Upper || t.Digit {
				return ""
			}
		}
		return name
	}
	return ""
}

// bylineName returns the name of a byline ("By Jane Doe, Staff Writer",
// "Author: Jane Doe | March 3"), or "".
func bylineName(u *unit) string {
	toks := u.toks
	if len(toks) > 2 && toks[1].Word == "by" && bylineVerbs[toks[0].Word] {
		toks = toks[1:] // "Written by Ritika Kujur | Dumka | Updated: …"
	}
	if len(toks) < 2 || toks[0].Word != "by" && toks[0].Word != "author" || len(toks) > 14 {
		return ""
	}
	if len(toks) == 2 && !toks[1].Upper {
		return "" // one word: a name or an agency ("By PTI"), not "By now"
	}
	return nameUntilSeparator(u.text[toks[1].Start:])
}

// bylineVerbs open a byline before "by": "Written by", "Reported by".
var bylineVerbs = map[string]bool{"written": true, "reported": true, "posted": true, "words": true, "story": true, "text": true}

// nameBeforeBar returns the name a date line opens with before a bar
// ("Thandeka Mokoena | 14 May 2025, 06:12"), or "".
func (c *Classifier) nameBeforeBar(text string) string {
	name, _, ok := strings.Cut(text, " | ")
	if !ok {
		return ""
	}
	nt := lexicon.Tokenize(nil, name)
	if !isName(nt, name) || c.sectionHeading(nt) || c.anyStop(nt) {
		return ""
	}
	return strings.TrimSpace(name)
}

// lexHas reports whether a line scores at least the lexicon threshold for
// the (pseudo-)label.
func (c *Classifier) lexHas(u *unit, label string) bool {
	s, _ := u.lex.Get(label)
	return s >= c.p.LexiconThreshold
}

// placeholderAuthor reports whether a byline's name is a site's account
// rather than a person ("admin", "webmaster"): all its words are in
// data/accounts.txt.
func (c *Classifier) placeholderAuthor(name string) bool {
	toks := lexicon.Tokenize(nil, name)
	for _, t := range toks {
		if !c.accounts.Has(t.Word) {
			return false
		}
	}
	return len(toks) > 0
}

// merge joins neighbouring lines of one paragraph with the same label.
func merge(us []unit) []article.Block {
	out := make([]article.Block, 0, len(us))
	for i := range us {
		u := &us[i]
		if n := len(out); n > 0 && i > 0 && us[i-1].para == u.para && out[n-1].Label == u.label {
			b := &out[n-1]
			b.End = u.end
			b.Score = math.Min(b.Score, u.score)
			if u.spam != nil && (b.Spam == nil || *u.spam > *b.Spam) {
				b.Spam = u.spam
			}
			continue
		}
		out = append(out, article.Block{Start: u.start, End: u.end, Label: u.label, Score: round(u.score), Reason: u.reason, Spam: u.spam})
	}
	return out
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// slashCredit reports whether s ends in a photographer's credit after its
// last sentence: a name, a slash and the outlet or agency, every word
// capitalised ("… before Tuesday's vote. Natalie Cordova/The Gazette").
func slashCredit(s string) bool {
	k := strings.LastIndex(s, ". ")
	if k < 0 {
		return false
	}
	rest := s[k+2:]
	if len(rest) > 80 || strings.Count(rest, "/") != 1 || strings.ContainsAny(rest, ".!?\"“”,") {
		return false
	}
	if n := strings.Count(rest, " ") + 1; n < 2 || n > 7 {
		return false
	}
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '/' }) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// teaserWord are the words of a menu's label that, set off by a colon,
// label a teaser: "Read more:", "More:", "Related:" (not "Watch:", which titles a
// video set in the story).
var teaserWord = lexicon.ParseWords("read more see related")

// teaserLabel reports whether u opens with words of up to three that the
// lexicon takes, as a whole, for a teaser's label, then a colon: "Read more: Which rivers
// near you had the most sewage spills last year?", "READ: Clubs given new
// deadline …".
func (c *Classifier) teaserLabel(u *unit) bool {
	k := strings.IndexByte(u.text, ':')
	if k <= 0 || k > 40 || len(u.toks) < 4 {
		return false
	}
	n := 0
	for n < len(u.toks) && n <= 3 && u.toks[n].End <= k {
		n++
	}
	label := u.toks[:n]
	if n == 0 || n > 3 || strings.TrimSpace(u.text[label[n-1].End:k]) != "" {
		return false
	}
	lex := c.lex.Score(label)
	for _, l := range []article.Label{article.LabelRelated, article.LabelNavigation} {
		// (a menu's "Read more" or "More" set off by a colon is the label
		// of the teaser after it)
		if sc, e := lex.Get(string(l)); sc >= c.p.LexiconThreshold && e != nil && strings.HasPrefix(e.Phrase, "^") &&
			strings.HasSuffix(e.Phrase, "$") && (l == article.LabelRelated || slices.ContainsFunc(strings.Fields(strings.Trim(e.Phrase, "^$")), teaserWord.Has)) {
			return true
		}
	}
	return false
}

// lastIndexASCIIFold is strings.LastIndex of sub, which is in lower-case
// ASCII, in s with ASCII letters compared without case; it allocates
// nothing.
func lastIndexASCIIFold(s, sub string) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		j := 0
		for j < len(sub) {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}
