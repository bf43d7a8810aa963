package datahash

import (
	"testing"
	"testing/fstest"
)

func TestSum(t *testing.T) {
	base := fstest.MapFS{"a.txt": {Data: []byte("alpha")}, "sub/b.txt": {Data: []byte("beta")}}
	sum := func(fsys fstest.MapFS, extra ...string) string {
		t.Helper()
		h := New()
		for _, s := range extra {
			h.String(s)
		}
		if err := h.FS(fsys); err != nil {
			t.Fatal(err)
		}
		return h.Sum(12)
	}
	ref := sum(base)
	if len(ref) != 12 {
		t.Fatalf("Sum(12) = %q", ref)
	}
	tests := []struct {
		name  string
		fsys  fstest.MapFS
		extra []string
		same  bool
	}{
		{"same files", fstest.MapFS{"sub/b.txt": {Data: []byte("beta")}, "a.txt": {Data: []byte("alpha")}}, nil, true},
		{"content changed", fstest.MapFS{"a.txt": {Data: []byte("alpha!")}, "sub/b.txt": {Data: []byte("beta")}}, nil, false},
		{"file renamed", fstest.MapFS{"c.txt": {Data: []byte("alpha")}, "sub/b.txt": {Data: []byte("beta")}}, nil, false},
		{"file added", fstest.MapFS{"a.txt": {Data: []byte("alpha")}, "sub/b.txt": {Data: []byte("beta")}, "z.txt": {}}, nil, false},
		{"bytes moved between files", fstest.MapFS{"a.txt": {Data: []byte("alph")}, "sub/b.txt": {Data: []byte("abeta")}}, nil, false},
		{"config added", base, []string{`{"threshold":0.5}`}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sum(tt.fsys, tt.extra...); (got == ref) != tt.same {
				t.Errorf("sum = %s, reference %s, want same=%v", got, ref, tt.same)
			}
		})
	}
	if got := New().Sum(0); len(got) != 64 {
		t.Errorf("Sum(0) has %d digits, want 64", len(got))
	}
}
