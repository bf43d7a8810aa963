package deploy

import (
	"context"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/compose-spec/compose-go/v2/types"
	"github.com/google/go-cmp/cmp"

	"github.com/copydesk/copydesk/deploy/internal/natstest"
)

var (
	// copydeskServices are built from services/<name>/Dockerfile.
	copydeskServices = []string{"ingest", "clean", "claims", "flagger", "review"}
	// statelessWorkers run two replicas each.
	statelessWorkers = []string{"clean", "claims", "flagger"}
	// storeServices read or write PostgreSQL.
	storeServices = []string{"ingest", "flagger", "review"}
	natsNodes     = natstest.Nodes
	natsExporters = []string{"nats-exporter-1", "nats-exporter-2", "nats-exporter-3"}
)

// loadCompose loads docker-compose.yml the way docker compose does, with the
// example env files standing in for the real (git-ignored) ones: the compose
// file and the examples, renamed, are copied to a temporary directory, which
// becomes the project directory. It returns the project and that directory.
func loadCompose(t *testing.T) (*types.Project, string) {
	t.Helper()
	dir := t.TempDir()
	raw, err := os.ReadFile(repoPath("docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "docker-compose.yml"), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	examples, err := filepath.Glob(repoPath("deploy", "env", "*.env.example"))
	if err != nil || len(examples) == 0 {
		t.Fatalf("no env examples in deploy/env (%v)", err)
	}
	envDir := filepath.Join(dir, "deploy", "env")
	if err := os.MkdirAll(envDir, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, ex := range examples {
		raw, err := os.ReadFile(ex)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(ex), ".example")
		if err := os.WriteFile(filepath.Join(envDir, name), raw, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	opts, err := cli.NewProjectOptions(
		[]string{filepath.Join(dir, "docker-compose.yml")},
		cli.WithWorkingDirectory(dir),
		cli.WithEnv(nil), // no host environment: defaults apply
		cli.WithResolvedPaths(true),
	)
	if err != nil {
		t.Fatal(err)
	}
	p, err := opts.LoadProject(context.Background())
	if err != nil {
		t.Fatalf("load docker-compose.yml: %v", err)
	}
	return p, dir
}

// inRepo maps a path resolved inside the temporary project directory back
// to the repository.
func inRepo(t *testing.T, dir, p string) string {
	t.Helper()
	rel, err := filepath.Rel(dir, p)
	if err != nil || strings.HasPrefix(rel, "..") {
		t.Fatalf("path %s is outside the project directory", p)
	}
	return repoPath(rel)
}

func env(s types.ServiceConfig, key string) string {
	if v, ok := s.Environment[key]; ok && v != nil {
		return *v
	}
	return ""
}

func service(t *testing.T, p *types.Project, name string) types.ServiceConfig {
	t.Helper()
	s, err := p.GetService(name)
	if err != nil {
		t.Fatalf("service %s: %v", name, err)
	}
	return s
}

func TestComposeServices(t *testing.T) {
	p, _ := loadCompose(t)
	want := append(append(append([]string{"postgres", "prometheus", "alertmanager", "grafana"}, natsNodes...), natsExporters...), copydeskServices...)
	sort.Strings(want)
	got := p.ServiceNames()
	sort.Strings(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("services (-want +got):\n%s", diff)
	}
	for _, name := range got {
		s := service(t, p, name)
		if s.Image == "" && s.Build == nil {
			t.Errorf("%s: neither image nor build", name)
		}
		if s.Restart == "" {
			t.Errorf("%s: no restart policy", name)
		}
		// The exporters' image is not known to ship a shell or HTTP client;
		// their health is their `up` series in Prometheus.
		if slices.Contains(natsExporters, name) {
			continue
		}
		if s.HealthCheck == nil || s.HealthCheck.Disable || len(s.HealthCheck.Test) < 2 {
			t.Errorf("%s: no health check", name)
		}
	}
}

var healthzURL = regexp.MustCompile(`^http://127\.0\.0\.1:(\d+)/healthz$`)

func TestComposeCopydeskServices(t *testing.T) {
	p, dir := loadCompose(t)
	natsEnv := service(t, p, "nats-1")
	pgEnv := service(t, p, "postgres")
	for _, name := range copydeskServices {
		t.Run(name, func(t *testing.T) {
			s := service(t, p, name)
			if s.Build == nil {
				t.Fatal("no build section")
			}
			if inRepo(t, dir, s.Build.Context) != repoPath(".") {
				t.Errorf("build context %s, want the repository root (go.work)", s.Build.Context)
			}
			if want := "services/" + name + "/Dockerfile"; filepath.ToSlash(s.Build.Dockerfile) != want {
				t.Errorf("dockerfile %q, want %q", s.Build.Dockerfile, want)
			}
			if _, err := os.Stat(repoPath("services", name, "Dockerfile")); err != nil {
				t.Error(err)
			}
			if s.Image == "" {
				t.Error("no image name for the built image")
			}

			// Health check against /healthz on the port the service listens on.
			_, port, err := net.SplitHostPort(env(s, "COPYDESK_ADDR"))
			if err != nil {
				t.Fatalf("COPYDESK_ADDR: %v", err)
			}
			test := []string(s.HealthCheck.Test)
			if len(test) == 0 || test[0] != "CMD" {
				t.Fatalf("health check %q: want an exec-form CMD", test)
			}
			m := healthzURL.FindStringSubmatch(test[len(test)-1])
			if m == nil || m[1] != port {
				t.Errorf("health check %q does not GET /healthz on port %s", test, port)
			}
			for _, d := range []*types.Duration{s.HealthCheck.Interval, s.HealthCheck.Timeout} {
				if d == nil {
					t.Error("health check needs interval and timeout")
				}
			}

			// NATS: the whole cluster, the service's own user, its password
			// equal to the one nats-server has for that user.
			var urls []string
			for _, u := range strings.Split(env(s, "COPYDESK_NATS_URL"), ",") {
				urls = append(urls, strings.TrimSpace(u))
			}
			var wantURLs []string
			for _, n := range natsNodes {
				wantURLs = append(wantURLs, "nats://"+n+":4222")
			}
			if diff := cmp.Diff(wantURLs, urls); diff != "" {
				t.Errorf("COPYDESK_NATS_URL (-want +got):\n%s", diff)
			}
			if got := env(s, "COPYDESK_NATS_USER"); got != name {
				t.Errorf("COPYDESK_NATS_USER %q, want %q", got, name)
			}
			pw := env(s, "COPYDESK_NATS_PASSWORD")
			if pw == "" || pw != env(natsEnv, "NATS_"+strings.ToUpper(name)+"_PASSWORD") {
				t.Errorf("COPYDESK_NATS_PASSWORD %q does not match NATS_%s_PASSWORD of the NATS nodes", pw, strings.ToUpper(name))
			}
			if got := env(s, "COPYDESK_REPLICAS"); got != "3" {
				t.Errorf("COPYDESK_REPLICAS %q, want 3 (one copy per NATS node)", got)
			}
			if _, inline := s.Environment["COPYDESK_NATS_PASSWORD"]; inline && len(s.EnvFiles) == 0 {
				t.Error("secrets must come from env files")
			}

			for _, n := range natsNodes {
				if d, ok := s.DependsOn[n]; !ok || d.Condition != types.ServiceConditionHealthy {
					t.Errorf("depends_on %s: %+v, want condition service_healthy", n, d)
				}
			}

			// PostgreSQL DSN for the services that use the store.
			dsn := env(s, "COPYDESK_POSTGRES_DSN")
			if !slices.Contains(storeServices, name) {
				if dsn != "" {
					t.Errorf("%s does not use the store but gets COPYDESK_POSTGRES_DSN", name)
				}
			} else {
				if d, ok := s.DependsOn["postgres"]; !ok || d.Condition != types.ServiceConditionHealthy {
					t.Errorf("depends_on postgres: %+v, want condition service_healthy", d)
				}
				u, err := url.Parse(dsn)
				if err != nil {
					t.Fatalf("COPYDESK_POSTGRES_DSN: %v", err)
				}
				pw, _ := u.User.Password()
				if u.Hostname() != "postgres" || u.User.Username() != env(pgEnv, "POSTGRES_USER") ||
					pw != env(pgEnv, "POSTGRES_PASSWORD") || strings.TrimPrefix(u.Path, "/") != env(pgEnv, "POSTGRES_DB") {
					t.Errorf("COPYDESK_POSTGRES_DSN %q does not match the postgres service's user, password and database", dsn)
				}
			}

			// Replicas: the stateless workers run two, share one JetStream
			// consumer, and so cannot publish a fixed host port.
			replicas := s.GetScale()
			if slices.Contains(statelessWorkers, name) {
				if replicas != 2 {
					t.Errorf("deploy.replicas %d, want 2", replicas)
				}
				if len(s.Ports) > 0 {
					t.Errorf("a replicated worker publishes ports %v", s.Ports)
				}
			}
			if !s.ReadOnly {
				t.Error("root filesystem should be read-only")
			}
			if name == "ingest" {
				tokens := strings.Split(env(s, "COPYDESK_TOKENS"), ",")
				for _, tok := range tokens {
					if len(strings.TrimSpace(tok)) < 16 {
						t.Errorf("COPYDESK_TOKENS: token %q shorter than the 16 characters ingest requires", tok)
					}
				}
			}
		})
	}
}

// TestComposeCLI checks the on-demand copydesk tool: outside the default
// profile (docker compose up does not start it), built from the copydesk
// command, with the store's DSN.
func TestComposeCLI(t *testing.T) {
	p, dir := loadCompose(t)
	s, ok := p.DisabledServices["cli"]
	if !ok {
		t.Fatal("no cli service outside the default profile")
	}
	if !slices.Equal(s.Profiles, []string{"tools"}) {
		t.Errorf("profiles %v, want [tools]", s.Profiles)
	}
	if s.Build == nil || inRepo(t, dir, s.Build.Context) != repoPath(".") ||
		filepath.ToSlash(s.Build.Dockerfile) != "services/copydesk/Dockerfile" {
		t.Fatalf("build %+v, want services/copydesk/Dockerfile in the repository root", s.Build)
	}
	if _, err := os.Stat(repoPath("services", "copydesk", "Dockerfile")); err != nil {
		t.Error(err)
	}
	// Disabled services are not environment-resolved: read the env files.
	var files []string
	for _, ef := range s.EnvFiles {
		files = append(files, ef.Path)
	}
	vars, err := dotenv.Read(files...)
	if err != nil {
		t.Fatal(err)
	}
	if vars["COPYDESK_POSTGRES_DSN"] == "" {
		t.Error("cli has no COPYDESK_POSTGRES_DSN")
	}
}

func TestComposeNATS(t *testing.T) {
	p, dir := loadCompose(t)
	for _, name := range natsNodes {
		t.Run(name, func(t *testing.T) {
			s := service(t, p, name)
			if got := env(s, "NATS_SERVER_NAME"); got != name {
				t.Errorf("NATS_SERVER_NAME %q, want %q", got, name)
			}
			if len(s.EnvFiles) == 0 {
				t.Error("NATS passwords must come from an env file")
			}
			mounts := mountsOf(t, dir, s)
			if got := mounts["/etc/nats/nats.conf"]; got != "bind:"+repoPath("deploy", "nats", "nats.conf")+":ro" {
				t.Errorf("/etc/nats/nats.conf mounted from %q", got)
			}
			if got := mounts["/data"]; got != "volume:"+name+"-data" {
				t.Errorf("/data (JetStream store) mounted from %q, want volume %s-data", got, name)
			}
			cmd := strings.Join(s.Command, " ")
			if !strings.Contains(cmd, "--config /etc/nats/nats.conf") {
				t.Errorf("command %q does not load /etc/nats/nats.conf", cmd)
			}
			for _, n := range natsNodes {
				if !strings.Contains(cmd, "nats://route:${NATS_CLUSTER_PASSWORD}@"+n+":6222") {
					t.Errorf("command %q has no authenticated route to %s", cmd, n)
				}
			}
			// Every password the config needs is set.
			for _, v := range natsConfigVars(t) {
				if env(s, v) == "" {
					t.Errorf("%s is not set in the NATS env file", v)
				}
			}
		})
	}
	// The image runs the nats-server release the config is tested with.
	gomod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`github.com/nats-io/nats-server/v2 v(\d+\.\d+)\.`).FindSubmatch(gomod)
	if m == nil {
		t.Fatal("no nats-server in deploy/go.mod")
	}
	for _, name := range natsNodes {
		if img, want := service(t, p, name).Image, "nats:"+string(m[1])+"-alpine"; img != want {
			t.Errorf("%s image %q, want %q (the nats-server version TestNATSCluster runs)", name, img, want)
		}
	}
	for i, name := range natsExporters {
		s := service(t, p, name)
		node := natsNodes[i]
		if !slices.Contains(s.Command, "http://"+node+":8222") {
			t.Errorf("%s does not watch %s: command %q", name, node, s.Command)
		}
		if d, ok := s.DependsOn[node]; !ok || d.Condition != types.ServiceConditionHealthy {
			t.Errorf("%s: depends_on %s %+v, want service_healthy", name, node, d)
		}
	}
	// The config refuses anonymous clients; see TestNATSCluster for the live
	// check.
	opts := natsOptions(t, natsEnvFromService(t, service(t, p, "nats-1")))
	assertNoAnonymous(t, opts)
}

// mountsOf maps each mount target to "type:source[:ro]", sources mapped back
// into the repository.
func mountsOf(t *testing.T, dir string, s types.ServiceConfig) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, v := range s.Volumes {
		src := v.Source
		if v.Type == types.VolumeTypeBind {
			src = inRepo(t, dir, v.Source)
			if _, err := os.Stat(src); err != nil {
				t.Errorf("%s: bind mount source: %v", s.Name, err)
			}
		}
		m := v.Type + ":" + src
		if v.ReadOnly {
			m += ":ro"
		}
		out[v.Target] = m
	}
	return out
}

func TestComposeVolumesAndEnvFiles(t *testing.T) {
	p, dir := loadCompose(t)
	wantVolumes := []string{"alertmanager-data", "grafana-data", "nats-1-data", "nats-2-data", "nats-3-data", "postgres-data", "prometheus-data"}
	if diff := cmp.Diff(wantVolumes, sortedKeys(p.Volumes)); diff != "" {
		t.Errorf("named volumes (-want +got):\n%s", diff)
	}
	used := map[string]bool{}
	for _, s := range p.Services {
		for target, m := range mountsOf(t, dir, s) {
			if name, ok := strings.CutPrefix(m, "volume:"); ok {
				used[strings.TrimSuffix(name, ":ro")] = true
			}
			_ = target
		}
		for _, ef := range s.EnvFiles {
			real := inRepo(t, dir, ef.Path)
			if _, err := os.Stat(real + ".example"); err != nil {
				t.Errorf("%s: env file %s has no example: %v", s.Name, ef.Path, err)
			}
			if !ef.Required {
				t.Errorf("%s: env file %s should be required (a missing secret must stop compose)", s.Name, ef.Path)
			}
		}
	}
	for _, v := range wantVolumes {
		if !used[v] {
			t.Errorf("volume %s is mounted by no service", v)
		}
	}
	if got := mountsOf(t, dir, service(t, p, "postgres"))["/var/lib/postgresql/data"]; got != "volume:postgres-data" {
		t.Errorf("postgres data on %q", got)
	}
	ignore, err := os.ReadFile(repoPath("deploy", "env", ".gitignore"))
	if err != nil || !strings.Contains(string(ignore), "*.env") {
		t.Errorf("deploy/env/.gitignore must ignore the real *.env files (%v)", err)
	}
}

// prometheusConfig is the part of prometheus.yml the tests check.
type prometheusConfig struct {
	RuleFiles []string `yaml:"rule_files"`
	Alerting  struct {
		Alertmanagers []struct {
			StaticConfigs []struct {
				Targets []string `yaml:"targets"`
			} `yaml:"static_configs"`
		} `yaml:"alertmanagers"`
	} `yaml:"alerting"`
	ScrapeConfigs []struct {
		JobName       string `yaml:"job_name"`
		StaticConfigs []struct {
			Targets []string `yaml:"targets"`
		} `yaml:"static_configs"`
		DNSSDConfigs []struct {
			Names []string `yaml:"names"`
			Type  string   `yaml:"type"`
			Port  int      `yaml:"port"`
		} `yaml:"dns_sd_configs"`
	} `yaml:"scrape_configs"`
}

func TestComposePrometheus(t *testing.T) {
	p, dir := loadCompose(t)
	prom := service(t, p, "prometheus")
	mounts := mountsOf(t, dir, prom)
	if got := mounts["/etc/prometheus/prometheus.yml"]; got != "bind:"+repoPath("deploy", "prometheus", "prometheus.yml")+":ro" {
		t.Errorf("prometheus.yml mounted from %q", got)
	}
	if got := mounts["/etc/prometheus/rules"]; got != "bind:"+repoPath("deploy", "prometheus", "rules")+":ro" {
		t.Errorf("rules mounted from %q", got)
	}
	if !slices.Contains(prom.Command, "--config.file=/etc/prometheus/prometheus.yml") {
		t.Errorf("prometheus command %q", prom.Command)
	}

	var cfg prometheusConfig
	readYAML(t, repoPath("deploy", "prometheus", "prometheus.yml"), &cfg)
	jobs := map[string]int{}
	for i, sc := range cfg.ScrapeConfigs {
		jobs[sc.JobName] = i
	}
	// Every replica of every copydesk service is scraped: DNS discovery of the
	// compose service name on the port it listens on.
	for _, name := range copydeskServices {
		i, ok := jobs["copydesk-"+name]
		if !ok {
			t.Errorf("no scrape job copydesk-%s", name)
			continue
		}
		_, port, _ := net.SplitHostPort(env(service(t, p, name), "COPYDESK_ADDR"))
		sc := cfg.ScrapeConfigs[i]
		if len(sc.DNSSDConfigs) != 1 || !slices.Equal(sc.DNSSDConfigs[0].Names, []string{name}) ||
			sc.DNSSDConfigs[0].Type != "A" || port == "" || sc.DNSSDConfigs[0].Port != atoi(t, port) {
			t.Errorf("job copydesk-%s: %+v, want A-record discovery of %q on port %s", name, sc.DNSSDConfigs, name, port)
		}
	}
	i, ok := jobs["nats"]
	if !ok {
		t.Fatal("no scrape job nats")
	}
	var targets []string
	for _, st := range cfg.ScrapeConfigs[i].StaticConfigs {
		targets = append(targets, st.Targets...)
	}
	var want []string
	for _, e := range natsExporters {
		want = append(want, e+":7777") // prometheus-nats-exporter's default port
	}
	if diff := cmp.Diff(want, targets); diff != "" {
		t.Errorf("nats job targets (-want +got):\n%s", diff)
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			t.Fatalf("not a port: %q", s)
		}
		n = n*10 + int(c-'0')
	}
	return n
}

type grafanaDatasources struct {
	Datasources []struct {
		Name, UID, Type, URL string
		IsDefault            bool `yaml:"isDefault"`
	} `yaml:"datasources"`
}

type grafanaProviders struct {
	Providers []struct {
		Name    string
		Type    string
		Options struct {
			Path string
		}
	} `yaml:"providers"`
}

func TestComposeGrafana(t *testing.T) {
	p, dir := loadCompose(t)
	g := service(t, p, "grafana")
	mounts := mountsOf(t, dir, g)
	if got := mounts["/etc/grafana/provisioning"]; got != "bind:"+repoPath("deploy", "grafana", "provisioning")+":ro" {
		t.Errorf("provisioning mounted from %q", got)
	}
	var prov grafanaProviders
	readYAML(t, repoPath("deploy", "grafana", "provisioning", "dashboards", "dashboards.yml"), &prov)
	if len(prov.Providers) != 1 || prov.Providers[0].Type != "file" {
		t.Fatalf("dashboard providers %+v, want one file provider", prov.Providers)
	}
	if got := mounts[prov.Providers[0].Options.Path]; got != "bind:"+repoPath("deploy", "grafana", "dashboards")+":ro" {
		t.Errorf("provider path %s is mounted from %q, want deploy/grafana/dashboards", prov.Providers[0].Options.Path, got)
	}
	if d, ok := g.DependsOn["prometheus"]; !ok || d.Condition != types.ServiceConditionHealthy {
		t.Errorf("grafana depends_on prometheus %+v", d)
	}
	if env(g, "GF_SECURITY_ADMIN_PASSWORD") == "" || len(g.EnvFiles) == 0 {
		t.Error("the Grafana admin password must come from an env file")
	}

	var ds grafanaDatasources
	readYAML(t, repoPath("deploy", "grafana", "provisioning", "datasources", "prometheus.yml"), &ds)
	if len(ds.Datasources) != 2 {
		t.Fatalf("datasources %+v, want Prometheus and Alertmanager", ds.Datasources)
	}
	d := ds.Datasources[0]
	u, err := url.Parse(d.URL)
	if err != nil || u.Hostname() != "prometheus" || u.Port() != "9090" || d.Type != "prometheus" || !d.IsDefault {
		t.Errorf("datasource %+v is not the default one on the prometheus service", d)
	}
	am := ds.Datasources[1]
	if u, err := url.Parse(am.URL); err != nil || u.Hostname() != "alertmanager" || u.Port() != "9093" || am.Type != "alertmanager" || am.IsDefault {
		t.Errorf("datasource %+v does not point at the alertmanager service", am)
	}
	// The dashboards' datasource variable defaults to this uid.
	for _, db := range loadDashboards(t) {
		raw, err := os.ReadFile(repoPath("deploy", "grafana", "dashboards", db.file))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(raw), `"value": "`+d.UID+`"`) {
			t.Errorf("%s: datasource variable does not default to uid %q", db.file, d.UID)
		}
	}
}

