package runner

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzOneLine(f *testing.F) {
	for _, s := range []string{"", "plain", "two\nlines\r\n", "héllo wörld", "\xff\xfe"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 0 || n > 1<<16 {
			return
		}
		got := oneLine(s, n)
		if len(got) > n {
			t.Fatalf("oneLine(%q, %d) = %q: longer than %d", s, n, got, n)
		}
		if strings.ContainsAny(got, "\r\n") {
			t.Fatalf("oneLine(%q, %d) = %q keeps a line break", s, n, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("oneLine(%q, %d) = %q: invalid UTF-8", s, n, got)
		}
	})
}

func FuzzPeekID(f *testing.F) {
	for _, s := range []string{`{"id":"A1"}`, `{"id":1}`, `[]`, `{"id":"`, ``, `{"text":"x","id":"B"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		id := peekID(data)
		if id != "" && !strings.Contains(string(data), `"`) {
			t.Fatalf("peekID(%q) = %q from a body with no JSON string", data, id)
		}
	})
}
