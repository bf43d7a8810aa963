package claims

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/seedgold"
	"github.com/copydesk/copydesk/pkg/stage"
)

const seedsDir = "../../seeds"

func newStage(t testing.TB) *Stage {
	t.Helper()
	s, err := New(DefaultConfig(), nil, nil)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s
}

func loadSeeds(t testing.TB) []Seed {
	t.Helper()
	if _, err := os.Stat(seedsDir + "/gold"); err != nil {
		t.Skip("seeds not found")
	}
	seeds, err := LoadSeeds(seedsDir)
	if err != nil {
		t.Fatal(err)
	}
	return seeds
}

// TestSeedsQuotes is the acceptance test of issue 4: every non-hard gold
// quote is found with the right speaker, at least half of the hard ones,
// and nothing from boilerplate (not_quotes) is extracted.
func TestSeedsQuotes(t *testing.T) {
	s := newStage(t)
	seeds := loadSeeds(t)
	total, per, err := EvalSeeds(context.Background(), s, seeds)
	if err != nil {
		t.Fatal(err)
	}
	for i, sc := range per {
		t.Run(seeds[i].Name, func(t *testing.T) {
			if sc.RightSpeaker-sc.HardRight < sc.Gold-sc.HardGold || sc.NotQuoteHits > 0 || sc.SourcesRight < sc.SourcesGold {
				t.Errorf("non-hard right %d/%d, not_quotes extracted %d, sources %d/%d\n%s",
					sc.RightSpeaker-sc.HardRight, sc.Gold-sc.HardGold, sc.NotQuoteHits, sc.SourcesRight, sc.SourcesGold,
					strings.Join(sc.Lines, "\n"))
			}
		})
	}
	if 2*total.HardRight < total.HardGold {
		t.Errorf("hard quotes right: %d/%d, want at least half", total.HardRight, total.HardGold)
	}
	prec := float64(total.Extracted-total.Extra) / float64(max(1, total.Extracted))
	t.Logf("seeds: %d/%d right speaker (hard %d/%d), precision %.2f (%d extra of %d), kind %d/%d",
		total.RightSpeaker, total.Gold, total.HardRight, total.HardGold, prec, total.Extra, total.Extracted, total.RightKind, total.KindGold)
	// The kind (direct, indirect, mixed) of 48 of the 49 found: a quotation
	// after "that" is mixed, a link before one is not part of it, a quoted
	// clause before its object's words is direct. The one left: an opening
	// adverbial quoting a phrase before an unquoted report.
	if total.RightKind < total.KindGold-1 {
		t.Errorf("quotes of the right kind: %d/%d, want at least %d", total.RightKind, total.KindGold, total.KindGold-1)
	}
	if prec < 0.75 {
		t.Errorf("precision %.2f: too many quotes that gold does not list", prec)
	}
}

// TestProcessInvariants checks the output contract on the seeds: offsets
// match the text, every content sentence is scored, claims are the
// sentences at or above the threshold, quote links are valid.
func TestProcessInvariants(t *testing.T) {
	s := newStage(t)
	for _, sd := range loadSeeds(t) {
		t.Run(sd.Name, func(t *testing.T) {
			a := *sd.Article
			if err := stage.Run(context.Background(), s, &a, time.Now); err != nil {
				t.Fatal(err)
			}
			if a.Quotes == nil || a.Sentences == nil || a.Claims == nil || a.Entities == nil {
				t.Fatal("a stage that ran must set non-nil slices")
			}
			for _, q := range a.Quotes {
				if a.Text[q.Start:q.End] != q.Text {
					t.Errorf("quote text %q does not match offsets", q.Text)
				}
				if q.Speaker == nil || q.Speaker.Mention != a.Text[q.Speaker.Start:q.Speaker.End] {
					t.Errorf("speaker mention of %q does not match offsets", q.Text)
				}
				if q.Cue != nil && q.Cue.Text != a.Text[q.Cue.Start:q.Cue.End] {
					t.Errorf("cue %q does not match offsets", q.Cue.Text)
				}
				if !inContent(a.Blocks, q.Start, q.End) {
					t.Errorf("quote %q outside content blocks", q.Text)
				}
			}
			content := 0
			for _, b := range a.Blocks {
				if b.Label == article.LabelContent {
					content++
				}
			}
			if len(a.Sentences) < content {
				t.Errorf("%d sentences for %d content blocks", len(a.Sentences), content)
			}
			n := 0
			for _, se := range a.Sentences {
				if se.Checkworthy < 0 || se.Checkworthy > 1 {
					t.Errorf("score %v out of range", se.Checkworthy)
				}
				if se.Checkworthy >= s.Threshold() {
					n++
				}
			}
			if n != len(a.Claims) {
				t.Errorf("%d sentences at or above threshold, %d claims", n, len(a.Claims))
			}
			for _, c := range a.Claims {
				if c.Quote != nil && (*c.Quote < 0 || *c.Quote >= len(a.Quotes)) {
					t.Errorf("claim %q links quote %d of %d", c.Text, *c.Quote, len(a.Quotes))
				}
			}
			if a.Stages[Name].Version != s.Version() {
				t.Errorf("stage run not recorded")
			}
		})
	}
}

func inContent(blocks []article.Block, start, end int) bool {
	for _, b := range blocks {
		if (b.Label == article.LabelContent || b.Label == article.LabelHeadline) && start >= b.Start && end <= b.End {
			return true
		}
	}
	// A quote over several content paragraphs.
	for _, b := range blocks {
		if b.Label == article.LabelContent && start >= b.Start && start < b.End {
			return true
		}
	}
	return false
}

