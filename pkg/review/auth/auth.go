// Package auth holds the review UI's credential primitives: bcrypt password
// hashes, random session and CSRF tokens (only their SHA-256 is stored),
// constant-time token comparison, and a login rate limiter keyed by client
// IP and user name.
package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// MinPasswordLen is the shortest accepted password.
const MinPasswordLen = 8

// ErrWeakPassword is returned for passwords that are too short or too long.
var ErrWeakPassword = fmt.Errorf("auth: password must be %d to 72 bytes", MinPasswordLen)

// HashPassword returns the bcrypt hash of password at the given cost
// (bcrypt.DefaultCost when cost is 0).
func HashPassword(password string, cost int) (string, error) {
	if len(password) < MinPasswordLen || len(password) > 72 {
		return "", ErrWeakPassword
	}
	if cost == 0 {
		cost = bcrypt.DefaultCost
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), cost)
	if err != nil {
		return "", fmt.Errorf("auth: hash password: %w", err)
	}
	return string(h), nil
}

// CheckPassword reports whether password matches hash.
func CheckPassword(hash, password string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}

// dummyHash is compared against when the user does not exist, so that a
// login for an unknown name takes as long as one for a known name.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("copydesk-dummy-password"), bcrypt.MinCost)

// CheckDummy spends the time of a password check without a user.
func CheckDummy(password string) {
	_ = bcrypt.CompareHashAndPassword(dummyHash, []byte(password))
}

// NewToken returns a random URL-safe token of 32 bytes of entropy.
func NewToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("auth: new token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// HashToken returns the hex SHA-256 of a token, the form it is stored in.
func HashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// Equal compares two tokens in constant time; empty tokens never match.
func Equal(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// ErrLimited is returned by Limiter.Allow when a key is locked out.
var ErrLimited = errors.New("auth: too many failed logins, try again later")

// Limiter counts failed logins per key within a window and locks a key out
// once it reaches the maximum, until the window since its first failure has
// passed. It is safe for concurrent use and bounded in memory.
type Limiter struct {
	max    int
	window time.Duration
	now    func() time.Time

	mu      sync.Mutex
	entries map[string]*limitEntry
}

type limitEntry struct {
	first    time.Time
	failures int
}

// maxEntries bounds the limiter's memory under a flood of distinct keys.
const maxEntries = 100000

// NewLimiter allows max failures per key per window.
func NewLimiter(max int, window time.Duration, now func() time.Time) *Limiter {
	if now == nil {
		now = time.Now
	}
	return &Limiter{max: max, window: window, now: now, entries: map[string]*limitEntry{}}
}

// Allow returns ErrLimited while key is locked out.
func (l *Limiter) Allow(key string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	e, ok := l.entries[key]
	if !ok {
		return nil
	}
	if l.now().Sub(e.first) >= l.window {
		delete(l.entries, key)
		return nil
	}
	if e.failures >= l.max {
		return ErrLimited
	}
	return nil
}

// Fail records a failed attempt for key.
func (l *Limiter) Fail(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	e, ok := l.entries[key]
	if !ok || now.Sub(e.first) >= l.window {
		if len(l.entries) >= maxEntries {
			l.sweep(now)
		}
		l.entries[key] = &limitEntry{first: now, failures: 1}
		return
	}
	e.failures++
}

// Reset forgets key (after a successful login).
func (l *Limiter) Reset(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.entries, key)
}

func (l *Limiter) sweep(now time.Time) {
	for k, e := range l.entries {
		if now.Sub(e.first) >= l.window {
			delete(l.entries, k)
		}
	}
	// Still full: drop everything rather than grow without bound.
	if len(l.entries) >= maxEntries {
		clear(l.entries)
	}
}
