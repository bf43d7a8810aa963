// Package deploy has no code of its own: its tests check the deployment
// files of the repository against each other and against the metrics
// contract.
//
//   - docker-compose.yml, loaded with compose-go (the loader docker compose
//     uses) and the example env files: services, builds, health checks,
//     dependencies, volumes, replicas, secrets, NATS authentication.
//   - services/*/Dockerfile: multi-stage, static, non-root.
//   - deploy/nats/nats.conf: a real three-node nats-server cluster started
//     in-process from it refuses anonymous clients and enforces each user's
//     publish permissions.
//   - deploy/grafana and deploy/prometheus: every PromQL expression parses
//     and uses only metric names of the contract; promtool checks the rules,
//     their unit tests and the Prometheus config when promtool is on PATH.
//   - With COPYDESK_PROM_TEST=1, a real Prometheus scrapes a running
//     `copydesk up --demo` and the core dashboard panels must return data.
package deploy
