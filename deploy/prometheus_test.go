package deploy

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil/promlint"

	"github.com/copydesk/copydesk/deploy/internal/natstest"
)

// corePanels are the dashboard panels whose every query must return data
// once `copydesk up --demo` has processed the seeds. The others need traffic
// the demo does not make (NATS exporters, firing alerts, dead letters).
var corePanels = map[string][]string{
	"pipeline.json": {
		"Messages processed per second by stage",
		"Ingest",
		"Processing latency p50 / p95 / p99 by stage",
		"Mean processing time by stage",
		"Error ratio by stage",
		"Dead letters and redeliveries",
		"Consumer pending by stage",
		"In flight by stage",
		"Service replicas up",
		"Resident memory by service",
		"CPU by service",
		"CPU seconds per article",
	},
	"quality.json": {
		"Flags by code",
		"Flags by code in range",
		"Flags by severity",
		"Risk distribution",
		"Risk p50 / p90",
		"Spam share by source",
		"Spam share by source in range",
		"Spam score distribution",
		"Blocks by label",
		"Quotes and claims per article",
		"Waiting for a decision",
		"Review backlog by status",
		"Review decisions by action",
	},
}

// The pipeline stages that run in `copydesk up`.
var pipelineStages = []string{"claims", "clean", "flagger"}

