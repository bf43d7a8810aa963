package spell

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/pkg/flagger/token"
)

func TestCheck(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewChecker(d)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		text       string
		misspelled []string
		garbled    []string
	}{
		{"clean", "The minister said the talks were helpful and open.", nil, nil},
		{"misspelling", "The goverment recieved the letter.", []string{"goverment", "recieved"}, nil},
		{"inflections and british", "The ministers favoured diplomacy, analysing the organisations' threatened colours.", nil, nil},
		{"names skipped", "Blinken met Lavrov in Geneva.", nil, nil},
		{"unites states", "The unites states secretary met them.", nil, []string{"unites states"}},
		{"lower-case name", "Russia wants the united states to stop.", nil, []string{"united states"}},
		{"plural demonym", "Blinken later met with the Germans foreign minister in Berlin.", nil, []string{"the Germans foreign"}},
		{"plural demonym as subject", "The Germans said no.", nil, nil},
		{"acronym is no demonym", "He met the US secretary.", nil, nil},
		{"repeated word", "He went to the the shop.", nil, []string{"the the"}},
		{"across punctuation", "It was the. The end.", nil, nil},
		{"modal of", "They could of won.", nil, []string{"could of"}},
		{"repeated unknown counts once", "The goverment said the goverment would act.", []string{"goverment"}, nil},
		{"diacritics", "Their début and naïve charm.", nil, nil},
		{"web address", "Visit nationaltrust.org.uk or mail info@example.com today.", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.Check(tt.text, token.Split(tt.text), nil, 0)
			var got []string
			for _, w := range r.Misspelled {
				got = append(got, w.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.misspelled, "|") {
				t.Errorf("misspelled = %q, want %q", got, tt.misspelled)
			}
			got = nil
			for _, m := range r.Garbled {
				got = append(got, m.Text)
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("offsets %d:%d do not give %q", m.Start, m.End, m.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.garbled, "|") {
				t.Errorf("garbled = %q, want %q", got, tt.garbled)
			}
		})
	}
}