func TestDockerfiles(t *testing.T) {
	for _, name := range append(slices.Clone(copydeskServices), "copydesk") {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(repoPath("services", name, "Dockerfile"))
			if err != nil {
				t.Fatal(err)
			}
			var froms []string
			var lastUser string
			for _, line := range strings.Split(string(raw), "\n") {
				f := strings.Fields(line)
				if len(f) < 2 {
					continue
				}
				switch strings.ToUpper(f[0]) {
				case "FROM":
					froms = append(froms, f[1])
					lastUser = ""
				case "USER":
					lastUser = f[1]
				}
			}
			if len(froms) < 2 {
				t.Fatalf("FROM %v: want a multi-stage build", froms)
			}
			if !strings.HasPrefix(froms[0], "golang:1.26") {
				t.Errorf("builder %s, want golang:1.26", froms[0])
			}
			if base := froms[len(froms)-1]; !strings.HasPrefix(base, "alpine:") && !strings.HasPrefix(base, "gcr.io/distroless/static") {
				t.Errorf("runtime base %s, want alpine or distroless/static", base)
			}
			if lastUser != "nonroot" {
				t.Errorf("runtime stage runs as %q, want nonroot", lastUser)
			}
			for _, want := range []string{"CGO_ENABLED=0", "COPY . ."} {
				if !strings.Contains(string(raw), want) {
					t.Errorf("Dockerfile lacks %q", want)
				}
			}
			if !regexp.MustCompile(`(?m)go build .* \./services/` + name + `$`).Match(raw) {
				t.Errorf("Dockerfile does not build ./services/%s", name)
			}
		})
	}
	ignore, err := os.ReadFile(repoPath(".dockerignore"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{".git", "deploy/env/*.env"} {
		if !slices.Contains(strings.Split(string(ignore), "\n"), want) {
			t.Errorf(".dockerignore lacks %q", want)
		}
	}
}