// TestAttribution covers the attribution patterns on general sentences.
func TestAttribution(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		name, text, key, speaker, typ, via string
	}{
		{"said that", "Title\nPrime Minister Jane Doe said on Monday that taxes would rise next year.", "taxes would rise", "Jane Doe", "person", ""},
		{"a citation in brackets before an auxiliary", "Title\nPeople who drink coffee may live longer, according to new research.\n\nPrevious research (Jones et al., 2019) has shown that moderate coffee drinking is linked to a lower risk of heart disease.", "lower risk of heart disease", "Previous research", "document", ""},
		{"an acronym in brackets before an auxiliary is the name's (guard)", "Title\nPrices rose again in May.\n\nThe Office for National Statistics (ONS) has said that inflation rose to 3.4% in May.", "inflation rose to 3.4%", "Office for National Statistics", "organization", ""},
		{"a mediating country speaks as its government", "Title\nTalks stalled on Saturday.\n\nQatar, which has mediated between the two sides, said talks would continue in the coming days.", "talks would continue", "Qatar", "organization", ""},
		{"a linking adverb before a speaker and an anonymity clause", "Title\nTalks stalled on Saturday.\n\nMeanwhile, a senior Hamas official, speaking on condition of anonymity because he was not authorised to brief the media, said the group had not received any new proposal.", "not received any new proposal", "a senior Hamas official", "anonymous", ""},
		{"one of a group after with and a colon", "Title\nA mum is angry.\n\nA spokesperson for the academy said: \"We have high standards.\"\n\nDozens of parents have since backed Kelly on social media, with one writing: \"This is ridiculous, kids should be in class learning.\"", "This is ridiculous", "one", "anonymous", ""},
		{"an inverted cue and one of a trade the article does not name", "Title\nX sued advertisers on Tuesday.\n\n\"It's a stunt,\" said one media buyer, who asked not to be named. \"Nobody is coming back because of a lawsuit.\"", "Nobody is coming back", "one media buyer", "anonymous", ""},
		{"a participle's quotation after the cue is the speaker's (guard)", "Title\nFrench President Emmanuel Macron spoke in Paris.\n\nMacron suggested on Monday that Ukraine's allies would \"do everything needed, so Russia cannot win the war,\" stressing that \"nothing can be ruled out\" and that leaders had reached no consensus.", "nothing can be ruled out", "Macron", "person", ""},
		{"a quotation after the speaker's pronoun and another verb is the speaker's (guard)", "Title\nGovernor Jay Inslee swore in the justice on Monday.\n\nInslee says naming her is historic, but he called on her \u2018because she\u2019s the best for the job\u2019.", "best for the job", "Inslee", "person", ""},
		{"an email an outlet has seen between the verb and what was said", "Title\nZendara will cut 1,200 jobs.\n\nChief executive Priya Raman told staff in an email, seen by the Financial Times, that the decision was painful but necessary.", "painful but necessary", "Priya Raman", "person", "Financial Times"},
		{"told a sports broadcaster", "Title\nLiverpool were knocked out on Thursday.\n\n\"We were not good enough over the two legs, that's the truth,\" Klopp told TNT Sports.", "not good enough over the two legs", "Klopp", "person", "TNT Sports"},
		{"a page set up by people", "Title\nThe couple lost their home in a fire.\n\nA GoFundMe page set up by friends of the family said the couple had been overwhelmed by the kindness of strangers.", "overwhelmed by the kindness", "A GoFundMe page set up by friends of the family", "document", ""},
		{"a letter signed by people", "Title\nThe plan was published on Monday.\n\nA letter signed by 40 MPs said the plan was unworkable and should be dropped.", "the plan was unworkable", "A letter signed by 40 MPs", "document", ""},
		{"another opening a report with a colon", "Title\nOne furious viewer wrote on social media: \"Who does he think he is?\"\n\nAnother said: \"He's absolutely right, fast food is rubbish.\"", "fast food is rubbish", "Another", "anonymous", ""},
		{"another after one names the same kind of speaker", "Title\nOne viewer wrote: \"Who is he?\"\n\nAnother added: \"He is right.\"", "He is right", "another viewer", "anonymous", ""},
		{"a third counts off the same kind of speaker", "Title\nOne viewer wrote: \"Who is he?\"\n\nAnother added: \"He is right.\"\n\nA third wrote: \"Nobody cares about this.\"", "Nobody cares", "a third viewer", "anonymous", ""},
		{"another after while in the sentence of one", "Title\n\"Dorian could NEVER,\" one fan wrote, while another commented: \"The lemon emoji is sending me. She knows exactly what she is doing.\"", "lemon emoji", "another fan", "anonymous", ""},
		{"a third with an adverb before the verb", "Title\n\"Dorian could NEVER,\" one fan wrote, while another commented: \"The lemon emoji is sending me.\" A third simply added: \"Not enough is CRAZY.\"", "Not enough is CRAZY", "a third fan", "anonymous", ""},
		{"a third after one and another", "Title\nOne viewer wrote: \"Who is he?\"\n\nAnother added: \"He's right.\"\n\nA third wrote: \"Nobody cares about this.\"", "Nobody cares", "A third", "anonymous", ""},
		{"villagers in a place", "Title\nVillagers in Morigaon said relief had been slow to reach them.", "relief had been slow", "Villagers in Morigaon", "anonymous", ""},
		{"a place dateline is not what was said (guard)", "Title\nWASHINGTON — The death toll rose to 41 on Tuesday, officials said, as rescuers searched.", "The death toll rose to 41", "officials", "anonymous", ""},
		{"inverted cue", "Title\n“We are ready for anything,” said John Smith, the mayor.", "We are ready for anything", "John Smith", "person", ""},
		{"role noun", "Title\nHealth Minister Paul Grant visited the ward on Monday.\n“The hospitals are full,” the minister said.", "The hospitals are full", "Paul Grant", "person", ""},
		{"pronoun", "Title\nMary Jones arrived late for the hearing. She said the vote had been rigged.", "the vote had been rigged", "Mary Jones", "person", ""},
		{"according to media", "Title\nAccording to Reuters, the company cut 500 jobs last year.", "the company cut 500 jobs", "Reuters", "media", ""},
		{"anonymous followed", "Title\nA senior defence official said the talks had failed.\n“There is no deal on the table,” the official said.", "There is no deal", "A senior defence official", "anonymous", ""},
		{"colon", "Title\nMr Brown said: “The economy is growing faster than expected.”", "The economy is growing", "Brown", "person", ""},
		{"via statement", "Title\n“We reject these claims entirely,” Peter Novak said, according to the statement.", "We reject these claims", "Peter Novak", "person", "the statement"},
		{"a quotation signed with a dash", "Title\nQuotes of the week:\n\n“The market is overheated” — Jamie Dimon, chief executive of JPMorgan Chase.", "The market is overheated", "Jamie Dimon", "person", ""},
		{"a lawyer for a name with a title", "Title\nA lawyer for Mr Smith, who is in custody, said he would plead not guilty.", "he would plead not guilty", "A lawyer for Mr Smith", "anonymous", ""},
		{"shares of a company, then the company", "Title\nShares of Acme Corp fell 8% on Tuesday. The company said in a filing that it expects revenue to decline.", "it expects revenue to decline", "Acme Corp", "organization", ""},
		{"told a web address", "Title\nA diplomatic source told Express.co.uk that the offer had caught Moscow by surprise.", "the offer had caught Moscow by surprise", "A diplomatic source", "anonymous", "Express.co.uk"},
		{"an outlet an article was in", "Title\nIt's possible, according to an article in Healthline. \"Some studies link multivitamin use to a reduced risk,\" Healthline reported.", "Some studies link multivitamin use", "Healthline", "media", ""},
		{"a clause with an -ing subject before the speaker", "Title\nRising prices are hurting families across the country, the minister said in a statement to parliament.", "Rising prices are hurting families", "the minister", "person", ""},
		{"unmarked direct", "Title\nDavid Lee met the press on Friday.\nWe will not give up the fight, said the spokesman.", "We will not give up", "the spokesman", "anonymous", ""},
		{"told that", "Title\nAnna Berg told reporters that the bridge would reopen in May.", "the bridge would reopen", "Anna Berg", "person", ""},
		{"organization", "Title\nThe European Commission said on Tuesday it would fine the company.", "it would fine the company", "European Commission", "organization", ""},
		{"headline", "Smith: I will not resign over the report\nJohn Smith faced questions on Monday.", "I will not resign", "John Smith", "person", ""},
		{"a reporting verb and a colon closing a paragraph, the quotation opening the next", "Title\nSteve Doocy said there was no direct evidence.\nBrian Kilmeade disagreed. He said:\n“But man, this looks absolutely terrible.”", "this looks absolutely terrible", "Brian Kilmeade", "person", ""},
		{"an unclosed quotation with its cue after a comma", "Title\nAntony Blinken met Sergei Lavrov in Geneva. The two men spoke for 90 minutes, officials said.\n\"We had a frank and substantive discussion, Blinken told reporters.\nLavrov said the talks had been useful.", "We had a frank", "Antony Blinken", "person", ""},
		{"an open quotation on one line does not take the next line's quotation (guard)", "Title\nAntony Blinken met Sergei Lavrov in Geneva. The two men spoke for 90 minutes, officials said.\n\"We had a frank and substantive discussion,\" Blinken told reporters.\nLavrov said the talks had been \"useful and that Russia would wait.\nThe meeting ended at noon.", "useful", "Sergei Lavrov", "person", ""},
		{"a surname alone before a quoted headline", "Starmer: ‘We will fix the NHS’\nThe Prime Minister made the pledge in a speech in Birmingham on Monday.", "We will fix the NHS", "Starmer", "person", ""},
		{"inherit speaker", "Title\n“The plan is dead,” Robert King said.\n“Nobody in the party will vote for it again.”", "Nobody in the party", "Robert King", "person", ""},
		{"a quotation over three paragraphs", "Title\nLaura White said: “The first part of the answer is simple.\n“The second part takes longer to explain.\n“The third part is the hardest of all.”", "The third part", "Laura White", "person", ""},
		{"multi-paragraph", "Title\nLaura White said: “The first part of the answer is simple.\n“The second part takes longer to explain.”", "The second part", "Laura White", "person", ""},
		{"middle initial", "Title\n“Voters want a clear choice this time,” said Jennifer M. Piscopo, a politics professor.", "Voters want a clear choice", "Jennifer M. Piscopo", "person", ""},
		{"role modifiers", "Title\n“We will pass the bill in March,” explained Michigan majority leader Abraham Aiyash, a Democrat.", "We will pass the bill", "Abraham Aiyash", "person", ""},
		{"judge behind a court", "Title\nU.S. District Court Judge Amit P. Mehta said the appeal raised no substantial question of law.", "the appeal raised no", "Amit P. Mehta", "person", ""},
		{"organization word", "Title\nNielsen Media Research said the audience fell by a third in the key age group.", "the audience fell", "Nielsen Media Research", "organization", ""},
		{"the Times", "Title\nThe former executive lied during his trial testimony, according to the Times.", "lied during his trial", "The Times", "media", ""},
		{"that after a preposition points at a noun", "Title\nMinister Stephen Donnelly spoke on Monday. He also warned 43 people would be admitted daily by that date.", "43 people would be admitted daily by that date", "Stephen Donnelly", "person", ""},
		{"adverb before an inverted cue", "Title\nThe hospital is the only one of its kind. Currently, said Dr. Mustafa Al-Kahlot, the director of the hospital, there are 70 children registered as patients.", "there are 70 children", "Mustafa Al-Kahlot", "person", ""},
		{"a spokesman called", "Title\nA spokesman called “deeply irresponsible” the decision to close the border.", "deeply irresponsible", "A spokesman", "anonymous", ""},
		{"calling it", "Title\nMichael Soller celebrated the deal, calling it “a bright new chapter for the city.”", "a bright new chapter", "Michael Soller", "person", ""},
		{"calls these numbers", "Title\nSoller, the insurance department spokesperson, calls these numbers “deeply flawed.”", "deeply flawed", "Soller", "person", ""},
		{"which after a statement about something", "Title\nThe network pointed to its statement about SecondEyes, which described it as a process to bring “more expert eyes” to coverage.", "a process to bring", "its statement", "document", ""},
		{"participle after an opening clause", "Title\nJust after Mary Jones spoke, Senator Jane Doe left the chamber, saying “this is a sad day for the country.”", "this is a sad day", "Jane Doe", "person", ""},
		{"a pronoun's lawyer with a modifier", "Title\nSteve Bannon was sentenced on Monday. His current attorney argues that Bannon acted in good faith.", "Bannon acted in good faith", "His current attorney", "person", ""},
		{"a name after a sentence adverb, then its description", "Title\nTheresa Villiers backed the campaign. Even George Eustice, the current Environment Secretary, has described animal welfare laws in the US as “less stringent than ours”.", "less stringent than ours", "George Eustice", "person", ""},
		{"called a name “…”", "Title\nThe senator called Biden “a disgrace to the office”.", "a disgrace to the office", "The senator", "person", ""},
		{"described an object as “…” (guard)", "Title\nCritics described the new rules as “a recipe for chaos in the courts”.", "a recipe for chaos", "Critics", "anonymous", ""},
		{"a figure and a time after the verb", "Title\nThe plan will cost 4 billion dollars, the minister said 2 days ago.", "The plan will cost 4 billion dollars", "the minister", "person", ""},
		{"quoted as saying", "Title\nThe mayor was quoted by Reuters as saying the city could not afford another strike.", "the city could not afford another strike", "The mayor", "person", ""},
		{"speaking on condition of anonymity", "Title\nOfficials speaking on condition of anonymity said the talks had stalled over the prisoner exchange.", "the talks had stalled over the prisoner exchange", "Officials speaking on condition of anonymity", "anonymous", ""},
		{"a post on a platform is no verb", "Title\nHamas said in a Telegram post that its fighters had destroyed three tanks.", "its fighters had destroyed three tanks", "Hamas", "organization", ""},
		{"a plural name's claim is a verb (guard)", "Title\nThe Democrats claim that the bill would cut costs for families.", "the bill would cut costs for families", "Democrats", "organization", ""},
		{"lawyers for a named person", "Title\nLawyers for Donald Trump argued that the case should be dismissed.", "the case should be dismissed", "Lawyers for Donald Trump", "anonymous", ""},
		{"attorneys for a described person", "Title\nAttorneys for the former president argued in a court filing that the case should be dismissed.", "the case should be dismissed", "Attorneys for the former president", "anonymous", ""},
		{"who asked not to be named", "Title\n“It's a disaster for all of us,” one resident, who asked not to be named, told the Guardian.", "It's a disaster for all of us", "one resident", "anonymous", "Guardian"},
		{"said a spokesperson for a body", "Title\n“We are monitoring the situation closely,” said a spokesperson for the ministry.", "We are monitoring the situation closely", "a spokesperson for the ministry", "organization", ""},
		{"an owner's description with plain modifiers", "Title\nThe company's annual report said revenue rose 12% in the year.", "revenue rose 12% in the year", "The company's annual report", "document", ""},
		{"a participle after an opening clause, a broadcaster the subject", "Title\nJust after Khamenei made his posts, Iran's Press TV eulogized Bushnell, calling his act “a fiery stand for Palestine.”", "a fiery stand for Palestine", "Press TV", "media", ""},
		{"a named person's lawyer", "Title\nMayor Jane Doe's lawyer told the court the deal was legal.", "the deal was legal", "Mayor Jane Doe's lawyer", "person", ""},
		{"a named person's son", "Title\nDonald Trump's son said the trial was a sham.", "the trial was a sham", "Donald Trump's son", "person", ""},
		{"a pronoun after a named person's son", "Title\nDonald Trump's son said the trial was a sham. He added that his father would appeal.", "his father would appeal", "Donald Trump's son", "person", ""},
		{"a pronoun after an unnamed spokeswoman", "Title\nSenator John Smith has denied the allegations. His spokeswoman said the claims were false. She added that he would sue.", "he would sue", "John Smith's spokeswoman", "anonymous", ""},
		{"a relative by a possessive pronoun", "Title\nThe family of Gal Abdush spoke to reporters. Speaking about the allegation, her brother-in-law said: “The media invented it.”", "The media invented it", "her brother-in-law", "person", ""},
		{"a pronoun after the addressee stays unresolved", "Title\nThe manager told her they had no reports of violence. She described the call as a “crazy in-depth conversation” with the hotline.", "crazy in-depth", "She", "person", ""},
		{"a cue sentence with a quotation of its own", "Title\n“It doesn’t make any sense,” said Abdush’s sister, that in a short timespan “they raped her and burned her?” Speaking about the allegation, her brother-in-law said: “The media invented it.”", "they raped her", "Abdush’s sister", "person", ""},
		{"a pronoun after an addressee named in the question", "Title\nAt the news conference, a reporter asked Montoya-Lewis, “What do you see as the biggest problem?”\n“The biggest hurdle is getting people to understand their biases,” she replied.", "The biggest hurdle", "she", "person", ""},
		{"a body's office holder is not the country's", "Title\nPresident Joe Biden spoke on Monday. “The endorsement came because of her long record,” said the project's board president.", "The endorsement came", "the project's board president", "person", ""},
		{"an organisation's office holder", "Title\nThe British Labour Party's chancellor of the Exchequer said that the cuts would be deeper.", "the cuts would be deeper", "The British Labour Party's chancellor of the Exchequer", "person", ""},
		{"a named person's spokesman", "Title\nPrime Minister Rishi Sunak's spokesman said the government would not comment on leaks.", "would not comment on leaks", "Prime Minister Rishi Sunak's spokesman", "anonymous", ""},
		{"a named person's lawyers", "Title\n“The amount would make it impossible to secure a bond,” Trump's lawyers wrote.", "impossible to secure a bond", "Trump's lawyers", "person", ""},
		{"a common noun's relative", "Title\nThe suspect's mother told reporters her son was innocent.", "her son was innocent", "The suspect's mother", "person", ""},
		{"a name and her partners", "Title\nSchwartz and her partners reported that the evidence was non-existent.", "the evidence was non-existent", "Schwartz", "person", ""},
		{"a surname ending in s opening a sentence", "Title\nIn an interview with NPR, Harris said she would not rule out a run.", "she would not rule out a run", "Harris", "person", "NPR"},
		{"a surname ending in s with a reporting verb", "Title\nWilliams told reporters the team was ready.", "the team was ready", "Williams", "person", ""},
		{"a party and state after the name", "Title\n“I think it’s a mistake,” Sen. Mitch McConnell, R-Ky., told reporters Tuesday.", "I think it’s a mistake", "Mitch McConnell", "person", ""},
		{"a dotted party and state after the name", "Title\nRep. Alexandria Ocasio-Cortez, D-N.Y., said the plan was cruel.", "the plan was cruel", "Alexandria Ocasio-Cortez", "person", ""},
		{"an indefinite description after the speaker", "Title\nThe governor, a Republican, said she would sign the bill.", "she would sign the bill", "The governor", "person", ""},
		{"a spokesman for an unknown name", "Title\nA spokesman for Brackwell said the company was reviewing the report.", "the company was reviewing", "A spokesman for Brackwell", "organization", ""},
		{"a spokesman for a person", "Title\nDonald Trump spoke on Monday. A spokesman for Trump said the rally would go ahead.", "the rally would go ahead", "A spokesman for Trump", "anonymous", ""},
		{"a person of an organisation", "Title\nOthers disagree. “It’s too early to say,” said Tom Reed of Capital Economics.", "It’s too early to say", "Tom Reed", "person", ""},
		{"a study by researchers", "Title\nA study by researchers at Stanford University found that the drug reduced deaths by 20%.", "the drug reduced deaths", "A study by researchers at Stanford University", "document", ""},
		{"a call to act with a relative clause", "Title\nThe minister urged voters to reject the plan that the council had approved.", "voters to reject the plan that the council had approved", "The minister", "person", ""},
		{"a participle after openers", "Title\nHouse Oversight Committee Chairman James Comer said the deposition would be public.\nHowever, late Wednesday, Hunter Biden's attorney Abbe Lowell seemed to cast doubt on that, saying in a statement, \"The transcripts make it obvious that there is nothing left to ask.\"", "The transcripts make it obvious", "Abbe Lowell", "person", ""},
		{"name before its description", "Title\nMaria Keller, the company's chief executive, said the budget would reach 300 million by 2028.", "the budget would reach", "Maria Keller", "person", ""},
		{"name before a possessive description", "Title\nTim Cook, Apple's chief executive, said the company would invest 5 billion dollars.", "the company would invest", "Tim Cook", "person", ""},
		{"name before a spokesman", "Title\nJohn Smith, a spokesman for the ministry, said the talks had failed.", "the talks had failed", "John Smith", "person", ""},
		{"quote, name, description, cue", "Title\n“The talks failed in the end,” John Smith, a spokesman for the ministry, said.", "The talks failed in the end", "John Smith", "person", ""},
		{"description before its name", "Title\nThe ministry's spokesman, John Smith, said the talks had failed.", "the talks had failed", "John Smith", "person", ""},
		{"introductory phrase before a description", "Title\nIn Paris, the foreign minister said the talks had failed.", "the talks had failed", "the foreign minister", "person", ""},
		{"question put to the speaker", "Title\nAsked whether he would resign, Mr Johnson replied: “Certainly not, I have work to do.”", "Certainly not", "Johnson", "person", ""},
		{"quote, name, age, description, cue", "Title\n“I don’t think that’s fair,” Sarah Jones, 42, a teacher from Leeds, told the BBC.", "I don’t think that’s fair", "Sarah Jones", "person", "BBC"},
		{"long parenthetical before the cue", "Title\nBiden, in a statement released by the White House, said the attack was an outrage.", "the attack was an outrage", "Biden", "person", ""},
		{"his office is its owner's, not the body named last", "Title\nSenator Mark Delaney took a trip paid for by a donor, according to a complaint filed by the Campaign Accountability Project.\n\nHis office said the trip was entirely personal.", "entirely personal", "Mark Delaney's office", "organization", ""},
		{"a named firm's analysts before their noun", "Title\nShares fell. Jefferies analysts said the stock was cheap.", "the stock was cheap", "Jefferies analysts", "organization", ""},
		{"a single quotation that runs over paragraphs", "Title\nSophie Harrington, 34, had been due to fly home on Friday.\n\n\u2018We were treated like cattle,\u2019 the 34-year-old told MailOnline. \u2018Nobody from the airline came to speak to us. There was no food.\n\n\u2018My four-year-old was sobbing on the floor of the terminal at 3am.\u2019\n\nMrs Harrington said the family paid \u00a3640.", "Nobody from the airline", "Sophie Harrington", "person", ""},
		{"a two-word nationality as an epithet", "Title\nHarbridge manager Callum MacKinnon said: \u201cThat\u2019s what champions do.\u201d\n\nWestmoor boss Pieter van Rensburg was furious about the dismissal.\n\n\u201cIt\u2019s never a red card. Never. He wins the ball,\u201d the South African said.", "never a red card", "Pieter van Rensburg", "person", ""},
		{"a player by their world ranking", "Title\nMarta Kowalczyk won on Centre Court on Tuesday evening.\n\n\u201cI\u2019ve been waiting my whole career to play a match like that,\u201d said the world No 34.", "waiting my whole career", "Marta Kowalczyk", "person", ""},
		{"a player by their seeding", "Title\nMarta Kowalczyk won on Centre Court on Tuesday evening.\n\n\u201cIt was a tough match for me today,\u201d the top seed said.", "a tough match", "Marta Kowalczyk", "person", ""},
		{"a group before two places", "Title\nNeighbours on Elm Street in Leeds said the bins were full.", "the bins were full", "Neighbours on Elm Street in Leeds", "anonymous", ""},
		{"a group before a place and a part of a city", "Title\nResidents along the river in east London said the plan was late.", "the plan was late", "Residents along the river in east London", "anonymous", ""},
		{"a group along a creek named like a person", "Title\nAUSTIN (KXAN) \u2014 Neighbors along Onion Creek in southeast Austin say the new flood gauges are welcome.", "the new flood gauges", "Neighbors along Onion Creek in southeast Austin", "anonymous", ""},
		{"a name with a particle before its appositive", "Title\nSpeaking at the meeting, Margaret de Souza, chair of the Save Little Wenham group, said: \u201cThis is a village of 1,100 people.\u201d", "a village of 1,100", "Margaret de Souza", "person", ""},
		{"a councillor with a British party's tag and a relative clause", "Title\nCommittee chairman Cllr Gurpreet Sandhu (Con), who voted in favour, said the council had \u201cno realistic choice\u201d.", "no realistic choice", "Gurpreet Sandhu", "person", ""},
		{"a councillor with a two-word party tag", "Title\nBut Cllr Helena van Dijk (Lib Dem), who represents the ward, said the decision was \u201ca betrayal of everyone\u201d.", "a betrayal of everyone", "Helena van Dijk", "person", ""},
		{"a trade left as an epithet", "Title\nResident Ewan McTavish, 71, said he had lived on Mill Lane for 40 years.\n\n\u201cI\u2019ve pulled people out of their cars on that lane when it floods,\u201d the retired engineer said.", "pulled people out", "Ewan McTavish", "person", ""},
		{"a person's name before the body they are with", "Title\nSarah Green of the Sierra Club said the plan was bad.", "the plan was bad", "Sarah Green", "person", ""},
		{"a title and name before the body they are with", "Title\nProf Helen Adebayo-Marsh of the London School of Economics told me: \u201cThere\u2019s a real risk of selection bias.\u201d", "selection bias", "Helen Adebayo-Marsh", "person", ""},
		{"a body's name with a university is the body (guard)", "Title\nThe University of Oxford said the plan was bad.", "the plan was bad", "University of Oxford", "organization", ""},
		{"put it and a colon", "Title\nTomasz Zielinski runs a firm in Leeds. \u201cI was the biggest sceptic in the building,\u201d he told me.\n\nOne of his developers, Amina Yusuf, put it more simply: \u201cI\u2019m a better mum and a better programmer.\u201d", "better programmer", "Amina Yusuf", "person", ""},
		{"the ministry after a body that is no ministry", "Title\nThe Sierra Club opposed the plan.\n\nThe ministry said the plan was good.", "the plan was good", "The ministry", "organization", ""},
		{"the ministry after a government body (guard)", "Title\nThe Foreign Office summoned the ambassador.\n\nThe ministry said the talks had failed.", "the talks had failed", "Foreign Office", "organization", ""},
		{"a trade as a speaker", "Title\nThe council met on Monday.\n\nThe auditor said: \u201cThese accounts are a mess from top to bottom.\u201d", "a mess from top", "The auditor", "person", ""},
		{"a report in a relative clause inside what was said: the outer report", "Title\nThe race is close.\n\nHolden said Barger hired a teacher who claimed the 2020 election was stolen from Trump.", "Barger hired a teacher", "Holden", "person", ""},
		{"a report in a relative clause inside what was said: the inner report", "Title\nThe race is close.\n\nHolden said Barger hired a teacher who claimed the 2020 election was stolen from Trump.", "election was stolen", "a teacher", "anonymous", "Holden"},
		{"the company is not an outside expert's firm", "Title\nBakery chain Crumb & Co has announced plans to open 25 new stores.\n\nRetail analyst Graham Oduya, of Harcourt Retail Consulting, said the expansion was a bold move.\n\nRecruitment for the first stores will begin next month, the company said.", "Recruitment for the first stores", "Crumb & Co", "organization", ""},
		{"the company is not a named critic's group", "Title\nAcme Robotics unveiled its smart glasses on Tuesday.\n\n\u201cEvery person who wears these becomes a camera,\u201d said Ingrid Halvorsen of the digital rights group OpenSight.\n\nPreorders open today, the company said.", "Preorders open today", "Acme Robotics", "organization", ""},
		{"it in a relative clause is the body the sentence opens with", "Title\nThe fighting went on.\n\nThe Sudanese army blamed the paramilitary Rapid Support Forces (RSF) for the attacks, which it said had been carried out using long-range drones.", "long-range drones", "The Sudanese army", "organization", ""},
		{"it after a named body that opens the sentence (guard)", "Title\nThe fighting went on.\n\nAcme Corp sued Beta Inc over the patents, which it said had been copied from its designs.", "copied from its designs", "Acme Corp", "organization", ""},
		{"an adjective inside a participle's subject", "Title\nThe bill passed.\n\nSeveral environmental groups criticized the deal, saying it did nothing to curb smog.", "it did nothing to curb smog", "Several environmental groups", "organization", ""},
		{"a name before a body's kind is the body", "Title\nMore than 900 bus drivers will walk out later this month in a row over pay, the Unite union has announced.", "More than 900 bus drivers", "Unite", "organization", ""},
		{"the union after a name before its kind", "Title\nMore than 900 bus drivers will walk out later this month in a row over pay, the Unite union has announced.\n\nDrivers employed by Avonline Buses will strike from 20 to 24 October, the union said.", "Drivers employed by Avonline Buses", "Unite", "organization", ""},
		{"the force after a police force", "Title\nNottinghamshire Police said officers were called to the park at around 10.40pm.\n\nThe victim was treated by paramedics at the scene but died a short time later, the force said.", "The victim was treated", "Nottinghamshire Police", "organization", ""},
		{"the startup after a company named by what it does", "Title\nSAN FRANCISCO \u2014 Lumora on Tuesday unveiled its first pair of augmented reality glasses, a $799 device that the startup says can handle most of the tasks people do on their phones.", "can handle most of the tasks", "Lumora", "organization", ""},
		{"the company past an outside expert's firm is the story's company", "Title\nNEW YORK \u2014 Shares of Brightwater Apparel fell 14% on Wednesday after the retailer cut its forecast.\n\nAnalysts were split. Tom Brennan-Hayes of Harlow Street Capital wrote in a note to clients that the cut was prudent.\n\nBrightwater has struggled to win over younger shoppers. Sales to customers under 25 fell 11% in the quarter, the company said.", "Sales to customers under 25", "Brightwater Apparel", "organization", ""},
		{"the firm by where it is based", "Title\nBakery chain Crumb & Co has announced plans to open 25 new stores across Scotland.\n\nThe Glasgow-based firm, which currently operates 62 shops, said the expansion would be backed by a \u00a312m investment.", "the expansion would be backed", "Crumb & Co", "organization", ""},
		{"a second verb's subject after a wire dateline", "Title\nLONDON, Feb 6 (Reuters) - Halvorsen Foods posted a better-than-expected rise in profit on Thursday but warned that surging cocoa prices would squeeze margins in 2025.", "surging cocoa prices", "Halvorsen Foods", "organization", ""},
		{"a subject with an appositive after a wire dateline", "Title\nLONDON, Feb 6 (Reuters) - Halvorsen Foods, the Anglo-Norwegian maker of Nordlys biscuits, posted a better-than-expected rise in profit on Thursday but warned that surging cocoa prices would squeeze margins in 2025.", "surging cocoa prices", "Halvorsen Foods", "organization", ""},
		{"a company by the first words of its name", "Title\nThe dam is operated by iron ore producer Serra Azul Minera\u00e7\u00e3o in Minas Gerais state.\n\nSerra Azul said in a statement that the dam itself was structurally sound.", "the dam itself was structurally sound", "Serra Azul Minera\u00e7\u00e3o", "organization", ""},
		{"an office of a role is the office", "Title\nBrazilian prosecutors have opened an investigation into the leak, the state prosecutor\u2019s office said on Thursday.\n\nProsecutor Luciana Bastos Ferreira told Reuters that her office would seek answers.", "Brazilian prosecutors have opened", "the state prosecutor\u2019s office", "organization", ""},
		{"a parent by the number of their children", "Title\nA mum-of-three says she has been forced to move her children into the living room after black mould spread across every bedroom.", "she has been forced", "A mum-of-three", "anonymous", ""},
		{"the charity a few sentences after a trust", "Title\nOne in three carers say they are at breaking point, according to a survey by the Memory Lane Trust.\n\nThe survey covered 2,400 unpaid carers across the UK. Most were women. Many were over 60. Some had cared for a decade.\n\nThe charity said the government should introduce a legal right to respite care.", "a legal right to respite care", "Memory Lane Trust", "organization", ""},
		{"the union after a union local", "Title\nMillbrook Professional Firefighters Local 2291 held a meeting on Monday.\n\nMembers voted on the contract. The vote was close. Turnout was high. The result came late.\n\nThe union said the mayor\u2019s post was reckless and false.", "the mayor\u2019s post was reckless", "Millbrook Professional Firefighters Local 2291", "organization", ""},
		{"a name and an age after an opening adverbial", "Title\nThe flood came fast. SES Deputy Commissioner Leanne Fitzroy said crews had carried out 47 rescues.\n\nAt the evacuation centre at the university campus in East Lismore, Kerrie Mullins, 67, said she had lived through the 2017 and 2022 floods.", "she had lived through", "Kerrie Mullins", "person", ""},
		{"she after a name given an age is that person", "Title\nBut economist Priya Sandhu said there was little evidence the cap had slowed construction.\n\nAmong those at the rally was Zorya Keddy, a 72-year-old retired school secretary who has lived in the same apartment for 19 years. She said her landlord had already told her to expect an increase.", "her landlord had already told her", "Zorya Keddy", "person", ""},
		{"a body with its initials and a connective between commas", "Title\nPrices rose.\n\nThe Sindh Power Distribution Company (SPDC), however, told reporters that the revision had been made under a formula.", "the revision had been made", "Sindh Power Distribution Company", "organization", ""},
		{"he after a paragraph that turns to a manager named after his club", "Title\nEmeka Okonkwo scored late as Ashvale United beat Castlemoor Athletic 2-1 at Riverside Park on Saturday, lifting them back into the play-off places.\n\n\u201cFrom where I was standing it\u2019s a clear foul. He\u2019s got nowhere near the ball,\u201d said Ashvale boss Mark Delaney.\n\nCastlemoor manager Phil Barraclough was less convinced.\n\n\u201cI\u2019ve watched it back three times and I still don\u2019t know what he\u2019s given,\u201d he said.", "watched it back three times", "Phil Barraclough", "person", ""},
		{"a rough count of a group", "Title\nHundreds of fishermen said the plan was bad.", "the plan was bad", "Hundreds of fishermen", "anonymous", ""},
		{"a coalition is a body", "Title\nThe coalition, which includes several Gulf states, has argued that the treaty should focus on waste management.", "the treaty should focus", "The coalition", "organization", ""},
		{"a named body's investigators", "Title\nThe crash happened on Monday. Investigators from the NTSB said the pilot had not been trained on the system.", "the pilot had not been trained", "Investigators from the NTSB", "organization", ""},
		{"a named body's observers", "Title\nVoting was marred by vote-buying and intimidation, international observers from the OSCE said on Monday.", "Voting was marred", "international observers from the OSCE", "organization", ""},
		{"researchers at a named body stay unnamed (guard)", "Title\nResearchers at the University of Oxford found that the drug cut deaths by a third.", "the drug cut deaths", "Researchers at the University of Oxford", "anonymous", ""},
		{"an unnamed group by its trade", "Title\nThe river is empty. The fishermen said the catch had fallen by half.", "the catch had fallen by half", "The fishermen", "anonymous", ""},
		{"an unnamed group by its trade and place", "Title\nA hunter died. Loggers in the area alleged that the company ignored safety rules.", "the company ignored safety rules", "Loggers in the area", "anonymous", ""},
		{"a trade's epithet does not stand for someone with a role of another field", "Title\nThe campaign was competitive, Irish foreign minister Eoghan Murphy told reporters.\n\nThe singer posted on Instagram: \u201cI am so grateful for all the love.\u201d", "I am so grateful", "The singer", "person", ""},
		{"a trade's epithet for someone of its field (guard)", "Title\nEngland captain Harry Kane scored twice on Saturday. \u201cIt was a special night,\u201d the striker said.", "It was a special night", "Harry Kane", "person", ""},
		{"a trade's epithet does not stand for a manager", "Title\nEngland manager Gareth Southgate praised his side. \u201cWe were brilliant,\u201d the singer said.", "We were brilliant", "the singer", "person", ""},
		{"a study published in a journal named like a person (guard)", "Sleep and the brain\n\n\u201cPeople with sleep apnea are more likely to have brain problems, a new study shows,\u201d WebMD wrote in May, citing a Journal of Sleep Research probe published in the medical journal Neurology.\n\nSleep apnea raises the risk of dementia, Reuters reported, citing a study published in the journal Neurology.", "Sleep apnea raises the risk", "a study published in the journal Neurology", "document", "Reuters"},
		{"an outlet's own quotation citing a study", "Title\n\u201cPeople with sleep apnea are more likely to have brain problems, a new study shows,\u201d WebMD wrote in May, citing a Journal of Sleep Research probe published in the medical journal Neurology.", "People with sleep apnea", "WebMD", "media", ""},
		{"a health site by its name", "Title\nAccording to Verywell Health, oat milk contains more carbohydrates than cow's milk.", "oat milk contains more", "Verywell Health", "media", ""},
		{"unnamed analysts stay unnamed (guard)", "Title\nShares fell. Analysts said the outlook was poor.", "the outlook was poor", "Analysts", "anonymous", ""},
		{"officials at a body stay unnamed (guard)", "Title\nShares fell. Officials at the Treasury said the plan was on track.", "the plan was on track", "Officials at the Treasury", "anonymous", ""},
		{"told an outlet named by its kind after it", "Title\nThe actor has not posted since March. His publicist told People magazine that he was taking a break.", "taking a break", "His publicist", "anonymous", "People"},
		{"writing in a column for an outlet", "Title\nThe Wallabies lost 48-7. Writing in his column for the Sydney Morning Herald, former captain Michael Hooper said the side looked lost.", "the side looked lost", "Michael Hooper", "person", "Sydney Morning Herald"},
		{"an office's acronym is a person's", "Title\nMarketing spending fell. The CMO told a conference in London that budgets would be cut.", "budgets would be cut", "The CMO", "person", ""},
		{"a capitalised kind opening the sentence makes a body", "Title\nThe council approved the plan. Housebuilder Barratt Redrow said it would build 500 homes on the site.", "500 homes", "Barratt Redrow", "organization", ""},
		{"a capitalised trade before a person's name (guard)", "Title\nThe fight was called off. Promoter Eddie Hearn said the bout would be rescheduled.", "the bout would be rescheduled", "Eddie Hearn", "person", ""},
		{"Downing Street by its number", "Title\nThe cuts were announced on Monday by the Chancellor. No 10 said that the Budget would go ahead as planned.", "would go ahead as planned", "No 10", "organization", ""},
		{"a spokesman of Downing Street by its number", "Title\nThe cuts were announced on Monday by the Chancellor. A No 10 spokesman said the Budget would go ahead as planned.", "would go ahead as planned", "A No 10 spokesman", "anonymous", ""},
		{"a channel by its number opening the sentence (guard)", "Title\nThe cuts were announced on Monday by the Chancellor. Channel 12 said that the Budget would go ahead as planned.", "would go ahead as planned", "Channel 12", "media", ""},
		{"a campaign group named with a pronoun", "Title\nThe plan was approved on Wednesday by the council. Campaign group Save Our Fields said it was devastated and would consider a legal challenge.", "would consider a legal challenge", "Save Our Fields", "organization", ""},
		{"a confirmation with a clause (guard)", "Title\nThe bank cut jobs. The bank confirmed it would close 40 branches.", "close 40 branches", "The bank", "organization", ""},
		{"one user of a site", "Title\nThe video went viral on Monday and drew thousands of comments. \"It's a miracle,\" one user wrote.", "It's a miracle", "one user", "anonymous", ""},
		{"a reaction's subject before but and a reporting verb", "Title\nThe talks went on late into the night. Ukrainian President Volodymyr Zelenskiy welcomed the decision but said more pressure was needed.", "more pressure was needed", "Volodymyr Zelenskiy", "person", ""},
		{"a body's presidency of another", "Title\nThe talks went on late into the night. European Union countries agreed on Monday a new package of sanctions, the Hungarian presidency of the EU said.", "a new package of sanctions", "EU", "organization", ""},
		{"research in the perfect", "Title\nPeople who eat ultra-processed food are more likely to develop heart disease, a new study suggests. Previous research has shown that similar links exist with diabetes.", "similar links exist", "Previous research", "document", ""},
		{"a watchdog by what it watches", "Title\nBorrowing rose again in October. The Budget watchdog said the Chancellor had little room for manoeuvre.", "little room", "The Budget watchdog", "organization", ""},
		{"an outlet by the last word of its name", "Title\nThe Detroit News reported the plant would close. The News said it had seen the memo.", "it had seen the memo", "Detroit News", "media", ""},
		{"an unknown company by its noun (guard)", "Title\nShares fell on Monday. The Vantor company said it would cut jobs.", "it would cut jobs", "Vantor", "organization", ""},
		{"a party and state before a second appositive", "Title\nThe vote was 341-82 on Wednesday. Rep. Rosa DeLauro, D-Conn., the top Democrat on the Appropriations Committee, said Democrats had secured funding for disaster relief.", "funding for disaster relief", "Rosa DeLauro", "person", ""},
		{"an adjective opening a pub's name after The", "Title\nThe pub flooded on Friday. The Old Crown Inn said it would stay closed.", "it would stay closed", "Old Crown Inn", "organization", ""},
		{"a venue named for its owner", "Title\nThe pub reopened on Friday. Clon Casey's Bar said on Facebook that it was delighted to be back.", "delighted to be back", "Clon Casey's Bar", "organization", ""},
		{"a body's name through for the", "Title\nThe Royal Society for the Prevention of Accidents said it supported the change.", "it supported the change", "Royal Society for the Prevention of Accidents", "organization", ""},
		{"a listed body's name through its comma", "Title\nThe Department for Environment, Food and Rural Affairs said it would respond in due course.", "it would respond in due course", "Department for Environment, Food and Rural Affairs", "organization", ""},
		{"an unlisted body's name with and", "Title\nThe Food and Drink Federation said it was wrong to demonise processed food.", "it was wrong", "Food and Drink Federation", "organization", ""},
		{"spokesperson for a nested organisation", "Title\nA spokesperson for the Administrative Office of the U.S. Courts replied that the proceedings were confidential.", "the proceedings were confidential", "Administrative Office of the U.S. Courts", "organization", ""},
		{"told reporters without that", "Title\nMax Blain told reporters the plan had not changed.", "the plan had not changed", "Max Blain", "person", ""},
		{"told an addressee of several words without that", "Title\nAdministration officials told reporters in Washington they did not have a precise number.", "they did not have a precise number", "Administration officials", "anonymous", ""},
		{"surname ending in s at a sentence start", "Title\nGareth Jones said the season was not over. Jones added that injuries had hurt the team.", "injuries had hurt the team", "Gareth Jones", "person", ""},
		{"subordinate clause before the cue", "Title\nMaria Keller spoke at the meeting. When the vote was called, Keller asked whether the council had read the report.", "the council had read the report", "Maria Keller", "person", ""},
		{"question mark before the cue", "Title\nJoel Coen spoke at the premiere. “Is it the life of the mind or something else?” Coen asked.", "Is it the life of the mind", "Joel Coen", "person", ""},
		{"exclamation mark before the cue", "Title\nJoel Coen spoke at the premiere. “All I’ve got are my fears!” Coen said.", "All I’ve got are my fears", "Joel Coen", "person", ""},
		{"unnamed former employee", "Title\nOne former employee said that they provided copies of those journals to investigators.", "they provided copies", "One former employee", "anonymous", ""},
		{"description, name, relative clause, cue", "Title\nAnother former employee, John Ryan O’Rourke, who was the recipient of the texts, said that he preferred not to discuss them.", "he preferred not to discuss them", "John Ryan O’Rourke", "person", ""},
		{"told an outlet, then a quotation", "Title\nA Times spokesperson told The Intercept, “Your understanding about the editor is flatly untrue.”", "Your understanding about the editor", "A Times spokesperson", "anonymous", "The Intercept"},
		{"name, two coordinated descriptions, cue", "Title\nJeremy Fogel, the director of the Berkeley Judicial Institute and a retired federal judge, told me, in an e-mail, that the decision was within the rules.", "the decision was within the rules", "Jeremy Fogel", "person", ""},
		{"name, attorney with an organisation", "Title\nRyan Tucker, an attorney with Alliance Defending Freedom, said the school had been treated unfairly.", "the school had been treated unfairly", "Ryan Tucker", "person", ""},
		{"unknown surname with a role in apposition", "Title\nJones, the club's manager, said the season was not over.", "the season was not over", "Jones", "person", ""},
		{"pronoun after a name with a common first name", "Title\nJoel Coen spoke at the premiere. “It was a lot of fun for everyone,” he said.", "It was a lot of fun", "Joel Coen", "person", ""},
		{"an outlet named by place and last word", "Title\nThe Washington Times recently reported that the count was slow.", "the count was slow", "Washington Times", "media", ""},
		{"an outlet with a hyphenated last word", "Title\nA San Diego Union-Tribune investigation revealed that Lara had accepted money.", "Lara had accepted money", "San Diego Union-Tribune", "media", ""},
		{"an unknown name after the is not a person", "Title\nThe Hollowbrook Quarry said that the mill would close.", "the mill would close", "Hollowbrook Quarry", "organization", ""},
		{"subject of a relative clause", "Title\nThe former employee who spoke to The Intercept said that they had disagreements with management.", "they had disagreements", "The former employee", "anonymous", "The Intercept"},
		{"relative clause without that", "Title\nResidents who fled the fire told reporters the town was lost.", "the town was lost", "Residents", "anonymous", ""},
		{"according to the first of two sources", "Title\nStaff were told to cut doses, according to the former employee and an internal email reviewed by The Intercept.", "Staff were told to cut doses", "the former employee", "anonymous", ""},
		{"a nationality for the person named before", "Title\nCarlos Sainz praised the team. “It is going very well,” the Spaniard said.", "It is going very well", "Carlos Sainz", "person", ""},
		{"an outlet's spokesperson is unnamed", "Title\nA Times spokesperson said that the story stood.", "the story stood", "A Times spokesperson", "anonymous", ""},
		{"a specific organisation noun needs a matching name", "Title\nDental budgets are lost to other areas of the NHS. The union warns that practices are closing.", "practices are closing", "The union", "organization", ""},
		{"the campaign", "Title\nThe campaign said that the poll was fake.", "the poll was fake", "The campaign", "organization", ""},
		{"a clause without that before a relative that", "Title\nJane Doe said they were collecting evidence that would confirm the accounts.", "they were collecting evidence", "Jane Doe", "person", ""},
		{"a named subject without that", "Title\nVladimir Putin said Moscow would not repeat the mistakes that ruined the Soviet Union.", "Moscow would not repeat", "Vladimir Putin", "person", ""},
		{"an object and the words quoted about it", "Title\nJudge Aileen Cannon called the prosecution’s request “unrealistic” on Friday.", "unrealistic", "Aileen Cannon", "person", ""},
		{"a sentence adverb before a name", "Title\nEven Raye was nervous before the show. “I’m shaking,” recalls Raye.", "I’m shaking", "Raye", "person", ""},
		{"a participle ends the content", "Title\nAinsley Earhardt demands to know how he has “million dollar houses,” forgetting that Biden has worked for decades.", "million dollar houses", "Ainsley Earhardt", "person", ""},
		{"a relative with the same surname", "Title\nPresident Joe Biden spoke on Monday. Hunter Biden testified that he was present at the hearing.", "he was present", "Hunter Biden", "person", ""},
		{"a compound surname repeated", "Title\nDaniella Levine Cava is the mayor. Levine Cava said that the county was reviewing the lease.", "the county was reviewing", "Daniella Levine Cava", "person", ""},
		{"told me and a quotation", "Title\nJohn Smith is a performer. Smith told me, “They were embroiled in their own two battling nations.”", "They were embroiled", "John Smith", "person", ""},
		{"one of several unnamed writers", "Title\nUsers wrote reviews of the app. “He checks in on me more than my friends and family do,” one wrote.", "He checks in on me", "one", "anonymous", ""},
		{"told an addressee, comma, quotation", "Title\nThe show began in 2009. Gia Gunn, a contestant, told reporters, “There were women who put their transitions on hold.”", "There were women", "Gia Gunn", "person", ""},
		{"two inverted speakers in a row", "Title\nPatients trusted the bot. Users thanked it – “Thanks for being here,” said one; “I appreciate talking to you,” said another – and more.", "I appreciate talking to you", "another", "anonymous", ""},
		{"a single name's gender from the first names", "Title\n“We need more dentists,” Beth said. Rishi Sunak admitted the problem, but he said the recovery plan would fix it.", "the recovery plan would fix it", "Rishi Sunak", "person", ""},
		{"a pronoun after a paragraph that names another person", "Title\n“I pulled my own tooth out,” said Paddy McGuinness, the presenter. “It hurt,” he said.\n\nThe 87-year-old mother of Labour MP Grahame Morris tried her luck with pliers. “My mother is 87 and very frail,” he told Parliament in January.", "My mother is 87", "Grahame Morris", "person", ""},
		{"a pronoun after a paragraph that names the last speaker too", "Title\n“I pulled my own tooth out,” said Paddy McGuinness, the presenter.\n\nMcGuinness praised Grahame Morris for raising it. “He is a hero,” he said.", "He is a hero", "Paddy McGuinness", "person", ""},
		{"an adverbial before an inverted speaker", "Title\nThe state voted narrowly last time. This year, says former US representative Andy Levin (D-Mich.), “I don’t think that Joe Biden can win without Michigan.”", "I don’t think that Joe Biden", "Andy Levin", "person", ""},
		{"according to in the middle of a sentence", "Title\nRates are high. The fundamental problem, according to industry groups and observers, is that rate filings often take a year.", "The fundamental problem, according to", "industry groups and observers", "anonymous", ""},
		{"a document with its of-phrase", "Title\nStaff numbers fell. A survey of the ministry found that staff were leaving.", "staff were leaving", "A survey of the ministry", "document", ""},
		{"a cue inside the clause", "Title\nThe USDA cited the park. A single veterinarian, the report said, was tasked with caring for 46 mammals.", "A single veterinarian, the report said, was tasked", "the report", "document", ""},
		{"a staffer is an unnamed source", "Title\nMark Thompson led the meeting. “People were taking their names off bylines,” the staffer said.", "People were taking", "the staffer", "anonymous", ""},
		{"a second verb shares the subject", "Title\nThe meeting ended late. Christiane Amanpour praised the reports of Clarissa Ward and Nada Bashir and suggested that CNN should send more experts.", "CNN should send more experts", "Christiane Amanpour", "person", ""},
		{"a second verb in a relative clause", "Title\nSenator Joni Ernst cited the anonymous department employee, who identified as a supervisor and told investigators that remote work is hurting the mission.", "remote work is hurting", "the anonymous department employee", "anonymous", ""},
		{"a name with degrees and a capitalised role", "Title\nEditors' Disclosures: Christine Laine, MD, MPH, Editor in Chief, reports that her spouse has stock options.", "her spouse has stock options", "Christine Laine", "person", ""},
		{"a name with a role without an article", "Title\nOkwudire cited an executive. “We’re just waiting for the next evolution,” Simon Shen, CEO of XYZPrinting, told TechCrunch last year.", "waiting for the next evolution", "Simon Shen", "person", "TechCrunch"},
		{"an unnamed person by occupation", "Title\nPolice followed the car. “They picked it up again eastbound,” said a dispatcher on the police scanner.", "They picked it up", "a dispatcher", "anonymous", ""},
		{"a lone capitalised role word is a surname", "Title\nThe co-host spoke to voters in Columbia. “Are you concerned about what is going to happen?” King asked.", "Are you concerned", "King", "person", ""},
		{"officials familiar with the matter", "Title\nOfficials familiar with the matter said the talks had stalled.", "the talks had stalled", "Officials familiar with the matter", "anonymous", ""},
		{"people briefed on", "Title\nTwo people briefed on the negotiations said a deal was close.", "a deal was close", "Two people briefed on the negotiations", "anonymous", ""},
		{"with knowledge of", "Title\nPeople with knowledge of the plan said it would cost 2 billion dollars.", "it would cost 2 billion", "People with knowledge of the plan", "anonymous", ""},
		{"close to the negotiations", "Title\nA source close to the negotiations said the offer had been rejected.", "the offer had been rejected", "A source close to the negotiations", "anonymous", ""},
		{"opener before a description", "Title\nHowever, the company's chief executive said the plan would work.", "the plan would work", "the company's chief executive", "person", ""},
		{"it said: the organisation named before", "Title\nApple cut prices on Monday. “We are pleased with the results,” it said.", "We are pleased", "Apple", "organization", ""},
		{"it said: the organisation that spoke (guard)", "Title\nGoogle said on Tuesday that it would appeal. “We disagree with the decision,” it said.", "We disagree", "Google", "organization", ""},
		{"it noted: the subject of the sentence before, not the organisation named last", "Title\nThe Appellate Court did not agree with Amazon’s stance. It noted that the product had been stored in an Amazon warehouse.", "the product had been stored", "Appellate Court", "organization", ""},
		{"it read: the document that spoke (guard)", "Title\nMarina Abramyan filed suit. The lawsuit claimed the products failed. “Ms. Alley attributes her weight loss to the program,” it read.", "attributes her weight loss", "The lawsuit", "document", ""},
		{"it said without an antecedent: not the person before", "Title\nJohn Smith said the plan was sound. “The plan is sound and it works,” it said.", "it works", "it", "organization", ""},
		{"what he said was (guard)", "Title\nVladimir Putin spoke on Thursday. He lauded what he said was Russia's vastly modernized nuclear arsenal.", "Russia's vastly modernized", "Vladimir Putin", "person", ""},
		{"a declaration that X said could (guard)", "Title\nIsrael told people to move south, a declaration that Amnesty International said could amount to a war crime.", "could amount to a war crime", "Amnesty International", "organization", ""},
		{"her and a noun before a colon", "Title\nSchwartz spoke on the podcast. “It was more a case of them having to convince me,” she said. Her host cut her off: “It was a proposal of the newspaper, the entire thing?”", "a proposal of the newspaper", "Her host", "person", ""},
		{"a club's head coach: the one person just named, not the club", "Title\nEmery has warned his side face a tough challenge. The Villa head coach said: “It will be a very demanding match.”", "a very demanding match", "Emery", "person", ""},
		{"the chairwoman of a bank", "Title\nThe money was laundered abroad. The Chairwoman of Ukraine’s Central Bank says two bankers stole $5.5 billion outright.", "two bankers stole", "The Chairwoman of Ukraine’s Central Bank", "person", ""},
		{"a city's mayor introduced before", "Title\nThe Miami-Dade Police Department said it was aware of the inquiry. On January 21, Miami-Dade Mayor Daniella Levine Cava warned the owners. The Miami-Dade mayor told reporters that the park had until March 10 to pay.", "the park had until March 10", "Daniella Levine Cava", "person", ""},
		{"one and a person noun", "Title\nListeners loved the book. One fan said the narrator's voice was perfect for an evening on the couch.", "perfect for an evening", "One fan", "anonymous", ""},
		{"a small number and a plural person noun", "Title\nTeachers were angry. Two teachers said: “The government looked to us to sort out the mess.”", "sort out the mess", "Two teachers", "anonymous", ""},
		{"one with a relative clause", "Title\nVice-chancellors reacted with fury. One, who asked not to be named, said: “The government looked to universities to sort out the mess.”", "sort out the mess", "One", "anonymous", ""},
		{"an ordinal and a hyphenated noun", "Title\nVice-chancellors reacted with fury. A second vice-chancellor, who runs a research university, agreed: “We baled the government out after the fiasco.”", "We baled the government out", "A second vice-chancellor", "anonymous", ""},
		{"an official with an office", "Title\nFlames spread on Tuesday. An official with the Texas Office of Emergency Services said the fire had burned 500,000 acres.", "the fire had burned", "An official with the Texas Office of Emergency Services", "anonymous", ""},
		{"a county and its state in an office's name", "Title\nFlames spread on Tuesday. An official with the Hutchinson County, Texas Office of Emergency Services said the fire had burned 500,000 acres.", "the fire had burned", "An official with the Hutchinson County, Texas Office of Emergency Services", "anonymous", ""},
		{"a survey completed by members of a board", "Title\nOnly 12% of chief executives are women, according to a survey completed by members of the Changemakers Advisory Board.", "Only 12% of chief executives", "a survey completed by members of the Changemakers Advisory Board", "document", ""},
		{"and said after another reporting verb", "Title\nYossi Cohen spoke to reporters. At an appearance on CNN on January 4, he described seeing one rape and said the assailants were armed.", "the assailants were armed", "Yossi Cohen", "person", "CNN"},
		{"a time before the subject", "Title\nFans wrote about her weight. “She looks pretty good to me,” wrote another.\nIn June 2019 Celine Dion uploaded a shot of a T-shirt with the image captioned, “It means Fear of Missing Out, or does it?”", "Fear of Missing Out", "Celine Dion", "person", ""},
		{"a one-word name in camel case is a company", "Title\nThe figures were published on Monday. TechCorp said on Monday that profits would fall.", "profits would fall", "TechCorp", "organization", ""},
		{"a one-word name before shares is a company", "Title\nVantor shares fell 20% on Monday. Vantor said on Tuesday that orders were weak.", "orders were weak", "Vantor", "organization", ""},
		{"a mononym with a two-letter opening is a person (guard)", "Title\nThe figures were published on Monday. RuPaul said on Monday that the show would return.", "the show would return", "RuPaul", "person", ""},
		{"an unknown acronym with the after according to is a body", "Title\nThe figures were published on Monday. According to the BDA, dental decay is rising among children.", "dental decay is rising", "BDA", "organization", ""},
		{"an unknown acronym alone after according to is an outlet (guard)", "Title\nThe figures were published on Monday. According to TCN, the talks lasted two hours.", "the talks lasted two hours", "TCN", "media", ""},
		{"a study by an outlet whose name is a role", "Title\nThe economist Joseph Stiglitz has written about this. A study by The Economist found that two-thirds of industries became more concentrated.", "two-thirds of industries", "A study by The Economist", "document", ""},
		{"said one woman", "Title\nResidents were angry on Monday. “It's a joke,” said one woman, who gave her name only as Maria.", "It's a joke", "one woman", "anonymous", ""},
		{"a man said", "Title\nResidents were angry on Monday. A man said the water had reached his door by midnight.", "the water had reached his door", "A man", "anonymous", ""},
		{"a short sentence quoted after the speaker's quotation", "Title\nThe band toured Europe. “We've never played to crowds like that,” Tom Reed said. “It was unreal.”", "It was unreal.", "Tom Reed", "person", ""},
		{"began before a quotation's follow-up", "Title\nThe interview aired on Monday. “You said to some degree the election was rigged,” Lex Fridman began. “Was it stolen?”", "Was it stolen?", "Lex Fridman", "person", ""},
		{"a headline's opening quotation and its speaker after the colon", "‘We will not back down’: Zelensky vows to fight on\nUkraine's president Volodymyr Zelensky said on Monday his country would keep fighting.", "We will not back down", "Volodymyr Zelensky", "person", ""},
		{"the defendant", "Title\nThe hearing lasted two days. The defendant said he had lied to police.", "he had lied to police", "The defendant", "person", ""},
		{"a barrister of a pronoun", "Title\nThe hearing lasted two days. His barrister said he had shown genuine remorse.", "genuine remorse", "His barrister", "person", ""},
		{"the doctor after a doctor named with the title (guard)", "Title\nDr. Kevin O'Connor examined the president on Friday. Dr. O'Connor noted that the president was fit. “This is reasonably anticipated and, in fact, should be expected,” the doctor said.", "reasonably anticipated", "Kevin O'Connor", "person", ""},
		{"he far from any name in a profile is its subject", "Title\nEthan Coen grew up in Minneapolis. Coen moved to New York at eighteen. Later Coen became famous in Hollywood. The house was quiet. The kettle boiled. Rain fell on the roof. The dog slept by the door. A clock ticked in the hall. The tea went cold. The light faded early. Nobody came to the door. “I sit around looking into space most of the time,” he said.", "looking into space", "Ethan Coen", "person", ""},
		{"he in a piece about two people (guard)", "Title\nTom Reed met Anna Berg in Leeds. Tom Reed left early. Anna Berg stayed. Tom Reed called. Anna Berg answered. The house was quiet. The kettle boiled. Rain fell on the roof. The dog slept by the door. A clock ticked in the hall. The tea went cold. The light faded early. Nobody came to the door. “I sit around looking into space most of the time,” he said.", "looking into space", "he", "person", ""},
		{"a party's MPs", "Title\nThe plan was published on Monday. Labour MPs said the leader had lost control.", "the leader had lost control", "Labour MPs", "anonymous", ""},
		{"a party's senators", "Title\nThe plan was published on Monday. Republican senators said the leader had lost control.", "the leader had lost control", "Republican senators", "anonymous", ""},
		{"figures an outlet saw", "Title\nThe plan was published on Monday. According to Treasury figures seen by the Guardian, the gap is £22bn.", "the gap is £22bn", "Treasury figures seen by the Guardian", "document", ""},
		{"a senator of a state, then a description", "Title\nRepublicans remain divided. Sen. James Lankford of Oklahoma, the lead GOP negotiator, said he expected a vote next week.", "he expected a vote", "James Lankford", "person", ""},
		{"a representative of a state", "Title\nRep. Nancy Mace of South Carolina said she expected a vote next week.", "she expected a vote", "Nancy Mace", "person", ""},
		{"an organisation of a place, then a description (guard)", "Title\nBank of England, the central bank, said it expected a cut next week.", "it expected a cut", "Bank of England", "organization", ""},
		{"a nationality for the one named before (guard)", "Title\nMikel Arteta praised his side's character. “We suffered, but we stayed together,” the Spaniard said.", "we stayed together", "Mikel Arteta", "person", ""},
		{"an epithet for the one named before", "Title\nSergei Lavrov met his Turkish counterpart in Moscow on Tuesday. Speaking afterwards, the diplomat stressed that Russia's proposals were final.", "proposals were final", "Sergei Lavrov", "person", ""},
		{"an epithet for a name the text does not know", "Title\nTaylor Swift released a new album on Friday. The singer said the record was her most personal.", "her most personal", "Taylor Swift", "person", ""},
		{"an epithet no list has held", "Title\nElon Musk bought the company in 2022. The billionaire said on Monday that advertisers had left.", "advertisers had left", "Elon Musk", "person", ""},
		{"an age for the one named before", "Title\nMary Jones won the final on Saturday. “I am so happy,” the 39-year-old told reporters.", "I am so happy", "Mary Jones", "person", ""},
		{"an epithet between two people stays a description", "Title\nNovak Djokovic beat Carlos Alcaraz in the final. “It was a great match,” the Serb said.", "a great match", "the Serb", "person", ""},
		{"an epithet between two people is the one who spoke last (guard)", "Title\nUnai Emery said the team was tired. Ross Barkley has been noted by Emery. “He is playing very well,” the Spaniard said.", "playing very well", "Unai Emery", "person", ""},
		{"an age that is not the named one's", "Title\nJordan Lee, 19, died at the scene. “I did not mean it,” the 23-year-old told the court.", "did not mean it", "the 23-year-old", "person", ""},
		{"an epithet after an unnamed one with that noun (guard)", "Title\nSergei Lavrov met his Turkish counterpart. A Western diplomat said the talks had failed. The diplomat added that sanctions would follow.", "sanctions would follow", "A Western diplomat", "anonymous", ""},
		{"a name with a particle and five words", "Title\nBrazilian President Luiz Inacio Lula da Silva said the talks were productive.", "talks were productive", "Luiz Inacio Lula da Silva", "person", ""},
		{"a name after an article and a mood", "Title\nThe chairman spoke last. “Well, then that would be quite different,” said a skeptical Robert Wolfarth, the trust's new chairman.", "quite different", "Robert Wolfarth", "person", ""},
		{"a first name from another language", "Title\nThe council met on Monday. “I didn't believe that we'd get here,” said Alfredo Pedroza of Napa County.", "we'd get here", "Alfredo Pedroza", "person", ""},
		{"a quotation with its own cue goes to that cue's speaker", "Title\nMary Jones said the event was a success. “Raye wins Best New Artist, after nine years of hits,” muses Neil.", "Raye wins", "Neil", "person", ""},
		{"a profession after one", "Title\nAccording to some studies, people who drink three cups a day live longer.\n“Coffee is one of the healthiest things you can drink,” says one nutritionist.", "healthiest things", "one nutritionist", "anonymous", ""},
		{"a post on a platform", "Title\nThe claim spread fast. A post on X claimed the minister had resigned.", "the minister had resigned", "A post on X", "document", ""},
		{"a post on a platform, not the platform", "Title\nThe screenshot spread quickly after a post on X said the agency had labelled the air force an enemy.", "labelled", "a post on X", "document", ""},
		{"an organisation with and in its name", "Title\nMeasles cases have reached their highest level in five years, according to the Centers for Disease Control and Prevention.", "highest level", "Centers for Disease Control and Prevention", "organization", ""},
		{"an organisation word of a utility", "Title\nSewage spilled into a stream. Southern Water said in a statement that a pump failure had caused the spill.", "a pump failure", "Southern Water", "organization", ""},
		{"an adjective inside a body's description", "Title\nLavrov will meet Blinken in Geneva on Friday, the Russian diplomatic mission said.", "meet Blinken", "the Russian diplomatic mission", "organization", ""},
		{"what a court heard", "Title\nJordan Mills, 24, appeared at Bristol Crown Court on Friday. The court heard that Mills attacked the victim after a row over a taxi.", "attacked the victim", "Bristol Crown Court", "organization", ""},
		{"what an inquest heard", "Title\nThe inquest opened on Monday. The inquest heard that she had been unwell for weeks.", "unwell for weeks", "The inquest", "organization", ""},
		{"a body's noun before an unknown name", "Title\nHousehold water bills will rise by 20% over the next five years, the regulator Ofwat announced on Thursday.", "bills will rise", "Ofwat", "organization", ""},
		{"a body whose name ends in a source noun", "Title\nInflation fell to 2.3 per cent in April, its lowest level in nearly three years, the Office for National Statistics said.", "Inflation fell", "Office for National Statistics", "organization", ""},
		{"a first name and surname after a body's name and a role", "Title\nThe coach forfeited the game. At the time, Mid Vermont Christian Head of School Vicky Fogg wrote in an email that Goodwin had forfeited the game.", "Goodwin had forfeited", "Vicky Fogg", "person", ""},
		{"a research firm's acronym after according to", "Title\nApple shares rose. According to IDC, global smartphone shipments fell 3% last year.", "shipments fell", "IDC", "organization", ""},
		{"the newspaper: the outlet named before", "Title\nThe Guardian obtained the documents last week. The newspaper said the documents showed payments of £2m.", "payments of £2m", "Guardian", "media", ""},
		{"the paper: the outlet named before, not the one told", "Title\nA New York Times spokesperson told The Intercept the claim was untrue. Her byline has not appeared since. The paper said that a review into her posts is ongoing.", "a review into her posts", "New York Times", "media", ""},
		{"the paper after according to an outlet", "Title\nAn officer was shot on Monday, according to the Washington Post.\nIn October, an off-duty officer was shot nearby, the paper reported.", "off-duty officer", "Washington Post", "media", ""},
		{"the paper without an outlet: a study's", "Title\nA new paper in the journal Nature looked at sleep. Memory improved after a nap, the paper states.", "Memory improved", "the paper", "document", ""},
		{"the broadcaster: the outlet when no person is named", "Title\nBBC News contacted the ministry on Friday. The broadcaster said it had not received a reply.", "not received a reply", "BBC News", "media", ""},
		{"he after an unnamed office holder", "Title\nThe minister was asked by reporters whether the plan would go ahead. He said it would go ahead.", "it would go ahead", "The minister", "person", ""},
		{"she after an unnamed woman", "Title\nA woman was rescued from the river on Sunday. She said she had slipped on the bank.", "slipped on the bank", "A woman", "anonymous", ""},
		{"she after an unnamed woman and her own possessive", "Title\nA woman was rescued from her car on Sunday. She said she had skidded on ice.", "skidded on ice", "A woman", "anonymous", ""},
		{"a person who asked not to be named", "Title\nA paramedic arrived within minutes. The man, who asked not to be named, said he had never seen anything like it.", "never seen anything", "The man", "anonymous", ""},
		{"a participle after a possessive description and a name", "Title\nSenator Ann Lowe wrote on X that the bill was dead. Her colleague Tom Dyer disagreed, posting that it had every chance.", "every chance", "Tom Dyer", "person", ""},
		{"a body's bosses", "Title\nThe ward closed in May. Hospital bosses said the changes are safe.", "changes are safe", "Hospital bosses", "anonymous", ""},
		{"a body's staff", "Title\nThe ward closed in May. Hospital staff said the changes are safe.", "changes are safe", "Hospital staff", "anonymous", ""},
		{"an interview's answer is the interviewee's", "Title\nSadiq Khan has been mayor of London since 2016. We spoke to Khan about housing and transport.\nQ: What would you change first?\nA: Housing. It is the issue I hear about on every doorstep.", "every doorstep", "Sadiq Khan", "person", ""},
		{"an interview's answer with a quotation inside", "Title\nSadiq Khan has been mayor of London since 2016.\nQ: What did the minister tell you?\nA: He said “no money”, and I told him that was not good enough.", "not good enough", "Sadiq Khan", "person", ""},
		{"a transcript's answer by the speaker's name", "Title\nHousing minister Matthew Pennycook talks to Emma Hart about planning reform.\nEmma Hart: Is 1.5 million homes achievable?\nMatthew Pennycook: It is ambitious, but yes. We have changed the planning rules.\nEH: What about councils that refuse to cooperate?\nMP: We will not hesitate to intervene where councils fail to plan.", "We have changed the planning rules", "Matthew Pennycook", "person", ""},
		{"an interview's answer after Q by the speaker's surname", "Title\nAfter 14 years, Rahul Mehta closed Saffron Lane, his Birmingham restaurant.\n\nQ: Why close a restaurant that was fully booked?\n\nMehta: Because fully booked doesn\u2019t mean profitable. Our energy bill went up fourfold.\n\nQ: Was it a hard decision?\n\nMehta: The hardest of my life. I had 22 staff.", "The hardest of my life", "Rahul Mehta", "person", ""},
		{"a transcript's answer by a surname in capitals", "Title\nThe housing minister, Fiona Kerr-Mbatha, spoke to presenter Rachel Oyelowo-Grant on Sunday.\n\nOYELOWO-GRANT: Minister, completions are down 9% on last year. You\u2019re going backwards, aren\u2019t you?\n\nKERR-MBATHA: No, I don\u2019t accept that. Completions reflect decisions made years ago.\n\nOYELOWO-GRANT: Will you resign if you miss the target?\n\nKERR-MBATHA: I\u2019m not going to answer hypotheticals, Rachel.", "answer hypotheticals", "Fiona Kerr-Mbatha", "person", ""},
		{"a transcript's named presenter speaks too", "Title\nThe housing minister, Fiona Kerr-Mbatha, spoke to presenter Rachel Oyelowo-Grant on Sunday.\n\nOYELOWO-GRANT: Minister, completions are down 9% on last year. You\u2019re going backwards, aren\u2019t you?\n\nKERR-MBATHA: No, I don\u2019t accept that. Completions reflect decisions made years ago.\n\nOYELOWO-GRANT: Will you resign if you miss the target?\n\nKERR-MBATHA: I\u2019m not going to answer hypotheticals, Rachel.", "Will you resign", "Rachel Oyelowo-Grant", "person", ""},
		{"a transcript's answer by the speaker's initials", "Title\nHousing minister Matthew Pennycook talks to Emma Hart about planning reform.\nEmma Hart: Is 1.5 million homes achievable?\nMatthew Pennycook: It is ambitious, but yes. We have changed the planning rules.\nEH: What about councils that refuse to cooperate?\nMP: We will not hesitate to intervene where councils fail to plan.", "councils fail to plan", "Matthew Pennycook", "person", ""},
		{"an interviewee named in the headline breaks a tie", "Sadiq Khan on housing\nSadiq Khan met Rishi Sunak last week.\nQ: What would you change first?\nA: Housing. It is the issue I hear about on every doorstep.", "every doorstep", "Sadiq Khan", "person", ""},
		{"a full name in apposition after an inverted description", "Title\nThe smoke spread fast. “It's like night out there,” said one neighbour, Amira Khan.", "like night out there", "Amira Khan", "person", ""},
		{"a possessive description and a name after an inverted cue", "Title\nThe smoke spread fast. “It's like night out there,” said her neighbour Amira Khan.", "like night out there", "Amira Khan", "person", ""},
		{"an organisation with for in its name", "Title\nThe road was closed. Transport for London said buses were being diverted around the area.", "buses were being diverted", "Transport for London", "organization", ""},
		{"cautioned that", "Title\nThe study was small. However, experts cautioned that the findings showed only an association.", "only an association", "experts", "anonymous", ""},
		{"experts not involved in the research", "Title\nThe study was small. Experts not involved in the research said the findings showed only an association.", "only an association", "Experts not involved in the research", "anonymous", ""},
		{"a broker's name", "Title\nShares fell 12% on Thursday. Jefferies called it “a reset year” for the company.", "a reset year", "Jefferies", "organization", ""},
		{"a passive report's agent", "Title\nStaff at the factory were told by the company that the site would close in March.", "site would close", "the company", "organization", ""},
		{"a passive report's agent before a quotation", "Title\nThe mayor was told by officials: “The bridge is unsafe.”", "bridge is unsafe", "officials", "anonymous", ""},
		{"a passive without a report keeps the later cue (guard)", "Title\nThe decision was welcomed by campaigners, who said it was overdue.", "it was overdue", "campaigners", "anonymous", ""},
		{"he after a described person with any verb", "Title\nA paramedic spoke to reporters. The man made other claims, however, that called his report into question. He claimed another rescuer had found a baby.", "another rescuer", "The man", "person", ""},
		{"she after a description with a prepositional phrase", "Title\nA woman in her 40s was rescued. She said she had slipped.", "she had slipped", "A woman", "anonymous", ""},
		{"went on to say", "Title\nMary Smith spoke first. She went on to say that the council had failed residents.", "council had failed", "Mary Smith", "person", ""},
		{"continued to insist", "Title\nThe talks stalled. The minister continued to insist that the plan would work.", "plan would work", "The minister", "person", ""},
		{"a parenthetical cue before an irregular past", "Title\nThe man was arrested later. The suspect, police said, fled on foot towards the station.", "fled on foot", "police", "organization", ""},
		{"as someone put it", "Title\nThe shares fell. As one analyst put it, “the market has priced in a recession.”", "priced in a recession", "one analyst", "anonymous", ""},
		{"a party and state in brackets after the name", "Title\nThe bill passed the House. Rep. Alexandria Ocasio-Cortez (D-N.Y.) tweeted that the bill was “a disgrace.”", "a disgrace", "Alexandria Ocasio-Cortez", "person", ""},
		{"a regional nationality as an epithet", "Title\nManchester City manager Pep Guardiola said his team were “not good enough” after the defeat. Asked about the fitness of the striker, the Catalan said: “He is fine.”", "He is fine", "Pep Guardiola", "person", ""},
		{"the department is not another body named before", "Title\nThe Independent Transportation Trust sent 28 questions to the transportation department in June. The department, however, said it could not answer anything until September.", "could not answer", "The department", "organization", ""},
		{"the department of a body whose name holds it (guard)", "Title\nThe Department of Health published the figures. The department said waiting lists were falling.", "waiting lists", "Department of Health", "organization", ""},
		{"a count from an outlet is a document", "Title\nThe campaign grew. Steyer, according to a count from the Charleston-based Post and Courier, has the backing of 20 lawmakers.", "backing of 20 lawmakers", "a count from the Charleston-based Post and Courier", "document", ""},
		{"a pronoun after a sentence takes its subject, not its object", "Title\nSergey Lavrov met Antony Blinken in Geneva on Friday. According to him, the talks were useful.", "the talks were useful", "Sergey Lavrov", "person", ""},
		{"a pronoun after an opening adverbial's subject (guard)", "Title\nIn her ruling, Judge Debra Livingston echoed the claim that the coverage was false. She wrote that the executive had explained the texts.", "the executive had explained", "Debra Livingston", "person", ""},
		{"a quotation that was someone's reply", "Title\nThe minister was asked whether she would step down. “Absolutely not,” was the minister's reply.", "Absolutely not", "the minister", "person", ""},
		{"a quotation that came as a body's response", "Title\nThe ministry was asked to comment. “We do not comment on leaks,” came the response from the ministry.", "We do not comment on leaks", "the ministry", "organization", ""},
		{"a name with two military titles in apposition", "Title\nThe Pentagon's press secretary, Brig. Gen. Pat Ryder, told reporters that the strikes were proportionate.", "the strikes were proportionate", "Pat Ryder", "person", ""},
		{"a speaker an agency quoted as saying", "Title\nRIA news agency quoted Kremlin spokesman Dmitry Peskov as saying that Moscow would respond.", "Moscow would respond", "Dmitry Peskov", "person", "RIA"},
		{"a source an outlet quoted as saying", "Title\nThe BBC quoted a source as saying that the minister would resign.", "the minister would resign", "a source", "anonymous", "BBC"},
		{"quoted as saying, passive (guard)", "Title\nPeskov was quoted by RIA as saying that Moscow would respond.", "Moscow would respond", "Peskov", "person", ""},
		{"in his opinion", "Title\nSergey Lavrov met Antony Blinken in Geneva on Friday. In his opinion, the sanctions have hurt Europe more than Russia.", "the sanctions have hurt Europe", "Sergey Lavrov", "person", ""},
		{"in the words of", "Title\nThe talks ended on Friday. In the words of the foreign minister, the talks were “useful and frank.”", "useful and frank", "the foreign minister", "person", ""},
		{"a role with its country inside", "Title\nRussian Foreign Minister Sergey Lavrov met US Secretary of State Antony Blinken in Geneva. According to the head of Russian diplomacy, the talks were useful.", "the talks were useful", "Sergey Lavrov", "person", ""},
		{"a country's side", "Title\nThe talks ended on Friday. The Chinese side expressed hope that all parties would exercise restraint.", "all parties would exercise restraint", "The Chinese side", "organization", ""},
		{"drew attention to the fact that", "Title\nThe talks ended on Friday. The diplomat drew attention to the fact that the United States had not answered Moscow's questions.", "had not answered", "The diplomat", "person", ""},
		{"an unnamed person's description before a relative clause", "Title\nTalks continued on Monday. A person familiar with the matter, who asked not to be named because the talks are private, said no final decision had been made.", "no final decision had been made", "A person familiar with the matter", "anonymous", ""},
		{"wrote in a note to clients that", "Title\nShares fell. Analysts at Morgan Stanley wrote in a note to clients that the guidance cut was bigger than feared.", "bigger than feared", "Morgan Stanley", "organization", ""},
		{"a quotation named in the sentence after it", "Title\n“I'm not going anywhere.” That was the message from coach Dan Reeve after Saturday's loss.", "I'm not going anywhere", "Dan Reeve", "person", ""},
		{"those were the words of", "Title\nThe vote was lost. “We will fight on.” Those were the words of the prime minister on Sunday.", "We will fight on", "the prime minister", "person", ""},
		{"a medium citing its sources after the verb", "Title\nThe company will cut 400 jobs, Reuters reported, citing two people familiar with the matter.", "will cut 400 jobs", "two people familiar with the matter", "anonymous", "Reuters"},
		{"a medium citing its sources before that", "Title\nReuters reported on Tuesday, citing three sources, that the company would cut 400 jobs.", "would cut 400 jobs", "three sources", "anonymous", "Reuters"},
		{"a medium citing its sources in apposition", "Title\nThe Wall Street Journal, citing people familiar with the matter, reported that the deal was close.", "the deal was close", "people familiar with the matter", "anonymous", "The Wall Street Journal"},
		{"quoting an unnamed official", "Title\nQuoting an unnamed official, Bloomberg reported that the deal could be announced next week.", "could be announced", "an unnamed official", "anonymous", "Bloomberg"},
		{"citing reasons is no source (guard)", "Title\nReuters said the company cut jobs, citing weak demand.", "the company cut jobs", "Reuters", "media", ""},
		{"a medium's participle cue (guard)", "Title\nReuters praised the plan, saying that it would help farmers.", "it would help farmers", "Reuters", "media", ""},
		{"documents a medium has seen", "Title\nDocuments seen by the BBC show that the ministry was warned about the risks two years ago.", "the ministry was warned", "Documents seen by the BBC", "document", "BBC"},
		{"a report a medium obtained", "Title\nA report obtained by CNN says the agency knew of the problem.", "the agency knew", "A report obtained by CNN", "document", "CNN"},
		{"it after a body's description", "Title\nThe company has previously denied wrongdoing. In a statement last year, it said it “complies with all applicable laws.”", "complies with all", "The company", "organization", ""},
		{"a job in lower case before an inverted cue's name", "Title\n“This is the worst drought we have seen in a century,” said climatologist Maria Silva of the University of São Paulo.", "the worst drought", "Maria Silva", "person", ""},
		{"a party tag and a relative clause before the verb", "Title\nState Sen. Rick Alvarez (R-Dallas), who voted against the bill, said the costs would fall on small businesses.", "the costs would fall", "Rick Alvarez", "person", ""},
		{"a pronoun pointing forward to the next sentence's subject", "Mother still waiting for inquest\nShe said: “I just want answers.”\nMrs Khan, 52, from Bradford, has waited two years for an inquest into her son's death.", "I just want answers", "Khan", "person", ""},
		{"a pronoun after a named person is not cataphora (guard)", "Title\nJohn Smith chaired the meeting. He said: “We will vote tomorrow.”\nMary Jones, the treasurer, has warned of cuts.", "We will vote tomorrow", "John Smith", "person", ""},
		{"one trader said", "Title\nMarkets fell on Monday. “It's a disaster,” one trader said.", "It's a disaster", "one trader", "anonymous", ""},
		{"a body's spokesman who gave no name", "Title\nThe flights were cancelled. “We're disappointed,” said a spokesman for the airline, who declined to give his name.", "We're disappointed", "a spokesman for the airline", "anonymous", ""},
		{"a body's spokesman (guard)", "Title\nThe flights were cancelled. “We're disappointed,” said a spokesman for the airline.", "We're disappointed", "a spokesman for the airline", "organization", ""},
		{"a tabloid's verb before a colon, after a participle opener", "Title\nThe plan was announced on Monday. Writing on Twitter, Tory MP Jacob Rees-Mogg fumed: “Utterly absurd.”", "Utterly absurd", "Jacob Rees-Mogg", "person", ""},
		{"hit back before a colon (guard)", "Title\nThe minister was criticised. Mr Lavrov hit back: “We will not be lectured by anyone.”", "We will not be lectured", "Lavrov", "person", ""},
		{"a lawsuit filed in a court", "Title\nA lawsuit filed Tuesday in federal court alleges that the company misled investors about its finances.", "misled investors", "A lawsuit filed Tuesday in federal court", "document", ""},
		{"an email sent on a day, with a relative clause", "Title\nAn email sent to staff on Monday, which was seen by The Guardian, said the office would close.", "the office would close", "An email sent to staff on Monday", "document", ""},
		{"a leaked recording a medium obtained (guard)", "Title\nStaff confronted the executives, according to a leaked recording of a recent meeting obtained by The Intercept.", "Staff confronted", "a leaked recording of a recent meeting obtained by The Intercept", "document", ""},
		{"as reported by", "Title\nAs reported by RIA Novosti, the meeting will take place in Geneva next week.", "the meeting will take place", "RIA Novosti", "media", ""},
		{"as reported by, with a speaker of its own", "Title\nAs reported by RIA Novosti, Lavrov said the meeting would take place in Geneva.", "the meeting would take place", "Lavrov", "person", "RIA Novosti"},
		{"an opening as-clause around the cue", "Title\nAs the ministry told TASS, the documents are ready for signing.", "the documents are ready", "the ministry", "organization", "Tass"},
		{"an opening as-clause, passive, a body's source", "Title\nAs the TASS agency was told in the ministry, the documents are ready for signing.", "the documents are ready", "the ministry", "organization", "Tass"},
		{"a press service", "Title\nPutin held talks with Erdogan on Tuesday, the Kremlin press service reported.", "Putin held talks", "Kremlin", "organization", ""},
		{"the head of a body", "Title\nThe head of the International Monetary Fund said the global economy was slowing.", "the global economy", "The head of the International Monetary Fund", "person", ""},
		{"a first name before an outlet's name is a person", "Title\nStocks fell. In a newsletter to clients, the strategist Jane Fox wrote that the market could fall another 10 percent.", "could fall another", "Jane Fox", "person", ""},
		{"a pronoun after a name closing the sentence's opening description", "Title\nThe head of Russian Foreign Ministry Sergey Lavrov has told about results of negotiations with the US Secretary of State Antony Blinken in Geneva. According to him, the parties have agreed to continue the dialogue.", "the parties have agreed", "Sergey Lavrov", "person", ""},
		{"a promise to act inside what was said", "Title\nSergey Lavrov spoke in Geneva. Lavrov has noted, that the American side has promised to give the written answers on the next week.", "the American side has promised", "Sergey Lavrov", "person", ""},
		{"the minister after the head of the foreign ministry", "Title\nThe head of Russian Foreign Ministry Sergey Lavrov met Antony Blinken, the US Secretary of State, in Geneva. “We have agreed to talk again,” the minister said at a press conference.", "We have agreed to talk again", "Sergey Lavrov", "person", ""},
		{"a ministry named by its field is a body (guard)", "Title\nMore than half of the hospitals have closed, according to the Health Ministry.", "More than half", "Health Ministry", "organization", ""},
		{"a name after another's title with of", "Title\nThe official representative of the Russian Foreign Ministry Maria Zakharova commented on the statement. Earlier the press secretary of the President of Russia Dmitry Peskov stated, that Moscow watches closely the situation.", "Moscow watches closely", "Dmitry Peskov", "person", ""},
		{"the title after of is not the name's own (guard)", "Title\nThe press secretary of the President of Russia Dmitry Peskov spoke on Monday. “We are watching,” the president said.", "We are watching", "the president", "person", ""},
		{"a title after of that is the name's own (guard)", "Title\nCritics praised the audio version of Senator Sherrod Brown's latest book. Among the figures Brown profiles is Justice Hugo Black, whom the senator calls a “complicated but necessary inclusion.” The novel details the fictitious senator Jessup Outlaw's romance.", "complicated but necessary", "Sherrod Brown", "person", ""},
		{"an inverted medium with reference to its source", "Title\nThe Russian side will respond to the new sanctions, reports RIA Novosti with reference to a source in the Foreign Ministry.", "will respond to the new sanctions", "a source in the Foreign Ministry", "anonymous", "RIA Novosti"},
		{"an agency's interlocutor", "Title\nRIA Novosti spoke to a diplomat. “The response will be tough,” the agency's interlocutor said.", "The response will be tough", "the agency's interlocutor", "anonymous", ""},
		{"as stated in a document", "Title\nAs stated in the message of the department, the sanctions contradict international law.", "the sanctions contradict", "the message of the department", "document", ""},
		{"the country's leader is its head of state", "Title\nEarlier, Vladimir Putin said that Russia is not going to attack NATO countries. “This is complete nonsense,” the Russian leader stressed.", "complete nonsense", "Vladimir Putin", "person", ""},
		{"a family name written first", "Title\nChinese Foreign Minister Wang Yi held talks with Antony Blinken in Beijing. Wang said that relations are at a critical juncture.", "a critical juncture", "Wang Yi", "person", ""},
		{"the head of a city's government after an inverted cue", "Title\nOlaf Scholz met Emmanuel Macron in Paris. The objectives of the plan “will be achieved before the end of the year” reiterated the head of the Berlin government.", "will be achieved", "Olaf Scholz", "person", ""},
		{"a short sentence about a person before a quotation", "Title\nCoach Mike Brennan was furious after the defeat. “We got outworked from start to finish,” he said. Captain Lisa Ford agreed. “We have to be better than that.”", "We have to be better", "Lisa Ford", "person", ""},
		{"a quotation after a sentence with its own cue (guard)", "Title\nPrince Harry spoke about his son. Taking Archie outside is his favorite activity, he said. “The highlight for me is sticking him on the back of the bicycle.”", "The highlight for me", "Harry", "person", ""},
		{"according to a name with a title's dot", "Title\n“There's no doubt about it,” according to Dr. Sarah Lee, a cardiologist at Mount Sinai.", "no doubt about it", "Sarah Lee", "person", ""},
		{"an outlet's name ending in a source noun", "Title\nShares fell. Business Insider reported that the company would cut 400 jobs.", "would cut 400 jobs", "Business Insider", "media", ""},
		{"an outlet's name ending in an outlet's word", "Title\nCoffee lowers the risk of heart disease, according to Psychology Today.", "Coffee lowers the risk", "Psychology Today", "media", ""},
		{"a headline's quotation from one to another", "Biden to Putin: “You will pay a price”\nJoe Biden spoke to Vladimir Putin on Monday.", "You will pay a price", "Joe Biden", "person", ""},
		{"a source close to her", "Title\nRepresentatives for the singer did not return requests for comment, but a source close to her told People magazine she was “doing well.”", "doing well", "a source close to her", "anonymous", "People"},
		{"a speaker of a body after an inverted cue", "Title\nThe decision was welcomed by campaigners. “It is a huge victory,” said Sarah Green of the Sierra Club.", "It is a huge victory", "Sarah Green", "person", ""},
		{"the company is not a product's model named after it", "Title\nApple on Monday announced a new laptop powered by its M3 processor, promising up to 60% faster performance than the M1 model. The 13-inch model starts at $1,099, the company said in a press release.", "starts at $1,099", "Apple", "organization", ""},
		{"she after an unnamed resident's reported speech about her", "Title\nCouncil leader Lisa Spivey said the authority was ready. One resident, who did not want to be named, said her street had flooded three times in five years. “Nobody listens until it's too late,” she said.", "Nobody listens", "One resident", "anonymous", ""},
		{"a short single-quoted sentence", "Title\nJane Fox lost her home in the fire.\n'I'm devastated,' she said.", "I'm devastated", "Jane Fox", "person", ""},
		{"a two-word quotation before its cue", "Title\nTom Hale was asked about retiring.\n“Probably not,” he said.", "Probably not", "Tom Hale", "person", ""},
		{"the mother with no one named", "Title\nThe school closed on Friday.\n“I'm devastated and angry,” the mother told the BBC.", "I'm devastated", "the mother", "person", "BBC"},
		{"the mother of two, unhyphenated", "Title\nJane Smith, 34, lost her home in the fire. “I'm devastated and angry,” the mother of two told the BBC.", "I'm devastated", "Jane Smith", "person", "BBC"},
		{"a spokeswoman for a body with no name", "Title\nParamedics were called to the scene, a spokeswoman for the ambulance service said.", "Paramedics were called", "a spokeswoman for the ambulance service", "organization", ""},
		{"an MP written in capitals", "Title\n“Nobody saw this coming,” said one senior Conservative MP.", "Nobody saw this coming", "one senior Conservative MP", "anonymous", ""},
		{"a surname before a reporting verb is what the epithet stands for", "Title\n“I'm proud of these boys,” Southgate said. Kane agreed. “We'll be back stronger,” the captain said.", "We'll be back stronger", "Kane", "person", ""},
		{"ordinary words name a publication", "Title\nLive Science reported that the fossil is 150 million years old.", "the fossil is", "Live Science", "organization", ""},
		{"a full name closing a spokesperson's description", "Title\nThe spokesperson of the US Department of State Ned Price told journalists that the United States will not accept the results.", "the United States will not", "Ned Price", "person", ""},
		{"a spokesman for a person named after him (guard)", "Title\nA spokesman for Donald Trump said that the former president would appeal.", "the former president would appeal", "A spokesman for Donald Trump", "anonymous", ""},
		{"bare plural sources close to a name at a sentence's start", "Title\nSarah Dunmore resigned on Monday. Sources close to Dunmore said she had been hung out to dry.", "hung out to dry", "Sources close to Dunmore", "anonymous", ""},
		{"bare people close to a titled name", "Title\nSarah Dunmore resigned on Monday. People close to Ms Dunmore said she had been hung out to dry.", "hung out to dry", "People close to Ms Dunmore", "anonymous", ""},
		{"friends of a name", "Title\nSarah Dunmore resigned on Monday. Friends of Ms Dunmore said she had been hung out to dry.", "hung out to dry", "Friends of Ms Dunmore", "anonymous", ""},
		{"allies of a name", "Title\nSarah Dunmore resigned on Monday. Allies of Dunmore said she had been hung out to dry.", "hung out to dry", "Allies of Dunmore", "anonymous", ""},
		{"a source close to a name (guard)", "Title\nSarah Dunmore resigned on Monday. A source close to Dunmore said she had been hung out to dry.", "hung out to dry", "A source close to Dunmore", "anonymous", ""},
		{"but insisted after an opening adverbial", "Title\nSarah Dunmore resigned on Monday. In a letter to the Prime Minister, Dunmore said she had fallen short but insisted she had broken no rules.", "she had broken no rules", "Dunmore", "person", ""},
		{"a report after a relative which of an outlet, with an object verb inside", "Title\nHackers hit the county. The breach was first reported by the Marion Daily Ledger, which said a ransomware group had claimed responsibility on a forum.", "a ransomware group had claimed responsibility", "Marion Daily Ledger", "media", ""},
		{"the company after a product with its number", "Title\nSamsung on Wednesday unveiled a new foldable phone. The Galaxy Z Fold 8 will go on sale in August for $1,899, the company said.", "will go on sale in August", "Samsung", "organization", ""},
		{"the company after an analyst's firm", "Title\nSamsung on Wednesday unveiled a new foldable phone.\nAnalysts were cautious. Counterpoint Research analyst Tarun Pathak said the price would limit demand.\nThe company warned that supply would be tight in the first month.", "supply would be tight", "Samsung", "organization", ""},
		{"the company after analysts at a bank and an analyst's firm", "Title\nApple on Monday reported record revenue of $120 billion. The iPhone 17 sold well, the company said.\nAnalysts at Morgan Stanley said the results were strong. Wedbush Securities analyst Dan Ives called it a blowout.\nThe company said it would buy back $100 billion of shares.", "buy back $100 billion", "Apple", "organization", ""},
		{"the company after another company (guard)", "Title\nSamsung unveiled a new phone on Wednesday. Apple cut the price of its own phone on Thursday.\nThe company said it would sell more.", "it would sell more", "Apple", "organization", ""},
		{"claimed with a clause (guard)", "Title\nThe council met on Monday. Jones claimed the money was his.", "the money was his", "Jones", "person", ""},
		{"according to people with a relative clause", "Title\nThe campaign lost. The mood had soured by mid-October, according to five people who worked there, three of whom spoke on the condition of anonymity.", "The mood had soured", "five people", "anonymous", ""},
		{"according to people with a relative clause, before the content", "Title\nThe campaign lost. According to people who worked there, the mood had soured.", "the mood had soured", "people", "anonymous", ""},
		{"another after one", "Title\nThe campaign lost. One senior adviser described the atmosphere as \"a bunker.\" Another said staff had stopped attending morning meetings.", "staff had stopped attending", "Another", "anonymous", ""},
		{"an interview with an outlet before the cue", "Title\nGary Gensler declined to respond. In an interview with CNBC, he said: \"We enforce the law, no matter who you are.\"", "We enforce the law", "Gary Gensler", "person", "CNBC"},
		{"speaking to an outlet", "Title\nGary Gensler declined to respond. Speaking to the BBC, Gensler said the agency enforces the law.", "the agency enforces the law", "Gary Gensler", "person", "BBC"},
		{"the company after an origin before a description", "Title\nAcme Corp reported a loss on Thursday.\nThe Cincinnati-based maker of industrial pumps lost $45 million, the company said in a regulatory filing.", "lost $45 million", "Acme Corp", "organization", ""},
		{"a titled person's office", "Title\nThe court ruled on Friday. Georgia Attorney General Chris Carr's office said it was reviewing the decision.", "reviewing the decision", "Georgia Attorney General Chris Carr's office", "organization", ""},
		{"a person's campaign (guard)", "Title\nThe court ruled on Friday. Donald Trump's campaign said it was reviewing the decision.", "reviewing the decision", "Donald Trump's campaign", "organization", ""},
		{"delegates at the end", "Title\nThe summit went on. Negotiators worked through the night but remained deadlocked over finance, delegates said.", "remained deadlocked", "delegates", "anonymous", ""},
		{"a delegate who declined to be named", "Title\nThe summit went on. A Chinese delegate, who declined to be named, said Beijing would not accept new obligations.", "would not accept", "A Chinese delegate", "anonymous", ""},
		{"a show's favourite", "Title\nThe show ended in May. Love Island favourite Molly Jones has broken her silence, insisting there is \"no bad blood\".", "no bad blood", "Molly Jones", "person", ""},
		{"a pal", "Title\nThe show ended in May. Tom is yet to comment, but a pal said he was \"gutted\".", "gutted", "a pal", "anonymous", ""},
		{"one wrote on a platform before a colon", "Title\nThe couple split.\nFans were quick to react. One wrote on X: \"Heartbroken. They were the best couple.\" Another added: \"Knew it.\"", "Heartbroken", "One", "anonymous", ""},
		{"according to what is no source, after a cue with an outlet", "Title\nThe talks ended. Jens Stoltenberg told The Associated Press that there were no plans for troops, adding that allies had the right to help according to international law.", "no plans for troops", "Jens Stoltenberg", "person", "Associated Press"},
		{"a time between the speaker and the verb", "Title\nWaiting lists grew. The ministry on Friday said the number rose to 390,000.", "the number rose", "The ministry", "organization", ""},
		{"a time of two words between the speaker and the verb", "Title\nWaiting lists grew. Officials last week said the number rose to 390,000.", "the number rose", "Officials", "anonymous", ""},
		{"a time of three words between the speaker and the verb (guard)", "Title\nWaiting lists grew. Officials earlier this week said the number rose to 390,000.", "the number rose", "Officials", "anonymous", ""},
		{"a medium between the speaker and the verb", "Title\nWaiting lists grew. The company in a statement said the number rose to 390,000.", "the number rose", "The company", "organization", ""},
		{"a time after a name that is an object, and an outlet described before its name", "Title\nThe attack was filmed. The woman who filmed Abdush on October 7 told the Israeli site YNet that the editors had pressured her.", "pressured her", "The woman", "person", "YNet"},
		{"according to data published by a body on a day", "Title\nWaiting lists grew. The number rose to 390,000 in April, according to data published by NHS England on Thursday.", "390,000", "NHS England", "organization", "data"},
		{"a nationality epithet after a club's boss", "Title\nMikel Arteta praised his side. \"We were magnificent,\" Arteta told Sky Sports.\nSpurs boss Ange Postecoglou was left frustrated. \"We gave them two goals,\" the Australian said.", "We gave them two goals", "Ange Postecoglou", "person", ""},
		{"the manager after a club's boss", "Title\nMikel Arteta praised his side. \"We were magnificent,\" Arteta told Sky Sports.\nSpurs boss Ange Postecoglou was left frustrated. \"We gave them two goals,\" the manager said.", "We gave them two goals", "Ange Postecoglou", "person", ""},
		{"it after a described company opening the sentence", "Title\nOpenAI released GPT-5 in August.\nParis-based startup Mistral AI on Tuesday released a new model that it says outperforms GPT-5 on several benchmarks.", "outperforms GPT-5", "Mistral AI", "organization", ""},
		{"a state news agency by name", "Title\nTensions rose. Iran seized a foreign oil tanker in the Gulf on Thursday for smuggling fuel, state news agency IRNA reported.", "seized a foreign oil tanker", "IRNA", "media", ""},
		{"it of an outlet that opens the sentence", "Title\nIran has seized several tankers, according to a Reuters tally.\nTasnim news agency, which is close to the Guards, published footage it said showed the seizure.", "showed the seizure", "Tasnim", "media", ""},
		{"an addressee that is a programme", "Title\nDeaths fell on Thursday. Dr Anthony Fauci told NBC News' Today show the final number of Americans who would die \"looks more like 60,000\".", "looks more like 60,000", "Anthony Fauci", "person", "NBC News"},
		{"a name that opens with New", "Title\nNurses went on strike. The New York State Nurses Association said management had refused to budge.", "management had refused to budge", "New York State Nurses Association", "organization", ""},
		{"a plural possessive inside a body's name", "Title\nNurses went on strike. A spokeswoman for the Patients' Alliance said some procedures had been postponed twice.", "postponed twice", "Patients' Alliance", "organization", ""},
		{"affirmed", "Title\nThe Italian premier Mario Draghi, speaking at the press conference, affirmed that Italy will remain on the side of Ukraine.", "Italy will remain", "Mario Draghi", "person", ""},
		{"a tabloid verb after the quotation it cues", "Title\n“This is a disgrace,” fumed one Tory backbencher.", "This is a disgrace", "one Tory backbencher", "anonymous", ""},
		{"friends of people named by no source word", "Title\nFriends of the couple say they are “heartbroken” by the news.", "heartbroken", "Friends of the couple", "anonymous", ""},
		{"a country's office holder in capitals", "Title\n“It's a great day for all of us,” Britain's Prime Minister said.", "It's a great day", "Britain's Prime Minister", "person", ""},
		{"a platform is no person for an epithet to stand for", "Title\nTaylor Swift has broken her silence on the rumours. In a lengthy Instagram post, the singer wrote that she was “tired of being misrepresented”.", "tired of being", "Taylor Swift", "person", ""},
		{"an addressee's name of two words before a colon", "Title\nTaylor Swift was at the game.\nA source close to the star told Page Six: “She's had enough of it.”", "She's had enough", "A source close to the star", "anonymous", "Page Six"},
		{"a full name with who after it is a person for a pronoun", "Title\nOne of the women to flee the north was 25-year-old Nesma Hajjaj, who was seven months pregnant at the time. “I am from Gaza City,” she said in an interview.", "I am from Gaza City", "Nesma Hajjaj", "person", ""},
		{"a full name opening the sentence before is a person for a pronoun", "Title\nNesma Hajjaj fled the north with her family. “I am from Gaza City,” she said.", "I am from Gaza City", "Nesma Hajjaj", "person", ""},
		{"a surname shared with an outlet after the full name", "Title\nFormer New York mayor Michael Bloomberg spoke on Monday. “I was wrong about the policy,” Bloomberg said.", "I was wrong", "Michael Bloomberg", "person", ""},
		{"this was stated by, after a sentence", "Title\nRussia will respond in a mirror manner to any new sanctions. This was stated by the Deputy Foreign Minister Sergei Ryabkov in an interview with RIA Novosti.", "Russia will respond", "Sergei Ryabkov", "person", ""},
		{"this was stated by, after a quotation", "Title\n“We are not going to negotiate under pressure.” This was stated by the Russian Deputy Foreign Minister Sergei Ryabkov.", "We are not going to negotiate", "Sergei Ryabkov", "person", ""},
		{"specified", "Title\nLavrov then specified that Moscow “will respond in a mirror manner” to any new sanctions.", "Moscow", "Lavrov", "person", ""},
		{"for the spokesman, as according to", "Title\nFor the Kremlin spokesman, the accusations are “absolutely unfounded”.", "the accusations are", "the Kremlin spokesman", "anonymous", ""},
		{"as first reported by an outlet", "Title\nThe company plans to cut 5,000 jobs, as first reported by Bloomberg.", "The company plans to cut 5,000 jobs", "Bloomberg", "media", ""},
		{"for a name without its comma, as a translation writes it", "Title\nSergei Lavrov met Antony Blinken in Geneva.\nFor Lavrov the talks were \"constructive and useful\".", "constructive and useful", "Sergei Lavrov", "person", ""},
		{"for a name with the writer's words and no quotation (guard)", "Title\nSergei Lavrov met Antony Blinken in Geneva.\nFor Lavrov the talks were a success, and he said he would return.", "he would return", "Sergei Lavrov", "person", ""},
		{"per a report, as according to", "Title\nPer Reuters, the deal is worth $2 billion to the company.", "the deal is worth", "Reuters", "media", ""},
		{"an outlet named with Review", "Title\nAccording to the Harvard Business Review, most mergers fail within three years.", "most mergers fail", "Harvard Business Review", "media", ""},
		{"a statement from a ministry is the ministry's, in the statement", "Title\nAccording to a statement from the Ministry of Defence, two soldiers were injured in the blast.", "two soldiers were injured", "Ministry of Defence", "organization", "a statement"},
		{"a report by a body says", "Title\nA report by the World Bank said growth would slow to 2.4% next year.", "growth would slow", "World Bank", "organization", "A report"},
		{"data a body released", "Title\nUnemployment fell to 3.9 percent in May, according to data released Friday by the Labor Department.", "Unemployment fell", "Labor Department", "organization", "data"},
		{"a body's own survey", "Title\nAbout 40 percent of adults distrust the news, according to a Pew Research Center survey.", "distrust the news", "Pew Research Center", "organization", "a Pew Research Center survey"},
		{"a document a body obtained stays the document (guard)", "Title\nThe firm hid its losses, according to documents obtained by the Justice Department.", "hid its losses", "documents obtained by the Justice Department", "document", ""},
		{"according to the contract", "Title\nThe team would pay rent of $500,000 a year, according to the contract.", "would pay rent", "the contract", "document", ""},
		{"an outlet a club's sources told", "Title\nClub sources told The Athletic that United are considering a loan move.", "considering a loan move", "Club sources", "anonymous", "The Athletic"},
		{"unnamed staff on contracts, past the modifier", "Title\nStaff on short-term contracts said they felt unable to defend themselves against managers.", "unable to defend", "Staff on short-term contracts", "anonymous", ""},
		{"unnamed residents near a place", "Title\nResidents near the plant said the smell had grown worse every summer.", "the smell had grown", "Residents near the plant", "anonymous", ""},
		{"researchers behind a study are its authors", "Title\nResearchers behind the study said the results surprised them.", "the results surprised", "Researchers behind the study", "anonymous", ""},
		{"officials at a place (guard)", "Title\nOfficials at the plant said the smell had grown worse every summer.", "the smell had grown", "Officials at the plant", "anonymous", ""},
		{"according to the judgment", "Title\nCorbin must also pay $2.6 million in restitution, according to the judgment.", "must also pay", "the judgment", "document", ""},
		{"they after a research group, not the research before", "Title\nDrinking coffee may lower the risk of heart failure, according to new research published Monday in the journal Circulation.\n\nResearchers at the University of Colorado analyzed data from three large studies.\n\nThey found that each additional cup was associated with a lower risk.", "each additional cup", "Researchers at the University of Colorado", "anonymous", ""},
		{"bodies of a kind after a name-like word", "Title\nPremiums rose again. Insurance companies argue that the rules give campaigners a perverse incentive.", "perverse incentive", "Insurance companies", "organization", ""},
		{"a known company alone before a colon", "Title\nThe lawsuit goes on. Boeing said: \"We are saddened by his passing.\"", "We are saddened", "Boeing", "organization", ""},
		{"federal regulators at the sentence's end", "Title\nTesla is recalling more than 2 million vehicles to fix a defective system, federal regulators said Wednesday.", "recalling more than", "federal regulators", "organization", ""},
		{"said in documents posted on a website", "Title\nThe agency said in documents posted on its website that the controls were not sufficient.", "controls were not sufficient", "The agency", "organization", ""},
		{"the agency is the agency named before", "Title\nThe National Highway Traffic Safety Administration opened an inquiry. The agency said the controls were not sufficient.", "controls were not sufficient", "National Highway Traffic Safety Administration", "organization", ""},
		{"the agency is no company named before (guard)", "Title\nTesla opened an inquiry. The agency said the controls were not sufficient.", "controls were not sufficient", "The agency", "organization", ""},
		{"an appositive with No. and a number", "Title\nRepublicans were quick to criticize it. John Barrasso, the No. 2 Republican, said the plan would fail.", "the plan would fail", "John Barrasso", "person", ""},
		{"a fire agency whose name opens with a first name", "Title\nThe blaze had burned about 8,500 acres and was 5 percent contained, according to Cal Fire.", "had burned about", "Cal Fire", "organization", ""},
		{"a utility named by its last word", "Title\nUtility company Pacific Valley Power said in a statement that it was cooperating fully with investigators.", "cooperating fully", "Pacific Valley Power", "organization", ""},
		{"a capitalised occupation before a name and its university", "Title\nEconomist Sarah Lin of Springfield State University said such projects rarely pay for themselves.", "rarely pay", "Sarah Lin", "person", ""},
		{"an analysis by a person at a body stays the document (guard)", "Title\nAn analysis of national polls by Charles Franklin at Marquette University found that voters who dislike both candidates have grown.", "voters who dislike", "An analysis of national polls by Charles Franklin at Marquette University", "document", ""},
		{"a quotation after a short sentence naming who speaks, before anyone has", "Title\nThe club signed a new striker on Monday.\nTom Hale shrugged. \"I don't know. Ask me in the summer.\"", "I don't know", "Tom Hale", "person", ""},
		{"according to a map", "Title\nAccording to the utility's outage map, about 40 percent of customers remained in the dark.", "about 40 percent", "the utility's outage map", "document", ""},
		{"according to a website", "Title\nAccording to the company's website, the plant employs 1,200 people.", "the plant employs", "the company's website", "document", ""},
		{"according to logs", "Title\nAccording to police logs, officers were called to the home six times.", "officers were called", "police logs", "document", ""},
		{"two people named together", "Title\nJohn Smith and Mary Jones said the plan would fail.", "the plan would fail", "John Smith and Mary Jones", "person", ""},
		{"two people named together after their description", "Title\nHis lawyers, Robert Turkewitz and Brian Knowles, said in a statement that the company had ignored repeated warnings.", "ignored repeated warnings", "Robert Turkewitz and Brian Knowles", "person", ""},
		{"a company with and in its name", "Title\nProcter and Gamble said sales rose 4 percent in the quarter.", "sales rose", "Procter and Gamble", "organization", ""},
		{"a known body with and after The", "Title\nThe Food and Drug Administration said the drug was safe for children.", "the drug was safe", "Food and Drug Administration", "organization", ""},
		{"a known body with and, of and an appositive", "Title\nThe Pharmaceutical Research and Manufacturers of America, the industry's lobbying group, said the rule would stifle innovation.", "stifle innovation", "Pharmaceutical Research and Manufacturers of America", "organization", ""},
		{"a firm's name with an ampersand", "Title\nSmith & Wesson said the recall was voluntary.", "the recall was voluntary", "Smith & Wesson", "organization", ""},
		{"a body named before its document and a participle", "Title\nA KFF survey released last month found that six in ten adults worry about drug costs.", "six in ten adults", "KFF", "organization", "A KFF survey"},
		{"an outlet after its description", "Title\nShe told the local newspaper, The Post and Courier, that she had no plans to leave.", "no plans to leave", "She", "person", "The Post and Courier"},
		{"an outlet with the after its description", "Title\nHe told the business daily, the Financial Times, that the deal was dead.", "the deal was dead", "He", "person", "Financial Times"},
		{"bodies of a kind after both", "Title\nForward Luca Bianchi has joined Real Madrid from Atalanta in a record deal, both clubs confirmed on Tuesday.", "has joined Real Madrid", "both clubs", "organization", ""},
		{"sides after both", "Title\nThe talks collapsed late on Monday, both sides said.", "The talks collapsed", "both sides", "organization", ""},
		{"published results are a document", "Title\nAn experimental drug slowed cognitive decline by 27 percent, according to results published Wednesday in a medical journal.", "slowed cognitive decline", "results published Wednesday in a medical journal", "document", ""},
		{"a drug maker named by its last word", "Title\nThe drug's maker, Lumora Therapeutics, said it would seek approval by the end of the year.", "seek approval", "Lumora Therapeutics", "organization", ""},
		{"a sports daily after its description", "Title\nAccording to Spanish outlet Marca, the deal includes a 20 percent sell-on clause.", "sell-on clause", "Marca", "media", ""},
		{"a clause with a bare noun after the newspaper told", "Title\nOne former employee, who did not want to be named, told this newspaper staff had not been paid for two months.", "staff had not been paid", "One former employee", "anonymous", ""},
		{"a clause with a bare noun after an outlet told", "Title\nA former employee told The Guardian staff had not been paid.", "staff had not been paid", "A former employee", "anonymous", "The Guardian"},
		{"a clause with a bare noun after parliament", "Title\nThe minister told parliament spending would rise next year.", "spending would rise", "The minister", "person", ""},
		{"others as an unnamed source", "Title\nCritics say the process lacked transparency. Others argue that speed was essential at the height of the crisis.", "speed was essential", "Others", "anonymous", ""},
		{"a statement carried by an outlet between the speaker and the verb", "Title\nRussia's defence ministry, in a statement carried by the TASS news agency, said Ukrainian drones had struck a training centre.", "Ukrainian drones had struck", "Russia's defence ministry", "organization", "Tass"},
		{"a passive description with its agent and the words after as", "Title\nThe plan was described by council member Peter Quinn as “a patchwork that fails the people who need it most.”", "a patchwork", "Peter Quinn", "person", ""},
		{"a passive dismissal by a body", "Title\nThe report was dismissed by the ministry as “fake news”.", "fake news", "the ministry", "organization", ""},
		{"a side's adjective before an unnamed group", "Title\nThe report was criticised by opposition MPs, who called it “a whitewash.”", "a whitewash", "opposition MPs", "anonymous", ""},
		{"a service before unnamed officials", "Title\nThe blaze began in the kitchen on Monday, fire officials said.", "The blaze began", "fire officials", "anonymous", ""},
		{"a service before a role", "Title\nThe blaze began in the kitchen, the fire chief said.", "The blaze began", "the fire chief", "person", ""},
		{"the sheriff is the sheriff named before", "Title\nSheriff Tom Dawes arrived at noon. The victim was 34, the sheriff said.", "The victim was 34", "Tom Dawes", "person", ""},
		{"unnamed state media", "Title\nState media reported that the president had arrived in Moscow.", "the president had arrived", "State media", "media", ""},
		{"unnamed state television", "Title\nIranian state TV said the missiles had been intercepted.", "the missiles had been intercepted", "Iranian state TV", "media", ""},
		{"unnamed media citing officials", "Title\nIsraeli media reported, citing officials, that the talks had resumed.", "the talks had resumed", "officials", "anonymous", "Israeli media"},
		{"what someone told unnamed media", "Title\nWitnesses told local media that they heard three loud bangs.", "three loud bangs", "Witnesses", "anonymous", "local media"},
		{"a company whose name ends in Media", "Title\nTrump Media said the merger would close in March.", "the merger would close", "Trump Media", "organization", ""},
		{"he after a paragraph that turns to another person", "Title\nFor 43 years, Alan Pritchard has carried passengers across the river.\n\nCouncillor Hugh Bennett said the council had received two applications.\n\n“It would be a tragedy to lose it,” Bennett said.\n\nPritchard is philosophical. He plans to spend his retirement fishing.\n\n“I've spent enough time on the water,” he said with a grin.", "enough time on the water", "Alan Pritchard", "person", ""},
		{"he after a paragraph that opens on no person stays the last speaker (guard)", "Title\nFor 43 years, Alan Pritchard has carried passengers across the river.\n\n“It would be a tragedy to lose it,” Councillor Hugh Bennett said.\n\nThe council meets on Monday. Pritchard will not attend.\n\n“We will find someone,” he said.", "We will find someone", "Hugh Bennett", "person", ""},
		{"figures and the body that published them between commas", "Title\nThe figures, published by NHS England on Thursday, show that 390,000 patients have waited more than a year for treatment.", "390,000 patients", "NHS England", "organization", "The figures"},
		{"groups as bodies of a kind", "Title\nRights groups have warned that the true figure could be higher.", "the true figure", "Rights groups", "organization", ""},
		{"a firm's name written with an ampersand inside", "Title\nAT&T said the outage had been fixed overnight.", "the outage had been fixed", "AT&T", "organization", ""},
		{"they after a group at a body in a country", "Title\nWalking 4,000 steps a day can cut the risk of dying early, according to the largest study of its kind.\n\nResearchers at the Medical University of Lodz in Poland analysed data from more than 226,000 people. They found that every additional 1,000 steps was linked to a 15% lower risk of death.", "every additional 1,000 steps", "Researchers at the Medical University of Lodz in Poland", "anonymous", ""},
		{"a second verb after but whose subject reaches into the first's description", "Title\nThe study was published on Monday. Dr Sonya Babu-Narayan, associate medical director at the British Heart Foundation, who was not involved in the study, said the results were encouraging but cautioned that the research showed an association rather than cause and effect.", "an association rather than", "Sonya Babu-Narayan", "person", ""},
		{"a noun before plural roles after a conjunction", "Title\nThe Chancellor has defended her budget after business leaders warned that a rise in taxes would cost jobs.", "would cost jobs", "business leaders", "anonymous", ""},
		{"the air force", "Title\nThe air force said on Sunday that it had shot down 42 of 47 drones.", "shot down 42", "The air force", "organization", ""},
		{"a country's air force", "Title\nUkraine's air force said it had shot down 40 of 47 drones launched by Russia overnight.", "shot down 40", "Ukraine's air force", "organization", ""},
		{"an unnamed source by a cardinal, a common word and its noun before an aside", "Title\nOne cabinet minister, speaking on condition of anonymity, said the row had been handled terribly.", "the row had been", "One cabinet minister", "anonymous", ""},
		{"a body named by a capitalised collective noun", "Title\nThe General Staff said the refinery was hit overnight.", "the refinery was hit", "The General Staff", "organization", ""},
		{"a numbered station's programme", "Title\nThe work and pensions secretary, Liz Kendall, told BBC Radio 4's Today programme she was listening carefully.", "she was listening", "Liz Kendall", "person", "BBC Radio 4"},
		{"an office capitalised after its article and of", "Title\nThe Chancellor of the Exchequer said taxes would rise.", "taxes would rise", "The Chancellor of the Exchequer", "person", ""},
		{"an office of a body capitalised after its article", "Title\nThe President of the European Commission said the deal was done.", "the deal was done", "The President of the European Commission", "person", ""},
		{"a pronoun, then a quotation, after an addressee inside a relay", "Title\nAccording to an arrest affidavit, Smith told officers she “didn't see him” and had consumed two glasses of wine.", "had consumed", "Smith", "person", "an arrest affidavit"},
		{"an outlet by its kind without an article", "Title\nNapoli president Aurelio De Laurentiis told Italian broadcaster Rai that Osimhen would only leave for the right price.", "would only leave", "Aurelio De Laurentiis", "person", "Rai"},
		{"a body's figures by its possessive", "Title\nAlmost 40,000 teachers quit the profession last year, according to the Department for Education's figures.", "Almost 40,000 teachers", "Department for Education", "organization", "the Department for Education's figures"},
		{"unnamed outlets after a compound participle", "Title\nNegotiators have resumed indirect talks in Cairo, Egyptian state-affiliated media reported, as strikes continued.", "resumed indirect talks", "Egyptian state-affiliated media", "media", ""},
		{"a militia after a compound participle", "Title\nThe convoy was hit near the border, Iran-backed militias said.", "The convoy was hit", "Iran-backed militias", "organization", ""},
		{"an outlet by who owns it", "Title\nThe convoy was hit near the border, the state-owned broadcaster said.", "The convoy was hit", "the state-owned broadcaster", "media", ""},
		{"a presenter by an outlet's noun (guard)", "Title\nThe convoy was hit near the border, the veteran broadcaster said.", "The convoy was hit", "the veteran broadcaster", "person", ""},
		{"figures and who compiled them", "Title\nFigures compiled by the ONS showed that prices rose 3% in the year to March.", "prices rose 3%", "ONS", "organization", "Figures"},
		{"a highlight in an announcement", "Title\nHe highlighted in the announcement that he had helped secure the confirmations of two justices.", "helped secure", "He", "person", ""},
		{"a ruling", "Title\nThe election commission ruled that the party was not eligible for extra reserved seats.", "not eligible", "The election commission", "organization", ""},
		{"an outlet spoken to after said", "Title\n“They're completely smitten,” the insider said to Page Six.", "completely smitten", "the insider", "anonymous", "Page Six"},
		{"a body's latest figures", "Title\nThe number of people waiting for treatment has risen to 7.6 million, according to the latest NHS England figures.", "has risen to 7.6 million", "NHS England", "organization", "the latest NHS England figures"},
		{"a body's own figures", "Title\nAlmost 40,000 teachers quit the profession last year, according to the Department for Education's own figures.", "Almost 40,000 teachers", "Department for Education", "organization", "the Department for Education's own figures"},
		{"a participle's subject after a wire dateline", "Title\nAUSTIN, Texas (AP) — A federal judge on Friday blocked a Texas law that would have required social media companies to verify the ages of users, ruling that it likely violates the First Amendment.", "likely violates", "A federal judge", "anonymous", ""},
		{"a news report from an outlet is the outlet's", "Title\nOpenAI is in talks to raise money at a $150 billion valuation, according to a report from CNN.", "in talks to raise", "CNN", "media", ""},
		{"a study by an outlet stays a document (guard)", "Title\nHouse prices fell in most cities, according to a study by The Economist.", "House prices fell", "a study by The Economist", "document", ""},
		{"a column in an outlet", "Title\nWriting in the Guardian, the former minister warned that the party faced oblivion.", "faced oblivion", "the former minister", "person", "Guardian"},
		{"an outlet known with its article after a lower-case the", "Title\nSpeaking to the Daily Telegraph, the former minister warned that the party faced oblivion.", "faced oblivion", "the former minister", "person", "The Daily Telegraph"},
		{"a company and its ticker in brackets", "Title\nAcme Robotics (NASDAQ: ACME) said revenue rose 12% in the third quarter.", "revenue rose", "Acme Robotics", "organization", ""},
		{"a person and a picture's note in brackets", "Title\nJohn Smith (pictured) said he was delighted with the result.", "delighted with", "John Smith", "person", ""},
		{"a court and its name in brackets", "Title\nA federal appeals court (the Third Circuit) ruled that Amazon is liable under Pennsylvania law.", "Amazon is liable", "A federal appeals court", "organization", ""},
		{"a caption's words", "Title\n“Best day ever,” she captioned the post, which showed the couple on a beach.", "Best day ever", "she", "person", ""},
		{"an insider dishing", "Title\n“They're completely smitten,” the insider dished to reporters.", "completely smitten", "the insider", "anonymous", ""},
		{"a source spilling", "Title\n“He's been working on himself,” a source spilled.", "working on himself", "a source", "anonymous", ""},
		{"a think-tank", "Title\nThe think-tank said the UK's economy was a disaster for living standards.", "economy was a disaster", "The think-tank", "organization", ""},
		{"a speaker on the phone", "Title\n“It's bad,” Mayor Jim Tucker said by phone.", "It's bad", "Jim Tucker", "person", ""},
		{"a body by an article, a common word and its noun", "Title\nMore storms were forecast for Monday, the weather service said.", "More storms were forecast", "the weather service", "organization", ""},
		{"a spokesman for a body named by two common words", "Title\nThe blaze spread quickly, a spokesman for the fire service said.", "The blaze spread quickly", "a spokesman for the fire service", "organization", ""},
		{"told an outlet and a clause whose verb follows its pronoun", "Title\nHomes were approved. Local MP Damian Green told the Kentish Express he shared residents' concerns about infrastructure.", "shared residents' concerns", "Damian Green", "person", "Kentish Express"},
		{"told and a clause in the present after its pronoun (guard)", "Title\nThe vote is near. Jane Doe told the BBC she believes the plan will fail.", "she believes the plan", "Jane Doe", "person", "BBC"},
		{"speaking to an outlet's programme between the speaker and the verb", "Title\nArsenal won. Saka, speaking to BBC Match of the Day, said the team had learned from last season.", "the team had learned", "Saka", "person", "BBC"},
		{"an unknown first name before of and a body", "Title\nOil rose. \"The market is pricing in risk,\" said Tamas Varga of PVM.", "pricing in risk", "Tamas Varga", "person", ""},
		{"an unknown first name before of, a kind and a body", "Title\nOil rose. \"The market is pricing in a higher risk premium,\" said Tamas Varga of oil broker PVM.", "higher risk premium", "Tamas Varga", "person", ""},
		{"an unknown first name before of and a body, the verb after", "Title\nOil rose. Tamas Varga of PVM said the market was pricing in risk.", "the market was pricing", "Tamas Varga", "person", ""},
		{"a body's figures with no article", "Title\nThe waiting list hit a record 7.8 million, according to NHS England figures published on Thursday.", "7.8 million", "NHS England", "organization", "NHS England figures"},
		{"a mission to a body is no body it is sent to", "Title\nThe attack killed three soldiers. Iran's mission to the United Nations denied any role, saying in a statement that Tehran did not seek a wider war.", "did not seek a wider war", "Iran's mission to the United Nations", "organization", ""},
		{"one of them is the group of unnamed sources before", "Title\nTwo officials said no decision had been made. One of them said the measures could target Chinese refiners.", "could target Chinese refiners", "Two officials", "anonymous", ""},
		{"one of the officials is the group of officials before", "Title\nTwo EU officials familiar with the case said the fine was the largest yet. One of the officials said the investigation had taken three years.", "taken three years", "Two EU officials familiar with the case", "anonymous", ""},
		{"one of them with no group before (guard)", "Title\nThe talks went on late into the night. One of them said the measures could target Chinese refiners.", "could target Chinese refiners", "One of them", "anonymous", ""},
		{"one of a group", "Title\nThree residents were interviewed. One of the residents said the water was dirty.", "the water was dirty", "One of the residents", "anonymous", ""},
		{"an opener before the subject of a colon's quotation", "Title\n\"They were brave,\" Roberto De Zerbi said.\n\nMarcus Rashford was substituted at half-time. Asked about his performance, he shrugged: \"I gave everything. Sometimes it doesn't work.\"", "I gave everything", "Marcus Rashford", "person", ""},
		{"told an outlet described before its name", "Title\nTalks stalled. The minister told the Israeli site Ynet that the talks had failed.", "the talks had failed", "The minister", "person", "Ynet"},
		{"told an outlet of a kind with two words of its name", "Title\nTalks stalled. The envoy told the Saudi newspaper Asharq Al-Awsat that a deal was close.", "a deal was close", "The envoy", "person", "Asharq Al-Awsat"},
		{"a channel named by its number", "Title\nTalks stalled. The deal was close to collapse, Channel 12 reported.", "The deal was close", "Channel 12", "media", ""},
		{"told a country's channel", "Title\nTalks stalled. The minister told Israel's Channel 12 that the war would go on.", "the war would go on", "The minister", "person", "Channel 12"},
		{"a company named by a possessive", "Title\nMcDonald's said on Monday it would cut the price of its meal deals.", "cut the price", "McDonald's", "organization", ""},
		{"a spokesman for a company named by a possessive", "Title\nPrices fell. A spokesman for McDonald’s said the plan was good.", "the plan was good", "McDonald's", "organization", ""},
		{"a body's name with a singular possessive", "Title\nThe Alzheimer's Society said the figures were deeply worrying for families.", "deeply worrying", "Alzheimer's Society", "organization", ""},
		{"the ministry after an organisation is the ministry described since", "Title\nThe Red Cross said it was sending help. The health ministry said 28 people had died. The ministry said the toll could rise.", "toll could rise", "The health ministry", "organization", ""},
		{"the ministry described before with a place's possessive", "Title\nGaza's health ministry said 28 people had died. The ministry said the toll could rise.", "toll could rise", "Gaza's health ministry", "organization", ""},
		{"the ministry with no body described since is the one named (guard)", "Title\nThe Foreign Ministry said it had summoned the envoy. The ministry said talks would go on.", "talks would go on", "Foreign Ministry", "organization", ""},
		{"the WHO", "Title\nThe WHO said on Monday that cases were rising in 12 countries.", "cases were rising", "WHO", "organization", ""},
		{"the WHO after according to", "Title\nCases rose. According to the WHO, the virus spreads fast in winter.", "the virus spreads fast", "WHO", "organization", ""},
		{"an acronym in brackets after the body's name", "Title\nThe Office for National Statistics (ONS) said prices rose 3% in May.", "prices rose", "Office for National Statistics", "organization", ""},
		{"a report inside another's reaches us through its speaker", "Title\nThe crash happened on Monday. John Smith, 54, said that doctors told him he had cancer.", "he had cancer", "doctors", "anonymous", "John Smith"},
		{"the statement after a spokesman said in one is his", "Title\nThe spokesman, SP Adebayo Ogunleye, said in a statement on Sunday that the victim was rescued.\n\nThe statement read in part, \u201cOn receipt of the report, the squad swung into action.\u201d", "On receipt of the report", "Adebayo Ogunleye", "person", "the statement"},
		{"the statement after one who issued it is theirs", "Title\nGeoffrey Ellery, the victim\u2019s husband, issued a statement through police on Friday.\n\n\u201cMargaret cycled that road every Tuesday for twenty years,\u201d the statement said.", "Margaret cycled", "Geoffrey Ellery", "person", "the statement"},
		{"the letter after a body wrote in one is the body\u2019s", "Title\nThe Law Society wrote to the minister in a letter dated May 3. The letter warned that courts were close to collapse.", "courts were close to collapse", "Law Society", "organization", "the letter"},
		{"a statement no one issued speaks for itself (guard)", "Title\nThe bridge was closed on Monday.\n\n\u201cWe apologise for the delays,\u201d the statement said.", "We apologise", "the statement", "document", ""},
		{"disclosed this gives the sentence before to the speaker", "Title\nThe Lagos State Police Command has arrested three suspected members of a kidnapping syndicate.\n\nThe command\u2019s spokesperson, SP Adebayo Ogunleye, disclosed this in a statement on Sunday, adding that the victim was rescued unhurt.", "has arrested three suspected", "Adebayo Ogunleye", "person", ""},
		{"disclosed this, and what the speaker added (guard)", "Title\nThe Lagos State Police Command has arrested three suspected members of a kidnapping syndicate.\n\nThe command\u2019s spokesperson, SP Adebayo Ogunleye, disclosed this in a statement on Sunday, adding that the victim was rescued unhurt.", "the victim was rescued unhurt", "Adebayo Ogunleye", "person", ""},
		{"the initials of a role named before a person are that person", "Title\nThe Police Public Relations Officer in the state, SP Adebayo Olumide-Coker, spoke on Sunday.\n\nThe PPRO said items recovered from the suspects included two guns.", "items recovered from the suspects", "Adebayo Olumide-Coker", "person", ""},
		{"the initials of a role with its small words", "Title\nThe Commissioner of Police, CP Ibrahim Danjuma-Wase, visited the scene.\n\nThe CP assured residents that more patrols had been deployed.", "more patrols had been deployed", "Ibrahim Danjuma-Wase", "person", ""},
		{"a writer\u2019s paragraph on a person named after a description turns to that person", "Title\nPolice spokesman John Smith said the suspects were arrested.\n\nThe victim\u2019s husband, Mr Tunde Bakare, thanked the police for their swift response.\n\n\u201cWe did not sleep for two nights,\u201d he said.", "We did not sleep", "Tunde Bakare", "person", ""},
		{"the same past a participle\u2019s scene", "Title\nPolice spokesman John Smith said the suspects were arrested.\n\nSpeaking with our correspondent on Sunday, the victim\u2019s husband, Mr Tunde Bakare, thanked the police for their swift response.\n\n\u201cWe did not sleep for two nights,\u201d he said.", "We did not sleep", "Tunde Bakare", "person", ""},
		{"an indefinite person opening a lead is the person the next paragraph introduces", "Title\nA mum-of-three says she has been forced to move her children into the living room after mould spread.\n\nJade Harrow, 31, showed the Clarion spores creeping across the ceilings.", "she has been forced to move", "Jade Harrow", "person", ""},
		{"an indefinite person stays unnamed when the next paragraph names no one new (guard)", "Title\nA pensioner says she was left waiting for nine hours for an ambulance.\n\nThe hospital trust said it was investigating.", "she was left waiting", "A pensioner", "anonymous", ""},
		{"a surname alone is the person of that surname named first", "Title\nEvery morning, Bertha Lindqvist unlocks the front door of Lindqvist Hardware. She has done it for 63 years.\n\nLindqvist and her late husband, Arvid, bought the store in 1961.\n\nHer grandson, Eric Lindqvist, 34, has worked at the store since he was a teenager. He said his grandmother still knew the inventory better than the computer did.\n\nAsked whether the store would stay in the family, Lindqvist looked over at her grandson.\n\n\u201cThat\u2019s up to him, not me,\u201d she said.", "up to him", "Bertha Lindqvist", "person", ""},
		{"a place inside an unnamed speaker\u2019s quotation keeps her the speaker", "Title\nDetective Sergeant Farah Qureshi said: \u201cThis was a cowardly attack.\u201d\n\nThe victim\u2019s daughter, who did not want to be named, said her father had been \u201ctoo frightened to leave the house\u201d since the attack.\n\n\u201cHe\u2019s lived in Stockport all his life. He doesn\u2019t deserve this,\u201d she said.", "lived in Stockport", "The victim\u2019s daughter", "anonymous", ""},
		{"who after a person\u2019s description ending on a place is the person\u2019s", "Title\nThe letter was coordinated by Angela Pemberton, headteacher of Fenside Primary School in Norwich, who said she had never seen morale so low.", "never seen morale so low", "Angela Pemberton", "person", ""},
		{"a second relative clause joined by and leaves the first one\u2019s noun the speaker", "Title\nA man whose car was hit, and who asked not to be named, said the driver fled.", "the driver fled", "A man", "anonymous", ""},
		{"bodies by their trade after what they said", "Title\nFood rations will be cut by up to half from next month, aid agencies said.", "Food rations will be cut", "aid agencies", "organization", ""},
		{"officials at a body with a modifier", "Title\nOfficials at the energy ministry said the government would act.", "the government would act", "Officials at the energy ministry", "anonymous", ""},
		{"bodies by where they are", "Title\nTrade associations in Karachi warned that markets across the city would observe a strike.", "markets across the city", "Trade associations in Karachi", "organization", ""},
		{"operators by their trade", "Title\nTaxi operators said they had suspended trips into the township.", "suspended trips", "Taxi operators", "organization", ""},
		{"a provincial spokesperson with a rank after what was said", "Title\nTwo people were arrested for public violence, provincial police spokesperson Captain Nomvula Zitha confirmed.", "Two people were arrested", "Nomvula Zitha", "person", ""},
		{"an assessment is a document that finds", "Title\nA provincial water department assessment released in November found that 40% of the treated water was lost to leaks.", "40% of the treated water", "A provincial water department assessment", "document", ""},
		{"what figures showed after a time is the speaker\u2019s claim", "Title\nThe science advisers said this week that the figures showed the virus was transmitted in halls.", "the figures showed the virus", "science advisers", "anonymous", ""},
		{"an acronym defined in brackets names the body", "Title\nThe Department of Agriculture (DA) said crop damage had reached 2.1 billion pesos.\n\nThe DA said it would release seed stocks next week.", "release seed stocks", "Department of Agriculture", "organization", ""},
		{"a body's defined acronym after according to is the body", "Title\nThe Independent National Electoral Commission (INEC) has fixed the date.\n\nAccording to INEC, the poll will hold in March.", "the poll will hold", "Independent National Electoral Commission", "organization", ""},
		{"a call on an addressee to act", "Title\nThe result was delayed. The Situation Room called on INEC to upload polling unit results promptly on its portal.", "to upload polling unit results", "Situation Room", "organization", ""},
		{"a reminder to an addressee to act", "Title\nThe park reopened. The agency reminded visitors to carry a satellite communication device on their person.", "to carry a satellite", "The agency", "organization", ""},
		{"a body whose name ends in Executive", "Title\nWards are full. The Health Service Executive said that hospitals were experiencing high attendances.", "hospitals were experiencing", "Health Service Executive", "organization", ""},
		{"a short form in brackets with lower-case letters names the body", "Title\nThe Council of Governors (CoG) said the funds were late.\n\nThe CoG said it would meet Treasury officials this week.", "meet Treasury officials", "Council of Governors", "organization", ""},
		{"an acronym used before the brackets define it is the body", "Title\nThe union said it would strike unless the HSE agreed.\n\nThe Health Service Executive (HSE) said in a statement that hospitals were full.\n\nThe HSE said it would open more beds next week.", "open more beds", "Health Service Executive", "organization", ""},
		{"an acronym of a body's initials names the body", "Title\nTwo canoeists were rescued on Monday, Ontario Provincial Police say.\n\nThe OPP said there have been 11 rescues in the area this summer.", "11 rescues", "Ontario Provincial Police", "organization", ""},
		{"an acronym two bodies' initials fit stays itself (guard)", "Title\nThe Port Police said the ship was searched. The Prison Police said the man was moved.\n\nThe PP said it would appeal.", "it would appeal", "PP", "organization", ""},
		{"a first name written like a month", "Title\nThe yard is closing. Jan Kowalski, a welder at the yard, said the job cuts were a shock.", "the job cuts", "Jan Kowalski", "person", ""},
		{"a nickname in quotation marks inside a name", "Title\nRice prices rose. Agriculture Secretary Ramon \"Monching\" Villaraza said the department was studying a price cap.", "studying a price cap", "Villaraza", "person", ""},
		{"a participle alone before the subject and its appositive name", "Title\nResults were cancelled.\n\nReacting, the PDP's state chairman, Hon. Samuel Idakwo, rejected the cancellations, alleging that they were targeted at the party's strongholds.", "they were targeted", "Samuel Idakwo", "person", ""},
		{"an honourable's title before a name in apposition to an office", "Title\nThe mine is closing. The Member of Parliament (MP) for the area, Hon. Yaw Frimpong-Mensah, said the miners had polluted the river.", "polluted the river", "Yaw Frimpong-Mensah", "person", ""},
		{"the subject before a statement someone signed", "Title\nThe count was slow. A civil society group, the Situation Room, in a statement signed by its convener, Dr Halima Bello-Sanni, said the results had been delayed.", "the results had been delayed", "Situation Room", "organization", ""},
		{"an office's acronym in brackets before an initial and a name", "Title\nFraud cases rose.\n\nSuperintendent of Police (SP) Ch. Venkata Ramana said the accused lured victims through messages.\n\nThe SP said the public should not respond to unsolicited job offers.", "should not respond", "Venkata Ramana", "person", ""},
		{"a trade the person nouns lack, by its suffix", "Title\nThe strike went on. Outside the main entrance, a retired machinist said the care had been fine.", "the care had been fine", "a retired machinist", "anonymous", ""},
		{"a name after an opener with a relative clause of whose", "Title\nThe strike went on. Outside the main entrance, Earl Jenkins, whose wife is recovering from hip surgery, said the staff had been fine.", "the staff had been fine", "Earl Jenkins", "person", ""},
		{"according to someone who said more: the words before", "Title\nThe strike went on. The hospital has brought in 400 nurses, according to spokeswoman Denise Kowalski, who said all services remained open.", "brought in 400 nurses", "Denise Kowalski", "person", ""},
		{"according to someone who said more: what she said has no relay", "Title\nThe strike went on. The hospital has brought in 400 nurses, according to spokeswoman Denise Kowalski, who said all services remained open.", "all services remained open", "Denise Kowalski", "person", ""},
		{"an appeal to an addressee with a phrase to act", "Title\nA man was stabbed. Police appealed to anyone with information to come forward.", "to come forward", "Police", "organization", ""},
		{"the office whose initials open the role, over one that holds them", "Title\nFraud cases rose.\n\nAddressing reporters on Monday, Superintendent of Police (SP) Ch. Venkata Ramana said the accused lured victims.\n\nAdditional Superintendent of Police (Crimes) R. Sudheer Kumar said the team tracked the accused.\n\nThe SP said the public should not respond to job offers.", "should not respond", "Venkata Ramana", "person", ""},
		{"a participle's call to act after a report", "Title\nThe count went on. Onoja said the APC candidate had won in 15 of the 21 areas, urging supporters to remain calm and law-abiding.", "to remain calm", "Onoja", "person", ""},
		{"an appeals court is a court (guard)", "Title\nThe case goes on. A federal appeals court (the Third Circuit) ruled that Amazon is liable under Pennsylvania law.", "Amazon is liable", "A federal appeals court", "organization", ""},
		{"an office's acronym and its seat after a name", "Title\nThe funds are late. Tom Mboya, DCC for Kolwa East, said the money was lost.", "the money was lost", "Tom Mboya", "person", ""},
		{"a county assembly member after a name", "Title\nThe funds are late. Jared Otieno Okoth, MCA for Kolwa East, said the executive had misplaced priorities.", "misplaced priorities", "Jared Otieno Okoth", "person", ""},
		{"a county's body is no office (guard)", "Title\nA crash killed two. Miami-Dade County Public Schools confirmed that both victims are students of their school system.", "both victims are students", "Miami-Dade County Public Schools", "organization", ""},
		{"accepted that under cross-examination", "Title\nThe trial went on. Under cross-examination by Nadia Farouk, defending, PC Andrew Lowe accepted that low sun could have affected visibility.", "low sun could have", "Andrew Lowe", "person", ""},
		{"he, according to someone, is not that someone", "Title\nDaniel Whitmore, 38, of Chorley, denies causing death by dangerous driving. Simon Kerr KC said the evidence was clear.\n\nIn a police interview later that day, he said he had been checking a delivery address, according to Mr Kerr.", "checking a delivery address", "Daniel Whitmore", "person", "Simon Kerr"},
		{"a description before a body's name and its acronym", "Title\nThe rules changed. Migrant worker advocacy group Workers Welfare Alliance (WWA) said the changes were a step forward.", "a step forward", "Workers Welfare Alliance", "organization", ""},
		{"a country's name before a congress", "Title\nThe strike goes on. Nigeria Labour Congress said the strike would continue.", "the strike would continue", "Nigeria Labour Congress", "organization", ""},
		{"a body with its acronym, which said", "Title\nFloods hit Peru. At least 23 people were injured, according to Peru's National Institute of Civil Defense (INDECI), which said more than 3,400 homes had been damaged.", "3,400 homes", "National Institute of Civil Defense", "organization", ""},
		{"people aware of something", "Title\nThe listing nears. People aware of the development said the company was targeting a valuation of about $5.5 billion.", "targeting a valuation", "People aware of the development", "anonymous", ""},
		{"according to a prospectus", "Title\nThe listing nears. Sales will rise 5% next year, according to the prospectus.", "Sales will rise", "the prospectus", "document", ""},
		{"a report tabled in parliament", "Title\nThe audit is out. A report tabled in parliament found that 40 contracts were split.", "40 contracts were split", "A report tabled in parliament", "document", ""},
		{"a body with its acronym, a relative clause, then said", "Title\nThe vote passed. The European Farmers' Council (EFC), which represents national farm unions, said the committee had ignored farmers.", "ignored farmers", "European Farmers' Council", "organization", ""},
		{"a chief's name with a regnal number", "Title\nMines were closed. However, the chief of Manso-Nkwanta, Nana Osei Bonsu Agyeman II, has said that the suspensions were unfair.", "the suspensions were unfair", "Nana Osei Bonsu Agyeman", "person", ""},
		{"residents in a place and its county", "Title\nThe storm hit. Residents in Stonehaven, Aberdeenshire, say waves have been crashing over the harbour wall.", "waves have been crashing", "Residents in Stonehaven", "anonymous", ""},
		{"a second verb after a name a description opens", "Title\nThe Budget is out. Green Party co-leader Tama Ruawai said the Budget contained little for climate action and accused the Government of quietly cutting funding for emissions programmes.", "quietly cutting funding", "Tama Ruawai", "person", ""},
		{"a service's initials after a name, between commas", "Title\nSand mining goes on. Superintendent of Police N. Silambarasan, IPS, said a case had been registered under the Act.", "a case had been registered", "N. Silambarasan", "person", ""},
		{"a school district by its plural", "Title\nA main broke. Fort Wayne Community Schools (FWCS) announced that Lincoln Park Elementary would be closed.\n\nIn a message to parents, FWCS said the building had taken on several feet of water.", "several feet of water", "Fort Wayne Community Schools", "organization", ""},
		{"a deputy's office in capitals with its initials (guard)", "Title\nSand was seized.\n\nA special team led by Deputy Superintendent of Police (DSP) R. Senthil Kumar intercepted the vehicles.\n\nAdditional Superintendent of Police K. Raman said the area was sealed.\n\nThe DSP said six more people were involved.", "six more people", "Senthil Kumar", "person", ""},
		{"a second verb after it said shares the it", "Title\nThe Ministry of Energy issued a notice on Monday.\n\nIt said the shortage would end by Friday, and urged motorists not to panic-buy.", "not to panic-buy", "Ministry of Energy", "organization", ""},
		{"urged that has no addressee", "Title\nThe Ministry of Energy urged that motorists stay calm.", "motorists stay calm", "Ministry of Energy", "organization", ""},
		{"the forecaster is the weather service named before", "Title\nThe Met Office has issued an amber warning for wind across Scotland.\n\nThe forecaster said gusts of up to 80mph were likely on Sunday.", "gusts of up to 80mph", "Met Office", "organization", ""},
		{"the weather agency is the weather service named before", "Title\nThe Bureau of Meteorology said heavy rain would continue.\n\nThe weather agency said temperatures would drop.", "temperatures would drop", "Bureau of Meteorology", "organization", ""},
		{"the forecaster is a person introduced as one", "Title\nThe Met Office has issued an amber warning for wind.\n\nBBC forecaster Simon Keane said the worst would come overnight. The forecaster added that trees could fall.", "trees could fall", "Simon Keane", "person", ""},
		{"the sources are the unnamed people met before", "Title\nAcme is in talks to buy Zenith, two people familiar with the matter said.\n\nThe sources said a deal could be announced next week.", "could be announced next week", "two people familiar with the matter", "anonymous", ""},
		{"a name after an office and whom it serves", "Title\nBut the Chief Press Secretary to Governor Adeoye Ogunleye, Mr. Femi Adekanmbi-Ojo, welcomed the lawmakers, saying their decision showed that the administration was working.", "the administration was working", "Femi Adekanmbi-Ojo", "person", ""},
		{"a participle before a noun and, later, its verb after said that", "Title\nGreater Manchester Police said in a statement that recorded burglaries in Salford had fallen by 11 per cent.", "recorded burglaries in Salford had fallen", "Greater Manchester Police", "organization", ""},
		{"a long relative clause after a name and an age", "Title\nPauline Grady, 68, who has lived on Beech Grove for 40 years and helped gather more than 300 signatures for a petition, said neighbours were happy.", "neighbours were happy", "Pauline Grady", "person", ""},
		{"a review of something found", "Title\nA review of the scheme found that costs had doubled.", "costs had doubled", "A review of the scheme", "document", ""},
		{"a report into something found", "Title\nA report into the fire found that alarms had failed.", "alarms had failed", "A report into the fire", "document", ""},
		{"a letter to someone said", "Title\nA letter to shareholders said profits would fall.", "profits would fall", "A letter to shareholders", "document", ""},
		{"a submission to a body said", "Title\nA submission to the inquiry said the rules were unclear.", "the rules were unclear", "A submission to the inquiry", "document", ""},
		{"data on a day showed (guard)", "Title\nNew data on Thursday showed unemployment claims had topped 6 million.", "unemployment claims had topped", "New data", "document", ""},
		{"a description of fifteen words between commas", "Title\nRajiv Kumar Sethi, Principal Secretary of the Panchayati Raj and Drinking Water Department and a 1998-batch IAS officer, said third-party quality audits had been commissioned.", "quality audits had been commissioned", "Rajiv Kumar Sethi", "person", ""},
		{"a district collector is a role before the name", "Title\nDhenkanal District Collector Ananya Panigrahi told PTI that 94 per cent of rural households had been covered.", "94 per cent of rural households", "Ananya Panigrahi", "person", "PTI"},
		{"a TD is a title before the name", "Title\nSocial Democrats TD Aisling Brennan said it was shameful that children were living in hotels.", "children were living in hotels", "Aisling Brennan", "person", ""},
		{"a subject, then in a report between commas", "Title\nThe Comptroller and Auditor General (CAG), in a report tabled in the Assembly last year, had pointed out that 11 per cent of tap connections were non-functional.", "11 per cent of tap connections", "Comptroller and Auditor General", "person", ""},
		{"told an addressee a clause with an irregular past", "Title\nEmployment Minister Nathalie Gervais told MPs the government stood by its costing.", "the government stood by its costing", "Nathalie Gervais", "person", ""},
		{"but and a second verb after a relative clause in what was said", "Title\nMs Kearney said she understood the anger of young people who felt locked out of home ownership, but insisted that the new scheme would ease pressure.", "the new scheme would ease pressure", "Kearney", "person", ""},
		{"figures published by a body with its initials", "Title\nFigures published last week by the Residential Tenancies Board (RTB) showed that rents had risen.", "rents had risen", "Residential Tenancies Board", "organization", "Figures"},
		{"the professor is the one with the title Prof", "Title\nProf Tomasz Wierzbicki, a pain researcher at Kings College London, said the findings were encouraging.\n\nThe professor added that independent data would be crucial.", "independent data would be crucial", "Tomasz Wierzbicki", "person", ""},
		{"police are the force named before", "Title\nThe Pflugerville Police Department said the driver was arrested at the scene.\n\nA vigil was held on Monday.\n\nPolice said anyone who witnessed the crash should contact the department.", "anyone who witnessed the crash", "Pflugerville Police Department", "organization", ""},
		{"a role description past the lead is no one named only later", "Title\nConservative employment critic Brent Kowalchuk said the government was hiding the cost.\n\nThe Alberta MP said a Conservative government would scrap the plan.\n\nBloc MP Martine Pelletier, meanwhile, argued that the changes did not go far enough.", "would scrap the plan", "The Alberta MP", "person", ""},
		{"a national treasury is a body", "Title\nThe National Treasury has previously said delays in disbursements were caused by a shortfall in revenue collection.", "caused by a shortfall", "National Treasury", "organization", ""},
		{"the ward rep is the ward representative named before", "Title\nBosamaro Ward Representative Linet Kemunto said dispensaries had gone without drugs.\n\nThe ward rep said the buck stopped with the county executive.", "the buck stopped", "Linet Kemunto", "person", ""},
		{"she posed after a question", "Title\nMary Kwamboka, 54, had brought her grandson to the facility.\n\n\u201cWhere does a mama who sells vegetables get that kind of money?\u201d she posed.", "Where does a mama", "Mary Kwamboka", "person", ""},
		{"advised someone to is a call to act", "Title\nThe Great Alpine Road remains closed, and the roads agency has advised motorists to avoid the area.", "to avoid the area", "the roads agency", "organization", ""},
		{"said about a number is no topic", "Title\nA spokeswoman for the department said about 1,900 hectares had been treated, and that further burns had been postponed.", "about 1,900 hectares had been treated", "A spokeswoman for the department", "organization", ""},
		{"a Malay name's given name alone later", "Title\nGroup managing director Datuk Hafiz Zulkarnain Osman said the yields had improved.\n\nHafiz said the group expected prices to remain firm.", "expected prices to remain firm", "Hafiz Zulkarnain Osman", "person", ""},
		{"a club before a role is no person", "Title\nFormer Republic of Ireland midfielder Declan Fogarty, who won 41 caps, said Mulrooney should be wary.\n\n\"If I was advising Cian, I would say one more year,\" the former Sunderland midfielder said on the podcast.", "If I was advising Cian", "Declan Fogarty", "person", ""},
		{"a long body's name with and", "Title\nThe National Disaster Risk Reduction and Management Council said 47 people had died.", "47 people had died", "National Disaster Risk Reduction and Management Council", "organization", ""},
		{"a demonym opens a body's name with and", "Title\nThe Malaysian Estate Staff and Workers Union said it would press for a pay rise.", "press for a pay rise", "Malaysian Estate Staff and Workers Union", "organization", ""},
		{"a body's initials are not a role's", "Title\nZimbabwe Farmers\u2019 Union (ZFU) president Mr Never Chideya welcomed the plan.\n\nThe ZFU said some farmers had not been paid.", "some farmers had not been paid", "Zimbabwe Farmers\u2019 Union", "organization", ""},
		{"but said after a body, its initials and a person", "Title\nZimbabwe Farmers\u2019 Union (ZFU) president Mr Never Chideya welcomed the early distribution, but said the union was concerned about late payments.", "the union was concerned", "Never Chideya", "person", ""},
		{"an age in brackets and where from", "Title\nVillagers were hopeful. Mrs Sekai Moyo (58) of Ward 14 said she had already dug 1 200 planting holes on her plot.", "she had already dug", "Sekai Moyo", "person", ""},
		{"a Cantonese name's family name alone later", "Title\nTransport secretary Raymond Cheung Wai-kit said the charge was overdue.\n\n\u201cThe cost of doing nothing is high,\u201d Cheung said.", "The cost of doing nothing", "Raymond Cheung Wai-kit", "person", ""},
		{"a surname the text gave in full is no outlet's", "Title\nPastor Winston Forbes of the Lauriston Gospel Assembly led a prayer walk.\n\n\u201cWe are tired of preaching funerals,\u201d Forbes said.", "tired of preaching funerals", "Winston Forbes", "person", ""},
		{"an office for a place is the person before", "Title\nOpposition spokesperson on national security Dr Lorraine Mattis-Grant was unconvinced. The member of parliament for St Catherine East Central described the measure as \u201ca press release, not a plan\u201d.", "a press release, not a plan", "Lorraine Mattis-Grant", "person", ""},
		{"said one source familiar with the matter", "Title\nThe firm is keen on the deal.\n\n\u201cThey have the balance sheet to do it,\u201d said one source familiar with the matter.", "They have the balance sheet", "one source familiar with the matter", "anonymous", ""},
		{"it and a past tense before a participle", "Title\nKenanga Research was more cautious. It kept its rating, noting that wage rises could shave 3% off earnings.", "wage rises could shave", "Kenanga Research", "organization", ""},
		{"a clause with a document noun before the speaker", "Title\nThe founder fabricated contracts with major retailers, a federal prosecutor told jurors Monday as his trial opened in Manhattan.", "The founder fabricated contracts", "a federal prosecutor", "anonymous", ""},
		{"a witness answers after an examiner pressed her", "Title\nTrent Halvorsen denies the charges. Halvorsen's lawyer is Michael Castellano. Priya Raman, a former analyst, testified on Tuesday.\n\nUnder cross-examination, Castellano pressed Raman on her own role in building the model.\n\nQ: You created the model that showed $310 million in revenue, correct?\n\nA: I built the model using the figures Mr. Halvorsen gave me.\n\nQ: And you never asked to see a single signed contract?\n\nA: I asked more than once.", "I built the model using the figures", "Priya Raman", "person", ""},
		{"the examiner asks", "Title\nTrent Halvorsen denies the charges. Halvorsen's lawyer is Michael Castellano. Priya Raman, a former analyst, testified on Tuesday.\n\nUnder cross-examination, Castellano pressed Raman on her own role in building the model.\n\nQ: You created the model that showed $310 million in revenue, correct?\n\nA: I built the model using the figures Mr. Halvorsen gave me.\n\nQ: And you never asked to see a single signed contract?\n\nA: I asked more than once.", "you never asked to see a single signed contract", "Michael Castellano", "person", ""},
		{"a club named before its manager speaks by its short name", "Title\nSubstitute Kieran Harlow's header earned Stoke City a dramatic victory over Millwall.\n\nStoke manager Gary Tolland was delighted.\n\nIn a statement after the game, Stoke said Brennan had been taken to hospital as a precaution.", "Brennan had been taken to hospital", "Stoke City", "organization", ""},
		{"a club's short name in the headline before its full name", "Preston boss Whitlock digs in over Mulrooney\nPreston North End manager Gary Whitlock has insisted Cian Mulrooney will not be sold.\n\nIn a statement released on Friday, Preston said the club had no intention of selling the player.", "no intention of selling the player", "Preston North End", "organization", ""},
		{"a company before its chief executive and a role", "Title\nZendara chief executive Amira Holt resigned on Monday.\n\nZendara said the search for a successor had begun.", "the search for a successor had begun", "Zendara", "organization", ""},
		{"a surname before a role stays the person's (guard)", "Title\nPolice Chief Mark Okafor spoke first. Okafor deputy Jane Smith said little.\n\nOkafor said the suspect had been arrested.", "the suspect had been arrested", "Mark Okafor", "person", ""},
		{"according to a body that lists its fields", "Title\nHeavy rain and low cloud were reported in the area at the time of the crash, according to the Meteorology, Climatology and Geophysics Agency (BMKG).", "Heavy rain and low cloud were reported", "Meteorology, Climatology and Geophysics Agency", "organization", ""},
		{"which after a body's short form in brackets", "Title\nThe crisis has been compounded by a strike notice issued by the Food and Drink Federation (FDF), which says bakers in the county have not been paid.", "bakers in the county have not been paid", "Food and Drink Federation", "organization", "notice"},
		{"a union that lists its trades speaks by which", "Title\nThe crisis has been compounded by a strike notice issued by the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU), which says doctors have not been paid.", "doctors have not been paid", "Kenya Medical Practitioners, Pharmacists and Dentists Union", "organization", "notice"},
		{"a surname in lower case after a guillemet quotation (translated copy)", "Title\nMinister of Foreign Affairs of Kazakhstan Yerlan Dzhaksybekov held talks with the Minister of Foreign Affairs and Trade of Hungary Zoltán Farkas-Veres on Tuesday.\n\n«The trade turnover has grown on 18 percents», – said dzhaksybekov.", "The trade turnover has grown", "Yerlan Dzhaksybekov", "person", ""},
		{"a hyphenated surname in lower case opens the clause", "Title\nMinister of Foreign Affairs of Kazakhstan Yerlan Dzhaksybekov held talks with the Minister of Foreign Affairs and Trade of Hungary Zoltán Farkas-Veres on Tuesday.\n\nIn its turn, farkas-veres noted that Budapest considers Kazakhstan a reliable partner.", "Budapest considers Kazakhstan", "Zoltán Farkas-Veres", "person", ""},
		{"an unknown first name after an office and its country", "Title\nMinister of Foreign Affairs of Kazakhstan Yerlan Dzhaksybekov held talks with the Minister of Foreign Affairs and Trade of Hungary Zoltán Farkas-Veres on Tuesday.\n\nFarkas-Veres noted that Budapest considers Kazakhstan a reliable partner.", "Budapest considers Kazakhstan", "Zoltán Farkas-Veres", "person", ""},
		{"informs and a press service after the clause (translated copy)", "Title\nMinister of Foreign Affairs of Kazakhstan Yerlan Dzhaksybekov held talks with the Minister of Foreign Affairs and Trade of Hungary Zoltán Farkas-Veres on Tuesday.\n\nDuring the meeting the sides discussed the state of the cooperation in the energy spheres, informs the press service of the MFA of Kazakhstan.", "the sides discussed the state", "press service of the MFA of Kazakhstan", "organization", ""},
		{"a subject before an interview to an agency (translated copy)", "Title\nMinister of Foreign Affairs of Kazakhstan Yerlan Dzhaksybekov held talks with the Minister of Foreign Affairs and Trade of Hungary Zoltán Farkas-Veres on Tuesday.\n\nAs reported agency Vestnik-24, farkas-veres in the interview to agency said that Hungary will support the simplification of the visa procedures.", "will support the simplification", "Zoltán Farkas-Veres", "person", "Vestnik-24"},
		{"said, according to an outlet, that", "Title\nMinister of Foreign Affairs of Kazakhstan Yerlan Dzhaksybekov held talks with the Minister of Foreign Affairs and Trade of Hungary Zoltán Farkas-Veres on Tuesday.\n\nThe head of Kazakh diplomacy also said, according to Vestnik-24, that the second train will arrive in Hungary in July.", "the second train will arrive", "Yerlan Dzhaksybekov", "person", "Vestnik-24"},
		{"by the data of an outlet (translated copy)", "Title\nMinister of Foreign Affairs of Kazakhstan Yerlan Dzhaksybekov held talks with the Minister of Foreign Affairs and Trade of Hungary Zoltán Farkas-Veres on Tuesday.\n\nThe head of Kazakh diplomacy also informed, by the data of Vestnik-24, that the first train will arrive in Hungary in June.", "the first train will arrive", "Yerlan Dzhaksybekov", "person", "Vestnik-24"},
		{"an outlet's report closing the sentence relays it", "Title\nThe minister said the talks had gone badly, TASS reported.", "the talks had gone badly", "The minister", "person", "TASS"},
		{"reported also and an outlet closing the sentence relays it (translated copy)", "Title\nMinister of Foreign Affairs of Kazakhstan Yerlan Dzhaksybekov held talks with the Minister of Foreign Affairs and Trade of Hungary Zoltán Farkas-Veres on Tuesday.\n\nThe talks were held in Astana, as reported agency Vestnik-24.\n\nAfter the negotiations farkas-veres said to journalists, that he has invited the colleague to visit Budapest, reported also Vestnik-24.", "he has invited the colleague", "Zoltán Farkas-Veres", "person", "Vestnik-24"},
		{"counsel submitted that", "Title\nAppearing for the petitioners, senior advocate Rohan Bhatia submitted that the authority had granted the permit without any survey.", "the authority had granted the permit", "Rohan Bhatia", "person", ""},
		{"the bench is the court named before", "Title\nThe Bombay High Court on Wednesday quashed a permit for a bottling plant.\n\nRejecting the company's arguments, the bench observed that the authority had treated the application as a formality.", "the authority had treated the application", "Bombay High Court", "organization", ""},
		{"senior counsel before a name and an appearance after it", "Title\nSenior counsel Vikram Mehrotra, appearing for Sahyadri Springs, argued that the company had complied with every condition of its licence.", "complied with every condition", "Vikram Mehrotra", "person", ""},
		{"senior counsel before a name and a description after it", "Title\nSenior counsel Anil Rao, a partner at Rao and Co, argued that the firm had met each rule.", "met each rule", "Anil Rao", "person", ""},
		{"an additional government pleader", "Title\nAdditional government pleader Sunita Karve, appearing for the state, told the court that the application had been processed under the guidelines.", "processed under the guidelines", "Sunita Karve", "person", ""},
		{"a court holding that", "Title\nThe Delhi High Court on Tuesday set aside the order, holding that the tribunal had no power to hear the case.", "no power to hear the case", "Delhi High Court", "organization", ""},
		{"a judge held that", "Title\nJustice Anita Rao held that the notice was bad in law.", "bad in law", "Anita Rao", "person", ""},
		{"a company by its index", "Title\nShares in Harrowgate Home fell by a third on Thursday.\n\nThe FTSE 250 company said it now expected lower profit for the year.", "expected lower profit", "Harrowgate Home", "organization", ""},
		{"a company by where it is listed", "Title\nShares in Brightwater Apparel fell on Monday.\n\nThe Nasdaq-listed company said sales would fall in the third quarter.", "sales would fall", "Brightwater Apparel", "organization", ""},
		{"a company by the place it is based in two words", "Title\nShares in Brightwater Apparel fell on Monday.\n\nThe New York-based firm said its chief executive would step down.", "would step down", "Brightwater Apparel", "organization", ""},
		{"the retailer past the executive's former employer", "Title\nShares in Brightwater Apparel fell on Monday.\n\nIts chief executive, Jane Holt, who joined from the supermarket chain Oakleys in 2023, said the board was disappointed.\n\nThe retailer said it would close 14 stores.", "close 14 stores", "Brightwater Apparel", "organization", ""},
		{"a body's document of it, and the report after it", "Title\nAccording to the spot report of the Malinis Heights Police Station (Station 17), the suspects took P1.8 million in jewelry.\n\nThree employees were treated for shock, the report added.", "treated for shock", "Malinis Heights Police Station", "organization", "the report"},
		{"analysts at a firm are the firm", "Title\nAnalysts at Tessaly Insights estimated in a note to clients that businesses would buy 1.1 million headsets.", "1.1 million headsets", "Tessaly Insights", "organization", ""},
		{"a second verb after the description the speaker is in apposition to", "Title\nShares of Brightwater Apparel fell.\n\nBrightwater\u2019s chief executive, Philippa Dunmore, who joined from the supermarket chain Oakleys in 2023, said the board was \u201cdisappointed\u201d with the performance but insisted the business remained \u201cfundamentally sound\u201d.", "fundamentally sound", "Philippa Dunmore", "person", ""},
		{"a plain word before an analyst after the verb", "Title\n\u201cIt is grim,\u201d said Castlegate\u2019s oil analyst, Tobias Fenwright.", "It is grim", "Tobias Fenwright", "person", ""},
		{"an abbreviated first name", "Title\nThe guard was shot twice, according to Police Lieutenant Colonel Ma. Teresita Lorenzana-Duque, spokesperson of the district.", "guard was shot twice", "Ma. Teresita Lorenzana-Duque", "person", ""},
		{"an outlet citing a source", "Title\nThe briefing was carried by the state news agency Kestpress.\n\nKestpress, citing a senior military source who spoke on condition of anonymity, said the forces had mined the dam.", "mined the dam", "a senior military source", "anonymous", "Kestpress"},
		{"now between the auxiliary and the verb", "Title\nBut an insider has now claimed the split was anything but amicable.", "anything but amicable", "an insider", "anonymous", ""},
		{"since between the auxiliary and the verb", "Title\nThe minister has since said the plan will go ahead in May.", "plan will go ahead", "the minister", "person", ""},
		{"a minister's field before the name", "Title\nReacting to the announcement, Federal Minister for Parliamentary Affairs Chaudhry Naveed Akhtar Warraich said the opposition was \"crying foul before reading the bill\".", "crying foul", "Chaudhry Naveed Akhtar Warraich", "person", ""},
		{"the clerk after a county clerk by name", "Title\nCounty Clerk Denise Okafor-Lind said turnout was about 58 percent.\n\nThe clerk said a scanner failure at a polling place had forced poll workers to hold ballots.", "scanner failure", "Denise Okafor-Lind", "person", ""},
		{"a role that is a person noun too speaks", "Title\nThe church burned on Sunday.\n\nThe pastor said the building had been full an hour before.", "building had been full", "the pastor", "person", ""},
		{"a plural possessive in an apposition", "Title\nThe Drumcashel Community Alliance, a residents’ group in Co Westmeath, has told an oral hearing of the appeals board that a plan to build 240 homes would overwhelm local roads.", "overwhelm local roads", "Drumcashel Community Alliance", "organization", ""},
		{"a plural possessive in a body's description", "Title\nThe teachers’ union said the strike would go ahead on Monday.", "strike would go ahead", "the teachers’ union", "organization", ""},
		{"a body's document by the body's kind", "Title\nWestmeath County Council granted permission in March.\n\nThe council’s planning report, which recommended a grant of permission, said the scheme was \"consistent with the core strategy\" for the county.", "consistent with the core", "Westmeath County Council", "organization", "planning report"},
		{"a document lodged by a firm", "Title\nA traffic and transport assessment lodged with the application by Dunmore Keane Engineering estimated that the development would add about 140 car trips.", "140 car trips", "Dunmore Keane Engineering", "organization", "assessment"},
		{"an object relative clause's report ends at its comma", "Title\nOn her social media feed, which the Times has since said it is reviewing, Schwartz liked a tweet saying that Israel needed to act.", "it is reviewing", "the Times", "media", ""},
		{"an outlet by the first word of its name", "Title\nThe cuts were first reported by Ledgerpoint News on Monday.\n\nLedgerpoint also reported that the hardware unit had missed its sales targets.", "missed its sales targets", "Ledgerpoint News", "media", ""},
		{"a bank by the first word of its name (guard)", "Title\nHalwell Bank customers could not pay on Monday.\n\nHalwell said no money was lost.", "no money was lost", "Halwell Bank", "organization", ""},
		{"a cloud company by the first word of its name, beside its product's", "Title\nThe Commission fined Velaris Cloud on Thursday for bundling its Velaris Ledger suite with its servers.\n\nVelaris said it would appeal to the General Court.", "would appeal", "Velaris Cloud", "organization", ""},
		{"an outlet citing documents is the outlet", "Title\nThe cuts were first reported by Ledgerpoint News on Monday.\n\nLedgerpoint News also reported, citing internal documents, that the hardware unit had missed its sales targets.", "missed its sales targets", "Ledgerpoint News", "media", ""},
		{"a document released by a body the text describes", "Title\nAccording to a breakdown released by the Premier’s office, the package includes $38 million for clean-up.", "$38 million for clean-up", "the Premier’s office", "organization", "a breakdown"},
		{"its document is the body's", "Title\nQuellar Systems cut jobs on Monday.\n\nQuellar reported a net loss of $212 million for its most recent fiscal year, according to its annual filing, as revenue growth slowed.", "net loss of $212 million", "Quellar Systems", "organization", "its annual filing"},
		{"a company's maker before its name", "Title\nThe pill slowed the loss of lung function, its maker Halvorsen Therapeutics said on Monday.", "slowed the loss", "Halvorsen Therapeutics", "organization", ""},
		{"the age a person was given picks them past a body", "Title\nHomeowner Renee Castillo, 38, said the family had been asleep for three hours.\n\nThe American Red Cross said it was providing the family with temporary lodging.\n\nStanding across the street, the 38-year-old said the family had lived in the house for nine years.", "had lived in the house for nine years", "Renee Castillo", "person", ""},
		{"the age of one of two people named picks that one", "Title\nMaria Lopez, 52, and her neighbour Tom Reyes, 67, watched the crews work.\n\nFirefighters stayed until dawn.\n\nThe 67-year-old said he had never seen anything like it.", "had never seen anything like it", "Tom Reyes", "person", ""},
		{"an age before a description is the person just quoted", "Title\n“This is a government that cannot tell anyone what anything costs,” said shadow health minister Rochelle Dunphy.\n\n“We were promised a new hospital by 2027,” the 52-year-old former emergency nurse added.", "We were promised a new hospital", "Rochelle Dunphy", "person", ""},
		{"an age in a profile is the one it is about", "Title\nKaden Rourke is an American YouTuber who became famous for prank videos.\n\nRourke uploaded his first video in 2017. In a 2024 interview, Rourke said that he never expected the videos to pay his rent.\n\nRourke owns a mansion in Calabasas. He also has a collection of cars. His cars alone are worth more than $1.5 million.\n\nDespite his wealth, the 27-year-old says he lives a simple life.", "he lives a simple life", "Kaden Rourke", "person", ""},
		{"a name used for both genders takes he", "Title\nFire Chief Dana Whitcomb said crews arrived within six minutes.\n\nWhitcomb said investigators were looking at a space heater, but he cautioned that nothing had been ruled out.", "nothing had been ruled out", "Dana Whitcomb", "person", ""},
		{"an office named after its holder's title is the office", "Title\nThe Office of the Inspector General said the audit had found no wrongdoing by staff.", "the audit had found no wrongdoing", "Office of the Inspector General", "organization", ""},
		{"a state's division named after a title is the division", "Title\nThe Ohio Division of State Fire Marshal said in a statement that an investigator had been assigned.", "an investigator had been assigned", "Ohio Division of State Fire Marshal", "organization", ""},
		{"the county is the county named before", "Title\nCrews from neighbouring Tamarack County joined the fight on Tuesday.\n\nThe county said in a news release that it had opened a second reception centre.", "had opened a second reception centre", "Tamarack County", "organization", ""},
		{"the union is the body an apposition called a union", "Title\nThe Harlan Falls Education Association, the union representing the district's teachers, stopped short of endorsing the ban.\n\nIn a post on its Facebook page, the union wrote: \"We support giving students a break from their screens.\"", "We support giving students a break", "Harlan Falls Education Association", "organization", ""},
		{"the post is its writer's", "Title\nIn a post on its Facebook page, the Harlan Falls Education Association wrote: \"We support giving students a break.\"\n\nThe post added that the union would push for a review after one semester.", "would push for a review", "Harlan Falls Education Association", "organization", "the post"},
		{"the notice is its issuer's", "Title\nIn a notice issued late on Sunday, the Election Commission said it had received written complaints from the party.\n\nThe notice said counting had been suspended for three hours.", "counting had been suspended", "Election Commission", "organization", "the notice"},
		{"a body by its name before of is the longer name", "Title\nThe results were declared by the Election Commission of India on Sunday.\n\nIn a notice, the Election Commission said it had received written complaints from the party.", "had received written complaints", "Election Commission of India", "organization", ""},
		{"the Bank is the Bank of England", "Title\nOn Thursday the Bank of England kept Bank Rate at 3.75%.\n\nIn its statement, the Bank said seven members of the committee had voted to hold.", "seven members of the committee", "Bank of England", "organization", ""},
		{"a role and a name the lists lack of the body", "Title\nPolitical analyst Meenakshi Dhillon of the Panipat Institute of Public Affairs said the welfare schemes had outweighed anger over unemployment.", "welfare schemes had outweighed anger", "Meenakshi Dhillon", "person", ""},
		{"a name with its initials in brackets is a body", "Title\nThe opposition Jan Sangharsh Morcha (JSM) finished second with 29 seats.\n\nThe JSM said it would seek a recount in three seats.", "would seek a recount", "Jan Sangharsh Morcha", "organization", ""},
		{"the leader of the opposition by name", "Title\nLeader of the Opposition Kuldeep Sangwan, who held his own seat by 11,240 votes, said his party accepted the result.", "his party accepted the result", "Kuldeep Sangwan", "person", ""},
		{"a body's possessive document is the body's", "Title\nSevernvale Water is owned by a group of pension funds.\n\nSevernvale's annual report said the company's net debt had risen to £4.8bn.", "net debt had risen", "Severnvale Water", "organization", "Severnvale's annual report"},
		{"an apposition runs on through a place's abbreviation", "Title\nPriya Raman-Holt, a physician in Guelph, Ont., said symptoms can take up to 70 days to appear.", "symptoms can take up to 70 days", "Priya Raman-Holt", "person", ""},
		{"an apposition runs on through a saint's abbreviation", "Title\nDr. Priya Raman-Holt, an infectious diseases physician at St. Brendan's Regional Hospital in Hamilton, said symptoms can take up to 70 days to appear.", "symptoms can take up to 70 days", "Priya Raman-Holt", "person", ""},
		{"a short form that leaves out the body's place names the body", "Title\nIn an advisory, the Baybayon Provincial Disaster Risk Reduction and Management Office (PDRRMO) said 14 villages remained under evacuation.\n\nThe storm left 17 people dead in the province, according to the PDRRMO.", "17 people dead", "Baybayon Provincial Disaster Risk Reduction and Management Office", "organization", ""},
		{"she after a paragraph that introduces a woman with her age", "Title\nGovernor Teodoro Palencia-Ramos said the province had released funds. \"We have food, but we do not have roofs,\" the governor said.\n\nIn Barangay Calbanog, a fishing village, Erlinda Sabado, 56, sat on the concrete slab that is all that is left of the house.\n\n\"There is nothing left, really nothing,\" she said.", "nothing left, really nothing", "Erlinda Sabado", "person", ""},
		{"he after a child named in apposition to a relative", "Title\nDr. Anselmo Buenaventura-Lao said his team had recorded 46 cases.\n\nBack in Calbanog, Sabado's grandson, Paolo, 11, was stacking planks. Asked what he missed most, he answered: \"My school bag. It had all my notebooks inside.\"", "My school bag", "Paolo", "person", ""},
		{"a memo sent by a person is hers", "Title\nCorvantic will lay off about 1,400 employees, according to an internal memo seen by Baywire.\n\nThe memo, sent to staff on Wednesday morning by chief executive Lena Haverford-Quist, said the cuts would fall hardest on sales.", "the cuts would fall hardest", "Lena Haverford-Quist", "person", "The memo"},
		{"an indefinite memo before the sentence that names its sender is the sender's", "Title\nCorvantic will lay off about 1,400 employees, according to an internal memo seen by Baywire.\n\nThe memo, sent to staff on Wednesday morning by chief executive Lena Haverford-Quist, said the cuts would fall hardest on sales.", "will lay off about 1,400 employees", "Lena Haverford-Quist", "person", "an internal memo seen by Baywire"},
		{"the only memo is its sender's however far on", "Title\nCorvantic will lay off about 1,400 employees, according to an internal memo seen by Baywire.\n\nThe memo, sent to staff on Wednesday morning by chief executive Lena Haverford-Quist, said the cuts would fall hardest on sales.\n\nPara 0: the company has 9,000 staff in 0 offices.\n\nPara 1: the company has 9,000 staff in 1 offices.\n\nPara 2: the company has 9,000 staff in 2 offices.\n\nPara 3: the company has 9,000 staff in 3 offices.\n\nPara 4: the company has 9,000 staff in 4 offices.\n\nPara 5: the company has 9,000 staff in 5 offices.\n\nPara 6: the company has 9,000 staff in 6 offices.\n\nPara 7: the company has 9,000 staff in 7 offices.\n\nPara 8: the company has 9,000 staff in 8 offices.\n\nPara 9: the company has 9,000 staff in 9 offices.\n\nThe memo said the company expected to record restructuring charges.", "restructuring charges", "Lena Haverford-Quist", "person", "the memo"},
		{"a name after its role in lower case and before a relative clause", "Title\nThe group’s chair, retired headteacher Malcolm Drysdale-Innes, who signed the letter, wrote: “We are not a handful of incomers objecting to a view.”", "not a handful of incomers", "Malcolm Drysdale-Innes", "person", ""},
		{"a colon's speaker named in apposition after a role", "Title\nHer host, veteran broadcaster Jane Doe, cut her off: “We are not a handful of incomers objecting to a view.”", "not a handful of incomers", "Jane Doe", "person", ""},
		{"a participle's speaker named in apposition after a role", "Title\nThe PDP’s state chairman, former senator Samuel Idakwo, rejected the result, alleging that the count was rigged.", "the count was rigged", "Samuel Idakwo", "person", ""},
		{"an unnamed source on a team is the source, not the team", "Title\nAn engineer on the storage team said her entire group of 22 people had been eliminated.", "her entire group of 22 people", "An engineer on the storage team", "anonymous", ""},
		{"she after an unnamed source whose relative clause says she", "Title\nA former engineer, who spoke on condition of anonymity because she is still negotiating her severance agreement, said her group had been eliminated. “They kept telling us storage was the cash cow,” she said.", "storage was the cash cow", "A former engineer", "anonymous", ""},
		{"an epithet after the sentence's subject is the other person named", "Title\nRuairí Dunleavy insisted on Friday that Ravensmoor United want Jadon Adeyemi-Shaw to stay, a day after the winger hinted on Instagram that his time at the club could be coming to an end.", "his time at the club", "Jadon Adeyemi-Shaw", "person", ""},
		{"an epithet goes on with the person the one before stood for", "Title\nRuairí Dunleavy insisted on Friday that Ravensmoor United want Jadon Adeyemi-Shaw to stay, a day after the winger hinted on Instagram that his time at the club could be coming to an end.\n\nThe 22-year-old, who has 18 months left on his contract, said on Thursday that he was grateful for everything.", "he was grateful for everything", "Jadon Adeyemi-Shaw", "person", ""},
		{"a club's role for the one person just named, who has no role", "Title\nAsked about the post at his press conference, Ruairí Dunleavy said he had spoken to the player on Friday morning.\n\n“Jadon is our player, and I want him to stay,” the Ravensmoor manager said.", "Jadon is our player", "Ruairí Dunleavy", "person", ""},
		{"a club's role for someone else when the one named has another role (guard)", "Title\nCaptain Tomasz Wieliczko said he would miss three weeks with a hamstring injury.\n\n“It is a blow for all of us,” the Ravensmoor manager said.", "It is a blow", "the Ravensmoor manager", "person", ""},
		{"the ministry past a system's name", "Title\nDeforestation fell 22%, the Ministry of the Environment and Climate Change said on Friday.\n\nPreliminary figures from the Deter satellite alert system showed 4,180 square kilometres cleared.\n\nThe ministry said agents had carried out 2,940 inspections.", "agents had carried out", "Ministry of the Environment and Climate Change", "organization", ""},
		{"the ministry long after the one ministry named", "Title\nDeforestation fell 22%, the Ministry of the Environment and Climate Change said on Friday.\n\nParagraph 1 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 2 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 3 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 4 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 5 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 6 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 7 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 8 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 9 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 10 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 11 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 12 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 13 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 14 of the story says that ranchers and officials met again in the town on Monday.\n\nParagraph 15 of the story says that ranchers and officials met again in the town on Monday.\n\nThe ministry said a new credit line for ranchers would open in October.", "a new credit line for ranchers", "Ministry of the Environment and Climate Change", "organization", ""},
		{"a ministry's release by its kind", "Title\nDeforestation fell 22%, the Ministry of the Environment and Climate Change said on Friday.\n\nSatellite alerts showed 4,180 square kilometres of forest cleared, according to a ministry release.", "4,180 square kilometres", "Ministry of the Environment and Climate Change", "organization", "a ministry release"},
		{"the authority for the authority named before", "Title\nThe Water Resources Authority said river flows were 40 percent below normal.\n\nThe authority said permits for large users could be suspended.", "permits for large users", "Water Resources Authority", "organization", ""},
		{"a name after a long title with a brief", "Title\nThe level of Kiboko Dam fell to 18 percent of its capacity, County Executive Committee Member for Water and Sanitation Agnes Mutheu Kilonzo said on Tuesday.", "fell to 18 percent", "Agnes Mutheu Kilonzo", "person", ""},
		{"the notice of the body the sentence before opens with", "Title\nGermany's Federal Motor Transport Authority (KBA) listed the recall in its online database on Wednesday. The notice said the short circuit could lead to a sudden loss of engine power.", "sudden loss of engine power", "Federal Motor Transport Authority", "organization", "the notice"},
		{"the notice after a sentence naming two bodies stays the notice's (guard)", "Title\nThe Federal Motor Transport Authority listed the recall after the European Commission reported the fault. The notice said the short circuit could lead to a sudden loss of engine power.", "sudden loss of engine power", "The notice", "document", ""},
		{"the filing of the counsel who said so in it", "Title\nIn a court filing in December, Crown counsel Leah Brandvold said officers had read the injunction aloud four times.\n\nThe filing also said Northgrove had lost about $310,000 in idle equipment.", "lost about $310,000", "Leah Brandvold", "person", "the filing"},
		{"the company past a prosecution service that spoke", "Title\nThe road was built by Northgrove Energy Corp. in 2021.\n\nThe B.C. Prosecution Service said in an emailed statement that it was reviewing the decision.\n\nNorthgrove Energy did not respond to a request for comment on Thursday. The company has said previously that construction is about 70 per cent complete.", "construction is about 70 per cent", "Northgrove Energy Corp", "organization", ""},
		{"a body after unlisted initials", "Title\nThe B.C. Prosecution Service said in an emailed statement that it was reviewing the decision.", "it was reviewing the decision", "B.C. Prosecution Service", "organization", ""},
		{"a complaint with a topic after a time and that is part of the report", "Title\nMotoring magazine Fahrwerk Journal reported last month that dozens of Vela owners had complained in online forums about engines cutting out at low speed.", "dozens of Vela owners had complained", "Fahrwerk Journal", "media", ""},
		{"a place's dateline before the speaker is not what was said", "Title\nVILLANUEVA DEL MEZQUITE, Guanajuato — The mayor of Villanueva del Mezquite asked the federal government on Thursday to send National Guard troops to the city.", "to send National Guard troops", "The mayor of Villanueva del Mezquite", "person", ""},
		{"a Spanish name by its first surname", "Title\nThe collective’s spokeswoman, Leticia Carrasco Yáñez, spoke on Thursday.\n\nCarrasco said the families wanted the state to finish identifying the remains.", "finish identifying the remains", "Leticia Carrasco Yáñez", "person", ""},
		{"a Spanish name by its first surname before who", "Title\nMayor Graciela Ortúñez Bracamontes spoke on Thursday.\n\nOrtúñez, who took office in October, said the city would also hire 60 more officers this year.", "hire 60 more officers", "Graciela Ortúñez Bracamontes", "person", ""},
		{"a named collective", "Title\nThe Voces del Mezquite collective, which represents about 140 families, said in a statement that military deployments had not reduced killings.", "had not reduced killings", "Voces del Mezquite", "organization", ""},
		{"the company by a two-word place it is based in", "Title\nSAN JOSE, California (Meridian Wire) - Corvane Systems raised its full-year revenue forecast on Wednesday after sales of its data-centre networking chips jumped 34% in the fourth quarter.\n\nThe San Jose-based company said revenue for the quarter rose 21% to $3.84 billion. That was above the average analyst estimate of $3.66 billion, according to data compiled by Tallis Data.\n\nIn its improved outlook, the company said it now expects fiscal 2026 revenue of between $16.2 billion and $16.6 billion.", "expects fiscal 2026 revenue", "Corvane Systems", "organization", ""},
		{"quoted a person and an appositive as saying", "Title\nThe release quoted Professor Halvard Brightmoor, the university’s pro-vice-chancellor for research, as saying that the work showed why long-term field trials still matter.", "long-term field trials still matter", "Halvard Brightmoor", "person", "The release"},
		{"a progressive reporting verb", "Title\nOfficials are warning that the storm could cause serious damage.", "the storm could cause serious damage", "Officials", "anonymous", ""},
		{"a progressive directive", "Title\nNorthmoor Power Networks is advising customers to report power cuts by calling 105 or through its website.", "to report power cuts", "Northmoor Power Networks", "organization", ""},
		{"one of the people the sentence before opens on", "Title\nMany residents were angry about the closure. One said the council had ignored them for years.", "ignored them for years", "one resident", "anonymous", ""},
		{"another of the people the sentence before opens on", "Title\nFans rushed to respond on Bloomtalk. One wrote: “I’ve supported them since the pre-debut videos.” Another posted a photo of a banner with the caption “We stay with VELLIA, whatever happens in that courtroom.”", "whatever happens in that courtroom", "another fan", "anonymous", ""},
		{"a statement posted by the subject reports nothing of its own", "Title\nOrbit Nine Entertainment rejected the claims in a statement posted on its official Bloomtalk account on Wednesday afternoon, saying that all settlements had been calculated in strict accordance with the contract.", "all settlements had been calculated", "Orbit Nine Entertainment", "organization", ""},
		{"a number word inside a body's name", "Title\nOrbit Nine Entertainment said that all settlements had been calculated correctly.", "all settlements had been calculated", "Orbit Nine Entertainment", "organization", ""},
		{"many experts believe that", "Title\nMany experts believe that a VPN is the single most important tool for online privacy in 2026.", "the single most important tool", "many experts", "anonymous", ""},
		{"a belief without that inside a report is the report (guard)", "Title\nElizabeth Warren supporter Zainab Dossaji told King she believes the stakes are higher in this election than the last presidential election.", "the stakes are higher", "Zainab Dossaji", "person", ""},
		{"a belief inside what was said is part of it (guard)", "Title\nSignificant numbers will stay home, explained majority leader Abraham Aiyash, a Democrat who said that, while “Donald Trump is by far the worst candidate,” many Michiganders believe that “Joe Biden hasn’t done enough to stop the slaughter.”", "hasn’t done enough", "Abraham Aiyash", "person", ""},
		{"the security expert is not many experts (guard)", "Title\nMany experts believe that a VPN is the single most important tool for online privacy.\n\nWe also spoke to a security expert who works for a major European bank. According to the security expert, free VPNs are basically data-harvesting apps with a nice logo.", "data-harvesting apps", "the security expert", "anonymous", ""},
		{"a testimonial signed with a first name and an initial", "Title\nAccording to some studies, 7 out of 10 public Wi-Fi networks are unsafe.\n\n\"I tried five VPNs and ShieldWave is the only one that never dropped my connection during a live match. Best VPN ever!\" – Jason R., Texas ★★★★★", "never dropped my connection", "Jason R.", "person", ""},
		{"a quotation signed with a title and a name", "Title\nAccording to some studies, 7 out of 10 public Wi-Fi networks are unsafe.\n\n“We will not give up on this town, not now and not ever,” – Mayor Jane Smith", "not give up on this town", "Jane Smith", "person", ""},
		{"an analysis of data by a body is the body's", "Title\nIn Pará, alerts in the municipalities rose 31% over the same period, according to an analysis of the Deter data by the Instituto Copaíba de Pesquisa Ambiental, a non-profit research group based in Belém.", "alerts in the municipalities rose", "Instituto Copaíba de Pesquisa Ambiental", "organization", "an analysis"},
		{"a Sunday newspaper is an outlet", "Title\nAccording to the Sunday Glimmer, Royce started the cucumber diet in January after her management told her she needed to look tour-ready.", "started the cucumber diet", "Sunday Glimmer", "media", ""},
		{"recommended and a gerund", "Title\nDr Maren Ellingsworth said cucumbers were healthy.\n\nShe recommended speaking to a GP or dietitian before starting any cucumber diet.", "speaking to a GP", "Maren Ellingsworth", "person", ""},
		{"a recommendation and its relative clause are one report", "Title\nRyan McEnaney, a gardening expert, spoke to us.\n\nHe recommends placing the hydrangeas in an area that gets about five hours of morning sun.", "placing the hydrangeas in an area that gets about five hours", "Ryan McEnaney", "person", ""},
		{"made this known gives the sentence before to the speaker", "Title\nThe state government will pay all outstanding pensions before the end of the year.\n\nThe Commissioner for Finance, Mr Kola Adeyemi, made this known while briefing journalists in Ibadan on Tuesday.", "will pay all outstanding pensions", "Kola Adeyemi", "person", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := quoteWith(t, s, tc.text, tc.key)
			if !seedgold.SpeakerMatches(tc.speaker, got.Speaker) || got.Speaker.Type != tc.typ || got.Via != tc.via {
				t.Errorf("quote %q: speaker %+v via %q, want %s (%s) via %q", got.Text, got.Speaker, got.Via, tc.speaker, tc.typ, tc.via)
			}
		})
	}
}

