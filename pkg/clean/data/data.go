// Package data embeds the clean stage's lexicons, patterns and thresholds so
// that they are tuned as data, not scattered through code:
//
//   - lexicon.txt: weighted phrases per block label (see package lexicon),
//     plus pseudo-labels: footer (legal boilerplate, labelled navigation
//     even on long lines), comments_start (a header after which readers'
//     comments follow), readnext_start (a header after which a list of
//     other articles follows: "Die meistgelesenen Artikel"), summary_start (a header over a summary list: "Key
//     points"), author_header (an author box's header over the bio),
//     inline (a link or an ad's label between paragraphs) and shopping (a
//     review's shopping button);
//   - spam.txt: weighted SEO-spam phrases for teaser blocks;
//   - stopwords.txt: function words of the languages the stage meets;
//   - datewords.txt: month names and words of date lines;
//   - monthnames.txt: month names alone, for a date inside a line;
//   - accounts.txt: words of a site's account that a byline names;
//   - professions.txt: job titles that mark an author bio;
//   - sitewords.txt: words of sites' names, for a title's site tail;
//   - sectionwords.txt: words of section headings that no name holds;
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
