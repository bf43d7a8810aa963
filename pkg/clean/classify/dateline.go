package classify

import (
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk/pkg/clean/lexicon"
)

// datelineWords introduce a date at the start of a line.
var datelineWords = []string{"date", "published", "updated", "posted", "published on", "posted on", "updated on", "datum", "last updated",
	"last modified", "modified", "first published", "first published on"}

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

// isoDateLine accepts a line that is only a date, or a date and a time
// ("2024-03-25T10:15:00Z").
func isoDateLine(s string) string {
	s = strings.TrimSpace(s)
	if len(s) == 10 {
		return isoDate(s)
	}
	if len(s) > 10 && len(s) <= 35 && (s[10] == 'T' || s[10] == ' ') {
		if _, err := time.Parse(time.RFC3339, s); err == nil || isTimeOfDay(s[11:]) {
			return isoDate(s)
		}
	}
	return ""
}

// isTimeOfDay reports whether s is only a time: "10:15", "10:15:00",
// "10:15 UTC".
func isTimeOfDay(s string) bool {
	hm, zone, _ := strings.Cut(s, " ")
	if len(zone) > 5 || strings.ContainsAny(zone, "0123456789:") {
		return false
	}
	for _, layout := range []string{"15:04", "15:04:05"} {
		if _, err := time.Parse(layout, hm); err == nil {
			return true
		}
	}
	return false
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

// textDate finds an English date ("November 16, 2023", "16 Nov 2023") or
// one in numbers (numericDate) in a byline or date line, whose text is
// text, and returns it as YYYY-MM-DD.
func (c *Classifier) textDate(text string, toks []lexicon.Token) string {
	num := tokenNumber
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
		if d := calendarDate(year, m, day); d != "" {
			return d
		}
	}
	return numericDate(text, toks, num)
}

// tokenNumber is the number a token of digits spells, -1 for another.
func tokenNumber(t lexicon.Token) int {
	n, err := strconv.Atoi(t.Word)
	if err != nil {
		return -1
	}
	return n
}

// calendarDate returns year-month-day as YYYY-MM-DD when it is a day of the
// calendar up to 2100 ("2023-02-30" is not), else "".
func calendarDate(year, month, day int) string {
	d := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if d.Day() != day || int(d.Month()) != month || year > 2100 {
		return ""
	}
	return d.Format("2006-01-02")
}

// numericDate finds a date written in numbers, "25/03/2024", "25.03.2024",
// "03/25/2024" or "2024/03/25", and returns it as YYYY-MM-DD when the order
// of day and month is certain: one of them is over 12, or the year comes
// first. "12/03/2024" (12 March or 3 December) gives "".
func numericDate(text string, toks []lexicon.Token, num func(lexicon.Token) int) string {
	for i := 0; i+2 < len(toks); i++ {
		a, b, y := toks[i], toks[i+1], toks[i+2]
		if b.Start-a.End != 1 || y.Start-b.End != 1 || y.End > len(text) || text[a.End] != text[b.End] ||
			!strings.ContainsRune("/.-", rune(text[a.End])) {
			continue // the same one separator between the numbers: not "2024 10:15"
		}
		x, m, d := num(a), num(b), num(y)
		var year, month, day int
		switch {
		case len(a.Word) == 4 && x >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31:
			year, month, day = x, m, d
		case len(y.Word) == 4 && d >= 1900 && x > 12 && x <= 31 && m >= 1 && m <= 12:
			year, month, day = d, m, x
		case len(y.Word) == 4 && d >= 1900 && m > 12 && m <= 31 && x >= 1 && x <= 12:
			year, month, day = d, x, m
		default:
			continue
		}
		if d := calendarDate(year, month, day); d != "" {
			return d
		}
	}
	return ""
}

// readingTime reports whether a line gives a reading time ("5 min read",
// "3 minute read"): a page's furniture, not the byline's date.
func readingTime(line string) bool {
	f := strings.Fields(strings.ToLower(line))
	for i := 1; i+1 < len(f); i++ {
		if (f[i] == "min" || f[i] == "mins" || f[i] == "minute" || f[i] == "minutes") && strings.Trim(f[i+1], ".,·|") == "read" {
			if _, err := strconv.Atoi(f[i-1]); err == nil {
				return true
			}
		}
	}
	return false
}
