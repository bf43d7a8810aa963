package seedgold

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/copydesk/copydesk/pkg/article"
)

func writeSeeds(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "gold"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoad(t *testing.T) {
	dir := writeSeeds(t, map[string]string{
		"b.txt":       "Second\n",
		"a.txt":       "Title\n\nBody line.\n",
		"gold/b.json": `{"file":"b.txt","lines":{"1":"headline"}}`,
		"gold/a.json": `{"file":"a.txt","meta":{"title":"Title","published":"2022-07-29"},
			"lines":{"1":"headline","3":"content"},
			"quotes":[{"key":"Body","speaker":"Jane Doe","mention":"she","kind":"indirect","via":"CNN","hard":true}],
			"not_quotes":["Sign up"],"sources":[{"name":"CNN","type":"media"}],
			"flags":["seo_spam"],"flags_absent":["clickbait_headline"]}`,
	})
	got, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []Seed{
		{Name: "a", Text: "Title\n\nBody line.\n", Gold: Gold{
			File:        "a.txt",
			Meta:        Meta{Title: "Title", Published: "2022-07-29"},
			Lines:       Lines{"1": "headline", "3": "content"},
			Quotes:      []Quote{{Key: "Body", Speaker: "Jane Doe", Mention: "she", Kind: "indirect", Via: "CNN", Hard: true}},
			NotQuotes:   []string{"Sign up"},
			Sources:     []Source{{Name: "CNN", Type: "media"}},
			Flags:       []string{"seo_spam"},
			FlagsAbsent: []string{"clickbait_headline"},
		}},
		{Name: "b", Text: "Second\n", Gold: Gold{File: "b.txt", Lines: Lines{"1": "headline"}}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Load (-want +got):\n%s", d)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		is    error
	}{
		{name: "no gold files", files: map[string]string{"a.txt": "x"}, is: ErrNoGold},
		{name: "bad json", files: map[string]string{"gold/a.json": `{"file":`}},
		{name: "missing text", files: map[string]string{"gold/a.json": `{"file":"a.txt"}`}, is: os.ErrNotExist},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(writeSeeds(t, tc.files))
			if err == nil {
				t.Fatal("no error")
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v is not %v", err, tc.is)
			}
		})
	}
}

