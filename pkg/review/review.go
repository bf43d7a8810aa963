// Package review is the editors' web UI and JSON API over the flagged
// queue: log in, work the riskiest articles first, read each article with
// its junk collapsed and the evidence of every flag highlighted, and
// confirm, dismiss or escalate each flag. Decisions, notes and status
// changes are stored with an audit log (package reviewdb), published
// through a Publisher (JetStream subject review.decisions) and exported as
// JSONL for threshold recalibration.
//
// Pages are server-rendered with html/template (article text is always
// escaped) and progressively enhanced with htmx 2 and a small keyboard
// script, both served from the binary under a strict Content-Security-
// Policy. Every route needs a login except the static assets and the
// login endpoints.
package review

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/review/auth"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed data/labels.json
var labelsJSON []byte

// Config configures the review server. DefaultConfig holds the defaults.
type Config struct {
	// SecureCookies sets the Secure attribute on cookies. Turn it off only
	// for plain-HTTP localhost.
	SecureCookies bool
	// SessionTTL is how long a login lasts.
	SessionTTL time.Duration
	// CookieName names the session cookie.
	CookieName string
	// LoginMaxFailures failed logins per client IP and user name within
	// LoginWindow lock that pair out for the rest of the window; an IP alone
	// gets four times as many across all names.
	LoginMaxFailures int
	LoginWindow      time.Duration
	// BcryptCost for new password hashes (0: bcrypt's default).
	BcryptCost int
	// PageSize is the queue page size.
	PageSize int
	// PublishTimeout bounds one decision publish.
	PublishTimeout time.Duration
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		SecureCookies:    true,
		SessionTTL:       12 * time.Hour,
		CookieName:       "copydesk_session",
		LoginMaxFailures: 5,
		LoginWindow:      15 * time.Minute,
		PageSize:         50,
		PublishTimeout:   5 * time.Second,
	}
}

// Validate checks the configuration.
func (c Config) Validate() error {
	switch {
	case c.SessionTTL <= 0:
		return errors.New("review: config: SessionTTL must be positive")
	case c.CookieName == "":
		return errors.New("review: config: CookieName is empty")
	case c.LoginMaxFailures <= 0 || c.LoginWindow <= 0:
		return errors.New("review: config: LoginMaxFailures and LoginWindow must be positive")
	case c.BcryptCost != 0 && (c.BcryptCost < 4 || c.BcryptCost > 31):
		return errors.New("review: config: BcryptCost must be 0 or 4..31")
	case c.PageSize <= 0 || c.PageSize > 500:
		return errors.New("review: config: PageSize must be 1..500")
	case c.PublishTimeout <= 0:
		return errors.New("review: config: PublishTimeout must be positive")
	}
	return nil
}

