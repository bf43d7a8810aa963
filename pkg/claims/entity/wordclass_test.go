package entity

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestReadWordClasses(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.txt":    {Data: []byte("# header\n\nsmall\ta b\nsmall\t c  d \nphrase\tx | spokesperson's  office\nCase\tPhD MD\n")},
		"tabs.txt":  {Data: []byte("# header\nsmall\ta\tb\n")},
		"class.txt": {Data: []byte("small\ta\nbroken\n")},
		"name.txt":  {Data: []byte("two words\ta\n")},
		"twice.txt": {Data: []byte("small\ta b\n\nsmall\tb\n")},
		"empty.txt": {Data: []byte("phrase\ta||b\n")},
	}
	wc, err := ReadWordClasses(fsys, "ok.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]WordSet{
		"small":  {"a": true, "b": true, "c": true, "d": true},
		"phrase": {"x": true, "spokesperson's office": true},
		"Case":   {"PhD": true, "MD": true},
	}
	for class, w := range want {
		if got, ok := wc.Lookup(class); !ok || !maps.Equal(got, w) {
			t.Errorf("class %s = %v, %v; want %v", class, got, ok, w)
		}
	}
	if got := wc.Classes(); !slices.Equal(got, []string{"Case", "phrase", "small"}) {
		t.Errorf("Classes() = %v", got)
	}
	if _, ok := wc.Lookup("none"); ok {
		t.Error(`Lookup("none") found a class`)
	}

	for _, tc := range []struct{ file, wantErr string }{
		{"tabs.txt", "word classes: tabs.txt:2: want a class and its entries separated by one tab, got 3 fields"},
		{"class.txt", "word classes: class.txt:2: want a class and its entries separated by one tab, got 1 fields"},
		{"name.txt", `word classes: name.txt:1: bad class name "two words"`},
		{"twice.txt", `word classes: twice.txt:3: class small: "b" listed twice`},
		{"empty.txt", "word classes: empty.txt:1: class phrase: empty entry"},
		{"none.txt", "word classes: open none.txt: open none.txt: file does not exist"},
	} {
		if _, err := ReadWordClasses(fsys, tc.file); err == nil || err.Error() != tc.wantErr {
			t.Errorf("%s: error %v, want %q", tc.file, err, tc.wantErr)
		}
	}
}

func TestWordClassesMustPanics(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.txt":  {Data: []byte("small\ta\n")},
		"bad.txt": {Data: []byte("small\n")},
	}
	panics := func(name string, fn func(), want string) {
		t.Helper()
		defer func() {
			r := recover()
			if r == nil {
				t.Errorf("%s: no panic", name)
				return
			}
			var msg string
			switch v := r.(type) {
			case error:
				msg = v.Error()
			case string:
				msg = v
			}
			if !strings.Contains(msg, want) {
				t.Errorf("%s: panic %q, want it to hold %q", name, msg, want)
			}
		}()
		fn()
	}
	panics("malformed file", func() { MustReadWordClasses(fsys, "bad.txt") }, "bad.txt:1:")
	wc := MustReadWordClasses(fsys, "ok.txt")
	panics("missing class", func() { wc.Must("large") }, `ok.txt: no class "large"`)
	if got := wc.Must("small"); !got["a"] {
		t.Errorf(`Must("small") = %v`, got)
	}
}

// TestEntityWordClasses checks data/word_classes.txt against the code:
// every class the code uses exists, is not empty and is what its variable
// holds; the file has no class the code does not use; and the entries are
// lower case, as the lookups need.
func TestEntityWordClasses(t *testing.T) {
	used := map[string]WordSet{
		"nameParticles":  nameParticles,
		"bodyRoleWord":   bodyRoleWord,
		"nameMonth":      nameMonth,
		"postNominal":    postNominal,
		"nameAbbrev":     nameAbbrev,
		"firmSuffix":     firmSuffix,
		"tradeSuffix":    tradeSuffix,
		"weekdayOrMonth": weekdayOrMonth,
		"personPronoun":  personPronoun,
		"notInName":      notInName,
		"surnamePrefix":  surnamePrefix,
		"companyNoun":    companyNoun,
		"publicationIn":  publicationIn,
		"publicationFor": publicationFor,
		"outletNoun":     outletNoun,
		"outletKind":     outletKind,
		"outletAfter":    outletAfter,
		"bodyKind":       bodyKind,
		"personKind":     personKind,
		"groupDet":       groupDet,
		"nameAdjective":  nameAdjective,
		"venueWord":      venueWord,
		"stormKind":      stormKind,
		"documentAfter":  documentAfter,
		"numberedOutlet": numberedOutlet,
		"kinNoun":        kinNoun,
		"legalSuffix":    legalSuffix,
	}
	wc, err := ReadWordClasses(dataFS, "data/word_classes.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range wc.Check(used) {
		t.Error(err)
	}
}

func TestWordClassesCheck(t *testing.T) {
	fsys := fstest.MapFS{"c.txt": {Data: []byte("small\ta b\nCase\tPhD\n")}}
	wc, err := ReadWordClasses(fsys, "c.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		used     map[string]WordSet
		keepCase []string
		want     int
	}{
		{"all used, case kept", map[string]WordSet{"small": {"a": true, "b": true}, "Case": {"PhD": true}}, []string{"Case"}, 0},
		{"upper case not kept", map[string]WordSet{"small": {"a": true, "b": true}, "Case": {"PhD": true}}, nil, 1},
		{"a class the file lacks", map[string]WordSet{"small": {"a": true, "b": true}, "Case": {"PhD": true}, "none": {"x": true}}, []string{"Case"}, 1},
		{"a class the code does not use", map[string]WordSet{"small": {"a": true, "b": true}}, nil, 1},
		{"a different set", map[string]WordSet{"small": {"a": true}, "Case": {"PhD": true}}, []string{"Case"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if errs := wc.Check(tt.used, tt.keepCase...); len(errs) != tt.want {
				t.Errorf("Check = %v, want %d errors", errs, tt.want)
			}
		})
	}
}
