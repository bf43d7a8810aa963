package migrations

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoad(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	tests := []struct {
		name    string
		files   fstest.MapFS
		want    []string // names in order
		wantErr string
	}{
		{"ordered by version, not name", fstest.MapFS{
			"m/0010_ten.sql": file("10"), "m/0002_two.sql": file("2"), "m/0001_one.sql": file("1"),
			"m/0003_three.sql": file("3"), "m/0004_four.sql": file("4"), "m/0005_five.sql": file("5"),
			"m/0006_six.sql": file("6"), "m/0007_seven.sql": file("7"), "m/0008_eight.sql": file("8"),
			"m/0009_nine.sql": file("9"), "m/README.md": file("x")},
			[]string{"0001_one", "0002_two", "0003_three", "0004_four", "0005_five", "0006_six", "0007_seven",
				"0008_eight", "0009_nine", "0010_ten"}, ""},
		{"gap", fstest.MapFS{"m/0001_a.sql": file(""), "m/0003_c.sql": file("")}, nil, "contiguous"},
		{"duplicate version", fstest.MapFS{"m/0001_a.sql": file(""), "m/1_b.sql": file("")}, nil, "contiguous"},
		{"no underscore", fstest.MapFS{"m/0001.sql": file("")}, nil, "NNNN_description"},
		{"not a number", fstest.MapFS{"m/x_a.sql": file("")}, nil, "bad version"},
		{"zero", fstest.MapFS{"m/0000_a.sql": file("")}, nil, "bad version"},
		{"empty", fstest.MapFS{"m/README.md": file("")}, nil, "no .sql files"},
		{"missing dir", fstest.MapFS{}, nil, "read m"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := Load(tt.files, "m")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Load = %v, want an error about %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, m := range ms {
				got = append(got, m.Name)
				if m.Version != i+1 {
					t.Errorf("%s has version %d, want %d", m.Name, m.Version, i+1)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("order = %v, want %v", got, tt.want)
			}
		})
	}
}
