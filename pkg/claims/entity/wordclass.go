package entity

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
)

// WordSet is a set of words, indexed like a map[string]bool. The sets a
// WordClasses hands out are shared: read them, never change them.
type WordSet map[string]bool

// WordClasses are named word sets read from one data file (the packages of
// claims keep theirs in data/word_classes.txt). Build them once, at package
// initialisation, with ReadWordClasses or MustReadWordClasses; they are
// read-only afterwards and safe for concurrent use.
//
// The file holds lines of two tab-separated fields, a class name and its
// entries; blank lines and lines starting with "#" are skipped. The entries
// are separated by spaces, or by "|" when the field holds one, so that an
// entry may contain spaces ("spokesperson's office"). A class may span
// several lines, each adding entries. Entries keep their case; an entry
// listed twice in a class is an error.
type WordClasses struct {
	file    string
	classes map[string]WordSet
}

// ReadWordClasses parses the word classes of the file name in fsys.
func ReadWordClasses(fsys fs.FS, name string) (WordClasses, error) {
	wc := WordClasses{file: name, classes: map[string]WordSet{}}
	err := ReadTable(fsys, name, func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want a class and its entries separated by one tab, got %d fields", len(f))
		}
		class := strings.TrimSpace(f[0])
		if class == "" || strings.ContainsAny(class, " |") {
			return fmt.Errorf("bad class name %q", class)
		}
		var entries []string
		if strings.Contains(f[1], "|") {
			entries = strings.Split(f[1], "|")
		} else {
			entries = strings.Fields(f[1])
		}
		set := wc.classes[class]
		if set == nil {
			set = WordSet{}
			wc.classes[class] = set
		}
		for _, e := range entries {
			e = strings.Join(strings.Fields(e), " ")
			if e == "" {
				return fmt.Errorf("class %s: empty entry", class)
			}
			if set[e] {
				return fmt.Errorf("class %s: %q listed twice", class, e)
			}
			set[e] = true
		}
		return nil
	})
	if err != nil {
		return WordClasses{}, fmt.Errorf("word classes: %w", err)
	}
	return wc, nil
}

// MustReadWordClasses is ReadWordClasses for a file compiled into the
// program, where a malformed file is a programming error: it panics with
// the error, which names the file and line.
func MustReadWordClasses(fsys fs.FS, name string) WordClasses {
	wc, err := ReadWordClasses(fsys, name)
	if err != nil {
		panic(err)
	}
	return wc
}

// Lookup returns the set of class and whether the file defines it.
func (wc WordClasses) Lookup(class string) (WordSet, bool) {
	s, ok := wc.classes[class]
	return s, ok
}

// Must returns the set of class. It panics, naming the file and the class,
// when the file does not define it or defines it empty: the classes a
// package uses are compiled in with it, so that is a programming error.
func (wc WordClasses) Must(class string) WordSet {
	s := wc.classes[class]
	if len(s) == 0 {
		panic(fmt.Sprintf("word classes: %s: no class %q", wc.file, class))
	}
	return s
}

// Classes returns the names of the classes the file defines, sorted.
func (wc WordClasses) Classes() []string {
	names := make([]string, 0, len(wc.classes))
	for c := range wc.classes {
		names = append(names, c)
	}
	slices.Sort(names)
	return names
}

// Check compares the file with the sets a package uses, by class name: each
// must be defined, non-empty and the same set, and the file must define no
// class the package does not use. Entries must be lower case, as lookups of
// lower-cased words need, except in the classes keepCase names ("PhD").
// It returns one error a finding, for a test to report.
func (wc WordClasses) Check(used map[string]WordSet, keepCase ...string) []error {
	var errs []error
	for _, class := range slices.Sorted(maps.Keys(used)) {
		set, ok := wc.classes[class]
		if !ok || len(set) == 0 || !maps.Equal(set, used[class]) {
			errs = append(errs, fmt.Errorf("%s: class %s: missing, empty or not the variable's set", wc.file, class))
		}
		if slices.Contains(keepCase, class) {
			continue
		}
		for _, w := range slices.Sorted(maps.Keys(set)) {
			if w != strings.ToLower(w) {
				errs = append(errs, fmt.Errorf("%s: class %s: %q is not lower case", wc.file, class, w))
			}
		}
	}
	for _, class := range wc.Classes() {
		if _, ok := used[class]; !ok {
			errs = append(errs, errors.New(wc.file+": class "+class+" is in the file but the code does not use it"))
		}
	}
	return errs
}
