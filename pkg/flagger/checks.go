package flagger

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger/lexicon"
	"github.com/copydesk/copydesk/pkg/flagger/token"
)

const maxEvidenceText = 160 // bytes of a block quoted as evidence

// blockEvidence quotes the first line of a block, cut at a word boundary.
func (v *view) blockEvidence(b article.Block) article.Span {
	start, end := b.Start, b.End
	if start < 0 {
		start = 0
	}
	if end > len(v.a.Text) {
		end = len(v.a.Text)
	}
	if start >= end {
		return article.Span{Start: start, End: start}
	}
	t := v.a.Text[start:end]
	lead := len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
	start += lead
	t = t[lead:]
	if i := strings.IndexByte(t, '\n'); i >= 0 {
		t = t[:i]
	}
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	if len(t) > maxEvidenceText {
		cut := strings.LastIndexByte(t[:maxEvidenceText], ' ')
		if cut <= 0 {
			cut = maxEvidenceText
			for cut > 0 && !utf8.RuneStart(t[cut]) {
				cut--
			}
		}
		t = t[:cut]
	}
	return article.Span{Text: t, Start: start, End: start + len(t)}
}

func quoteList(ws []string, max int) string {
	seen := map[string]bool{}
	var out []string
	for _, w := range ws {
		lw := strings.ToLower(w)
		if seen[lw] {
			continue
		}
		seen[lw] = true
		out = append(out, "“"+w+"”")
		if len(out) == max {
			break
		}
	}
	return strings.Join(out, ", ")
}

// seoSpam: spam teaser blocks found by clean.
func (s *Stage) seoSpam(v *view) *article.Flag {
	a := v.a
	c := s.cfg.SEOSpam
	var ev []article.Span
	score := 0.0
	n := 0
	for _, b := range a.Blocks {
		spam := b.Label == article.LabelSpam
		bs := b.Score
		if b.Spam != nil && b.IsBoilerplate() && *b.Spam >= c.BlockThreshold {
			spam = true
			bs = *b.Spam
		}
		if !spam {
			continue
		}
		n++
		score = math.Max(score, bs)
		if len(ev) < 6 {
			ev = append(ev, v.blockEvidence(b))
		}
	}
	sig, hasSig := a.Signals["spam"]
	if n == 0 && !(hasSig && sig >= c.SignalThreshold) {
		return nil
	}
	if hasSig {
		score = math.Max(score, sig)
	}
	if score == 0 {
		score = 0.8
	}
	sev := article.SeverityWarn
	if n >= c.HighBlocks {
		sev = article.SeverityHigh
	}
	expl := fmt.Sprintf("%d block(s) look like SEO-spam teasers (leaked-content bait, escort ads, “is it free” pages): junk links that should not run beside the article.", n)
	if n == 0 {
		expl = fmt.Sprintf("The clean stage scored the page %.2f for SEO spam.", sig)
	}
	return &article.Flag{Code: article.FlagSEOSpam, Severity: sev, Score: round3(clamp01(score)), Evidence: nonNil(ev), Explanation: expl}
}

func nonNil(ev []article.Span) []article.Span {
	if ev == nil {
		return []article.Span{}
	}
	return ev
}

// clickbaitHeadline scores the title and always records Signals["clickbait"]
// when there is one in English.
func (s *Stage) clickbaitHeadline(v *view) *article.Flag {
	if v.title == "" || !v.english() {
		return nil // the model learned English headlines
	}
	sc := s.clickbait.Score(v.title)
	p := round3(sc.P)
	v.a.SetSignal("clickbait", p)
	if p < s.cfg.Clickbait.Threshold {
		return nil
	}
	var ev []article.Span
	byFeature := map[string][]string{}
	var order []string
	for _, h := range sc.Hits {
		if h.Start >= 0 && h.End <= len(v.title) && h.Start < h.End {
			ev = append(ev, v.titleSpan(h.Start, h.End))
		}
		if _, ok := byFeature[h.Feature]; !ok {
			order = append(order, h.Feature)
		}
		byFeature[h.Feature] = append(byFeature[h.Feature], h.Text)
	}
	if len(ev) == 0 {
		ev = append(ev, v.titleSpan(0, len(v.title)))
	}
	var parts []string
	for _, f := range order {
		parts = append(parts, featureName(f)+" ("+quoteList(byFeature[f], 4)+")")
	}
	expl := fmt.Sprintf("The headline scores %.2f for clickbait", p)
	if len(parts) > 0 {
		expl += ": " + strings.Join(parts, "; ")
	} else {
		expl += " on its wording, as learned from clickbait headlines"
	}
	expl += "."
	sev := article.SeverityInfo
	if p >= s.cfg.Clickbait.High {
		sev = article.SeverityWarn
	}
	return &article.Flag{Code: article.FlagClickbaitHeadline, Severity: sev, Score: p, Evidence: ev, Explanation: expl}
}

func featureName(f string) string {
	switch f {
	case "hyperbole":
		return "hyperbole"
	case "emotive_verb":
		return "emotive verbs"
	case "loaded":
		return "loaded words"
	case "forward":
		return "forward reference"
	case "superlative":
		return "superlatives"
	case "question":
		return "a question"
	case "exclamation":
		return "an exclamation"
	case "shouting":
		return "words in capitals"
	case "second_person":
		return "addresses the reader"
	case "leading_number":
		return "a listicle number"
	case "dramatic_as":
		return "the tabloid “X in turmoil as Y” form"
	case "kicker":
		return "a tabloid kicker in capitals"
	}
	return f
}

// titleSpan is the evidence for bytes [i,j) of the title.
func (v *view) titleSpan(i, j int) article.Span {
	if v.titleStart < 0 {
		return article.Span{Text: v.title[i:j]}
	}
	return article.Span{Text: v.title[i:j], Start: v.titleStart + i, End: v.titleStart + j}
}

