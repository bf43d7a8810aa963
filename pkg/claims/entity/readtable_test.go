package entity

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestReadTable(t *testing.T) {
	fsys := fstest.MapFS{
		"t.tsv":   {Data: []byte("# comment\n\na\tb\n  c\td  \n\t\n#x\ty\ne\n")},
		"bad.tsv": {Data: []byte("ok\n\nbad\n")},
	}
	errBad := errors.New("bad row")
	tests := []struct {
		name    string
		file    string
		want    [][]string
		wantErr string
	}{
		{name: "rows without blanks and comments", file: "t.tsv", want: [][]string{{"a", "b"}, {"c", "d"}, {"e"}}},
		{name: "missing file", file: "none.tsv", wantErr: "open none.tsv: open none.tsv: file does not exist"},
		{name: "error from fn names the line", file: "bad.tsv", want: [][]string{{"ok"}}, wantErr: "bad.tsv:3: bad row"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [][]string
			err := ReadTable(fsys, tc.file, func(f []string) error {
				if f[0] == "bad" {
					return errBad
				}
				got = append(got, f)
				return nil
			})
			if tc.wantErr == "" && err != nil {
				t.Fatal(err)
			}
			if tc.wantErr != "" && (err == nil || err.Error() != tc.wantErr) {
				t.Fatalf("error %v, want %q", err, tc.wantErr)
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("rows (-want +got):\n%s", d)
			}
		})
	}
	if err := ReadTable(fsys, "none.tsv", func([]string) error { return nil }); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v is not fs.ErrNotExist", err)
	}
}
