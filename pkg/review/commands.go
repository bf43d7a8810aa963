package review

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
	_ "modernc.org/sqlite"             // database/sql driver "sqlite"

	"github.com/copydesk/copydesk/pkg/review/auth"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
)

// dbFlags are the database selection flags shared by the commands.
type dbFlags struct {
	sqlite   string
	postgres string
}

func (d *dbFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&d.sqlite, "sqlite", "", "path of the SQLite database (the store's file)")
	fs.StringVar(&d.sqlite, "db", "", "alias of --sqlite")
	fs.StringVar(&d.postgres, "postgres", "", "PostgreSQL DSN (instead of --sqlite)")
}

// open opens the selected database and applies the review migrations.
func (d *dbFlags) open(ctx context.Context) (*sql.DB, *reviewdb.DB, error) {
	var (
		db      *sql.DB
		dialect reviewdb.Dialect
		err     error
	)
	switch {
	case d.sqlite != "" && d.postgres != "":
		return nil, nil, errors.New("give either --sqlite or --postgres, not both")
	case d.sqlite != "":
		dialect = reviewdb.SQLite
		// The same time format as the store (pkg/store/sqlite), so that
		// timestamps written here compare with those the server writes.
		db, err = sql.Open("sqlite", "file:"+d.sqlite+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_time_format=sqlite")
	case d.postgres != "":
		dialect = reviewdb.Postgres
		db, err = sql.Open("pgx", d.postgres)
	default:
		return nil, nil, errors.New("give the database: --sqlite PATH or --postgres DSN")
	}
	if err != nil {
		return nil, nil, fmt.Errorf("open database: %w", err)
	}
	rdb, err := reviewdb.Open(ctx, db, dialect)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return db, rdb, nil
}

// EnsureUser creates the account, or resets its password and role when it
// exists. The password is hashed with bcrypt at cost (0: default).
func EnsureUser(ctx context.Context, db *sql.DB, dialect reviewdb.Dialect, name, password, role string, cost int) error {
	rdb, err := reviewdb.Open(ctx, db, dialect)
	if err != nil {
		return err
	}
	return ensureUser(ctx, rdb, name, password, role, cost)
}

func validUserName(name string) error {
	if name == "" || len(name) > 64 || strings.ContainsAny(name, " \t\r\n<>\"'&/\\") {
		return fmt.Errorf("review: user name %q: use 1-64 characters without spaces, quotes, slashes or <>&", name)
	}
	return nil
}

func ensureUser(ctx context.Context, rdb *reviewdb.DB, name, password, role string, cost int) error {
	if err := validUserName(name); err != nil {
		return err
	}
	if !reviewdb.ValidRole(role) {
		return fmt.Errorf("review: unknown role %q (editor or admin)", role)
	}
	hash, err := auth.HashPassword(password, cost)
	if err != nil {
		return err
	}
	_, err = rdb.CreateUser(ctx, name, hash, role)
	if errors.Is(err, reviewdb.ErrUserExists) {
		err = rdb.SetPassword(ctx, name, hash, role)
		if err == nil {
			err = rdb.Audit(ctx, "system", "user.password", "", name, nil, map[string]string{"role": role})
		}
		return err
	}
	if err != nil {
		return err
	}
	return rdb.Audit(ctx, "system", "user.add", "", name, nil, map[string]string{"role": role})
}

// DemoUserName is the account `copydesk up --demo` creates.
const DemoUserName = "demo"

// CreateDemoUser creates (or resets) the demo editor account with a fresh
// random password and returns its name and password, for `up --demo` to
// print.
func CreateDemoUser(ctx context.Context, db *sql.DB, dialect reviewdb.Dialect) (name, password string, err error) {
	token, err := auth.NewToken()
	if err != nil {
		return "", "", err
	}
	password = token[:20]
	if err := EnsureUser(ctx, db, dialect, DemoUserName, password, reviewdb.RoleEditor, 0); err != nil {
		return "", "", err
	}
	return DemoUserName, password, nil
}

// UserAddCommand implements `copydesk user add [--role editor|admin]
// [--password-stdin] [--update] NAME`. Without --password-stdin it prompts
// on a terminal.
func UserAddCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return userAdd(ctx, args, os.Stdin, stdout, stderr)
}

