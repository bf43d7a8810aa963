package app

import (
	"strings"
	"testing"
)

func TestParseBytes(t *testing.T) {
	tests := []struct {
		name, in string
		want     int64
		wantErr  bool
	}{
		{"empty", "", 0, false},
		{"off", "off", 0, false},
		{"OFF", "OFF", 0, false},
		{"bytes", "1024", 1024, false},
		{"B", "10B", 10, false},
		{"KiB", "4KiB", 4096, false},
		{"MiB", "140MiB", 140 << 20, false},
		{"GiB", "2GiB", 2 << 30, false},
		{"TiB", "1TiB", 1 << 40, false},
		{"spaces", " 140 MiB ", 140 << 20, false},
		{"negative", "-1MiB", 0, true},
		{"decimal", "1.5GiB", 0, true},
		{"SI unit", "140MB", 0, true},
		{"unit only", "MiB", 0, true},
		{"overflow", "9000000TiB", 0, true},
		{"words", "lots", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseBytes(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Fatalf("ParseBytes(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestFinishMemoryLimit(t *testing.T) {
	s := DefaultSettings()
	s.MemoryLimit = "12 pages"
	if err := s.Finish("x"); err == nil || !strings.Contains(err.Error(), "--memory-limit") {
		t.Fatalf("Finish with a bad --memory-limit = %v", err)
	}
	s.MemoryLimit = WorkerMemoryLimit
	if err := s.Finish("x"); err != nil || s.memoryLimit != 100<<20 {
		t.Fatalf("Finish = %v, limit %d", err, s.memoryLimit)
	}
}

func FuzzParseBytes(f *testing.F) {
	for _, s := range []string{"", "off", "140MiB", "1TiB", "-1", "9223372036854775807", "9000000TiB", " 7 KiB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseBytes(s)
		if err != nil {
			if n != 0 {
				t.Fatalf("ParseBytes(%q) = %d with error %v", s, n, err)
			}
			return
		}
		if n < 0 {
			t.Fatalf("ParseBytes(%q) = %d", s, n)
		}
	})
}
