package wire

import "testing"

func TestDateline(t *testing.T) {
	tests := []struct {
		name, in, agency, rest string
	}{
		{"capitals and a dash", "NEW YORK (Reuters) - Acme Corp shares jumped.", "Reuters", "Acme Corp shares jumped."},
		{"a country and an em dash", "KYIV, Ukraine (AP) — Russia launched drones.", "AP", "Russia launched drones."},
		{"a date and no dash", "New Delhi, Nov 12 (PTI) India and the US held talks.", "PTI", "India and the US held talks."},
		{"a date with a month and year", "ACCRA, March 4 (Reuters) - The signing into law …", "Reuters", "The signing into law …"},
		{"a company and its ticker", "Apple Inc (AAPL) rose 2% on Monday.", "", ""},
		{"an exchange and a ticker", "Acme Robotics, Inc. (NASDAQ: ACME) today announced results.", "", ""},
		{"a sentence with a bracket", "The report (PDF) says prices rose.", "", ""},
		{"no bracket", "WASHINGTON — The Senate passed a bill.", "", ""},
		{"nothing after", "NEW YORK (Reuters) -", "", ""},
		{"lower case start", "new york (Reuters) - text", "", ""},
		{"empty", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			agency, n := Dateline(tt.in)
			rest := ""
			if n > 0 {
				rest = tt.in[n:]
			}
			if agency != tt.agency || rest != tt.rest {
				t.Errorf("Dateline(%q) = %q, rest %q; want %q, rest %q", tt.in, agency, rest, tt.agency, tt.rest)
			}
		})
	}
}

func FuzzDateline(f *testing.F) {
	for _, s := range []string{"NEW YORK (Reuters) - Acme", "New Delhi, Nov 12 (PTI) India", "Apple Inc (AAPL) rose", "((", "A (", "Ab (C) —"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		agency, n := Dateline(s)
		if n < 0 || n > len(s) {
			t.Fatalf("n = %d for %d bytes", n, len(s))
		}
		if (agency == "") != (n == 0) {
			t.Fatalf("agency %q with n %d", agency, n)
		}
		if n > 0 && n == len(s) {
			t.Fatalf("a dateline with nothing after it: %q", s)
		}
	})
}

func TestPlace(t *testing.T) {
	tests := []struct {
		name, in, rest string
	}{
		{"capitals and an em dash", "WASHINGTON — The Senate passed a bill.", "The Senate passed a bill."},
		{"two words and a colon", "NEW DELHI: The government said.", "The government said."},
		{"a colon", "GUWAHATI: The death toll rose.", "The death toll rose."},
		{"a region", "KYIV, Ukraine — Russia launched drones.", "Russia launched drones."},
		{"a date", "LONDON, March 5 - Prices rose.", "Prices rose."},
		{"a double hyphen", "PARIS -- Talks resumed.", "Talks resumed."},
		{"a name in capitals opening a sentence", "NATO said on Monday it would respond.", ""},
		{"capitals without a separator", "WASHINGTON The Senate.", ""},
		{"a clause after a comma", "WASHINGTON, which hosts the talks — said", ""},
		{"lower case after the dash", "WASHINGTON — the Senate", ""},
		{"a capitalised word, not capitals", "Washington — The Senate passed a bill.", ""},
		{"one capital letter", "A — B", ""},
		{"a hyphenated word", "US-led forces said.", ""},
		{"nothing after", "WASHINGTON —", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Place(tt.in)
			rest := ""
			if n > 0 {
				rest = tt.in[n:]
			}
			if rest != tt.rest {
				t.Errorf("Place(%q) leaves %q; want %q", tt.in, rest, tt.rest)
			}
		})
	}
}

func FuzzPlace(f *testing.F) {
	for _, s := range []string{"WASHINGTON — The", "KYIV, Ukraine — Russia", "GUWAHATI: The", "A, — B", "AB, :", "AB -- C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Place(s)
		if n < 0 || n > len(s) {
			t.Fatalf("n = %d for %d bytes", n, len(s))
		}
		if n > 0 && n == len(s) {
			t.Fatalf("a dateline with nothing after it: %q", s)
		}
	})
}
