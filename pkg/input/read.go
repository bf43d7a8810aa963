package input

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/pkg/article"
)

// Item is one decoded input: an article, or the error that kept a record from
// being one.
type Item struct {
	Article  *article.Article // nil when Err is set
	File     string           // path, or "-" for stdin
	Line     int              // 1-based line of a JSONL record, 0 for a whole document
	Warnings []string         // changes made to the bytes (Warn constants)
	Err      error            // an *Error
}

// Stdin is the path that means standard input.
const Stdin = "-"

// FormatOf returns the format of a file by its extension, or FormatAuto.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return FormatText
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return FormatAuto
}

// Read yields the items of every path in turn: files, directories (walked
// recursively) and Stdin, read from stdin. It stops early when ctx is done or
// the consumer stops.
func Read(ctx context.Context, cfg Config, paths []string, stdin io.Reader) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, p := range paths {
			if ctx.Err() != nil {
				return
			}
			if p == Stdin {
				if !readStream(ctx, cfg, Stdin, stdin, FormatAuto, yield) {
					return
				}
				continue
			}
			if !readPath(ctx, cfg, p, yield) {
				return
			}
		}
	}
}

// ReadStream yields the items of one stream named name (for messages), in
// format f, or sniffed when f is FormatAuto.
func ReadStream(ctx context.Context, cfg Config, name string, r io.Reader, f Format) iter.Seq[Item] {
	return func(yield func(Item) bool) { readStream(ctx, cfg, name, r, f, yield) }
}

func readPath(ctx context.Context, cfg Config, root string, yield func(Item) bool) bool {
	info, err := os.Stat(root)
	if err != nil {
		return yield(Item{File: root, Err: &Error{File: root, Reason: ReasonRead, Msg: err.Error(), Err: err}})
	}
	if !info.IsDir() {
		return readFile(ctx, cfg, root, FormatOf(root), yield)
	}
	cont := true
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			cont = yield(Item{File: p, Err: &Error{File: p, Reason: ReasonRead, Msg: err.Error(), Err: err}})
		} else if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
		} else if !d.IsDir() {
			if f := FormatOf(p); f != FormatAuto {
				cont = readFile(ctx, cfg, p, f, yield)
			}
		}
		if !cont || ctx.Err() != nil {
			return filepath.SkipAll
		}
		return nil
	})
	return cont && err == nil
}

func readFile(ctx context.Context, cfg Config, path string, f Format, yield func(Item) bool) bool {
	fh, err := os.Open(path)
	if err != nil {
		return yield(Item{File: path, Err: &Error{File: path, Reason: ReasonRead, Msg: err.Error(), Err: err}})
	}
	defer fh.Close()
	return readStream(ctx, cfg, path, fh, f, yield)
}

// readers recycles readStream's 64 KiB buffered readers: the ingest API
// reads every request body through one, and at a few hundred requests a
// second allocating each anew was a twentieth of the pipeline's garbage.
// Nothing read keeps a reference into a reader's buffer (lines are copied
// before they are decoded), so a reader is reusable once readStream returns.
var readers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 64<<10) }}

func readStream(ctx context.Context, cfg Config, name string, r io.Reader, f Format, yield func(Item) bool) bool {
	br := readers.Get().(*bufio.Reader)
	br.Reset(r)
	defer func() {
		br.Reset(nil)
		readers.Put(br)
	}()
	if f == FormatAuto {
		var err error
		if f, err = sniffReader(br); err != nil {
			return yield(Item{File: name, Err: &Error{File: name, Reason: ReasonRead, Msg: err.Error(), Err: err}})
		}
	}
	if f == FormatJSONL {
		return readJSONL(ctx, cfg, name, br, yield)
	}
	return yield(readDoc(cfg, name, br, f))
}

// sniffReader sniffs the format from as few bytes as decide it, so that a
// slow pipe is not held up waiting for a full sniffing window.
func sniffReader(br *bufio.Reader) (Format, error) {
	n := 1
	for {
		p, err := br.Peek(n)
		if b := br.Buffered(); b > len(p) {
			p, _ = br.Peek(b)
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return Sniff(p), nil
			}
			return FormatAuto, err
		}
		t := bytes.TrimLeft(p, " \t\r\n")
		if (len(p) >= 16 && len(t) >= 2) || len(p) >= 8<<10 {
			return Sniff(p), nil
		}
		n = len(p) + 1
	}
}

// readDoc reads one whole text or HTML document.
func readDoc(cfg Config, name string, r io.Reader, f Format) Item {
	b, err := io.ReadAll(io.LimitReader(r, cfg.MaxDocBytes+1))
	if err != nil {
		return Item{File: name, Err: &Error{File: name, Reason: ReasonRead, Msg: err.Error(), Err: err}}
	}
	if int64(len(b)) > cfg.MaxDocBytes {
		return Item{File: name, Err: &Error{File: name, Reason: ReasonTooLarge,
			Msg: fmt.Sprintf("document is larger than %d bytes", cfg.MaxDocBytes)}}
	}
	s, warns, err := DecodeText(b, cfg.InvalidUTF8)
	if err != nil {
		return Item{File: name, Err: withPlace(err, name, 0)}
	}
	a := &article.Article{Schema: article.SchemaVersion, Source: cfg.Source}
	if f == FormatHTML {
		a.HTML = s
	} else {
		a.Text = s
	}
	return Item{Article: a, File: name, Warnings: warns}
}

// readJSONL yields one item per non-blank line.
func readJSONL(ctx context.Context, cfg Config, name string, br *bufio.Reader, yield func(Item) bool) bool {
	var buf []byte
	for line := 1; ; line++ {
		if ctx.Err() != nil {
			return false
		}
		buf = buf[:0]
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !tooLong {
				if len(buf)+len(chunk) > cfg.MaxLineBytes+1 { // +1: the newline
					tooLong = true
					buf = buf[:0]
				} else {
					buf = append(buf, chunk...)
				}
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return yield(Item{File: name, Line: line, Err: &Error{File: name, Line: line, Reason: ReasonRead, Msg: err.Error(), Err: err}})
		}
		eof := err != nil
		var it Item
		switch {
		case tooLong:
			it = Item{File: name, Line: line, Err: &Error{File: name, Line: line, Reason: ReasonTooLarge,
				Msg: fmt.Sprintf("line is longer than %d bytes", cfg.MaxLineBytes)}}
		case len(bytes.TrimSpace(buf)) == 0:
			if eof {
				return true
			}
			continue
		default:
			a, warns, derr := DecodeJSON(buf, cfg.InvalidUTF8, cfg.Source)
			if derr != nil {
				it = Item{File: name, Line: line, Err: withPlace(derr, name, line)}
			} else {
				it = Item{Article: a, File: name, Line: line, Warnings: warns}
			}
		}
		if !yield(it) {
			return false
		}
		if eof {
			return true
		}
	}
}

// withPlace sets the file and line of an *Error. For a JSONL line the line
// number in the file replaces the line within the record, whose column the
// message still gives.
func withPlace(err error, file string, line int) error {
	var e *Error
	if !errors.As(err, &e) {
		return &Error{File: file, Line: line, Reason: ReasonRead, Msg: err.Error(), Err: err}
	}
	c := *e
	c.File, c.Line = file, line
	return &c
}
