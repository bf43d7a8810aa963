package dedupe

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped holds the elements whose text is page furniture rather than the
// article, and is left out of an HTML page's fingerprint.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Head: true, atom.Svg: true, atom.Form: true, atom.Iframe: true,
}

// HTMLText returns the visible text of an HTML page, without the text of
// script, style, nav, header, footer, aside and similar elements, with a
// space between elements. It streams the tokens, so its cost is linear in the
// input, and it tolerates any malformed markup.
func HTMLText(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	depth := 0 // nesting inside skipped elements
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipped[a] {
				depth++
			}
			b.WriteByte(' ')
		case html.EndTagToken:
			name, _ := z.TagName()
			if skipped[atom.Lookup(name)] && depth > 0 {
				depth--
			}
			b.WriteByte(' ')
		case html.SelfClosingTagToken:
			b.WriteByte(' ')
		case html.TextToken:
			if depth == 0 {
				b.Write(z.Text())
			}
		}
	}
}
