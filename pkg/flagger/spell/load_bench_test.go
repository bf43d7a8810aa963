package spell

import "testing"

// BenchmarkLoad measures reading the embedded word list (done once per
// process).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(wordsGz); err != nil {
			b.Fatal(err)
		}
	}
}