// loadedLanguage: lexicon terms in the headline and in the body outside
// quotation marks (a speaker's own words are theirs, not the outlet's).
func (s *Stage) loadedLanguage(v *view) *article.Flag {
	if !v.english() {
		return nil // the lexicon is English
	}
	c := s.cfg.Loaded
	sum := 0.0
	var ev []article.Span
	var terms []string
	for _, m := range s.loaded.Find(v.titleWords, v.titleLower, lexicon.Gap(v.title, v.titleWords)) {
		sum += m.Entry.Weight * c.HeadlineWeight
		ev = append(ev, v.titleSpan(m.Start, m.End))
		terms = append(terms, v.title[m.Start:m.End])
	}
	inHeadline := len(terms)
	for _, m := range v.lex[bankLoaded] {
		if v.inQuote[m.First] {
			continue
		}
		sum += m.Entry.Weight * c.BodyWeight
		ev = append(ev, v.evidence(m.Start, m.End))
		terms = append(terms, v.a.Text[m.Start:m.End])
	}
	if sum < c.Threshold {
		return nil
	}
	if len(ev) > c.MaxEvidence {
		ev = ev[:c.MaxEvidence]
	}
	sev := article.SeverityInfo
	if sum >= c.Warn {
		sev = article.SeverityWarn
	}
	where := "in the body"
	switch {
	case inHeadline == len(terms):
		where = "in the headline"
	case inHeadline > 0:
		where = "in the headline and body"
	}
	expl := fmt.Sprintf("Pejorative or emotive wording %s, outside quotations: %s. Check that the tone is the reporter's choice and is fair.", where, quoteList(terms, 6))
	return &article.Flag{Code: article.FlagLoadedLanguage, Severity: sev, Score: round3(clamp01(sum / c.Warn)), Evidence: ev, Explanation: expl}
}

// numKey is the figure a numeric word gives: without thousands separators,
// and without the unit a hyphen joins to it ("21-point" is 21, as "21
// points" in the body; "117-95" stays a score).
func numKey(lw string) string {
	n := strings.ReplaceAll(lw, ",", "")
	if i := strings.IndexByte(n, '-'); i > 0 && strings.IndexFunc(n[i:], unicode.IsLetter) >= 0 {
		n = n[:i]
	}
	// A magnitude written on the figure: "355m" is the body's "355
	// million", "4.2bn" its "4.2 billion".
	for _, suf := range []string{"bn", "tn", "mn", "m", "b", "k"} {
		if f, ok := strings.CutSuffix(n, suf); ok && f != "" && f[len(f)-1] >= '0' && f[len(f)-1] <= '9' {
			return f
		}
	}
	return n
}

// firstPerson reports whether lw (lower case) is "I" with a contraction:
// "i'm", "i’ve", "i'll", "i'd".
func firstPerson(lw string) bool {
	rest, ok := strings.CutPrefix(lw, "i'")
	if !ok {
		rest, ok = strings.CutPrefix(lw, "i’")
	}
	return ok && (rest == "m" || rest == "ve" || rest == "ll" || rest == "d")
}

