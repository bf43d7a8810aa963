package metricslint

import (
	"context"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	dto "github.com/prometheus/client_model/go"
	"go.uber.org/zap"

	"github.com/copydesk/copydesk/pkg/app"
	"github.com/copydesk/copydesk/pkg/app/pipeline"
	"github.com/copydesk/copydesk/pkg/natsembed"
	"github.com/copydesk/copydesk/pkg/runner"
	"github.com/copydesk/copydesk/pkg/topology"
)

// contract is the metrics contract of the team brief: type and label names
// of every copydesk metric family. (package deploy checks the dashboards and
// rules against the same list.)
var contract = map[string]struct {
	typ    dto.MetricType
	labels []string
}{
	"copydesk_stage_processed_total":                 {dto.MetricType_COUNTER, []string{"outcome", "stage"}},
	"copydesk_stage_processing_seconds":              {dto.MetricType_HISTOGRAM, []string{"stage"}},
	"copydesk_stage_in_flight":                       {dto.MetricType_GAUGE, []string{"stage"}},
	"copydesk_stage_redeliveries_total":              {dto.MetricType_COUNTER, []string{"stage"}},
	"copydesk_stage_dead_lettered_total":             {dto.MetricType_COUNTER, []string{"stage"}},
	"copydesk_stage_consumer_pending":                {dto.MetricType_GAUGE, []string{"stage"}},
	"copydesk_stage_queue_seconds":                   {dto.MetricType_HISTOGRAM, []string{"stage"}},
	"copydesk_ingest_accepted_total":                 {dto.MetricType_COUNTER, nil},
	"copydesk_ingest_rejected_total":                 {dto.MetricType_COUNTER, []string{"reason"}},
	"copydesk_ingest_duplicates_total":               {dto.MetricType_COUNTER, []string{"kind"}},
	"copydesk_ingest_step_seconds":                   {dto.MetricType_HISTOGRAM, []string{"step"}},
	"copydesk_clean_blocks_total":                    {dto.MetricType_COUNTER, []string{"label"}},
	"copydesk_clean_spam_score":                      {dto.MetricType_HISTOGRAM, nil},
	"copydesk_clean_articles_total":                  {dto.MetricType_COUNTER, []string{"source", "spam"}},
	"copydesk_claims_quotes_per_article":             {dto.MetricType_HISTOGRAM, nil},
	"copydesk_claims_claims_per_article":             {dto.MetricType_HISTOGRAM, nil},
	"copydesk_flags_total":                           {dto.MetricType_COUNTER, []string{"code", "severity"}},
	"copydesk_flagger_risk":                          {dto.MetricType_HISTOGRAM, nil},
	"copydesk_review_queue_articles":                 {dto.MetricType_GAUGE, []string{"status"}},
	"copydesk_review_decisions_total":                {dto.MetricType_COUNTER, []string{"action"}},
	"copydesk_review_time_to_first_decision_seconds": {dto.MetricType_HISTOGRAM, nil},
}

// TestMetricsLint registers the metrics of every component on one registry
// (an in-process NATS server and a SQLite store in t.TempDir() stand in for
// the deployment) and lints them.
func TestMetricsLint(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv := natsembed.RunForTest(t)
	s := app.DefaultSettings()
	s.SetNATSURL(srv.ClientURL())
	s.SQLitePath = filepath.Join(t.TempDir(), "copydesk.db")
	log := zap.NewNop()

	conn, err := app.Connect(s, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		dctx, dcancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer dcancel()
		_ = conn.Drain(dctx)
	})
	if err := topology.Ensure(ctx, conn.JS, s.Topology()); err != nil {
		t.Fatal(err)
	}
	stores, err := app.OpenStore(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = stores.Close() })

	reg := prometheus.NewRegistry()
	stages, err := pipeline.NewStages(ctx, app.StageDeps{JS: conn.JS, Store: stores.Store}, log, reg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = app.CloseStages(stages) })
	for _, st := range stages {
		if _, err := app.NewRunner(conn, st, s, log, reg); err != nil {
			t.Fatalf("runner %s: %v", st.Name(), err)
		}
	}
	if _, err := runner.NewDLQMover(conn.JS, runner.DefaultMoverConfig(), log, reg); err != nil {
		t.Fatal(err)
	}
	if _, err := app.NewIngestAPI(ctx, conn, stores.Store, []string{"metrics-lint-token-0123456789"}, log, reg); err != nil {
		t.Fatal(err)
	}
	if _, err := app.NewReview(conn, stores, false, log, reg); err != nil {
		t.Fatal(err)
	}

	problems, err := testutil.GatherAndLint(reg)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("%s: %s", p.Metric, p.Text)
	}

	// Families registered before any traffic: type and labels as in the
	// contract. Label-partitioned families appear once a child exists; the
	// ones still absent here are checked on a running process by
	// deploy.TestRealPrometheus.
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, mf := range mfs {
		name := mf.GetName()
		seen[name] = true
		want, ok := contract[name]
		if !ok {
			t.Logf("%s is not in the metrics contract (allowed, but not on a dashboard)", name)
			continue
		}
		if mf.GetType() != want.typ {
			t.Errorf("%s: type %s, want %s", name, mf.GetType(), want.typ)
		}
		for _, m := range mf.GetMetric() {
			var labels []string
			for _, lp := range m.GetLabel() {
				labels = append(labels, lp.GetName())
			}
			sort.Strings(labels)
			if !slices.Equal(labels, want.labels) {
				t.Errorf("%s: labels %v, want %v", name, labels, want.labels)
				break
			}
		}
	}
	var absent []string
	for name := range contract {
		if !seen[name] {
			absent = append(absent, name)
		}
	}
	sort.Strings(absent)
	if len(absent) > 0 {
		t.Logf("not instantiated before traffic: %v", absent)
	}
}