// TestContentSpan: what was said, exactly.
// TestSpeakerName checks the speaker's name itself, where TestAttribution
// accepts its mention too: people named together speak as one source
// named by all of them.
func TestSpeakerName(t *testing.T) {
	s := newStage(t)
	tests := []struct{ name, text, key, want string }{
		{"two people named together", "Title\nJohn Smith and Mary Jones said the plan would fail.", "the plan would fail", "John Smith and Mary Jones"},
		{"a gesture before a quotation after a semicolon", "Title\nAsma Khan never trained as a chef.\n\nHer critics say she trades on her story; she laughs at that. \"Of course I do. Every chef has a story.\"", "Every chef has a story", "Asma Khan"},
		{"she after a woman's South Asian first name", "Title\nAsma Khan never trained as a chef. When she opened her first restaurant in 2015, she hired only women.\n\n\"I wanted to show that the food our mothers cooked was worth paying for,\" she tells me over tea.", "worth paying for", "Asma Khan"},
		{"a title before a double surname without its hyphen", "Title\nA water company was fined.\n\nEnvironment Agency chief executive Emma Howard Boyd said the fine was a record.\n\nAsked whether bosses should face jail, Ms Howard Boyd told the BBC: \"That is something I would like to see.\"", "something I would like to see", "Emma Howard Boyd"},
		{"the company after a sentence a trade's word, a kind and a name open", "Title\nMarkets were calm.\n\nSoftware company Zendara will cut about 1,200 jobs, or 8% of its workforce, the company said on Tuesday.", "cut about 1,200 jobs", "Zendara"},
		{"he after a topic phrase naming another man", "Title\nMikel Arteta says Bukayo Saka's injury is not serious.\n\nAsked about Saka's fitness, Arteta replied: \"He felt something in his hamstring.\"\n\nArteta on the title race: \"It's a marathon. We have to keep going.\"\n\nOn Ange Postecoglou's Tottenham, he said: \"They are a really good team, with a clear identity.\"\n\nTottenham boss Postecoglou was asked about the derby.", "clear identity", "Mikel Arteta"},
		{"a business by what it runs closing a sentence that names it", "Title\nTaylor Swift has broken the record for the most-streamed album in a single day on Spotify, the streaming service said.", "most-streamed album", "Spotify"},
		{"a first name alone after the full name", "Title\nA mum is angry.\n\nKelly Watson, 38, from Doncaster, said her daughter was left humiliated.\n\n\"She was in tears when she got home,\" Kelly told the Mirror.", "She was in tears", "Kelly Watson"},
		{"a first name two people share stays as written (guard)", "Title\nA mum is angry.\n\nKelly Watson, 38, from Doncaster, said her daughter was left humiliated. Her neighbour Kelly Brown agreed.\n\n\"She was in tears when she got home,\" Kelly told the Mirror.", "She was in tears", "Kelly"},
		{"a group, then one of them and a relative clause", "Title\nThe law takes effect on Sunday.\n\nSupporters of the law, including Republican state Rep. Shelby Slawson, who wrote it, have argued that parents need more tools to protect their children.", "parents need more tools", "Supporters of the law"},
		{"a name, an age and an address of a street and a town", "Title\nResidents are angry about the plan.\n\nSarah Collins, 45, of Station Road, Leeds, said the council had ignored her.", "the council had ignored her", "Sarah Collins"},
		{"a police officer's abbreviated titles, a Welsh first name and the force", "Title\nA man was jailed on Friday.\n\nSpeaking after the hearing, Det Con Sian Jones of North Wales Police said: \"I would like to praise the victim.\"", "praise the victim", "Sian Jones"},
		{"an Italian double first name", "Title\nAtalanta won 1-0 on Thursday.\n\nAtalanta boss Gian Piero Gasperini praised his players, saying: \"This is a historic night for the club.\"", "historic night", "Gian Piero Gasperini"},
		{"a word that describes the people after it, opening the sentence", "Title\nWaiting lists grew again in March. Opposition leaders said the figures were a damning indictment.", "damning indictment", "Opposition leaders"},
		{"a spokesperson for the company is the company's", "Title\nNorthway Stores said on Thursday it would cut 2,000 jobs. Sales fell sharply.\n\nA spokesperson for the company said staff would be offered redeployment.", "offered redeployment", "Northway Stores"},
		{"a spokesperson for the company is no public body's (guard)", "Title\nShares fell. Officials at the Treasury said the plan was on track.\n\nA spokesperson for the company said staff would be redeployed.", "staff would be redeployed", "A spokesperson for the company"},
		{"the company a page after its name, past a public body", "Title\nOrbital Systems is exploring a sale of its cloud division, people familiar with the matter said.\n\nThe division made $4.2 billion last year.\n\nChief executive Dana Whitfield wrote that the company was focused on AI.\n\nShe did not mention the cloud business.\n\nDowning Street said the Prime Minister had full confidence in the Chancellor.\n\nIn a filing with the Securities and Exchange Commission, the company said it expected charges of up to $300 million.", "expected charges", "Orbital Systems"},
		{"a bank by its kind after a sentence it opens", "Title\nOil rose on Monday. Goldman Sachs raised its Brent forecast to $95 for December, the bank said in a note.", "raised its Brent forecast", "Goldman Sachs"},
		{"a carmaker by its kind after a name that reads as a surname", "Title\nMarkets were calm on Monday. Ford will recall 40,000 cars, the carmaker said.", "recall 40,000 cars", "Ford"},
		{"an insurer by its kind after a name no list knows", "Title\nMarkets were calm on Monday. Aviva sold its Polish unit, the insurer said in a statement.", "sold its Polish unit", "Aviva"},
		{"a bank's kind after a public body is no name (guard)", "Title\nMarkets were calm on Monday. The Treasury will sell bonds, the bank said.", "will sell bonds", "the bank"},
		{"an office without a country is its one holder named", "Title\nSir Keir Starmer is facing a backlash from Labour MPs over the cuts.\n\nSpeaking to reporters on a visit to Berlin, the prime minister insisted the cut was necessary.", "the cut was necessary", "Keir Starmer"},
		{"an office without a country and two holders named is no one's (guard)", "Title\nSir Keir Starmer met Giorgia Meloni in London on Monday.\n\nSpeaking to reporters after the talks, the prime minister insisted the deal was close.", "the deal was close", "the prime minister"},
		{"a colleague is no spokesperson", "Title\nAt 6am Sister Grace Okafor is on her third cup of tea.\n\nHer colleague Tom Reilly, a newly qualified nurse, nods. \"I love the job,\" he says.\n\nA Department of Health and Social Care spokesperson said: \"We are committed to growing the workforce.\"", "growing the workforce", "Department of Health and Social Care"},
		{"the company closing a sentence its subject opens", "Title\nMarkets were calm on Monday. Apple will allow iPhone users to delete the App Store and set other default apps, the company announced in a blog post.", "set other default apps", "Apple"},
		{"her lawyer is a named woman's", "Title\nActress Jane Roe was fined on Monday for speeding in Los Angeles.\n\nHer lawyer said she would appeal.", "she would appeal", "Jane Roe's lawyer"},
		{"his aides are the last speaker's", "Title\nPresident Joe Biden said on Monday that talks would continue. His aides said a deal was close.", "a deal was close", "Joe Biden's aides"},
		{"no owner whose gender the text does not give (guard)", "Title\nGovernor Gavin Newsom signed the bill. “This is a historic day,” his spokesman, Izzy Gardon, said. His lawyers argued that the case should be dismissed.", "the case should be dismissed", "His lawyers"},
		{"no owner who speaks for someone (guard)", "Title\nSenator Mark Delaney took a trip. “The senator followed the rules,” his spokesman, Ben Carter, said. His office said the trip was entirely personal.", "entirely personal", "His office"},
		{"no owner without an antecedent (guard)", "Title\nThe court ruled on Monday.\n\nHer lawyer said she would appeal.", "she would appeal", "Her lawyer"},
		{"two people named together after their description", "Title\nHis lawyers, Robert Turkewitz and Brian Knowles, said in a statement that the company had ignored repeated warnings.", "ignored repeated warnings", "Robert Turkewitz and Brian Knowles"},
		{"two people named together after a capitalised occupation", "Title\nResearchers Anna Berg and Tom Cole said the results were surprising.", "the results were surprising", "Anna Berg and Tom Cole"},
		{"a company's two names are no two people", "Title\nProcter and Gamble said sales rose 4 percent in the quarter.", "sales rose", "Procter and Gamble"},
		{"one person named (guard)", "Title\nMary Jones said the plan would fail.", "the plan would fail", "Mary Jones"},
		{"an administrator's title before a name", "Title\nFAA Administrator Mike Whitaker told reporters the agency would not rush the inspections.", "would not rush", "Mike Whitaker"},
		{"a body named by a capitalised collective noun of another body", "Title\nThe General Staff of Ukraine's Armed Forces said on Telegram that the refinery was hit overnight. It said the extent of the damage was being assessed.", "the extent of the damage", "The General Staff of Ukraine's Armed Forces"},
		{"the company after its chief executive's description", "Title\n“Titan X represents a leap forward,” said Jane Park, CEO of Acme Robotics. The company said the robot would ship in 2026.", "the robot would ship", "Acme Robotics"},
		{"a full name the first-name list lacks after an office of a body", "Title\nDirector of National Intelligence Avril Haines said the threat was growing.", "the threat was growing", "Avril Haines"},
		{"a full name the first-name list lacks after a capitalised role of a country's body", "Title\nHead of Ukraine's Military Intelligence Kyrylo Budanov said the attack had failed.", "the attack had failed", "Kyrylo Budanov"},
		{"a relative by the words that introduced her", "Title\nHer daughter, Susan Hale-Moore, said her mother died peacefully at home.\n“She believed every child deserved a library card,” her daughter said.", "every child deserved", "Susan Hale-Moore"},
		{"a surname that is also an outlet's name after the person's full name", "Title\nMichael R. Bloomberg entered the race in November.\nBloomberg said in a statement that the comments did not reflect his views.", "did not reflect", "Michael R. Bloomberg"},
		{"an outlet told, after a person of its name (guard)", "Title\nMichael R. Bloomberg entered the race in November.\nA campaign aide told Bloomberg that the comments did not reflect his views.", "did not reflect", "A campaign aide"},
		{"a body's short name after its full one", "Title\nThe National Weather Service said at least four tornadoes touched down in the state.\nGov. Kevin Stitt declared a state of emergency.\nThe sheriff said the dead included a baby.\nMore storms were forecast for Monday, the weather service said.", "More storms were forecast", "National Weather Service"},
		{"a speaker's title before a name", "Title\nHouse Speaker Mike Johnson said the vote would be held on Friday.", "the vote would be held", "Mike Johnson"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if q := quoteWith(t, s, tc.text, tc.key); q.Speaker == nil || q.Speaker.Name != tc.want {
				t.Errorf("quote %q: speaker %+v, want the name %q", q.Text, q.Speaker, tc.want)
			}
		})
	}
}