// headlineMismatch: names, numbers and events ("resigns", "arrested") in
// the headline that the body never mentions.
func (s *Stage) headlineMismatch(v *view) *article.Flag {
	titleWords, titleLower := v.headlineWords()
	if len(titleWords) == 0 || len(v.words) < 30 || !v.english() {
		return nil // (the dictionary that tells names from words is English)
	}
	dict := s.checker.Dictionary()
	pl := s.cfg.Mismatch.PrefixLen
	// What the headline needs, looked up in one pass over the body.
	need := map[string]bool{}
	needPrefix := map[string]bool{}
	needGroup := map[int]bool{}
	want := func(t string) {
		need[t] = false
		if len(t) >= pl+1 {
			needPrefix[t[:pl]] = false
		}
		if g, ok := s.aliases[t]; ok {
			needGroup[g] = false
		}
	}
	for i, w := range titleWords {
		lw := strings.TrimSuffix(titleLower[i], "'s")
		if w.Numeric() {
			want(numKey(lw))
			continue
		}
		want(lw)
		for _, p := range strings.Split(lw, "-") {
			want(p)
		}
	}
	if len(need) == 0 {
		return nil
	}
	eventSeen := map[int]bool{}    // event groups the body uses
	seenLower := map[string]bool{} // needed words the body writes in lower case
	for i, w := range v.lower {
		if g, ok := s.events[w]; ok {
			eventSeen[g] = true
		}
		// Names and figures that support a headline are capitalised or
		// numeric in the body; other words cannot.
		if c := v.words[i].Text[0]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80) {
			if _, ok := need[w]; ok {
				seenLower[w] = true
			}
			// Aliases of headline shorthand are common words in the body
			// ("OK": "approve", "HQ": "headquarters").
			if g, ok := s.aliases[w]; ok {
				if _, ok := needGroup[g]; ok {
					needGroup[g] = true
				}
			}
			continue
		}
		w = strings.TrimSuffix(w, "'s")
		if v.words[i].Numeric() {
			w = numKey(w)
		}
		if _, ok := need[w]; ok {
			need[w] = true
		}
		if len(w) >= pl {
			if _, ok := needPrefix[w[:pl]]; ok {
				needPrefix[w[:pl]] = true
			}
		}
		if g, ok := s.aliases[w]; ok {
			if _, ok := needGroup[g]; ok {
				needGroup[g] = true
			}
		}
		if i > 0 && s.aliasFirst[v.lower[i-1]] {
			if g, ok := s.aliases[v.lower[i-1]+" "+w]; ok {
				if _, ok := needGroup[g]; ok {
					needGroup[g] = true
				}
			}
		}
	}
	supported := func(t string) bool {
		if need[t] {
			return true
		}
		if g, ok := s.aliases[t]; ok && needGroup[g] {
			return true
		}
		return len(t) >= pl+1 && needPrefix[t[:pl]]
	}
	// Title Case headlines capitalise every word: then only words that are
	// not ordinary dictionary words count as names.
	caps, long := 0, 0
	for _, w := range titleWords {
		if utf8.RuneCountInString(w.Text) > 3 {
			long++
			if w.Capitalized() {
				caps++
			}
		}
	}
	titleCase := long > 0 && float64(caps)/float64(long) >= 0.7
	var missing, events []token.Word
	candidates := 0
	for i, w := range titleWords {
		if g, ok := s.events[titleLower[i]]; ok && !v.inTitleQuote(w.Start) {
			candidates++
			if !eventSeen[g] {
				events = append(events, w)
			}
			continue
		}
		lw := strings.TrimSuffix(titleLower[i], "'s")
		if w.Numeric() {
			n := numKey(lw)
			if len(n) < 2 || (len(n) == 4 && n >= "1900" && n <= "2100") {
				continue // single digits and years are too common to compare
			}
			if scoreline(lw) {
				continue // "Arsenal 3-1 Chelsea": a report tells the goals, not the score
			}
			candidates++
			if !supported(n) {
				missing = append(missing, w)
			}
			continue
		}
		if !w.Capitalized() || utf8.RuneCountInString(lw) < 2 {
			continue
		}
		if firstPerson(lw) {
			continue // "I'm", "I’ve" of a quoted headline: no name
		}
		if s.honorifics[strings.TrimSuffix(lw, ".")] {
			continue // "Mrs H Pyke": the name after the title needs support
		}
		// Of a hyphenated word only the name parts need support
		// ("Khan-backed", "Pre-Modernist"): common words and prefixes
		// do not.
		parts := strings.Split(lw, "-")
		names := parts[:0:0]
		for k, p := range parts {
			if p != "" && !dict.CommonUnaccented(p) && !(len(parts) > 1 && k < len(parts)-1 && hyphenPrefixes[p]) {
				names = append(names, p)
			}
		}
		if len(names) == 0 && (i == 0 || titleCase || dict.CommonUnaccented(lw)) {
			continue
		}
		if len(parts) > 1 && len(names) == 0 {
			continue
		}
		candidates++
		ok := true
		for _, p := range names {
			if len(p) >= 2 && !supported(p) {
				ok = false
			}
		}
		if len(names) == 0 {
			ok = supported(lw)
		}
		// A word capitalised only because it opens the headline or the
		// headline is in Title Case ("Whistleblower: …", "… Exposé") is
		// supported by the body's lower-case use of it.
		// A first name whose surname the body uses: "Joel Embiid leads"
		// when the body says "Embiid".
		firstOfName := i+1 < len(titleWords) && titleWords[i+1].Capitalized() && !titleCase &&
			supported(strings.TrimSuffix(titleLower[i+1], "'s"))
		if !ok && !supported(lw) && !(isAcronym(w.Text) && v.spelledOut(lw)) && !((i == 0 || titleCase) && seenLower[lw]) && !firstOfName {
			missing = append(missing, w)
		}
	}
	if len(missing)+len(events) < s.cfg.Mismatch.MinUnsupported {
		return nil
	}
	var ev []article.Span
	var names, said []string
	named := map[string]bool{}
	for _, w := range missing {
		// The name without a possessive ending: "Biden", not "Biden's".
		end := w.End
		for _, suf := range []string{"'s", "’s"} {
			if strings.HasSuffix(w.Text, suf) && len(w.Text) > len(suf) {
				end -= len(suf)
			}
		}
		if named[v.title[w.Start:end]] {
			continue // a name the headline repeats is listed once
		}
		named[v.title[w.Start:end]] = true
		ev = append(ev, v.titleSpan(w.Start, end))
		names = append(names, v.title[w.Start:end])
	}
	for _, w := range events {
		ev = append(ev, v.titleSpan(w.Start, w.End))
		said = append(said, w.Text)
	}
	var what string
	switch {
	case len(names) > 0 && len(said) > 0:
		what = fmt.Sprintf("names %s and says %s, which", quoteList(names, 6), quoteList(said, 6))
	case len(names) > 0:
		what = fmt.Sprintf("names %s, which", quoteList(names, 6))
	default:
		what = fmt.Sprintf("says %s, an event", quoteList(said, 6))
	}
	expl := fmt.Sprintf("The headline %s the article body never mentions: check that the headline is supported by the story.", what)
	score := round3(clamp01(float64(len(missing)+len(events)) / float64(candidates)))
	return &article.Flag{Code: article.FlagHeadlineMismatch, Severity: article.SeverityWarn, Score: score, Evidence: ev, Explanation: expl}
}

// scoreline reports whether w is a match score: two numbers of one or two
// digits joined by a hyphen or dash ("3-1", "10–7").
func scoreline(w string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(w, "–", "-"), "-")
	digits := func(s string) bool {
		return len(s) >= 1 && len(s) <= 2 && strings.Trim(s, "0123456789") == ""
	}
	return ok && digits(a) && digits(b)
}

// routineClaims marks the claims that report routine results (data/
// routine.txt): two or more words of one genre in the claim, or one and a
// score ("Booker scored 33 points in the 84-79 win", "Gold futures fell
// 0.2%", "RAYE won best album"). Such facts are observed and public, and
// news does not attribute them. When they make half of the check-worthy
// claims (checkworthy and up), the piece is a box score, a match report or a
// market wrap, and all of its claims are routine.
func (v *view) routineClaims(checkworthy float64) map[int]bool {
	out := v.routineByClaim()
	n, r := 0, 0
	for i, cl := range v.a.Claims {
		if cl.Checkworthy >= checkworthy {
			n++
			if out[i] {
				r++
			}
		}
	}
	if n > 0 && 2*r >= n {
		for i := range v.a.Claims {
			out[i] = true
		}
	}
	return out
}

func (v *view) routineByClaim() map[int]bool {
	out := map[int]bool{}
	ms := v.lex[bankRoutine]
	if len(ms) == 0 {
		return out
	}
	for i, cl := range v.a.Claims {
		genres := map[string]map[string]bool{}
		for _, m := range ms {
			if m.Start < cl.Start || m.End > cl.End {
				continue
			}
			g := genres[m.Entry.Tag]
			if g == nil {
				g = map[string]bool{}
				genres[m.Entry.Tag] = g
			}
			g[m.Entry.Phrase] = true
		}
		score := scorePattern.MatchString(v.a.Text[cl.Start:cl.End])
		for genre, words := range genres {
			if len(words) >= 2 || len(words) == 1 && score && genre == "sports" {
				out[i] = true
				break
			}
		}
	}
	return out
}

