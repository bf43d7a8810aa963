//go:build !(re2_wasm || re2_cgo) || !cgo

// Package regexp wraps the standard library's regexp for the locale tables.
//
// copydesk patch: a Regexp made by MustCompile is compiled on first use, not
// when the package initialises. The locale tables hold ~4,000 patterns; a
// program that never parses a date through them (go-htmldate in its fast
// mode, as go-trafilatura runs it for copydesk) paid ~180 ms and 78 MB of
// allocation at start-up for them, and kept ~25 MB live that every garbage
// collection traced. See ../../COPYDESK.md.
package regexp

import (
	stdregex "regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use.
type Regexp struct {
	pattern string
	once    sync.Once
	rx      *stdregex.Regexp
}

// registry holds every Regexp made by MustCompile, so that a test can check
// that each pattern compiles (a bad one now panics on first use rather than
// at initialisation).
var registry struct {
	sync.Mutex
	all []*Regexp
}

// Patterns returns the source of every expression made by MustCompile so far.
func Patterns() []string {
	registry.Lock()
	defer registry.Unlock()
	out := make([]string, len(registry.all))
	for i, re := range registry.all {
		out[i] = re.pattern
	}
	return out
}

func QuoteMeta(s string) string {
	return stdregex.QuoteMeta(s)
}

// Compile compiles str at once, as regexp.Compile does.
func Compile(str string) (*Regexp, error) {
	rx, err := stdregex.Compile(str)
	if err != nil {
		return nil, err
	}
	re := &Regexp{pattern: str, rx: rx}
	re.once.Do(func() {})
	return re, nil
}

// MustCompile returns a Regexp that compiles str when it is first used, and
// panics then if str is not a valid expression.
func MustCompile(str string) *Regexp {
	re := &Regexp{pattern: str}
	registry.Lock()
	registry.all = append(registry.all, re)
	registry.Unlock()
	return re
}

// compiled returns the compiled expression, compiling it on first use.
func (re *Regexp) compiled() *stdregex.Regexp {
	re.once.Do(func() { re.rx = stdregex.MustCompile(re.pattern) })
	return re.rx
}

func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.compiled().Expand(dst, template, src, match)
}

func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.compiled().ExpandString(dst, template, src, match)
}

func (re *Regexp) Find(b []byte) []byte {
	return re.compiled().Find(b)
}

func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	return re.compiled().FindAll(b, n)
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return re.compiled().FindAllIndex(b, n)
}

func (re *Regexp) FindAllString(s string, n int) []string {
	return re.compiled().FindAllString(s, n)
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return re.compiled().FindAllStringIndex(s, n)
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return re.compiled().FindAllStringSubmatch(s, n)
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return re.compiled().FindAllStringSubmatchIndex(s, n)
}

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	return re.compiled().FindAllSubmatch(b, n)
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.compiled().FindAllSubmatchIndex(b, n)
}

func (re *Regexp) FindIndex(b []byte) (loc []int) {
	return re.compiled().FindIndex(b)
}

func (re *Regexp) FindString(s string) string {
	return re.compiled().FindString(s)
}

func (re *Regexp) FindStringIndex(s string) (loc []int) {
	return re.compiled().FindStringIndex(s)
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	return re.compiled().FindStringSubmatch(s)
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.compiled().FindStringSubmatchIndex(s)
}

func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	return re.compiled().FindSubmatch(b)
}

func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.compiled().FindSubmatchIndex(b)
}

func (re *Regexp) Longest() {
	re.compiled().Longest()
}

func (re *Regexp) Match(b []byte) bool {
	return re.compiled().Match(b)
}

func (re *Regexp) MatchString(s string) bool {
	return re.compiled().MatchString(s)
}

func (re *Regexp) NumSubexp() int {
	return re.compiled().NumSubexp()
}

func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	return re.compiled().ReplaceAll(src, repl)
}

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.compiled().ReplaceAllLiteral(src, repl)
}

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return re.compiled().ReplaceAllLiteralString(src, repl)
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	return re.compiled().ReplaceAllString(src, repl)
}

func (re *Regexp) Split(s string, n int) []string {
	return re.compiled().Split(s, n)
}

func (re *Regexp) String() string {
	return re.pattern
}

func (re *Regexp) SubexpIndex(name string) int {
	return re.compiled().SubexpIndex(name)
}

func (re *Regexp) SubexpNames() []string {
	return re.compiled().SubexpNames()
}
