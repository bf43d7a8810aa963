// Package data embeds the clean stage's lexicons, patterns and thresholds so
// that they are tuned as data, not scattered through code:
//
//   - lexicon.txt: weighted phrases per block label (see package lexicon);
//   - spam.txt: weighted SEO-spam phrases for teaser blocks;
//   - stopwords.txt: function words of the languages the stage meets;
//   - params.json: the classifier's thresholds and weights.
package data

import "embed"

// FS holds the data files.
//
//go:embed *.txt *.json
var FS embed.FS

// MustRead returns the named file; the files are embedded, so a missing one
// is a build mistake.
func MustRead(name string) string {
	b, err := FS.ReadFile(name)
	if err != nil {
		panic("clean/data: " + err.Error())
	}
	return string(b)
}
