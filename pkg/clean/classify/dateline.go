package classify

import (
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk/pkg/clean/lexicon"
)

// datelineWords introduce a date at the start of a line.
var datelineWords = []string{"date", "published", "updated", "posted", "published on", "posted on", "updated on", "datum", "last updated",
	"last modified", "modified"}

// datelineLabels are datelineWords split into words.
var datelineLabels = func() [][]string {
	out := make([][]string, len(datelineWords))
	for i, w := range datelineWords {
		out[i] = strings.Fields(w)
	}
	return out
}()

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

var monthNum = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// textDate finds an English date ("November 16, 2023", "16 Nov 2023") in a
// byline or date line and returns it as YYYY-MM-DD.
func (c *Classifier) textDate(toks []lexicon.Token) string {
	num := func(t lexicon.Token) int {
		n, err := strconv.Atoi(t.Word)
		if err != nil {
			return -1
		}
		return n
	}
	for i, t := range toks {
		m, ok := monthNum[t.Word]
		if !ok {
			continue
		}
		var day, year int
		switch {
		case i+2 < len(toks) && num(toks[i+1]) >= 1 && num(toks[i+1]) <= 31 && num(toks[i+2]) >= 1900:
			day, year = num(toks[i+1]), num(toks[i+2])
		case i >= 1 && i+1 < len(toks) && num(toks[i-1]) >= 1 && num(toks[i-1]) <= 31 && num(toks[i+1]) >= 1900:
			day, year = num(toks[i-1]), num(toks[i+1])
		default:
			continue
		}
		d := time.Date(year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
		if d.Day() != day || year > 2100 {
			continue
		}
		return d.Format("2006-01-02")
	}
	return ""
}