func TestLoadRepoSeeds(t *testing.T) {
	seeds, err := Load("../../seeds")
	if errors.Is(err, ErrNoGold) {
		t.Skip("seeds not found")
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, sd := range seeds {
		t.Run(sd.Name, func(t *testing.T) {
			if sd.Gold.File != sd.Name+".txt" {
				t.Errorf("file %q, want %q", sd.Gold.File, sd.Name+".txt")
			}
			if _, err := sd.Gold.Lines.Numbers(); err != nil {
				t.Error(err)
			}
			if len(Blocks(sd.Text, sd.Gold)) != len(sd.Gold.Lines) {
				t.Errorf("%d blocks for %d labelled lines", len(Blocks(sd.Text, sd.Gold)), len(sd.Gold.Lines))
			}
		})
	}
}

func TestMetaFields(t *testing.T) {
	tests := []struct {
		name string
		meta Meta
		want []MetaField
	}{
		{name: "none", meta: Meta{}, want: nil},
		{name: "all in order", meta: Meta{Published: "2022", Author: "A", Title: "T"},
			want: []MetaField{{"title", "T"}, {"author", "A"}, {"published", "2022"}}},
		{name: "published only", meta: Meta{Published: "2022"}, want: []MetaField{{"published", "2022"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, tc.meta.Fields()); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestLines(t *testing.T) {
	tests := []struct {
		name    string
		lines   Lines
		want    []int
		wantErr bool
	}{
		{name: "sorted numerically", lines: Lines{"10": "content", "2": "headline", "1": "navigation"}, want: []int{1, 2, 10}},
		{name: "empty", lines: Lines{}, want: []int{}},
		{name: "not a number", lines: Lines{"x": "content"}, wantErr: true},
		{name: "zero", lines: Lines{"0": "content"}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.lines.Numbers()
			if (err != nil) != tc.wantErr {
				t.Fatalf("error %v, want error %v", err, tc.wantErr)
			}
			if !tc.wantErr {
				if d := cmp.Diff(tc.want, got); d != "" {
					t.Errorf("(-want +got):\n%s", d)
				}
			}
		})
	}
	l := Lines{"3": "spam"}
	if lab, ok := l.Label(3); !ok || lab != article.LabelSpam {
		t.Errorf("Label(3) = %q, %v", lab, ok)
	}
	if lab, ok := l.Label(4); ok || lab != "" {
		t.Errorf("Label(4) = %q, %v", lab, ok)
	}
}

func TestBlocks(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		lines Lines
		want  []article.Block
	}{
		{name: "empty text", text: "", lines: Lines{"1": "content"}, want: []article.Block{}},
		{name: "labelled lines only", text: "Head\n\nBody\nMenu\n", lines: Lines{"1": "headline", "3": "content"},
			want: []article.Block{{Start: 0, End: 4, Label: "headline", Score: 1}, {Start: 6, End: 10, Label: "content", Score: 1}}},
		{name: "last line without newline", text: "a\nbc", lines: Lines{"2": "content"},
			want: []article.Block{{Start: 2, End: 4, Label: "content", Score: 1}}},
		{name: "labelled empty line skipped", text: "a\n\nb", lines: Lines{"2": "content", "3": "related"},
			want: []article.Block{{Start: 3, End: 4, Label: "related", Score: 1}}},
		{name: "carriage return kept", text: "a\r\nb", lines: Lines{"1": "content"},
			want: []article.Block{{Start: 0, End: 2, Label: "content", Score: 1}}},
		{name: "line past the end ignored", text: "a\n", lines: Lines{"1": "content", "9": "spam"},
			want: []article.Block{{Start: 0, End: 1, Label: "content", Score: 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, Blocks(tc.text, Gold{Lines: tc.lines})); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		name      string
		got, want string
		same      bool
	}{
		{name: "equal ignoring case", got: "sergey lavrov", want: "Sergey Lavrov", same: true},
		{name: "surname", got: "Lavrov", want: "Sergey Lavrov", same: true},
		{name: "surname whatever the type", got: "the State Department", want: "a State Department", same: true},
		{name: "other surname", got: "Antony Blinken", want: "Sergey Lavrov", same: false},
		{name: "empty got", got: "", want: "Sergey Lavrov", same: false},
		{name: "only the last word counts", got: "Lavrov spokesman", want: "Sergey Lavrov", same: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := SameSpeaker(tc.got, tc.want); got != tc.same {
				t.Errorf("SameSpeaker(%q, %q) = %v, want %v", tc.got, tc.want, got, tc.same)
			}
		})
	}
}

func TestSpeakerMatches(t *testing.T) {
	person := func(name string) *article.Speaker {
		return &article.Speaker{Name: name, Canonical: name, Type: article.SourcePerson}
	}
	tests := []struct {
		name string
		want string
		got  *article.Speaker
		same bool
	}{
		{name: "nil", want: "Sergey Lavrov", got: nil, same: false},
		{name: "same canonical", want: "Sergey Lavrov", got: person("Sergey Lavrov"), same: true},
		{name: "person surname", want: "Sergey Lavrov", got: person("Lavrov"), same: true},
		{name: "person surname one edit", want: "Antony Blinken", got: person("Anthony Blinkin"), same: true},
		{name: "person other surname", want: "Sergey Lavrov", got: person("Antony Blinken"), same: false},
		{name: "anonymous by description, article ignored", want: "a senior US State Department official",
			got: &article.Speaker{Canonical: "the senior US  State Department official", Type: article.SourceAnonymous}, same: true},
		{name: "anonymous last word is not enough", want: "a senior US State Department official",
			got: &article.Speaker{Canonical: "a Pentagon official", Type: article.SourceAnonymous}, same: false},
		{name: "name field used when canonical differs", want: "EU",
			got: &article.Speaker{Name: "the EU", Canonical: "European Union", Type: article.SourceOrganization}, same: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := SpeakerMatches(tc.want, tc.got); got != tc.same {
				t.Errorf("SpeakerMatches(%q, %+v) = %v, want %v", tc.want, tc.got, got, tc.same)
			}
		})
	}
}