// quoteWith processes text and returns its last quote that contains key,
// failing the test when none does.
func quoteWith(t *testing.T, s *Stage, text, key string) *article.Quote {
	t.Helper()
	a := &article.Article{Text: text}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	var got *article.Quote
	for i := range a.Quotes {
		if strings.Contains(a.Quotes[i].Text, key) {
			got = &a.Quotes[i]
		}
	}
	if got == nil {
		t.Fatalf("no quote contains %q; quotes: %+v", key, a.Quotes)
	}
	return got
}

// TestTranscriptByAuthor checks a question-and-answer interview whose
// questions the article's own reporter asks: each answer is the
// interviewee's, named in the headline after an unknown trade; the questions
// are no quotes, and a report inside one is its speaker's.
func TestTranscriptByAuthor(t *testing.T) {
	s := newStage(t)
	a := &article.Article{Author: "Jonah Abernethy-Singh", Text: "\u2018We ran out of excuses\u2019: Hydrologist Maren Holtvedt on the Kessick aquifer\n\n" +
		"We spoke to Holtvedt about the report. This interview has been edited for length.\n\n" +
		"Jonah Abernethy-Singh: The report is blunt. Were you surprised?\n\n" +
		"Maren Holtvedt: Not really. We finally put all of the data in one place.\n\n" +
		"JA: Dale Fenwick told the water board in May that a cap would put orchards out of business. Is he right?\n\n" +
		"MH: An orchard with no water is also out of business, just more slowly.\n\n" +
		"JA: Who is taking the water?\n\n" +
		"MH: Irrigation is by far the biggest user."}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	find := func(key string) *article.Quote {
		for i := range a.Quotes {
			if strings.Contains(a.Quotes[i].Text, key) {
				return &a.Quotes[i]
			}
		}
		return nil
	}
	for _, tc := range []struct{ name, key, speaker string }{
		{"an answer by initials", "biggest user", "Maren Holtvedt"},
		{"an answer by the full name", "all of the data", "Maren Holtvedt"},
		{"a report inside a question", "a cap would put orchards out of business", "Dale Fenwick"},
		{"a question is no quote", "Who is taking the water", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := find(tc.key)
			switch {
			case tc.speaker == "" && q != nil:
				t.Errorf("quote %q by %+v, want none", q.Text, q.Speaker)
			case tc.speaker != "" && q == nil:
				t.Errorf("no quote holds %q; quotes: %+v", tc.key, a.Quotes)
			case tc.speaker != "" && !seedgold.SpeakerMatches(tc.speaker, q.Speaker):
				t.Errorf("quote %q by %+v, want %s", q.Text, q.Speaker, tc.speaker)
			}
		})
	}
}

