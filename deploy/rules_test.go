package deploy

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// ruleTestFile is the promtool unit test file of the alert rules.
type ruleTestFile struct {
	RuleFiles []string `yaml:"rule_files"`
	Tests     []struct {
		Name          string `yaml:"name"`
		AlertRuleTest []struct {
			EvalTime  string `yaml:"eval_time"`
			Alertname string `yaml:"alertname"`
			ExpAlerts []any  `yaml:"exp_alerts"`
		} `yaml:"alert_rule_test"`
	} `yaml:"tests"`
}

const ruleTestPath = "prometheus/rules/copydesk.rules.test.yml"

// TestAlertRules checks what promtool does not: every alert says how bad it
// is and what to do, waits before firing, and has both a firing and a
// non-firing case in the promtool unit tests.
func TestAlertRules(t *testing.T) {
	var tf ruleTestFile
	readYAML(t, ruleTestPath, &tf)
	firing, quiet := map[string]int{}, map[string]int{}
	for _, tc := range tf.Tests {
		for _, a := range tc.AlertRuleTest {
			if len(a.ExpAlerts) > 0 {
				firing[a.Alertname]++
			} else {
				quiet[a.Alertname]++
			}
		}
	}
	alerts := map[string]bool{}
	for _, r := range loadRules(t) {
		if r.Alert == "" {
			continue
		}
		alerts[r.Alert] = true
		t.Run(r.Alert, func(t *testing.T) {
			switch r.Labels["severity"] {
			case "critical", "warning":
			default:
				t.Errorf("severity label %q, want critical or warning", r.Labels["severity"])
			}
			if r.Annotations["summary"] == "" || r.Annotations["description"] == "" {
				t.Error("summary and description annotations are required")
			}
			if r.For == "" {
				t.Error("no `for`: a single bad evaluation would page")
			}
			if firing[r.Alert] == 0 {
				t.Errorf("no promtool test case where %s fires", r.Alert)
			}
			if quiet[r.Alert] == 0 {
				t.Errorf("no promtool test case where %s stays quiet", r.Alert)
			}
		})
	}
	for _, want := range []string{"CopydeskStageStalled", "CopydeskDeadLettersGrowing", "CopydeskStageErrorRatioHigh", "CopydeskReviewBacklogHigh"} {
		if !alerts[want] {
			t.Errorf("alert %s missing", want)
		}
	}
	for name := range firing {
		if !alerts[name] {
			t.Errorf("promtool tests name alert %s, which no rule defines", name)
		}
	}
}

// promtool returns the path of promtool or skips the test. CI (.ci/run)
// installs Debian's prometheus package, which ships it.
func promtool(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("promtool")
	if err != nil {
		t.Skip("promtool not on PATH: install Debian's prometheus package (apt-get install prometheus) to run the rule tests")
	}
	return p
}

func runPromtool(t *testing.T, args ...string) {
	t.Helper()
	cmd := exec.Command(promtool(t), args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	t.Logf("promtool %s:\n%s", strings.Join(args, " "), out)
}

func TestPromtoolCheckRules(t *testing.T) {
	runPromtool(t, append([]string{"check", "rules"}, ruleFiles(t)...)...)
}

func TestPromtoolTestRules(t *testing.T) {
	runPromtool(t, "test", "rules", ruleTestPath)
}

// TestPromtoolCheckConfig checks deploy/prometheus/prometheus.yml. Its
// rule_files point where docker-compose.yml mounts the rules, so the test
// checks a copy that points at the repository's rules instead.
func TestPromtoolCheckConfig(t *testing.T) {
	promtool(t)
	raw, err := os.ReadFile("prometheus/prometheus.yml")
	if err != nil {
		t.Fatal(err)
	}
	rulesDir, err := filepath.Abs("prometheus/rules")
	if err != nil {
		t.Fatal(err)
	}
	const mounted = "/etc/prometheus/rules/"
	if !strings.Contains(string(raw), mounted) {
		t.Fatalf("prometheus.yml does not load rules from %s", mounted)
	}
	cfg := filepath.Join(t.TempDir(), "prometheus.yml")
	if err := os.WriteFile(cfg, []byte(strings.ReplaceAll(string(raw), mounted, rulesDir+"/")), 0o600); err != nil {
		t.Fatal(err)
	}
	runPromtool(t, "check", "config", cfg)
}
