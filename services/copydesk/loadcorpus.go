package main

import (
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/copydesk/copydesk/pkg/article"
)

// loadRecord is one article of a load or fault run, as a JSONL input record.
type loadRecord struct {
	ID     string `json:"id"`
	Source string `json:"source,omitempty"`
	Title  string `json:"title,omitempty"`
	Text   string `json:"text,omitempty"`
	HTML   string `json:"html,omitempty"`
}

// article is the record as the stages get it, received at now.
func (r loadRecord) article(now time.Time) *article.Article {
	return &article.Article{Schema: article.SchemaVersion, ID: r.ID, Source: r.Source, Title: r.Title,
		Text: r.Text, HTML: r.HTML, Received: now}
}

// htmlPick reports whether article i of a load corpus goes as an HTML page
// when a share of them do: a fixed spread over i, so that the pipeline and
// the analyze reference get the same mix.
func htmlPick(i int, share float64) bool {
	if share <= 0 {
		return false
	}
	return float64(uint32(i)*2654435761%1000) < share*1000
}

// asHTMLPage wraps a record's text in a news page of ~80 KB, the median
// size of the extraction set's pages: head with scripts and styles, a
// navigation bar, the article's paragraphs, a list of related teasers and
// a footer. The text goes; the page carries it.
func asHTMLPage(rec loadRecord, i int) loadRecord {
	var b strings.Builder
	b.Grow(90_000)
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | %s</title>\n", html.EscapeString(rec.Title), rec.Source)
	b.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/site.css">` + "\n<style>")
	for k := 0; k < 120; k++ {
		fmt.Fprintf(&b, ".c%d{margin:0 auto;padding:%dpx;color:#%06x;font:14px/1.4 Georgia,serif}\n", k, k%17, (k*7919)%0xffffff)
	}
	b.WriteString("</style>\n<script>window.dataLayer=window.dataLayer||[];")
	for k := 0; k < 500; k++ {
		fmt.Fprintf(&b, "dataLayer.push({event:'slot%d',unit:'/1234/news/article',sizes:[[300,250],[728,90]],targeting:{pos:'%d',id:%d}});", k, k%9, i)
	}
	b.WriteString("</script></head>\n<body><header><nav class=\"menu\"><ul>")
	for _, sec := range []string{"Home", "World", "Politics", "Business", "Money", "Tech", "Science", "Health", "Sport", "Culture", "Opinion", "Travel", "Weather", "Podcasts", "Video", "Newsletters"} {
		fmt.Fprintf(&b, `<li><a href="/%s" data-track="nav">%s</a></li>`, strings.ToLower(sec), sec)
	}
	b.WriteString("</ul></nav><div class=\"consent\">We use cookies to improve your experience. <a href=\"/privacy\">Manage preferences</a></div></header>\n<main><article>")
	paras := strings.Split(strings.TrimSpace(rec.Text), "\n\n")
	for k, p := range paras {
		if k == 0 {
			fmt.Fprintf(&b, "<h1>%s</h1>\n<p class=\"byline\">By Staff Reporter</p>\n", html.EscapeString(p))
			continue
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString("</article>\n<aside class=\"related\"><h2>More from the site</h2><ul>")
	for k := 0; k < 40; k++ {
		fmt.Fprintf(&b, `<li class="teaser"><a href="/news/%d/%d.html"><img src="/img/%d.jpg" alt="" loading="lazy">Story number %d you may have missed</a></li>`, i, k, k, k)
	}
	b.WriteString("</ul></aside></main>\n<footer><p>Copyright 2026 Example Media. All rights reserved.</p><ul>")
	for _, l := range []string{"About us", "Contact", "Careers", "Advertise", "Terms", "Privacy", "Cookies", "Accessibility"} {
		fmt.Fprintf(&b, `<li><a href="/%s">%s</a></li>`, strings.ReplaceAll(strings.ToLower(l), " ", "-"), l)
	}
	b.WriteString("</ul></footer></body></html>\n")
	rec.HTML, rec.Text = b.String(), ""
	return rec
}

// Vocabulary of the generated articles: general newsroom English, varied
// enough that generated articles are neither duplicates of each other nor
// share most of their claims. Every figure is about a named place or
// person: the flagger files a figure with no such anchor under one key per
// unit ("fig|percent|-"), which every later article with that unit is
// compared against, so a corpus of anchorless figures measures that
// growth rather than the pipeline.
var (
	genFirst  = []string{"Maria", "James", "Aisha", "Tomas", "Elena", "Kwame", "Priya", "Lukas", "Sofia", "Daniel", "Mei", "Omar", "Grace", "Ivan", "Nadia", "Peter"}
	genLast   = []string{"Keller", "Okafor", "Novak", "Haddad", "Lindqvist", "Moreno", "Tanaka", "Brennan", "Mensah", "Rossi", "Dubois", "Kowalski", "Sato", "Fischer", "Ahmed", "Walsh"}
	genRoles  = []string{"the finance minister", "a spokesperson for the council", "the company's chief executive", "an analyst at a regional bank", "the city's mayor", "a union representative", "the health secretary", "a senior police officer"}
	genPlaces = []string{"Lisbon", "Nairobi", "Osaka", "Denver", "Krakow", "Lyon", "Accra", "Tampere", "Porto", "Calgary", "Leeds", "Hobart"}
	genTopics = []string{"housing", "rail fares", "water prices", "school funding", "hospital waiting lists", "wind farms", "bus routes", "tax credits", "flood defences", "broadband", "tourism", "fishing quotas"}
	genVerbs  = []string{"rose", "fell", "doubled", "stalled", "recovered", "slipped", "climbed", "dropped"}
	genOrgs   = []string{"the statistics office", "the central bank", "a parliamentary committee", "the regulator", "an independent audit", "the transport authority"}
	genMonths = []string{"January", "March", "May", "July", "September", "November"}
)

var genSyllables = []string{"ka", "lo", "mer", "ta", "vin", "sor", "del", "ban", "ri", "ost", "ul", "pen", "gar", "mi", "tor", "ves", "an", "bro", "cal", "dun"}

// genName makes up a capitalised name of two or three syllables, so that
// the names and places the claims are about (the flagger's corroboration
// anchors) spread over thousands of values, as in a real news stream.
func genName(r *rand.Rand) string {
	n := 2 + r.IntN(2)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(genSyllables[r.IntN(len(genSyllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// genArticle writes one synthetic news article.
func genArticle(r *rand.Rand, i int) loadRecord {
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	place, topic := pick(genPlaces), pick(genTopics)
	if r.IntN(4) > 0 {
		place = genName(r)
	}
	name := pick(genFirst) + " " + genName(r)
	title := fmt.Sprintf("%s %s: %s says %d%% change is %s", place, topic, name, r.IntN(90)+5,
		pick([]string{"overdue", "a mistake", "only the start", "not enough", "welcome"}))
	var b strings.Builder
	b.WriteString(title + "\n\n")
	paras := 4 + r.IntN(5)
	for p := 0; p < paras; p++ {
		n := pick(genFirst) + " " + pick(genLast)
		if r.IntN(2) == 0 {
			n = pick(genFirst) + " " + genName(r)
		}
		switch r.IntN(4) {
		case 0:
			fmt.Fprintf(&b, "Spending on %s in %s %s by %d.%d percent in %s, according to %s. ",
				topic, place, pick(genVerbs), r.IntN(40), r.IntN(10), pick(genMonths), pick(genOrgs))
			fmt.Fprintf(&b, "The figure covers %d households and %d businesses in %s.\n\n", 1000+r.IntN(90000), 10+r.IntN(900), genName(r))
		case 1:
			fmt.Fprintf(&b, "“We expect about %d new %s projects before %s,” said %s, %s. ", r.IntN(500)+2, topic, pick(genMonths), n, pick(genRoles))
			fmt.Fprintf(&b, "%s added that the plan would cost %d million.\n\n", strings.Fields(n)[1], r.IntN(900)+10)
		case 2:
			fmt.Fprintf(&b, "According to %s, complaints about %s %s for the %s year in a row, reaching %d in %s. ",
				pick(genOrgs), topic, pick(genVerbs), pick([]string{"second", "third", "fourth", "fifth"}), r.IntN(9000)+100, pick(genMonths))
			fmt.Fprintf(&b, "Residents of %s told reporters the change was %s.\n\n", place, pick([]string{"long expected", "sudden", "hard to follow", "modest"}))
		default:
			fmt.Fprintf(&b, "%s, %s, said the %s budget for %s would reach %d million by %d. ", n, pick(genRoles), place, topic, r.IntN(900)+10, 2026+r.IntN(8))
			fmt.Fprintf(&b, "Officials in %s said %d staff would be hired and %d sites reviewed.\n\n", genName(r), r.IntN(400)+5, r.IntN(60)+2)
		}
	}
	fmt.Fprintf(&b, "Reporting by %s in %s; item %d.\n", pick(genFirst)+" "+pick(genLast), place, i)
	return loadRecord{Source: fmt.Sprintf("site%d.example", i%23), Title: title, Text: b.String()}
}

// seedVariant lightly edits a seed article (drops one paragraph, changes a
// number), so it is stored and processed as a near duplicate.
func seedVariant(r *rand.Rand, text string, i int) string {
	paras := strings.Split(text, "\n\n")
	if len(paras) > 4 {
		j := 2 + r.IntN(len(paras)-3)
		paras = append(paras[:j:j], paras[j+1:]...)
	}
	return strings.Join(paras, "\n\n") + fmt.Sprintf("\n\nUpdated copy %d.\n", i)
}

// readSeeds returns the text of every .txt file in dir, in name order.
func readSeeds(dir string) ([]string, error) {
	if dir == "" {
		return nil, nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var seeds []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		seeds = append(seeds, string(b))
	}
	return seeds, nil
}

// loadArticle returns article i of a load corpus with id prefix-NNNNN: the
// seed articles first, every 50th a light variant of a seed, the rest
// generated. It depends only on (seeds, prefix, i, seed).
func loadArticle(seeds []string, prefix string, i int, seed uint64) loadRecord {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	var rec loadRecord
	switch {
	case i < len(seeds):
		rec = loadRecord{Source: "seed.example", Text: seeds[i]}
	case len(seeds) > 0 && i%50 == 0:
		rec = loadRecord{Source: fmt.Sprintf("syndicate%d.example", i%7), Text: seedVariant(r, seeds[r.IntN(len(seeds))], i)}
	default:
		rec = genArticle(r, i)
	}
	rec.ID = fmt.Sprintf("%s-%05d", prefix, i)
	return rec
}

// loadCorpus returns articles 0..n-1 of the load corpus (loadArticle).
func loadCorpus(seedDir, prefix string, n int, seed uint64) ([]loadRecord, error) {
	seeds, err := readSeeds(seedDir)
	if err != nil {
		return nil, err
	}
	out := make([]loadRecord, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, loadArticle(seeds, prefix, i, seed))
	}
	return out, nil
}
