package review

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/copydesk/copydesk/pkg/review/auth"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
)

const (
	csrfHeader      = "X-CSRF-Token"
	csrfField       = "csrf_token"
	loginCSRFCookie = "copydesk_login_csrf"
	maxFormBytes    = 64 << 10
)

// contentSecurityPolicy allows only the server's own scripts and styles.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		if !strings.HasPrefix(r.URL.Path, "/static/") {
			h.Set("Cache-Control", "no-store")
		}
		next.ServeHTTP(w, r)
	})
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func stateChanging(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return false
	}
	return true
}

// session returns the request's live session, if any.
func (s *Server) session(r *http.Request) (reviewdb.Session, bool) {
	c, err := r.Cookie(s.cfg.CookieName)
	if err != nil || c.Value == "" || len(c.Value) > 200 {
		return reviewdb.Session{}, false
	}
	sess, err := s.db.SessionByHash(r.Context(), auth.HashToken(c.Value))
	if err != nil {
		if !errors.Is(err, reviewdb.ErrNotFound) {
			s.log.Error("load session", logErr(err))
		}
		return reviewdb.Session{}, false
	}
	return sess, true
}

// requireSession wraps a handler that needs a login: without a session,
// pages redirect to the login page and API routes answer 401. Every
// state-changing request must carry the session's CSRF token in the
// X-CSRF-Token header or the csrf_token form field.
func (s *Server) requireSession(isAPI bool, h func(http.ResponseWriter, *http.Request, reviewdb.Session)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sess, ok := s.session(r)
		if !ok {
			if isAPI {
				writeJSONError(w, http.StatusUnauthorized, "login required")
				return
			}
			if r.Header.Get("HX-Request") == "true" {
				w.Header().Set("HX-Redirect", "/login")
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			next := "/queue"
			if r.Method == http.MethodGet {
				next = r.URL.RequestURI()
			}
			http.Redirect(w, r, "/login?next="+url.QueryEscape(next), http.StatusSeeOther)
			return
		}
		if stateChanging(r.Method) {
			r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
			token := r.Header.Get(csrfHeader)
			if token == "" && !isAPI {
				token = r.PostFormValue(csrfField)
			}
			if !auth.Equal(token, sess.CSRF) {
				if isAPI {
					writeJSONError(w, http.StatusForbidden, "missing or invalid CSRF token")
				} else {
					s.renderError(w, r, sess, http.StatusForbidden, "This form has expired or did not come from copydesk (missing or invalid CSRF token). Reload the page and try again.")
				}
				return
			}
		}
		h(w, r, sess)
	})
}

func (s *Server) setCookie(w http.ResponseWriter, name, value string, maxAge time.Duration, mode http.SameSite) {
	c := &http.Cookie{
		Name: name, Value: value, Path: "/", HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: mode,
	}
	if maxAge < 0 {
		c.MaxAge = -1
	} else {
		c.MaxAge = int(maxAge / time.Second)
	}
	http.SetCookie(w, c)
}

// safeNext keeps redirects after login on this site.
func safeNext(next string) string {
	if next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") ||
		strings.HasPrefix(next, "/login") {
		return "/queue"
	}
	return next
}

var errBadCredentials = errors.New("wrong user name or password")

// authenticate checks a login attempt against the rate limits and the
// password, and on success opens a session.
func (s *Server) authenticate(ctx context.Context, ip, name, password string) (token string, sess reviewdb.Session, err error) {
	userKey := ip + "|" + strings.ToLower(name)
	if err := s.ipLim.Allow(ip); err != nil {
		s.metrics.logins.WithLabelValues("limited").Inc()
		return "", sess, err
	}
	if err := s.userLim.Allow(userKey); err != nil {
		s.metrics.logins.WithLabelValues("limited").Inc()
		return "", sess, err
	}
	u, err := s.db.UserByName(ctx, name)
	switch {
	case errors.Is(err, reviewdb.ErrNotFound):
		auth.CheckDummy(password)
	case err != nil:
		return "", sess, err
	}
	if err != nil || u.Disabled || !auth.CheckPassword(u.PasswordHash, password) {
		s.ipLim.Fail(ip)
		s.userLim.Fail(userKey)
		s.metrics.logins.WithLabelValues("failed").Inc()
		s.log.Info("login failed", zapString("user", name), zapString("ip", ip))
		return "", sess, errBadCredentials
	}
	s.userLim.Reset(userKey)
	token, err = auth.NewToken()
	if err != nil {
		return "", sess, err
	}
	csrf, err := auth.NewToken()
	if err != nil {
		return "", sess, err
	}
	if err := s.db.CreateSession(ctx, auth.HashToken(token), csrf, u.ID, s.cfg.SessionTTL); err != nil {
		return "", sess, err
	}
	s.metrics.logins.WithLabelValues("ok").Inc()
	if err := s.db.Audit(ctx, u.Name, "login", "", "ip "+ip, nil, nil); err != nil {
		s.log.Error("audit login", logErr(err))
	}
	return token, reviewdb.Session{CSRF: csrf, User: u}, nil
}

