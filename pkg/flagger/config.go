package flagger

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/flagger/corroborate"
)

//go:embed data/config.json
var defaultConfigJSON []byte

// Config holds every threshold and weight of the flagger. DefaultConfig reads
// the embedded data/config.json; docs/flags.md explains what each flag means.
type Config struct {
	SEOSpam struct {
		BlockThreshold  float64 `json:"block_threshold"`  // Block.Spam at or above which a block is spam
		SignalThreshold float64 `json:"signal_threshold"` // Signals["spam"] at or above which the article is
		HighBlocks      int     `json:"high_blocks"`      // spam blocks for severity high
	} `json:"seo_spam"`
	Clickbait struct {
		Threshold float64 `json:"threshold"` // Signals["clickbait"] for the flag
		High      float64 `json:"high"`      // score from which the flag is warn rather than info
	} `json:"clickbait"`
	Loaded struct {
		HeadlineWeight float64 `json:"headline_weight"` // multiplier for terms in the headline
		BodyWeight     float64 `json:"body_weight"`     // multiplier for terms in the body
		Threshold      float64 `json:"threshold"`       // weighted sum for the flag
		Warn           float64 `json:"warn"`            // weighted sum for severity warn
		MaxEvidence    int     `json:"max_evidence"`
	} `json:"loaded_language"`
	Mismatch struct {
		MinUnsupported int `json:"min_unsupported"` // unsupported names or numbers for the flag
		PrefixLen      int `json:"prefix_len"`      // shared prefix that matches word forms (Russia/Russian)
	} `json:"headline_mismatch"`
	Sourcing struct {
		// Checkworthy: claims at or above count as check-worthy. Stricter
		// than the claims stage's 0.5 (F1-optimal on debates): a news
		// paragraph is mostly factual, and unattributed_claims asks only
		// about the claims the model is surest of.
		Checkworthy float64 `json:"checkworthy"`
		// anonymous_source: at least anonymous_min unnamed-source
		// attributions making anonymous_share of all, or fewer making
		// anonymous_warn_share of at least anonymous_min_total attributions;
		// warn from anonymous_warn_share.
		AnonymousShare     float64 `json:"anonymous_share"`
		AnonymousMinTotal  int     `json:"anonymous_min_total"`
		AnonymousMin       int     `json:"anonymous_min"`
		AnonymousWarnShare float64 `json:"anonymous_warn_share"`
		// AnonymousOneShare is the share one unnamed source must carry
		// alone to count ("Officials said" once among three attributions
		// does not; a story resting on "a source close to the club" does).
		AnonymousOneShare float64 `json:"anonymous_one_share"`
		// secondhand_source: at least secondhand_min relayed attributions
		// making secondhand_share of all; warn from secondhand_warn_share.
		SecondhandShare     float64 `json:"secondhand_share"`
		SecondhandMin       int     `json:"secondhand_min"`
		SecondhandWarnShare float64 `json:"secondhand_warn_share"`
		// unattributed_claims: at least unattributed_min check-worthy claims
		// without attribution making unattributed_share of the check-worthy
		// ones; warn from unattributed_warn_share.
		UnattributedShare     float64 `json:"unattributed_share"`
		UnattributedMin       int     `json:"unattributed_min"`
		UnattributedWarnShare float64 `json:"unattributed_warn_share"`
		CueWindow             int     `json:"cue_window"` // words between a source noun and a speech verb
	} `json:"sourcing"`
	ContentFarm struct {
		Threshold            float64 `json:"threshold"`
		HireMeMin            float64 `json:"hire_me_min"`   // hire-me lexicon weight for the sign
		HireMeScore          float64 `json:"hire_me_score"` // what the sign adds
		UnrelatedBio         float64 `json:"unrelated_bio"`
		NoByline             float64 `json:"no_byline"`
		FillerMin            float64 `json:"filler_min"`       // SEO-filler lexicon weight for the sign
		FillerScore          float64 `json:"filler_score"`     // what the sign adds
		StuffingMin          int     `json:"stuffing_min"`     // uses of one headline keyword pair in the body
		StuffingDensity      float64 `json:"stuffing_density"` // and per 100 body words
		StuffingScore        float64 `json:"stuffing_score"`   // what the sign adds
		BioMinTopicWords     int     `json:"bio_min_topic_words"`
		ArticleMinTopicWords int     `json:"article_min_topic_words"`
		BioManyBeats         int     `json:"bio_many_beats"` // distinct topics of a bio that make it a writer's for hire (0: off)
	} `json:"content_farm"`
	Syndicated struct {
		Threshold float64 `json:"threshold"`
		MaxLine   int     `json:"max_line"`
	} `json:"syndicated_copy"`
	Malformed struct {
		Min  int `json:"min"`
		Warn int `json:"warn"`
	} `json:"malformed_quotes"`
	Language struct {
		MinWords        int     `json:"min_words"`
		MisspellingRate float64 `json:"misspelling_rate"` // distinct unknown words / words checked
		MinMisspelled   int     `json:"min_misspelled"`   // distinct unknown words needed besides
		ForeignRate     float64 `json:"foreign_rate"`     // above this the copy is taken as not English
		MaxCheck        int     `json:"max_check"`        // words looked up at most (a sample of long texts)
		GarbledMin      int     `json:"garbled_min"`
		MaxEvidence     int     `json:"max_evidence"`
	} `json:"language_quality"`
	Corroborate corroborate.Options `json:"corroborate"`
	Risk        struct {
		Weights        map[string]float64 `json:"weights"`
		SeverityFactor map[string]float64 `json:"severity_factor"`
	} `json:"risk"`
}

