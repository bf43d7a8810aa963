package deploy

import (
	"sort"
	"strings"
)

// metricKind is the Prometheus type of a contract metric.
type metricKind int

const (
	counter metricKind = iota
	gauge
	histogram
)

// contractMetric is one metric family of the metrics contract in the team
// brief, with the labels it may carry.
type contractMetric struct {
	kind   metricKind
	labels []string
}

// contract is the metrics contract (team brief, "Metrics contract"). The
// dashboards and alert rules may only use these names (plus the series names
// a histogram expands to) and externalMetrics.
var contract = map[string]contractMetric{
	// runtime, per stage
	"copydesk_stage_processed_total":     {counter, []string{"stage", "outcome"}},
	"copydesk_stage_processing_seconds":  {histogram, []string{"stage"}},
	"copydesk_stage_in_flight":           {gauge, []string{"stage"}},
	"copydesk_stage_redeliveries_total":  {counter, []string{"stage"}},
	"copydesk_stage_dead_lettered_total": {counter, []string{"stage"}},
	"copydesk_stage_consumer_pending":    {gauge, []string{"stage"}},
	"copydesk_stage_queue_seconds":       {histogram, []string{"stage"}},
	// ingest
	"copydesk_ingest_accepted_total":   {counter, nil},
	"copydesk_ingest_rejected_total":   {counter, []string{"reason"}},
	"copydesk_ingest_duplicates_total": {counter, []string{"kind"}},
	"copydesk_ingest_step_seconds":     {histogram, []string{"step"}},
	// clean
	"copydesk_clean_blocks_total":   {counter, []string{"label"}},
	"copydesk_clean_spam_score":     {histogram, nil},
	"copydesk_clean_articles_total": {counter, []string{"source", "spam"}},
	// claims
	"copydesk_claims_quotes_per_article": {histogram, nil},
	"copydesk_claims_claims_per_article": {histogram, nil},
	// flagger
	"copydesk_flags_total":  {counter, []string{"code", "severity"}},
	"copydesk_flagger_risk": {histogram, nil},
	// review
	"copydesk_review_queue_articles":                 {gauge, []string{"status"}},
	"copydesk_review_decisions_total":                {counter, []string{"action"}},
	"copydesk_review_time_to_first_decision_seconds": {histogram, nil},
}

// externalMetrics are series outside copydesk's own contract that the
// dashboards and rules may use, with the labels they may be matched on:
// Prometheus's own per-target and alert series, the metrics of
// prometheus-nats-exporter (the nats-exporter-N services of
// docker-compose.yml; NATS itself exposes no Prometheus metrics), and
// client_golang's standard process metrics.
var externalMetrics = map[string][]string{
	"up":                             nil,
	"ALERTS":                         {"alertname", "alertstate", "severity", "stage"},
	"gnatsd_healthz_status":          {"server_id"},
	"gnatsd_varz_connections":        {"server_id"},
	"gnatsd_varz_slow_consumers":     {"server_id"},
	"jetstream_consumer_num_pending": {"server_id", "stream_name", "consumer_name", "is_consumer_leader"},
	// client_golang's process collector, which every copydesk process
	// registers (app.NewRegistry).
	"process_resident_memory_bytes": nil,
	"process_cpu_seconds_total":     nil,
	// and its Go collector.
	"go_goroutines": nil,
}

// targetLabels are attached by Prometheus to every scraped series.
var targetLabels = []string{"job", "instance"}

// seriesLabels maps every series name the contract allows (a histogram
// expands to _bucket, _sum and _count) to the labels it may carry.
func seriesLabels() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	add := func(name string, labels []string, extra ...string) {
		set := map[string]bool{}
		for _, l := range append(append(append([]string{}, labels...), targetLabels...), extra...) {
			set[l] = true
		}
		out[name] = set
	}
	for name, m := range contract {
		if m.kind == histogram {
			add(name+"_bucket", m.labels, "le")
			add(name+"_sum", m.labels)
			add(name+"_count", m.labels)
			continue
		}
		add(name, m.labels)
	}
	for name, labels := range externalMetrics {
		add(name, labels)
	}
	return out
}

// contractFamily returns the contract family a series name belongs to
// ("copydesk_flagger_risk_bucket" -> "copydesk_flagger_risk").
func contractFamily(series string) (string, bool) {
	if _, ok := contract[series]; ok {
		return series, true
	}
	for _, suffix := range []string{"_bucket", "_sum", "_count"} {
		base, ok := strings.CutSuffix(series, suffix)
		if m, found := contract[base]; ok && found && m.kind == histogram {
			return base, true
		}
	}
	return "", false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