// TestQuoteKind checks direct, indirect and mixed: quotation marks make a
// quote direct unless reported speech carries them, and unmarked words are
// direct only in the speaker's own voice.
func TestQuoteKind(t *testing.T) {
	s := newStage(t)
	tests := []struct{ name, text, key, want, text2 string }{
		{"a quotation and its cue (guard)", "Title\nThe talks ended. “We will try again,” he said.", "We will try again", article.KindDirect, "We will try again"},
		{"a headline's words after a name's colon with a phrase in single marks", "Arteta: Saka injury \u2018not serious\u2019 ahead of derby\nMikel Arteta says Bukayo Saka has a minor knock and could be available for Sunday.", "ahead of derby", article.KindMixed, "Saka injury \u2018not serious\u2019 ahead of derby"},
		{"a headline's words after a name's colon, all quoted (guard)", "Starmer: \u2018We will fix the NHS\u2019\nThe Prime Minister made the pledge in a speech in Birmingham on Monday.", "fix the NHS", article.KindDirect, "We will fix the NHS"},
		{"a quotation after that", "Title\nThe talks ended. Ryabkov added that “the US attempt does not create the necessary atmosphere” for the talks.", "does not create", article.KindMixed, "“the US attempt does not create the necessary atmosphere” for the talks"},
		{"a whole quotation after that", "Title\nThe talks ended. Ryabkov said that “the Russian armed forces strictly observe the norms of international law”.", "strictly observe", article.KindMixed, "“the Russian armed forces strictly observe the norms of international law”"},
		{"a link before a quotation", "Title\nThe talks ended. Furthermore, “I lobbied for the Kremlin to accept the proposal,” Blinken said.", "I lobbied", article.KindDirect, "I lobbied for the Kremlin to accept the proposal"},
		{"unmarked words in the speaker's voice (guard)", "Title\nThe talks ended.\nWe will not give up the fight, said the spokesman.", "We will not give up", article.KindDirect, "We will not give up the fight"},
		{"unmarked reported words before an inverted cue", "Title\nThe bank is for sale. The lender has held early talks with private equity firms, said the people, who asked not to be identified.", "held early talks", article.KindIndirect, "The lender has held early talks with private equity firms"},
		{"a quoted clause before its object's words", "Title\nThe talks ended.\n“The world will not recognize the annexations” of Ukrainian territories to Russia said the US secretary of state in an interview.", "will not recognize", article.KindDirect, "The world will not recognize the annexations"},
		{"a quoted phrase before a clause (guard)", "Title\nThe talks ended.\n“A disaster” is what the plan would be for the region, the minister said.", "disaster", article.KindMixed, "“A disaster” is what the plan would be for the region"},
		{"reported speech (guard)", "Title\nThe talks ended. Lavrov said the talks had failed.", "talks had failed", article.KindIndirect, "the talks had failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := quoteWith(t, s, tt.text, tt.key)
			if q.Kind != tt.want || q.Text != tt.text2 {
				t.Errorf("quote %q kind %s, want %q %s", q.Text, q.Kind, tt.text2, tt.want)
			}
		})
	}
}

