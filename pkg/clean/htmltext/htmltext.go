// Package htmltext turns HTML into line-per-block text: Extract runs
// go-trafilatura for the main content and metadata, Flatten keeps all visible
// text (navigation and footers included) the way a naive page-to-text
// converter would. Both write one line per block element with a blank line
// between blocks, and both first cap element nesting (LimitDepth) so that
// parsing and tree walks stay linear on pathological pages.
package htmltext

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/clean/data"
	"github.com/copydesk/copydesk/pkg/clean/lexicon"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Result is the extracted text with the page's metadata.
type Result struct {
	Text string // one line per block, blank line between blocks
	// Linked holds, per line of Text, whether the page has that line as a
	// link alone (LinkLines).
	Linked                  []bool
	Title, Author, Language string
	Published               time.Time
	URL, Sitename           string
	// Trafilatura is go-trafilatura's own plain-text output, the reference
	// the evaluation compares with.
	Trafilatura string
}

// Options are the extraction options.
type Options struct {
	MaxDepth int
	// Fallback lets go-trafilatura compare its output with readability and
	// dom-distiller (slower, sometimes better).
	Fallback bool
}

// ErrNoContent is returned when the page has no main content.
var ErrNoContent = errors.New("no main content found")

// TrafilaturaOptions are the go-trafilatura options Extract uses, exported so
// that evaluations and benchmarks can run the same extractor alone.
func TrafilaturaOptions(o Options) trafilatura.Options {
	return trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  o.Fallback,
		HtmlDateMode:    trafilatura.Fast,
	}
}

// Extract returns the main content of page as text.
func Extract(page []byte, o Options) (Result, error) {
	doc, err := Parse(page, o.MaxDepth)
	if err != nil {
		return Result{}, err
	}
	links := LinkLines(doc) // before go-trafilatura rewrites the tree
	res, err := trafilatura.ExtractDocument(doc, TrafilaturaOptions(o))
	if err != nil {
		return Result{}, fmt.Errorf("%w: %v", ErrNoContent, err)
	}
	if res == nil || res.ContentNode == nil {
		return Result{}, ErrNoContent
	}
	var text strings.Builder
	var linked []bool
	walkLines(res.ContentNode, false, func(line string, _ bool) {
		if text.Len() > 0 {
			text.WriteString("\n\n")
		}
		text.WriteString(line)
		_, ok := links[line]
		linked = append(linked, ok)
	})
	out := Result{
		Text:     text.String(),
		Linked:   linked,
		Title:    CleanTitle(res.Metadata.Title, res.Metadata.Sitename, res.Metadata.Author, res.Metadata.URL),
		Author:   res.Metadata.Author,
		Language: res.Metadata.Language,
		URL:      res.Metadata.URL,
		Sitename: res.Metadata.Sitename,

		Trafilatura: res.ContentText,
	}
	if !res.Metadata.Date.IsZero() {
		out.Published = res.Metadata.Date
	}
	return out, nil
}

// Parse parses page after capping its nesting at maxDepth.
func Parse(page []byte, maxDepth int) (*html.Node, error) {
	page = ToUTF8(page)
	if maxDepth > 0 {
		page = LimitDepth(page, maxDepth)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	return doc, nil
}

// ToUTF8 decodes page from the encoding its byte-order mark or meta tag
// declares (or a guess) into UTF-8.
func ToUTF8(page []byte) []byte {
	if utf8.Valid(page) {
		return page
	}
	enc, _, _ := charset.DetermineEncoding(page, "")
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return bytes.ToValidUTF8(page, []byte("\uFFFD"))
	}
	return out
}

// Flatten returns all visible text of page, one line per block element.
func Flatten(page []byte, maxDepth int) (string, error) {
	doc, err := Parse(page, maxDepth)
	if err != nil {
		return "", err
	}
	return Lines(doc), nil
}

// Lines renders the visible text under n, one line per block element, with
// a blank line between blocks. Script, style and other invisible elements
// are skipped. The walk is iterative, so deep trees cannot overflow a stack.
func Lines(n *html.Node) string {
	var out strings.Builder
	walkLines(n, false, func(line string, _ bool) {
		if out.Len() > 0 {
			out.WriteString("\n\n")
		}
		out.WriteString(line)
	})
	return out.String()
}

