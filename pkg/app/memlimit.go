package app

import (
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"go.uber.org/zap"
)

// WorkerMemoryLimit is the default soft memory limit of a one-stage worker
// process: the runtime collects harder as the heap nears it instead of
// letting it double, which keeps a worker's RSS (the heap, plus the binary,
// stacks and SQLite's cache outside the Go heap) under the 150 MB the
// deployment plans for. `copydesk up`, which runs every stage in one
// process, has none by default.
const WorkerMemoryLimit = "100MiB"

// ParseBytes parses a size in the syntax of Go's GOMEMLIMIT: a non-negative
// integer with an optional unit B, KiB, MiB, GiB or TiB. "" and "off" mean
// no limit (0).
func ParseBytes(s string) (int64, error) {
	t := strings.TrimSpace(s)
	if t == "" || strings.EqualFold(t, "off") {
		return 0, nil
	}
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("size %q: want a non-negative integer with an optional unit B, KiB, MiB, GiB or TiB", s)
	}
	if n > math.MaxInt64/mult {
		return 0, fmt.Errorf("size %q: too large", s)
	}
	return n * mult, nil
}

// ApplyMemoryLimit sets the runtime's soft memory limit from the settings,
// unless the GOMEMLIMIT environment variable sets one (it wins). Start
// calls it; `copydesk up`, which starts without Start, calls it itself.
func (s Settings) ApplyMemoryLimit(log *zap.Logger) {
	if os.Getenv("GOMEMLIMIT") != "" {
		log.Info("memory limit from GOMEMLIMIT", zap.String("GOMEMLIMIT", os.Getenv("GOMEMLIMIT")))
		return
	}
	if s.memoryLimit > 0 {
		debug.SetMemoryLimit(s.memoryLimit)
		log.Info("memory limit", zap.Int64("bytes", s.memoryLimit))
	}
}
