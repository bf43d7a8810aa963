// Package servicetest has no code of its own: its test runs the copydesk
// services' own code (pkg/app: the stage mains, the ingest API, the review
// UI) against the three-node NATS cluster of docker-compose.yml, each
// connecting as its own NATS user with the permissions of
// deploy/nats/nats.conf and streams replicated three times, and sends an
// article through the whole pipeline. It is a package of its own so that a
// half-written component cannot stop the other deployment tests from
// compiling.
package servicetest
