//go:build !(re2_wasm || re2_cgo) || !cgo

package dateparser

import (
	stdregex "regexp"
	"testing"
	"time"

	"github.com/markusmobius/go-dateparser/internal/regexp"
)

// TestPatternsCompile checks every expression of the locale tables and the
// parsers: they are compiled on first use (copydesk patch), so a bad one
// would no longer fail at initialisation.
func TestPatternsCompile(t *testing.T) {
	patterns := regexp.Patterns()
	if len(patterns) < 3000 {
		t.Fatalf("registry holds %d patterns, want the ~4,000 of the locale tables", len(patterns))
	}
	for _, p := range patterns {
		if _, err := stdregex.Compile(p); err != nil {
			t.Errorf("pattern %q: %v", p, err)
		}
	}
}

// TestParseAfterLazyCompile parses dates in a few languages through the
// lazily compiled tables.
func TestParseAfterLazyCompile(t *testing.T) {
	cfg := &Configuration{CurrentTime: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)}
	tests := []struct {
		in   string
		want string
	}{
		{"12 March 2023", "2023-03-12"},
		{"12 mars 2023", "2023-03-12"},
		{"12. März 2023", "2023-03-12"},
		{"2 days ago", "2024-05-30"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(cfg, tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if d := got.Time.Format("2006-01-02"); d != tt.want {
				t.Errorf("Parse(%q) = %s, want %s", tt.in, d, tt.want)
			}
		})
	}
}
