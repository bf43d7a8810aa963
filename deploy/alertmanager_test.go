package deploy

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/deploy/internal/natstest"
)

const alertmanagerConfig = "alertmanager/alertmanager.yml"

// amConfig is what the tests read of deploy/alertmanager/alertmanager.yml.
type amConfig struct {
	Route struct {
		Receiver string   `yaml:"receiver"`
		GroupBy  []string `yaml:"group_by"`
		Routes   []struct {
			Receiver string   `yaml:"receiver"`
			Matchers []string `yaml:"matchers"`
		} `yaml:"routes"`
	} `yaml:"route"`
	Receivers []struct {
		Name string `yaml:"name"`
	} `yaml:"receivers"`
}

// TestComposeAlertmanager: the stack runs Alertmanager on the shipped
// configuration, and Prometheus sends it the alerts.
func TestComposeAlertmanager(t *testing.T) {
	p, dir := loadCompose(t)
	am := service(t, p, "alertmanager")
	if got := mountsOf(t, dir, am)["/etc/alertmanager/alertmanager.yml"]; got != "bind:"+repoPath("deploy", "alertmanager", "alertmanager.yml")+":ro" {
		t.Errorf("alertmanager.yml mounted from %q", got)
	}
	if !slices.Contains(am.Command, "--config.file=/etc/alertmanager/alertmanager.yml") {
		t.Errorf("alertmanager command %q", am.Command)
	}
	if am.HealthCheck == nil || !strings.Contains(strings.Join(am.HealthCheck.Test, " "), "9093/-/ready") {
		t.Errorf("alertmanager healthcheck %+v", am.HealthCheck)
	}
	var cfg prometheusConfig
	readYAML(t, repoPath("deploy", "prometheus", "prometheus.yml"), &cfg)
	var targets []string
	for _, a := range cfg.Alerting.Alertmanagers {
		for _, sc := range a.StaticConfigs {
			targets = append(targets, sc.Targets...)
		}
	}
	if !slices.Equal(targets, []string{"alertmanager:9093"}) {
		t.Errorf("prometheus sends alerts to %q, want the alertmanager service", targets)
	}
}

// TestAlertRoutes: every severity the rules use has a route, and every
// receiver a route names exists.
func TestAlertRoutes(t *testing.T) {
	var cfg amConfig
	readYAML(t, alertmanagerConfig, &cfg)
	receivers := map[string]bool{}
	for _, r := range cfg.Receivers {
		receivers[r.Name] = true
	}
	if !receivers[cfg.Route.Receiver] {
		t.Errorf("default receiver %q is not defined", cfg.Route.Receiver)
	}
	critical := false
	for _, r := range cfg.Route.Routes {
		if !receivers[r.Receiver] {
			t.Errorf("route to undefined receiver %q", r.Receiver)
		}
		if slices.Contains(r.Matchers, `severity = "critical"`) {
			critical = true
		}
	}
	if !critical {
		t.Error("no route for severity critical")
	}
	if !slices.Contains(cfg.Route.GroupBy, "alertname") || !slices.Contains(cfg.Route.GroupBy, "job") {
		t.Errorf("group_by %v, want alertname and job", cfg.Route.GroupBy)
	}
	for _, sev := range alertSeverities(t) {
		if sev != "critical" && sev != "warning" {
			t.Errorf("a rule uses severity %q, which the routes do not know", sev)
		}
	}
}

// alertSeverities returns the severity labels of the alert rules.
func alertSeverities(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, f := range ruleFiles(t) {
		var rf struct {
			Groups []struct {
				Rules []struct {
					Alert  string            `yaml:"alert"`
					Labels map[string]string `yaml:"labels"`
				} `yaml:"rules"`
			} `yaml:"groups"`
		}
		readYAML(t, f, &rf)
		for _, g := range rf.Groups {
			for _, r := range g.Rules {
				if r.Alert != "" {
					out = append(out, r.Labels["severity"])
				}
			}
		}
	}
	return out
}

// TestAmtoolCheckConfig checks the file with Alertmanager's own parser.
// CI (.ci/run) installs Debian's prometheus-alertmanager, which ships amtool.
func TestAmtoolCheckConfig(t *testing.T) {
	amtool, err := exec.LookPath("amtool")
	if err != nil {
		t.Skip("amtool not on PATH: apt-get install prometheus-alertmanager")
	}
	out, err := exec.Command(amtool, "check-config", alertmanagerConfig).CombinedOutput()
	if err != nil {
		t.Fatalf("amtool check-config: %v\n%s", err, out)
	}
}

