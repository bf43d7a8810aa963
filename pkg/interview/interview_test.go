package interview

import "testing"

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
