// Package entity recognises people, organisations, media outlets and places
// in news text with gazetteers and capitalisation rules, and merges their
// aliases ("Sergei Lavrov", "Sergey Lavrov", "Mr Lavrov", "Lavrov") into one
// entity with an id derived from its canonical name, stable across articles.
package entity

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/pkg/flagger/spell"
)

//go:embed data/*
var dataFS embed.FS

// DataFS returns the package's embedded data files (read-only), for the
// stage version that hashes them.
func DataFS() fs.FS { return dataFS }

// Gender of a person or pronoun: 'm', 'f' or 0 when unknown.
type Gender byte

// OfficeHolder is a person who held a role in a country during some years.
type OfficeHolder struct {
	Country, Class, Name string
	From, To             int // To 0: still in office
}

// Gazetteer holds the embedded lexicons. Build it once with Load; it is
// read-only and safe for concurrent use.
type Gazetteer struct {
	first      map[string]Gender // lower-case first name -> gender
	titles     map[string]Gender // lower-case title -> gender (0: none)
	roles      map[string]string // lower-case role phrase -> class
	maxRole    int               // words in the longest role phrase
	places     map[string]string // lower-case place word/phrase -> country code
	maxPlace   int
	media      map[string]string // lower-case -> as written
	maxMedia   int
	orgs       map[string]string
	maxOrg     int
	orgWords   map[string]bool
	placeWords map[string]bool   // last words of a place name ("City")
	mediaWords map[string]bool   // last words of an outlet's name ("News")
	notNames   map[string]bool   // words that alone never name a speaker
	surnames   map[string]bool   // lower-case surnames that look like plurals
	variants   map[string]string // lower-case first name -> canonical spelling
	holders    []OfficeHolder
	holderSkel []string // surname skeleton per holder
	stop       map[string]bool
	stopLed    map[string]int // lower-cased names of stopled.txt: their word count
	demonyms   map[string]bool
	roleWords  map[string]bool
	roleHeads  map[string]bool   // the last words of role phrases ("secretary", not "home")
	dict       *spell.Dictionary // the English word list, to tell a common word from a name
}

// Load parses the embedded lexicons.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{
		first: map[string]Gender{}, titles: map[string]Gender{}, roles: map[string]string{},
		places: map[string]string{}, media: map[string]string{}, orgs: map[string]string{},
		orgWords: map[string]bool{}, placeWords: map[string]bool{}, mediaWords: map[string]bool{}, notNames: map[string]bool{}, surnames: map[string]bool{}, variants: map[string]string{}, stop: map[string]bool{}, stopLed: map[string]int{}, demonyms: map[string]bool{},
	}
	steps := []struct {
		name string
		fn   func(fields []string) error
	}{
		{"first_names.tsv", func(f []string) error {
			g.first[strings.ToLower(f[0])] = gender(f, 1)
			return nil
		}},
		{"titles.tsv", func(f []string) error {
			g.titles[strings.ToLower(f[0])] = gender(f, 1)
			return nil
		}},
		{"roles.tsv", func(f []string) error {
			if len(f) < 2 {
				return fmt.Errorf("want 2 fields, got %d", len(f))
			}
			g.roles[f[0]] = f[1]
			g.maxRole = max(g.maxRole, len(strings.Fields(f[0])))
			return nil
		}},
		{"places.tsv", func(f []string) error {
			for _, p := range f[1:] {
				if d, ok := strings.CutPrefix(p, "~"); ok {
					p = d
					g.demonyms[strings.ToLower(p)] = true
				}
				g.places[strings.ToLower(p)] = f[0]
				g.maxPlace = max(g.maxPlace, len(strings.Fields(p)))
			}
			return nil
		}},
		{"media.txt", func(f []string) error {
			g.media[strings.ToLower(f[0])] = f[0]
			g.maxMedia = max(g.maxMedia, len(strings.Fields(f[0])))
			return nil
		}},
		{"orgs.txt", func(f []string) error {
			g.orgs[strings.ToLower(f[0])] = f[0]
			g.maxOrg = max(g.maxOrg, len(strings.Fields(f[0])))
			return nil
		}},
		{"orgwords.txt", func(f []string) error {
			g.orgWords[strings.ToLower(f[0])] = true
			return nil
		}},
		{"placewords.txt", func(f []string) error {
			g.placeWords[strings.ToLower(f[0])] = true
			return nil
		}},
		{"mediawords.txt", func(f []string) error {
			g.mediaWords[strings.ToLower(f[0])] = true
			return nil
		}},
		{"surnames.txt", func(f []string) error {
			for _, w := range strings.Fields(f[0]) {
				g.surnames[strings.ToLower(w)] = true
			}
			return nil
		}},
		{"notnames.txt", func(f []string) error {
			for _, w := range strings.Fields(f[0]) {
				g.notNames[w] = true
			}
			return nil
		}},
		{"variants.txt", func(f []string) error {
			words := strings.Fields(f[0])
			for _, w := range words {
				if _, dup := g.variants[strings.ToLower(w)]; !dup {
					g.variants[strings.ToLower(w)] = words[0]
				}
			}
			return nil
		}},
		{"stopwords.txt", func(f []string) error {
			for _, w := range strings.Fields(f[0]) {
				g.stop[w] = true
			}
			return nil
		}},
		{"stopled.txt", func(f []string) error {
			g.stopLed[strings.ToLower(f[0])] = len(strings.Fields(f[0]))
			return nil
		}},
		{"officeholders.tsv", func(f []string) error {
			if len(f) < 5 {
				return fmt.Errorf("want 5 fields, got %d", len(f))
			}
			from, err1 := strconv.Atoi(f[3])
			to, err2 := strconv.Atoi(f[4])
			if err1 != nil || err2 != nil {
				return fmt.Errorf("bad years %q %q", f[3], f[4])
			}
			g.holders = append(g.holders, OfficeHolder{Country: f[0], Class: f[1], Name: f[2], From: from, To: to})
			return nil
		}},
	}
	for _, s := range steps {
		if err := readTable("data/"+s.name, s.fn); err != nil {
			return nil, err
		}
	}
	g.roleWords = g.roleWordSet()
	g.roleHeads = g.roleHeadSet()
	for _, h := range g.holders {
		f := strings.Fields(h.Name)
		g.holderSkel = append(g.holderSkel, Skeleton(f[len(f)-1]))
	}
	dict, err := spell.Default()
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	g.dict = dict
	return g, nil
}

