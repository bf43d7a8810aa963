package classify

import (
	"encoding/json"
	"fmt"

	"github.com/copydesk/copydesk/pkg/clean/data"
)

// Params are the classifier's thresholds, loaded from data/params.json.
type Params struct {
	ProseMinWords int     `json:"prose_min_words"`
	ProseMinStop  float64 `json:"prose_min_stop"`
	// SentenceMinStop is the share of function words a sentence crowded
	// with names needs to resume the article after an inline pitch.
	SentenceMinStop float64 `json:"sentence_min_stop"`
	LongProseWords  int     `json:"long_prose_words"`
	// WireProseWords are the words a paragraph opening with a wire
	// dateline ("MOSCOW, March 5. /TASS/. …") needs to be the article's,
	// however crowded with names.
	WireProseWords   int     `json:"wire_prose_words"`
	TitleMaxWords    int     `json:"title_max_words"`
	HeadingMaxWords  int     `json:"heading_max_words"`
	LexiconThreshold float64 `json:"lexicon_threshold"`
	SpamThreshold    float64 `json:"spam_threshold"`
	SpamRunThreshold float64 `json:"spam_run_threshold"`
	// SpamLoneThreshold is the spam score a lone headline-like line among
	// the article's text needs (it must also be off-topic).
	SpamLoneThreshold      float64 `json:"spam_lone_threshold"`
	MemoryMinSeen          float64 `json:"memory_min_seen"`
	ZoneBoilerplatePenalty float64 `json:"zone_boilerplate_penalty"`
	ZoneShortPenalty       float64 `json:"zone_short_penalty"`
	ZoneContentCap         float64 `json:"zone_content_cap"`
	ZoneContentOffset      float64 `json:"zone_content_offset"`
	ZoneDatelineBonus      float64 `json:"zone_dateline_bonus"`
	TeaserMaxWords         int     `json:"teaser_max_words"`
	// ExtractedLongThreshold is the lexicon score a line of more than 25
	// words needs in go-trafilatura output.
	ExtractedLongThreshold float64 `json:"extracted_long_threshold"`
}

// DefaultParams returns the embedded parameters.
func DefaultParams() (Params, error) {
	var p Params
	if err := json.Unmarshal([]byte(data.MustRead("params.json")), &p); err != nil {
		return p, fmt.Errorf("classify: params.json: %w", err)
	}
	return p, nil
}
