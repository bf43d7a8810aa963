package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/claims/entity"
	"github.com/copydesk/copydesk/pkg/interview"
)

// answer is one labelled answer line of a question-and-answer interview.
type answer struct {
	label      article.Span // "A:"
	start, end int          // the answer's words
	// who speaks, when the label names the speaker ("Matthew Pennycook:",
	// "MP:"); nil for "A:", the interviewee's.
	who *entity.Entity
}

// interviewAnswers finds the answer lines of a question-and-answer
// interview ("Q: Why did you decide to run?" / "A: I felt the job was not
// finished."): an answer counts after the first question line. Nil when the
// article has no question line or no answer after one.
func (an *analysis) interviewAnswers() (answers []answer, firstQ int) {
	firstQ = -1
	an.bodyLines(func(at int, line string) bool {
		switch kind, n := interview.Label(line); kind {
		case interview.Question:
			if firstQ < 0 {
				firstQ = at
			}
		case interview.Answer:
			end := at + len(strings.TrimRight(line, " \t\r"))
			if firstQ >= 0 && at+n < end {
				colon := at + strings.IndexByte(line, ':')
				answers = append(answers, answer{label: article.Span{Text: an.text[at : colon+1], Start: at, End: colon + 1}, start: at + n, end: end})
			}
		default:
			// "Q: Why close it?" / "Mehta: Because …": the answer labelled
			// with the name of who gives it.
			if label, n := transcriptLabel(line); firstQ >= 0 && label != "" {
				if who := an.labelledPerson(label); who != nil {
					end := at + len(strings.TrimRight(line, " \t\r"))
					answers = append(answers, answer{label: article.Span{Text: an.text[at : at+len(label)+1], Start: at, End: at + len(label) + 1},
						start: at + n, end: end, who: who})
				}
			}
		}
		return true
	})
	if len(answers) == 0 {
		return an.transcriptAnswers()
	}
	return answers, firstQ
}

// bodyLines calls f with each line of the article's paragraphs outside the
// headline, its leading spaces trimmed, and where it starts, until f returns
// false; it reports whether f never did.
func (an *analysis) bodyLines(f func(at int, line string) bool) bool {
	for _, p := range an.paras {
		if p.headline {
			continue
		}
		for ls := p.start; ls < p.end; {
			le := strings.IndexByte(an.text[ls:p.end], '\n')
			if le < 0 {
				le = p.end
			} else {
				le += ls
			}
			line := an.text[ls:le]
			trimmed := strings.TrimLeft(line, " \t")
			if !f(ls+len(line)-len(trimmed), trimmed) {
				return false
			}
			ls = le + 1
		}
	}
	return true
}

// transcriptLine is a line of a transcript labelled with who speaks it.
type transcriptLine struct {
	label      article.Span // "Emma Hart:"
	who        *entity.Entity
	start, end int // the words after the label
	question   bool
}

// transcriptAnswers finds the answers of an interview whose lines are
// labelled with the speakers' names or initials ("Emma Hart: Is it
// achievable?" / "Matthew Pennycook: It is ambitious." / "EH: …" / "MP:
// …"): three labelled lines or more, each label a person the article
// names (by full name, surname or initials), two people or more, one of
// whom asks (most of their lines end in a question mark). Every line of the
// others is an answer, theirs. Nil when the article is no such transcript.
func (an *analysis) transcriptAnswers() (answers []answer, firstQ int) {
	var lines []transcriptLine
	named := an.bodyLines(func(at int, line string) bool {
		label, n := transcriptLabel(line)
		if label == "" {
			return true
		}
		who := an.labelledPerson(label)
		if who == nil {
			return false // a label that names no one: no transcript
		}
		words := strings.TrimRight(line, " \t\r")
		lines = append(lines, transcriptLine{
			label: article.Span{Text: an.text[at : at+len(label)+1], Start: at, End: at + len(label) + 1},
			who:   who, start: at + n, end: at + len(words),
			question: strings.HasSuffix(strings.TrimRight(words, "”\"’' "), "?"),
		})
		return true
	})
	if !named {
		return nil, -1
	}
	if len(lines) < 3 {
		return nil, -1
	}
	asked, said := map[*entity.Entity]int{}, map[*entity.Entity]int{}
	for _, l := range lines {
		said[l.who]++
		if l.question {
			asked[l.who]++
		}
	}
	var asker *entity.Entity
	for who, n := range asked {
		if 2*n >= said[who] && (asker == nil || n > asked[asker]) {
			asker = who
		}
	}
	if len(said) < 2 || asker == nil {
		return nil, -1
	}
	firstQ = -1
	for _, l := range lines {
		if l.who == asker && firstQ < 0 {
			firstQ = l.label.Start
		}
		if firstQ >= 0 {
			// (The one who asks speaks in their own lines too: a presenter
			// named in the article.)
			answers = append(answers, answer{label: l.label, start: l.start, end: l.end, who: l.who})
		}
	}
	if len(answers) == 0 {
		return nil, -1
	}
	return answers, firstQ
}

