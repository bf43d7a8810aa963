#!/usr/bin/env bash
# soak.sh: the memory soak of issue 8 on real processes. Builds nats-server
# (the version pkg/go.mod embeds) and the four workers, starts them on one
# machine (JetStream and a shared SQLite file in a temporary directory), and
# runs `copydesk bench` against them: flat out, then half that rate, then a
# soak at half the maximum rate, sampling every process's RSS every 10 s.
#
#   scripts/soak.sh              # 1-minute phases, 30-minute soak
#   scripts/soak.sh 20s 2m       # phase length, soak length
#
# The store is one SQLite file that ingest and the flagger share; with
# COPYDESK_SOAK_POSTGRES_DSN set (an empty database, e.g. from
# `scripts/pgtest.sh start`) it is that PostgreSQL database instead, as a
# distributed deployment runs.
#
# Output: the bench report (stdout); process logs stay in the printed
# directory when the run fails, and are removed when it succeeds. Each
# worker serves its profiles (--pprof) on the address printed to stderr:
#
#   go tool pprof 'http://127.0.0.1:PORT/debug/pprof/profile?seconds=20'
set -euo pipefail
phase=${1:-60s}
soak=${2:-30m}
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d /tmp/copydesk-soak.XXXXXX)
pids=()
cleanup() {
  local rc=$?
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "$rc" = 0 ]; then rm -rf "$dir"; else echo "soak: failed (exit $rc); logs in $dir" >&2; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { # url
  for _ in $(seq 1 150); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.2; done
  echo "soak: $1 did not become ready" >&2; return 1
}

echo "soak: building into $dir/bin" >&2
(cd "$root/pkg" && go build -o "$dir/bin/nats-server" github.com/nats-io/nats-server/v2)
for s in ingest clean claims flagger; do (cd "$root" && go build -o "$dir/bin/copydesk-$s" "./services/$s"); done
(cd "$root" && go build -o "$dir/bin/copydesk" ./services/copydesk)

nport=$(free_port)
nats_url="nats://127.0.0.1:$nport"
"$dir/bin/nats-server" -js -sd "$dir/jetstream" -a 127.0.0.1 -p "$nport" >"$dir/nats.log" 2>&1 &
pids+=($!); pidlist="nats=$!"
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$nport") 2>/dev/null && break; sleep 0.1; done

token=soak-token-0123456789abcdef
common=(--nats-url "$nats_url" --log-level warn --pprof)
store=(--data-dir "$dir/data" --sqlite "$dir/data/copydesk.db")
if [ -n "${COPYDESK_SOAK_POSTGRES_DSN:-}" ]; then
  store=(--data-dir "$dir/data" --postgres-dsn "$COPYDESK_SOAK_POSTGRES_DSN")
  echo "soak: store PostgreSQL ($COPYDESK_SOAK_POSTGRES_DSN)" >&2
fi
iaddr=127.0.0.1:$(free_port)
"$dir/bin/copydesk-ingest" --addr "$iaddr" --tokens "$token" "${common[@]}" "${store[@]}" >"$dir/ingest.log" 2>&1 &
pids+=($!); pidlist+=",ingest=$!"
wait_http "http://$iaddr/readyz"
echo "soak: ingest on http://$iaddr (/metrics, /debug/pprof/)" >&2
for s in clean claims flagger; do
  addr=127.0.0.1:$(free_port)
  extra=(); [ "$s" = flagger ] && extra=("${store[@]}")
  "$dir/bin/copydesk-$s" --addr "$addr" "${common[@]}" "${extra[@]}" >"$dir/$s.log" 2>&1 &
  pids+=($!); pidlist+=",$s=$!"
  wait_http "http://$addr/readyz"
  echo "soak: $s on http://$addr (/metrics, /debug/pprof/)" >&2
done

"$dir/bin/copydesk" bench --url "http://$iaddr" --token "$token" --nats-url "$nats_url" \
  --pids "$pidlist" --seeds "$root/seeds" --rate auto --duration "$phase" --soak "$soak"
