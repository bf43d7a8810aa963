package flagger

import (
	"context"
	"slices"
	"sort"
	"sync"

	"github.com/copydesk/copydesk/pkg/store"
)

// Corpus is the part of store.Store the flagger's cross-article checks use:
// the claim prints of every article flagged so far. The store implements it
// for the service (shared by all flagger replicas); MemoryCorpus serves an
// offline batch.
type Corpus interface {
	// PutClaimPrints records the claim prints of one article, replacing any
	// it had.
	PutClaimPrints(ctx context.Context, articleID string, prints []store.ClaimPrint) error
	// FindClaimPrints returns the stored prints whose Key is in keys, at
	// most store.MaxPrintsPerKey a key (those of the newest articles).
	FindClaimPrints(ctx context.Context, keys []string) ([]store.ClaimPrint, error)
}

var _ Corpus = store.Store(nil)

// MemoryCorpus is an in-memory Corpus, safe for concurrent use.
type MemoryCorpus struct {
	mu        sync.RWMutex
	byKey     map[string][]store.ClaimPrint
	byArticle map[string][]store.ClaimPrint
}

// NewMemoryCorpus returns an empty corpus.
func NewMemoryCorpus() *MemoryCorpus {
	return &MemoryCorpus{byKey: map[string][]store.ClaimPrint{}, byArticle: map[string][]store.ClaimPrint{}}
}

// PutClaimPrints replaces the prints of articleID.
func (m *MemoryCorpus) PutClaimPrints(ctx context.Context, articleID string, prints []store.ClaimPrint) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, p := range m.byArticle[articleID] {
		list := m.byKey[p.Key]
		out := list[:0]
		for _, q := range list {
			if q.ArticleID != articleID {
				out = append(out, q)
			}
		}
		if len(out) == 0 {
			delete(m.byKey, p.Key)
		} else {
			m.byKey[p.Key] = out
		}
	}
	delete(m.byArticle, articleID)
	if len(prints) == 0 {
		return nil
	}
	own := make([]store.ClaimPrint, len(prints))
	for i, p := range prints {
		p.ArticleID = articleID
		own[i] = p
		m.byKey[p.Key] = append(m.byKey[p.Key], p)
	}
	m.byArticle[articleID] = own
	return nil
}

// FindClaimPrints returns the prints with the given keys, ordered by key,
// article and value: for each key those of the store.MaxPrintsPerKey newest
// articles, as the store does.
func (m *MemoryCorpus) FindClaimPrints(ctx context.Context, keys []string) ([]store.ClaimPrint, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	var out []store.ClaimPrint
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k] {
			continue
		}
		seen[k] = true
		ps := m.byKey[k]
		if len(ps) > store.MaxPrintsPerKey {
			// As the store does: the prints of the newest articles.
			ps = slices.Clone(ps)
			sort.SliceStable(ps, func(i, j int) bool { return ps[i].ArticleID > ps[j].ArticleID })
			ps = ps[:store.MaxPrintsPerKey]
		}
		out = append(out, ps...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Key != out[j].Key {
			return out[i].Key < out[j].Key
		}
		if out[i].ArticleID != out[j].ArticleID {
			return out[i].ArticleID < out[j].ArticleID
		}
		return out[i].Value < out[j].Value
	})
	return out, nil
}