type loginView struct {
	Error string
	Name  string
	Next  string
	CSRF  string
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.session(r); ok {
		http.Redirect(w, r, safeNext(r.URL.Query().Get("next")), http.StatusSeeOther)
		return
	}
	s.renderLogin(w, r, http.StatusOK, loginView{Next: safeNext(r.URL.Query().Get("next"))})
}

// renderLogin shows the login form with a double-submit CSRF token. An
// existing token cookie is reused, so that a second tab or a background
// request that lands on the login page does not invalidate the first form.
func (s *Server) renderLogin(w http.ResponseWriter, r *http.Request, status int, v loginView) {
	var token string
	if c, err := r.Cookie(loginCSRFCookie); err == nil && len(c.Value) == 43 {
		token = c.Value
	} else if token, err = auth.NewToken(); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	s.setCookie(w, loginCSRFCookie, token, time.Hour, http.SameSiteStrictMode)
	v.CSRF = token
	s.render(w, status, "login", pageData{Title: "Sign in", Active: "login", Data: v})
}

func (s *Server) loginSubmit(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	name := strings.TrimSpace(r.PostFormValue("name"))
	password := r.PostFormValue("password")
	next := safeNext(r.PostFormValue("next"))
	c, err := r.Cookie(loginCSRFCookie)
	if err != nil || !auth.Equal(c.Value, r.PostFormValue(csrfField)) {
		s.renderLogin(w, r, http.StatusForbidden, loginView{Error: "The login form expired. Please try again.", Name: name, Next: next})
		return
	}
	token, _, err := s.authenticate(r.Context(), clientIP(r), name, password)
	switch {
	case errors.Is(err, auth.ErrLimited):
		s.renderLogin(w, r, http.StatusTooManyRequests, loginView{Error: "Too many failed attempts. Try again in a few minutes.", Name: name, Next: next})
		return
	case errors.Is(err, errBadCredentials):
		s.renderLogin(w, r, http.StatusUnauthorized, loginView{Error: "Wrong user name or password.", Name: name, Next: next})
		return
	case err != nil:
		s.log.Error("login", logErr(err))
		s.renderLogin(w, r, http.StatusInternalServerError, loginView{Error: "Login failed; please try again.", Name: name, Next: next})
		return
	}
	s.setCookie(w, loginCSRFCookie, "", -1, http.SameSiteStrictMode)
	s.setCookie(w, s.cfg.CookieName, token, s.cfg.SessionTTL, http.SameSiteLaxMode)
	http.Redirect(w, r, next, http.StatusSeeOther)
}

type apiLoginRequest struct {
	Name     string `json:"name"`
	Password string `json:"password"`
}

// apiLogin accepts only application/json, which a cross-site form cannot
// send, so it needs no CSRF token.
func (s *Server) apiLogin(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		writeJSONError(w, http.StatusUnsupportedMediaType, "Content-Type must be application/json")
		return
	}
	var req apiLoginRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxFormBytes)).Decode(&req); err != nil {
		writeJSONError(w, http.StatusBadRequest, "bad JSON body")
		return
	}
	token, sess, err := s.authenticate(r.Context(), clientIP(r), strings.TrimSpace(req.Name), req.Password)
	switch {
	case errors.Is(err, auth.ErrLimited):
		writeJSONError(w, http.StatusTooManyRequests, err.Error())
		return
	case errors.Is(err, errBadCredentials):
		writeJSONError(w, http.StatusUnauthorized, err.Error())
		return
	case err != nil:
		s.log.Error("api login", logErr(err))
		writeJSONError(w, http.StatusInternalServerError, "login failed")
		return
	}
	s.setCookie(w, s.cfg.CookieName, token, s.cfg.SessionTTL, http.SameSiteLaxMode)
	writeJSON(w, http.StatusOK, map[string]any{"user": userJSON(sess.User), "csrf_token": sess.CSRF})
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request, sess reviewdb.Session) {
	if err := s.db.DeleteSession(r.Context(), sess.TokenHash); err != nil {
		s.log.Error("logout", logErr(err))
	}
	s.setCookie(w, s.cfg.CookieName, "", -1, http.SameSiteLaxMode)
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, http.StatusOK, map[string]string{"status": "logged out"})
		return
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