// TestRealPrometheus scrapes a running `copydesk up --demo` with Debian's
// prometheus binary and queries the dashboards' core panels and the alert
// rules through Prometheus's HTTP API. COPYDESK_PROM_TEST=1 enables it;
// COPYDESK_BIN names a built copydesk binary (else the test builds one).
func TestRealPrometheus(t *testing.T) {
	if os.Getenv("COPYDESK_PROM_TEST") != "1" {
		t.Skip("set COPYDESK_PROM_TEST=1 to run copydesk up under a real Prometheus")
	}
	promBin, err := exec.LookPath("prometheus")
	if err != nil {
		t.Fatal("prometheus not on PATH: apt-get install prometheus")
	}
	root, err := filepath.Abs(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	bin := copydeskBinary(t, root)
	seeds, err := filepath.Glob(filepath.Join(root, "seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds in %s/seeds (%v)", root, err)
	}
	ports := natstest.FreePorts(t, 3)
	appAddr := fmt.Sprintf("127.0.0.1:%d", ports[0])
	natsAddr := fmt.Sprintf("127.0.0.1:%d", ports[1])
	promAddr := fmt.Sprintf("127.0.0.1:%d", ports[2])
	dir := t.TempDir()

	// Prometheus first, so that it sees the counters from their start.
	rules, err := filepath.Abs("prometheus/rules/copydesk.rules.yml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := fmt.Sprintf(`global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files:
  - %q
scrape_configs:
  - job_name: copydesk-up
    static_configs:
      - targets: [%q]
`, rules, appAddr)
	cfgPath := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	startProcess(t, "prometheus", dir, promBin,
		"--config.file="+cfgPath,
		"--storage.tsdb.path="+filepath.Join(dir, "tsdb"),
		"--web.listen-address="+promAddr,
		"--log.level=warn")
	promURL := "http://" + promAddr
	waitHTTP(t, promURL+"/-/ready", 30*time.Second)

	app := startProcess(t, "copydesk", root, bin, "up", "--demo",
		"--data-dir", filepath.Join(dir, "data"),
		"--addr", appAddr, "--nats-addr", natsAddr)
	waitHTTP(t, "http://"+appAddr+"/healthz", 60*time.Second)

	// Wait until every stage has processed every seed, as Prometheus sees it.
	want := len(seeds)
	deadline := time.Now().Add(90 * time.Second)
	for {
		res, err := promQuery(promURL, `sum by (stage) (copydesk_stage_processed_total{outcome="ok"})`)
		done := err == nil && len(res) >= len(pipelineStages)
		for _, s := range res {
			done = done && s.value() >= float64(want)
		}
		if done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("seeds not processed in time: last result %v, error %v\ncopydesk output:\n%s", res, err, app.output())
		}
		time.Sleep(time.Second)
	}
	// A few more scrapes so that every rate window holds several samples.
	time.Sleep(4 * time.Second)

	values := map[string]string{"__rate_interval": "1m", "__interval": "1m", "__range": "5m", "stage": ".*", "source": ".*"}
	for _, d := range loadDashboards(t) {
		for _, p := range d.allPanels() {
			if !slices.Contains(corePanels[d.file], p.Title) {
				continue
			}
			for _, tg := range p.Targets {
				t.Run(fmt.Sprintf("%s/%s/%s", d.file, p.Title, tg.RefID), func(t *testing.T) {
					q, err := expandGrafana(tg.Expr, values)
					if err != nil {
						t.Fatal(err)
					}
					res, err := promQuery(promURL, q)
					if err != nil {
						t.Fatalf("%s: %v", q, err)
					}
					if len(res) == 0 {
						t.Fatalf("no data for %s", q)
					}
				})
			}
		}
	}
	for f, titles := range corePanels {
		for _, title := range titles {
			if !panelExists(t, f, title) {
				t.Errorf("core panel %s/%q is not in the dashboard", f, title)
			}
		}
	}

	t.Run("throughput per stage", func(t *testing.T) {
		res, err := promQuery(promURL, `sum by (stage) (increase(copydesk_stage_processed_total{outcome="ok"}[5m]))`)
		if err != nil {
			t.Fatal(err)
		}
		var stages []string
		for _, s := range res {
			stages = append(stages, s.Metric["stage"])
		}
		slices.Sort(stages)
		if !slices.Equal(stages, pipelineStages) {
			t.Errorf("stages %v, want %v", stages, pipelineStages)
		}
	})

	t.Run("alert rules load and evaluate", func(t *testing.T) {
		var body struct {
			Status string
			Data   struct {
				Groups []struct {
					Name  string
					Rules []struct {
						Name, Health, LastError, State, Type string
					}
				}
			}
		}
		if err := getJSON(promURL+"/api/v1/rules", &body); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, g := range body.Data.Groups {
			for _, r := range g.Rules {
				n++
				if r.Health != "ok" || r.LastError != "" {
					t.Errorf("rule %s: health %q, error %q", r.Name, r.Health, r.LastError)
				}
				if r.Type == "alerting" && r.State == "firing" {
					t.Errorf("alert %s fires on a healthy demo", r.Name)
				}
			}
		}
		if want := len(loadRules(t)); n != want {
			t.Errorf("Prometheus loaded %d rules, want %d", n, want)
		}
	})

	t.Run("metrics exposition", func(t *testing.T) {
		resp, err := http.Get("http://" + appAddr + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		problems, err := promlint.New(bytes.NewReader(raw)).Lint()
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range problems {
			if strings.HasPrefix(p.Metric, "copydesk_") {
				t.Errorf("lint %s: %s", p.Metric, p.Text)
			}
		}
		for _, name := range sortedKeys(contract) {
			if !bytes.Contains(raw, []byte("\n# TYPE "+name+" ")) {
				t.Errorf("contract metric %s is not exposed by copydesk up", name)
			}
		}
	})
}

func panelExists(t *testing.T, file, title string) bool {
	for _, d := range loadDashboards(t) {
		if d.file != file {
			continue
		}
		for _, p := range d.allPanels() {
			if p.Title == title {
				return true
			}
		}
	}
	return false
}

// copydeskBinary returns $COPYDESK_BIN or builds services/copydesk.
func copydeskBinary(t *testing.T, root string) string {
	t.Helper()
	if bin := os.Getenv("COPYDESK_BIN"); bin != "" {
		return bin
	}
	bin := filepath.Join(t.TempDir(), "copydesk")
	cmd := exec.Command("go", "build", "-o", bin, "./services/copydesk")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./services/copydesk: %v\n%s", err, out)
	}
	return bin
}

type process struct {
	cmd *exec.Cmd
	log string
}

func (p *process) output() string {
	raw, _ := os.ReadFile(p.log)
	if len(raw) > 8000 {
		raw = raw[len(raw)-8000:]
	}
	return string(raw)
}

// startProcess starts bin in dir with its output in a log file, and stops
// it (SIGINT, then SIGKILL after 15s) when the test ends.
func startProcess(t *testing.T, name, dir, bin string, args ...string) *process {
	t.Helper()
	logPath := filepath.Join(t.TempDir(), name+".log")
	f, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, f, f
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	p := &process{cmd: cmd, log: logPath}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
		f.Close()
		if t.Failed() {
			t.Logf("%s output:\n%s", name, p.output())
		}
	})
	return p
}

func waitHTTP(t *testing.T, u string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		resp, err := http.Get(u)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s not OK after %s (last error %v)", u, d, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// promSample is one element of an instant vector result.
type promSample struct {
	Metric map[string]string `json:"metric"`
	Value  [2]any            `json:"value"`
}

func (s promSample) value() float64 {
	str, _ := s.Value[1].(string)
	v, err := strconv.ParseFloat(str, 64)
	if err != nil {
		return -1
	}
	return v
}

// promQuery runs an instant query and returns its vector (a scalar result
// becomes one sample).
func promQuery(base, q string) ([]promSample, error) {
	var body struct {
		Status, Error string
		Data          struct {
			ResultType string          `json:"resultType"`
			Result     json.RawMessage `json:"result"`
		}
	}
	if err := getJSON(base+"/api/v1/query?query="+url.QueryEscape(q), &body); err != nil {
		return nil, err
	}
	if body.Status != "success" {
		return nil, fmt.Errorf("query %s: %s", q, body.Error)
	}
	switch body.Data.ResultType {
	case "vector":
		var out []promSample
		err := json.Unmarshal(body.Data.Result, &out)
		return out, err
	case "scalar":
		var v [2]any
		err := json.Unmarshal(body.Data.Result, &v)
		return []promSample{{Value: v}}, err
	default:
		return nil, fmt.Errorf("query %s: result type %s", q, body.Data.ResultType)
	}
}

func getJSON(u string, v any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}
