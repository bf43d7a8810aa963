package article

// Quote kinds.
const (
	KindDirect   = "direct"   // only quoted words
	KindIndirect = "indirect" // reported speech, no quote marks
	KindMixed    = "mixed"    // reported speech with quoted fragments
)

// Source types of a speaker.
const (
	SourcePerson       = "person"
	SourceOrganization = "organization"
	SourceMedia        = "media"
	SourceAnonymous    = "anonymous"
	SourceDocument     = "document"
)

// Quote is an attributed statement in the article's content.
type Quote struct {
	Text       string   `json:"text"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Kind       string   `json:"kind"`
	Cue        *Span    `json:"cue,omitempty"`
	Speaker    *Speaker `json:"speaker,omitempty"`
	Via        string   `json:"via,omitempty"` // a relaying source or document
	Confidence float64  `json:"confidence"`
}

// Speaker is who a quote is attributed to.
type Speaker struct {
	Name      string `json:"name"`      // as resolved in the article, e.g. "Sergei Lavrov"
	Canonical string `json:"canonical"` // canonical name across the corpus, e.g. "Sergey Lavrov"
	EntityID  string `json:"entity_id,omitempty"`
	Mention   string `json:"mention"` // how the text refers to the speaker here, e.g. "the minister"
	Start     int    `json:"start"`   // offsets of Mention
	End       int    `json:"end"`
	Type      string `json:"type"` // one of the Source* constants
}

// Sentence is one sentence of the content with its check-worthiness score.
type Sentence struct {
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Checkworthy float64 `json:"checkworthy"`
}

// Claim is a check-worthy sentence.
type Claim struct {
	Text        string  `json:"text"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Checkworthy float64 `json:"checkworthy"`
	// Quote is the index in Quotes of the attribution that carries the claim;
	// nil means the claim is unattributed.
	Quote *int `json:"quote,omitempty"`
	// Fingerprint identifies the claim across articles (canonical entities,
	// numbers and key terms); set by the flagger.
	Fingerprint string `json:"fingerprint,omitempty"`
	// Corroboration is how many other independent sources carry the claim.
	Corroboration int `json:"corroboration,omitzero"`
}

// Entity types.
const (
	EntityPerson       = "person"
	EntityOrganization = "organization"
	EntityMedia        = "media"
	EntityPlace        = "place"
)

// Entity is a named person, organisation, media outlet or place.
type Entity struct {
	ID       string   `json:"id"` // stable across the corpus, derived from the canonical name
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases,omitempty"`
	Mentions []Span   `json:"mentions,omitempty"`
}
