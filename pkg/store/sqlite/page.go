package sqlite

import (
	"fmt"
	"slices"
	"sync"

	"github.com/klauspost/compress/s2"

	"github.com/copydesk/copydesk/pkg/store/internal/rows"
)

// The raw HTML of an article (the html column) is stored S2-compressed, as
// a BLOB: a crawled page is 50–200 KB, more than the rest of the row, and
// it is written once and read only when an editor opens the original page.
// News pages compress 3.6x on average with S2 (the 1,070 pages of the
// extraction datasets), so the initial record writes a quarter of the pages
// to the WAL and the checkpoint, and the file grows by a quarter as much.
// PostgreSQL does the same to a large TEXT value by itself (TOAST).
//
// A TEXT value in the column is an uncompressed page, as versions before
// this one stored it, and '' is no page: both read back as they are.

// htmlArg is the index of the html column in rows.Set.Article.
var htmlArg = slices.Index(rows.ArticleColumns, "html")

// packBufs recycles packPage's output: a page's compressed copy lives
// only until the write that binds it is done.
var packBufs sync.Pool

// packPage is the html column's value for page. Call release once the
// value is no longer used.
func packPage(page string) (v any, release func()) {
	if page == "" {
		return "", func() {} // KeepHTMLSQL and the upsert test html = ''
	}
	buf, _ := packBufs.Get().(*[]byte)
	if buf == nil {
		buf = new([]byte)
	}
	if n := s2.MaxEncodedLen(len(page)); cap(*buf) < n {
		*buf = make([]byte, n)
	}
	out := s2.Encode((*buf)[:cap(*buf)], []byte(page))
	return out, func() { packBufs.Put(buf) }
}

// unpackPage reads the html column's value back.
func unpackPage(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case []byte:
		b, err := s2.Decode(nil, v)
		if err != nil {
			return "", fmt.Errorf("decompress html: %w", err)
		}
		return string(b), nil
	}
	return "", fmt.Errorf("html column holds a %T", v)
}
