//go:build !(re2_wasm || re2_cgo) || !cgo

package regexp

import "testing"

func TestMustCompileIsLazy(t *testing.T) {
	re := MustCompile(`(\d+)-(\d+)`)
	if re.rx != nil {
		t.Fatal("MustCompile compiled at once")
	}
	if got := re.String(); got != `(\d+)-(\d+)` {
		t.Errorf("String() = %q", got)
	}
	if re.rx != nil {
		t.Fatal("String compiled the expression")
	}
	if got := re.ReplaceAllString("10-20", "$2-$1"); got != "20-10" {
		t.Errorf("ReplaceAllString = %q, want 20-10", got)
	}
	if re.rx == nil {
		t.Fatal("first use did not compile")
	}
}

func TestMustCompileBadPatternPanicsOnUse(t *testing.T) {
	re := MustCompile(`(`)
	defer func() {
		if recover() == nil {
			t.Error("using a bad pattern did not panic")
		}
	}()
	re.MatchString("x")
}

func TestCompile(t *testing.T) {
	if _, err := Compile(`(`); err == nil {
		t.Error("Compile accepted a bad pattern")
	}
	re, err := Compile(`a+`)
	if err != nil {
		t.Fatal(err)
	}
	if !re.MatchString("caat") {
		t.Error("a+ did not match caat")
	}
}

func TestConcurrentFirstUse(t *testing.T) {
	re := MustCompile(`b+`)
	done := make(chan bool)
	for i := 0; i < 8; i++ {
		go func() { done <- re.MatchString("abbc") }()
	}
	for i := 0; i < 8; i++ {
		if !<-done {
			t.Error("b+ did not match abbc")
		}
	}
}
