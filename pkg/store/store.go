// Package store defines the persistence contract of copydesk: articles with
// their derived rows (blocks, quotes, claims, flags), the claim-fingerprint
// corpus that the flagger's cross-article checks share across replicas, and
// ingest status. Implementations live in store/sqlite (the embedded default,
// pure Go) and store/postgres (production, pgx v5); store/storetest holds the
// conformance suite both must pass.
package store

import (
	"context"
	"errors"

	"github.com/copydesk/copydesk/pkg/article"
)

// ErrNotFound is returned when the requested record does not exist.
var ErrNotFound = errors.New("store: not found")

// Store is safe for concurrent use.
type Store interface {
	// PutArticle writes the document and replaces its derived rows. It is
	// idempotent by article id and stage versions: writing the same
	// document twice (a redelivery) leaves one copy, and a document that has
	// passed fewer stages than the stored one never overwrites it.
	PutArticle(ctx context.Context, a *article.Article) error
	// GetArticle returns the stored document, or ErrNotFound.
	GetArticle(ctx context.Context, id string) (*article.Article, error)
	// CountArticles returns how many articles are stored.
	CountArticles(ctx context.Context) (int, error)

	// PutClaimPrints records the claim fingerprints of one article,
	// replacing any it had.
	PutClaimPrints(ctx context.Context, articleID string, prints []ClaimPrint) error
	// FindClaimPrints returns the stored prints whose Key is in keys: for
	// each key those of the MaxPrintsPerKey newest articles (highest ids;
	// ULIDs sort by time), so that a figure many articles repeat costs the
	// same to compare as any other.
	FindClaimPrints(ctx context.Context, keys []string) ([]ClaimPrint, error)

	// Ping checks the store is reachable (for /readyz).
	Ping(ctx context.Context) error
	Close() error
}

// MaxPrintsPerKey bounds the prints FindClaimPrints returns for one key.
const MaxPrintsPerKey = 100

// ClaimPrint is one claim's fingerprint in one article. Key groups claims
// about the same subject (canonical entities and key terms, without the
// figures); Value carries the figures, so that two prints with the same Key
// and a different Value are a contradiction.
type ClaimPrint struct {
	Key       string `json:"key"`
	Value     string `json:"value,omitempty"`
	ArticleID string `json:"article_id"`
	Source    string `json:"source,omitempty"`
	Speaker   string `json:"speaker,omitempty"` // canonical speaker of the quote carrying it
	Text      string `json:"text"`
}
