package entity

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/claims/token"
)

// Entity is a person, organisation, media outlet or place of one article.
type Entity struct {
	Type     string // article.Entity* constants
	First    string // persons: first name(s) as written, "" when never given
	Surname  string // persons
	Given    string // persons: a given name written after the family name ("Wai-kit" of "Raymond Cheung Wai-kit")
	Name     string // others: the name as written
	Gender   Gender
	Roles    []Role
	Aliases  []string
	Mentions []article.Span
	// Strong is set when the text makes it clear this is a person (a known
	// first name, a title or role before it) or, for the other types, an
	// entity at all; weak ones are used only when a reporting verb makes
	// them a speaker.
	Strong bool

	aliasSet map[string]bool
}

// MaxMentions bounds the mentions kept per entity, so that pathological
// text (one name repeated a hundred thousand times) stays linear.
const MaxMentions = 256

// scanLimit is how many persons a registry compares by edit distance
// before it relies on exact skeleton matches only.
const scanLimit = 200

// Mention is one reference to an entity in a token sequence.
type Mention struct {
	TokStart, TokEnd int // tokens [TokStart, TokEnd) of the unit
	Start, End       int // byte offsets of the name part
	Entity           *Entity
	Role             Role // a role given in the same run or apposition
}

// Registry collects the entities of one article and merges their aliases.
type Registry struct {
	g       *Gazetteer
	year    int
	ents    []*Entity
	persons int
	bySkel  map[string][]*Entity // surname skeleton -> persons
	skels   map[string]string    // name -> Skeleton(name), memoised
	byName  map[string]*Entity   // type + "\x00" + lower-case name -> entity
	// acronyms are the bodies the text names with their acronym in
	// brackets: "the Department of Agriculture (DA)" -> "DA".
	acronyms map[string]*Entity
}

// NewRegistry returns an empty registry. year (0 if unknown) selects office
// holders when a role description has to be resolved from the gazetteer.
func NewRegistry(g *Gazetteer, year int) *Registry {
	return &Registry{g: g, year: year, bySkel: map[string][]*Entity{}, byName: map[string]*Entity{}, skels: map[string]string{}}
}

// skel is a memoised Skeleton.
func (r *Registry) skel(name string) string {
	if k, ok := r.skels[name]; ok {
		return k
	}
	k := Skeleton(name)
	if len(r.skels) < 100_000 {
		r.skels[name] = k
	}
	return k
}

// same is SameName with memoised skeletons.
func (r *Registry) same(a, b string) bool {
	ka, kb := r.skel(a), r.skel(b)
	if ka == kb {
		return true
	}
	if len(ka) < 5 || len(kb) < 5 || ka[0] != kb[0] {
		return false
	}
	return EditDistance(ka, kb, 1) <= 1
}

// sameFirst reports whether two first names may be one person's: equal,
// spelling variants ("Sergey", "Sergei") or an initial of the other.
func (r *Registry) sameFirst(a, b string) bool {
	if a == "" || b == "" || r.same(a, b) || r.g.CanonicalFirst(a) == r.g.CanonicalFirst(b) {
		return true
	}
	ia, ib := strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	return len(ia) == 1 && strings.HasPrefix(b, ia) || len(ib) == 1 && strings.HasPrefix(a, ib)
}

// SameName is SameName with the registry's memo.
func (r *Registry) SameName(a, b string) bool { return r.same(a, b) }

// candidates returns the persons whose surname may match surname.
func (r *Registry) candidates(surname string) []*Entity {
	if r.persons <= scanLimit {
		return r.ents
	}
	return r.bySkel[r.skel(surname)]
}

// Gazetteer returns the gazetteer the registry uses.
func (r *Registry) Gazetteer() *Gazetteer { return r.g }

// Entities returns every entity in order of first registration.
func (r *Registry) Entities() []*Entity { return r.ents }

// Person finds or adds the person with the given names. A last name that
// is a hyphenated Cantonese or Korean given name ("Wai-kit", "Jae-in") is
// written after the family name, which is the word before it: "Raymond
// Cheung Wai-kit" is Cheung, and "Cheung" alone names him later.
func (r *Registry) Person(first, surname string) *Entity {
	given := ""
	if first != "" && hyphenatedGiven(surname) {
		given = surname
		if k := strings.LastIndexByte(first, ' '); k >= 0 {
			first, surname = first[:k], first[k+1:]
		} else {
			first, surname = "", first
		}
	}
	for _, e := range r.candidates(surname) {
		if e.Type != article.EntityPerson || !r.same(e.Surname, surname) {
			continue
		}
		if first == "" || e.First == "" || r.same(first, e.First) ||
			r.g.CanonicalFirst(first) == r.g.CanonicalFirst(e.First) || strings.HasSuffix(e.First, " "+first) {
			// (The last: the first part of a double surname after a
			// title, "Ms Howard Boyd" after "Emma Howard Boyd".)
			if e.First == "" && first != "" {
				e.First = first
			}
			if e.Given == "" {
				e.Given = given
			}
			return e
		}
	}
	if first == "" {
		if e := r.byPaternalSurname(surname); e != nil {
			return e // "Ortúñez, who took office …" after "Graciela Ortúñez Bracamontes"
		}
	}
	e := &Entity{Type: article.EntityPerson, First: first, Surname: surname, Given: given}
	if first != "" {
		if gd, ok := r.g.FirstName(strings.Fields(first)[0]); ok {
			e.Gender = gd
		}
	} else if gd, ok := r.g.FirstName(surname); ok {
		e.Gender = gd // one name that is a first name: "Beth", "Tamara"
	}
	r.ents = append(r.ents, e)
	r.persons++
	k := r.skel(surname)
	r.bySkel[k] = append(r.bySkel[k], e)
	return e
}

