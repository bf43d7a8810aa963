// Package flageval runs the whole chain (clean, claims, flagger) in process
// and scores the flags against the seeds' gold labels ("copydesk eval
// flags"). It is apart from package flagger so that the flagger service does
// not link the clean stage (go-trafilatura and go-dateparser, whose published
// module's initialisation alone holds ~25 MB of heap).
package flageval

import (
	"context"
	"fmt"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/claims"
	"github.com/copydesk/copydesk/pkg/clean"
	"github.com/copydesk/copydesk/pkg/flagger"
	"github.com/copydesk/copydesk/pkg/stage"
)

// Chain runs clean, claims and the flagger in-process on one article, with
// default configurations and no metrics: what the evaluation and the seeds
// test use.
type Chain struct {
	Stages []stage.Stage
}

// SeedChain builds the default clean -> claims -> flagger chain over corpus.
func SeedChain(corpus flagger.Corpus) (*Chain, error) {
	cl, err := clean.New(clean.DefaultConfig(), clean.Deps{}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("flagger: build chain: %w", err)
	}
	cm, err := claims.New(claims.DefaultConfig(), nil, nil)
	if err != nil {
		return nil, fmt.Errorf("flagger: build chain: %w", err)
	}
	fl, err := flagger.New(flagger.DefaultConfig(), corpus, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Chain{Stages: []stage.Stage{cl, cm, fl}}, nil
}

// Run passes a through every stage in order.
func (c *Chain) Run(ctx context.Context, a *article.Article) error {
	for _, s := range c.Stages {
		if err := stage.Run(ctx, s, a, time.Now); err != nil {
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	return nil
}
