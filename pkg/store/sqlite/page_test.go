package sqlite

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/store/storetest"
)

// TestPageCompressed: the html column holds the page compressed, a page
// stored uncompressed (by an earlier version) still reads back, and a
// damaged one is an error, not a wrong page.
func TestPageCompressed(t *testing.T) {
	s := open(t).(*Store)
	ctx := t.Context()
	page := "<html><body>" + strings.Repeat("<p>The council said the plan would go ahead.</p>\n", 2000) + "</body></html>"
	a := &article.Article{Schema: article.SchemaVersion, ID: "01JPAGE1", Source: "example.org", HTML: page}
	if err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	var kind string
	var size int
	if err := s.DB().QueryRowContext(ctx, "SELECT typeof(html), length(html) FROM articles WHERE id = ?", a.ID).Scan(&kind, &size); err != nil {
		t.Fatal(err)
	}
	if kind != "blob" || size*4 > len(page) {
		t.Errorf("html column: %s of %d bytes for a %d-byte page, want a compressed blob", kind, size, len(page))
	}

	tests := []struct {
		name    string
		column  any // written straight into the html column
		want    string
		wantErr bool
	}{
		{"compressed", nil, page, false},
		{"uncompressed text of an earlier version", "<p>old</p>", "<p>old</p>", false},
		{"no page", "", "", false},
		{"damaged blob", []byte{0xff, 0x01, 0x02}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.column != nil {
				if _, err := s.DB().ExecContext(ctx, "UPDATE articles SET html = ? WHERE id = ?", tt.column, a.ID); err != nil {
					t.Fatal(err)
				}
			}
			got, err := s.GetArticle(ctx, a.ID)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("GetArticle read a damaged page as %q", got.HTML)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.HTML != tt.want {
				t.Errorf("page of %d bytes, want %d", len(got.HTML), len(tt.want))
			}
		})
	}
}

func BenchmarkPutInitialRecord(b *testing.B) {
	storetest.BenchPages(b, open, storetest.SeedArticles(b, "../../../seeds"))
}
