package deploy

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/prometheus/prometheus/promql/parser"
)

// grafanaTestValues stand in for the dashboards' variables when an
// expression is parsed or sent to Prometheus.
var grafanaTestValues = map[string]string{
	"__rate_interval": "1m",
	"__interval":      "1m",
	"__range":         "1h",
	"stage":           ".*",
	"source":          ".*",
}

var promqlParser = parser.NewParser(parser.Options{})

// checkExpr parses expr and checks that every selector names a metric of the
// contract (or externalMetrics), that label matchers, aggregation groupings
// and vector matchings only use labels those metrics carry. It returns the
// contract families the expression uses.
func checkExpr(expr string) (families []string, err error) {
	node, err := promqlParser.ParseExpr(expr)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	allowed := seriesLabels()
	var problems []string
	parser.Inspect(node, func(n parser.Node, _ []parser.Node) error {
		switch n := n.(type) {
		case *parser.VectorSelector:
			name := n.Name
			if name == "" {
				problems = append(problems, fmt.Sprintf("selector %s has no metric name", n))
				return nil
			}
			labels, ok := allowed[name]
			if !ok {
				problems = append(problems, fmt.Sprintf("metric %q is not in the metrics contract", name))
				return nil
			}
			if fam, ok := contractFamily(name); ok && !slices.Contains(families, fam) {
				families = append(families, fam)
			}
			for _, m := range n.LabelMatchers {
				if m.Name != "__name__" && !labels[m.Name] {
					problems = append(problems, fmt.Sprintf("metric %q has no label %q", name, m.Name))
				}
			}
		case *parser.AggregateExpr:
			if n.Without {
				return nil
			}
			have := labelsBelow(n.Expr, allowed)
			for _, g := range n.Grouping {
				if !have[g] {
					problems = append(problems, fmt.Sprintf("%s by (%s): no metric below carries %q", n.Op, strings.Join(n.Grouping, ", "), g))
				}
			}
		case *parser.BinaryExpr:
			if n.VectorMatching == nil || !n.VectorMatching.On {
				return nil
			}
			lhs, rhs := labelsBelow(n.LHS, allowed), labelsBelow(n.RHS, allowed)
			for _, l := range n.VectorMatching.MatchingLabels {
				if !lhs[l] || !rhs[l] {
					problems = append(problems, fmt.Sprintf("on (%s): both sides must carry %q", strings.Join(n.VectorMatching.MatchingLabels, ", "), l))
				}
			}
		}
		return nil
	})
	if len(problems) > 0 {
		return families, fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return families, nil
}

// labelsBelow is the set of labels that the series selected under n may
// carry, following aggregations that narrow them.
func labelsBelow(n parser.Node, allowed map[string]map[string]bool) map[string]bool {
	out := map[string]bool{}
	switch n := n.(type) {
	case *parser.AggregateExpr:
		if !n.Without {
			below := labelsBelow(n.Expr, allowed)
			for _, g := range n.Grouping {
				if below[g] {
					out[g] = true
				}
			}
			return out
		}
	case *parser.VectorSelector:
		for l := range allowed[n.Name] {
			out[l] = true
		}
		return out
	}
	for _, c := range parser.Children(n) {
		for l := range labelsBelow(c, allowed) {
			out[l] = true
		}
	}
	return out
}

func TestPromQL(t *testing.T) {
	exprs := append(dashboardExprs(t), ruleExprs(t)...)
	used := map[string]bool{}
	for _, e := range exprs {
		t.Run(e.where, func(t *testing.T) {
			if strings.TrimSpace(e.expr) == "" {
				t.Fatal("empty expression")
			}
			expanded, err := expandGrafana(e.expr, grafanaTestValues)
			if err != nil {
				t.Fatal(err)
			}
			fams, err := checkExpr(expanded)
			if err != nil {
				t.Fatalf("%v\nexpr: %s", err, expanded)
			}
			for _, f := range fams {
				used[f] = true
			}
		})
	}
	t.Run("dashboards and rules cover the contract", func(t *testing.T) {
		for _, name := range sortedKeys(contract) {
			if !used[name] {
				t.Errorf("metric %s of the contract appears in no dashboard panel or rule", name)
			}
		}
	})
}

// TestCheckExpr shows that the checks of TestPromQL reject what they should.
func TestCheckExpr(t *testing.T) {
	tests := []struct {
		name, expr string
		wantErr    string // substring; "" means valid
	}{
		{"valid rate", `sum by (stage) (rate(copydesk_stage_processed_total{outcome="ok"}[5m]))`, ""},
		{"histogram series", `histogram_quantile(0.9, sum by (le) (rate(copydesk_flagger_risk_bucket[5m])))`, ""},
		{"external", `up{job="nats"} == 0`, ""},
		{"syntax error", `sum(rate(copydesk_flags_total[5m])`, "parse"},
		{"unknown metric", `rate(copydesk_flags_count_total[5m])`, "not in the metrics contract"},
		{"histogram base name is not a series", `copydesk_flagger_risk`, "not in the metrics contract"},
		{"unknown label", `copydesk_flags_total{stage="clean"}`, `no label "stage"`},
		{"grouping typo", `sum by (stages) (copydesk_stage_in_flight)`, `carries "stages"`},
		{"grouping lost by inner aggregation", `sum by (stage) (sum by (outcome) (copydesk_stage_processed_total))`, `carries "stage"`},
		{"on label missing on one side", `copydesk_stage_in_flight and on (stage) copydesk_review_queue_articles`, `both sides must carry "stage"`},
		{"no metric name", `{stage="clean"}`, "no metric name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := checkExpr(tc.expr)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tc.wantErr != "" && err == nil:
				t.Fatalf("no error, want one containing %q", tc.wantErr)
			case tc.wantErr != "" && !strings.Contains(err.Error(), tc.wantErr):
				t.Fatalf("error %q does not contain %q", err, tc.wantErr)
			}
		})
	}
}

