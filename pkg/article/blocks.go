package article

// Label is what a block of the article text is.
type Label string

// Block labels. The seeds README defines each one.
const (
	LabelContent      Label = "content"
	LabelHeadline     Label = "headline"
	LabelHeading      Label = "heading"
	LabelNavigation   Label = "navigation"
	LabelRelated      Label = "related"
	LabelAuthor       Label = "author"
	LabelConsent      Label = "consent"
	LabelCTA          Label = "cta"
	LabelCaption      Label = "caption"
	LabelSourceCredit Label = "source_credit"
	LabelSpam         Label = "spam"
)

// Labels lists every block label, in a stable order.
var Labels = []Label{
	LabelContent, LabelHeadline, LabelHeading, LabelNavigation, LabelRelated, LabelAuthor,
	LabelConsent, LabelCTA, LabelCaption, LabelSourceCredit, LabelSpam,
}

// Block is a paragraph or line of the article text with its label.
type Block struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Label  Label   `json:"label"`
	Score  float64 `json:"score"`            // confidence in Label, in [0,1]
	Reason string  `json:"reason,omitempty"` // why, for editors
	// Spam is the SEO-spam score of a teaser block, when it was scored.
	Spam *float64 `json:"spam,omitempty"`
}

// IsBoilerplate reports whether the block is anything but the article's own
// text (content, headline and headings).
func (b Block) IsBoilerplate() bool {
	switch b.Label {
	case LabelContent, LabelHeadline, LabelHeading:
		return false
	}
	return true
}
