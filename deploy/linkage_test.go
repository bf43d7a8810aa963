package deploy

import (
	"os/exec"
	"strings"
	"testing"
)

// TestServicesLinkOnlyTheirStage: a one-stage service links only its own
// stage. go-trafilatura pulls in go-dateparser, whose package initialisation
// allocates ~80 MB and keeps ~25 MB of compiled expressions, in every process
// that links it whether it runs clean or not; that heap would count against
// each worker's memory limit.
func TestServicesLinkOnlyTheirStage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	heavy := []string{"github.com/markusmobius/go-trafilatura", "github.com/markusmobius/go-dateparser"}
	for _, tc := range []struct {
		service string
		links   bool
	}{
		{"clean", true},
		{"claims", false},
		{"flagger", false},
		{"ingest", false},
		{"review", false},
	} {
		t.Run(tc.service, func(t *testing.T) {
			cmd := exec.Command("go", "list", "-deps", "./services/"+tc.service)
			cmd.Dir = repoRoot
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("go list: %v", err)
			}
			for _, pkg := range heavy {
				if got := strings.Contains(string(out), pkg+"\n"); got != tc.links {
					t.Errorf("links %s: %v, want %v", pkg, got, tc.links)
				}
			}
		})
	}
}