var labelValuesQuery = regexp.MustCompile(`^label_values\((.+),\s*(\w+)\)$`)

func TestDashboards(t *testing.T) {
	want := map[string][]string{ // dashboard file -> template variables it must offer
		"pipeline.json": {"datasource", "stage"},
		"quality.json":  {"datasource", "source"},
	}
	dashboards := loadDashboards(t)
	var files []string
	for _, d := range dashboards {
		files = append(files, d.file)
	}
	for f := range want {
		if !slices.Contains(files, f) {
			t.Errorf("dashboard %s missing", f)
		}
	}
	uids := map[string]string{}
	allowed := seriesLabels()
	for _, d := range dashboards {
		t.Run(d.file, func(t *testing.T) {
			if d.UID == "" || d.Title == "" {
				t.Error("uid and title must be set")
			}
			if other, dup := uids[d.UID]; dup {
				t.Errorf("uid %q also used by %s", d.UID, other)
			}
			uids[d.UID] = d.file
			if d.SchemaVersion < 39 {
				t.Errorf("schemaVersion %d, want >= 39", d.SchemaVersion)
			}
			vars := map[string]variable{}
			for _, v := range d.Templating.List {
				vars[v.Name] = v
			}
			for _, name := range want[d.file] {
				if _, ok := vars[name]; !ok {
					t.Errorf("template variable %q missing", name)
				}
			}
			if ds, ok := vars["datasource"]; !ok || ds.Type != "datasource" || ds.Query != "prometheus" {
				t.Errorf("variable datasource must be a prometheus datasource variable, got %+v", ds)
			}
			for _, v := range d.Templating.List {
				if v.Type != "query" {
					continue
				}
				if v.Datasource == nil || v.Datasource.UID != "${datasource}" {
					t.Errorf("variable %s: datasource %+v, want uid ${datasource}", v.Name, v.Datasource)
				}
				m := labelValuesQuery.FindStringSubmatch(v.Definition)
				if m == nil {
					t.Errorf("variable %s: definition %q is not label_values(<selector>, <label>)", v.Name, v.Definition)
					continue
				}
				sel, err := promqlParser.ParseExpr(m[1])
				if err != nil {
					t.Errorf("variable %s: %v", v.Name, err)
					continue
				}
				vs, ok := sel.(*parser.VectorSelector)
				if !ok || !allowed[vs.Name][m[2]] {
					t.Errorf("variable %s: %s has no label %s in the contract", v.Name, m[1], m[2])
				}
				if v.IncludeAll && v.AllValue != ".*" {
					t.Errorf("variable %s: allValue %q, want .* (the queries use =~)", v.Name, v.AllValue)
				}
			}
			ids := map[int]bool{}
			for _, p := range d.allPanels() {
				if ids[p.ID] {
					t.Errorf("panel id %d used twice", p.ID)
				}
				ids[p.ID] = true
				if p.GridPos.W <= 0 || p.GridPos.X+p.GridPos.W > 24 {
					t.Errorf("panel %q: gridPos %+v outside the 24 columns", p.Title, p.GridPos)
				}
				if p.Type == "row" {
					continue
				}
				if p.Title == "" {
					t.Errorf("panel %d has no title", p.ID)
				}
				if len(p.Targets) == 0 {
					t.Errorf("panel %q has no queries", p.Title)
				}
				if p.Datasource == nil || p.Datasource.UID != "${datasource}" {
					t.Errorf("panel %q: datasource %+v, want uid ${datasource}", p.Title, p.Datasource)
				}
				refs := map[string]bool{}
				for _, tg := range p.Targets {
					if tg.RefID == "" || refs[tg.RefID] {
						t.Errorf("panel %q: refId %q empty or repeated", p.Title, tg.RefID)
					}
					refs[tg.RefID] = true
					if tg.Datasource == nil || tg.Datasource.UID != "${datasource}" {
						t.Errorf("panel %q/%s: datasource %+v, want uid ${datasource}", p.Title, tg.RefID, tg.Datasource)
					}
				}
			}
		})
	}
}