// DefaultConfig returns the embedded defaults.
func DefaultConfig() Config {
	var c Config
	if err := ParseConfig(defaultConfigJSON, &c); err != nil {
		// The embedded file is covered by tests; this cannot happen in a
		// released binary.
		panic(err)
	}
	return c
}

// ParseConfig reads a JSON config strictly (unknown keys are errors).
func ParseConfig(b []byte, c *Config) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(c); err != nil {
		return fmt.Errorf("flagger: parse config: %w", err)
	}
	return nil
}

// Codes lists every flag code the flagger raises, in a stable order.
var Codes = []string{
	article.FlagSEOSpam, article.FlagClickbaitHeadline, article.FlagLoadedLanguage, article.FlagHeadlineMismatch,
	article.FlagAnonymousSource, article.FlagSecondhandSource, article.FlagUnattributedClaims, article.FlagContentFarm,
	article.FlagSyndicatedCopy, article.FlagMalformedQuotes, article.FlagLanguageQuality, article.FlagNearDuplicate,
	article.FlagCorroboratedClaim, article.FlagContradictedClaim, article.FlagQuoteAttributionConflict,
}

// Validate checks ranges and that every code has a risk weight.
func (c Config) Validate() error {
	var errs []error
	unit := func(name string, v float64) {
		if v < 0 || v > 1 {
			errs = append(errs, fmt.Errorf("%s = %v, want [0,1]", name, v))
		}
	}
	pos := func(name string, v float64) {
		if v <= 0 {
			errs = append(errs, fmt.Errorf("%s = %v, want > 0", name, v))
		}
	}
	unit("seo_spam.block_threshold", c.SEOSpam.BlockThreshold)
	unit("seo_spam.signal_threshold", c.SEOSpam.SignalThreshold)
	unit("clickbait.threshold", c.Clickbait.Threshold)
	unit("clickbait.high", c.Clickbait.High)
	pos("loaded_language.threshold", c.Loaded.Threshold)
	pos("loaded_language.max_evidence", float64(c.Loaded.MaxEvidence))
	pos("headline_mismatch.min_unsupported", float64(c.Mismatch.MinUnsupported))
	pos("headline_mismatch.prefix_len", float64(c.Mismatch.PrefixLen))
	unit("sourcing.checkworthy", c.Sourcing.Checkworthy)
	unit("sourcing.anonymous_share", c.Sourcing.AnonymousShare)
	unit("sourcing.secondhand_share", c.Sourcing.SecondhandShare)
	unit("sourcing.unattributed_share", c.Sourcing.UnattributedShare)
	pos("sourcing.anonymous_min", float64(c.Sourcing.AnonymousMin))
	pos("sourcing.anonymous_min_total", float64(c.Sourcing.AnonymousMinTotal))
	unit("sourcing.anonymous_one_share", c.Sourcing.AnonymousOneShare)
	pos("sourcing.secondhand_min", float64(c.Sourcing.SecondhandMin))
	pos("sourcing.unattributed_min", float64(c.Sourcing.UnattributedMin))
	pos("sourcing.cue_window", float64(c.Sourcing.CueWindow))
	pos("content_farm.threshold", c.ContentFarm.Threshold)
	pos("content_farm.filler_min", c.ContentFarm.FillerMin)
	pos("content_farm.stuffing_min", float64(c.ContentFarm.StuffingMin))
	pos("content_farm.stuffing_density", c.ContentFarm.StuffingDensity)
	if c.ContentFarm.BioManyBeats < 0 {
		errs = append(errs, fmt.Errorf("content_farm.bio_many_beats = %d, want >= 0 (0: off)", c.ContentFarm.BioManyBeats))
	}
	unit("syndicated_copy.threshold", c.Syndicated.Threshold)
	pos("syndicated_copy.max_line", float64(c.Syndicated.MaxLine))
	pos("malformed_quotes.min", float64(c.Malformed.Min))
	unit("language_quality.misspelling_rate", c.Language.MisspellingRate)
	unit("language_quality.foreign_rate", c.Language.ForeignRate)
	pos("language_quality.max_check", float64(c.Language.MaxCheck))
	pos("language_quality.min_misspelled", float64(c.Language.MinMisspelled))
	pos("language_quality.garbled_min", float64(c.Language.GarbledMin))
	pos("language_quality.max_evidence", float64(c.Language.MaxEvidence))
	pos("corroborate.quote_words", float64(c.Corroborate.QuoteWords))
	for _, code := range Codes {
		w, ok := c.Risk.Weights[code]
		if !ok {
			errs = append(errs, fmt.Errorf("risk.weights: no weight for %s", code))
			continue
		}
		unit("risk.weights."+code, w)
	}
	for _, sev := range []string{article.SeverityInfo, article.SeverityWarn, article.SeverityHigh} {
		f, ok := c.Risk.SeverityFactor[sev]
		if !ok {
			errs = append(errs, fmt.Errorf("risk.severity_factor: no factor for %s", sev))
		}
		unit("risk.severity_factor."+sev, f)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("flagger: config: %w", err)
	}
	return nil
}
