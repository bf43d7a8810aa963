package article

// Flag codes. docs/flags.md explains each one to an editor.
const (
	FlagSEOSpam            = "seo_spam"
	FlagClickbaitHeadline  = "clickbait_headline"
	FlagLoadedLanguage     = "loaded_language"
	FlagHeadlineMismatch   = "headline_mismatch"
	FlagAnonymousSource    = "anonymous_source"
	FlagUnattributedClaims = "unattributed_claims"
	FlagSecondhandSource   = "secondhand_source"
	FlagContentFarm        = "content_farm"
	FlagSyndicatedCopy     = "syndicated_copy"
	FlagMalformedQuotes    = "malformed_quotes"
	FlagLanguageQuality    = "language_quality"
	FlagNearDuplicate      = "near_duplicate"

	// Cross-article flags (severity info), from claim fingerprints shared
	// by every flagger replica: another independent source carries the same figure
	// or quote; another source gives a different figure for the same thing;
	// another source gives the same quote to a different speaker.
	FlagCorroboratedClaim        = "corroborated_claim"
	FlagContradictedClaim        = "contradicted_claim"
	FlagQuoteAttributionConflict = "quote_attribution_conflict"
)

// Severities, in increasing order.
const (
	SeverityInfo = "info"
	SeverityWarn = "warn"
	SeverityHigh = "high"
)

// Flag is something an editor should look at, with the words that raised it.
type Flag struct {
	Code        string  `json:"code"`
	Severity    string  `json:"severity"`
	Score       float64 `json:"score"`
	Evidence    []Span  `json:"evidence"`
	Explanation string  `json:"explanation"`
	// Related lists other article ids the flag refers to (the article a
	// near-duplicate repeats, articles that carry the same claim).
	Related []string `json:"related,omitempty"`
}