func TestContentSpan(t *testing.T) {
	s := newStage(t)
	tests := []struct{ name, text, speaker, want string }{
		{"put it and a colon: the words after the colon", "Title\nOne of his developers, Amina Yusuf, put it more simply: \u201cI\u2019m a better mum and a better programmer.\u201d", "Amina Yusuf", "I\u2019m a better mum and a better programmer."},
		{"a time as the subject of what was said", "Title\nThe head teacher wrote to parents.\n\nHe said Friday afternoons would be used for staff training and planning, and that pupils would be set online work.", "He", "Friday afternoons would be used for staff training and planning, and that pupils would be set online work"},
		{"a time after the verb is no subject (guard)", "Title\nThe vote is near.\n\nThe minister said Tuesday the Senate would vote soon.", "The minister", "the Senate would vote soon"},
		{"a participle's clause whose subject is it and an adverb", "Title\nAUSTIN, Texas (AP) — A federal judge on Friday blocked a Texas law, saying it likely violates the First Amendment.", "A federal judge", "it likely violates the First Amendment"},
		{"the speaker's next act after and ends what was said", "Title\nA new spider has been found.\n\nThe park's spider keeper, Emma Teni, said the discovery was \"incredibly exciting\" and urged the public to keep handing in spiders.", "Emma Teni", "the discovery was \"incredibly exciting\""},
		{"an act after and that the report goes on after is the report's (guard)", "Title\nThe row went on for months.\n\nMeghan said Kate gave her flowers and apologized, and that she forgave her.", "Meghan", "Kate gave her flowers and apologized, and that she forgave her"},
		{"the reporter's gloss after a spaced hyphen ends what was said", "Title\nRussia launched 188 drones overnight.\n\nThe air force said 76 drones had been shot down, while 95 others were \"lost\" - a reference to electronic warfare being used to redirect them.", "The air force", "76 drones had been shot down, while 95 others were \"lost\""},
		{"a report inside what the speaker said before the cue, an adjunct after it", "Title\nA man was arrested on Tuesday.\n\nOfficers were called to the complex around 6 p.m. after a woman reported that a man had threatened her with a gun, police said in a news release.", "police", "Officers were called to the complex around 6 p.m. after a woman reported that a man had threatened her with a gun"},
		{"a clause after the cue is what the speaker said, not the report before (guard)", "Title\nA man was arrested on Tuesday.\n\nThe woman reported that a man had threatened her, police said, and that officers found a gun in his car.", "police", "officers found a gun in his car"},
		{"about before a number is roughly, not a topic", "Title\nA storm hit the UK on Saturday.\n\nNational Grid said about 86,000 customers were without power on Saturday morning.", "National Grid", "about 86,000 customers were without power on Saturday morning"},
		{"what a court heard, without that, a name's past verb", "Title\nA man was jailed on Friday.\n\nThe court heard Hughes sent hundreds of threatening messages.", "The court", "Hughes sent hundreds of threatening messages"},
		{"what a jury heard, without that, a noun's verb", "Title\nA man was jailed on Friday.\n\nThe jury heard the victim was stabbed 14 times.", "The jury", "the victim was stabbed 14 times"},
		{"a clause without that whose verb follows an adverb, then and that", "Title\nAddressing a press conference here, Vaishnaw said the railways currently carry about 800 crore passengers a year and that the number was expected to rise.", "Vaishnaw", "the railways currently carry about 800 crore passengers a year and that the number was expected to rise"},
		{"a clause whose subject is a noun and its modifier after an addressee", "Title\nChief financial officer Brian Olsavsky told analysts capital expenditure would be higher next year.", "Chief financial officer Brian Olsavsky", "capital expenditure would be higher next year"},
		{"a clause whose subject has an appositive after an addressee", "Title\nPolice named the man on Sunday. NSW Police Commissioner Karen Webb told reporters the attacker, 40-year-old Joel Cauchi, had a history of mental illness.", "NSW Police Commissioner Karen Webb", "the attacker, 40-year-old Joel Cauchi, had a history of mental illness"},
		{"a warning not to with its addressee", "Title\nThe CFIA warned consumers not to eat, serve, use, sell or distribute the recalled products.", "The CFIA", "not to eat, serve, use, sell or distribute the recalled products"},
		{"a request not to after an addressee with its place", "Title\nThe advisory asked residents of the 14 villages not to return until engineers had inspected the slopes.", "The advisory", "not to return until engineers had inspected the slopes"},
		{"told an addressee to act", "Title\nJohn Smith told him to leave the building at once.", "John Smith", "to leave the building at once"},
		{"asked for a thing to be done is the request whole", "Title\nThe defence lawyer argued his client was no flight risk. He asked for bond to be lowered to $50,000.", "He", "for bond to be lowered to $50,000"},
		{"a group and who leads it after a quotation", "Title\nThe move “should help stabilize the market,” Jefferies analysts led by Philip Ng wrote.", "Jefferies analysts led by Philip Ng", "The move “should help stabilize the market,”"},
		{"a cue inside a sentence that quotes after it", "Title\nChuck Schumer spoke on the floor. Republicans, he said, had “finally come to their senses.”", "he", "Republicans, he said, had “finally come to their senses.”"},
		{"a noun after a nested verb's to is no promise to act (guard)", "Title\nRaye spoke on the red carpet. She adds that winning early took the pressure off, although she admits to nerves for her performance.", "She", "winning early took the pressure off"},
		{"a second verb with its auxiliary after and", "Title\nThe Russian minister has reiterated that Moscow \"has no intention of attacking Ukraine\" and has accused the West of \"hysteria\".", "The Russian minister", "Moscow \"has no intention of attacking Ukraine\""},
		{"a relative clause about the source after according to", "Title\nThe closure is a disaster, according to Jane Doe, who has lived in the village for 40 years.", "Jane Doe", "The closure is a disaster"},
		{"a quotation that was all someone said", "Title\nThe minister left the room. “I am sorry,” was all he said.", "he", "I am sorry"},
		{"a verb with a topic inside what was said", "Title\nLavrov also recalled that Russia had repeatedly warned about the consequences of NATO expansion.", "Lavrov", "Russia had repeatedly warned about the consequences of NATO expansion"},
		{"an opening with phrase ends at its comma", "Title\nWith the governor saying the state would reopen schools, parents began to plan for the fall.", "the governor", "the state would reopen schools"},
		{"an opening with phrase after an adverb", "Title\nStill, with officials promising to restock inventory and cancel scalper orders, it's worth checking the store pages now and then.", "officials", "to restock inventory and cancel scalper orders"},
		{"a closing with phrase runs to the end (guard)", "Title\nPrices rose again in May, with analysts saying the rise would slow, and fall, later in the year.", "analysts", "the rise would slow, and fall, later in the year"},
		{"a show's title in the scene before the speaker", "Title\nIn an interview with CNN's “State of the Union” on Sunday, Barrasso said he expected every Republican to oppose it.", "Barrasso", "he expected every Republican to oppose it"},
		{"a reporter's note on the event after the cue", "Title\nEU leaders agreed on Thursday to impose new sanctions on Iran, diplomats said, in a move that Tehran immediately condemned as \"illegal and provocative\".", "diplomats", "EU leaders agreed on Thursday to impose new sanctions on Iran"},
		{"a reporter's decision note after the cue", "Title\nThe company will cut 1,200 jobs, the chief executive said, a decision the union called \"a betrayal\".", "the chief executive", "The company will cut 1,200 jobs"},
		{"an appositive with a relative clause", "Title\nUkraine's defence ministry said 30 drones had been shot down overnight, a claim that could not be independently verified.", "Ukraine's defence ministry", "30 drones had been shot down overnight"},
		{"a conjunction opening the next clause", "Title\nDemocrats said the bill would hurt families, while Republicans argued it would cut waste.", "Democrats", "the bill would hurt families"},
		{"a time after the verb", "Title\nThe White House said on Monday it would veto the bill.", "The White House", "it would veto the bill"},
		{"the one warned before a colon and the words", "Title\nThe letter warns Mr Johnson: \u2018If we don't get this right, progress could be wiped out.\u2019", "The letter", "If we don't get this right, progress could be wiped out."},
		{"an appositive after a dash", "Title\nIsrael warned people in northern Gaza to move south or risk being targeted as militants — a declaration that rights groups said could amount to a war crime.", "Israel", "people in northern Gaza to move south or risk being targeted as militants"},
		{"while and the next report", "Title\nIn 2021, USDA reports showed that the orca was being underfed, while medical records showed her suffering from jaw injuries.", "USDA reports", "the orca was being underfed"},
		{"after an addressee that is a programme", "Title\nDeaths fell on Thursday. Dr Anthony Fauci told NBC News' Today show the final number of Americans who would die \"looks more like 60,000\".", "Dr Anthony Fauci", "the final number of Americans who would die \"looks more like 60,000\""},
		{"a gapped relative clause ends at its comma", "Title\nThe council met on Monday. The plan, which officials said would cost $5 billion, was approved.", "officials", "would cost $5 billion"},
		{"a gapped relative clause of two words", "Title\nThe council met on Monday. The drug, which the company says is safe, will go on sale in May.", "the company", "is safe"},
		{"a relative clause's subject after who", "Title\nThe council met on Monday. Police arrested a man who witnesses said was carrying a knife.", "witnesses", "was carrying a knife"},
		{"a relative clause without its pronoun", "Title\nSamsung unveiled a new phone on Wednesday, a device the company says will last \"at least five years of daily folding.\"", "the company", "will last \"at least five years of daily folding.\""},
		{"a participle phrase between commas inside what was said", "Title\nMistral released a model on Tuesday. The company said the model, called Mistral Large 3, was trained on less compute.", "The company", "the model, called Mistral Large 3, was trained on less compute"},
		{"a relative clause whose it says", "Title\nThe rivalry grows. Paris-based startup Mistral AI on Tuesday released a new model that it says outperforms GPT-5 on several benchmarks.", "it", "outperforms GPT-5 on several benchmarks"},
		{"added to inside what was said", "Title\nA study was published. The charity said the findings added to \"a growing body of evidence\" on the benefits of exercise.", "The charity", "the findings added to \"a growing body of evidence\" on the benefits of exercise"},
		{"claimed to with an infinitive (guard)", "Title\nRates rose. He claimed to have saved homeowners billions.", "He", "to have saved homeowners billions"},
		{"after the Today programme (guard)", "Title\nDeaths fell on Thursday. The minister told BBC Radio 4's Today programme the government would act within weeks.", "The minister", "the government would act within weeks"},
		{"and with a noun after it (guard)", "Title\nIn 2021, USDA reports showed that veterinarians were concerned that the orca was forced to perform in training and shows.", "USDA reports", "veterinarians were concerned that the orca was forced to perform in training and shows"},
		{"a writer's lead-in before a colon and a quotation", "Title\nHalf a century later, another politician had to defend his honor: “I am not a crook,” President Richard Nixon told a group of editors.", "President Richard Nixon", "I am not a crook"},
		{"it in a relative clause reports nothing (guard)", "Title\nMicrosoft President Brad Smith spoke on Monday. He added that Microsoft will also expand an internal fee that it has charged to its business groups.", "He", "Microsoft will also expand an internal fee that it has charged to its business groups"},
		{"it inside the content (guard)", "Title\nChi Onwurah, who is supporting the report, said it showed that precarious employment was not just an issue for gig workers.", "Chi Onwurah", "it showed that precarious employment was not just an issue for gig workers"},
		{"a paragraph wrapped at a fixed width", "Council approves new cycle lanes\n\nThe city council voted 7-2 on Tuesday to approve a network of\nprotected cycle lanes across the centre, ending a year of argument\nover how to make the city's streets safer for cyclists.\n\nCouncillor Amy Price, who proposed the scheme, said the lanes would\nmake our streets safer for everyone and that work would begin in\nApril at a cost of 4.2 million pounds.", "Councillor Amy Price", "the lanes would\nmake our streets safer for everyone and that work would begin in\nApril at a cost of 4.2 million pounds"},
		{"a reporting verb's noun right after said", "Title\nThe figures were published on Monday. Police said reports of thefts had risen by a third.", "Police", "reports of thefts had risen by a third"},
		{"a verb needing that inside what was said", "Title\nThe inquiry reported on Monday. The minister said the review found no evidence of wrongdoing.", "The minister", "the review found no evidence of wrongdoing"},
		{"a verb needing that after a later clause", "Title\nRae joined the group at 15. Rae said her brainwashing meant she found it hard to trust anyone for years.", "Rae", "her brainwashing meant she found it hard to trust anyone for years"},
		{"a verb with that inside what was said keeps its own report (guard)", "Title\nThe inquiry reported on Monday. The minister said the review found that no rules were broken.", "the review", "no rules were broken"},
		{"admitted a clause (guard)", "Title\nA man was jailed on Friday. Darren Hill admitted he had targeted elderly victims.", "Darren Hill", "he had targeted elderly victims"},
		{"announced a clause (guard)", "Title\nThe plan was delayed. The government announced the fund would open in May.", "The government", "the fund would open in May"},
		{"a day then the", "Title\nThe vote was delayed. Mitch McConnell said Tuesday the Senate would vote next week.", "Mitch McConnell", "the Senate would vote next week"},
		{"a quotation before as someone put it", "Title\nNeoliberalism rose. The neoliberal embrace of individualism and opposition to “the collective society,” as Margaret Thatcher put it, also had perverse consequences.", "Margaret Thatcher", "the collective society"},
		{"a topic with a quoted title before the speaker", "Title\nThe hearing lasted hours. Regarding the infamous “ten per cent for the big guy” email, the source said Hunter was not involved.", "the source", "Hunter was not involved"},
		{"demand right after said", "Title\nThe figures were published on Monday. The minister said demand for gas would fall next winter.", "The minister", "demand for gas would fall next winter"},
		{"content right after the verb owns no later that", "Title\nThe hospital became a football, with Israel saying Hamas built the facility to hide tunnels and the Indonesian government firing back that it built the hospital for Gaza.", "Israel", "Hamas built the facility to hide tunnels and the Indonesian government firing back that it built the hospital for Gaza"},
		{"that as a determiner after the content", "Title\nAdministration officials say they worry all that data is being used by the Chinese government.", "Administration officials", "they worry all that data is being used by the Chinese government"},
		{"an adverb before that (guard)", "Title\nBong Joon Ho said backstage that no-one could predict what might happen at the Oscars.", "Bong Joon Ho", "no-one could predict what might happen at the Oscars"},
		{"a quotation and its comma close the content (guard)", "Title\nThe airman set himself on fire. Mary Jones, while declaring he “will no longer be complicit in genocide,” critics alleged that Mossad had mocked him.", "Mary Jones", "he “will no longer be complicit in genocide,”"},
		{"reports showed", "Title\nIn 2021, for example, USDA reports showed that veterinarians were concerned that the orca was being underfed.", "USDA reports", "veterinarians were concerned that the orca was being underfed"},
		{"a semicolon closes the content", "Title\nKyiv said Russian forces had launched 40 drones overnight; Moscow did not comment.", "Kyiv", "Russian forces had launched 40 drones overnight"},
		{"a semicolon for a colon (guard)", "Title\nBong Joon Ho spoke backstage. Speaking through an interpreter he added; “It is true that the momentum is building.”", "he", "It is true that the momentum is building."},
		{"accused someone of something (guard)", "Title\nRyan Tucker, an attorney for the school, accused the principals association of trying to silence dissent.", "Ryan Tucker", "the principals association of trying to silence dissent"},
		{"according to someone, which first reported it", "Title\nAccording to the Wall Street Journal, which first reported the talks, the deal could be worth $10 billion.", "the Wall Street Journal", "the deal could be worth $10 billion"},
		{"a relative clause in the subject ends at its comma", "Title\nSmith, who told reporters on Monday that he would resign, left the building an hour later.", "Smith", "he would resign"},
		{"a relative clause at the end runs on (guard)", "Title\nThe record was disputed by another swimmer, Mona McLennan, who claimed that Gleitze had faked it and that she herself had done it, and faster.", "Mona McLennan", "Gleitze had faked it and that she herself had done it, and faster"},
		{"a clause after demanded with a subject pronoun (guard)", "Title\nActivist tech workers have demanded they stop supplying technology to oil companies.", "workers", "they stop supplying technology to oil companies"},
		{"a time and a comma after as someone reported", "Title\nThe network changed its rules. As The Intercept reported in January, the protocol has slowed down reporting on Gaza.", "The Intercept", "the protocol has slowed down reporting on Gaza"},
		{"a noun's that clause after demand (guard)", "Title\nChefs Jamie Oliver and Hugh Fearnley-Whittingstall demand assurances that chlorinated chicken will not be sold in British stores.", "Chefs Jamie Oliver and Hugh Fearnley-Whittingstall", "assurances that chlorinated chicken will not be sold in British stores"},
		{"a quotation after the writer's sentence", "Title\nRuPaul met us at home. The kitchenette held nothing but a row of boxes of Special K. “I brought this in,” he said.", "he", "I brought this in"},
		{"a semicolon before a quotation after added (guard)", "Title\nBong Joon Ho spoke backstage. Speaking through an interpreter he added; “It is true that the momentum is building.”", "he", "It is true that the momentum is building."},
		{"an adjunct before a colon and a quotation", "Title\nDetective Constable Amy Webb, of Avon and Somerset Police, said after the hearing: “Knife crime destroys lives.”", "Detective Constable Amy Webb", "Knife crime destroys lives."},
		{"of and a quotation after warns (guard)", "Title\nThe budget was cut. More broadly, the union warns of a “postcode lottery” in dental care.", "the union", "of a “postcode lottery” in dental care"},
		{"an addressee with a place before a colon and a quotation", "Title\nJo Hamilton told the crowd at the O2 Arena: “I want to thank everyone in the country.”", "Jo Hamilton", "I want to thank everyone in the country."},
		{"a wire dateline before what was said", "Title\nNew Delhi, Nov 12 (PTI) India and the US on Wednesday held talks on a trade agreement, officials said.", "officials", "India and the US on Wednesday held talks on a trade agreement"},
		{"an adverb of time and a comma after as someone noted", "Title\nThe talks begin on Friday. As the Russian minister noted earlier, Moscow is expecting written answers.", "the Russian minister", "Moscow is expecting written answers"},
		{"what records show after the one told is the speaker's claim", "Title\nMrs Dzifa Agbenyega-Mensah told the court the records showed that about 9.2 million cedis in deposits was moved.", "Mrs Dzifa Agbenyega-Mensah", "the records showed that about 9.2 million cedis in deposits was moved"},
		{"what figures show is the speaker's claim", "Title\nChancellor Jeremy Hunt said the figures showed the economy was “turning a corner”.", "Chancellor Jeremy Hunt", "the figures showed the economy was “turning a corner”"},
		{"a bare and before the next verb", "Title\nGovernor Eduardo Leite said the situation was “critical” and asked for federal help.", "Governor Eduardo Leite", "the situation was “critical”"},
		{"a report inside a subordinate clause of what was said", "Title\nSchwartz said in the podcast interview that, since the Times insisted on two sources, she asked Cohen for other names.", "Schwartz", "since the Times insisted on two sources, she asked Cohen for other names"},
		{"a noun before unnamed sources after a comma", "Title\nCorbett, after October 7, defended the policy in the face of pressure, newsroom sources said, but he lost.", "newsroom sources", "Corbett, after October 7, defended the policy in the face of pressure"},
		{"a scene before the speaker and an adjunct before the clause", "Title\nThe meetings were long. At some story meetings, Schwartz said on the Channel 12 podcast, editors with Middle East expertise were there to offer probing questions.", "Schwartz", "editors with Middle East expertise were there to offer probing questions"},
		{"an object after explained leaves the words before to the next cue", "Title\nSchwartz had no reporting experience. Her reporting partner Gettleman explained the basics to her, Schwartz said in a podcast interview on January 3, produced by Channel 12.", "Schwartz", "Her reporting partner Gettleman explained the basics to her"},
		{"a weekday after the verb", "Title\nMitch McConnell announced Wednesday he would step down as leader in November.", "Mitch McConnell", "he would step down as leader in November"},
		{"a second report after but", "Title\nSmith admitted that mistakes had been made but insisted the policy was right.", "Smith", "mistakes had been made"},
		{"what a second verb after but reports", "Title\nThe minister said the plan was sound but added that it needed more money.", "The minister", "the plan was sound"},
		{"what unnamed media said ends before citing its source", "Title\nLocal media said at least three people were injured, citing hospital officials.", "hospital officials", "at least three people were injured"},
		{"a statement after the words quoted about an object is the scene", "Title\nGovernor Lena Ortiz declared a state of emergency on Monday, calling the damage “widespread and severe” in a statement.", "Governor Lena Ortiz", "the damage “widespread and severe”"},
		{"a rally and a day after the words quoted about an object are the scene", "Title\nThe union called the offer “insulting” at a rally on Saturday.", "The union", "the offer “insulting”"},
		{"a document's report inside what an unnamed source qualified by what it knows said", "Title\nThe study was small. Experts not involved in the research said the figures showed only an association.", "Experts not involved in the research", "the figures showed only an association"},
		{"a place after the words quoted about an object is part of them (guard)", "Title\nVice-chancellors reacted with fury to threats by the education secretary, Gavin Williamson, to dock their bonuses because of what he called the Covid “crisis” in universities.", "he", "the Covid “crisis” in universities"},
		{"a medium and a clause with no comma after the verb", "Title\nOil rose. Analysts at Goldman Sachs said in a note they expected Brent to average $80 a barrel next year.", "Analysts at Goldman Sachs", "they expected Brent to average $80 a barrel next year"},
		{"a wire dateline before according to", "Title\nWASHINGTON (AP) — The administration is weighing new sanctions on Iran's oil exports, according to two U.S. officials.", "two U.S. officials", "The administration is weighing new sanctions on Iran's oil exports"},
		{"a report that is another report as a whole", "Title\nThe crash happened on Monday. John Smith, 54, said that doctors told him he had cancer.", "John Smith", "doctors told him he had cancer"},
		{"one report's speaker before another's verb opens what he said", "Title\nThe letter was long. In Pryor's letter, he said Justice Thomas had assured him that Clanton “was a victim of a pernicious attempt”.", "he", "Justice Thomas had assured him that Clanton “was a victim of a pernicious attempt”"},
		{"a report that is another report with no that", "Title\nJohn Smith was tired. He said his doctor told him to rest for a month.", "He", "his doctor told him to rest for a month"},
		{"a report that is another with a document's verb", "Title\nThe inquiry reported on Monday. The minister said the review found that no rules were broken.", "The minister", "the review found that no rules were broken"},
		{"a gapped relative clause of two words after a number", "Title\nAn airstrike killed 28 people the ministry said were civilians.", "the ministry", "were civilians"},
		{"a gapped relative clause ends at a comma", "Title\nAn airstrike killed 28 people the health ministry said were civilians, and wounded dozens more.", "the health ministry", "were civilians"},
		{"a relative clause ends before the main verb", "Title\nThe man who police said was armed fled on foot.", "police", "was armed"},
		{"a relative clause's report inside another report (guard)", "Title\nThe strikes went on. It hit three schools the army said were bases, officials said.", "officials", "It hit three schools the army said were bases"},
		{"warned an addressee that", "Title\nThe minister warned MPs that the plan would fail without more money.", "The minister", "the plan would fail without more money"},
		{"warned an addressee without that", "Title\nFloods closed roads. Police warned residents in low-lying areas they should stay indoors until the water receded.", "Police", "they should stay indoors until the water receded"},
		{"cautioned an addressee without that, a noun the clause's subject", "Title\nThe markets fell. The central bank cautioned investors the rate cut would not come soon.", "The central bank", "the rate cut would not come soon"},
		{"a call on a body with its short form in brackets", "Title\nThe vote was close. The MP called on the Minerals Commission (Mincom) to publish the list of all licensed miners.", "The MP", "to publish the list of all licensed miners"},
		{"said on a day that, then a participle before the clause's noun", "Title\nThe strike goes on. The council said on Sunday that delayed payments had affected 31 of the 47 counties.", "The council", "delayed payments had affected 31 of the 47 counties"},
		{"a relative clause after a call to act is the call's", "Title\nAn official review by Lord Walney, the adviser on political violence, calls on ministers to tackle the threat posed by groups that have allied with extremists.", "An official review by Lord Walney", "to tackle the threat posed by groups that have allied with extremists"},
		{"a report before a participle's call to act (guard)", "Title\nThe count went on. Onoja said the APC candidate had won in 15 of the 21 areas, urging supporters to remain calm and law-abiding.", "Onoja", "the APC candidate had won in 15 of the 21 areas"},
		{"a short call to act before a participle's report", "Title\nThe count went on. The Situation Room urged the security agencies to remain neutral, warning that partisanship could undermine confidence.", "The Situation Room", "to remain neutral"},
		{"wrote on a platform, then a clause without that", "Title\nThe strike began. Transport Secretary Helen Marchant wrote on X the strikes were \"completely unnecessary\" and an insult to passengers.", "Transport Secretary Helen Marchant", "the strikes were \"completely unnecessary\" and an insult to passengers"},
		{"an appositive with a participle before and that", "Title\nThe village was cut off. Quispe said the city had survived on rice, freeze-dried potatoes stored from the harvest, and that a plane had dropped food on Friday.", "Quispe", "the city had survived on rice, freeze-dried potatoes stored from the harvest, and that a plane had dropped food on Friday"},
		{"said in a statement, then a clause without that", "Title\nThe vote passed. The council said in a statement the committee had ignored farmers.", "The council", "the committee had ignored farmers"},
		{"an addressee with a phrase before a call to act", "Title\nWards are full. The HSE urged people with minor illnesses to contact their GP or pharmacist first.", "The HSE", "to contact their GP or pharmacist first"},
		{"it said, and added: what was added is apart", "Title\nThe Ministry of Energy issued a notice on Monday.\n\nIt said the shortage would end by Friday, and added that depots had been restocked.", "It", "the shortage would end by Friday"},
		{"a relative's report after the content is apart", "Title\nKathryn Barger is running for the seat. Barger said Holden has Trump donors, too, which he denies.", "Barger", "Holden has Trump donors, too"},
		{"warned without an addressee (guard)", "Title\nThe markets fell. The central bank warned the economy would shrink this year.", "The central bank", "the economy would shrink this year"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Text: tc.text}
			if err := s.Process(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			for _, q := range a.Quotes {
				if q.Speaker != nil && strings.EqualFold(q.Speaker.Mention, tc.speaker) {
					if q.Text != tc.want {
						t.Errorf("quote %q, want %q", q.Text, tc.want)
					}
					return
				}
			}
			t.Errorf("no quote by %q: %+v", tc.speaker, a.Quotes)
		})
	}
}

