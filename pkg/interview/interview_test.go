package interview

import (
	"strings"
	"testing"
)

func TestLabel(t *testing.T) {
	tests := []struct {
		name string
		line string
		kind Kind
		n    int
	}{
		{"question with a colon", "Q: Why did you decide to run?", Question, 3},
		{"answer with a colon", "A: Housing. It is the issue.", Answer, 3},
		{"a full stop is no label", "A. I felt the job was not finished.", None, 0},
		{"spelled out", "Question: What comes next?", Question, 10},
		{"lower case", "answer: Nothing yet.", Answer, 8},
		{"a quotation after the label", "A: “Never,” she says.", Answer, 3},
		{"an initial", "A. J. Smith said the plan would fail.", None, 0},
		{"a single-letter initial and a surname", "A. Smith said the plan would fail.", None, 0},
		{"no space after the label", "A:B testing works.", None, 0},
		{"the label alone", "Q:", None, 0},
		{"the label and spaces", "Q:   ", None, 0},
		{"another word", "Apple: shares rose.", None, 0},
		{"Q&A", "Q&A with the mayor", None, 0},
		{"a sentence", "A man was arrested on Monday.", None, 0},
		{"empty", "", None, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			kind, n := Label(tc.line)
			if kind != tc.kind || n != tc.n {
				t.Errorf("Label(%q) = %v, %d; want %v, %d", tc.line, kind, n, tc.kind, tc.n)
			}
		})
	}
}

func TestSpeakerLabel(t *testing.T) {
	tests := []struct {
		name, line, label string
		n                 int
	}{
		{"surname: a surname", "Mehta: Because fully booked doesn’t mean profitable.", "Mehta", 7},
		{"surname: a surname in capitals with a hyphen", "KERR-MBATHA: No, I don’t accept that.", "KERR-MBATHA", 13},
		{"surname: an accented surname", "Ó Súilleabháin: Yes.", "", 0},
		{"surname: two words are SpeakerLabel's", "Emma Hart: Yes.", "", 0},
		{"surname: a lower-case word", "note: this is it.", "", 0},
		{"surname: one letter", "Q: Why?", "", 0},
		{"surname: a time", "10:30 The minister arrives.", "", 0},
		{"surname: the label alone", "Mehta:", "", 0},
		{"a full name", "Emma Hart: Is 1.5 million homes achievable?", "Emma Hart", 11},
		{"initials", "EH: Critics say you are concreting over the countryside.", "EH", 4},
		{"three names", "Mary Ann Evans: Yes.", "Mary Ann Evans", 16},
		{"one word is no name", "Apple: shares rose.", "", 0},
		{"a lower-case word is no name", "Emma said: yes, she did.", "", 0},
		{"four initials are no initials", "ABCD: a code.", "", 0},
		{"a time is no label", "10:30 The minister arrives.", "", 0},
		{"the label alone", "Emma Hart:", "", 0},
		{"no space after the colon", "Emma Hart:Yes", "", 0},
		{"a long sentence before a colon", "The minister said this on Monday: no.", "", 0},
		{"empty", "", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			read, fn := SpeakerLabel, "SpeakerLabel"
			if strings.HasPrefix(tc.name, "surname: ") {
				read, fn = SurnameLabel, "SurnameLabel"
			}
			label, n := read(tc.line)
			if label != tc.label || n != tc.n {
				t.Errorf("%s(%q) = %q, %d; want %q, %d", fn, tc.line, label, n, tc.label, tc.n)
			}
		})
	}
}

func FuzzSpeakerLabel(f *testing.F) {
	for _, s := range []string{"Emma Hart: Is it?", "EH: Yes.", "AB:", "", "A B C D: x", "Émile Zola: “Non”", "EH:\xff", "KERR-MBATHA: No.", "Mehta: Yes."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, read := range map[string]func(string) (string, int){"SpeakerLabel": SpeakerLabel, "SurnameLabel": SurnameLabel} {
			label, n := read(s)
			if label == "" && n != 0 || label != "" && (n <= len(label) || n >= len(s) || s[:len(label)] != label) {
				t.Errorf("%s(%q) = %q, %d", name, s, label, n)
			}
		}
	})
}

func TestParseLabelsErrors(t *testing.T) {
	tests := []struct{ name, file string }{
		{"no tab", "q Q\n"},
		{"unknown kind", "x\tQ\n"},
		{"empty label", "q\t\n"},
		{"label too long", "q\tAVeryLongLabelIndeed\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := parseLabels([]byte(tc.file)); err == nil {
				t.Errorf("parseLabels(%q): no error", tc.file)
			}
		})
	}
}

func FuzzLabel(f *testing.F) {
	for _, s := range []string{"Q: Why?", "A. Yes.", "A. J. Smith", "Question: x", "Q:", "", "Answer:\t“No”", "a:\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		kind, n := Label(s)
		if kind == None && n != 0 || kind != None && (n <= 1 || n >= len(s)) {
			t.Fatalf("Label(%q) = %v, %d", s, kind, n)
		}
	})
}
