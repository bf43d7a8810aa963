// Package logging builds the zap logger every copydesk process uses: JSON
// for machines, console for people, one level for the whole process.
// Components receive it and name their own child (log.Named("clean")).
package logging

import (
	"fmt"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// Config selects the level and the encoding.
type Config struct {
	Level  string // debug, info, warn, error
	Format string // json or console
}

// DefaultConfig is info-level JSON.
func DefaultConfig() Config { return Config{Level: "info", Format: "json"} }

// Validate checks the level and format names.
func (c Config) Validate() error {
	if _, err := zapcore.ParseLevel(c.Level); err != nil {
		return fmt.Errorf("logging: level %q: %w", c.Level, err)
	}
	if c.Format != "json" && c.Format != "console" {
		return fmt.Errorf("logging: format %q: want json or console", c.Format)
	}
	return nil
}

// New builds a logger writing to standard error.
func New(c Config) (*zap.Logger, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	lvl, _ := zapcore.ParseLevel(c.Level)
	zc := zap.NewProductionConfig()
	if c.Format == "console" {
		zc = zap.NewDevelopmentConfig()
		zc.DisableStacktrace = true
	}
	zc.Level = zap.NewAtomicLevelAt(lvl)
	zc.OutputPaths = []string{"stderr"}
	zc.ErrorOutputPaths = []string{"stderr"}
	log, err := zc.Build()
	if err != nil {
		return nil, fmt.Errorf("logging: build: %w", err)
	}
	return log, nil
}