// hyphenatedGiven reports whether w reads as a romanised Cantonese or Korean
// given name of two syllables: a capital, letters, a hyphen, lower-case
// letters ("Wai-kit", "Hoi-lam", "Jae-in").
func hyphenatedGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(b) < 2 || len(a) > 5 || len(b) > 5 {
		return false
	}
	for i, c := range a {
		if i == 0 && !unicode.IsUpper(c) || i > 0 && !unicode.IsLower(c) {
			return false
		}
	}
	for _, c := range b {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// Named finds or adds a non-person entity.
func (r *Registry) Named(typ, name string) *Entity {
	e := r.named(typ, name)
	e.Strong = true
	return e
}

// named finds or adds a non-person entity that is weak when new: one the
// text does not establish (an unknown name after "the") until attribution
// makes it a source. Export leaves weak entities out.
func (r *Registry) named(typ, name string) *Entity {
	key := typ + "\x00" + strings.ToLower(name)
	if e, ok := r.byName[key]; ok {
		return e
	}
	if typ == article.EntityOrganization {
		if e := r.legalForm(key); e != nil {
			r.byName[key] = e
			return e
		}
	}
	e := &Entity{Type: typ, Name: name}
	r.ents = append(r.ents, e)
	r.byName[key] = e
	return e
}

// legalForm returns the organisation known by the name under key with or
// without a legal form after it ("Northgrove Energy" and "Northgrove Energy
// Corp", "Halden AG" and "Halden"), or nil. The body keeps the name the text
// gave first.
func (r *Registry) legalForm(key string) *Entity {
	if base, last, ok := cutLast(key); ok && legalSuffix[last] && strings.Contains(base, " ") {
		// (A two-word base at least: "Co" after one word is often part of
		// the name.)
		if e, ok := r.byName[base]; ok {
			return e
		}
	}
	for _, suffix := range legalSuffixes {
		if e, ok := r.byName[key+" "+suffix]; ok && strings.Contains(key, " ") {
			return e
		}
	}
	return nil
}

// cutLast splits s at its last space.
func cutLast(s string) (before, after string, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

// defineAcronym records the acronym in brackets right after a body's name
// in toks[ts:te] ("the Department of Agriculture (DA)", "Médecins Sans
// Frontières (MSF)"), so that the acronym alone names that body later. The
// acronym starts with the name's first letter; the first definition holds.
func (r *Registry) defineAcronym(e *Entity, toks []token.Token, ts, te int) {
	if e.Type != article.EntityOrganization || te+2 >= len(toks) || toks[te].Text != "(" || toks[te+2].Text != ")" || !r.shortForm(toks[te+1]) {
		return
	}
	acr := toks[te+1].Text
	if r.acronyms[acr] != nil || !acronymOf(acr, toks[ts:te]) {
		return
	}
	if r.acronyms == nil {
		r.acronyms = map[string]*Entity{}
	}
	r.acronyms[acr] = e
}

// acronymOf reports whether acr can be the short form of the name in toks:
// it starts with the initial of the name's first word, or of its second
// when the first is a place the short form leaves out ("the Baybayon
// Provincial Disaster Risk Reduction and Management Office (PDRRMO)"), and
// its capitals are initials of the name's words in order.
func acronymOf(acr string, toks []token.Token) bool {
	var initials []rune
	for _, t := range toks {
		if t.Kind == token.Word {
			c, _ := utf8.DecodeRuneInString(t.Text)
			initials = append(initials, unicode.ToUpper(c))
		}
	}
	a, _ := utf8.DecodeRuneInString(acr)
	switch {
	case len(initials) == 0:
		return false
	case initials[0] == a:
		return true // (as before: "Médecins Sans Frontières (MSF)", "the Department of Agriculture (DA)")
	case len(initials) < 3 || initials[1] != a:
		return false
	}
	k := 1
	for _, c := range acr {
		if !unicode.IsUpper(c) {
			continue
		}
		for k < len(initials) && initials[k] != c {
			k++
		}
		if k == len(initials) {
			return false
		}
		k++
	}
	return true
}

// shortForm reports whether t can be a body's short form in brackets: an
// acronym ("DA", "INEC"), one with lower-case letters ("CoG", "AuGD") or a
// clipped word ("Mincom"), not a place, a stopword or a first name.
func (r *Registry) shortForm(t token.Token) bool {
	if t.Kind != token.Word || t.Quote >= 0 {
		return false
	}
	if IsAcronym(t.Text) {
		return true
	}
	n := utf8.RuneCountInString(t.Text)
	if !isCapWord(t) || n < 3 || n > 8 || r.g.Stopword(t.Text) || r.g.PlaceWord(t.Text) || r.g.Demonym(t.Text) {
		return false
	}
	if _, ok := r.g.Place(t.Text); ok {
		return false
	}
	if _, ok := r.g.FirstName(t.Text); ok {
		return false
	}
	for _, c := range t.Text {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// mergeShortForms makes each body the text named with its short form in
// brackets also the entity of that short form used alone before the
// definition ("the HSE did not agree … The Health Service Executive (HSE)
// said"): the short form's own entity, if Scan made one, is merged into
// the body's, in out as well.
func (r *Registry) mergeShortForms(out [][]Mention) {
	for _, acr := range slices.Sorted(maps.Keys(r.acronyms)) {
		e := r.acronyms[acr]
		for _, typ := range []string{article.EntityOrganization, article.EntityMedia} {
			key := typ + "\x00" + strings.ToLower(acr)
			old, ok := r.byName[key]
			if !ok || old == e {
				continue
			}
			r.merge(old, e, key, out)
		}
	}
}

// merge makes e the entity of old, which byName holds under key: old's
// mentions and aliases become e's, in out as well.
func (r *Registry) merge(old, e *Entity, key string, out [][]Mention) {
	delete(r.byName, key)
	r.ents = slices.DeleteFunc(r.ents, func(x *Entity) bool { return x == old })
	for _, m := range old.Mentions {
		if len(e.Mentions) < MaxMentions && !slices.Contains(e.Mentions, m) {
			e.Mentions = append(e.Mentions, m)
		}
	}
	for _, a := range old.Aliases {
		if !e.aliasSet[a] {
			e.aliasSet[a] = true
			e.Aliases = append(e.Aliases, a)
		}
	}
	slices.SortStableFunc(e.Mentions, func(a, b article.Span) int { return a.Start - b.Start })
	e.Strong = e.Strong || old.Strong
	for u := range out {
		for i := range out[u] {
			if out[u][i].Entity == old {
				out[u][i].Entity = e
			}
		}
	}
}

// mergeOfNames makes a body named by the words before "of" in the one
// longer name the text gives ("the Election Commission" after "the
// Election Commission of India", "the Bank" after "the Bank of England")
// that body's entity.
func (r *Registry) mergeOfNames(out [][]Mention) {
	for _, old := range slices.Clone(r.ents) {
		if old.Type != article.EntityOrganization {
			continue
		}
		var long *Entity
		for _, e := range r.ents {
			if e != old && e.Type == article.EntityOrganization && e.Strong && strings.HasPrefix(e.Name, old.Name+" of ") {
				if long != nil {
					long = nil // two such bodies: "the Ministry" of Health or of Defence
					break
				}
				long = e
			}
		}
		if long != nil {
			r.merge(old, long, article.EntityOrganization+"\x00"+strings.ToLower(old.Name), out)
		}
	}
}

// Acronym returns the body the text named with acr in brackets after its
// name or, failing that, the one body whose name's capitalised words have
// acr's letters as initials ("OPP" after "Ontario Provincial Police",
// "DA" after "Department of Agriculture"); nil if there is none.
func (r *Registry) Acronym(acr string) *Entity {
	if e := r.acronyms[acr]; e != nil {
		return e
	}
	if !IsAcronym(acr) {
		return nil
	}
	acr = strings.ReplaceAll(acr, ".", "")
	var found *Entity
	for _, e := range r.ents {
		if e.Type != article.EntityOrganization || !e.Strong || e.Name == acr {
			continue
		}
		var b strings.Builder
		words := strings.Fields(e.Name)
		for _, w := range words {
			if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) {
				b.WriteRune(c)
			}
		}
		if len(words) < 2 || b.String() != acr {
			continue
		}
		if found != nil {
			return nil // two bodies with those initials
		}
		found = e
	}
	return found
}

// BySurname returns the strong person whose surname matches w, or nil.
func (r *Registry) BySurname(w string) *Entity {
	for _, e := range r.candidates(w) {
		if e.Type == article.EntityPerson && e.Strong && r.same(e.Surname, w) {
			return e
		}
	}
	return nil
}

// firstBySurname returns the strong person whose surname matches w: of
// several, the one the text names first, whom a surname alone refers to by
// the convention of news copy ("Bertha Lindqvist" before her grandson "Eric
// Lindqvist"; "Kathryn Barger" before her father "Richards D. Barger"),
// whichever was registered first; nil when none matches.
func (r *Registry) firstBySurname(w string) *Entity {
	var first *Entity
	firstAt := -1
	for _, e := range r.candidates(w) {
		if e.Type != article.EntityPerson || !e.Strong || !r.same(e.Surname, w) {
			continue
		}
		if first == nil {
			first = e
		}
		for _, m := range e.Mentions {
			if firstAt < 0 || m.Start < firstAt {
				first, firstAt = e, m.Start
			}
		}
	}
	return first
}

// byFamilyName returns the one strong person whose two-word name opens
// with w when w is no known given name: "Wang" after "Wang Yi", "Xi" after
// "Xi Jinping" (a family name written first); nil otherwise.
func (r *Registry) byFamilyName(w string) *Entity {
	if _, first := r.g.FirstName(w); first || len(w) < 2 {
		return nil
	}
	// (Also the first of several given names, as Malay names are written
	// and called: "Hafiz" after "Hafiz Zulkarnain Osman".)
	return r.onePerson(func(e *Entity) bool { f, _, _ := strings.Cut(e.First, " "); return strings.EqualFold(f, w) })
}

// byPaternalSurname returns the one strong person named with three words,
// a given name and two surnames, the second of them w, when w is no known
// given name: "Carrasco" after "Leticia Carrasco Yáñez", as Spanish names
// are called by the first surname; nil otherwise.
func (r *Registry) byPaternalSurname(w string) *Entity {
	if _, first := r.g.FirstName(w); first || utf8.RuneCountInString(w) < 3 || r.g.Stopword(w) {
		return nil
	}
	return r.onePerson(func(e *Entity) bool {
		words := strings.Fields(e.First + " " + e.Surname)
		return len(words) == 3 && strings.EqualFold(words[1], w)
	})
}

// byGivenName returns the one strong person whose first name is w, a known
// given name no person of the article has as a surname: "Kelly" after "Kelly
// Watson, 38, from Doncaster" (human-interest stories name people so); nil
// otherwise.
func (r *Registry) byGivenName(w string) *Entity {
	if _, first := r.g.FirstName(w); !first || r.hasPerson(w) {
		return nil
	}
	return r.onePerson(func(e *Entity) bool { return e.First != "" && r.sameFirst(w, e.First) })
}

// onePerson returns the one strong person that match accepts; nil when
// none does or two do.
func (r *Registry) onePerson(match func(*Entity) bool) *Entity {
	var found *Entity
	for _, e := range r.ents {
		if e.Type != article.EntityPerson || !e.Strong || !match(e) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// hasPerson reports whether a person with surname w is known, strong or not.
func (r *Registry) hasPerson(w string) bool {
	for _, e := range r.candidates(w) {
		if e.Type == article.EntityPerson && r.same(e.Surname, w) {
			return true
		}
	}
	return false
}

// AddMention records a mention of e.
func (e *Entity) AddMention(text string, start, end int) {
	if len(e.Mentions) >= MaxMentions {
		return
	}
	for _, m := range e.Mentions {
		if m.Start == start && m.End == end {
			return
		}
	}
	e.Mentions = append(e.Mentions, article.Span{Text: text[start:end], Start: start, End: end})
	alias := text[start:end]
	if e.aliasSet == nil {
		e.aliasSet = map[string]bool{}
	}
	if !e.aliasSet[alias] {
		e.aliasSet[alias] = true
		e.Aliases = append(e.Aliases, alias)
	}
}

// AddReference records a mention by description or pronoun ("the
// minister", "he"): a mention, not an alias.
func (e *Entity) AddReference(text string, start, end int) {
	if len(e.Mentions) >= MaxMentions {
		return
	}
	for _, m := range e.Mentions {
		if m.Start == start && m.End == end {
			return
		}
	}
	e.Mentions = append(e.Mentions, article.Span{Text: text[start:end], Start: start, End: end})
}

// AddRole records a role the person was introduced with.
func (e *Entity) AddRole(ro Role) {
	if !ro.Valid() {
		return
	}
	for _, h := range e.Roles {
		if h.Class == ro.Class && h.Country == ro.Country {
			return
		}
	}
	e.Roles = append(e.Roles, ro)
}

// Canonical is the entity's name across the corpus: canonical first-name
// spelling plus surname for persons, completed from the office-holder
// gazetteer when the article gives only a surname.
func (r *Registry) Canonical(e *Entity) string {
	if e.Type != article.EntityPerson {
		if m, ok := r.g.Media(e.Name); ok && e.Type == article.EntityMedia {
			return m
		}
		if o, ok := r.g.Org(e.Name); ok && e.Type == article.EntityOrganization {
			return o
		}
		return e.Name
	}
	first := e.First
	if first == "" {
		if hs := r.g.HoldersBySurname(e.Surname); len(hs) > 0 && sameHolder(hs) {
			f := strings.Fields(hs[0].Name)
			first = strings.Join(f[:len(f)-1], " ")
		}
	}
	if e.Given != "" {
		return strings.TrimSpace(first + " " + e.Surname + " " + e.Given)
	}
	if first == "" {
		return e.Surname
	}
	parts := strings.Fields(first)
	parts[0] = r.g.CanonicalFirst(parts[0])
	// A known office holder keeps the spelling of their own name
	// (Antony Blinken, not the variant group's Anthony).
	for _, h := range r.g.HoldersBySurname(e.Surname) {
		f := strings.Fields(h.Name)
		if len(f) > 1 && r.g.CanonicalFirst(f[0]) == parts[0] {
			return h.Name
		}
	}
	return strings.Join(parts, " ") + " " + e.Surname
}

func sameHolder(hs []OfficeHolder) bool {
	for _, h := range hs[1:] {
		if h.Name != hs[0].Name {
			return false
		}
	}
	return true
}

// DisplayName is the fullest name the article gives.
func (e *Entity) DisplayName() string {
	if e.Type != article.EntityPerson {
		return e.Name
	}
	if e.Given != "" {
		return strings.TrimSpace(e.First + " " + e.Surname + " " + e.Given)
	}
	if e.First == "" {
		return e.Surname
	}
	return e.First + " " + e.Surname
}

// ID is the entity's stable id.
func (r *Registry) ID(e *Entity) string {
	if e.Type == article.EntityPerson {
		c := strings.Fields(r.Canonical(e))
		if len(c) == 1 {
			return "person:" + r.skel(c[0])
		}
		return "person:" + r.skel(c[0]) + "-" + r.skel(c[len(c)-1])
	}
	return ID(e.Type, r.Canonical(e))
}

// Export converts the entities that were mentioned to the article form.
func (r *Registry) Export() []article.Entity {
	out := []article.Entity{}
	for _, e := range r.ents {
		if len(e.Mentions) == 0 || !e.Strong {
			continue
		}
		out = append(out, article.Entity{
			ID: r.ID(e), Name: r.Canonical(e), Type: e.Type,
			Aliases: append([]string(nil), e.Aliases...), Mentions: append([]article.Span(nil), e.Mentions...),
		})
	}
	return out
}

// run is a capitalised word sequence found by Scan.
type run struct {
	unit, ts, te int // tokens [ts, te) of units[unit]
}

func possessive(w string) (string, bool) {
	for _, s := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return strings.TrimSuffix(w, s), true
		}
	}
	return w, false
}

// pluralPossessiveInName reports whether toks[i] is a plural possessive
// inside a name, before a body's word: "the Patients' Alliance", "the
// Department of Veterans’ Affairs", "the Workers' Party" (not "the Smiths’
// lawyer", "NBC News' Today show").
func (r *Registry) pluralPossessiveInName(toks []token.Token, i int) bool {
	w := toks[i].Text
	if !strings.HasSuffix(w, "s'") && !strings.HasSuffix(w, "s’") {
		return false
	}
	for k := i + 1; k < len(toks) && k-i <= 4 && isCapWord(toks[k]) && toks[k].Start-toks[k-1].End <= 1; k++ {
		if r.g.OrgWord(toks[k].Text) {
			return true // ("the Citizens’ Independent Transportation Trust")
		}
	}
	return false
}

// possessiveInName reports whether toks[i], a possessive, belongs to the
// name it is in rather than ending a possessor: a plural one before a
// body's word (pluralPossessiveInName), or a singular one whose word names no
// place, organisation, outlet, person or day before a body's word ("the
// Alzheimer's Society", "Great Ormond Street Children's Hospital", "the
// People's Party"; not "Russia's Foreign Ministry", "Friday's Supreme Court
// ruling", "Obama's Justice Department", "Jane Doe's Foundation").
func (r *Registry) possessiveInName(toks []token.Token, i int) bool {
	if r.pluralPossessiveInName(toks, i) {
		return true
	}
	w, poss := possessive(toks[i].Text)
	if !poss || strings.HasSuffix(toks[i].Text, "s'") || strings.HasSuffix(toks[i].Text, "s’") || !isCapWord(toks[i]) {
		return false
	}
	for k := i + 1; k < len(toks) && k-i <= 3 && isCapWord(toks[k]) && toks[k].Start-toks[k-1].End <= 1; k++ {
		words := make([]string, 0, k-i+1)
		for _, t := range toks[i : k+1] {
			words = append(words, strings.ReplaceAll(t.Text, "’", "'"))
		}
		if _, ok := r.g.Org(strings.Join(words, " ")); ok {
			return true // a known name: "Sam's Club"
		}
	}
	for k := i + 1; k < len(toks) && k-i <= 2 && isCapWord(toks[k]) && toks[k].Start-toks[k-1].End <= 1; k++ {
		if venueWord[toks[k].Lower] {
			return true // a venue named for its owner: "Casey's Bar", "Joe's Diner"
		}
	}
	if _, ok := r.g.Place(w); ok {
		return false
	}
	if _, ok := r.g.Org(w); ok {
		return false
	}
	if _, ok := r.g.Media(w); ok {
		return false
	}
	if _, ok := r.g.FirstName(w); ok || r.g.Surname(w) || r.g.Stopword(w) || r.g.Demonym(w) {
		return false
	}
	if i > 0 && isCapWord(toks[i-1]) && toks[i].Start-toks[i-1].End <= 1 {
		if _, ok := r.g.FirstName(toks[i-1].Text); ok {
			return false // a person's full name
		}
	}
	for k := i + 1; k < len(toks) && k-i <= 3 && isCapWord(toks[k]) && toks[k].Start-toks[k-1].End <= 1; k++ {
		if r.g.OrgWord(toks[k].Text) {
			return true
		}
	}
	return false
}

// outletBeforeProgramme returns how many tokens from ts name a known
// outlet that the rest of the run [ts, te), a programme's name, follows:
// "BBC Match of the Day", "Fox News Sunday". 0 when the run ends in an
// outlet's word (an outlet's own name: "BBC News"), when the
// rest names a person or holds a title or role ("CNN Editor-in-Chief Mark
// Thompson", "BBC Jane Doe"), or no known outlet opens the run.
func (r *Registry) outletBeforeProgramme(toks []token.Token, ts, te int) int {
	if te-ts < 2 || r.g.Stopword(toks[ts].Text) || r.g.MediaWord(toks[te-1].Text) {
		return 0 // (an outlet's own name: "BBC News", "Sky Sports News")
	}
	if te < len(toks) && toks[te].Kind == token.Word && documentAfter[toks[te].Lower] {
		return 0 // a document the outlet made: "a CBS News Battleground Tracker poll"
	}
	n := r.outletPrefix(toks, ts, te)
	if n == 0 {
		return 0
	}
	for _, t := range toks[ts+n : te] {
		if t.Kind != token.Word {
			continue
		}
		if _, first := r.g.FirstName(t.Text); first {
			return 0
		}
		if _, title := r.g.Title(t.Text); title || r.g.RoleWord(t.Lower) || hyphenRole(r.g, t.Lower) {
			return 0
		}
		if _, poss := possessive(t.Text); poss || r.g.OrgWord(t.Text) && !(t.Text == "Agency" && te-ts-n == 2 && toks[te-2].Text == "News") {
			return 0 // (a body of the outlet's: "CNBC Changemakers Advisory Board"; not "Reuters News Agency")
		}
	}
	return n
}

// outletPrefix returns how many tokens from ts, fewer than the run's
// te-ts, name a known outlet, the most that do ("BBC" of "BBC Wales",
// "Fox News" of "Fox News Sunday"); 0 when none does.
func (r *Registry) outletPrefix(toks []token.Token, ts, te int) int {
	for n := min(te-ts-1, r.g.maxMedia); n >= 1; n-- {
		if _, ok := r.g.Media(strings.ReplaceAll(JoinName(toks[ts:ts+n]), "’", "'")); ok {
			return n
		}
	}
	return 0
}

// outletEdition reports whether the run toks[ts:te] is a known outlet, then
// "Radio" or nothing, then a place: an outlet's edition for the place ("BBC
// Wales", "BBC Radio Scotland", "Sky News Australia"; not "BBC Match of the
// Day", a programme, nor "CNN Americans", a people).
func (r *Registry) outletEdition(toks []token.Token, ts, te int) bool {
	if te-ts < 2 || r.g.Stopword(toks[ts].Text) {
		return false
	}
	n := r.outletPrefix(toks, ts, te)
	if n == 0 {
		return false
	}
	p := ts + n
	if p+1 < te && toks[p].Text == "Radio" {
		p++
	}
	words := make([]string, 0, te-p)
	for _, t := range toks[p : te-1] {
		words = append(words, t.Text)
	}
	last, _ := possessive(toks[te-1].Text)
	place := strings.Join(append(words, last), " ")
	_, ok := r.g.Place(place)
	return ok && !r.g.Demonym(place)
}

// JoinName joins the tokens of a name as a list writes it: words apart, a
// comma against the word before ("Department for Environment, Food and
// Rural Affairs").
func JoinName(toks []token.Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.Text != "," {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// commonBeforeNoun reports whether the one-word name at toks[i] opens its
// sentence as an ordinary word before a lower-case noun: "Independent
// researchers said", "Sun exposure causes". Mid-sentence, or before a verb,
// it is a name ("The Independent reported", "the Sun said").
func (r *Registry) commonBeforeNoun(toks []token.Token, i int) bool {
	if i > 0 && toks[i-1].Kind == token.Word || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if n.Kind != token.Word || isCapWord(n) || !r.g.CommonWord(n.Text) || r.g.Stopword(n.Text) {
		return false
	}
	_, poss := possessive(toks[i].Text)
	return !poss && r.g.LowerWord(toks[i].Text)
}

// pluralRole reports whether w, in lower case, is a role word's plural:
// "leaders", "officials", "bosses".
func (r *Registry) pluralRole(w string) bool {
	if s, ok := strings.CutSuffix(w, "es"); ok && r.g.RoleWord(s) {
		return true
	}
	s, ok := strings.CutSuffix(w, "s")
	return ok && r.g.RoleWord(s)
}

// localQualifier reports whether t, before a known outlet's name, is a
// word of the outlet's own name: a capitalised word that is no common
// word, title, role, place, person's first name or organisation ("Kentish"
// of "the Kentish Express"; not "The", "Former", "BBC").
func (r *Registry) localQualifier(t token.Token) bool {
	if !isCapWord(t) || r.g.Stopword(t.Text) || IsAcronym(t.Text) {
		return false
	}
	if _, poss := possessive(t.Text); poss {
		return false
	}
	if _, ok := r.g.Title(t.Text); ok || r.g.RoleWord(strings.ToLower(t.Text)) {
		return false
	}
	if _, ok := r.g.Org(t.Text); ok {
		return false
	}
	if _, ok := r.g.Media(t.Text); ok {
		return false
	}
	_, first := r.g.FirstName(t.Text)
	return !first && !r.g.CommonWord(t.Text)
}

// OriginWord reports whether w says where someone comes from or works
// ("london-born", "paris-based"), not who they are.
func OriginWord(w string) bool {
	return strings.HasSuffix(w, "-born") || strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-raised")
}

// orgThrough returns how many tokens from toks[j], an "and" or "for" after
// the run toks[i:j], continue a name of data/orgs.txt or data/media.txt
// ("and Prevention" after "Centers for Disease Control", "for London" after
// "Transport", "and Courier" after "The Post"); 0 when none does.
func (r *Registry) orgThrough(toks []token.Token, i, j int) int {
	if j-i > 1 && (toks[i].Lower == "the" || toks[i].Lower == "a" || toks[i].Lower == "an") {
		i++ // "The Food and Drug Administration", "A Department of Health and Social Care spokesperson"
	}
	if j-i > 1 {
		if _, ok := r.g.Place(toks[i].Text); ok {
			if n := r.orgThrough(toks, i+1, j); n > 0 {
				return n // "the US Food and Drug Administration": a country's body by its listed name
			}
		}
	}
	for n := 2; n <= 7 && j+n <= len(toks) && j+n-i <= max(r.g.maxOrg, r.g.maxMedia)+3; n++ { // (+3: commas are tokens)
		if !isCapWord(toks[j+n-1]) {
			if w := toks[j+n-1].Lower; w == "of" || w == "for" || w == "the" || w == "and" || w == "," {
				continue // "Manufacturers of America", "Environment, Food and Rural Affairs"
			}
			return 0
		}
		name := JoinName(toks[i : j+n])
		if _, ok := r.g.Org(name); ok {
			return n
		}
		if _, ok := r.g.Media(name); ok {
			return n
		}
		if _, ok := r.g.Media("The " + name); ok {
			return n // "The Post and Courier"
		}
	}
	return 0
}

// andShortForm returns how many tokens from toks[j], an "and" after the run
// toks[i:j], continue a body's name up to the short form in brackets after
// it whose letters are, in order, initials of the name's capitalised words
// and start with the first ("the National Institute for Health and Care
// Excellence (Nice)"); 0 when none does.
func (r *Registry) andShortForm(toks []token.Token, i, j int) int {
	for n := 2; n <= 5 && j+n+2 < len(toks); n++ {
		t := toks[j+n-1]
		if !isCapWord(t) || r.g.Stopword(t.Text) {
			return 0
		}
		if toks[j+n].Text != "(" || toks[j+n+2].Text != ")" || !r.shortForm(toks[j+n+1]) {
			continue
		}
		var initials []rune
		for _, w := range toks[i : j+n] {
			if isCapWord(w) && !r.g.Stopword(w.Text) {
				c, _ := utf8.DecodeRuneInString(w.Text)
				initials = append(initials, c)
			}
		}
		acr := []rune(strings.ToUpper(strings.ReplaceAll(toks[j+n+1].Text, ".", "")))
		if len(initials) == 0 || len(acr) < 2 || initials[0] != acr[0] || !r.g.OrgWord(toks[j-1].Text) && !anyOrgWord(r.g, toks[i:j]) {
			return 0
		}
		k := 0
		for _, c := range initials {
			if k < len(acr) && c == acr[k] {
				k++
			}
		}
		if k == len(acr) {
			return n
		}
		return 0
	}
	return 0
}

// anyOrgWord reports whether an organisation word is among toks.
func anyOrgWord(g *Gazetteer, toks []token.Token) bool {
	for _, t := range toks {
		if g.OrgWord(t.Text) {
			return true
		}
	}
	return false
}

// theOpens reports whether "the" opens the run at toks[i] or stands before
// it, and where the run's words start after it.
func theOpens(toks []token.Token, i int) (int, bool) {
	switch {
	case toks[i].Lower == "the":
		return i + 1, true
	case i > 0 && toks[i-1].Lower == "the":
		return i, true
	}
	return i, false
}

// andBody returns how many tokens from toks[j], an "and" after the run
// toks[i:j] that "the" opens, continue the name of a body no list holds:
// capitalised words closing with an organisation word ("and Drink
// Federation" after "the Food"), where the words before "and" name nothing
// on their own (not "the Army and Navy", not "Britain and European
// Union"). 0 when they do not.
func (r *Registry) andBody(toks []token.Token, i, j int) int {
	s, ok := theOpens(toks, i)
	if !ok || j-s < 1 || j-s > 5 {
		return 0
	}
	for k, t := range toks[s:j] {
		k += s
		if _, poss := possessive(t.Text); poss || t.Kind != token.Word || r.g.OrgWord(t.Text) || r.g.Stopword(t.Text) {
			return 0
		}
		if _, ok := r.g.Place(t.Text); ok && !(k == s && (r.g.Demonym(t.Text) || j-s >= 2)) {
			// (a demonym or a country may open it: "the Malaysian Estate
			// Staff and Workers Union", "the UK Food and Drink Federation")
			return 0
		}
		if _, ok := r.g.FirstName(t.Text); ok {
			return 0
		}
		if _, ok := r.g.Org(t.Text); ok {
			return 0
		}
		if _, ok := r.g.Media(t.Text); ok {
			return 0
		}
	}
	for n := 1; n <= 4 && j+n < len(toks); n++ {
		t := toks[j+n]
		if !isCapWord(t) || r.g.Stopword(t.Text) || t.Start-toks[j+n-1].End > 1 {
			return 0
		}
		if _, poss := possessive(t.Text); poss {
			return 0
		}
		if r.g.OrgWord(t.Text) {
			return n + 1 // (the run goes on through any capitalised words after)
		}
	}
	return 0
}

// plainWord reports whether t is a capitalised word that names nothing on
// its own: no stopword, title, possessive, place, first name, organisation
// or outlet.
func (r *Registry) plainWord(t token.Token) bool {
	if !isCapWord(t) || r.g.Stopword(t.Text) || r.isTitleTok(t.Text) {
		return false
	}
	if _, poss := possessive(t.Text); poss {
		return false
	}
	if _, ok := r.g.Place(t.Text); ok {
		return false
	}
	if _, ok := r.g.FirstName(t.Text); ok {
		return false
	}
	if _, ok := r.g.Org(t.Text); ok {
		return false
	}
	_, ok := r.g.Media(t.Text)
	return !ok
}

// ministryAnd returns how many tokens from toks[j], an "and" after the run
// toks[i:j] of a ministry's name ("Ministry of the Environment"), continue
// its brief: "the Ministry of the Environment and Climate Change", "the
// Department of Health and Human Services". The words after "of" or "for"
// and the one to three after "and" name nothing on their own and hold no
// organisation word, so "the Ministry of Health and Ghana Health Service"
// and "the Ministry of Defence and Foreign Office" stay two. 0 when they
// do not.
func (r *Registry) ministryAnd(toks []token.Token, i, j int) int {
	plain := func(t token.Token) bool { return r.plainWord(t) && !r.g.OrgWord(t.Text) }
	of := -1
	for k := i; k+1 < j; k++ {
		if r.g.OrgWord(toks[k].Text) && (toks[k+1].Lower == "of" || toks[k+1].Lower == "for") {
			of = k + 2
			break
		}
	}
	if of < 0 || of >= j {
		return 0
	}
	if toks[of].Lower == "the" {
		of++
	}
	if of >= j || j-of > 3 {
		return 0
	}
	for _, t := range toks[of:j] {
		if !plain(t) {
			return 0
		}
	}
	n := 1
	for n <= 3 && j+n < len(toks) && plain(toks[j+n]) && toks[j+n].Start-toks[j+n-1].End <= 1 {
		n++
	}
	if n == 1 || j+n < len(toks) && isCapWord(toks[j+n]) && toks[j+n].Start-toks[j+n-1].End <= 1 {
		return 0
	}
	return n
}

// commaBody returns how many tokens from toks[j], a comma after the run
// toks[i:j], continue the name of a body that lists its fields, up to the
// words after the list's "and": "the Ministry of Lands, Housing and Urban
// Development" (the run has an organisation word and "of" or "for"), "the
// Meteorology, Climatology and Geophysics Agency" and "the Kenya Medical
// Practitioners, Pharmacists and Dentists Union" (the run follows "the",
// and the words after "and" close with an organisation word). Every word of
// the list is a capitalised word that names nothing on its own (no place,
// first name, title, organisation or outlet), so "the Ministry of Health,
// Dr Okoro and …" and "the Army, France and Britain" stay apart. 0 when it
// does not.
func (r *Registry) commaBody(toks []token.Token, i, j int) int {
	plain := r.plainWord
	ministry := false // "Ministry of …", "Department for …"
	for k := i; k+1 < j; k++ {
		if r.g.OrgWord(toks[k].Text) && (toks[k+1].Lower == "of" || toks[k+1].Lower == "for") {
			ministry = true
		}
	}
	if !ministry {
		s, ok := theOpens(toks, i)
		if !ok || j-s < 1 || j-s > 4 {
			return 0
		}
		for k := s; k < j; k++ {
			if r.g.OrgWord(toks[k].Text) {
				return 0
			}
			if _, ok := r.g.Place(toks[k].Text); ok && k == s && j-s > 1 {
				continue // a country may open it: "the Kenya Medical Practitioners, …"
			}
			if !plain(toks[k]) {
				return 0
			}
		}
	}
	// The list: words, commas and one "and", then the words after it.
	n, and := 1, false
	for ; j+n < len(toks) && n <= 10; n++ {
		t := toks[j+n]
		switch {
		case t.Text == "," && !and && plain(toks[j+n-1]):
		case t.Lower == "and" && !and && plain(toks[j+n-1]):
			and = true
		case plain(t) && t.Start-toks[j+n-1].End <= 1:
			if !and {
				continue
			}
			// after "and": the words up to the first that is not one
			end := n + 1
			for end <= 10 && j+end < len(toks) && plain(toks[j+end]) && toks[j+end].Start-toks[j+end-1].End <= 1 {
				end++
			}
			if ministry {
				return end
			}
			for k := j + n; k < j+end; k++ {
				if r.g.OrgWord(toks[k].Text) {
					return k - j + 1
				}
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// tradeWord reports whether lw, in lower case, ends as a trade's noun does
// ("hydrologist", "technician", "photographer"), from tradeSuffix
// (data/word_classes.txt).
func tradeWord(lw string) bool {
	for suf := range tradeSuffix {
		if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// tradeSuffix are the endings of a trade's noun (data/word_classes.txt).
var tradeSuffix = wordClasses.Must("tradeSuffix")

// firmSuffix are the organisation words that make a business's name only
// after a word of its own: "Tessaly Insights", "Castlegate Securities"; alone
// ("Insights", "Resources") they are a heading (data/word_classes.txt).
var firmSuffix = wordClasses.Must("firmSuffix")

// legalSuffix are the words of a business's legal form after its name
// (data/word_classes.txt).
var (
	legalSuffix   = wordClasses.Must("legalSuffix")
	legalSuffixes = slices.Sorted(maps.Keys(legalSuffix)) // (in a fixed order)
)

// nameAbbrev are the abbreviated first names written with a period: "Ma.
// Teresita Lorenzana-Duque" (Maria, in Philippine names), "Wm. Hale"
// (data/word_classes.txt).
var nameAbbrev = wordClasses.Must("nameAbbrev")

// isInitial reports whether w is one capital letter ("M" of "Jennifer M.
// Piscopo").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func isCapWord(t token.Token) bool {
	if t.Kind != token.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// Scan finds the entity mentions in the token units of one article (units
// in text order) and registers the entities. It returns the mentions of each
// unit, in token order.
func (r *Registry) Scan(text string, units [][]token.Token) [][]Mention {
	var runs []run
	for u, toks := range units {
		for i := 0; i < len(toks); {
			if !isCapWord(toks[i]) {
				i++
				continue
			}
			j := i + 1
			if _, poss := possessive(toks[i].Text); !poss || r.possessiveInName(toks, i) {
				for j < len(toks) {
					t := toks[j]
					if isCapWord(t) && t.Start-toks[j-1].End <= 1 {
						j++
						if _, poss := possessive(t.Text); poss && !r.possessiveInName(toks, j-1) {
							break
						}
						continue
					}
					// "Sen. Mitch McConnell", "Dr. Fauci", and a middle
					// initial: "Jennifer M. Piscopo" (not "Plan B. The").
					if t.Text == "." && j+1 < len(toks) && isCapWord(toks[j+1]) && (r.isTitleTok(toks[j-1].Text) ||
						isInitial(toks[j-1].Text) && j-1 > i && !r.g.Stopword(toks[j+1].Text) ||
						nameAbbrev[toks[j-1].Lower] && toks[j-1].Cap() && !r.g.Stopword(toks[j+1].Text)) { // ("Ma. Teresita Lorenzana-Duque")
						j++
						continue
					}
					// "Ursula von der Leyen", "Erik ten Hag", "Charles de
					// Gaulle": lower-case particles inside a name.
					if n := NameParticles(toks, j); n > 0 && isCapWord(toks[j-1]) {
						j += n
						continue
					}
					// "No 10", "Number 10": Downing Street.
					if t.Text == "10" && j == i+1 && (toks[i].Text == "No" || toks[i].Text == "Number") && t.Start-toks[i].End == 1 {
						j++
						break
					}
					// A union local's number: "Firefighters Local 2291".
					if toks[j-1].Text == "Local" && j-1 > i && t.Kind == token.Word && isDigits(t.Text) && len(t.Text) <= 5 && t.Start-toks[j-1].End == 1 {
						j++
						break
					}
					// A channel's number: "Channel 12", "BBC Radio 4".
					if n, _ := possessive(t.Text); t.Kind == token.Word && isDigits(n) && len(n) <= 3 && NumberedOutlet(toks[j-1].Text) && t.Start-toks[j-1].End <= 1 {
						j++
						break
					}
					// "&" between capitalised words joins a firm's name:
					// "Johnson & Johnson", "Smith & Wesson", "Marks & Spencer".
					if t.Text == "&" && j+1 < len(toks) && isCapWord(toks[j+1]) && !r.g.Stopword(toks[j+1].Text) {
						j += 2
						continue
					}
					// "and" or "for" inside a known organisation's name:
					// "Centers for Disease Control and Prevention", "Food and
					// Drug Administration", "Transport for London".
					if t.Lower == "and" || t.Lower == "for" || t.Text == "," {
						if n := r.orgThrough(toks, i, j); n > 0 {
							j += n
							continue
						}
					}
					// "and" inside the name of a body nobody lists, after
					// "the": "the Food and Drink Federation"; or before its
					// short form: "the National Institute for Health and
					// Care Excellence (Nice)".
					if t.Lower == "and" {
						if n := r.andBody(toks, i, j); n > 0 {
							j += n
							continue
						}
						if n := r.andShortForm(toks, i, j); n > 0 {
							j += n
							continue
						}
						if n := r.ministryAnd(toks, i, j); n > 0 {
							j += n
							continue
						}
					}
					if t.Text == "," {
						if n := r.commaBody(toks, i, j); n > 0 {
							j += n
							continue
						}
					}
					// "for the" and "of the" after an organisation word:
					// "the Royal Society for the Prevention of Accidents",
					// "the Ministry of the Interior".
					if (t.Lower == "for" || t.Lower == "of") && r.g.OrgWord(toks[j-1].Text) && j+2 < len(toks) && toks[j+1].Lower == "the" &&
						isCapWord(toks[j+2]) && !r.g.Stopword(toks[j+2].Text) && !r.personBefore(toks, i, j) {
						j += 2
						continue
					}
					// "Secretary of State", "Chiefs of the Staff", and "for"
					// after an organisation word: "Office for National
					// Statistics", "Centers for Disease Control".
					if (t.Lower == "of" || t.Lower == "the" || t.Lower == "for" && r.g.OrgWord(toks[j-1].Text)) &&
						j+1 < len(toks) && isCapWord(toks[j+1]) && !r.g.Stopword(toks[j+1].Text) && !r.personBefore(toks, i, j) {
						j++
						continue
					}
					break
				}
			}
			// Trailing "of"/"the"/"for" never ends a run.
			for j > i+1 && (toks[j-1].Lower == "of" || toks[j-1].Lower == "the" || toks[j-1].Lower == "for") {
				j--
			}
			// Nor an honour after a full name: "Simon Kerr KC", "Jane Doe OBE".
			if j >= i+3 && postNominal[toks[j-1].Lower] && IsAcronym(toks[j-1].Text) {
				j--
			}
			// A regnal number after a long name likewise: "Nana Osei Bonsu
			// Agyeman II" (not "Charles III", whom the gazetteer knows).
			if j >= i+4 && regnal[toks[j-1].Text] && isCapWord(toks[j-2]) {
				j--
			}
			runs = append(runs, run{u, i, j})
			i = j
		}
	}
	out := make([][]Mention, len(units))
	type pending struct {
		run
		words    []string
		definite bool // written after "the": "The Intercept", "the Hill"
	}
	var weak []pending
	// Surnames of the people the text names in full ("Michael Bloomberg"):
	// the surname alone is then that person, not an outlet, company or
	// place of the same name ("Bloomberg said", "Ford said").
	fullNames := map[string]bool{}
	for _, rn := range runs {
		toks := units[rn.unit]
		fs := rn.ts
		for fs+2 < rn.te && fs-rn.ts < 2 && r.isTitleTok(toks[fs].Text) {
			fs++ // (after a title: "Pastor Winston Forbes")
		}
		if n := rn.te - fs; n >= 2 && n <= 3 || n == 4 && toks[fs+2].Text == "." { // (with a middle initial: "Michael R. Bloomberg")
			if _, first := r.g.FirstName(toks[fs].Text); first {
				w, _ := possessive(toks[rn.te-1].Text)
				fullNames[w] = true
			}
		}
	}
	for _, rn := range runs {
		toks := units[rn.unit]
		ts := rn.ts
		// A surname the article gave a person's full name is the person's,
		// where an outlet or a company has the same name ("Michael R.
		// Bloomberg … Bloomberg said"), unless it stands where an outlet
		// does ("told Bloomberg").
		if w, _ := possessive(toks[ts].Text); rn.te-ts == 1 && fullNames[w] && !(ts > 0 && toks[ts-1].Lower == "the") && !r.outletContext(toks, ts, rn.te) {
			weak = append(weak, pending{rn, []string{w}, false})
			continue
		}
		// A known company or outlet whose name is a possessive
		// ("McDonald's", "Moody's", "Barron's"): the whole word is its name.
		if _, poss := possessive(toks[rn.te-1].Text); poss && rn.te-ts <= max(r.g.maxMedia, r.g.maxOrg)+1 {
			for k := ts; k < rn.te && k <= ts+1; k++ {
				raw := strings.ReplaceAll(text[toks[k].Start:toks[rn.te-1].End], "’", "'")
				e := (*Entity)(nil)
				if m, ok := r.g.Media(raw); ok {
					e = r.Named(article.EntityMedia, m)
				} else if o, ok := r.g.Org(raw); ok {
					e = r.Named(article.EntityOrganization, o)
				}
				if e != nil {
					e.AddMention(text, toks[k].Start, toks[rn.te-1].End)
					out[rn.unit] = append(out[rn.unit], Mention{TokStart: k, TokEnd: rn.te, Start: toks[k].Start, End: toks[rn.te-1].End, Entity: e})
					ts = rn.te
					break
				}
			}
			if ts == rn.te {
				continue
			}
		}
		// A known outlet or organisation whose name starts with a common
		// word ("The New York Times") before anything is dropped.
		if rn.te-ts <= max(r.g.maxMedia, r.g.maxOrg)+1 {
			for k := ts; k < rn.te && k <= ts+1; k++ {
				if k > ts {
					if _, first := r.g.FirstName(toks[ts].Text); first {
						break // "Jane Fox": a person, not Fox after a word
					}
				}
				w, _ := possessive(text[toks[k].Start:toks[rn.te-1].End])
				if k == ts && rn.te-ts == 1 && r.commonBeforeNoun(toks, ts) {
					break // "Independent researchers said", "Sun exposure": a word, not the outlet (below too)
				}
				m, ok := r.g.Media(w)
				if !ok && k == ts && ts > 0 && toks[ts-1].Lower == "the" {
					m, ok = r.g.Media("The " + w) // "the Daily Telegraph": known as "The Daily Telegraph"
				}
				if ok {
					s := k
					if k > ts && r.localQualifier(toks[ts]) {
						// "the Kentish Express", "the Harrogate Advertiser":
						// a local paper named after a known outlet's word.
						s, m = ts, text[toks[ts].Start:toks[k].Start]+m
					}
					e := r.Named(article.EntityMedia, m)
					e.AddMention(text, toks[s].Start, toks[k].Start+len(w))
					out[rn.unit] = append(out[rn.unit], Mention{TokStart: s, TokEnd: rn.te, Start: toks[s].Start, End: toks[k].Start + len(w), Entity: e})
					ts = rn.te
					break
				}
			}
			if ts == rn.te {
				continue
			}
			// A known outlet's edition for a place: "BBC Wales", "BBC
			// Radio Scotland", "Sky News Australia": one outlet, named so.
			if r.outletEdition(toks, ts, rn.te) {
				end := toks[rn.te-1].End
				if w, poss := possessive(toks[rn.te-1].Text); poss {
					end = toks[rn.te-1].Start + len(w)
				}
				e := r.Named(article.EntityMedia, text[toks[ts].Start:end])
				e.AddMention(text, toks[ts].Start, end)
				out[rn.unit] = append(out[rn.unit], Mention{TokStart: ts, TokEnd: rn.te, Start: toks[ts].Start, End: end, Entity: e})
				continue
			}
			// A known outlet before one of its programmes: "BBC Match of
			// the Day", "Fox News Sunday": the outlet, and the programme
			// is no one's name.
			if n := r.outletBeforeProgramme(toks, ts, rn.te); n > 0 {
				name := text[toks[ts].Start:toks[ts+n-1].End]
				if m, ok := r.g.Media(strings.ReplaceAll(name, "’", "'")); ok {
					name = m
				}
				e := r.Named(article.EntityMedia, name)
				e.AddMention(text, toks[ts].Start, toks[ts+n-1].End)
				out[rn.unit] = append(out[rn.unit], Mention{TokStart: ts, TokEnd: ts + n, Start: toks[ts].Start, End: toks[ts+n-1].End, Entity: e})
				continue
			}
		}
		if (toks[ts].Text == "St" || toks[ts].Text == "Saint") && ts+1 < rn.te && isCapWord(toks[ts+1]) {
			// "St Catherine East Central", "St Helens", "Saint Lucia": a
			// place or a parish; no living person is named with "St" first.
			name := text[toks[ts].Start:toks[rn.te-1].End]
			if w, poss := possessive(toks[rn.te-1].Text); poss {
				name = text[toks[ts].Start : toks[rn.te-1].Start+len(w)]
			}
			e := r.Named(article.EntityPlace, name)
			e.Strong = true
			e.AddMention(text, toks[ts].Start, toks[ts].Start+len(name))
			out[rn.unit] = append(out[rn.unit], Mention{TokStart: ts, TokEnd: rn.te, Start: toks[ts].Start, End: toks[ts].Start + len(name), Entity: e})
			continue
		}
		// Drop leading common words ("The", "However") and origins
		// ("London-born Raye", "Paris-based").
		for ts < rn.te && (r.g.Stopword(toks[ts].Text) || ts+1 < rn.te && OriginWord(toks[ts].Lower)) {
			if _, isTitle := r.g.Title(toks[ts].Text); isTitle {
				break
			}
			if ts+1 < rn.te && r.stopLed(toks[ts:rn.te]) {
				break // "New York", "Great Britain"
			}
			if ts == rn.ts && ts+1 < rn.te && nameMonth[toks[ts].Lower] && !r.g.Stopword(toks[ts+1].Text) && !r.g.OrgWord(toks[ts+1].Text) {
				break // a first name written like a month: "Jan Kowalski", "Jun Macapagal"
			}
			if ts > rn.ts && toks[ts-1].Lower == "the" && rn.te-ts >= 3 && nameAdjective[toks[ts].Lower] && r.g.OrgWord(toks[rn.te-1].Text) {
				break // after "The", an adjective opening a body's name: "The Old Crown Inn"
			}
			if ts+1 < rn.te && ts > 0 && toks[ts-1].Lower == "the" && outletOpener(toks[ts].Text) {
				break // a newspaper's name: "the Sunday Glimmer", "the Daily Camera"
			}
			ts++
		}
		if rn.te-ts == 1 && OriginWord(toks[ts].Lower) {
			continue // "The Cincinnati-based maker": an origin, no name
		}
		for k := ts + 1; k < rn.te; k++ {
			if OriginWord(toks[k].Lower) {
				ts = k + 1 // a place of two words and its origin: "San Jose-based", "New York-born Raye"
			}
		}
		if ts == rn.te {
			continue
		}
		if rn.te-ts >= 2 && stormKind[toks[ts].Lower] {
			continue // "Storm Darragh", "Hurricane Milton": a storm, no one
		}
		if rn.te-ts == 1 && (ts == 0 || toks[ts-1].Kind != token.Word) && ts+2 < len(toks) && bodyKind[toks[ts+1].Lower] && !toks[ts+1].Cap() &&
			toks[ts+2].Cap() && r.g.LowerWord(toks[ts].Text) {
			continue // a word of the trade before a body's kind and its name, opening the sentence: "Software company Zendara"
		}
		// "Shares of Acme Corp fell", "Shares in Acme Corp": the company,
		// not "Shares of".
		if ts+2 < rn.te && companyNoun[toks[ts].Lower] && (toks[ts+1].Lower == "of" || toks[ts+1].Lower == "in") {
			ts += 2
		}
		if ts >= rn.te {
			continue
		}
		words := make([]string, 0, rn.te-ts)
		idx := make([]int, 0, rn.te-ts) // token of each word
		firm := false                   // "Johnson & Johnson": a firm's name
		for k, t := range toks[ts:rn.te] {
			if t.Text == "&" {
				firm = true
				words = append(words, t.Text)
				idx = append(idx, ts+k)
				continue
			}
			if t.Text == "," && len(words) > 0 {
				words[len(words)-1] += "," // inside a listed body's name: "Department for Environment, Food and Rural Affairs"
				continue
			}
			if t.Kind != token.Word {
				continue
			}
			w, _ := possessive(t.Text)
			if ts+k+1 < rn.te && r.possessiveInName(toks, ts+k) {
				w = t.Text // "the Workers' Party", "the Alzheimer's Society"
			}
			if ts+k+2 < rn.te && toks[ts+k+1].Text == "." && (isInitial(w) || nameAbbrev[t.Lower]) {
				w += "." // a middle initial keeps its period: "Jennifer M. Piscopo"
			}
			words = append(words, w)
			idx = append(idx, ts+k)
		}
		if len(words) == 0 {
			continue // a run of marks only ("A.  A0" in fuzzed text)
		}
		full := strings.Join(words, " ")
		start, end := toks[ts].Start, toks[rn.te-1].End
		if w, poss := possessive(toks[rn.te-1].Text); poss {
			end = toks[rn.te-1].Start + len(w)
		}
		add := func(e *Entity, s, en, tsi int, ro Role) {
			e.AddMention(text, s, en)
			r.defineAcronym(e, toks, tsi, rn.te)
			out[rn.unit] = append(out[rn.unit], Mention{TokStart: tsi, TokEnd: rn.te, Start: s, End: en, Entity: e, Role: ro})
		}
		plain := len(words) == 1 && r.commonBeforeNoun(toks, ts) // "Independent researchers said"
		if m, ok := r.g.Media(full); ok && !plain {
			add(r.Named(article.EntityMedia, m), start, end, ts, Role{})
			continue
		}
		// "according to the Times": the outlet's name with its article.
		if ts == rn.ts && ts > 0 && toks[ts-1].Lower == "the" || len(words) == 1 && r.g.MediaWord(full) && !plain {
			// ("a Times reporter": the outlet known as "The Times".)
			if m, ok := r.g.Media("The " + full); ok {
				add(r.Named(article.EntityMedia, m), start, end, ts, Role{})
				continue
			}
		}
		if o, ok := r.g.Org(full); ok {
			add(r.Named(article.EntityOrganization, o), start, end, ts, Role{})
			continue
		}
		if initialsAfter(toks, words, rn.te) {
			// "The opposition Jan Sangharsh Morcha (JSM)": a name with its
			// initials in brackets is a body's, not a person's.
			add(r.Named(article.EntityOrganization, full), start, end, ts, Role{})
			continue
		}
		if r.placedOrg(words) {
			// "the American Red Cross", "the Kenya Red Cross": a known
			// body's name after its country's, not a person called "Red
			// Cross".
			add(r.Named(article.EntityOrganization, full), start, end, ts, Role{})
			continue
		}
		if n := len(words); n >= 3 && words[n-2] == "Local" && isDigits(words[n-1]) {
			add(r.Named(article.EntityOrganization, full), start, end, ts, Role{}) // "Millbrook Professional Firefighters Local 2291"
			continue
		}
		if firm {
			add(r.Named(article.EntityOrganization, full), start, end, ts, Role{})
			continue
		}
		if typ := r.capitalKind(toks, ts, words); typ != "" {
			add(r.Named(typ, strings.Join(words[1:], " ")), toks[idx[1]].Start, end, idx[1], Role{})
			continue
		}
		if _, ok := r.g.Place(full); ok {
			if !r.g.Demonym(full) {
				add(r.Named(article.EntityPlace, full), start, end, ts, Role{})
			}
			continue
		}
		// An unknown name ending in an outlet's word, after any place words:
		// "Courthouse News", "The Washington Times", "San Diego
		// Union-Tribune" (not "Emily Post", not "Editor Jane Post").
		if r.mediaName(words) && !plain || len(words) >= 2 && isDigits(words[len(words)-1]) && NumberedOutlet(words[len(words)-2]) {
			add(r.Named(article.EntityMedia, full), start, end, ts, Role{})
			continue
		}
		// Split off a prefix of titles, roles and places: everything up to
		// the last title or role word ("Health Minister Paul Grant").
		k := 0
		titleGender := Gender(0)
		hasTitle := false
		for idx, w := range words[:len(words)-1] {
			lw := strings.ToLower(w)
			if gd, ok := r.g.Title(w); ok {
				hasTitle = true
				if gd != 0 {
					titleGender = gd
				}
				k = idx + 1
				continue
			}
			if lw != "of" && lw != "the" && (r.g.RoleWord(lw) || hyphenRole(r.g, lw)) {
				if _, first := r.g.FirstName(w); first && idx == len(words)-2 {
					break // a first name before the surname: "forecaster Dean Narramore"
				}
				if !r.g.RoleHead(lw) && !hyphenRole(r.g, lw) && r.g.OrgWord(w) && !r.roleHeadWord(words[idx+1]) {
					continue // a body's word that some role holds, not a role before a name: "Malinis Heights Police Station"
				}
				k = idx + 1
				continue
			}
			if _, ok := r.g.Place(w); ok && idx == k {
				k = idx + 1
			}
			if idx == k && idx+2 == len(words)-1 && !hasTitle {
				// A trade the lists lack before a known first name and a
				// surname: "Hydrologist Maren Holtvedt" (a common word,
				// itself no first name: not "Rose Mary Smith").
				_, f0 := r.g.FirstName(w)
				if !f0 && tradeWord(lw) && r.g.LowerWord(w) && !r.g.Surname(w) && !r.g.OrgWord(w) && !r.g.PlaceWord(w) {
					if _, place := r.g.Place(w); !place {
						k = idx + 1
						continue
					}
				}
			}
			if hasTitle && idx == k && idx+2 == len(words)-1 {
				// A word after a title, before a first name and a
				// surname, is the title's: "Det Con Sian Jones".
				_, f0 := r.g.FirstName(w)
				_, f1 := r.g.FirstName(words[idx+1])
				if !f0 && f1 {
					k = idx + 1
					continue
				}
			}
			// An outlet or organisation before a role: "CNN Editor-in-Chief
			// Mark Thompson", "BBC reporter".
			if idx == k && idx+1 < len(words)-1 {
				_, media := r.g.Media(w)
				_, org := r.g.Org(w)
				if media || org {
					nw := strings.ToLower(words[idx+1])
					if r.g.RoleWord(nw) || hyphenRole(r.g, nw) {
						k = idx + 1
					}
				}
			}
		}
		if k == 0 && len(words) >= 3 && ts >= 3 && toks[ts-1].Lower == "the" && toks[ts-2].Lower == "of" && r.isRoleOrTitle(toks[ts-3].Text) &&
			!r.g.OrgWord(words[0]) {
			// "Leader of the Opposition Kuldeep Sangwan", "Speaker of the
			// House Mike Johnson": the office's last word, then the name.
			if _, first := r.g.FirstName(words[0]); !first {
				k = 1
			}
		}
		// Places written as two words ("United States") in the prefix.
		nameWords := words[k:]
		if len(nameWords) == 0 {
			continue
		}
		if k > 0 && len(nameWords) == 1 && r.demonymsOnly(words[:k]) && !r.g.Surname(nameWords[0]) && !r.g.Stopword(nameWords[0]) && !r.isRoleOrTitle(nameWords[0]) {
			if _, first := r.g.FirstName(nameWords[0]); !first {
				// A nationality and one unknown word: "Scottish
				// Enterprise", "British Gas", "Irish Rail" are bodies, not
				// a person by surname.
				add(r.Named(article.EntityOrganization, full), start, end, ts, Role{})
				continue
			}
		}
		bodyOf := len(words) >= 3 && r.g.OrgWord(words[0]) && (words[1] == "of" || words[1] == "for")
		if len(words) >= 4 && r.g.OrgWord(words[1]) && (words[2] == "of" || words[2] == "for") {
			// A place's word before the body: "Ohio Division of State Fire
			// Marshal", "Texas Department of Public Safety".
			_, first := r.g.FirstName(words[0])
			bodyOf = !first && !r.isRoleOrTitle(words[0]) && !r.g.Stopword(words[0])
		}
		if bodyOf && !hasTitle {
			k, nameWords = 0, words // "Ministry of Foreign Affairs": no role splits it
		}
		portfolio := false
		if !hasTitle {
			if p := r.portfolioEnd(toks, ts, words); p > k {
				// "Minister for Parliamentary Affairs Chaudhry Naveed
				// Warraich", "Minister of State for Home Affairs Talal
				// Chaudhry": the office's field, then the holder's name.
				k, nameWords, portfolio, bodyOf = p, words[p:], true, false
			}
		}
		// A body's word after names that are no role: "Nottinghamshire
		// Police", "The Metropolitan Police" (not "Chief of Police", nor
		// part of a run a capitalised word cut: "Four Paths Police").
		placeBody := len(words) >= 2 && r.g.OrgWord(words[len(words)-1]) && (ts == 0 || !isCapWord(toks[ts-1]) || toks[ts-1].Lower == "the") && !slices.ContainsFunc(words[:len(words)-1], func(w string) bool {
			c, _ := utf8.DecodeRuneInString(w)
			return !unicode.IsUpper(c) || r.isRoleOrTitle(w) || r.g.Stopword(w)
		})
		if _, role := r.g.RoleClass(strings.ToLower(strings.Join(words, " "))); role && len(words) >= 3 {
			continue // an office written in capitals: "Member of Parliament", "Superintendent of Police"
		}
		if n := len(words); n >= 2 && bodyRoleWord[strings.ToLower(words[n-1])] && !r.isRoleOrTitle(words[n-2]) && !r.g.Stopword(words[n-2]) {
			// "The Health Service Executive said", "the Northern Ireland
			// Executive": a body.
			add(r.Named(article.EntityOrganization, full), start, end, ts, Role{})
			continue
		}
		if _, known := r.g.FirstName(nameWords[0]); !known && r.endsRole(nameWords) && !bodyOf && !placeBody {
			// Only a role: a description, handled by attribution; not a
			// body named for its field ("Ministry of Defence").
			continue
		}
		afterBody := false // a full name closing a run after a role's body
		// A known first name and a surname closing a run that names a
		// body first: "Mid Vermont Christian Head of School Vicky Fogg" is
		// Vicky Fogg.
		if n := len(words); n >= 4 && k < n-2 && (hasOrgWord(r.g, words[:n-2]) || slices.Contains(words[1:n-2], "of")) && !hasOrgWord(r.g, words[n-2:]) {
			// (or a title with "of": "President of Russia Dmitry Peskov"
			// is a press secretary's description, then his name)
			// (A first name the list lacks after a role's "of" and its
			// body: "Director of National Intelligence Avril Haines",
			// "Head of Ukraine's Military Intelligence Kyrylo Budanov".)
			_, first := r.g.FirstName(words[n-2])
			_, afterOwner := possessive(tokText(toks, ts-1))
			// (Or a country closing the office before them: "Minister of
			// Foreign Affairs and Trade of Hungary Zoltán Farkas-Veres".)
			_, countryBefore := r.g.Place(words[n-3])
			officeGoesOn := ts >= 2 && toks[ts-1].Lower == "and" && isCapWord(toks[ts-2]) // ("… and Trade of Hungary": an office's name after its "and")
			if !first && (slices.Contains(words[1:n-2], "of") && (r.isRoleOrTitle(words[0]) || officeGoesOn) || afterOwner && ts-2 >= 0 && toks[ts-2].Lower == "of") &&
				(hasOrgWord(r.g, words[:n-2]) || countryBefore && words[n-4] == "of") {
				_, p0 := r.g.Place(words[n-2])
				_, p1 := r.g.Place(words[n-1])
				first = !p0 && !p1 && !r.g.Stopword(words[n-2]) && !r.isRoleOrTitle(words[n-2]) && !r.isRoleOrTitle(words[n-1])
				afterBody = first
			}
			if first && !r.g.Stopword(words[n-1]) {
				k, nameWords = n-2, words[n-2:]
			}
		}
		if len(words) == 3 && strings.EqualFold(words[1], "of") && r.isRoleOrTitle(words[0]) && firmSuffix[strings.ToLower(words[2])] {
			continue // an office by its field: "Director of Engineering", "Head of Insights"
		}
		// A role of an organisation: "CEO of Acme Robotics" is the
		// company's CEO; the company is the name after "of".
		if k > 0 && len(nameWords) >= 3 && nameWords[0] == "of" && hasOrgWord(r.g, nameWords[1:]) {
			b := k + 1
			if strings.EqualFold(words[b], "the") && b+2 < len(words) {
				b++
			}
			if !r.g.Stopword(words[b]) {
				add(r.Named(article.EntityOrganization, strings.Join(words[b:], " ")), toks[idx[b]].Start, end, idx[b], Role{})
				continue
			}
		}
		// An office named after its holder's title, the run ending on
		// roles and titles with no name after them: "the Office of the
		// Inspector General", "the Ohio Division of State Fire Marshal".
		if k > 0 && r.officeOfTitle(words[:k]) && !slices.ContainsFunc(nameWords, func(w string) bool { return !r.isRoleOrTitle(w) }) {
			add(r.Named(article.EntityOrganization, full), start, end, ts, Role{})
			continue
		}
		// An organisation, unless a title or role splits the run: "U.S.
		// District Court Judge Amit P. Mehta" is the judge.
		if hasOrgWord(r.g, words) && (k == 0 || hasOrgWord(r.g, nameWords) || len(nameWords) > 4 || orgFor(r.g, words) && !portfolio) &&
			!(len(words) == 1 && firmSuffix[strings.ToLower(words[0])]) { // (not "Insights" or "Resources" alone: a heading)
			add(r.Named(article.EntityOrganization, full), start, end, ts, Role{})
			continue
		}
		if len(words) >= 2 && r.g.PlaceWord(words[len(words)-1]) {
			add(r.Named(article.EntityPlace, full), start, end, ts, Role{})
			continue // "Kansas City", "Hemphill County"
		}
		// An unknown title before a known first name: "Councilwoman Maria Lopez".
		if len(nameWords) >= 3 {
			if _, f0 := r.g.FirstName(nameWords[0]); !f0 {
				if _, f1 := r.g.FirstName(nameWords[1]); f1 {
					nameWords = nameWords[1:]
					k++
				}
			}
		}
		// Four words at most, not counting particles: "Luiz Inacio Lula da
		// Silva".
		if len(nameWords)-particles(nameWords) > 4 || slices.ContainsFunc(nameWords, func(w string) bool { return w == "of" || w == "the" || w == "for" }) {
			continue
		}
		if slices.ContainsFunc(nameWords[1:], func(w string) bool { return notInName[strings.ToLower(w)] }) {
			if typ := kindOf(toks, ts, rn.te); typ != "" && k == 0 {
				add(r.Named(typ, full), start, end, ts, Role{}) // "campaign group Save Our Fields"
			}
			continue // "Pair With Me" (a series title), not a person
		}
		nameStart := toks[idx[k]].Start
		lead, prefix := r.leadingRole(toks, ts), words[:k]
		if of := ts - 1; of > 0 && (toks[of].Lower == "the" && toks[of-1].Lower == "of" || toks[of].Lower == "of") && k > 0 &&
			!hasOrgWord(r.g, prefix) && r.g.Describe(prefix).Valid() {
			// "the press secretary of the President of Russia Dmitry
			// Peskov": the office before "of" is his, the one after it
			// another's (not "the head of Russian Foreign Ministry
			// Sergey Lavrov": a body after "of").
			if toks[of].Lower == "the" {
				of--
			}
			if own := r.leadingRole(toks, of); r.g.Describe(own).Valid() {
				lead, prefix = own, nil // (not "the audio version of Senator Sherrod Brown's book")
			}
		}
		role := r.g.Describe(append(lead, prefix...))
		_, firstKnown := r.g.FirstName(nameWords[0])
		kin := firstKnown && len(nameWords) == 1 && kinApposition(toks, ts, rn.te) // "her grandson, Paolo, 11,"
		strong := hasTitle || role.Valid() || (firstKnown || afterBody) && len(nameWords) >= 2 || kin
		if !strong {
			definite := idx[k] > 0 && toks[idx[k]-1].Lower == "the"
			weak = append(weak, pending{run{rn.unit, idx[k], rn.te}, nameWords, definite})
			continue
		}
		first := ""
		surname := nameWords[len(nameWords)-1]
		if len(nameWords) > 1 {
			first = strings.Join(nameWords[:len(nameWords)-1], " ")
		}
		if firstKnown && len(nameWords) == 1 && !hasTitle && !kin {
			weak = append(weak, pending{run{rn.unit, idx[k], rn.te}, nameWords, false})
			continue
		}
		e := r.Person(first, surname)
		e.Strong = true
		if titleGender != 0 {
			e.Gender = titleGender
		}
		e.AddRole(role)
		e.AddRole(r.appositionRole(toks, ts, rn.te))
		add(e, nameStart, end, idx[k], role)
	}
	// A single unknown name that does something to "its" own things is a
	// company, wherever it stands: "Lumora on Tuesday unveiled its first
	// pair of glasses".
	ownsIts := map[string]bool{}
	for _, p := range weak {
		if toks := units[p.unit]; len(p.words) == 1 && itsAfter(toks, p.te) {
			ownsIts[p.words[0]] = true
		}
	}
	// An unknown name of up to three words, none a first name, written
	// before a role and a person's name: the body the person works for
	// (not a common word opening a sentence: "Veteran striker Jamie Vardy").
	employs := map[string]*Entity{}
	for _, p := range weak {
		toks := units[p.unit]
		if len(p.words) > 3 || p.definite || !r.employerBefore(toks, p.te) || r.g.Surname(p.words[len(p.words)-1]) {
			continue
		}
		if _, first := r.g.FirstName(p.words[0]); first {
			continue
		}
		if (p.ts == 0 || toks[p.ts-1].Kind != token.Word) && r.g.LowerWord(p.words[0]) && !midCap(units, p.words[0]) {
			continue // (unless the text capitalises it inside a sentence too: "Stoke manager Gary Tolland … beat Stoke")
		}
		key := strings.Join(p.words, " ")
		if employs[key] != nil {
			continue
		}
		// (Registered before the weak runs are read, so that a shorter
		// name before it finds it: "Preston boss Whitlock … Preston North
		// End manager Gary Whitlock"; by the longer name the text gave it:
		// "Stoke City … Stoke manager Gary Tolland".)
		name := key
		if len(p.words) == 1 {
			if c := r.longerName(key); c != "" {
				name = c
			}
		}
		e := r.Named(article.EntityOrganization, name)
		e.Strong = true
		employs[key] = e
	}
	// Weak runs: a surname of a known person, else an unknown name that
	// attribution may promote.
	for _, p := range weak {
		toks := units[p.unit]
		surname := p.words[len(p.words)-1]
		e := r.firstBySurname(surname)
		if len(p.words) >= 2 {
			// "Blinken Lavrov promised": machine translation put two known
			// surnames side by side; the first is the subject.
			if e0 := r.firstBySurname(p.words[0]); e0 != nil && (e == nil || e0 != e) {
				e = e0
			} else if e != nil && e.First != "" && !r.sameFirst(strings.Join(p.words[:len(p.words)-1], " "), e.First) &&
				!strings.HasSuffix(e.First+" "+e.Surname, " "+strings.Join(p.words, " ")) {
				// "Hunter Biden" after "Joe Biden": a relative, not the same
				// person, and a person since the surname is one.
				h := r.Person(strings.Join(p.words[:len(p.words)-1], " "), surname)
				h.Strong = true
				e = h
			} else if e != nil && e.First == "" && e.Surname == surname && !r.g.Stopword(p.words[0]) && len(r.g.HoldersBySurname(surname)) == 0 {
				// "Her sister, Tamsin Walsh, … Mrs Walsh said": the full name
				// of the person the title named, whatever the first name.
				e.First = strings.Join(p.words[:len(p.words)-1], " ")
			}
		}
		if e == nil && len(p.words) == 1 {
			e = r.byFamilyName(surname)
		}
		if e == nil && len(p.words) == 1 {
			e = r.byPaternalSurname(surname)
		}
		if e == nil && len(p.words) <= 3 && !r.hasPerson(surname) {
			e = r.orgByPrefix(p.words) // "Brightwater has struggled" after "Brightwater Apparel", "Serra Azul" after "Serra Azul Mineração"
		}
		if e == nil && len(p.words) == 1 {
			e = r.byGivenName(surname)
		}
		start := toks[p.ts].Start
		end := toks[p.te-1].End
		if w, poss := possessive(toks[p.te-1].Text); poss {
			end = toks[p.te-1].Start + len(w)
		}
		if e == nil && len(p.words) == 1 {
			e = r.Acronym(surname) // "the DA said" after "the Department of Agriculture (DA)"
		}
		if e == nil && (IsAcronym(surname) || len(surname) > 2 && strings.HasSuffix(surname, "s") && IsAcronym(strings.TrimSuffix(surname, "s"))) {
			continue // "GMT", "TCN", "MPs", "Labour MEPs": not a person
		}
		if e == nil && len(p.words) == 1 && hyphenPrefix(surname) {
			continue // "Pro-Palestine protests", "Anti-Trump"
		}
		if e == nil && (isInitial(surname) || len(p.words) == 1 && r.g.NotName(surname)) {
			continue // "X" (the platform), "Socialist S&D"; "the Jewish state", "Anyone"
		}
		if e == nil && len(p.words) == 1 && (p.ts == 0 || toks[p.ts-1].Kind == token.Mark) && strings.Count(text, surname) == 1 &&
			r.g.CommonWord(surname) {
			continue // a common word that opens a sentence, once: "Allow the dermatologist …", "Reached last week, …", "Neuroscience tells us"
		}
		if e == nil && len(p.words) == 1 && strings.HasSuffix(surname, "s") && (p.ts == 0 || toks[p.ts-1].Kind != token.Word) &&
			!r.hasPerson(surname) && !r.g.Surname(surname) && !r.hasBody(surname) {
			continue // a sentence-initial plural: "Officials", "Republicans" (not "Jones" after "Gareth Jones")
		}
		if e == nil && len(p.words) == 1 && p.te == p.ts+1 && r.commonBeforeNoun(toks, p.ts) && r.pluralRole(toks[p.te].Lower) &&
			!r.hasPerson(surname) && !r.g.Surname(surname) {
			continue // a word that describes the people after it, opening a sentence: "Opposition leaders said", "Union officials"
		}
		if e == nil && !r.hasPerson(surname) {
			// "an article in Healthline. … Healthline reported": an outlet,
			// named so by the words before it here or before, or by its
			// web address ("Express.co.uk").
			key := article.EntityMedia + "\x00" + strings.ToLower(strings.Join(p.words, " "))
			if _, known := r.byName[key]; known || publicationBefore(toks, p.ts) || len(p.words) == 1 && r.outletAddress(surname) {
				e = r.Named(article.EntityMedia, strings.Join(p.words, " "))
				e.AddMention(text, start, end)
				out[p.unit] = append(out[p.unit], Mention{TokStart: p.ts, TokEnd: p.te, Start: start, End: end, Entity: e})
				continue
			}
		}
		if e == nil && !r.hasPerson(surname) && len(p.words) <= 3 {
			typ := kindOf(toks, p.ts, p.te)
			for _, t := range []string{article.EntityOrganization, article.EntityMedia} {
				if k, ok := r.byName[t+"\x00"+strings.ToLower(strings.Join(p.words, " "))]; ok && k.Strong && typ == "" {
					typ = t // named so before: "concert promoter Live Nation … Live Nation said"
				}
			}
			if typ != "" {
				e = r.Named(typ, strings.Join(p.words, " "))
				e.AddMention(text, start, end)
				out[p.unit] = append(out[p.unit], Mention{TokStart: p.ts, TokEnd: p.te, Start: start, End: end, Entity: e})
				continue
			}
		}
		if e == nil && len(p.words) == 1 && !r.hasPerson(surname) {
			// "Ledgerpoint News … Ledgerpoint also reported", "Halwell
			// Bank … Halwell said": the one body named before whose name
			// opens with the word.
			if b := r.bodyByFirstWord(text, surname); b != nil {
				e = b
				e.AddMention(text, start, end)
				out[p.unit] = append(out[p.unit], Mention{TokStart: p.ts, TokEnd: p.te, Start: start, End: end, Entity: e})
				continue
			}
		}
		if e == nil && len(p.words) == 1 && token.IsWebAddress(surname) && !r.hasPerson(surname) {
			// "Amazon.com said": a company by its web address.
			e = r.Named(article.EntityOrganization, surname)
			e.AddMention(text, start, end)
			out[p.unit] = append(out[p.unit], Mention{TokStart: p.ts, TokEnd: p.te, Start: start, End: end, Entity: e})
			continue
		}
		_, company := r.byName[article.EntityOrganization+"\x00"+strings.ToLower(surname)]
		if e == nil && len(p.words) >= 2 && len(p.words) <= 3 && !r.hasPerson(surname) && r.sharesOf(toks, p.ts, p.te) {
			// "Shares of Brightwater Apparel fell", "Brightwater Apparel
			// shares slump": a listed company, whatever its name's words.
			if _, first := r.g.FirstName(p.words[0]); !first {
				e = r.Named(article.EntityOrganization, strings.Join(p.words, " "))
				e.AddMention(text, start, end)
				out[p.unit] = append(out[p.unit], Mention{TokStart: p.ts, TokEnd: p.te, Start: start, End: end, Entity: e})
				continue
			}
		}
		if emp := employs[strings.Join(p.words, " ")]; emp != nil && !r.hasPerson(surname) && (e == nil || e.Type == article.EntityPerson && !e.Strong) {
			// An unknown name before a role and a person's name is the body
			// the person works for: "Stoke manager Gary Tolland", "Preston
			// North End boss Gary Whitlock", "Zendara chief executive Amira
			// Holt".
			e = emp
			e.AddMention(text, start, end)
			out[p.unit] = append(out[p.unit], Mention{TokStart: p.ts, TokEnd: p.te, Start: start, End: end, Entity: e})
			continue
		}
		if len(p.words) == 1 && ownsIts[surname] && !r.hasPerson(surname) && !r.g.Surname(surname) && (e == nil || e.Type == article.EntityPerson && !e.Strong) {
			if _, first := r.g.FirstName(surname); !first {
				e = nil
				company = true
			}
		}
		if e == nil && len(p.words) == 1 && (company || camelCase(surname) || p.te < len(toks) && companyNoun[toks[p.te].Lower]) && !r.hasPerson(surname) {
			// "TechCorp", "PayPal"; "Vantor shares fell. Vantor said …":
			// a company.
			e = r.named(article.EntityOrganization, surname)
			if ownsIts[surname] {
				e.Strong = true // a business by what it does, which "the company" may stand for
			}
			e.AddMention(text, start, end)
			out[p.unit] = append(out[p.unit], Mention{TokStart: p.ts, TokEnd: p.te, Start: start, End: end, Entity: e})
			continue
		}
		if e == nil && p.definite {
			// A name after "the" that no person of the article has is not a
			// person: "reviewed by The Intercept", "the Hill reported".
			if _, first := r.g.FirstName(p.words[0]); !first {
				e = r.named(article.EntityOrganization, strings.Join(p.words, " "))
				e.AddMention(text, start, end)
				out[p.unit] = append(out[p.unit], Mention{TokStart: p.ts, TokEnd: p.te, Start: start, End: end, Entity: e})
				continue
			}
		}
		if e == nil && len(p.words) >= 2 && r.commonWords(p.words) && !r.hasPerson(surname) {
			// "Live Science", "Popular Mechanics": ordinary words, none a
			// first name, name a publication or a body, not a person.
			e = r.named(article.EntityOrganization, strings.Join(p.words, " "))
			e.AddMention(text, start, end)
			out[p.unit] = append(out[p.unit], Mention{TokStart: p.ts, TokEnd: p.te, Start: start, End: end, Entity: e})
			continue
		}
		if e == nil {
			first := ""
			if len(p.words) > 1 {
				first = strings.Join(p.words[:len(p.words)-1], " ")
			}
			e = r.Person(first, surname) // weak until promoted
			if len(p.words) >= 2 && p.te+1 < len(toks) && (toks[p.te].Lower == "of" || toks[p.te].Lower == "at") && bodyAfter(toks, p.te+1) {
				// "Tamas Varga of PVM", "Ana Ruiz at Morgan Stanley",
				// "Tamas Varga of oil broker PVM": a full name and the
				// body the person works for.
				e.Strong = true
			}
			if len(p.words) >= 2 && agedAfter(toks, p.te) {
				// "Zorya Keddy, a 72-year-old retired school secretary",
				// "Kerrie Mullins, 67,": a full name and an age.
				e.Strong = true
			}
		}
		e.AddMention(text, start, end)
		out[p.unit] = append(out[p.unit], Mention{TokStart: p.ts, TokEnd: p.te, Start: start, End: end, Entity: e})
	}
	r.lowerSurnames(text, units, out)
	r.mergeShortForms(out)
	r.mergeOfNames(out)
	for u := range out {
		sortMentions(out[u])
	}
	return out
}

// lowerSurnames adds the mentions of a person the text named in full and
// later wrote in lower case, as machine translation does ("Yerlan
// Dzhaksybekov … – said dzhaksybekov", "farkas-veres noted"): a lower-case
// word that is no English word and is the surname of exactly one such
// person.
func (r *Registry) lowerSurnames(text string, units [][]token.Token, out [][]Mention) {
	var people map[string]*Entity
	for _, e := range r.ents {
		if e.Type != article.EntityPerson || !e.Strong || e.First == "" || len(e.Surname) < 4 {
			continue
		}
		ls := strings.ToLower(e.Surname)
		if r.g.LowerWord(ls) {
			continue // "Brown", "Rice": a word in lower case
		}
		if people == nil {
			people = map[string]*Entity{}
		}
		if p, dup := people[ls]; dup && p != e {
			people[ls] = nil
			continue
		}
		people[ls] = e
	}
	if len(people) == 0 {
		return
	}
	for u, toks := range units {
		for k, t := range toks {
			if t.Kind != token.Word || isCapWord(t) {
				continue
			}
			w, _ := possessive(t.Text)
			e := people[w]
			if e == nil {
				continue
			}
			inside := false
			for _, m := range out[u] {
				if k >= m.TokStart && k < m.TokEnd {
					inside = true
					break
				}
			}
			if inside {
				continue
			}
			end := t.Start + len(w)
			e.AddMention(text, t.Start, end)
			out[u] = append(out[u], Mention{TokStart: k, TokEnd: k + 1, Start: t.Start, End: end, Entity: e})
		}
	}
}

// orgByPrefix returns the one organisation whose name opens with words and
// goes on ("Brightwater" of "Brightwater Apparel", "Serra Azul" of "Serra
// Azul Mineração"), or nil.
func (r *Registry) orgByPrefix(words []string) *Entity {
	prefix := strings.Join(words, " ") + " "
	var found *Entity
	for _, e := range r.ents {
		if e.Type == article.EntityOrganization && strings.HasPrefix(e.Name, prefix) {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// sharesOf reports whether the name toks[ts:te] is a listed company's by
// its shares: "Shares of Acme Apparel", "Shares in Acme Apparel", "Acme
// Apparel shares".
func (r *Registry) sharesOf(toks []token.Token, ts, te int) bool {
	if te < len(toks) && companyNoun[toks[te].Lower] {
		return true
	}
	return ts >= 2 && (toks[ts-1].Lower == "of" || toks[ts-1].Lower == "in") && companyNoun[toks[ts-2].Lower]
}

// agedAfter reports whether an age follows the name ending at toks[te]:
// ", 67," or ", a 72-year-old …".
func agedAfter(toks []token.Token, te int) bool {
	if te+2 >= len(toks) || toks[te].Text != "," {
		return false
	}
	if isDigits(toks[te+1].Text) && len(toks[te+1].Text) <= 3 && (toks[te+2].Text == "," || toks[te+2].Text == ".") {
		return true
	}
	if toks[te+1].Lower != "a" && toks[te+1].Lower != "an" {
		return false
	}
	for k := te + 2; k < len(toks) && k <= te+4; k++ {
		if strings.HasSuffix(toks[k].Lower, "-year-old") {
			return true
		}
	}
	return false
}

// employerBefore reports whether role words and a person's name follow the
// name ending at toks[te]: "manager Gary Tolland", "chief executive Amira
// Holt", "boss Mr Whitlock" (a title, or a known first name and another
// capitalised word).
func (r *Registry) employerBefore(toks []token.Token, te int) bool {
	k := te
	for k < len(toks) && k-te < 3 && toks[k].Kind == token.Word && !isCapWord(toks[k]) && r.g.RoleWord(toks[k].Lower) {
		switch toks[k].Lower {
		case "of", "the", "and", "for", "his", "her", "their", "its":
			return false
		}
		k++
	}
	if k == te || k+1 >= len(toks) || toks[k].Start-toks[k-1].End > 1 || !isCapWord(toks[k]) {
		return false
	}
	words := make([]string, 0, k-te)
	for _, t := range toks[te:k] {
		words = append(words, t.Lower)
	}
	if !r.g.Describe(words).Valid() {
		return false
	}
	if _, title := r.g.Title(toks[k].Text); title {
		return true
	}
	if !isCapWord(toks[k+1]) || toks[k+1].Start-toks[k].End > 1 {
		return false
	}
	if _, first := r.g.FirstName(toks[k].Text); first {
		return true
	}
	// two capitalised words that name nothing else, and no more: "chief
	// executive Amira Holt"
	for _, t := range toks[k : k+2] {
		if r.g.Stopword(t.Text) || r.g.OrgWord(t.Text) || r.isRoleOrTitle(t.Text) {
			return false
		}
		if _, place := r.g.Place(t.Text); place {
			return false
		}
	}
	return k+2 == len(toks) || !isCapWord(toks[k+2])
}

// midCap reports whether w stands capitalised inside a sentence somewhere
// in units (after a word, not opening the sentence).
func midCap(units [][]token.Token, w string) bool {
	for _, toks := range units {
		for k := 1; k < len(toks); k++ {
			if toks[k].Text == w && toks[k-1].Kind == token.Word {
				return true
			}
		}
	}
	return false
}

// longerName returns the one place's or organisation's name the text gave
// that opens with w and one or two words more ("Stoke City" for "Stoke"),
// or "".
func (r *Registry) longerName(w string) string {
	found := ""
	for _, e := range r.ents {
		if (e.Type == article.EntityPlace || e.Type == article.EntityOrganization) && strings.HasPrefix(e.Name, w+" ") && strings.Count(e.Name, " ") <= 2 {
			if found != "" && found != e.Name {
				return ""
			}
			found = e.Name
		}
	}
	return found
}

// itsAfter reports whether a verb and "its" follow the name ending at
// toks[te], past a time between ("on Tuesday", "last week"): "Lumora on
// Tuesday unveiled its first glasses", "Acme has cut its forecast".
func itsAfter(toks []token.Token, te int) bool {
	for k := te; k < len(toks) && k-te <= 4; k++ {
		t := toks[k]
		if t.Kind != token.Word {
			return false
		}
		if t.Lower == "its" {
			return k > te && !isCapWord(toks[k-1])
		}
		if isCapWord(t) && !weekdayOrMonth[t.Lower] {
			return false
		}
		if personPronoun[t.Lower] {
			return false
		}
	}
	return false
}

// outletContext reports whether the name at toks[ts:te] stands where an
// outlet does: after "according to", "told" or "to", or before
// "reported", "reports" or an outlet's word ("Bloomberg News").
func (r *Registry) outletContext(toks []token.Token, ts, te int) bool {
	if ts > 0 {
		switch toks[ts-1].Lower {
		case "to", "told", "tells", "telling", "via", "by":
			return true
		}
	}
	if te < len(toks) {
		w := toks[te].Lower
		return w == "reported" || w == "reports" || w == "reporting" || toks[te].Cap() && r.g.MediaWord(toks[te].Text)
	}
	return false
}

// commonWords reports whether every word of a name is an ordinary English
// word that the word list never capitalises, the first no first name:
// "Live Science", "Popular Mechanics"; not "Rose Hill" or "Mark Carney".
func (r *Registry) commonWords(words []string) bool {
	if _, first := r.g.FirstName(words[0]); first {
		return false
	}
	for _, w := range words {
		if !r.g.CommonWord(w) {
			return false
		}
	}
	return true
}

// personBefore reports whether toks[i:j] is a person's name of two or three
// words opening with a known first name: "Tom Reed of Capital Economics" is
// Tom Reed, of an organisation.
func (r *Registry) personBefore(toks []token.Token, i, j int) bool {
	// Titles before the name: "Sen. James Lankford of Oklahoma", "Det
	// Sgt Mark Evans of Gwent Police", after a party or a nationality:
	// "Republican Sen. Roger Wicker of Mississippi".
	if i+2 < j && (r.g.NotName(toks[i].Text) || r.g.Demonym(toks[i].Text)) && r.isTitleTok(toks[i+1].Text) {
		i++
	}
	if i+1 < j && r.isTitleTok(toks[i].Text) {
		for n := 0; n < 3 && i+1 < j && r.isTitleTok(toks[i].Text); n++ {
			i++
			if toks[i].Text == "." {
				i++
			}
		}
	}
	if i+2 < j && j-i <= 4 && isCapWord(toks[i]) && !r.g.OrgWord(toks[i].Text) {
		// An unknown title or a capitalised occupation before a known
		// first name: "Economist Sarah Lin of Springfield State
		// University", "Councilwoman Maria Lopez of Queens".
		if _, f0 := r.g.FirstName(toks[i].Text); !f0 {
			if _, f1 := r.g.FirstName(toks[i+1].Text); f1 {
				i++
			}
		}
	}
	if j-i < 2 || j-i > 3 {
		return false
	}
	if _, ok := r.g.FirstName(toks[i].Text); !ok && !r.unknownFullName(toks, i, j) {
		return false
	}
	for k := i; k < j; k++ {
		if !isCapWord(toks[k]) || r.g.OrgWord(toks[k].Text) || r.g.RoleWord(strings.ToLower(toks[k].Text)) {
			return false
		}
	}
	return true
}

// bodyAfter reports whether a body's name starts at toks[i], after a
// kind noun or two at most ("PVM", "oil broker PVM", "the bank HSBC").
func bodyAfter(toks []token.Token, i int) bool {
	for k := i; k < len(toks) && k-i <= 2; k++ {
		t := toks[k]
		if t.Kind != token.Word || t.Quote >= 0 {
			return false
		}
		if isCapWord(t) {
			return k == i || bodyKind[toks[k-1].Lower] || outletKind[toks[k-1].Lower]
		}
	}
	return false
}

// unknownFullName reports whether toks[i:j] are two capitalised words that
// read as a person's full name with a first name the list lacks ("Tamas
// Varga" of "Tamas Varga of PVM"): no common word, title, role, place,
// stopword or body's word among them, and the two no place.
func (r *Registry) unknownFullName(toks []token.Token, i, j int) bool {
	if j-i != 2 {
		return false
	}
	for k := i; k < j; k++ {
		w := toks[k].Text
		if !isCapWord(toks[k]) || IsAcronym(w) || r.g.Stopword(w) || r.g.CommonWord(w) || r.g.NotName(w) || r.g.PlaceWord(w) || r.g.MediaWord(w) {
			return false
		}
		if _, ok := r.g.Title(w); ok {
			return false
		}
		if _, ok := r.g.Place(w); ok {
			return false
		}
		if _, poss := possessive(w); poss || strings.ContainsAny(w, ".&") {
			return false
		}
	}
	_, place := r.g.Place(toks[i].Text + " " + toks[i+1].Text)
	return !place
}

// wordClasses are the word sets of the name rules (nameParticles,
// notInName), parsed once from data/word_classes.txt when the package is
// initialised; read-only. A malformed file or a missing class panics then,
// naming the file and the line or class: the file is compiled in, so that
// is a programming error.
var wordClasses = MustReadWordClasses(dataFS, "data/word_classes.txt")

// weekdayOrMonth and personPronoun bound itsAfter (data/word_classes.txt).
var (
	weekdayOrMonth = wordClasses.Must("weekdayOrMonth")
	personPronoun  = wordClasses.Must("personPronoun")
)

// nameParticles are the lower-case words inside names, such as "von der"
// and "bin" (data/word_classes.txt).
var nameParticles = wordClasses.Must("nameParticles")

// regnal are the regnal numbers after a ruler's or chief's name.
var regnal = map[string]bool{"II": true, "III": true, "IV": true, "VI": true, "VII": true, "VIII": true}

// postNominal are the honours written after a full name (data/word_classes.txt).
var postNominal = wordClasses.Must("postNominal")

// nameMonth are the month abbreviations that are first names too
// (data/word_classes.txt).
var nameMonth = wordClasses.Must("nameMonth")

// bodyRoleWord are the role words that close a body's name (data/word_classes.txt).
var bodyRoleWord = wordClasses.Must("bodyRoleWord")

// particles counts the name particles among words ("da" of "Lula da
// Silva").
func particles(words []string) int {
	n := 0
	for _, w := range words {
		if nameParticles[w] {
			n++
		}
	}
	return n
}

// IsNameParticle reports whether w is a lower-case name particle.
func IsNameParticle(w string) bool { return nameParticles[w] }

// NameParticles returns how many lower-case name particles start at
// toks[i] and lead to a capitalised word ("von der" of "von der Leyen"),
// or 0.
func NameParticles(toks []token.Token, i int) int {
	n := 0
	for i+n < len(toks) && n < 3 && toks[i+n].Kind == token.Word && nameParticles[toks[i+n].Text] &&
		(i+n == 0 || toks[i+n].Start-toks[i+n-1].End <= 1) {
		n++
	}
	if n == 0 || i+n >= len(toks) || !isCapWord(toks[i+n]) || toks[i+n].Start-toks[i+n-1].End > 1 {
		return 0
	}
	return n
}

// surnamePrefix are the prefixes after which a surname has a second
// capital, and companyNoun the words after a company's name
// (data/word_classes.txt).
var (
	surnamePrefix = wordClasses.Must("surnamePrefix")
	companyNoun   = wordClasses.Must("companyNoun")
)

// camelCase reports whether w has a capital inside it after three letters
// or more that no surname prefix explains: "TechCorp", "PayPal",
// "YouTube" (not "McDonald", "MacArthur", "O'Brien", and not the
// two-letter openings of given names: "RuPaul", "LeBron", "DeAndre").
func camelCase(w string) bool {
	for i, r := range w {
		if i == 0 || !unicode.IsUpper(r) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(w[:i])
		return utf8.RuneCountInString(w[:i]) >= 3 && unicode.IsLower(prev) && !surnamePrefix[strings.ToLower(w[:i])]
	}
	return false
}

// outletAddress reports whether w is an outlet's web address: a known
// outlet's name before the domain ("Express.co.uk", "TMZ.com").
func (r *Registry) outletAddress(w string) bool {
	i := strings.IndexByte(w, '.')
	if i <= 0 || !token.IsWebAddress(w) {
		return false
	}
	_, media := r.g.Media(w[:i])
	return media || r.g.MediaWord(w[:i])
}

// publicationIn, publicationFor and outletNoun tell that a name is an
// outlet's from the words before it (data/word_classes.txt).
var (
	publicationIn  = wordClasses.Must("publicationIn")
	publicationFor = wordClasses.Must("publicationFor")
	outletNoun     = wordClasses.Must("outletNoun")
	outletKind     = wordClasses.Must("outletKind")
	outletAfter    = wordClasses.Must("outletAfter")
	documentAfter  = wordClasses.Must("documentAfter")
	numberedOutlet = wordClasses.Must("numberedOutlet")
	bodyKind       = wordClasses.Must("bodyKind")
	personKind     = wordClasses.Must("personKind")
	groupDet       = wordClasses.Must("groupDet")
	nameAdjective  = wordClasses.Must("nameAdjective")
	venueWord      = wordClasses.Must("venueWord")
	stormKind      = wordClasses.Must("stormKind")
)

// NumberedOutlet reports whether w is a capitalised word a channel's
// number follows: "Channel 12", "Radio 4", "TV 2" (data/word_classes.txt).
func NumberedOutlet(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && numberedOutlet[strings.ToLower(w)]
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// portfolioEnd returns where the name starts in the run words at token ts
// when the run follows an office's "for" or "of" ("Minister for", "Secretary
// of State for") and opens with the office's field, closed by a body's
// word, before two to four plain capitalised words: "Minister for
// Parliamentary Affairs Chaudhry Naveed Warraich" gives 2. 0 otherwise.
func (r *Registry) portfolioEnd(toks []token.Token, ts int, words []string) int {
	if ts < 2 || toks[ts-1].Lower != "for" && toks[ts-1].Lower != "of" || toks[ts-1].Quote >= 0 {
		return 0
	}
	if o := ts - 2; !r.isRoleOrTitle(toks[o].Text) && !(o >= 2 && isCapWord(toks[o]) && toks[o-1].Lower == "of" && r.isRoleOrTitle(toks[o-2].Text)) {
		return 0 // (nor "Minister of State for")
	}
	lo := -1
	for i, w := range words {
		if r.g.OrgWord(w) {
			lo = i
		}
	}
	if n := len(words) - lo - 1; lo < 0 || n < 2 || n > 4 {
		return 0
	}
	for _, w := range words[lo+1:] {
		if !isCapWordText(w) || r.g.Stopword(w) || r.isRoleOrTitle(w) || r.g.PlaceWord(w) {
			return 0
		}
		if _, place := r.g.Place(w); place {
			return 0
		}
	}
	return lo + 1
}

// isCapWordText reports whether w opens with an upper-case letter.
func isCapWordText(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}

// OutletKind reports whether w, in lower case, is a noun that says a
// name after it is an outlet's ("newspaper", "site", "channel").
func OutletKind(w string) bool { return outletKind[w] }

// bodyByFirstWord returns the one strong organisation or outlet of two or
// three words whose name opens with w, a word that is no first name,
// place, demonym or common word ("Ledgerpoint" for "Ledgerpoint News");
// nil if there is none or more than one, or if the text writes w before
// two different capitalised words ("Velaris Cloud", "its Velaris Ledger
// suite": a company and its product).
func (r *Registry) bodyByFirstWord(text, w string) *Entity {
	if _, first := r.g.FirstName(w); first || r.g.CommonWord(w) || r.g.Demonym(w) || r.g.PlaceWord(w) || r.g.Stopword(w) {
		return nil
	}
	next := ""
	for at := 0; ; {
		k := strings.Index(text[at:], w+" ")
		if k < 0 {
			break
		}
		k += at
		at = k + len(w) + 1
		if k > 0 {
			if c, _ := utf8.DecodeLastRuneInString(text[:k]); unicode.IsLetter(c) || unicode.IsDigit(c) {
				continue // inside a longer word
			}
		}
		nw, _, _ := strings.Cut(text[at:], " ")
		nw = strings.TrimRight(nw, ".,;:'’)”\"")
		if c, _ := utf8.DecodeRuneInString(nw); !unicode.IsUpper(c) {
			continue
		}
		if next != "" && nw != next {
			return nil
		}
		next = nw
	}
	if _, place := r.g.Place(w); place {
		return nil
	}
	var found *Entity
	for _, e := range r.ents {
		if !e.Strong || e.Type != article.EntityOrganization && e.Type != article.EntityMedia {
			continue
		}
		first, rest, ok := strings.Cut(e.Name, " ")
		if !ok || first != w || strings.Count(rest, " ") > 1 {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// hasBody reports whether an organisation or an outlet of that name is
// known so far ("Kestpress" after "the state news agency Kestpress").
func (r *Registry) hasBody(name string) bool {
	for _, t := range []string{article.EntityOrganization, article.EntityMedia} {
		if _, ok := r.byName[t+"\x00"+strings.ToLower(name)]; ok {
			return true
		}
	}
	return false
}

// kindOf returns the entity type that the words next to the unknown name
// at tokens [ts, te) give it: an outlet's or a body's kind noun right
// before it ("trade publication Pollstar", "concert promoter Live
// Nation"), an outlet's right after it ("People magazine"), or heading its
// appositive ("Live Nation, Ticketmaster's
// parent company, …"); "" if none does.
func kindOf(toks []token.Token, ts, te int) string {
	kind := func(t token.Token) string {
		if t.Kind != token.Word || t.Quote >= 0 || t.Cap() {
			return ""
		}
		switch {
		case outletKind[t.Lower]:
			return article.EntityMedia
		case bodyKind[t.Lower]:
			return article.EntityOrganization
		}
		return ""
	}
	if ts >= 2 && toks[ts-1].Lower == "agency" && reportedBefore[toks[ts-2].Lower] && toks[ts-2].Quote < 0 {
		return article.EntityMedia // "As reported agency Vestnik-24": a news agency (translated copy)
	}
	if ts >= 2 && toks[ts-1].Lower == "agency" && (toks[ts-2].Lower == "news" || toks[ts-2].Lower == "press") && toks[ts-2].Quote < 0 {
		return article.EntityMedia // "the state news agency Kestpress"
	}
	if ts > 0 {
		if k := kind(toks[ts-1]); k != "" {
			return k
		}
	}
	if ts >= 2 && toks[ts-1].Lower == "group" && toks[ts-1].Quote < 0 && toks[ts-2].Kind == token.Word && !groupDet[toks[ts-2].Lower] &&
		(!toks[ts-2].Cap() || ts == 2 || toks[ts-3].Text == "." || toks[ts-3].Kind == token.Mark) {
		return article.EntityOrganization // "campaign group Save Our Fields", not "a group Smith joined"
	}
	if te < len(toks) && outletAfter[toks[te].Lower] && toks[te].Quote < 0 && !toks[te].Cap() {
		return article.EntityMedia // "People magazine"
	}
	if te+2 < len(toks) && toks[te].Text == "," {
		for j := te + 1; j < len(toks) && j-te <= 6; j++ {
			if t := toks[j]; t.Text == "," || t.Text == "." || t.Text == ";" {
				if j > te+2 && (toks[te+1].Lower == "the" || toks[te+1].Lower == "a" || toks[te+1].Lower == "an" || strings.HasSuffix(toks[te+1].Lower, "'s") || strings.HasSuffix(toks[te+1].Lower, "’s")) {
					return kind(toks[j-1])
				}
				break
			}
		}
	}
	return ""
}

// reportedBefore are the words before "agency" and a name that make it a
// news agency: "as reported agency Vestnik-24", "informs agency X".
var reportedBefore = map[string]bool{"reported": true, "reports": true, "informs": true, "informed": true, "told": true}

// NameAdjective reports whether a capitalised word is a common adjective
// that opens a body's name after "The" ("Old" of "The Old Crown Inn").
func NameAdjective(w string) bool { return nameAdjective[strings.ToLower(w)] }

// capitalKind returns the entity type that a kind noun capitalised as its
// sentence's first word gives the name after it, the run's words from
// toks[ts]: "Developer Taylor Wimpey said", "Retailer Next said",
// "Tabloid Bild reported"; "" when the run opens with none, or when the kind
// is also a trade and the name opens with a first name ("Promoter Eddie
// Hearn": companies so named, "Taylor Wimpey", are in data/orgs.txt).
func (r *Registry) capitalKind(toks []token.Token, ts int, words []string) string {
	if len(words) < 2 || len(words) > 4 || ts > 0 && toks[ts-1].Text != "." && toks[ts-1].Text != "!" && toks[ts-1].Text != "?" && toks[ts-1].Kind != token.Mark {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(words[1]); !unicode.IsUpper(r) {
		return "" // "Channel 12": the kind's own name
	}
	kw := strings.ToLower(words[0])
	typ := ""
	switch {
	case outletKind[kw]:
		typ = article.EntityMedia
	case bodyKind[kw]:
		typ = article.EntityOrganization
	default:
		return ""
	}
	if personKind[kw] {
		if _, first := r.g.FirstName(words[1]); first || len(words) == 2 && r.g.Surname(words[1]) {
			return ""
		}
	}
	return typ
}

// publicationBefore reports whether the name at token ts follows words that
// place writing in a publication: "an article in Healthline", "a study
// published in Nature", "writing for Politico", "in the journal Science".
func publicationBefore(toks []token.Token, ts int) bool {
	i := ts - 1
	if i >= 0 && toks[i].Lower == "the" {
		i--
	}
	if i >= 1 && outletNoun[toks[i].Lower] && toks[i-1].Lower == "the" {
		i -= 2
	}
	if i < 1 || toks[i].Lower != "in" && toks[i].Lower != "for" {
		return false
	}
	words := publicationIn
	if toks[i].Lower == "for" {
		words = publicationFor
	}
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].Kind == token.Word; j-- {
		if words[toks[j].Lower] {
			return true
		}
	}
	return false
}

// notInName are words no person's name holds after its first word
// (data/word_classes.txt).
var notInName = wordClasses.Must("notInName")

// kinNoun are the relatives and companions after which a lone first name
// in apposition is a person's (data/word_classes.txt).
var kinNoun = wordClasses.Must("kinNoun")

// kinApposition reports whether toks[ts:te], one word, stands in commas
// after a relative or companion: "Sabado's grandson, Paolo, 11, was",
// "her daughter, Amira, said".
func kinApposition(toks []token.Token, ts, te int) bool {
	return te-ts == 1 && ts >= 2 && te < len(toks) && toks[ts-1].Text == "," && toks[te].Text == "," &&
		kinNoun[toks[ts-2].Lower] && toks[ts-2].Quote < 0
}

// hyphenRole reports whether a hyphenated word is a role by its first part:
// "editor-in-chief", "commander-in-chief".
func hyphenRole(g *Gazetteer, lw string) bool {
	i := strings.IndexByte(lw, '-')
	return i > 0 && g.RoleWord(lw[:i])
}

// hyphenPrefix reports whether w opens with a prefix that makes a modifier
// of a name ("Pro-Palestine", "Anti-Trump", "Ex-Tory").
func hyphenPrefix(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch strings.ToLower(w[:i]) {
	case "pro", "anti", "non", "ex", "post", "pre", "neo", "mid", "all", "self":
		return true
	}
	return false
}

// leadingRole returns lower-case role and place words written just before a
// name run ("American journalist", "Russian foreign minister").
func (r *Registry) leadingRole(toks []token.Token, ts int) []string {
	i := ts
	for i > 0 && ts-i < 5 {
		t := toks[i-1]
		if t.Kind != token.Word {
			break
		}
		_, place := r.g.Place(t.Text)
		if !r.g.RoleWord(t.Lower) && !place {
			break
		}
		if t.Lower == "of" && i >= 2 && toks[i-2].Kind == token.Word && r.g.RoleWord(toks[i-2].Lower) && ts-i < 3 &&
			ts+3 < len(toks) && isCapWord(toks[ts+2]) && isCapWord(toks[ts+3]) {
			// (the body's name and the person's after "of": not "the
			// governor of Texas")
			i -= 2 // "the head of Russian Foreign Ministry Sergey Lavrov"
			continue
		}
		if t.Lower == "the" || t.Lower == "of" || t.Lower == "and" || t.Lower == "for" && i == ts {
			break // ("a spokesperson for FlyAzura": the role is not the name's)
		}
		i--
	}
	words := make([]string, 0, ts-i)
	for _, t := range toks[i:ts] {
		words = append(words, t.Text)
	}
	return words
}

// orgFor reports whether words name an organisation by what it is for
// ("Department for Education"): the run joined "for" only after an
// organisation word, and a role prefix would otherwise take "Department for".
func orgFor(g *Gazetteer, words []string) bool {
	for i := 1; i < len(words); i++ {
		if strings.EqualFold(words[i], "for") && g.OrgWord(words[i-1]) {
			return true
		}
	}
	return false
}

func hasOrgWord(g *Gazetteer, words []string) bool {
	for _, w := range words {
		if g.OrgWord(w) {
			return true
		}
	}
	return false
}

func sortMentions(ms []Mention) {
	slices.SortStableFunc(ms, func(a, b Mention) int { return a.TokStart - b.TokStart })
}

// appositionRole reads a role set off by commas around a name:
// "his US counterpart, Anthony Blinken" or "Anthony Blinken, the US
// Secretary of State,".
func (r *Registry) appositionRole(toks []token.Token, ts, te int) Role {
	if ts >= 2 && toks[ts-1].Text == "," {
		i := ts - 1
		for i > 0 && ts-1-i < 7 {
			t := toks[i-1]
			if t.Kind != token.Word {
				break
			}
			w, _ := possessive(t.Text)
			_, place := r.g.Place(w)
			if !r.g.RoleWord(t.Lower) && !place {
				break
			}
			i--
		}
		words := make([]string, 0, ts-1-i)
		for _, t := range toks[i : ts-1] {
			words = append(words, t.Text)
		}
		if ro := r.g.Describe(words); ro.Valid() {
			return ro
		}
	}
	if te+2 < len(toks) && toks[te].Text == "," {
		switch toks[te+1].Lower {
		case "the", "a", "an", "his", "her", "their":
		default:
			return Role{}
		}
		j := te + 2
		for j < len(toks) && j-te < 9 {
			t := toks[j]
			w, _ := possessive(t.Text)
			_, place := r.g.Place(w)
			if t.Kind != token.Word || (!r.g.RoleWord(t.Lower) && !place) {
				break
			}
			j++
		}
		words := make([]string, 0, j-te-1)
		for _, t := range toks[te+1 : j] {
			words = append(words, t.Text)
		}
		return r.g.Describe(words)
	}
	return Role{}
}

// mediaName reports whether words name an outlet by its last word: two or
// more words, the last an outlet's word (or its last hyphenated part:
// "Union-Tribune"), none of them a title or role, and the first not a known
// first name unless an outlet's word comes before the last ("Marion Daily
// Ledger").
func (r *Registry) mediaName(words []string) bool {
	if len(words) < 2 {
		return false
	}
	last := words[len(words)-1]
	if i := strings.LastIndexByte(last, '-'); i >= 0 {
		last = last[i+1:]
	}
	if len(words) <= 3 && outletOpener(words[0]) {
		return true // "the Daily Camera", "the Daily Beast", "the Sunday Glimmer"
	}
	if !r.g.MediaWord(last) {
		return false
	}
	if _, first := r.g.FirstName(words[0]); first && !(len(words) >= 3 && r.g.MediaWord(words[len(words)-2])) {
		return false // "Emily Post"; not "Marion Daily Ledger"
	}
	for _, w := range words[:len(words)-1] {
		if r.isRoleOrTitle(w) {
			return false
		}
	}
	return true
}

// outletOpener reports whether w opens a newspaper's name: "the Daily
// Camera", "the Sunday Glimmer", "the Weekly Standard".
func outletOpener(w string) bool { return w == "Daily" || w == "Weekly" || w == "Sunday" }

// tokText returns the text of toks[i], or "" outside toks.
func tokText(toks []token.Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].Text
}

// roleHeadWord reports whether w, in any case, heads a role phrase or is
// a hyphenated role ("Minister", "Vice-President").
func (r *Registry) roleHeadWord(w string) bool {
	lw := strings.ToLower(w)
	return r.g.RoleHead(lw) || hyphenRole(r.g, lw)
}

// endsRole reports whether a run of names ends in a title or a role's
// head ("Acme Chairman", "the Deputy Director"), or is all role words
// ("Deputy Foreign"): a description, not a name. "Harrowgate Home" ends in
// a word of "home secretary" that is no role alone.
func (r *Registry) endsRole(words []string) bool {
	last := words[len(words)-1]
	if !r.isRoleOrTitle(last) {
		return false
	}
	if _, ok := r.g.Title(last); ok || r.g.RoleHead(strings.ToLower(last)) || r.g.OrgWord(last) {
		return true // (a body's word, as "Police": placeBody and bodyOf tell the bodies)
	}
	return !slices.ContainsFunc(words, func(w string) bool {
		lw := strings.ToLower(w)
		return lw != "of" && lw != "the" && !r.isRoleOrTitle(w)
	})
}

func (r *Registry) isRoleOrTitle(w string) bool {
	if _, ok := r.g.Title(w); ok {
		return true
	}
	lw := strings.ToLower(w)
	return lw != "of" && lw != "the" && r.g.RoleWord(lw)
}

func (r *Registry) isTitleTok(w string) bool {
	_, ok := r.g.Title(w)
	return ok
}

// stopLed reports whether toks begin a name that starts with a stopword
// ("New York State Nurses Association"): Gazetteer.StopLed on up to four
// of their words.
func (r *Registry) stopLed(toks []token.Token) bool {
	var words [4]string
	n := 0
	for _, t := range toks {
		if n == len(words) || t.Kind != token.Word {
			break
		}
		words[n] = t.Text
		n++
	}
	return r.g.StopLed(words[:n])
}

// demonymsOnly reports whether every word of words is a nationality
// ("Scottish"; not a place: "Budapest Memorandum" is a treaty).
func (r *Registry) demonymsOnly(words []string) bool {
	for _, w := range words {
		if !r.g.Demonym(w) {
			return false
		}
	}
	return len(words) > 0
}

// placedOrg reports whether words are place or nationality words before a
// name of data/orgs.txt of two words or more: "American Red Cross",
// "Kenya Red Cross", "Palestine Red Crescent".
func (r *Registry) placedOrg(words []string) bool {
	for k := 1; k+2 <= len(words); k++ {
		if _, ok := r.g.Place(words[k-1]); !ok && !r.g.Demonym(words[k-1]) {
			return false
		}
		if _, ok := r.g.Org(strings.Join(words[k:], " ")); ok {
			return true
		}
	}
	return false
}

// officeOfTitle reports whether words hold an organisation word followed by
// "of": "Office of the", "Division of State Fire".
func (r *Registry) officeOfTitle(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if r.g.OrgWord(words[i]) && strings.EqualFold(words[i+1], "of") {
			return true
		}
	}
	return false
}

// initialsAfter reports whether the name of words, ending at toks[te], has
// the initials of three words or more in brackets after it: "Jan Sangharsh
// Morcha (JSM)".
func initialsAfter(toks []token.Token, words []string, te int) bool {
	if len(words) < 3 || te+2 >= len(toks) || toks[te].Text != "(" || toks[te+2].Text != ")" || !IsAcronym(toks[te+1].Text) {
		return false
	}
	var b strings.Builder
	for _, w := range words {
		c, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(c))
	}
	return b.String() == toks[te+1].Text
}
