package claims

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/claims/entity"
	"github.com/copydesk/copydesk/pkg/claims/quote"
	"github.com/copydesk/copydesk/pkg/claims/token"
	"github.com/copydesk/copydesk/pkg/wire"
)

// wordClasses are the closed word sets of the attribution rules
// (timeWord, credential, …), parsed once from data/word_classes.txt when
// the package is initialised; read-only. A malformed file or a missing
// class panics then, naming the file and the line or class: the file is
// compiled in, so that is a programming error.
var wordClasses = entity.MustReadWordClasses(dataFS, "data/word_classes.txt")

// paragraph is one block of text the stage reads.
type paragraph struct {
	start, end int
	headline   bool
	content    bool // its sentences are scored for check-worthiness
}

// qspan is a top-level quotation, possibly over several paragraphs.
type qspan struct {
	start, end           int // with marks
	innerStart, innerEnd int
	closed, broken       bool
}

// unit is a run of sentences that no quotation crosses: the span the
// attribution rules look at.
type unit struct {
	start, end int
	para       int
	headline   bool
	toks       []token.Token
	ments      []entity.Mention
}

// src is a resolved speaker.
type src struct {
	ent     *entity.Entity // person, organisation or media entity, or nil
	typ     string
	name    string // display name, or the description of an anonymous source
	canon   string
	id      string
	head    string // head noun of an anonymous description
	mention article.Span
	// unresolved is set for a pronoun no antecedent was found for.
	unresolved bool
	// via is the document a body's words came in, when the description
	// named the document and the body after it ("a statement from the
	// Ministry of Defence": the ministry, via "a statement").
	via string
	// byDocument is set when the mention names the document the speaker
	// issued, not the speaker ("the statement read"): no mention of theirs.
	byDocument bool
	// side is set for a firm spoken for by its analysts ("analysts at
	// Morgan Stanley said"): an outside expert's, not what a later "the
	// company" means (lastOrg).
	side bool
}

// analysis holds the state of one article's attribution pass.
type analysis struct {
	s       *Stage
	text    string
	reg     *entity.Registry
	paras   []paragraph
	quotes  []qspan
	units   []unit
	out     []article.Quote
	covered []bool // per quote: inside an attributed span

	author   string // the article's byline: a transcript's questions by its author are the article's own
	last     *src   // last speaker
	lastUnit int
	// lastPerson is the last named person who spoke.
	lastPerson *entity.Entity
	// epithet is the person the last epithet stood for and its unit: "a
	// day after the winger hinted …. The 22-year-old, who …, posted": the
	// next sentence's epithet goes on with them.
	epithet   *entity.Entity
	epithetUI int
	// lastReported is the content of the last speaker's quote when it was
	// reported speech (indirect or mixed), where "her" and "she" are most
	// often the speaker herself; zero otherwise.
	lastReported article.Span
	anons        []*src
	// lastRelative is set when the last quote emitted was a relative
	// clause's report ("…, which the Times said it is reviewing, …").
	lastRelative bool
	// issuer is the last speaker who spoke in, or put out, a statement or
	// the like, for "the statement said" after it.
	issuer *issued
	// nameStart holds the offsets of the stopwords that open a person's
	// name ("Jan Kowalski").
	nameStart map[int]bool
	// lowerName holds the offsets of surnames written in lower case
	// ("– said dzhaksybekov"), which the noun phrases take as names.
	lowerName map[int]bool
	// inBody holds the offsets of the commas and function words inside a
	// body's name ("the Meteorology, Climatology and Geophysics Agency",
	// "Orbit Nine Entertainment"), which the noun phrases go through.
	inBody map[int]bool
}

// issued is a speaker and the document they spoke in: "Ogunleye said in a
// statement" makes a later "The statement read" Ogunleye's, via the
// statement.
type issued struct {
	sp   *src
	noun string // the document's head noun, as written in lower case
	ui   int
	at   int // where the document is named in the text
}

// maxIssuedUnits bounds how far back "the statement" looks for the speaker
// who issued it.
const maxIssuedUnits = 8

// maxIssuedAlone is how many units back "the memo" still reaches its
// issuer when the text names no other document of its kind in between.
const maxIssuedAlone = 40

// maxUnitTokens bounds the tokens the attribution rules look at in one unit,
// so that a megabyte without punctuation costs linear time.
const maxUnitTokens = 400

func (s *Stage) attribute(a *article.Article, paras []paragraph, year int) (*analysis, []article.Quote) {
	an := &analysis{s: s, text: a.Text, author: a.Author, reg: entity.NewRegistry(s.gaz, year), paras: paras, lastUnit: -100}
	an.findQuotes()
	an.buildUnits()
	tokUnits := make([][]token.Token, len(an.units))
	for i := range an.units {
		tokUnits[i] = an.units[i].toks
	}
	ments := an.reg.Scan(a.Text, tokUnits)
	for i := range an.units {
		an.units[i].ments = ments[i]
		for _, m := range ments[i] {
			// A person's name that opens on a word otherwise no name's
			// ("Jan Kowalski": the month): the noun phrases keep it.
			if t := tokUnits[i][m.TokStart]; m.Entity.Type == article.EntityPerson && t.Start == m.Start && t.Cap() && s.gaz.Stopword(t.Text) {
				if an.nameStart == nil {
					an.nameStart = map[int]bool{}
				}
				an.nameStart[t.Start] = true
			}
			if t := tokUnits[i][m.TokStart]; m.Entity.Type == article.EntityPerson && t.Kind == token.Word && !t.Cap() {
				if an.lowerName == nil {
					an.lowerName = map[int]bool{}
				}
				an.lowerName[t.Start] = true
			}
			if (m.Entity.Type == article.EntityOrganization || m.Entity.Type == article.EntityMedia) && m.TokEnd-m.TokStart >= 3 {
				for _, t := range tokUnits[i][m.TokStart+1 : m.TokEnd-1] {
					// (and a capitalised word otherwise no name's: "Nine"
					// of "Orbit Nine Entertainment")
					if (t.Text == "," || t.Cap() && s.gaz.Stopword(t.Text)) && t.End <= m.End {
						if an.inBody == nil {
							an.inBody = map[int]bool{}
						}
						an.inBody[t.Start] = true
					}
				}
			}
		}
	}
	an.covered = make([]bool, len(an.quotes))
	answers := an.interviewQuotes()
	for u := range an.units {
		if !answers[u] {
			an.unit(u)
		}
	}
	return an, an.out
}

// findQuotes parses each paragraph and joins quotations that run over
// paragraphs (an opening mark on each paragraph, a closing one at the end).
func (an *analysis) findQuotes() {
	var carry *qspan
	carrySingle := false
	for pi, p := range an.paras {
		qs := quote.Parse(an.text, p.start, p.end)
		first := true
		for _, q := range qs {
			if q.Depth > 0 || q.Single && !singleQuotation(an.text, q) && !(p.headline && headlineSingle(an.text, q)) ||
				q.Single && !q.Closed && !an.singleGoesOn(pi, q) {
				continue
			}
			if q.Closed && nickname(an.text, q.Start, q.InnerStart, q.InnerEnd, q.End) {
				continue
			}
			cur := qspan{start: q.Start, end: q.End, innerStart: q.InnerStart, innerEnd: q.InnerEnd, closed: q.Closed, broken: q.Broken}
			if !q.Closed {
				if k := an.forgottenClose(q.InnerStart, q.InnerEnd); k > 0 {
					// "“We had a frank discussion, Blinken told reporters.":
					// the closing mark was left out before the cue.
					cur.end, cur.innerEnd, cur.closed, cur.broken = k, k, true, true
				}
			}
			if carry != nil && first && q.Start == firstVisible(an.text, p.start, p.end) && q.Single == carrySingle {
				carry.end, carry.innerEnd, carry.closed = cur.end, cur.innerEnd, cur.closed
				cur = *carry
				an.quotes = an.quotes[:len(an.quotes)-1]
			}
			first = false
			an.quotes = append(an.quotes, cur)
		}
		carry = nil
		if n := len(an.quotes); n > 0 {
			last := &an.quotes[n-1]
			if !last.closed && last.end >= lastVisible(an.text, p.start, p.end) && pi+1 < len(an.paras) &&
				strings.TrimSpace(an.text[p.end:an.paras[pi+1].start]) == "" && opensAsSentence(an.text, p.start, last.start) {
				carry = last
				carrySingle = isSingleMark(an.text, last.start)
			}
		}
	}
}

// nickname reports whether the quotation text[start:end] is a nickname
// inside a person's name, one or two capitalised words between two others:
// Ramon “Monching” Villaraza, Dwayne "The Rock" Johnson. It is no
// quotation.
func nickname(text string, start, innerStart, innerEnd, end int) bool {
	words := strings.Fields(text[innerStart:innerEnd])
	if len(words) == 0 || len(words) > 2 || start < 2 || end+2 > len(text) || text[start-1] != ' ' || text[end] != ' ' {
		return false
	}
	capWord := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' {
				return false
			}
		}
		return true
	}
	for _, w := range words {
		if !capWord(w) {
			return false
		}
	}
	before := strings.Fields(text[max(0, start-40) : start-1])
	after := strings.Fields(text[end+1 : min(len(text), end+40)])
	return len(before) > 0 && len(after) > 0 && capWord(before[len(before)-1]) && capWord(strings.TrimRight(after[0], ",.;:")) &&
		!strings.ContainsAny(text[innerStart:innerEnd], "\n")
}

// forgottenClose returns where a quotation left open at the end of its
// paragraph should have closed: before a comma that a short reporting
// clause ending the sentence follows (", Blinken told reporters."), 0 when
// there is none.
func (an *analysis) forgottenClose(innerStart, innerEnd int) int {
	inner := an.text[innerStart:innerEnd]
	for off := 0; ; {
		c := strings.Index(inner[off:], ", ")
		if c < 0 {
			return 0
		}
		c += off
		off = c + 2
		rest := inner[c+2:]
		end := strings.IndexAny(rest, ".!?")
		if end < 0 {
			end = len(rest)
		}
		words := strings.Fields(rest[:end])
		if len(words) < 2 || len(words) > 7 || strings.TrimSpace(rest[end:]) != "" && strings.TrimSpace(rest[min(end+1, len(rest)):]) != "" {
			continue
		}
		first := words[0]
		if r, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(r) && !subjectPronoun[first] && first != "the" && first != "a" {
			continue
		}
		for _, w := range words[1:] {
			if _, ok := an.s.lex.verbs[strings.ToLower(strings.Trim(w, ",;:"))]; ok {
				return innerStart + c
			}
		}
	}
}

// opensAsSentence reports whether the quotation mark at at opens its
// paragraph or follows a colon, a comma or a sentence's end, as a quotation
// that runs over paragraphs does ("He said: “…"); not a word ("the talks
// had been “useful …": a mark left open in a phrase).
// singleGoesOn reports whether q, a single quotation that paragraph pi
// leaves open, goes on in the next paragraph: it runs to the paragraph's
// end, opens a sentence, and the next paragraph opens with a single mark
// before a word, as British papers run a quotation over paragraphs. Any
// other open single mark is an apostrophe ("the ‘90s").
func (an *analysis) singleGoesOn(pi int, q quote.Span) bool {
	p := an.paras[pi]
	if q.End < lastVisible(an.text, p.start, p.end) || pi+1 >= len(an.paras) || !opensAsSentence(an.text, p.start, q.Start) {
		return false
	}
	next := an.paras[pi+1]
	if strings.TrimSpace(an.text[p.end:next.start]) != "" {
		return false
	}
	at := firstVisible(an.text, next.start, next.end)
	if !isSingleMark(an.text, at) {
		return false
	}
	_, n := utf8.DecodeRuneInString(an.text[at:next.end])
	r, _ := utf8.DecodeRuneInString(an.text[at+n : next.end])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isSingleMark reports whether text has a single quotation mark at i.
func isSingleMark(text string, i int) bool {
	return strings.HasPrefix(text[i:], "‘") || strings.HasPrefix(text[i:], "'")
}

func opensAsSentence(text string, paraStart, at int) bool {
	if at <= paraStart {
		return true // (a quotation carried from a paragraph before)
	}
	before := strings.TrimRight(text[paraStart:at], " \t")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(":,.!?—–-", r)
}

// singleQuotation reports whether a single-quoted span is a quotation
// rather than a scare-quoted word: a few words at least, or words that end
// with their own punctuation inside the marks, as a quoted sentence does
// ("'I'm devastated,' she said", "'No.'") and a scare quote does not ("the
// 'woke' agenda", "so-called 'experts'.").
func singleQuotation(text string, q quote.Span) bool {
	inner := strings.TrimSpace(text[q.InnerStart:q.InnerEnd])
	if len(strings.Fields(inner)) >= 4 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(inner)
	return q.Closed && strings.ContainsRune(",.!?", r)
}

// headlineSingle reports whether a single-quoted span in a headline is a
// quotation: headlines quote in single marks ("Arteta: Saka injury ‘not
// serious’"), so two words closed are enough there; one is still a scare
// quote ("the ‘woke’ agenda").
func headlineSingle(text string, q quote.Span) bool {
	return q.Closed && len(strings.Fields(text[q.InnerStart:q.InnerEnd])) >= 2
}

func firstVisible(text string, start, end int) int {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			return start
		}
		start += n
	}
	return start
}

func lastVisible(text string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			return end
		}
		end -= n
	}
	return end
}

// buildUnits splits paragraphs into sentences and joins the sentences a
// quotation crosses.
func (an *analysis) buildUnits() {
	qi := 0
	for pi, p := range an.paras {
		sents := an.s.split.SplitJoined(an.text, p.start, p.end, an.s.soft)
		for _, se := range sents {
			n := len(an.units)
			// Join to the previous unit when an open quotation crosses into
			// this sentence.
			for qi < len(an.quotes) && an.quotes[qi].end <= se.Start {
				qi++
			}
			join := false
			if n > 0 {
				prev := an.units[n-1]
				for k := qi; k < len(an.quotes) && an.quotes[k].start < prev.end; k++ {
					if an.quotes[k].end > prev.end && an.quotes[k].start < se.End {
						join = true
						break
					}
				}
				if k := qi - 1; k >= 0 && an.quotes[k].start < prev.end && an.quotes[k].end > prev.end {
					join = true
				}
			}
			if !join && n > 0 && an.endsInQuestionQuote(an.units[n-1].end) && len(strings.Fields(an.text[se.Start:se.End])) <= 12 &&
				startsWithLetter(an.text[se.Start:se.End]) && !an.colonCueIn(an.text[se.Start:se.End]) {
				// "“Is it over?” Coen asked.": the splitter ends the sentence
				// at the question mark, and the short one after is its cue
				// (not when it brings a quotation of its own: "…?” Asked
				// about it, her brother said: “…”").
				join = true
			}
			if !join && n > 0 && an.units[n-1].para == pi-1 && an.colonCueEnds(an.text[an.units[n-1].start:an.units[n-1].end]) &&
				strings.ContainsRune("“\"«„", firstRune(an.text[se.Start:se.End])) && an.quotationFills(qi, se.Start, se.End) {
				// "Kilmeade said:" closing a paragraph, the quotation
				// opening the next: one report (not when the quotation
				// has a cue of its own: "Courthouse News reports:" over
				// "“…,” Trump's lawyers wrote.").
				join = true
			}
			if join && an.units[n-1].end-an.units[n-1].start < 20000 {
				an.units[n-1].end = se.End
				continue
			}
			an.units = append(an.units, unit{start: se.Start, end: se.End, para: pi, headline: p.headline})
		}
	}
	k := 0 // units and quotations are both in text order
	for i := range an.units {
		u := &an.units[i]
		u.toks = an.joinFamilies(token.Split(an.text, u.start, u.end))
		if len(u.toks) > maxUnitTokens*4 {
			u.toks = u.toks[:maxUnitTokens*4]
		}
		// Mark tokens inside quotations.
		for j := range u.toks {
			t := &u.toks[j]
			for k < len(an.quotes) && an.quotes[k].end <= t.Start {
				k++
			}
			if k < len(an.quotes) && t.Start >= an.quotes[k].start && t.End <= an.quotes[k].end {
				t.Quote = k
			}
		}
	}
}

// joinFamilies makes one word of a person noun, "of" and a number, as
// "the mother-of-two" is written with hyphens: "the mother of two told the
// BBC", "said the father of three". Not before a plural noun ("a mother of
// two young children"), whose phrase goes on.
func (an *analysis) joinFamilies(toks []token.Token) []token.Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+2 < len(toks) && t.Kind == token.Word && toks[i+1].Lower == "of" && an.s.lex.personNoun(t.Lower) &&
			(isNumber(toks[i+2].Text) || numberWord[toks[i+2].Lower]) &&
			!(i+3 < len(toks) && toks[i+3].Kind == token.Word && (pluralNoun(toks[i+3].Lower) || adjectival(toks[i+3]))) {
			n := toks[i+2]
			t.Text = an.text[t.Start:n.End]
			t.Lower = t.Lower + "-of-" + n.Lower
			t.End = n.End
			i += 2
		}
		out = append(out, t)
	}
	return out
}

// documentNP reports whether toks[ns:ne] names a document or data: its head
// noun is one ("Court documents", "The Berkeley IGS poll"), or the noun before
// its first preposition is ("Data from the statistics office", "Records
// obtained by the AP").
func (an *analysis) documentNP(toks []token.Token, ns, ne int) bool {
	isDoc := func(j int) bool {
		// ("reports" is media in "reports from CNN", documents here)
		return an.s.lex.sources[toks[j].Lower] == article.SourceDocument || toks[j].Lower == "reports"
	}
	if isDoc(ne - 1) {
		return true
	}
	for j := ns + 1; j < ne; j++ {
		switch toks[j].Lower {
		case "from", "of", "by", "in", "at", "on", "for":
			return isDoc(j - 1)
		}
		if docParticipleAt(toks, j) {
			return isDoc(j - 1)
		}
	}
	return false
}

// mentionedIn reports whether unit ui mentions e within toks[s:e].
func (an *analysis) mentionedIn(ui int, ent *entity.Entity, s, e int) bool {
	for _, m := range an.units[ui].ments {
		if m.Entity == ent && m.TokStart >= s && m.TokEnd <= e {
			return true
		}
	}
	return false
}

// restrictiveReport reports whether the cue c reports inside a
// restrictive relative clause, with or without its pronoun: "a man who
// witnesses said was carrying a knife", "28 people the ministry said were
// civilians". Such a report ends with its clause, and the clause stays
// part of any report around it ("It hit three schools the army said were
// bases, officials said").
func (an *analysis) restrictiveReport(toks []token.Token, c *cue) bool {
	if c.inverted || c.participle || c.coord || c.passive || c.relative || c.ns < 1 || c.ve >= len(toks) {
		return false
	}
	// The clause's gap is its subject: what was said opens with its verb
	// (not "a speech in which he said, “…”").
	if g := toks[c.ve]; g.Kind != token.Word || g.Quote >= 0 || g.Cap() ||
		!finiteAux[g.Lower] && !(strings.HasSuffix(g.Lower, "s") || strings.HasSuffix(g.Lower, "ed")) || notGapVerb[g.Lower] {
		return false
	}
	if an.zeroRelative(toks, c.ns) {
		return true
	}
	w := toks[c.ns-1]
	return (w.Lower == "who" || w.Lower == "whom" || w.Lower == "which") && w.Quote < 0 && c.ns >= 2 && toks[c.ns-2].Kind == token.Word
}

// pastLike reports whether w looks like a verb's past form: "killed",
// "fled".
func pastLike(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 3 || irregularPast[w]
}

// namedCollective are the nouns of unnamed people that name a body when
// capitalised after another capitalised word: "the General Staff", "the
// Joint Chiefs" (data/word_classes.txt).
var namedCollective = wordClasses.Must("namedCollective")

// outletOwner are the words before an outlet's noun that say who owns or
// runs it, making "the state-owned broadcaster" an outlet rather than a
// presenter (data/word_classes.txt).
var outletOwner = wordClasses.Must("outletOwner")

// groupLeader are the participles between a group and its leader: "analysts
// led by Philip Ng" (data/word_classes.txt).
var groupLeader = wordClasses.Must("groupLeader")

// newsReport are the document nouns that, from or by an outlet, are its own
// reporting: "a report from CNN" is CNN's (data/word_classes.txt).
var newsReport = wordClasses.Must("newsReport")

// byMeans are the means a speaker talks through: "said by phone" is no
// passive (data/word_classes.txt).
var byMeans = wordClasses.Must("byMeans")

// addresseeVerb are the reporting verbs that may name whom they address
// before "that" without taking an addressee otherwise: "warned MPs that",
// "reminded staff on Monday that" (data/word_classes.txt).
var addresseeVerb = wordClasses.Must("addresseeVerb")

// addresseeThat reports whether the words after the verb of c, from after,
// are an addressee and perhaps a time before "that": "warned MPs that …".
func (an *analysis) addresseeThat(toks []token.Token, c *cue, after, limit int) bool {
	if c.inverted || !addresseeVerb[c.v.words[0]] {
		return false
	}
	for j := after; j < limit && j-after <= 6; j++ {
		t := toks[j]
		if t.Kind != token.Word || t.Quote >= 0 {
			return false
		}
		if t.Lower == "that" {
			return j > after
		}
		if finiteVerb[t.Lower] || an.isVerb(toks, j) {
			return false
		}
	}
	return false
}

// cueLimit returns where the words the cue c reports end, given the cue
// nx after it in the sentence: at nx's speaker, or its verb when nx is
// inverted.
func cueLimit(toks []token.Token, c, nx *cue) int {
	switch {
	case nx.participle:
		return nx.vs - 1
	case !nx.inverted && nx.ns > c.ve:
		limit := nx.ns
		if limit-1 > c.ve && toks[limit-1].Lower == "that" {
			limit-- // "a plan that officials said …": the relative's "that"
		}
		// "…, while medical records showed": the next report's
		// clause starts at its conjunction, not at its head noun.
		for j := nx.ns - 1; j > c.ve && nx.ns-j <= 4; j-- {
			if t := toks[j]; t.Quote < 0 && (t.Lower == "while" || t.Lower == "whereas") {
				limit = j
				if toks[j-1].Text == "," {
					limit = j - 1
				}
				break
			}
		}
		return limit
	default:
		return nx.vs
	}
}

// trailingOutlet folds an outlet's report that closes a sentence into the
// report before it in that sentence, as its relay: "The minister said the
// talks went well, TASS reported." and translated copy's "…, reported also
// Vestnik-24." carry the minister's words through the outlet, and the
// outlet's cue, if one was read, reports nothing of its own.
func (an *analysis) trailingOutlet(ui int, toks []token.Token, cues []cue) []cue {
	for k := len(cues) - 1; k >= 0 && k >= len(cues)-2; k-- {
		if out, ok := an.foldOutlet(ui, toks, cues, k); ok {
			return out
		}
	}
	return cues
}

// foldOutlet folds the outlet's report closing the sentence of cues[k]
// into it (trailingOutlet).
func (an *analysis) foldOutlet(ui int, toks []token.Token, cues []cue, k int) ([]cue, bool) {
	prev := &cues[k]
	if prev.sp == nil || prev.via != "" || prev.inverted || prev.sp.typ == article.SourceMedia {
		return cues, false
	}
	e := prev.ve
	for e < len(toks) && !sentenceEnd(toks[e]) && toks[e].Quote < 0 {
		e++
	}
	if e < len(toks) && !sentenceEnd(toks[e]) {
		return cues, false
	}
	c := e - 1
	for c > prev.ve && toks[c].Text != "," {
		c--
	}
	if c <= prev.ve || e-c < 3 || e-c > 9 {
		return cues, false
	}
	var ns, ne int
	switch {
	case reportedVerb(toks[e-1].Lower): // ", TASS reported."
		ns, ne = an.rightNP(toks, c+1)
		if ne != e-1 {
			return cues, false
		}
	case reportedVerb(toks[c+1].Lower): // ", reported also Vestnik-24."
		x := c + 2
		if toks[x].Lower == "also" {
			x++
		}
		ns, ne = an.rightNP(toks, x)
		if ns != x || ne != e {
			return cues, false
		}
	default:
		return cues, false
	}
	if ns < 0 {
		return cues, false
	}
	sp := an.resolve(ui, toks, ns, ne, relayed)
	if sp == nil || sp.typ != article.SourceMedia || sp.name == "" {
		return cues, false
	}
	prev.via = sp.name
	prev.stop = c
	out := cues[:0]
	for i := range cues {
		if i > k && cues[i].vs > c {
			continue // the outlet's own cue
		}
		out = append(out, cues[i])
	}
	return out, true
}

// reportedVerb reports whether a reporting verb's form is one an outlet's
// report takes: "reported", "reports", "informs".
func reportedVerb(w string) bool {
	switch w {
	case "reported", "reports", "informs", "informed", "said", "says":
		return true
	}
	return false
}

// nestedReport reports whether the cue nx right after c is what c reports:
// its speaker opens c's words, after "that" at most ("he said his doctor
// told him to rest", "Winfrey told CBS that Harry had said …").
func (an *analysis) nestedReport(toks []token.Token, c, nx *cue) bool {
	if c.inverted || c.participle || nx.inverted || nx.participle || nx.coord || nx.passive || nx.ns < c.ve || c.v.about {
		return false
	}
	s := c.ve
	if s < len(toks) && toks[s].Lower == "that" && toks[s].Quote < 0 {
		s++
	}
	if nx.ns == s && nx.ns < nx.vs && !hasQuote(toks[c.ve:nx.vs]) {
		return true
	}
	// "Holden said Barger supported a candidate who claimed the election
	// was stolen": a report in a relative clause inside what was said.
	if nx.ns > s && nx.ne < nx.vs && (toks[nx.ne].Lower == "who" || toks[nx.ne].Lower == "whom") && toks[nx.ne].Quote < 0 && !hasQuote(toks[c.ve:nx.vs]) {
		for _, t := range toks[c.ve:nx.ns] {
			if sentenceEnd(t) || t.Text == ";" || t.Text == ":" {
				return false
			}
		}
		return hasFiniteVerb(toks[s:nx.ns]) && countWords(toks[s:nx.ns]) >= 2
	}
	return false
}

// relativeBefore reports whether a relative word opens the speaker
// toks[ns:ne] or stands inside it: "what he said was …", "a declaration
// that Amnesty International said could …".
func relativeBefore(toks []token.Token, ns, ne int) bool {
	for k := max(ns-1, 0); k < ne; k++ {
		if relativeWord[toks[k].Lower] {
			return true
		}
	}
	return false
}

// anonymityRequest reports whether the words from i, up to a comma or the
// sentence's end, ask for anonymity: "that her surname not be used", "that
// his name be withheld".
func anonymityRequest(toks []token.Token, i int) bool {
	for k := i; k < len(toks) && k-i < 12 && toks[k].Quote < 0; k++ {
		if toks[k].Text == "," || sentenceEnd(toks[k]) {
			break
		}
		if anonymityWord[toks[k].Lower] {
			return true
		}
	}
	return false
}

// adjunctBefore returns where a time ("on Friday", "last week", "earlier
// this month") or a medium ("in a statement", "in a letter") that stands
// right before toks[j] starts, j when none does.
func (an *analysis) adjunctBefore(toks []token.Token, j int) int {
	if j < 2 || toks[j-1].Kind != token.Word || toks[j-1].Quote >= 0 {
		return j
	}
	for k := j - 1; k >= 1 && j-k <= 4; k-- {
		t := toks[k]
		if t.Kind != token.Word || t.Quote >= 0 {
			return j
		}
		switch {
		case timeLead[t.Lower] && t.Lower != "in":
			if k+1 < j && timeOnly(toks[k+1:j]) {
				for k >= 2 && toks[k-1].Kind == token.Word && toks[k-1].Quote < 0 && (timeWord[toks[k-1].Lower] || timeLead[toks[k-1].Lower]) {
					k-- // "earlier this week", "late on Friday"
				}
				return k
			}
		case t.Lower == "in":
			if k+2 < j && (toks[k+1].Lower == "a" || toks[k+1].Lower == "an") && an.s.lex.sources[toks[j-1].Lower] == article.SourceDocument {
				return k // "in a statement", "in a letter"
			}
			if k+1 < j && timeOnly(toks[k+1:j]) {
				return k
			}
		}
	}
	return j
}

// parentheticalParticiple reports whether the comma at toks[j] opens a
// participle phrase that a second comma closes before the clause's verb:
// "the model, called Mistral Large 3, was trained", "the firm, based in
// Austin, has cut jobs".
func parentheticalParticiple(toks []token.Token, j, limit int) bool {
	for k := j + 2; k+1 < limit && k-j <= 10; k++ {
		if toks[k].Quote >= 0 {
			return false
		}
		if toks[k].Text == "," {
			return toks[k+1].Kind == token.Word && finiteAux[toks[k+1].Lower]
		}
	}
	return false
}

// beforeTime returns where a trailing time adjunct of toks[s:e] starts
// ("the Department of Health on Thursday", "… last week"), e when there is
// none.
func beforeTime(toks []token.Token, s, e int) int {
	for k := s + 1; k < e; k++ {
		if timeLead[toks[k].Lower] && k+1 < e && timeOnly(toks[k+1:e]) {
			return k
		}
		if timeWord[toks[k].Lower] && timeOnly(toks[k:e]) {
			return k
		}
	}
	return e
}

// hasSourceNoun reports whether one of toks is a noun of a source ("a copy
// of its report that was obtained by …").
func (an *analysis) hasSourceNoun(toks []token.Token) bool {
	for _, t := range toks {
		if t.Kind == token.Word && an.s.lex.sources[t.Lower] != "" {
			return true
		}
	}
	return false
}

// zeroRelative reports whether the speaker at toks[ns] opens a relative
// clause without its pronoun, right after the noun it belongs to: "a
// device the company says will last …", "the 28 people the ministry said
// were killed".
func (an *analysis) zeroRelative(toks []token.Token, ns int) bool {
	if ns < 2 || ns >= len(toks) || !an.isDet(toks[ns].Lower) {
		return false
	}
	n, d := toks[ns-1], toks[ns-2]
	return n.Kind == token.Word && n.Quote < 0 && !n.Cap() && !an.s.gaz.Stopword(n.Text) && len(an.s.lex.verbs[n.Lower]) == 0 &&
		!finiteVerb[n.Lower] && d.Kind == token.Word && d.Quote < 0
}

// indefiniteCount reports whether w opens a description of people the
// article does not name: "a", "an", "another", "one", or a small number
// ("two nurses said"). Not "many" or "some": "many voters said" reports a
// poll, not a source.
func indefiniteCount(w string) bool {
	switch w {
	case "a", "an", "another", "one":
		return true
	}
	return cardinals[w]
}

// isVerb reports whether toks[i] is a reporting verb.
func (an *analysis) isVerb(toks []token.Token, i int) bool {
	_, ok := an.verbAt(toks, i)
	return ok
}

// itSubject reports whether the speaker toks[ns:ne] is "it".
func itSubject(toks []token.Token, ns, ne int) bool {
	return ne == ns+1 && toks[ns].Lower == "it"
}

// itSpeaks reports whether "it" at ns speaks with the verb v at vi: a
// reporting verb in the past tense ("said", "added", "wrote") or a
// document's verb ("read", "showed"), right after it or after an adverb
// ("it also said"), and "it" not opening a relative clause ("a fee that it
// has charged", "what it revealed") nor the content of the verb before it
// (inner: "said it showed that …"). In the present tense "it" is mostly a
// thing that does something: "it tells you the percentage", "It adds a
// fun flair".
func itSpeaks(toks []token.Token, ns, vi int, v verb, inner bool) bool {
	if ns > 0 && relativeWord[toks[ns-1].Lower] && !inner && vi+1 < len(toks) && toks[vi+1].Kind == token.Word && toks[vi+1].Quote < 0 &&
		(finiteAux[toks[vi+1].Lower] || !toks[vi+1].Cap() && (strings.HasSuffix(toks[vi+1].Lower, "s") || strings.HasSuffix(toks[vi+1].Lower, "ed")) && !notGapVerb[toks[vi+1].Lower]) &&
		(v.words[0] == "says" || v.words[0] == "said") {
		return true // "a new model that it says outperforms GPT-5": the body's claim in a relative clause
	}
	if ns > 0 && (relativeWord[toks[ns-1].Lower] || inner) {
		return false
	}
	for k := ns + 1; k < vi; k++ {
		if !strings.HasSuffix(toks[k].Lower, "ly") && toks[k].Lower != "also" {
			return false // "it has charged": not a report
		}
	}
	w := v.words[0]
	return v.doc || strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "wrote"
}

// pastOnly are the irregular past tenses that are no passive participle:
// before "by" they are still a clause's verb ("the government stood by its
// costing"; "a recording made by the victim" is a noun and its participle)
// (data/word_classes.txt).
var pastOnly = wordClasses.Must("pastOnly")

// auxAfterNoun reports whether a finite auxiliary follows the few words from
// toks[i], without punctuation, after at least one: the verb of a clause
// whose subject those words are ("recorded burglaries in Salford had").
func auxAfterNoun(toks []token.Token, i, limit int) bool {
	for k := i + 1; k < limit && k-i <= 5; k++ {
		if toks[k].Kind != token.Word || toks[k].Quote >= 0 {
			return false
		}
		if finiteAux[toks[k].Lower] {
			return true
		}
	}
	return false
}

// notGapVerb are words in "-s" or "-ed" after "that it says" that are no
// verb of a gapped clause ("that it says its …", "which it said as …")
// (data/word_classes.txt).
var notGapVerb = wordClasses.Must("notGapVerb")

// docIt resolves the "it" of a document's verb: the document that spoke
// last, within two units ("The lawsuit claimed …. “…,” it read"), else an
// unresolved document.
func (an *analysis) docIt(ui int, mention article.Span) *src {
	if l := an.last; l != nil && l.typ == article.SourceDocument && ui-an.lastUnit <= 2 {
		sp := *l
		sp.mention = mention
		return &sp
	}
	return &src{typ: article.SourceDocument, name: mention.Text, mention: mention, unresolved: true}
}

// quotationFills reports whether a quotation from an.quotes[qi:] opening at
// or after start runs to end, or to the punctuation before it.
func (an *analysis) quotationFills(qi, start, end int) bool {
	for k := qi; k < len(an.quotes) && an.quotes[k].start < end; k++ {
		q := an.quotes[k]
		if q.start < start {
			continue
		}
		return q.end >= end || strings.Trim(an.text[q.end:end], " \t\n.,!?;:…") == ""
	}
	return false
}

// colonCueEnds reports whether sentence ends with a reporting verb and a
// colon ("Kilmeade said:", "with Kilmeade stating:").
func (an *analysis) colonCueEnds(sentence string) bool {
	word, ok := strings.CutSuffix(strings.TrimRight(sentence, " \t\n"), ":")
	if !ok {
		return false
	}
	if k := strings.LastIndexAny(word, " \n\t"); k >= 0 {
		word = word[k+1:]
	}
	_, verb := an.s.lex.verbs[strings.ToLower(word)]
	return verb
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \t"))
	return r
}

// colonCueIn reports whether sentence holds a reporting verb right before
// a colon and an opening quotation mark ("her brother said: “…").
func (an *analysis) colonCueIn(sentence string) bool {
	for i := strings.IndexByte(sentence, ':'); i >= 0; {
		rest := strings.TrimLeft(sentence[i+1:], " ")
		if r, _ := utf8.DecodeRuneInString(rest); r == '“' || r == '"' || r == '‘' || r == '«' || r == '„' {
			word := sentence[:i]
			if k := strings.LastIndexAny(word, " \n\t"); k >= 0 {
				word = word[k+1:]
			}
			if _, ok := an.s.lex.verbs[strings.ToLower(word)]; ok {
				return true
			}
		}
		j := strings.IndexByte(sentence[i+1:], ':')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// startsWithLetter reports whether s, after white space, starts with a
// letter: a plain sentence, not another quotation.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace))
	return unicode.IsLetter(r)
}

// inDocumentParticiple reports whether toks[i] follows a document noun after
// "in" and an article, with at most one word between: "in a statement
// posted", "in a joint statement released".
func inDocumentParticiple(toks []token.Token, i int) bool {
	if i < 3 || !issuedAnaphor[toks[i-1].Lower] || toks[i-1].Quote >= 0 {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-3; k-- {
		if toks[k].Lower == "a" || toks[k].Lower == "an" || toks[k].Lower == "the" || isPossessive(toks[k].Lower) || possessivePronoun[toks[k].Lower] {
			return toks[k-1].Lower == "in" && toks[k-1].Quote < 0
		}
		if toks[k].Kind != token.Word || toks[k].Cap() || toks[k].Quote >= 0 {
			return false
		}
	}
	return false
}

// endsInQuestionQuote reports whether the text up to end closes a quotation
// that ends in a question or exclamation mark ("…?”").
func (an *analysis) endsInQuestionQuote(end int) bool {
	for k := len(an.quotes) - 1; k >= 0; k-- {
		q := an.quotes[k]
		if q.end > end {
			continue
		}
		if strings.TrimSpace(an.text[q.end:end]) != "" {
			return false
		}
		inner := strings.TrimSpace(an.text[q.innerStart:q.innerEnd])
		return strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")
	}
	return false
}

func (an *analysis) verbAt(toks []token.Token, i int) (verb, bool) {
	t := toks[i]
	if t.Kind != token.Word || t.Quote >= 0 || t.Cap() {
		return verb{}, false
	}
	if i > 0 && (notBeforeVerb[toks[i-1].Lower] || isPossessive(toks[i-1].Lower) && !an.possessiveName(toks[i-1])) &&
		!(toks[i-1].Lower == "her" && i >= 2 && (toks[i-2].Lower == "to" || toks[i-2].Lower == "with" || toks[i-2].Lower == "for")) {
		return verb{}, false // "secretary of state", "a call", "Macron’s comments"; not "a source close to her told"
	}
	if i+1 < len(toks) && reflexivePronoun[toks[i+1].Lower] {
		return verb{}, false // "the reporters found themselves back where they began"
	}
	if t.Lower == "states" && i > 0 && toks[i-1].Lower == "member" {
		return verb{}, false // "the EU member states": a noun
	}
	if i+1 < len(toks) && toks[i+1].Lower == "by" && toks[i+1].Quote < 0 && i > 0 && toks[i-1].Kind == token.Word && an.pastForm(t.Lower) &&
		!(i+2 < len(toks) && byMeans[toks[i+2].Lower]) {
		// "the figures reported by the companies", "Villagers were told
		// by the company": a passive participle; its subject said nothing.
		return verb{}, false
	}
	if (issuingParticiple[t.Lower] || t.Lower == "posted" || t.Lower == "shared") && inDocumentParticiple(toks, i) {
		// "rejected the claims in a statement posted on its account":
		// the document's participle, no report of its own.
		return verb{}, false
	}
	if i > 0 && i+1 < len(toks) && toks[i-1].Lower == "as" && an.pastForm(t.Lower) && toks[i+1].Quote < 0 && asParticipleAfter[toks[i+1].Lower] {
		// "PII, as described in US privacy law, is …", "as noted above":
		// a participle of reference, no report.
		return verb{}, false
	}
	if i+1 < len(toks) && toks[i+1].Quote < 0 && (strings.HasPrefix(t.Lower, "accus") && toks[i+1].Lower == "of" ||
		strings.HasPrefix(t.Lower, "call") && toks[i+1].Lower == "for") {
		// "young people accused of a crime": a passive with no accuser;
		// "His report calls for …": a demand, no claim.
		return verb{}, false
	}
	if t.Lower == "called" && an.namingCalled(toks, i) {
		return verb{}, false
	}
	if (t.Lower == "calls" || t.Lower == "called" || t.Lower == "call") && i >= 2 && toks[i-2].Lower == "as" &&
		i+1 < len(toks) && objectWord[toks[i+1].Lower] {
		return verb{}, false // "“the Losties”, as he calls them": a name he uses, not a report
	}
	if i > 0 && toks[i-1].Kind == token.Word && toks[i-1].Quote < 0 && !(strings.HasSuffix(toks[i-1].Lower, "s") && an.pastForm(t.Lower)) {
		for _, v := range an.s.lex.verbs[toks[i-1].Lower] {
			if len(v.words) == 1 && !v.bare && !v.ing {
				// Right after a reporting verb it is the subject of what
				// was said: "Police said reports of thefts had risen",
				// "The minister said demand for gas would fall".
				return verb{}, false
			}
		}
	}
	nounAfterName := false // "a Telegram post", "the Reuters report"
	if i >= 2 && toks[i-1].Cap() && toks[i-1].Quote < 0 {
		switch toks[i-2].Lower {
		case "a", "an":
			nounAfterName = true
		case "the":
			nounAfterName = !strings.HasSuffix(toks[i-1].Lower, "s") && // not "the Democrats claim"
				!(i >= 3 && toks[i-3].Lower == "by") // nor "Documents seen by the BBC show": an agent
		}
	}
	if i+1 < len(toks) && toks[i+1].Kind == token.Word && toks[i+1].Quote < 0 && strings.HasSuffix(t.Lower, "s") && an.pastForm(toks[i+1].Lower) {
		// "USDA reports showed that", "Published estimates put this share
		// at 40 percent": a noun before the verb.
		return verb{}, false
	}
	best := verb{}
	found := false
	for _, v := range an.s.lex.verbs[t.Lower] {
		if i+len(v.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range v.words[1:] {
			if toks[i+1+k].Lower != w {
				ok = false
				break
			}
		}
		if ok && len(v.words) > len(best.words) && !(nounAfterName && v.bare) {
			best, found = v, true
		}
	}
	return best, found
}

// pastForm reports whether w is the past tense of a reporting verb
// ("showed", "said", "found") or an irregular past ("put").
func (an *analysis) pastForm(w string) bool {
	if irregularPast[w] {
		return true
	}
	for _, v := range an.s.lex.verbs[w] {
		if !v.bare && !v.ing && strings.HasSuffix(v.words[0], "ed") || v.words[0] == "said" || v.words[0] == "found" {
			return true
		}
	}
	return false
}

// namingCalled reports whether "called" at toks[i] names a thing rather
// than reports speech: "a Facebook group called 'We support …'", "a book
// called “The Fall”": an indefinite noun phrase whose head is no person
// (no role, person noun or unnamed person), then the name in quotation
// marks or capitals.
func (an *analysis) namingCalled(toks []token.Token, i int) bool {
	if i < 2 || i+1 >= len(toks) || !(toks[i+1].Kind == token.Mark || toks[i+1].Cap() || toks[i+1].Text == ":" && i+2 < len(toks) && toks[i+2].Kind == token.Mark) {
		return false
	}
	head := toks[i-1]
	if head.Kind != token.Word || head.Quote >= 0 {
		return false
	}
	hl := strings.ToLower(head.Text)
	if typ, ok := an.s.lex.sources[hl]; (ok && typ != article.SourceOrganization && typ != article.SourceDocument ||
		an.s.lex.personNoun(hl) || an.s.gaz.RoleWord(hl)) && !(toks[i+1].Kind == token.Mark && i+2 < len(toks) && toks[i+2].Cap() && (toks[i-2].Lower == "a" || toks[i-2].Lower == "an")) {
		return false // "a spokesman called “deeply irresponsible” …": a person may speak; not "a seller called “E-Life”", a name
	}
	if _, ok := an.s.lex.pronouns[hl]; ok {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		switch toks[k].Lower {
		case "a", "an":
			return true
		}
		if toks[k].Kind != token.Word {
			return false
		}
	}
	return false
}

// openingQuoteBefore reports whether toks[i] follows a quotation that opens
// its sentence: "“I don’t think that’s fair,” Sarah Jones, 42, told the BBC",
// not "In “The Look of Love,” Morris responds".
func openingQuoteBefore(toks []token.Token, i int) bool {
	m := quotationBefore(toks, i)
	if m < 0 {
		return false
	}
	m--
	for m >= 0 && toks[m].Kind == token.Mark {
		m--
	}
	return m < 0 || toks[m].Text == "." || toks[m].Text == ":" || toks[m].Text == ";" || toks[m].Text == "?" || toks[m].Text == "!"
}

// quotationBefore is the index of the opening mark of the quotation whose
// closing mark is toks[i-1] ("“…,” she said" at "she"), or -1.
func quotationBefore(toks []token.Token, i int) int {
	if i < 2 || toks[i-1].Kind != token.Mark {
		return -1
	}
	q := toks[i-2].Quote
	if q < 0 {
		return -1
	}
	m := i - 2
	for m > 0 && (toks[m-1].Quote == q || toks[m-1].Kind == token.Mark && toks[m].Quote == q) {
		m--
	}
	if toks[m].Kind != token.Mark && m > 0 && toks[m-1].Kind == token.Mark {
		m--
	}
	return m
}

// zeroThat reports whether toks[i:limit] is a clause that reported speech
// introduces without "that" ("the plan had not changed", "he would stay"):
// it opens with a determiner or a subject pronoun, and a finite verb
// follows within four words.
func zeroThat(toks []token.Token, i, limit int) bool {
	if i >= limit || countWords(toks[i:limit]) < 3 || toks[i].Kind != token.Word || toks[i].Quote >= 0 {
		return false
	}
	if !zeroThatSubject[toks[i].Lower] {
		return false
	}
	for k := i + 1; k < limit && k <= i+4; k++ {
		t := toks[k]
		if t.Kind != token.Word || t.Quote >= 0 {
			if t.Kind == token.Mark && k == i+1 && subjectPronoun[toks[i].Lower] && k+1 < limit && quotedVerb(toks[k+1]) {
				return true // the pronoun, then her words: "told officers she “didn't see him”"
			}
			if t.Text == "," && k > i+1 && !subjectPronoun[toks[i].Lower] {
				return appositiveThenVerb(toks, k, limit) // "told reporters the attacker, 40-year-old Joel Cauchi, had …"
			}
			if t.Text == "," || t.Kind == token.Mark {
				return false
			}
			continue
		}
		if relativeWord[t.Lower] || t.Lower == "whose" {
			return false // a noun and its relative clause: "recalls one patient who spoke about …"
		}
		if finiteAux[t.Lower] || k > i+1 && !t.Cap() && (strings.HasSuffix(t.Lower, "ed") ||
			irregularPast[t.Lower] && (pastOnly[t.Lower] || !(k+1 < limit && (toks[k+1].Lower == "by" || toks[k+1].Lower == "in" || toks[k+1].Lower == "at")))) {
			return true // ("told MPs the government stood by its costing"; not "heard a recording made by the victim")
		}
		pron := subjectPronoun[toks[i].Lower] || toks[i].Lower == "it" && strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss")
		if k >= i+2 && (k > i+2 || pron) && !t.Cap() && verbAdverb[toks[k-1].Lower] {
			return true // "said the railways currently carry …", "saying it likely violates …": a verb after its subject and an adverb
		}
		if k == i+1 && pron && !t.Cap() && (pastLike(t.Lower) || strings.HasSuffix(t.Lower, "s") && toks[i].Lower != "they" && toks[i].Lower != "we" && toks[i].Lower != "i") {
			return true // "told reporters he shared their concerns", "told the BBC she believes …", "saying it violates …"
		}
	}
	return false
}

// prepObject reports whether the noun phrase at toks[ns], after words the
// phrase finder passed over, is a preposition's object: "the stunnel page"
// of "the documentation on the stunnel page shows" (not "while medical
// records showed").
func prepObject(toks []token.Token, ns int) bool {
	k := ns - 1
	for k > 0 && ns-k <= 3 && toks[k].Kind == token.Word && !toks[k].Cap() && toks[k].Quote < 0 && !articleWord[toks[k].Lower] {
		k--
	}
	return k > 0 && k < ns-1 && articleWord[toks[k].Lower] && prepAfter[toks[k-1].Lower]
}

// connectiveOpens reports whether only a linking adverb and its comma open
// the sentence before toks[ns]: "Meanwhile, a senior Hamas official,
// speaking on condition of anonymity …, said".
func connectiveOpens(toks []token.Token, ns int) bool {
	return ns == 2 && toks[1].Text == "," && toks[0].Quote < 0 && connective[toks[0].Lower]
}

// glossAfter reports whether the reporter's gloss on the words before opens
// at toks[i], with no quotation in it: "a reference to …", "an apparent
// reference to …", "a nod to …", "a euphemism for …".
func glossAfter(toks []token.Token, i, limit int) bool {
	if i+2 >= limit || toks[i].Lower != "a" && toks[i].Lower != "an" || hasQuote(toks[i:limit]) {
		return false
	}
	k := i + 1
	if glossHedge[toks[k].Lower] {
		k++
	}
	return k+1 < limit && glossNoun[toks[k].Lower] && (toks[k+1].Lower == "to" || toks[k+1].Lower == "for")
}

// glossNoun and glossHedge make the reporter's gloss on what a speaker said
// (data/word_classes.txt): "a reference to", "an apparent nod to".
var (
	glossNoun  = wordClasses.Must("glossNoun")
	glossHedge = wordClasses.Must("glossHedge")
)

// approxAbout reports whether the "about" at toks[i] means "roughly", before
// a number or a fraction ("said about 86,000 customers were without
// power", "about half the staff"), not a topic ("said about the plan").
func approxAbout(toks []token.Token, i, limit int) bool {
	if i+2 >= limit || toks[i].Lower != "about" {
		return false
	}
	n := toks[i+1]
	if n.Kind == token.Word && n.Quote < 0 && (n.Lower[0] >= '0' && n.Lower[0] <= '9' || approxCount[n.Lower]) {
		return true
	}
	return (n.Lower == "a" || n.Lower == "one") && approxCount[toks[i+2].Lower]
}

// approxCount are the counts and fractions "about" may round: "about half",
// "about a third" (data/word_classes.txt).
var approxCount = wordClasses.Must("approxCount")

// speakerActEnd returns where what was said, toks[cs:ce] after its verb,
// ends before the speaker's next act: "and" and one of speakerAct, with no
// quotation after ("said the discovery was “incredibly exciting” and urged
// the public to …", "said he was “appalled” and renewed his call for …").
func speakerActEnd(toks []token.Token, cs, ce int) int {
	for j := cs + 2; j+1 < ce; j++ {
		if toks[j].Lower != "and" || toks[j].Quote >= 0 {
			continue
		}
		n := toks[j+1]
		if n.Kind != token.Word || n.Cap() || n.Quote >= 0 || !speakerAct[n.Lower] || hasQuote(toks[j:ce]) ||
			j+2 >= ce || toks[j+2].Kind != token.Word || thatAfter(toks, j+2, ce) {
			continue // (an act with no object, or one the report goes on after: "Kate gave her flowers and apologized, and that she forgave her")
		}
		if toks[j-1].Text == "," {
			j--
		}
		return j
	}
	return ce
}

// addresseePrep are the prepositions that may go on with an addressee
// before a call to act: "urged people with minor illnesses to contact their
// GP" (data/word_classes.txt).
var addresseePrep = wordClasses.Must("addresseePrep")

// descriptionRun reports whether toks[i:j] are the few words, without
// punctuation, that join a description's start to the name it describes:
// "co-leader" of "Green Party co-leader Tama Ruawai".
func descriptionRun(toks []token.Token, i, j int) bool {
	if i > j || j-i > 3 {
		return false
	}
	for _, t := range toks[i:j] {
		if t.Kind != token.Word || t.Quote >= 0 {
			return false
		}
	}
	return true
}

// andThat reports whether ", and that" continues a report in toks[i:e].
func andThat(toks []token.Token, i, e int) bool {
	for k := i; k+2 < e; k++ {
		if toks[k].Text == "," && toks[k+1].Lower == "and" && toks[k+2].Lower == "that" && toks[k+2].Quote < 0 {
			return true
		}
	}
	return false
}

// thatAfter reports whether "that" opens a clause in toks[i:e].
func thatAfter(toks []token.Token, i, e int) bool {
	for _, t := range toks[i:e] {
		if t.Lower == "that" && t.Quote < 0 {
			return true
		}
	}
	return false
}

// speakerAct are the past tenses that, after "and" in what someone said,
// are the speaker's next act, not the report's (data/word_classes.txt).
var speakerAct = wordClasses.Must("speakerAct")

// courtClause reports whether a clause without "that" opens at toks[i]
// after a court's "heard": a subject of a name or a determiner and nouns,
// then a finite or past verb ("Hughes sent", "the defendant had", "the
// victim was"); not an object ("evidence from", "a recording played by").
func courtClause(toks []token.Token, i, limit int) bool {
	if zeroThat(toks, i, limit) {
		return true
	}
	if i >= limit || toks[i].Kind != token.Word || toks[i].Quote >= 0 || !toks[i].Cap() && !zeroThatSubject[toks[i].Lower] {
		return false
	}
	for k := i + 1; k < limit && k <= i+4; k++ {
		t := toks[k]
		if t.Kind != token.Word || t.Quote >= 0 {
			return false
		}
		if t.Cap() {
			continue
		}
		if finiteAux[t.Lower] || pastLike(t.Lower) && toks[i].Cap() && toks[k-1].Cap() {
			return true // (a name's: "Hughes sent")
		}
		if irregularPast[t.Lower] && !(k+1 < limit && (toks[k+1].Lower == "by" || toks[k+1].Lower == "to")) {
			return true // "the defendant sent"; not "the call made by"
		}
		if toks[i].Cap() {
			return false
		}
	}
	return false
}

// addressTail reports whether the capitalised words toks[ns:ne], after a
// comma, close an address that "of" or "from" opens: the town of "Daniel
// Hughes, 34, of Station Road, Wrexham, admitted".
func addressTail(toks []token.Token, ns, ne int) bool {
	if ns < 3 || toks[ns-1].Text != "," || ne-ns > 3 {
		return false
	}
	for _, t := range toks[ns:ne] {
		if !t.Cap() || t.Quote >= 0 {
			return false
		}
	}
	k := ns - 2
	for k > 0 && ns-k < 6 && toks[k].Cap() && toks[k].Kind == token.Word {
		k--
	}
	if k < ns-2 && (toks[k].Lower == "in" || toks[k].Lower == "near") && k > 0 && toks[k-1].Kind == token.Word && (!toks[k-1].Cap() || k == 1) && toks[k-1].Quote < 0 {
		return true // a place, then its county: "Residents in Stonehaven, Aberdeenshire, say"
	}
	return k < ns-2 && (toks[k].Lower == "of" || toks[k].Lower == "from") && toks[k-1].Text == ","
}

// verbAdverb are the adverbs between a subject and its verb
// (data/word_classes.txt).
var verbAdverb = wordClasses.Must("verbAdverb")

// appositiveThenVerb reports whether the comma at toks[c] opens an
// appositive of a few words, closed by a comma, and a finite auxiliary
// follows it: ", 40-year-old Joel Cauchi, had".
func appositiveThenVerb(toks []token.Token, c, limit int) bool {
	for m := c + 1; m < limit && m <= c+8; m++ {
		t := toks[m]
		if t.Text == "," {
			return m > c+1 && m+1 < limit && toks[m+1].Kind == token.Word && toks[m+1].Quote < 0 && finiteAux[toks[m+1].Lower]
		}
		if t.Kind != token.Word && t.Text != "-" || t.Quote >= 0 {
			return false
		}
	}
	return false
}

// quotedVerb reports whether t, a quotation's first word, is a finite
// verb: an auxiliary, a negated one ("didn't", "wasn’t") or a past form.
func quotedVerb(t token.Token) bool {
	if t.Kind != token.Word || t.Cap() && t.Lower != "i" {
		return false
	}
	w := t.Lower
	return finiteAux[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || pastLike(w)
}

// clauseOpens reports whether a clause without "that" starts at i and its
// finite verb comes before limit: zeroThat's clauses, or a name as the
// subject ("Moscow would not repeat …").
func clauseOpens(toks []token.Token, i, limit int) bool {
	if zeroThat(toks, i, limit) {
		return true
	}
	if i >= limit || toks[i].Kind != token.Word || !toks[i].Cap() || toks[i].Quote >= 0 {
		return false
	}
	for k := i + 1; k < limit && k <= i+3; k++ {
		t := toks[k]
		if t.Kind != token.Word || t.Quote >= 0 {
			return false
		}
		if finiteAux[t.Lower] {
			return true
		}
		if !t.Cap() {
			return false
		}
	}
	return false
}

// zeroThatAfter finds such a clause after the addressee of a verb ending
// at ve ("told reporters in Berlin the talks had failed"): the addressee is
// one to six words, without "to", "about" or punctuation ("told him to
// leave", "told reporters about the plan"). It returns the clause's first
// token, or -1.
func zeroThatAfter(toks []token.Token, ve, limit int) int {
	for k := ve + 1; k < limit && k <= ve+6; k++ {
		p := toks[k-1]
		if p.Kind != token.Word || p.Quote >= 0 {
			return -1
		}
		switch p.Lower {
		case "to", "about", "that", "of", "for", "what", "how", "why", "whether", "if":
			return -1
		}
		if zeroThat(toks, k, limit) || bareSubjectClause(toks, k, limit) {
			return k
		}
	}
	return -1
}

// directiveVerb are the verbs that report a request or an order with an
// addressee and "to" (data/word_classes.txt).
var directiveVerb = wordClasses.Must("directiveVerb")

// directiveAfter returns where a request starts after the addressee of a
// verb ending at ve: one to eight words with no punctuation or quotation,
// then "to" or "not to" and a verb ("warned consumers not to eat …",
// "asked residents of the 14 villages not to return …"); 0 if there is
// none.
func (an *analysis) directiveAfter(toks []token.Token, ve, limit int) int {
	if ve < limit && toks[ve].Lower == "for" {
		// "asked for bond to be lowered to $50,000": the request whole.
		if k := an.directiveAfter(toks, ve+1, limit); k > ve+1 {
			return ve
		}
		return 0
	}
	for k := ve + 1; k+1 < limit && k <= ve+8; k++ {
		if p := toks[k-1]; p.Kind != token.Word || p.Quote >= 0 || p.Lower == "to" || p.Lower == "that" || finiteVerb[p.Lower] {
			return 0
		}
		t, n := k, k
		if toks[k].Lower == "not" {
			n = k + 1
		}
		if n+1 >= limit || toks[n].Lower != "to" || toks[n].Quote >= 0 {
			continue
		}
		if v := toks[n+1]; v.Kind == token.Word && !v.Cap() && v.Quote < 0 && !isNumber(v.Text) && !an.isDet(v.Lower) {
			return t
		}
		return 0
	}
	return 0
}

// onPlace returns where a clause without "that" starts after "on" and
// the place written on, of one to three words ("wrote on X the strikes
// were …", "posted on his Facebook page he was safe"); 0 if there is none.
func onPlace(toks []token.Token, after, limit int) int {
	if after+3 >= limit || toks[after].Lower != "on" || toks[after].Quote >= 0 {
		return 0
	}
	for k := after + 2; k < limit && k <= after+4; k++ {
		if p := toks[k-1]; p.Kind != token.Word || p.Quote >= 0 {
			return 0
		}
		if zeroThat(toks, k, limit) {
			return k
		}
	}
	return 0
}

// programmeAddressee returns where what was said starts after an
// addressee that ends in a programme's noun, "told NBC News' Today show the
// final number of Americans who would die “looks more like 60,000”": a
// determiner or a subject pronoun right after "show", "programme" or
// "podcast", with a quotation or a finite verb to come. It returns -1 when
// there is none.
func programmeAddressee(toks []token.Token, ve, limit int) int {
	for k := ve + 1; k+3 < limit && k-ve <= 7; k++ {
		p := toks[k-1]
		if p.Kind != token.Word || p.Quote >= 0 {
			return -1
		}
		if !programmeNoun[p.Lower] {
			continue
		}
		if n := toks[k]; n.Kind == token.Word && n.Quote < 0 && zeroThatSubject[n.Lower] && (hasQuote(toks[k:limit]) || hasFiniteVerb(toks[k:limit])) {
			return k
		}
		return -1
	}
	return -1
}

// programmeNoun are the nouns of a broadcast that ends an addressee
// ("told the Today programme", "told CBS's Face the Nation show")
// (data/word_classes.txt).
var programmeNoun = wordClasses.Must("programmeNoun")

// addresseeHead are the words that end an addressee before a clause whose
// subject is a bare noun (data/word_classes.txt).
var addresseeHead = wordClasses.Must("addresseeHead")

// bareSubjectClause reports whether a clause whose subject is one bare
// noun, or a noun and its modifier, opens at toks[i], right after an
// addressee: "told this newspaper staff had not been paid", "told The
// Guardian prices would rise", "told analysts capital expenditure would be
// higher". The addressee ends in a name or in one of addresseeHead, and a
// finite auxiliary follows the noun.
func bareSubjectClause(toks []token.Token, i, limit int) bool {
	if i < 1 || i+2 >= limit || countWords(toks[i:limit]) < 3 {
		return false
	}
	a, n, v := toks[i-1], toks[i], toks[i+1]
	if a.Kind != token.Word || !(a.Cap() || addresseeHead[a.Lower]) {
		return false
	}
	bare := func(n token.Token) bool {
		return n.Kind == token.Word && n.Quote < 0 && !n.Cap() && !finiteAux[n.Lower] && !zeroThatSubject[n.Lower] && !relativeWord[n.Lower]
	}
	if bare(n) && bare(v) && i+3 < limit {
		v = toks[i+2] // a noun and its modifier: "told analysts capital expenditure would be higher"
	}
	return bare(n) && v.Kind == token.Word && v.Quote < 0 && finiteAux[v.Lower]
}

// zeroThatSubject are the determiners and subject pronouns that open a
// clause reported without "that"; finiteAux the finite verbs that follow
// within a few words. The classes, and why each word is in them, are in
// data/word_classes.txt.
var (
	zeroThatSubject = wordClasses.Must("zeroThatSubject")
	finiteAux       = wordClasses.Must("finiteAux")
)

// putTo reports whether the clause at i is what was put to the speaker, not
// what the speaker said: "Asked whether he would resign, Mr Johnson
// replied", "Pressed on the figures, she said".
func putTo(toks []token.Token, i int) bool {
	if i >= len(toks) || toks[i].Quote >= 0 {
		return false
	}
	switch toks[i].Lower {
	case "asked", "pressed", "questioned", "quizzed", "challenged":
		return true
	}
	return false
}

// progressive reports whether the participle at i follows a form of "be",
// perhaps with an adverb between: "are warning", "is also urging".
func progressive(toks []token.Token, i int) bool {
	k := i - 1
	if k > 0 && toks[k].Quote < 0 && (toks[k].Lower == "also" || toks[k].Lower == "now" || toks[k].Lower == "still" || toks[k].Lower == "again") {
		k--
	}
	return k > 0 && toks[k].Quote < 0 && progressiveAux[toks[k].Lower]
}

// progressiveAux are the forms of "be" before a progressive verb.
var progressiveAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "am": true}

// quotedAs reports "was quoted (by Reuters) as saying", "was cited as
// saying": the participle at i reports the subject's words.
func quotedAs(toks []token.Token, i int) bool {
	return asQuotedVerb(toks, i) >= 0
}

// asQuotedVerb returns the index of "quoted" or "cited" before "as" and the
// participle at i, -1 if there is none: "quoted Peskov as saying", past an
// appositive set off by commas ("quoted Professor Halvard Brightmoor, the
// university’s pro-vice-chancellor for research, as saying").
func asQuotedVerb(toks []token.Token, i int) int {
	if i < 2 || toks[i-1].Lower != "as" {
		return -1
	}
	appositive := false
	for k, n := i-2, 0; k >= 0 && n < 8; k-- {
		switch toks[k].Lower {
		case "quoted", "cited":
			return k
		case ",":
			if appositive || k != i-2 {
				return -1
			}
			// The appositive's opening comma, at most 12 plain words back.
			j := k - 1
			for j >= 0 && k-j <= 12 && toks[j].Text != "," && toks[j].Quote < 0 && (toks[j].Kind == token.Word || toks[j].Text == "-") {
				j--
			}
			if j < 1 || toks[j].Text != "," || k-j < 3 {
				return -1
			}
			appositive, k = true, j
			continue
		case ".", ";":
			return -1
		}
		n++
	}
	return -1
}

// quotedObject returns the speaker of "X quoted Y as saying" for the
// participle at i: Y, without an appositive after it, and the index of
// "quoted" (-1, -1, -1 when the verb is passive, "was quoted as saying", or
// there is no such object).
func quotedObject(toks []token.Token, i int) (int, int, int) {
	k := asQuotedVerb(toks, i)
	if k < 1 || passiveAux[toks[k-1].Lower] || k+1 >= i-1 || toks[k+1].Lower == "by" {
		return -1, -1, -1
	}
	end := i - 1
	for j := k + 1; j < end; j++ {
		if toks[j].Text == "," {
			end = j
			break
		}
	}
	if end == k+1 {
		return -1, -1, -1
	}
	return k + 1, end, k
}

// mainSubject is the first noun phrase of the sentence's main clause,
// before token end: past an opening subordinate clause and its comma ("Just
// after Khamenei made his posts, Iran's Press TV eulogized Bushnell,
// calling …": Press TV, not Khamenei). past reports that it went past
// such a clause.
func (an *analysis) mainSubject(toks []token.Token, end int) (ns, ne int, past bool) {
	i := 0
	for i < len(toks) && i < 3 && (toks[i].Lower == "just" || toks[i].Lower == "shortly" || toks[i].Lower == "soon" || toks[i].Lower == "even") {
		i++
	}
	if i+2 < end && toks[i].Cap() && toks[i].Quote < 0 && strings.HasSuffix(toks[i].Lower, "ing") && toks[i+1].Text == "," && !an.s.gaz.OrgWord(toks[i].Text) {
		// "Reacting, the PDP's state chairman, Hon. Samuel Idakwo,
		// rejected …, alleging that …": a participle alone opens it.
		if ns, ne := an.firstNP(toks[i+2 : end]); ns >= 0 {
			return i + 2 + ns, i + 2 + ne, false
		}
	}
	if subordinate(toks, i) || i < len(toks) && (toks[i].Lower == "after" || toks[i].Lower == "before" || toks[i].Lower == "as") {
		for k := i + 1; k < end; k++ {
			if toks[k].Text == "," && toks[k].Quote < 0 {
				if ns, ne := an.firstNP(toks[k+1 : end]); ns >= 0 {
					return k + 1 + ns, k + 1 + ne, true
				}
				break
			}
		}
	}
	// (After a wire dateline: "AUSTIN, Texas (AP) — A federal judge on
	// Friday blocked …, ruling that …" is the judge's.)
	d := an.wireDatelineEnd(toks, 0, end)
	if d > 0 && !strings.ContainsAny(an.text[toks[0].Start:toks[d-1].End], "—–-(/") {
		d = 0 // a label, not a dateline: "THE FACTS: After the airman …"
	}
	if ns, ne = an.firstNP(toks[d:]); ns >= 0 {
		ns, ne = ns+d, ne+d
	} else if d+2 < end && toks[d].Lower == "it" && toks[d].Quote < 0 && toks[d+1].Kind == token.Word && !toks[d+1].Cap() && pastLike(toks[d+1].Lower) {
		// "It kept its rating, noting that …": the body "it" is, with a
		// verb of its own (not "It was clear, noting …").
		ns, ne = d, d+1
	}
	return ns, ne, false
}

// subordinate reports whether the clause at i is a subordinate one ("When
// they first met, he asked if …"): not the content when the verb has content
// after it. ("As part of the effort, X spoke to Y, a spokesman said" is:
// "as" is left out.)
func subordinate(toks []token.Token, i int) bool {
	if i >= len(toks) || toks[i].Quote >= 0 {
		return false
	}
	switch toks[i].Lower {
	case "when", "while", "since", "because", "although", "though", "once", "until", "unless", "if":
		return true
	}
	return false
}

// clauseLink are the conjunctions besides subordinate's that open a
// clause whose subject follows: "after business leaders warned", "as
// community leaders said" (data/word_classes.txt).
var clauseLink = wordClasses.Must("clauseLink")

// finiteVerb are the finite verbs that cannot open content reported
// without "that" (data/word_classes.txt).
var finiteVerb = wordClasses.Must("finiteVerb")

// scenePreposition are the prepositions that open an adverbial setting
// the scene of a report (data/word_classes.txt).
var scenePreposition = wordClasses.Must("scenePreposition")

// topicPreposition are the prepositions of a topic before a speaker
// ("Regarding the email, the source said …"), never what was said, even
// with a quoted title in it (data/word_classes.txt).
var topicPreposition = wordClasses.Must("topicPreposition")

// relativeWord are the relative words that stand for the subject of what
// a verb after them reports (data/word_classes.txt).
var relativeWord = wordClasses.Must("relativeWord")

// notBeforeVerb are the words after which a reporting-verb form is a noun
// (data/word_classes.txt).
var notBeforeVerb = wordClasses.Must("notBeforeVerb")

// thatDemonstrativeAfter are the prepositions after which "that" points at a
// noun (data/word_classes.txt).
var thatDemonstrativeAfter = wordClasses.Must("thatDemonstrativeAfter")

// isPossessive reports whether a lower-case word is a possessive
// ("macron’s", "officials'"): a reporting-verb form after one is a noun.
func isPossessive(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s’") ||
		strings.HasSuffix(w, "s'"))
}

// possessiveName reports whether t is a company's or an outlet's whole name
// written as a possessive ("McDonald's", "Moody's", "Barron's"), which a
// verb may follow.
func (an *analysis) possessiveName(t token.Token) bool {
	if !t.Cap() {
		return false
	}
	w := strings.ReplaceAll(t.Text, "’", "'")
	if _, ok := an.s.gaz.Org(w); ok {
		return true
	}
	_, ok := an.s.gaz.Media(w)
	return ok
}

// placePossessive reports whether t is a place's possessive: "Britain's",
// "Scotland’s".
func (an *analysis) placePossessive(t token.Token) bool {
	if !isPossessive(t.Lower) || !t.Cap() {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(t.Text, "’s"), "'s")
	_, ok := an.s.gaz.Place(w)
	return ok
}

// countsAfter reports whether the tokens at i start a quantity ("12
// points", "five assists"): after "added" that is a tally, not speech
// ("Shelton added 12 points and five assists").
func countsAfter(toks []token.Token, i int) bool {
	if i >= len(toks) || toks[i].Kind != token.Word {
		return false
	}
	w := toks[i].Lower
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return cardinals[w] && i+1 < len(toks) && toks[i+1].Kind == token.Word && !toks[i+1].Cap() &&
		toks[i+1].Lower != "of" && toks[i+1].Lower != "people" && toks[i+1].Lower != "more"
}

// cardinals are the numbers written out that start a tally after "added"
// (data/word_classes.txt).
var cardinals = wordClasses.Must("cardinals")

// parentNoun are the nouns of a parent that tabloids join to a number of
// children: "mum-of-three", "father-of-two" (data/word_classes.txt).
var parentNoun = wordClasses.Must("parentNoun")

// cue is one reporting verb with its speaker and content.
type cue struct {
	vs, ve       int // verb tokens
	v            verb
	ns, ne       int // speaker tokens
	inverted     bool
	participle   bool
	relative     bool   // the verb of a non-restrictive relative clause: ", which first reported the talks,"
	coord        bool   // after "and", with the subject of the cue before: "he described X and said Y"
	passive      bool   // a passive report with its agent: "were told by the company that"
	withOpener   bool   // a participle with its subject after "with" opening the sentence: "With the governor saying …, parents …"
	via          string // who relays the speaker: "RIA quoted Peskov as saying" (RIA)
	stop         int    // where what was said ends at the latest, when set: the comma before ", TASS reported."
	sp           *src
	cs, ce       int // content tokens
	contentStart int // byte offsets of the content
	contentEnd   int
}

// credential are degrees, honours and suffixes written after a name, case
// sensitive (data/word_classes.txt).
var credential = wordClasses.Must("credential")

// prepAfter are the prepositions that make a verb reporting only with "that"
// or a quotation a verb of its own (data/word_classes.txt).
var prepAfter = wordClasses.Must("prepAfter")

// openingAdverbial are the first words of an opening adverbial phrase
// besides prepAfter's prepositions ("During a visit to Kyiv, …")
// (data/word_classes.txt).
var openingAdverbial = wordClasses.Must("openingAdverbial")

// articleWord are the articles and determiners that start a second source
// after "and" (data/word_classes.txt).
var articleWord = wordClasses.Must("articleWord")

// objectWord opens an object besides an article: a demonstrative or an
// object pronoun (data/word_classes.txt).
var objectWord = wordClasses.Must("objectWord")

// objectThenQuote reports whether a short object without an article
// follows the verb and then the words quoted about it: "described animal
// welfare laws in the US as “woefully deficient”", "called Biden “a
// disgrace”" (a form of "call" needs no "as").
func (an *analysis) objectThenQuote(toks []token.Token, c *cue, after, limit int) bool {
	if toks[after].Kind != token.Word || toks[after].Quote >= 0 {
		return false
	}
	switch toks[after].Lower {
	case "how", "what", "why", "when", "where", "who", "whether", "if", "that", "for", "on", "to":
		return false
	}
	call := strings.HasPrefix(c.v.words[0], "call")
	for j := after + 1; j < limit && j-after <= 12; j++ {
		t := toks[j]
		if t.Quote >= 0 {
			return toks[j-1].Lower == "as" || call && j-after <= 4
		}
		if t.Text == "," || t.Text == "." || t.Text == ";" || t.Lower == "that" {
			return false
		}
	}
	return false
}

// ownObject reports whether t opens an object of the verb itself, which
// leaves what precedes the speaker no content: a figure or an object
// pronoun ("To answer this question, the scientists asked five people to
// …", "…, she told them").
func ownObject(toks []token.Token, i int) bool {
	t := toks[i]
	if t.Kind != token.Word {
		return false
	}
	switch t.Lower {
	case "it", "him", "them", "us", "me":
		return true
	}
	if i+1 < len(toks) && timeWord[toks[i+1].Lower] {
		return false // "said 2 days ago"
	}
	return t.Lower[0] >= '0' && t.Lower[0] <= '9' || numberWord[t.Lower]
}

// numberWord are the small numbers written out (data/word_classes.txt).
var numberWord = wordClasses.Must("numberWord")

// replyCue reads a quotation's speaker named after it as the one whose
// reply it was: "“Absolutely not,” was the minister's reply.", "“No,” came
// the answer from the ministry." The cue runs from "was" or "came" to the
// noun, its speaker is the possessor or what follows "from" or "of", and
// what was said is the quotation before (an inverted cue's content).
func (an *analysis) replyCue(toks []token.Token, i int) (cue, bool) {
	t := toks[i]
	if i == 0 || t.Quote >= 0 || t.Lower != "was" && t.Lower != "came" || toks[i-1].Kind != token.Mark || toks[i-1].Quote < 0 {
		return cue{}, false
	}
	return an.replyAfter(toks, i, i+1)
}

// replyAfter reads the reply's noun phrase from toks[k] on, the verb
// ("was", "came") at toks[i]: "the answer from the ministry", "the
// minister's reply".
func (an *analysis) replyAfter(toks []token.Token, i, k int) (cue, bool) {
	ns := k
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	if k+1 < len(toks) && replyNoun[toks[k].Lower] && (toks[k+1].Lower == "from" || toks[k+1].Lower == "of") {
		// "the answer from the ministry"
		ns, ne := an.rightNP(toks, k+2)
		if ns != k+2 {
			return cue{}, false
		}
		return cue{vs: i, ve: k + 2, v: verb{words: []string{toks[k].Lower}}, ns: ns, ne: ne, inverted: true}, true
	}
	// "the minister's reply", "Smith's answer": the possessor.
	for j := k; j < len(toks) && j-k < 6 && toks[j].Kind == token.Word && toks[j].Quote < 0; j++ {
		if isPossessive(toks[j].Lower) && j+1 < len(toks) && replyNoun[toks[j+1].Lower] {
			return cue{vs: i, ve: j + 2, v: verb{words: []string{toks[j+1].Lower}}, ns: ns, ne: j + 1, inverted: true}, true
		}
	}
	return cue{}, false
}

// nextReply returns the speaker of a quotation that is a sentence of its
// own, named in the sentence after it in the same paragraph: "“I'm not going
// anywhere.” That was the message from coach Dan Reeve after the loss."
// The quotation opens unit ui at token i and runs to its end; the cue is
// the next sentence's words up to the speaker.
func (an *analysis) nextReply(ui int, toks []token.Token, i int) (*src, *article.Span) {
	if i != 0 || ui+1 >= len(an.units) || an.units[ui+1].para != an.units[ui].para || an.units[ui+1].headline {
		return nil, nil
	}
	q := toks[i].Quote
	for _, t := range toks[i:] {
		if t.Quote != q && t.Kind == token.Word {
			return nil, nil // words outside the quotation: the sentence is not the quotation alone
		}
	}
	n := an.units[ui+1].toks
	if len(n) < 5 || n[0].Quote >= 0 {
		return nil, nil
	}
	var k int
	switch {
	case demonstrativeReply[n[0].Lower] && (n[1].Lower == "was" || n[1].Lower == "is" || n[1].Lower == "were" || n[1].Lower == "are"):
		k = 1
	case n[0].Lower == "that's" || n[0].Lower == "that’s":
		k = 0
	default:
		return nil, nil
	}
	c, ok := an.replyAfter(n, k, k+1)
	if !ok {
		return nil, nil
	}
	sp := an.resolve(ui+1, n, c.ns, c.ne, c.ve)
	if sp == nil {
		return nil, nil
	}
	if replyNoun[c.v.words[0]] {
		sp = withoutPossessive(sp)
	}
	return sp, &article.Span{Text: an.text[n[0].Start:n[c.ve-1].End], Start: n[0].Start, End: n[c.ve-1].End}
}

// passiveBy matches a sentence that names who said the one before it:
// "This was stated by the Deputy Foreign Minister Sergei Ryabkov in an
// interview with RIA Novosti", "That was announced by the ministry". It
// returns the speaker's phrase n[ns:ne] and the end of the cue, "This was
// stated by".
func (an *analysis) passiveBy(n []token.Token) (ns, ne, ve int, ok bool) {
	if len(n) < 5 || n[0].Quote >= 0 || !demonstrativeReply[n[0].Lower] && n[0].Lower != "it" {
		return 0, 0, 0, false
	}
	if n[1].Lower != "was" && n[1].Lower != "is" && n[1].Lower != "were" || n[3].Lower != "by" || n[2].Quote >= 0 ||
		len(an.s.lex.verbs[n[2].Lower]) == 0 || !an.pastForm(n[2].Lower) {
		return 0, 0, 0, false
	}
	ns, ne = an.rightNP(n, 4)
	if ns < 0 {
		return 0, 0, 0, false
	}
	return ns, ne, 4, true
}

// statedBy handles unit ui when it only names who said the sentence before
// it in its paragraph ("Russia will respond in kind. This was stated by
// Deputy Foreign Minister Sergei Ryabkov."): that sentence is the
// speaker's, unless a cue of its own gave it a speaker already. It reports
// whether it did.
func (an *analysis) statedBy(ui int) bool {
	if ui == 0 || an.units[ui-1].para != an.units[ui].para || an.units[ui-1].headline || an.lastUnit == ui-1 && len(an.out) > 0 {
		return false
	}
	n := an.units[ui].toks
	ns, ne, ve, ok := an.passiveBy(n)
	if !ok {
		return false
	}
	sp := an.resolve(ui, n, ns, ne, ne)
	if sp == nil {
		return false
	}
	prev := an.units[ui-1].toks
	if len(prev) == 0 || len(prev) > maxUnitTokens {
		return false
	}
	c := cue{vs: -1, ve: -1, cs: 0, ce: len(prev), sp: sp}
	if !an.emit(ui-1, prev, &c, "") {
		return false
	}
	an.out[len(an.out)-1].Cue = &article.Span{Text: an.text[n[0].Start:n[ve-1].End], Start: n[0].Start, End: n[ve-1].End}
	an.lastUnit = ui
	return true
}

// withoutPossessive returns sp with a possessive ending taken off its name
// and mention ("the minister's" of "the minister's reply").
func withoutPossessive(sp *src) *src {
	out := *sp
	for _, suf := range []string{"’s", "'s"} {
		out.name = strings.TrimSuffix(out.name, suf)
		out.canon = strings.TrimSuffix(out.canon, suf)
		if t, ok := strings.CutSuffix(out.mention.Text, suf); ok {
			out.mention.Text = t
			out.mention.End -= len(suf)
		}
	}
	return &out
}

// replyNoun are the nouns of a reply a quotation is ("“No,” was his
// answer"; data/word_classes.txt).
var replyNoun = wordClasses.Must("replyNoun")

// demonstrativeReply are the words that open a sentence pointing back at a
// quotation before it: "That was the message from …", "Those were the
// words of …".
var demonstrativeReply = wordClasses.Must("demonstrativeReply")

// forRelay matches "For X," opening a sentence whose X is someone who
// speaks: "For the Kremlin spokesman, the accusations are “absolutely
// unfounded”", "For Lavrov, the talks were “useful”" (a role, an unnamed
// source, or a person's name with a quotation after it), as "according to
// X" (not "For the company, the deal …", "For years, …", "For many
// residents, …").
func (an *analysis) forRelay(ui int, toks []token.Token) (relay, bool) {
	if len(toks) < 6 || toks[0].Lower != "for" || toks[0].Quote >= 0 {
		return relay{}, false
	}
	j := an.leadingPhrase(toks, 10)
	if j < 0 {
		// Without its comma, as translations write it: "For Lavrov the
		// talks were “constructive and useful”" (a name, then an article
		// opening the clause, and a quotation in it).
		for _, m := range an.units[ui].ments {
			if m.TokStart == 1 && m.Entity.Type == article.EntityPerson && m.Entity.Strong && m.TokEnd+1 < len(toks) &&
				articleWord[toks[m.TokEnd].Lower] && !toks[m.TokEnd].Cap() && hasQuote(toks[m.TokEnd:]) {
				return relay{as: 0, ae: m.TokEnd, xs: 1, xe: m.TokEnd, comma: -1, cueEnd: 1}, true
			}
		}
		return relay{}, false
	}
	head := toks[j-1]
	person := false
	for _, m := range an.units[ui].ments {
		if m.TokEnd == j && m.Entity.Type == article.EntityPerson {
			person = true
		}
	}
	if !person && (head.Cap() || pluralNoun(head.Lower) || !(an.s.lex.sources[head.Lower] == article.SourceAnonymous || an.describesPersonNoun(head.Lower))) {
		return relay{}, false // (nor many people: "For many residents, the closure came as a shock")
	}
	if person && !hasQuote(toks[j+1:]) {
		return relay{}, false // a name with the writer's words: "For Schwartz, her first byline landed on November 14"
	}
	return relay{as: 0, ae: j, xs: 1, xe: j, comma: -1, cueEnd: 1}, true
}

// perRelay matches "Per X," opening a sentence: "Per a report from
// Bloomberg, Apple is working on …", "Per the company, …", as "according
// to X" (not "Per capita, …", "Per year, …": no article or name after).
func (an *analysis) perRelay(toks []token.Token) (relay, bool) {
	if len(toks) < 6 || toks[0].Lower != "per" || toks[0].Quote >= 0 || !(articleWord[toks[1].Lower] || toks[1].Cap()) {
		return relay{}, false
	}
	j := an.leadingPhrase(toks, 14)
	if j < 0 {
		return relay{}, false
	}
	return relay{as: 0, ae: j, xs: 1, xe: j, comma: -1, cueEnd: 1}, true
}

// leadingPhrase returns the index of the comma that closes the phrase after
// a sentence's first word, within maxLen tokens, when a clause with a
// finite verb follows it ("For the Kremlin spokesman, the accusations
// are …", "Per Reuters, the deal is …"); -1 otherwise.
func (an *analysis) leadingPhrase(toks []token.Token, maxLen int) int {
	j := 1
	for j < len(toks) && j < maxLen && (toks[j].Kind == token.Word || an.isTitleDot(toks, j)) && toks[j].Quote < 0 {
		j++
	}
	if j == 1 || j >= len(toks) || toks[j].Text != "," || !hasFiniteVerb(toks[j+1:]) {
		return -1
	}
	return j
}

// possessiveSpeaker maps the possessive determiners of "In his opinion,"
// to the pronoun that names the speaker, and viewNoun are the nouns of a
// view or words such a phrase relays (data/word_classes.txt).
var (
	possessiveSpeaker = map[string]string{"his": "he", "her": "she", "their": "they"}
	viewNoun          = wordClasses.Must("viewNoun")
)

// relay is an "according to X" phrase, or one like it: "In his opinion,",
// "In the words of X,".
type relay struct {
	as, ae int // tokens from "according" to the end of X
	xs, xe int // X
	comma  int // token index of the comma before "according", or -1
	cueEnd int // the end of the phrase's own words ("According to", "In his opinion", "In the words of"); 0: as+2
}

// owns reports whether the cue c is the relay's X speaking in a relative
// clause after it: "…, according to spokeswoman Denise Kowalski, who said
// all services remained open".
// relayOpener returns how many tokens at toks[i] open a relay of what X
// says: "according to X" (2), and translated copy's "by the data of X" (4,
// Russian "по данным"); 0 when none does.
func relayOpener(toks []token.Token, i int) int {
	if toks[i].Quote >= 0 {
		return 0
	}
	if toks[i].Lower == "according" && i+2 < len(toks) && toks[i+1].Lower == "to" {
		return 2
	}
	if toks[i].Lower == "by" && i+4 < len(toks) && toks[i+1].Lower == "the" && toks[i+2].Lower == "data" && toks[i+3].Lower == "of" && toks[i+4].Cap() {
		return 4
	}
	return 0
}

// maxRelayTokens bounds "according to X" without a relative clause:
// "according to an analysis of the Deter data by the Instituto Copaíba de
// Pesquisa Ambiental" is fifteen tokens.
const maxRelayTokens = 18

func (r relay) owns(c *cue) bool {
	return !c.inverted && c.ns >= r.xs && c.ne <= r.xe && c.ne > c.ns && c.vs > r.xe
}

func (an *analysis) unit(ui int) {
	u := &an.units[ui]
	toks := u.toks
	if len(toks) > maxUnitTokens {
		toks = toks[:maxUnitTokens]
	}
	if len(toks) == 0 {
		return
	}
	if an.statedBy(ui) {
		return
	}
	an.issuing(ui, toks)
	an.disclosedThis(ui, toks)
	var relays []relay
	for i := 0; i+2 < len(toks); i++ {
		if n := relayOpener(toks, i); n > 0 {
			x := i + n // where X starts
			j := x
			xe := -1 // where a relative clause without a comma starts: "five people who worked there"
			for j < len(toks) && j-i < 24 && (toks[j].Kind == token.Word || an.isTitleDot(toks, j) || an.inBody[toks[j].Start]) && toks[j].Quote < 0 {
				if j > x && toks[j].Lower == "and" && j+1 < len(toks) && articleWord[toks[j+1].Lower] && xe < 0 {
					break // "according to the former employee and an internal email": the first source
				}
				if j > x && xe < 0 && (toks[j].Lower == "who" || toks[j].Lower == "whom") {
					xe = j
				}
				if xe < 0 && j-i >= maxRelayTokens {
					break
				}
				j++
			}
			if j > x {
				r := relay{as: i, ae: j, xs: x, xe: j, comma: -1}
				if xe > 0 {
					r.xe = xe
				}
				if i > 0 && toks[i-1].Text == "," {
					r.comma = i - 1
				}
				// "According to the Wall Street Journal, which first
				// reported the talks, the deal …", "according to five
				// people who worked there, three of whom spoke on the
				// condition of anonymity": the relative clause belongs to
				// the relay.
				if j+1 < len(toks) && toks[j].Text == "," && (toks[j+1].Lower == "which" || toks[j+1].Lower == "who" || ofWhom(toks, j+1)) {
					for k := j + 2; k < len(toks) && k-j < 16 && toks[k].Quote < 0; k++ {
						if toks[k].Text == "," {
							r.ae = k
							break
						}
					}
				}
				relays = append(relays, r)
				j = r.ae
			}
			i = j - 1
		}
	}
	// "As reported by RIA Novosti, …", "as stated by the ministry": a relay
	// like "according to".
	for i := 0; i+4 < len(toks); i++ {
		v := i + 1 // "as first reported by Bloomberg": an adverb before the participle
		if asByAdverb[toks[v].Lower] && v+4 < len(toks) {
			v++
		}
		outletFirst := outletNounWord[toks[v+1].Lower] && v+2 < len(toks) && toks[v+2].Cap() // "As reported agency Vestnik-24," (translated copy)
		if toks[i].Lower != "as" || toks[i].Quote >= 0 || !asByVerb[toks[v].Lower] || toks[v+1].Lower != "by" && toks[v+1].Lower != "in" && !outletFirst {
			continue // ("as stated in the message of the department": a document)
		}
		j := v + 2
		if outletFirst {
			j = v + 1
		}
		for j < len(toks) && j-i < 14 && toks[j].Kind == token.Word && toks[j].Quote < 0 {
			j++
		}
		if j > v+2 && (j == len(toks) || toks[j].Text == "," || sentenceEnd(toks[j])) {
			xs := v + 2
			if outletFirst {
				xs = v + 1
			}
			r := relay{as: i, ae: j, xs: xs, xe: j, comma: -1}
			if i > 0 && toks[i-1].Text == "," {
				r.comma = i - 1
			}
			relays = append(relays, r)
			i = j
		}
	}
	// "In his opinion, …", "In the words of the minister, …": a relay
	// like "according to".
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].Lower != "in" || toks[i].Quote >= 0 || i > 0 && toks[i-1].Kind == token.Word {
			continue
		}
		if possessiveSpeaker[toks[i+1].Lower] != "" && viewNoun[toks[i+2].Lower] && toks[i+3].Text == "," {
			relays = append(relays, relay{as: i, ae: i + 3, xs: i + 1, xe: i + 2, comma: -1, cueEnd: i + 3})
			continue
		}
		if toks[i+1].Lower == "the" && viewNoun[toks[i+2].Lower] && toks[i+3].Lower == "of" {
			j := i + 4
			for j < len(toks) && j-i < 14 && toks[j].Kind == token.Word && toks[j].Quote < 0 {
				j++
			}
			if j > i+4 && j < len(toks) && toks[j].Text == "," {
				relays = append(relays, relay{as: i, ae: j, xs: i + 4, xe: j, comma: -1, cueEnd: i + 4})
			}
		}
	}
	if r, ok := an.forRelay(ui, toks); ok {
		relays = append(relays, r)
	}
	if r, ok := an.perRelay(toks); ok {
		relays = append(relays, r)
	}
	inRelay := func(i int) bool {
		for _, r := range relays {
			if i >= r.as && i < r.ae {
				return true
			}
		}
		return false
	}
	// Cues.
	var cues []cue
	for i := 0; i < len(toks); i++ {
		if inRelay(i) {
			continue
		}
		if len(cues) == 0 {
			if c, ok := an.passiveAgent(toks, i); ok {
				// "Staff were told by the company that the site would
				// close": the agent after "by" said it.
				cues = append(cues, c)
				i = c.ve - 1
				continue
			}
		}
		if c, ok := an.replyCue(toks, i); ok {
			// "“Absolutely not,” was the minister's reply."
			cues = append(cues, c)
			i = c.ve - 1
			continue
		}
		v, ok := an.verbAt(toks, i)
		if !ok {
			continue
		}
		if modalBefore(toks, i) {
			continue // "would respond", "to share": not a report of speech
		}
		if i+1 < len(toks) && toks[i+1].Lower == "not" && toks[i].Lower == "asked" {
			continue // "who asked not to be named": a condition, not speech
		}
		if i > 0 && strings.HasSuffix(toks[i].Lower, "s") && !strings.HasSuffix(toks[i].Lower, "ss") && toks[i-1].Quote < 0 &&
			(nounBeforePlural[toks[i-1].Lower] || isNumber(toks[i-1].Text)) {
			continue // "several Gulf states", "EU member states", "two statements": a plural noun, not "states that"
		}
		c := cue{vs: i, ve: i + len(v.words), v: v, ns: -1, ne: -1}
		if v.that {
			// A verb that reports only with "that" after it ("Many experts
			// believe that …") is no cue without: "told King she believes
			// the stakes are higher" is the report of "told".
			if k := pastTime(toks, c.ve, len(toks)); k >= len(toks) || toks[k].Lower != "that" || toks[k].Quote >= 0 {
				continue
			}
		}
		if v.gerund {
			// "recommended speaking to a GP", "recommends that …"; not
			// "recommended the policy after a pilot".
			if k := pastTime(toks, c.ve, len(toks)); k < len(toks) && toks[k].Kind == token.Word && toks[k].Quote < 0 && toks[k].Lower != "that" &&
				!(strings.HasSuffix(toks[k].Lower, "ing") && !toks[k].Cap()) {
				continue
			}
		}
		if strings.HasPrefix(v.words[0], "add") && countsAfter(toks, c.ve) {
			continue // "added 12 points": a tally
		}
		withSubject := false
		if v.ing && i > 0 && (toks[i-1].Text == "," || toks[i-1].Lower == "while" || toks[i-1].Lower == "before" || quotedAs(toks, i)) {
			c.participle = true
		} else if v.ing && progressive(toks, i) {
			// "Officials are warning that …", "The utility is advising
			// customers to …": a finite verb, its subject before "be"
			// (not "is recalling", a product recall).
			if strings.HasPrefix(v.words[0], "recall") {
				continue
			}
		} else if v.ing {
			// "…, with governor Andrew Bailey saying it was “too early”":
			// the participle's own subject after "with".
			if ns, _ := an.leftNP(toks, i); ns >= 1 && toks[ns-1].Lower == "with" {
				withSubject = true
				// (at the sentence's start, or after an adverb and its
				// comma: "Still, with companies promising …, it's worth …")
				c.withOpener = ns == 1 || ns >= 3 && ns <= 4 && toks[ns-2].Text == "," && toks[ns-3].Kind == token.Word
			} else {
				continue
			}
		}
		if !c.participle {
			ns, ne := an.leftNP(toks, i)
			if prev := len(cues) - 1; ns < 0 && i > 0 && toks[i-1].Lower == "and" && coordVerb[toks[i].Lower] && prev >= 0 && !cues[prev].participle &&
				!cues[prev].inverted && !cues[prev].coord && cues[prev].ns >= 0 && !hasSentenceEnd(toks[cues[prev].ve:i]) {
				// "he described seeing one rape and said the assailants
				// were …": the subject of the verb before "and"; what was
				// said follows the verb (see speakerStart).
				ns, ne = cues[prev].ns, cues[prev].ne
				c.coord = true
			}
			if ns < 0 {
				ns, ne = an.subjectBeforeDashes(toks, i)
			}
			if ns >= 2 && toks[ne-1].Cap() {
				ns = an.groupBeforePlaces(toks, ns)
			}
			if ns < 0 || !withSubject && an.placeOnly(toks, ns, ne) {
				// (Not a possessive, whose noun comes after it: "said the
				// UK's “stagnating” economy was …"; but "said McDonald's".)
				if rs, re := an.invertedNP(ui, toks, c.ve); rs >= 0 && an.mayInvert(toks, i, v, ns >= 0) && endsSpeaker(toks, knowledgeTail(toks, re)) &&
					(ns < 0 || an.describesPerson(toks, rs, re)) && !(isPossessive(toks[re-1].Lower) && !an.possessiveName(toks[re-1])) {
					ns, ne = rs, knowledgeTail(toks, re) // ("said one source familiar with the matter")
					c.inverted = true
				}
			}
			// ("It said …, and urged …": the "it" of the verb before, which
			// spoke.)
			sharedIt := len(cues) > 0 && cues[len(cues)-1].ns == ns && !hasSentenceEnd(toks[cues[len(cues)-1].ve:i])
			if ns < 0 || itSubject(toks, ns, ne) && !sharedIt && !itSpeaks(toks, ns, i, v, ns > 0 && an.isVerb(toks, ns-1)) {
				continue
			}
			if !c.inverted && ns >= 2 && strings.HasSuffix(toks[i].Lower, "ed") && (toks[ns-1].Lower == "in" || toks[ns-1].Lower == "on") && an.isVerb(toks, ns-2) {
				continue // "The agency said in documents posted on its website that": the participle describes the medium
			}
			if !c.inverted && askedAbout(toks, ns) {
				continue // "What did the man say to his daughter?": a question about a report
			}
			if v.colon && !colonCue(toks, c.ve, ns) && !(c.inverted && colonCue(toks, len(toks), c.vs)) {
				continue // "continue to seek": not a cue
			}
			if asOnly[v.words[0]] && (c.inverted || ns == 0 || toks[ns-1].Lower != "as") && (c.inverted || an.putItColon(toks, c.ve) < 0) {
				continue // "as one analyst put it, …"; not "he put it on the table"
			}
			if v.doc && (c.inverted || !an.documentNP(toks, ns, ne) && !itSubject(toks, ns, ne)) {
				continue // "The video shows", "Smith showed reporters": no claim
			}
			if v.doc && prepObject(toks, ns) {
				continue // a preposition's object: "the documentation on the stunnel page shows"
			}
			if v.court && (c.inverted || !courtSubject(toks, ns, ne)) {
				continue // "She heard that …", "She held that view": no report
			}
			if !c.inverted && ne-ns >= 2 && toks[ns].Lower == "that" && ns > 0 && an.isVerb(toks, ns-1) {
				ns++ // "said that doctors told him": "that" joins the report, not the speaker
			}
			c.ns, c.ne = ns, ne
			k := i - 1
			for k > 0 && an.s.lex.adverbs[toks[k].Lower] && toks[k].Quote < 0 {
				k--
			}
			// (Only a relative clause inside the sentence's subject closes at
			// a comma: "Jones, who said the plan would fail, voted …"; at the
			// end of a sentence it runs to the end: "…, who claimed that A,
			// and that B.")
			c.relative = !c.inverted && ns == 0 && k > 0 && (toks[k].Lower == "which" || toks[k].Lower == "who") && toks[k-1].Text == ","
			if !c.inverted && ns >= 2 && (toks[ns-1].Lower == "which" || toks[ns-1].Lower == "who" || toks[ns-1].Lower == "whom") && toks[ns-2].Text == "," &&
				c.ve < len(toks) && (finiteAux[toks[c.ve].Lower] || toks[ns-1].Lower == "which" && ns > 2 && commaBeforeEnd(toks, c.ve)) {
				// "The plan, which officials said would cost $5 billion,
				// was approved": the relative clause's gap is what was
				// said, up to its comma; so is its object's ("On her
				// feed, which the Times has since said it is reviewing,
				// Schwartz liked …").
				c.relative = true
			}
			if k > 0 && toks[k].Lower == "who" && toks[k-1].Text != "," && c.ve < len(toks) && toks[c.ve].Lower == "to" {
				continue // "a boy who claims to be a girl": who he is said to be, not a report
			}
		}
		cues = append(cues, c)
		i = c.ve - 1
	}
	// Resolve speakers in order.
	for k := range cues {
		c := &cues[k]
		if c.participle {
			if ns, ne, k := quotedObject(toks, c.vs); ns >= 0 {
				// "RIA news agency quoted Kremlin spokesman Dmitry Peskov
				// as saying …": Peskov's words, relayed by RIA.
				if c.sp = an.resolve(ui, toks, ns, ne, -1); c.sp != nil {
					if ss, se, _ := an.mainSubject(toks, k); ss >= 0 && se <= k {
						if r := an.resolve(ui, toks, ss, se, relayed); r != nil {
							c.via = r.name
						}
					}
				}
				continue
			}
			// (The cue before only in the same sentence: "Lowe wrote that
			// …. Her colleague Tom Dyer disagreed, posting that …" is
			// Dyer's.)
			if k > 0 && cues[k-1].sp != nil && !hasSentenceEnd(toks[cues[k-1].ve:c.vs]) && !cues[k-1].relative {
				c.sp = cues[k-1].sp
			} else if ns, ne, past := an.mainSubject(toks, c.vs); ns >= 0 && (!past || hasQuote(toks[c.ve:])) {
				c.sp = an.resolve(ui, toks, ns, ne, -1)
				if p := an.appositiveName(ui, toks, ne, c.vs); p != nil && c.sp != nil && c.sp.ent == nil {
					c.sp = an.personSrc(p, c.sp.mention) // "the PDP's state chairman, Hon. Samuel Idakwo, rejected …, alleging"
				}
			} else if ns, ne := an.subjectAfterOpeners(toks, c.vs); ns >= 0 && hasQuote(toks[c.ve:]) {
				// "However, late Wednesday, Hunter Biden's attorney Abbe
				// Lowell seemed to cast doubt on that, saying …“…”" (with a
				// quotation: "…, while adding more displays" says nothing).
				c.sp = an.resolve(ui, toks, ns, ne, -1)
			}
		} else if c.v.doc && itSubject(toks, c.ns, c.ne) {
			// With a verb only documents speak with, "it" is a document
			// ("“…,” it read").
			c.sp = an.docIt(ui, article.Span{Text: toks[c.ns].Text, Start: toks[c.ns].Start, End: toks[c.ns].End})
		} else if p := k - 1; p >= 0 && cues[p].sp != nil && !c.inverted && !cues[p].inverted && c.vs > 0 &&
			(toks[c.vs-1].Lower == "and" || toks[c.vs-1].Lower == "but") && c.ns >= 0 && c.ne <= cues[p].vs &&
			(c.ns >= cues[p].ns || descriptionRun(toks, c.ne, cues[p].ns) || toks[c.ne].Text == "," && c.ne+1 == cues[p].ns) {
			// (or the description the verb before's speaker is in
			// apposition to: "Harrowgate’s chief executive, Philippa
			// Dunmore, …, said … but insisted")
			// "Dr Jane Doe, associate director at the foundation, who was
			// not involved, said the results were encouraging but
			// cautioned that …": the speaker of the verb before, however
			// much of the description the second verb reached back to.
			c.sp = cues[p].sp
		} else {
			c.sp = an.resolve(ui, toks, c.ns, c.ne, c.ve)
			if cited := an.citedSource(ui, toks, c); cited != nil {
				// "Kestpress, citing a senior military source, said …":
				// the source's words, relayed by the subject.
				c.via = an.text[toks[c.ns].Start:toks[c.ne-1].End]
				if c.sp != nil {
					c.via = c.sp.name
				}
				c.sp = cited
			}
			if c.sp != nil && replyNoun[c.v.words[0]] {
				c.sp = withoutPossessive(c.sp) // "the minister's reply": the minister
			}
			if c.sp != nil && c.v.doc && c.sp.typ == article.SourceMedia {
				// "USDA reports showed": the reports, documents
				sp := *c.sp
				sp.typ = article.SourceDocument
				c.sp = &sp
			}
			if c.sp == nil && c.ne == c.ns+1 && (toks[c.ns].Lower == "i" || toks[c.ns].Lower == "we") {
				an.firstPerson(toks, c)
			}
		}
	}
	kept := cues[:0]
	for _, c := range cues {
		if c.sp == nil {
			continue
		}
		// "Jeremy Hunt said the figures showed the economy was …": what
		// the figures show is the speaker's claim, not a report of its own.
		if n := len(kept); n > 0 && c.v.doc && !c.inverted && !kept[n-1].inverted && !kept[n-1].participle {
			a := pastTime(toks, kept[n-1].ve, len(toks)) // (past a time: "said this week that modelling showed")
			if c.ns == a || c.ns == a+1 && toks[a].Lower == "that" {
				continue
			}
			// (past the one told: "told the court the records showed that")
			if p := &kept[n-1]; p.v.obj && c.ns > p.ve && !hasQuote(toks[p.ve:c.ns]) {
				if rs, re := an.rightNP(toks, p.ve); rs == p.ve && re-rs <= 4 && (c.ns == re || c.ns == re+1 && toks[re].Lower == "that") {
					continue
				}
			}
		}
		// "The minister said the review found no evidence", "Rae said her
		// brainwashing meant she found it hard to trust anyone": a verb
		// whose content needs "that" or a quotation, with neither after it,
		// is part of what was said.
		if n := len(kept); n > 0 && c.v.about && !c.v.obj && !c.inverted && !c.participle && !kept[n-1].inverted &&
			!kept[n-1].participle && c.ns >= kept[n-1].ve && !hasSentenceEnd(toks[kept[n-1].ve:c.ns]) && !contentMarkAfter(toks, c.ve) {
			continue
		}
		// "a Democrat who said that, while “…,” many Michiganders believe
		// that “…”": a belief inside what was said is part of it.
		if n := len(kept); n > 0 && c.v.that && !c.inverted && c.ns >= kept[n-1].ve && !hasSentenceEnd(toks[kept[n-1].ve:c.ns]) &&
			(!kept[n-1].inverted && !kept[n-1].participle || saidThatBefore(toks, kept[n-1].ve, c.ns)) {
			continue
		}
		// "Lavrov recalled that Russia had repeatedly warned about the
		// consequences": a verb with a topic after it ("about", "of") and
		// no quotation reports nothing of its own inside what was said.
		if n := len(kept); n > 0 && !c.inverted && !c.participle && !kept[n-1].inverted && !kept[n-1].participle &&
			c.ns >= kept[n-1].ve && !hasSentenceEnd(toks[kept[n-1].ve:c.ns]) && c.ve < len(toks) && toks[c.ve].Quote < 0 &&
			(toks[c.ve].Lower == "about" || toks[c.ve].Lower == "of") && !hasQuote(toks[c.ve:]) {
			continue
		}
		// "The Ledger said a ransomware group had claimed responsibility": a
		// verb that reports only a clause, with an object instead, opening
		// what was said is part of it.
		if n := len(kept); n > 0 && c.v.clause && !c.inverted && !c.participle && !kept[n-1].inverted && !kept[n-1].participle &&
			subjectOpens(toks, kept[n-1].ve, c.ns) && c.ve < len(toks) && toks[c.ve].Kind == token.Word &&
			toks[c.ve].Quote < 0 && toks[c.ve].Lower != "that" && (!clauseBeforeBreak(toks, pastTime(toks, c.ve, len(toks)), len(toks)) || addedTo(toks, &c)) {
			continue
		}
		// "Janet, who asked that her surname not be used, said": a request
		// for anonymity reports nothing.
		if (strings.HasPrefix(c.v.words[0], "ask") || strings.HasPrefix(c.v.words[0], "request")) && anonymityRequest(toks, c.ve) {
			continue
		}
		// "Lavrov noted that the American side has promised to give written
		// answers": a promise to act inside what was said is part of it.
		if n := len(kept); n > 0 && !c.inverted && !c.participle && !kept[n-1].inverted && !kept[n-1].participle &&
			c.ns >= kept[n-1].ve && !hasSentenceEnd(toks[kept[n-1].ve:c.ns]) && c.ve+1 < len(toks) && toks[c.ve].Lower == "to" &&
			toks[c.ve].Quote < 0 && toks[c.ve+1].Kind == token.Word && !toks[c.ve+1].Cap() && !pluralNoun(toks[c.ve+1].Lower) &&
			!an.isDet(toks[c.ve+1].Lower) && !possessivePronoun[toks[c.ve+1].Lower] && !hasQuote(toks[c.ve:]) {
			continue // (not "she admits to nerves")
		}
		// "Schwartz said in the interview that, since the Times insisted on
		// two sources, she asked …": a report inside a subordinate clause
		// that opens what was said belongs to it.
		if n := len(kept); n > 0 && !c.inverted && !kept[n-1].inverted && !kept[n-1].participle && c.ns > kept[n-1].ve &&
			thatThenSubordinate(toks, kept[n-1].ve, c.ns) {
			continue
		}
		kept = append(kept, c)
	}
	cues = an.trailingOutlet(ui, toks, kept)
	// Content spans.
	// (No dateline is what was said.)
	clauseStart := an.wireDatelineEnd(toks, 0, len(toks))
	starts := make([]int, len(cues)) // clauseStart as each cue's turn came
	for k := range cues {
		c := &cues[k]
		starts[k] = clauseStart
		if c.sp == nil {
			continue
		}
		limit := len(toks)
		nested := k+1 < len(cues) && an.nestedReport(toks, c, &cues[k+1])
		if nested {
			// "He said his doctor told him to rest": the other report is
			// what he said; it ends where that report's words end.
			if k+2 < len(cues) {
				limit = cueLimit(toks, &cues[k+1], &cues[k+2])
			}
		} else if k+1 < len(cues) {
			limit = cueLimit(toks, c, &cues[k+1])
		}
		if c.stop > 0 && c.stop < limit {
			limit = c.stop
		}
		for _, r := range relays {
			if r.as > c.ve && r.as < limit {
				limit = r.as
				if r.comma >= 0 {
					limit = r.comma
				}
			}
		}
		// A relative clause ends at its comma: "According to the Wall Street
		// Journal, which first reported the talks, the deal could …"; so
		// does an opening "with" phrase: "With the governor saying the
		// state would reopen schools, parents began to plan …".
		restrictive := an.restrictiveReport(toks, c)
		if c.relative || c.withOpener || restrictive {
			for j := c.ve; j < limit; j++ {
				if toks[j].Text == "," && toks[j].Quote < 0 {
					limit = j
					break
				}
			}
		}
		if restrictive {
			// "The man who police said was armed fled on foot": the main
			// clause's verb after the relative's ends it.
			for j := c.ve; j+1 < limit; j++ {
				if toks[j].Quote < 0 && toks[j+1].Quote < 0 && finiteAux[toks[j].Lower] && pastLike(toks[j+1].Lower) {
					for k := j + 2; k < limit && k <= j+3; k++ {
						if toks[k].Quote < 0 && pastLike(toks[k].Lower) && !toks[k].Cap() {
							limit = k
							break
						}
						if toks[k].Kind != token.Word || !strings.HasSuffix(toks[k].Lower, "ly") {
							break
						}
					}
					break
				}
			}
		}
		// Others' view after "while" closes what was said: "Dan Ives called
		// the launch “a defining moment”, while others questioned …".
		for j := c.ve + 1; j+1 < limit; j++ {
			if t := toks[j]; t.Quote < 0 && (t.Lower == "while" || t.Lower == "whereas") && toks[j-1].Text == "," && toks[j-1].Quote < 0 &&
				(otherView[toks[j+1].Lower] || an.s.lex.sources[toks[j+1].Lower] == article.SourceAnonymous && pluralNoun(toks[j+1].Lower)) {
				limit = j - 1
				break
			}
		}
		// A semicolon closes what was said: "Kyiv said Russian forces had
		// launched 40 drones; Moscow did not comment."
		for j := c.ve; j < limit; j++ {
			if toks[j].Text == ";" && toks[j].Quote < 0 {
				if j == c.ve || j+1 < limit && toks[j+1].Quote >= 0 {
					break // "he added; “…”": a semicolon for a colon
				}
				limit = j
				break
			}
		}
		// A quotation after the verb that ends in a comma, then a new
		// clause, closes what was said: "while declaring he “will not …,”
		// social media users alleged …", "calling her “scary skinny,” for
		// instance, she has proved …".
		for j := c.ve + 1; j+1 < limit; j++ {
			q := toks[j].Quote
			if q < 0 || toks[j+1].Quote == q || toks[j-1].Quote != q {
				continue
			}
			n := j + 1
			if toks[j-1].Text != "," {
				if toks[n].Text != "," {
					continue
				}
				n++
			}
			if n < limit && toks[n].Kind == token.Word && toks[n].Quote < 0 && an.newReport(toks[n:limit]) {
				switch toks[n].Lower {
				case "and", "or", "but", "adding", "saying":
				default:
					limit = j + 1
				}
			}
			break
		}
		// A comma before a past-tense verb closes the clause: "X, who
		// warned of sanctions, challenged Y".
		for j := c.ve; j+1 < limit; j++ {
			if j == c.ve && !c.inverted && c.ns > 0 && toks[c.ns-1].Text == "," {
				continue // a parenthetical cue: "The suspect, police said, fled on foot"
			}
			if toks[j].Text == "," && toks[j].Quote < 0 && toks[j+1].Kind == token.Word && !toks[j+1].Cap() &&
				strings.HasSuffix(toks[j+1].Lower, "ed") && toks[j+1].Quote < 0 && !parentheticalParticiple(toks, j, limit) &&
				!andThat(toks, j+2, limit) { // (not an appositive the report goes on after: "on chuno, freeze-dried potatoes …, and that")
				limit = j
				break
			}
			// "…how he has “million dollar houses,” forgetting that": a
			// participle after a quotation that ends in a comma.
			if j > c.ve+1 && toks[j].Kind == token.Mark && toks[j-1].Text == "," && toks[j+1].Kind == token.Word &&
				!toks[j+1].Cap() && toks[j+1].Quote < 0 && (strings.HasSuffix(toks[j+1].Lower, "ing") || strings.HasSuffix(toks[j+1].Lower, "ed")) {
				limit = j + 1
				break
			}
		}
		after := c.ve
		if c.v.obj && !(after < limit && toks[after].Lower == "that") { // ("urged that the talks resume": no addressee)
			if _, ne := an.rightNP(toks, after); ne > 0 {
				if !(ne < limit && (toks[ne].Lower == "of" || toks[ne].Lower == "for")) {
					after = ne // ("accused X of …", "blamed X for …": the object is part of the charge)
				}
				if after+2 < limit && toks[after].Text == "(" && toks[after+2].Text == ")" && toks[after+1].Cap() && toks[after+1].Quote < 0 {
					after += 3 // and its acronym: "called on the Minerals Commission (Mincom) to publish …"
				}
			} else {
				// "told reporters, “…”", "told New York magazine: “…”", "told
				// the crowd at the O2 Arena: “…”": an addressee of a few
				// words before a quotation.
				for k := c.ve; k < limit && k-c.ve < 10; k++ {
					t := toks[k]
					if (t.Text == "," || t.Text == ":") && k > c.ve && k+1 < limit && toks[k+1].Kind == token.Mark {
						after = k
						break
					}
					if t.Kind != token.Word || t.Quote >= 0 || t.Lower == "that" || t.Lower == "to" || t.Lower == "about" {
						break
					}
				}
			}
		}
		that, relThat := -1, false
		// A verb whose content follows it directly ("saying Hamas built the
		// facility … and the government firing back that …") owns no later
		// "that"; one with an adjunct first ("said on Tuesday in a
		// statement that") or an object ("told reporters that", "called
		// the plan … that") may.
		searchThat := c.v.about || c.v.obj || after < limit && adjunctStart(toks[after]) && !timeSubject(toks, after, limit) && !approxNumber(toks, after, limit) ||
			an.addresseeThat(toks, c, after, limit)
		for j := after; !c.inverted && j < limit && j-after < 40; j++ { // ("“…,” reads a post that …": the quotation)
			if toks[j].Quote >= 0 {
				if j > after && toks[after].Quote < 0 && (j+1 >= limit || toks[j+1].Quote != toks[j].Quote) &&
					(toks[j-1].Text == "," || j+1 < limit && toks[j+1].Text == ",") {
					// "calling her “scary skinny,” for instance, she has
					// proved that …": the words quoted about the object
					// close what was said; a later "that" is another
					// clause's.
					break
				}
				continue
			}
			if toks[j].Lower == "that" && j-3 >= after && toks[j-3].Text == "," && (toks[j-2].Lower == "a" || toks[j-2].Lower == "an") &&
				toks[j-1].Kind == token.Word && !toks[j-1].Cap() {
				// "…, a claim that could not be verified": the reporter's
				// appositive with a relative clause ends what was said.
				limit = j - 3
				break
			}
			if toks[j].Text == "," && j >= after && toks[j].Quote < 0 {
				// "…, diplomats said, in a move that Tehran condemned as
				// “illegal”", "…, the chief executive said, a decision the
				// union called “a betrayal”": the reporter's own note on
				// the event ends what was said.
				k := j + 1
				if k < limit && toks[k].Lower == "in" {
					k++
				}
				if k+1 < limit && (toks[k].Lower == "a" || toks[k].Lower == "an") && eventAppositive[toks[k+1].Lower] && toks[k+1].Quote < 0 {
					// (Words quoted in the note are someone else's: not
					// the speaker's.)
					for _, t := range toks[j:limit] {
						if t.Quote >= 0 {
							an.covered[t.Quote] = true
						}
					}
					limit = j
					break
				}
			}
			if isDash(toks[:limit], j) && j+3 <= limit && j+3 < len(toks) && (toks[j+1].Lower == "a" || toks[j+1].Lower == "an") &&
				toks[j+2].Kind == token.Word && !toks[j+2].Cap() && toks[j+3].Lower == "that" {
				limit = j // the same after a dash: "… — a declaration that …"
				break
			}
			if toks[j].Lower == "that" && !c.v.obj && j == after+2 && (toks[after].Lower == "a" || toks[after].Lower == "an") &&
				toks[j-1].Kind == token.Word && !toks[j-1].Cap() && !timeWord[toks[j-1].Lower] {
				break // "has found a loophole that banks …": a relative clause on the object, not what was found
			}
			if toks[j].Lower == "that" && j > after && j+2 < limit && toks[j-1].Kind == token.Word && toks[j-1].Quote < 0 && toks[j+1].Kind == token.Word &&
				toks[j+1].Quote < 0 && !toks[j+1].Cap() && pastLike(toks[j+1].Lower) && !finiteAux[toks[j+1].Lower] && !an.isVerb(toks, j+1) &&
				!timeWord[toks[j-1].Lower] && !auxAfterNoun(toks, j+2, limit) {
				// (Not after a time, "said on Sunday that delayed payments
				// had …", nor a participle before a noun and its verb:
				// "said in a statement that recorded burglaries in Salford
				// had fallen".)
				relThat = true
				break // "an interview with Politico Playbook that published around 5:30 a.m.": a relative clause, no report
			}
			if toks[j].Lower == "that" && !(j > after && toks[j-1].Kind == token.Word && thatDemonstrativeAfter[toks[j-1].Lower]) {
				if searchThat || j == after {
					that = j
				}
				break
			}
			if toks[j].Text == "." || toks[j].Text == ";" || toks[j].Lower == "but" || toks[j].Lower == "while" ||
				toks[j].Lower == "whereas" || isDash(toks[:limit], j) {
				break // ("he added -- a move that …": the dash ends what was said)
			}
			if toks[j].Lower == "to" && (j > after || after > c.ve) && j-after <= 3 && j+1 < limit && toks[j+1].Kind == token.Word && !toks[j+1].Cap() &&
				toks[j+1].Quote < 0 && !articleWord[toks[j+1].Lower] && len(an.s.lex.verbs[toks[j+1].Lower]) == 0 && !pluralNoun(toks[j+1].Lower) {
				// "calls on ministers to tackle the threat posed by groups
				// that …": a call to act; a "that" further on is a relative
				// (not after a verb of saying: "writing to the court to
				// point out that …"; nor an addressee: "wrote in a note to
				// clients that …").
				break
			}
			if j > after && toks[j].Kind == token.Word && !toks[j].Cap() &&
				(strings.HasSuffix(toks[j].Lower, "ed") || strings.HasSuffix(toks[j].Lower, "ing")) &&
				(toks[j-1].Text == "," || j-2 >= after && toks[j-1].Kind == token.Mark && toks[j-2].Text == ",") && !citingWord[toks[j].Lower] {
				break // "..., challenged Mr Lavrov over his assertion that", "…,” forgetting that"; not "…, citing three sources, that"
			}
		}
		for j := after + 1; !c.inverted && j < limit; j++ {
			t := toks[j]
			if (isDash(toks[:limit], j) || t.Text == "," || t.Text == "-" && t.Start > 0 && an.text[t.Start-1] == ' ') && t.Quote < 0 && glossAfter(toks, j+1, limit) {
				// "95 others were “lost” - a reference to electronic
				// warfare …": the reporter's gloss ends what was said.
				limit = j
				break
			}
		}
		speakerStart := c.ns
		if c.inverted || c.participle || c.coord || c.passive {
			speakerStart = c.vs
			if c.participle || c.coord {
				speakerStart = c.vs - 1
			}
		}
		beforeStart := clauseStart
		if k > 0 && an.embeddedReport(toks, &cues[k-1], c, starts[k-1], speakerStart, after, limit) {
			// "Officers were called after a woman reported that a man had
			// threatened her, police said in a news release": the report
			// before is part of what the police said.
			beforeStart = starts[k-1]
		}
		for _, r := range relays {
			if r.ae <= speakerStart && r.ae > beforeStart && (r.comma < 0 || r.comma < beforeStart || r.as == beforeStart) {
				beforeStart = r.ae
			}
		}
		beforeWords := countWords(toks[beforeStart:max(beforeStart, speakerStart)])
		beforeQuoted := hasQuote(toks[beforeStart:max(beforeStart, speakerStart)])
		if c.coord {
			beforeWords, beforeQuoted = 0, false // what precedes "and" is the first verb's
		}
		if !beforeQuoted && !c.inverted && speakerStart > beforeStart+1 && toks[speakerStart-1].Text == "," {
			// "Italy’s prime minister, Giorgia Meloni, said": what precedes
			// the speaker is its apposition, not its words.
			// With a clause before it, that clause is what was said:
			// "Inflation will fall, the Bank of England's governor, Andrew
			// Bailey, said".
			if ns, _ := an.npEndingAt(toks, speakerStart-1); ns >= 0 && (ns == beforeStart || toks[ns-1].Kind == token.Punct) &&
				!(ns == beforeStart && an.verbAfterSubject(toks, ns, speakerStart-1)) { // ("The man fabricated records, police said": a clause)
				if ns > beforeStart+1 && toks[ns-1].Text == "," && countWords(toks[beforeStart:ns-1]) >= 3 && hasFiniteVerb(toks[beforeStart:ns-1]) {
					speakerStart = ns
					beforeWords = countWords(toks[beforeStart:ns])
				} else {
					beforeWords = 0
				}
			}
		}
		if c.v.obj && after > c.ve {
			// "told Page Six: “…”": the rest of an addressee's name the
			// noun phrase stopped short of.
			k := after
			for k < limit && k-after < 3 && toks[k].Cap() && toks[k].Quote < 0 {
				k++
			}
			if k > after && k+1 < limit && (toks[k].Text == ":" || toks[k].Text == ",") && toks[k+1].Kind == token.Mark {
				after = k
			}
		}
		if !c.v.obj && !c.inverted && after == c.ve && after < limit && toks[after].Cap() {
			// "The letter warns Mr Johnson: ‘…’": the one warned, then
			// the words.
			k := after
			for k < limit && k-after < 4 && toks[k].Cap() && toks[k].Quote < 0 {
				k++
			}
			if k+1 < limit && toks[k].Text == ":" && toks[k+1].Kind == token.Mark {
				after = k
			}
		}
		if k := an.putItColon(toks, c.ve); !c.inverted && after == c.ve && asOnly[c.v.words[0]] && k >= 0 && k < limit {
			after = k // "put it more simply: “…”": the words after the colon
		}
		quoteAfter := after < limit && (toks[after].Kind == token.Mark || toks[after].Text == ":" && after+1 < limit && toks[after+1].Quote >= 0)
		if !quoteAfter && after+1 < limit && toks[after].Text == "," && toks[after].Quote < 0 && toks[after+1].Kind == token.Mark {
			// "told The Intercept, “…”", "said, “…”".
			quoteAfter = true
			after++
		}
		if !quoteAfter && after < limit && toks[after].Kind == token.Word && adjunctStart(toks[after]) && toks[after].Lower != "that" && toks[after].Quote < 0 {
			// "saying in a statement, “…”", "said on Twitter: “…”", "said
			// after the hearing: “…”".
			for k := after + 1; k+1 < limit && k-after < 7 && toks[k].Quote < 0; k++ {
				if (toks[k].Text == "," || toks[k].Text == ":") && toks[k+1].Kind == token.Mark {
					quoteAfter = true
					after = k + 1
					break
				}
				if toks[k].Kind != token.Word {
					break
				}
			}
		}
		afterWeak := after >= limit || countWords(toks[after:limit]) < 3 ||
			!hasQuote(toks[after:limit]) && (toks[after].Text == "," || weakAfter[toks[after].Lower] ||
				asClauseAfter(toks, c, after, limit)) // ("said Monday as his trial opened")
		// "At some story meetings, Schwartz said …", "At one point, while
		// we were talking, RuPaul mentioned …": words that set the scene
		// before the speaker are not what was said.
		// (A title in quotation marks may stand in it: "In an interview
		// with CNN's “State of the Union” on Sunday, Barrasso said …".)
		sceneSetting := (!beforeQuoted || scenePreposition[toks[beforeStart].Lower] && an.onlyTitlesQuoted(toks, beforeStart, speakerStart)) &&
			beforeWords > 0 && speakerStart > 0 && toks[speakerStart-1].Text == "," &&
			(scenePreposition[toks[beforeStart].Lower] || subordinate(toks, beforeStart) || clauseAdverbial[toks[beforeStart].Lower] ||
				participlePhrase(toks, beforeStart, speakerStart))
		if beforeWords > 0 && speakerStart > 0 && toks[speakerStart-1].Text == "," && topicPreposition[toks[beforeStart].Lower] {
			// "Regarding the infamous “10 held by H for the big guy?”
			// email, the source said …": the topic, quoted title and all,
			// is not what was said.
			sceneSetting = true
			for _, t := range toks[beforeStart:speakerStart] {
				if t.Quote >= 0 {
					an.covered[t.Quote] = true
				}
			}
		}
		zt := -1
		if c.v.obj && that < 0 {
			zt = zeroThatAfter(toks, c.ve, limit)
			if zt < 0 {
				zt = programmeAddressee(toks, c.ve, limit)
			}
		}
		zeroFirst := false
		if that > after && !c.inverted {
			// "said they were collecting materials that would confirm …":
			// a clause without "that" opens the content, and the "that"
			// further on belongs to it.
			if !c.v.obj && clauseOpens(toks, after, that) {
				zeroFirst, that = true, -1
			} else if c.v.obj {
				if k := zeroThatAfter(toks, c.ve, that); k >= 0 {
					zt, that = k, -1
				}
			}
		}
		asStart := -1 // "As the ministry told TASS, the documents are ready"
		if that < 0 {
			asStart = asLeadContent(toks, c, limit)
		}
		switch {
		case zeroFirst:
			c.cs, c.ce = after, limit
		case !c.inverted && !c.participle && parentheticalCue(toks, beforeStart, speakerStart, c.ve, limit):
			// "A single veterinarian, the report said, was tasked with …":
			// the sentence the cue interrupts.
			c.cs, c.ce = beforeStart, limit
		case asStart >= 0:
			c.cs, c.ce = asStart, limit
		case that >= 0:
			c.cs, c.ce = that+1, limit
		case c.inverted && beforeWords < 3 && !beforeQuoted && quoteAfterSpeaker(toks, c.ne, limit) >= 0:
			// "This year, says Andy Levin, “I don’t think …”": the words
			// before are an adverbial, the quotation after is what he said.
			c.cs, c.ce = quoteAfterSpeaker(toks, c.ne, limit), limit
		case c.inverted && beforeWords < 3 && !beforeQuoted && clauseAfterSpeaker(toks, c.ne, limit) >= 0:
			// "Currently, said Dr. Al-Kahlot, the director of the
			// hospital, there are 70 children …": an adverbial before, the
			// clause after the speaker and his description is what he said.
			c.cs, c.ce = clauseAfterSpeaker(toks, c.ne, limit), limit
		case c.inverted:
			c.cs, c.ce = beforeStart, c.vs
		case (beforeWords >= 3 || beforeWords == 2 && allQuoted(toks[beforeStart:speakerStart])) && endsClause(toks, speakerStart) &&
			(beforeQuoted || afterWeak) && !putTo(toks, beforeStart) && !sceneSetting &&
			!(subordinate(toks, beforeStart) && after < limit && countWords(toks[after:limit]) >= 3):
			c.cs, c.ce = beforeStart, speakerStart
		case quoteAfter && !(c.v.obj && after == c.ve && an.titleQuoted(toks, after)):
			c.cs, c.ce = after, limit
		case c.v.court && courtClause(toks, after, limit):
			// "The court heard Hughes sent hundreds of messages": what the
			// court heard, without "that".
			c.cs, c.ce = after, limit
		case !c.v.about && after < limit && (countWords(toks[after:limit]) >= 3 || countWords(toks[after:limit]) == 2 && finiteAux[toks[after].Lower] && (relativeBefore(toks, c.ns, c.ne) || an.zeroRelative(toks, c.ns))) &&
			!participleAfter(toks, after, limit) && !isDash(toks, after) &&
			!timeOnly(toks[after:limit]) && toks[after].Lower != "nothing" && toks[after].Lower != "little" &&
			(toks[after].Lower != "of" && toks[after].Lower != "about" || hasQuote(toks[after:limit]) || approxAbout(toks, after, limit)) &&
			!adjunctOnly(toks, pastTime(toks, after, limit), limit) &&
			(!finiteVerb[toks[pastTime(toks, after, limit)].Lower] || relativeBefore(toks, c.ns, c.ne) || an.zeroRelative(toks, c.ns) && finiteAux[toks[after].Lower]) &&
			(!c.participle || hasFiniteVerb(toks[after:limit]) || zeroThat(toks, after, limit) || c.v.obj && after > c.ve && toks[after].Lower == "to") &&
			(!c.v.clause || clauseBeforeBreak(toks, pastTime(toks, after, limit), limit)) && !addedTo(toks, c) &&
			!(toks[after].Lower == "to" && countWords(toks[after:limit]) <= 3 && !(c.v.obj && after > c.ve)):
			// ("said nothing about the games", "said little": silence;
			// "warns of rising cases", "warned about the consequences": a
			// topic, not what was said, unless it quotes ("warns of a
			// “postcode lottery”");
			// "testified last week as part of the inquiry": no content;
			// "deaths announced in New York state on Friday was 777": no
			// subject, no clause, unless a relative word before the speaker
			// stands for it: "lauded what he said was Russia's arsenal",
			// "a system which Rae said was akin to …"; after a participle,
			// an object with no verb of its own is no report: "her eyes
			// opened, revealing the same silver colour")
			c.cs, c.ce = pastTime(toks, after, limit), limit
			if k := adjunctThenClause(toks, c.cs, limit); k > 0 {
				c.cs = k // "said on the Channel 12 podcast, editors … were there"
			}
			if !c.v.obj && !c.inverted && addresseeVerb[c.v.words[0]] {
				if k := zeroThatAfter(toks, c.ve, limit); k > c.cs {
					c.cs = k // "warned residents they should stay indoors": whom they warned, then what
				}
			}
		case c.v.about && after < limit && (toks[after].Lower == "whether" || toks[after].Lower == "if") && countWords(toks[after+1:limit]) >= 3 &&
			(subordinate(toks, beforeStart) || beforeWords < 3):
			// A reported question: "asked whether the council had read it".
			c.cs, c.ce = after, limit
		case !c.inverted && !c.participle && !c.coord && directiveVerb[c.v.words[0]] && an.directiveAfter(toks, c.ve, limit) > 0 && !thatAfter(toks, 0, max(c.ns, 0)) &&
			!slices.ContainsFunc(cues[:k], func(b cue) bool { return b.sp != nil && b.ve <= c.vs && !hasSentenceEnd(toks[b.ve:c.vs]) }):
			// (not one inside another's report: "the trappers alleged that
			// he had asked them to help him", "said it would hold a ride
			// and had asked the council to add a lane", "The sources said
			// he has asked his agents to find a solution")
			// "warned consumers not to eat the recalled products", "asked
			// residents of the 14 villages not to return", "told those
			// already back to leave": what the addressee was told to do.
			c.cs, c.ce = an.directiveAfter(toks, c.ve, limit), limit
		case zt >= 0:
			// "told reporters the plan had not changed": a clause right after
			// the addressee, without "that".
			c.cs, c.ce = zt, limit
		case c.v.about && !c.inverted && onPlace(toks, after, limit) > 0:
			// "wrote on X the strikes were “completely unnecessary”",
			// "posted on Facebook he was safe": where, then a clause
			// without "that".
			c.cs, c.ce = onPlace(toks, after, limit), limit
		case after < limit && (articleWord[toks[after].Lower] || objectWord[toks[after].Lower] || an.objectThenQuote(toks, c, after, limit)) &&
			toks[after].Quote < 0 && hasQuote(toks[after:limit]) && !an.titleFirst(toks, after, limit):
			// "described the critic as “a brilliant stylist”", "calls these
			// numbers “deeply flawed”", "calling it “…”": the object and
			// the words quoted about it.
			c.cs, c.ce = after, quotedThenScene(toks, after, limit)
		case beforeWords >= 3 && (endsClause(toks, speakerStart) || toks[speakerStart-1].Kind != token.Word) && !putTo(toks, beforeStart) &&
			!(!beforeQuoted && after < limit && countWords(toks[after:limit]) >= 2 && prepPhraseOnly(toks, beforeStart, speakerStart)) &&
			!(!beforeQuoted && after < limit && countWords(toks[after:limit]) >= 2 && (subordinate(toks, beforeStart) || clauseAdverbial[toks[beforeStart].Lower] ||
				participlePhrase(toks, beforeStart, speakerStart))) &&
			!(after < limit && adjunctOnly(toks, pastTime(toks, after, limit), limit)) &&
			!(after < limit && (articleWord[toks[after].Lower] || c.v.about && prepAfter[toks[after].Lower] || ownObject(toks, after)) && toks[after].Quote < 0):
			// (Not when the verb has an object of its own: "This past summer,
			// he wrote a new screenplay."; nor a subordinate clause before a
			// verb with words after it: "After this story was published,
			// Schwartz tweeted to thank …", nor a participle's scene:
			// "Speaking in London, the minister said protein matters")
			// What precedes is the content only up to a clause boundary:
			// "…is not affiliated with Mossad and made false claims about
			// the Jewish state." has no speaker.
			c.cs, c.ce = beforeStart, speakerStart
		default:
			c.sp = nil
			continue
		}
		if c.ce == speakerStart && asOnly[c.v.words[0]] && c.ns > c.cs && toks[c.ns-1].Lower == "as" {
			// "… opposition to “the collective society,” as Margaret
			// Thatcher put it": not "as"; the quotation alone when one
			// ends right before it.
			c.ce = c.ns - 1
			e := c.ce
			for e > c.cs && toks[e-1].Kind == token.Punct && toks[e-1].Quote < 0 {
				e--
			}
			if e > c.cs && toks[e-1].Kind == token.Mark && toks[e-1].Quote >= 0 {
				q := toks[e-1].Quote
				b := e - 1
				for b > c.cs && toks[b-1].Quote == q {
					b--
				}
				c.cs, c.ce = b, e
			}
		}
		if c.ce == speakerStart {
			// "… had to defend his honor: “I am not a crook,” President
			// Richard Nixon told editors": the writer's lead-in before the
			// colon is not what was said; nor is a sentence of the writer's
			// that a quotation follows ("… a row of boxes of Special K. “I
			// brought this in,” he said").
			if m := quotationBefore(toks, speakerStart); m > c.cs && toks[m-1].Quote < 0 &&
				(toks[m-1].Text == ":" || sentenceEnd(toks[m-1]) && toks[m].Text != "”" && toks[m].Text != "’") {
				c.cs = m
			}
		}
		if c.ce == speakerStart && speakerStart >= c.cs+3 && toks[speakerStart-1].Lower == "all" &&
			(toks[speakerStart-2].Lower == "was" || toks[speakerStart-2].Lower == "is") && toks[speakerStart-3].Kind == token.Mark {
			// "“I am sorry,” was all he said": the quotation, not "was all".
			c.ce = speakerStart - 2
		}
		if c.ce == speakerStart && speakerStart > c.cs+2 && toks[speakerStart-1].Text == "," {
			// "“We want peace,” the Iranian foreign minister, Hossein
			// Amir-Abdollahian, said": the description the name is in
			// apposition to is not what was said.
			if ds, _ := an.npEndingAt(toks, speakerStart-1); ds > c.cs && an.isDescription(toks, ds, speakerStart-1) &&
				(toks[ds-1].Text == "," || toks[ds-1].Kind == token.Mark) {
				c.ce = ds
			}
		}
		if c.cs < c.ce {
			// "New Delhi, Nov 12 (PTI) India and the US held talks …,
			// officials said": the wire dateline is not what was said.
			c.cs = an.wireDatelineEnd(toks, c.cs, c.ce)
		}
		if c.cs < c.ce && c.cs >= c.ve && !c.inverted {
			c.ce = speakerActEnd(toks, c.cs, c.ce)
		}
		if c.ce-2 > c.cs && toks[c.ce-2].Text == "," && (toks[c.ce-1].Lower == "which" || toks[c.ce-1].Lower == "who") && toks[c.ce-1].Quote < 0 {
			c.ce -= 2 // "told MPs the government stood by its costing, which she called “prudent”": the relative's report is another
		}
		if relThat && !quoteAfter && after < len(toks) && scenePreposition[toks[after].Lower] && c.cs >= after && !hasQuote(toks[c.cs:max(c.cs, c.ce)]) {
			c.sp = nil // (what follows the verb is an adjunct and a relative clause on it)
			continue
		}
		if c.v.about && c.cs < c.ce && c.ce <= c.vs && toks[c.ce-1].Text == ";" && !hasQuote(toks[c.cs:c.ce]) {
			c.sp = nil // ("… killed in Pflugerville crash; driver charged": a verb that reports only with "that" or a quotation)
			continue
		}
		if c.v.that && !(c.cs > c.ve && c.cs < c.ce && toks[c.cs-1].Lower == "that") {
			c.sp = nil // ("“Fleabag” creator Phoebe Waller-Bridge accepted the statuette")
			continue
		}
		if c.cs >= c.ve && c.cs < c.ce && (c.v.act || c.v.obj && c.cs > c.ve && addresseePrep[toks[c.cs].Lower]) && toks[c.cs].Lower != "to" {
			// The rest of the addressee: "appealed to anyone with
			// information to come forward".
			for k := c.cs + 1; k+1 < c.ce && k-c.cs <= 4 && toks[k].Kind == token.Word && toks[k].Quote < 0; k++ {
				if toks[k].Lower == "to" && !toks[k+1].Cap() && toks[k+1].Kind == token.Word {
					c.cs = k
					break
				}
			}
		}
		if c.v.act && !(c.cs >= c.ve && c.cs < c.ce && (toks[c.cs].Lower == "to" || toks[c.cs].Lower == "not" && c.cs+1 < c.ce && toks[c.cs+1].Lower == "to" ||
			c.cs > 0 && toks[c.cs-1].Lower == "that")) {
			c.sp = nil // ("he called on her “because she's the best”": no call)
			continue
		}
		if nested {
			// What he said is the other report as a whole, its speaker
			// included (and what comes before a speaker with a relative
			// clause: "Barger hired a teacher who claimed …").
			if nx := &cues[k+1]; !(c.cs >= c.ve && c.cs < nx.ns && nx.ne < len(toks) && (toks[nx.ne].Lower == "who" || toks[nx.ne].Lower == "whom")) {
				c.cs = nx.ns
			}
			c.ce = max(c.ce, limit)
		}
		if k+1 < len(cues) && !cues[k+1].inverted && !cues[k+1].participle && cues[k+1].ns >= c.cs && cues[k+1].ns < c.ce && c.ce <= cues[k+1].vs {
			// "he said Justice Thomas had assured him that …": only the
			// next report's speaker would be left; that report says it.
			c.sp = nil
			continue
		}
		if c.ce <= c.cs || countWords(toks[c.cs:c.ce]) == 0 {
			c.sp = nil
			continue
		}

		if restrictive {
			// (What the clause is part of may be another's report.)
		} else if clauseStart = max(clauseStart, c.ce); c.ce <= c.vs {
			clauseStart = max(clauseStart, c.ve)
			if c.inverted && c.ne > c.ve {
				// "“…,” said one; “…,” said another": the next content starts
				// after this speaker.
				clauseStart = max(clauseStart, c.ne)
			}
		}
		via := c.via
		if via == "" && c.sp.typ == article.SourceMedia {
			// "Reuters reported, citing two people familiar with the
			// matter": the people said it, the agency relays it.
			if cs, ce := citedSpan(toks, c); cs >= 0 {
				if sp := an.resolve(ui, toks, cs, ce, relayed); sp != nil && !(quotedContent(toks, c) && (sp.typ == article.SourceDocument || sp.typ == article.SourceMedia)) &&
					!(sp.typ == article.SourceDocument && evidenceNoun[toks[ce-1].Lower]) {
					// (A quotation the outlet wrote citing a study or a
					// journal is its own words: "“…, a new study shows,”
					// WebMD wrote, citing a probe published in Neurology.";
					// so is a report citing the records it read: "Ledgerpoint
					// also reported, citing internal documents, that …")
					via = c.sp.name
					c.sp = sp
					if cs-2 > c.cs && cs <= c.ce {
						c.ce = cs - 2 // what was said ends before ", citing …"
					}
				}
			}
		}
		if via == "" && c.passive && c.vs+1 < len(toks) && toks[c.vs+1].Lower != "by" {
			// "As the TASS agency was told in the ministry, …": the agency
			// relays the ministry.
			if a := asLeadAt(toks, c.vs-1); a >= 0 {
				for _, m := range an.units[ui].ments {
					if m.TokStart > a && m.TokEnd < c.vs && m.Entity.Type == article.EntityMedia {
						via = m.Entity.Name
					}
				}
			}
		}
		if via == "" && c.sp.typ == article.SourceDocument && !c.inverted && c.ns >= 0 {
			// "Documents seen by the BBC show …": the BBC relays them.
			for j := c.ns + 1; j+1 < c.ne; j++ {
				if toks[j].Lower == "by" && docParticipleEnding(toks, j-1) >= 0 {
					if sp := an.resolve(ui, toks, j+1, c.ne, relayed); sp != nil && sp.typ == article.SourceMedia {
						via = sp.name
					}
					break
				}
			}
		}
		if via == "" && c.sp.typ == article.SourceDocument && !c.inverted && c.ne > 0 && c.ne+3 < c.vs && toks[c.ne].Text == "," && issuingParticiple[toks[c.ne+1].Lower] {
			// "The figures, published by NHS England on Thursday, show
			// that …": the body that issued them, in them; "The memo,
			// sent to staff on Wednesday by chief executive Lena
			// Haverford-Quist, said": the person who wrote it.
			for j := c.ne + 2; j < c.vs && j <= c.ne+8 && toks[j].Text != "," && toks[j].Quote < 0; j++ {
				if toks[j].Lower != "by" {
					continue
				}
				if e := an.namedAfterBy(ui, j, c.vs, article.EntityOrganization); e != nil {
					e.Strong = true
					via = an.text[toks[c.ns].Start:toks[c.ne-1].End]
					c.sp = &src{ent: e, typ: article.SourceOrganization, name: e.Name, canon: an.reg.Canonical(e), id: an.reg.ID(e), mention: c.sp.mention, via: via}
				} else if p := an.personAfterBy(ui, toks, j, c.vs); p != nil {
					via = an.text[toks[c.ns].Start:toks[c.ne-1].End]
					c.sp = an.personSrc(p, c.sp.mention)
					c.sp.via = via // (a later "the memo said" is theirs too: noteIssued)
				}
				break
			}
		}
		if via == "" && !c.inverted && c.ne > 0 && c.ne < c.vs && c.sp.typ != article.SourceMedia {
			// "Russia's defence ministry, in a statement carried by the
			// TASS news agency, said": the outlet that carried it relays
			// it.
			for j := c.ne + 1; j+1 < c.vs; j++ {
				if toks[j].Lower == "by" && carriedBy[toks[j-1].Lower] {
					if e := an.namedAfterBy(ui, j, c.vs, article.EntityMedia); e != nil {
						via = e.Name
					}
					break
				}
			}
		}
		for _, r := range relays {
			if via != "" {
				break
			}
			if r.cueEnd > 0 {
				continue // "In his view, the plan, Smith said, …": his own view, no relay
			}
			if r.owns(c) {
				continue // "according to spokeswoman Denise Kowalski, who said …": she is the speaker
			}
			if an.resolve(ui, toks, r.xs, r.xe, relayed) == nil && !an.hasSourceNoun(toks[r.xs:r.xe]) {
				continue // "according to international law": no source
			}
			via = an.viaName(ui, toks, r)
			break
		}
		if via == "" && c.v.obj && !c.inverted && !c.participle {
			// "A source told The Sun": the outlet relays the source.
			for _, m := range an.units[ui].ments {
				if m.TokStart == c.ve || m.TokStart == c.ve+1 && (toks[c.ve].Lower == "the" || an.placePossessive(toks[c.ve])) || an.outletAppositive(toks, c.ve, m.TokStart) ||
					an.outletKindBefore(toks, c.ve, m.TokStart) {
					if m.Entity.Type == article.EntityMedia && c.sp.typ != article.SourceMedia {
						via = m.Entity.Name
					}
				}
			}
			if ns, ne := an.rightNP(toks, c.ve); via == "" && ns == c.ve && ne > ns && unnamedOutlets[toks[ne-1].Lower] && c.sp.typ != article.SourceMedia {
				via = an.text[toks[ns].Start:toks[ne-1].End] // "Witnesses told local media that …"
			}
		}
		if via == "" && !c.v.obj && c.ve+1 < len(toks) && toks[c.ve].Lower == "to" && toks[c.ve].Quote < 0 && c.sp.typ != article.SourceMedia {
			// "“…,” the insider said to Page Six": the outlet spoken to
			// relays the speaker, as after "told".
			for _, m := range an.units[ui].ments {
				if m.Entity.Type == article.EntityMedia && (m.TokStart == c.ve+1 || m.TokStart == c.ve+2 && toks[c.ve+1].Lower == "the") {
					via = m.Entity.Name
				}
			}
		}
		if via == "" && c.sp.typ != article.SourceMedia {
			via = an.interviewOutlet(ui, toks, c)
		}
		if via == "" && c.sp.typ != article.SourceMedia && !c.inverted && c.cs > c.ve {
			via = an.seenBy(ui, toks, c.ve, c.cs)
		}
		if nested && cues[k+1].via == "" && c.sp.name != "" {
			cues[k+1].via = c.sp.name // the inner report reaches us through this speaker
		}
		if !c.inverted && thisObject(toks, c.vs) {
			continue // "disclosed this in a statement": what was said is the sentence before (disclosedThis)
		}
		an.emit(ui, toks, c, via)
	}
	// "according to X" without a cue: X is the source.
	hasCue := false
	for _, c := range cues {
		if c.sp != nil && !slices.ContainsFunc(relays, func(r relay) bool { return r.owns(&c) }) {
			hasCue = true // (not X's own words in "…, according to X, who said …")
		}
	}
	if !hasCue {
		for _, r := range relays {
			sp := an.resolve(ui, toks, r.xs, r.xe, relayed)
			if sp == nil {
				continue
			}
			if r.comma >= 2 && r.ae+2 < len(toks) && toks[r.ae].Text == "," && toks[r.ae+1].Lower == "that" && toks[r.ae+1].Quote < 0 &&
				len(an.s.lex.verbs[toks[r.comma-1].Lower]) > 0 && toks[r.comma-1].Quote < 0 {
				// "The head of diplomacy also said, according to Vestnik-24,
				// that …": the subject said what follows "that", and X
				// relays it.
				v := r.comma - 1
				if ns, ne := an.leftNP(toks, v); ns >= 0 {
					if own := an.resolve(ui, toks, ns, ne, v); own != nil && own != sp {
						c := cue{vs: v, ve: r.ae + 2, cs: r.ae + 2, ce: len(toks), sp: own, ns: ns, ne: ne}
						an.emit(ui, toks, &c, an.viaName(ui, toks, r))
						hasCue = true
						continue
					}
				}
			}
			var cs, ce int
			if r.as <= 1 || (r.as > 0 && toks[r.as-1].Kind != token.Word && r.comma < 0 && r.as < 3) {
				cs, ce = bracketAfter(toks, r.ae), len(toks) // ("According to the report of the X Police Station (Station 17), …")
			} else if r.comma >= 0 && r.ae+1 < len(toks) && toks[r.ae].Text == "," && countWords(toks[:r.comma]) < 6 &&
				countWords(toks[r.ae:]) >= 3 && !relativeWord[toks[r.ae+1].Lower] {
				// "The fundamental problem, according to industry groups, is
				// that …": the sentence around the phrase.
				cs, ce = 0, len(toks)
			} else {
				cs, ce = 0, r.as
				if r.comma >= 0 {
					ce = r.comma
				}
			}
			if cs == 0 {
				cs = an.wireDatelineEnd(toks, cs, ce) // "WASHINGTON (AP) — …, according to two officials"
			}
			if countWords(toks[cs:ce]) < 3 {
				continue
			}
			ve := r.as + 2
			if toks[r.as].Lower == "by" {
				ve = r.xs // "by the data of X"
			}
			if r.cueEnd > 0 {
				ve = r.cueEnd
			}
			c := cue{vs: r.as, ve: ve, cs: cs, ce: ce, sp: sp, ns: r.xs, ne: r.xe}
			an.emit(ui, toks, &c, "")
			hasCue = true
		}
	}
	an.uncovered(ui, toks)
}

// namedAfterBy returns the entity of type typ named right after the "by"
// at token by of unit ui ("by NHS England", "by the TASS news agency"),
// ending before token end, or nil.
func (an *analysis) namedAfterBy(ui, by, end int, typ string) *entity.Entity {
	for _, m := range an.units[ui].ments {
		if m.TokStart > by && m.TokStart <= by+2 && m.TokEnd <= end && m.Entity.Type == typ {
			return m.Entity
		}
	}
	return nil
}

// personAfterBy returns the person named right after toks[by], a "by",
// past a role in lower case ("by chief executive Lena Haverford-Quist"),
// up to a comma before end; nil if none is.
func (an *analysis) personAfterBy(ui int, toks []token.Token, by, end int) *entity.Entity {
	for _, m := range an.units[ui].ments {
		if m.TokStart <= by || m.TokStart > by+4 || m.TokEnd > end || m.Entity.Type != article.EntityPerson || !m.Entity.Strong {
			continue
		}
		for _, t := range toks[by+1 : m.TokStart] {
			if t.Kind != token.Word || t.Quote >= 0 || t.Cap() && !an.isTitle(strings.TrimSuffix(t.Text, ".")) {
				return nil
			}
		}
		if m.TokEnd < end && toks[m.TokEnd].Text != "," {
			return nil
		}
		return m.Entity
	}
	return nil
}

// outletAppositive reports whether the outlet named at toks[m] follows a
// description of it that opens at toks[i] and a comma: "told the local
// newspaper, The Post and Courier, that …", "told the business daily, the
// Financial Times, that …".
func (an *analysis) outletAppositive(toks []token.Token, i, m int) bool {
	c := m - 1
	if c < i+2 || c-i > 5 || toks[c].Text != "," {
		if c >= i+3 && c-i <= 6 && toks[c].Lower == "the" && toks[c-1].Text == "," {
			c-- // "…, the Financial Times"
		} else {
			return false
		}
	}
	if !an.isDef(toks[i].Lower) && toks[i].Lower != "a" {
		return false
	}
	for _, t := range toks[i:c] {
		if t.Kind != token.Word || t.Quote >= 0 || t.Cap() {
			return false
		}
	}
	return an.s.lex.sources[toks[c-1].Lower] == article.SourceMedia
}

// outletKindBefore reports whether the words from i to the outlet named at
// m describe it, with no comma: "told the Israeli site Ynet", "the Saudi
// newspaper Asharq Al-Awsat", "the news site Axios".
func (an *analysis) outletKindBefore(toks []token.Token, i, m int) bool {
	if m < i+1 || m-i > 5 {
		return false
	}
	if !an.isDef(toks[i].Lower) && toks[i].Lower != "a" && !(isPossessive(toks[i].Lower) && toks[i].Cap()) {
		// Without an article only the outlet's kind right before its name:
		// "told Italian broadcaster Rai", "told broadcaster Rai".
		return m-i <= 2 && !toks[m-1].Cap() && entity.OutletKind(toks[m-1].Lower) && toks[m-1].Quote < 0 && toks[i].Quote < 0 && toks[i].Kind == token.Word
	}
	if m < i+2 {
		return false
	}
	for _, t := range toks[i+1 : m] {
		if t.Kind != token.Word || t.Quote >= 0 {
			return false
		}
	}
	last := toks[m-1]
	return !last.Cap() && an.s.lex.sources[last.Lower] == article.SourceMedia || entity.OutletKind(last.Lower)
}

// unnamedOutlets are the nouns of outlets a text does not name, which
// relay what someone told them: "Witnesses told local media", "told state
// television" (data/word_classes.txt).
var unnamedOutlets = wordClasses.Must("unnamedOutlets")

// carriedBy are the participles before "by" and the outlet that relayed a
// statement (data/word_classes.txt).
var carriedBy = wordClasses.Must("carriedBy")

// inContrastOpener reports whether the quotation at toks[i] is inside an
// opening "While …," or "Although …," clause before the last cue's
// speaker: "While some equated “affordable housing” with crime, others
// said …" quotes the first group, not the speaker after the comma.
func (an *analysis) inContrastOpener(toks []token.Token, i int) bool {
	if len(toks) == 0 || len(an.out) == 0 || an.out[len(an.out)-1].Speaker == nil {
		return false
	}
	switch toks[0].Lower {
	case "while", "whereas", "although", "though":
	default:
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Text == "," && toks[k].Quote < 0 {
			return an.out[len(an.out)-1].Speaker.Start > toks[k].Start
		}
	}
	return false
}

// participleOpener reports whether a participle clause opens at toks[i]:
// "Writing on Twitter, Tory MP Jacob Rees-Mogg fumed: …", "Speaking to
// reporters, she said …": the scene, not what was said.
func participleOpener(toks []token.Token, i int) bool {
	return i+1 < len(toks) && toks[i].Kind == token.Word && toks[i].Quote < 0 && len(toks[i].Lower) > 4 &&
		strings.HasSuffix(toks[i].Lower, "ing") && toks[i+1].Kind == token.Word && !toks[i+1].Cap()
}

// participlePhrase reports whether toks[from:to] is a participle's phrase
// with no finite verb of its own: "Speaking in London," (the scene), not
// "Rising prices are hurting families," (a clause, what was said).
func participlePhrase(toks []token.Token, from, to int) bool {
	return participleOpener(toks, from) && !hasFiniteVerb(toks[from:to])
}

// weakAfter are the words that, right after a reporting verb, start an
// adverbial rather than the content (data/word_classes.txt).
var weakAfter = wordClasses.Must("weakAfter")

func hasQuote(toks []token.Token) bool {
	for _, t := range toks {
		if t.Quote >= 0 {
			return true
		}
	}
	return false
}

// askedAbout reports whether the subject at ns follows the auxiliary of a
// question outside quotations, in a sentence that ends with a question
// mark: "What did the man say to his daughter?", "Why did the chef say the
// soup was cold?", "Will the minister confirm the figures?".
func askedAbout(toks []token.Token, ns int) bool {
	if ns < 1 || toks[ns-1].Quote >= 0 || !questionAux[toks[ns-1].Lower] {
		return false
	}
	for k := len(toks) - 1; k >= ns; k-- {
		if toks[k].Quote >= 0 {
			return false
		}
		if toks[k].Kind != token.Mark && toks[k].Text != ")" {
			return toks[k].Text == "?"
		}
	}
	return false
}

// questionAux are the auxiliaries that open a question before its subject
// (data/word_classes.txt).
var questionAux = wordClasses.Must("questionAux")

// allQuoted reports whether toks has words and every one is inside a
// quotation: "“I'm devastated,” she said" quotes two words, as a sentence.
func allQuoted(toks []token.Token) bool {
	n := 0
	for _, t := range toks {
		if t.Kind == token.Word {
			if t.Quote < 0 {
				return false
			}
			n++
		}
	}
	return n > 0
}

// mayInvert reports whether the verb at i can be followed by its speaker:
// "..., said the minister", "“…“reiterated the minister".
func (an *analysis) mayInvert(toks []token.Token, i int, v verb, hasLeft bool) bool {
	if v.noinv && an.informsSource(toks, i) {
		return true
	}
	if v.ing || v.noinv || i == 0 {
		return false
	}
	if v.bare && !bareInverts[v.words[0]] {
		return false // "…, mention the Village Voice": a plural subject's verb, not an inverted cue
	}
	p := toks[i-1]
	if p.Text == "," || p.Kind == token.Mark || p.Text == "—" || p.Text == "–" {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if toks[j].Quote >= 0 {
			return hasLeft
		}
	}
	return false
}

// informsSource reports whether the verb at i is "informs" after a
// clause and a comma, followed by a body that closes the sentence: the
// source of a translated agency report ("…, informs the press service of the
// MFA of Kazakhstan."), where "informs" otherwise names its addressee.
func (an *analysis) informsSource(toks []token.Token, i int) bool {
	if i < 4 || toks[i].Lower != "informs" || toks[i].Quote >= 0 || toks[i-1].Text != "," {
		return false
	}
	ns, ne := an.rightNP(toks, i+1)
	if ns != i+1 || ne < len(toks) && !sentenceEnd(toks[ne]) && toks[ne].Lower != "of" {
		return false
	}
	for k := ns; k < ne; k++ {
		if t := an.s.lex.sources[toks[k].Lower]; t == article.SourceOrganization || t == article.SourceMedia {
			return true
		}
	}
	return false
}

// parentheticalCue reports whether a cue from speakerStart to ve is set
// off by commas inside a clause that goes on after it: a few words before
// it, and after it a lower-case word that continues them ("…, the report
// said, was tasked with …"), with no quotation either side.
func parentheticalCue(toks []token.Token, beforeStart, speakerStart, ve, limit int) bool {
	if speakerStart < 2 || beforeStart >= speakerStart-1 || toks[speakerStart-1].Text != "," || ve+1 >= limit || toks[ve].Text != "," {
		return false // (nothing before the comma: the clause before is another report's)
	}
	n := countWords(toks[beforeStart : speakerStart-1])
	if n == 0 || n > 8 || hasQuote(toks[beforeStart:speakerStart]) || toks[ve+1].Quote >= 0 {
		return false // (words quoted later belong to the clause: "Republicans, he said, had “finally come to their senses.”")
	}
	t := toks[ve+1]
	if t.Kind != token.Word || t.Cap() || countWords(toks[ve+1:limit]) < 2 || clauseOpens(toks, ve+1, limit) {
		return false // ("Eventually, she said, she was put …": the clause after is the content)
	}
	if t.Lower == "as" || subordinate(toks, ve+1) {
		return false // a clause of its own after the cue: "The number rose to 47, officials said, as rescuers searched …"
	}
	// The interrupted clause goes on with its verb: "was tasked", "comes
	// in", "is a two-way street", "to emphasise".
	return finiteAux[t.Lower] || t.Lower == "to" || strings.HasSuffix(t.Lower, "ed") || irregularPast[t.Lower] ||
		strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") && t.Lower != "this" && t.Lower != "his" && t.Lower != "its"
}

// quoteAfterSpeaker returns where a quotation starts right after an
// inverted speaker ending at ne, past a parenthetical and a comma or colon
// ("says Andy Levin (D-Mich.), “…”"), or -1.
func quoteAfterSpeaker(toks []token.Token, ne, limit int) int {
	k := ne
	if k < limit && toks[k].Text == "(" {
		for k < limit && k-ne < 8 && toks[k].Text != ")" {
			k++
		}
		k++
	}
	for k < limit && (toks[k].Text == "," || toks[k].Text == ":") {
		k++
	}
	if k < limit && toks[k].Kind == token.Mark && toks[k].Quote >= 0 {
		return k
	}
	return -1
}

// clauseAfterSpeaker finds a clause without "that" after an inverted
// cue's speaker ending at ne: past a comma, and past the speaker's
// description up to the next comma, within a dozen tokens. It returns the
// clause's first token, or -1.
func clauseAfterSpeaker(toks []token.Token, ne, limit int) int {
	if ne < 0 || ne >= limit || toks[ne].Text != "," {
		return -1
	}
	for k := ne; k < limit && k-ne <= 12; k++ {
		if toks[k].Quote >= 0 || toks[k].Kind == token.Mark {
			return -1
		}
		if toks[k].Text == "," && clauseOpens(toks, k+1, limit) {
			return k + 1
		}
		if toks[k].Text == "." || toks[k].Text == ";" {
			return -1
		}
	}
	return -1
}

// trailingConjunctions end a reported clause when they follow its comma.
var trailingConjunctions = []string{"while", "whereas", "but", "and", "although", "though", "as"}

// trimTrailingConjunction cuts ", while" and the like from the end of
// text[start:end].
func trimTrailingConjunction(text string, start, end int) int {
	e := end
	for e > start && text[e-1] == ' ' {
		e--
	}
	for _, c := range trailingConjunctions {
		if e-start > len(c)+2 && strings.EqualFold(text[e-len(c):e], c) && text[e-len(c)-1] == ' ' && text[e-len(c)-2] == ',' {
			return e - len(c) - 2
		}
	}
	// An auxiliary after it: "“has no intention of attacking Ukraine” and
	// has accused the West …".
	for _, aux := range []string{" has", " have", " had", " was", " is"} {
		if e-start > len(aux)+4 && strings.EqualFold(text[e-len(aux):e], aux) {
			if w := strings.TrimRight(text[start:e-len(aux)], " "); strings.HasSuffix(strings.ToLower(w), " and") || strings.HasSuffix(strings.ToLower(w), " but") {
				e = start + len(w)
				break
			}
		}
	}
	// A bare "and" or "but" left where the next verb took over: "said the
	// situation was “critical” and asked for help".
	for _, c := range []string{"and", "but"} {
		if e-start > len(c)+1 && strings.EqualFold(text[e-len(c):e], c) && text[e-len(c)-1] == ' ' {
			return e - len(c) - 1
		}
	}
	return end
}

// isDash reports whether a dash (—, –, --) starts at toks[i].
// groupBeforePlaces returns where a group whose places follow it starts,
// when the name at toks[ns] ends a chain of them: "Neighbours on Elm Street
// in Leeds said", "Shopkeepers near the station in Leeds said" (the
// shopkeepers, not Leeds); else ns.
func (an *analysis) groupBeforePlaces(toks []token.Token, ns int) int {
	k := ns
	if k >= 3 && compassWord[toks[k-1].Lower] {
		k-- // "in east London", "in southeast Austin"
	}
	if k < 2 || !locativePrep[toks[k-1].Lower] || toks[k-1].Quote >= 0 {
		return ns
	}
	// The clause's words before the places, up to a verb or a mark: the
	// group is the word before the first place's preposition.
	j := k - 1
	for j > 0 && k-j < 12 && toks[j-1].Kind == token.Word && toks[j-1].Quote < 0 && !an.isVerb(toks, j-1) {
		j--
	}
	for h := j; h+1 < k; h++ {
		if !locativePrep[toks[h+1].Lower] {
			continue
		}
		head := toks[h].Lower
		if toks[h].Cap() && !(h == j && (j == 0 || toks[j-1].Kind != token.Word)) {
			return ns // a name's place: "Tom Reed in London"
		}
		if an.s.lex.sources[head] == article.SourceAnonymous || an.s.lex.personNoun(singular(head)) && head != singular(head) {
			if _, det := an.s.lex.dets[toks[j].Lower]; det || j == h || toks[j].Cap() {
				return j
			}
		}
		return ns
	}
	return ns
}

// compassWord are the words of a part of a place before its name: "in
// east London", "across northern England" (data/word_classes.txt).
var compassWord = wordClasses.Must("compassWord")

// locativePrep are the prepositions that place a group: "residents along
// the river in east London" (data/word_classes.txt).
var locativePrep = wordClasses.Must("locativePrep")

// groupCount are the words of a rough count before "of" and a group:
// "Hundreds of fishermen", "dozens of residents" (data/word_classes.txt).
var groupCount = wordClasses.Must("groupCount")

// nounBeforePlural are the words after which a verb's "-s" form is a
// plural noun: "several Gulf states", "member states", "many claims"
// (data/word_classes.txt).
var nounBeforePlural = wordClasses.Must("nounBeforePlural")

// subjectBeforeDashes finds the subject before an aside set off by dashes
// that ends right before the verb at toks[i]: "The letter – an edited
// version of which is reproduced above – warns Mr Johnson: ‘…’" (the
// letter, not Mr Johnson after the verb); -1, -1 if there is none.
func (an *analysis) subjectBeforeDashes(toks []token.Token, i int) (int, int) {
	if i < 3 || toks[i-1].Text != "–" && toks[i-1].Text != "—" {
		return -1, -1
	}
	for k := i - 2; k >= 1 && i-k <= 20; k-- {
		t := toks[k]
		if t.Quote >= 0 || sentenceEnd(t) {
			return -1, -1
		}
		if t.Text == toks[i-1].Text {
			if ns, ne := an.leftNP(toks, k); ns >= 0 && ne == k {
				return ns, ne
			}
			return -1, -1
		}
	}
	return -1, -1
}

func isDash(toks []token.Token, i int) bool {
	t := toks[i].Text
	return t == "—" || t == "–" || t == "--" || t == "-" && i+1 < len(toks) && toks[i+1].Text == "-"
}

// participleAfter reports whether a comma and a participle follow the verb:
// "he said, pointing to a monitor" continues the sentence, it is not what
// was said ("she said, she was put in isolation" is).
func participleAfter(toks []token.Token, after, limit int) bool {
	if after+1 >= limit || toks[after].Text != "," {
		return false
	}
	t := toks[after+1]
	return t.Kind == token.Word && !t.Cap() && t.Quote < 0 && (strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ed"))
}

// bareInverts are the base forms that plural speakers follow ("…, say
// officials") (data/word_classes.txt).
var bareInverts = wordClasses.Must("bareInverts")

// edgePunct is punctuation trimmed from the edges of a quote's content.
func edgePunct(p string) bool {
	switch p {
	case ",", ".", ";", ":", "—", "–", "-", "(", "[":
		return true
	}
	return false
}

// colonCue reports whether a verb that only reports speech around a
// quotation ("continued") is used so: followed by a colon or a quote, or
// its speaker preceded by a closing quote ("“…,” Blinken continued").
func colonCue(toks []token.Token, after, ns int) bool {
	if after < len(toks) && (toks[after].Text == ":" || toks[after].Kind == token.Mark ||
		toks[after].Text == "," && after+1 < len(toks) && toks[after+1].Kind == token.Mark) {
		return true
	}
	return ns > 0 && (toks[ns-1].Kind == token.Mark && quoteEndsClause(toks, ns-1) || toks[ns-1].Text == "," && ns > 1 && toks[ns-2].Kind == token.Mark)
}

// putItColon returns where the colon is when a colon and a quotation follow
// "put it" that ends at toks[ve], past a few words of manner (manner): "put
// it more simply: “…”", "put it this way: “…”" (not "put it on the table:
// …"); -1 when they do not.
func (an *analysis) putItColon(toks []token.Token, ve int) int {
	for k := ve; k < len(toks) && k-ve <= 3; k++ {
		t := toks[k]
		if t.Text == ":" && t.Quote < 0 {
			if k+1 < len(toks) && toks[k+1].Kind == token.Mark {
				return k
			}
			return -1
		}
		if t.Kind != token.Word || t.Quote >= 0 || t.Cap() || !manner[t.Lower] && !an.s.lex.adverbs[t.Lower] && !strings.HasSuffix(t.Lower, "ly") {
			return -1
		}
	}
	return -1
}

// manner are the words of how something was put besides adverbs in "-ly":
// "put it this way", "put it best" (data/word_classes.txt).
var manner = wordClasses.Must("manner")

// quoteEndsClause reports whether the quotation closed by the mark at
// toks[m] ends on a clause's punctuation (“… today!” he joked) rather than
// naming a thing inside the sentence (a “super app” firm which began
// trading).
func quoteEndsClause(toks []token.Token, m int) bool {
	if m == 0 {
		return false
	}
	switch toks[m-1].Text {
	case ",", ".", "!", "?", "…", "—", "–", "-", "...":
		return true
	}
	return false
}

// modalBefore reports whether the verb at i follows a modal or an
// infinitive "to" (but "was reported to tweet" is a report).
func modalBefore(toks []token.Token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].Lower {
	case "would", "could", "should", "might", "may", "must", "can", "cannot", "will", "shall":
		return true
	case "is", "are", "was", "were", "be", "been", "being":
		// passive: "is said to be furious"; not a progressive: "are
		// warning that …"
		return !(strings.HasSuffix(toks[i].Lower, "ing") && progressiveAux[toks[i-1].Lower])
	case "to":
		return !(i >= 2 && (toks[i-2].Lower == "reported" || toks[i-2].Lower == "said" || toks[i-2].Lower == "quoted")) && !goesOnTo(toks, i)
	}
	return false
}

// goesOnTo reports whether the verb at toks[i] follows "went on to" or
// "continued to": "She went on to say that …" reports ("is going to say"
// does not).
func goesOnTo(toks []token.Token, i int) bool {
	return i >= 3 && toks[i-2].Lower == "on" && goOn[toks[i-3].Lower] || i >= 2 && continueTo[toks[i-2].Lower]
}

// asOnly are the first words of reporting verbs that report only after
// "as" and their subject: "As one analyst put it, …" (data/word_classes.txt).
var asOnly = wordClasses.Must("asOnly")

// asParticipleAfter are the words after "as" and a participle that make
// it a reference, not a report: "as described in the law", "as noted
// above" (data/word_classes.txt).
var asParticipleAfter = wordClasses.Must("asParticipleAfter")

// goOn are the verbs of "went on to say" and continueTo those of
// "continued to insist" (data/word_classes.txt).
var (
	goOn       = wordClasses.Must("goOn")
	continueTo = wordClasses.Must("continueTo")
)

// timeWord are the words of a time adverbial (data/word_classes.txt).
var timeWord = wordClasses.Must("timeWord")

// newReport reports whether toks, what follows a quotation and its comma,
// hold a report of their own: a "that" or a reporting verb in the past
// ("social media users alleged that …", "she has proved that …"), not the
// rest of the same sentence ("with learning applied in …", "in order to …").
func (an *analysis) newReport(toks []token.Token) bool {
	for _, t := range toks {
		if t.Quote >= 0 || t.Kind != token.Word {
			continue
		}
		if t.Lower == "that" {
			return true
		}
		for _, v := range an.s.lex.verbs[t.Lower] {
			if len(v.words) == 1 && !v.bare && !v.ing && !strings.HasSuffix(v.words[0], "s") {
				return true
			}
		}
	}
	return false
}

// adjunctStart reports whether t opens an adjunct between a reporting verb
// and its "that": a preposition, a time, an adverb or a comma.
// irregularPast are past tenses without "-ed" that, after a reporting
// verb's "-s" form, make that form a plural noun (data/word_classes.txt).
var irregularPast = wordClasses.Must("irregularPast")

// stateName are the states and provinces that may follow a place and a
// comma inside a name (data/word_classes.txt).
var stateName = wordClasses.Must("stateName")

// coordVerb are the reporting verbs that, after "and", take the subject of
// the verb before (data/word_classes.txt).
var coordVerb = wordClasses.Must("coordVerb")

// hasSentenceEnd reports whether toks hold a full stop, question or
// exclamation mark, or a semicolon outside quotations.
func hasSentenceEnd(toks []token.Token) bool {
	for _, t := range toks {
		if t.Quote < 0 && (t.Text == "." || t.Text == "?" || t.Text == "!" || t.Text == ";") {
			return true
		}
	}
	return false
}

// hasFiniteVerb reports whether toks hold a finite verb: an auxiliary, a
// verb of finiteVerb, an irregular past ("saw") or a past tense in "-ed".
func hasFiniteVerb(toks []token.Token) bool {
	for _, t := range toks {
		if t.Kind == token.Word && (finiteVerb[t.Lower] || finiteAux[t.Lower] || irregularPast[t.Lower] ||
			len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed") && !strings.Contains(t.Lower, "-")) { // (not "Unicode-backed")
			return true
		}
	}
	return false
}

// wireDatelineEnd returns where the words from i start after a dateline
// that opens them, a wire's ("NEW YORK (Reuters) -", "New Delhi, Nov 12
// (PTI)") or a place's ("WASHINGTON —", "GUWAHATI:"; package wire), i when
// there is none.
func (an *analysis) wireDatelineEnd(toks []token.Token, i, limit int) int {
	if i >= limit || toks[i].Quote >= 0 {
		return i
	}
	// (The words after limit too: a place's dateline is one only before
	// a capital, "VILLANUEVA DEL MEZQUITE, Guanajuato — The mayor …", where
	// the speaker may start.)
	s := an.text[toks[i].Start:max(toks[limit-1].End, min(toks[len(toks)-1].End, toks[i].Start+maxDatelineBytes))]
	_, n := wire.Dateline(s)
	if n == 0 {
		n = wire.Place(s)
	}
	if n == 0 {
		return i
	}
	end := toks[i].Start + n
	for j := i; j < limit; j++ {
		if toks[j].Start >= end {
			return j
		}
	}
	return limit // (all of it)
}

// maxDatelineBytes bounds the text wireDatelineEnd reads past its limit.
const maxDatelineBytes = 256

// adjectival reports whether t is a lower-case word with an adjective's
// ending ("diplomatic", "regional", "Russian"), inside a description
// between its determiner and its head: "the Russian diplomatic mission".
func adjectival(t token.Token) bool {
	if t.Kind != token.Word || t.Quote >= 0 || t.Cap() || len(t.Lower) < 5 {
		return false
	}
	for suf := range adjectiveSuffix {
		if strings.HasSuffix(t.Lower, suf) {
			return true
		}
	}
	return false
}

// adjectiveSuffix are the endings of adjectives that may stand inside a
// description (data/word_classes.txt).
var adjectiveSuffix = wordClasses.Must("adjectiveSuffix")

// adjunctThenClause returns where a clause starts after an adjunct and a
// comma that open the words from i ("on the Channel 12 podcast, editors
// with Middle East expertise were there"), or -1: the clause opens with a
// word that is no participle and has a finite verb within eight words.
func adjunctThenClause(toks []token.Token, i, limit int) int {
	if i >= limit || toks[i].Kind != token.Word || toks[i].Quote >= 0 || !weakAfter[toks[i].Lower] {
		return -1
	}
	for k := i + 1; k < limit && k-i <= 8; k++ {
		t := toks[k]
		if t.Quote >= 0 || t.Kind != token.Word && t.Text != "," {
			return -1
		}
		if t.Text != "," {
			// "said in a note they expected …": a short medium, then a
			// clause opened by a subject pronoun and its verb, no comma.
			if k >= i+2 && subjectPronoun[t.Lower] && toks[k-1].Kind == token.Word && !toks[k-1].Cap() && zeroThat(toks, k, limit) {
				return k
			}
			// Or a determiner's subject right after the document: "said in
			// a statement the committee had ignored …".
			if k >= i+2 && issuedAnaphor[toks[k-1].Lower] && zeroThatSubject[t.Lower] && zeroThat(toks, k, limit) {
				return k
			}
			continue
		}
		j := k + 1
		if j >= limit || toks[j].Kind != token.Word || toks[j].Quote >= 0 || strings.HasSuffix(toks[j].Lower, "ed") || strings.HasSuffix(toks[j].Lower, "ing") ||
			weakAfter[toks[j].Lower] || scenePreposition[toks[j].Lower] {
			return -1
		}
		if hasFiniteVerb(toks[j:min(limit, j+8)]) {
			return j
		}
		return -1
	}
	return -1
}

// thatThenSubordinate reports whether "that" and a subordinate clause's
// opener ("since", "because", "when" …), a comma between them perhaps,
// come after the verb ending at ve and before ns, within a few words.
func thatThenSubordinate(toks []token.Token, ve, ns int) bool {
	for k := ve; k < ns && k-ve < 8; k++ {
		if toks[k].Quote >= 0 {
			return false
		}
		if toks[k].Lower != "that" {
			continue
		}
		j := k + 1
		if j < ns && toks[j].Text == "," {
			j++
		}
		return j < ns && (subordinate(toks, j) || clauseAdverbial[toks[j].Lower])
	}
	return false
}

// contentMarkAfter reports whether what follows a verb at toks[ve] within
// its clause opens reported content: "that", "whether", "if", a colon or a
// quotation.
func contentMarkAfter(toks []token.Token, ve int) bool {
	for j := ve; j < len(toks) && j-ve < 8; j++ {
		t := toks[j]
		if t.Quote >= 0 || t.Kind == token.Mark || t.Text == ":" || t.Lower == "that" || t.Lower == "whether" || t.Lower == "if" {
			return true
		}
		if sentenceEnd(t) {
			return false
		}
	}
	return false
}

// allCaps reports whether toks are words in capitals, two letters or more
// each ("THE FACTS").
func allCaps(toks []token.Token) bool {
	for _, t := range toks {
		if t.Kind != token.Word || len(t.Text) < 2 || strings.ToUpper(t.Text) != t.Text || strings.ToLower(t.Text) == t.Text {
			return false
		}
	}
	return len(toks) > 0
}

// sentenceEnd reports whether t ends a sentence: a full stop, a question
// or an exclamation mark, or a word ending in a full stop ("Special K.").
func sentenceEnd(t token.Token) bool {
	switch t.Text {
	case ".", "?", "!":
		return true
	}
	return t.Kind == token.Word && len(t.Text) >= 2 && strings.HasSuffix(t.Text, ".")
}

// clauseBeforeBreak reports whether the words from i are a clause: a finite
// verb comes before a comma, a semicolon or a word opening an adverbial
// clause ("the team would appeal"; not "a second early in the second half,
// before …", "answers after sewage spilled").
func clauseBeforeBreak(toks []token.Token, i, limit int) bool {
	if amountObject(toks, i, limit) {
		return false
	}
	for k := i; k < limit && k-i < 12; k++ {
		t := toks[k]
		if t.Kind == token.Mark || t.Quote >= 0 {
			return true // a quotation
		}
		if t.Kind != token.Word {
			if k+1 < limit && toks[k+1].Kind == token.Mark && (t.Text == ":" || t.Text == ";" || t.Text == ",") {
				return true // "added; “It is true …”"
			}
			// A comma after nothing or after a time: "As Mondoweiss
			// reported, Abdush texted …", "As The Intercept reported in
			// January, the protocol … slows".
			if t.Text == "," && (k == i || timeOnly(toks[i:k]) || timeOnly(toks[i+1:k]) && scenePreposition[toks[i].Lower]) {
				continue
			}
			if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "." {
				return false
			}
			continue
		}
		if k > i && (subordinate(toks, k) || clauseAdverbial[t.Lower]) {
			return false
		}
		if k > i && t.Lower == "about" && !approxAbout(toks, k, limit) {
			return false // a topic after an adjunct: "complained in online forums about engines cutting out"
		}
		// A verb, a subject pronoun before a word ("demanded they stop
		// supplying …"), or a noun's "that" clause ("demand assurances
		// that …").
		// (Not a participle right after the verb, with no subject:
		// "denied attempted murder, which …".)
		if hasFiniteVerb(toks[k:k+1]) && (k > i || finiteAux[t.Lower]) || k > i && t.Lower == "that" ||
			subjectPronoun[t.Lower] && k+1 < limit && toks[k+1].Kind == token.Word && !toks[k+1].Cap() {
			return true
		}
	}
	return false
}

// quotedClauseFirst reports whether toks open with one quotation that is
// a clause of five words or more, and the unquoted words after it have no
// verb of their own: "“The world will not recognize the annexations” of
// Ukrainian territories to Russia said the US secretary of state" quotes
// the clause directly.
func quotedClauseFirst(toks []token.Token, qfirst, qlast int) bool {
	if qfirst != qlast {
		return false
	}
	var in, out []token.Token
	for _, t := range toks {
		switch {
		case t.Kind != token.Word:
		case t.Quote >= 0:
			in = append(in, t)
		default:
			out = append(out, t)
		}
	}
	return len(in) >= 5 && hasFiniteVerb(in) && !hasFiniteVerb(out)
}

// connective are the writer's linking adverbs that can open a sentence
// before a quotation ("Furthermore, “…”") (data/word_classes.txt).
var connective = wordClasses.Must("connective")

// speakerVoice reports whether toks speak in the first or second person
// ("we", "my", "you"): words given as the speaker's own.
func speakerVoice(toks []token.Token) bool {
	for _, t := range toks {
		if t.Kind == token.Word && speakerPronoun[t.Lower] {
			return true
		}
	}
	return false
}

// speakerPronoun are the first- and second-person pronouns
// (data/word_classes.txt).
var speakerPronoun = wordClasses.Must("speakerPronoun")

// interviewOutlet is the outlet an interview outside what was said names:
// "In an interview with CNBC, he said", "Speaking to the BBC, Gensler
// said", "he said in comments to Reuters", or a column: "Writing in his
// column for the Sydney Morning Herald, Hooper said"; "" when there is
// none.
func (an *analysis) interviewOutlet(ui int, toks []token.Token, c *cue) string {
	for _, m := range an.units[ui].ments {
		if m.Entity.Type != article.EntityMedia || m.TokStart >= c.cs && m.TokStart < c.ce || m.TokStart > len(toks) {
			continue // (nor past the tokens the rules look at: maxUnitTokens)
		}
		b := m.TokStart - 1
		if b >= 0 && toks[b].Lower == "the" {
			b--
		}
		if b < 1 || toks[b].Quote >= 0 || toks[b].Lower != "with" && toks[b].Lower != "to" && toks[b].Lower != "on" && toks[b].Lower != "in" && toks[b].Lower != "for" {
			continue
		}
		wrote := toks[b].Lower == "in" || toks[b].Lower == "for" // (and "Writing in his column for the Sydney Morning Herald")
		if wrote && writingWord[toks[b-1].Lower] || !wrote && interviewWord[toks[b-1].Lower] {
			return m.Entity.Name // (and "Writing in the Daily Telegraph, the minister warned")
		}
	}
	return ""
}

// interviewWord are the words before "with", "to" or "on" and an outlet
// that make the outlet the one a speaker talked to ("an interview with
// CNBC", "speaking to the BBC", "comments to Reuters")
// (data/word_classes.txt).
var interviewWord = wordClasses.Must("interviewWord")

// writingWord are the words before "in" and an outlet that make the outlet
// the one that ran what a speaker wrote: "Writing in the Daily Telegraph",
// "in an op-ed in The Washington Post" (data/word_classes.txt).
var writingWord = wordClasses.Must("writingWord")

// oneBefore reports whether the last speaker, in this unit or the one
// before, was described as "one" of a kind ("One senior adviser said",
// "one resident told"), so that "Another said" is the next of them.
func (an *analysis) oneBefore(ui int) bool {
	if an.last == nil || an.last.ent != nil || ui-an.lastUnit > 1 || an.last.typ != article.SourceAnonymous && an.last.typ != article.SourcePerson {
		return false
	}
	first, _, _ := strings.Cut(an.last.mention.Text, " ")
	return strings.EqualFold(first, "one") && (strings.Contains(an.last.mention.Text, " ") || strings.HasPrefix(an.last.canon, "one ")) // (or "One" of oneOfGroup)
}

// countedOffKind gives the noun of the unnamed speakers that np counts off
// ("Another", "A third" after "One viewer wrote"): the head of the last
// unnamed source met, when that one opened with "one" and had a noun of its
// own; "" otherwise.
func (an *analysis) countedOffKind(np []token.Token) string {
	if !(len(np) == 1 && np[0].Lower == "another" || len(np) == 2 && np[0].Lower == "a" && ordinalOther[np[1].Lower]) {
		return ""
	}
	for k := len(an.anons) - 1; k >= 0; k-- {
		h := an.anons[k].head
		if h == "one" || h == "another" || ordinalOther[h] {
			continue // the ones counted off before this one
		}
		first, _, _ := strings.Cut(an.anons[k].mention.Text, " ")
		if strings.EqualFold(first, "one") && !pluralNoun(h) && h != "" {
			return h
		}
		return ""
	}
	return ""
}

// saidThatBefore reports whether "said that" (any form of "say") stands in
// toks[from:to] outside quotations: a report the words after belong to.
func saidThatBefore(toks []token.Token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if toks[k].Lower == "that" && toks[k].Quote < 0 && toks[k-1].Quote < 0 && (toks[k-1].Lower == "said" || toks[k-1].Lower == "says") {
			return true
		}
	}
	return false
}

// manyOpens reports whether an unnamed source's words open with a vague
// quantifier: "Many experts", "Some studies", "Most doctors".
func manyOpens(mention string) bool {
	first, _, _ := strings.Cut(strings.ToLower(mention), " ")
	return first == "many" || first == "some" || first == "most" || first == "several"
}

// oneOfGroup returns the singular of the people the sentence before opens
// on when toks[s:e] is "One" opening its sentence in the same paragraph:
// "Fans rushed to respond on Bloomtalk. One wrote: …" is one fan; "" else.
func (an *analysis) oneOfGroup(ui int, toks []token.Token, s, e int) string {
	if e-s != 1 || s != 0 || toks[s].Lower != "one" || toks[s].Quote >= 0 || ui == 0 || an.units[ui-1].para != an.units[ui].para {
		return ""
	}
	prev := an.units[ui-1].toks
	k := 0
	for k < len(prev) && k < 2 && prev[k].Kind == token.Word && prev[k].Quote < 0 && groupDeterminer[prev[k].Lower] {
		k++ // "Many fans", "Some residents"
	}
	if k+1 >= len(prev) || prev[k].Kind != token.Word || prev[k].Quote >= 0 || !pluralNoun(prev[k].Lower) || prev[k+1].Kind != token.Word {
		return ""
	}
	if sg := singular(prev[k].Lower); sg != prev[k].Lower && an.describesPersonNoun(sg) {
		return sg
	}
	return ""
}

// groupDeterminer are the words that may count the people a sentence opens
// on: "Many fans", "Some residents".
var groupDeterminer = map[string]bool{"many": true, "some": true, "several": true, "dozens": true, "hundreds": true, "other": true, "most": true}

// ofWhom reports whether a partitive relative opens at toks[i]: "three of
// whom", "most of whom", "one of which".
func ofWhom(toks []token.Token, i int) bool {
	for k := i + 1; k+1 < len(toks) && k-i <= 3; k++ {
		if toks[k].Kind != token.Word || toks[k].Quote >= 0 {
			return false
		}
		if toks[k].Lower == "of" {
			return toks[k+1].Lower == "whom" || toks[k+1].Lower == "which"
		}
	}
	return false
}

// addedTo reports whether the cue is "add" with "to" after it: "the
// findings added to “a growing body of evidence”" adds to something, it
// reports nothing.
func addedTo(toks []token.Token, c *cue) bool {
	return strings.HasPrefix(c.v.words[0], "add") && c.ve < len(toks) && toks[c.ve].Lower == "to" && toks[c.ve].Quote < 0
}

// subjectOpens reports whether the words from ve to ns open a clause with
// the subject at ns: nothing, "that", or a few plain words of the subject's
// own ("said a ransomware group had claimed"), no comma, quotation,
// subordinate or verb between; a time may come first ("reported last month
// that dozens of owners had complained").
func subjectOpens(toks []token.Token, ve, ns int) bool {
	if ns >= ve {
		ve = pastTime(toks, ve, ns)
	}
	if ns < ve || ns-ve > 4 {
		return false
	}
	for k := ve; k < ns; k++ {
		t := toks[k]
		if t.Kind != token.Word || t.Quote >= 0 || subordinate(toks, k) || clauseAdverbial[t.Lower] || hasFiniteVerb(toks[k:k+1]) ||
			t.Lower == "that" && k > ve {
			return false
		}
	}
	return true
}

// amountObject reports whether the words from i open with an amount that
// a preposition follows, the verb's object rather than a clause's subject:
// "claimed £14,000 in expenses for a home she rented", "announced $5
// billion in aid that …" ("claimed 40% of voters backed him" has its verb
// right after the noun, and "of" …: the amount must be followed by "in",
// "worth" or "for").
func amountObject(toks []token.Token, i, limit int) bool {
	digits := false
	k := i
	for ; k < limit && k-i < 5; k++ {
		t := toks[k]
		switch {
		case t.Quote >= 0:
			return false
		case t.Text == "$" || t.Text == "£" || t.Text == "€" || amountScale[t.Lower]:
		case t.Kind == token.Word && t.Text[0] >= '0' && t.Text[0] <= '9' || currencyNumber(t.Text):
			digits = true
		default:
			return digits && k+1 < limit && amountPrep[t.Lower]
		}
	}
	return false
}

// currencyNumber reports whether w is a number with its currency sign
// ("$5", "£14,000").
func currencyNumber(w string) bool {
	for _, sign := range [...]string{"$", "£", "€"} {
		if rest, ok := strings.CutPrefix(w, sign); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
	}
	return false
}

// amountScale are the words that scale an amount ("$5 billion", "£3m"),
// and amountPrep the prepositions that make an amount an object ("in
// damages", "worth of") (data/word_classes.txt).
var (
	amountScale = wordClasses.Must("amountScale")
	amountPrep  = wordClasses.Must("amountPrep")
)

// courtBody are the courts and hearings that "heard" what was said before
// them (data/word_classes.txt).
var courtBody = wordClasses.Must("courtBody")

// judgeWord are the judges whose "held" or "heard" is the court's
// (data/word_classes.txt).
var judgeWord = wordClasses.Must("judgeWord")

// courtSubject reports whether the subject toks[ns:ne] is a court, a hearing
// or a judge: "The High Court", "the inquest", "the bench", "Justice Anita
// Rao", "Judge Collins" ("The court heard that …", "the judge held that …").
func courtSubject(toks []token.Token, ns, ne int) bool {
	if ne <= ns {
		return false
	}
	last := toks[ne-1].Lower
	if courtBody[last] || judgeWord[last] {
		return true
	}
	i := ns
	if toks[i].Lower == "the" && i+1 < ne {
		i++
	}
	// A judge's title before the name ("Justice Anita Rao held that").
	return i+1 < ne && judgeWord[toks[i].Lower] && toks[i].Cap() && toks[ne-1].Cap()
}

// subjectPronoun are the pronouns that can only be a clause's subject
// (data/word_classes.txt).
var subjectPronoun = wordClasses.Must("subjectPronoun")

// clauseAdverbial are the words besides subordinate's that open an
// adverbial clause or phrase after an object (data/word_classes.txt).
var clauseAdverbial = wordClasses.Must("clauseAdverbial")

// prepPhraseOnly reports whether toks[s:e] is a prepositional adverbial
// with no finite verb: "At an appearance on CNN on January 4, he described
// seeing one rape" sets the scene; it is not what he described.
func prepPhraseOnly(toks []token.Token, s, e int) bool {
	if s >= e || toks[s].Kind != token.Word || toks[s].Quote >= 0 || !scenePreposition[toks[s].Lower] {
		return false
	}
	for _, t := range toks[s:e] {
		if t.Quote >= 0 || finiteVerb[t.Lower] || finiteAux[t.Lower] {
			return false
		}
	}
	return true
}

// quotedThenScene returns where an object and the words quoted about it,
// from i up to limit, end: at the closing quotation mark when only a
// scene's prepositional phrase follows it, one with a scene's noun or a
// time ("calling the damage “widespread and severe” in a statement",
// "called the offer “insulting” at a rally on Saturday"; not "what he
// called the Covid “crisis” in universities"), else limit.
func quotedThenScene(toks []token.Token, i, limit int) int {
	e := limit
	for e > i && toks[e-1].Quote < 0 && (toks[e-1].Kind == token.Punct || toks[e-1].Kind == token.Mark) {
		e-- // the sentence's full stop
	}
	q := e
	for q > i && toks[q-1].Quote < 0 {
		q--
	}
	if q == e || q == i || !prepPhraseOnly(toks, q, e) {
		return limit
	}
	for _, t := range toks[q:e] {
		if sceneNoun[t.Lower] || timeNoun[t.Lower] || t.Cap() && monthName[t.Lower] {
			return q
		}
	}
	return limit
}

// sceneNoun are the nouns of where or how words were said
// (data/word_classes.txt).
var sceneNoun = wordClasses.Must("sceneNoun")

// approxNumber reports whether toks[i] opens an approximate number, the
// subject of what was said ("said about 1,900 hectares had been treated",
// "said over 200 homes were lost"), not a topic or an adjunct.
func approxNumber(toks []token.Token, i, limit int) bool {
	if i+1 >= limit || !approxWord[toks[i].Lower] || toks[i].Quote >= 0 || toks[i+1].Text == "" {
		return false
	}
	c := toks[i+1].Text[0]
	return c >= '0' && c <= '9' || cardinals[toks[i+1].Lower]
}

// approxWord are the words before a number that make it approximate
// (data/word_classes.txt).
var approxWord = wordClasses.Must("approxWord")

func adjunctStart(t token.Token) bool {
	if t.Text == "," || t.Lower == "that" {
		return true
	}
	if t.Kind != token.Word || t.Quote >= 0 {
		return false
	}
	if timeWord[t.Lower] || prepAfter[t.Lower] {
		return true
	}
	switch t.Lower {
	case "during", "after", "before", "via", "by", "through", "over", "under", "also", "again", "repeatedly",
		"previously", "then", "however", "publicly", "privately", "separately", "recently", "explicitly",
		"clearly", "firmly", "flatly", "bluntly", "simply", "once", "twice", "last", "later", "earlier", "as",
		"backstage", "onstage", "afterwards", "afterward", "here", "there", "outside", "inside", "online", "instead":
		return true
	}
	return strings.HasSuffix(t.Lower, "ly")
}

// timeSubject reports whether the time words at toks[i] are the subject of
// what was said, a finite auxiliary right after them: "said Friday
// afternoons would be used for training" (not "said Friday that …").
func timeSubject(toks []token.Token, i, limit int) bool {
	if i >= limit || timeLead[toks[i].Lower] || toks[i].Lower == "earlier" || toks[i].Lower == "later" {
		return false // "said on Monday …", "said earlier …": an adverbial
	}
	j := i
	for j < limit && j-i < 3 && toks[j].Kind == token.Word && toks[j].Quote < 0 && (timeWord[toks[j].Lower] || j > i && timeWord[singular(toks[j].Lower)]) {
		j++
	}
	return j > i && j < limit && toks[j].Quote < 0 && finiteAux[toks[j].Lower]
}

// timeNoun are the words of timeWord that make a run of them a time
// (data/word_classes.txt).
var timeNoun = wordClasses.Must("timeNoun")

// monthName are the months that are no other word (data/word_classes.txt).
var monthName = wordClasses.Must("monthName")

// pastTime returns where the content starting at i begins after a time
// adverbial that opens it: "said on Monday it would veto the bill" said
// "it would veto the bill". i when there is none, or nothing after it.
func pastTime(toks []token.Token, i, limit int) int {
	j, noun := i, false
	for j < limit && toks[j].Kind == token.Word && toks[j].Quote < 0 && timeWord[toks[j].Lower] {
		// A month is a time when it is capitalised ("in January"; not
		// "may").
		noun = noun || timeNoun[toks[j].Lower] || toks[j].Cap() && monthName[toks[j].Lower]
		j++
	}
	for j > i && timeLead[toks[j-1].Lower] {
		j-- // "said Tuesday the Senate would vote": "the" opens what was said
	}
	if j > i && j+1 < limit && toks[j].Text == "," && toks[j].Quote < 0 {
		// "As The Intercept reported in January, the protocol …", "As
		// the minister noted earlier, Moscow is …"
		j, noun = j+1, true
	}
	if !noun || j >= limit || countWords(toks[j:limit]) < 3 || toks[j].Kind != token.Word || timeSubject(toks, i, limit) {
		return i // ("said Friday afternoons would be used for training": the subject)
	}
	return j
}

// timeLead are the time words that only lead into a time ("on", "the" of
// "on the morning of"), never end one (data/word_classes.txt).
var timeLead = wordClasses.Must("timeLead")

// adjunctOnly reports whether the content at i opens with "as", "during",
// "before", "after", "following", "amid" or "despite" and holds no "that"
// or quotation: an adjunct of the verb ("testified … as part of the
// impeachment inquiry", "testified before two committees", "said as much in
// an interview", "said Tuesday after posting a loss"), not what was said. (Not
// "to", "in" or "about": "urged people to …", "complains about how …".)
func adjunctOnly(toks []token.Token, i, limit int) bool {
	if i >= limit || toks[i].Kind != token.Word || toks[i].Quote >= 0 {
		return false
	}
	switch toks[i].Lower {
	case "as", "during", "before", "after", "following", "amid", "despite":
	default:
		return false
	}
	for _, t := range toks[i:limit] {
		if t.Lower == "that" || t.Quote >= 0 {
			return false
		}
	}
	return true
}

// timeOnly reports whether toks hold nothing but a time adverbial and
// punctuation: what follows "another judge denied" in "a request that
// another judge denied late on Wednesday" is no content.
func timeOnly(toks []token.Token) bool {
	for _, t := range toks {
		if t.Kind == token.Word && !timeWord[t.Lower] && !(t.Lower[0] >= '0' && t.Lower[0] <= '9') {
			return false
		}
	}
	return true
}

// knowledgeTail returns where what an unnamed source knows ends when it
// follows the source's noun ending at i ("familiar with the matter", "close
// to the talks", "aware of the plans", "briefed on the negotiations"), i when
// nothing of the kind follows.
func knowledgeTail(toks []token.Token, i int) int {
	if i+2 >= len(toks) || toks[i].Quote >= 0 {
		return i
	}
	if !knowledgeOpener(toks[i].Lower, toks[i+1].Lower) {
		return i
	}
	k := i + 2
	for k < len(toks) && k-i <= 7 && toks[k].Kind == token.Word && toks[k].Quote < 0 && !endsSpeakerWord[toks[k].Lower] {
		k++
	}
	return k
}

// knowledgeOpener reports whether w and next open what an unnamed source
// knows: "familiar with", "close to", "aware of", "briefed on".
func knowledgeOpener(w, next string) bool {
	return w == "familiar" && next == "with" || w == "close" && next == "to" || w == "aware" && next == "of" || w == "briefed" && next == "on"
}

// endsSpeakerWord are the words that end what an unnamed source knows: a
// conjunction, a relative or a participle after it (data/word_classes.txt).
var endsSpeakerWord = wordClasses.Must("endsSpeakerWord")

// endsSpeaker reports whether the token at i can follow an inverted
// speaker ("said the minister." / "said Smith, adding" / "said Smith in
// Berlin"), not a verb of a new clause ("said the administration would").
func endsSpeaker(toks []token.Token, i int) bool {
	if i >= len(toks) || toks[i].Kind != token.Word {
		return true
	}
	switch toks[i].Lower {
	case "in", "on", "at", "during", "after", "before", "to", "from", "with", "when", "while", "as", "who",
		"which", "adding", "referring", "according", "told", "last", "this", "earlier", "later", "today",
		"yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and", "but":
		return true
	case "of":
		// "said Sarah Green of the Sierra Club", "of Friends of the
		// Earth": the body the speaker is with, a kind of body before
		// its name perhaps ("of oil broker PVM", "of the consultancy
		// Capital Economics").
		for k := i + 1; k < len(toks) && k-i <= 3; k++ {
			if toks[k].Kind != token.Word || toks[k].Quote >= 0 {
				return false
			}
			if toks[k].Cap() {
				return true
			}
		}
	}
	return false
}

// placeOnly reports whether the description is just a place name
// ("Russia"), which garbled text puts before an inverted cue.
func (an *analysis) placeOnly(toks []token.Token, s, e int) bool {
	if s < 0 || e-s > 2 {
		return false
	}
	w := an.text[toks[s].Start:toks[e-1].End]
	_, ok := an.s.gaz.Place(w)
	return ok
}

// homePlace reports whether toks[s:e] is a place a person comes from or
// represents: a place name or a US state or Canadian province ("Sen. James
// Lankford of Oklahoma").
func (an *analysis) homePlace(toks []token.Token, s, e int) bool {
	if an.placeOnly(toks, s, e) {
		return true
	}
	return e-s <= 2 && stateName[an.text[toks[s].Start:toks[e-1].End]]
}

// describesPerson reports whether a description names a person or a role.
func (an *analysis) describesPerson(toks []token.Token, s, e int) bool {
	words := make([]string, 0, e-s)
	for _, t := range toks[s:e] {
		words = append(words, t.Text)
	}
	if an.s.gaz.Describe(words).Valid() {
		return true
	}
	_, ok := an.s.lex.pronouns[toks[s].Lower]
	return ok
}

func countWords(toks []token.Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind == token.Word {
			n++
		}
	}
	return n
}

// endsClause reports whether the text before token i ends a clause: a
// comma, a closing quote, or a quote mark ("...Griner“Blinken said").
func endsClause(toks []token.Token, i int) bool {
	if i <= 0 {
		return false
	}
	p := toks[i-1]
	if p.Kind == token.Mark || p.Text == "," || p.Text == "—" || p.Text == "–" {
		return true
	}
	if p.Kind == token.Word && i >= 2 && toks[i-2].Kind == token.Mark {
		return true // “…” after the interview, X said
	}
	// "“…” after the interview, X admitted": a quote in the last few tokens.
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if toks[j].Kind == token.Mark {
			return p.Text == "," || p.Kind == token.Word
		}
	}
	return false
}

// npWord reports whether a token may be part of a speaker description.
// nameHoldsWords reports whether every word of ws is a word of name,
// regardless of case.
func nameHoldsWords(name string, ws []token.Token) bool {
	words := strings.Fields(strings.ToLower(name))
	for _, w := range ws {
		if w.Kind != token.Word || !slices.Contains(words, w.Lower) {
			return false
		}
	}
	return true
}

// hyphenParticiple reports whether w is a compound modifier that ends in a
// participle: "state-affiliated", "Iran-backed" (lower-cased),
// "government-run".
func hyphenParticiple(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	last := w[i+1:]
	switch last {
	case "run", "led", "held", "built", "known", "born":
		return true
	}
	return len(last) > 3 && strings.HasSuffix(last, "ed")
}

// openingBracket returns the index of the "(" that the ")" at toks[c]
// closes, at most 12 tokens back and with no quotation inside, or -1.
func openingBracket(toks []token.Token, c int) int {
	if c < 2 || toks[c].Text != ")" || toks[c].Quote >= 0 {
		return -1
	}
	for k := c - 1; k >= 0 && c-k <= 12; k-- {
		switch {
		case toks[k].Quote >= 0 || toks[k].Kind == token.Mark || toks[k].Text == ")":
			return -1
		case toks[k].Text == "(":
			return k
		}
	}
	return -1
}

// plainModifier reports whether t may modify a noun after an article
// without being a name, a function word or a reporting verb: "weather" of
// "the weather service".
// stockIndex are the share indexes whose name and number describe a listed
// company: "the FTSE 250 company", "the ASX 200 miner"
// (data/word_classes.txt).
var stockIndex = wordClasses.Must("stockIndex")

// companyDescription reports whether toks[s:e] describes a business by
// where it is based or listed, or its index, with no name of its own: "The
// FTSE 250 company", "the Nasdaq-listed chipmaker", "the New York-based
// firm", "the blue-chip group". Such a phrase is "the company": the
// business named before.
func companyDescription(toks []token.Token, s, e int) bool {
	if e-s < 3 || e-s > 6 || toks[s].Lower != "the" {
		return false
	}
	if h := toks[e-1].Lower; !firmNoun[h] && !companyKind[h] || toks[e-1].Quote >= 0 {
		return false
	}
	modified := false
	for k := s + 1; k < e-1; k++ {
		t := toks[k]
		switch {
		case t.Kind != token.Word || t.Quote >= 0:
			return false
		case entity.OriginWord(t.Lower) || listingSuffix(t.Lower) || t.Lower == "blue-chip":
			modified = true
		case stockIndex[t.Lower] && k+1 < e-1 && isNumber(toks[k+1].Text):
			modified = true
			k++
		case stockIndex[t.Lower]:
			modified = true
		case t.Cap() && k+1 < e-1 && (entity.OriginWord(toks[k+1].Lower) || listingSuffix(toks[k+1].Lower) || toks[k+1].Cap()):
			// a place's first words before "-based": "New York-based"
		default:
			return false
		}
	}
	return modified
}

// listingSuffix reports whether w says where a business is listed or who
// owns it: "Nasdaq-listed", "London-listed", "state-owned", "Saudi-backed".
func listingSuffix(w string) bool {
	return strings.HasSuffix(w, "-listed") || strings.HasSuffix(w, "-owned") || strings.HasSuffix(w, "-backed") || strings.HasSuffix(w, "-headquartered")
}

func plainModifier(an *analysis, t token.Token) bool {
	return t.Kind == token.Word && t.Quote < 0 && !t.Cap() && !an.s.gaz.Stopword(t.Text) && len(an.s.lex.verbs[t.Lower]) == 0 &&
		!strings.HasSuffix(t.Lower, "’s") && !strings.HasSuffix(t.Lower, "'s")
}

// speakerNoun reports whether t is a lower-case noun that heads a
// speaker's description: a source's noun, a role or a person's noun
// ("analyst", "minister", "spokesperson").
func (an *analysis) speakerNoun(t token.Token) bool {
	if t.Kind != token.Word || t.Quote >= 0 || t.Cap() {
		return false
	}
	l := strings.TrimSuffix(strings.TrimSuffix(t.Lower, "’s"), "'s")
	return an.s.lex.sources[l] != "" || an.s.gaz.RoleHead(l) || an.s.lex.personNoun(l)
}

func (an *analysis) npWord(t token.Token) bool {
	if t.Kind != token.Word || t.Quote >= 0 {
		return false
	}
	if an.lowerName[t.Start] {
		return true // a surname in lower case: "– said dzhaksybekov"
	}
	if t.Cap() {
		return !an.s.gaz.Stopword(t.Text) || an.isTitle(t.Text) || an.isDet(t.Lower) || an.s.gaz.RoleWord(t.Lower) || an.nameStart[t.Start] // ("the First Minister")
	}
	l := strings.TrimSuffix(strings.TrimSuffix(t.Lower, "’s"), "'s")
	if _, ok := an.s.lex.dets[l]; ok {
		return true
	}
	if _, ok := an.s.lex.sources[l]; ok {
		return true
	}
	if an.s.lex.npWords[l] || an.s.gaz.RoleWord(l) || an.s.lex.personNoun(l) || an.isEpithet(l) {
		return true
	}
	if l != t.Lower || an.describesPersonNoun(l) {
		return true // "the suspect's mother", "Trump's attorneys"
	}
	if hyphenParticiple(l) {
		return true // "state-affiliated media", "Iran-backed militias"
	}
	if _, ok := an.s.gaz.Place(l); ok {
		return true
	}
	return false
}

func (an *analysis) isTitle(w string) bool {
	_, ok := an.s.gaz.Title(w)
	return ok
}

// leftNP finds the speaker ending just before the verb at i, skipping
// adverbs and auxiliaries ("Lavrov also said", "Sherman was reported to
// tweet"), or through a relative pronoun ("Mr Lavrov, who accused").
func (an *analysis) leftNP(toks []token.Token, i int) (int, int) {
	if i >= 4 && toks[i-1].Text == "," && toks[i-3].Text == "," && toks[i-2].Kind == token.Word && toks[i-2].Quote < 0 &&
		(connective[toks[i-2].Lower] || toks[i-2].Lower == "though" || toks[i-2].Lower == "too") {
		// "The Sindh Power Distribution Company (SPDC), however, told
		// reporters": the subject before the connective set off by commas.
		if ns, ne := an.leftNP(toks, i-3); ns >= 0 && (ne == i-3 || ne < i-3 && toks[ne].Text == "(") {
			return ns, ne // (and its initials in brackets)
		}
	}
	if q := an.documentAdjunctBefore(toks, i); q > 0 {
		// "The Comptroller and Auditor General (CAG), in a report tabled
		// in the Assembly last year, had pointed out": the subject before
		// the document it spoke in.
		if ns, ne := an.leftNP(toks, q); ns >= 0 && (ne == q || ne < q && toks[ne].Text == "(") {
			return ns, ne
		}
	}
	if q := interviewAdjunctBefore(toks, i); q > 0 {
		// "farkas-veres in the interview to agency said": the subject
		// before an interview it gave, without commas (translated copy).
		if ns, ne := an.leftNP(toks, q); ns >= 0 && ne == q {
			return ns, ne
		}
	}
	if q := signedStatementBefore(toks, i); q > 0 {
		// "A civil society group, the Situation Room, in a statement
		// signed by its convener, Dr Halima Bello-Sanni, called": the
		// subject before the statement that someone signed.
		if ns, ne := an.leftNP(toks, q); ns >= 0 && ne == q {
			return ns, ne
		}
	}
	if d := an.wireDatelineEnd(toks, 0, len(toks)); d > 0 && d < i {
		// "LONDON, Feb 6 (Reuters) - Halvorsen Foods, the maker of …,
		// posted": the subject after the dateline, never the place.
		if ns, ne := an.leftNP(toks[d:], i-d); ns >= 0 {
			return ns + d, ne + d
		}
		return -1, -1
	}
	if k := openingBracket(toks, i-1); k > 0 && !(k+3 == i && entity.IsAcronym(toks[k+1].Text)) {
		// "Acme Robotics (NASDAQ: ACME) said", "John Smith (pictured)
		// said": the speaker before the brackets (an acronym alone in
		// them is the name's: "The Office for National Statistics (ONS)
		// said", below).
		if ns, ne := an.leftNP(toks, k); ns >= 0 && ne == k {
			return ns, ne
		}
	}
	if ds := an.roleForPlace(toks, i); ds >= 0 {
		// "The member of parliament for St Catherine East Central
		// described": the office holder, not the constituency.
		return ds, i
	}
	if k := ageBracketBefore(toks, i); k > 0 {
		// "Mrs Sekai Moyo (58) of Ward 14 said": the name before the age
		// in brackets and where the person is from.
		if ns, ne := an.npEndingAt(toks, k); ns >= 0 && ne == k && toks[ne-1].Cap() {
			return ns, ne
		}
	}
	if goesOnTo(toks, i) {
		// "She went on to say", "the minister continued to insist"
		i -= 2
		if toks[i].Lower == "on" {
			i--
		}
	}
	j := i
	for j > 0 && i-j < 5 && toks[j-1].Kind == token.Word && an.s.lex.adverbs[toks[j-1].Lower] && toks[j-1].Quote < 0 {
		j--
	}
	if k := openingBracket(toks, j-1); j < i && k > 0 && !(k+3 == j && entity.IsAcronym(toks[k+1].Text)) {
		// "Previous research (Jones et al., 2019) has shown": the
		// brackets before an auxiliary, as before the verb above.
		if ns, ne := an.leftNP(toks, k); ns >= 0 && ne == k {
			return ns, ne
		}
	}
	if k := an.adjunctBefore(toks, j); k < j {
		// "The ministry on Friday said", "The company in a statement
		// said": the speaker ends before the time or the medium; "A
		// report published last week found": before the participle too.
		if p := docParticipleEnding(toks, k-1); p >= 1 && an.s.lex.sources[toks[p-1].Lower] == article.SourceDocument {
			k = p
		}
		if ns, ne := an.npEndingAt(toks, k); ns >= 0 && ne == k && (ns == 0 || toks[ns-1].Kind != token.Word || an.clauseOpener(toks, ns-1) ||
			subordinate(toks, ns-1) || toks[ns-1].Lower == "that") {
			j = k // (not "The woman who filmed Abdush on October 7 told": an object)
		}
	}
	if ns, ne := an.withKnowledge(toks, j); ns >= 0 {
		return ns, ne
	}
	// "a man who witnesses said was carrying a knife": the subject after
	// the relative pronoun, not the noun the clause belongs to.
	for k := j - 2; k >= 1 && j-k <= 4; k-- {
		t := toks[k]
		if t.Kind != token.Word || t.Quote >= 0 || an.isVerb(toks, k) {
			break
		}
		if t.Lower == "who" || t.Lower == "whom" || t.Lower == "which" {
			if an.validNP(toks[k+1 : j]) {
				return k + 1, j
			}
			break
		}
	}
	if j > 1 && (toks[j-1].Lower == "and" || toks[j-1].Lower == "but" && coordVerb[toks[i].Lower] && (an.reportBefore(toks, j-1) || stanceBefore(toks, j-1))) && toks[j-1].Quote < 0 {
		// ("admitted that mistakes had been made but insisted the policy
		// was right": after "but", a reporting verb of coordVerb when a
		// report comes before it; not "voters who backed Haley but said
		// …".)
		// "She praised the reports of Ward and Bashir and suggested
		// that": a second verb shares the clause's subject; in a relative
		// clause ("the employee, who identified as a supervisor and told
		// investigators that") the noun the clause belongs to. Not a base
		// form, which nouns and plurals share ("local and state leaders",
		// "go back and find out").
		if v, ok := an.verbAt(toks, i); ok && !v.bare {
			for k := j - 2; k > 0 && j-k < 25; k-- {
				if toks[k].Quote >= 0 || toks[k].Text == "." {
					break
				}
				if toks[k].Lower == "who" && an.reportBefore(toks, k) {
					break // inside what was said: "Kearney said she understood the anger of young people who felt …, but insisted"
				}
				if toks[k].Lower == "who" {
					e := k
					if toks[e-1].Text == "," {
						e--
					}
					if ps, pe := an.partyTagged(toks, e); ps >= 0 {
						return ps, pe // "Cllr Gurpreet Sandhu (Con), who voted in favour, said"
					}
					if ns, ne := an.npEndingAt(toks, e); ns >= 0 {
						return ns, ne
					}
					break
				}
			}
			subject := an.clauseSubject
			if strings.HasSuffix(toks[i].Lower, "s") {
				// (A verb in "-s" may be a plural noun: "forced to perform
				// in training and shows" reports nothing.)
				subject = an.firstNP
			}
			if ns, ne := subject(toks[:j-1]); ns >= 0 && ne < j-1 {
				return ns, ne
			}
		}
	}
	if j > 0 && (toks[j-1].Lower == "who" || toks[j-1].Lower == "which") {
		k := j - 1
		if k > 0 && toks[k-1].Text == "," {
			k--
		}
		if ps, pe := an.acronymTagged(toks, k); ps >= 0 {
			return ps, pe // "Peru's National Institute of Civil Defense (INDECI), which said"
		}
		if k >= 4 && toks[k-1].Text == ")" && toks[k-3].Text == "(" && toks[k-1].Quote < 0 && entity.IsAcronym(toks[k-2].Text) {
			// "a strike notice issued by the Food and Drink Federation
			// (FDF), which says": the body the short form is of, wherever
			// its name stands in the clause.
			if ps, pe := an.npEndingAt(toks, k-3); ps >= 0 && pe == k-3 && toks[pe-1].Cap() {
				return ps, pe
			}
		}
		ns, ne := an.npEndingAt(toks, k)
		if toks[j-1].Lower == "who" && k < j-1 && ns > 1 && titleSmallWords[toks[ns-1].Lower] {
			// "Angela Pemberton, headteacher of Fenside Primary School in
			// King's Lynn, who said": the person the description after
			// the comma belongs to, not the place it ends on.
			for c := ns - 2; c > 0 && ns-c < 16; c-- {
				if toks[c].Quote >= 0 || sentenceEnd(toks[c]) || toks[c].Kind == token.Mark {
					break
				}
				if toks[c].Text == "," {
					if ps, pe := an.npEndingAt(toks, c); ps >= 0 && pe == c && an.personName(toks, ps, pe) {
						return ps, pe
					}
					break
				}
			}
		}
		if toks[j-1].Lower == "which" && ns > 1 && prepAfter[toks[ns-1].Lower] {
			// "the network's statement about SecondEyes, which described
			// it as …": what "which" is, is the source noun the
			// prepositional phrase hangs on.
			if ps, pe := an.npEndingAt(toks, ns-1); ps >= 0 && an.s.lex.sources[toks[pe-1].Lower] != "" {
				return ps, pe
			}
		}
		return ns, ne
	}
	if ps, pe := an.partyTagged(toks, j); ps >= 0 {
		// "Rep. Alexandria Ocasio-Cortez (D-N.Y.) tweeted": a party and
		// state in brackets after the name.
		return ps, pe
	}
	if ps, pe := an.acronymTagged(toks, j); ps >= 0 {
		// "The Office for National Statistics (ONS) said": the body's
		// short name in brackets after its name.
		return ps, pe
	}
	if j > 1 && toks[j-1].Text == "," && toks[j-1].Quote < 0 {
		// "The press secretary, Karine Jean-Pierre, said": the appositive;
		// "Sarah Collins, 45, from Leeds, said": the name opening the chain.
		c := j - 1
		// "Sen. Mitch McConnell, R-Ky., told": a party and state after
		// the name.
		p := partyTagStart(toks, c-1)
		if p >= 2 && partyState(toks[p].Text) {
			if toks[p-1].Text == "," {
				if ps, pe := an.npEndingAt(toks, p-1); ps >= 0 && toks[pe-1].Cap() {
					return ps, pe
				}
			}
		}
		for n := 0; n < 3 && c >= 3 && toks[c-2].Text == "," && credential[strings.TrimSuffix(toks[c-1].Text, ".")]; n++ {
			c -= 2 // "Superintendent of Police N. Silambarasan, IPS, said", "Jane Doe, MD, said"
		}
		nameS, nameE := -1, -1 // a name passed over in the chain
		for seg := 0; seg < 4 && c > 0; seg++ {
			if ns, ne := an.npEndingAt(toks, c); ns >= 0 && (ns == 0 || toks[ns-1].Text == "," || openingQuoteBefore(toks, ns) || an.clauseOpener(toks, ns-1)) &&
				!(seg == 0 && addressTail(toks, ns, ne)) {
				if seg == 0 && ns > 0 && toks[ns-1].Text == "," {
					// "Tim Cook, Apple's chief executive, said": the name the
					// description is in apposition to.
					if ps, pe := an.nameBefore(toks, ns-1, ns); ps >= 0 {
						return ps, pe
					}
					// "The governor, a Republican, said": an indefinite
					// description after the speaker.
					if an.isDet(toks[ns].Lower) && !an.isDef(toks[ns].Lower) {
						if ps, pe := an.npEndingAt(toks, ns-1); ps >= 0 && (ps == 0 || toks[ps-1].Text == "," || openingQuoteBefore(toks, ps) || an.clauseOpener(toks, ps-1)) &&
							(toks[pe-1].Cap() || an.isDef(toks[ps].Lower)) {
							return ps, pe
						}
					}
				}
				coordinated := ns > 0 && toks[ns-1].Lower == "and" && an.isDescription(toks, ns, ne)
				if (ns == 0 || toks[ns-1].Text != "," || seg == 0 || connectiveOpens(toks, ns)) && !coordinated {
					// "Another former employee, John Ryan O’Rourke, who was
					// …, said": the name, not the description opening the chain.
					if nameS >= 0 && seg > 0 && an.isDescription(toks, ns, ne) {
						return nameS, nameE
					}
					return ns, ne
				}
				if nameS < 0 && !an.isDescription(toks, ns, ne) {
					nameS, nameE = ns, ne
				} else if ps := capitalTail(toks, ns, ne); nameS < 0 && seg > 0 && ps > ns && !toks[ps-1].Cap() && an.personName(toks, ps, ne) {
					// "The group's chair, retired headteacher Malcolm
					// Drysdale-Innes, who signed the letter, wrote": the
					// name after its role in lower case, passed over as
					// above.
					nameS, nameE = ps, ne
				}
			}
			// A segment may be a parenthetical as long as "in a statement
			// released by the White House", or two descriptions ("the
			// director of the Berkeley Judicial Institute and a retired
			// federal judge").
			k := c - 1
			for k > 0 && c-k < 30 && toks[k].Text != "," && (toks[k].Kind != token.Mark || pluralPossessiveMark(toks, k)) && (toks[k].Text != "." || numberDot(toks, k) || an.abbrevDot(toks, k) || partyState(toks[partyTagStart(toks, k)].Text)) {
				k-- // (through a party and state: "Rep. Rosa DeLauro, D-Conn., the top Democrat on …, said")
			}
			if k <= 0 || toks[k].Text != "," || c-k > 16 && toks[k+1].Lower != "who" && toks[k+1].Lower != "whose" {
				break // (longer only a relative clause: "Pauline Grady, 68, who has lived … and helped gather …, said")
			}
			c = k
		}
		if nameS >= 0 && (an.personName(toks, nameS, nameE) || nameE+2 < len(toks) && toks[nameE].Text == "," && isNumber(toks[nameE+1].Text) && toks[nameE+2].Text == ",") {
			// "At the evacuation centre in East Lismore, Kerrie Mullins,
			// 67, said": the name after an opening adverbial (a known
			// first name, or an age after it).
			return nameS, nameE
		}
		// "Officials, who spoke on condition of anonymity ..., said".
		for k := j - 2; k > 0 && j-k < 40; k-- {
			if toks[k].Quote >= 0 || toks[k].Text == "." && !an.abbrevDot(toks, k) || toks[k].Kind == token.Mark {
				break
			}
			if toks[k].Lower == "who" && k >= 3 && toks[k-1].Lower == "and" && toks[k-2].Text == "," {
				// "One woman whose father spent 31 hours on a trolley,
				// and who asked not to be named, said": the noun of the
				// first relative clause, which the second joins.
				for w := 1; w < k-2; w++ {
					if toks[w].Lower == "whose" || toks[w].Lower == "who" {
						if ns, ne := an.npEndingAt(toks, w); ns >= 0 && ne == w && (ns == 0 || toks[ns-1].Text == ",") {
							return ns, ne
						}
						break
					}
				}
			}
			if (toks[k].Lower == "who" || toks[k].Lower == "which" || toks[k].Lower == "whose") && toks[k-1].Text == "," {
				// (and "whose": "Outside the main entrance, Earl Jenkins,
				// whose wife is recovering from hip surgery, said")
				if ns, ne := an.npEndingAt(toks, k-1); ns >= 0 {
					if ns >= 3 && toks[ns-1].Lower == "including" && toks[ns-2].Text == "," {
						// "Supporters of the law, including Rep. Shelby
						// Slawson, who wrote it, have argued": the group
						// the one named belongs to.
						if ps, pe := an.npEndingAt(toks, ns-2); ps >= 0 {
							return ps, pe
						}
					}
					if ds := an.documentBy(toks, ns); ds >= 0 {
						return ds, ne // "An email sent to staff on Monday, which was seen by …, said"
					}
					return ns, ne
				}
				if ds := an.documentBy(toks, k-1); ds >= 0 {
					return ds, k - 1 // "An email sent to staff on Monday, which …, said"
				}
				if ns, ne := an.partyTagged(toks, k-1); ns >= 0 {
					return ns, ne // "State Sen. Rick Alvarez (R-Dallas), who voted against the bill, said"
				}
				if ns, ne := an.acronymTagged(toks, k-1); ns >= 0 {
					return ns, ne // "The European Farmers' Council (EFC), which represents …, said"
				}
				// "A person familiar with the matter, who asked not to be
				// named …, said": the description before the clause.
				return an.withKnowledge(toks, k-1)
			}
		}
		return -1, -1
	}
	ns, ne := an.npEndingAt(toks, j)
	if fs, fe := an.firstConjunct(toks, ns, ne); fs >= 0 {
		return fs, fe
	}
	if ds := an.documentBy(toks, ns); ds >= 0 {
		return ds, ne // "Documents seen by the BBC show": the documents, not the BBC
	}
	if ns < 0 {
		if ds := an.documentBy(toks, j); ds >= 0 {
			return ds, j // "An email sent to staff on Monday said"
		}
	}
	if ds := an.documentOfTopic(toks, j); ds >= 0 {
		return ds, j // "A review of the scheme found", "A letter to shareholders said"
	}
	if j > 2 {
		// "The former employee who spoke to The Intercept said": the noun
		// the relative clause belongs to, not the last noun in it.
		for k := j - 1; k > 0 && j-k < 14; k-- {
			t := toks[k]
			if t.Quote >= 0 || t.Kind != token.Word {
				break
			}
			if t.Lower == "who" || t.Lower == "whose" {
				if hs, he := an.npEndingAt(toks, k); hs >= 0 {
					return hs, he
				}
				break
			}
		}
	}
	return ns, ne
}

// softRolesOnly reports whether the person holds no office: no role, or only
// a spokesperson's or an official's.
func softRolesOnly(e *entity.Entity) bool {
	for _, r := range e.Roles {
		if r.Class != "spokesperson" && r.Class != "official" {
			return false
		}
	}
	return true
}

// prevSubjectPerson is the person the sentence before unit ui, in the same
// paragraph, opens on (after titles), when that person holds no office (no
// role, or only a spokesperson's or an official's); nil otherwise.
func (an *analysis) prevSubjectPerson(ui int) *entity.Entity {
	if ui == 0 || an.units[ui-1].para != an.units[ui].para || an.units[ui-1].headline {
		return nil
	}
	pt := an.units[ui-1].toks
	var first *entity.Mention
	for k := range an.units[ui-1].ments {
		m := &an.units[ui-1].ments[k]
		if m.Entity.Type == article.EntityPerson && m.Entity.Strong && (first == nil || m.TokStart < first.TokStart) {
			first = m
		}
	}
	if first == nil || first.TokStart > 10 || !softRolesOnly(first.Entity) {
		return nil
	}
	for k := 0; k < first.TokStart; k++ {
		if pt[k].Kind != token.Word || pt[k].Quote >= 0 || an.isVerb(pt, k) {
			return nil // (the subject: "Opposition spokesperson on national security Dr Lorraine Mattis-Grant was unconvinced")
		}
	}
	return first.Entity
}

// roleForPlace returns where a definite office for a place starts when it
// stands right before toks[i]: "The member of parliament for St Catherine
// East Central", "the MP for Kingston"; -1 if none does.
func (an *analysis) roleForPlace(toks []token.Token, i int) int {
	p := i - 1
	for p > 0 && i-p <= 5 && toks[p].Kind == token.Word && toks[p].Quote < 0 && toks[p].Cap() {
		p--
	}
	if p < 2 || p == i-1 || toks[p].Lower != "for" || toks[p].Quote >= 0 {
		return -1
	}
	d := p - 1
	for d > 0 && p-d <= 4 && toks[d].Kind == token.Word && toks[d].Quote < 0 && !an.isDet(toks[d].Lower) {
		d--
	}
	if !an.isDef(toks[d].Lower) || d+1 >= p || d > 0 && toks[d-1].Kind == token.Word && !an.clauseOpener(toks, d-1) {
		return -1
	}
	words := make([]string, 0, p-d-1)
	for _, t := range toks[d+1 : p] {
		words = append(words, t.Text)
	}
	if !an.s.gaz.Describe(words).Valid() {
		return -1
	}
	return d
}

// ageBracketBefore returns where an age in brackets opens ("(58)") when it
// and a place after "of" or "from" stand right before toks[i]: "Mrs Sekai
// Moyo (58) of Ward 14 said"; 0 if they do not.
func ageBracketBefore(toks []token.Token, i int) int {
	p := i - 1
	for p > 3 && i-p <= 5 && toks[p].Kind == token.Word && toks[p].Quote < 0 && (toks[p].Cap() || isNumber(toks[p].Text)) {
		p--
	}
	if p < 4 || p == i-1 || toks[p].Lower != "of" && toks[p].Lower != "from" || toks[p-1].Text != ")" || toks[p-3].Text != "(" || !isNumber(toks[p-2].Text) {
		return 0
	}
	return p - 3
}

// documentOfTopic returns where a document's description starts when the
// few words before toks[j] are the object of a preposition after a
// document's noun at the clause's start: "A review of the scheme", "A
// report into the fire", "A letter to shareholders"; -1 if they are not.
func (an *analysis) documentOfTopic(toks []token.Token, j int) int {
	p := j - 1
	for p > 0 && j-p <= 6 && toks[p].Kind == token.Word && toks[p].Quote < 0 && !topicPrep[toks[p].Lower] && !finiteAux[toks[p].Lower] {
		p--
	}
	if p < 2 || p >= j-1 || !topicPrep[toks[p].Lower] || toks[p].Quote >= 0 {
		return -1
	}
	for k := p + 1; k < j; k++ {
		if w := toks[k].Lower; timeWord[w] && w != "the" && w != "of" && w != "on" && w != "at" && w != "in" {
			return -1 // a time: "New data on Thursday showed"
		}
	}
	ds, de := an.npEndingAt(toks, p)
	if ds < 0 || de != p || an.s.lex.sources[toks[de-1].Lower] != article.SourceDocument || toks[de-1].Cap() {
		return -1
	}
	if ds > 0 && toks[ds-1].Text != "," && !an.clauseOpener(toks, ds-1) && !subordinate(toks, ds-1) && toks[ds-1].Lower != "that" {
		return -1
	}
	return ds
}

// topicPrep are the prepositions between a document and what it is about or
// for: "a review of", "a report into", "a letter to" (data/word_classes.txt).
var topicPrep = wordClasses.Must("topicPrep")

// reportBefore reports whether a reporting verb stands outside quotations
// in toks[:end].
func (an *analysis) reportBefore(toks []token.Token, end int) bool {
	for k := 0; k < end; k++ {
		if toks[k].Quote < 0 && toks[k].Kind == token.Word {
			if _, ok := an.verbAt(toks, k); ok {
				return true
			}
		}
	}
	return false
}

// stanceBefore reports whether a verb of stanceVerb comes before end, with
// no relative pronoun before it: "Zelenskiy welcomed the decision but said
// …" (not "voters who backed Haley but said …").
func stanceBefore(toks []token.Token, end int) bool {
	for k := 0; k < end; k++ {
		t := toks[k]
		if t.Quote >= 0 || t.Kind != token.Word {
			continue
		}
		if relativeWord[t.Lower] {
			return false
		}
		if stanceVerb[t.Lower] && k > 0 {
			return true
		}
	}
	return false
}

// stanceVerb are the verbs of a reaction before "but" (data/word_classes.txt).
var stanceVerb = wordClasses.Must("stanceVerb")

// firmAmpersand reports whether toks[i] is the "&" of a firm's name
// between capitalised words: "Johnson & Johnson", "Marks & Spencer".
func firmAmpersand(toks []token.Token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i].Text == "&" && toks[i-1].Cap() && toks[i+1].Cap()
}

// pluralNoun reports whether w looks like a plural noun ("clients",
// "investors") rather than a verb's base form: it ends in one "s".
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// documentBy returns where a document's description starts when the noun
// phrase at toks[ns] ends a participle phrase after it: "Documents seen by
// the BBC", "A lawsuit filed Tuesday in federal court", "An email sent to
// staff on Monday"; -1 if it does not.
func (an *analysis) documentBy(toks []token.Token, ns int) int {
	for p := ns - 1; p > 0 && ns-p <= 6; p-- {
		t := toks[p]
		if t.Kind != token.Word || t.Quote >= 0 {
			return -1
		}
		if !documentParticiple[t.Lower] {
			continue
		}
		ds, de := an.npEndingAt(toks, p)
		if ds < 0 || de != p || !an.documentNP(toks, ds, de) {
			return -1
		}
		return ds
	}
	return -1
}

// documentParticiple are the participles of a document a medium has seen or
// obtained ("Documents seen by the BBC") (data/word_classes.txt).
var documentParticiple = wordClasses.Must("documentParticiple")

// documentPhrasal are the verbs whose participle with "up" is a document's:
// "A fundraising page set up by friends" (data/word_classes.txt).
var documentPhrasal = wordClasses.Must("documentPhrasal")

// docParticipleAt reports whether a document's participle starts at toks[j]:
// "filed", "set up".
func docParticipleAt(toks []token.Token, j int) bool {
	return documentParticiple[toks[j].Lower] || documentPhrasal[toks[j].Lower] && j+1 < len(toks) && toks[j+1].Lower == "up"
}

// docParticipleEnding returns where the document's participle that ends at
// toks[j] starts ("filed", "set up"), or -1.
func docParticipleEnding(toks []token.Token, j int) int {
	switch {
	case j < 0:
		return -1
	case documentParticiple[toks[j].Lower]:
		return j
	case j >= 1 && toks[j].Lower == "up" && documentPhrasal[toks[j-1].Lower]:
		return j - 1
	}
	return -1
}

// partyTagged returns the name before a party and state in brackets that
// end right before toks[j]: "Rep. Alexandria Ocasio-Cortez (D-N.Y.)"; -1, -1
// if there is none.
func (an *analysis) partyTagged(toks []token.Token, j int) (int, int) {
	if j <= 2 || toks[j-1].Text != ")" || toks[j-1].Quote >= 0 {
		return -1, -1
	}
	p := partyTagStart(toks, j-2)
	if !(p >= 2 && toks[p-1].Text == "(" && (partyState(toks[p].Text) || len(toks[p].Text) == 1 && strings.Contains("DRI", toks[p].Text))) {
		// A British councillor's or MP's party: "Cllr Gurpreet Sandhu
		// (Con)", "Helena van Dijk (Lib Dem)".
		p = j - 2
		for p >= 2 && j-2-p < 2 && ukPartyTag[toks[p].Lower] && toks[p].Cap() && toks[p-1].Text != "(" {
			p--
		}
		if p < 2 || toks[p-1].Text != "(" || !ukPartyTag[toks[p].Lower] || !toks[p].Cap() {
			return -1, -1
		}
	}
	if ps, pe := an.npEndingAt(toks, p-1); ps >= 0 && pe == p-1 && toks[pe-1].Cap() {
		return ps, pe
	}
	return -1, -1
}

// ukPartyTag are the words of a British party's tag in brackets after a
// name: "(Con)", "(Lab)", "(Lib Dem)" (data/word_classes.txt).
var ukPartyTag = wordClasses.Must("ukPartyTag")

// acronymTagged returns the capitalised name before a bracketed acronym
// that ends right before toks[j]: "The World Health Organization (WHO)",
// "the Office for National Statistics (ONS)"; -1, -1 if there is none.
func (an *analysis) acronymTagged(toks []token.Token, j int) (int, int) {
	if j < 4 || toks[j-1].Text != ")" || toks[j-3].Text != "(" || toks[j-1].Quote >= 0 || !entity.IsAcronym(toks[j-2].Text) {
		return -1, -1
	}
	// (The name opens its clause: not "U.S. Customs and Border Protection
	// (CBP) Air and Marine Operations (AMO) found".)
	opens := func(ps int) bool {
		return ps == 0 || toks[ps-1].Text == "," || toks[ps-1].Kind == token.Mark || toks[ps-1].Lower == "that" || an.isVerb(toks, ps-1) ||
			an.clauseOpener(toks, ps-1)
	}
	ps, pe := an.npEndingAt(toks, j-3)
	if ps < 0 || pe != j-3 || !toks[pe-1].Cap() {
		return -1, -1
	}
	if ds := an.documentBy(toks, ps); ds >= 0 && opens(ds) {
		return ds, pe // "Figures published last week by the Residential Tenancies Board (RTB) showed": the figures
	}
	if opens(ps) {
		return ps, pe
	}
	// A description before the name that opens the clause: "Migrant worker
	// advocacy group Workers Welfare Alliance (WWA) said".
	for k := ps - 1; k >= 0 && ps-k <= 4; k-- {
		t := toks[k]
		if t.Kind != token.Word || t.Quote >= 0 || an.isVerb(toks, k) || t.Lower == "that" || relativeWord[t.Lower] || an.isDet(t.Lower) && k > 0 {
			break
		}
		if opens(k) {
			return ps, pe
		}
	}
	// "a spokesperson for the Universities and Colleges Employers’
	// Association (UCEA) said": the source the body's name hangs on.
	if ps >= 2 && (toks[ps-1].Lower == "for" || toks[ps-1].Lower == "of" || toks[ps-1].Lower == "at") {
		if ss, se := an.npEndingAt(toks, ps-1); ss >= 0 && se == ps-1 && an.s.lex.sources[toks[se-1].Lower] != "" && opens(ss) {
			return ss, pe
		}
	}
	return -1, -1
}

// isNumber reports whether w is a whole number ("42").
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// withKnowledge finds an unnamed source qualified by what it knows, ending
// just before toks[j]: "officials familiar with the matter", "people
// briefed on the talks", "a source close to the negotiations", "two people
// with knowledge of the plan". npEndingAt reaches such a source only when
// the qualifier's object can speak itself ("a source close to the
// minister"). It returns -1, -1 when there is none.
func (an *analysis) withKnowledge(toks []token.Token, j int) (int, int) {
	if j == 0 || toks[j-1].Kind != token.Word {
		return -1, -1 // "The Journal, citing people familiar with the matter, reported": the description ends before the comma
	}
	for f := j - 2; f > 0 && j-f <= 8; f-- {
		t := toks[f]
		if t.Kind != token.Word || t.Quote >= 0 {
			return -1, -1
		}
		end := -1
		if knowledgeOpener(t.Lower, toks[f+1].Lower) {
			end = f // "people familiar with the matter", "aware of the development"
		}
		switch next := toks[f+1].Lower; t.Lower {
		case "involved":
			// "experts not involved in the research said", "scientists
			// involved in the study said"
			if next == "in" {
				end = f
				if toks[f-1].Lower == "not" {
					end = f - 1
				}
			}
		case "knowledge":
			if next == "of" && toks[f-1].Lower == "with" {
				end = f - 1
			}
		case "speaking", "requesting", "asking", "declining":
			// "Officials speaking on condition of anonymity said",
			// "a diplomat requesting anonymity", "a source asking not to
			// be named"
			end = f
		}
		if end <= 0 {
			if an.isVerb(toks, f) {
				return -1, -1 // "Experts not involved in the research said the findings showed": not across "said"
			}
			continue
		}
		ns, ne := an.npEndingAt(toks, end)
		if ns < 0 || ne != end {
			return -1, -1
		}
		head := toks[ne-1].Lower
		if an.s.lex.sources[head] == article.SourceAnonymous || an.s.lex.sources[strings.TrimSuffix(head, "s")] == article.SourceAnonymous {
			return ns, j // the whole description, as npEndingAt gives "a source close to the minister"
		}
		return -1, -1
	}
	return -1, -1
}

// titleQuoted reports whether the quotation at toks[i] is a short title
// ("he told “Fox & Friends.”", "“The House of Hidden Meanings”"): at most
// six words, each capitalised, a number or a small word inside a title.
func (an *analysis) titleQuoted(toks []token.Token, i int) bool {
	if toks[i].Kind != token.Mark {
		return false
	}
	if k := i - 1; k >= 0 {
		if toks[k].Text == ":" || toks[k].Text == "," {
			k--
		}
		if k >= 0 && toks[k].Quote < 0 && (titleParticiple[toks[k].Lower] || toks[k].Lower == "called" && an.namingCalled(toks, k)) {
			return true // "a paper titled: “A limited-preview filtered B-spline approach …”", "a book called: “My life …”"
		}
		if k >= 0 && toks[k].Quote < 0 && (toks[k].Lower == "is" || toks[k].Lower == "was") {
			k--
		}
		if k >= 0 && toks[k].Quote < 0 && sloganNoun[toks[k].Lower] {
			return true // "a company whose marketing tagline is “Privacy you can see,”", "the slogan “Take back control”"
		}
	}
	q := -1
	words := 0
	for k := i + 1; k < len(toks); k++ {
		t := toks[k]
		if q < 0 {
			q = t.Quote
		}
		if t.Quote != q || q < 0 {
			break
		}
		if t.Kind != token.Word {
			continue
		}
		words++
		r, _ := utf8.DecodeRuneInString(t.Text)
		if words > 6 || !unicode.IsUpper(r) && !unicode.IsDigit(r) && (words == 1 || !titleSmallWords[t.Lower]) {
			return false
		}
	}
	return words > 0
}

// sloganNoun are the nouns whose quotation is a name, not speech: "whose
// tagline is “…”", "the slogan “…”" (data/word_classes.txt).
var sloganNoun = wordClasses.Must("sloganNoun")

// titleFirst reports whether the first quotation in toks[s:e] is a title
// ("wrote a book called: “My Life in Pictures”", "a paper titled “…”").
func (an *analysis) titleFirst(toks []token.Token, s, e int) bool {
	for k := s; k < e; k++ {
		if toks[k].Kind == token.Mark && k+1 < len(toks) && toks[k+1].Quote >= 0 {
			return an.titleQuoted(toks, k)
		}
	}
	return false
}

// titleParticiple are the participles that put a title in quotation marks,
// whatever its case: "a paper titled “…”", "a post headlined: “…”"
// (data/word_classes.txt).
var titleParticiple = wordClasses.Must("titleParticiple")

// agencyName reports whether an organisation's name is a public agency's,
// which "the agency" refers back to: a name with one of agencyWord in it
// ("National Highway Traffic Safety Administration", "Federal Bureau of
// Investigation") or an acronym ("FBI", "NHTSA").
func agencyName(name string) bool {
	if entity.IsAcronym(name) {
		return true
	}
	for _, w := range strings.Fields(name) {
		if agencyWord[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// agencyWord are the words of a public agency's name (data/word_classes.txt).
var agencyWord = wordClasses.Must("agencyWord")

// abbrevDot reports whether toks[k] is the period of a short capitalised
// abbreviation inside the sentence ("St. Brendan's", "Guelph, Ont., said",
// "Mt. Sinai"): the sentence splitter did not end the sentence there, so
// an apposition or a description runs on through it. A title's period
// opens a name instead ("Senator the Hon. Aubyn Hill").
func (an *analysis) abbrevDot(toks []token.Token, k int) bool {
	if toks[k].Text != "." || toks[k].Quote >= 0 || k == 0 || k+1 >= len(toks) || an.isTitle(toks[k-1].Text) {
		return false
	}
	w := toks[k-1]
	n := utf8.RuneCountInString(w.Text)
	return w.Kind == token.Word && w.End == toks[k].Start && w.Cap() && n >= 2 && n <= 5 && !strings.Contains(w.Text, ".") &&
		toks[k+1].Quote < 0 && (toks[k+1].Kind == token.Word || toks[k+1].Text == ",")
}

// numberDot reports whether toks[k] is the period of "No." before a
// number: "the No. 2 Republican".

func numberDot(toks []token.Token, k int) bool {
	return toks[k].Text == "." && k > 0 && k+1 < len(toks) && (toks[k-1].Text == "No" || toks[k-1].Text == "no") && isNumber(toks[k+1].Text)
}

// onlyTitlesQuoted reports whether every quotation among toks[s:e] is a
// short title in Title Case ("State of the Union").
func (an *analysis) onlyTitlesQuoted(toks []token.Token, s, e int) bool {
	found := false
	for k := s; k < e; k++ {
		t := toks[k]
		if t.Quote < 0 || t.Kind != token.Mark || k+1 < e && toks[k+1].Quote != t.Quote {
			continue // (the opening mark: the next token is inside)
		}
		if !an.titleQuoted(toks, k) {
			return false
		}
		found = true
		q := t.Quote
		for k+1 < e && toks[k+1].Quote == q {
			k++
		}
	}
	return found
}

// titleSmallWords stay lower case inside a title (data/word_classes.txt).
var titleSmallWords = wordClasses.Must("titleSmallWords")

// isDescription reports whether toks[s:e] describes a speaker rather than
// naming one: it opens with a determiner, a possessive or a lower-case word,
// or ends in a lower-case head ("another former employee", "Apple's chief
// executive", "the press secretary").
func (an *analysis) isDescription(toks []token.Token, s, e int) bool {
	f := toks[s]
	if e-s >= 3 && entity.IsAcronym(f.Text) && (toks[s+1].Lower == "for" || toks[s+1].Lower == "of") {
		return true // an office's acronym and its seat: "DCC for Kolwa East", "MCA for Kisumu Central"
	}
	return an.isDet(f.Lower) || isPossessive(f.Lower) || !f.Cap() || !toks[e-1].Cap()
}

// describedAsPerson reports whether toks[e:] opens with ", " and a
// description of a person: a role ("the club's manager") or an unnamed-source
// noun ("a spokesman for the council"), closed by a comma.
func (an *analysis) describedAsPerson(toks []token.Token, e int) bool {
	if e+1 >= len(toks) || toks[e].Text != "," {
		return false
	}
	k := e + 1
	for k < len(toks) && k-e < 10 && toks[k].Text != "," && toks[k].Kind == token.Word {
		k++
	}
	if k >= len(toks) || toks[k].Text != "," || k == e+1 {
		return false
	}
	words := make([]string, 0, k-e-1)
	for _, t := range toks[e+1 : k] {
		words = append(words, t.Text)
	}
	if !an.isDet(toks[e+1].Lower) && !isPossessive(toks[e+1].Lower) {
		return false
	}
	if an.s.gaz.Describe(words).Valid() {
		return true
	}
	for _, t := range toks[e+1 : k] {
		if an.s.lex.sources[t.Lower] == article.SourceAnonymous || an.s.lex.personNoun(strings.TrimSuffix(t.Lower, "s")) {
			return true
		}
	}
	return false
}

// nameBefore finds the proper name that the description starting at desc
// stands in apposition to: "Maria Keller, the company's chief executive,"
// or "Gazprom, the state energy company,", where comma is the index of the
// comma between them. The name must open its clause and be capitalised
// throughout (not "The press secretary", whose appositive is the name, and
// not a place). It returns -1, -1 when there is none.
func (an *analysis) nameBefore(toks []token.Token, comma, desc int) (int, int) {
	d := toks[desc]
	officeSeat := desc+2 < len(toks) && entity.IsAcronym(d.Text) && (toks[desc+1].Lower == "for" || toks[desc+1].Lower == "of") // "Tom Mboya, DCC for Kolwa East,"
	if d.Cap() && !an.isDet(d.Lower) && !isPossessive(d.Lower) && !an.s.gaz.RoleWord(d.Lower) && !officeSeat {
		return -1, -1 // the appositive is itself a name (not a role: "Simon Shen, CEO of XYZPrinting,")
	}
	// An age between them: "Sarah Jones, 42, a teacher from Leeds,".
	if comma >= 3 && toks[comma-2].Text == "," && isNumber(toks[comma-1].Text) {
		comma -= 2
	}
	// Degrees and honours between them: "Christine Laine, MD, MPH, Editor
	// in Chief,".
	for n := 0; n < 4 && comma >= 3 && toks[comma-2].Text == "," && credential[strings.TrimSuffix(toks[comma-1].Text, ".")]; n++ {
		comma -= 2
	}
	ps, pe := an.npEndingAt(toks, comma)
	if ps < 0 || pe != comma {
		return -1, -1
	}
	// A home place after the name: "Sen. James Lankford of Oklahoma, the
	// lead GOP negotiator,".
	for k := ps + 2; k < pe-1 && !an.knownOrg(toks, ps, pe); k++ {
		if (toks[k].Lower == "of" || toks[k].Lower == "from") && an.homePlace(toks, k+1, pe) &&
			toks[k-1].Cap() && !an.s.gaz.OrgWord(toks[k-1].Text) {
			pe = k
			break
		}
	}
	if ps > 0 {
		p := toks[ps-1]
		if p.Text != "," && p.Text != ":" && p.Kind != token.Mark && !an.clauseOpener(toks, ps-1) {
			return -1, -1
		}
	}
	if toks[ps].Lower == "the" && pe-ps >= 2 && toks[ps+1].Cap() {
		ps++ // "The Food and Drug Administration, the federal regulator,"
	}
	if an.isDet(toks[ps].Lower) || isPossessive(toks[pe-1].Lower) || an.placeOnly(toks, ps, pe) {
		return -1, -1
	}
	for k := ps; k < pe; k++ {
		// ("of", "for", "and" inside a body's name: "Bank of England, the
		// central bank,")
		inner := k > ps && k < pe-1 && (toks[k].Lower == "of" || toks[k].Lower == "for" || toks[k].Lower == "and") && toks[k+1].Cap()
		if !toks[k].Cap() && !an.isTitleDot(toks, k) && !inner && !inNameParticles(toks, k) { // ("de" of "Margaret de Souza")
			return -1, -1
		}
	}
	return ps, pe
}

// knownOrg reports whether toks[s:e] is an organisation of
// data/orgs.txt: "Pharmaceutical Research and Manufacturers of America"
// has no home place.
func (an *analysis) knownOrg(toks []token.Token, s, e int) bool {
	if e-s > 1 && toks[s].Lower == "the" {
		s++
	}
	words := make([]string, 0, e-s)
	for _, t := range toks[s:e] {
		words = append(words, t.Text)
	}
	_, ok := an.s.gaz.Org(strings.Join(words, " "))
	return ok
}

// subjectAfterOpeners finds the subject of a clause that introductory
// phrases open ("However, late Wednesday, <subject> …"): the first
// description after one of the commas before end that a word, not another
// comma, follows.
func (an *analysis) subjectAfterOpeners(toks []token.Token, end int) (int, int) {
	for k := 0; k < end && k < 24; k++ {
		if toks[k].Text != "," || toks[k].Quote >= 0 {
			continue
		}
		if ns, ne := an.rightNP(toks, k+1); ns >= 0 && ne < end && toks[ne].Kind == token.Word && toks[ne].Quote < 0 {
			return ns, ne
		}
	}
	return -1, -1
}

// inNameParticles reports whether toks[i] is one of the particles inside a
// name ("der" of "Ursula von der Leyen"): the chain it is in follows a
// capitalised word and leads to one.
func inNameParticles(toks []token.Token, i int) bool {
	k := i
	for k > 0 && i-k < 3 && toks[k-1].Kind == token.Word && entity.IsNameParticle(toks[k-1].Text) {
		k--
	}
	if k == 0 || !toks[k-1].Cap() {
		return false
	}
	n := entity.NameParticles(toks, k)
	return n > 0 && k+n > i
}

// partyState reports whether w is a US party-and-state label: "R-Ky.",
// "D-Calif.", "I-Vt", "R-Ohio".
// partyTagStart steps back from toks[p], the end of a party-and-state tag
// ("D-N.Y.", "R-Ky."), over its dots and short capitals to the token it
// opens with.
func partyTagStart(toks []token.Token, p int) int {
	for n := 0; n < 4 && p > 0 && (toks[p].Text == "." || len(toks[p].Text) <= 2 && toks[p].Cap()); n++ {
		p--
	}
	return p
}

func partyState(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if len(w) < 3 || w[1] != '-' || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[2:])
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[3:] {
		if !unicode.IsLetter(c) && c != '.' {
			return false
		}
	}
	return true
}

// clauseOpener reports whether toks[i] ends an introductory phrase before
// a subject: "However", "On Monday", "Speaking to reporters in Brussels".
func (an *analysis) clauseOpener(toks []token.Token, i int) bool {
	switch toks[i].Lower {
	case "however", "meanwhile", "earlier", "later", "then", "but", "and", "yet", "also":
		return true
	case "even", "only", "now", "still":
		return i == 0 // "Even George Eustice, the environment secretary, has …"
	}
	return false
}

// isTitleDot reports whether toks[i] is the period of a title ("Sen.") or
// of a middle initial ("Jennifer M. Piscopo").
func (an *analysis) isTitleDot(toks []token.Token, i int) bool {
	if toks[i].Text != "." || i == 0 || i+1 >= len(toks) || !toks[i+1].Cap() {
		return false
	}
	p := toks[i-1]
	if an.isTitle(p.Text) {
		return true
	}
	r, n := utf8.DecodeRuneInString(p.Text)
	return p.Kind == token.Word && n == len(p.Text) && unicode.IsUpper(r) && i >= 2 && toks[i-2].Cap() &&
		!an.s.gaz.Stopword(toks[i+1].Text)
}

func (an *analysis) npEndingAt(toks []token.Token, end int) (int, int) {
	if end <= 0 {
		return -1, -1
	}
	last := toks[end-1]
	if last.Kind == token.Word && last.Quote < 0 {
		if _, ok := an.s.lex.pronouns[last.Lower]; ok && last.Lower != "her" && last.Lower != "him" && last.Lower != "them" {
			return end - 1, end
		}
		if last.Lower == "it" { // resolve: the organisation or document that spoke
			return end - 1, end
		}
	}
	if end >= 3 && (last.Lower == "them" || last.Lower == "those") && last.Quote < 0 && toks[end-2].Lower == "of" &&
		(partitiveHead[toks[end-3].Lower] || cardinals[toks[end-3].Lower]) {
		return end - 3, end // "One of them said"
	}
	s := end
	for s > 0 && end-s < 12 && (an.npWord(toks[s-1]) || an.inBody[toks[s-1].Start] || an.isTitleDot(toks, s-1) || inNameParticles(toks, s-1) || firmAmpersand(toks, s-1) ||
		s >= 2 && s == end && toks[s-1].Kind == token.Word && isNumber(toks[s-1].Text) && numberedName(toks[s-2].Text, toks[s-1].Text) || // "Channel 12 reported", "No 10 said"
		s >= 2 && s < end && toks[s-1].Kind == token.Word && isNumber(toks[s-1].Text) && stockIndex[toks[s-2].Lower] || // "The FTSE 250 company said"
		s < end && s >= 2 && adjectival(toks[s-1]) && (an.npWord(toks[s-2]) || an.isDet(toks[s-2].Lower)) ||
		s < end && s >= 2 && pluralPossessiveMark(toks, s-1) || // "a residents’ group"
		s < end && s >= 2 && innerPronoun(toks, s-1) || s < end && s >= 1 && innerPronoun(toks, s) || // ("Save" of "Save Our Fields")
		s < end && s >= 2 && toks[s-1].Cap() && entity.NameAdjective(toks[s-1].Text) && toks[s-2].Lower == "the" && an.s.gaz.OrgWord(toks[end-1].Text)) { // "The Old Crown Inn"
		s--
		if _, det := an.s.lex.dets[toks[s].Lower]; det && !innerPronoun(toks, s) {
			break
		}
	}
	if s == end-1 && s >= 1 && toks[s].Text == "10" && (toks[s-1].Text == "No" || toks[s-1].Text == "Number") {
		s-- // "No 10 said" ("No" is a determiner elsewhere)
	} else if s < end && s >= 2 && toks[s-1].Text == "10" && (toks[s-2].Text == "No" || toks[s-2].Text == "Number") {
		s -= 2 // "A No 10 spokesman said"
		if s >= 1 && (toks[s-1].Lower == "a" || toks[s-1].Lower == "the") {
			s--
		}
	}
	// A noun before unnamed sources at a clause's start: ", newsroom
	// sources said", "Security sources told".
	if s == end-1 && s >= 1 && ((an.s.lex.sources[toks[s].Lower] == article.SourceAnonymous || an.s.lex.sources[toks[s].Lower] == article.SourceOrganization) &&
		strings.HasSuffix(toks[s].Lower, "s") || an.pluralRole(toks[s])) {
		// (and bodies: ", aid agencies said")
		if m := toks[s-1]; m.Kind == token.Word && m.Quote < 0 && !m.Cap() && !an.s.gaz.Stopword(m.Text) && len(an.s.lex.verbs[m.Lower]) == 0 &&
			(s-1 == 0 || toks[s-2].Kind != token.Word || subordinate(toks, s-2) || clauseLink[toks[s-2].Lower] && toks[s-2].Quote < 0) {
			s-- // (also after a conjunction: "after business leaders warned")
		}
	}
	// A group and who leads it: "Jefferies analysts led by Philip Ng
	// wrote", "a team headed by Dr Jane Roe found".
	// So is a document and who compiled it: "Data compiled by Bloomberg
	// show", "Figures published by the ONS showed".
	if s >= 3 && toks[s-1].Lower == "by" && toks[s-1].Quote < 0 && toks[s-2].Quote < 0 {
		p := docParticipleEnding(toks, s-2)
		doc := p >= 1 && an.s.lex.sources[toks[p-1].Lower] == article.SourceDocument
		if groupLeader[toks[s-2].Lower] {
			p = s - 2
		}
		if p >= 1 && (groupLeader[toks[s-2].Lower] || doc) {
			if gs, _ := an.npEndingAt(toks, p); gs >= 0 && gs < p {
				s = gs
			}
		}
	}
	// Plain modifiers between an article and a source's noun, at a clause's
	// start: ", the weather service said", "One cabinet minister, speaking
	// on condition of anonymity, said" (not "By the weekend police said":
	// the article is the preposition's).
	if h := toks[end-1].Lower; (s == end-1 || s == end-2 && plainModifier(an, toks[s]) && !toks[end-1].Cap()) && s >= 1 && !an.isDet(h) && !an.isDet(toks[s].Lower) &&
		(an.s.lex.sources[h] != "" || an.s.gaz.RoleWord(h) || an.s.lex.personNoun(h)) {
		// (also past a noun that stood in the phrase already: "A provincial
		// water [department] assessment")
		b := s
		for b > 1 && s-b < 3 && plainModifier(an, toks[b-1]) {
			b-- // ("A provincial water department assessment")
		}
		if d := toks[b-1].Lower; b < s && (an.isDef(d) || d == "one" || d == "a" || d == "an" || d == "another") && toks[b-1].Quote < 0 &&
			(b-1 == 0 || toks[b-2].Kind != token.Word || clauseLink[toks[b-2].Lower] && toks[b-2].Quote < 0 ||
				b >= 3 && unnamedPlacePrep[toks[b-2].Lower] && an.s.lex.sources[toks[b-3].Lower] != "" && toks[b-3].Quote < 0) {
			// (also after the preposition of a source that speaks for the
			// body: "Officials at the energy ministry said")
			s = b - 1
		}
	}
	// Plain modifiers between an owner and the head: "The UN's [human
	// rights] office", "the company's [annual] report".
	if s < end && s >= 2 {
		for k := s - 1; k >= 1 && s-k <= 3; k-- {
			t := toks[k]
			if t.Kind != token.Word || t.Quote >= 0 || t.Cap() || an.s.gaz.Stopword(t.Text) || len(an.s.lex.verbs[t.Lower]) > 0 {
				break
			}
			if p := toks[k-1]; p.Kind == token.Word && p.Quote < 0 && isPossessive(p.Lower) {
				ps := k - 1
				for ps > 0 && ps-k > -4 && (toks[ps-1].Cap() || an.isDet(toks[ps-1].Lower)) && toks[ps-1].Quote < 0 {
					ps--
					if an.isDet(toks[ps].Lower) {
						break
					}
				}
				s = ps
				break
			}
		}
	}
	// A listed body's name through its commas and "and": "The Department
	// for Environment, Food and Rural Affairs said".
	if s > 0 && s < end && toks[end-1].Cap() && (toks[s-1].Lower == "and" || toks[s-1].Text == ",") {
		if b := an.listedBodyBack(toks, s, end); b >= 0 {
			s = b
		}
	}
	// A phrase does not open with a preposition or a conjunction: "the
	// ranks of critics who say" is "critics", "Parks and Open Spaces
	// office" not "and Open Spaces office".
	for s < end && (toks[s].Lower == "of" || toks[s].Lower == "and" || toks[s].Lower == "for" || toks[s].Lower == "or") {
		s++
	}
	// Nor with a relative "that" after a noun: "factors that previous
	// research suggested" is "previous research", "a plan that officials
	// said" "officials".
	if s+1 < end && s > 0 && toks[s].Lower == "that" && toks[s-1].Kind == token.Word && toks[s-1].Quote < 0 && !toks[s-1].Cap() &&
		len(an.s.lex.verbs[toks[s-1].Lower]) == 0 && !an.s.gaz.Stopword(toks[s-1].Text) {
		s++
	}
	// A relative named by whose relative they are: "the father of (one
	// of) the victims told reporters" is the father.
	if s >= 3 && toks[s-1].Lower == "of" && toks[s-1].Quote < 0 {
		j := s - 1
		if j >= 4 && toks[j-1].Lower == "one" && toks[j-2].Lower == "of" {
			j -= 2
		}
		if k := toks[j-1]; j >= 2 && k.Kind == token.Word && k.Quote < 0 && !k.Cap() && an.s.lex.genderOf(k.Lower) != 0 && !genericPersonNoun[k.Lower] &&
			an.isDef(toks[j-2].Lower) {
			return j - 2, end
		}
	}
	if s == end || !an.validNP(toks[s:end]) {
		// "a spokeswoman for the ambulance service said", "Friends of the
		// couple say", "Residents near the plant said": a body or people
		// named by no source word of their own, after the noun of one who
		// speaks for them or lives, works or stands there.
		b := s
		if b < end && an.isDet(toks[b].Lower) {
			b++ // the phrase reached its article: "the fire service"
		}
		for b > 0 && s-b < 3 && toks[b-1].Kind == token.Word && toks[b-1].Quote < 0 && !toks[b-1].Cap() && !an.isDet(toks[b-1].Lower) &&
			!an.s.gaz.Stopword(toks[b-1].Text) && len(an.s.lex.verbs[toks[b-1].Lower]) == 0 {
			b-- // "ambulance" of "the ambulance service"
		}
		if b >= 3 && an.isDet(toks[b-1].Lower) && unnamedPlacePrep[toks[b-2].Lower] &&
			an.s.lex.sources[toks[b-3].Lower] == article.SourceAnonymous && toks[b-3].Quote < 0 {
			if ns, _ := an.npEndingAt(toks, b-2); ns >= 0 {
				return ns, end
			}
		}
		return -1, -1
	}
	// "the Hutchinson County, Texas Office of Emergency Services": a place,
	// a comma and its state inside one name.
	if s >= 2 && toks[s-1].Text == "," && toks[s-1].Quote < 0 && toks[s-2].Kind == token.Word && toks[s-2].Cap() && toks[s].Cap() && s+1 < end {
		state := stateName[toks[s].Text] || s+2 < end && stateName[toks[s].Text+" "+toks[s+1].Text]
		if state && an.s.gaz.PlaceWord(toks[s-2].Text) {
			if ps, _ := an.npEndingAt(toks, s-1); ps >= 0 && ps < s-1 {
				s = ps
			}
		}
	}
	// "A source close to the minister", "a spokesperson for the company".
	if s >= 2 {
		k := s - 1
		// Past a modifier or two of a bare plural after the preposition:
		// "Staff on [short-term] contracts said".
		if !an.isDet(toks[s].Lower) {
			for m := s - 1; m >= 1 && s-1-m < 3; m-- {
				t := toks[m]
				if t.Quote >= 0 || t.Cap() || !(t.Kind == token.Word && len(an.s.lex.verbs[t.Lower]) == 0 && !an.s.gaz.Stopword(t.Text) || t.Text == "-") {
					break
				}
				if p := toks[m-1].Lower; p == "on" || p == "near" || p == "behind" || p == "outside" || p == "inside" || p == "across" || p == "in" || p == "at" || p == "from" {
					k = m - 1
					break
				}
				if m >= 2 && an.isDef(toks[m-1].Lower) && toks[m-2].Quote < 0 && (toks[m-2].Lower == "on" || toks[m-2].Lower == "at" || toks[m-2].Lower == "in" || toks[m-2].Lower == "from") {
					// (the noun's modifiers after an article: "A former
					// engineer on the [data-storage] team said", "A nurse on
					// the [night] shift said")
					k = m - 2
					break
				}
			}
		}
		switch toks[k].Lower {
		case "to", "with":
			switch {
			case k >= 1 && (toks[k-1].Lower == "close" || toks[k-1].Lower == "familiar" || toks[k-1].Lower == "near"):
				k--
			case toks[k].Lower == "to" && k >= 1 && toks[k-1].Quote < 0 && servesNoun[toks[k-1].Lower]:
				// "An aide to the senator", "an adviser to the president":
				// the aide, who speaks for the one after "to".
			case toks[k].Lower == "with" && k >= 1 && toks[k-1].Quote < 0 && an.carries(toks[k-1].Lower):
				// "An official with the Texas Office of Emergency
				// Services": the official, as "an official at" or "from".
			default:
				return s, end
			}
		case "for", "of", "at", "in", "from", "within", "by", "on", "behind", "near", "outside", "inside", "across":
		default:
			return s, end
		}
		if ns, _ := an.npEndingAt(toks, k); ns >= 0 {
			// One name through "for the" or "of the" after an organisation
			// word: "The Royal Society for the Prevention of Accidents",
			// "the Ministry of the Interior".
			if (toks[k].Lower == "for" || toks[k].Lower == "of") && toks[s].Lower == "the" && s+1 < end && toks[s+1].Cap() &&
				toks[k-1].Cap() && toks[k-1].Quote < 0 && an.s.gaz.OrgWord(toks[k-1].Text) {
				return ns, end
			}
			if (toks[k].Lower == "of" || toks[k].Lower == "from" || toks[k].Lower == "at") && an.isDef(toks[s].Lower) && s+1 < end && toks[s+1].Cap() &&
				(an.personName(toks, ns, k) || an.personEndsAt(toks, ns, k)) {
				// "Sarah Green of the Sierra Club said", "Prof Helen Marsh of
				// the London School of Economics told me": the person, with
				// the body they are with.
				return ns, end
			}
			if toks[k].Lower == "of" && toks[k-1].Quote < 0 && !toks[k-1].Cap() && an.s.lex.sources[toks[k-1].Lower] == article.SourceOrganization {
				// "the Hungarian presidency of the EU", "the government of
				// Japan": a body of the one after "of".
				return ns, end
			}
			if toks[k].Lower == "by" {
				// "A study by researchers at Stanford University found": the
				// document, not its authors as unnamed sources.
				if an.s.lex.sources[toks[k-1].Lower] == article.SourceDocument {
					return ns, end
				}
				return s, end
			}
			head := strings.TrimSuffix(toks[k-1].Lower, "s")
			if an.carries(head) || an.carries(toks[k-1].Lower) || toks[k].Lower == "to" && servesNoun[toks[k-1].Lower] {
				return ns, end // (and "Iran's mission to the United Nations")
			}
			if head != toks[k-1].Lower && an.s.lex.sources[toks[k-1].Lower] == article.SourceOrganization && toks[k-1].Quote < 0 &&
				(toks[k].Lower == "in" || toks[k].Lower == "across" || toks[k].Lower == "from") {
				return ns, end // bodies by where they are: "Trade associations in Karachi warned", "Hospitals across Wales said"
			}
			// (Capitalised only as the sentence's first word: "Lawyers for
			// Donald Trump argued", not "Smith of Reuters".)
			// A collective noun there too: "Staff on short-term contracts
			// said".
			sentenceCase := k-1 == 0 && (strings.HasSuffix(toks[k-1].Lower, "s") || collectivePeople[toks[k-1].Lower]) && !an.s.gaz.Surname(toks[k-1].Text)
			// Or an office capitalised after its article: "The Chancellor of
			// the Exchequer", "the President of the European Commission".
			office := toks[k-1].Cap() && k >= 2 && an.isDef(toks[k-2].Lower) && toks[k-2].Quote < 0 && an.s.gaz.RoleWord(toks[k-1].Lower)
			if toks[k].Lower != "in" && toks[k].Lower != "within" && (!toks[k-1].Cap() || sentenceCase || office) && an.describesPersonNoun(toks[k-1].Lower) {
				// "the senator from Ohio", "the governor of Texas", "a
				// nurse at the hospital": a person by role and place.
				return ns, end
			}
			// One level further: "a spokesperson for [the Administrative
			// Office of] the U.S. Courts", "a study of [1,200 users of] the
			// chatbot Wysa", where the recursion already reached the
			// source noun.
			for m := ns; m+1 < k-1; m++ {
				switch toks[m+1].Lower {
				case "for", "of", "at", "in", "from", "within":
					if an.carries(toks[m].Lower) {
						return ns, end
					}
				}
			}
		}
	}
	return s, end
}

// personName reports whether toks[s:e] is a person's name: capitalised
// throughout, two words or more, opening with a known first name or a title
// ("Sarah Green", "Prof Helen Adebayo-Marsh", "Dr Okafor").
func (an *analysis) personName(toks []token.Token, s, e int) bool {
	if e-s < 2 || e-s > 5 {
		return false
	}
	for k := s; k < e; k++ {
		if toks[k].Quote >= 0 || !toks[k].Cap() && !an.isTitleDot(toks, k) && !inNameParticles(toks, k) {
			return false
		}
	}
	if an.s.gaz.OrgWord(toks[e-1].Text) || an.s.gaz.PlaceWord(toks[e-1].Text) {
		return false // "Tom Jones Associates", "Santa Clara County"
	}
	if _, ok := an.s.gaz.Title(toks[s].Text); ok {
		return true
	}
	_, ok := an.s.gaz.FirstName(toks[s].Text)
	return ok
}

// innerPronoun reports whether toks[i] is a pronoun capitalised inside a
// name, between two capitalised words: "Our" of "Save Our Fields", "Keep
// Our NHS Public".
func innerPronoun(toks []token.Token, i int) bool {
	if i < 1 || i+1 >= len(toks) || !toks[i].Cap() || !toks[i-1].Cap() || !toks[i+1].Cap() || toks[i].Quote >= 0 || toks[i-1].Quote >= 0 {
		return false
	}
	switch toks[i].Text {
	case "Our", "Your", "My", "Me", "Us", "We":
		return true
	}
	return false
}

// numberedName reports whether a word and the number after it make a name:
// an outlet's ("Channel 12") or Downing Street's ("No 10").
func numberedName(w, number string) bool {
	return entity.NumberedOutlet(w) || number == "10" && (w == "No" || w == "Number")
}

// listedBodyBack returns where a name of data/orgs.txt that ends at toks[end]
// and holds a comma or an "and" before toks[s] starts, or -1: "Department
// for Environment, Food and Rural Affairs" back from "Rural Affairs".
func (an *analysis) listedBodyBack(toks []token.Token, s, end int) int {
	for b := s - 2; b >= 0 && end-b <= an.s.gaz.MaxOrgWords()+3; b-- {
		t := toks[b]
		if t.Quote >= 0 || t.Kind != token.Word && t.Text != "," {
			return -1
		}
		if !t.Cap() {
			continue
		}
		if _, ok := an.s.gaz.Org(entity.JoinName(toks[b:end])); ok {
			return b
		}
	}
	return -1
}

// rightNP finds a speaker starting at i ("said the Russian minister").
// maxRightNP bounds the tokens of a noun phrase rightNP reads: "an
// analysis of the Deter data by the Instituto Copaíba de Pesquisa
// Ambiental" is thirteen.
const maxRightNP = 16

func (an *analysis) rightNP(toks []token.Token, i int) (int, int) {
	if i >= len(toks) {
		return -1, -1
	}
	t := toks[i]
	if t.Kind == token.Word && t.Quote < 0 {
		if _, ok := an.s.lex.pronouns[t.Lower]; ok {
			return i, i + 1
		}
		if t.Lower == "me" || t.Lower == "us" || t.Lower == "you" {
			return i, i + 1 // an addressee: "told me, “…”"
		}
	}
	// "said a skeptical Robert Wolfarth", "said a visibly moved Jane Doe":
	// the name after an article and a word or two describing the mood.
	if t.Kind == token.Word && (t.Lower == "a" || t.Lower == "an") {
		for k := i + 1; k < len(toks) && k <= i+2 && toks[k].Kind == token.Word && toks[k].Quote < 0 && !toks[k].Cap() && !an.npWord(toks[k]); k++ {
			if k+2 < len(toks) && toks[k+1].Cap() && toks[k+2].Cap() && toks[k+1].Quote < 0 && toks[k+2].Quote < 0 {
				i = k + 1
				break
			}
		}
	}
	e := i
	for e < len(toks) && e-i < maxRightNP && (an.npWord(toks[e]) || an.inBody[toks[e].Start] || an.isTitleDot(toks, e) || e > i && inNameParticles(toks, e) ||
		e > i && e+1 < len(toks) && adjectival(toks[e]) && (an.npWord(toks[e-1]) || an.isDet(toks[e-1].Lower)) && an.npWord(toks[e+1]) || // ("Several environmental groups")
		e > i && e+1 < len(toks) && plainModifier(an, toks[e]) && !timeWord[toks[e].Lower] && (an.npWord(toks[e-1]) || an.isDet(toks[e-1].Lower)) && an.speakerNoun(toks[e+1])) { // ("Castlegate’s retail analyst", "the oil minister")
		if e > i {
			if _, det := an.s.lex.dets[toks[e].Lower]; det && !(toks[e].Lower == "the" && toks[e-1].Lower == "of") {
				break // (not "the head of the Berlin government")
			}
		}
		e++
	}
	for e > i+1 && (toks[e-1].Lower == "for" || toks[e-1].Lower == "of" || toks[e-1].Lower == "at" || toks[e-1].Lower == "with") {
		e-- // a preposition whose object the loop stopped before ("a spokesperson for | the ministry")
	}
	if e == i || !an.validNP(toks[i:e]) {
		return -1, -1
	}
	// "said a spokesperson for the ministry", "said an official at the
	// embassy": an unnamed source and the body it speaks for.
	if e+1 < len(toks) && toks[e].Quote < 0 && (toks[e].Lower == "for" || toks[e].Lower == "at" || toks[e].Lower == "with") &&
		an.s.lex.sources[toks[e-1].Lower] == article.SourceAnonymous {
		k := e + 1
		for k < len(toks) && k-e <= 7 && (an.npWord(toks[k]) || toks[k].Lower == "of") {
			if k > e+1 {
				if _, det := an.s.lex.dets[toks[k].Lower]; det {
					break
				}
			}
			k++
		}
		if k > e+1 && toks[k-1].Lower != "of" {
			return i, k
		}
	}
	return i, e
}

// passiveAgent reads a passive report at toks[i] whose agent said what
// follows "that" or a colon: "Staff were told by the company that …",
// "Residents have been warned by police that …". The cue runs from the
// participle through the agent, who is its speaker.
func (an *analysis) passiveAgent(toks []token.Token, i int) (cue, bool) {
	t := toks[i]
	if t.Kind != token.Word || t.Quote >= 0 || !(passiveReport[t.Lower] || passiveAs[t.Lower]) || i == 0 || i+2 >= len(toks) {
		return cue{}, false
	}
	k := i - 1
	for k > 0 && an.s.lex.adverbs[toks[k].Lower] && !passiveAux[toks[k].Lower] {
		k--
	}
	if !passiveAux[toks[k].Lower] {
		return cue{}, false
	}
	// "As the TASS agency was told in the ministry, the documents are
	// ready": in an opening "as" clause the source may be "in" or "at" a
	// body, and a comma closes the clause.
	lead := asLeadAt(toks, k) >= 0
	switch toks[i+1].Lower {
	case "by":
	case "in", "at":
		if !lead {
			return cue{}, false
		}
	default:
		return cue{}, false
	}
	as, ae := an.rightNP(toks, i+2)
	if as != i+2 || ae >= len(toks) || toks[ae].Quote >= 0 {
		return cue{}, false
	}
	if passiveAs[t.Lower] {
		// "The plan was described by council member Peter Quinn as “a
		// patchwork …”": the words quoted after "as" are the agent's.
		if toks[ae].Lower != "as" || ae+1 >= len(toks) || toks[ae+1].Quote < 0 {
			return cue{}, false
		}
		v := verb{words: []string{t.Lower}}
		return cue{vs: i, ve: ae + 1, v: v, ns: as, ne: ae, passive: true}, true
	}
	if toks[ae].Lower != "that" && toks[ae].Text != ":" && !(lead && toks[ae].Text == ",") {
		return cue{}, false
	}
	v := verb{words: []string{t.Lower}, about: true}
	return cue{vs: i, ve: ae, v: v, ns: as, ne: ae, passive: true}, true
}

// passiveAs are the participles of a passive report of what something was
// called, its agent after "by" and the words after "as" (data/word_classes.txt).
var passiveAs = wordClasses.Must("passiveAs")

// asLeadAt returns the index of an "as" that opens the sentence (or follows
// a comma) and the clause running to toks[k] without a comma: "As the
// ministry told TASS, …", "As the TASS agency was told in the ministry, …";
// -1 if there is none.
func asLeadAt(toks []token.Token, k int) int {
	for a := k - 1; a >= 0 && k-a <= 8; a-- {
		t := toks[a]
		if t.Quote >= 0 || t.Kind != token.Word {
			return -1
		}
		if t.Lower == "as" {
			if a == 0 || toks[a-1].Text == "," || sentenceEnd(toks[a-1]) {
				return a
			}
			return -1
		}
	}
	return -1
}

// asLeadContent returns where what was said starts after an opening "as"
// clause around the cue c: the words after the comma that closes it ("As
// the ministry told TASS, the documents are ready for signing"); -1 if the
// cue is not in such a clause.
func asLeadContent(toks []token.Token, c *cue, limit int) int {
	subj := c.ns
	if c.passive {
		subj = c.vs - 1
	}
	if subj < 1 || c.inverted || c.participle || asLeadAt(toks, subj) < 0 {
		return -1
	}
	end := c.ve
	if c.passive {
		end = c.ne
	}
	for k := end; k < limit && k-end <= 8; k++ {
		t := toks[k]
		if t.Quote >= 0 {
			return -1
		}
		if t.Text == "," {
			if countWords(toks[k+1:limit]) >= 3 && toks[min(k+1, limit-1)].Kind == token.Word {
				return k + 1
			}
			return -1
		}
		if t.Kind != token.Word {
			return -1
		}
	}
	return -1
}

// passiveReport are the participles of a passive report with its agent
// ("were told by the company that") and passiveAux the forms of "be"
// before them (data/word_classes.txt).
var (
	passiveReport = wordClasses.Must("passiveReport")
	passiveAux    = wordClasses.Must("passiveAux")
)

// invertedNP is the speaker after an inverted cue's verb at toks[i]: the
// description rightNP reads, with a possessive's noun ("said her neighbour
// Amira Khan") and the full name in apposition to a description ("said one
// neighbour, Amira Khan." is Amira Khan).
func (an *analysis) invertedNP(ui int, toks []token.Token, i int) (int, int) {
	if i < len(toks) && toks[i].Lower == "the" {
		// "said the world No 34": a ranking, whose number ends it.
		for n := 4; n >= 2; n-- {
			if e := i + 1 + n; e <= len(toks) && rankEpithet(toks[i+1:e]) && (e == len(toks) || toks[e].Kind != token.Word) {
				return i, e
			}
		}
	}
	rs, re := an.rightNP(toks, i)
	if rs < 0 && i+2 < len(toks) && (an.isDet(toks[i].Lower) || cardinals[toks[i].Lower]) && toks[i].Quote < 0 {
		// "said one source familiar with the matter": an unnamed source
		// and what it knows.
		h := i + 1
		if h+1 < len(toks) && !an.s.lex.personNoun(toks[h].Lower) && an.s.lex.sources[toks[h].Lower] == "" && toks[h].Kind == token.Word && !toks[h].Cap() {
			h++ // ("a senior source", "one person")
		}
		if w := toks[h].Lower; (an.s.lex.sources[w] == article.SourceAnonymous || an.s.lex.personNoun(w)) && knowledgeTail(toks, h+1) > h+1 {
			return i, knowledgeTail(toks, h+1)
		}
	}
	if rs < 0 {
		// "said climatologist Maria Silva": a job the lexicon does not
		// know, in lower case, before a person's name.
		for k := i; k < len(toks) && k-i < 2 && toks[k].Kind == token.Word && toks[k].Quote < 0 && !toks[k].Cap() && toks[k].Lower != "that"; k++ {
			if _, det := an.s.lex.dets[toks[k].Lower]; det {
				break
			}
			for _, m := range an.units[ui].ments {
				if m.TokStart == k+1 && m.TokEnd-m.TokStart >= 2 && m.Entity.Type == article.EntityPerson {
					return i, m.TokEnd
				}
			}
		}
		return rs, re
	}
	if re == rs+1 && possessivePronoun[toks[rs].Lower] && re < len(toks) && toks[re].Kind == token.Word && toks[re].Quote < 0 {
		if ps, pe := an.rightNP(toks, re); ps == re {
			re = pe
		}
	}
	if re+1 < len(toks) && toks[re].Text == "," && !toks[re-1].Cap() && re-rs >= 2 {
		for _, m := range an.units[ui].ments {
			if m.TokStart == re+1 && m.TokEnd-m.TokStart >= 2 && m.Entity.Type == article.EntityPerson &&
				(m.TokEnd == len(toks) || toks[m.TokEnd].Text == "," || sentenceEnd(toks[m.TokEnd])) {
				return m.TokStart, m.TokEnd
			}
		}
	}
	return rs, re
}

// firstNP is the description that opens a unit.
func (an *analysis) firstNP(toks []token.Token) (int, int) {
	i := 0
	for i < len(toks) && (toks[i].Kind != token.Word || an.s.gaz.Stopword(toks[i].Text) && !an.isDet(toks[i].Lower)) {
		if _, ok := an.s.lex.pronouns[toks[i].Lower]; ok {
			break
		}
		i++
		if i > 4 {
			return -1, -1
		}
	}
	if i+1 < len(toks) && possessivePronoun[toks[i].Lower] && toks[i+1].Kind == token.Word && toks[i+1].Quote < 0 && !an.isVerb(toks, i+1) {
		// "Her colleague Tom Dyer disagreed, posting that …": the
		// description the possessive opens, not the pronoun.
		if ns, ne := an.rightNP(toks, i+1); ns == i+1 {
			return i, ne
		}
	}
	ns, ne := an.rightNP(toks, i)
	if ns >= 0 && ne+3 < len(toks) && toks[ne].Text == "(" && toks[ne+2].Text == ")" && entity.IsAcronym(toks[ne+1].Text) &&
		toks[ne+3].Kind == token.Word && !toks[ne+3].Cap() && toks[ne+3].Quote < 0 {
		// "Zimbabwe Farmers’ Union (ZFU) president Mr Never Chideya
		// welcomed …": the body and its initials describe the person after.
		if ps, pe := an.rightNP(toks, ne+3); ps == ne+3 && pe > ps && toks[pe-1].Cap() {
			return ns, pe
		}
	}
	return ns, ne
}

// clauseSubject is firstNP past an opening adverbial that a comma closes:
// "In a letter to the Prime Minister, Dunmore said … but insisted" is
// Dunmore's, not the letter's.
func (an *analysis) clauseSubject(toks []token.Token) (int, int) {
	if d := an.wireDatelineEnd(toks, 0, len(toks)); d > 0 && d < len(toks) {
		// "LONDON, Feb 6 (Reuters) - Halvorsen Foods posted … but warned
		// that": the subject after the dateline.
		if ns, ne := an.clauseSubject(toks[d:]); ns >= 0 {
			return d + ns, d + ne
		}
		return -1, -1
	}
	if len(toks) > 2 && toks[0].Kind == token.Word && (prepAfter[toks[0].Lower] || openingAdverbial[toks[0].Lower]) {
		for c := 1; c+1 < len(toks) && c < 16 && toks[c].Quote < 0; c++ {
			if toks[c].Text == "," {
				if ns, ne := an.firstNP(toks[c+1:]); ns >= 0 {
					return c + 1 + ns, c + 1 + ne
				}
				break
			}
		}
	}
	return an.firstNP(toks)
}

func (an *analysis) isDet(w string) bool {
	_, ok := an.s.lex.dets[w]
	return ok
}

// validNP accepts descriptions that can speak: a name, or a head noun that
// is a role, a source noun or an organisation word.
func (an *analysis) validNP(toks []token.Token) bool {
	if len(toks) == 0 {
		return false
	}
	head := toks[len(toks)-1]
	hl := strings.TrimSuffix(strings.TrimSuffix(head.Lower, "’s"), "'s")
	if len(toks) == 1 && (hl == "one" || hl == "another") || len(toks) == 2 && toks[0].Lower == "a" && ordinalOther[hl] {
		return true // "One, who asked not to be named, said", "Another said:", "A third wrote:" (resolve decides)
	}
	if len(toks) >= 2 && an.isDef(toks[0].Lower) && (an.isEpithet(hl) || rankEpithet(toks[1:])) {
		return true // "the Spaniard", "the 39-year-old", "The billionaire", "the world No 34"
	}
	if head.Cap() {
		return !an.s.gaz.Stopword(head.Text)
	}
	if an.lowerName[head.Start] {
		return true
	}
	if len(toks) >= 2 && isNumber(head.Text) && numberedName(toks[len(toks)-2].Text, head.Text) {
		return true // "Channel 12", "No 10"
	}
	if _, ok := an.s.lex.sources[hl]; ok {
		return true
	}
	if (an.s.lex.personNoun(hl) || an.s.lex.personNoun(singular(hl))) && len(toks) >= 2 {
		// "a dispatcher", "one teacher", "two nurses", resolved as unnamed
		// sources; "Donald Trump's son", "her brother-in-law", a person
		// described by another.
		return indefiniteCount(toks[0].Lower) || isPossessive(toks[len(toks)-2].Lower) || possessivePronoun[toks[len(toks)-2].Lower] ||
			an.definitePerson(toks) || an.definiteRole(toks) // (and a role that is a person noun too: "the clerk", "the pastor")
	}
	if an.pluralRole(head) {
		return true // "Republican senators", "Labour MPs"
	}
	if len(toks) >= 2 && (isPossessive(toks[len(toks)-2].Lower) || possessivePronoun[toks[len(toks)-2].Lower]) && an.describesPersonNoun(hl) {
		return true // "Trump's attorneys", "his lawyers"
	}
	if an.s.gaz.RoleWord(hl) && hl != "of" && hl != "the" && hl != "state" && !an.isDet(hl) && !an.s.lex.npWords[hl] {
		return true
	}
	if an.s.gaz.RoleWord(hl) && hl != "of" && hl != "the" && !an.isDet(hl) {
		// "the US secretary of state": a role phrase ending in a modifier.
		words := make([]string, 0, len(toks))
		for _, t := range toks {
			words = append(words, t.Text)
		}
		return an.s.gaz.Describe(words).Valid()
	}
	return false
}

// relayed is resolve's after for the X of "according to X".
const relayed = -2

// resolve turns the description toks[s:e] into a source. after is the
// first token after the cue verb (to exclude its object from pronoun
// antecedents), -1 without one, or relayed.
func (an *analysis) resolve(ui int, toks []token.Token, s, e, after int) *src {
	if sp := an.partitive(ui, toks, s, e); sp != nil {
		return sp
	}
	sp := an.resolveNP(ui, toks, s, e, after)
	if sp != nil && !sp.unresolved && e-s >= 2 && e-s <= 4 && (toks[s].Lower == "his" || toks[s].Lower == "her") {
		an.ownerByPronoun(ui, toks, s, e, after, sp)
	}
	if sp != nil && sp.ent == nil && sp.typ == article.SourceDocument && e-s >= 2 && e-s <= 4 && toks[s].Lower == "its" && issuedDocument[toks[e-1].Lower] {
		// "Quellar reported a net loss …, according to its annual
		// filing": the body "its" stands for, in its document.
		if o := an.itSource(ui, toks[s].Start, sp.mention); o != nil && o.ent != nil && o.typ == article.SourceOrganization {
			o.via = sp.mention.Text
			return o
		}
	}
	if sp != nil && sp.ent == nil && sp.typ == article.SourceAnonymous && (outsideExpert[sp.head] || bodyTeam[sp.head]) && an.firmIn(ui, s, e) {
		// "Analysts at Peel Hunt said", "Jefferies analysts said": a named
		// firm's research, which it publishes, not an unnamed source; so
		// are a named body's investigators and observers.
		sp.typ = article.SourceOrganization
	}
	if sp != nil && sp.ent == nil && (sp.typ == article.SourcePerson || sp.typ == article.SourceOrganization && an.speaksFor(toks, s, e)) &&
		!sp.unresolved && an.anonymityAfter(toks, e) {
		// "The man, who asked not to be named, said": a person the
		// article keeps unnamed on purpose is an unnamed source; so is a
		// body's spokesman ("a spokesman for the airline, who declined to
		// give his name").
		sp.typ = article.SourceAnonymous
	}
	return sp
}

// firmIn reports whether an organisation or outlet is named among the
// tokens s to e of unit ui.
func (an *analysis) firmIn(ui, s, e int) bool {
	for _, m := range an.units[ui].ments {
		if m.TokStart >= s && m.TokEnd <= e && (m.Entity.Type == article.EntityOrganization || m.Entity.Type == article.EntityMedia) {
			return true
		}
	}
	return false
}

// ownerByPronoun names the person a "his" or "her" description belongs to:
// "His office said" after Senator Mark Delaney is "Mark Delaney's office"
// (an organisation: not the body named last), "her lawyer" Jane Roe's.
// The description keeps its words and type, and stays as written when the
// pronoun has no antecedent or the description already resolved to a
// person ("her daughter, Susan Hale-Moore, said … her daughter said").
func (an *analysis) ownerByPronoun(ui int, toks []token.Token, s, e, after int, sp *src) {
	for _, t := range toks[s+1 : e] {
		if t.Kind != token.Word || t.Cap() || t.Quote >= 0 {
			return // ("her Instagram post": a document named by its platform)
		}
	}
	if sp.ent != nil && !(sp.typ == article.SourceOrganization && genericOrgNoun[toks[e-1].Lower]) {
		return
	}
	p, ok := an.s.lex.pronouns[possessiveSpeaker[toks[s].Lower]]
	if !ok {
		return
	}
	// The owner is a person the text gives the pronoun's gender, and no
	// one's representative: after "his spokesman, Ben Carter, said", "His
	// office said" is not Ben Carter's.
	owner := an.antecedent(ui, toks[s].Start, p, after, toks)
	if owner == nil || owner.Gender != p.gender {
		return
	}
	for _, ro := range owner.Roles {
		if servesNoun[ro.Head] || ro.Class == "spokesperson" || ro.Class == "lawyer" || ro.Class == "attorney" {
			return
		}
	}
	name := owner.DisplayName() + "'s " + an.text[toks[s+1].Start:toks[e-1].End]
	sp.ent, sp.id = nil, ""
	sp.name, sp.canon = name, name
}

// addAnon records an unnamed source met, for the descriptions that refer
// back to it ("The diplomat added", "one of them said"); the 32 last are
// kept once 64 are.
func (an *analysis) addAnon(sp *src) {
	if len(an.anons) >= 64 {
		an.anons = append(an.anons[:0], an.anons[32:]...)
	}
	an.anons = append(an.anons, sp)
}

// partitive resolves "one of them", "one of the residents", "two of the
// officials": the group of unnamed sources met before that it is one of,
// else an unnamed source among a group, named by the whole phrase (an
// organisation's when the group is organisations: "one of the
// companies"). Nil when toks[s:e] is none.
func (an *analysis) partitive(ui int, toks []token.Token, s, e int) *src {
	if e-s < 3 || toks[s+1].Lower != "of" || toks[s].Quote >= 0 || !(partitiveHead[toks[s].Lower] || cardinals[toks[s].Lower]) {
		return nil
	}
	mention := article.Span{Text: an.text[toks[s].Start:toks[e-1].End], Start: toks[s].Start, End: toks[e-1].End}
	// One of a group of unnamed sources met before is that group: "Two
	// current employees said … “…,” one of them said", "two EU officials
	// … One of the officials said".
	them := e-s == 3 && (toks[s+2].Lower == "them" || toks[s+2].Lower == "those")
	if them || e-s == 4 && toks[s+2].Lower == "the" && pluralNoun(toks[s+3].Lower) {
		for k := len(an.anons) - 1; k >= 0; k-- {
			h := an.anons[k].head
			if them && (pluralNoun(h) || h == "people") || !them && h == toks[s+3].Lower {
				sp := *an.anons[k]
				sp.mention = mention
				return &sp
			}
		}
	}
	typ := article.SourceAnonymous
	if !them {
		g := an.resolveNP(ui, toks, s+2, e, -1)
		if g == nil {
			return nil
		}
		if g.typ == article.SourceOrganization || g.typ == article.SourceMedia {
			typ = g.typ
		}
	}
	return &src{typ: typ, name: mention.Text, canon: mention.Text, head: toks[s].Lower, mention: mention}
}

// partitiveHead are the words besides numbers that pick some of a group:
// "one of them", "some of the residents" (data/word_classes.txt).
var partitiveHead = wordClasses.Must("partitiveHead")

// closingName returns the person whose full name closes toks[s:e] right
// after the name of a body, with no comma, when the phrase opens with "the"
// and its head (before he) describes a person: "the spokesperson of the US
// Department of State Ned Price". Not a name after a preposition or a title
// ("a spokesman for Donald Trump", "the spokesman of President Joe Biden":
// another's spokesman), nor after a lower-case noun ("the lawyer of the
// defendant John Smith").
func (an *analysis) closingName(ui int, toks []token.Token, s, e, he int, named *entity.Entity) *entity.Entity {
	if named == nil || named.Type != article.EntityPerson || named.First == "" || he >= e ||
		!an.isDef(toks[s].Lower) && !(he-1 == s && toks[s].Cap() && an.s.gaz.RoleWord(toks[s].Lower)) {
		return nil // (or a capitalised role with no article: "Head of Ukraine's Military Intelligence Kyrylo Budanov")
	}
	for _, m := range an.units[ui].ments {
		if m.Entity != named || m.End != toks[e-1].End || m.TokStart < he+2 {
			continue
		}
		b := toks[m.TokStart-1]
		if b.Cap() && b.Quote < 0 && !an.isTitle(b.Lower) && !(an.s.gaz.RoleWord(b.Lower) && an.s.gaz.Describe([]string{b.Lower}).Valid()) {
			return named
		}
	}
	return nil
}

// speaksFor reports whether toks[s:e] describes someone speaking for a
// body: "a spokesman for the airline", "an official at the embassy".
func (an *analysis) speaksFor(toks []token.Token, s, e int) bool {
	for k := s; k+1 < e; k++ {
		if an.s.lex.sources[toks[k].Lower] == article.SourceAnonymous && (toks[k+1].Lower == "for" || toks[k+1].Lower == "at") {
			return true
		}
	}
	return false
}

// anonymityAfter reports whether the description ending at toks[e] is
// followed by a relative clause asking for anonymity: ", who asked not to
// be named", ", who spoke on condition of anonymity", ", who declined to
// give her name".
func (an *analysis) anonymityAfter(toks []token.Token, e int) bool {
	if e+1 >= len(toks) || toks[e].Text != "," || toks[e+1].Lower != "who" {
		return false
	}
	for k := e + 2; k < len(toks) && k-e < 14 && toks[k].Quote < 0; k++ {
		if toks[k].Text == "," || toks[k].Text == "." {
			break
		}
		if anonymityWord[toks[k].Lower] {
			return true
		}
	}
	return false
}

// anonymityWord are the words of a clause asking for anonymity ("who asked
// not to be named") (data/word_classes.txt).
var anonymityWord = wordClasses.Must("anonymityWord")

// resolveNP is resolve before the anonymity check.
func (an *analysis) resolveNP(ui int, toks []token.Token, s, e, after int) *src {
	if s < 0 || e <= s {
		return nil
	}
	if sp := an.issuedBy(ui, toks, s, e); sp != nil {
		return sp
	}
	if sp := an.ownersDocument(ui, toks, s, e); sp != nil {
		return sp
	}
	if sp := an.subjectsDocument(ui, toks, s, e); sp != nil {
		return sp
	}
	if p := an.cataphor(ui, toks, s, e); p != nil {
		return an.personSrc(p, article.Span{Text: an.text[toks[s].Start:toks[e-1].End], Start: toks[s].Start, End: toks[e-1].End})
	}
	if p := an.roleInitials(toks, s, e); p != nil {
		return an.personSrc(p, article.Span{Text: an.text[toks[s].Start:toks[e-1].End], Start: toks[s].Start, End: toks[e-1].End})
	}
	u := &an.units[ui]
	if e < len(toks) && toks[e].Text == ":" && allCaps(toks[s:e]) {
		return nil // a label: "THE FACTS: After …"
	}
	mention := article.Span{Text: an.text[toks[s].Start:toks[e-1].End], Start: toks[s].Start, End: toks[e-1].End}
	words := make([]string, 0, e-s)
	for _, t := range toks[s:e] {
		words = append(words, t.Text)
	}
	// "“…,” it said", "“…,” it read": the organisation, outlet or
	// document that spoke last, else the organisation named last (a
	// person is never "it").
	if e-s == 1 && toks[s].Lower == "it" {
		return an.itSource(ui, toks[s].Start, mention)
	}
	// A pronoun ("his" of "In his opinion, …").
	if e-s == 1 {
		p, ok := an.s.lex.pronouns[toks[s].Lower]
		if !ok && after == relayed {
			p, ok = an.s.lex.pronouns[possessiveSpeaker[toks[s].Lower]]
		}
		if ok {
			if toks[s].Lower == "i" || toks[s].Lower == "we" {
				return nil
			}
			if sp := an.unnamedAntecedent(ui, toks[s].Start, p); sp != nil {
				sp.mention = mention
				return sp
			}
			ent := an.antecedent(ui, toks[s].Start, p, after, toks)
			if ent == nil {
				if p.plural && an.last != nil && an.lastUnit < ui-1 {
					// "… according to new research. Researchers at the
					// University of Colorado analyzed data … They found":
					// the group the sentence before opens with is nearer
					// than the last speaker.
					if sp := an.unnamedGroupSubject(ui, toks[s].Start); sp != nil {
						sp.mention = mention
						return sp
					}
				}
				if an.last != nil && an.last.ent == nil && p.plural && ui-an.lastUnit <= 2 {
					sp := *an.last
					sp.mention = mention
					return &sp
				}
				if p.plural {
					if sp := an.unnamedGroupSubject(ui, toks[s].Start); sp != nil {
						sp.mention = mention
						return sp
					}
					return nil
				}
				if sp := an.unnamedSubject(ui, toks[s].Start, p); sp != nil {
					sp.mention = mention
					return sp
				}
				if d := an.dominantPerson(toks[s].Start, p); d != nil {
					return an.personSrc(d, mention)
				}
				if d := an.nextSubjectPerson(ui, toks[s].Start, p); d != nil {
					return an.personSrc(d, mention)
				}
				// An unresolved "he" or "she": the quote stands, its
				// speaker is unknown.
				return &src{typ: article.SourcePerson, name: mention.Text, mention: mention, unresolved: true}
			}
			if ent.Gender == 0 && p.gender != 0 {
				// "RuPaul … he said": a person whose name tells no gender
				// takes the pronoun's, so a later "she" looks elsewhere.
				ent.Gender = p.gender
			}
			return an.personSrc(ent, mention)
		}
	}
	// "The Detroit News reported … The News said": an outlet by the last
	// word of its name, after "the".
	if e-s == 2 && toks[s].Lower == "the" && toks[e-1].Cap() && toks[e-1].Quote < 0 && an.s.gaz.MediaWord(toks[e-1].Text) {
		if m := an.mediaEndingIn(ui, toks[s].Start, toks[e-1].Text); m != nil {
			return &src{ent: m, typ: article.SourceMedia, name: m.Name, canon: an.reg.Canonical(m), id: an.reg.ID(m), mention: mention}
		}
	}
	// Media relayed: "reports from CNN", "a CNN report".
	// A named entity in the description.
	var named *entity.Entity
	listed := companyDescription(toks, s, e) // "the Nasdaq-listed chipmaker": no name of its own
	for _, m := range u.ments {
		if listed {
			break
		}
		if m.TokStart >= s && m.TokEnd <= e || m.Start >= mention.Start && m.End <= mention.End {
			if m.Entity.Type != article.EntityPlace || named == nil {
				named = m.Entity
			}
		}
	}
	if named != nil && named.Type == article.EntityPerson {
		if sp := an.coordinatedPeople(u, toks, s, e, mention); sp != nil {
			return sp
		}
	}
	if named != nil && named.Type == article.EntityOrganization && an.expertsOf(u, toks, s, e, named) {
		// "Analysts at Tessaly Insights estimated", "economists at
		// Capital Economics said": the firm, in its analysts' note.
		named.Strong = true
		return &src{ent: named, typ: article.SourceOrganization, name: named.Name, canon: an.reg.Canonical(named), id: an.reg.ID(named), mention: mention, side: true}
	}
	he := e
	for k := s + 1; k < e; k++ {
		if postModifier[toks[k].Lower] || docParticipleAt(toks, k) && an.s.lex.sources[toks[k-1].Lower] == article.SourceDocument ||
			toks[k].Lower == "to" && servesNoun[toks[k-1].Lower] || topicPrep[toks[k].Lower] && an.s.lex.sources[toks[k-1].Lower] == article.SourceDocument && !toks[k-1].Cap() ||
			toks[k].Lower == "of" && issuedDocument[toks[k-1].Lower] && an.s.lex.sources[toks[k-1].Lower] == article.SourceDocument && !toks[k-1].Cap() && named != nil && named.Type == article.EntityOrganization {
			// ("the spot report of the Malinis Heights Police Station": the
			// station's report)
			he = k // ("A lawsuit filed Tuesday in federal court": the lawsuit; "A report into the fire")
			break
		}
	}
	if named != nil && named.Type == article.EntityPerson {
		// "A spokesman for Boeing", "a spokesperson for Trump": the
		// spokesperson, not the name after "for". For a body, the body's
		// word as those above ("a spokesperson for the ministry"); for a
		// person, an unnamed source.
		for k := s + 1; k+1 < e && k-s < 4; k++ {
			w := toks[k-1]
			noun := an.s.lex.sources[w.Lower] == article.SourceAnonymous || an.describesPersonNoun(singular(w.Lower))
			if toks[k].Lower == "for" && noun && (!w.Cap() || k-1 == 0 && strings.HasSuffix(w.Lower, "s") && !an.s.gaz.Surname(w.Text)) {
				typ := article.SourceOrganization
				if named.First != "" || named.Gender != 0 { // a person's, known by a full name or a title ("a lawyer for Mr Smith")
					typ = article.SourceAnonymous
				}
				return &src{typ: typ, name: mention.Text, canon: mention.Text, head: toks[k-1].Lower, mention: mention}
			}
		}
	}
	if he < e {
		// "Tom Reed of Capital Economics": the person the head names, not
		// the body after "of".
		for _, m := range u.ments {
			if m.Entity.Type == article.EntityPerson && m.TokStart >= s && m.TokEnd == he {
				named = m.Entity
			}
		}
	}
	head := strings.TrimSuffix(strings.TrimSuffix(toks[he-1].Lower, "’s"), "'s")
	if p := an.closingName(ui, toks, s, e, he, named); p != nil && (an.describesPersonNoun(head) || an.s.lex.sources[head] == article.SourceAnonymous) {
		// "The spokesperson of the US Department of State Ned Price told",
		// "the official representative of the Russian Foreign Ministry
		// Maria Zakharova said": the name closing the description.
		p.Strong = true
		return an.personSrc(p, mention)
	}
	if named != nil && named.Type == article.EntityPerson && he < e && (!toks[he-1].Cap() || he-1 == s && (s == 0 || sentenceEnd(toks[s-1]))) &&
		(an.describesPersonNoun(head) || an.s.lex.sources[head] == article.SourceAnonymous ||
			an.s.lex.sources[head] == article.SourceDocument && docParticipleAt(toks, he)) {
		// (A capital that only opens the sentence is no name's: "Sources
		// close to Dunmore said", "Friends of Ms Dunmore said".)
		// "the senator from Ohio", "a spokesman for Boeing": a name after
		// the head's modifier ("from", "of", "for") is not the speaker's;
		// nor is one after a document's participle ("a study published in
		// the journal Neurology").
		inHead := false
		for _, m := range u.ments {
			if m.Entity == named && m.Start >= mention.Start && m.End <= toks[he-1].End {
				inHead = true
			}
		}
		if !inHead {
			named = nil
		}
	}
	headType := an.s.lex.sources[head]
	if unnamedOutlets[head] && (toks[he-1].Cap() && !(he-1 == s || allCaps(toks[he-1:he])) || he >= 2 && toks[he-2].Lower == "social") {
		headType = "" // "Trump Media": a name's word, and social media are no outlets ("State media", "state TV" are)
	}
	if headType == article.SourceAnonymous && namedCollective[head] && he-2 >= s && toks[he-1].Cap() && toks[he-2].Cap() && toks[he-2].Quote < 0 &&
		!(he-2 == s && (s == 0 || sentenceEnd(toks[s-1]))) {
		headType = article.SourceOrganization // "the General Staff", "the Joint Chiefs": a body's name; not "Embassy staff said" opening a sentence
	}
	if headType == "" && (an.s.lex.personNoun(head) || an.s.lex.personNoun(singular(head))) && indefiniteCount(toks[s].Lower) {
		// "said a dispatcher", "a nurse told reporters", "one teacher
		// said", "two nurses said": people the article does not name.
		headType = article.SourceAnonymous
	}
	if (head == "one" || head == "another") && (e-s != 1 || !an.afterQuoteOrVerb(toks, s) && !an.opensColonReport(toks, s, e)) && !(e-s == 1 && e < len(toks) && toks[e].Text == ",") &&
		an.oneOfGroup(ui, toks, s, e) == "" { // (but "Many residents were angry. One said …")
		headType = "" // "one wrote", "said another", "One, who asked not to be named, said"; not "No one said"
		if head == "another" && e-s == 1 && (s == 0 || sentenceEnd(toks[s-1])) && an.oneBefore(ui) {
			// "One senior adviser described the atmosphere as “a bunker.”
			// Another said staff had stopped attending": the next of the
			// unnamed ones.
			headType = article.SourceAnonymous
		}
	}
	if e-s == 2 && toks[s].Lower == "a" && ordinalOther[head] && an.opensColonReport(toks, s, e) {
		headType = article.SourceAnonymous // "A third wrote: “…”", after "One wrote" and "Another said"
	}
	possessed := false // a possessive before the head: "Doe's lawyer", "the project's board president"
	for k := s; k < he-1; k++ {
		if isPossessive(toks[k].Lower) || possessivePronoun[toks[k].Lower] {
			possessed = true
		}
	}
	if possessed && !toks[he-1].Cap() && (headType == article.SourceAnonymous || headType == "" && an.describesPersonNoun(head)) {
		// "Mayor Jane Doe's lawyer told the court", "Donald Trump's son
		// said", "her brother-in-law said", "the suspect's mother told",
		// "the Labour Party's chancellor said": a person described by
		// another person or body is neither that other nor, by role, the
		// country's office holder ("the project's board president").
		// Identified if unnamed, like "the prime minister"; "Sunak's
		// spokesman" is an unnamed source.
		typ := article.SourcePerson
		if headType == article.SourceAnonymous {
			typ = article.SourceAnonymous
		}
		if he == e {
			if p := an.namedBefore(ui, toks[s].Start, toks[s:e]); p != nil {
				// "Her daughter, Susan Hale-Moore, said … “…,” her
				// daughter said": the person the same words introduced.
				return an.personSrc(p, mention)
			}
		}
		return &src{typ: typ, name: mention.Text, canon: mention.Text, head: head, mention: mention}
	}
	if possessed && !toks[he-1].Cap() && he == e && headType == article.SourceOrganization && named != nil && named.Type == article.EntityPerson {
		// "Georgia Attorney General Chris Carr's office said": the
		// office, not the person by the role his title names.
		return &src{typ: article.SourceOrganization, name: mention.Text, canon: mention.Text, head: head, mention: mention}
	}
	if he == e && (named == nil || named.Type != article.EntityPerson) && an.pluralRole(toks[e-1]) {
		// "Labour MPs said", "Republican senators said", "two MPs said":
		// office holders the article does not name, a group of unnamed
		// sources ("one of them" later).
		sp := &src{typ: article.SourceAnonymous, name: mention.Text, canon: mention.Text, head: toks[e-1].Lower, mention: mention}
		an.addAnon(sp)
		return sp
	}
	// "The Pflugerville Police Department said …. Police said": the force
	// named before, when the text named one.
	if toks[e-1].Lower == "police" && toks[e-1].Quote < 0 && (e-s == 1 || e-s == 2 && an.isDef(toks[s].Lower)) {
		if org := an.lastOrgOfKind(ui, toks[s].Start, "force"); org != nil {
			org.Strong = true
			return &src{ent: org, typ: article.SourceOrganization, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention}
		}
	}
	// "The Met Office issued a warning. … The forecaster said", "the
	// weather service said": the weather service last named, not a person
	// (unless a person was introduced as one: "BBC forecaster Simon Keane").
	if an.isDef(toks[s].Lower) && (e-s == 2 && head == "forecaster" || e-s == 3 && toks[s+1].Lower == "weather" && !toks[s+1].Cap()) {
		if p := an.epithetAntecedent(ui, toks[s].Start, head); p != nil && e-s == 2 {
			p.Strong = true
			return an.personSrc(p, mention)
		}
		if org := an.lastOrgOfKind(ui, toks[s].Start, "forecaster"); org != nil {
			org.Strong = true
			return &src{ent: org, typ: article.SourceOrganization, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention}
		}
	}
	aged := he == e && e-s >= 3 && named == nil && toks[s].Lower == "the" && an.agedDescription(toks[s+1:e])
	if he == e && e-s >= 2 && (named == nil || named.Type != article.EntityPerson) && toks[s].Lower == "the" && (an.isEpithet(head) || rankEpithet(toks[s+1:e]) || an.retiredEpithet(toks[s:e]) || aged) &&
		an.nextToVerb(toks, s, e) {
		// "“…,” the Spaniard said", "The singer said", "the 39-year-old
		// told reporters": the unnamed one met before with that noun ("A
		// Western diplomat said … The diplomat added"), else the one
		// introduced with that role ("the director"), else the one
		// person just named, else a person the article describes.
		for k := len(an.anons) - 1; k >= 0; k-- {
			if singular(an.anons[k].head) == head {
				sp := *an.anons[k]
				sp.mention = mention
				return &sp
			}
		}
		if ro := an.s.gaz.Describe(words); ro.Valid() {
			if p := an.byRole(ui, ro); p != nil {
				return an.personSrc(p, mention)
			}
		}
		epithet := head
		if aged {
			epithet = toks[s+1].Lower // "the 52-year-old former emergency nurse": the one of that age
		}
		if p := an.epithetAntecedent(ui, toks[s].Start, epithet); p != nil {
			p.Strong = true
			an.epithet, an.epithetUI = p, ui
			return an.personSrc(p, mention)
		}
		if headType == article.SourceMedia {
			// "BBC News asked …. The broadcaster said": a person only when
			// one is named.
			if m := an.lastMedia(ui, toks[s].Start, maxMediaBack); m != nil {
				return &src{ent: m, typ: article.SourceMedia, name: m.Name, canon: an.reg.Canonical(m), id: an.reg.ID(m), mention: mention}
			}
			if e-s >= 3 && outletOwner[toks[e-2].Lower] {
				// "the state-owned broadcaster said": an outlet by who owns
				// it, not a presenter ("the veteran broadcaster").
				return &src{typ: article.SourceMedia, name: mention.Text, canon: mention.Text, head: head, mention: mention}
			}
		}
		return &src{typ: article.SourcePerson, name: mention.Text, canon: mention.Text, head: head, mention: mention}
	}
	if headType == "" && named == nil && he == e && an.definitePerson(toks[s:e]) {
		// "The defendant said", "the nurse added": the one met before ("A
		// nurse said …"), else a person the article describes here
		// without naming, as "the minister" is.
		for k := len(an.anons) - 1; k >= 0; k-- {
			if singular(an.anons[k].head) == head {
				sp := *an.anons[k]
				sp.mention = mention
				return &sp
			}
		}
		if an.s.lex.genderOf(head) != 0 && !genericPersonNoun[head] && an.epithetAntecedent(ui, toks[s].Start, head) != nil {
			// "the son said", "the mother told" after someone named: that
			// person, or a relative of theirs; not told apart, so no
			// speaker. With no one named it is the person the article
			// describes ("“I'm devastated,” the mother told the BBC").
			return nil
		}
		return &src{typ: article.SourcePerson, name: mention.Text, canon: mention.Text, head: head, mention: mention}
	}
	// "the regulator Ofwat", "the watchdog Ofcom": a body's noun before a
	// name makes the name a body's.
	if e-s >= 2 && toks[e-1].Cap() && !toks[e-2].Cap() && an.s.lex.sources[toks[e-2].Lower] == article.SourceOrganization &&
		(named == nil || named.Type != article.EntityPerson || !named.Strong) && (named == nil || named.Type != article.EntityMedia) {
		// (Not an outlet: "state news agency IRNA reported" is IRNA, the
		// outlet.)
		o := an.reg.Named(article.EntityOrganization, toks[e-1].Text)
		o.AddMention(an.text, toks[e-1].Start, toks[e-1].End)
		return &src{ent: o, typ: article.SourceOrganization, name: o.Name, canon: an.reg.Canonical(o), id: an.reg.ID(o), mention: mention}
	}
	if named != nil && named.Type == article.EntityOrganization && namedCollective[head] && headType == article.SourceOrganization && he < e &&
		toks[he].Lower == "of" && an.mentionedIn(ui, named, he+1, e) {
		// "The General Staff of Ukraine's Armed Forces said": the body
		// its capitalised head names, of the one after "of".
		return &src{typ: article.SourceOrganization, name: mention.Text, canon: mention.Text, head: head, mention: mention}
	}
	if named != nil && named.Type == article.EntityOrganization && headType == article.SourceOrganization && he < e && toks[he].Lower == "to" &&
		!toks[he-1].Cap() && !an.mentionedIn(ui, named, s, he) {
		// "Iran's mission to the United Nations denied": the mission, not
		// the body it is sent to.
		return &src{typ: article.SourceOrganization, name: mention.Text, canon: mention.Text, head: head, mention: mention}
	}
	if named != nil {
		switch named.Type {
		case article.EntityPerson:
			if named.First == "" && he-s >= 3 && !toks[he-1].Cap() && an.describesPersonNoun(head) && !an.mentionEndsAt(ui, named, toks[he-1].End) {
				// "the former Sunderland midfielder": a word alone before a
				// role is a club's or a place's, not the person's; the one
				// introduced with the role ("Former Republic of Ireland
				// midfielder Declan Fogarty").
				if ro := an.s.gaz.Describe(words); ro.Valid() {
					if p := an.byRole(ui, ro); p != nil && p != named {
						return an.personSrc(p, mention)
					}
				}
			}
			if headType == "" || named.Strong && toks[e-1].Cap() {
				named.Strong = true
				return an.personSrc(named, mention)
			}
		case article.EntityMedia:
			if headType == article.SourceAnonymous && !(toks[he-1].Cap() && an.mentionEndsAt(ui, named, toks[he-1].End)) {
				break // "a Times spokesperson": an unnamed source of the outlet (not "Business Insider")
			}
			if headType == article.SourceDocument && he < e && !an.mentionedIn(ui, named, s, he) {
				if newsReport[head] && issuerWord[toks[he].Lower] && toks[he].Quote < 0 && an.mentionSpans(ui, named, toks, skipThe(toks, he+1, e), e) {
					// "a report from CNN", "a report by the Wall Street
					// Journal": the outlet's own reporting.
					return &src{ent: named, typ: article.SourceMedia, name: named.Name, canon: an.reg.Canonical(named), id: an.reg.ID(named), mention: mention}
				}
				// "Treasury figures seen by the Guardian", "a study by The
				// Economist": the document.
				return &src{typ: article.SourceDocument, name: mention.Text, canon: mention.Text, mention: mention}
			}
			return &src{ent: named, typ: article.SourceMedia, name: named.Name, canon: an.reg.Canonical(named), id: an.reg.ID(named), mention: mention}
		case article.EntityOrganization:
			if headType == "" && (!toks[he-1].Cap() || an.s.gaz.RoleWord(head)) && an.describesPersonNoun(head) {
				// "The Villa head coach said", "the Aston Villa manager",
				// "The Chairwoman of Ukraine's Central Bank says": a person
				// the organisation's name describes, not the organisation;
				// the one introduced with that role if any, else the
				// description.
				if ro := an.s.gaz.Describe(words); ro.Valid() {
					if p := an.byRole(ui, ro); p != nil {
						return an.personSrc(p, mention)
					}
				}
				// Else the one person just named, whom the text gave no
				// role: "Dunleavy said he had spoken to the player …. “…,”
				// the Ravensmoor manager said".
				if he == e && an.isDef(toks[s].Lower) && an.nextToVerb(toks, s, e) {
					if p := an.epithetAntecedent(ui, toks[s].Start, head); p != nil && !hasRole(p) {
						p.Strong = true
						return an.personSrc(p, mention)
					}
				}
				return &src{typ: article.SourcePerson, name: mention.Text, canon: mention.Text, head: head, mention: mention}
			}
			if headType == article.SourceDocument && he < e && issuedDocument[head] {
				// "a statement from the Ministry of Defence", "a report by
				// the World Bank", "data released Friday by the Labor
				// Department": the body, in that document (not "documents
				// obtained by the ministry": who obtained it did not
				// write it).
				by := -1
				if issuerWord[toks[he].Lower] {
					by = he
				} else if issuingParticiple[toks[he].Lower] {
					for k := he + 1; k < e && k <= he+4; k++ {
						if toks[k].Lower == "by" {
							by = k
							break
						}
					}
				}
				if by >= 0 && an.mentionSpans(ui, named, toks, skipThe(toks, by+1, e), beforeTime(toks, by+1, e)) {
					named.Strong = true
					return &src{ent: named, typ: article.SourceOrganization, name: named.Name, canon: an.reg.Canonical(named), id: an.reg.ID(named), mention: mention,
						via: an.text[mention.Start:toks[he-1].End]}
				}
				if by < 0 && (he-s >= 3 && an.mentionSpans(ui, named, toks, skipThe(toks, s+1, he-1), he-1) &&
					(an.isDef(toks[s].Lower) || toks[s].Lower == "a" || toks[s].Lower == "an") || an.bareDocumentOf(ui, named, toks, s, he, head)) {
					// "A KFF survey released last month": the body named
					// before its document, as below.
					named.Strong = true
					return &src{ent: named, typ: article.SourceOrganization, name: named.Name, canon: an.reg.Canonical(named), id: an.reg.ID(named), mention: mention,
						via: an.text[mention.Start:toks[he-1].End]}
				}
			}
			if headType == article.SourceDocument && he == e && (e-s >= 3 && issuedDocument[head] &&
				an.mentionSpans(ui, named, toks, skipThe(toks, s+1, ownBefore(toks, e-1)), ownBefore(toks, e-1)) && (an.isDef(toks[s].Lower) || toks[s].Lower == "a" || toks[s].Lower == "an") ||
				an.bareDocumentOf(ui, named, toks, s, e, head) || an.possessedDocument(ui, named, toks, s, e, head)) {
				// "a Pew Research Center survey", "the NTSB report",
				// "Severnvale's annual report": the body, in its document.
				named.Strong = true
				return &src{ent: named, typ: article.SourceOrganization, name: named.Name, canon: an.reg.Canonical(named), id: an.reg.ID(named), mention: mention,
					via: mention.Text}
			}
			if headType == article.SourceOrganization && he == e && !toks[he-1].Cap() && pluralNoun(head) && !an.mentionEndsAt(ui, named, toks[he-1].End) {
				// "Insurance companies argue", "Tesla's suppliers said":
				// bodies of a kind, not the one the modifier names.
				return &src{typ: article.SourceOrganization, name: mention.Text, canon: mention.Text, head: head, mention: mention}
			}
			if headType == article.SourceOrganization && he == e && !toks[he-1].Cap() && !named.Strong && !genericOrgNoun[head] && !companyKind[head] &&
				!an.mentionEndsAt(ui, named, toks[he-1].End) && !(namedKindHead[head] && an.isDef(toks[s].Lower) && an.mentionSpans(ui, named, toks, s+1, he-1)) {
				// (But "the Unite union", "the Reform party": the body its
				// name before its kind names.)
				// "The Budget watchdog said": a body by what it watches, a
				// word the text gives no name of its own (not "the Vantor
				// company").
				return &src{typ: article.SourceOrganization, name: mention.Text, canon: mention.Text, head: head, mention: mention}
			}
			// (A source noun that ends the body's name is the name's: "the
			// Office for National Statistics said".)
			if headType == "" || headType == article.SourceOrganization || headType == article.SourceDocument && toks[he-1].Cap() && an.mentionEndsAt(ui, named, toks[he-1].End) {
				named.Strong = true
				return &src{ent: named, typ: article.SourceOrganization, name: named.Name, canon: an.reg.Canonical(named), id: an.reg.ID(named), mention: mention}
			}
		case article.EntityPlace:
			if headType == "" && e-s <= 2 {
				// "Washington said", "the Kremlin denies": the government.
				return &src{ent: named, typ: article.SourceOrganization, name: named.Name, canon: an.reg.Canonical(named), id: an.reg.ID(named), mention: mention}
			}
		}
	}
	// A role description: the person introduced with that role (not the
	// office of one: "the state prosecutor's office said").
	def := an.isDef(toks[s].Lower)
	if (headType != article.SourceAnonymous || def) && !(headType == article.SourceOrganization && possessed) {
		ro := an.s.gaz.Describe(words)
		if ro.Valid() && (def || toks[s].Cap()) {
			if p := an.byRole(ui, ro); p != nil {
				return an.personSrc(p, mention)
			}
			if p := an.prevSubjectPerson(ui); p != nil && def && s == 0 && headType != article.SourceAnonymous {
				// "Dr Lorraine Mattis-Grant was unconvinced. The member
				// of parliament for St Catherine East Central described
				// …": the person the sentence before opens on, described
				// anew.
				return an.personSrc(p, mention)
			}
		}
	}
	switch headType {
	case article.SourceAnonymous:
		if def {
			for k := len(an.anons) - 1; k >= 0; k-- {
				// (one as one, several as several: "the security expert" is
				// not "Many experts")
				if h := an.anons[k].head; singular(h) == singular(head) && (pluralNoun(h) == pluralNoun(head) || !manyOpens(an.anons[k].mention.Text)) {
					sp := *an.anons[k]
					sp.mention = mention
					return &sp
				}
			}
			if e-s == 2 && singular(head) == "source" {
				// "…, two people familiar with the matter said. The sources
				// said": the unnamed sources met last, one or several as
				// the noun is.
				for k := len(an.anons) - 1; k >= 0; k-- {
					if h := an.anons[k].head; sourceKindHead[h] && (pluralNoun(h) || h == "people") == pluralNoun(head) {
						sp := *an.anons[k]
						sp.mention = mention
						return &sp
					}
				}
			}
		}
		sp := &src{typ: article.SourceAnonymous, name: mention.Text, canon: mention.Text, head: head, mention: mention}
		if kind := an.countedOffKind(toks[s:e]); kind != "" {
			sp.canon = strings.ToLower(mention.Text) + " " + kind // "Another", "A third" after "one fan": "another fan"
		} else if kind := an.oneOfGroup(ui, toks, s, e); kind != "" {
			sp.canon, sp.head = "one "+kind, kind // "Fans rushed to respond. One wrote": one fan
		}
		an.addAnon(sp)
		return sp
	case article.SourceDocument, article.SourceMedia:
		if def && e-s == 2 && (headType == article.SourceMedia || head == "paper") {
			// "the newspaper said", "the paper reported", "the broadcaster
			// said": the outlet the article named last; "the paper"
			// without one is a study's.
			units := maxMediaBack
			if head == "paper" {
				units = 3 // else a study's: "A paper in Nature … the paper states"
			}
			if m := an.lastMedia(ui, toks[s].Start, units); m != nil && !(head == "paper" && an.paperBefore(ui, toks[s].Start, units)) {
				return &src{ent: m, typ: article.SourceMedia, name: m.Name, canon: an.reg.Canonical(m), id: an.reg.ID(m), mention: mention}
			}
		}
		if headType == article.SourceDocument && he+2 < e && issuedDocument[head] && (issuingParticiple[toks[he].Lower] || toks[he].Lower == "of") &&
			(named == nil || named.Type == article.EntityOrganization) {
			// "a breakdown released by the Premier’s office": the body
			// the text describes, in that document; "an analysis of the
			// Deter data by the Instituto Copaíba de Pesquisa Ambiental":
			// the body that wrote it.
			for k := he + 1; k+1 < e && k <= he+6; k++ {
				if toks[k].Lower != "by" {
					continue
				}
				if by := an.resolveNP(ui, toks, k+1, beforeTime(toks, k+1, e), -1); by != nil && by.typ == article.SourceOrganization {
					sp := *by
					sp.mention, sp.via = mention, an.text[mention.Start:toks[he-1].End]
					return &sp
				}
				break
			}
		}
		if headType == article.SourceDocument && issuedDocument[head] && he == e && e-s == 3 && named == nil &&
			(an.isDef(toks[s].Lower) || toks[s].Lower == "a" || toks[s].Lower == "an") && !toks[s+1].Cap() && toks[s+1].Quote < 0 &&
			an.s.lex.sources[toks[s+1].Lower] == article.SourceOrganization {
			// "according to a ministry release", "a council report":
			// the body of that kind named before, in its document.
			kind := toks[s+1].Lower
			org := an.lastOrgOfKind(ui, toks[s].Start, kind)
			if org == nil && stateNoun[kind] {
				org = an.onlyOrgOfKind(ui, kind)
			}
			if org != nil {
				org.Strong = true
				return &src{ent: org, typ: article.SourceOrganization, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention, via: mention.Text}
			}
		}
		return &src{typ: headType, name: mention.Text, canon: mention.Text, mention: mention}
	case article.SourceOrganization:
		if def && e-s == 3 && serviceKind[head] && !toks[s+1].Cap() && s >= 1 && toks[s-1].Text == "," && toks[s-1].Quote < 0 {
			// "… on Spotify, the streaming service said": the one business
			// the sentence it closes names.
			if org := an.onlyBusinessIn(ui, toks[s].Start); org != nil {
				org.Strong = true
				return &src{ent: org, typ: article.SourceOrganization, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention}
			}
		}
		if def && (e-s == 2 || e-s == 3 && entity.OriginWord(toks[s+1].Lower) || e-s == 4 && toks[s+1].Cap() && entity.OriginWord(toks[s+2].Lower) || listed) {
			// "the company", "the ministry": the organisation last named;
			// "the union", "the university": the last one that is one;
			// "the Glasgow-based firm": the same, by where it is.
			if firmNoun[head] && s >= 1 && toks[s-1].Text == "," && toks[s-1].Quote < 0 {
				// "Apple will let users delete the App Store, the company
				// announced": the business the sentence opens with, not the
				// last one named in what it said (nor a product and its
				// number: "The Galaxy Z Fold 8 will go on sale, the company
				// said" is lastOrg's).
				if org := an.subjectBusiness(ui, toks[s].Start); org != nil {
					org.Strong = true
					return &src{ent: org, typ: article.SourceOrganization, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention}
				}
			}
			if companyKind[head] && s >= 1 && toks[s-1].Text == "," && toks[s-1].Quote < 0 {
				// "Goldman Sachs raised its forecast, the bank said": the
				// business the sentence opens with.
				org := an.unitSubjectOrg(ui, toks[s].Start)
				if org == nil {
					org = an.subjectNamedAs(ui, toks[s].Start)
				}
				if org != nil && org.Type == article.EntityOrganization && !publicBody(org.Name) {
					org.Strong = true
					return &src{ent: org, typ: article.SourceOrganization, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention}
				}
			}
			org, side := an.lastOrg(ui, toks[s].Start)
			if firmNoun[head] && (org == nil || publicBody(org.Name) || side) {
				// "the company" a page after "Orbital Systems", past "the
				// SEC"; past an outside expert's firm too ("Tom Brennan-Hayes
				// of Harlow Street Capital wrote …. Sales fell, the company
				// said"), when the text named a business of its own.
				if f := an.lastFirm(ui, toks[s].Start); f != nil || !side {
					org = f
				}
			}
			if org != nil && !(firmNoun[head] && publicBody(org.Name)) && !(stateNoun[head] && !stateBody(org.Name)) &&
				(genericOrgNoun[head] || companyKind[head] && org.Strong && !publicBody(org.Name) || // ("the startup" after "Lumora on Tuesday unveiled its …")
					an.ofKind(head, org)) {
				if d, ok := an.describedBodyAfter(ui, toks[s].Start, head, org); ok {
					// "The Red Cross said … The health ministry said … The
					// ministry said": the body described since, not the
					// name before it.
					return &src{typ: article.SourceOrganization, name: d, canon: d, mention: mention}
				}
				org.Strong = true
				return &src{ent: org, typ: article.SourceOrganization, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention}
			} else if org == nil || stateNoun[head] && !stateBody(org.Name) {
				if d, ok := an.describedBodyAfter(ui, toks[s].Start, head, nil); ok {
					return &src{typ: article.SourceOrganization, name: d, canon: d, mention: mention}
				}
			}
			if !genericOrgNoun[head] || stateNoun[head] && (org == nil || !stateBody(org.Name)) {
				// "The charity said" a few paragraphs after "a survey by the
				// Memory Lane Trust": the last body of that kind; "the
				// ministry" the last ministry, past a system's name
				// ("figures from the Deter satellite alert system").
				org := an.lastOrgOfKind(ui, toks[s].Start, head)
				if org == nil && stateNoun[head] {
					org = an.onlyOrgOfKind(ui, head)
				}
				if org != nil {
					org.Strong = true
					return &src{ent: org, typ: article.SourceOrganization, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention}
				}
			}
			if localGovernment[head] && e-s == 2 {
				// "Tamarack County … The county said", "a report by City
				// of Marlow Bay staff … the city said": the place's
				// government, by the place's name.
				if p := an.lastPlaceOfKind(ui, toks[s].Start, head); p != nil {
					return &src{typ: article.SourceOrganization, name: p.Name, canon: p.Name, mention: mention}
				}
			}
		}
		// "A spokesperson for the company", "an official at the ministry":
		// the body "the company" is, as a speaker of its own.
		if e-s >= 4 && toks[e-2].Lower == "the" && (toks[e-3].Lower == "for" || toks[e-3].Lower == "at") &&
			an.s.lex.sources[toks[e-4].Lower] == article.SourceAnonymous && toks[e-2].Quote < 0 {
			if b := an.resolveNP(ui, toks, e-2, e, after); b != nil && b.typ == article.SourceOrganization && b.name != an.text[toks[e-2].Start:toks[e-1].End] {
				b.mention = mention
				return b
			}
		}
		if def && e-s >= 3 && !toks[e-1].Cap() {
			// "the weather service" after "the National Weather Service":
			// the body last named whose name holds all its words.
			if org := an.orgHolding(ui, toks[s].Start, toks[s+1:e]); org != nil {
				org.Strong = true
				return &src{ent: org, typ: article.SourceOrganization, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention}
			}
		}
		return &src{typ: article.SourceOrganization, name: mention.Text, canon: mention.Text, mention: mention}
	}
	// An unknown capitalised name; not an office written in capitals ("a
	// Conservative MP", "the Labour MP": a role, below).
	if toks[e-1].Cap() && !an.s.gaz.Stopword(toks[e-1].Text) && !(e-s >= 2 && entity.IsAcronym(toks[e-1].Text) && an.isTitle(toks[e-1].Lower)) {
		name := toks[e-1].Text
		if w, ok := strings.CutSuffix(name, "’s"); ok {
			name = w
		}
		if entity.IsAcronym(name) {
			// An acronym the text defined after a body's name: that body
			// ("the DA said" after "the Department of Agriculture (DA)").
			if o := an.reg.Acronym(name); o != nil {
				o.AddMention(an.text, toks[e-1].Start, toks[e-1].End)
				return &src{ent: o, typ: article.SourceOrganization, name: o.Name, canon: an.reg.Canonical(o), id: an.reg.ID(o), mention: mention}
			}
			// An unknown acronym: an outlet when something is "according to"
			// it ("according to TCN"), an organisation when it speaks ("the
			// BDA says") or takes "the" ("according to the BDA": the known
			// outlets that do, "the BBC", "the AP", are in the gazetteer).
			if after == relayed && !def {
				m := an.reg.Named(article.EntityMedia, name)
				m.AddMention(an.text, toks[e-1].Start, toks[e-1].End)
				return &src{ent: m, typ: article.SourceMedia, name: name, canon: name, id: an.reg.ID(m), mention: mention}
			}
			o := an.reg.Named(article.EntityOrganization, name)
			o.AddMention(an.text, toks[e-1].Start, toks[e-1].End)
			return &src{ent: o, typ: article.SourceOrganization, name: name, canon: name, id: an.reg.ID(o), mention: mention}
		}
		if named != nil && named.Type == article.EntityPerson {
			named.Strong = true
			return an.personSrc(named, mention)
		}
		// "Jones, the club's manager, said": a name the scanner did not
		// know, described as a person in apposition.
		if named == nil && e-s <= 3 && an.describedAsPerson(toks, e) {
			first := ""
			if e-s > 1 {
				first = an.text[toks[s].Start:toks[e-2].End]
			}
			p := an.reg.Person(first, name)
			p.Strong = true
			p.AddMention(an.text, toks[s].Start, toks[e-1].Start+len(name))
			return an.personSrc(p, mention)
		}
	}
	// "the Spaniard said", "the Frenchman added": a person the article
	// named before, described by nationality.
	if def && (e-s == 2 && an.s.gaz.Demonym(toks[e-1].Text) || e-s == 3 && toks[e-2].Cap() && an.s.gaz.Demonym(toks[e-2].Text+" "+toks[e-1].Text)) &&
		toks[e-1].Cap() && !strings.HasSuffix(toks[e-1].Lower, "s") {
		// (and of two words: "the South African said", "the New
		// Zealander": as an epithet, the one person just named, the
		// manager named after the other's words)
		if e-s == 3 {
			if ent := an.epithetAntecedent(ui, toks[s].Start, toks[e-1].Lower); ent != nil {
				return an.personSrc(ent, mention)
			}
		}
		if ent := an.antecedent(ui, toks[s].Start, pronoun{}, after, toks); ent != nil {
			return an.personSrc(ent, mention)
		}
	}
	if ro := an.s.gaz.Describe(words); ro.Valid() {
		if e-s == 1 && toks[s].Cap() && s > 0 && toks[s-1].Text != "." {
			// A lone capitalised role word inside a sentence is a surname:
			// "Scott," King asked; not "Minister said" opening one.
			p := an.reg.Person("", toks[s].Text)
			p.Strong = true
			p.AddMention(an.text, toks[s].Start, toks[s].End)
			return an.personSrc(p, mention)
		}
		if def || an.placePossessive(toks[s]) {
			// "The prime minister said", "the German chancellor said",
			// "Britain's Prime Minister said": an office holder the article
			// does not name but identifies, not an unnamed source (sources
			// nouns, "the spokesman", are above).
			return &src{typ: article.SourcePerson, name: mention.Text, canon: mention.Text, head: head, mention: mention}
		}
		// An unnamed office holder ("a minister", "a senior judge").
		return &src{typ: article.SourceAnonymous, name: mention.Text, canon: mention.Text, head: head, mention: mention}
	}
	if def && he < e && toks[he].Lower == "of" && an.s.lex.genderOf(head) != 0 && !genericPersonNoun[head] {
		// "The mother of the victim said": a relative the article
		// identifies by whose relative they are, without a name.
		return &src{typ: article.SourcePerson, name: mention.Text, canon: mention.Text, head: head, mention: mention}
	}
	return nil
}

// coordinatedPeople returns the people named together that end the noun
// phrase toks[s:e] as one source: "John Smith and Mary Jones said",
// "Researchers Anna Berg and Tom Cole said", "His lawyers, Robert
// Turkewitz and Brian Knowles, said". Its name is the names as written;
// it is no one entity. nil unless two or more names, joined only by
// commas and "and", end the phrase.
func (an *analysis) coordinatedPeople(u *unit, toks []token.Token, s, e int, mention article.Span) *src {
	var ms []entity.Mention
	for _, m := range u.ments {
		if m.TokStart >= s && m.TokEnd <= e {
			ms = append(ms, m)
		}
	}
	if len(ms) < 2 || ms[len(ms)-1].TokEnd != e {
		return nil
	}
	first := len(ms) - 1
	for first > 0 {
		prev, next := ms[first-1], ms[first]
		if !knownPerson(prev.Entity) || !knownPerson(next.Entity) || prev.TokEnd >= next.TokStart {
			break
		}
		joined := true
		for _, t := range toks[prev.TokEnd:next.TokStart] {
			if t.Text != "," && t.Lower != "and" {
				joined = false
			}
		}
		if !joined || toks[next.TokStart-1].Lower != "and" && first == len(ms)-1 {
			break
		}
		first--
	}
	if first == len(ms)-1 {
		return nil
	}
	name := an.text[ms[first].Start:ms[len(ms)-1].End]
	return &src{typ: article.SourcePerson, name: name, canon: name, mention: mention}
}

// knownPerson reports whether e is a person the text names with a first
// name or a title: "Procter and Gamble" are no two people.
func knownPerson(e *entity.Entity) bool {
	return e.Type == article.EntityPerson && (e.First != "" || e.Strong)
}

// firstConjunct returns the first of coordinated names ending in
// toks[ns:ne] ("Schwartz, Gettleman, and Stella reported": Schwartz), or
// -1: a list of capitalised names joined by commas and "and".
func (an *analysis) firstConjunct(toks []token.Token, ns, ne int) (int, int) {
	if ns < 2 || !(toks[ns].Cap() && toks[ne-1].Cap() || possessivePronoun[toks[ns].Lower]) || toks[ns-1].Lower != "and" {
		return -1, -1 // ("Schwartz and her partners reported": Schwartz)
	}
	end := ns - 1 // "and": the conjunct before ends here, or at a comma before it
	if toks[end-1].Text == "," {
		end--
	}
	fs, fe := -1, -1
	for n := 0; n < 6 && end > 0; n++ {
		ps, pe := an.npEndingAt(toks, end)
		if ps < 0 || !toks[ps].Cap() || !toks[pe-1].Cap() {
			break
		}
		fs, fe = ps, pe
		if ps < 1 || toks[ps-1].Text != "," {
			break
		}
		end = ps - 1 // the comma before this name
	}
	return fs, fe
}

// carries reports whether a head noun keeps its "of"/"for" phrase in a
// description: an unnamed source ("a spokesperson for the ministry") or a
// document ("a study of 1,200 users of the app").
func (an *analysis) carries(head string) bool {
	t := an.s.lex.sources[head]
	return t == article.SourceAnonymous || t == article.SourceDocument
}

// opensColonReport reports whether the words s to e open their sentence,
// or follow "with", and a reporting verb and a colon or a quotation mark
// follow them: "Another said: “…”", "A third wrote: …", "…, with one
// writing: “…”".
func (an *analysis) opensColonReport(toks []token.Token, s, e int) bool {
	conj := s >= 2 && contrastConj[toks[s-1].Lower] && toks[s-2].Text == "," && an.countedOffKind(toks[s:e]) != ""
	if s > 0 && toks[s-1].Text != "." && toks[s-1].Text != "!" && toks[s-1].Text != "?" && toks[s-1].Kind != token.Mark && toks[s-1].Lower != "with" && !conj || e+1 >= len(toks) {
		// (after "with": "…, with one writing: “…”"; after a comma's
		// "while", counting off after "one fan": "one fan wrote, while
		// another commented: “…”")
		return false
	}
	if e+2 < len(toks) && strings.HasSuffix(toks[e].Lower, "ly") && toks[e].Quote < 0 {
		e++ // "A third simply added: “…”"
	}
	if _, verb := an.s.lex.verbs[toks[e].Lower]; !verb {
		return false
	}
	k := e + 1
	if toks[k].Lower == "on" || toks[k].Lower == "online" || toks[k].Lower == "in" {
		// "One wrote on X:", "Another posted online:", "one said in a
		// comment:": where, before the colon.
		for k++; k < len(toks) && k-e <= 5 && toks[k].Kind == token.Word && toks[k].Quote < 0; k++ {
		}
		if k >= len(toks) {
			return false
		}
	}
	return toks[k].Text == ":" || toks[k].Kind == token.Mark && !conj // (not "…, while another called ‘Fan Club’ has")
}

// issuedDocument are the documents a body issues and issuerWord the words
// before the body (data/word_classes.txt): "a statement from the Ministry of
// Defence" is the ministry's, in that statement.
var (
	issuedDocument = wordClasses.Must("issuedDocument")
	issuerWord     = wordClasses.Must("issuerWord")
	// issuingParticiple are the participles by which a body puts out its
	// document ("data released Friday by the Labor Department").
	issuingParticiple = wordClasses.Must("issuingParticiple")
)

// otherView are the words that open other people's view after "while"
// (data/word_classes.txt).
var otherView = wordClasses.Must("otherView")

// ordinalOther are the ordinals that count off unnamed speakers after "one"
// and "another" (data/word_classes.txt).
var ordinalOther = wordClasses.Must("ordinalOther")

// contrastConj are the conjunctions after a comma before the next unnamed
// speaker of a colon's report (data/word_classes.txt).
var contrastConj = wordClasses.Must("contrastConj")

// afterQuoteOrVerb reports whether toks[s] follows a quotation or a
// reporting verb: "“…,” one wrote", "said another" (not "No one said",
// not "… while another calls him").
func (an *analysis) afterQuoteOrVerb(toks []token.Token, s int) bool {
	if s == 0 {
		return false
	}
	p := toks[s-1]
	if p.Kind == token.Mark || p.Text == "," && s >= 2 && toks[s-2].Kind == token.Mark {
		return true
	}
	_, verb := an.s.lex.verbs[p.Lower]
	return verb
}

// servesNoun are the nouns of people who serve the one named after "to"
// (data/word_classes.txt).
var servesNoun = wordClasses.Must("servesNoun")

// postModifier words end the head of a description (data/word_classes.txt).
var postModifier = wordClasses.Must("postModifier")

func singular(w string) string {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

func (an *analysis) isDef(w string) bool {
	d, ok := an.s.lex.dets[w]
	return ok && d
}

// itSource resolves the speaker "it" at pos: the organisation that is the
// subject of its sentence or the one before, else the last source when it
// was an organisation, outlet or document within two units, else the
// organisation named last (lastOrg). Without either the quote stands with
// an unresolved "it", taken for an organisation, rather than going to the
// speaker before it.
func (an *analysis) itSource(ui, pos int, mention article.Span) *src {
	orgSrc := func(org *entity.Entity) *src {
		typ := article.SourceOrganization
		if org.Type == article.EntityMedia {
			typ = article.SourceMedia // "Tasnim news agency … published footage it said showed"
		}
		return &src{ent: org, typ: typ, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention}
	}
	org := an.unitSubjectOrg(ui, pos)
	if org == nil && ui > 0 && an.units[ui-1].para >= an.units[ui].para-1 {
		org = an.unitSubjectOrg(ui-1, an.units[ui-1].end)
	}
	if org != nil {
		return orgSrc(org)
	}
	// "The Sudanese army blamed the RSF for the attacks, which it said …":
	// the body the sentence opens with, not the last one named.
	t := an.units[ui].toks
	if ns, ne := an.subjectBody(t); ns >= 0 && t[ne-1].End <= pos {
		if sp := an.resolveNP(ui, t, ns, ne, -1); sp != nil && sp.typ == article.SourceOrganization {
			sp.mention = mention
			return sp
		}
	}
	if l := an.last; l != nil && ui-an.lastUnit <= 2 && !l.unresolved {
		switch l.typ {
		case article.SourceOrganization, article.SourceMedia, article.SourceDocument:
			sp := *l
			sp.mention = mention
			return &sp
		}
	}
	if org, _ := an.lastOrg(ui, pos); org != nil {
		return orgSrc(org)
	}
	// "The company has denied wrongdoing. It said …": a body the sentence
	// before describes as its subject.
	for k := ui; k >= 0 && ui-k <= 1 && an.units[k].para >= an.units[ui].para-1; k-- {
		t := an.units[k].toks
		if ns, ne := an.subjectBody(t); ns >= 0 && (k < ui || t[ne-1].End <= pos) {
			return &src{typ: article.SourceOrganization, name: an.text[t[ns].Start:t[ne-1].End], mention: mention}
		}
	}
	return &src{typ: article.SourceOrganization, name: mention.Text, mention: mention, unresolved: true}
}

// subjectBody returns the description of an organisation that opens toks
// (after a time adverbial) as its subject: "The company", "the health
// ministry"; -1, -1 if there is none.
func (an *analysis) subjectBody(toks []token.Token) (int, int) {
	start := timeOpener(toks)
	if start+2 >= len(toks) || toks[start].Lower != "the" || toks[start].Quote >= 0 {
		return -1, -1
	}
	ns, ne := an.rightNP(toks, start)
	if ns != start || ne > start+4 || ne >= len(toks) || an.s.lex.sources[toks[ne-1].Lower] != article.SourceOrganization ||
		toks[ne].Kind != token.Word || toks[ne].Quote >= 0 {
		return -1, -1
	}
	return ns, ne
}

// unitSubjectOrg is the organisation or outlet that is the subject of
// unit ui, named at its start (after a time adverbial and the words that
// describe it) before pos: "The Appellate Court didn't agree with Amazon's
// stance. It noted that …" is the court's, not Amazon's; "Tasnim news
// agency … published footage it said showed …" Tasnim's.
func (an *analysis) unitSubjectOrg(ui, pos int) *entity.Entity {
	u := &an.units[ui]
	start := timeOpener(u.toks)
	if start < len(u.toks) && an.isDet(u.toks[start].Lower) {
		start++
	}
	for _, m := range u.ments {
		if m.TokStart < start {
			continue
		}
		if m.TokStart <= start+3 && an.descriptorsOnly(u.toks[start:m.TokStart]) && m.Start < pos &&
			(m.Entity.Type == article.EntityOrganization || m.Entity.Type == article.EntityMedia) && u.toks[m.TokStart].Quote < 0 {
			return m.Entity
		}
		break
	}
	return nil
}

// onlyBusinessIn returns the one organisation that unit ui names before
// pos, when it is a business (no public body); nil when there is none or
// more than one.
func (an *analysis) onlyBusinessIn(ui, pos int) *entity.Entity {
	var found *entity.Entity
	for _, m := range an.units[ui].ments {
		if m.Start >= pos || m.Entity.Type != article.EntityOrganization || m.TokStart < len(an.units[ui].toks) && an.units[ui].toks[m.TokStart].Quote >= 0 {
			continue
		}
		if found != nil && found != m.Entity {
			return nil
		}
		found = m.Entity
	}
	if found == nil || publicBody(found.Name) {
		return nil
	}
	return found
}

// serviceKind are the nouns, after "the" and a lower-case word, of a
// business by what it runs: "the streaming service", "the social media
// platform", "the dating app" (data/word_classes.txt).
var serviceKind = wordClasses.Must("serviceKind")

// subjectBusiness is the organisation that opens unit ui as its subject
// before pos (unitSubjectOrg), when it is a business: no public body, no
// product with its number, no outlet.
func (an *analysis) subjectBusiness(ui, pos int) *entity.Entity {
	org := an.unitSubjectOrg(ui, pos)
	if org == nil || org.Type != article.EntityOrganization || publicBody(org.Name) {
		return nil
	}
	for _, m := range an.units[ui].ments {
		if m.Entity == org && an.sideOrg(ui, m) {
			return nil
		}
	}
	return org
}

// subjectNamedAs registers as an organisation the name of one to three
// capitalised words that opens unit ui as its subject, a verb right after
// it, before pos, for a business kind that closes the sentence names it
// so: "Ford will recall 40,000 cars, the carmaker said", where "Ford" alone
// reads as a surname and "Tesco" as nothing known. Nil when the unit opens
// otherwise.
func (an *analysis) subjectNamedAs(ui, pos int) *entity.Entity {
	u := &an.units[ui]
	a := timeOpener(u.toks)
	b := a
	for b < len(u.toks) && b-a < 3 && u.toks[b].Kind == token.Word && u.toks[b].Cap() && u.toks[b].Quote < 0 && u.toks[b].End <= pos {
		b++
	}
	if b == a || b >= len(u.toks) || an.s.gaz.Stopword(u.toks[a].Text) || b-a > 1 && firstNameOf(an.s.gaz, u.toks[a].Text) {
		return nil
	}
	if v := u.toks[b]; v.Kind != token.Word || v.Cap() || v.Quote >= 0 || isNumber(v.Text) || !(finiteAux[v.Lower] || finiteVerb[v.Lower] || pastLike(v.Lower) || strings.HasSuffix(v.Lower, "s") || len(an.s.lex.verbs[v.Lower]) > 0) {
		return nil
	}
	name := an.text[u.toks[a].Start:u.toks[b-1].End]
	o := an.reg.Named(article.EntityOrganization, name)
	o.AddMention(an.text, u.toks[a].Start, u.toks[b-1].End)
	return o
}

// firstNameOf reports whether w is a known first name ("Jane" of "Jane
// Roe": a person, not a business).
func firstNameOf(g *entity.Gazetteer, w string) bool {
	_, ok := g.FirstName(w)
	return ok
}

// descriptorsOnly reports whether toks are only the words that describe a
// name before it: "Paris-based startup" of "Paris-based startup Mistral
// AI", "chipmaker" of "chipmaker Nvidia" (lower-case words or an origin, no
// verb, no punctuation).
func (an *analysis) descriptorsOnly(toks []token.Token) bool {
	for _, t := range toks {
		if t.Kind != token.Word || t.Quote >= 0 || len(an.s.lex.verbs[t.Lower]) > 0 || finiteVerb[t.Lower] || finiteAux[t.Lower] ||
			t.Cap() && !strings.Contains(t.Text, "-") || an.s.gaz.Stopword(t.Text) && !an.isDet(t.Lower) {
			return false
		}
	}
	return true
}

func (an *analysis) personSrc(p *entity.Entity, mention article.Span) *src {
	return &src{ent: p, typ: article.SourcePerson, name: p.DisplayName(), canon: an.reg.Canonical(p), id: an.reg.ID(p), mention: mention}
}

// byRole finds the person a role description refers to: one introduced
// with a compatible role, else an office holder of that role who is named
// in the article.
func (an *analysis) byRole(ui int, ro entity.Role) *entity.Entity {
	var best *entity.Entity
	bestScore, bestPos := 0, -1
	ents := an.reg.Entities()
	if len(ents) > maxRoleCandidates {
		ents = ents[:maxRoleCandidates]
	}
	for _, e := range ents {
		if e.Type != article.EntityPerson || !e.Strong {
			continue
		}
		sc := 0
		for _, h := range e.Roles {
			sc = max(sc, entity.Compatible(ro, h))
		}
		if sc == 0 {
			continue
		}
		pos := an.lastMentionBefore(e, an.units[ui].start)
		if pos < 0 || pos == 0 && !an.inLead(ui) && an.firstMentionAfter(e, an.units[ui].end) {
			continue // (named only after a paragraph past the lead: "the Alberta MP" is not the Bloc MP named next)
		}
		if sc > bestScore || sc == bestScore && pos > bestPos {
			best, bestScore, bestPos = e, sc, pos
		}
	}
	if best != nil {
		return best
	}
	classes := []string{ro.Class}
	if ro.Class == "minister" || ro.Class == "secretary" {
		classes = append(classes, "foreign_minister", "defence_minister", "finance_minister", "interior_minister")
	}
	if ro.Class == "leader" {
		classes = append(classes, "head_of_state", "head_of_government") // "the Russian leader"
	}
	countries := []string{ro.Country}
	if ro.Country == "" {
		return an.soleHolder(ents, classes)
	}
	for _, c := range countries {
		for _, cl := range classes {
			for _, h := range an.s.gaz.Holders(c, cl, an.regYear()) {
				f := strings.Fields(h.Name)
				for _, e := range ents {
					if e.Type == article.EntityPerson && len(e.Mentions) > 0 && an.reg.SameName(e.Surname, f[len(f)-1]) {
						e.Strong = true
						held := ro
						held.Class = cl
						e.AddRole(held)
						return e
					}
				}
			}
		}
	}
	return nil
}

// soleHolder is the one person the article names who held an office of
// the classes in the article's year, in any country: "Sir Keir Starmer …
// the prime minister insisted" is Starmer when no other head of government
// is named. Nil when none or several are.
func (an *analysis) soleHolder(ents []*entity.Entity, classes []string) *entity.Entity {
	var found *entity.Entity
	for _, e := range ents {
		if e.Type != article.EntityPerson || len(e.Mentions) == 0 || e.Surname == "" {
			continue
		}
		for _, h := range an.s.gaz.HoldersBySurname(e.Surname) {
			if y := an.regYear(); !slices.Contains(classes, h.Class) || y > 0 && (y < h.From || h.To > 0 && y > h.To) || y == 0 && h.To > 0 {
				continue // (an undated article's office holders are today's)
			}
			if f := strings.Fields(h.Name); e.First != "" && !an.reg.SameName(strings.Fields(e.First)[0], f[0]) {
				continue // (another of that surname: "Theresa May" is no "Brian May")
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// maxRoleCandidates bounds the entities a role description is compared
// with; only pathological text has more.
const maxRoleCandidates = 500

func (an *analysis) regYear() int { return an.s.year }

// inLead reports whether unit ui is in the headline or the first paragraph
// after it.
func (an *analysis) inLead(ui int) bool {
	for k := range an.units {
		if !an.units[k].headline {
			return an.units[ui].para <= an.units[k].para
		}
	}
	return true
}

// firstMentionAfter reports whether every mention of e starts at or after
// pos.
func (an *analysis) firstMentionAfter(e *entity.Entity, pos int) bool {
	for _, m := range e.Mentions {
		if m.Start < pos {
			return false
		}
	}
	return true
}

func (an *analysis) lastMentionBefore(e *entity.Entity, pos int) int {
	best := -1
	for _, m := range e.Mentions {
		if m.Start < pos && m.Start > best {
			best = m.Start
		}
	}
	if best < 0 && len(e.Mentions) > 0 {
		// Introduced later only: still usable, ranked last.
		return 0
	}
	return best
}

// antecedent resolves a pronoun at byte pos: the last speaker if compatible
// and recent, else the nearest compatible person mentioned outside quotes.
// openerPeople returns the people named in a topic phrase that opens unit
// ui, before the comma right before the pronoun at pos: "On Ange
// Postecoglou's Tottenham, he said", "Of Smith, she said" (the pronoun is
// not them).
func (an *analysis) openerPeople(ui, pos int, toks []token.Token) []*entity.Entity {
	if len(toks) < 3 || toks[0].Quote >= 0 || !(topicPreposition[toks[0].Lower] || toks[0].Lower == "on" || toks[0].Lower == "of") {
		return nil
	}
	for c := 1; c+1 < len(toks) && c < 12; c++ {
		if toks[c].Text != "," {
			continue
		}
		if toks[c+1].Start != pos {
			return nil
		}
		var out []*entity.Entity
		for _, m := range an.units[ui].ments {
			if m.TokEnd <= c && m.Entity.Type == article.EntityPerson {
				out = append(out, m.Entity)
			}
		}
		return out
	}
	return nil
}

func (an *analysis) antecedent(ui, pos int, p pronoun, after int, toks []token.Token) *entity.Entity {
	excluded := map[*entity.Entity]bool{}
	if after >= 0 {
		for _, m := range an.units[ui].ments {
			if m.TokStart >= after && m.TokStart < after+6 {
				excluded[m.Entity] = true
			}
		}
	}
	for _, e := range an.openerPeople(ui, pos, toks) {
		excluded[e] = true // "On Ange Postecoglou's Tottenham, he said": not Postecoglou
	}
	for _, m := range an.units[ui].ments {
		// The one it is according to relays "he": "he said he had been
		// checking an address, according to Mr Kerr" is not Kerr's.
		for k := m.TokStart - 2; k >= 0 && k >= m.TokStart-4 && m.TokStart <= len(toks); k-- {
			if toks[k].Lower == "according" && toks[k+1].Lower == "to" && toks[k].Quote < 0 {
				excluded[m.Entity] = true
				break
			}
		}
	}
	ok := func(e *entity.Entity) bool {
		if e == nil || e.Type != article.EntityPerson || !e.Strong || excluded[e] || p.plural {
			return false
		}
		return p.gender == 0 || e.Gender == 0 || e.Gender == p.gender
	}
	if an.last != nil && ui-an.lastUnit <= 3 && ok(an.last.ent) {
		fresh := func(e *entity.Entity) bool {
			// (one the text has not yet made a speaker, by a full name
			// and a pronoun that tells a gender)
			return e != nil && e.Type == article.EntityPerson && !excluded[e] && !p.plural && p.gender != 0 && e.First != "" && e.Surname != "" &&
				(e.Gender == 0 || e.Gender == p.gender)
		}
		if p := an.paraAntecedent(ui, pos, ok, fresh); p != nil {
			return p
		}
		return an.last.ent
	}
	for k := ui; k >= 0 && ui-k < 6; k-- {
		ms := an.units[k].ments
		// In a sentence before, its subject comes first: "Sergey Lavrov
		// met Antony Blinken on Friday. According to him, …" is Lavrov's.
		if k < ui && len(ms) > 0 && an.subjectMention(k, ms[0]) && ok(ms[0].Entity) {
			return ms[0].Entity
		}
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Start >= pos {
				continue
			}
			if m.TokStart < len(an.units[k].toks) && an.units[k].toks[m.TokStart].Quote >= 0 {
				continue
			}
			if ok(m.Entity) {
				return m.Entity
			}
		}
	}
	// A full name the text has not otherwise shown to be a person's, in
	// this sentence or the one before, as its subject or with "who" after
	// it: "Nesma Hajjaj fled the north. “…,” she said", "… was 25-year-old
	// Nesma Hajjaj, who was seven months pregnant. “…,” she said".
	for k := ui; k >= 0 && ui-k < 2 && !p.plural; k-- {
		toks := an.units[k].toks
		for _, m := range an.units[k].ments {
			e := m.Entity
			if m.Start >= pos || e.Type != article.EntityPerson || e.Strong || e.First == "" || excluded[e] ||
				p.gender != 0 && e.Gender != 0 && e.Gender != p.gender || m.TokStart >= len(toks) || toks[m.TokStart].Quote >= 0 {
				continue
			}
			who := m.TokEnd+1 < len(toks) && toks[m.TokEnd].Text == "," && toks[m.TokEnd+1].Lower == "who"
			if who || an.subjectMention(k, m) {
				return e
			}
		}
	}
	return nil
}

// subjectMention reports whether mention m opens unit k as its subject: at
// its start, or after an opening adverbial and its comma ("In October,
// Blinken reported …"), and followed by a verb, not a possessive ("Lavrov's
// speech").
func (an *analysis) subjectMention(k int, m entity.Mention) bool {
	toks := an.units[k].toks
	if m.TokStart >= len(toks) || m.TokEnd > len(toks) || toks[m.TokStart].Quote >= 0 {
		return false
	}
	if isPossessive(toks[m.TokEnd-1].Lower) && m.End < toks[m.TokEnd-1].End {
		return false // (not "McDonald's said": a name that is a possessive)
	}
	ms := m.TokStart
	for ms > 0 && an.isTitle(strings.TrimSuffix(toks[ms-1].Lower, ".")) {
		ms-- // "The victim's husband, Mr Tunde Bakare,"
	}
	appositive := false
	if ns, ne := an.npEndingAt(toks, m.TokEnd); ms > 0 && !(ns == 0 && ne == m.TokEnd) {
		// (The name may close the description that opens the sentence:
		// "The head of Russian Foreign Ministry Sergey Lavrov has told …")
		if toks[ms-1].Text != "," || hasQuote(toks[:ms]) {
			return false
		}
		from := 0
		if participleOpener(toks, 0) {
			// (past a participle's scene: "Speaking with our correspondent
			// on Sunday, the victim's husband, Mr Tunde Bakare, thanked")
			for k := 1; k < ms-1; k++ {
				if toks[k].Text == "," {
					if participlePhrase(toks, 0, k) {
						from = k + 1
					}
					break
				}
			}
		}
		for _, t := range toks[from : ms-1] {
			if t.Text == "," || t.Kind != token.Word && t.Text != "." {
				return false
			}
		}
		appositive = true
	}
	e := m.TokEnd
	if appositive && e+1 < len(toks) && toks[e].Text == "," {
		e++ // "The victim's husband, Mr Tunde Bakare, thanked"
	}
	return e < len(toks) && toks[e].Kind == token.Word && !toks[e].Cap()
}

// appositiveName returns the person named in apposition right after the
// description that ends at toks[ne], before limit, with titles: "the
// PDP's state chairman, Hon. Samuel Idakwo, rejected". Nil if there is
// none.
func (an *analysis) appositiveName(ui int, toks []token.Token, ne, limit int) *entity.Entity {
	if ne+2 < limit && (toks[ne].Lower == "to" || toks[ne].Lower == "of") && toks[ne+1].Cap() {
		// "the Chief Press Secretary to Governor Adeoye Ogunleye, Mr.
		// Femi Adekanmbi-Ojo,": past whom the office serves.
		k := ne + 1
		for k < limit && k-ne <= 8 && toks[k].Kind == token.Word && toks[k].Quote < 0 && (toks[k].Cap() || toks[k].Lower == "of" || toks[k].Lower == "the") {
			k++
		}
		if k < limit && toks[k].Text == "," {
			ne = k
		}
	}
	if ne+2 >= limit || toks[ne].Text != "," {
		return nil
	}
	s := ne + 1
	for s < limit && (an.isTitle(strings.TrimSuffix(toks[s].Lower, ".")) || toks[s].Text == ".") {
		s++
	}
	// (past a role in lower case too: "The group's chair, retired
	// headteacher Malcolm Drysdale-Innes, wrote")
	for r := s; r < limit && r-s <= 3; r++ {
		for _, m := range an.units[ui].ments {
			if m.TokStart == r && m.Entity.Type == article.EntityPerson && m.TokEnd < limit && (toks[m.TokEnd].Text == "," || m.TokEnd == limit-1) {
				return m.Entity
			}
		}
		if t := toks[r]; t.Kind != token.Word || t.Cap() || t.Quote >= 0 || t.Lower == "and" || t.Lower == "or" || t.Lower == "who" || t.Lower == "which" {
			break
		}
	}
	return nil
}

// capitalTail returns where the capitalised words closing toks[ns:ne]
// start ("Malcolm Drysdale-Innes" of "retired headteacher Malcolm
// Drysdale-Innes"); ne when the last word is not capitalised.
func capitalTail(toks []token.Token, ns, ne int) int {
	k := ne
	for k > ns && toks[k-1].Kind == token.Word && toks[k-1].Cap() && toks[k-1].Quote < 0 {
		k--
	}
	return k
}

// documentAdjunctBefore returns the comma before an adjunct of the medium
// set off by commas before toks[i] and the auxiliaries and adverbs before it
// ("…, in a report tabled in the Assembly last year, had pointed out"; "…,
// in its annual report, said"), 0 if there is none.
func (an *analysis) documentAdjunctBefore(toks []token.Token, i int) int {
	j := i
	for j > 0 && i-j < 3 && toks[j-1].Kind == token.Word && toks[j-1].Quote < 0 && (finiteAux[toks[j-1].Lower] || an.s.lex.adverbs[toks[j-1].Lower]) {
		j--
	}
	return adjunctCommaBefore(toks, j, 20, 1, func(k int) bool {
		if k+3 >= j-1 || !inMedium(toks, k+1) && !(toks[k+1].Lower == "in" && possessivePronoun[toks[k+2].Lower]) {
			return false
		}
		for d := k + 3; d < j-1 && d <= k+5; d++ {
			if an.s.lex.sources[toks[d].Lower] == article.SourceDocument && !toks[d].Cap() {
				return true
			}
		}
		return false
	})
}

// interviewAdjunctBefore returns where "in the interview to X" or "in an
// interview with X" starts right before the verb at toks[i], without
// commas, past the outlet's name of up to four words; 0 if none does.
func interviewAdjunctBefore(toks []token.Token, i int) int {
	for k := i - 4; k >= 1 && i-k <= 8; k-- {
		if toks[k].Lower != "in" || toks[k].Quote >= 0 {
			continue
		}
		if d := toks[k+1].Lower; d != "the" && d != "an" && d != "a" && !possessivePronoun[d] {
			return 0
		}
		if toks[k+2].Lower != "interview" || toks[k+3].Lower != "to" && toks[k+3].Lower != "with" {
			return 0
		}
		for j := k + 4; j < i; j++ {
			if toks[j].Kind != token.Word || toks[j].Quote >= 0 {
				return 0
			}
		}
		return k
	}
	return 0
}

// signedStatementBefore returns the comma before an adjunct of a document
// that someone signed, set off by commas right before toks[i] ("…, in a
// statement signed by its convener, Dr Halima Bello-Sanni, called"; "…, in
// a letter signed by 40 MPs, urged"), 0 if there is none.
func signedStatementBefore(toks []token.Token, i int) int {
	return adjunctCommaBefore(toks, i, 30, 2, func(k int) bool {
		if k+4 >= i || !inMedium(toks, k+1) {
			return false
		}
		for j := k + 3; j < i-1 && j <= k+5; j++ {
			if issuedAnaphor[toks[j].Lower] && j+2 < i && toks[j+1].Lower == "signed" && toks[j+2].Lower == "by" {
				return true
			}
		}
		return false
	})
}

// inMedium reports whether "in a" or "through an" opens toks[k:].
func inMedium(toks []token.Token, k int) bool {
	return k+1 < len(toks) && (toks[k].Lower == "in" || toks[k].Lower == "through") && (toks[k+1].Lower == "a" || toks[k+1].Lower == "an")
}

// adjunctCommaBefore scans back from the comma at toks[i-1], over at most
// span tokens and commas commas, for the comma that opens an adjunct ok
// accepts; 0 if there is none (or a quotation or the sentence's start comes
// first).
func adjunctCommaBefore(toks []token.Token, i, span, commas int, ok func(k int) bool) int {
	if i < 6 || toks[i-1].Text != "," {
		return 0
	}
	n := 0
	for k := i - 2; k > 0 && i-k < span; k-- {
		t := toks[k]
		if t.Quote >= 0 || t.Kind == token.Mark || sentenceEnd(t) {
			return 0
		}
		if t.Text != "," {
			continue
		}
		if n++; n > commas {
			return 0
		}
		if ok(k) {
			return k
		}
	}
	return 0
}

// dominantPerson is the person a profile is about, for a "he" or "she"
// that no nearer antecedent takes: the person named most often before pos,
// at least three times and twice as often as anyone else, when the
// pronoun's gender fits. Nil otherwise (a piece about several people, or
// about someone of the other gender).
func (an *analysis) dominantPerson(pos int, p pronoun) *entity.Entity {
	if p.plural || p.gender == 0 {
		return nil
	}
	return an.mostNamed(pos, p.gender)
}

// mostNamed is the person named most often before pos, at least three
// times and twice as often as anyone else, of gender g when it is not 0;
// nil if none is.
func (an *analysis) mostNamed(pos int, g entity.Gender) *entity.Entity {
	var best *entity.Entity
	bestN, secondN := 0, 0
	for _, e := range an.reg.Entities() {
		if e.Type != article.EntityPerson || !e.Strong {
			continue
		}
		n := 0
		for _, m := range e.Mentions {
			if m.End <= pos && slices.Contains(e.Aliases, m.Text) { // a name, not "he" or "the singer"
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, secondN = e, n, bestN
		case n > secondN:
			secondN = n
		}
	}
	if best == nil || bestN < 3 || bestN < 2*secondN || g != 0 && best.Gender != 0 && best.Gender != g {
		return nil
	}
	return best
}

// nextSubjectPerson returns the person a pronoun that opens the article's
// speech points forward to: the subject of the next sentence, in the same
// or the next paragraph, when no person is named before pos ("She said:
// “I just want answers.” / Mrs Khan, 52, from Bradford, has waited two
// years …").
func (an *analysis) nextSubjectPerson(ui, pos int, p pronoun) *entity.Entity {
	if p.plural || p.gender == 0 {
		return nil
	}
	body := 0 // (the headline may name the person)
	for k := range an.units {
		if !an.units[k].headline && len(an.units[k].toks) > 0 {
			body = an.units[k].toks[0].Start
			break
		}
	}
	for _, e := range an.reg.Entities() {
		if e.Type != article.EntityPerson {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= body && m.Start < pos {
				return nil
			}
		}
	}
	for k := ui + 1; k < len(an.units) && k-ui <= 2 && an.units[k].para <= an.units[ui].para+1; k++ {
		ms := an.units[k].ments
		if len(ms) == 0 {
			continue
		}
		if m := ms[0]; m.Entity.Type == article.EntityPerson && m.Entity.Strong && m.TokStart <= 1 &&
			(m.Entity.Gender == 0 || m.Entity.Gender == p.gender) {
			return m.Entity
		}
		return nil
	}
	return nil
}

// mentionEndsAt reports whether a mention of ent in unit ui ends at byte
// end.
// mentionSpans reports whether a mention of ent in unit ui spans exactly
// toks[s:e].
func (an *analysis) mentionSpans(ui int, ent *entity.Entity, toks []token.Token, s, e int) bool {
	if s >= e {
		return false
	}
	for _, m := range an.units[ui].ments {
		if m.Entity == ent && m.Start == toks[s].Start && (m.End == toks[e-1].End ||
			m.End < toks[e-1].End && m.End > toks[e-1].Start && isPossessive(an.text[toks[e-1].Start:toks[e-1].End])) {
			return true // (or its possessive: "the Department for Education's figures")
		}
	}
	return false
}

// skipThe returns i, or i+1 when toks[i] is "the" and more words follow
// before e; past a document's plain modifiers too ("the latest NHS England
// figures", "a new Pew survey", "the Department's own figures").
func skipThe(toks []token.Token, i, e int) int {
	if i+1 < e && toks[i].Lower == "the" {
		i++
	}
	for i+1 < e && toks[i].Quote < 0 && documentModifier[toks[i].Lower] {
		i++
	}
	return i
}

// ownBefore returns i-1 when toks[i-1] is "own" after a possessive ("the
// Department for Education's own figures"), else i.
func ownBefore(toks []token.Token, i int) int {
	if i >= 2 && toks[i-1].Lower == "own" && toks[i-1].Quote < 0 && isPossessive(toks[i-2].Lower) {
		return i - 1
	}
	return i
}

// documentModifier are the plain words between a document's article and
// the name of the body that issued it: "the latest NHS England figures"
// (data/word_classes.txt).
var documentModifier = wordClasses.Must("documentModifier")

func (an *analysis) mentionEndsAt(ui int, ent *entity.Entity, end int) bool {
	for _, m := range an.units[ui].ments {
		if m.Entity == ent && m.End == end {
			return true
		}
	}
	return false
}

// isEpithet reports whether w (lower case) can stand, after "the", for a
// person the article has just named (data/epithets.txt), or is an age or a
// family: "the 39-year-old", "the mother-of-two".
func (an *analysis) isEpithet(w string) bool {
	if an.s.lex.epithets[w] {
		return true
	}
	if age, ok := strings.CutSuffix(w, "-year-old"); ok {
		return isNumber(age) || numberWord[age]
	}
	if noun, n, ok := strings.Cut(w, "-of-"); ok {
		return an.s.lex.personNoun(noun) && (isNumber(n) || numberWord[n])
	}
	return false
}

// retiredEpithet reports whether toks, from "the", are a trade its holder
// has left, which stands for the person just named as journalists avoid
// the name: "Resident Ewan McTavish, 71, … the retired engineer said".
func (an *analysis) retiredEpithet(toks []token.Token) bool {
	n := len(toks)
	return n >= 3 && retiredWord[toks[n-2].Lower] && !toks[n-1].Cap() && an.describesPersonNoun(toks[n-1].Lower)
}

// retiredWord are the words of a trade left before its noun: "the retired
// engineer", "the former teacher" (data/word_classes.txt).
var retiredWord = wordClasses.Must("retiredWord")

// rankEpithet reports whether toks, after "the", are a player's ranking
// or seeding that stands for them: "the world No 34", "the world number
// one", "the top seed", "the No 3 seed", "the second seed".
func rankEpithet(toks []token.Token) bool {
	n := len(toks)
	if n >= 2 && toks[n-1].Lower == "seed" {
		return n == 2 && (seedRank[toks[0].Lower] || isOrdinal(toks[0].Lower)) || n == 3 && rankNo(toks[0].Lower) && rankNumber(toks[1])
	}
	if n >= 2 && toks[0].Lower == "world" {
		toks, n = toks[1:], n-1
	}
	return n == 2 && rankNo(toks[0].Lower) && rankNumber(toks[1])
}

// seedRank are the words of a seeding before "seed": "the top seed", "the
// second seed" (data/word_classes.txt).
var seedRank = wordClasses.Must("seedRank")

// rankNumber reports whether t is a ranking's number: "34", "one", "two".
func rankNumber(t token.Token) bool {
	return isNumber(t.Text) || numberWord[t.Lower] || t.Lower == "one"
}

// rankNo reports whether w opens a ranking: "No", "No.", "number".
func rankNo(w string) bool { return w == "no" || w == "no." || w == "number" }

// isOrdinal reports whether w is an ordinal in figures: "2nd", "21st".
func isOrdinal(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, suf); ok && d != "" && isNumber(d) {
			return true
		}
	}
	return false
}

// nextToVerb reports whether the phrase toks[s:e] is next to its reporting
// verb ("the Spaniard said", "said the singer", "the star also told"), not
// the modifier of another noun ("the Brazilian states of …").
func (an *analysis) nextToVerb(toks []token.Token, s, e int) bool {
	if s > 0 && an.isVerb(toks, s-1) {
		return true
	}
	for e < len(toks) && toks[e].Kind == token.Word && an.s.lex.adverbs[toks[e].Lower] && !an.isVerb(toks, e) {
		e++
	}
	return e == len(toks) || toks[e].Kind != token.Word ||
		an.isVerb(toks, e) && !(e+1 < len(toks) && toks[e+1].Lower == "of") // "the Brazilian states of"
}

// epithetAntecedent is the person an epithet at pos stands for: the one
// person named, outside quotations, earlier in its sentence, else in the
// sentence before, else the one before that. Of two or more people there,
// the one who spoke last; else none ("Djokovic beat Alcaraz. “…,” the
// Serb said"). One of the other gender
// ("the actress" after a man) leave it nil, as does an age that is not
// theirs ("Jordan Lee, 19, … the 23-year-old").
func (an *analysis) epithetAntecedent(ui, pos int, head string) *entity.Entity {
	g := an.s.lex.genderOf(head)
	age, isAge := strings.CutSuffix(head, "-year-old")
	if isAge {
		if p := an.agedPerson(ui, pos, age); p != nil {
			return p // "Renee Castillo, 38, said … the 38-year-old said"
		}
	}
	if p := an.epithet; p != nil && an.epithetUI == ui-1 && (g == 0 || p.Gender == 0 || p.Gender == g) && an.fitsField(head, p) && !isAge {
		// "… a day after the winger hinted …. The 22-year-old, who …,
		// posted": one epithet after another goes on with the same person.
		return p
	}
	if p := an.epithet; p != nil && an.epithetUI == ui-1 && isAge && an.agedPerson(ui, pos, age) == nil && (g == 0 || p.Gender == 0 || p.Gender == g) {
		return p
	}
	last := an.lastPerson
	for k := ui; k >= 0 && ui-k <= 2; k-- {
		var found *entity.Entity
		two, lastThere := false, false
		u := &an.units[k]
		if k == ui {
			// "Dunleavy insisted that Ravensmoor want Jadon Adeyemi-Shaw
			// to stay, a day after the winger hinted": an epithet in the
			// sentence its subject opens stands for another person named
			// after the subject.
			if p := an.objectPerson(u, pos); p != nil && (g == 0 || p.Gender == 0 || p.Gender == g) && an.fitsField(head, p) {
				return p
			}
		}
		for _, m := range u.ments {
			if k == ui && m.Start >= pos || m.TokStart < len(u.toks) && u.toks[m.TokStart].Quote >= 0 {
				continue
			}
			// A name the text has not shown to be a person's counts when it
			// has a first name and a surname and opens its sentence before
			// a verb ("Taylor Swift released …"; not "JAMA Dermatol.",
			// "Speaking French, she …").
			if m.Entity.Type != article.EntityPerson {
				continue
			}
			if !m.Entity.Strong && (m.Entity.First == "" && !(m.TokEnd < len(u.toks) && an.isVerb(u.toks, m.TokEnd)) ||
				m.TokStart != 0 || m.TokEnd >= len(u.toks) || u.toks[m.TokEnd].Kind != token.Word || u.toks[m.TokEnd].Cap()) {
				continue // (a surname alone counts before a reporting verb: "Kane agreed.")
			}
			if g != 0 && m.Entity.Gender != 0 && m.Entity.Gender != g || !an.fitsField(head, m.Entity) {
				return nil
			}
			// "Jordan Lee, 19,": an age given after the name.
			if isAge && m.TokEnd+1 < len(u.toks) && u.toks[m.TokEnd].Text == "," && isNumber(u.toks[m.TokEnd+1].Text) && u.toks[m.TokEnd+1].Text != age {
				return nil
			}
			lastThere = lastThere || m.Entity == last
			if found != nil && found != m.Entity {
				two = true
			}
			found = m.Entity
		}
		switch {
		case two && lastThere:
			// "Ross Barkley … has been noted by Emery. “He's playing very
			// well,” the Spaniard said": the one speaking before.
			return last
		case two:
			return nil
		case found != nil:
			return found
		}
	}
	// No one named near: the one who spoke last ("Dion … “…,” the singer
	// said" after a sentence about her).
	if an.last != nil && an.last.ent == last && ui-an.lastUnit <= 3 && last != nil && (g == 0 || last.Gender == 0 || last.Gender == g) && !isAge &&
		an.fitsField(head, last) {
		return last
	}
	if isAge {
		// "Kaden Rourke … Despite his wealth, the 27-year-old says": the
		// one a profile is about.
		return an.mostNamed(pos, 0)
	}
	return nil
}

// objectPerson is the one person named, outside quotations, in u after the
// person who opens it as its subject and before pos: "Ruairí Dunleavy
// insisted … that Ravensmoor United want Jadon Adeyemi-Shaw to stay": Jadon
// Adeyemi-Shaw. Nil when no person opens u, or none or two follow.
func (an *analysis) objectPerson(u *unit, pos int) *entity.Entity {
	var subject, other *entity.Entity
	for _, m := range u.ments {
		if m.Start >= pos || m.Entity.Type != article.EntityPerson || m.TokStart < len(u.toks) && u.toks[m.TokStart].Quote >= 0 {
			continue
		}
		switch {
		case m.TokStart == 0:
			subject = m.Entity
		case subject == nil || m.Entity == subject || m.Entity == other:
		case other != nil:
			return nil
		default:
			other = m.Entity
		}
	}
	return other
}

// hasRole reports whether the text gave p a role.
func hasRole(p *entity.Entity) bool {
	for _, ro := range p.Roles {
		if ro.Valid() {
			return true
		}
	}
	return false
}

// fitsField reports whether a trade's epithet ("the singer", "the striker":
// data/epithets.txt) can stand for p: p has no role of another field
// (data/role_fields.tsv; "the head of the mission" is of none, so not "the
// singer"). An epithet of no field fits anyone.
func (an *analysis) fitsField(head string, p *entity.Entity) bool {
	f := an.s.lex.fields[head]
	if f == "" {
		return true
	}
	for _, ro := range p.Roles {
		if ro.Valid() && an.s.lex.fields["role:"+ro.Class] != f {
			return false
		}
	}
	return true
}

// describesPersonNoun reports whether noun is a person noun or a role, or
// the plural of one ("Trump's attorneys argued").
func (an *analysis) describesPersonNoun(noun string) bool {
	person := func(w string) bool {
		// A role word that is a role by itself: "lawyer", "president";
		// not the first word of one ("home" of "home secretary").
		return an.s.lex.personNoun(w) || an.s.gaz.RoleWord(w) && an.s.gaz.Describe([]string{w}).Valid()
	}
	if person(noun) {
		return true
	}
	sg := singular(noun)
	return sg != noun && person(sg)
}

// pluralRole reports whether t is the plural of a role or title:
// "senators", "ministers", "MPs", "MEPs".
func (an *analysis) pluralRole(t token.Token) bool {
	sg, ok := strings.CutSuffix(t.Lower, "s")
	if !ok || len(sg) < 2 || strings.HasSuffix(sg, "s") {
		return false
	}
	return an.isTitle(sg) && sg != "sister" && sg != "brother" && sg != "father" || an.s.gaz.RoleWord(sg) && an.s.gaz.Describe([]string{sg}).Valid()
}

// definitePerson reports whether toks is "the" and a person noun that
// stands for one person the article describes: "the defendant", "the
// woman", "the mother". Not a role or title ("the doctor" after "Dr.
// O'Connor", "the minister": the office holder). A relative ("the first
// son") may be someone named before: resolveNP checks.
func (an *analysis) definitePerson(toks []token.Token) bool {
	if len(toks) < 2 || !an.isDef(toks[0].Lower) {
		return false
	}
	head := toks[len(toks)-1]
	if head.Cap() || !an.s.lex.personNoun(head.Lower) || an.isTitle(head.Lower) {
		return false
	}
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.Text)
	}
	return !an.s.gaz.Describe(words).Valid()
}

// definiteRole reports whether toks are a definite description by a role
// ("the clerk", "the county coroner"): an office holder, as "the minister"
// is.
func (an *analysis) definiteRole(toks []token.Token) bool {
	if len(toks) < 2 || !an.isDef(toks[0].Lower) || toks[len(toks)-1].Cap() {
		return false
	}
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.Text)
	}
	return an.s.gaz.Describe(words).Valid()
}

// reflexivePronoun are the reflexive pronouns: after one a verb reports
// nothing ("found themselves", "declared himself") (data/word_classes.txt).
var reflexivePronoun = wordClasses.Must("reflexivePronoun")

// genericPersonNoun are the person nouns with a gender that name no
// relation: "the woman said" is someone new, "the son said" someone's son
// (data/word_classes.txt).
var genericPersonNoun = wordClasses.Must("genericPersonNoun")

// collectivePeople are the group nouns without a plural "s" that head a
// description capitalised as a sentence's first word (data/word_classes.txt).
var collectivePeople = wordClasses.Must("collectivePeople")

// eventAppositive are the nouns of a reporter's note on the event after a
// cue ("…, officials said, in a move that …") (data/word_classes.txt).
var eventAppositive = wordClasses.Must("eventAppositive")

// unnamedPlacePrep are the prepositions between unnamed sources and the
// body or place that describes them (data/word_classes.txt).
var unnamedPlacePrep = wordClasses.Must("unnamedPlacePrep")

// possessivePronoun are the possessives that relate an unnamed person to
// someone named before (data/word_classes.txt).
var possessivePronoun = wordClasses.Must("possessivePronoun")

// unnamedAntecedent is the unnamed speaker of the sentence before that a
// singular "he" or "she" at pos goes on with: "His spokeswoman said the
// claims were false. She added …", "Donald Trump's son said … He added".
// The speaker's noun must not tell another gender, and no person may be
// named in between (not even as the addressee: "a reporter asked
// Montoya-Lewis, “…?” … she replied"), whatever gender the article seems to
// give them. Nil otherwise: the named
// antecedents decide.
func (an *analysis) unnamedAntecedent(ui, pos int, p pronoun) *src {
	last := an.last
	if last == nil || last.ent != nil || last.unresolved || p.plural || last.head == "" || ui-an.lastUnit > 1 ||
		ui < an.lastUnit || last.typ != article.SourceAnonymous && last.typ != article.SourcePerson ||
		singular(last.head) != last.head || last.mention.End > pos {
		return nil
	}
	if g := an.s.lex.genderOf(last.head); g != 0 && p.gender != 0 && g != p.gender {
		return nil
	}
	// (A relative clause of the description before its verb is the
	// source's own: "A former engineer, who spoke on condition of
	// anonymity because she is still negotiating her severance, said …
	// “…,” she said.")
	descEnd := last.mention.End
	if n := len(an.out); n > 0 && an.out[n-1].Cue != nil && an.out[n-1].Speaker != nil && an.out[n-1].Speaker.End == last.mention.End &&
		an.out[n-1].Cue.Start > descEnd && an.text[descEnd:min(descEnd+6, len(an.text))] == ", who " {
		descEnd = an.out[n-1].Cue.Start
	}
	for k := an.lastUnit; k <= ui; k++ {
		for _, t := range an.units[k].toks {
			// "The manager told her …. She described …": a pronoun of
			// the same gender in between means someone else.
			if t.Start >= descEnd && t.Start < pos && t.Kind == token.Word &&
				// In the speaker's own reported speech the pronoun is
				// most often the speaker: "One resident said her street
				// had flooded. “…,” she said."
				(t.Start < an.lastReported.Start || t.Start >= an.lastReported.End) {
				if q, ok := an.s.lex.pronouns[t.Lower]; ok && !q.plural && q.gender != 0 && q.gender == p.gender {
					return nil
				}
				if (t.Lower == "his" && p.gender == 'm' || t.Lower == "her" && p.gender == 'f') && t.Start < pos {
					return nil
				}
			}
		}
		for _, m := range an.units[k].ments {
			e := m.Entity
			if m.Start >= last.mention.End && m.Start < pos && e.Type == article.EntityPerson &&
				!(m.TokStart < len(an.units[k].toks) && an.units[k].toks[m.TokStart].Quote >= 0) {
				// (A name inside the speaker's own quotation is not another
				// speaker: "“He's lived in Stockport all his life,” she
				// said.")
				return nil
			}
		}
	}
	sp := *last
	return &sp
}

// unnamedSubject is the person the sentence before a "he" or "she" at pos
// (or its own words before the pronoun) opens with, described and not
// named, when no named person is near: "A woman was rescued from the river.
// She said …" (an unnamed source), "The minister was asked whether …. He
// said …" (the office holder). The noun's gender must fit the pronoun's and
// no person may be named in between. Nil otherwise.
func (an *analysis) unnamedSubject(ui, pos int, p pronoun) *src {
	if p.plural {
		return nil
	}
	for k := ui; k >= 0 && ui-k <= 1; k-- {
		toks := an.units[k].toks
		i := timeOpener(toks)
		if i >= len(toks) || !an.isDet(toks[i].Lower) && toks[i].Lower != "one" {
			continue
		}
		ns, ne := i, -1
		for j := i + 1; j < len(toks) && j-i <= 4 && toks[j].Kind == token.Word && !toks[j].Cap() && toks[j].Quote < 0; j++ {
			if an.describesPersonNoun(toks[j].Lower) || an.isEpithet(toks[j].Lower) {
				ne = j + 1
			}
		}
		if ne < 0 || ne >= len(toks) || toks[ne-1].End > pos || singular(toks[ne-1].Lower) != toks[ne-1].Lower {
			continue
		}
		if nx := toks[ne]; nx.Text != "," && (nx.Kind != token.Word || nx.Cap() || nx.Quote >= 0 ||
			an.s.gaz.Stopword(nx.Text) && !finiteVerb[nx.Lower] && !an.s.lex.adverbs[nx.Lower]) {
			continue // a verb follows the description, not "in her 40s" or "who …"
		}
		head := toks[ne-1].Lower
		if g := an.s.lex.genderOf(head); g != 0 && p.gender != 0 && g != p.gender {
			return nil
		}
		if pos-toks[ne-1].End > maxSubjectGap {
			return nil // too far back to be sure, and bounded work
		}
		for kk := k; kk <= ui; kk++ {
			for _, m := range an.units[kk].ments {
				if m.Start >= toks[ne-1].End && m.Start < pos && m.Entity.Type == article.EntityPerson {
					return nil
				}
			}
			// "The manager told her they had no reports. She described
			// …": a pronoun of that gender in between, not a possessive
			// ("rescued from her car"), is someone else.
			ut := an.units[kk].toks
			for j, t := range ut {
				if t.Start < toks[ne-1].End || t.Start >= pos || t.Quote >= 0 || t.Kind != token.Word {
					continue
				}
				if q, ok := an.s.lex.pronouns[t.Lower]; ok && !q.plural && q.gender != 0 && q.gender == p.gender && t.Lower != "her" && t.Lower != "his" {
					return nil
				}
				if t.Lower == "her" && p.gender == 'f' && (j+1 == len(ut) || ut[j+1].Kind != token.Word || articleWord[ut[j+1].Lower] ||
					subjectPronoun[ut[j+1].Lower] || ut[j+1].Lower == "that" || ut[j+1].Lower == "to") {
					return nil
				}
			}
		}
		return an.resolve(k, toks, ns, ne, -1)
	}
	return nil
}

// unnamedGroupSubject is the group the sentence before a "they" at pos (or
// its own words before the pronoun) opens with, when a plural noun of
// unnamed sources heads it: "Researchers at Harvard University followed
// 100,000 adults. They found that …", "Officials evacuated the town. They
// said …". Nil otherwise.
func (an *analysis) unnamedGroupSubject(ui, pos int) *src {
	for k := ui; k >= 0 && ui-k <= 1; k-- {
		toks := an.units[k].toks
		i := timeOpener(toks)
		ns := i
		if i+2 < len(toks) && groupCount[toks[i].Lower] && toks[i+1].Lower == "of" {
			i += 2 // "Hundreds of fishermen on Tuesday staged a protest"
		}
		if i < len(toks) && toks[i].Lower == "the" {
			i++
		}
		if i >= len(toks) || toks[i].Kind != token.Word || toks[i].Quote >= 0 || toks[i].End > pos ||
			an.s.lex.sources[toks[i].Lower] != article.SourceAnonymous || !pluralNoun(toks[i].Lower) {
			continue
		}
		ne := i + 1
		// "at Harvard University", "from the ministry", "in Leeds".
		if ne+1 < len(toks) && (toks[ne].Lower == "at" || toks[ne].Lower == "from" || toks[ne].Lower == "in" || toks[ne].Lower == "of") {
			j := skipThe(toks, ne+1, len(toks))
			for j < len(toks) && toks[j].Kind == token.Word && toks[j].Quote < 0 &&
				(toks[j].Cap() || j > ne+1 && j+1 < len(toks) && (toks[j].Lower == "of" || toks[j].Lower == "for") && toks[j+1].Cap()) {
				j++ // ("the University of Colorado")
			}
			if j > ne+1 && toks[j-1].Cap() {
				ne = j
				// "… of Lodz in Poland": where the body is.
				if j+1 < len(toks) && toks[j].Lower == "in" && toks[j+1].Cap() && toks[j+1].Quote < 0 {
					for j++; j < len(toks) && toks[j].Cap() && toks[j].Quote < 0; j++ {
					}
					ne = j
				}
			}
		}
		if ne >= len(toks) || toks[ne-1].End > pos {
			continue
		}
		v := pastTime(toks, ne, len(toks))
		if v >= len(toks) {
			continue
		}
		if nx := toks[v]; nx.Kind != token.Word || nx.Cap() || nx.Quote >= 0 || an.s.gaz.Stopword(nx.Text) && !finiteVerb[nx.Lower] {
			continue // a verb follows the group: "Researchers … followed" ("on Tuesday staged")
		}
		if pos-toks[ne-1].End > maxSubjectGap {
			return nil
		}
		return an.resolve(k, toks, ns, ne, -1)
	}
	return nil
}

// maxSubjectGap bounds, in bytes, how far a "he" or "she" may stand after
// the described person unnamedSubject returns.
const maxSubjectGap = 1000

// genericOrgNoun are the organisation nouns that "the <noun>" uses for any
// organisation named before (data/word_classes.txt).
var genericOrgNoun = wordClasses.Must("genericOrgNoun")

// firmNoun and publicBodyWord keep "the company" off a public body
// (data/word_classes.txt).
var (
	companyKind    = wordClasses.Must("companyKind")
	firmNoun       = wordClasses.Must("firmNoun")
	publicBodyWord = wordClasses.Must("publicBodyWord")
)

// publicBody reports whether an organisation's name makes it no business:
// "Treasury", "Stanford University".
func publicBody(name string) bool { return nameHas(publicBodyWord, name) }

// stateNoun and stateBodyWord keep "the ministry" off a body that is no
// part of a government (data/word_classes.txt).
var (
	stateNoun = wordClasses.Must("stateNoun")
	// localGovernment are the nouns of a place that "the <noun> said"
	// uses for its government (data/word_classes.txt).
	localGovernment = wordClasses.Must("localGovernment")
	stateBodyWord   = wordClasses.Must("stateBodyWord")
)

// stateBody reports whether the organisation named name is a government's:
// "the Foreign Office", "the Kremlin".
func stateBody(name string) bool { return nameHas(stateBodyWord, name) }

// namedKindHead are the kinds of body that a name before them makes one
// ("the Unite union"); policeWord, charityWord and unionWord the words of a
// police force's, a charity's and a union's name that "the force", "the
// charity" and "the union" stand for; forecastWord a weather service's, that
// "the forecaster" stands for (data/word_classes.txt).
var (
	namedKindHead = wordClasses.Must("namedKindHead")
	policeWord    = wordClasses.Must("policeWord")
	charityWord   = wordClasses.Must("charityWord")
	unionWord     = wordClasses.Must("unionWord")
	forecastWord  = wordClasses.Must("forecastWord")
)

// sourceKindHead are the head nouns of unnamed sources that "the source" and
// "the sources" stand for later (data/word_classes.txt).
var sourceKindHead = wordClasses.Must("sourceKindHead")

// ofKind reports whether the organisation org is one "the <head>" can stand
// for by its name: "the university" for "Stanford University", "the agency"
// for an agency, "the force" for a police force, "the charity" for a trust,
// "the union" for a federation, "the bench" for a court, or a body named so
// ("the Unite union").
func (an *analysis) ofKind(head string, org *entity.Entity) bool {
	return strings.Contains(strings.ToLower(org.Name), head) || head == "agency" && agencyName(org.Name) ||
		head == "force" && nameHas(policeWord, org.Name) || head == "charity" && nameHas(charityWord, org.Name) ||
		head == "union" && nameHas(unionWord, org.Name) || head == "forecaster" && nameHas(forecastWord, org.Name) ||
		head == "bench" && nameHas(courtBody, org.Name) || an.namedAs(org, head)
}

// lastOrgOfKind is the organisation that "the <head>" stands for by its
// name (ofKind) named most recently before pos, at most maxFirmBack units
// back, outside quotations and not by the way (sideOrg); nil when there is
// none.
func (an *analysis) lastOrgOfKind(ui, pos int, head string) *entity.Entity {
	for k := ui; k >= 0 && ui-k <= maxFirmBack; k-- {
		ms := an.units[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Start < pos && m.Entity.Type == article.EntityOrganization && an.units[k].toks[m.TokStart].Quote < 0 && !an.sideOrg(k, m) && an.ofKind(head, m.Entity) {
				return m.Entity
			}
		}
	}
	return nil
}

// onlyOrgOfKind is the one organisation the text names before unit ui
// (further back than lastOrgOfKind looks) with head in its name: "the
// Ministry of the Environment …" thirty sentences before "The ministry said
// in its release". Nil when it names none, or two.
func (an *analysis) onlyOrgOfKind(ui int, head string) *entity.Entity {
	var only *entity.Entity
	for k := ui - maxFirmBack - 1; k >= 0; k-- {
		for _, m := range an.units[k].ments {
			if m.Entity.Type != article.EntityOrganization || an.units[k].toks[m.TokStart].Quote >= 0 || an.sideOrg(k, m) ||
				!strings.Contains(strings.ToLower(an.text[m.Start:m.End]), head) {
				continue
			}
			if only != nil && only != m.Entity {
				return nil
			}
			only = m.Entity
		}
	}
	return only
}

// namedAs reports whether a mention of org is followed by head, or by
// head in an apposition: "the Unite union" and "The Harlan Falls Education
// Association, the union representing the district's teachers" make "the
// union" that body.
func (an *analysis) namedAs(org *entity.Entity, head string) bool {
	for _, m := range orgMentions(org) {
		rest := an.text[m.End:]
		if len(rest) > len(head) && rest[0] == ' ' && strings.EqualFold(rest[1:1+len(head)], head) {
			return true
		}
		for _, det := range []string{", the ", ", a ", ", an "} {
			if len(rest) > len(det)+len(head) && strings.HasPrefix(rest, det) && strings.EqualFold(rest[len(det):len(det)+len(head)], head) {
				if r := rest[len(det)+len(head):]; r == "" || !unicode.IsLetter(rune(r[0])) {
					return true
				}
			}
		}
	}
	return false
}

// nameHas reports whether the whole name, or a word of it, lower-cased, is
// in set.
func nameHas(set entity.WordSet, name string) bool {
	name = strings.ToLower(name)
	if set[name] {
		return true
	}
	for _, w := range strings.Fields(name) {
		if set[w] {
			return true
		}
	}
	return false
}

// paraAntecedent is the person a pronoun at pos refers to when the last
// speaker spoke in an earlier paragraph and this paragraph, before the
// pronoun, names another person and not the last speaker: "The mother of
// Labour MP Grahame Morris tried pliers. “…,” he told Parliament." after
// another man's quotes. Nil when the last speaker stays the antecedent.
func (an *analysis) paraAntecedent(ui, pos int, ok, fresh func(*entity.Entity) bool) *entity.Entity {
	para := an.units[ui].para
	if an.units[an.lastUnit].para == para {
		return nil
	}
	var found *entity.Entity
	for k := ui; k >= 0 && an.units[k].para == para; k-- {
		ms := an.units[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Start >= pos || m.TokStart < len(an.units[k].toks) && an.units[k].toks[m.TokStart].Quote >= 0 {
				continue
			}
			if m.Entity == an.last.ent {
				return nil
			}
			if found == nil && ok(m.Entity) {
				found = m.Entity
			}
		}
	}
	if found != nil {
		return found
	}
	// A paragraph of the writer's between the last speaker and this one
	// that opens on another person as its subject has turned to that
	// person: "Pritchard is philosophical. He plans to …" then "“I've spent
	// enough time on the water,” he said" is Pritchard's, not the
	// councillor's quoted before.
	k := ui
	for k >= 0 && an.units[k].para == para {
		k--
	}
	if k < 0 {
		return nil
	}
	first := k
	for first > 0 && an.units[first-1].para == an.units[k].para {
		first--
	}
	if an.lastUnit >= first {
		return nil
	}
	// (The first person named, past a club or a body that describes them:
	// "Castlemoor manager Phil Barraclough was less convinced"; or one
	// introduced there with an age: "In Barangay Calbanog, a fishing
	// village, Erlinda Sabado, 56, sat on the slab.")
	for _, m := range an.units[first].ments {
		if m.Entity.Type != article.EntityPerson || m.TokStart > 0 && scenePreposition[an.units[first].toks[m.TokStart-1].Lower] {
			continue // (not the place of an opening adverbial: "In Barangay Calbanog, …")
		}
		if m.Entity != an.last.ent && (an.subjectMention(first, m) || an.agedSubject(first, m)) && (ok(m.Entity) || fresh(m.Entity)) {
			return m.Entity
		}
		break
	}
	return nil
}

// agedSubject reports whether mention m in unit k is a person introduced
// with an age as the subject after an opening adverbial: "In Calbanog,
// a fishing village, Erlinda Sabado, 56, sat".
func (an *analysis) agedSubject(k int, m entity.Mention) bool {
	toks := an.units[k].toks
	s, e := m.TokStart, m.TokEnd
	if s == 0 || e+3 >= len(toks) || toks[s-1].Text != "," || hasQuote(toks[:e]) {
		return false
	}
	return toks[e].Text == "," && isNumber(toks[e+1].Text) && toks[e+2].Text == "," && toks[e+3].Kind == token.Word && !toks[e+3].Cap() &&
		toks[e+3].Quote < 0 && toks[e+3].Lower != "and" && toks[e+3].Lower != "or" && toks[e+3].Lower != "who"
}

// describedBodyAfter returns the description of a body by the noun head
// ("the health ministry", "Gaza's interior ministry") written outside
// quotations after org's last mention and before pos, within the last
// few units, for a "the <head>" at pos to stand for.
func (an *analysis) describedBodyAfter(ui, pos int, head string, org *entity.Entity) (string, bool) {
	after := -1
	for _, m := range orgMentions(org) {
		if m.Start < pos && m.Start > after {
			after = m.Start
		}
	}
	for k := ui; k >= 0 && ui-k < 4; k-- {
		toks := an.units[k].toks
		for i := len(toks) - 1; i >= 1; i-- {
			t := toks[i]
			if t.Start >= pos || t.Lower != head || t.Cap() || t.Quote >= 0 {
				continue
			}
			if t.Start <= after {
				return "", false
			}
			s := i - 1
			for s > 0 && i-s <= 3 && toks[s].Kind == token.Word && toks[s].Quote < 0 && !an.isDet(toks[s].Lower) && !isPossessive(toks[s].Lower) &&
				!toks[s].Cap() && len(an.s.lex.verbs[toks[s].Lower]) == 0 && !an.s.gaz.Stopword(toks[s].Text) {
				s-- // modifiers: "the [health] ministry"
			}
			if !(toks[s].Lower == "the" || isPossessive(toks[s].Lower) && toks[s].Cap()) || s == i-1 && toks[s].Lower == "the" {
				continue // a bare "ministry", "the ministry" itself, or one introduced: "Capsule, a pharmacy company"
			}
			for s > 0 && isPossessive(toks[s].Lower) && toks[s-1].Cap() && toks[s-1].Start-toks[s].End <= 1 && toks[s-1].Quote < 0 {
				s-- // ("the Palestinian Authority's health ministry")
			}
			return an.text[toks[s].Start:t.End], true
		}
	}
	return "", false
}

func orgMentions(org *entity.Entity) []article.Span {
	if org == nil {
		return nil
	}
	return org.Mentions
}

// bareDocumentOf reports whether toks[s:he] is a body's name and then a
// plural document noun with no article: "NHS England figures", "Labor
// Department data", the body in its documents.
func (an *analysis) bareDocumentOf(ui int, named *entity.Entity, toks []token.Token, s, he int, head string) bool {
	return he-s >= 2 && issuedDocument[head] && (pluralNoun(head) || head == "data") && toks[s].Cap() && !an.isDef(toks[s].Lower) &&
		an.mentionSpans(ui, named, toks, s, he-1)
}

// possessedDocument reports whether toks[s:e] is a body's name in the
// possessive and then a document it issues, with at most three plain words
// between: "Severnvale's annual report", "the CFIA's recall notice".
func (an *analysis) possessedDocument(ui int, named *entity.Entity, toks []token.Token, s, e int, head string) bool {
	if !issuedDocument[head] {
		return false
	}
	for p := e - 2; p >= s && e-1-p <= 4; p-- {
		t := toks[p]
		if t.Quote >= 0 {
			return false
		}
		if isPossessive(t.Lower) {
			return an.mentionSpans(ui, named, toks, skipThe(toks, s, p+1), p+1)
		}
		if t.Cap() || t.Kind != token.Word {
			return false // (only plain words between: "the CFIA's recall notice")
		}
	}
	return false
}

// lastOrg is the organisation named most recently before pos, within a
// few units, outside quotations, and whether it is only a side
// organisation (sideOrg) the search fell back on.
func (an *analysis) lastOrg(ui, pos int) (*entity.Entity, bool) {
	if an.last != nil && an.last.typ == article.SourceOrganization && an.last.ent != nil && !an.last.side && ui-an.lastUnit <= 3 {
		return an.last.ent, false
	}
	// A name with a digit after "the" is more often a product's ("the M1
	// model", "the A320") than a body's: it is taken only when no other
	// organisation stands before it.
	var numbered *entity.Entity
	for k := ui; k >= 0 && (ui-k < 4 || numbered != nil && ui-k < 10); k-- {
		// (Past four units only when a side organisation was passed over.)
		ms := an.units[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Start < pos && m.Entity.Type == article.EntityOrganization && an.units[k].toks[m.TokStart].Quote < 0 {
				if strings.ContainsFunc(m.Entity.Name, unicode.IsDigit) || an.sideOrg(k, m) {
					if numbered == nil {
						numbered = m.Entity
					}
					continue
				}
				return m.Entity, false
			}
		}
	}
	return numbered, numbered != nil
}

// maxFirmBack is how many units back "the company" looks for the business
// it names when no organisation, or only public bodies, stand nearer.
const maxFirmBack = 12

// lastFirm is the business named last before pos, at most maxFirmBack units
// back: an organisation the text makes one (Strong), outside quotations,
// that is no public body (publicBody) and no side organisation (sideOrg);
// nil when there is none.
func (an *analysis) lastFirm(ui, pos int) *entity.Entity {
	for k := ui; k >= 0 && ui-k <= maxFirmBack; k-- {
		ms := an.units[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Start < pos && m.Entity.Type == article.EntityOrganization && an.units[k].toks[m.TokStart].Quote < 0 &&
				m.Entity.Strong && !publicBody(m.Entity.Name) && !an.sideOrg(k, m) && !strings.ContainsFunc(m.Entity.Name, unicode.IsDigit) &&
				!(m.TokStart > 0 && an.units[k].toks[m.TokStart-1].Lower == "on") { // (not where one posts: "wrote on Truth Social")
				return m.Entity
			}
		}
	}
	return nil
}

// namedBefore returns the person an appositive named after the same words
// as desc before pos, at most maxOrgHoldingBack units back ("Her daughter,
// Susan Hale-Moore, said"), or nil.
func (an *analysis) namedBefore(ui, pos int, desc []token.Token) *entity.Entity {
	n := len(desc)
	for k := ui; k >= 0 && ui-k <= maxOrgHoldingBack; k-- {
		ts := an.units[k].toks
		for _, m := range an.units[k].ments {
			if m.Start >= pos || m.Entity.Type != article.EntityPerson || m.TokStart < n+1 || ts[m.TokStart-1].Text != "," {
				continue
			}
			same := true
			for j, d := range desc {
				if t := ts[m.TokStart-1-n+j]; t.Lower != d.Lower || t.Quote >= 0 {
					same = false
					break
				}
			}
			if same {
				return m.Entity
			}
		}
	}
	return nil
}

// orgHolding returns the organisation named last before pos, at most
// maxOrgHoldingBack units back, whose name holds every word of ws ("the
// weather service": the National Weather Service), or nil.
func (an *analysis) orgHolding(ui, pos int, ws []token.Token) *entity.Entity {
	for k := ui; k >= 0 && ui-k <= maxOrgHoldingBack; k-- {
		ms := an.units[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Start < pos && m.Entity.Type == article.EntityOrganization && nameHoldsWords(m.Entity.Name, ws) {
				return m.Entity
			}
		}
	}
	return nil
}

// maxOrgHoldingBack is how many units back a body's short name ("the
// weather service") finds its full one.
const maxOrgHoldingBack = 30

// sideOrg reports whether the mention m of unit k names an organisation
// by the way, like a name with a digit: a product with its number ("The
// Galaxy Z Fold 8", "the iPhone 17"), or an outside expert's employer
// ("Counterpoint Research analyst Tarun Pathak", "analysts at Morgan
// Stanley", "an economist with ING"). "The company said" is more often
// the story's own company than these.
func (an *analysis) sideOrg(k int, m entity.Mention) bool {
	toks := an.units[k].toks
	if m.TokEnd < len(toks) {
		nx := toks[m.TokEnd]
		if nx.Kind == token.Word && nx.Text[0] >= '0' && nx.Text[0] <= '9' {
			return true
		}
		if outsideExpert[nx.Lower] {
			return true
		}
	}
	b := m.TokStart - 1
	if b >= 0 && toks[b].Lower == "the" {
		b--
	}
	if b >= 1 && (toks[b].Lower == "at" || toks[b].Lower == "with" || toks[b].Lower == "from") && outsideExpert[toks[b-1].Lower] {
		return true
	}
	if an.personsPast(k, m) {
		return true
	}
	// A named person's firm: "Graham Oduya, of Harcourt Retail
	// Consulting,", "Ingrid Halvorsen of the digital rights group
	// OpenSight".
	for n := 0; b >= 1 && n < 4 && toks[b].Kind == token.Word && !toks[b].Cap() && toks[b].Quote < 0 && !affiliationPrep[toks[b].Lower]; n++ {
		b--
	}
	if b < 1 || !affiliationPrep[toks[b].Lower] {
		return false
	}
	e := b
	if toks[e-1].Text == "," {
		e--
	}
	for _, pm := range an.units[k].ments {
		if pm.TokEnd == e && pm.Entity.Type == article.EntityPerson {
			return true
		}
	}
	return false
}

// personsPast reports whether the mention m of unit k stands in a relative
// clause about a named person, before the clause's comma: "Philippa
// Dunmore, who joined from the supermarket chain Oakleys in 2023, said" (a
// career, not the story's company).
func (an *analysis) personsPast(k int, m entity.Mention) bool {
	toks := an.units[k].toks
	for b := m.TokStart - 1; b >= 2 && m.TokStart-b <= 10; b-- {
		t := toks[b]
		if t.Quote >= 0 || t.Kind != token.Word && t.Text != "-" && t.Text != "–" {
			return false
		}
		if t.Lower != "who" {
			continue
		}
		if toks[b-1].Text != "," {
			return false
		}
		for _, pm := range an.units[k].ments {
			if pm.TokEnd == b-1 && pm.Entity.Type == article.EntityPerson {
				return true
			}
		}
		return false
	}
	return false
}

// citedSource returns the source a participle "citing" names between the
// cue's subject and its verb, set off by commas: "Kestpress, citing a
// senior military source who spoke on condition of anonymity, said …"; nil
// when there is none.
func (an *analysis) citedSource(ui int, toks []token.Token, c *cue) *src {
	if c.inverted || c.ns < 0 || c.ne+2 >= c.vs || toks[c.ne].Text != "," || toks[c.ne+1].Lower != "citing" || toks[c.ne+1].Quote >= 0 || toks[c.vs-1].Text != "," {
		return nil
	}
	rs, re := an.rightNP(toks, c.ne+2)
	if rs != c.ne+2 || re >= c.vs {
		return nil
	}
	if kt := knowledgeTail(toks, re); kt <= c.vs-1 {
		re = kt // ("sources familiar with the matter")
	}
	return an.resolve(ui, toks, rs, re, c.ve)
}

// bracketAfter returns the index past a short aside in brackets that opens
// at toks[i] (a body's number or short name after it), else i.
func bracketAfter(toks []token.Token, i int) int {
	if i >= len(toks) || toks[i].Text != "(" || toks[i].Quote >= 0 {
		return i
	}
	for k := i + 1; k < len(toks) && k-i <= 8; k++ {
		if toks[k].Text == ")" {
			return k + 1
		}
		if toks[k].Quote >= 0 || toks[k].Text == "(" {
			break
		}
	}
	return i
}

// expertsOf reports whether toks[s:e] is a firm's analysts, economists or
// strategists, plural, before the firm's name that closes the phrase:
// "Analysts at Tessaly Insights", "economists at ING".
func (an *analysis) expertsOf(u *unit, toks []token.Token, s, e int, org *entity.Entity) bool {
	k := s
	if an.isDet(toks[k].Lower) {
		k++
	}
	if k+2 >= e || !outsideExpert[toks[k].Lower] || !pluralNoun(toks[k].Lower) || toks[k+1].Quote >= 0 ||
		toks[k+1].Lower != "at" && toks[k+1].Lower != "from" && toks[k+1].Lower != "with" {
		return false
	}
	for _, m := range u.ments {
		if m.Entity == org && m.TokEnd == e && (m.TokStart == k+2 || m.TokStart == k+3 && toks[k+2].Lower == "the") {
			return true
		}
	}
	return false
}

// affiliationPrep are the prepositions between a person's name and the
// body they are with: "Graham Oduya, of Harcourt Retail Consulting"
// (data/word_classes.txt).
var affiliationPrep = wordClasses.Must("affiliationPrep")

// outsideExpert are the nouns of experts quoted from outside a story's
// companies: "Counterpoint Research analyst", "economists at ING"
// (data/word_classes.txt).
var outsideExpert = wordClasses.Must("outsideExpert")

// bodyTeam are the nouns of a named body's teams whose findings are the
// body's: "Investigators from the NTSB" (data/word_classes.txt).
var bodyTeam = wordClasses.Must("bodyTeam")

// lastMedia is the outlet named most recently before pos outside
// quotations, within units units before ui, or nil. An outlet told
// something is the one reporting, not the one spoken of: "A Times
// spokesperson told The Intercept, … her byline has not appeared in the
// paper" (the Times).
func (an *analysis) lastMedia(ui, pos, units int) *entity.Entity {
	for k := ui; k >= 0 && ui-k <= units; k-- {
		toks := an.units[k].toks
		ms := an.units[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Start >= pos || m.Entity.Type != article.EntityMedia || m.TokStart >= len(toks) || toks[m.TokStart].Quote >= 0 {
				continue
			}
			b := m.TokStart - 1
			if b > 0 && toks[b].Lower == "the" {
				b--
			}
			if b >= 0 && addresseeWord[toks[b].Lower] && !(b > 0 && toks[b-1].Lower == "according") {
				continue
			}
			return m.Entity
		}
	}
	return nil
}

// mediaEndingIn is the outlet of two words or more whose name ends in word,
// named last before pos, at most maxMediaBack units back; nil when none is.
func (an *analysis) mediaEndingIn(ui, pos int, word string) *entity.Entity {
	for k := ui; k >= 0 && ui-k <= maxMediaBack; k-- {
		ms := an.units[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Start < pos && m.Entity.Type == article.EntityMedia && strings.HasSuffix(m.Entity.Name, " "+word) {
				return m.Entity
			}
		}
	}
	return nil
}

// paperBefore reports whether "paper" was said without "the", before pos
// in unit ui or the units before it: "A new paper in the journal Nature
// looked at sleep. …, the paper states" is the study's, not the
// journal's.
func (an *analysis) paperBefore(ui, pos, units int) bool {
	for k := ui; k >= 0 && ui-k <= units; k-- {
		toks := an.units[k].toks
		for j, t := range toks {
			if t.Start < pos && t.Quote < 0 && (t.Lower == "paper" || t.Lower == "papers") && !(j > 0 && toks[j-1].Lower == "the") {
				return true
			}
		}
	}
	return false
}

// maxMediaBack bounds the units "the newspaper" looks back over for the
// outlet it names, so that a text of a million such cues costs linear time.
const maxMediaBack = 80

// addresseeWord are the words before an outlet spoken to: "told The
// Intercept", "said to the BBC", "in an interview with CNN"
// (data/word_classes.txt).
var addresseeWord = wordClasses.Must("addresseeWord")

// quotedContent reports whether what cue c reports is a quotation.
func quotedContent(toks []token.Token, c *cue) bool {
	return c.cs >= 0 && c.cs < c.ce && c.ce <= len(toks) && toks[c.cs].Quote >= 0 && toks[c.ce-1].Quote >= 0
}

// citedSpan returns the tokens of the source that a medium's report cites
// in a participle phrase ("citing two people familiar with the matter",
// "quoting an unnamed official"): opening the sentence before the cue's
// speaker, between the speaker and the verb, or after the verb and a
// comma; -1, -1 if there is none.
func citedSpan(toks []token.Token, c *cue) (int, int) {
	at := func(i int) (int, int) {
		if i < 0 || i >= len(toks) || !citingWord[toks[i].Lower] || toks[i].Quote >= 0 || i > 0 && toks[i-1].Text != "," {
			return -1, -1
		}
		e := i + 1
		for e < len(toks) && e-i <= 12 && toks[e].Kind == token.Word && toks[e].Quote < 0 && toks[e].Lower != "that" &&
			!(toks[e].Lower == "as" && e+1 < len(toks) && toks[e+1].Lower == "saying") {
			e++
		}
		if e == i+1 || e < len(toks) && toks[e].Kind == token.Word && toks[e].Lower != "that" && toks[e].Lower != "as" {
			return -1, -1
		}
		return i + 1, e
	}
	if c.ns < 0 {
		return -1, -1 // a participle's cue: "…, saying"
	}
	if c.inverted && c.ne+3 < len(toks) && toks[c.ne].Lower == "with" && toks[c.ne+1].Lower == "reference" && toks[c.ne+2].Lower == "to" {
		// "…, reports RIA Novosti with reference to a source in the
		// Foreign Ministry": a translation of "citing".
		e := c.ne + 3
		for e < len(toks) && e-c.ne <= 14 && toks[e].Kind == token.Word && toks[e].Quote < 0 {
			e++
		}
		if e > c.ne+3 && (e == len(toks) || toks[e].Kind != token.Word) {
			return c.ne + 3, e
		}
	}
	if c.ns > 1 && toks[c.ns-1].Text == "," {
		// "Citing sources, the newspaper said …"
		for i := c.ns - 2; i >= 0 && c.ns-i <= 14; i-- {
			if citingWord[toks[i].Lower] {
				if s, e := at(i); s >= 0 && e == c.ns-1 {
					return s, e
				}
				break
			}
		}
	}
	if c.ne+1 < c.vs && toks[c.ne].Text == "," {
		// "The Wall Street Journal, citing people familiar with the
		// matter, reported that …"
		if s, e := at(c.ne + 1); s >= 0 && e == c.vs-1 {
			return s, e
		}
	}
	// "…, Reuters reported, citing two sources.", "Reuters reported on
	// Tuesday, citing three sources, that …"
	for i := c.ve; i < len(toks) && i-c.ve <= 6; i++ {
		if toks[i].Text == "," {
			return at(i + 1)
		}
		if toks[i].Kind != token.Word || toks[i].Quote >= 0 {
			break
		}
	}
	// "Local media said at least three people were injured, citing
	// hospital officials.": at the end of what was said.
	for i := c.ce - 1; i > c.cs+2 && c.ce-i <= 14; i-- {
		if toks[i].Text == "," && toks[i].Quote < 0 {
			if s, e := at(i + 1); s >= 0 && (e == c.ce || e < len(toks) && e+1 >= c.ce && sentenceEnd(toks[e])) {
				return s, e
			}
			break
		}
	}
	return -1, -1
}

// outletNounWord are the nouns of an outlet that translated copy writes
// right after "as reported", without "by": "As reported agency Vestnik-24"
// (data/word_classes.txt).
var outletNounWord = wordClasses.Must("outletNounWord")

// asByVerb are the participles of "as reported by X", a relay like
// "according to X" (data/word_classes.txt).
var asByVerb = wordClasses.Must("asByVerb")

// asByAdverb are the adverbs between "as" and its participle: "as first
// reported by Bloomberg" (data/word_classes.txt).
var asByAdverb = wordClasses.Must("asByAdverb")

// evidenceNoun are the records an outlet cites for its own report, not a
// speaker's: "citing internal documents", "citing court filings"
// (data/word_classes.txt).
var evidenceNoun = wordClasses.Must("evidenceNoun")

// citingWord are the participles with which a report names its own source
// ("citing", "quoting") (data/word_classes.txt).
var citingWord = wordClasses.Must("citingWord")

// viaName names the relaying source of an "according to X" phrase.
func (an *analysis) viaName(ui int, toks []token.Token, r relay) string {
	sp := an.resolve(ui, toks, r.xs, r.xe, relayed)
	if sp == nil {
		return an.text[toks[r.xs].Start:toks[r.xe-1].End]
	}
	if sp.typ == article.SourceDocument || sp.typ == article.SourceAnonymous {
		return sp.mention.Text
	}
	return sp.name
}

// emit records one attribution.
func (an *analysis) emit(ui int, toks []token.Token, c *cue, via string) bool {
	if via == "" && c.sp != nil {
		via = c.sp.via
	}
	cs, ce := c.cs, c.ce
	// Trim punctuation at the edges of the content.
	for cs < ce && toks[cs].Kind == token.Punct && edgePunct(toks[cs].Text) {
		cs++
	}
	for ce > cs && toks[ce-1].Kind == token.Punct && edgePunct(toks[ce-1].Text) {
		ce--
	}
	if ce <= cs {
		return false
	}
	if an.units[ui].headline && cs == 0 {
		cs = an.afterKicker(ui, toks, cs, ce)
	}
	if cs+3 < ce && toks[cs].Kind == token.Word && toks[cs].Quote < 0 && connective[toks[cs].Lower] && toks[cs+1].Text == "," && toks[cs+2].Kind == token.Mark {
		cs += 2 // "Furthermore, “I lobbied …” Blinken said": the quotation, not the writer's link
	}
	start, end := toks[cs].Start, toks[ce-1].End
	inside, outside := 0, 0
	qfirst, qlast := -1, -1
	for _, t := range toks[cs:ce] {
		if t.Kind != token.Word {
			continue
		}
		if t.Quote >= 0 {
			inside++
			if qfirst < 0 {
				qfirst = t.Quote
			}
			qlast = t.Quote
		} else {
			outside++
		}
	}
	kind := article.KindIndirect
	switch {
	case inside > 0 && (outside == 0 || toks[cs].Kind == token.Mark && (inside*10 >= (inside+outside)*7 || quotedClauseFirst(toks[cs:ce], qfirst, qlast))) &&
		!(cs > 0 && toks[cs-1].Lower == "that"):
		// (A quotation after "that" is woven into reported speech:
		// "added that “the US attempt … does not create the necessary
		// atmosphere”" is mixed.)
		kind = article.KindDirect
		start, end = an.quotes[qfirst].innerStart, an.quotes[qlast].innerEnd
	case inside > 0:
		kind = article.KindMixed
	case c.inverted && speakerVoice(toks[cs:ce]):
		// Unmarked direct speech: "We will not give up, said the
		// minister"; not "The lender has held talks, said the people".
		kind = article.KindDirect
	}
	for _, t := range toks[cs:ce] {
		if t.Quote >= 0 {
			an.covered[t.Quote] = true
		}
	}
	if kind == article.KindDirect {
		// The comma that closes a quotation before its cue is not the
		// speaker's: “We are ready,” he said.
		for end > start && (an.text[end-1] == ',' || an.text[end-1] == ' ') {
			end--
		}
	} else {
		// A conjunction that opens the next clause is not what was said:
		// "Democrats said the bill would hurt families, while Republicans
		// argued …".
		end = trimTrailingConjunction(an.text, start, end)
	}
	sp := c.sp
	q := article.Quote{
		Text: an.text[start:end], Start: start, End: end, Kind: kind,
		Via: via, Confidence: math.Round(an.confidence(c, sp)*100) / 100,
	}
	if c.vs >= 0 && c.ve > c.vs && c.ve <= len(toks) {
		ve := c.ve
		if c.passive {
			ve = c.vs + 2 // "told by", not the agent after it
		}
		q.Cue = &article.Span{Text: an.text[toks[c.vs].Start:toks[ve-1].End], Start: toks[c.vs].Start, End: toks[ve-1].End}
	}
	q.Speaker = &article.Speaker{Name: sp.name, Canonical: sp.canon, EntityID: sp.id, Mention: sp.mention.Text,
		Start: sp.mention.Start, End: sp.mention.End, Type: sp.typ}
	if sp.typ == article.SourcePerson && sp.ent != nil && !sp.byDocument {
		if strings.Contains(sp.mention.Text, sp.ent.Surname) {
			sp.ent.AddMention(an.text, sp.mention.Start, sp.mention.End)
		} else {
			sp.ent.AddReference(an.text, sp.mention.Start, sp.mention.End)
		}
	}
	an.out = append(an.out, q)
	an.last = sp
	an.lastUnit = ui
	an.lastRelative = c.relative
	an.noteIssued(ui, toks, sp, cs, ce)
	if sp.typ == article.SourcePerson && sp.ent != nil {
		an.lastPerson = sp.ent
	}
	an.lastReported = article.Span{}
	if kind != article.KindDirect {
		an.lastReported = article.Span{Start: start, End: end}
	}
	return true
}

// noteIssued remembers sp as the issuer of the document its clause names
// outside what was said: "Ogunleye said in a statement", "said in a joint
// statement", "wrote in a letter to the board" (setIssuer says who can).
func (an *analysis) noteIssued(ui int, toks []token.Token, sp *src, cs, ce int) {
	if k := issuedNoun(toks, 0, len(toks), cs, ce); k >= 0 {
		an.setIssuer(ui, toks, k, sp)
		return
	}
	// A body by its document ("According to the spot report of the
	// Malinis Heights Police Station"): a later "the report added" is
	// that body's too.
	if f := strings.Fields(sp.via); len(f) > 0 && (sp.typ == article.SourceOrganization || sp.typ == article.SourcePerson) && sp.ent != nil &&
		(issuedDocument[strings.ToLower(f[len(f)-1])] || issuedAnaphor[strings.ToLower(f[len(f)-1])]) {
		// (or a person by the memo they sent: "The memo, sent to staff by
		// chief executive Lena Haverford-Quist, said … The memo said")
		out := *sp
		out.via = ""
		noun := strings.ToLower(f[len(f)-1])
		an.issuer = &issued{sp: &out, noun: noun, ui: ui, at: sp.mention.End}
		an.issuerBefore(ui, &out, noun)
	}
}

// issuerBefore gives the issuer found now to the quotes of the sentence
// before that only an indefinite document of the same kind carries:
// "…, according to an internal memo seen by Baywire. The memo, sent to
// staff by chief executive Lena Haverford-Quist, said …" makes the first
// hers too, in the memo.
func (an *analysis) issuerBefore(ui int, sp *src, noun string) {
	if ui == 0 || sp.typ != article.SourcePerson && sp.typ != article.SourceOrganization {
		return
	}
	from := an.units[ui-1].start
	for i := len(an.out) - 1; i >= 0; i-- {
		q := &an.out[i]
		if q.Start < from {
			break
		}
		if q.Start >= an.units[ui].start || q.Speaker == nil || q.Speaker.Type != article.SourceDocument || q.Via != "" {
			continue
		}
		f := strings.Fields(strings.ToLower(q.Speaker.Mention))
		if len(f) < 2 || f[0] != "a" && f[0] != "an" || !slices.Contains(f[:min(len(f), 4)], noun) {
			continue // (only "a memo", "an internal memo seen by …")
		}
		q.Via = q.Speaker.Mention
		q.Speaker.Name, q.Speaker.Canonical, q.Speaker.EntityID, q.Speaker.Type = sp.name, sp.canon, sp.id, sp.typ
	}
}

// setIssuer remembers sp as the issuer of the document toks[k] names.
// Documents and outlets issue nothing, nor a speaker not found (nil) or a
// pronoun no one was found for.
func (an *analysis) setIssuer(ui int, toks []token.Token, k int, sp *src) {
	if sp == nil || sp.typ == article.SourceDocument || sp.typ == article.SourceMedia || sp.unresolved {
		return
	}
	an.issuer = &issued{sp: sp, noun: toks[k].Lower, ui: ui, at: toks[k].End}
}

// issuedNoun returns the index of a document noun among toks[from:to],
// outside toks[cs:ce] and quotations, that an indefinite article or a
// possessive opens within three words ("a statement", "a joint statement",
// "his written statement"); -1 if none.
func issuedNoun(toks []token.Token, from, to, cs, ce int) int {
	for k := from; k < to; k++ {
		if k >= cs && k < ce || toks[k].Quote >= 0 || !issuedAnaphor[toks[k].Lower] {
			continue
		}
		for j := k - 1; j >= from && j >= k-3; j-- {
			w := toks[j]
			if w.Kind != token.Word || w.Quote >= 0 || w.Cap() && j > 0 {
				break
			}
			if w.Lower == "a" || w.Lower == "an" || possessiveSpeaker[w.Lower] != "" || w.Lower == "its" || isPossessive(w.Lower) {
				return k
			}
		}
	}
	return -1
}

// issuing remembers who puts out a document in a sentence that reports
// nothing of it: "Geoffrey Ellery, the victim's husband, issued a statement
// through police" makes a later "the statement said" his.
func (an *analysis) issuing(ui int, toks []token.Token) {
	for vi := 1; vi+1 < len(toks); vi++ {
		if !issuingVerb[toks[vi].Lower] || toks[vi].Quote >= 0 {
			continue
		}
		from := vi + 1
		if toks[vi].Lower == "put" && toks[from].Lower == "out" {
			from++
		}
		to := from
		for to < len(toks) && to-from < 8 && !sentenceEnd(toks[to]) {
			to++ // ("wrote to the minister in a letter dated May 3")
		}
		k := issuedNoun(toks, from, to, -1, -1)
		if k < 0 {
			continue
		}
		ns, ne := an.leftNP(toks, vi)
		if ns < 0 || ne != vi && !(ne < vi && toks[ne].Text == ",") {
			continue
		}
		an.setIssuer(ui, toks, k, an.resolve(ui, toks, ns, ne, ne))
		return
	}
}

// disclosedThis gives the sentence before to the speaker who "disclosed
// this" (Nigerian and South Asian copy: "The Lagos State Police Command has
// arrested three suspects. ¶ The command's spokesperson, SP Adebayo
// Ogunleye, disclosed this in a statement on Sunday, adding that …"). The
// sentence before must be the writer's, with nothing attributed in it, in
// the same paragraph or closing the one before; the rest of this sentence
// is read as usual.
func (an *analysis) disclosedThis(ui int, toks []token.Token) {
	if ui == 0 || an.lastUnit == ui-1 {
		return
	}
	vi := -1
	for k := 1; k+2 < len(toks); k++ {
		if thisObject(toks, k) {
			vi = k
			break
		}
	}
	if vi < 0 {
		return
	}
	ns, ne := an.leftNP(toks, vi)
	if ns < 0 || ne != vi && !(ne < vi && toks[ne].Text == ",") {
		return
	}
	sp := an.resolve(ui, toks, ns, ne, ne)
	if sp == nil || sp.unresolved || sp.typ == article.SourceDocument {
		return
	}
	prev := an.units[ui-1]
	pt := prev.toks
	if prev.headline || len(pt) == 0 || len(pt) > maxUnitTokens || countWords(pt) < 6 || !hasFiniteVerb(pt) || hasQuote(pt) ||
		prev.para != an.units[ui].para && prev.para != an.units[ui].para-1 {
		return
	}
	c := cue{vs: -1, ve: -1, cs: 0, ce: len(pt), sp: sp}
	if !an.emit(ui-1, pt, &c, "") {
		return
	}
	cueEnd := vi + 2
	if toks[vi].Lower == "made" {
		cueEnd = vi + 3
	}
	an.out[len(an.out)-1].Cue = &article.Span{Text: an.text[toks[vi].Start:toks[cueEnd-1].End], Start: toks[vi].Start, End: toks[cueEnd-1].End}
	an.lastUnit = ui
	if k := issuedNoun(toks, cueEnd, len(toks), -1, -1); k >= 0 {
		an.setIssuer(ui, toks, k, sp)
	}
}

// thisObject reports whether toks[k] is a verb of "disclosed this in a
// statement" or "made this known", whose object is the sentence before.
func thisObject(toks []token.Token, k int) bool {
	if k+2 >= len(toks) || toks[k].Quote >= 0 || toks[k+1].Lower != "this" {
		return false
	}
	next := toks[k+2]
	return thisReportVerb[toks[k].Lower] && (next.Kind == token.Punct && (next.Text == "," || next.Text == ".") || thisAfter[next.Lower]) ||
		toks[k].Lower == "made" && next.Lower == "known"
}

// thisReportVerb are the verbs of "disclosed this", "stated this": the
// sentence before is what was said; thisAfter the words after "this" that
// show it is the object, not the subject of what was said ("disclosed this
// in a statement", not "said this was wrong") (data/word_classes.txt).
var (
	thisReportVerb = wordClasses.Must("thisReportVerb")
	thisAfter      = wordClasses.Must("thisAfter")
)

// cataphor resolves an indefinite person that opens a paragraph to the
// person the next paragraph opens on, named for the first time and
// introduced with an age or a description: the tabloid lead "A mum-of-three
// says she has been forced …" then "Jade Harrow, 31, showed …". Nil
// otherwise.
func (an *analysis) cataphor(ui int, toks []token.Token, s, e int) *entity.Entity {
	if s != 0 || e-s < 2 || e-s > 3 || toks[s].Lower != "a" && toks[s].Lower != "an" || toks[e-1].Quote >= 0 ||
		!an.describesPersonNoun(toks[e-1].Lower) || ui > 0 && an.units[ui-1].para == an.units[ui].para {
		return nil
	}
	next := ui + 1
	for next < len(an.units) && an.units[next].para == an.units[ui].para {
		next++
	}
	if next >= len(an.units) || an.units[next].para != an.units[ui].para+1 {
		return nil
	}
	nt := an.units[next].toks
	for _, m := range an.units[next].ments {
		k := 0
		for k < m.TokStart && an.isTitle(strings.TrimSuffix(nt[k].Lower, ".")) {
			k++ // ("Mrs Jade Harrow, 31,")
		}
		p := m.Entity
		if m.TokStart != k || p.Type != article.EntityPerson || p.First == "" || m.TokEnd+1 >= len(nt) || nt[m.TokEnd].Text != "," {
			return nil
		}
		if w := nt[m.TokEnd+1]; !isNumber(w.Text) && w.Lower != "a" && w.Lower != "an" && w.Lower != "who" {
			return nil
		}
		for _, pm := range p.Mentions {
			if pm.Start < toks[s].Start {
				return nil // (someone named before: not introduced here)
			}
		}
		return p
	}
	return nil
}

// roleInitials resolves "the PPRO" and "the CP" to the one person named
// before whose role those are the initials of ("The Police Public Relations
// Officer in the state, SP Adebayo Olumide-Coker"; "the Commissioner of
// Police, CP Ibrahim Danjuma-Wase"). Nil when toks[s:e] is no such phrase,
// or no one or more than one person fits.
func (an *analysis) roleInitials(toks []token.Token, s, e int) *entity.Entity {
	if e-s != 2 || toks[s].Lower != "the" || toks[s+1].Quote >= 0 || !entity.IsAcronym(toks[s+1].Text) || len(toks[s+1].Text) < 2 || len(toks[s+1].Text) > 6 {
		return nil
	}
	acronym := toks[s+1].Text
	if an.reg.Acronym(acronym) != nil {
		return nil // a body's, defined in brackets: "Zimbabwe Farmers’ Union (ZFU) president Mr Never Chideya … The ZFU said"
	}
	// A role whose initials open with the acronym beats one that only
	// holds it: "Superintendent of Police (SP) Ch. Venkata Ramana" over
	// "Additional Superintendent of Police R. Sudheer Kumar" for "the SP".
	var found [3]*entity.Entity
	for _, p := range an.reg.Entities() {
		if p.Type != article.EntityPerson {
			continue
		}
		for _, m := range p.Mentions {
			if m.Start >= toks[s].Start {
				continue
			}
			score := 0
			for _, run := range strings.Fields(roleBefore(an.text, m.Start)) {
				switch {
				case strings.HasPrefix(run, acronym) || strings.HasPrefix(run, "T"+acronym):
					score = 2 // (after "The": "The Police Public Relations Officer")
				case strings.Contains(run, acronym):
					score = max(score, 1)
				}
			}
			if score == 0 {
				continue
			}
			if found[score] != nil && found[score] != p {
				found[score] = &entity.Entity{} // two people: none
				continue
			}
			found[score] = p
		}
	}
	for _, p := range []*entity.Entity{found[2], found[1]} {
		if p != nil {
			if p.Type == "" {
				return nil
			}
			return p
		}
	}
	return nil
}

// roleBefore returns the initials of the capitalised words that come
// before a name in its sentence, up to 120 bytes back, skipping the small
// words of a title ("of", "for", "and", "the"): "The Police Public
// Relations Officer in the state, SP Adebayo" gives "TPPRO SP" and "the
// Commissioner of Police, CP Ibrahim" "CPCP"; any other word ends a run
// (a space).
func roleBefore(text string, at int) string {
	from := max(0, at-120)
	for from < at && !utf8.RuneStart(text[from]) {
		from++
	}
	win := text[from:at]
	for end := len(win); ; {
		k := strings.LastIndexAny(win[:end], ".!?\n")
		if k < 0 {
			break
		}
		if win[k] == '.' {
			// (Not an initial's or a title's period: "SP Ch. Venkata
			// Ramana", "Dr. Rao".)
			w := win[strings.LastIndexAny(win[:k], " \t,(")+1 : k]
			if r, _ := utf8.DecodeRuneInString(w); w != "" && len(w) <= 3 && unicode.IsUpper(r) {
				end = k
				continue
			}
		}
		win = win[k+1:]
		break
	}
	var b strings.Builder
	for _, raw := range strings.Fields(win) {
		w := strings.Trim(raw, ",;:()")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "":
		case unicode.IsUpper(r):
			b.WriteRune(r)
			if strings.TrimRight(raw, ";:,") != raw {
				b.WriteByte(' ') // a comma ends a run: "on Monday, Superintendent of Police"
			}
		case titleSmallWords[w]:
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// issuingVerb are the verbs by which a speaker puts out a document:
// "issued a statement", "put out a release" (data/word_classes.txt).
var issuingVerb = wordClasses.Must("issuingVerb")

// issuedBy resolves "the statement" (and "the letter", "the release") to
// the speaker who issued it a few units back, with the document as via: not
// a document that spoke for itself. Nil when toks[s:e] is not such a
// phrase or no one issued one.
func (an *analysis) issuedBy(ui int, toks []token.Token, s, e int) *src {
	is := an.issuer
	if is == nil || e-s != 2 || toks[s].Lower != "the" || toks[s+1].Lower != is.noun || toks[s].Quote >= 0 ||
		ui-is.ui > maxIssuedUnits && (ui-is.ui > maxIssuedAlone || an.anotherIssued(is, ui)) || toks[s].Start < is.at {
		return nil
	}
	out := *is.sp
	out.mention = article.Span{Text: an.text[toks[s].Start:toks[e-1].End], Start: toks[s].Start, End: toks[e-1].End}
	out.via = strings.ToLower(out.mention.Text)
	out.byDocument = true
	return &out
}

// subjectsDocument resolves "The notice said" opening a sentence right
// after one in the same paragraph whose subject is the one body it names:
// "Germany's Federal Motor Transport Authority (KBA) listed the recall in
// its online database on Wednesday. The notice said …": the body, in its
// document. Nil otherwise (issuedBy has the documents someone is said to
// have put out).
func (an *analysis) subjectsDocument(ui int, toks []token.Token, s, e int) *src {
	if e-s != 2 || s != 0 || toks[s].Lower != "the" || !issuedDocument[toks[s+1].Lower] || toks[s].Quote >= 0 || toks[s+1].Quote >= 0 ||
		ui == 0 || an.units[ui-1].para != an.units[ui].para {
		return nil
	}
	prev := &an.units[ui-1]
	org := an.onlyOrgIn(ui - 1)
	if org == nil || org.Type != article.EntityOrganization || !an.opensWith(prev, org) {
		return nil
	}
	for _, t := range prev.toks {
		if t.Lower == toks[s+1].Lower && t.Quote < 0 || t.Quote >= 0 {
			return nil // a notice of its own there ("a notice from …"), or a quotation
		}
	}
	org.Strong = true
	mention := article.Span{Text: an.text[toks[s].Start:toks[e-1].End], Start: toks[s].Start, End: toks[e-1].End}
	return &src{ent: org, typ: article.SourceOrganization, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention,
		via: strings.ToLower(mention.Text), byDocument: true}
}

// opensWith reports whether ent is the subject that opens u: its first
// mention within the first four tokens, after nothing but a determiner or
// a place's possessive ("Germany's Federal Motor Transport Authority").
func (an *analysis) opensWith(u *unit, ent *entity.Entity) bool {
	for _, m := range u.ments {
		if m.TokStart > 3 {
			return false
		}
		if m.Entity == ent {
			for _, t := range u.toks[:m.TokStart] {
				if !an.isDet(t.Lower) && !isPossessive(t.Lower) {
					return false
				}
			}
			return true
		}
		if m.Entity.Type != article.EntityPlace || m.TokEnd > len(u.toks) || !isPossessive(u.toks[m.TokEnd-1].Lower) {
			return false
		}
	}
	return false
}

// onlyOrgIn is the one organisation or outlet unit ui names outside
// quotations, nil when it names none or several.
func (an *analysis) onlyOrgIn(ui int) *entity.Entity {
	u := &an.units[ui]
	var found *entity.Entity
	for _, m := range u.ments {
		if m.Entity.Type != article.EntityOrganization && m.Entity.Type != article.EntityMedia || m.TokStart < len(u.toks) && u.toks[m.TokStart].Quote >= 0 {
			continue
		}
		if found != nil && found != m.Entity {
			return nil
		}
		found = m.Entity
	}
	return found
}

// anotherIssued reports whether the units after is.ui and before ui name
// another document of is's kind ("a memo", "another memo", "a second
// memo"): then a late "the memo" may be that one.
func (an *analysis) anotherIssued(is *issued, ui int) bool {
	for k := is.ui + 1; k < ui && k < len(an.units); k++ {
		toks := an.units[k].toks
		for i := 1; i < len(toks); i++ {
			if toks[i].Lower != is.noun && singular(toks[i].Lower) != is.noun {
				continue
			}
			if j := i - 1; toks[j].Lower != "the" && !isPossessive(toks[j].Lower) && toks[j].Lower != "its" {
				return true // (anything but "the memo" or "her memo")
			}
		}
	}
	return false
}

// commaBeforeEnd reports whether a comma outside quotations comes after
// toks[i] before the sentence ends, with words after it.
func commaBeforeEnd(toks []token.Token, i int) bool {
	for k := i; k+1 < len(toks); k++ {
		if sentenceEnd(toks[k]) || toks[k].Quote >= 0 {
			return false
		}
		if toks[k].Text == "," {
			return toks[k+1].Kind == token.Word
		}
	}
	return false
}

// pluralPossessiveMark reports whether toks[i] is the apostrophe of a plural
// possessive, which the tokenizer splits off as a mark: right after a word
// in "s", a word after it ("a residents’ group", "the workers' union").
func pluralPossessiveMark(toks []token.Token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i].Kind != token.Mark || toks[i].Quote >= 0 || toks[i].Text != "’" && toks[i].Text != "'" {
		return false
	}
	w, n := toks[i-1], toks[i+1]
	return w.Kind == token.Word && w.Quote < 0 && w.End == toks[i].Start && strings.HasSuffix(w.Lower, "s") &&
		n.Kind == token.Word && n.Quote < 0 && n.Start > toks[i].End && !n.Cap()
}

// ownersDocument resolves "the council's planning report", "the
// ministry's annual review": a document of the body "the <kind>" stands for
// (the one of that kind named last), which speaks in it; nil when the words
// are of another shape or no such body was named.
func (an *analysis) ownersDocument(ui int, toks []token.Token, s, e int) *src {
	if e-s < 3 || e-s > 6 || toks[s].Lower != "the" || toks[s].Quote >= 0 || !isPossessive(toks[s+1].Lower) || toks[s+1].Cap() {
		return nil
	}
	head := toks[e-1].Lower
	if !issuedDocument[head] || an.s.lex.sources[head] != article.SourceDocument {
		return nil
	}
	for _, t := range toks[s+2 : e-1] {
		if t.Kind != token.Word || t.Cap() || t.Quote >= 0 {
			return nil // plain modifiers only: "planning", "annual"
		}
	}
	kind := strings.TrimSuffix(strings.TrimSuffix(toks[s+1].Lower, "’s"), "'s")
	if an.s.lex.sources[kind] != article.SourceOrganization {
		return nil
	}
	org := an.lastOrgOfKind(ui, toks[s].Start, kind)
	if org == nil {
		return nil
	}
	org.Strong = true
	mention := article.Span{Text: an.text[toks[s].Start:toks[e-1].End], Start: toks[s].Start, End: toks[e-1].End}
	return &src{ent: org, typ: article.SourceOrganization, name: org.Name, canon: an.reg.Canonical(org), id: an.reg.ID(org), mention: mention,
		via: strings.ToLower(an.text[toks[s+2].Start:toks[e-1].End])}
}

// issuedAnaphor are the documents a speaker issues that a later "the …"
// refers back to as the speaker's (data/word_classes.txt).
var issuedAnaphor = wordClasses.Must("issuedAnaphor")

func (an *analysis) confidence(c *cue, sp *src) float64 {
	if sp.unresolved {
		return 0.3
	}
	conf := 0.9
	if c.inverted {
		conf = 0.8
	}
	if c.participle {
		conf = 0.75
	}
	if sp.mention.Text != "" {
		if _, ok := an.s.lex.pronouns[strings.ToLower(sp.mention.Text)]; ok {
			conf -= 0.15
		}
	}
	if sp.typ == article.SourcePerson && sp.ent != nil && !strings.EqualFold(sp.mention.Text, sp.name) &&
		!strings.Contains(sp.mention.Text, sp.ent.Surname) {
		conf -= 0.1 // resolved from a role description or pronoun
	}
	return conf
}

// asClauseAfter reports whether only a time, and for a verb with an
// addressee the addressee, stand between the verb and an "as" clause:
// "…, a prosecutor said Monday as his trial opened", "told jurors Monday as
// …": the clause is when, not what was said.
func asClauseAfter(toks []token.Token, c *cue, after, limit int) bool {
	k := after
	if c.v.obj && k == c.ve && k < limit && toks[k].Kind == token.Word && !toks[k].Cap() && toks[k].Quote < 0 && pluralNoun(toks[k].Lower) {
		k++ // "jurors"
	}
	k = pastTime(toks, k, limit)
	if k+2 >= limit || toks[k].Lower != "as" || toks[k].Quote >= 0 {
		return false
	}
	// (A clause's subject after "as": not "as part of the inquiry".)
	n := toks[k+1].Lower
	return possessivePronoun[n] || subjectPronoun[n] || articleWord[n] && toks[k+2].Lower != "part" && toks[k+2].Lower != "well"
}

// verbAfterSubject reports whether a past tense follows a noun inside
// toks[s:e], past its first two words: the phrase is a clause ("The man
// fabricated records"), not a noun phrase ("The proposed changes", "The
// newly signed contracts").
func (an *analysis) verbAfterSubject(toks []token.Token, s, e int) bool {
	for k := s + 2; k < e; k++ {
		p := toks[k-1]
		if toks[k].Kind == token.Word && toks[k].Quote < 0 && !toks[k].Cap() && pastLike(toks[k].Lower) && p.Kind == token.Word &&
			!strings.HasSuffix(p.Lower, "ly") && !an.isDet(p.Lower) && !possessivePronoun[p.Lower] && len(an.s.lex.verbs[p.Lower]) == 0 {
			return true
		}
	}
	return false
}

// quotedModifier reports whether the quotation opening at toks[i] stands
// between a determiner and its noun, a term rather than words said: "It kept
// its “market perform” rating".
func (an *analysis) quotedModifier(toks []token.Token, i int) bool {
	if i == 0 || toks[i-1].Quote >= 0 || !(an.isDet(toks[i-1].Lower) || possessivePronoun[toks[i-1].Lower]) {
		return false
	}
	j := i + 1
	for j < len(toks) && toks[j].Quote == toks[i].Quote {
		j++
	}
	if j < len(toks) && toks[j].Kind == token.Mark {
		j++
	}
	return j < len(toks) && toks[j].Kind == token.Word && toks[j].Quote < 0 && !toks[j].Cap() && !an.isVerb(toks, j)
}

// uncovered attributes quotations no cue in the unit covered: "X: “…”" and
// quotes that continue the last speaker.
func (an *analysis) uncovered(ui int, toks []token.Token) {
	u := &an.units[ui]
	if u.headline {
		an.headline(ui, toks)
		return
	}
	seen := map[int]bool{}
	for i, t := range toks {
		if t.Quote < 0 || seen[t.Quote] || an.covered[t.Quote] {
			continue
		}
		seen[t.Quote] = true
		if an.titleQuoted(toks, i) {
			continue // a title ("The House of Hidden Meanings", “Fox & Friends”), not speech
		}
		q := an.quotes[t.Quote]
		words := len(strings.Fields(an.text[q.innerStart:q.innerEnd]))
		// "Ms Truss tried to counterblast: “…”"
		if i > 0 && toks[i-1].Text == ":" {
			ns, ne := an.firstNP(toks[:i-1])
			if len(toks) > 1 && toks[0].Kind == token.Word && toks[0].Quote < 0 && (participleOpener(toks, 0) ||
				pastLike(toks[0].Lower) && !toks[1].Cap() || scenePreposition[toks[0].Lower] || subordinate(toks, 0)) {
				// "Asked about his performance, he shrugged: “…”", "After
				// the game, Smith was blunt: “…”": the subject after the
				// opener; "Writing on Twitter, …" alone names no speaker.
				ns, ne = an.subjectAfterOpeners(toks, i-1)
			}
			possessed := false
			if ns >= 0 && ne == ns+1 && ne < i-1 && possessivePronoun[toks[ns].Lower] && toks[ne].Kind == token.Word && !toks[ne].Cap() && toks[ne].Quote < 0 {
				// "Her host cut her off: “…”": "her" is the host's
				// determiner, not the speaker.
				ne, possessed = ne+1, true
			}
			if ns >= 0 {
				sp := an.resolve(ui, toks, ns, ne, ne)
				if sp != nil && sp.ent == nil {
					if p := an.appositiveName(ui, toks, ne, i-1); p != nil {
						sp = an.personSrc(p, sp.mention) // "The group's chair, retired headteacher Malcolm Drysdale-Innes, wrote: “…”"
					}
				}
				if sp == nil && possessed {
					continue // someone the article describes but does not name, not the last speaker
				}
				if sp != nil {
					j := i
					for j < len(toks) && toks[j].Quote == t.Quote {
						j++
					}
					c := cue{vs: ne, ve: i - 1, cs: i, ce: j, sp: sp}
					if c.ve <= c.vs {
						c.vs, c.ve = -1, -1
					}
					an.emit(ui, toks, &c, "")
					continue
				}
			}
		}
		// A quotation signed with a dash and a name: "“The market is
		// overheated” — Jamie Dimon, chief executive of JPMorgan Chase".
		if words >= 2 {
			if p, m, j, ok := an.dashSigned(ui, toks, i); ok {
				c := cue{vs: -1, ve: -1, cs: i, ce: j, sp: an.personSrc(p, article.Span{Text: an.text[m.Start:m.End], Start: m.Start, End: m.End})}
				an.emit(ui, toks, &c, "")
				continue
			}
		}
		// A full quotation with no cue continues the last speaker; in the
		// sentence of a cue, any quotation does ("“We are ready,” X said,
		// “and we will act.”").
		inner := an.text[q.innerStart:q.innerEnd]
		if sp, cueSpan := an.nextReply(ui, toks, i); sp != nil {
			j := i
			for j < len(toks) && toks[j].Quote == t.Quote {
				j++
			}
			c := cue{vs: -1, ve: -1, cs: i, ce: j, sp: sp}
			if an.emit(ui, toks, &c, "") {
				an.out[len(an.out)-1].Cue = cueSpan
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(inner)
		// A short quotation counts when it is a sentence of its own: “It
		// was unreal.”
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(inner, " "))
		full := words >= 4 || words >= 2 && strings.ContainsRune(".!?…", last)
		// (Not after a relative clause's report: "On her feed, which the
		// Times said it is reviewing, Schwartz liked a tweet saying …
		// “…”" is not the Times's.)
		sameUnit := an.last != nil && an.lastUnit == ui && !an.lastRelative && words >= 2 && !an.semicolonBetween(toks, i) && !an.inContrastOpener(toks, i) &&
			!an.reportBetween(toks, i) && !(words <= 3 && an.quotedModifier(toks, i))
		if sameUnit || full && unicode.IsUpper(r) && an.last != nil && ui-an.lastUnit <= 2 && an.units[an.lastUnit].para >= u.para-1 {
			sp := an.last
			if !sameUnit {
				// "CMAT thinks she has no hope – “I'm up against Kylie
				// Minogue” –": a sentence about another named person
				// holds that person's words, not the last speaker's.
				if p, m, ok := an.subjectPerson(ui, toks, i); ok {
					sp = an.personSrc(p, article.Span{Text: an.text[m.Start:m.End], Start: m.Start, End: m.End})
				} else if p, m, ok := an.introducedBy(ui, toks, i, false); ok {
					// "Captain Lisa Ford agreed. “We have to be better than
					// that.”": the short sentence before names who speaks.
					sp = an.personSrc(p, article.Span{Text: an.text[m.Start:m.End], Start: m.Start, End: m.End})
				} else if g := an.gestureBefore(ui, i); g != nil {
					sp = g
				}
			}
			j := i
			for j < len(toks) && toks[j].Quote == t.Quote {
				j++
			}
			k := j
			if k < len(toks) && (toks[k].Kind == token.Mark || toks[k].Text == ",") {
				k++
			}
			if v, ok := an.verbAt(toks, min(k, len(toks)-1)); ok && k < len(toks) {
				// "“…,” muses Neil", "“…,” said a skeptical Robert
				// Wolfarth": the cue's speaker, not the last one going on;
				// none when it is not understood ("“…,” says someone at
				// the meeting").
				ns, ne := an.rightNP(toks, k+len(v.words))
				if ns < 0 {
					continue
				}
				if sp = an.resolve(ui, toks, ns, ne, -1); sp == nil {
					continue
				}
			}
			c := cue{vs: -1, ve: -1, cs: i, ce: j, sp: sp}
			if an.emit(ui, toks, &c, "") {
				an.out[len(an.out)-1].Confidence = 0.5
			}
		} else if full && unicode.IsUpper(r) && an.last == nil {
			// No one has spoken yet: "Tom Hale shrugged. “I don't know.
			// Ask me in the summer.”": the short sentence before names
			// who speaks.
			j := i
			for j < len(toks) && toks[j].Quote == t.Quote {
				j++
			}
			cued := false
			for k := j; k < len(toks) && k-j < 8 && toks[k].Quote < 0 && !cued; k++ {
				_, cued = an.verbAt(toks, k)
			}
			if cued {
				continue // a cue of its own not understood: "“…,” the son said" after Donald Trump
			}
			if p, m, ok := an.introducedBy(ui, toks, i, true); ok {
				c := cue{vs: -1, ve: -1, cs: i, ce: j, sp: an.personSrc(p, article.Span{Text: an.text[m.Start:m.End], Start: m.Start, End: m.End})}
				if an.emit(ui, toks, &c, "") {
					an.out[len(an.out)-1].Confidence = 0.5
				}
			}
		}
	}
}

// dashSigned returns the person who signs the quotation at token qi, which
// opens its sentence, with a dash after it, and where the quotation's
// tokens end: a name right after
// the dash that ends the sentence or takes an apposition ("— Jamie Dimon,
// chief executive of JPMorgan Chase"), not a sentence going on ("— Smith
// disagreed").
func (an *analysis) dashSigned(ui int, toks []token.Token, qi int) (*entity.Entity, entity.Mention, int, bool) {
	if qi > 0 {
		return nil, entity.Mention{}, 0, false // the quotation opens the sentence, alone: not "as she tells us, “…” —Jackson Arn" (a byline)
	}
	j := qi
	for j < len(toks) && toks[j].Quote == toks[qi].Quote {
		j++
	}
	if j < len(toks) {
		p, m, ok := an.signature(ui, toks, j)
		return p, m, j, ok
	}
	// A quotation of several sentences, or one the splitter ended at its
	// close: the signature after it, in the next unit of its paragraph.
	end := an.quotes[toks[qi].Quote].end
	for u := ui; u < len(an.units) && an.units[u].para == an.units[ui].para; u++ {
		ts := an.units[u].toks
		k := 0
		for k < len(ts) && ts[k].Start < end {
			k++
		}
		if k == len(ts) {
			continue // (still inside the quotation)
		}
		p, m, ok := an.signature(u, ts, k)
		return p, m, j, ok
	}
	return nil, entity.Mention{}, 0, false
}

// signature returns the person a dash at toks[j] and their name sign a
// quotation with: "— Jamie Dimon, chief executive of JPMorgan Chase", "–
// Mayor Jane Smith", a testimonial's "– Jason R., Texas ★★★★★".
func (an *analysis) signature(ui int, toks []token.Token, j int) (*entity.Entity, entity.Mention, bool) {
	if j >= len(toks) || !isDash(toks, j) {
		return nil, entity.Mention{}, false
	}
	k := j + 1
	if toks[j].Text == "-" && k < len(toks) && toks[k].Text == "-" {
		k++ // "--" written as two hyphens
	}
	for k+1 < len(toks) && toks[k].Cap() && toks[k].Quote < 0 && an.isTitle(strings.TrimSuffix(toks[k].Text, ".")) {
		k++ // "— Mayor Jane Smith"
	}
	signed := func(end int) bool {
		return end == len(toks) || toks[end].Text == "," || toks[end].Text == "(" || toks[end].Text == "." && end+1 == len(toks) ||
			toks[end].Kind != token.Word && toks[end].Kind != token.Mark && !isDash(toks, end) // ("– Jason R., Texas ★★★★★")
	}
	for _, m := range an.units[ui].ments {
		if m.TokStart == k && m.Entity.Type == article.EntityPerson && signed(m.TokEnd) {
			return m.Entity, m, true
		}
	}
	// A testimonial's first name and initial: "– Jason R., Texas", "— Tom
	// H., Leeds".
	if k+1 < len(toks) && toks[k].Cap() && toks[k].Quote < 0 {
		end := -1 // after the initial and its period, one token ("R.") or two
		switch t := toks[k+1].Text; {
		case len(t) == 2 && t[1] == '.' && t[0] >= 'A' && t[0] <= 'Z':
			end = k + 2
		case len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z' && k+2 < len(toks) && toks[k+2].Text == ".":
			end = k + 3
		}
		if _, first := an.s.gaz.FirstName(toks[k].Text); first && end > 0 && signed(end) {
			p := an.reg.Person(toks[k].Text, toks[k+1].Text[:1]+".")
			p.Strong = true
			m := entity.Mention{TokStart: k, TokEnd: end, Start: toks[k].Start, End: toks[end-1].End, Entity: p}
			p.AddMention(an.text, m.Start, m.End)
			return p, m, true
		}
	}
	return nil, entity.Mention{}, false
}

// embeddedReport reports whether the report p, before c in the sentence,
// stands inside what c's speaker said before their cue: p opens after the
// sentence's start (from), its words end at the comma before c's speaker,
// and c has nothing but a short adjunct after its verb, no clause ("…,
// police said in a news release").
func (an *analysis) embeddedReport(toks []token.Token, p, c *cue, from, speakerStart, after, limit int) bool {
	if p.sp == nil || p.inverted || p.participle || c.inverted || c.participle || c.coord || p.ns <= from || speakerStart < 2 ||
		toks[speakerStart-1].Text != "," || p.ce < speakerStart-1 || p.ce > speakerStart {
		return false
	}
	return after >= limit || countWords(toks[after:limit]) <= 8 && !hasFiniteVerb(toks[after:limit]) && !hasQuote(toks[after:limit]) &&
		!zeroThat(toks, after, limit)
}

// seenBy returns the outlet that saw the document the speaker wrote in,
// between the verb's end ve and what was said from cs: "told staff in an
// email, seen by the Financial Times, that …"; "" when there is none.
func (an *analysis) seenBy(ui int, toks []token.Token, ve, cs int) string {
	for j := ve + 1; j+1 < cs; j++ {
		if toks[j].Lower != "by" || toks[j].Quote >= 0 || !documentParticiple[toks[j-1].Lower] || toks[j-2].Text != "," {
			continue
		}
		for _, m := range an.units[ui].ments {
			if m.Entity.Type == article.EntityMedia && (m.TokStart == j+1 || m.TokStart == j+2 && toks[j+1].Lower == "the") {
				return m.Entity.Name
			}
		}
	}
	return ""
}

// reportBetween reports whether another reporting verb stands between the
// cue of the unit's last attribution and the quotation at token qi, after
// it: "Relatives said that he knew the two men and …, the loggers alleged
// that he wanted help fetching out “wild meat”" gives the relatives none of
// the loggers' words.
func (an *analysis) reportBetween(toks []token.Token, qi int) bool {
	if len(an.out) == 0 || an.out[len(an.out)-1].Cue == nil {
		return false
	}
	cueEnd := an.out[len(an.out)-1].Cue.End
	for k := 0; k < qi; k++ {
		if toks[k].Start < cueEnd || toks[k].Quote >= 0 {
			continue
		}
		if v, ok := an.verbAt(toks, k); ok && !v.ing && !v.doc && !relativeBefore(toks, max(0, k-4), k) && !(k > 0 && subjectPronoun[toks[k-1].Lower]) {
			return true // (not "stressing that …", "adding that …", "but he called on her …": the speaker's own; nor "whose office has called …")
		}
	}
	return false
}

// semicolonBetween reports whether a semicolon stands between the
// quotation at token qi and the cue of the unit's last attribution: "Harry
// Allen riffs on Greg Tate's “rabidly combinatorial” critical voice; Paul
// Berman describes …" gives Berman none of Allen's words.
func (an *analysis) semicolonBetween(toks []token.Token, qi int) bool {
	if len(an.out) == 0 || an.out[len(an.out)-1].Cue == nil {
		return false
	}
	cue := an.out[len(an.out)-1].Cue.Start
	for k := range toks {
		if toks[k].Text != ";" || toks[k].Quote >= 0 {
			continue
		}
		p := toks[k].Start
		if p > toks[qi].Start && p < cue || p < toks[qi].Start && p > cue {
			return true
		}
	}
	return false
}

// subjectPerson is the person named at the start of the unit, before the
// quotation at token qi and outside quotations, when it is not the last
// speaker: the subject of a sentence without a reporting verb ("CMAT
// thinks …", "Smith, 42, was on stage – “…”").
func (an *analysis) subjectPerson(ui int, toks []token.Token, qi int) (*entity.Entity, entity.Mention, bool) {
	start := timeOpener(toks)
	for _, m := range an.units[ui].ments {
		if m.TokStart < start {
			continue
		}
		k := start
		for k < m.TokStart && toks[k].Kind == token.Word && toks[k].Quote < 0 && (an.isTitle(toks[k].Lower) || an.s.gaz.RoleWord(toks[k].Lower)) {
			k++ // "Captain Lisa Ford agreed."
		}
		if m.TokStart != k || m.TokEnd > qi || toks[m.TokStart].Quote >= 0 {
			break
		}
		if m.Entity.Type != article.EntityPerson || an.last != nil && an.last.ent == m.Entity {
			break
		}
		return m.Entity, m, true
	}
	return nil, entity.Mention{}, false
}

// sentenceBefore returns the tokens of the sentence before unit ui in its
// paragraph when the quotation at token qi opens ui (no headline); nil
// otherwise.
func (an *analysis) sentenceBefore(ui, qi int) []token.Token {
	if qi != 0 || ui == 0 || an.units[ui-1].para != an.units[ui].para || an.units[ui-1].headline {
		return nil
	}
	return an.units[ui-1].toks
}

// gestureBefore returns who makes the gesture that closes the sentence
// before unit ui in its paragraph, when the quotation at token qi opens ui:
// "Her critics say she trades on her story; she laughs at that. “Of course
// I do.”" (she, not the critics); nil otherwise. The gesture is a pronoun
// and one of gestureVerb opening the sentence or the clause after its last
// semicolon.
func (an *analysis) gestureBefore(ui, qi int) *src {
	prev := an.sentenceBefore(ui, qi)
	k := 0
	for j := len(prev) - 1; j >= 0; j-- {
		if prev[j].Text == ";" && prev[j].Quote < 0 {
			k = j + 1
			break
		}
	}
	if k+1 >= len(prev) || !subjectPronoun[prev[k].Lower] || prev[k].Lower == "i" || prev[k].Lower == "we" || !gestureVerb[prev[k+1].Lower] || hasQuote(prev[k:]) {
		return nil
	}
	sp := an.resolve(ui-1, prev, k, k+1, k+1)
	if sp == nil || sp.unresolved || sp.typ != article.SourcePerson {
		return nil
	}
	return sp
}

// gestureVerb are the present and past tenses of a speaker's gesture before
// their words: "she laughs at that. “Of course I do.”"
// (data/word_classes.txt).
var gestureVerb = wordClasses.Must("gestureVerb")

// introducedBy returns the person who is the subject of a short sentence
// with no quotation right before unit ui in its paragraph, when the
// quotation at toks[qi] opens ui: "Captain Lisa Ford agreed. “We have to be
// better than that.”" (not the last speaker, who would take it otherwise).
// The person must be known as one, or, with fullName, have a first name.
func (an *analysis) introducedBy(ui int, toks []token.Token, qi int, fullName bool) (*entity.Entity, entity.Mention, bool) {
	prev := an.sentenceBefore(ui, qi)
	if len(prev) == 0 || len(prev) > 12 || hasQuote(prev) || an.lastUnit == ui-1 {
		return nil, entity.Mention{}, false // (not "…, he said. “…”": his)
	}
	p, m, ok := an.subjectPerson(ui-1, prev, len(prev))
	if !ok || !p.Strong && !(fullName && p.First != "") {
		return nil, entity.Mention{}, false
	}
	return p, m, true
}

// timeOpener is the length of a time adverbial that opens the unit, with
// its comma ("In June 2019 Dion uploaded …", "On Monday, Smith …"): words
// of timeWord with a day's name or a number among them; 0 without one.
func timeOpener(toks []token.Token) int {
	j, noun := 0, false
	for j < len(toks) && j < 6 && toks[j].Kind == token.Word && toks[j].Quote < 0 && (timeWord[toks[j].Lower] || isNumber(toks[j].Text)) {
		noun = noun || timeNoun[toks[j].Lower] || isNumber(toks[j].Text)
		j++
	}
	if !noun || j == len(toks) {
		return 0
	}
	if toks[j].Text == "," {
		j++
	}
	return j
}

// firstPerson handles a cue whose speaker is the writer ("I told him,
// “…”", "“…,” I said"): the quotation next to it is the writer's, not the
// last speaker's to continue, and no later quotation continues the speaker
// before.
func (an *analysis) firstPerson(toks []token.Token, c *cue) {
	mark := func(i int) {
		if i >= 0 && i < len(toks) && toks[i].Quote >= 0 {
			an.covered[toks[i].Quote] = true
		}
	}
	// After the cue and its addressee: "told him, “…”", "said: “…”".
	for k := c.ve; k < len(toks) && k-c.ve < 5; k++ {
		if toks[k].Quote >= 0 {
			mark(k)
			break
		}
		if toks[k].Text == "." {
			break
		}
	}
	// Before the speaker: "“…,” I said".
	for k := c.ns - 1; k >= 0 && c.ns-k < 3; k-- {
		if toks[k].Quote >= 0 {
			mark(k)
			break
		}
	}
	an.last = nil
}

// headline handles "Lavrov: I don't expect a breakthrough".
func (an *analysis) headline(ui int, toks []token.Token) {
	// "‘We will not back down’: Zelensky vows to fight on": the quotation
	// that opens the headline is the person's after the colon.
	if len(toks) > 3 && toks[0].Kind == token.Mark && toks[1].Quote >= 0 && !an.covered[toks[1].Quote] {
		q := toks[1].Quote
		j := 1
		for j < len(toks) && toks[j].Quote == q {
			j++
		}
		for j < len(toks) && toks[j].Kind == token.Mark {
			j++
		}
		if j+1 < len(toks) && toks[j].Text == ":" {
			for _, m := range an.units[ui].ments {
				if m.TokStart == j+1 && m.Entity.Type == article.EntityPerson && (m.Entity.Strong || m.TokEnd-m.TokStart >= 2) {
					an.headlineQuote(ui, toks, m.Entity, m.TokStart, m.TokEnd, cue{vs: -1, ve: -1, cs: 1, ce: j})
					return
				}
			}
		}
	}
	for i, t := range toks {
		if t.Text != ":" || t.Quote >= 0 || i == 0 || i+3 >= len(toks) {
			continue
		}
		e := i
		s := e
		for s > 0 && e-s < 3 && toks[s-1].Cap() {
			if _, place := an.s.gaz.Place(toks[s-1].Text); place {
				break
			}
			s--
		}
		if s == e || toks[i+1].Quote >= 0 && an.covered[toks[i+1].Quote] {
			continue
		}
		var person *entity.Entity
		for _, m := range an.units[ui].ments {
			if m.TokEnd == e && m.Entity.Type == article.EntityPerson {
				person = m.Entity
			}
		}
		if s >= 2 && toks[s-1].Lower == "to" {
			// "Biden to Putin: “You will pay a price”": the one before
			// "to" speaks to the one after it.
			person = nil
			for _, m := range an.units[ui].ments {
				if m.TokEnd == s-1 && m.Entity.Type == article.EntityPerson {
					person, s, e = m.Entity, m.TokStart, m.TokEnd
				}
			}
		}
		// A first name alone is no speaker: "Arsenal 3-1 Chelsea: Saka
		// double sends Gunners top"; a single name before a quotation that
		// is all the rest is ("Starmer: ‘We will fix the NHS’").
		if person == nil || !person.Strong && e-s < 2 && !(s == 0 && quotedToEnd(toks, i+1) && !an.s.gaz.CommonWord(toks[s].Text)) {
			continue
		}
		an.headlineQuote(ui, toks, person, s, e, cue{vs: i, ve: i + 1, cs: i + 1, ce: len(toks)})
		return
	}
}

// quotedToEnd reports whether toks from i are one quotation with its marks
// and at most closing punctuation after it.
func quotedToEnd(toks []token.Token, i int) bool {
	if i+1 >= len(toks) || toks[i].Kind != token.Mark || toks[i+1].Quote < 0 {
		return false
	}
	q := toks[i+1].Quote
	j := i + 1
	for j < len(toks) && toks[j].Quote == q {
		j++
	}
	for j < len(toks) && (toks[j].Kind == token.Mark || toks[j].Kind == token.Punct) {
		j++
	}
	return j == len(toks)
}

// headlineQuote records c's quotation in a headline as the direct words of
// person, whom toks[ms:me] name.
func (an *analysis) headlineQuote(ui int, toks []token.Token, person *entity.Entity, ms, me int, c cue) {
	person.Strong = true
	c.sp = an.personSrc(person, article.Span{Text: an.text[toks[ms].Start:toks[me-1].End], Start: toks[ms].Start, End: toks[me-1].End})
	if an.emit(ui, toks, &c, "") {
		// The words after the colon are the person's own, unless only
		// some of them are quoted: "Arteta: Saka injury ‘not serious’
		// ahead of derby" is the desk's words around his.
		kind := article.KindDirect
		if c.cs >= 0 && c.ce <= len(toks) && hasQuote(toks[c.cs:c.ce]) && !quotedToEnd(toks, c.cs) && c.cs > 0 {
			kind = article.KindMixed
		}
		an.out[len(an.out)-1].Kind = kind
	}
}

// afterKicker returns where a headline's words start after a kicker, a
// label of up to three capitalised words and a colon that no person's name
// makes ("Russia: Liz Truss was repeating ‘slogans’ says Andrey Kelin");
// cs when there is none.
func (an *analysis) afterKicker(ui int, toks []token.Token, cs, ce int) int {
	k := cs
	for k < ce && k-cs < 3 && toks[k].Kind == token.Word && toks[k].Cap() && toks[k].Quote < 0 {
		k++
	}
	if k == cs || k+1 >= ce || toks[k].Text != ":" {
		return cs
	}
	for _, m := range an.units[ui].ments {
		if m.TokStart < k && m.TokEnd > cs && m.Entity.Type == article.EntityPerson {
			return cs // "Zakharova: …" is hers
		}
	}
	return k + 1
}

// sortQuotes orders quotes by start and drops a repeat of the same span.
func sortQuotes(qs []article.Quote) []article.Quote {
	slices.SortStableFunc(qs, func(a, b article.Quote) int { return a.Start - b.Start })
	// The same words found twice (by a cue and again as a headline's
	// quotation) are one quote: the first, with its cue.
	return slices.CompactFunc(qs, func(a, b article.Quote) bool { return a.Start == b.Start && a.End == b.End })
}

// agedPerson returns the one person the text before pos in units up to ui
// gave the age age: "Renee Castillo, 38,", "Kowalchuk, a 67-year-old
// retired mill worker", "61-year-old Leonora Buenaflor", "Tobias Wren, aged
// 74"; nil when none or several were.
func (an *analysis) agedPerson(ui, pos int, age string) *entity.Entity {
	var found *entity.Entity
	for k := 0; k <= ui && k < len(an.units); k++ {
		u := &an.units[k]
		for _, m := range u.ments {
			if k == ui && m.Start >= pos || m.Entity.Type != article.EntityPerson || m.Entity == found || !ageGiven(u.toks, m.TokStart, m.TokEnd, age) {
				continue
			}
			if found != nil {
				return nil
			}
			found = m.Entity
		}
	}
	return found
}

// ageGiven reports whether the name at toks[ts:te] is given the age age
// beside it: ", 38,", ", aged 38", ", a 38-year-old …" after it or
// "38-year-old" before it.
func ageGiven(toks []token.Token, ts, te int, age string) bool {
	years := age + "-year-old"
	if ts > 0 && toks[ts-1].Lower == years {
		return true
	}
	if te+1 >= len(toks) || toks[te].Text != "," {
		return false
	}
	k := te + 1
	if toks[k].Lower == "aged" {
		k++
	}
	if k < len(toks) && toks[k].Text == age && (k+1 == len(toks) || toks[k+1].Kind != token.Word) {
		return true
	}
	if toks[te+1].Lower != "a" && toks[te+1].Lower != "an" {
		return false
	}
	for k := te + 2; k < len(toks) && k <= te+4; k++ {
		if toks[k].Lower == years {
			return true
		}
	}
	return false
}

// agedDescription reports whether toks, after "the", are an age and a
// description of a person in lower case: "52-year-old former emergency
// nurse", "44-year-old county council member".
func (an *analysis) agedDescription(toks []token.Token) bool {
	n := len(toks)
	if n < 2 || !an.isEpithet(toks[0].Lower) || !strings.HasSuffix(toks[0].Lower, "-year-old") || !an.describesPersonNoun(toks[n-1].Lower) {
		return false
	}
	for _, t := range toks[1:] {
		if t.Kind != token.Word || t.Cap() || t.Quote >= 0 {
			return false
		}
	}
	return true
}

// lastPlaceOfKind is the place whose name holds head as a word ("Tamarack
// County", "City of Marlow Bay") named most recently before pos, at most
// maxFirmBack units back and outside quotations; nil when there is none.
func (an *analysis) lastPlaceOfKind(ui, pos int, head string) *entity.Entity {
	for k := ui; k >= 0 && ui-k <= maxFirmBack; k-- {
		ms := an.units[k].ments
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if m.Start < pos && m.Entity.Type == article.EntityPlace && an.units[k].toks[m.TokStart].Quote < 0 && slices.Contains(strings.Fields(strings.ToLower(m.Entity.Name)), head) {
				return m.Entity
			}
		}
	}
	return nil
}

// personEndsAt reports whether the text names a person by two words or more
// that end toks[s:e]: "Political analyst Meenakshi Dhillon", "Analyst Tom
// Reed" (a first name the lists lack, or a role before it).
func (an *analysis) personEndsAt(toks []token.Token, s, e int) bool {
	if e-s < 2 || !toks[e-1].Cap() || toks[e-1].Quote >= 0 {
		return false
	}
	start, end := toks[s].Start, toks[e-1].End
	for _, ent := range an.reg.Entities() {
		if ent.Type != article.EntityPerson || ent.First == "" {
			continue
		}
		for _, m := range ent.Mentions {
			if m.End == end && m.Start >= start && strings.Contains(m.Text, " ") {
				return true
			}
		}
	}
	return false
}
