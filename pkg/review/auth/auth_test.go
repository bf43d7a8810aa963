package auth

import (
	"errors"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"
)

func TestPassword(t *testing.T) {
	h, err := HashPassword("correct horse", bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		pw   string
		want bool
	}{
		{"right", "correct horse", true},
		{"wrong", "correct horsE", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CheckPassword(h, tt.pw); got != tt.want {
				t.Errorf("CheckPassword(%q) = %v, want %v", tt.pw, got, tt.want)
			}
		})
	}
	if _, err := HashPassword("short", bcrypt.MinCost); !errors.Is(err, ErrWeakPassword) {
		t.Errorf("short password: err = %v, want ErrWeakPassword", err)
	}
}

func TestTokens(t *testing.T) {
	a, err := NewToken()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := NewToken()
	if a == b || len(a) < 40 {
		t.Fatalf("tokens not random or too short: %q %q", a, b)
	}
	if HashToken(a) == a || HashToken(a) != HashToken(a) || len(HashToken(a)) != 64 {
		t.Errorf("HashToken(%q) = %q", a, HashToken(a))
	}
	if !Equal(a, a) || Equal(a, b) || Equal("", "") {
		t.Error("Equal wrong")
	}
}

func TestLimiter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := NewLimiter(3, time.Minute, func() time.Time { return now })
	for i := 0; i < 3; i++ {
		if err := l.Allow("ip|alice"); err != nil {
			t.Fatalf("attempt %d refused: %v", i, err)
		}
		l.Fail("ip|alice")
	}
	if err := l.Allow("ip|alice"); !errors.Is(err, ErrLimited) {
		t.Fatalf("after 3 failures: err = %v, want ErrLimited", err)
	}
	if err := l.Allow("ip|bob"); err != nil {
		t.Fatalf("other key refused: %v", err)
	}
	now = now.Add(time.Minute)
	if err := l.Allow("ip|alice"); err != nil {
		t.Fatalf("after window: %v", err)
	}
	l.Fail("ip|carol")
	l.Reset("ip|carol")
	if len(l.entries) != 0 {
		t.Errorf("entries left: %d", len(l.entries))
	}
}