// LinkLines returns the lines of n, as Lines renders them, whose visible
// text is all link text and whose block is not a heading: a related story's
// link set as a paragraph or list item of its own, as in
// <p><a href="…"><strong>HEADLINE OF ANOTHER STORY</strong></a></p>.
// go-trafilatura drops links from what it extracts, so Extract reads them
// from the page before extracting.
func LinkLines(n *html.Node) map[string]struct{} {
	set := map[string]struct{}{}
	walkLines(n, true, func(line string, _ bool) { set[line] = struct{}{} })
	return set
}

// walkLines calls emit with each line under n (white space collapsed) and
// whether all of its letters and digits are inside links to other pages
// (toElsewhere) while its block is not a heading (h1–h6). With onlyLinked it
// calls emit for those lines only (and builds no string for the others).
func walkLines(n *html.Node, onlyLinked bool, emit func(line string, linked bool)) {
	var line []byte     // reused: only emitted lines become strings
	inLink, all := 0, 0 // letters and digits of the line: inside a link, all
	links := 0          // open <a> elements
	var blocks []atom.Atom
	flush := func() {
		linked := all > 0 && inLink == all
		if linked && len(blocks) > 0 {
			switch blocks[len(blocks)-1] {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				linked = false
			}
		}
		if linked || !onlyLinked {
			if s := strings.Join(strings.Fields(string(line)), " "); s != "" {
				emit(s, linked)
			}
		}
		line = line[:0]
		inLink, all = 0, 0
	}
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: n}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		c := f.n
		if f.leave {
			if c.DataAtom == atom.A {
				links--
				continue
			}
			flush()
			blocks = blocks[:len(blocks)-1]
			continue
		}
		switch c.Type {
		case html.TextNode:
			line = append(line, c.Data...)
			k := 0
			for _, r := range c.Data {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					k++
				}
			}
			all += k
			if links > 0 {
				inLink += k
			}
			continue
		case html.ElementNode:
			if invisible(c) {
				continue
			}
			if c.DataAtom == atom.Br {
				flush()
				continue
			}
			if isBlock(c.DataAtom, c.Data) {
				flush()
				blocks = append(blocks, c.DataAtom)
				stack = append(stack, frame{n: c, leave: true})
			} else {
				if len(line) > 0 {
					line = append(line, ' ')
				}
				if c.DataAtom == atom.A && toElsewhere(c) {
					links++
					stack = append(stack, frame{n: c, leave: true})
				}
			}
		case html.CommentNode, html.DoctypeNode:
			continue
		}
		// push children in reverse so that the first is handled first
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, frame{n: k})
		}
	}
	flush()
}

// toElsewhere reports whether a is a link to another page: it has an href
// that is neither a fragment of this page (a table of contents) nor a
// script. <a name> anchors, which old pages wrap around whole sections, are
// not links.
func toElsewhere(a *html.Node) bool {
	for _, at := range a.Attr {
		if at.Key != "href" {
			continue
		}
		h := strings.TrimSpace(at.Val)
		return h != "" && !strings.HasPrefix(h, "#") && !strings.HasPrefix(strings.ToLower(h), "javascript:")
	}
	return false
}

func invisible(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head, atom.Iframe,
		atom.Object, atom.Embed, atom.Canvas, atom.Select, atom.Option, atom.Button, atom.Input, atom.Textarea:
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "hidden" || (a.Key == "aria-hidden" && a.Val == "true") {
			return true
		}
		if a.Key == "style" {
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

func isBlock(a atom.Atom, name string) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Section, atom.Article,
		atom.Header, atom.Footer, atom.Nav, atom.Aside, atom.Main, atom.Figure, atom.Figcaption, atom.Dl,
		atom.Dt, atom.Dd, atom.Form, atom.Fieldset, atom.Address, atom.Hr, atom.Body, atom.Html,
		atom.Caption, atom.Details, atom.Summary, atom.Menu, atom.Center:
		return true
	}
	switch name {
	case "head", "list", "item", "quote", "code", "graphic", "hi", "ref":
		// go-trafilatura's converted tags: list/item/quote/head are blocks
		return name == "list" || name == "item" || name == "quote" || name == "head" || name == "code"
	}
	return false
}