func userAdd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("user add", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var dbf dbFlags
	dbf.register(fs)
	role := fs.String("role", reviewdb.RoleEditor, "role: editor or admin")
	fromStdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input")
	update := fs.Bool("update", false, "reset the password and role of an existing account")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: copydesk user add (--sqlite PATH | --postgres DSN) [--role editor|admin] [--password-stdin] [--update] NAME")
		fs.PrintDefaults()
	}
	// Flags may come before or after the name.
	var names []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		names = append(names, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(names) != 1 {
		fs.Usage()
		return errors.New("user add: give exactly one user name")
	}
	name := names[0]
	if err := validUserName(name); err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	if !reviewdb.ValidRole(*role) {
		return fmt.Errorf("user add: unknown role %q (editor or admin)", *role)
	}
	password, err := readPassword(stdin, stderr, *fromStdin)
	if err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	db, rdb, err := dbf.open(ctx)
	if err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	defer db.Close()
	if !*update {
		if _, err := rdb.UserByName(ctx, name); err == nil {
			return fmt.Errorf("user add: %s already exists (use --update to reset the password)", name)
		}
	}
	if err := ensureUser(ctx, rdb, name, password, *role, 0); err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	fmt.Fprintf(stdout, "user %s (%s) saved\n", name, *role)
	return nil
}

func readPassword(stdin io.Reader, stderr io.Writer, fromStdin bool) (string, error) {
	if !fromStdin {
		f, ok := stdin.(*os.File)
		if !ok {
			return "", errors.New("no password: use --password-stdin")
		}
		if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
			return "", errors.New("no password: standard input is not a terminal; use --password-stdin")
		}
		fmt.Fprint(stderr, "Password (input is shown; prefer --password-stdin): ")
	}
	line, err := bufio.NewReader(io.LimitReader(stdin, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read password: %w", err)
	}
	pw := strings.TrimRight(line, "\r\n")
	if len(pw) < auth.MinPasswordLen {
		return "", auth.ErrWeakPassword
	}
	return pw, nil
}

// ExportDecisionsCommand implements `copydesk export decisions (--sqlite
// PATH | --postgres DSN) [--since TIME] [--out FILE]`: every decision as one
// JSON object per line, oldest first. --since takes a date (2026-01-02), an
// RFC 3339 time or a duration back from now (72h).
func ExportDecisionsCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export decisions", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var dbf dbFlags
	dbf.register(fs)
	sinceStr := fs.String("since", "", "only decisions at or after: 2006-01-02, RFC 3339, or a duration such as 72h")
	out := fs.String("out", "", "write to this file instead of standard output")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("export decisions: unexpected argument %q", fs.Arg(0))
	}
	since, err := parseSince(*sinceStr, time.Now())
	if err != nil {
		return fmt.Errorf("export decisions: %w", err)
	}
	db, rdb, err := dbf.open(ctx)
	if err != nil {
		return fmt.Errorf("export decisions: %w", err)
	}
	defer db.Close()
	w := stdout
	var f *os.File
	if *out != "" {
		if f, err = os.Create(*out); err != nil {
			return fmt.Errorf("export decisions: %w", err)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	n := 0
	err = rdb.EachDecision(ctx, since, func(d reviewdb.Decision) error {
		n++
		return enc.Encode(d)
	})
	if err != nil {
		return fmt.Errorf("export decisions: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export decisions: write: %w", err)
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return fmt.Errorf("export decisions: %w", err)
		}
	}
	fmt.Fprintf(stderr, "exported %d decisions\n", n)
	return nil
}

func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("bad --since %q: want 2006-01-02, RFC 3339 or a duration like 72h", s)
}
