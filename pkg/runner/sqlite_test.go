package runner

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/pkg/store/sqlite"
)

func openSQLite(t testing.TB) *sqlite.Store {
	t.Helper()
	cfg := sqlite.DefaultConfig()
	cfg.Path = filepath.Join(t.TempDir(), "copydesk.db")
	st, err := sqlite.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}
