package langid

import (
	"strings"
	"testing"
	"unicode/utf8"
)

const (
	en = "The minister said on Monday that the talks with the union would go on, and that he had not been told of any plan to close the plant. "
	de = "Der Minister sagte am Montag, die Gespräche mit der Gewerkschaft würden fortgesetzt, und er habe von keinem Plan gehört, das Werk zu schließen. "
	fr = "Le ministre a déclaré lundi que les négociations avec le syndicat se poursuivraient et qu'il n'avait été informé d'aucun projet de fermeture de l'usine. "
	es = "El ministro dijo el lunes que las conversaciones con el sindicato continuarían y que no le habían informado de ningún plan para cerrar la planta. "
	pl = "Minister powiedział w poniedziałek, że rozmowy ze związkiem zawodowym będą kontynuowane i że nie poinformowano go o żadnym planie zamknięcia zakładu. "
	ru = "Министр заявил в понедельник, что переговоры с профсоюзом продолжатся и что ему ничего не сообщали о планах закрыть завод. " +
		"По его словам, правительство готово обсуждать зарплаты, однако рабочие требуют гарантий того, что рабочие места будут сохранены до конца года. "
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   string
		wantOK bool
	}{
		{"English", strings.Repeat(en, 4), "en", true},
		{"German", strings.Repeat(de, 4), "de", true},
		{"French", strings.Repeat(fr, 4), "fr", true},
		{"Spanish", strings.Repeat(es, 4), "es", true},
		{"Polish", strings.Repeat(pl, 4), "pl", true},
		{"Russian", strings.Repeat(ru, 4), "ru", true},
		{"English past the sample", strings.Repeat(en, 200), "en", true},
		{"German past the sample", strings.Repeat(de, 200), "de", true},
		{"a headline is too short", "Minister says talks go on", "", false},
		{"empty", "", "", false},
		{"numbers and marks", strings.Repeat("12,345 -- 67.8% (+0.4) | ", 100), "", false},
		// A German lead before a long English quotation: the sample is
		// mostly English.
		{"mostly English", de + strings.Repeat(en, 6), "en", true},
		{"invalid UTF-8", strings.Repeat(de, 3) + "\xff\xfe" + de, "de", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Detect(tt.text)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("Detect = %q, %v; want %q, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// FuzzDetect: any input gets an answer without a panic, and "no answer"
// always comes with an empty code.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", en, de + en, strings.Repeat(fr, 3), ru, "\xff\xfe\x00", strings.Repeat("a ", 200)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, ok := Detect(s)
		if ok != (code != "") {
			t.Fatalf("Detect(%q) = %q, %v", s, code, ok)
		}
		if ok && !utf8.ValidString(code) {
			t.Fatalf("code %q", code)
		}
	})
}

// BenchmarkDetect: English takes the function-word path, other languages
// the trigram profiles.
func BenchmarkDetect(b *testing.B) {
	for _, c := range []struct{ name, text string }{{"English", strings.Repeat(en, 30)}, {"German", strings.Repeat(de, 30)}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Detect(c.text)
			}
		})
	}
}
