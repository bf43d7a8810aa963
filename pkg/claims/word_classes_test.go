package claims

import (
	"maps"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/claims/entity"
)

// TestWordClasses checks data/word_classes.txt against the code: every
// class the code uses exists, is not empty and is what its variable holds;
// the file has no class the code does not use; and the entries are lower
// case, as the lookups need, except the credentials and state names, written
// as they are.
func TestWordClasses(t *testing.T) {
	used := map[string]entity.WordSet{
		"zeroThatSubject":        zeroThatSubject,
		"finiteAux":              finiteAux,
		"notBeforeVerb":          notBeforeVerb,
		"thatDemonstrativeAfter": thatDemonstrativeAfter,
		"cardinals":              cardinals,
		"credential":             credential,
		"prepAfter":              prepAfter,
		"articleWord":            articleWord,
		"objectWord":             objectWord,
		"numberWord":             numberWord,
		"weakAfter":              weakAfter,
		"bareInverts":            bareInverts,
		"timeWord":               timeWord,
		"timeNoun":               timeNoun,
		"titleSmallWords":        titleSmallWords,
		"postModifier":           postModifier,
		"possessivePronoun":      possessivePronoun,
		"genericOrgNoun":         genericOrgNoun,
		"finiteVerb":             finiteVerb,
		"relativeWord":           relativeWord,
		"scenePreposition":       scenePreposition,
		"coordVerb":              coordVerb,
		"stateName":              stateName,
	}
	wc, err := entity.ReadWordClasses(dataFS, "data/word_classes.txt")
	if err != nil {
		t.Fatal(err)
	}
	for class, v := range used {
		set, ok := wc.Lookup(class)
		if !ok || len(set) == 0 || !maps.Equal(set, v) {
			t.Errorf("class %s: missing, empty or not the variable's set", class)
		}
		for w := range set {
			if class != "credential" && class != "stateName" && w != strings.ToLower(w) {
				t.Errorf("class %s: %q is not lower case", class, w)
			}
		}
	}
	for _, class := range wc.Classes() {
		if _, ok := used[class]; !ok {
			t.Errorf("class %s is in the file but the code does not use it", class)
		}
	}
	// timeNoun is a subset of timeWord by definition.
	for w := range timeNoun {
		if !timeWord[w] {
			t.Errorf("timeNoun %q is not in timeWord", w)
		}
	}
}