// scorePattern is a result: "84-79", "2-1", "117-95".
var scorePattern = regexp.MustCompile(`\b\d{1,3}-\d{1,3}\b`)

// sourcing computes the anonymous, second-hand and unattributed flags.
func (s *Stage) sourcing(v *view) (anon, second, unattr *article.Flag) {
	a := v.a
	c := s.cfg.Sourcing
	total := len(a.Quotes)

	// Anonymous: quotes whose speaker is anonymous, or cues in the text.
	var anonEv []article.Span
	var anonNames []string
	hidden := false // a source that hides on purpose ("sources familiar with the matter")
	for _, q := range a.Quotes {
		if q.Speaker != nil && q.Speaker.Type == article.SourceAnonymous && !s.memberOfPublic(speakerLabel(q)) && !s.institutionExperts(speakerLabel(q)) &&
			!(s.studyAuthors(speakerLabel(q)) && v.namesStudy()) {
			anonEv = append(anonEv, v.speakerSpan(q))
			anonNames = append(anonNames, speakerLabel(q))
			hidden = hidden || s.hides(speakerLabel(q)) || s.hidesAfter(v, q)
		} else if q.Via != "" && len(q.Via) <= 80 && (q.Speaker == nil || q.Speaker.Type != article.SourceAnonymous) && s.hides(q.Via) {
			// A named speaker's words relayed by a hidden source
			// ("According to sources familiar with the talks, the minister
			// said …") rest on that source.
			anonEv = append(anonEv, v.evidence(q.Start, q.End))
			anonNames = append(anonNames, q.Via)
			hidden = true
		}
	}
	cueEv, cueNames := s.anonymousCues(v)
	anonCount := len(anonEv)
	if len(cueEv) > anonCount {
		anonCount, anonEv, anonNames = len(cueEv), cueEv, cueNames
	}
	if denom := max(total, anonCount); denom > 0 {
		share := float64(anonCount) / float64(denom)
		a.SetSignal("anonymous_share", round3(share))
		// A source that hides on purpose counts however few its share
		// (data/hidden.txt); others by their number and share.
		if anonCount > 0 && (hidden || (anonCount > 1 || share >= c.AnonymousOneShare) &&
			((anonCount >= c.AnonymousMin && share >= c.AnonymousShare) || (denom >= c.AnonymousMinTotal && share >= c.AnonymousWarnShare))) {
			sev := article.SeverityInfo
			if share >= c.AnonymousWarnShare {
				sev = article.SeverityWarn
			}
			anon = &article.Flag{Code: article.FlagAnonymousSource, Severity: sev, Score: round3(share), Evidence: anonEv,
				Explanation: fmt.Sprintf("%d of %d attributions rest on unnamed sources (%s). Check whether the sources could be named or the claims confirmed on the record.", anonCount, denom, quoteList(anonNames, 4))}
		}
	}

	// Second-hand: quotes from or via other media, or "according to <outlet>" cues.
	var secEv []article.Span
	var secNames []string
	for _, q := range a.Quotes {
		switch {
		case q.Speaker != nil && q.Speaker.Type == article.SourceMedia && s.looksLikeMedia(speakerName(q), v.outlet()):
			secEv = append(secEv, v.speakerSpan(q))
			secNames = append(secNames, speakerLabel(q))
		case q.Via != "" && len(q.Via) <= 60 && !s.isDocument(q.Via) && (s.looksLikeMedia(q.Via, v.outlet()) || !v.toldOutlet(&q) && s.relayedMedia(v, q.Via)):
			secEv = append(secEv, v.evidence(q.Start, q.End))
			secNames = append(secNames, q.Via)
		}
	}
	cueEv, cueNames = s.secondhandCues(v)
	secCount := len(secEv)
	if len(cueEv) > secCount {
		secCount, secEv, secNames = len(cueEv), cueEv, cueNames
	}
	if denom := max(total, secCount); denom > 0 {
		share := float64(secCount) / float64(denom)
		a.SetSignal("secondhand_share", round3(share))
		if secCount >= c.SecondhandMin && share >= c.SecondhandShare {
			sev := article.SeverityInfo
			if share >= c.SecondhandWarnShare {
				sev = article.SeverityWarn
			}
			second = &article.Flag{Code: article.FlagSecondhandSource, Severity: sev, Score: round3(share), Evidence: secEv,
				Explanation: fmt.Sprintf("%d of %d attributions are relayed from other media (%s) rather than reported first-hand. Check the original report.", secCount, denom, quoteList(secNames, 4))}
		}
	}

	// Unattributed check-worthy claims (the check-worthiness model is
	// English). A claim is attributed when a quotation or its cue carries
	// it, or when its paragraph holds an attribution: news attributes once
	// a paragraph, and the paragraph's other sentences go on from that
	// source ("X said on Monday. Prices rose 4% in May.").
	if a.Claims != nil && v.english() {
		sourced := v.attributedParas()
		routine := v.routineClaims(c.Checkworthy)
		n, u := 0, 0
		var ev []article.Span
		for i, cl := range a.Claims {
			if cl.Checkworthy < c.Checkworthy || routine[i] {
				continue
			}
			n++
			if cl.Quote == nil && !sourced[v.paraAt(cl.Start)] {
				u++
				if len(ev) < 5 {
					ev = append(ev, v.evidence(cl.Start, cl.End))
				}
			}
		}
		if n > 0 {
			share := float64(u) / float64(n)
			a.SetSignal("unattributed_share", round3(share))
			if u >= c.UnattributedMin && share >= c.UnattributedShare {
				sev := article.SeverityInfo
				if share >= c.UnattributedWarnShare {
					sev = article.SeverityWarn
				}
				unattr = &article.Flag{Code: article.FlagUnattributedClaims, Severity: sev, Score: round3(share), Evidence: ev,
					Explanation: fmt.Sprintf("%d of %d check-worthy claims are not attributed to anyone. Check where these facts come from.", u, n)}
			}
		}
	}
	return anon, second, unattr
}

// memberOfPublic reports whether an unnamed speaker's description ends in
// a noun of data/public.txt ("One fan", "a visitor"): their words are their
// experience or opinion, not unnamed sourcing.
func (s *Stage) memberOfPublic(label string) bool {
	f := strings.Fields(strings.ToLower(label))
	return len(f) > 0 && s.public[strings.TrimRight(f[len(f)-1], ".,;:")]
}