// LimitDepth rewrites page so that no element nests deeper than max: start
// and end tags below that depth are dropped, their text kept. It is a single
// tokenizer pass, linear in the input. Pages within the limit come back
// unchanged.
func LimitDepth(page []byte, max int) []byte {
	if !tooDeep(page, max) {
		return page
	}
	var out bytes.Buffer
	out.Grow(len(page))
	z := html.NewTokenizer(bytes.NewReader(page))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			if void(name) {
				out.Write(z.Raw())
				continue
			}
			depth++
			if depth > max {
				continue
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if void(name) {
				out.Write(z.Raw())
				continue
			}
			depth--
			if depth >= max {
				continue
			}
			if depth < 0 {
				depth = 0
			}
		}
		out.Write(z.Raw())
	}
}

// tooDeep is a fast byte scan that over-estimates the nesting depth (a '<'
// followed by a letter counts as a start tag even inside a script); only
// pages it flags pay for the tokenizer pass of LimitDepth.
func tooDeep(page []byte, max int) bool {
	depth := 0
	for i := 0; i < len(page); {
		k := bytes.IndexByte(page[i:], '<')
		if k < 0 || i+k+1 >= len(page) {
			return false
		}
		i += k + 1
		c := page[i]
		switch {
		case c == '/':
			if depth > 0 {
				depth--
			}
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			j := i
			for j < len(page) && j-i < 16 && (page[j] >= 'a' && page[j] <= 'z' || page[j] >= 'A' && page[j] <= 'Z' || page[j] >= '0' && page[j] <= '9') {
				j++
			}
			var buf [16]byte
			n := copy(buf[:], page[i:j])
			for x := range n {
				if 'A' <= buf[x] && buf[x] <= 'Z' {
					buf[x] += 32
				}
			}
			if !void(buf[:n]) {
				depth++
				if depth > max {
					return true
				}
			}
		}
	}
	return false
}

func void(name []byte) bool {
	switch string(name) {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
		"p", "li", "option", "td", "tr", "th", "dt", "dd":
		// p, li and table cells are often left open; they do not nest, so
		// counting them would only inflate the depth.
		return true
	}
	return false
}