// TestRealAlertmanager sends a firing alert through a real Prometheus and a
// real Alertmanager running the shipped configuration, with a webhook added
// to every receiver and the waits shortened: the critical alert reaches the
// on-call receiver, grouped by alertname and job, and the warning of the
// same job is inhibited.
func TestRealAlertmanager(t *testing.T) {
	if os.Getenv("COPYDESK_PROM_TEST") != "1" {
		t.Skip("set COPYDESK_PROM_TEST=1 to run a real Prometheus and Alertmanager")
	}
	promBin, err := exec.LookPath("prometheus")
	if err != nil {
		t.Fatal("prometheus not on PATH: apt-get install prometheus")
	}
	amBin, err := exec.LookPath("prometheus-alertmanager")
	if err != nil {
		t.Fatal("prometheus-alertmanager not on PATH: apt-get install prometheus-alertmanager")
	}

	type notification struct {
		receiver string
		alerts   []map[string]string
	}
	var (
		mu   sync.Mutex
		seen []notification
	)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			Alerts []struct {
				Status string            `json:"status"`
				Labels map[string]string `json:"labels"`
			} `json:"alerts"`
		}
		raw, _ := io.ReadAll(r.Body)
		if err := json.Unmarshal(raw, &body); err != nil {
			t.Errorf("webhook body %q: %v", raw, err)
		}
		n := notification{receiver: r.URL.Query().Get("receiver")}
		for _, a := range body.Alerts {
			if a.Status == "firing" {
				n.alerts = append(n.alerts, a.Labels)
			}
		}
		mu.Lock()
		seen = append(seen, n)
		mu.Unlock()
	}))
	defer hook.Close()

	// The shipped configuration, with a webhook per receiver and short waits.
	raw, err := os.ReadFile(alertmanagerConfig)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	for _, r := range doc["receivers"].([]any) {
		rcv := r.(map[string]any)
		rcv["webhook_configs"] = []any{map[string]any{"url": hook.URL + "/?receiver=" + rcv["name"].(string), "send_resolved": false}}
	}
	route := doc["route"].(map[string]any)
	route["group_wait"], route["group_interval"] = "1s", "1s"
	dir := t.TempDir()
	amCfg, err := yaml.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "alertmanager.yml"), amCfg, 0o600); err != nil {
		t.Fatal(err)
	}

	ports := natstest.FreePorts(t, 2)
	amAddr := fmt.Sprintf("127.0.0.1:%d", ports[0])
	promAddr := fmt.Sprintf("127.0.0.1:%d", ports[1])
	startProcess(t, "alertmanager", dir, amBin,
		"--config.file="+filepath.Join(dir, "alertmanager.yml"),
		"--storage.path="+filepath.Join(dir, "am"),
		"--web.listen-address="+amAddr,
		"--cluster.listen-address=", // one instance: no gossip to wait for
		"--log.level=warn")
	waitHTTP(t, "http://"+amAddr+"/-/ready", 30*time.Second)

	// Two alerts of one job: the critical one is delivered, and the
	// warning, which starts firing while the critical one fires, is
	// inhibited. The warning is pending for 10 s (for) so that it arrives
	// after the critical one has reached Alertmanager (Prometheus finds
	// the Alertmanager only after about 5 s, and then sends what fires in
	// one round): sent together, a loaded machine let the warning through
	// once, before Alertmanager had indexed the critical alert.
	rules := `groups:
  - name: test
    rules:
      - alert: CopydeskTestCritical
        expr: vector(1)
        labels: {severity: critical, job: copydesk-flagger}
      - alert: CopydeskTestWarning
        expr: vector(1)
        for: 10s
        labels: {severity: warning, job: copydesk-flagger}
`
	if err := os.WriteFile(filepath.Join(dir, "test.rules.yml"), []byte(rules), 0o600); err != nil {
		t.Fatal(err)
	}
	promCfg := fmt.Sprintf(`global:
  evaluation_interval: 1s
rule_files: [%q]
alerting:
  alertmanagers:
    - static_configs:
        - targets: [%q]
`, filepath.Join(dir, "test.rules.yml"), amAddr)
	if err := os.WriteFile(filepath.Join(dir, "prometheus.yml"), []byte(promCfg), 0o600); err != nil {
		t.Fatal(err)
	}
	startProcess(t, "prometheus", dir, promBin,
		"--config.file="+filepath.Join(dir, "prometheus.yml"),
		"--storage.tsdb.path="+filepath.Join(dir, "tsdb"),
		"--web.listen-address="+promAddr,
		// Prometheus drops the alerts it evaluates before it has
		// discovered an Alertmanager and sends them again only after
		// this delay (1m by default).
		"--rules.alert.resend-delay=1s",
		"--log.level=warn")

	deadline := time.Now().Add(60 * time.Second)
	var delivered time.Time // when the critical alert first arrived
	for {
		mu.Lock()
		got := slices.Clone(seen)
		mu.Unlock()
		var critical, warning []string
		for _, n := range got {
			for _, a := range n.alerts {
				switch a["alertname"] {
				case "CopydeskTestCritical":
					critical = append(critical, n.receiver)
				case "CopydeskTestWarning":
					warning = append(warning, n.receiver)
				}
			}
		}
		if len(warning) > 0 {
			t.Fatalf("the warning reached %v although a critical alert of its job fires", warning)
		}
		if len(critical) > 0 {
			if !slices.Equal(slices.Compact(critical), []string{"on-call"}) {
				t.Fatalf("the critical alert reached %v, want on-call", critical)
			}
			// Once Alertmanager holds the warning as inhibited, three
			// more group intervals, so that a warning the inhibition
			// let through would show.
			if delivered.IsZero() && warningInhibited(t, "http://"+amAddr) {
				delivered = time.Now()
			} else if !delivered.IsZero() && time.Since(delivered) > 3*time.Second {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no notification in 60 s (got %+v)", got)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// warningInhibited reports whether the Alertmanager at base holds
// CopydeskTestWarning, inhibited.
func warningInhibited(t *testing.T, base string) bool {
	t.Helper()
	resp, err := http.Get(base + "/api/v2/alerts?filter=alertname%3D%22CopydeskTestWarning%22")
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var alerts []struct {
		Status struct {
			State       string   `json:"state"`
			InhibitedBy []string `json:"inhibitedBy"`
		} `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&alerts); err != nil {
		return false
	}
	return len(alerts) > 0 && alerts[0].Status.State == "suppressed" && len(alerts[0].Status.InhibitedBy) > 0
}