// Deps are the server's collaborators.
type Deps struct {
	// DB is the store's database handle (sqlite.Store.DB(), or for
	// PostgreSQL stdlib.OpenDBFromPool(postgres.Store.Pool())).
	DB      *sql.DB
	Dialect reviewdb.Dialect
	// Publisher receives every decision; nil publishes nowhere.
	Publisher Publisher
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Server serves the review UI and API.
type Server struct {
	cfg     Config
	db      *reviewdb.DB
	pub     Publisher
	log     *zap.Logger
	metrics *metrics
	now     func() time.Time
	pages   *pages
	labels  labels
	userLim *auth.Limiter
	ipLim   *auth.Limiter
	handler http.Handler
}

type labels struct {
	Flags        map[string]string `json:"flags"`
	Blocks       map[string]string `json:"blocks"`
	Statuses     map[string]string `json:"statuses"`
	RelatedFlags map[string]string `json:"related_flags"`
}

// New builds the server: it applies the review migrations, creates the
// queue's indexes on the store tables when they exist, and registers the
// metrics on reg.
func New(cfg Config, deps Deps, log *zap.Logger, reg prometheus.Registerer) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.DB == nil {
		return nil, errors.New("review: new: Deps.DB is nil")
	}
	if log == nil {
		log = zap.NewNop()
	}
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	now := deps.Now
	if now == nil {
		now = time.Now
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	db, err := reviewdb.Open(ctx, deps.DB, deps.Dialect)
	if err != nil {
		return nil, fmt.Errorf("review: new: %w", err)
	}
	db.SetClock(now)
	if ok, err := db.EnsureArticleIndexes(ctx); err != nil {
		return nil, fmt.Errorf("review: new: %w", err)
	} else if !ok {
		log.Warn("store tables articles/flags not found; queue indexes not created yet")
	}
	var lb labels
	if err := json.Unmarshal(labelsJSON, &lb); err != nil {
		return nil, fmt.Errorf("review: new: parse labels: %w", err)
	}
	s := &Server{
		cfg: cfg, db: db, pub: deps.Publisher, log: log, now: now, labels: lb,
		userLim: auth.NewLimiter(cfg.LoginMaxFailures, cfg.LoginWindow, now),
		ipLim:   auth.NewLimiter(4*cfg.LoginMaxFailures, cfg.LoginWindow, now),
	}
	if s.pub == nil {
		s.pub = nopPublisher{}
	}
	if s.pages, err = parsePages(lb); err != nil {
		return nil, err
	}
	if s.metrics, err = newMetrics(reg, db); err != nil {
		return nil, err
	}
	s.handler = s.routes()
	return s, nil
}

// EnsureIndexes creates the queue's indexes on the store's tables; New
// does it already when the tables exist, so call this only when the store
// was created after the server.
func (s *Server) EnsureIndexes(ctx context.Context) error {
	_, err := s.db.EnsureArticleIndexes(ctx)
	return err
}

// Handler returns the HTTP handler for / (pages), /static/ and /api/v1/.
func (s *Server) Handler() http.Handler { return s.handler }

// DB returns the review database (for commands and tests).
func (s *Server) DB() *reviewdb.DB { return s.db }

// Ready checks the database (for /readyz).
func (s *Server) Ready(ctx context.Context) error { return s.db.Ping(ctx) }

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(staticFS, "static")
	fileServer := http.StripPrefix("/static/", http.FileServer(http.FS(static)))
	mux.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fileServer.ServeHTTP(w, r)
	}))
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/favicon.svg", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /login", s.loginPage)
	mux.HandleFunc("POST /login", s.loginSubmit)
	mux.HandleFunc("POST /api/v1/login", s.apiLogin)

	page := func(pattern string, h func(http.ResponseWriter, *http.Request, reviewdb.Session)) {
		mux.Handle(pattern, s.requireSession(false, h))
	}
	api := func(pattern string, h func(http.ResponseWriter, *http.Request, reviewdb.Session)) {
		mux.Handle(pattern, s.requireSession(true, h))
	}
	page("POST /logout", s.logout)
	page("GET /{$}", func(w http.ResponseWriter, r *http.Request, _ reviewdb.Session) {
		http.Redirect(w, r, "/queue", http.StatusSeeOther)
	})
	page("GET /queue", s.queuePage)
	page("GET /articles/{id}", s.articlePage)
	page("POST /articles/{id}/flags/{idx}/decision", s.decisionSubmit)
	page("POST /articles/{id}/notes", s.noteSubmit)
	page("POST /articles/{id}/state", s.stateSubmit)
	page("GET /audit", s.auditPage)
	page("/", func(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
		s.renderError(w, r, sess, http.StatusNotFound, "Page not found.")
	})

	api("POST /api/v1/logout", s.logout)
	api("GET /api/v1/me", s.apiMe)
	api("GET /api/v1/users", s.apiUsers)
	api("GET /api/v1/queue", s.apiQueue)
	api("GET /api/v1/articles/{id}", s.apiArticle)
	api("POST /api/v1/articles/{id}/flags/{idx}/decision", s.apiDecision)
	api("POST /api/v1/articles/{id}/notes", s.apiNote)
	api("POST /api/v1/articles/{id}/state", s.apiState)
	api("GET /api/v1/articles/{id}/audit", s.apiArticleAudit)
	api("GET /api/v1/audit", s.apiAudit)
	api("/api/v1/", func(w http.ResponseWriter, r *http.Request, _ reviewdb.Session) {
		writeJSONError(w, http.StatusNotFound, "not found")
	})
	return securityHeaders(mux)
}
