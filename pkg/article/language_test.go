package article

import "testing"

func TestEnglish(t *testing.T) {
	tests := []struct {
		language string
		want     bool
	}{
		{"", true}, {"en", true}, {"EN", true}, {"en-GB", true}, {"en_US", true},
		{"de", false}, {"eng", false}, {"fr-CA", false}, {"english", false},
	}
	for _, tt := range tests {
		t.Run(tt.language, func(t *testing.T) {
			if got := English(tt.language); got != tt.want {
				t.Errorf("English(%q) = %v, want %v", tt.language, got, tt.want)
			}
		})
	}
}
