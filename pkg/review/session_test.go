package review

import "testing"

func TestSafeNext(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "/queue"},
		{"/articles/x", "/articles/x"},
		{"/queue?code=seo_spam", "/queue?code=seo_spam"},
		{"//evil.example/", "/queue"},
		{"/\\evil.example", "/queue"},
		{"https://evil.example/", "/queue"},
		{"javascript:alert(1)", "/queue"},
		{"/login?next=/x", "/queue"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := safeNext(tt.in); got != tt.want {
				t.Errorf("safeNext(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
