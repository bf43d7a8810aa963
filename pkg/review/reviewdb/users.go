package reviewdb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Roles.
const (
	RoleEditor = "editor"
	RoleAdmin  = "admin"
)

// ValidRole reports whether role is editor or admin.
func ValidRole(role string) bool { return role == RoleEditor || role == RoleAdmin }

// User is an editor account.
type User struct {
	ID           int64
	Name         string
	PasswordHash string
	Role         string
	Disabled     bool
	CreatedAt    time.Time
}

// ErrUserExists is returned by CreateUser for a taken name.
var ErrUserExists = errors.New("reviewdb: user already exists")

// CreateUser adds an account; the password must already be hashed.
func (d *DB) CreateUser(ctx context.Context, name, passwordHash, role string) (User, error) {
	if !ValidRole(role) {
		return User{}, fmt.Errorf("reviewdb: create user: unknown role %q", role)
	}
	u := User{Name: name, PasswordHash: passwordHash, Role: role, CreatedAt: d.now()}
	var n int
	if err := d.db.QueryRowContext(ctx, d.q(`SELECT COUNT(*) FROM review_users WHERE name = ?`), name).Scan(&n); err != nil {
		return User{}, fmt.Errorf("reviewdb: create user: %w", err)
	}
	if n > 0 {
		return User{}, ErrUserExists
	}
	err := d.db.QueryRowContext(ctx, d.q(`INSERT INTO review_users (name, password_hash, role, disabled, created_at) VALUES (?, ?, ?, 0, ?) RETURNING id`),
		name, passwordHash, role, ts(u.CreatedAt)).Scan(&u.ID)
	if err != nil {
		if isUniqueViolation(err) {
			return User{}, ErrUserExists
		}
		return User{}, fmt.Errorf("reviewdb: create user: %w", err)
	}
	return u, nil
}

// SetPassword replaces a user's password hash and role.
func (d *DB) SetPassword(ctx context.Context, name, passwordHash, role string) error {
	res, err := d.db.ExecContext(ctx, d.q(`UPDATE review_users SET password_hash = ?, role = ? WHERE name = ?`), passwordHash, role, name)
	if err != nil {
		return fmt.Errorf("reviewdb: set password: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

func isUniqueViolation(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "unique") || strings.Contains(s, "23505")
}

const userCols = `u.id, u.name, u.password_hash, u.role, u.disabled, u.created_at`

func scanUser(row interface{ Scan(...any) error }) (User, error) {
	var u User
	var disabled int
	if err := row.Scan(&u.ID, &u.Name, &u.PasswordHash, &u.Role, &disabled, &u.CreatedAt); err != nil {
		return User{}, err
	}
	u.Disabled = disabled != 0
	return u, nil
}

// UserByName returns the named account or ErrNotFound.
func (d *DB) UserByName(ctx context.Context, name string) (User, error) {
	u, err := scanUser(d.db.QueryRowContext(ctx, d.q(`SELECT `+userCols+` FROM review_users u WHERE u.name = ?`), name))
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, ErrNotFound
	}
	if err != nil {
		return User{}, fmt.Errorf("reviewdb: user by name: %w", err)
	}
	return u, nil
}

// Users lists the enabled accounts by name.
func (d *DB) Users(ctx context.Context) ([]User, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT `+userCols+` FROM review_users u WHERE u.disabled = 0 ORDER BY u.name`)
	if err != nil {
		return nil, fmt.Errorf("reviewdb: users: %w", err)
	}
	defer rows.Close()
	var out []User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("reviewdb: users: %w", err)
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// Session is a logged-in browser or API client. The token itself is never
// stored, only its hash.
type Session struct {
	TokenHash string
	CSRF      string
	User      User
	CreatedAt time.Time
	ExpiresAt time.Time
}

// CreateSession stores a session for userID.
func (d *DB) CreateSession(ctx context.Context, tokenHash, csrf string, userID int64, ttl time.Duration) error {
	now := d.now()
	_, err := d.db.ExecContext(ctx, d.q(`INSERT INTO review_sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`),
		tokenHash, userID, csrf, ts(now), ts(now.Add(ttl)))
	if err != nil {
		return fmt.Errorf("reviewdb: create session: %w", err)
	}
	// Opportunistic cleanup of expired sessions.
	if _, err := d.db.ExecContext(ctx, d.q(`DELETE FROM review_sessions WHERE expires_at < ?`), ts(now)); err != nil {
		return fmt.Errorf("reviewdb: expire sessions: %w", err)
	}
	return nil
}

// SessionByHash returns the live session with the token hash, or ErrNotFound
// when it does not exist, has expired or its user is disabled.
func (d *DB) SessionByHash(ctx context.Context, tokenHash string) (Session, error) {
	row := d.db.QueryRowContext(ctx, d.q(`SELECT s.token_hash, s.csrf, s.created_at, s.expires_at, `+userCols+`
FROM review_sessions s JOIN review_users u ON u.id = s.user_id
WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0`), tokenHash, ts(d.now()))
	var s Session
	var disabled int
	err := row.Scan(&s.TokenHash, &s.CSRF, &s.CreatedAt, &s.ExpiresAt,
		&s.User.ID, &s.User.Name, &s.User.PasswordHash, &s.User.Role, &disabled, &s.User.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, ErrNotFound
	}
	if err != nil {
		return Session{}, fmt.Errorf("reviewdb: session: %w", err)
	}
	return s, nil
}

// DeleteSession ends a session.
func (d *DB) DeleteSession(ctx context.Context, tokenHash string) error {
	if _, err := d.db.ExecContext(ctx, d.q(`DELETE FROM review_sessions WHERE token_hash = ?`), tokenHash); err != nil {
		return fmt.Errorf("reviewdb: delete session: %w", err)
	}
	return nil
}
