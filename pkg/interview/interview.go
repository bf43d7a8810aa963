// Package interview recognises the labelled lines of a question-and-answer
// interview: "Q: Why did you decide to run?", "A: I felt the job was not
// finished." The clean stage keeps a question line as the article's text;
// the claims stage attributes each answer to the person interviewed.
package interview

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a labelled line is.
type Kind int

const (
	// None is a line without an interview label.
	None Kind = iota
	// Question is the interviewer's line.
	Question
	// Answer is the interviewee's line.
	Answer
)

//go:embed data/labels.txt
var labelsFile []byte

// maxLabel bounds the label's length in bytes, so a long line costs nothing.
const maxLabel = 16

var labels = mustLabels(labelsFile)

func mustLabels(b []byte) map[string]Kind {
	m, err := parseLabels(b)
	if err != nil {
		panic(err) // the file is compiled in: a programming error
	}
	return m
}

func parseLabels(b []byte) (map[string]Kind, error) {
	m := map[string]Kind{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, label, ok := strings.Cut(line, "\t")
		if !ok || label == "" || len(label) > maxLabel {
			return nil, fmt.Errorf("interview: data/labels.txt:%d: want kind, a tab and a label of at most %d bytes", n, maxLabel)
		}
		switch kind {
		case "q":
			m[strings.ToLower(label)] = Question
		case "a":
			m[strings.ToLower(label)] = Answer
		default:
			return nil, fmt.Errorf("interview: data/labels.txt:%d: kind %q is neither q nor a", n, kind)
		}
	}
	return m, sc.Err()
}

// Label reads the label that opens line: its kind and the length in bytes
// of the label with its colon and the spaces after it; None, 0 when line
// opens with none. A label needs a colon, a space and text that opens with a
// letter, a digit or a quotation mark: "A. Smith" (an initial), "Q&A" and
// "A:B testing" are no labels, nor is "A: " alone.
func Label(line string) (Kind, int) {
	end := strings.IndexByte(line, ':')
	if end < 1 || end > maxLabel {
		return None, 0
	}
	kind, ok := labels[strings.ToLower(line[:end])]
	if !ok {
		return None, 0
	}
	n := end + 1
	for n < len(line) && (line[n] == ' ' || line[n] == '\t') {
		n++
	}
	if n == end+1 || n >= len(line) {
		return None, 0 // "A.B.", "Q:" alone
	}
	r, _ := utf8.DecodeRuneInString(line[n:])
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("“\"‘'", r) {
		return None, 0
	}
	return kind, n
}
