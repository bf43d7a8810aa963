package clean

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/copydesk/copydesk/pkg/clean/memory"
)

// Config configures the clean stage. DefaultConfig holds every default.
type Config struct {
	// MaxTextBytes bounds Article.Text; longer text is a permanent error.
	MaxTextBytes int
	// MaxHTMLBytes bounds the HTML (inline or resolved); longer is a
	// permanent error.
	MaxHTMLBytes int
	// MaxHTMLDepth bounds element nesting; deeper pages are flattened below
	// that depth before extraction, so that parsing stays linear.
	MaxHTMLDepth int
	// MemoryTimeout bounds one memory look-up or update.
	MemoryTimeout time.Duration
	// MemoryRequired makes memory errors retryable failures; when false the
	// article is cleaned without memory and the error is logged.
	MemoryRequired bool
	// TopSources bounds the source label of
	// copydesk_clean_articles_total: the first TopSources sources seen
	// keep their name, the rest count as "other".
	TopSources int
	// SpamThreshold is the article-level spam score from which the
	// article counts as spam in metrics.
	SpamThreshold float64
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		MaxTextBytes:   16 << 20,
		MaxHTMLBytes:   32 << 20,
		MaxHTMLDepth:   256,
		MemoryTimeout:  2 * time.Second,
		MemoryRequired: false,
		TopSources:     50,
		SpamThreshold:  0.5,
	}
}

// Validate checks the configuration.
func (c Config) Validate() error {
	var errs []error
	if c.MaxTextBytes <= 0 {
		errs = append(errs, errors.New("MaxTextBytes must be positive"))
	}
	if c.MaxHTMLBytes <= 0 {
		errs = append(errs, errors.New("MaxHTMLBytes must be positive"))
	}
	if c.MaxHTMLDepth < 8 {
		errs = append(errs, errors.New("MaxHTMLDepth must be at least 8"))
	}
	if c.MemoryTimeout <= 0 {
		errs = append(errs, errors.New("MemoryTimeout must be positive"))
	}
	if c.TopSources < 0 {
		errs = append(errs, errors.New("TopSources must not be negative"))
	}
	if c.SpamThreshold < 0 || c.SpamThreshold > 1 {
		errs = append(errs, errors.New("SpamThreshold must be in [0,1]"))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("clean: config: %w", err)
	}
	return nil
}

// HTMLResolver fetches the raw HTML that Article.HTMLRef names (an object in
// the JetStream object store, in production).
type HTMLResolver func(ctx context.Context, ref string) ([]byte, error)

// Deps are the stage's collaborators; both may be nil.
type Deps struct {
	// Memory is the per-source template memory (memory.NewKV in
	// production, memory.NewInMemory offline). Nil disables it.
	Memory memory.Memory
	// ResolveHTML resolves Article.HTMLRef. Nil makes an article with only
	// an HTMLRef a permanent error.
	ResolveHTML HTMLResolver
}
