// Package article defines the versioned JSON document that flows through the
// copydesk pipeline. Each stage enriches one Article: ingest fills the input
// fields, clean adds blocks and main text, claims adds quotes, sentences,
// claims and entities, and the flagger adds signals, flags and risk.
//
// Offsets everywhere are byte offsets into Text, the UTF-8 article text as
// given (Go string indices); for a .txt file that is the whole file, title
// line included. For an HTML page, clean sets Text to the extracted text and
// every offset refers to that.
//
// Slices and maps use the omitzero JSON option: a field whose stage has not
// run is nil and absent from the JSON, while a stage that ran and found
// nothing sets an empty, non-nil value, which encodes as [] or {}.
package article

import "time"

// SchemaVersion is the version of the document layout. Bump it when a field
// changes meaning; readers reject documents newer than they understand.
const SchemaVersion = 1

// Article is one news article and everything the pipeline learned about it.
type Article struct {
	Schema int    `json:"schema"`
	ID     string `json:"id"`

	// Input, as received.
	Source    string    `json:"source,omitempty"` // site or feed name, e.g. "express.co.uk"
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Author    string    `json:"author,omitempty"`
	Published string    `json:"published,omitempty"` // ISO 8601 date or date-time, as found
	Language  string    `json:"language,omitempty"`  // ISO 639-1, e.g. "en"
	Received  time.Time `json:"received,omitzero"`
	Text      string    `json:"text,omitempty"`
	HTML      string    `json:"html,omitempty"`
	// HTMLRef names the object (in the JetStream object store) that holds raw
	// HTML too large to carry in a message. Stages that need the HTML resolve it.
	HTMLRef string `json:"html_ref,omitempty"`

	// Ingest.
	ContentHash string     `json:"content_hash,omitempty"` // hex SHA-256 of the normalised text
	Duplicate   *Duplicate `json:"duplicate,omitempty"`

	// Clean.
	Blocks   []Block `json:"blocks,omitzero"`
	MainText string  `json:"main_text,omitempty"`

	// Claims.
	Quotes    []Quote    `json:"quotes,omitzero"`
	Sentences []Sentence `json:"sentences,omitzero"`
	Claims    []Claim    `json:"claims,omitzero"`
	Entities  []Entity   `json:"entities,omitzero"`

	// Signals are named article-level measurements in [0,1] unless documented
	// otherwise (docs/analyze.md lists the keys), written by the stage that
	// measures them: clean writes "spam", the flagger "clickbait", and so on.
	Signals map[string]float64 `json:"signals,omitzero"`

	// Flagger.
	Flags []Flag   `json:"flags,omitzero"`
	Risk  *float64 `json:"risk,omitempty"`

	// Stages records which stage versions have processed the document.
	Stages map[string]StageRun `json:"stages,omitzero"`

	// Error is set by batch tools when the record could not be processed.
	Error string `json:"error,omitempty"`
}

// Duplicate links an article to the earlier article it repeats.
type Duplicate struct {
	Of         string  `json:"of"`         // id of the article it repeats
	Kind       string  `json:"kind"`       // "exact" or "near"
	Similarity float64 `json:"similarity"` // 1 for exact duplicates
}

// StageRun records one stage's pass over the document.
type StageRun struct {
	Version    string    `json:"version"`
	DurationMS float64   `json:"duration_ms"`
	At         time.Time `json:"at"`
}

// Span is a piece of the article text with its byte offsets.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// SetSignal records a named signal, creating the map when needed.
func (a *Article) SetSignal(name string, v float64) {
	if a.Signals == nil {
		a.Signals = make(map[string]float64)
	}
	a.Signals[name] = v
}

// MarkStage records that stage name at version processed the document.
func (a *Article) MarkStage(name, version string, took time.Duration, at time.Time) {
	if a.Stages == nil {
		a.Stages = make(map[string]StageRun)
	}
	a.Stages[name] = StageRun{Version: version, DurationMS: float64(took.Microseconds()) / 1000, At: at.UTC()}
}

// Slice returns Text[start:end], clamped to the text, so that a bad offset
// never panics a renderer.
func (a *Article) Slice(start, end int) string {
	if start < 0 {
		start = 0
	}
	if end > len(a.Text) {
		end = len(a.Text)
	}
	if start >= end {
		return ""
	}
	return a.Text[start:end]
}
