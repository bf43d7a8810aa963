package classify

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/clean/segment"
)

const body1 = "The city council approved the new budget on Tuesday after a debate that lasted more than four hours."
const body2 = "Officials said the money would be spent on roads, schools and a new library in the north of the city."

// labelOf classifies text and returns the label of the block holding line.
func labelOf(t *testing.T, c *Classifier, text, line string, mode Mode) article.Label {
	t.Helper()
	res := c.Classify(Input{Text: text, Lines: segment.Lines(text), Mode: mode})
	for _, b := range res.Blocks {
		if strings.Contains(text[b.Start:b.End], line) {
			return b.Label
		}
	}
	t.Fatalf("line %q not in any block", line)
	return ""
}

// bylineUnderNotice is a byline set on three lines (name, job, date) under
// a cookie notice and a breadcrumb.
const bylineUnderNotice = "Appeals board hears objections to 240-home plan\n\nWe value your privacy. We and our 143 partners use cookies and similar technologies to store and access information on your device.\nAccept all | Reject all | Manage preferences\nNews › Ireland › Midlands › Planning\nClodagh Ferris\nMidlands Correspondent\nTue 11 Mar 2025 at 18:05\n\n" + body1 + "\n\n" + body2

// siteMenu is a page's menu as a text extractor leaves it.
const siteMenu = "Skip to main content\nHome\nNews\nLocal\nWeather\nSports\nOpinion\nSearch\n"

// liveKeyPoints is a live page: a summary list, then timed entries.
const liveKeyPoints = "Warehouse fire: crews battle blaze – live\n\nKey points\nFire crews are still at the scene\nThree people have been taken to hospital\nThe road is closed in both directions\n\n10:42\n" + body1 + "\n\n10:15\n" + body2

// liveEntries is a live page: entries under their times and headings.
const liveEntries = "Live: Storm batters UK with flooding and power cuts\n\n10:42\n\nThousands without power in Wales\n\n" +
	"More than 20,000 homes in Wales are without power this morning, according to National Grid.\n\n" +
	"A spokesperson for the company said engineers were working as quickly as safely possible to restore supplies.\n\n" +
	"10:15\n\nFlood warnings in force\n\nThe Environment Agency has issued 40 flood warnings, meaning flooding is expected.\n\n" +
	"09:58 GMT\n\nMet Office extends warning\n\nThe Met Office has extended its amber warning for rain until 6pm."

