package claims

import (
	"embed"
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/pkg/claims/entity"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// verb is one reporting verb form, possibly of several words.
type verb struct {
	words []string // lower case
	obj   bool     // takes an addressee before the content
	about bool     // content only after "that" or a quote
	ing   bool     // participle ("adding")
	colon bool     // a cue only before a colon or a quotation
	noinv bool     // never followed by its speaker ("told Reuters" names the addressee)
	bare  bool     // the base form ("mention"), which plural subjects use
	doc   bool     // a cue only when the speaker is a document or data
	// clause: content right after the verb must be a clause ("added the
	// team would …"), not an object ("added a second", "demanded answers").
	clause bool
	// court: a cue only when a court or a hearing is its subject ("The
	// court heard that …").
	court bool
	// act: a cue only when a call to act ("called on ministers to act")
	// or a clause after "that" is what follows ("he called on her" is no
	// report).
	act bool
	// that: a cue only before "that" and its clause ("accepted that
	// mistakes were made"; not "accepted the award", nor a quotation
	// before it).
	that bool
	// gerund: content after the verb only after "that", a quotation or a
	// gerund ("recommended speaking to a GP"; "recommended the policy"
	// reports nothing).
	gerund bool
}

type pronoun struct {
	gender entity.Gender
	plural bool
}

// lexicon is the attribution vocabulary loaded from data/.
type lexicon struct {
	verbs    map[string][]verb // by first word
	sources  map[string]string // head noun -> source type
	adverbs  map[string]bool
	pronouns map[string]pronoun
	npWords  map[string]bool
	dets     map[string]bool // word -> definite
	// personNouns describe a person in apposition ("a contestant").
	personNouns map[string]bool
	// nounGender is the gender a person noun tells ("wife", "son").
	nounGender map[string]entity.Gender
	// epithets stand for a person just named ("the Spaniard", "the singer").
	epithets map[string]bool
	// fields are the fields of trade epithets ("singer": "arts") and, by
	// "role:" and class, of role classes ("role:striker": "sport").
	fields map[string]string
}

// genderOf is the gender a person noun tells: from data/gendered_nouns.tsv,
// or its ending ("spokeswoman", "chairman"); 0 when it tells none.
func (lx *lexicon) genderOf(noun string) entity.Gender {
	if g, ok := lx.nounGender[noun]; ok {
		return g
	}
	switch {
	case strings.HasSuffix(noun, "woman"):
		return entity.Gender('f')
	case strings.HasSuffix(noun, "man") && len(noun) > 3:
		return entity.Gender('m')
	}
	return 0
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{verbs: map[string][]verb{}, sources: map[string]string{}, adverbs: map[string]bool{},
		pronouns: map[string]pronoun{}, npWords: map[string]bool{}, dets: map[string]bool{}, personNouns: map[string]bool{},
		nounGender: map[string]entity.Gender{}, epithets: map[string]bool{}, fields: map[string]string{}}
	steps := []struct {
		name string
		fn   func([]string) error
	}{
		{"reporting_verbs.tsv", func(f []string) error {
			flags := ""
			if len(f) > 1 {
				flags = f[1]
			}
			forms := strings.Split(f[0], "|")
			for i, form := range forms {
				ws := strings.Fields(form)
				if len(ws) == 0 {
					continue
				}
				v := verb{words: ws, obj: strings.Contains(flags, "obj"), about: strings.Contains(flags, "about"),
					ing: strings.HasSuffix(ws[0], "ing"), colon: strings.Contains(flags, "colon"), noinv: strings.Contains(flags, "noinv"),
					bare: i == 0 && len(forms) >= 3, doc: strings.Contains(flags, "doc"),
					clause: strings.Contains(flags, "clause"), court: strings.Contains(flags, "court"),
					act: strings.Contains(flags, "act"), that: strings.Contains(flags, "that"), gerund: strings.Contains(flags, "gerund")}
				lx.verbs[ws[0]] = append(lx.verbs[ws[0]], v)
			}
			return nil
		}},
		{"source_nouns.tsv", func(f []string) error {
			if len(f) < 2 {
				return fmt.Errorf("want 2 fields")
			}
			lx.sources[f[0]] = f[1]
			return nil
		}},
		{"adverbs.txt", func(f []string) error { lx.adverbs[f[0]] = true; return nil }},
		{"np_words.txt", func(f []string) error { lx.npWords[f[0]] = true; return nil }},
		{"person_nouns.txt", func(f []string) error { lx.personNouns[f[0]] = true; return nil }},
		{"epithets.txt", func(f []string) error {
			lx.epithets[f[0]] = true
			if len(f) > 1 {
				lx.fields[f[0]] = f[1]
			}
			return nil
		}},
		{"role_fields.tsv", func(f []string) error {
			if len(f) < 2 {
				return fmt.Errorf("want a role class and a field")
			}
			lx.fields["role:"+f[0]] = f[1]
			return nil
		}},
		{"gendered_nouns.tsv", func(f []string) error {
			if len(f) < 2 || f[1] != "m" && f[1] != "f" {
				return fmt.Errorf("want a noun and m or f")
			}
			lx.nounGender[f[0]] = entity.Gender(f[1][0])
			return nil
		}},
		{"determiners.tsv", func(f []string) error {
			lx.dets[f[0]] = len(f) > 1 && f[1] == "d"
			return nil
		}},
		{"pronouns.tsv", func(f []string) error {
			if len(f) < 3 {
				return fmt.Errorf("want 3 fields")
			}
			var g entity.Gender
			if f[1] == "m" || f[1] == "f" {
				g = entity.Gender(f[1][0])
			}
			lx.pronouns[f[0]] = pronoun{gender: g, plural: f[2] == "p"}
			return nil
		}},
	}
	for _, s := range steps {
		if err := readTable("data/"+s.name, s.fn); err != nil {
			return nil, err
		}
	}
	// "A mum-of-three says", "the father-of-two told": a parent by the
	// number of their children, a person of the parent's gender.
	for p := range parentNoun {
		for n := range cardinals {
			lx.parentOf(p, n)
		}
		lx.parentOf(p, "one")
	}
	return lx, nil
}

func readTable(name string, fn func([]string) error) error {
	if err := entity.ReadTable(dataFS, name, fn); err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	return nil
}

// personNoun reports whether w (lower case) describes a person: one of
// person_nouns.txt, or a trade by its suffix that the list lacks
// ("machinist", "electrician", "locksmith"; agentSuffix and notAgent in
// data/word_classes.txt).
func (lx *lexicon) personNoun(w string) bool {
	if lx.personNouns[w] {
		return true
	}
	if len(w) < 7 || notAgent[w] || strings.ContainsAny(w, "-'’") {
		return false
	}
	for suf := range agentSuffix {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// agentSuffix and notAgent: see personNoun (data/word_classes.txt).
var (
	agentSuffix = wordClasses.Must("agentSuffix")
	notAgent    = wordClasses.Must("notAgent")
)

// parentOf adds the person noun of a parent and a number of children:
// "mum-of-three", of the parent's gender.
func (lx *lexicon) parentOf(parent, count string) {
	w := parent + "-of-" + count
	lx.personNouns[w] = true
	if g := lx.genderOf(parent); g != 0 {
		lx.nounGender[w] = g
	}
}
