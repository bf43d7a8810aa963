package spam

import (
	"testing"

	"github.com/copydesk/copydesk/pkg/clean/lexicon"
)

func TestTeaser(t *testing.T) {
	s, err := New(lexicon.WordSet{"the": {}, "a": {}, "of": {}, "in": {}, "is": {}})
	if err != nil {
		t.Fatal(err)
	}
	topic := map[string]bool{"council": true, "budget": true, "mayor": true}
	tests := []struct {
		name   string
		lines  []string
		spam   bool
		reason string
	}{
		{"related news", []string{"Mayor opens new bridge", "The mayor cut the ribbon on a bridge that..."}, false, ""},
		{"escort", []string{"Best escorts in town"}, true, "escort"},
		{"free question", []string{"Is SomeApp 100% free?"}, true, "free"},
		{"leak bait", []string{"Star X leaked video goes viral", "Fans search for the leaked clip..."}, true, "leak"},
		{"pharma", []string{"Buy viagra without prescription"}, true, "pharma"},
		{"miracle-cure bait", []string{"Doctors stunned: this one weird trick melts belly fat overnight"}, true, "miracle"},
		{"a health story on belly fat (guard)", []string{"Belly fat linked to higher risk of heart disease, study finds", "Researchers followed 20,000 adults for ten years..."}, false, ""},
		{"dating bait", []string{"Hot singles in your area want to meet tonight", "Meet real local women looking for fun. Sign up free..."}, true, "escort"},
		{"is a tool free to use", []string{"Is ChatGPT free to use? Everything you need to know"}, true, "free"},
		{"is a tool's premium worth it", []string{"Is Grammarly premium worth it in 2024?"}, true, "free"},
		{"a question about a public service (guard)", []string{"Is the new bridge toll going up next year?"}, false, ""},
		{"stuffing and unrelated", []string{"Jane Star fans: Jane Star photos and Jane Star news"}, false, "repeated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var toks [][]lexicon.Token
			for _, l := range tt.lines {
				toks = append(toks, lexicon.Tokenize(nil, l))
			}
			got := s.Teaser(toks, topic)
			if (got.Value >= 0.5) != tt.spam {
				t.Errorf("score %v (%s), spam want %v", got.Value, got.Reason, tt.spam)
			}
			if tt.reason != "" && !contains(got.Reason, tt.reason) {
				t.Errorf("reason %q lacks %q", got.Reason, tt.reason)
			}
		})
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
