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

// maxSpeakerLabel bounds a speaker label's length in bytes.
const maxSpeakerLabel = 40

// SpeakerLabel reads a label that names who speaks a transcript's line: a
// name of two or three capitalised words ("Emma Hart: Is it achievable?")
// or initials of two or three capitals ("EH: What about councils?"). It
// returns the label without its colon and the length in bytes of the label
// with its colon and the spaces after it; "", 0 when line opens with none.
// Which labels name people, and who asks, is for the caller to tell: "Fact
// Check: …" reads as a label here too.
func SpeakerLabel(line string) (string, int) { return speakerLabel(line, false) }

// SurnameLabel reads a transcript's label of one capitalised word, a
// surname as transcripts print it ("Mehta: Because fully booked …",
// "KERR-MBATHA: No, I don’t accept that."), as SpeakerLabel reads longer
// ones; "", 0 when line opens with none. One word before a colon opens many
// lines that are no transcript's ("Update: …", "Apple: shares rose."), so
// the caller must find the person it names.
func SurnameLabel(line string) (string, int) { return speakerLabel(line, true) }

func speakerLabel(line string, oneWord bool) (string, int) {
	end := strings.IndexByte(line, ':')
	if end < 2 || end > maxSpeakerLabel {
		return "", 0
	}
	label := line[:end]
	words := strings.Fields(label)
	if strings.Join(words, " ") != label {
		return "", 0 // (spaces doubled or around the colon)
	}
	nameWord := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' }) < 0
	}
	switch {
	case oneWord:
		if len(words) != 1 || utf8.RuneCountInString(label) < 2 || !nameWord(label) {
			return "", 0
		}
	case len(words) == 1 && len(label) >= 2 && len(label) <= 3:
		for _, r := range label {
			if r < 'A' || r > 'Z' {
				return "", 0
			}
		}
	case len(words) >= 2 && len(words) <= 3:
		for _, w := range words {
			if !nameWord(w) {
				return "", 0
			}
		}
	default:
		return "", 0
	}
	n := end + 1
	for n < len(line) && (line[n] == ' ' || line[n] == '\t') {
		n++
	}
	if n == end+1 || n >= len(line) {
		return "", 0
	}
	r, _ := utf8.DecodeRuneInString(line[n:])
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("“\"‘'", r) {
		return "", 0
	}
	return label, n
}
