package checkworthy

import (
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
	for _, err := range wc.Check(used) {
		t.Error(err)
	}
}