// hides reports whether an unnamed speaker's description says the source
// keeps hidden on purpose: a word of data/hidden.txt ("sources familiar
// with the matter", "who spoke on condition of anonymity").
func (s *Stage) hides(label string) bool {
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if s.hidden[strings.Trim(w, ".,;:()")] {
			return true
		}
	}
	return false
}

// hidesAfter reports whether the clause set off by a comma right after an
// unnamed speaker's mention says the source hides on purpose: "A senior
// official in the county treasury, who spoke on condition of anonymity
// because they were not authorised to talk to the media, said …".
func (s *Stage) hidesAfter(v *view, q article.Quote) bool {
	if q.Speaker == nil || q.Speaker.End <= 0 || q.Speaker.End >= len(v.a.Text) || q.Speaker.Start >= q.Speaker.End {
		return false
	}
	rest := v.a.Text[q.Speaker.End:]
	if !strings.HasPrefix(rest, ", who ") && !strings.HasPrefix(rest, ", speaking ") {
		return false
	}
	rest = rest[2:]
	if i := strings.IndexAny(rest, ",.;\n"); i >= 0 {
		rest = rest[:i]
	}
	return s.hides(rest)
}

// institutionExperts reports whether an unnamed speaker's description is
// researchers named by their institution: a noun of data/experts.txt, then
// "at", "from", "with" or "of" and a capitalised name ("Researchers at the
// University of Bristol", "analysts at Jefferies"), or "the" and the noun,
// those of a study named before ("the authors argued").
func (s *Stage) institutionExperts(label string) bool {
	f := strings.Fields(label)
	if len(f) == 2 && strings.EqualFold(f[0], "the") && s.experts[strings.ToLower(f[1])] {
		return true // "the researchers", "the authors": those of the study named before
	}
	for i := 0; i+2 < len(f) && i < 3; i++ {
		if !s.experts[strings.ToLower(f[i])] {
			continue
		}
		switch strings.ToLower(f[i+1]) {
		case "at", "from", "with", "of":
		default:
			return false
		}
		for _, w := range f[i+2:] {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				return true
			}
		}
		return false
	}
	return false
}

// studyAuthors reports whether an unnamed speaker's description is a bare
// plural of data/experts.txt ("researchers announced", "scientists found"):
// in a piece that names the study, its authors.
func (s *Stage) studyAuthors(label string) bool {
	f := strings.Fields(strings.ToLower(label))
	return len(f) == 1 && strings.HasSuffix(f[0], "s") && s.experts[f[0]]
}

// namesStudy reports whether the body tells where a study was published
// ("The study, published in the journal Marine Biology").
func (v *view) namesStudy() bool {
	study, published := false, false
	for _, w := range v.lower {
		switch w {
		case "study", "paper", "journal":
			study = true
		case "published":
			published = true
		}
	}
	return study && published
}

func speakerLabel(q article.Quote) string {
	if q.Speaker == nil {
		return ""
	}
	if q.Speaker.Mention != "" {
		return q.Speaker.Mention
	}
	return q.Speaker.Name
}

// speakerSpan is the evidence for a quote's speaker: its mention, else the
// quote.
func (v *view) speakerSpan(q article.Quote) article.Span {
	if q.Speaker != nil && q.Speaker.Start >= 0 && q.Speaker.End <= len(v.a.Text) && q.Speaker.Start < q.Speaker.End {
		return v.evidence(q.Speaker.Start, q.Speaker.End)
	}
	return v.evidence(q.Start, q.End)
}

func speakerName(q article.Quote) string {
	if q.Speaker.Name != "" {
		return q.Speaker.Name
	}
	return q.Speaker.Mention
}

// looksLikeMedia double-checks a name given as a news outlet: it must hold a
// media word (News, Times, CNN...) or be an acronym that is neither an
// institution nor a dictionary word, and must not be the article's own
// source (a paper citing itself).
// relayedMedia reports whether name is an outlet the lists do not know but
// the claims stage typed as media by how the text names it ("As reported
// agency Vestnik-24"), other than the article's own.
func (s *Stage) relayedMedia(v *view, name string) bool {
	src := v.outlet()
	if !v.mediaEntity(name) {
		return false
	}
	words := token.Split(name)
	lower := lexicon.Lower(words)
	if ownInitials(words, lower, strings.ToLower(src)) {
		return false
	}
	for _, w := range lower {
		if len(w) >= 4 && src != "" && strings.Contains(strings.ToLower(src), w) {
			return false // the outlet itself
		}
	}
	return true
}

func (s *Stage) looksLikeMedia(name, source string) bool {
	words := token.Split(name)
	lower := lexicon.Lower(words)
	src := strings.ToLower(source)
	media := len(s.media.Find(words, lower, nil)) > 0
	dict := s.checker.Dictionary()
	if ownInitials(words, lower, src) {
		return false // the outlet itself: "The Associated Press", "AP" on apnews.com
	}
	for i, w := range words {
		if len(lower[i]) >= 4 && src != "" && strings.Contains(src, lower[i]) && lower[i] != "news" {
			return false // the outlet itself
		}
		if isAcronym(w.Text) && !s.orgs[lower[i]] && !dict.Common(lower[i]) && !dict.Proper(lower[i]) {
			media = true
		}
	}
	return media
}

// ownInitials reports whether a name's initials ("Associated Press": ap),
// or an acronym in it ("AP reporting"), are the site's name in host, with
// or without "news" after it ("apnews.com", "bbc.co.uk").
func ownInitials(words []token.Word, lower []string, host string) bool {
	if !strings.Contains(host, ".") {
		return false
	}
	label, _, _ := strings.Cut(host, ".")
	core := strings.TrimSuffix(label, "news")
	if len(core) < 2 {
		return false
	}
	initials := ""
	for i, w := range words {
		if lower[i] == "the" {
			continue
		}
		if isAcronym(w.Text) && (lower[i] == label || lower[i] == core) {
			return true
		}
		if r := w.Text[0]; r >= 'A' && r <= 'Z' {
			initials += lower[i][:1]
		} else if initials != "" {
			break
		}
	}
	return len(initials) >= 2 && (initials == label || initials == core)
}