// TestDirectQuoteBeforeAnApposition: the description a name is in
// apposition to after a quotation is not what was said.
func TestDirectQuoteBeforeAnApposition(t *testing.T) {
	s := newStage(t)
	a := processText(t, s, "Title\n“We want peace,” the Iranian foreign minister, Hossein Amir-Abdollahian, said.")
	if len(a.Quotes) != 1 || a.Quotes[0].Text != "We want peace" || a.Quotes[0].Kind != article.KindDirect {
		t.Errorf("quotes %+v, want the direct quotation alone", a.Quotes)
	}
	// Nor is the place of the saying before a quotation.
	a = processText(t, s, "Title\nAbbe Lowell cast doubt on that, saying in a statement, “There is nothing left to ask.”")
	if len(a.Quotes) != 1 || a.Quotes[0].Text != "There is nothing left to ask." || a.Quotes[0].Kind != article.KindDirect {
		t.Errorf("quotes %+v, want the direct quotation alone", a.Quotes)
	}
}

// TestNameParticles: lower-case particles inside a name ("von der", "van",
// "ten", "de") are part of it; without them "said Ursula von der Leyen"
// found no quote at all.
func TestNameParticles(t *testing.T) {
	s := newStage(t)
	tests := []struct{ text, key, speaker string }{
		{"Title\n“Europe is ready,” said Ursula von der Leyen.", "Europe is ready", "Ursula von der Leyen"},
		{"Title\n“We played well,” said coach Erik ten Hag.", "We played well", "Erik ten Hag"},
		{"Title\nCharles de Gaulle said France would never give up.", "France would never give up", "Charles de Gaulle"},
		{"Title\n“We played well,” said Virgil van Dijk.", "We played well", "Virgil van Dijk"},
		{"Title\nUrsula von der Leyen spoke first. Later, von der Leyen added that sanctions were ready.", "sanctions were ready", "Ursula von der Leyen"},
	}
	for _, tc := range tests {
		t.Run(tc.speaker, func(t *testing.T) {
			wantSpeaker(t, s, tc.text, tc.key, tc.speaker)
		})
	}
}

// wantSpeaker checks that the quotation key of text has exactly the
// speaker name (SpeakerMatches in TestAttribution accepts a surname).
func wantSpeaker(t *testing.T, s *Stage, text, key, speaker string) {
	t.Helper()
	a := processText(t, s, text)
	for _, q := range a.Quotes {
		if q.Text == key {
			if q.Speaker == nil || q.Speaker.Name != speaker {
				t.Errorf("quote %q: speaker %+v, want %q", q.Text, q.Speaker, speaker)
			}
			return
		}
	}
	t.Errorf("no quote %q: %+v", key, a.Quotes)
}

// processText runs the stage on an article of text.
func processText(t *testing.T, s *Stage, text string) *article.Article {
	t.Helper()
	a := &article.Article{Text: text}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	return a
}

// TestSpeakerByRoleAndPlace: a role with its place is the speaker, not the
// place ("the senator from Ohio" had been a person called Ohio). The names
// are compared exactly: SpeakerMatches accepts a surname.
func TestSpeakerByRoleAndPlace(t *testing.T) {
	s := newStage(t)
	tests := []struct{ name, text, key, speaker string }{
		{"after a quotation", "Title\n“We will win this fight,” the senator from Ohio said.", "We will win this fight", "the senator from Ohio"},
		{"a caption that reads", "Title\nThe princess shared a new photograph.\n\"Thank you for your kind wishes,\" the caption read.", "Thank you for your kind wishes", "the caption"},
		{"a study with adjectives before it", "Title\nEating ultra-processed food is linked to early death, a major new study suggests.", "Eating ultra-processed food is linked to early death", "a major new study"},
		{"research as a document", "Title\nEating ultra-processed food is linked to early death, new research suggests.", "Eating ultra-processed food is linked to early death", "new research"},
		{"they after a group of researchers opening the sentence before", "Title\nResearchers at Harvard University followed 100,000 adults for 30 years. They found that those who ate the most ultra-processed food had a higher risk of death.", "those who ate the most ultra-processed food had a higher risk of death", "Researchers at Harvard University"},
		{"a relative's that is no part of the speaker", "Title\nThe government announced a plan that officials said would cut waiting lists by half.", "would cut waiting lists by half", "officials"},
		{"as the subject", "Title\nThe governor of Texas said the border was closed.", "the border was closed", "The governor of Texas"},
		{"an unnamed source at a place", "Title\nA nurse at the hospital said the ward was full.", "the ward was full", "A nurse at the hospital"},
		{"documents show", "Title\nCourt documents show that the company paid the former executive $2 million.", "the company paid the former executive $2 million", "Court documents"},
		{"a poll shows", "Title\nThe Berkeley IGS poll shows Biden leading Trump by 18 points statewide.", "Biden leading Trump by 18 points statewide", "The Berkeley IGS poll"},
		{"another person's sentence", "Title\n“We are not going anywhere,” the mayor said. Ciara Thompson thinks she has no hope – “I'm up against Kylie Minogue and Dua Lipa” – but she is still going.", "I'm up against Kylie Minogue and Dua Lipa", "Ciara Thompson"},
		{"the last speaker goes on", "Title\n“We are not going anywhere,” the mayor said.\n\n“The city has a plan and we will follow it to the end.”", "The city has a plan and we will follow it to the end.", "the mayor"},
		{"data showed", "Title\nData from the statistics office showed that house prices rose 2% in the year to March.", "house prices rose 2% in the year to March", "Data from the statistics office"},
		{"the First Minister", "Title\nThe council met on Monday.\n\"It's a great day for Scotland,\" the First Minister said.", "It's a great day for Scotland", "the First Minister"},
		{"an MP written in capitals (guard)", "Title\n“Nobody saw this coming,” said one senior Conservative MP.", "Nobody saw this coming", "one senior Conservative MP"},
		{"the mother of two with no one named (guard)", "Title\nThe school closed on Friday.\n“I'm devastated and angry,” the mother of two told the BBC.", "I'm devastated and angry", "the mother of two"},
		{"an aide to someone", "Title\nAn aide to the senator said she would vote against the bill.", "she would vote against the bill", "An aide to the senator"},
		{"a relative after a quotation, described by whose they are", "Title\n“We just want answers,” the father of the victim told reporters.", "We just want answers", "the father of the victim"},
		{"a relative of one of several", "Title\n“We just want answers,” the father of one of the victims told reporters outside the courthouse.", "We just want answers", "the father of one of the victims"},
		{"a relative of one of several as the subject", "Title\nThe father of one of the victims said the family wanted answers.", "the family wanted answers", "The father of one of the victims"},
		{"a relative described by whose they are", "Title\nThe mother of the victim said her son was a kind boy.", "her son was a kind boy", "The mother of the victim"},
		{"to inside a body's name (guard)", "Title\nThe wigs matter, according to Coils to Locs founder Dianne Austin.", "The wigs matter", "Dianne Austin"},
		{"a clause before a description and a name", "Title\nInflation will fall below 3% by the summer, the Bank of England's governor, Andrew Bailey, said on Thursday.", "Inflation will fall below 3% by the summer", "Andrew Bailey"},
		{"a first name of the wider list", "Title\nGovernor Jay Inslee named Raquel Smith to the court in December.\n\nA reporter asked Smith, “What is the problem?”\n\n“The biggest hurdle is getting people to understand,” she replied.", "The biggest hurdle is getting people to understand", "Raquel Smith"},
		{"a first name used for both", "Title\nThe board met Alex Barrios in March.\n\nIn the evening, the priorities would reverse, Mr. Barrios said.", "In the evening, the priorities would reverse", "Alex Barrios"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantSpeaker(t, s, tc.text, tc.key, tc.speaker)
		})
	}
}

