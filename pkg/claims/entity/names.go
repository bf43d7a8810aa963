package entity

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// fold lower-cases s and strips diacritics.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	r, _, err := transform.String(t, s)
	if err != nil {
		r = s
	}
	return strings.ToLower(r)
}

// Skeleton reduces a name to a key that transliteration variants share:
// Sergei/Sergey/Sergej, Zelensky/Zelenskyy/Zelenskiy, Anthony/Antony.
func Skeleton(name string) string {
	s := fold(name)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	s = skeletonReplacer.Replace(b.String())
	for _, suf := range []string{"iyy", "yy", "iy", "ii", "ey", "ei", "y"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+2 {
			s = s[:len(s)-len(suf)] + "i"
			break
		}
	}
	s = strings.ReplaceAll(s, "y", "i")
	// Collapse doubled letters.
	var c strings.Builder
	var prev rune
	for _, r := range s {
		if r != prev {
			c.WriteRune(r)
		}
		prev = r
	}
	return c.String()
}

var skeletonReplacer = strings.NewReplacer("kh", "h", "th", "t", "ph", "f", "ks", "x", "ck", "k", "w", "v", "j", "y")

// Slug turns a name into an id fragment: lower case ASCII letters and digits
// joined by hyphens.
func Slug(name string) string {
	s := fold(name)
	var b strings.Builder
	dash := false
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// PersonID is the stable id of a person: derived from the skeletons of the
// canonical first name and the surname, so that spelling variants share it.
func PersonID(first, surname string) string {
	if first == "" {
		return "person:" + Skeleton(surname)
	}
	return "person:" + Skeleton(first) + "-" + Skeleton(surname)
}

// ID is the stable id of a non-person entity of type typ.
func ID(typ, name string) string {
	return typ + ":" + Slug(name)
}

// EditDistance returns the Levenshtein distance between a and b, or limit+1
// when it exceeds limit.
func EditDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// SameName reports whether two spellings of a name (first names or
// surnames) are variants of one another: equal skeletons, or skeletons
// within edit distance 1 for names of five letters or more, with the same
// initial.
func SameName(a, b string) bool {
	ka, kb := Skeleton(a), Skeleton(b)
	if ka == kb {
		return true
	}
	if len(ka) < 5 || len(kb) < 5 || ka[0] != kb[0] {
		return false
	}
	return EditDistance(ka, kb, 1) <= 1
}