// CleanTitle drops what sites append to a page's title: the site's name and
// a byline ("… | The Gateway Pundit | by Mike LaChance", "… - CNBC"). A
// segment after " | " goes when it is a byline, the site's name, the
// author or a host name; after " - ", " – " or " — ", which headlines use
// themselves, only when it is the site's name, the author or a host. The
// first segment always stays.
func CleanTitle(title, site, author, rawURL string) string {
	title = strings.TrimSpace(title)
	host := ""
	if i := strings.Index(rawURL, "://"); i >= 0 {
		host = rawURL[i+3:]
		if j := strings.IndexAny(host, "/?#:"); j >= 0 {
			host = host[:j]
		}
		host = strings.TrimPrefix(strings.ToLower(host), "www.")
	}
	same := func(seg, name string) bool {
		a, b := squash(seg), squash(name)
		return b != "" && (a == b || strings.TrimPrefix(a, "the") == strings.TrimPrefix(b, "the"))
	}
	// The host's name without its suffixes: "thegatewaypundit" for
	// thegatewaypundit.com, "telegraph" for telegraph.co.uk.
	hostName := host
	for _, suf := range []string{".co.uk", ".com.au", ".co.nz", ".com", ".org", ".net", ".news", ".uk", ".us", ".ca", ".au", ".de", ".fr", ".ie", ".in"} {
		if strings.HasSuffix(hostName, suf) {
			hostName = strings.TrimSuffix(hostName, suf)
			break
		}
	}
	if i := strings.LastIndexByte(hostName, '.'); i >= 0 {
		hostName = hostName[i+1:]
	}
	isHost := func(seg string) bool {
		seg = strings.ToLower(strings.TrimSpace(seg))
		if seg == "" || strings.ContainsAny(seg, " ") {
			return false
		}
		if host != "" && (seg == host || strings.TrimPrefix(seg, "www.") == host) {
			return true
		}
		return strings.Count(seg, ".") >= 1 && strings.IndexAny(seg, "abcdefghijklmnopqrstuvwxyz") >= 0 &&
			(strings.HasSuffix(seg, ".com") || strings.HasSuffix(seg, ".org") || strings.HasSuffix(seg, ".net") || strings.HasSuffix(seg, ".co.uk") || strings.HasSuffix(seg, ".news"))
	}
	byline := func(seg string) bool {
		seg = strings.TrimSpace(seg)
		return len(seg) > 3 && strings.EqualFold(seg[:3], "by ") && len(strings.Fields(seg)) <= 6
	}
	droppable := func(seg string, strict bool) bool {
		if strings.TrimSpace(seg) == "" || same(seg, site) || same(seg, author) || same(seg, hostName) || isHost(seg) {
			return true
		}
		return !strict && byline(seg)
	}
	// A site's tail with no name to match: a short segment after a bar
	// ("… | HackLAB", "… | Miami News, Weather, Sports | Fort Lauderdale"),
	// a tagline listing topics after a dash ("… - Art, Design, DIY,
	// Fashion and Beauty !"), and then a few capitalised words ("… - WSVN
	// 7News", "… - My Daily Magazine"); the headline keeps four words.
	dropped := false
	siteTail := func(head, tail, sep string) bool {
		hw, tw := wordsUpTo(head, 4), wordsUpTo(tail, 11)
		if hw < 4 || tw == 0 {
			return false
		}
		switch {
		case sep == " | " && tw <= 6:
			return true
		case sep != " | " && tw <= 10 && strings.Count(tail, ",") >= 2:
			return true
		case dropped && tw <= 4 && brand(tail):
			return true
		}
		return false
	}
	for range maxTitleTails {
		// The last separator: only the title's tail is ever dropped.
		cut, sep := -1, ""
		for _, sp := range []string{" | ", " - ", " – ", " — "} {
			if i := strings.LastIndex(title, sp); i > cut {
				cut, sep = i, sp
			}
		}
		if cut <= 0 {
			return title
		}
		head, tail := title[:cut], title[cut+len(sep):]
		if !droppable(tail, sep != " | ") && !siteTail(head, tail, sep) {
			return title
		}
		dropped = true
		title = strings.TrimSpace(head)
	}
	return title
}

// maxTitleTails bounds the segments CleanTitle drops, so that a title of a
// hundred thousand bars costs linear time.
const maxTitleTails = 6

// wordsUpTo counts the words of s, stopping at max.
func wordsUpTo(s string, max int) int {
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n >= max {
			break
		}
	}
	return n
}

// brand reports whether s reads as a site's name: every word opens with a
// capital or a digit, and one word is in capitals ("WSVN"), mixes letters
// and digits ("7News"), has a capital inside ("HackLAB") or is an outlet's
// word ("My Daily Magazine"). A year or a German noun ("Neuheiten") is
// none.
func brand(s string) bool {
	marked := false
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		letters, upper, digits := 0, 0, 0
		for _, c := range w {
			switch {
			case unicode.IsLetter(c):
				letters++
				if unicode.IsUpper(c) {
					upper++
				}
			case unicode.IsDigit(c):
				digits++
			}
		}
		marked = marked || letters >= 2 && (upper == letters || digits > 0 || upper >= 2) || outletWord.Has(strings.ToLower(w))
	}
	return marked
}

// outletWord are the words of outlets' names that mark a title's tail as
// the site's ("My Daily Magazine", "Springfield News"): data/sitewords.txt.
var outletWord = lexicon.ParseWords(data.MustRead("sitewords.txt"))

// squash keeps the lower-case letters and digits of s: "The Gateway
// Pundit" and "thegatewaypundit" compare equal.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80 && unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