// TestNotAttributed: reporting-verb forms that report no speech, and
// capitalised words that name no speaker, give no quote.
func TestNotAttributed(t *testing.T) {
	s := newStage(t)
	tests := []struct{ name, text, key string }{
		{"a participle's call to act after a report is its own (guard)", "Title\nThe count went on. Onoja said the APC candidate had won in 15 of the 21 areas, urging supporters to remain calm and law-abiding.", "the 21 areas, urging"},
		{"accepted an award after a quoted title reports nothing", "Title\nThe prizes were handed out. Moments earlier, \u201cFleabag\u201d creator Phoebe Waller-Bridge accepted the best television comedy actress statuette.", "Moments earlier"},
		{"wrote on a board what is no clause (guard)", "Title\nTraining went on. He wrote on the board the numbers of every player.", "the numbers of every player"},
		{"recalls someone who spoke is no report (guard)", "Title\nStephen Grosz is a psychoanalyst. He recalls one patient who spoke about her sadness at the prospect of her children living on without her \u2013 which made Grosz consider his own mortality.", "one patient who spoke about her sadness"},
		{"a headline's charged after a semicolon reports nothing", "Family mourns student killed in Pflugerville crash; driver charged\n\nA teenager died on Saturday.", "Family mourns student"},
		{"a quoted term between a determiner and its noun (guard)", "Title\nKenanga Research was more cautious. It kept its \u201cmarket perform\u201d rating, noting that wage rises could shave 3% off earnings.", "market perform"},
		{"informs an addressee reports nothing by it (guard)", "Title\nThe council voted on Monday to close the library, informs residents the mayor.", "voted on Monday to close the library"},
		{"submitted a report is no report of what it says (guard)", "Title\nThe committee submitted its report to the minister on Friday after months of hearings.", "its report to the minister"},
		{"held that seat is no ruling (guard)", "Title\nThe party has held that seat since 1997, when the court held its first sitting.", "seat since 1997"},
		{"a tagline is no quote", "Title\nHalo Cams, the startup behind the cameras, said on Thursday that an attacker gained access to video clips.\n\nIt is an embarrassing admission for a company whose marketing tagline is \u201cPrivacy you can see,\u201d and which has spent years on privacy.", "Privacy you can see"},
		{"another group named after while is no speaker (guard)", "Title\nA Facebook group called 'We support Anders' has some 85,000 members, while another called 'Anders Fan Club' has more than 29,000 members.", "Fan Club"},
		{"the main clause after an object relative's report is no part of it", "Title\nOn her social media feed, which the Times has since said it is reviewing, Schwartz liked a tweet saying that Israel needed to act.", "Schwartz liked"},
		{"a participle after an object relative's report is not the relative's speaker's", "Title\nOn her social media feed, which the Times has since said it is reviewing, Schwartz liked a tweet saying that Israel needed to \u201cturn the strip into a slaughterhouse.\u201d", "slaughterhouse"},
		{"asked to do something with no addressee is no request (guard)", "Title\nThe customer was angry. He asked to speak to the manager about the refund.", "speak to the manager"},
		{"called on someone is no call to act (guard)", "Title\nThe governor chose a new judge on Monday. He called on her \u201cbecause she\u2019s the best for the job\u201d.", "best for the job"},
		{"disclosed this reports the sentence before, not this", "Title\nThe command has arrested three suspected members of a kidnapping syndicate.\n\nThe spokesperson, SP Adebayo Ogunleye, disclosed this in a statement made available to journalists on Sunday.", "made available to journalists"},
		{"a document's noun that is a preposition's object", "Title\nStunnel is not quite as fun to set up, especially since the documentation on the stunnel page still shows a lot of examples using the old syntax.", "a lot of examples"},
		{"a storm's name before a headline's colon is no speaker", "Storm Darragh: Thousands without power as 90mph winds hit\nTens of thousands of homes are without power after Storm Darragh brought winds of up to 93mph to parts of the UK.", "Thousands without power"},
		{"an apostrophe left open before a paragraph a quotation opens (guard)", "Title\nJohn Smith said he was happy.\n\nHe grew up in the \u201890s when the town was booming and everyone worked.\n\n\u2018It was a good time,\u2019 he said.", "90s when the town"},
		{"a subject before an aside in dashes is not what a name after the verb said", "Title\nThe letter \u2013 an edited version of which is reproduced above \u2013 warns Mr Johnson: \u2018If we don't get this right, progress could be wiped out.\u2019", "an edited version"},
		{"a plural noun after a country's adjective is no reporting verb", "Title\nRepresentatives of the so-called \u201clike-minded group\u201d, which includes several Gulf states, have argued that the treaty should focus on waste management.", "like-minded group"},
		{"a paper's title after titled and a colon", "Printers\n\n\u201cOur software is like that person,\u201d Okwudire said.\n\nThe journal Mechatronics recently published the lab\u2019s findings in a paper titled: \u201cA limited-preview filtered B-spline approach to tracking control.\u201d", "B-spline"},
		{"a book's title in sentence case after an object and called", "Printers\n\n\u201cOur software is like that person,\u201d Okwudire said.\n\nShe wrote a book called: \u201cMy life in pictures.\u201d", "My life in pictures"},
		{"a trader's noun and a name in quotation marks after called", "Title\nThe court ruled on Thursday.\n\nBolger had bought a laptop battery on Amazon from a seller called \"E-Life,\" the working name for Hong Kong battery seller Lenoge Technology.", "E-Life"},
		{"a quotation after another's report the reader cannot resolve is not the last speaker's", "Title\nA hunter was shot on Thursday.\n\nRelatives said that he knew the two men and, according to information received by this newspaper, the trappers alleged that he had asked them to help him fetch \u201cwild meat\u201d.", "wild meat"},
		{"what a court heard, an object (guard)", "Title\nA man was jailed on Friday.\n\nThe court heard evidence from three witnesses.", "evidence from three witnesses"},
		{"what a court heard, an object and its participle (guard)", "Title\nA man was jailed on Friday.\n\nThe court heard a recording made by the victim.", "a recording made by the victim"},
		{"a plea after a name, an age and an address", "Title\nA man has been jailed for six years.\n\nDaniel Hughes, 34, of Station Road, Wrexham, admitted controlling and coercive behaviour and stalking at Mold Crown Court.", "Daniel Hughes"},
		{"a title in quotation marks before was (guard)", "Title\nThe song “Let It Be” was a hit in 1970 and its message was clear.", "Let It Be"},
		{"participle after an opening clause, no quotation (guard)", "Title\nAs part of the plan, Macy's will upgrade its stores, while adding more visual displays like mannequins.", "more visual displays"},
		{"an addressee's appositive before an infinitive is no clause (guard)", "Title\nPolice named the man on Sunday. The commissioner told the officer, a 20-year veteran, to stand down.", "to stand down"},
		{"a relative clause's reaction before but (guard)", "Title\nThe poll closed on Tuesday. Voters who backed Haley but said they would not vote for Trump were split.", "would not vote"},
		{"labels that name no one are no transcript (guard)", "Title\nThe minister spoke on Monday.\nFact Check: The claim that homes are not being built is false.\nBreaking News: Councils will be told to plan for more homes.\nLive Updates: The minister will speak again on Tuesday.", "Councils will be told"},
		{"a confirmation of the news is no report", "Title\nThe singer split from her husband on Sunday. A representative for Larkin confirmed the news to reporters.", "the news"},
		{"an acknowledged error is no report", "Title\nThe figures were wrong. The firm acknowledged the error in a statement on Monday.", "the error"},
		{"disclosed figures are no report", "Title\nProfits rose. The company disclosed the figures on Monday.", "the figures"},
		{"a denial of a charge is no report", "Title\nDarren Hollis admitted wounding with intent at an earlier hearing but denied attempted murder, which the prosecution later dropped.", "attempted murder"},
		{"a denial of the charges is no report", "Title\nHe denied the charges, which carry a maximum sentence of life.", "the charges"},
		{"a possessive after the verb is what was said, not who said it", "Title\nThe free-market Institute for Economic Affairs (IEA), a think-tank influential among right-leaning Tory MPs, said the UK's “stagnating” economy was a “disaster” for living standards.", "The free-market Institute"},
		{"people accused of a crime accuse no one", "Title\nWhen young people accused of a crime do have contact with the department, they will now face a system that respects their rights.", "respects their rights"},
		{"a call for something is a demand, no claim", "Title\nHis report calls for all party leaders to instruct their MPs not to engage with any organisation that seeks to intimidate MPs.", "seeks to intimidate"},
		{"a general rule is no ruling (guard)", "Title\nAs a general rule, I will try to get the exclusive memory of an object.", "exclusive memory"},
		{"a scare quote before a noun and a colon verb", "Title\nAirAsia's path will mirror that of Grab, a “super app” firm which began trading on the Nasdaq in 2021.", "AirAsia's path"},
		{"a common word opening a sentence is no speaker", "Title\nNeuroscience tells us that most of the work done by our brains happens on an unconscious level.", "most of the work"},
		{"a verb after but in a relative clause of no report reports nothing (guard)", "Title\nIn South Carolina last week, the number of primary voters who backed Nikki Haley but said they would never vote for Trump is perceived to represent the margin of defeat.", "would never vote"},
		{"social media are no outlet (guard)", "Title\nIt was a year when social media added nearly a million new users every day.", "nearly a million"},
		{"a relative clause on what was found is not what was found", "Title\nStruggling with bills? A local father has found a loophole that banks don't want you to know about.", "banks don't want"},
		{"words quoted in an opening while clause are not the next speaker's", "Title\nThe approval faced opposition. While some equated “affordable housing” with a rise in crime, residents said they simply did not want taller buildings.", "affordable housing"},
		{"words quoted in the reporter's note are not the speaker's", "Title\nThe company will cut 1,200 jobs, the chief executive said, a decision the union called \"a betrayal\".", "a betrayal"},
		{"a time after the verb", "Title\nThe company asked for a stay, a request that another judge denied late on Wednesday.", "late on Wednesday"},
		{"a dash before a name that a sentence goes on from (guard)", "Title\nThe banner said nothing new. Above it hung “Back to work now” — Tom Smith disagreed with it.", "Back to work now"},
		{"a byline after a quotation that closes a sentence (guard)", "Title\nA natural response may be confusion, but, as the artist herself tells us, “Confusing yourself is a way to stay honest.”—Jackson Arn", "Confusing yourself is a way"},
		{"a place dateline with a colon is no part of the quote", "Title\nGUWAHATI: The death toll rose to 41 on Tuesday, officials said.", "GUWAHATI"},
		{"a fraction opening a sentence is no speaker (guard)", "Title\nA third said they would vote Labour, the survey found.", "the survey found"},
		{"others' view after while is not the speaker's", "Title\nDan Ives of Wedbush Securities called the launch \"a defining moment\", while others questioned whether the AI features would persuade customers.", "others questioned"},
		{"a relative's that is no part of the content before it (guard)", "Title\nThe government announced a plan that officials said would cut waiting lists by half.", "a plan that"},
		{"a clause after the cue's comma is the reporter's", "Title\nThe number of deaths rose to 47, officials said, as rescuers searched for survivors.", "rescuers searched for survivors"},
		{"a headline's kicker is no part of the quote", "Russia: Liz Truss was repeating ‘slogans’ says Andrey Kelin\nThe council met on Monday to discuss the budget for the coming year.", "Russia: Liz"},
		{"a participle's scene before the speaker", "Title\nSpeaking in London, the minister said protein matters.", "Speaking in London"},
		{"the verb's own object", "Title\nTo answer this question, the scientists asked five people to perform a simple task.", "To answer this question"},
		{"called for “…” (guard)", "Title\nThe union called for “urgent talks with the government”.", "urgent talks"},
		{"a quotation before a semicolon and another speaker's cue", "Title\nThe writers talk about one another: Harry Allen riffs on Greg Tate’s “rabidly combinatorial” critical voice; Paul Berman describes the critic as “a brilliant stylist in a certain limited way.”", "rabidly combinatorial"},
		{"testified before a committee", "Title\nHunter Biden testified before two House committees behind closed doors today.", "two House committees"},
		{"an adjunct after the verb leaves what precedes no content (guard)", "Title\nHunter Biden's testimony comes after his uncle, President Biden's younger brother James Biden, testified last week as part of the impeachment inquiry.", "Hunter Biden's testimony"},
		{"a video shows", "Title\nThe video shows the officer pushing a protester to the ground.", "the officer pushing"},
		{"a person showed", "Title\nSmith showed reporters the letter he had received from the ministry.", "the letter he had"},
		{"as he calls them", "Title\nLeech has brought it all back home. It's a striking contrast to his work with “the Losties”, as he calls them, shorn of the duo's harmonies.", "striking contrast"},
		{"an interview's answer when no one is named (guard)", "Title\nWe spoke to a reader about housing.\nQ: What would you change first?\nA: Housing. It is the issue I hear about on every doorstep.", "every doorstep"},
		{"an interview's answer when two are named as often (guard)", "Title\nSadiq Khan met Rishi Sunak last week.\nQ: What would you change first?\nA: Housing. It is the issue I hear about on every doorstep.", "every doorstep"},
		{"an answer line before any question (guard)", "Title\nSadiq Khan has been mayor since 2016.\nA: Housing is the issue I hear about on every doorstep.", "every doorstep"},
		{"admitted an object", "Title\nA man was jailed on Friday. Darren Hill, 34, of Armley, admitted 12 offences at Leeds Crown Court.", "12 offences"},
		{"announced an object", "Title\nThe government has announced a £500m fund for flood defences in the north.", "£500m fund"},
		{"blamed an object", "Title\nShares fell 12% on Thursday. Chief executive Maria Lopez blamed weak demand in China.", "weak demand"},
		{"put it without as", "Title\nThe shares fell. He put it on the table and left the room.", "on the table"},
		{"declared an object", "Title\nThe seat fell vacant. Rep. Esteban Torres (D-Calif.) declared his retirement three days before the deadline.", "his retirement"},
		{"as described in", "Title\nPrivacy rules changed. PII, as described in US privacy law and information security, is information that can be used on its own to identify a person.", "can be used on its own"},
		{"emphasizes an object", "Title\nThe year was the hottest on record. Richard Allan, a climate scientist, emphasizes the need for rapid cuts in emissions.", "the need for rapid cuts"},
		{"going to say is no report", "Title\nThe minister spoke first. He is going to say that the plan will work.", "the plan will work"},
		{"many voters in a poll (guard)", "Title\nThe poll was taken last week. More than twice as many voters said that Biden's policies had hurt them than those who said they had helped.", "policies had hurt them"},
		{"no one said (guard)", "Title\nTeachers were angry. No one said the plan would work.", "the plan would work"},
		{"a plural noun before an irregular past", "Title\nThe bank stood to garner the largest share of the aid. Published estimates put this share as high as 40 percent.", "this share as high"},
		{"a scene-setting adverbial before the speaker", "Title\nYossi Cohen spoke to reporters. At an appearance on CNN on January 4, he described seeing one rape.", "At an appearance"},
		{"who claims to be", "Title\nThe school forfeited the game to avoid playing against a boy who claims to be a girl in a state playoff game last year.", "to be a girl"},
		{"a headline's opening quotation with no person after the colon (guard)", "‘Historic day’: what the deal means for families\nThe deal was signed on Monday by both governments after two years of talks.", "Historic day"},
		{"member states (guard)", "Title\nThe law had a rough ride, and a watered-down version will go to a final vote by the EU member states, where it is expected to survive.", "expected to survive"},
		{"a participle with an object and no clause (guard)", "Title\nThe child shifted slightly, and her eyes opened, revealing the same silver colour as her mother's.", "the same silver colour"},
		{"a verb with a reflexive pronoun", "Title\nIn November 2023, former president Donald Trump finds himself mired in criminal cases that include charges of interfering with the election.", "include charges"},
		{"a first name alone before a headline's colon", "Arsenal 3-1 Chelsea: Saka double sends Gunners top\nBukayo Saka scored twice as Arsenal beat Chelsea on Sunday.", "Saka double"},
		{"a finite verb after the verb is no content", "Title\nThe daily rise in deaths announced in New York state on Friday was 777, down from 799.", "777"},
		{"it in the present tense is a thing (guard)", "Title\nYour body fat percentage matters. Specifically, it tells you the percent of your total body weight that is fat.", "is fat"},
		{"an object after added and an adverbial clause", "Title\nThe England winger opened the scoring after 12 minutes and added a second early in the second half, before Ollie Watkins pulled one back.", "a second early"},
		{"an object after demanded and an adverbial clause", "Title\nResidents of a village in Kent have demanded answers after raw sewage spilled into a local stream for three days.", "answers after"},
		{"a subordinate clause before a verb with words after it (guard)", "Title\nThe paper defended the story. After this story was published, Schwartz, who did not respond to a request for comment, tweeted to thank the paper.", "After this story"},
		{"a quotation whose cue's speaker is not understood is not the last speaker's", "Title\nAccording to some studies, people who drink three cups a day live longer.\n“Coffee is one of the healthiest things you can drink,” says someone at the gym.", "healthiest things"},
		{"warns of a topic", "Title\nCDC warns of rising measles cases\nMeasles cases are rising across the country this spring.", "rising measles"},
		{"someone heard that (guard)", "Title\nThe school was old. She heard that the school would close in the summer.", "would close"},
		{"a label in capitals is no speaker", "Title\nThe post spread widely.\nTHE FACTS: After the airman set himself on fire, while declaring he “will no longer be complicit,” users alleged that the agency had mocked him.", "will no longer"},
		{"insisted on a thing", "Title\nThe editors met on Monday. The Times insisted on at least two sources for every claim.", "at least two sources"},
		{"a scene before a verb with an object", "Title\nRuPaul was tired. At one point, while we were talking, RuPaul mentioned his name, smiled, and then started to cry.", "while we were talking"},
		{"claimed to have and nothing more", "Title\nA veteran of the special forces, Cohen did multiple interviews about a rape he claimed to have witnessed.", "to have witnessed"},
		{"a passive participle before by", "Title\nMicrosoft set a goal. It was not immediately clear if the figures reported by the companies were exactly comparable.", "were exactly comparable"},
		{"reply and an adjunct", "Title\nThe paper asked Mr Malone five questions with the stipulation that he reply in around 100 words each time.", "100 words"},
		{"another with no one before (guard)", "Title\nThe campaign lost. Another said staff had stopped attending morning meetings.", "staff had stopped"},
		{"a request for anonymity", "Title\nWaiting lists grew. Janet, 67, from Leeds, who asked that her surname not be used, said she had been waiting 14 months.", "surname"},
		{"claimed victory", "Title\nThe council met on Monday. Jones claimed victory in the race on Sunday.", "victory"},
		{"claimed responsibility", "Title\nThe council met on Monday. The group claimed responsibility for the attack.", "responsibility"},
		{"claimed an amount in expenses", "Title\nThe council met on Monday. Dunmore claimed £14,000 in expenses for a second home she rented to her brother.", "expenses"},
		{"announced an amount in aid", "Title\nThe council met on Monday. The president announced $5 billion in aid that would be sent within weeks.", "in aid"},
		{"a hyphenated adjective in -ed is no verb", "Title\nThere are places in the standard library where Python insists on using the Unicode-backed str type.", "Unicode-backed"},
		{"tally after added", "Title\nNakyel Shelton added 12 points and five assists. Lamar Wright added 15 points for the visitors.", "points"},
		{"possessive noun", "Title\nThe foreign minister later clarified Macron’s comments about military intervention in the region.", "clarified"},
		{"noun at sentence end", "Title\nThe account is not affiliated with the agency and has made false claims about the Jewish state. It posts daily.", "not affiliated"},
		{"question put to the speaker", "Title\nAsked whether he would resign, Mr Johnson replied: “Certainly not.”", "whether he would resign"},
		{"programme title after told", "Title\nChris Goodwin coaches the team. “We decided to withdraw from the tournament,” he told “Fox & Friends.”", "Fox & Friends"},
		{"book title after a speaker", "Title\nMaria Keller spoke about her memoir. “Writing it took years,” Keller said. Her memoir, “The House of Hidden Meanings,” came out in March.", "The House of Hidden Meanings"},
		{"place with a description in apposition", "Title\nParis, the French capital, said nothing about the games that summer.", "nothing about the games"},
		{"verb with an object of its own", "Title\nJoel Coen spoke at length. (This past summer, he wrote a new screenplay with his brother.)", "This past summer"},
		{"participle after a comma", "Title\nJohn Smith sat down. “I brought this in,” he said, pointing to a monitor that sat on the desk.", "sat on the desk"},
		{"plural verb after a comma", "Title\nCritics rarely agree. It is true that they cannot, or at least do not, mention the Village Voice in their reviews.", "It is true"},
		{"participle after a quotation", "Title\nAinsley Earhardt demands to know how he has “million dollar houses,” forgetting that Biden has worked for decades.", "Biden has worked"},
		{"a contraction of I is no speaker", "Title\nThe painting poses a quandary. I’d say it is neither, but rather the act of eating itself.", "it is neither"},
		{"a prefixed modifier is no speaker", "Title\nPro-Palestine protests continued on Saturday. Pro-Palestine said that the marches would go on.", "the marches would go on"},
		{"no one is no source", "Title\nThe meeting ended late. No one said that the plan would fail.", "the plan would fail"},
		{"another in a coordinated clause", "Title\nOne listener dismisses the voice as dull, while another calls him “soothing” and kind.", "One listener dismisses"},
		{"the writer's own words", "Title\nRandy Barbato spoke about the show. “It was fun,” he said. Quoting a contestant, I told him, “There are no accidents in fisting.”", "There are no accidents"},
		{"a relative clause after an inverted speaker", "Title\n“We have made our voices heard,” said Abdullah Hammoud, the mayor of Dearborn, a city of almost 110,000 that is home to the largest Muslim population.", "is home to the largest"},
		{"an adverbial alone is no content", "Title\nThe state voted narrowly last time. This year, says former US representative Andy Levin (D-Mich.), “I don’t think that Joe Biden can win without Michigan.”", "This year"},
		{"an adverbial before a cue with a clause after it", "Title\nRae Smith left the group in 2013. Eventually, she said, she was put in isolation for two years.", "Eventually, she said"},
		{"a base form after and is no second verb", "Title\nJohn Holden is endorsed by the party, several local and state leaders and three unions.", "leaders and three unions"},
		{"a verb with its own preposition", "Title\nJohn Smith wanted fame. He put himself in front of cameras whenever he could; once, he wrote to a variety programme in Atlanta.", "He put himself"},
		{"a dash ends what was said", "Title\nHarry Smith spoke on the show. “My family literally cut me off financially” in the first quarter of 2020, he added -- a move that necessitated their media deals.", "necessitated"},
		{"a reporting noun after a preposition", "Title\nThe links spread on forums, including via Reddit in posts that were porn related.", "were porn related"},
		{"told about", "Title\nJohn Smith told reporters about the plan that the council had approved.", "the plan"},
		{"title before a name and its appositive", "Title\nThe choreographer Mark Morris returns to the stage this week. In “The Look of Love,” Morris, more often associated with Baroque music, responds to the familiar melodies of Burt Bacharach.", "The Look of Love"},
		{"a group called", "Title\nA Facebook group called 'We support Anders Tegnell & co', referring to the epidemiologist, has garnered some 85,000 members.", "We support"},
		{"a place word in a role is no speaker", "Title\nWhen McConnell returns to his home state for political events, he is heckled and met with cries of “Retire!”", "political events"},
		{"an exhibition called", "Title\nThe museum opened an exhibition called “Faces of War” on Friday.", "Faces of War"},
		{"adjective opening a sentence", "Title\nPopular drinking hole The Idle Hour will be closing, and have said it's \"highly unlikely\" they'll be back in three weeks.", "highly unlikely"},
		{"adverb opening a sentence", "Title\nSoon, though, we've made it to Riverwood, and Hadvar's uncle welcomes us, coos at our story, and says we're welcome to everything he has.", "welcome to everything"},
		{"a question about a report", "Title\nWhat did the man say to his daughter at the cook out?", "his daughter"},
		{"the son after his father is named (guard)", "Title\nDonald Trump spoke on Monday. “We will appeal the ruling,” the son said.", "We will appeal"},
		{"it was approved by (guard)", "Title\nThe plan is expected to cut emissions by half. It was approved by the council on Tuesday.", "cut emissions"},
		{"for a name with the writer's words (guard)", "Title\nJane Schwartz joined the paper in October. For Schwartz, her first byline landed on November 14.", "her first byline"},
		{"for many people (guard)", "Title\nFor many residents, the closure came as a shock.", "the closure came"},
		{"per capita (guard)", "Title\nPer capita, the country spends more on health than any other.", "the country spends"},
		{"a quotation after a short sentence that names no one (guard)", "Title\nThe library closed on Friday.\n“It is a sad day for the town and for all of us.”", "a sad day"},
		{"an adjunct after the verb's time", "Title\nMacy's will close 150 stores over three years, the department store operator said Tuesday after posting a fourth-quarter loss and declining sales.", "after posting"},
		{"complained, an adjunct and a topic", "Title\nResidents complained in online forums about engines cutting out at low speed.", "in online forums"},
		{"a progressive request for help", "Title\nShe is asking for help with the rent this month after losing her job.", "help with the rent"},
		{"a product recall in the progressive", "Title\nMaple Hollow Foods is recalling two varieties of its hummus sold in Ontario and Quebec.", "two varieties of its hummus"},
		{"a passive after be (guard)", "Title\nThe minister is said to be furious about the leak of the budget papers.", "to be furious"},
		{"one after a plural of things (guard)", "Title\nThe votes were counted overnight. One said the result was close.", "the result was close"},
		{"recommended and an object (guard)", "Title\nThe restaurant was busy. The panel recommended a new tax on sugary drinks to fund school meals.", "a new tax on sugary drinks"},
		{"recommended a policy and an adjunct (guard)", "Title\nSuperintendent Dr. Angela Whitford, who recommended the policy after a yearlong pilot at Cascade View Middle School, told the board that referrals fell.", "yearlong pilot"},
		{"complained and a topic", "Title\nTickets sold out. Fans complained on social media about the handling of sales, and regulators later sued the company.", "on social media"},
		{"an adjunct and a relative clause on it after the verb", "Title\nThe congressman will take a new role, a decision he disclosed in an interview with Politico Playbook that published around 5:30 a.m. on Dec. 19.", "published around"},
		{"warned an addressee and a time", "Title\nThe report was late. Officials warned the council on Monday.", "the council"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Text: tc.text}
			if err := s.Process(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			for _, q := range a.Quotes {
				if strings.Contains(q.Text, tc.key) {
					t.Errorf("quote %q attributed to %+v, want none", q.Text, q.Speaker)
				}
			}
		})
	}
}

// TestBoilerplateIgnored checks that only content (and headline) blocks
// are read.
func TestBoilerplateIgnored(t *testing.T) {
	s := newStage(t)
	text := "Title\n“This is a teaser quote from another story,” Tom Hill said.\nThe council met on Monday."
	c := strings.Index(text, "The council")
	a := &article.Article{Text: text, Blocks: []article.Block{
		{Start: 0, End: 5, Label: article.LabelHeadline},
		{Start: 6, End: c - 1, Label: article.LabelRelated},
		{Start: c, End: len(text), Label: article.LabelContent},
	}}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 0 {
		t.Errorf("quotes from a related block: %+v", a.Quotes)
	}
	if len(a.Sentences) != 1 {
		t.Errorf("got %d sentences, want the 1 content sentence", len(a.Sentences))
	}
}

// TestContentBlockLines: a content block of several lines (clean merges
// neighbouring lines of one label) is read a line a paragraph, so that a
// quotation mark left open on one line does not swallow the next lines.
func TestContentBlockLines(t *testing.T) {
	s := newStage(t)
	text := "Title\nAntony Blinken met Sergei Lavrov in Geneva on Friday.\nLavrov said the talks had been \"useful and that Russia would wait.\n\"We had a frank discussion,\" Blinken told reporters."
	a := &article.Article{Text: text, Blocks: []article.Block{
		{Start: 0, End: 5, Label: article.LabelHeadline},
		{Start: 6, End: len(text), Label: article.LabelContent},
	}}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range a.Quotes {
		name := ""
		if q.Speaker != nil {
			name = q.Speaker.Name
		}
		got = append(got, name+": "+q.Text)
	}
	want := []string{"Antony Blinken: We had a frank discussion"}
	found := false
	for _, g := range got {
		if g == want[0] {
			found = true
		}
		if strings.Contains(g, "useful") && strings.Contains(g, "frank") {
			t.Errorf("a quotation ran over a line: %q", g)
		}
	}
	if !found {
		t.Errorf("quotes %q, want one %q", got, want[0])
	}
}

func TestEntitiesMerged(t *testing.T) {
	s := newStage(t)
	a := &article.Article{Text: "Title\nForeign Minister Sergei Lavrov arrived. Sergey Lavrov then spoke. Mr Lavrov left.\n" +
		"Anthony Blinken met Antony Blinken's aides."}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range a.Entities {
		if e.Type == article.EntityPerson {
			got = append(got, e.ID+"="+e.Name)
		}
	}
	want := []string{"person:sergi-lavrov=Sergey Lavrov", "person:antoni-blinken=Antony Blinken"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("person entities (-want +got):\n%s", diff)
	}
}

// TestBadInput feeds pathological text: it must finish without panic.
// TestNotEnglish: the stage reads English (or an unknown language); on an
// article in another language it finds nothing rather than capitalised
// nouns as speakers (on German pages "Dazu", "März" and "Zum Beispiel" had
// been speakers). The text is the same English one throughout: only the
// language named decides.
func TestNotEnglish(t *testing.T) {
	const text = "Government plans new rules\n“We will not leave tenants alone,” the housing minister said on Wednesday in Berlin. Olaf Scholz said the rules were needed."
	tests := []struct {
		language   string
		wantQuotes bool
	}{
		{"", true}, {"en", true}, {"en-US", true}, {"EN_gb", true},
		{"de", false}, {"fr", false}, {"eng", false},
	}
	s := newStage(t)
	for _, tt := range tests {
		t.Run("language "+tt.language, func(t *testing.T) {
			a := &article.Article{Text: text, Language: tt.language}
			if err := s.Process(context.Background(), a); err != nil {
				t.Fatal(err)
			}
			if got := len(a.Quotes) > 0; got != tt.wantQuotes {
				t.Errorf("%d quotes (%v), want any: %v", len(a.Quotes), a.Quotes, tt.wantQuotes)
			}
			if !tt.wantQuotes && (len(a.Sentences) > 0 || len(a.Claims) > 0 || len(a.Entities) > 0 || a.Quotes == nil) {
				t.Errorf("not English: sentences %d, claims %d, entities %d, quotes %v", len(a.Sentences), len(a.Claims), len(a.Entities), a.Quotes)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	s := newStage(t)
	long := strings.Repeat("word ", 200_000) // 1 MB, no punctuation
	tests := map[string]string{
		"quote marks":    strings.Repeat("“", 50_000) + strings.Repeat("\"", 50_000),
		"alternating":    strings.Repeat("“a” ‘b’ \"c ", 20_000),
		"unbalanced":     "Title\n“He said it,” Tom Hill said. “And then " + strings.Repeat("more words ", 1000) + "\nNext paragraph said Tom.",
		"no punctuation": long,
		"capitals":       strings.Repeat("Tom Hill said ", 50_000),
		"invalid utf8":   "Title\n\xff\xfe “\xffsaid\xff,” said \xff John.",
		"empty":          "",
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			a := &article.Article{Text: text}
			if err := stage.Run(context.Background(), s, a, time.Now); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestBlocksOutOfRange(t *testing.T) {
	s := newStage(t)
	a := &article.Article{Text: "Short text.", Blocks: []article.Block{{Start: -3, End: 99, Label: article.LabelContent}, {Start: 0, End: 11, Label: article.LabelContent}}}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if len(a.Sentences) != 1 {
		t.Errorf("sentences %+v", a.Sentences)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  func(*Config)
		ok   bool
	}{
		{"default", func(*Config) {}, true},
		{"threshold high", func(c *Config) { c.Threshold = 2 }, false},
		{"no max", func(c *Config) { c.MaxTextBytes = 0 }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig()
			tc.cfg(&c)
			if err := c.Validate(); (err == nil) != tc.ok {
				t.Errorf("Validate() = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	s, err := New(DefaultConfig(), nil, reg)
	if err != nil {
		t.Fatal(err)
	}
	a := &article.Article{Text: "Title\nJohn Smith said that the plan would cost 5 million dollars."}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	n, err := testutil.GatherAndCount(reg, "copydesk_claims_quotes_per_article", "copydesk_claims_claims_per_article")
	if err != nil || n != 2 {
		t.Errorf("metrics: %d series, err %v", n, err)
	}
}

func TestProcessCancelled(t *testing.T) {
	s := newStage(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := s.Process(ctx, &article.Article{Text: "x"})
	if err == nil || !stage.IsRetryable(err) {
		t.Errorf("Process on cancelled context = %v, want a retryable error", err)
	}
}

// TestEvalCommand runs "copydesk eval claims" on the seeds.
func TestEvalCommand(t *testing.T) {
	loadSeeds(t)
	var out, errb bytes.Buffer
	err := EvalCommand(context.Background(), []string{"--seeds", seedsDir, "--datasets", "../../../shared/datasets", "-v=false"}, &out, &errb)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, errb.String())
	}
	for _, want := range []string{"quotes:", "precision", "sources with the right type"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	t.Log("\n" + out.String())
}

// TestConcurrentProcess runs the stage on the seeds from several goroutines
// (run with -race): Process shares only read-only lexicons and the model.
func TestConcurrentProcess(t *testing.T) {
	s := newStage(t)
	seeds := loadSeeds(t)
	want := make([]int, len(seeds))
	for i, sd := range seeds {
		a := *sd.Article
		if err := s.Process(context.Background(), &a); err != nil {
			t.Fatal(err)
		}
		want[i] = len(a.Quotes)
	}
	errs := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for i, sd := range seeds {
				a := *sd.Article
				if err := s.Process(context.Background(), &a); err != nil {
					errs <- err
					return
				}
				if len(a.Quotes) != want[i] {
					errs <- fmt.Errorf("%s: %d quotes, want %d", sd.Name, len(a.Quotes), want[i])
					return
				}
			}
			errs <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestVersion checks that the version names the code version and changes
// with the configuration (the data's part is datahash's test).
func TestVersion(t *testing.T) {
	a, err := New(DefaultConfig(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(DefaultConfig(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.Threshold = 0.7
	c, err := New(cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Version(), codeVersion+".") || len(a.Version()) != len(codeVersion)+11 {
		t.Errorf("Version() = %q, want %s.<10 hex digits>", a.Version(), codeVersion)
	}
	if a.Version() != b.Version() {
		t.Errorf("same config, versions %q and %q", a.Version(), b.Version())
	}
	if a.Version() == c.Version() {
		t.Errorf("threshold changed, version %q did not", a.Version())
	}
}

// TestPronounGenderLearned: a person whose name tells no gender takes the
// gender of the first pronoun resolved to them, so a later pronoun of the
// other gender is not theirs.
func TestPronounGenderLearned(t *testing.T) {
	s := newStage(t)
	a := &article.Article{Text: "Title\n“It was a long day,” RuPaul said. “I am tired,” he said.\n\nRaven, the makeup artist, was watching. “I literally fill a suitcase,” she said."}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, "fill a suitcase") && q.Speaker != nil && strings.Contains(q.Speaker.Name, "RuPaul") {
			t.Errorf("quote %q given to %q, whom “he” named before", q.Text, q.Speaker.Name)
		}
	}
}

// TestHeadlineQuoteOnce: a headline's quotation that a cue in the headline
// already gave is not given again.
func TestHeadlineQuoteOnce(t *testing.T) {
	s := newStage(t)
	a := &article.Article{Text: "‘We will not back down’: Zelensky vows to fight on\nVolodymyr Zelensky said on Monday that Ukraine would fight on."}
	if err := s.Process(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, "We will not back down") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d quotes of the headline's quotation, want 1: %+v", n, a.Quotes)
	}
}

// TestRequestInsideReport: a request reported inside another report
// ("The sources said he has asked his agents to …") is part of that report,
// not a second quotation of its own.
func TestRequestInsideReport(t *testing.T) {
	s := newStage(t)
	for _, tc := range []struct{ name, text string }{
		{"after said and a clause without that", "Title\nThe sources said Salvatierra has asked his representatives to find a solution."},
		{"after said and and", "Title\nThe coalition said it would hold a memorial ride on Saturday and had asked the city council to add a protected bike lane."},
		{"after that", "Title\nPolice said that he had asked them to help him fetch meat."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := processText(t, s, tc.text)
			if len(a.Quotes) != 1 {
				var got []string
				for _, q := range a.Quotes {
					got = append(got, q.Text)
				}
				t.Errorf("quotes = %q, want the one report", got)
			}
		})
	}
}
