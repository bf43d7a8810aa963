package article

import "strings"

// English reports whether language (an article's Language: an ISO 639-1
// code, perhaps with a region) is English or not known. The stages'
// attribution grammar, gazetteer, check-worthiness and clickbait models and
// lexicons are English: an article in another language gets none of their
// results rather than wrong ones.
func English(language string) bool {
	l := strings.ToLower(language)
	return l == "" || l == "en" || strings.HasPrefix(l, "en-") || strings.HasPrefix(l, "en_")
}
