package htmltext

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
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

func TestCleanTitle(t *testing.T) {
	tests := []struct {
		name, title, site, author, url, want string
	}{
		{"site and byline", "Biden Is Melting Down (VIDEO) | The Gateway Pundit | by Mike LaChance", "The Gateway Pundit", "Mike LaChance", "https://www.thegatewaypundit.com/2024/02/x/", "Biden Is Melting Down (VIDEO)"},
		{"byline without a site name", "Talks resume | by Jane Doe", "", "", "", "Talks resume"},
		{"site after a dash", "Mortgage demand drops - CNBC", "CNBC", "", "https://www.cnbc.com/x", "Mortgage demand drops"},
		{"host after a bar", "Talks resume | example.com", "", "", "https://example.com/a", "Talks resume"},
		{"a dash of the headline's own stays", "UPDATED: Trump counter-offer SHOT DOWN - San Francisco Store Says Theft", "The Gateway Pundit", "", "", "UPDATED: Trump counter-offer SHOT DOWN - San Francisco Store Says Theft"},
		{"a bar segment that is part of the headline stays", "Brexit | What happens next", "BBC News", "", "", "Brexit | What happens next"},
		{"site name known only from the host", "Tucker Carlson on the 2020 Election (VIDEO) | The Gateway Pundit", "", "", "https://www.thegatewaypundit.com/2024/02/x/", "Tucker Carlson on the 2020 Election (VIDEO)"},
		{"a short segment after a bar", "Python 3 - simple HTTP Request with the Socket module | HackLAB", "", "", "", "Python 3 - simple HTTP Request with the Socket module"},
		{"a site's name and taglines after bars", "15-year-old driver killed, 14-year-old passenger critical in SW Miami-Dade crash - WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale", "", "", "", "15-year-old driver killed, 14-year-old passenger critical in SW Miami-Dade crash"},
		{"a tagline listing topics after a dash", "Get in the Spooky Spirit With These Halloween Workouts - My Daily Magazine - Art, Design, DIY, Fashion and Beauty !", "", "", "", "Get in the Spooky Spirit With These Halloween Workouts"},
		{"a short headline keeps its bar segment (guard)", "Review | The Crown", "", "", "", "Review | The Crown"},
		{"only a site name is kept", "CNBC", "CNBC", "", "", "CNBC"},
		{"empty", "", "CNBC", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := CleanTitle(tc.title, tc.site, tc.author, tc.url); got != tc.want {
				t.Errorf("CleanTitle(%q) = %q, want %q", tc.title, got, tc.want)
			}
		})
	}
}

// FuzzCleanTitle: the cleaned title is always a prefix of the title as
// given (only a tail is ever dropped) and never empty when the title is not.
func FuzzCleanTitle(f *testing.F) {
	f.Add("Biden Is Melting Down | The Gateway Pundit | by Mike LaChance", "The Gateway Pundit", "Mike LaChance", "https://www.thegatewaypundit.com/x")
	f.Add("Mortgage demand drops - CNBC", "CNBC", "", "https://www.cnbc.com/x")
	f.Add(" | | ", "", "", "://")
	f.Add("a - b – c — d | e", "e", "d", "http://c.com")
	f.Fuzz(func(t *testing.T, title, site, author, url string) {
		got := CleanTitle(title, site, author, url)
		trimmed := strings.TrimSpace(title)
		if !strings.HasPrefix(trimmed, got) {
			t.Fatalf("CleanTitle(%q) = %q, not a prefix", title, got)
		}
		if trimmed != "" && got == "" {
			t.Fatalf("CleanTitle(%q) is empty", title)
		}
	})
}

func TestLinkLines(t *testing.T) {
	tests := []struct {
		name string
		html string
		want []string
	}{
		{"a related story's headline as a paragraph", `<p><a href="https://example.com/b"><strong>OTHER STORY HEADLINE</strong></a></p>`, []string{"OTHER STORY HEADLINE"}},
		{"list items of links", `<ul><li><a href="/x">First other story</a></li><li><a href="/y">Second one</a></li></ul>`, []string{"First other story", "Second one"}},
		{"a link inside a sentence", `<p>He said <a href="/x">in a statement</a> that it was over.</p>`, nil},
		{"a heading that is a link", `<h2><a href="/x">Section title</a></h2>`, nil},
		{"a table of contents", `<p><a href="#part-2">Part two</a></p>`, nil},
		{"a named anchor around a section", `<p><a name="top">All of this text</a></p>`, nil},
		{"a script link", `<p><a href="javascript:void(0)">Load more</a></p>`, nil},
		{"punctuation outside the link", `<p>» <a href="/x">More on this</a></p>`, []string{"» More on this"}},
		{"a line broken inside a link", `<p><a href="/x">first half<br>second half</a> and text</p>`, []string{"first half"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte("<html><body>"+tt.html+"</body></html>"), 64)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for l := range LinkLines(doc) {
				got = append(got, l)
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("LinkLines (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExtractLinked(t *testing.T) {
	body := strings.Repeat(`<p>The council voted on Tuesday to approve the new budget, which raises spending on schools and roads by a fifth over the next two years, officials said.</p>`, 4)
	page := `<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>` +
		body + `<p><a href="https://example.com/other"><strong>MAYOR FACES RECALL EFFORT AFTER SPENDING ROW</strong></a></p>` + body +
		`</article></body></html>`
	res, err := Extract([]byte(page), Options{MaxDepth: 256})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(res.Text, "\n\n")
	if len(res.Linked) != len(lines) {
		t.Fatalf("%d Linked flags for %d lines", len(res.Linked), len(lines))
	}
	var linked []string
	for i, l := range lines {
		if res.Linked[i] {
			linked = append(linked, l)
		}
	}
	if diff := cmp.Diff([]string{"MAYOR FACES RECALL EFFORT AFTER SPENDING ROW"}, linked); diff != "" {
		t.Errorf("linked lines (-want +got):\n%s\ntext:\n%s", diff, res.Text)
	}
}