func (s *Stage) isDocument(via string) bool {
	words := token.Split(via)
	return len(s.documents.Find(words, lexicon.Lower(words), nil)) > 0
}

// anonymousCues finds unnamed sources in the body: an indefinite or plural
// source noun ("a senior official", "sources") not followed by a name, with
// a speech verb within the cue window, outside quotations.
func (s *Stage) anonymousCues(v *view) ([]article.Span, []string) {
	speech := s.speechMask(v)
	var ev []article.Span
	var names []string
	var personEnds map[int]bool // ends of person mentions, when first needed
	for _, m := range v.lex[bankAnonymous] {
		if v.inQuote[m.First] {
			continue
		}
		if m.Entry.Tag == "phrase" {
			// A sourcing formula that names no one by itself: "it is
			// understood that", "the BBC understands".
			ev = append(ev, v.evidence(m.Start, m.End))
			names = append(names, v.a.Text[m.Start:m.End])
			continue
		}
		bare := m.Entry.Tag == "bare"
		// Look back for a determiner within six words of the same clause.
		start := m.First
		det := ""
		gap := lexicon.Gap(v.a.Text, v.words)
	back:
		for k := m.First - 1; k >= 0 && k >= m.First-6 && !gap(k+1); k-- {
			switch v.lower[k] {
			case "senior", "unnamed", "anonymous", "government", "military", "western", "european", "administration":
				start = k // a modifier: keep looking
			case "a", "an", "one", "two", "three", "several", "some", "other", "many":
				det, start = v.lower[k], k
				break back
			case "the", "this", "that", "his", "her", "their", "its":
				det = "definite"
				break back
			}
		}
		if det == "definite" || (det == "" && !bare) {
			continue
		}
		// A name right after ("a spokesman, John Kirby,") makes it named,
		// and so does a person's name right before ("John Kirby, a
		// spokesman for the Pentagon").
		if n := m.Last + 1; n < len(v.words) && v.wordPara[n] == v.wordPara[m.Last] && v.words[n].Capitalized() {
			continue
		}
		if p := start - 1; p >= 0 && v.wordPara[p] == v.wordPara[start] &&
			strings.TrimSpace(v.a.Text[v.words[p].End:v.words[start].Start]) == "," {
			if personEnds == nil {
				personEnds = map[int]bool{}
				for _, e := range v.a.Entities {
					if e.Type == article.EntityPerson {
						for _, sp := range e.Mentions {
							personEnds[sp.End] = true
						}
					}
				}
			}
			if personEnds[v.words[p].End] {
				continue
			}
		}
		if !nearSpeech(speech, v.wordPara, m.First, m.Last, s.cfg.Sourcing.CueWindow) {
			continue
		}
		ev = append(ev, v.evidence(v.words[start].Start, m.End))
		names = append(names, v.a.Text[v.words[start].Start:m.End])
	}
	return ev, names
}

func (s *Stage) speechMask(v *view) []bool {
	mask := make([]bool, len(v.words))
	for _, m := range v.lex[bankSpeech] {
		for k := m.First; k <= m.Last; k++ {
			mask[k] = true
		}
	}
	return mask
}

func nearSpeech(speech []bool, para []int, first, last, window int) bool {
	for k := first - window; k <= last+window; k++ {
		if k >= 0 && k < len(speech) && speech[k] && para[k] == para[first] {
			return true
		}
	}
	return false
}

// secondhandCues finds "according to <outlet>" and "reported by <outlet>"
// where the outlet is a media name: a media word in the next words, an
// entity of type media, or an unknown all-capitals acronym.
func (s *Stage) secondhandCues(v *view) ([]article.Span, []string) {
	mediaWords := map[int]bool{}
	for _, m := range v.lex[bankMedia] {
		mediaWords[m.First] = true
	}
	var entityType map[string]string // built on the first cue
	dict := s.checker.Dictionary()
	var ev []article.Span
	var names []string
	for i := 0; i+2 < len(v.words); i++ {
		var after int
		switch {
		case v.lower[i] == "according" && v.lower[i+1] == "to":
			after = i + 2
		case v.lower[i] == "reported" && v.lower[i+1] == "by":
			after = i + 2
		default:
			continue
		}
		if v.inQuote[i] {
			continue
		}
		if entityType == nil {
			entityType = map[string]string{}
			for _, e := range v.a.Entities {
				entityType[strings.ToLower(e.Name)] = e.Type
				for _, al := range e.Aliases {
					entityType[strings.ToLower(al)] = e.Type
				}
			}
		}
		for k := after; k < len(v.words) && k < after+5 && v.wordPara[k] == v.wordPara[i]; k++ {
			if k > after && strings.Trim(v.a.Text[v.words[k-1].End:v.words[k].Start], " ") != "" {
				break
			}
			w := v.words[k]
			typ, known := entityType[v.lower[k]]
			isMedia := mediaWords[k] && (w.Capitalized() || v.lower[k] == "media" || v.lower[k] == "reports" || v.lower[k] == "newspaper")
			if known {
				isMedia = typ == article.EntityMedia
			} else if !isMedia && isAcronym(w.Text) && !s.orgs[v.lower[k]] && !dict.Proper(v.lower[k]) && !dict.Common(v.lower[k]) {
				isMedia = true
			}
			if out := strings.ToLower(v.outlet()); isMedia && out != "" && (len(v.lower[k]) >= 4 && v.lower[k] != "news" && strings.Contains(out, v.lower[k]) ||
				ownInitials(v.words[after:k+1], v.lower[after:k+1], out)) {
				break // the outlet citing itself ("according to the Times" on latimes.com, "AP" on apnews.com)
			}
			if isMedia {
				ev = append(ev, v.evidence(v.words[i].Start, w.End))
				names = append(names, w.Text)
				break
			}
			if w.Capitalized() && !mediaWords[k] {
				break // a named non-media source: first-hand
			}
		}
	}
	return ev, names
}

