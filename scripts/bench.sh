#!/usr/bin/env bash
# bench.sh: the benchmarks the issues name, each beside the reference that
# the same run measures, one core per benchmark (-cpu 1) so the figures read
# as "per core". Output: stdout (benchstat-compatible lines).
#
#   scripts/bench.sh            # all
#   scripts/bench.sh clean      # one group: runtime clean claims flagger store review
set -euo pipefail
cd "$(dirname "$0")/../pkg"
group=${1:-all}
run() { # name, package, pattern, extra flags...
  local name=$1 pkg=$2 pat=$3; shift 3
  if [ "$group" = all ] || [ "$group" = "$name" ]; then
    echo "## $name ($pkg)"
    go test -run '^$' -bench "$pat" -benchmem "$@" "$pkg"
  fi
}
run runtime ./runner 'PipelineNoop|RawJetStream' -benchtime 3000x
run clean ./clean 'Text|HTML' -cpu 1
run claims ./claims 'ProcessSeeds' -cpu 1
run flagger ./flagger 'Flagger|ReferenceJSON' -cpu 1
run store ./store/sqlite 'PutArticle'
run review ./review 'QueuePage' -benchtime 20x
