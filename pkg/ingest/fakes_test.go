package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"sync"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/store"
)

type published struct {
	subject, msgID string
	a              article.Article
}

// fakePublisher records messages; fail makes Publish fail.
type fakePublisher struct {
	mu   sync.Mutex
	msgs []published
	fail error
}

func (p *fakePublisher) Publish(_ context.Context, subject, msgID string, data []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail != nil {
		return p.fail
	}
	var a article.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return err
	}
	p.msgs = append(p.msgs, published{subject, msgID, a})
	return nil
}

func (p *fakePublisher) setFail(err error) {
	p.mu.Lock()
	p.fail = err
	p.mu.Unlock()
}

// fakeStore is an in-memory Store.
type fakeStore struct {
	mu   sync.Mutex
	docs map[string]article.Article
	// failOn, when set, fails the writes it returns true for.
	failOn func(a *article.Article) bool
	puts   int
}

func newFakeStore() *fakeStore { return &fakeStore{docs: map[string]article.Article{}} }

func (s *fakeStore) PutArticle(_ context.Context, a *article.Article) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failOn != nil && s.failOn(a) {
		return errors.New("store: database is locked")
	}
	s.puts++
	s.docs[a.ID] = *a
	return nil
}

func (s *fakeStore) GetArticle(_ context.Context, id string) (*article.Article, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.docs[id]
	if !ok {
		return nil, store.ErrNotFound
	}
	return &a, nil
}

type fakeObjects struct {
	mu   sync.Mutex
	objs map[string][]byte
	fail bool
}

func (o *fakeObjects) Put(_ context.Context, name string, data []byte) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.fail {
		return errors.New("object store down")
	}
	if o.objs == nil {
		o.objs = map[string][]byte{}
	}
	o.objs[name] = append([]byte(nil), data...)
	return nil
}
