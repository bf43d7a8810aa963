package ingest

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"go.uber.org/zap"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/dedupe"
	"github.com/copydesk/copydesk/pkg/input"
	"github.com/copydesk/copydesk/pkg/store"
)

// Error codes (the "error" field of an error answer, and the reason label of
// copydesk_ingest_rejected_total).
const (
	codeTooLarge      = input.ReasonTooLarge
	codeEmpty         = input.ReasonEmpty
	codeInvalidUTF8   = input.ReasonInvalidUTF8
	codeMalformedJSON = input.ReasonMalformedJSON
	codeInvalidField  = input.ReasonInvalidField
	codeReadError     = input.ReasonRead
	codeUnsupported   = "unsupported_media_type"
	codeUnauthorized  = "unauthorized"
	codeUnavailable   = "unavailable"
	codeNotFound      = "not_found"
)

// ErrorBody is the JSON body of an error answer.
type ErrorBody struct {
	Error  string `json:"error"`
	Reason string `json:"reason"`
	Line   int    `json:"line,omitempty"`
	Field  string `json:"field,omitempty"`
}

// Accepted is the answer for one accepted article.
type Accepted struct {
	ID          string             `json:"id"`
	Status      string             `json:"status"` // "queued"
	ContentHash string             `json:"content_hash,omitempty"`
	Duplicate   *article.Duplicate `json:"duplicate,omitempty"`
	HTMLRef     string             `json:"html_ref,omitempty"`
	Warnings    []string           `json:"warnings,omitempty"`
}

// LineResult is one line's outcome in a batch answer.
type LineResult struct {
	Line        int                `json:"line"`
	Status      string             `json:"status"` // "accepted" or "rejected"
	ID          string             `json:"id,omitempty"`
	ContentHash string             `json:"content_hash,omitempty"`
	Duplicate   *article.Duplicate `json:"duplicate,omitempty"`
	Warnings    []string           `json:"warnings,omitempty"`
	Error       string             `json:"error,omitempty"`
	Reason      string             `json:"reason,omitempty"`
	Field       string             `json:"field,omitempty"`
}

// BatchResult is the answer to a batch. On a 503 or 413 it holds the lines
// handled before the failure and RetryFromLine, the first line not taken.
type BatchResult struct {
	Accepted      int          `json:"accepted"`
	Duplicates    int          `json:"duplicates"`
	Rejected      int          `json:"rejected"`
	Results       []LineResult `json:"results"`
	Error         string       `json:"error,omitempty"`
	Reason        string       `json:"reason,omitempty"`
	RetryFromLine int          `json:"retry_from_line,omitempty"`
}

// Status is the answer to GET /v1/articles/{id}.
type Status struct {
	ID        string             `json:"id"`
	Status    string             `json:"status"` // queued, processing, processed, failed
	Received  time.Time          `json:"received,omitzero"`
	Stages    map[string]string  `json:"stages"` // stage name -> version
	Flags     int                `json:"flags"`
	Risk      *float64           `json:"risk,omitempty"`
	Duplicate *article.Duplicate `json:"duplicate,omitempty"`
	Error     string             `json:"error,omitempty"`
}

// apiError is a rejection with its HTTP status.
type apiError struct {
	status int
	body   ErrorBody
	cause  error
}

func (e *apiError) Error() string { return e.body.Error + ": " + e.body.Reason }

func reject(status int, code, reason string) *apiError {
	return &apiError{status: status, body: ErrorBody{Error: code, Reason: reason}}
}

// fromInput converts an input decoding error.
func fromInput(err error) *apiError {
	var ie *input.Error
	if !errors.As(err, &ie) {
		return &apiError{status: http.StatusBadRequest, body: ErrorBody{Error: codeReadError, Reason: err.Error()}, cause: err}
	}
	status := http.StatusUnprocessableEntity
	switch ie.Reason {
	case input.ReasonMalformedJSON, input.ReasonRead:
		status = http.StatusBadRequest
	case input.ReasonTooLarge:
		status = http.StatusRequestEntityTooLarge
	}
	return &apiError{status: status, body: ErrorBody{Error: ie.Reason, Reason: ie.Msg, Line: ie.Line, Field: ie.Field}, cause: err}
}

