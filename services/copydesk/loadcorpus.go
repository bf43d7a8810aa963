package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// loadRecord is one article of a load or fault run, as a JSONL input record.
type loadRecord struct {
	ID     string `json:"id"`
	Source string `json:"source,omitempty"`
	Title  string `json:"title,omitempty"`
	Text   string `json:"text"`
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