// transcriptLabel reads a transcript's speaker label of a name or initials
// ("Emma Hart:", "EH:") or a surname alone ("Mehta:", "KERR-MBATHA:").
func transcriptLabel(line string) (string, int) {
	if label, n := interview.SpeakerLabel(line); label != "" {
		return label, n
	}
	return interview.SurnameLabel(line)
}

// byAuthor reports whether e is the article's byline author.
func (an *analysis) byAuthor(e *entity.Entity) bool {
	return e != nil && e.Surname != "" && an.author != "" && strings.Contains(strings.ToLower(an.author), strings.ToLower(e.Surname))
}

// labelledPerson is the one person the article names whose full name,
// surname or initials a transcript's label is ("Emma Hart", "Hart", "EH");
// nil when no one or several are.
func (an *analysis) labelledPerson(label string) *entity.Entity {
	var found *entity.Entity
	for _, e := range an.reg.Entities() {
		if e.Type != article.EntityPerson || e.First == "" || e.Surname == "" {
			continue
		}
		// The full name, or a full name the person is also written as
		// ("Maren Holtvedt" of "Hydrologist Maren Holtvedt" in a
		// headline), and their initials.
		names := []string{e.First + " " + e.Surname}
		for _, a := range e.Aliases {
			if a != names[0] && strings.HasSuffix(a, " "+e.Surname) && len(strings.Fields(a)) >= 2 {
				names = append(names, a)
			}
		}
		match := strings.EqualFold(label, e.Surname) // (names in capitals: "KERR-MBATHA")
		for _, full := range names {
			initials := ""
			for _, w := range strings.Fields(full) {
				r, _ := utf8.DecodeRuneInString(w)
				initials += string(unicode.ToUpper(r))
			}
			match = match || strings.EqualFold(label, full) || label == initials
		}
		if match {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// interviewee is the person an interview's introduction is about: of the
// people named by full name before the first question, the one named most
// often (by name, not by a pronoun or description), a tie going to the one
// the headline names. Nil when no one is named or a tie stays.
func (an *analysis) interviewee(firstQ int) *entity.Entity {
	var headline []article.Span
	for _, p := range an.paras {
		if p.headline {
			headline = append(headline, article.Span{Start: p.start, End: p.end})
		}
	}
	inHeadline := func(e *entity.Entity) bool {
		for _, m := range e.Mentions {
			for _, h := range headline {
				if m.Start >= h.Start && m.End <= h.End {
					return true
				}
			}
		}
		return false
	}
	var best *entity.Entity
	bestN, tie := 0, false
	for _, e := range an.reg.Entities() {
		if e.Type != article.EntityPerson || e.First == "" {
			continue // an interviewee is introduced by full name
		}
		n := 0
		for _, m := range e.Mentions {
			if m.End <= firstQ && slices.Contains(e.Aliases, m.Text) {
				n++
			}
		}
		switch {
		case n == 0:
		case n > bestN:
			best, bestN, tie = e, n, false
		case n == bestN:
			switch hb, he := inHeadline(best), inHeadline(e); {
			case he && !hb:
				best, tie = e, false
			case he == hb:
				tie = true
			}
		}
	}
	if tie {
		return nil
	}
	return best
}

// examination finds who questions whom in the sentence right before the
// first question line of a transcript inside a report: "Under
// cross-examination, Castellano pressed Raman on her own role": the
// examiner and the witness, two people the article names, with a verb of
// questioning between them (data/word_classes.txt). Nil, nil when the
// sentence has no such pair.
func (an *analysis) examination(firstQ int) (asker, witness *entity.Entity) {
	ui := -1
	for k := range an.units {
		if an.units[k].end <= firstQ {
			ui = k
		}
	}
	if ui < 0 {
		return nil, nil
	}
	u := &an.units[ui]
	var people []entity.Mention
	for _, m := range u.ments {
		if m.Entity.Type == article.EntityPerson {
			people = append(people, m)
		}
	}
	slices.SortFunc(people, func(a, b entity.Mention) int { return a.TokStart - b.TokStart })
	for k := 0; k+1 < len(people); k++ {
		a, b := people[k], people[k+1]
		if a.Entity == b.Entity || b.TokStart-a.TokEnd > 3 {
			continue
		}
		for j := a.TokEnd; j < b.TokStart; j++ {
			if examVerb[u.toks[j].Lower] && u.toks[j].Quote < 0 {
				return a.Entity, b.Entity
			}
		}
	}
	return nil, nil
}

// examVerb are the verbs of questioning a witness (data/word_classes.txt).
var examVerb = wordClasses.Must("examVerb")

// interviewQuotes records each answer as the interviewee's direct words and
// reports the units inside the answers, which the attribution rules then
// leave alone (a quotation inside an answer is the interviewee's too).
func (an *analysis) interviewQuotes() map[int]bool {
	answers, firstQ := an.interviewAnswers()
	if answers == nil {
		return nil
	}
	who := an.interviewee(firstQ)
	asker, witness := an.examination(firstQ)
	if witness != nil {
		who = witness // "Castellano pressed Raman on …" / "Q: …" / "A: …": Raman answers
	}
	if who == nil && answers[0].who == nil {
		return nil
	}
	if asker != nil {
		// The questions are the examiner's.
		an.bodyLines(func(at int, line string) bool {
			if kind, n := interview.Label(line); kind == interview.Question && at >= firstQ {
				end := at + len(strings.TrimRight(line, " \t\r"))
				if at+n < end {
					colon := at + strings.IndexByte(line, ':')
					answers = append(answers, answer{label: article.Span{Text: an.text[at : colon+1], Start: at, End: colon + 1}, start: at + n, end: end, who: asker})
				}
			}
			return true
		})
		slices.SortFunc(answers, func(a, b answer) int { return a.start - b.start })
	}
	skip := map[int]bool{}
	ui := 0 // units and answers are both in text order
	for _, a := range answers {
		speaker := who
		if a.who != nil {
			speaker = a.who
		}
		if an.byAuthor(speaker) {
			// The article's own reporter asking ("Jonah Abernethy-Singh:
			// …" under "By Jonah Abernethy-Singh"): the question is the
			// article's text, whose reports the rules read.
			continue
		}
		speaker.Strong = true
		sp := an.personSrc(speaker, a.label)
		an.out = append(an.out, article.Quote{
			Text: an.text[a.start:a.end], Start: a.start, End: a.end, Kind: article.KindDirect,
			Cue: &article.Span{Text: a.label.Text, Start: a.label.Start, End: a.label.End},
			Speaker: &article.Speaker{Name: sp.name, Canonical: sp.canon, EntityID: sp.id, Mention: sp.mention.Text,
				Start: sp.mention.Start, End: sp.mention.End, Type: sp.typ},
			Confidence: 0.8,
		})
		for ui < len(an.units) && an.units[ui].end <= a.start {
			ui++
		}
		for k := ui; k < len(an.units) && an.units[k].start < a.end; k++ {
			skip[k] = true
		}
	}
	return skip
}