// hyphenPrefixes open hyphenated words without naming anything.
var hyphenPrefixes = map[string]bool{"pre": true, "post": true, "anti": true, "pro": true, "ex": true, "non": true,
	"mid": true, "co": true, "re": true, "neo": true, "self": true, "all": true, "semi": true, "multi": true}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// contentFarm: hire-me bios, bios unrelated to the topic, no byline.
func (s *Stage) contentFarm(v *view) *article.Flag {
	a := v.a
	c := s.cfg.ContentFarm
	var ev []article.Span
	var signs []string
	score := 0.0

	// Words outside the body (author boxes and other boilerplate).
	var other []token.Word
	var bio []token.Word
	hasAuthorBlock := false
	for _, b := range a.Blocks {
		if !b.IsBoilerplate() || b.Start < 0 || b.End > len(a.Text) || b.Start >= b.End {
			continue
		}
		switch b.Label {
		case article.LabelSpam, article.LabelConsent, article.LabelNavigation:
			continue // never an author's bio
		}
		n := len(other)
		other = token.AppendSplit(other, a.Text[b.Start:b.End], b.Start)
		if b.Label == article.LabelAuthor {
			hasAuthorBlock = true
			bio = append(bio, other[n:]...)
		}
	}
	hireSum := 0.0
	var hireTerms []string
	var hireEv []article.Span
	for _, m := range append(v.lex[bankHireMe], s.hireme.Find(other, v.foldAll(other), nil)...) {
		hireSum += m.Entry.Weight
		hireTerms = append(hireTerms, a.Text[m.Start:m.End])
		hireEv = append(hireEv, v.evidence(m.Start, m.End))
	}
	if hireSum >= c.HireMeMin {
		score += c.HireMeScore
		ev = append(ev, hireEv...)
		signs = append(signs, "a generic hire-me bio ("+quoteList(hireTerms, 3)+")")
	}

	// SEO filler in the body: each phrase once.
	fillerSum := 0.0
	var fillerTerms []string
	var fillerEv []article.Span
	seenFiller := map[*lexicon.Entry]bool{}
	for _, m := range v.lex[bankFiller] {
		if seenFiller[m.Entry] {
			continue
		}
		seenFiller[m.Entry] = true
		fillerSum += m.Entry.Weight
		fillerTerms = append(fillerTerms, a.Text[m.Start:m.End])
		fillerEv = append(fillerEv, v.evidence(m.Start, m.End))
	}
	filler := fillerSum >= c.FillerMin
	if filler {
		score += c.FillerScore
		ev = append(ev, fillerEv...)
		signs = append(signs, "SEO filler ("+quoteList(fillerTerms, 3)+")")
	}
	// Keyword stuffing: a pair of the headline's words repeated in the body.
	pair, n, at := v.keywordStuffing(s.function3)
	stuffed := n >= c.StuffingMin && len(v.words) > 0 && float64(n)*100/float64(len(v.words)) >= c.StuffingDensity
	if stuffed {
		score += c.StuffingScore
		ev = append(ev, v.evidence(at.start, at.end))
		signs = append(signs, fmt.Sprintf("the headline's keywords “%s” %d times in %d words", pair, n, len(v.words)))
	}

	if len(bio) > 0 {
		bioTopics := s.topicCounts(bio)
		bodyTopics := map[string]int{}
		for _, m := range v.lex[bankTopics] {
			bodyTopics[m.Entry.Tag]++
		}
		top, topN := "", 0
		for t, n := range bodyTopics {
			if n > topN || (n == topN && t < top) {
				top, topN = t, n
			}
		}
		bioWords := 0
		for _, n := range bioTopics {
			bioWords += n
		}
		listed := make([]string, 0, len(bioTopics))
		for t := range bioTopics {
			listed = append(listed, t)
		}
		sort.Strings(listed)
		sign := ""
		switch {
		case c.BioManyBeats > 0 && len(bioTopics) >= c.BioManyBeats:
			// "covers politics, crypto, gaming and lifestyle": a writer
			// for hire across beats, whatever the story's topic.
			sign = fmt.Sprintf("an author bio across %d beats (%s)", len(listed), strings.Join(listed, ", "))
		case topN >= c.ArticleMinTopicWords && bioWords >= c.BioMinTopicWords && bioTopics[top] == 0:
			sign = fmt.Sprintf("an author bio about %s on a %s story", strings.Join(listed, ", "), top)
		}
		if sign != "" {
			score += c.UnrelatedBio
			ev = append(ev, v.evidence(bio[0].Start, bio[len(bio)-1].End))
			signs = append(signs, sign)
		}
	}
	if strings.TrimSpace(a.Author) == "" && !hasAuthorBlock {
		score += c.NoByline
		signs = append(signs, "no byline")
	}
	if score < c.Threshold {
		return nil
	}
	sev := article.SeverityInfo
	if hireSum >= c.HireMeMin || filler && stuffed {
		sev = article.SeverityWarn
	}
	if len(ev) > 8 {
		ev = ev[:8]
	}
	return &article.Flag{Code: article.FlagContentFarm, Severity: sev, Score: round3(clamp01(score)), Evidence: nonNil(ev),
		Explanation: "Signs of a content farm: " + strings.Join(signs, "; ") + ". Check who wrote the piece and whether the site is a real newsroom."}
}

func (s *Stage) topicCounts(words []token.Word) map[string]int {
	out := map[string]int{}
	for _, m := range s.topics.Find(words, lexicon.Lower(words), nil) {
		out[m.Entry.Tag]++
	}
	return out
}

// syndicatedCopy: scraper signatures on short lines.
func (s *Stage) syndicatedCopy(v *view) *article.Flag {
	text := v.a.Text
	best := 0.0
	var ev []article.Span
	off := 0
	for line := range strings.SplitAfterSeq(text, "\n") {
		start := off
		off += len(line)
		t := strings.TrimSpace(line)
		if t == "" || len(t) > s.cfg.Syndicated.MaxLine || !s.syndicationFirst[firstWord(t)] {
			continue
		}
		for _, p := range s.syndication {
			if p.re.MatchString(t) {
				ls := start + strings.Index(line, t)
				ev = append(ev, article.Span{Text: t, Start: ls, End: ls + len(t)})
				best = math.Max(best, p.weight)
				break
			}
		}
	}
	if best < s.cfg.Syndicated.Threshold {
		return nil
	}
	return &article.Flag{Code: article.FlagSyndicatedCopy, Severity: article.SeverityWarn, Score: best, Evidence: ev,
		Explanation: "The text carries a scraper's republication credit (" + quoteList(spanTexts(ev), 2) + "): it looks copied from another site. Check the original and the right to run it."}
}

