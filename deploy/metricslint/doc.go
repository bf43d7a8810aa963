// Package metricslint has no code of its own: its test builds every
// component of a copydesk process (the stages, their runners, the dead-letter
// mover, the ingest API and the review UI) on one registry, as `copydesk up`
// does, and checks the registered metrics with testutil.GatherAndLint and
// against the metrics contract. It is a package of its own so that a
// half-written component cannot stop the other deployment tests from
// compiling.
package metricslint
