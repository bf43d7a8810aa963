package runner

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/copydesk/copydesk/pkg/topology"
)

// Backoff is the exponential delay before a retryable failure is redelivered:
// Initial after the first delivery, multiplied by Multiplier per further
// delivery, never more than Max.
type Backoff struct {
	Initial    time.Duration
	Max        time.Duration
	Multiplier float64
}

// Delay returns the delay after delivery number n (1-based) failed.
func (b Backoff) Delay(n uint64) time.Duration {
	if n < 1 {
		n = 1
	}
	d := float64(b.Initial) * math.Pow(b.Multiplier, float64(n-1))
	if d > float64(b.Max) || math.IsInf(d, 0) || math.IsNaN(d) {
		return b.Max
	}
	return time.Duration(d)
}

// Config configures a Runner. Defaults live in DefaultConfig.
type Config struct {
	// Stream holds the input subject (topology.StreamArticles).
	Stream string
	// Input is the subject the stage consumes (required).
	Input string
	// Output is the subject the enriched article is published to; empty for
	// the last stage, whose results go to the store (see package persist).
	Output string
	// Durable names the consumer; empty means the stage name.
	Durable string
	// Concurrency is the number of workers, each processing one article at
	// a time.
	Concurrency int
	// MaxAckPending bounds the messages delivered and not yet acknowledged
	// across every replica sharing the consumer; 0 means Concurrency. With
	// several replicas of one stage set it to Concurrency × replicas. It
	// also sizes the client buffer, so no message waits long enough in a
	// buffer to be redelivered.
	MaxAckPending int
	// MaxDeliver is how many times a message is delivered before it is
	// dead-lettered.
	MaxDeliver int
	// AckWait is how long the server waits for an acknowledgement before
	// redelivering; long work keeps the message with InProgress.
	AckWait time.Duration
	// InProgressInterval is how often a worker tells the server it is still
	// working on a message; 0 means AckWait/3, negative disables it.
	InProgressInterval time.Duration
	// Backoff delays redelivery of retryable failures (NakWithDelay).
	Backoff Backoff
	// PublishTimeout bounds waiting for a downstream or dead-letter publish
	// acknowledgement.
	PublishTimeout time.Duration
	// DrainTimeout bounds the graceful drain when Run's context is
	// cancelled; after it in-flight work is stopped.
	DrainTimeout time.Duration
	// PendingInterval is how often consumer pending is polled for the
	// copydesk_stage_consumer_pending gauge; negative disables polling.
	PendingInterval time.Duration
	// DLQPrefix is the dead-letter subject prefix; dead letters of stage s
	// go to DLQPrefix.s.
	DLQPrefix string
	// FetchWait is how long one pull request waits for messages. Fetches
	// are never cut short (their messages would wait out AckWait), so it
	// also bounds how long a drain waits for the fetch under way.
	FetchWait time.Duration
	// DocsTTL is the TTL of the object store copydesk-docs when the runner
	// has to create it (topology.Ensure normally has, with
	// topology.Config.MaxAge): outputs too large for a message wait there
	// for the next stage.
	DocsTTL time.Duration
}

// DefaultConfig returns the defaults for a stage reading input and
// publishing output (empty for the last stage).
func DefaultConfig(input, output string) Config {
	return Config{
		Stream:          topology.StreamArticles,
		Input:           input,
		Output:          output,
		Concurrency:     4,
		MaxDeliver:      5,
		AckWait:         10 * time.Second,
		Backoff:         Backoff{Initial: time.Second, Max: time.Minute, Multiplier: 2},
		PublishTimeout:  10 * time.Second,
		DrainTimeout:    30 * time.Second,
		PendingInterval: 5 * time.Second,
		DLQPrefix:       topology.SubjectDLQPrefix,
		FetchWait:       time.Second,
		DocsTTL:         30 * 24 * time.Hour,
	}
}

// RedeliveryCycle is the longest time from a message's first delivery to
// its last possible publish: MaxDeliver deliveries, each up to AckWait, and
// the backoff delays between them. A stage may publish its output on any
// of them, so the output stream's duplicate window must exceed it.
func (c Config) RedeliveryCycle() time.Duration {
	d := time.Duration(c.MaxDeliver) * c.AckWait
	for n := 1; n < c.MaxDeliver; n++ {
		d += c.Backoff.Delay(uint64(n))
	}
	return d
}

// Validate reports the first invalid field.
func (c Config) Validate() error {
	switch {
	case c.Stream == "":
		return errors.New("runner: config: stream is empty")
	case c.Input == "":
		return errors.New("runner: config: input subject is empty")
	case c.Output != "" && c.Output == c.Input:
		return errors.New("runner: config: output subject equals input subject")
	case c.Concurrency < 1:
		return fmt.Errorf("runner: config: concurrency %d < 1", c.Concurrency)
	case c.MaxAckPending < 0:
		return errors.New("runner: config: negative max ack pending")
	case c.MaxDeliver < 1:
		return fmt.Errorf("runner: config: max deliver %d < 1", c.MaxDeliver)
	case c.AckWait < 10*time.Millisecond:
		return fmt.Errorf("runner: config: ack wait %s too short", c.AckWait)
	case c.InProgressInterval >= c.AckWait:
		return errors.New("runner: config: in-progress interval must be shorter than ack wait")
	case c.Backoff.Initial <= 0 || c.Backoff.Max < c.Backoff.Initial || c.Backoff.Multiplier < 1:
		return errors.New("runner: config: backoff needs initial > 0, max >= initial, multiplier >= 1")
	case c.PublishTimeout <= 0:
		return errors.New("runner: config: publish timeout must be positive")
	case c.DrainTimeout <= 0:
		return errors.New("runner: config: drain timeout must be positive")
	case c.DLQPrefix == "":
		return errors.New("runner: config: dead-letter prefix is empty")
	case c.FetchWait < 10*time.Millisecond:
		return errors.New("runner: config: fetch wait must be at least 10ms")
	case c.DocsTTL < 0:
		return errors.New("runner: config: negative docs TTL")
	}
	return nil
}

func (c Config) maxAckPending() int {
	if c.MaxAckPending > 0 {
		return c.MaxAckPending
	}
	return c.Concurrency
}

func (c Config) inProgressInterval() time.Duration {
	if c.InProgressInterval == 0 {
		return c.AckWait / 3
	}
	return c.InProgressInterval
}
