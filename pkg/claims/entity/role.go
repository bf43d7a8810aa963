package entity

import (
	"slices"
	"strings"
)

// Role is an office or trade with the country it belongs to, as in "Russian
// Foreign Minister" (class foreign_minister, country ru).
type Role struct {
	Class   string // from roles.tsv; "" when the words hold no role
	Country string // from places.tsv; "" when none is named
	Head    string // the role phrase matched, lower case ("foreign minister")
	Text    string // the words as written
}

// Valid reports whether a role class was found.
func (r Role) Valid() bool { return r.Class != "" }

// extraRoleWords may appear inside a role description without being a role
// themselves.
var extraRoleWords = []string{"assistant", "deputy", "acting", "former", "vice", "senior", "junior", "interim", "additional", "special",
	"first", "chief", "top", "then", "outgoing", "incoming", "new", "state", "his", "her", "their", "its", "of", "the", "for", "and"}

// bodyInRole are the words of a role's body or seat ("head of the foreign
// ministry", "member of county assembly") that are no role words: "the
// Health Ministry", "Kisumu County Assembly" are bodies.
var bodyInRole = map[string]bool{"ministry": true, "parliament": true, "assembly": true, "county": true}

// roleWordSet builds the set of words that may make up a role description.
func (g *Gazetteer) roleWordSet() map[string]bool {
	m := map[string]bool{}
	for p := range g.roles {
		for _, w := range strings.Fields(p) {
			if bodyInRole[w] {
				continue // ("head of the foreign ministry"): "Health Ministry", "Miami-Dade County Public Schools" stay bodies
			}
			m[w] = true
		}
	}
	for _, w := range extraRoleWords {
		m[w] = true
	}
	return m
}

// roleHeadSet builds the set of the head words of role phrases: the last
// word, or the word before "of" ("secretary", "minister", "chief" of
// "chief of police"), not "home", "foreign" or "police".
func (g *Gazetteer) roleHeadSet() map[string]bool {
	m := map[string]bool{}
	for p := range g.roles {
		f := strings.Fields(p)
		if i := slices.Index(f, "of"); i > 0 {
			f = f[:i]
		}
		if len(f) > 0 && !bodyInRole[f[len(f)-1]] {
			m[f[len(f)-1]] = true
		}
	}
	return m
}

// RoleHead reports whether a lower-case word ends a role phrase: a run of
// names ending in one is a description ("Acme Chairman"); one ending in a
// role's other words is not ("Harrowgate Home", "Foreign" of "Foreign
// Secretary").
func (g *Gazetteer) RoleHead(w string) bool {
	if g.roleHeads == nil {
		return false
	}
	v, _ := get(g.roleHeads, strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"))
	return v
}

// RoleWord reports whether a lower-case word may be part of a role
// description ("foreign", "minister", "secretary", "of").
func (g *Gazetteer) RoleWord(w string) bool {
	if g.roleWords == nil {
		return false
	}
	v, _ := get(g.roleWords, strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"))
	return v
}

// Describe reads a role from the words of a description ("the US Secretary
// of State", "Italy’s prime minister", "the Washington chief of diplomacy").
func (g *Gazetteer) Describe(words []string) Role {
	lw := make([]string, len(words))
	for i, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		lw[i] = strings.ToLower(w)
	}
	var r Role
	r.Text = strings.Join(words, " ")
	// Longest role phrase; else one with a country inside it: "head of
	// Russian diplomacy" is the head of diplomacy.
	n, class, head := g.longestRole(lw, 1)
	r.Class, r.Head = class, head
	if (r.Class == "" || n == 1) && len(lw) >= 3 {
		// (A one-word role, as "head", yields to a longer one with the
		// country taken out.)
		core := make([]string, 0, len(lw))
		for i, w := range lw {
			if _, place := g.places[w]; !place && !(w == "the" && i > 0 && lw[i-1] == "of") {
				core = append(core, w) // ("head of the Russian diplomacy": no "the" after "of")
			}
		}
		if len(core) < len(lw) {
			if _, c, h := g.longestRole(core, 2); c != "" {
				r.Class, r.Head = c, h
			}
		}
	}
	// A country, by the longest place phrase.
	for i := 0; i < len(lw) && r.Country == ""; i++ {
		for n := min(g.maxPlace, len(lw)-i); n >= 1; n-- {
			p := strings.Join(lw[i:i+n], " ")
			if c, ok := g.places[p]; ok {
				r.Country = c
				break
			}
		}
	}
	return r
}

// longestRole finds the longest role phrase of at least minWords words in
// the lower-cased words lw: its length, class and phrase (0 if none).
func (g *Gazetteer) longestRole(lw []string, minWords int) (int, string, string) {
	best, class, head := 0, "", ""
	for i := range lw {
		for n := min(g.maxRole, len(lw)-i); n >= minWords; n-- {
			p := strings.Join(lw[i:i+n], " ")
			if c, ok := g.roles[p]; ok && n > best {
				best, class, head = n, c, p
				break
			}
		}
	}
	return best, class, head
}

// Compatible scores how well a description matches a role a person was
// introduced with: 0 for no match, higher for better.
func Compatible(desc, held Role) int {
	if !desc.Valid() || !held.Valid() {
		return 0
	}
	if desc.Country != "" && held.Country != "" && desc.Country != held.Country {
		return 0
	}
	score := 0
	switch {
	case desc.Class == held.Class:
		score = 3
	case strings.Contains(" "+held.Head+" ", " "+desc.Head+" "),
		desc.Head == "minister" && strings.Contains(" "+held.Head+" ", " ministry "):
		// "the minister" and "foreign minister", or "head of the foreign
		// ministry"
		score = 2
	case desc.Class == "minister" && strings.HasSuffix(held.Class, "_minister"):
		score = 1 // "the minister" and "secretary of state"
	case desc.Class == "counterpart" || held.Class == "counterpart" && desc.Country != "" && desc.Country == held.Country:
		// ("his Russian counterpart, Sergey Lavrov … the Russian foreign
		// minister"; not "Her colleague Tom Reilly … a Department of
		// Health spokesperson")
		score = 1
	default:
		return 0
	}
	if desc.Country != "" && desc.Country == held.Country {
		score += 2
	}
	return score
}