// Handler returns the API's routes (under /v1/), behind bearer-token auth.
func (api *API) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/articles", api.postArticle)
	mux.HandleFunc("POST /v1/articles/batch", api.postBatch)
	mux.HandleFunc("GET /v1/articles/{id}", api.getArticle)
	return api.auth(mux)
}

func (api *API) auth(next http.Handler) http.Handler {
	sums := make([][32]byte, len(api.cfg.Tokens))
	for i, t := range api.cfg.Tokens {
		sums[i] = sha256.Sum256([]byte(t))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		given, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		valid := 0
		if ok {
			g := sha256.Sum256([]byte(strings.TrimSpace(given)))
			for _, s := range sums { // no early exit: constant time in the token list
				valid |= subtle.ConstantTimeCompare(g[:], s[:])
			}
		}
		if valid != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="copydesk"`)
			api.fail(w, reject(http.StatusUnauthorized, codeUnauthorized, "a valid API token is required: Authorization: Bearer <token>"))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (api *API) fail(w http.ResponseWriter, e *apiError) {
	api.m.rejected.WithLabelValues(e.body.Error).Inc()
	if e.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", strconv.Itoa(int(api.cfg.RetryAfter.Round(time.Second)/time.Second)))
	}
	writeJSON(w, e.status, e.body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// readBody reads a body of at most limit bytes.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, *apiError) {
	tooLarge := reject(http.StatusRequestEntityTooLarge, codeTooLarge, fmt.Sprintf("body is larger than the limit of %d bytes", limit))
	if r.ContentLength > limit {
		return nil, tooLarge
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return nil, tooLarge
	}
	if err != nil {
		return nil, reject(http.StatusBadRequest, codeReadError, "reading the body: "+err.Error())
	}
	if len(b) == 0 {
		return nil, reject(http.StatusBadRequest, codeEmpty, "the body is empty")
	}
	return b, nil
}

func (api *API) postArticle(w http.ResponseWriter, r *http.Request) {
	a, warns, aerr := api.decodeSingle(w, r)
	if aerr != nil {
		api.fail(w, aerr)
		return
	}
	if aerr := api.accept(r.Context(), a); aerr != nil {
		api.fail(w, aerr)
		return
	}
	writeJSON(w, http.StatusAccepted, Accepted{ID: a.ID, Status: "queued", ContentHash: a.ContentHash,
		Duplicate: a.Duplicate, HTMLRef: a.HTMLRef, Warnings: warns})
}

func (api *API) decodeSingle(w http.ResponseWriter, r *http.Request) (*article.Article, []string, *apiError) {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil && r.Header.Get("Content-Type") != "" {
		return nil, nil, reject(http.StatusUnsupportedMediaType, codeUnsupported, "unreadable Content-Type: "+err.Error())
	}
	switch mt {
	case "application/json", "text/plain", "text/html":
	default:
		return nil, nil, reject(http.StatusUnsupportedMediaType, codeUnsupported,
			fmt.Sprintf("Content-Type %q is not accepted here: use application/json, text/plain or text/html (JSONL goes to /v1/articles/batch)", mt))
	}
	body, aerr := readBody(w, r, api.cfg.MaxBodyBytes)
	if aerr != nil {
		return nil, nil, aerr
	}
	if mt == "application/json" {
		a, warns, err := input.DecodeJSON(body, api.cfg.InvalidUTF8, "")
		if err != nil {
			return nil, nil, fromInput(err)
		}
		return a, warns, nil
	}
	var warns []string
	if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "utf8" && cs != "us-ascii" {
		enc, err := htmlindex.Get(cs)
		if err != nil {
			return nil, nil, reject(http.StatusUnsupportedMediaType, codeUnsupported, fmt.Sprintf("unknown charset %q", cs))
		}
		if body, err = enc.NewDecoder().Bytes(body); err != nil {
			return nil, nil, reject(http.StatusUnprocessableEntity, codeInvalidUTF8, fmt.Sprintf("body is not valid %s: %v", cs, err))
		}
		warns = append(warns, "decoded_from_"+cs)
	}
	text, w2, err := input.DecodeText(body, api.cfg.InvalidUTF8)
	if err != nil {
		return nil, nil, fromInput(err)
	}
	q := r.URL.Query()
	a := &article.Article{Schema: article.SchemaVersion, ID: q.Get("id"), URL: q.Get("url"), Source: q.Get("source"),
		Title: q.Get("title"), Author: q.Get("author"), Published: q.Get("published"), Language: q.Get("language")}
	if mt == "text/html" {
		a.HTML = text
	} else {
		a.Text = text
	}
	return a, append(warns, w2...), nil
}

var validID = regexp.MustCompile(`^[A-Za-z0-9_-]{1,128}$`)

// accept assigns the id and ingest fields, links duplicates, offloads large
// HTML, writes the initial record and publishes, waiting for the ack.
func (api *API) accept(ctx context.Context, a *article.Article) *apiError {
	ad, aerr := api.admit(ctx, a)
	if aerr != nil {
		return aerr
	}
	return ad.storeAndPublish(ctx)
}

// admission is an article that passed admit: its id is assigned and its
// fingerprint is in the duplicate index (forget takes it out again), and it
// still has to be stored and published.
type admission struct {
	api *API
	a   *article.Article
	p   dedupe.Print
	log *zap.Logger
}

// admit validates or assigns the id, fills the ingest fields, links a
// duplicate and offloads large HTML.
func (api *API) admit(ctx context.Context, a *article.Article) (*admission, *apiError) {
	if a.ID == "" {
		id, err := api.newID()
		if err != nil {
			return nil, &apiError{status: http.StatusInternalServerError, body: ErrorBody{Error: codeUnavailable, Reason: err.Error()}}
		}
		a.ID = id
	} else if !validID.MatchString(a.ID) {
		return nil, &apiError{status: http.StatusUnprocessableEntity, body: ErrorBody{Error: codeInvalidField, Field: "id",
			Reason: `field "id" must be 1 to 128 characters of A-Z, a-z, 0-9, "_" and "-"`}}
	}
	a.Schema = article.SchemaVersion
	a.Received = api.deps.Now().UTC()
	ctx, cancel := context.WithTimeout(ctx, api.cfg.PublishTimeout)
	defer cancel()
	ad := &admission{api: api, a: a, log: api.log.With(zap.String("article_id", a.ID))}
	start := api.deps.Now()
	p, err := dedupe.Mark(ctx, api.deps.Dedupe, a)
	api.m.dedupe.Observe(api.deps.Now().Sub(start).Seconds())
	if err != nil {
		return nil, ad.unavailable("check duplicates", err)
	}
	ad.p = p
	if len(a.HTML) > api.cfg.HTMLInlineMax {
		start := api.deps.Now()
		err := api.deps.Objects.Put(ctx, a.ID, []byte(a.HTML))
		api.m.offload.Observe(api.deps.Now().Sub(start).Seconds())
		if err != nil {
			ad.forget()
			return nil, ad.unavailable("store html", err)
		}
		a.HTMLRef, a.HTML = a.ID, ""
	}
	return ad, nil
}

func (ad *admission) unavailable(op string, err error) *apiError {
	ad.log.Warn("ingest failed", zap.String("op", op), zap.Error(err))
	return &apiError{status: http.StatusServiceUnavailable, cause: err,
		body: ErrorBody{Error: codeUnavailable, Reason: fmt.Sprintf("ingest: %s: the queue is not taking articles now, retry later", op)}}
}

// forget takes the article's fingerprint out of the duplicate index, so that
// the client's retry is not taken for its duplicate.
func (ad *admission) forget() {
	if ad.p.Hash == "" {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), ad.api.cfg.PublishTimeout)
	defer cancel()
	if err := ad.api.deps.Dedupe.Forget(ctx, ad.a.ID, ad.p); err != nil {
		ad.log.Warn("dedupe forget failed", zap.Error(err))
	}
}

// putRecord writes the initial record, timed as the store step.
func (ad *admission) putRecord(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, ad.api.cfg.PublishTimeout)
	defer cancel()
	start := ad.api.deps.Now()
	err := ad.api.deps.Store.PutArticle(ctx, ad.a)
	ad.api.m.store.Observe(ad.api.deps.Now().Sub(start).Seconds())
	return err
}

// withdraw undoes a stored admission that will not be published: the record
// says so (status failed) and the fingerprint is forgotten.
func (ad *admission) withdraw(reason string) {
	ad.forget()
	ad.a.Error = reason
	ctx, cancel := context.WithTimeout(context.Background(), ad.api.cfg.PublishTimeout)
	defer cancel()
	if err := ad.api.deps.Store.PutArticle(ctx, ad.a); err != nil {
		ad.log.Warn("store failed record", zap.Error(err))
	}
}

// storeAndPublish writes the initial record and sends the article to the
// pipeline at once, so that one article waits for the slower of the two
// round trips rather than for both in a row. The order they land in does
// not matter: the store keeps the record that has run more stages, so an
// initial record that lands after the pipeline's final one is dropped.
//
// The queue decides: once the publish is acknowledged the article is
// accepted, and when only the initial record failed, the pipeline writes the
// record when it is done. A failed publish withdraws the admission (the
// record, if written, says so).
func (ad *admission) storeAndPublish(ctx context.Context) *apiError {
	stored := make(chan error, 1)
	go func() { stored <- ad.putRecord(ctx) }()
	perr := ad.marshalAndSend(ctx)
	serr := <-stored
	switch {
	case perr != nil && serr == nil:
		ad.withdraw(perr.withdrawReason())
		return perr
	case perr != nil:
		ad.forget()
		return perr
	case serr != nil:
		ad.log.Warn("article accepted without its initial record; the pipeline writes the record", zap.Error(serr))
	}
	ad.accepted()
	return nil
}

// withdrawReason is what the record of an article whose publish failed
// with e says.
func (e *apiError) withdrawReason() string {
	if e.cause != nil {
		return "ingest: publish: " + e.cause.Error()
	}
	return "ingest: publish: " + e.body.Reason
}

// marshalAndSend encodes the article and publishes it (send).
func (ad *admission) marshalAndSend(ctx context.Context) *apiError {
	enc, err := article.Encode(ad.a)
	if err != nil {
		return &apiError{status: http.StatusInternalServerError, cause: err, body: ErrorBody{Error: codeUnavailable, Reason: err.Error()}}
	}
	defer enc.Release()
	return ad.send(ctx, enc.Bytes())
}

// send publishes data, the marshalled article, and waits for the ack. Its
// error's cause is the publish error.
func (ad *admission) send(ctx context.Context, data []byte) *apiError {
	api, a := ad.api, ad.a
	ctx, cancel := context.WithTimeout(ctx, api.cfg.PublishTimeout)
	defer cancel()
	start := api.deps.Now()
	err := api.deps.Publisher.Publish(ctx, api.cfg.Subject, a.ID+".ingest."+api.cfg.Version, data)
	api.m.publish.Observe(api.deps.Now().Sub(start).Seconds())
	if err == nil {
		return nil
	}
	if errors.Is(err, nats.ErrMaxPayload) {
		// Retrying cannot help: the message is over the server's limit.
		return &apiError{status: http.StatusRequestEntityTooLarge, cause: err, body: ErrorBody{Error: codeTooLarge,
			Reason: fmt.Sprintf("the article is %d bytes as a message, more than the queue's message size limit", len(data))}}
	}
	return ad.unavailable("publish", err)
}

// accepted counts an article the queue took.
func (ad *admission) accepted() {
	ad.api.m.accepted.Inc()
	if ad.a.Duplicate != nil {
		ad.api.m.duplicates.WithLabelValues(ad.a.Duplicate.Kind).Inc()
	}
	ad.log.Debug("article accepted", zap.Bool("duplicate", ad.a.Duplicate != nil))
}

// batchChunk is how many admitted lines of a batch are stored together.
const batchChunk = 32

// batchLine is one line of a batch between admission and its answer: an
// admitted article, or the reason the line is rejected.
type batchLine struct {
	line     int
	ad       *admission
	rejected *apiError
	warnings []string
}

// commitLines writes the initial records of lines' admitted articles, all at
// once, while it publishes them in line order, appending each line's result
// to res. As for one article, the publish decides: a published line is
// accepted even when its initial record failed (the pipeline writes it).
// The first line whose publish fails with a 5xx stops it: that line and
// every later one are not accepted (their records, where written, say so,
// and their fingerprints are forgotten), and commitLines returns the error
// and the line to retry from.
func (api *API) commitLines(ctx context.Context, lines []batchLine, res *BatchResult) (*apiError, int) {
	stored := make([]error, len(lines))
	var wg sync.WaitGroup
	for i, l := range lines {
		if l.ad != nil {
			wg.Go(func() { stored[i] = l.ad.putRecord(ctx) })
		}
	}
	published := make([]bool, len(lines))
	failed := make([]string, len(lines)) // why a line's admission is withdrawn
	var stop *apiError
	stopLine := 0
	for i, l := range lines {
		aerr := l.rejected
		if aerr == nil && l.ad != nil {
			if aerr = l.ad.marshalAndSend(ctx); aerr == nil {
				published[i] = true
			} else {
				failed[i] = aerr.withdrawReason()
			}
		}
		if aerr != nil && aerr.status >= 500 {
			for j := i + 1; j < len(lines); j++ {
				failed[j] = "ingest: not published: an earlier line of its batch failed: " + aerr.body.Reason
			}
			stop, stopLine = aerr, l.line
			break
		}
		if aerr != nil {
			api.m.rejected.WithLabelValues(aerr.body.Error).Inc()
			res.Rejected++
			res.Results = append(res.Results, LineResult{Line: l.line, Status: "rejected", Error: aerr.body.Error, Reason: aerr.body.Reason, Field: aerr.body.Field})
			continue
		}
		l.ad.accepted()
		a := l.ad.a
		if a.Duplicate != nil {
			res.Duplicates++
		}
		res.Accepted++
		res.Results = append(res.Results, LineResult{Line: l.line, Status: "accepted", ID: a.ID, ContentHash: a.ContentHash,
			Duplicate: a.Duplicate, Warnings: l.warnings})
	}
	wg.Wait()
	for i, l := range lines {
		switch {
		case l.ad == nil:
		case published[i] && stored[i] != nil:
			l.ad.log.Warn("article accepted without its initial record; the pipeline writes the record", zap.Error(stored[i]))
		case !published[i] && stored[i] == nil:
			l.ad.withdraw(failed[i])
		case !published[i]:
			l.ad.forget()
		}
	}
	return stop, stopLine
}

var batchTypes = map[string]bool{
	"application/x-ndjson": true, "application/jsonl": true, "application/x-jsonlines": true,
	"application/jsonlines": true, "application/json-lines": true, "application/json": true,
}

func (api *API) postBatch(w http.ResponseWriter, r *http.Request) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if !batchTypes[mt] {
		api.fail(w, reject(http.StatusUnsupportedMediaType, codeUnsupported,
			fmt.Sprintf("Content-Type %q is not accepted here: send JSONL as application/x-ndjson", mt)))
		return
	}
	if r.ContentLength > api.cfg.MaxBatchBytes {
		api.fail(w, reject(http.StatusRequestEntityTooLarge, codeTooLarge, fmt.Sprintf("batch is larger than the limit of %d bytes", api.cfg.MaxBatchBytes)))
		return
	}
	cfg := input.DefaultConfig()
	cfg.MaxLineBytes = int(api.cfg.MaxBodyBytes)
	cfg.InvalidUTF8 = api.cfg.InvalidUTF8
	body := http.MaxBytesReader(w, r.Body, api.cfg.MaxBatchBytes)
	res := BatchResult{Results: []LineResult{}}
	lines := 0
	// Admitted lines wait here, up to batchChunk, for their store writes,
	// which run together (the store group-commits them), and their
	// publishes, in line order.
	var chunk []batchLine
	fail := func(aerr *apiError, line int) {
		api.m.rejected.WithLabelValues(aerr.body.Error).Inc()
		res.Error, res.Reason, res.RetryFromLine = aerr.body.Error, aerr.body.Reason, line
		w.Header().Set("Retry-After", strconv.Itoa(int(api.cfg.RetryAfter.Round(time.Second)/time.Second)))
		writeJSON(w, aerr.status, res)
	}
	flush := func() bool {
		aerr, line := api.commitLines(r.Context(), chunk, &res)
		chunk = chunk[:0]
		if aerr != nil {
			fail(aerr, line)
			return false
		}
		return true
	}
	for it := range input.ReadStream(r.Context(), cfg, "", body, input.FormatJSONL) {
		lines++
		if it.Err != nil {
			var mbe *http.MaxBytesError
			if errors.As(it.Err, &mbe) {
				if !flush() {
					return
				}
				api.m.rejected.WithLabelValues(codeTooLarge).Inc()
				res.Error, res.Reason, res.RetryFromLine = codeTooLarge, fmt.Sprintf("batch is larger than the limit of %d bytes", api.cfg.MaxBatchBytes), it.Line
				writeJSON(w, http.StatusRequestEntityTooLarge, res)
				return
			}
			e := fromInput(it.Err)
			chunk = append(chunk, batchLine{line: it.Line, rejected: e})
			continue
		}
		ad, aerr := api.admit(r.Context(), it.Article)
		if aerr != nil && aerr.status >= 500 {
			if flush() {
				fail(aerr, it.Line)
			}
			return
		}
		chunk = append(chunk, batchLine{line: it.Line, ad: ad, rejected: aerr, warnings: it.Warnings})
		if len(chunk) >= batchChunk && !flush() {
			return
		}
	}
	if !flush() {
		return
	}
	if lines == 0 {
		api.fail(w, reject(http.StatusBadRequest, codeEmpty, "the batch has no records"))
		return
	}
	writeJSON(w, http.StatusOK, res)
}

func (api *API) getArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID.MatchString(id) {
		writeJSON(w, http.StatusNotFound, ErrorBody{Error: codeNotFound, Reason: "no article with that id"})
		return
	}
	a, err := api.deps.Store.GetArticle(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		writeJSON(w, http.StatusNotFound, ErrorBody{Error: codeNotFound, Reason: "no article with that id"})
		return
	}
	if err != nil {
		api.log.Warn("status lookup failed", zap.String("article_id", id), zap.Error(err))
		w.Header().Set("Retry-After", strconv.Itoa(int(api.cfg.RetryAfter/time.Second)))
		writeJSON(w, http.StatusServiceUnavailable, ErrorBody{Error: codeUnavailable, Reason: "the store is not answering, retry later"})
		return
	}
	writeJSON(w, http.StatusOK, StatusOf(a))
}

// StatusOf summarises a stored article: failed when it carries an error,
// processed once the flagger ran (Flags non-nil), processing when some stage
// ran, else queued.
func StatusOf(a *article.Article) Status {
	s := Status{ID: a.ID, Received: a.Received, Stages: map[string]string{}, Flags: len(a.Flags), Risk: a.Risk,
		Duplicate: a.Duplicate, Error: a.Error}
	for name, run := range a.Stages {
		s.Stages[name] = run.Version
	}
	switch {
	case a.Error != "":
		s.Status = "failed"
	case a.Flags != nil:
		s.Status = "processed"
	case len(a.Stages) > 0:
		s.Status = "processing"
	default:
		s.Status = "queued"
	}
	return s
}