func gender(f []string, i int) Gender {
	if len(f) > i && (f[i] == "m" || f[i] == "f") {
		return Gender(f[i][0])
	}
	return 0
}

func readTable(name string, fn func([]string) error) error {
	if err := ReadTable(dataFS, name, fn); err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	return nil
}

// ReadTable calls fn with the tab-separated fields of every line of the file
// name in fsys, skipping blank lines and lines starting with "#". Its errors
// name the file (and the line, for an error from fn) but no package: the
// caller adds its own prefix.
func ReadTable(fsys fs.FS, name string, fn func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if err := fn(strings.Split(t, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// get looks s up in m lower-cased, without allocating for short ASCII
// words.
func get[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	if len(s) <= len(buf) {
		ok := true
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 0x80 {
				ok = false
				break
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if ok {
			v, found := m[string(buf[:len(s)])]
			return v, found
		}
	}
	v, found := m[strings.ToLower(s)]
	return v, found
}

// lower lower-cases s, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// FirstName reports whether w is a known first name and its gender.
func (g *Gazetteer) FirstName(w string) (Gender, bool) {
	v, ok := get(g.first, w)
	if !ok {
		_, ok = g.variants[lower(w)]
		if ok {
			v = g.first[lower(g.variants[lower(w)])]
		}
	}
	return v, ok
}

// Title reports whether w (without a final period) is an honorific or title
// written before names, and the gender it implies.
func (g *Gazetteer) Title(w string) (Gender, bool) {
	v, ok := get(g.titles, strings.TrimSuffix(w, "."))
	return v, ok
}

// RoleClass returns the class of a lower-case role phrase ("foreign minister").
func (g *Gazetteer) RoleClass(phrase string) (string, bool) {
	c, ok := g.roles[phrase]
	return c, ok
}

// MaxRoleWords is the number of words in the longest role phrase.
func (g *Gazetteer) MaxRoleWords() int { return g.maxRole }

// Place returns the country code of a place name, demonym or metonym.
func (g *Gazetteer) Place(name string) (string, bool) {
	c, ok := get(g.places, name)
	return c, ok
}

// Demonym reports whether name is a nationality word ("Russian") rather
// than a place name.
func (g *Gazetteer) Demonym(name string) bool { v, _ := get(g.demonyms, name); return v }

// MaxPlaceWords is the number of words in the longest place phrase.
func (g *Gazetteer) MaxPlaceWords() int { return g.maxPlace }

// Media returns the outlet name as listed when name is a known news outlet.
func (g *Gazetteer) Media(name string) (string, bool) {
	m, ok := get(g.media, strings.TrimPrefix(name, "the "))
	if !ok {
		m, ok = get(g.media, name)
	}
	return m, ok
}

// MaxMediaWords is the number of words in the longest outlet name.
func (g *Gazetteer) MaxMediaWords() int { return g.maxMedia }

// Org returns the organisation name as listed when name is a known one.
func (g *Gazetteer) Org(name string) (string, bool) {
	return get(g.orgs, name)
}

// MaxOrgWords is the number of words in the longest organisation name.
func (g *Gazetteer) MaxOrgWords() int { return g.maxOrg }

// OrgWord reports whether a capitalised word marks an organisation
// ("Ministry", "Department").
func (g *Gazetteer) OrgWord(w string) bool { v, _ := get(g.orgWords, w); return v }

// PlaceWord reports whether w ends a place name ("City", "County").
func (g *Gazetteer) PlaceWord(w string) bool { v, _ := get(g.placeWords, w); return v }

// MediaWord reports whether w ends an outlet's name ("News", "Herald").
func (g *Gazetteer) MediaWord(w string) bool { v, _ := get(g.mediaWords, w); return v }

// NotName reports whether w alone never names a speaker ("Jewish",
// "Democratic", "Anyone").
func (g *Gazetteer) NotName(w string) bool { v, _ := get(g.notNames, w); return v }

// CommonWord reports whether w, in lower case, is an ordinary English word
// the word list never writes capitalised: "allow", "neuroscience", not
// "mark" or "harry".
func (g *Gazetteer) CommonWord(w string) bool {
	lw := strings.ToLower(w)
	return g.dict != nil && g.dict.Common(lw) && !g.dict.Capital(lw)
}

// LowerWord reports whether w, in lower case, is an English word of the
// word list, capitalised there or not: "independent", "sun", "apple".
func (g *Gazetteer) LowerWord(w string) bool {
	return g.dict != nil && g.dict.Common(strings.ToLower(w))
}

// Surname reports whether w is a surname that looks like a plural
// (data/surnames.txt) or the surname of a known office holder.
func (g *Gazetteer) Surname(w string) bool {
	if v, _ := get(g.surnames, w); v {
		return true
	}
	for _, h := range g.holders {
		if strings.HasSuffix(h.Name, " "+w) {
			return true
		}
	}
	return false
}

// CanonicalFirst returns the canonical spelling of a first name.
func (g *Gazetteer) CanonicalFirst(first string) string {
	if c, ok := g.variants[lower(first)]; ok {
		return c
	}
	return first
}

// Holders returns the people who held role class in country in year (all
// years when year is 0).
func (g *Gazetteer) Holders(country, class string, year int) []OfficeHolder {
	var out []OfficeHolder
	for _, h := range g.holders {
		if h.Country != country || h.Class != class {
			continue
		}
		if year > 0 && (year < h.From || (h.To > 0 && year > h.To)) {
			continue
		}
		out = append(out, h)
	}
	return out
}

// HoldersBySurname returns office holders whose surname is surname.
func (g *Gazetteer) HoldersBySurname(surname string) []OfficeHolder {
	var out []OfficeHolder
	k := Skeleton(surname)
	for i, h := range g.holders {
		if g.holderSkel[i] == k {
			out = append(out, h)
		}
	}
	return out
}

// Stopword reports whether a capitalised word is a common word, not a name.
// An all-capitals word of two letters or more is an acronym ("US"), never
// the pronoun.
func (g *Gazetteer) Stopword(w string) bool {
	if IsAcronym(w) {
		return false
	}
	v, _ := get(g.stop, w)
	return v
}

// StopLed reports whether the capitalised words begin a name of
// stopled.txt whose first word is a stopword ("New York", "Great
// Britain"), so that the stopword stays in the name.
func (g *Gazetteer) StopLed(words []string) bool {
	for n := 2; n <= len(words) && n <= 4; n++ {
		if k, ok := get(g.stopLed, strings.Join(words[:n], " ")); ok && k == n {
			return true
		}
	}
	return false
}

// IsAcronym reports whether w is two to six capital letters (with optional
// periods: "U.S.").
func IsAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}
