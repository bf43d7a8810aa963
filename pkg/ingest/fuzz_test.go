package ingest

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzPost sends arbitrary bodies with each content type to both POST
// endpoints: every answer is a 2xx or a 4xx with a JSON body, never a panic
// or a 5xx (the fakes do not fail).
func FuzzPost(f *testing.F) {
	for _, s := range []string{`{"text":"x"}`, "{\"text\":\"x\"}\n{\"html\":1}\n", "<p>x</p>", "plain", "\xff\xfe\x00", "", "{\n"} {
		f.Add(s, uint8(0))
	}
	ctypes := []string{"application/json", "text/plain", "text/html", "application/x-ndjson", "text/plain; charset=utf-16", "image/png", ""}
	f.Fuzz(func(t *testing.T, body string, ct uint8) {
		e := newEnv(t, nil)
		ctype := ctypes[int(ct)%len(ctypes)]
		for _, path := range []string{"/v1/articles", "/v1/articles/batch"} {
			rec := e.do(t, "POST", path, ctype, body, nil)
			if rec.Code >= 500 {
				t.Fatalf("%s %q %q: status %d: %s", path, ctype, body, rec.Code, rec.Body)
			}
			if !json.Valid(rec.Body.Bytes()) || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
				t.Fatalf("%s: answer is not JSON: %q", path, rec.Body)
			}
		}
	})
}
