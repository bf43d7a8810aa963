package flagger_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/stage"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func newStage(t testing.TB, corpus flagger.Corpus) *flagger.Stage {
	t.Helper()
	st, err := flagger.New(flagger.DefaultConfig(), corpus, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// para builds an article whose text is the title line and the paragraphs,
// with headline and content blocks.
func para(title string, paras ...string) *article.Article {
	a := &article.Article{Schema: article.SchemaVersion, ID: "t", Title: title, Blocks: []article.Block{}}
	var b strings.Builder
	add := func(s string, l article.Label) {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		a.Blocks = append(a.Blocks, article.Block{Start: b.Len(), End: b.Len() + len(s), Label: l, Score: 1})
		b.WriteString(s)
	}
	if title != "" {
		add(title, article.LabelHeadline)
	}
	for _, p := range paras {
		add(p, article.LabelContent)
	}
	a.Text = b.String()
	return a
}

func withBlock(a *article.Article, text string, l article.Label, spam *float64) *article.Article {
	start := len(a.Text) + 2
	a.Text += "\n\n" + text
	a.Blocks = append(a.Blocks, article.Block{Start: start, End: start + len(text), Label: l, Score: 1, Spam: spam})
	return a
}

func flagOf(a *article.Article, code string) *article.Flag {
	for i := range a.Flags {
		if a.Flags[i].Code == code {
			return &a.Flags[i]
		}
	}
	return nil
}

func quote(a *article.Article, text, speaker, typ, via string) {
	i := strings.Index(a.Text, text)
	if i < 0 {
		panic("quote not in text: " + text)
	}
	a.Quotes = append(a.Quotes, article.Quote{Text: text, Start: i, End: i + len(text), Kind: article.KindIndirect,
		Speaker: &article.Speaker{Name: speaker, Canonical: speaker, Mention: speaker, Type: typ, Start: -1, End: -1}, Via: via})
}

// treasuryOfficial is an article with an unnamed official, the clause after
// the mention, and three named speakers.
func treasuryOfficial(clause string) *article.Article {
	a := para("Budget row deepens", filler+"A senior official in the county treasury, "+clause+", said the executive had spent ahead. The governor said the cuts were fair. Mr Smith said he would fight them. The clerk said the vote was set.")
	official := "A senior official in the county treasury"
	quote(a, "the executive had spent ahead", official, article.SourceAnonymous, "")
	a.Quotes[0].Speaker.Start = strings.Index(a.Text, official)
	a.Quotes[0].Speaker.End = a.Quotes[0].Speaker.Start + len(official)
	quote(a, "the cuts were fair", "The governor", article.SourcePerson, "")
	quote(a, "he would fight them", "John Smith", article.SourcePerson, "")
	quote(a, "the vote was set", "The clerk", article.SourcePerson, "")
	return a
}

// cueAt sets the cue of a's quote i to the last occurrence of word before
// the quote.
func cueAt(a *article.Article, i int, word string) {
	q := &a.Quotes[i]
	k := strings.LastIndex(a.Text[:q.Start], word)
	if k < 0 {
		panic("cue not in text: " + word)
	}
	q.Cue = &article.Span{Text: word, Start: k, End: k + len(word)}
}

// mediaEntity adds an outlet named name, as the claims stage types one.
func mediaEntity(a *article.Article, name string) {
	i := strings.Index(a.Text, name)
	a.Entities = append(a.Entities, article.Entity{ID: name, Name: name, Type: article.EntityMedia,
		Mentions: []article.Span{{Text: name, Start: i, End: i + len(name)}}})
}

// sixNamedText holds six attributions to named people; sixNamed adds them
// as quotes.
const sixNamedText = "Ms Rao said the road was shelled. Mr Ode said the gate was broken. Ms Lin said the town was empty. Mr Park said the bridge had fallen. Ms Diaz said help was coming. Mr Cole said power was cut."

func sixNamed(a *article.Article) {
	for _, q := range [][2]string{{"the road was shelled", "Asha Rao"}, {"the gate was broken", "Tunde Ode"}, {"the town was empty", "Mei Lin"}, {"the bridge had fallen", "Jin Park"}, {"help was coming", "Ana Diaz"}, {"power was cut", "Sam Cole"}} {
		quote(a, q[0], q[1], article.SourcePerson, "")
	}
}

// fillerClaims are five check-worthy claims in filler plus "Prices rose 4%
// in May. Exports fell by a third."
var fillerClaims = []string{"The meeting took place on Tuesday", "ministers discussed trade", "Officials described the atmosphere", "Prices rose 4% in May", "Exports fell by a third"}

// withClaims marks each text in a as a check-worthy claim without a quote.
func withClaims(a *article.Article, texts ...string) {
	a.Claims = []article.Claim{}
	for _, c := range texts {
		i := strings.Index(a.Text, c)
		a.Claims = append(a.Claims, article.Claim{Text: c, Start: i, End: i + len(c), Checkworthy: 0.9})
	}
}

const filler = "The meeting took place on Tuesday in the capital, where ministers discussed trade, energy prices and the budget for the coming year. Officials described the atmosphere as constructive and said further meetings were planned before the summer. "

var spam = 0.95

func TestFlags(t *testing.T) {
	tests := []struct {
		name     string
		article  func() *article.Article
		code     string
		raised   bool
		evidence []string // evidence texts that must be present
	}{
		{"seo spam blocks", func() *article.Article {
			return withBlock(para("Budget approved", filler), "Celebrity leaked videos: what fans search", article.LabelSpam, &spam)
		}, article.FlagSEOSpam, true, []string{"Celebrity leaked videos: what fans search"}},
		{"related teaser is not spam", func() *article.Article {
			low := 0.1
			return withBlock(para("Budget approved", filler), "Minister visits flood area", article.LabelRelated, &low)
		}, article.FlagSEOSpam, false, nil},
		{"tabloid headline", func() *article.Article {
			return para("Minister desperately tries to humiliate rival as party rebels explode in fury", filler)
		}, article.FlagClickbaitHeadline, true, []string{"desperately", "humiliate"}},
		{"plain headline", func() *article.Article {
			return para("Parliament approves budget after three-day debate", filler)
		}, article.FlagClickbaitHeadline, false, nil},
		{"tabloid headline not in English", func() *article.Article {
			a := para("Minister desperately tries to humiliate rival as party rebels explode in fury", filler)
			a.Language = "fr"
			return a
		}, article.FlagClickbaitHeadline, false, nil},
		{"loaded headline not in English", func() *article.Article {
			a := para("Senator exposes rival's hypocrisy on taxes", filler)
			a.Language = "de"
			return a
		}, article.FlagLoadedLanguage, false, nil},
		{"loaded headline", func() *article.Article {
			return para("Senator exposes rival's hypocrisy on taxes", filler)
		}, article.FlagLoadedLanguage, true, []string{"exposes", "hypocrisy"}},
		{"loaded word only inside a quotation", func() *article.Article {
			return para("Talks resume", filler+"He said the move “only prolongs the agony of the regime and its cronies” and left.")
		}, article.FlagLoadedLanguage, false, nil},
		{"loaded words in the body", func() *article.Article {
			return para("Talks resume", filler+"The regime's propaganda and the hypocrisy of its cronies were plain, a shameful display.")
		}, article.FlagLoadedLanguage, true, []string{"hypocrisy", "shameful"}},
		{"partisan and pejorative words in the body", func() *article.Article {
			return para("Talks resume", filler+"The radical left and its corrupt allies staged a power grab that was plainly idiotic.")
		}, article.FlagLoadedLanguage, true, []string{"radical left", "power grab"}},
		{"a partisan spending story in the body", func() *article.Article {
			return para("Talks resume", filler+"Democrats rammed through a bloated spending spree, a socialist wish list and a slap in the face to taxpayers.")
		}, article.FlagLoadedLanguage, true, []string{"rammed through", "spending spree"}},
		{"headline name missing from body", func() *article.Article {
			return para("Ministers clash as Putin looms over budget talks", filler)
		}, article.FlagHeadlineMismatch, true, []string{"Putin"}},
		{"headline number missing from body", func() *article.Article {
			return para("Budget cuts 4,500 jobs", filler)
		}, article.FlagHeadlineMismatch, true, []string{"4,500"}},
		{"a quoted I'm in the headline is no name", func() *article.Article {
			return para("Star breaks silence after split: 'I'm heartbroken' and ‘I’ve moved on’", filler)
		}, article.FlagHeadlineMismatch, false, nil},
		{"year in headline", func() *article.Article {
			return para("Budget 2024: ministers meet", filler)
		}, article.FlagHeadlineMismatch, false, nil},
		{"headline supported by body", func() *article.Article {
			return para("Russian minister meets U.S. envoy", filler+"Russia's foreign minister met the United States envoy.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"the UK in the headline, its nations in the body", func() *article.Article {
			return para("Storm batters UK as thousands lose power", filler+"Gusts of 90mph hit Wales and south-west England on Saturday.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"a magnitude on the headline's figure", func() *article.Article {
			return para("Trump vows to appeal $355m fraud ruling", filler+"A judge ordered him to pay $355 million in penalties.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"headline acronym spelled out in the body", func() *article.Article {
			return para("Ghana bill could derail IMF support", filler+"Ghana's talks with the International Monetary Fund continue.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"headline acronym the body never spells out", func() *article.Article {
			return para("Ghana bill could derail IMF support", filler+"Ghana's talks with its lenders continue.")
		}, article.FlagHeadlineMismatch, true, []string{"IMF"}},
		{"hyphenated headline word with a common part", func() *article.Article {
			return para("Khan-backed party not eligible for seats", filler+"The party founded by Imran Khan was not eligible.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"headline not in English", func() *article.Article {
			a := para("POINT MARCHÉS Wall Street vue hésitante", filler)
			a.Language = "fr"
			return a
		}, article.FlagHeadlineMismatch, false, nil},
		{"headline word capitalised only as the first word", func() *article.Article {
			return para("Whistleblower: agency offices are empty", filler+"A whistleblower told investigators the offices were empty.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"headline shorthand the body writes out", func() *article.Article {
			return para("EU poised to OK climate plan", filler+"EU lawmakers are expected to approve the plan on Tuesday.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"match score in a headline", func() *article.Article {
			return para("Arsenal 3-1 Chelsea: Saka double sends Arsenal top", filler+"Saka scored twice as Arsenal beat Chelsea to go top.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"a number joined by a hyphen that is no score (guard)", func() *article.Article {
			return para("Budget cuts 4,500-5,000 jobs", filler)
		}, article.FlagHeadlineMismatch, true, []string{"4,500-5,000"}},
		{"headline first name of a surname the body uses", func() *article.Article {
			return para("Sixers game notes: Joel Embiid leads Sixers to victory", filler+"Embiid scored 30 points as the Sixers won.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"a site's name after a bar in the title is no headline", func() *article.Article {
			return para("Resort donates medical supplies to animal shelter | Nassau, Bahamas | Island Local News", filler+"The resort gave the animal shelter boxes of medical supplies.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"a name missing from the headline's part between bars (guard)", func() *article.Article {
			return para("Putin donates medical supplies to animal shelter | Island Local News", filler+"The resort gave the animal shelter boxes of medical supplies.")
		}, article.FlagHeadlineMismatch, true, []string{"Putin"}},
		{"a title before a name the body writes in full", func() *article.Article {
			return para("Mrs H Pyke wins allotment prize", filler+"Helen Pyke won the allotment prize for her marrows.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"a weekday the headline abbreviates", func() *article.Article {
			return para("Cold wave alert issued for Tues.", filler+"A cold wave alert was issued.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"headline event missing from body", func() *article.Article {
			return para("Health minister resigns over hospital contracts", filler)
		}, article.FlagHeadlineMismatch, true, []string{"resigns"}},
		{"headline event reported in another form", func() *article.Article {
			return para("Health minister resigns over hospital contracts", filler+"The minister handed in her resignation on Monday.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"headline event inside a quotation", func() *article.Article {
			return para("Minister: “I will not resign over contracts”", filler)
		}, article.FlagHeadlineMismatch, false, nil},
		{"headline figure joined to its unit", func() *article.Article {
			return para("Griffen leads Alabama against Ole Miss after 21-point game", filler+"Rylan Griffen scored 21 points as Alabama beat Ole Miss.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"headline figure joined to its unit, missing from body", func() *article.Article {
			return para("Griffen leads Alabama against Ole Miss after 21-point game", filler+"Rylan Griffen scored 30 points as Alabama beat Ole Miss.")
		}, article.FlagHeadlineMismatch, true, []string{"21-point"}},
		{"title case headline with an accented word", func() *article.Article {
			return para("The Story Behind the Times Exposé", filler+"The Times published the story in December.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"headline death the body calls an assassination", func() *article.Article {
			return para("Fatal Neutrality: Lumumba and the Cold War", filler+"Within a year, Lumumba was deposed and assassinated in the Cold War.")
		}, article.FlagHeadlineMismatch, false, nil},
		{"title case headline", func() *article.Article {
			return para("Talks Between Ministers Resume", filler)
		}, article.FlagHeadlineMismatch, false, nil},
		{"anonymous quotes", func() *article.Article {
			a := para("Talks resume", filler+"A senior official said the plan was dead. A diplomat said talks would fail. Mr Smith said he hoped for more.")
			quote(a, "the plan was dead", "a senior official", article.SourceAnonymous, "")
			quote(a, "talks would fail", "a diplomat", article.SourceAnonymous, "")
			quote(a, "he hoped for more", "John Smith", article.SourcePerson, "")
			return a
		}, article.FlagAnonymousSource, true, nil},
		{"one source hiding on purpose among many named ones", func() *article.Article {
			a := para("Dam mined, agency says", filler+"A senior military source said the dam had been mined. "+sixNamedText)
			quote(a, "the dam had been mined", "a senior military source", article.SourceAnonymous, "")
			sixNamed(a)
			return a
		}, article.FlagAnonymousSource, true, nil},
		{"one plain unnamed official among many named ones (guard)", func() *article.Article {
			a := para("Dam mined, officials say", filler+"Officials said the dam had been mined. "+sixNamedText)
			quote(a, "the dam had been mined", "Officials", article.SourceAnonymous, "")
			sixNamed(a)
			return a
		}, article.FlagAnonymousSource, false, nil},
		{"unnamed members of the public are no sources", func() *article.Article {
			a := para("Audiobook narrator wins praise", filler+"One fan said the voice was perfect for an evening on the couch. A visitor wrote that the show was too long. One resident said her street had been noisy for days. Neighbours said the queues had blocked their drives. Ms Jones said she was proud of the book.")
			quote(a, "the voice was perfect for an evening on the couch", "One fan", article.SourceAnonymous, "")
			quote(a, "the show was too long", "A visitor", article.SourceAnonymous, "")
			quote(a, "her street had been noisy for days", "One resident", article.SourceAnonymous, "")
			quote(a, "the queues had blocked their drives", "Neighbours", article.SourceAnonymous, "")
			quote(a, "she was proud of the book", "Ann Jones", article.SourcePerson, "")
			return a
		}, article.FlagAnonymousSource, false, nil},
		{"members of a group counted off by one and another are no sources", func() *article.Article {
			a := para("Royal fans delighted by photo", filler+"Royal fans rushed to comment. One wrote that the photo was beautiful. Another added that it was a lovely family. A third said the children had grown. The palace said the princess was recovering.")
			quote(a, "the photo was beautiful", "One", article.SourceAnonymous, "")
			quote(a, "it was a lovely family", "Another", article.SourceAnonymous, "")
			quote(a, "the children had grown", "A third", article.SourceAnonymous, "")
			quote(a, "the princess was recovering", "Kensington Palace", article.SourceOrganization, "")
			return a
		}, article.FlagAnonymousSource, false, nil},
		{"researchers named by their institution are no unnamed sources", func() *article.Article {
			a := para("Bees disappear from cities", filler+"Researchers at the University of Bristol found that bee numbers fell by a third. Analysts at Jefferies said honey prices would rise. The authors argued that cities could act. The authors added that parks mattered most. Dr Jane Walsh said cities could help.")
			for _, q := range [][2]string{{"bee numbers fell by a third", "Researchers at the University of Bristol"}, {"honey prices would rise", "Analysts at Jefferies"}, {"cities could act", "The authors"}, {"parks mattered most", "The authors"}} {
				quote(a, q[0], q[1], article.SourceAnonymous, "")
			}
			quote(a, "cities could help", "Jane Walsh", article.SourcePerson, "")
			return a
		}, article.FlagAnonymousSource, false, nil},
		{"researchers of a study the piece names", func() *article.Article {
			a := para("New octopus found", filler+"A new species of octopus has been found off Australia, researchers announced on Monday. The study, published in the journal Marine Biology, describes its long arms. Scientists said the find showed how little was known. Dr Sarah Mitchell said the team would go back.")
			for _, q := range [][3]string{{"A new species of octopus has been found off Australia", "researchers", article.SourceAnonymous}, {"the find showed how little was known", "Scientists", article.SourceAnonymous}, {"the team would go back", "Sarah Mitchell", article.SourcePerson}} {
				quote(a, q[0], q[1], q[2], "")
			}
			return a
		}, article.FlagAnonymousSource, false, nil},
		{"researchers of no study the piece names (guard)", func() *article.Article {
			a := para("Coffee is good for you", filler+"Coffee protects the heart, researchers say. Scientists said three cups a day were best. Dr Sarah Mitchell said people should enjoy it.")
			for _, q := range [][3]string{{"Coffee protects the heart", "researchers", article.SourceAnonymous}, {"three cups a day were best", "Scientists", article.SourceAnonymous}, {"people should enjoy it", "Sarah Mitchell", article.SourcePerson}} {
				quote(a, q[0], q[1], q[2], "")
			}
			return a
		}, article.FlagAnonymousSource, true, nil},
		{"weasel words", func() *article.Article {
			return para("Coffee is good for you", filler+"Many experts believe that coffee boosts metabolism. According to some studies, people who drink three cups a day live longer. It is widely believed that coffee improves focus.")
		}, article.FlagAnonymousSource, true, []string{"Many experts believe", "According to some studies", "It is widely believed"}},
		{"one plain unnamed attribution among named ones", func() *article.Article {
			a := para("Wildfire forces evacuations", filler+"The fire had burned 1,200 acres, the county fire department said. Officials said strong winds were pushing the flames. Fire Chief Anthony Marrone said people should leave.")
			for _, q := range [][3]string{{"The fire had burned 1,200 acres", "the county fire department", article.SourceOrganization}, {"strong winds were pushing the flames", "Officials", article.SourceAnonymous}, {"people should leave", "Anthony Marrone", article.SourcePerson}} {
				quote(a, q[0], q[1], q[2], "")
			}
			return a
		}, article.FlagAnonymousSource, false, nil},
		{"one source that hides among named ones (guard)", func() *article.Article {
			a := para("Plea deal expected", filler+"His plea could come as early as Monday, sources familiar with the matter said. The judge said the hearing was set. Mr Smith said he would attend.")
			for _, q := range [][3]string{{"His plea could come as early as Monday", "sources familiar with the matter", article.SourceAnonymous}, {"the hearing was set", "The judge", article.SourcePerson}, {"he would attend", "John Smith", article.SourcePerson}} {
				quote(a, q[0], q[1], q[2], "")
			}
			return a
		}, article.FlagAnonymousSource, true, nil},
		{"an unnamed official whose clause says they hide", func() *article.Article {
			return treasuryOfficial("who spoke on condition of anonymity because they were not authorised to talk to the media")
		}, article.FlagAnonymousSource, true, nil},
		{"an unnamed official whose clause says nothing of hiding (guard)", func() *article.Article {
			return treasuryOfficial("who has worked there for years")
		}, article.FlagAnonymousSource, false, nil},
		{"named speakers relayed by sources that hide", func() *article.Article {
			a := para("Senator's pension plan sparks anger", filler+"The senator suggested cutting benefits for anyone under 60, according to two people who attended the fundraiser. Her aide told donors the plan was final, the attendees said. Mr Smith said he opposed it.")
			quote(a, "cutting benefits for anyone under 60", "the senator", article.SourcePerson, "two people who attended the fundraiser")
			quote(a, "the plan was final", "her aide", article.SourcePerson, "the attendees, who asked not to be named")
			quote(a, "he opposed it", "John Smith", article.SourcePerson, "")
			return a
		}, article.FlagAnonymousSource, true, nil},
		{"a named speaker relayed by a statement (guard)", func() *article.Article {
			a := para("Senator's pension plan sparks anger", filler+"The senator proposed cutting benefits for anyone under 60, according to a statement. Mr Smith said he opposed it.")
			quote(a, "cutting benefits for anyone under 60", "the senator", article.SourcePerson, "a statement")
			quote(a, "he opposed it", "John Smith", article.SourcePerson, "")
			return a
		}, article.FlagAnonymousSource, false, nil},
		{"anonymous cues without quotes", func() *article.Article {
			return para("Talks resume", filler+"A senior government official said the plan was dead. Sources close to the minister told reporters it would be dropped.")
		}, article.FlagAnonymousSource, true, []string{"A senior government official", "Sources"}},
		{"sourcing formulas that name no one", func() *article.Article {
			return para("Talks resume", filler+"The BBC understands that the minister will resign on Friday. It is understood that the talks collapsed over the timetable.")
		}, article.FlagAnonymousSource, true, []string{"BBC understands", "It is understood that"}},
		{"sports outlets' sourcing formulas", func() *article.Article {
			return para("Chelsea close in on striker", filler+"Chelsea have agreed personal terms with the striker, Sky Sports News understands. The fee could reach £60m, BBC Sport understands.")
		}, article.FlagAnonymousSource, true, []string{"Sky Sports News understands", "BBC Sport understands"}},
		{"someone who understands", func() *article.Article {
			return para("Talks resume", filler+"The minister understands that voters are angry about the budget.")
		}, article.FlagAnonymousSource, false, nil},
		{"a person in a news event is no source", func() *article.Article {
			return para("Talks resume", filler+"A person was injured in the crash, police said. Officials in the city said the road was closed.")
		}, article.FlagAnonymousSource, false, nil},
		{"named spokesman", func() *article.Article {
			return para("Talks resume", filler+"A spokesman, John Kirby, said the plan was on track. Mr Kirby said more talks were due.")
		}, article.FlagAnonymousSource, false, nil},
		{"spokesman named before", func() *article.Article {
			a := para("Talks resume", filler+"John Kirby, a spokesman for the Pentagon, said the plan was on track. A diplomat said talks would go on.")
			i := strings.Index(a.Text, "John Kirby")
			a.Entities = []article.Entity{{ID: "john-kirby", Name: "John Kirby", Type: article.EntityPerson,
				Mentions: []article.Span{{Text: "John Kirby", Start: i, End: i + len("John Kirby")}}}}
			return a
		}, article.FlagAnonymousSource, false, nil},
		{"place before a spokesman", func() *article.Article {
			return para("Talks resume", filler+"In Washington, a spokesman for the Pentagon said the plan was on track. A diplomat said talks would go on.")
		}, article.FlagAnonymousSource, true, []string{"a spokesman", "A diplomat"}},
		{"second-hand via media", func() *article.Article {
			a := para("Talks resume", filler+"According to reports from CNN, the two sides agreed a swap.")
			return a
		}, article.FlagSecondhandSource, true, []string{"According to reports from CNN"}},
		{"institution is first-hand", func() *article.Article {
			return para("Talks resume", filler+"According to the EU, the sanctions will stay. According to NATO, troops moved.")
		}, article.FlagSecondhandSource, false, nil},
		{"a research firm is first-hand", func() *article.Article {
			return para("Talks resume", filler+"According to IDC, global smartphone shipments fell 3% last year.")
		}, article.FlagSecondhandSource, false, nil},
		{"an outlet no list knows that the text names as an agency", func() *article.Article {
			a := para("Talks resume", filler+"As reported agency Vestnik-24, the minister said that Hungary will support the visa plan.")
			quote(a, "Hungary will support the visa plan", "the minister", article.SourceAnonymous, "Vestnik-24")
			cueAt(a, 0, "said")
			mediaEntity(a, "Vestnik-24")
			return a
		}, article.FlagSecondhandSource, true, []string{"Hungary will support the visa plan"}},
		{"an outlet no list knows that a speaker told is the article's own (guard)", func() *article.Article {
			a := para("Talks resume", filler+"Rose told the Harbor Ledger that the plan was sound.")
			quote(a, "the plan was sound", "Rose", article.SourcePerson, "Harbor Ledger")
			cueAt(a, 0, "told")
			mediaEntity(a, "Harbor Ledger")
			return a
		}, article.FlagSecondhandSource, false, nil},
		{"an outlet no list knows in a statement to it is the article's own (guard)", func() *article.Article {
			a := para("Talks resume", filler+"In a statement to the Harbor Ledger, Rose said that the plan was sound.")
			quote(a, "the plan was sound", "Rose", article.SourcePerson, "Harbor Ledger")
			cueAt(a, 0, "said")
			mediaEntity(a, "Harbor Ledger")
			return a
		}, article.FlagSecondhandSource, false, nil},
		{"outlet citing itself", func() *article.Article {
			a := para("Talks resume", filler+"According to the Times, the two sides agreed a swap.")
			a.Source = "latimes.com"
			return a
		}, article.FlagSecondhandSource, false, nil},
		{"unattributed claims not in English", func() *article.Article {
			a := para("Talks resume", filler+"Prices rose 4% in May. Exports fell by a third.")
			withClaims(a, fillerClaims...)
			a.Language = "fr"
			return a
		}, article.FlagUnattributedClaims, false, nil},
		{"outlet named by its URL citing itself", func() *article.Article {
			a := para("Talks resume", filler+"According to the Telegraph, the two sides agreed a swap.")
			a.URL = "https://www.telegraph.co.uk/news/2024/03/02/talks/"
			return a
		}, article.FlagSecondhandSource, false, nil},
		{"quote told to the outlet itself", func() *article.Article {
			a := para("Talks resume", filler+"Lord Walney told The Telegraph that the review was finished.")
			quote(a, "the review was finished", "Lord Walney", article.SourcePerson, "The Telegraph")
			a.URL = "https://www.telegraph.co.uk/news/2024/03/02/talks/"
			return a
		}, article.FlagSecondhandSource, false, nil},
		{"outlet named by its initials on its own site", func() *article.Article {
			a := para("Talks resume", filler+"Lord Walney told The Associated Press that the review was finished.")
			quote(a, "the review was finished", "Lord Walney", article.SourcePerson, "The Associated Press")
			a.URL = "https://apnews.com/article/talks-0001"
			return a
		}, article.FlagSecondhandSource, false, nil},
		{"outlet's acronym on its own site", func() *article.Article {
			a := para("Talks resume", filler+"According to AP reporting, the review was finished.")
			quote(a, "the review was finished", "AP reporting", article.SourceMedia, "")
			a.URL = "https://apnews.com/article/talks-0001"
			return a
		}, article.FlagSecondhandSource, false, nil},
		{"another outlet's initials on a site (guard)", func() *article.Article {
			a := para("Talks resume", filler+"Lord Walney told The Associated Press that the review was finished.")
			quote(a, "the review was finished", "Lord Walney", article.SourcePerson, "The Associated Press")
			a.URL = "https://www.bbc.co.uk/news/talks-0001"
			return a
		}, article.FlagSecondhandSource, true, nil},
		{"quote told to the agency of the wire dateline", func() *article.Article {
			a := para("Acme shares jump", "NEW YORK (Reuters) - Acme Corp shares jumped 12% on Thursday after the group reported a record profit.", filler+"The chief financial officer, Dave Chen, told Reuters that Acme would continue its buyback.")
			quote(a, "Acme would continue its buyback", "Dave Chen", article.SourcePerson, "Reuters")
			return a
		}, article.FlagSecondhandSource, false, nil},
		{"quote told to another agency than the dateline's (guard)", func() *article.Article {
			a := para("Acme shares jump", "NEW YORK (AP) - Acme Corp shares jumped 12% on Thursday after the group reported a record profit.", filler+"The chief financial officer, Dave Chen, told Reuters that Acme would continue its buyback.")
			quote(a, "Acme would continue its buyback", "Dave Chen", article.SourcePerson, "Reuters")
			return a
		}, article.FlagSecondhandSource, true, nil},
		{"a syndicated feed's notice in brackets", func() *article.Article {
			return para("Talks resume", filler, "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)")
		}, article.FlagSyndicatedCopy, true, []string{"(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)"}},
		{"statement is first-hand", func() *article.Article {
			a := para("Talks resume", filler+"According to a note released by the ministry, talks went well.")
			quote(a, "talks went well", "the ministry", article.SourceOrganization, "a note released by the ministry")
			return a
		}, article.FlagSecondhandSource, false, nil},
		{"unattributed claims", func() *article.Article {
			a := para("Talks resume", filler+"Prices rose 4% in May. Exports fell by a third.")
			withClaims(a, fillerClaims...)
			return a
		}, article.FlagUnattributedClaims, true, []string{"ministers discussed trade"}},
		{"a box score's results", func() *article.Article {
			box := []string{"Booker scored 33 points in the 84-79 win", "The Cougars have gone 14-2 at home",
				"Smith is averaging 17.1 points and 1.7 steals per game", "Their opponents have averaged 74.8 points per game",
				"The visitors shot 42% from the field in the second half"}
			a := para("Booker's 33 lead Eastern Illinois over SIU-Edwardsville 84-79", strings.Join(box, ". ")+".")
			withClaims(a, box...)
			return a
		}, article.FlagUnattributedClaims, false, nil},
		{"a market wrap's moves", func() *article.Article {
			wrap := []string{"Gold futures fell 0.2% to $2,090.9", "US crude slipped 0.7% to $79.43 a barrel",
				"The benchmark index rose 0.4% as shares of miners gained", "Bond yields rose as traders priced in a rate cut",
				"The dollar gained against the currency of Canada"}
			a := para("TSX eyes downbeat start ahead of data-packed week", strings.Join(wrap, ". ")+".")
			withClaims(a, wrap...)
			return a
		}, article.FlagUnattributedClaims, false, nil},
		{"news with a few results among its claims", func() *article.Article {
			a := para("Talks resume", filler+"Prices rose 4% in May. Exports fell by a third. The team won the match 2-1.")
			withClaims(a, append(fillerClaims, "The team won the match 2-1")...)
			return a
		}, article.FlagUnattributedClaims, true, []string{"ministers discussed trade"}},
		{"claims in a paragraph that carries an attribution", func() *article.Article {
			a := para("Talks resume", filler+"Prices rose 4% in May. Exports fell by a third. Imports rose 2%. Jobs grew by 2%, the ministry said.")
			withClaims(a, append(fillerClaims, "Imports rose 2%", "Jobs grew by 2%")...)
			quote(a, "Jobs grew by 2%", "the ministry", article.SourceOrganization, "")
			return a
		}, article.FlagUnattributedClaims, false, nil},
		{"claims beside an attributed paragraph", func() *article.Article {
			a := para("Talks resume", filler+"Prices rose 4% in May. Exports fell by a third. Imports rose 2%.", "Jobs grew by 2%, the ministry said.")
			withClaims(a, append(fillerClaims, "Imports rose 2%", "Jobs grew by 2%")...)
			quote(a, "Jobs grew by 2%", "the ministry", article.SourceOrganization, "")
			return a
		}, article.FlagUnattributedClaims, true, []string{"Prices rose 4% in May"}},
		{"hire-me bio", func() *article.Article {
			a := para("Talks resume", filler)
			a.Author = "Jo Bloggs"
			return withBlock(a, "Jo Bloggs is a seasoned writer who can write on any topic you need her to cover.", article.LabelAuthor, nil)
		}, article.FlagContentFarm, true, []string{"seasoned writer", "can write on any topic"}},
		{"bio unrelated to topic", func() *article.Article {
			a := para("Talks resume", filler+"The foreign minister and the defence secretary met at the summit to discuss sanctions, troops and the ceasefire.")
			a.Author = "Jo Bloggs"
			return withBlock(a, "Writing about technology, gadgets, brands and business.", article.LabelAuthor, nil)
		}, article.FlagContentFarm, true, nil},
		{"a bio across many beats, the story's among them", func() *article.Article {
			a := para("Talks resume", filler+"The foreign minister and the defence secretary met at the summit to discuss sanctions, troops and the ceasefire.")
			a.Author = "Mark Ellis"
			return withBlock(a, "Mark Ellis is a writer who covers politics, crypto, gaming and lifestyle.", article.LabelAuthor, nil)
		}, article.FlagContentFarm, true, []string{"Mark Ellis is a writer"}},
		{"a bio of one beat, the story's (guard)", func() *article.Article {
			a := para("Talks resume", filler+"The foreign minister and the defence secretary met at the summit to discuss sanctions, troops and the ceasefire.")
			a.Author = "Mark Ellis"
			return withBlock(a, "Mark Ellis covers politics and diplomacy for the paper.", article.LabelAuthor, nil)
		}, article.FlagContentFarm, false, nil},
		{"no byline alone", func() *article.Article {
			return para("Talks resume", filler)
		}, article.FlagContentFarm, false, nil},
		{"SEO filler and a stuffed keyword", func() *article.Article {
			a := para("Best Credit Cards For Students In 2025",
				"In this article, we will discuss the best credit cards for students. If you are looking for credit cards for students, you have come to the right place.",
				"Credit cards for students are credit cards designed for students, and credit cards help students build a history.",
				"In conclusion, the best credit cards for students suit their needs. We hope this guide on credit cards for students helped you choose among credit cards.")
			a.Author = "Jo Bloggs"
			return a
		}, article.FlagContentFarm, true, []string{"you have come to the right place", "credit cards"}},
		{"a stuffed keyword with a three-letter word and no byline", func() *article.Article {
			return para("Best Cheap Car Insurance in Texas 2026",
				"Looking for the best cheap car insurance in Texas? Cheap car insurance Texas drivers can trust is hard to find, but our experts compared the cheapest car insurance in Texas for you.",
				"The average cost of car insurance in Texas is $1,800 per year. Acme Auto is the best overall cheap car insurance Texas has, and you can save on your car insurance today.")
		}, article.FlagContentFarm, true, []string{"car insurance"}},
		{"a headline's function words repeated are no keywords (guard)", func() *article.Article {
			return para("The Fight For The Future Of The City",
				"Residents spoke for the park and for the library. Some came for the music, others for the food, and most stayed for the vote.",
				"The council voted for the plan. Its leader said it was a vote for the future and for the families who live here.")
		}, article.FlagContentFarm, false, nil},
		{"a news story that repeats its subject (guard)", func() *article.Article {
			a := para("Council approves new cycle lanes", filler+"The cycle lanes will run through the centre. Work on the lanes begins in April. In conclusion, the council said, the scheme would make streets safer.")
			a.Author = "Jo Bloggs"
			return a
		}, article.FlagContentFarm, false, nil},
		{"republished under a licence", func() *article.Article {
			return withBlock(para("Talks resume", filler), "This article is republished from The Conversation under a Creative Commons license.", article.LabelSourceCredit, nil)
		}, article.FlagSyndicatedCopy, true, nil},
		{"scraper credit", func() *article.Article {
			return withBlock(para("Talks resume", filler), "Source: Read Full Article", article.LabelSourceCredit, nil)
		}, article.FlagSyndicatedCopy, true, []string{"Source: Read Full Article"}},
		{"navigation read more about", func() *article.Article {
			return withBlock(para("Talks resume", filler), "Read More About: World News", article.LabelNavigation, nil)
		}, article.FlagSyndicatedCopy, false, nil},
		{"originally published", func() *article.Article {
			return withBlock(para("Talks resume", filler), "This article originally appeared on Example News.", article.LabelSourceCredit, nil)
		}, article.FlagSyndicatedCopy, true, nil},
		{"opening mark used to close", func() *article.Article {
			return para("Talks resume", filler+"“I lobbied for the release of the prisoners“Blinken said.")
		}, article.FlagMalformedQuotes, true, []string{"prisoners“Blinken"}},
		{"quote continued over paragraphs", func() *article.Article {
			return para("Talks resume", "He said: “We are disappointed.", "“Our explanations fell on deaf ears.”")
		}, article.FlagMalformedQuotes, false, nil},
		{"a quotation left open at the end of a line inside one block", func() *article.Article {
			return para("Talks resume", filler+"Councillor Amy Price said: \"This will make our streets safer.\nThe work will begin in April.\nOpponents said the lanes would \"increase congestion.")
		}, article.FlagMalformedQuotes, true, nil},
		{"a quotation over lines wrapped inside a sentence (guard)", func() *article.Article {
			return para("Talks resume", filler+"Councillor Amy Price said: \"This will make our\nstreets safer for everyone,\" and left.")
		}, article.FlagMalformedQuotes, false, nil},
		{"a quotation continued on the next line inside one block", func() *article.Article {
			return para("Talks resume", filler+"He said: “We are disappointed.\n“Our explanations fell on deaf ears.”")
		}, article.FlagMalformedQuotes, false, nil},
		{"nested double quotes that close", func() *article.Article {
			return para("Talks resume", "“We expect Georgia’s “Citizens Only Voting” bill to pass,” he said.")
		}, article.FlagMalformedQuotes, false, nil},
		{"doubled single marks", func() *article.Article {
			return para("Talks resume", "“Imagine the risks,’’ Ms. Raimondo said. ‘‘So it is scary.’’")
		}, article.FlagMalformedQuotes, false, nil},
		{"stray closing mark", func() *article.Article {
			return para("Talks resume", "He said it was over.” Then he left.")
		}, article.FlagMalformedQuotes, true, []string{"over.”"}},
		{"german quotation marks", func() *article.Article {
			return para("Talks resume", "Er sagte: „Wir sind enttäuscht“ und ging.")
		}, article.FlagMalformedQuotes, false, nil},
		{"german guillemets", func() *article.Article {
			return para("Talks resume", "Das Magazin »Fortune« kürte ihn, obwohl sie »eigentlich alles richtig« machten.", "»Wir gehen.", "»Morgen wieder«, sagte er.")
		}, article.FlagMalformedQuotes, false, nil},
		{"swedish guillemets", func() *article.Article {
			return para("Talks resume", "Han sa: »Vi är besvikna» och gick.")
		}, article.FlagMalformedQuotes, false, nil},
		{"french guillemets", func() *article.Article {
			return para("Talks resume", "Il a dit : « Nous sommes déçus » et il est parti.")
		}, article.FlagMalformedQuotes, false, nil},
		{"guillemet pointing right glued to a word", func() *article.Article {
			return para("Talks resume", "He said it was over» and left.")
		}, article.FlagMalformedQuotes, true, []string{"over»"}},
		{"not English", func() *article.Article {
			a := para("Talks resume", filler+"Die Regierung hat das Angebot erhalten und der Minister war erfreut.")
			a.Language = "de"
			return a
		}, article.FlagLanguageQuality, false, nil},
		{"unclosed quote", func() *article.Article {
			return para("Talks resume", "He said: “We are disappointed.", "The talks ended.")
		}, article.FlagMalformedQuotes, true, nil},
		{"garbled phrasing", func() *article.Article {
			return para("Talks resume", filler+"The unites states secretary met the Germans foreign minister in Berlin.")
		}, article.FlagLanguageQuality, true, []string{"unites states", "the Germans foreign"}},
		{"misspellings", func() *article.Article {
			return para("Talks resume", filler+filler+filler+"The goverment recieved the ofer and the ministre was pleesed with the agrement, acording to the offical statment.")
		}, article.FlagLanguageQuality, true, []string{"goverment"}},
		{"clean English", func() *article.Article {
			return para("Talks resume", filler)
		}, article.FlagLanguageQuality, false, nil},
		{"near duplicate", func() *article.Article {
			a := para("Talks resume", filler)
			a.Duplicate = &article.Duplicate{Of: "earlier-id", Kind: "near", Similarity: 0.93}
			return a
		}, article.FlagNearDuplicate, true, nil},
	}
	st := newStage(t, nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.article()
			if err := st.Process(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			f := flagOf(a, tt.code)
			if (f != nil) != tt.raised {
				t.Fatalf("%s raised = %v, want %v; flags: %v", tt.code, f != nil, tt.raised, codes(a))
			}
			checkOffsets(t, a)
			if f == nil {
				return
			}
			var got []string
			for _, e := range f.Evidence {
				got = append(got, e.Text)
			}
			for _, want := range tt.evidence {
				if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, want) }) {
					t.Errorf("evidence %q missing from %q", want, got)
				}
			}
			if f.Score <= 0 || f.Score > 1 {
				t.Errorf("score %v out of (0,1]", f.Score)
			}
			switch f.Severity {
			case article.SeverityInfo, article.SeverityWarn, article.SeverityHigh:
			default:
				t.Errorf("severity %q", f.Severity)
			}
			if tt.code == article.FlagNearDuplicate && !slices.Equal(f.Related, []string{"earlier-id"}) {
				t.Errorf("related = %v", f.Related)
			}
		})
	}
}

func TestSignalsAndRisk(t *testing.T) {
	st := newStage(t, nil)
	tests := []struct {
		name      string
		a         *article.Article
		clickbait bool
		flags     int
	}{
		{"title only", &article.Article{ID: "x", Title: "You won't believe what happened next"}, true, 1},
		{"empty", &article.Article{ID: "x"}, false, 0},
		{"text without blocks", &article.Article{ID: "x", Title: "Budget approved", Text: "Budget approved\n\n" + filler}, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := st.Process(context.Background(), tt.a); err != nil {
				t.Fatal(err)
			}
			_, ok := tt.a.Signals["clickbait"]
			if ok != tt.clickbait {
				t.Errorf("clickbait signal present = %v, want %v", ok, tt.clickbait)
			}
			if tt.a.Flags == nil {
				t.Error("Flags is nil after the flagger ran")
			}
			if len(tt.a.Flags) != tt.flags {
				t.Errorf("flags = %v, want %d", codes(tt.a), tt.flags)
			}
			if tt.a.Risk == nil || *tt.a.Risk < 0 || *tt.a.Risk > 1 {
				t.Fatalf("risk = %v", tt.a.Risk)
			}
			if tt.flags == 0 && *tt.a.Risk != 0 {
				t.Errorf("risk %v without flags", *tt.a.Risk)
			}
		})
	}
}

func TestRiskOrdersSeeds(t *testing.T) {
	st := newStage(t, nil)
	risk := map[string]float64{}
	for _, name := range seedNames(t) {
		a := goldArticle(t, name)
		if err := st.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		risk[name] = *a.Risk
	}
	// The clean wire-style report ranks below the tabloid and spam pages.
	if risk["001_11ef9a64a3f51661"] >= risk["002_36bb195d2287ec20"] || risk["001_11ef9a64a3f51661"] >= risk["000_68cd6ccdafa90542"] {
		t.Errorf("risk order wrong: %v", risk)
	}
}

func TestConfig(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*flagger.Config)
		wantErr string
	}{
		{"default", func(*flagger.Config) {}, ""},
		{"threshold out of range", func(c *flagger.Config) { c.Clickbait.Threshold = 1.5 }, "clickbait.threshold"},
		{"missing risk weight", func(c *flagger.Config) { delete(c.Risk.Weights, article.FlagSEOSpam) }, "no weight for seo_spam"},
		{"zero quote window", func(c *flagger.Config) { c.Corroborate.QuoteWords = 0 }, "quote_words"},
		{"negative beats", func(c *flagger.Config) { c.ContentFarm.BioManyBeats = -1 }, "bio_many_beats"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := flagger.DefaultConfig()
			// Copy the map so that the default is not changed.
			w := map[string]float64{}
			for k, v := range c.Risk.Weights {
				w[k] = v
			}
			c.Risk.Weights = w
			tt.mutate(&c)
			err := c.Validate()
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if _, err := flagger.New(c, nil, nil, nil); err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want %q", err, tt.wantErr)
			}
			if _, err := flagger.New(c, nil, nil, nil); err == nil {
				t.Fatal("New accepted a bad config")
			}
		})
	}
	var c flagger.Config
	if err := flagger.ParseConfig([]byte(`{"nope": 1}`), &c); err == nil {
		t.Error("unknown key accepted")
	}
}

func TestMetrics(t *testing.T) {
	reg := prometheus.NewPedanticRegistry()
	st, err := flagger.New(flagger.DefaultConfig(), nil, nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	a := para("Minister desperately tries to humiliate rival as party rebels explode in fury", filler)
	if err := st.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if n := testutil.CollectAndCount(reg, "copydesk_flags_total"); n == 0 {
		t.Error("no copydesk_flags_total series")
	}
	want := `
# HELP copydesk_flags_total Flags raised by the flagger, by code and severity.
# TYPE copydesk_flags_total counter
copydesk_flags_total{code="clickbait_headline",severity="warn"} 1
copydesk_flags_total{code="loaded_language",severity="warn"} 1
`
	if err := testutil.CollectAndCompare(reg, strings.NewReader(want), "copydesk_flags_total"); err != nil {
		t.Error(err)
	}
	if n := testutil.CollectAndCount(reg, "copydesk_flagger_risk"); n != 1 {
		t.Errorf("copydesk_flagger_risk series = %d", n)
	}
	if _, err := flagger.New(flagger.DefaultConfig(), nil, nil, reg); err == nil {
		t.Error("registering twice succeeded")
	}
}

func TestStageContract(t *testing.T) {
	st := newStage(t, nil)
	var s stage.Stage = st
	if s.Name() != "flagger" || s.Version() == "" {
		t.Errorf("name %q version %q", s.Name(), s.Version())
	}
	if st2 := newStage(t, nil); st2.Version() != st.Version() {
		t.Error("version not deterministic")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := st.Process(ctx, para("x", filler))
	if err == nil || !stage.IsRetryable(err) {
		t.Errorf("cancelled context: err = %v, want retryable", err)
	}
	// Deterministic: the same input gives the same output.
	a1, a2 := goldArticle(t, seedNames(t)[2]), goldArticle(t, seedNames(t)[2])
	if err := st.Process(context.Background(), a1); err != nil {
		t.Fatal(err)
	}
	if err := st.Process(context.Background(), a2); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(a1, a2); d != "" {
		t.Errorf("not deterministic (-a +b):\n%s", d)
	}
}

// TestSeedsGolden pins the flags of the gold-built seed articles in
// testdata/seeds_flags.golden.json; run with -update after a deliberate
// change.
func TestSeedsGolden(t *testing.T) {
	st := newStage(t, flagger.NewMemoryCorpus())
	type row struct {
		Name    string             `json:"name"`
		Risk    float64            `json:"risk"`
		Signals map[string]float64 `json:"signals"`
		Flags   []article.Flag     `json:"flags"`
		Claims  []article.Claim    `json:"claims"`
	}
	var got []row
	for _, name := range seedNames(t) {
		a := goldArticle(t, name)
		if err := st.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		got = append(got, row{name, *a.Risk, a.Signals, a.Flags, a.Claims})
	}
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "seeds_flags.golden.json")
	if *update {
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if d := cmp.Diff(strings.TrimSpace(string(want)), strings.TrimSpace(string(b))); d != "" {
		t.Errorf("seed flags changed (-want +got); run go test -update if intended:\n%s", d)
	}
}

func FuzzProcess(f *testing.F) {
	st, err := flagger.New(flagger.DefaultConfig(), flagger.NewMemoryCorpus(), nil, nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Russia desperately tries to humiliate Truss", "Mr Lavrov said: “I am disappointed.\n\n“Our explanations”\n\nSource: Read Full Article", true)
	f.Add("", "“a“b”c” \" ” „x« » 100,000 troops $5 billion 10th", false)
	f.Add("US-Russia: 5", "\xff\xfe unites states the Germans foreign minister", true)
	f.Fuzz(func(t *testing.T, title, text string, blocks bool) {
		a := &article.Article{ID: "fuzz", Title: title, Text: title + "\n\n" + text}
		if blocks {
			a.Blocks = []article.Block{{Start: 0, End: len(title), Label: article.LabelHeadline}, {Start: len(title) + 2, End: len(a.Text), Label: article.LabelContent}}
			a.Claims = []article.Claim{{Text: text, Start: len(title) + 2, End: len(a.Text), Checkworthy: 0.9}}
		}
		if err := st.Process(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, fl := range a.Flags {
			for _, e := range fl.Evidence {
				if e.Start < 0 || e.End > len(a.Text) || e.Start > e.End {
					t.Fatalf("%s: evidence %d:%d outside text of %d bytes", fl.Code, e.Start, e.End, len(a.Text))
				}
			}
		}
		if a.Risk == nil || *a.Risk < 0 || *a.Risk > 1 {
			t.Fatalf("risk %v", a.Risk)
		}
	})
}

// TestHeadlineMismatchEvidence: a name missing from the body is named
// without its possessive ending ("Putin", not "Putin's"), and once however
// often the headline repeats it.
func TestHeadlineMismatchEvidence(t *testing.T) {
	for _, title := range []string{"Putin's budget talks stall", "Putin warns as Putin allies gather"} {
		t.Run(title, func(t *testing.T) {
			st := newStage(t, nil)
			a := para(title, filler)
			if err := st.Process(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			f := flagOf(a, article.FlagHeadlineMismatch)
			if f == nil {
				t.Fatalf("no %s; flags: %v", article.FlagHeadlineMismatch, codes(a))
			}
			if len(f.Evidence) != 1 || f.Evidence[0].Text != "Putin" || !strings.Contains(f.Explanation, "names “Putin”, which") {
				t.Errorf("evidence %+v, explanation %q; want “Putin” once", f.Evidence, f.Explanation)
			}
		})
	}
}
