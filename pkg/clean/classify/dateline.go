package classify

import (
	"strings"
	"time"
)

// datelineWords introduce a date at the start of a line.
var datelineWords = []string{"date", "published", "updated", "posted", "published on", "posted on", "updated on", "datum"}

// dateline returns the ISO date (YYYY-MM-DD) of a dateline at the start of a
// line such as " date 2022-07-29 ..." or "Published: 2022-07-29", or "".
func dateline(line string) string {
	s := strings.TrimLeft(line, " \t")
	if len(s) > 200 {
		s = s[:200]
	}
	low := strings.ToLower(s)
	for _, w := range datelineWords {
		if !strings.HasPrefix(low, w) {
			continue
		}
		rest := strings.TrimLeft(s[len(w):], " :\t")
		if d := isoDate(rest); d != "" {
			return d
		}
	}
	return isoDateLine(s)
}

// isoDateLine accepts a line that is only a date.
func isoDateLine(s string) string {
	s = strings.TrimSpace(s)
	if len(s) == 10 {
		return isoDate(s)
	}
	return ""
}

func isoDate(s string) string {
	if len(s) < 10 {
		return ""
	}
	d := s[:10]
	if len(s) > 10 && s[10] != ' ' && s[10] != 'T' && s[10] != ',' && s[10] != '\t' {
		return ""
	}
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return ""
	}
	return d
}
