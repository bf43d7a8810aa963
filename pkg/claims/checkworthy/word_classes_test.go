package checkworthy

import (
	"maps"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/claims/entity"
)

// TestWordClasses checks data/word_classes.txt against the code: every
// class the code uses exists, is not empty and is what its variable holds;
// the file has no class the code does not use; and the entries are lower
// case, as the lookups need.
func TestWordClasses(t *testing.T) {
	used := map[string]entity.WordSet{
		"reportingCues": reportingCues,
		"pastAux":       pastAux,
		"modal":         modal,
		"firstPerson":   firstPerson,
		"quantityWords": quantityWords,
	}
	wc, err := entity.ReadWordClasses(modelFS, "data/word_classes.txt")
	if err != nil {
		t.Fatal(err)
	}
	for class, v := range used {
		set, ok := wc.Lookup(class)
		if !ok || len(set) == 0 || !maps.Equal(set, v) {
			t.Errorf("class %s: missing, empty or not the variable's set", class)
		}
		for w := range set {
			if w != strings.ToLower(w) {
				t.Errorf("class %s: %q is not lower case", class, w)
			}
		}
	}
	for _, class := range wc.Classes() {
		if _, ok := used[class]; !ok {
			t.Errorf("class %s is in the file but the code does not use it", class)
		}
	}
}
