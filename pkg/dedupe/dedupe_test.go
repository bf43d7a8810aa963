package dedupe

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/pkg/article"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"case and space", "  Hello\t\tWORLD \n", "hello world"},
		{"punctuation", "“Don't,” he said.", "dont he said"},
		{"dashes separate", "well-known—fact", "well known fact"},
		{"nfkc", "ﬁne Ｆｕｌｌ", "fine full"},
		{"fold sharp s", "STRASSE straße", "strasse strasse"},
		{"control", "a\x00b\u200bc", "a b\u200bc"},
		{"only punctuation", "...!?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func seeds(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("seeds not found")
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// edits returns light copy edits of s: a few words changed, the last tenth
// cut, two paragraphs dropped.
func edits(s string) map[string]string {
	paras := strings.Split(s, "\n\n")
	dropped := strings.Join(append(append([]string{}, paras[:2]...), paras[4:]...), "\n\n")
	return map[string]string{
		"words changed":   strings.Replace(strings.Replace(s, " the ", " a ", 3), " said ", " stated ", 2),
		"tail cut":        s[:len(s)*9/10],
		"paragraphs gone": dropped,
	}
}

// TestNearThreshold documents why NearThreshold is 0.6: light edits of a seed
// stay well above it and different seeds (same event, other outlets) stay
// well below it.
func TestNearThreshold(t *testing.T) {
	ss := seeds(t)
	for i, s := range ss {
		p := Fingerprint(Normalize(s))
		for name, e := range edits(s) {
			j := Jaccard(p.Sig, Fingerprint(Normalize(e)).Sig)
			t.Logf("seed %d %s: %.2f", i, name, j)
			if j < 0.7 {
				t.Errorf("seed %d, %s: estimated Jaccard %.2f, want >= 0.7", i, name, j)
			}
		}
		for k := i + 1; k < len(ss); k++ {
			if j := Jaccard(p.Sig, Fingerprint(Normalize(ss[k])).Sig); j > 0.2 {
				t.Errorf("seeds %d and %d: estimated Jaccard %.2f, want <= 0.2", i, k, j)
			}
		}
	}
}

func TestFingerprintShortText(t *testing.T) {
	p := Fingerprint(Normalize("Too short for shingles."))
	if p.Near() || p.Hash == "" {
		t.Errorf("short text: Near=%v Hash=%q, want exact hash only", p.Near(), p.Hash)
	}
}

func TestOfHTML(t *testing.T) {
	page := `<html><head><title>T</title><script>var x = "<p>no</p>";</script></head>
<body><nav>Home | World</nav><p>Hello <b>big</b> world.</p><footer>© 2024</footer></body></html>`
	a := &article.Article{HTML: page}
	p, ok := Of(a)
	if !ok {
		t.Fatal("Of: no text")
	}
	if want := Fingerprint("hello big world"); p.Hash != want.Hash {
		t.Errorf("HTML hash differs from the hash of its visible text %q", Normalize(HTMLText(page)))
	}
	if _, ok := Of(&article.Article{Text: " \n\t"}); ok {
		t.Error("Of(blank) ok = true")
	}
}

// indexes runs a test against every Index implementation.
func indexes(t *testing.T, fn func(t *testing.T, idx Index)) {
	t.Run("memory", func(t *testing.T) { fn(t, NewMemoryIndex()) })
	t.Run("kv", func(t *testing.T) {
		fn(t, openKV(t, startJetStream(t), DefaultKVConfig()))
	})
}

func TestIndexDuplicates(t *testing.T) {
	ss := seeds(t)
	indexes(t, func(t *testing.T, idx Index) {
		ctx := context.Background()
		mark := func(id, text string) *article.Duplicate {
			t.Helper()
			a := &article.Article{ID: id, Text: text}
			if _, err := Mark(ctx, idx, a); err != nil {
				t.Fatal(err)
			}
			if a.ContentHash == "" {
				t.Fatalf("%s: no content hash", id)
			}
			return a.Duplicate
		}
		for i, s := range ss {
			if d := mark(string(rune('A'+i)), s); d != nil {
				t.Errorf("seed %d: duplicate %+v, want none (different seeds)", i, d)
			}
		}
		// An exact copy differing in case, spacing and punctuation.
		if d, want := mark("X1", strings.ToUpper(strings.ReplaceAll(ss[0], ",", " "))), (&article.Duplicate{Of: "A", Kind: KindExact, Similarity: 1}); !cmp.Equal(d, want) {
			t.Errorf("exact copy: %s", cmp.Diff(want, d))
		}
		// A lightly edited copy of seed 1.
		d := mark("X2", edits(ss[1])["words changed"])
		if d == nil || d.Of != "B" || d.Kind != KindNear || d.Similarity < NearThreshold || d.Similarity >= 1 {
			t.Errorf("near copy of seed 1: duplicate %+v, want near of B", d)
		}
		// The near copy was not indexed as an original: another edit links to B too.
		if d := mark("X3", edits(ss[1])["tail cut"]); d == nil || d.Of != "B" {
			t.Errorf("second near copy: duplicate %+v, want near of B", d)
		}
		// Checking the same id again is not a self-duplicate.
		if d := mark("C", ss[2]); d != nil {
			t.Errorf("re-check of C: %+v, want none", d)
		}
		// After Forget, the text is new again.
		p := Fingerprint(Normalize(ss[3]))
		if err := idx.Forget(ctx, "D", p); err != nil {
			t.Fatal(err)
		}
		if d := mark("D2", ss[3]); d != nil {
			t.Errorf("after Forget: %+v, want none", d)
		}
		if d := mark("D3", ss[3]); d == nil || d.Of != "D2" {
			t.Errorf("copy after re-add: %+v, want exact of D2", d)
		}
	})
}

func TestKVConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*KVConfig)
		ok   bool
	}{
		{"default", func(*KVConfig) {}, true},
		{"no bucket", func(c *KVConfig) { c.Bucket = "" }, false},
		{"no max age", func(c *KVConfig) { c.MaxAge = 0 }, false},
		{"no band size", func(c *KVConfig) { c.MaxPerBand = 0 }, false},
		{"no near bound", func(c *KVConfig) { c.MaxNear = 0 }, false},
		{"no replicas", func(c *KVConfig) { c.Replicas = 0 }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultKVConfig()
			tt.mod(&c)
			if err := c.Validate(); (err == nil) != tt.ok {
				t.Errorf("Validate() = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

// normalizeReference is Normalize without its ASCII table: every rune
// classified with the Unicode predicates.
func normalizeReference(s string) string {
	s = strings.ToLower(folder.String(norm.NFKC.String(s)))
	var b strings.Builder
	space, dropped := false, false
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me) && dropped:
		case unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Pd, r) || r == '/' || r == '\\':
			space = b.Len() > 0
			dropped = true
		case unicode.IsPunct(r):
			dropped = true
		default:
			dropped = false
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	if out := b.String(); !norm.NFKC.IsNormalString(out) {
		return norm.NFKC.String(out)
	}
	return b.String()
}

// TestNormalizeASCIITable: the ASCII table decides as the Unicode
// predicates do, for every ASCII character alone, between letters, and
// before a combining mark, and on the seed articles.
func TestNormalizeASCIITable(t *testing.T) {
	var inputs []string
	for c := 0; c < utf8.RuneSelf; c++ {
		r := string(rune(c))
		inputs = append(inputs, r, "a"+r+"b", "A"+r+"\u0301B", "é"+r+"\u0301", r+r+" x")
	}
	inputs = append(inputs, seeds(t)...)
	for _, in := range inputs {
		if got, want := Normalize(in), normalizeReference(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "Hello, World!", "ﬁne\x00\xff", "a—b/c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if want := normalizeReference(s); n != want {
			t.Errorf("Normalize(%q) = %q, the rune-by-rune reference gives %q", s, n, want)
		}
		if Normalize(n) != n {
			t.Errorf("Normalize not idempotent on %q: %q -> %q", s, n, Normalize(n))
		}
		if strings.Contains(n, "  ") || strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") {
			t.Errorf("Normalize(%q) = %q: uncollapsed space", s, n)
		}
		_ = Fingerprint(n)
		_ = HTMLText(s)
	})
}

func BenchmarkFingerprint(b *testing.B) {
	s := strings.Join(seeds(b), "\n")
	b.SetBytes(int64(len(s)))
	b.Run("normalize+minhash", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			Fingerprint(Normalize(s))
		}
	})
	b.Run("reference normalize only", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			Fingerprint("x")
			_ = Normalize(s)
		}
	})
}
