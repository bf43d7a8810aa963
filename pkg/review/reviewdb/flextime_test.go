package reviewdb

import (
	"testing"
	"time"
)

func TestFlexTime(t *testing.T) {
	want := time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		name string
		in   any
		want time.Time
	}{
		{"time", want.In(time.FixedZone("x", 3600)), want},
		{"rfc3339", "2026-11-21T09:30:00Z", want},
		{"modernc sqlite layout", "2026-11-21 09:30:00+00:00", want},
		{"go String", "2026-11-21 09:30:00 +0000 UTC", want},
		{"go String with monotonic clock", "2026-11-21 09:30:00 +0000 UTC m=+0.000000001", want},
		{"bytes", []byte("2026-11-21T10:30:00+01:00"), want},
		{"unix seconds", want.Unix(), want},
		{"null", nil, time.Time{}},
		{"garbage", "not a time", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f flexTime
			if err := f.Scan(tt.in); err != nil {
				t.Fatal(err)
			}
			if !f.T.Equal(tt.want) {
				t.Errorf("Scan(%v) = %v, want %v", tt.in, f.T, tt.want)
			}
		})
	}
}

func FuzzFlexTime(f *testing.F) {
	f.Add("2026-11-21 09:30:00 +0000 UTC m=+1")
	f.Add("2026-11-21T09:30:00Z")
	f.Fuzz(func(t *testing.T, s string) {
		var ft flexTime
		if err := ft.Scan(s); err != nil {
			t.Fatal(err)
		}
	})
}

func TestSplitStatements(t *testing.T) {
	got := splitStatements("-- c\nCREATE TABLE a (\n x INT\n);\n\nCREATE INDEX i ON a (x);\n")
	if len(got) != 2 || got[0] != "CREATE TABLE a (\n x INT\n);" || got[1] != "CREATE INDEX i ON a (x);" {
		t.Errorf("splitStatements = %q", got)
	}
}