func TestClockStamp(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"10:42", true}, {"9.58am", true}, {"21:05 GMT", true}, {"10:42 a.m. ET", true}, {"09:58 GMT", true},
		{"10:42 Thousands without power", false}, {"1:2", false}, {"2024", false}, {"", false}, {"12:30pm BST", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := clockStamp(tt.in); got != tt.want {
				t.Errorf("clockStamp(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// tabloidMostRead is a tabloid story with a "MOST READ" box of other
// stories' headlines inside it, after which the story goes on.
const tabloidMostRead = "Chancellor's savings raid blows up\n\n" + body1 + "\n\n" + body2 + "\n\n" + body1 + "\n\n" + body2 + "\n\n" +
	"MOST READ\nFurious Brits slam 'insane' new bin rules as councils threaten £400 fines\nRoyal fans in tears as King makes surprise appearance at village fete\n\n" +
	"Tory backbenchers queued up to savage the proposals on Tuesday night.\n\n" +
	"Sir Nigel Ashcombe, the veteran MP for Wrexford South, said the plan was a tax on thrift and would hurt nurses and pensioners.\n\nShare"

func TestLabels(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		line string
		want article.Label
		mode Mode
	}{
		{"cookie notice", body1 + "\n\n" + body2 + "\n\nWe use cookies to improve your browsing experience. By continuing to use this site you agree to our privacy policy.", "We use cookies", article.LabelConsent, ModeText},
		{"byline", "Council passes budget\n\nBy Jane Doe\n\n" + body1 + "\n\n" + body2, "By Jane Doe", article.LabelAuthor, ModeText},
		{"source credit", body1 + "\n\n" + body2 + "\n\nSource: Reuters", "Source: Reuters", article.LabelSourceCredit, ModeText},
		{"newsletter", body1 + "\n\n" + body2 + "\n\nSign up for our newsletter to get the day's top stories in your inbox every morning.", "Sign up", article.LabelConsent, ModeText},
		{"sub-heading", body1 + "\n\nWhat comes next\n\n" + body2, "What comes next", article.LabelHeading, ModeText},
		{"photo credit", body1 + "\n\n(Jane Roe / Associated Press)\n\n" + body2, "Jane Roe", article.LabelCaption, ModeText},
		{"date line", body1 + "\n\nFeb. 29, 2024\n\n" + body2, "Feb. 29", article.LabelNavigation, ModeText},
		{"headline", "Council passes budget after long debate\n\n" + body1, "Council passes", article.LabelHeadline, ModeText},
		{"headline over a byline, a date and a share box", "Home\nWorld\nPolitics\nBusiness\nCouncil passes budget after a long debate on taxes\nBy Jane Doe\nNovember 14, 2025 10:32 am\nShare this article\nFacebook\nTwitter\nWhatsApp\n" + body1 + "\n" + body2, "Council passes", article.LabelHeadline, ModeText},
		{"teaser pair", body1 + "\n\n" + body2 + "\n\nTrending\n\nMayor opens new bridge over the river\n\nThe mayor cut the ribbon on a bridge that took...", "Mayor opens", article.LabelRelated, ModeText},
		{"escort spam teaser", body1 + "\n\n" + body2 + "\n\nTrending\n\nBest escorts in the city tonight\n\nFind the hottest call girls near you with...", "Best escorts", article.LabelSpam, ModeText},
		{"bio after content", body1 + "\n\n" + body2 + "\n\nMary Major is a staff writer who covers city hall. She has written for many papers and has years of experience.", "Mary Major", article.LabelAuthor, ModeText},
		{"extracted short line stays", body1 + "\n\nA short line without a period\n\n" + body2, "A short line", article.LabelHeading, ModeExtracted},
		{"extracted last line stays", body1 + "\n\n" + body2 + "\n\nThat is all for now", "That is all", article.LabelHeading, ModeExtracted},
		{"byline with date", "Council passes budget\n\nBy Jane Doe | March 3, 2024\n\n" + body1 + "\n\n" + body2, "By Jane Doe", article.LabelAuthor, ModeText},
		{"time ago", body1 + "\n\nPublished 3 hours ago\n\n" + body2, "Published 3", article.LabelNavigation, ModeText},
		{"trailing-off quote stays", body1 + "\n\nThe mayor said that the city would do what it could for the families, but that the budget was tight and...\n\n" + body2, "The mayor said", article.LabelContent, ModeText},
		{"a caption ending in a submitted-by credit", "Council passes budget\n\nSmoke rises behind a gas station on Highway 43 near the town on Saturday afternoon. (Submitted by Dana Kowalchuk)\n\n" + body1 + "\n\n" + body2, "Smoke rises", article.LabelCaption, ModeText},
		{"a caption ending in a photographer and outlet", body1 + "\n\nParents and students fill the boardroom at the district offices before Tuesday's vote. Natalie Cordova/The Gazette\n\n" + body2, "Parents and students", article.LabelCaption, ModeText},
		{"a caption ending in PHOTO | FILE", body1 + "\n\nThe club chairman during a past press briefing at the club's offices. PHOTO | FILE\n\n" + body2, "The club chairman", article.LabelCaption, ModeText},
		{"read more and a question between paragraphs", body1 + "\n\nRead more: Which rivers near you had the most sewage spills last year?\n\n" + body2, "Read more:", article.LabelRelated, ModeText},
		{"READ and a headline between paragraphs", body1 + "\n\nREAD: Clubs given new deadline to clear salary arrears or face points deduction\n\n" + body2, "READ:", article.LabelRelated, ModeText},
		{"watch caption", "Council passes budget\n\nWatch: Mayor defends the budget plan\n\n" + body1 + "\n\n" + body2, "Watch:", article.LabelCaption, ModeText},
		{"copyright footer", body1 + "\n\n" + body2 + "\n\nCopyright 2024 The Daily Example. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "Copyright", article.LabelNavigation, ModeText},
		{"a brief: one short sentence under the headline", "Talks go on\n\nCouncil bosses said talks were continuing.", "Council bosses", article.LabelContent, ModeText},
		{"a quotation of its own between the headline and the text", "Mother still waiting for inquest\n\nShe said: “I just want answers.”\n\n" + body1 + "\n\n" + body2, "She said", article.LabelContent, ModeText},
		{"short sentences after a byline and before the text", "Council passes budget\n\nBy Jane Doe | March 3, 2024\n\nThe vote was close.\n\nIt passed by one vote.\n\n" + body1 + "\n\n" + body2, "It passed by", article.LabelContent, ModeText},
		{"short sentences under a menu stay out (guard)", "Council passes budget\n\nHome\n\nNews\n\nSign in to your account.\n\n" + body1 + "\n\n" + body2, "Sign in to", article.LabelNavigation, ModeText},
		{"a speaker's words after a colon between the headline and the text", "Farage turns on Sunak\n\nFormer Ukip leader Nigel Farage tweeted: “Sunak must go.”\n\n" + body1 + "\n\n" + body2, "Former Ukip", article.LabelContent, ModeText},
		{"a channel named in prose is no call to action", "Medvedev warns West\n\nThe deputy head of the Security Council, Dmitry Medvedev, wrote on his Telegram channel that “the West is playing with fire.”\n\n" + body1, "The deputy head", article.LabelContent, ModeText},
		{"a call to join a channel (guard)", body1 + "\n\n" + body2 + "\n\nJoin our Telegram channel for the latest news.", "Join our", article.LabelCTA, ModeText},
		{"a wire dateline over a paragraph crowded with names", "Putin and Erdogan talk\n\nMOSCOW, March 5. /TASS/. Russian President Vladimir Putin has held a telephone conversation with Turkish President Recep Tayyip Erdogan, the Kremlin press service reported.\n\n" + body1, "MOSCOW, March 5", article.LabelContent, ModeText},
		{"a letters page's submission guidance", "Letters to the editor\n\n" + body1 + "\n\n— Linda Park, Milford\n\nLetters should be no longer than 250 words and must include your full name, address and phone number. We reserve the right to edit letters for length and clarity.", "Letters should be", article.LabelCTA, ModeText},
		{"a signature under one letter of several", "Letters to the editor\n\n" + body1 + "\n\n— Linda Park, Milford\n\n" + body2 + "\n\n— Tom Reed, Shelton", "Linda Park", article.LabelAuthor, ModeText},
		{"a short line under a headline without a period (guard)", "Talks go on\n\nShare this story on Facebook", "Share this", article.LabelCTA, ModeText},
		{"an interview's question between answers", "Mayor on housing\n\n" + body1 + "\n\nQ: What would you change first?\n\nA: Housing. It is the issue I hear about on every doorstep.\n\n" + body2, "Q: What would", article.LabelContent, ModeText},
		{"a summary list above a live page's text", liveKeyPoints, "Three people have been", article.LabelContent, ModeText},
		{"the heading of a summary list", liveKeyPoints, "Key points", article.LabelHeading, ModeText},
		{"a link list under a menu header stays a link list (guard)", body1 + "\n\n" + body2 + "\n\nMost read\nMayor opens new bridge over the river\nCouncil tax to rise by five per cent\nPolice appeal after warehouse fire", "Council tax to rise", article.LabelRelated, ModeText},
		{"short last sentence", body1 + "\n" + body2 + "\nThe mayor did not comment.\nTrending\nMayor opens new bridge over the river", "did not comment", article.LabelContent, ModeText},
		{"headline after a section label", "World\n\nCouncil passes budget after long debate\n\n" + body1, "Council passes", article.LabelHeadline, ModeText},
		{"list inside the article", body1 + "\nReduce troop numbers\nReopen the embassies\nFree the prisoners\n" + body2, "Reopen the embassies", article.LabelContent, ModeText},
		{"menu", "Home\nWorld\nBusiness news today\nSport\n" + body1 + "\n" + body2, "Business news today", article.LabelNavigation, ModeText},
		{"bait that ends in a call to action and shares a word with the story", "Celebrity chef slams fast food\n\n" + body1 + "\n\n" + body2 + "\n\nHot Nude Celebrity Photos Leaked - Click Here", "Hot Nude", article.LabelSpam, ModeText},
		{"a call to action without bait stays one (guard)", "Celebrity chef slams fast food\n\n" + body1 + "\n\n" + body2 + "\n\nSee the chef's celebrity recipes - Click Here", "See the chef", article.LabelCTA, ModeText},
		{"a syndication note in brackets under the text", "Flood toll rises\n\n" + body1 + "\n\n" + body2 + "\n\n(This story has not been edited by our staff and is auto-generated from a syndicated feed.)", "This story has not", article.LabelSourceCredit, ModeText},
		{"a syndication note after the headline's exception", "Flood toll rises\n\n" + body1 + "\n\n" + body2 + "\n\nExcept for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.", "Except for the", article.LabelSourceCredit, ModeText},
		{"an agency's one-word byline line", "Council passes budget\nPosted: Tuesday, 7 May 2024 | 09:32 IST\nBy PTI\n" + body1 + "\n" + body2, "By PTI", article.LabelAuthor, ModeText},
		{"a newsletter pitch that names the topic", body1 + "\n\n" + body2 + "\n\nGet the latest Premier League news straight to your inbox\n\nMost Popular", "Get the latest", article.LabelConsent, ModeText},
		{"a sign-up pitch with a bonus", body1 + "\n\n" + body2 + "\n\nSign up now and get $100 bonus!\n\nRelated Posts:", "Sign up now", article.LabelCTA, ModeText},
		{"a first-published date line under the text", body1 + "\n\n" + body2 + "\n\nFirst Published: 21 Jan 2022, 10:45 PM IST", "First Published", article.LabelNavigation, ModeText},
		{"where a story was first published", body1 + "\n\n" + body2 + "\n\nThis article was first published in The Conversation.", "This article was", article.LabelSourceCredit, ModeText},
		{"first published in an outlet (guard)", body1 + "\n\n" + body2 + "\n\nFirst published in The Conversation", "First published", article.LabelSourceCredit, ModeText},
		{"a more-or-less toggle", body1 + "\n\n" + body2 + "\n\nMore Less\n\nTopics", "More Less", article.LabelNavigation, ModeText},
		{"a reporting verb and a colon over a quotation", "Fox hosts clash\n" + body1 + "\nBrian Kilmeade disagreed. He said:\n“But man, this looks absolutely terrible.”\n" + body2, "Brian Kilmeade", article.LabelContent, ModeText},
		{"an agency's reproduction notice", body1 + "\n\n" + body2 + "\n\nReproduction reserved © Copyright ANSA", "Reproduction reserved", article.LabelNavigation, ModeText},
		{"lone spam line", body1 + "\n\nIs QuizApp 100% free?\n\n" + body2, "QuizApp", article.LabelSpam, ModeText},
		{"on-topic heading stays", body1 + "\n\nBudget leaked to the press\n\n" + body2, "Budget leaked", article.LabelHeading, ModeText},
		{"caption with credit", body1 + "\n\nThe mayor at the council meeting (Image: Getty)\n\n" + body2, "The mayor at", article.LabelCaption, ModeText},
		{"breadcrumb", "Home » World » Europe\n\n" + body1 + "\n\n" + body2, "Home »", article.LabelNavigation, ModeText},
		{"a transcript's question by the asker's name is text", body1 + "\n\nEmma Hart: Is 1.5 million homes achievable?\n\nMatthew Pennycook: It is ambitious, but yes.\n\nEH: What about the councils?\n\n" + body2, "Emma Hart:", article.LabelContent, ModeText},
		{"one labelled line is no transcript (guard)", body1 + "\n\nFact Check: Is it true?\n\n" + body2, "Fact Check:", article.LabelHeading, ModeText},
		{"a menu on one line over the headline", "Home | News | Sport | Business | Culture\nFlood warnings issued as Storm Bert hits Wales\n" + body1 + "\n" + body2, "Home |", article.LabelNavigation, ModeText},
		{"the headline under a menu on one line", "Home | News | Sport | Business | Culture\nFlood warnings issued as Storm Bert hits Wales\n" + body1 + "\n" + body2, "Flood warnings", article.LabelHeadline, ModeText},
		{"a headline and its site is no menu (guard)", "Flood warnings issued as Storm Bert hits Wales | BBC News\n\n" + body1 + "\n\n" + body2, "Flood warnings", article.LabelHeadline, ModeText},
		{"sources credit", body1 + "\n\n" + body2 + "\n\nSources: Reuters, AFP", "Sources:", article.LabelSourceCredit, ModeText},
		{"capital headline", "COUNCIL PASSES BUDGET AFTER A LONG AND HEATED DEBATE\n\n" + body1 + "\n\n" + body2, "COUNCIL PASSES", article.LabelHeadline, ModeText},
		{"contributor in a sentence", body1 + "\n\nJane Roe, a contributor at a local paper who writes about crime, said the council had acted too late.\n\n" + body2, "Jane Roe", article.LabelContent, ModeText},
		{"sign up in a sentence", body1 + "\n\nResidents must sign up for the new program by March, officials said on Tuesday.\n\n" + body2, "Residents must", article.LabelContent, ModeText},
		{"premium subscription", body1 + "\n\n" + body2 + "\n\nWant to bookmark your favourite articles and stories to read or reference later? Start your Independent Premium subscription today.", "Want to bookmark", article.LabelCTA, ModeExtracted},
		{"subscribe to bookmark", body1 + "\n\nSubscribe to Independent Premium to bookmark this article\n\n" + body2, "Subscribe to", article.LabelCTA, ModeExtracted},
		{"comment forum", body1 + "\n\n" + body2 + "\n\nJoin our commenting forum", "Join our", article.LabelCTA, ModeExtracted},
		{"standards footer", body1 + "\n\n" + body2 + "\n\nOur Standards: The Thomson Reuters Trust Principles.", "Our Standards", article.LabelNavigation, ModeExtracted},
		{"bracket tag", body1 + "\n\nMayor under fire over bridge costs [ANALYSIS]\n\n" + body2, "Mayor under fire", article.LabelRelated, ModeText},
		{"contributors' credit in a sentence", body1 + "\n\n" + body2 + "\n\nAssociated Press writers Lisa Mascaro and Mary Clare Jalonick contributed to this report.", "Associated Press writers", article.LabelSourceCredit, ModeText},
		{"a credit's phrase inside prose stays (guard)", body1 + "\n\nThe novel was originally published in 1851 and sold fewer than 3,000 copies in the author's lifetime.\n\n" + body2, "The novel was", article.LabelContent, ModeText},
		{"app download", body1 + "\n\n" + body2 + "\n\nDownload The App For Latest Tech News", "Download The App", article.LabelCTA, ModeText},
		{"messaging channel", body1 + "\n\n" + body2 + "\n\nJoin our WhatsApp channel for instant updates", "WhatsApp", article.LabelCTA, ModeText},
		{"follow a brand on social media", body1 + "\n\n" + body2 + "\n\nFollow BBC Sport on Facebook, X and Instagram", "Follow BBC", article.LabelCTA, ModeText},
		{"news on an app", body1 + "\n\n" + body2 + "\n\nGet the latest football news on our app", "on our app", article.LabelCTA, ModeText},
		{"newsdesk pitch", body1 + "\n\n" + body2 + "\n\nGot a story? Contact our newsdesk on 01452 689320", "Got a story", article.LabelCTA, ModeText},
		{"reporter's bio with an address", body1 + "\n\n" + body2 + "\n\nJane Holloway is our local democracy reporter covering the county council. Email her at jane.holloway@example.com", "Jane Holloway", article.LabelAuthor, ModeText},
		{"published and updated times under the byline are the byline's", "Council passes budget\n\nBy Jane Doe\n\nPublished: 10:15 BST, 4 March 2025 | Updated: 16:02 BST, 4 March 2025\n\n" + body1 + "\n\n" + body2, "Published:", article.LabelAuthor, ModeText},
		{"medical disclaimer", body1 + "\n\n" + body2 + "\n\nThis article is for information only and should not be used for the diagnosis or treatment of medical conditions.", "This article is for", article.LabelConsent, ModeText},
		{"a headline about credit", "Best Credit Cards For Students In 2025: Complete Guide\n\n" + body1 + "\n\n" + body2, "Best Credit Cards", article.LabelHeadline, ModeText},
		{"republished under a licence", body1 + "\n\n" + body2 + "\n\nThis article is republished from The Conversation under a Creative Commons license. Read the original article.", "This article is republished", article.LabelSourceCredit, ModeText},
		{"editor's byline", "Council passes budget\n\nEdited By: Priya Sharma\n\n" + body1 + "\n\n" + body2, "Edited By", article.LabelAuthor, ModeText},
		{"video section label (guard)", body1 + "\n\n" + body2 + "\n\nTrending Videos", "Trending Videos", article.LabelNavigation, ModeText},
		{"a station's pitch", body1 + "\n\n" + body2 + "\n\nFor the latest news, weather, sports, and streaming video, head to KTLA.", "For the latest news", article.LabelCTA, ModeText},
		{"topic list label", body1 + "\n\n" + body2 + "\n\nExplore more on these topics\n\nLeeds\n\nCrime", "Explore more", article.LabelNavigation, ModeText},
		{"press release lead after a wire dateline", "Acme Robotics Announces Record Results\n\nSAN JOSE, Calif., Oct. 28, 2025 /PRNewswire/ -- Acme Robotics, Inc. (NASDAQ: ACME), a leader in warehouse automation, today announced financial results for the third quarter ended September 30, 2025.\n\n" + body1 + "\n\n" + body2, "SAN JOSE", article.LabelContent, ModeText},
		{"a section's heading of capitalised words is no byline", "Council passes budget\n\n" + body1 + "\n\nFrequently Asked Questions\n\n" + body2, "Frequently Asked", article.LabelHeading, ModeText},
		{"an affiliate disclosure opening with its label", "Council passes budget\n\n" + body1 + "\n\nDisclosure: As an Amazon Associate we earn from qualifying purchases.\n\n" + body2, "Disclosure:", article.LabelConsent, ModeText},
		{"a company's about section is no byline", body1 + "\n\n" + body2 + "\n\nAbout Acme Robotics\n\nAcme Robotics builds robots for warehouses and factories around the world.", "About Acme", article.LabelHeading, ModeText},
		{"an opinion disclaimer", body1 + "\n\n" + body2 + "\n\nThe views expressed here are the author's own.", "The views expressed", article.LabelConsent, ModeText},
		{"a sentence crowded with names after an inline pitch", body1 + "\nFollow us on Google News for the latest updates\nMeanwhile, Ukraine's Foreign Minister Dmytro Kuleba urged the West to impose sanctions preemptively.\n\"The time to act is now,\" Kuleba wrote on Twitter.", "Meanwhile", article.LabelContent, ModeText},
		{"a question as the first line", "Fact check: Did the government cut nurse numbers by 20 per cent?\n" + body1 + "\n" + body2, "Fact check", article.LabelHeadline, ModeText},
		{"an exclamation as the first line", "You won't BELIEVE what this doctor says about your morning coffee!!!\n" + body1 + "\n" + body2, "BELIEVE", article.LabelHeadline, ModeText},
		{"a last sentence with few function words", body1 + "\n" + body2 + "\nArsenal travel to Newcastle next weekend.\nMatch stats", "Arsenal travel", article.LabelContent, ModeText},
		{"a desk's bio opening with the", body1 + "\n" + body2 + "\nWeb Desk\nThe Web Desk is our digital team. Follow us for the latest breaking news from around the world.", "The Web Desk is", article.LabelAuthor, ModeText},
		{"a syndicated feed's notice", body1 + "\n\n" + body2 + "\n\n(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)", "Only the headline", article.LabelSourceCredit, ModeText},
		{"disclaimer", body1 + "\n\n" + body2 + "\n\nDisclaimer: The above information is based on media reports and we do not vouch for its accuracy.", "Disclaimer", article.LabelConsent, ModeText},
		{"a headline under a long menu", siteMenu + "Council approves plan to repair the Elm Street bridge\nBy Jane Doe, Staff Writer\n" + body1 + "\n" + body2, "Council approves", article.LabelHeadline, ModeText},
		{"a headline over a date line and a byline with a handle", siteMenu + "Rates hit weekly mortgage demand hard\nPublished Wed, Feb 28 2024 7:00 AM EST\nDiana Olick @DianaOlickCNBC\n" + body1 + "\n" + body2, "Rates hit", article.LabelHeadline, ModeText},
		{"the last of a link list above the text is no headline (guard)", siteMenu + "Mayor opens new bridge over the river\nCouncil tax to rise by five per cent\nPolice appeal after warehouse fire\n" + body1 + "\n" + body2, "Police appeal", article.LabelRelated, ModeText},
		{"a dated caption above the text is no headline (guard)", siteMenu + "The entrance to the bridge is seen, March 30, 2023, in Milford. Photo: Jane Roe/AP\n" + body1 + "\n" + body2, "The entrance", article.LabelCaption, ModeText},
		{"a menu item over a headline is no headline", "Fox News Media\nHome\nNews\nLocal\n" + "Council approves plan to repair the Elm Street bridge\n" + body1 + "\n" + body2, "Fox News Media", article.LabelNavigation, ModeText},
		{"published and updated with clock times under the headline", "Council passes budget\n\nPublished 6:45 a.m. ET March 3, 2024 | Updated 9:12 a.m. ET March 3, 2024\n\n" + body1 + "\n\n" + body2, "Published 6:45", article.LabelAuthor, ModeText},
		{"a date and a reading time under the headline", "Council passes budget\n\nOctober 14, 2025 · 5 min read\n\n" + body1 + "\n\n" + body2, "October 14", article.LabelNavigation, ModeText},
		{"a date line after the text", "Council passes budget\n\n" + body1 + "\n\n" + body2 + "\n\nPublished 6:45 a.m. ET March 3, 2024", "Published 6:45", article.LabelNavigation, ModeText},
		{"a blog's date line with its author", "Council passes budget\n\nPosted on March 4, 2024 by Jane Doe\n\n" + body1 + "\n\n" + body2, "Posted on", article.LabelAuthor, ModeText},
		{"the byline's author's bio under the text", "Council passes budget\n\nBy Karen Whitfield, Staff Writer\n\n" + body1 + "\n\n" + body2 + "\n\nKaren Whitfield covers city government for the Ledger. Reach her at kw@example.com.", "Karen Whitfield covers", article.LabelAuthor, ModeText},
		{"the byline's author as the article's subject (guard)", "Council passes budget\n\nBy Karen Whitfield\n\n" + body1 + "\n\nKaren Whitfield covers city hall for the Ledger, and the council banned her from its meetings on Monday.\n\n" + body2, "Karen Whitfield covers", article.LabelContent, ModeText},
		{"an affiliate disclosure", "Council passes budget\n\nThis post may contain affiliate links. If you buy through our links, we may earn a commission.\n\n" + body1 + "\n\n" + body2, "This post may", article.LabelConsent, ModeText},
		{"an advertising disclosure", body1 + "\n\n" + body2 + "\n\nAdvertising disclosure: We may receive compensation for some of the links in our stories. Thank you for supporting our advertisers.", "Advertising disclosure", article.LabelConsent, ModeText},
		{"an Amazon Associate disclosure", body1 + "\n\n" + body2 + "\n\nThis site participates in the Amazon Associate program and earns revenue from qualifying purchases.", "This site participates", article.LabelConsent, ModeText},
		{"a comment policy", body1 + "\n\n" + body2 + "\n\nPlease understand that comments are moderated and it is not always possible to publish all that have been submitted.", "Please understand", article.LabelConsent, ModeText},
		{"a read-next list after its header", body1 + "\n\n" + body2 + "\n\n" + body1 + " " + body2 + "\n\nDie meistgelesenen Artikel bei SWR.de/Sport\n\nDie Corona-Fallzahlen steigen rasant an, auch in Baden-Württemberg. Das Gesundheitsministerium rechnet damit, dass bald neue Regeln gelten.", "Die Corona-Fallzahlen", article.LabelRelated, ModeText},
		{"a most-read list in English", body1 + "\n\n" + body2 + "\n\n" + body1 + " " + body2 + "\n\nMost read in Sport\n\nThe club confirmed on Friday that its manager had left after a run of five straight defeats in the league.", "The club confirmed", article.LabelRelated, ModeText},
		{"an account form's error", body1 + "\n\n" + body2 + "\n\nThe password must be at least 8 characters long and contain a number.", "The password must", article.LabelCTA, ModeText},
		{"an account form's error in German", body1 + "\n\n" + body2 + "\n\nDas Passwort muss mindestens 8 Zeichen lang sein und mindestens eine Zahl enthalten.", "Das Passwort muss", article.LabelCTA, ModeText},
		{"a cookie notice in German", body1 + "\n\n" + body2 + "\n\nUm zu verstehen, wie unsere Webseite genutzt wird, nutzen wir Cookies und andere Techniken.", "Um zu verstehen", article.LabelConsent, ModeText},
		{"a push-notification prompt", body1 + "\n\n" + body2 + "\n\nPOPSUGAR Would Like To Send You Push Notifications.", "POPSUGAR Would", article.LabelCTA, ModeText},
		{"a pitch for the app after the story", body1 + "\n\n" + body2 + "\n\nFor the latest stories and breaking news updates download the Nationnews apps for iOS and Android.", "For the latest stories", article.LabelCTA, ModeText},
		{"a quote pitch after the story", body1 + "\n\n" + body2 + "\n\nGet a free quote now and save up to 40% on your car insurance!", "Get a free quote", article.LabelCTA, ModeText},
		{"a sign-up pitch after the story", body1 + "\n\n" + body2 + "\n\nClick the button below to see if you qualify. Spots are limited!", "Click the button", article.LabelCTA, ModeText},
		{"a sentence about moderation (guard)", body1 + "\n\nThe platform said all comments are reviewed by a team of moderators before they appear, which critics said slowed debate.\n\n" + body2, "The platform said", article.LabelContent, ModeText},
		{"a sentence about affiliate links (guard)", body1 + "\n\nThe company said the blogger had used affiliate links without telling readers, which the regulator said broke the rules.\n\n" + body2, "The company said", article.LabelContent, ModeText},
		{"a review's text between shopping buttons", "Best budget headphones\n\n" + body1 + "\n\nCheck price on Amazon\n\nBest for runners: JLab Go Air Sport\n\nThe earbuds stayed put through a ten-mile run and survived a drop into a puddle.\n\nCheck price on Amazon\n\nMost read", "The earbuds stayed", article.LabelContent, ModeText},
		{"a shopping button", body1 + "\n\nCheck price on Amazon\n\n" + body2, "Check price", article.LabelCTA, ModeText},
		{"a bio under an author box's header", body1 + "\n\n" + body2 + "\n\nAbout the author\n\nSam Lee has reviewed audio gear for eight years and lives in Portland with two cats.", "Sam Lee has", article.LabelAuthor, ModeText},
		{"a letter's signature", "Parking mess\n\n" + body1 + "\n\n" + body2 + "\n\n— Linda Park, Milford\n\nMost Read", "Linda Park", article.LabelAuthor, ModeText},
		{"a list under a paragraph that ends in a colon", body1 + "\nThe council listed three priorities for the new money:\nFix the bridge\nOpen the garage\nHire two librarians\n\nCopyright 2024 The Ledger", "Open the garage", article.LabelContent, ModeText},
		{"a last paragraph after an inline link", "Talks stall\n\n" + body1 + "\n\n" + body2 + "\n\nAlso Read: Kremlin says summit still possible\n\nRussian officials have repeatedly denied the plan.\n\nShare on Facebook\n\nTags: Russia, Ukraine", "Russian officials have", article.LabelContent, ModeText},
		{"a live page's last entry after its time stamp", "Election day live\n\n" + body1 + "\n\n14:32 GMT\n\n" + body2 + "\n\n2.15pm\n\nThe interior minister said there had been no major incidents.\n\nShare on Facebook", "The interior minister", article.LabelContent, ModeText},
		{"a live page's last entry after a time stamp and its heading", "Election day live\n\n" + body1 + "\n\n14:32 GMT\n\n" + body2 + "\n\n2.15pm\n\nNo major incidents\n\nThe interior minister said there had been no major incidents.\n\nShare on Facebook", "The interior minister", article.LabelContent, ModeText},
		{"a line after a time stamp that does not end like a sentence stays out (guard)", "Election day live\n\n" + body1 + "\n\n" + body2 + "\n\n2.15pm\n\nPolls close at six in most states and the count starts tonight\n\nShare on Facebook", "Polls close at", article.LabelRelated, ModeText},
		{"a teaser after an inline link stays out (guard)", "Talks stall\n\n" + body1 + "\n\n" + body2 + "\n\nRead more: Kremlin says summit still possible\n\nThe Kremlin said on Friday that a summit was still possible, and...\n\nTags: Russia, Ukraine", "The Kremlin said", article.LabelRelated, ModeText},
		{"a last paragraph after a video's caption", "Dam collapse\n\n" + body1 + "\n\n" + body2 + "\n\nVideo: Residents evacuate as water rises in Kherson\n\nThousands of people have been evacuated from towns along the river.\n\nSource: Al Jazeera and news agencies", "Thousands of people", article.LabelContent, ModeText},
		{"a source line of several words", body1 + "\n\n" + body2 + "\n\nSource: Al Jazeera and news agencies", "Source: Al Jazeera", article.LabelSourceCredit, ModeText},
		{"a shell command is no source credit (guard)", body1 + "\n\n$ source venv/bin/activate now please\n\n" + body2, "$ source", article.LabelHeading, ModeText},
		{"a credit of the original reporting", body1 + "\n\n" + body2 + "\n\nThis report was based on original reporting by Sarah Burris of Rawstory.", "This report was", article.LabelSourceCredit, ModeText},
		{"a newsletter's pitch", body1 + "\n\n" + body2 + "\n\nGet our top stories in your inbox every morning", "Get our top", article.LabelConsent, ModeText},
		{"a sign-up's thanks", body1 + "\n\n" + body2 + "\n\nSign up\n\nThank you for signing up!", "Thank you for", article.LabelCTA, ModeText},
		{"an ad's scroll prompt", body1 + "\n\nAdvertisement - Scroll to continue\n\n" + body2, "Advertisement", article.LabelNavigation, ModeText},
		{"a last paragraph after a channel's pitch", "Talks stall\n\n" + body1 + "\n\n" + body2 + "\n\nJoin our WhatsApp channel for the latest updates\n\n“Ukraine will decide its own future,” he said in his nightly video address.\n\nRecommended Stories\n\nPutin's war machine running out of steam, experts say\n\nKate Middleton's stunning new look leaves fans speechless", "“Ukraine will decide", article.LabelContent, ModeText},
		{"a newspaper's link to the rest of the story", body1 + "\n\nContinue reading the main story\n\n" + body2, "Continue reading", article.LabelNavigation, ModeText},
		{"an app's pitch", body1 + "\n\n" + body2 + "\n\nDownload The Mint News App to get Daily Market Updates & Live Business News.", "Download The Mint", article.LabelCTA, ModeText},
		{"a live page's entry heading under its time", liveEntries, "Flood warnings in force", article.LabelHeading, ModeText},
		{"a live page's last entry stays in the text", liveEntries, "The Met Office has extended", article.LabelContent, ModeText},
		{"a sentence that opens with 'More'", body1 + "\n\nMore storms were forecast for Monday, the weather service said.\n\n" + body2, "More storms", article.LabelContent, ModeText},
		{"a sentence that opens with 'Watch'", body1 + "\n\nWatch out for fallen trees, the police told drivers.\n\n" + body2, "Watch out", article.LabelContent, ModeText},
		{"a teaser set off by a colon (guard)", body1 + "\n\n" + body2 + "\n\nMore: Storms forecast to hit the coast again on Monday.", "More:", article.LabelRelated, ModeText},
		{"the story goes on after a most-read box inside it", tabloidMostRead, "Sir Nigel Ashcombe", article.LabelContent, ModeText},
		{"a most-read box inside the story stays out (guard)", tabloidMostRead, "Royal fans in tears", article.LabelRelated, ModeText},
		{"teasers that read like prose after a most-read header stay out (guard)", body1 + "\n\n" + body2 + "\n\n" + body1 + "\n\nMost Read\n\nThe mayor of a small town said on Monday that the bridge would reopen next year.\n\nA judge ruled on Friday that the hospital must pay the family of the patient.", "A judge ruled", article.LabelRelated, ModeText},
		{"a name over the author's job under the headline", "Marlow Bay council approves fourplexes on residential lots after late-night debate\n\nPriya Raghunathan\nCity Hall Reporter, The Marlow Bay Chronicle\n\n" + body1 + "\n\n" + body2, "Priya Raghunathan", article.LabelAuthor, ModeText},
		{"the author's job under the name", "Marlow Bay council approves fourplexes on residential lots after late-night debate\n\nPriya Raghunathan\nCity Hall Reporter, The Marlow Bay Chronicle\n\n" + body1 + "\n\n" + body2, "City Hall Reporter", article.LabelAuthor, ModeText},
		{"a name and the place filed from", "Court quashes permit\n\nHome / Cities / Mumbai\n\nAnanya Rao / Mumbai\n\n" + body1 + "\n\n" + body2, "Ananya Rao", article.LabelAuthor, ModeText},
		{"a section path stays navigation (guard)", "Court quashes permit\n\nCities / Mumbai\n\n" + body1 + "\n\n" + body2, "Cities / Mumbai", article.LabelNavigation, ModeText},
		{"a betting offer beside a match report", body1 + "\n\n" + body2 + "\n\nNew customers only. Bet £10 and get £30 in free bets. 18+. T&Cs apply. BeGambleAware.org", "New customers only", article.LabelCTA, ModeText},
		{"an affiliate disclosure in one sentence", "Chipmaker talks\n\nWe may earn a commission when you buy through links on our site.\n\n" + body1 + "\n\n" + body2, "We may earn", article.LabelConsent, ModeText},
		{"a paywall's pitch", body1 + "\n\n" + body2 + "\n\nUnlimited online access to articles from across Canada with one account.", "Unlimited online access", article.LabelCTA, ModeText},
		{"a caption above its picture's credit", body1 + "\n\nA Harrowgate Home store in Leeds. The chain said trading had been weak.\nPhotograph: Colm Treacy/Brightfold Images\n\n" + body2, "A Harrowgate Home store", article.LabelCaption, ModeText},
		{"a caption ending in its credit", body1 + "\n\nMaren Holtvedt measures the water level in a well near Orland Creek in July. Photo: Teagan Sorli/The Okanagan Ledger\n\n" + body2, "Maren Holtvedt measures", article.LabelCaption, ModeText},
		{"a reader appeal", body1 + "\n\n" + body2 + "\n\n\u2026 we have a small favour to ask. Readers in 180 countries tell us that our journalism helps them make sense of a complicated world.", "we have a small favour", article.LabelCTA, ModeText},
		{"the text after a most-read link in it stays the article's", body1 + "\n\n" + body2 + "\n\nCouncillors from the opposition said the plan was rushed and that residents had not been asked about the library at all.\n\nThe council leader said the consultation had run for six weeks and had drawn more than two thousand replies from residents.\n\nMost read: Wendlow hospital car park charges to rise by 40p an hour from April\n\nThe mayor said the library would open in the spring of next year after a long delay.\n\nShe said the roads would be repaired first, starting with the ring road in the north.", "The mayor said", article.LabelContent, ModeText},
		{"a site's pitch for its news", body1 + "\n\n" + body2 + "\n\nCatch all the Business News, Breaking News Events and Latest News Updates on Live Mint.", "Catch all the", article.LabelCTA, ModeText},
		{"a byline with a bar, a long date and an update", "Transit strike halts buses\n\nLocal News › Transportation\nBy Alicia Brennan-Soto | Published March 16, 2026 at 6:58 a.m. | Updated 2:31 p.m.\n\n" + body1 + "\n\n" + body2, "By Alicia", article.LabelAuthor, ModeText},
		{"a staff byline under a link list", "Live updates: Tornadoes kill two in central Oklahoma\n\nWeather\nLocal News\nLIVE\n3 weather alerts in effect\nBy KRDL 7 News Staff\nPublished: 6:58 PM CDT May 6, 2025\n\n" + body1 + "\n\n" + body2, "By KRDL", article.LabelAuthor, ModeText},
		{"a name over the author's job and the date under a cookie notice", bylineUnderNotice, "Clodagh Ferris", article.LabelAuthor, ModeText},
		{"the job under that name", bylineUnderNotice, "Midlands Correspondent", article.LabelAuthor, ModeText},
		{"the date under that job", bylineUnderNotice, "Tue 11 Mar", article.LabelAuthor, ModeText},
		{"a name and the author's job on one line", "Earthquake closes highway\n\nNZ News | Live: Waitoroa earthquake\nMereana Halberg, Regional Reporter\n9 March 2026, 4:05pm\n\n" + body1 + "\n\n" + body2, "Mereana Halberg", article.LabelAuthor, ModeText},
		{"a staff byline of its own", "Union threatens protest over election law\n\nHome / Pakistan / Politics\nOur Staff Reporter\nFollow us on WhatsApp\n\n" + body1 + "\n\n" + body2, "Our Staff Reporter", article.LabelAuthor, ModeText},
		{"a bare name over the byline's date", "Transport union threatens strike\n\nBusiness | Energy | Economy\nKwabena Ansah-Mensah\nTue, 16 Sep 2025\nShare\n\n" + body1 + "\n\n" + body2, "Kwabena", article.LabelAuthor, ModeText},
		{"a section's name over the date is no byline (guard)", "Mariners lose to Stingrays\n\nFantasy Football\nApril 12, 2025\n\n" + body1 + "\n\n" + body2, "Fantasy Football", article.LabelNavigation, ModeText},
		{"a title-case headline over twenty words", "Mortgage Rates: 7 Things Every Homeowner Must Know Before the Bank of England’s Next Move (Number 5 Will Shock You!)\n\nHome » Money » Mortgages\n\n" + body1 + "\n\n" + body2, "Mortgage Rates", article.LabelHeadline, ModeText},
		{"a sponsored link between paragraphs", body1 + "\n\nSponsored: Compare today’s best mortgage rates from 90+ lenders in 60 seconds\n\n" + body2, "Sponsored:", article.LabelRelated, ModeText},
		{"a free quote's pitch", body1 + "\n\nCheck your mortgage rates now – get a free, no-obligation quote →\n\n" + body2, "Check your", article.LabelCTA, ModeText},
		{"a live page's entry, its time and heading on one line", "Storm live: warning extended\n\nKey points\n- About 60,000 homes without power, the utility says\n- Gusts of 87mph recorded at the coast\n- Rail services cancelled between two cities\n\n15:47 - Power cuts rise to about 60,000\n\n" + body1 + "\n\n15:20 - Met Office extends amber warning\n\n" + body2, "15:47", article.LabelHeading, ModeText},
		{"one entry's time and heading alone is no live page (guard)", "Storm live: warning extended\n\nShare\nFacebook\nX\n15:47 - Power cuts rise to about 60,000\n\n" + body1 + "\n\n" + body2, "15:47", article.LabelRelated, ModeText},
		{"a key point that ends with who says it", "Storm live: warning extended\n\nKey points\n- About 60,000 homes without power, Northmoor Power Networks says\n- Gusts of 87mph recorded at the coast\n- Rail services cancelled between two cities\n\n" + body1 + "\n\n" + body2, "- About 60,000", article.LabelContent, ModeText},
		{"a share bar's buttons", "Council passes budget after a long debate\n\nShare  Facebook  X  WhatsApp  Copy link\n\n" + body1 + "\n\n" + body2, "Share", article.LabelNavigation, ModeText},
		{"a related story's question after its label", body1 + "\n\nRelated: Sewage sludge on farms: what is in it, and should we worry?\n\n" + body2, "Related:", article.LabelRelated, ModeText},
		{"a live page's call to refresh", "Storm live: warning extended\n\nRefresh this page for the latest updates.\n\n" + body1 + "\n\n" + body2, "Refresh", article.LabelCTA, ModeText},
		{"a menu's pair over a date on a page in another language is no byline (guard)", "Showdown vor den Wahlen\n\nOlympische Winterspiele\n13. Februar 2017\n\nDer Gemeinderat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen, der mehr Geld für Schulen vorsieht.\n\nDie Verwaltung sagte, das Geld werde für Straßen, Schulen und eine neue Bibliothek im Norden der Stadt ausgegeben.", "Olympische", article.LabelNavigation, ModeText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := labelOf(t, c, tt.text, tt.line, tt.mode); got != tt.want {
				t.Errorf("label %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHeadlineRepeated(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const head = "Council approves plan to repair the Elm Street bridge"
	text := head + "\n" + body1 + "\n" + head + "\n" + body2
	res := c.Classify(Input{Text: text, Lines: segment.Lines(text), Mode: ModeText})
	var got []article.Label
	for _, b := range res.Blocks {
		if text[b.Start:b.End] == head {
			got = append(got, b.Label)
		}
	}
	if want := []article.Label{article.LabelHeadline, article.LabelRelated}; !slices.Equal(got, want) {
		t.Errorf("the headline and its copy are %v, want %v", got, want)
	}
}

func TestLongFirstLine(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		first    string
		headline bool
	}{
		{"every word capitalised", "Mortgage Rates: 7 Things Every Homeowner Must Know Before the Bank of England’s Next Move (Number 5 Will Shock You!)", true},
		{"a sentence (guard)", "The city council approved the new budget for roads and schools on Tuesday after a debate that lasted more than four hours", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.first + "\n\n" + body1 + "\n\n" + body2
			got := labelOf(t, c, text, tt.first, ModeText) == article.LabelHeadline
			if got != tt.headline {
				t.Errorf("headline %v, want %v", got, tt.headline)
			}
		})
	}
}

func TestTableOfContents(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	para := func(n int) string {
		return fmt.Sprintf("Paragraph %d says that the council will decide on the plan for the bridge in the spring of next year.", n)
	}
	heads := []string{"1. The base rate is on hold", "2. Fixed rates are falling", "3. Two-year or five-year fix?", "Conclusion"}
	toc := "Best mortgage deals explained for first-time buyers\n\nTable of Contents\n" + strings.Join(heads, "\n") + "\n\n" + para(0)
	for i, h := range heads {
		toc += "\n\n" + h + "\n\n" + para(i+1)
		if i == 1 {
			// A pitch between two sections.
			toc += "\n\nCheck your rates now – get a free, no-obligation quote"
		}
	}
	// A menu over the text and again in the footer is no table of contents.
	menu := "Home\nNews\nSport\nWeather"
	footer := "Council delays bridge vote\n\n" + menu + "\n\n" + para(1) + "\n\n" + para(2) + "\n\n" + para(3) + "\n\n" + menu

	tests := []struct {
		name string
		text string
		line string
		want []article.Label
	}{
		{"an entry and the sub-heading it lists", toc, heads[0], []article.Label{article.LabelNavigation, article.LabelHeading}},
		{"a sub-heading after a pitch", toc, heads[2], []article.Label{article.LabelNavigation, article.LabelHeading}},
		{"a one-word entry", toc, heads[3], []article.Label{article.LabelNavigation, article.LabelHeading}},
		{"a menu again in the footer (guard)", footer, "Sport", []article.Label{article.LabelNavigation, article.LabelNavigation}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Classify(Input{Text: tt.text, Lines: segment.Lines(tt.text), Mode: ModeText})
			var got []article.Label
			for _, b := range res.Blocks {
				for _, l := range strings.Split(tt.text[b.Start:b.End], "\n") {
					if l == tt.line {
						got = append(got, b.Label)
					}
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("the line is %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	c, _ := New()
	tests := []struct {
		name, text               string
		title, author, published string
	}{
		{"dateline inside a content line", " date 2022-07-29 " + body1, "", "", "2022-07-29"},
		{"published label", "Published: 2021-03-04\n\n" + body1, "", "", "2021-03-04"},
		{"byline author", "Council passes budget\n\nBy Jane Doe\n\n" + body1, "Council passes budget", "Jane Doe", ""},
		{"byline with a bar", "Council passes budget\n\nBy Jane Doe | March 3, 2024\n\n" + body1, "Council passes budget", "Jane Doe", "2024-03-03"},
		{"date line", "Council passes budget\n\n16 Nov 2023\n\n" + body1, "Council passes budget", "", "2023-11-16"},
		{"author label", "Council passes budget\n\nAuthor: Jane Doe\n\n" + body1, "Council passes budget", "Jane Doe", ""},
		{"an agency's one-word byline", "Council passes budget\nPosted: Tuesday, 7 May 2024 | 09:32 IST\nBy PTI\n" + body1, "Council passes budget", "PTI", "2024-05-07"},
		{"one lower-case word after by is no byline (guard)", "Council passes budget\n\nBy now\n\n" + body1, "Council passes budget", "", ""},
		{"no date in a body date", body1 + " It met on 2022-07-29.", "", "", ""},
		{"a date under a headline under a menu", "Skip to main content\nHome\nNews\nLocal\nCouncil passes the city budget\nBy Jane Doe\n5 March 2024\n" + body1 + "\n" + body2, "Council passes the city budget", "Jane Doe", "2024-03-05"},
		{"a blog's date line with its author", "Council passes budget\n\nPosted on March 4, 2024 by Jane Doe\n\n" + body1, "Council passes budget", "Jane Doe", "2024-03-04"},
		{"a blog's account is no author", "Council passes budget\n\nPosted on March 4, 2024 by admin\n\n" + body1, "Council passes budget", "", "2024-03-04"},
		{"published with a clock time", "Council passes budget\n\nPublished 6:45 a.m. ET March 3, 2024 | Updated 9:12 a.m. ET March 3, 2024\n\n" + body1, "Council passes budget", "", "2024-03-03"},
		{"a date in numbers, day first", "Council passes budget\n\nPublished on: 25/03/2024 10:15 AM\n\n" + body1, "Council passes budget", "", "2024-03-25"},
		{"a date in numbers, month first", "Council passes budget\n\nUpdated: 03/25/2024\n\n" + body1, "Council passes budget", "", "2024-03-25"},
		{"a date in numbers, year first", "Council passes budget\n\nPosted 2024.03.25 by Jane Doe\n\n" + body1, "Council passes budget", "Jane Doe", "2024-03-25"},
		{"day and month in numbers that could be either (guard)", "Council passes budget\n\nPublished on: 12/03/2024 10:15 AM\n\n" + body1, "Council passes budget", "", ""},
		{"a labelled date under the text", "Council passes budget\n\n" + body1 + "\n\n" + body2 + "\n\n" + body1 + "\n\n" + body2 + "\n\nRead more\n\nComments\n\nPublished 10:32, Wed, Mar 13, 2024 | UPDATED: 11:05, Wed, Mar 13, 2024", "Council passes budget", "", "2024-03-13"},
		{"labelled dates of teasers under the text (guard)", "Council passes budget\n\n" + body1 + "\n\n" + body2 + "\n\n" + body1 + "\n\n" + body2 + "\n\nMost read\n\nMayor opens bridge\n\nPublished March 1, 2024\n\nSchool closes early\n\nPublished March 4, 2024", "Council passes budget", "", ""},
		{"a timestamp alone on its line", "Council passes budget\n\n2024-03-25T10:15:00Z\n\n" + body1, "Council passes budget", "", "2024-03-25"},
		{"a clock time and a date in numbers with dots alone on the line", "Council passes budget\n18:45 23.11.2026\n" + body1, "Council passes budget", "", "2026-11-23"},
		{"a date in numbers alone that could be either (guard)", "Council passes budget\n12.11.2026\n" + body1, "Council passes budget", "", ""},
		{"a date and a clock time alone on the line", "Council passes budget\n\n2024-03-25 10:15\n\n" + body1, "Council passes budget", "", "2024-03-25"},
		{"a byline with a bar, a long date and an update", "Transit strike halts buses\n\nLocal News › Transportation\nBy Alicia Brennan-Soto | Published March 16, 2026 at 6:58 a.m. | Updated 2:31 p.m.\n\n" + body1 + "\n\n" + body2, "Transit strike halts buses", "Alicia Brennan-Soto", "2026-03-16"},
		{"a byline written by, with the place", "Besra promises state jobs\n\nHome › Elections\nWritten by Ritika Kujur | Dumka | Updated: March 13, 2026 18:42 IST\n\n" + body1, "Besra promises state jobs", "Ritika Kujur", "2026-03-13"},
		{"a name before a bar and the date", "Utility moves to stage 4 power cuts\n\nBusiness Tribune > News > Energy\nThandeka Mokoena | 14 May 2025, 06:12\n\n" + body1, "Utility moves to stage 4 power cuts", "Thandeka Mokoena", "2025-05-14"},
		{"a byline with the job and a handle after dashes", "Pawnshop guard killed\n\nNEWSINFO / Metro\nBy: Jerome V. Malabanan - Reporter / @JVMalabananPDC\n\n" + body1, "Pawnshop guard killed", "Jerome V. Malabanan", ""},
		{"a name before the author's job", "Harrowgate Home shares fall\n\nBusiness › Retail industry\nEleanor Whitcombe Retail correspondent\nThu 12 Mar 2026 17.47 GMT\n\n" + body1, "Harrowgate Home shares fall", "Eleanor Whitcombe", "2026-03-12"},
		{"the byline's date under a cookie notice and a menu", bylineUnderNotice, "Appeals board hears objections to 240-home plan", "Clodagh Ferris", "2025-03-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Classify(Input{Text: tt.text, Lines: segment.Lines(tt.text)})
			got := [3]string{res.Title, res.Author, res.Published}
			if want := [3]string{tt.title, tt.author, tt.published}; got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestMemoryMarksTemplate(t *testing.T) {
	c, _ := New()
	promo := "Our reporting relies on readers like you who chip in every single month to keep it going strong."
	text := body1 + "\n\n" + body2 + "\n\n" + promo
	lines := segment.Lines(text)
	seen := make([]float64, len(lines))
	seen[2] = 3
	res := c.Classify(Input{Text: text, Lines: lines, Seen: seen})
	if res.Blocks[2].Label == article.LabelContent {
		t.Errorf("template line kept as content: %+v", res.Blocks[2])
	}
	// Seen twice, a second ago (decayed: 1.9999994), is seen twice; seen
	// twice a week ago (1.41) is not.
	for _, tc := range []struct {
		seen     float64
		template bool
	}{{2 * math.Exp2(-1.0/(14*86400)), true}, {2 * math.Exp2(-0.5), false}} {
		seen[2] = tc.seen
		res := c.Classify(Input{Text: text, Lines: lines, Seen: seen})
		if got := res.Blocks[2].Label != article.LabelContent; got != tc.template {
			t.Errorf("seen %v: template %v, want %v (%+v)", tc.seen, got, tc.template, res.Blocks[2])
		}
	}
	// A repeat of a whole article (all long prose seen) ignores memory.
	long := body1 + " " + body2
	text = long + "\n\n" + long + " Again.\n\n" + long + " Once more."
	lines = segment.Lines(text)
	res = c.Classify(Input{Text: text, Lines: lines, Seen: []float64{3, 3, 3}})
	for _, b := range res.Blocks {
		if b.Label != article.LabelContent {
			t.Errorf("repeated article lost content: %+v", b)
		}
	}
}

// TestLexiconLabels guards the data file against a mistyped label.
func TestLexiconLabels(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{"footer": true, "comments_start": true, "readnext_start": true, "summary_start": true, "shopping": true, "author_header": true, "inline": true, "colon_cue": true}
	for _, l := range article.Labels {
		known[string(l)] = true
	}
	for _, l := range c.lex.Labels() {
		if !known[l] {
			t.Errorf("lexicon.txt uses unknown label %q", l)
		}
	}
}

func TestLinkedLines(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := body1 + "\n\nMAYOR FACES RECALL EFFORT AFTER SPENDING ROW\n\n" + body2 + "\n\nRead the full report\n\n" + body2 + "\n\nhttps://example.com/report.pdf"
	tests := []struct {
		name   string
		linked []bool
		line   string
		want   article.Label
	}{
		{"another story's headline, linked", []bool{false, true, false, false, false, false}, "MAYOR FACES", article.LabelRelated},
		{"the same line, not linked", nil, "MAYOR FACES", article.LabelHeading},
		{"a short linked line", []bool{false, false, false, true, false, false}, "Read the full", article.LabelRelated},
		{"a bare address stays", []bool{false, false, false, false, false, true}, "https://example.com", article.LabelHeading},
		{"a linked first line stays", []bool{true, false, false, false, false, false}, "The city council", article.LabelContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Classify(Input{Text: text, Lines: segment.Lines(text), Mode: ModeExtracted, Linked: tt.linked})
			for _, b := range res.Blocks {
				if strings.Contains(text[b.Start:b.End], tt.line) {
					if b.Label != tt.want {
						t.Errorf("label %q (%s), want %q", b.Label, b.Reason, tt.want)
					}
					return
				}
			}
			t.Fatalf("line %q not in any block", tt.line)
		})
	}
}
