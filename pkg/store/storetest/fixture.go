package storetest

import (
	"time"

	"github.com/copydesk/copydesk/pkg/article"
)

var fixedTime = time.Date(2026, 11, 21, 9, 30, 15, 123456789, time.UTC)

// pipeline is the order stages pass a document, with the versions the
// fixtures record.
var pipeline = []struct{ name, version string }{
	{"ingest", "1"}, {"clean", "1.3"}, {"claims", "2"}, {"flagger", "0.9"},
}

const fixtureText = `Lavrov says talks with Blinken were short
Russian foreign minister Sergey Lavrov said on Thursday that the talks lasted 20 minutes. "I left the room. We shook hands," the minister said.
Officials said 40 per cent of the funds were spent, according to TASS.
Inflation rose to 7 per cent in October.
Hot singles in your area — click here`

// Article returns a deterministic document with the given id that has
// passed the first stages stages of the pipeline (0 to 4), with the fields
// and derived rows each of those stages adds.
func Article(id string, stages int) *article.Article {
	text := fixtureText
	a := &article.Article{
		Schema:      article.SchemaVersion,
		ID:          id,
		Source:      "example.com",
		URL:         "https://example.com/news/" + id,
		Title:       "Lavrov says talks with Blinken were short",
		Author:      "A. Reporter",
		Published:   "2026-11-20",
		Received:    fixedTime,
		Text:        text,
		ContentHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		Duplicate:   &article.Duplicate{Of: "01JEARLIER", Kind: "near", Similarity: 0.91},
	}
	at := fixedTime
	for i, st := range pipeline[:min(stages, len(pipeline))] {
		at = at.Add(time.Second)
		switch i {
		case 1:
			spam := 0.97
			a.Language = "en"
			a.Blocks = []article.Block{
				{Start: 0, End: 41, Label: article.LabelHeadline, Score: 0.9},
				{Start: 42, End: 184, Label: article.LabelContent, Score: 0.8, Reason: "long prose"},
				{Start: 185, End: 255, Label: article.LabelContent, Score: 0.8},
				{Start: 256, End: 296, Label: article.LabelContent, Score: 0.7},
				{Start: 297, End: len(text), Label: article.LabelSpam, Score: 0.95, Reason: "spam teaser", Spam: &spam},
			}
			a.MainText = text[42:296]
			a.SetSignal("spam", 0.2)
		case 2:
			a.Quotes = []article.Quote{
				{Text: "I left the room. We shook hands,", Start: 144, End: 176, Kind: article.KindDirect,
					Cue: &article.Span{Text: "said", Start: 191, End: 195},
					Speaker: &article.Speaker{Name: "Sergei Lavrov", Canonical: "Sergey Lavrov", EntityID: "sergey-lavrov",
						Mention: "the minister", Start: 178, End: 190, Type: article.SourcePerson},
					Confidence: 0.9},
				{Text: "40 per cent of the funds were spent", Start: 200, End: 235, Kind: article.KindIndirect,
					Via: "TASS", Confidence: 0.6},
			}
			a.Sentences = []article.Sentence{{Start: 42, End: 143, Checkworthy: 0.7}, {Start: 256, End: 296, Checkworthy: 0.8}}
			q := 0
			a.Claims = []article.Claim{
				{Text: "the talks lasted 20 minutes", Start: 114, End: 142, Checkworthy: 0.7, Quote: &q},
				{Text: "Inflation rose to 7 per cent in October.", Start: 256, End: 296, Checkworthy: 0.8},
			}
			a.Entities = []article.Entity{{ID: "sergey-lavrov", Name: "Sergey Lavrov", Type: article.EntityPerson,
				Aliases: []string{"Sergei Lavrov"}, Mentions: []article.Span{{Text: "Sergey Lavrov", Start: 67, End: 80}}}}
		case 3:
			risk := 0.72
			a.Claims[0].Fingerprint = "lavrov|talks|duration"
			a.Claims[0].Corroboration = 2
			a.Flags = []article.Flag{
				{Code: article.FlagSEOSpam, Severity: article.SeverityHigh, Score: 0.95,
					Evidence: []article.Span{{Text: text[297:], Start: 297, End: len(text)}}, Explanation: "spam teaser at the end"},
				{Code: article.FlagSecondhandSource, Severity: article.SeverityWarn, Score: 0.6,
					Evidence: []article.Span{{Text: "according to TASS", Start: 236, End: 253}}, Explanation: "relayed by a news agency",
					Related: []string{"01JEARLIER"}},
				{Code: article.FlagUnattributedClaims, Severity: article.SeverityInfo, Score: 0.4, Evidence: []article.Span{},
					Explanation: "one check-worthy claim has no source"},
			}
			a.SetSignal("clickbait", 0.1)
			a.Risk = &risk
		}
		a.MarkStage(st.name, st.version, time.Duration(i+1)*time.Millisecond, at)
	}
	return a
}
