package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/copydesk/copydesk/pkg/input"
)

// FeedCommand is `copydesk feed [--url U] [--token T] [--source S] PATH...|-`:
// it reads .txt, .html and .jsonl files, directories (recursively) and stdin
// ("-") through package input and posts the records to the ingest API's batch
// endpoint in chunks, backing off when the API answers 503. It shows a
// progress bar on stderr when stderr is a terminal (plain counts otherwise)
// and prints a summary on stdout: accepted, duplicates, rejected with the
// reasons. It fails when any record was rejected.
func FeedCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return feed(ctx, args, os.Stdin, stdout, stderr, os.Getenv)
}

// feedOrigin is where a sent record came from.
type feedOrigin struct {
	file string
	line int
}

func (o feedOrigin) String() string {
	if o.line > 0 {
		return fmt.Sprintf("%s:%d", o.file, o.line)
	}
	return o.file
}

type feedStats struct {
	accepted, exact, near, rejected int
	reasons                         map[string]int
	examples                        []string
}

func (s *feedStats) reject(origin, code, reason string) {
	s.rejected++
	s.reasons[code]++
	if len(s.examples) < 20 {
		s.examples = append(s.examples, fmt.Sprintf("%s: %s: %s", origin, code, reason))
	}
}

func feed(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("feed", flag.ContinueOnError)
	fs.SetOutput(stderr)
	defURL := getenv("COPYDESK_URL")
	if defURL == "" {
		defURL = "http://127.0.0.1:8080"
	}
	url := fs.String("url", defURL, "ingest API base URL (env COPYDESK_URL)")
	token := fs.String("token", getenv("COPYDESK_TOKEN"), "API token (env COPYDESK_TOKEN)")
	source := fs.String("source", "", "source (site) for files that do not name one")
	chunkRecords := fs.Int("batch-records", 200, "records per batch request")
	chunkBytes := fs.Int("batch-bytes", 4<<20, "bytes per batch request (a larger record goes alone)")
	timeout := fs.Duration("timeout", 60*time.Second, "timeout of one batch request")
	retries := fs.Int("retries", 10, "retries of a batch the API is too busy to take (503)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: copydesk feed [flags] PATH...|-")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("feed: no PATH given (use - for stdin)")
	}
	if *token == "" {
		return errors.New("feed: no API token: pass --token or set COPYDESK_TOKEN")
	}
	if *chunkRecords <= 0 || *chunkBytes <= 0 {
		return errors.New("feed: batch sizes must be positive")
	}
	cfg := input.DefaultConfig()
	cfg.Source = *source
	c := &feedClient{http: &http.Client{Timeout: *timeout}, url: strings.TrimRight(*url, "/") + "/v1/articles/batch",
		token: *token, retries: *retries}
	st := &feedStats{reasons: map[string]int{}}
	prog := newProgress(stderr, countFiles(fs.Args()))

	var buf bytes.Buffer
	var origins []feedOrigin
	flush := func() error {
		if len(origins) == 0 {
			return nil
		}
		err := c.send(ctx, buf.Bytes(), origins, st)
		buf.Reset()
		origins = origins[:0]
		prog.update(st)
		return err
	}
	lastFile := ""
	for it := range input.Read(ctx, cfg, fs.Args(), stdin) {
		if it.File != lastFile {
			if lastFile != "" {
				prog.fileDone()
			}
			lastFile = it.File
		}
		o := feedOrigin{file: it.File, line: it.Line}
		if it.Err != nil {
			var ie *input.Error
			code, msg := input.ReasonRead, it.Err.Error()
			if errors.As(it.Err, &ie) {
				code, msg = ie.Reason, ie.Msg
			}
			st.reject(o.String(), code, msg)
			prog.update(st)
			continue
		}
		line, err := json.Marshal(input.RecordOf(it.Article))
		if err != nil {
			st.reject(o.String(), input.ReasonInvalidField, err.Error())
			continue
		}
		if buf.Len() > 0 && buf.Len()+len(line)+1 > *chunkBytes {
			if err := flush(); err != nil {
				return err
			}
		}
		buf.Write(line)
		buf.WriteByte('\n')
		origins = append(origins, o)
		if len(origins) >= *chunkRecords {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if lastFile != "" {
		prog.fileDone()
	}
	if err := flush(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("feed: %w", err)
	}
	prog.finish(st)
	fmt.Fprintf(stdout, "accepted %d (duplicates %d: exact %d, near %d), rejected %d\n",
		st.accepted, st.exact+st.near, st.exact, st.near, st.rejected)
	codes := make([]string, 0, len(st.reasons))
	for code := range st.reasons {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		fmt.Fprintf(stdout, "  rejected %s: %d\n", code, st.reasons[code])
	}
	for _, ex := range st.examples {
		fmt.Fprintf(stdout, "  %s\n", ex)
	}
	if st.rejected > 0 {
		return fmt.Errorf("feed: %d records rejected", st.rejected)
	}
	return nil
}

type feedClient struct {
	http    *http.Client
	url     string
	token   string
	retries int
}

// send posts one chunk, resending the untaken tail after a 503.
func (c *feedClient) send(ctx context.Context, body []byte, origins []feedOrigin, st *feedStats) error {
	first := 1 // first line of body still to send, 1-based within the chunk
	for attempt := 0; ; attempt++ {
		rest := body
		for i := 1; i < first; i++ {
			rest = rest[bytes.IndexByte(rest, '\n')+1:]
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(rest))
		if err != nil {
			return fmt.Errorf("feed: %w", err)
		}
		req.Header.Set("Content-Type", "application/x-ndjson")
		req.Header.Set("Authorization", "Bearer "+c.token)
		resp, err := c.http.Do(req)
		if err != nil {
			return fmt.Errorf("feed: post batch: %w", err)
		}
		var res BatchResult
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
		resp.Body.Close()
		jerr := json.Unmarshal(raw, &res)
		switch {
		case resp.StatusCode == http.StatusUnauthorized:
			return errors.New("feed: the API refused the token (401): check --token or COPYDESK_TOKEN")
		case jerr != nil && resp.StatusCode != http.StatusServiceUnavailable:
			return fmt.Errorf("feed: post batch: %s: %s", resp.Status, strings.TrimSpace(string(raw[:min(len(raw), 300)])))
		}
		for _, r := range res.Results {
			idx := first - 1 + r.Line - 1
			o := feedOrigin{file: "?"}
			if idx >= 0 && idx < len(origins) {
				o = origins[idx]
			}
			if r.Status == "accepted" {
				st.accepted++
				if r.Duplicate != nil {
					if r.Duplicate.Kind == "near" {
						st.near++
					} else {
						st.exact++
					}
				}
			} else {
				st.reject(o.String(), r.Error, r.Reason)
			}
		}
		switch resp.StatusCode {
		case http.StatusOK:
			return nil
		case http.StatusServiceUnavailable:
			if attempt >= c.retries {
				return fmt.Errorf("feed: the API stayed unavailable after %d retries: %s", c.retries, res.Reason)
			}
			if res.RetryFromLine > 0 {
				first += res.RetryFromLine - 1
			}
			wait, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
			wait = max(1, min(wait, 30))
			select {
			case <-ctx.Done():
				return fmt.Errorf("feed: %w", ctx.Err())
			case <-time.After(time.Duration(wait) * time.Second):
			}
		default:
			// The whole chunk was refused (e.g. 413): every untaken line is rejected.
			from := first - 1
			if res.RetryFromLine > 0 {
				from += res.RetryFromLine - 1
			}
			for _, o := range origins[min(from, len(origins)):] {
				st.reject(o.String(), res.Error, res.Reason)
			}
			return nil
		}
	}
}

// countFiles counts the input files under paths (stdin not included), for
// the progress bar.
func countFiles(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == input.Stdin {
			continue
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && (path == p || input.FormatOf(path) != input.FormatAuto) {
				n++
			}
			return nil
		})
	}
	return n
}

// progress draws a bar on a terminal and plain counts elsewhere.
type progress struct {
	w        io.Writer
	tty      bool
	total    int
	files    int
	lastLine time.Time
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total}
	if f, ok := w.(*os.File); ok {
		p.tty = isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
	}
	return p
}

func (p *progress) fileDone() { p.files++ }

func (p *progress) update(st *feedStats) {
	counts := fmt.Sprintf("%d accepted, %d duplicates, %d rejected", st.accepted, st.exact+st.near, st.rejected)
	if !p.tty {
		if time.Since(p.lastLine) >= 2*time.Second {
			p.lastLine = time.Now()
			fmt.Fprintf(p.w, "feed: %s\n", counts)
		}
		return
	}
	const width = 30
	bar := strings.Repeat(" ", width)
	if p.total > 0 {
		done := min(width, p.files*width/p.total)
		bar = strings.Repeat("=", done) + strings.Repeat(" ", width-done)
	}
	fmt.Fprintf(p.w, "\r[%s] %d/%d files  %s\x1b[K", bar, p.files, p.total, counts)
}

func (p *progress) finish(st *feedStats) {
	if p.tty {
		p.update(st)
		fmt.Fprintln(p.w)
	}
}
