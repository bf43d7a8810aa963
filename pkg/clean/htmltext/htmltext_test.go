package htmltext

import (
	"strings"
	"testing"
)

func TestLimitDepth(t *testing.T) {
	deep := strings.Repeat("<div>", 5000) + "<p>inner text</p>" + strings.Repeat("</div>", 5000)
	out := LimitDepth([]byte(deep), 64)
	if n := strings.Count(string(out), "<div>"); n != 64 {
		t.Errorf("%d divs kept, want 64", n)
	}
	if !strings.Contains(string(out), "<p>inner text</p>") {
		t.Error("text lost")
	}
	shallow := []byte("<div><p>a</p></div>")
	if got := LimitDepth(shallow, 64); string(got) != string(shallow) {
		t.Errorf("shallow page changed: %q", got)
	}
}

func TestFlatten(t *testing.T) {
	page := `<html><head><title>T</title><style>x{}</style></head><body><nav><a>Home</a> <a>World</a></nav>
<h1>Big news</h1><p>First <b>bold</b> paragraph.</p><script>var x;</script><ul><li>One</li><li>Two</li></ul>
<div style="display:none">hidden</div><footer>© 2024</footer></body></html>`
	got, err := Flatten([]byte(page), 256)
	if err != nil {
		t.Fatal(err)
	}
	want := "Home World\n\nBig news\n\nFirst bold paragraph.\n\nOne\n\nTwo\n\n© 2024"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestToUTF8(t *testing.T) {
	latin := []byte("<meta charset=\"iso-8859-1\"><p>Gr\xfc\xdfe</p>")
	if got := string(ToUTF8(latin)); !strings.Contains(got, "Grüße") {
		t.Errorf("got %q", got)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte("<html><body><p>Hello world, this is a paragraph of text.</p></body></html>"))
	f.Add([]byte(strings.Repeat("<div>", 300) + "x"))
	f.Add([]byte("<p>\xff\x00</p><a href=x>y</a>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		res, err := Extract(page, Options{MaxDepth: 64})
		if err != nil {
			return
		}
		if strings.Contains(res.Text, "\n\n\n") {
			t.Errorf("more than one blank line between blocks: %q", res.Text)
		}
	})
}