func spanTexts(ev []article.Span) []string {
	out := make([]string, len(ev))
	for i, e := range ev {
		out[i] = e.Text
	}
	return out
}

// malformedQuotes: unbalanced or mismatched quotation marks in the body.
func (s *Stage) malformedQuotes(v *view) *article.Flag {
	n := len(v.quoteIssue)
	if n < s.cfg.Malformed.Min {
		return nil
	}
	var ev []article.Span
	whys := map[string]int{}
	var order []string
	for _, q := range v.quoteIssue {
		ev = append(ev, v.context(q.pos, q.pos+q.size, 24))
		if whys[q.why] == 0 {
			order = append(order, q.why)
		}
		whys[q.why]++
	}
	if len(ev) > 8 {
		ev = ev[:8]
	}
	var parts []string
	for _, w := range order {
		parts = append(parts, fmt.Sprintf("%d× %s", whys[w], w))
	}
	sev := article.SeverityInfo
	if n >= s.cfg.Malformed.Warn {
		sev = article.SeverityWarn
	}
	return &article.Flag{Code: article.FlagMalformedQuotes, Severity: sev, Score: round3(clamp01(float64(n) / 3)), Evidence: ev,
		Explanation: "Quotation marks do not pair up: " + strings.Join(parts, "; ") + ". Where a quote starts or ends is unclear, so check what the speaker actually said."}
}

// context is the evidence for [start,end) widened by up to pad bytes each
// side, on rune boundaries and within the line.
func (v *view) context(start, end, pad int) article.Span {
	t := v.a.Text
	s := max(0, start-pad)
	for s < start && !utf8.RuneStart(t[s]) {
		s++
	}
	if i := strings.LastIndexByte(t[s:start], '\n'); i >= 0 {
		s += i + 1
	}
	e := min(len(t), end+pad)
	for e > end && e < len(t) && !utf8.RuneStart(t[e]) {
		e--
	}
	if i := strings.IndexByte(t[end:e], '\n'); i >= 0 {
		e = end + i
	}
	return v.evidence(s, e)
}

// languageQuality: misspelling rate and garbled phrases in the body.
func (s *Stage) languageQuality(v *view) *article.Flag {
	c := s.cfg.Language
	if !v.english() {
		return nil // the word list is English
	}
	r := s.checker.Check(v.a.Text, v.words, v.lower, c.MaxCheck)
	if r.Checked == 0 {
		return nil
	}
	v.a.SetSignal("misspelling_rate", round4(r.Rate))
	v.a.SetSignal("garbled_rate", round4(float64(len(r.Garbled))/float64(r.Checked)))
	if r.Rate > c.ForeignRate {
		return nil // most words unknown: not English copy, which the word list cannot judge
	}
	garbled := len(r.Garbled) >= c.GarbledMin
	misspelt := r.Checked >= c.MinWords && r.Rate >= c.MisspellingRate && len(r.Misspelled) >= c.MinMisspelled
	if !garbled && !misspelt {
		return nil
	}
	var ev []article.Span
	var parts []string
	for _, g := range r.Garbled {
		ev = append(ev, v.evidence(g.Start, g.End))
		parts = append(parts, fmt.Sprintf("“%s”: %s", g.Text, g.Note))
	}
	var miss []string
	for _, w := range r.Misspelled {
		if len(ev) < c.MaxEvidence {
			ev = append(ev, v.evidence(w.Start, w.End))
		}
		miss = append(miss, w.Text)
	}
	if len(ev) > c.MaxEvidence {
		ev = ev[:c.MaxEvidence]
	}
	score := clamp01(r.Rate/(2*c.MisspellingRate) + 0.25*float64(len(r.Garbled)))
	var sentences []string
	if len(parts) > 0 {
		if len(parts) > 4 {
			parts = parts[:4]
		}
		sentences = append(sentences, "Garbled phrasing: "+strings.Join(parts, "; "))
	}
	if misspelt || len(parts) == 0 {
		sentences = append(sentences, fmt.Sprintf("%d distinct words are not in the dictionary, %.1f per 100 words (%s)", len(miss), 100*r.Rate, quoteList(miss, 5)))
	}
	expl := strings.Join(sentences, ". ")
	expl += ". Poor or machine-translated copy needs an edit before it runs."
	sev := article.SeverityInfo
	if len(r.Garbled) >= 2*c.GarbledMin || r.Rate >= 2*c.MisspellingRate {
		sev = article.SeverityWarn
	}
	return &article.Flag{Code: article.FlagLanguageQuality, Severity: sev, Score: round3(score), Evidence: ev, Explanation: expl}
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// nearDuplicate: ingest found the article repeats an earlier one.
func (s *Stage) nearDuplicate(v *view) *article.Flag {
	d := v.a.Duplicate
	if d == nil || d.Of == "" {
		return nil
	}
	sev := article.SeverityWarn
	sim := d.Similarity
	if d.Kind == "exact" {
		sev = article.SeverityHigh
		if sim == 0 {
			sim = 1
		}
	}
	return &article.Flag{Code: article.FlagNearDuplicate, Severity: sev, Score: round3(clamp01(sim)), Evidence: []article.Span{},
		Explanation: fmt.Sprintf("This article repeats article %s (%s duplicate, similarity %.2f). Check whether it adds anything new.", d.Of, d.Kind, sim),
		Related:     []string{d.Of}}
}

// firstWord is the folded first run of letters of s, after an opening
// bracket ("(Only the headline …").
func firstWord(s string) string {
	s = strings.TrimLeft(s, "([")
	end := 0
	for end < len(s) && end < 16 {
		c := s[end]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			break
		}
		end++
	}
	return strings.ToLower(s[:end])
}
