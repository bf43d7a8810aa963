#!/usr/bin/env bash
# pgtest.sh: a throwaway PostgreSQL cluster for the store's integration tests.
#
#   eval "$(scripts/pgtest.sh start)"   # exports COPYDESK_TEST_POSTGRES_DSN and PGTEST_DIR
#   go test ./pkg/store/...            # (from the pkg module) runs the PostgreSQL tests too
#   scripts/pgtest.sh stop              # stops the cluster and removes PGTEST_DIR
#
# eval "$(...)" succeeds even when start fails; where that matters (CI), use
#   env=$(scripts/pgtest.sh start) && eval "$env"
#
# start creates a cluster (initdb) in a fresh temporary directory, starts it on
# a free port on 127.0.0.1 with trust authentication and its socket inside the
# directory, waits until it accepts connections, and prints the export lines on
# stdout (everything else goes to stderr). The server is tuned for tests
# (fsync off): never point it at data you want to keep.
#
# initdb and postgres refuse to run as root: as root the cluster runs as the
# user in PGTEST_USER (default "postgres"), which is created when missing.
#
# Environment:
#   PGTEST_BINDIR   directory holding initdb, pg_ctl, pg_isready (default: found
#                   on PATH, else /usr/lib/postgresql/*/bin)
#   PGTEST_USER     OS user that runs the server when started as root
#   PGTEST_TMP      parent of the temporary directory (default /tmp; must be
#                   reachable by PGTEST_USER)
#   PGTEST_TIMEOUT  seconds to wait for the server to accept connections (30)
#   PGTEST_DIR      for stop: the directory start printed
set -euo pipefail

die() {
	echo "pgtest: $*" >&2
	exit 1
}

find_bin() {
	local name=$1 d
	if [[ -n ${PGTEST_BINDIR:-} ]]; then
		[[ -x $PGTEST_BINDIR/$name ]] || die "$name not found in PGTEST_BINDIR=$PGTEST_BINDIR"
		echo "$PGTEST_BINDIR/$name"
		return
	fi
	if command -v "$name" >/dev/null 2>&1; then
		command -v "$name"
		return
	fi
	for d in /usr/lib/postgresql/*/bin; do
		if [[ -x $d/$name ]]; then
			echo "$d/$name"
			return
		fi
	done
	die "$name not found: install PostgreSQL or set PGTEST_BINDIR"
}

# as_owner runs a command as the cluster's owner.
as_owner() {
	if [[ $(id -u) -eq 0 ]]; then
		runuser -u "$owner" -- "$@"
	else
		"$@"
	fi
}

free_port() {
	if command -v python3 >/dev/null 2>&1; then
		python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
		return
	fi
	local p
	for _ in $(seq 1 50); do
		p=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return
		fi
	done
	die "no free port found"
}

start() {
	local initdb pg_ctl pg_isready dir port timeout tries
	initdb=$(find_bin initdb)
	pg_ctl=$(find_bin pg_ctl)
	pg_isready=$(find_bin pg_isready)
	timeout=${PGTEST_TIMEOUT:-30}

	owner=$(id -un)
	if [[ $(id -u) -eq 0 ]]; then
		owner=${PGTEST_USER:-postgres}
		if ! id "$owner" >/dev/null 2>&1; then
			echo "pgtest: creating system user $owner to run the server" >&2
			useradd --system --no-create-home --shell /usr/sbin/nologin "$owner" ||
				die "cannot create user $owner (set PGTEST_USER to an existing unprivileged user)"
		fi
	fi

	dir=$(mktemp -d "${PGTEST_TMP:-/tmp}/copydesk-pgtest.XXXXXX") || die "cannot create a temporary directory"
	# Until the server is ready, any exit removes the directory (and stops a
	# started server).
	trap 'cleanup_failed "$dir"' EXIT
	chmod 0700 "$dir"
	if [[ $(id -u) -eq 0 ]]; then
		chown "$owner" "$dir"
	fi

	as_owner "$initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale --no-sync \
		>"$dir/initdb.log" 2>&1 || {
		cat "$dir/initdb.log" >&2
		die "initdb failed (log above)"
	}

	for tries in 1 2 3 4 5; do
		port=$(free_port)
		if as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t "$timeout" \
			-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
			start >"$dir/pg_ctl.log" 2>&1; then
			break
		fi
		if [[ $tries -eq 5 ]]; then
			cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null || true
			die "server did not start (logs above)"
		fi
		echo "pgtest: start on port $port failed, retrying on another port" >&2
	done

	local waited=0
	until "$pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; do
		if ((waited >= timeout * 10)); then
			cat "$dir/server.log" >&2 || true
			die "server on port $port not ready after ${timeout}s (log above)"
		fi
		sleep 0.1
		waited=$((waited + 1))
	done
	trap - EXIT

	# pg_trgm (the review UI's title search) goes in the public schema, where
	# no test's DROP SCHEMA ... CASCADE takes it, and the trigram indexes of
	# every other test's schema, away. Without contrib it is skipped.
	local psql
	if psql=$(find_bin psql 2>/dev/null); then
		"$psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
			-c 'CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public' >/dev/null 2>&1 ||
			echo "pgtest: pg_trgm is not available; the review UI's tests run without it" >&2
	fi

	echo "pgtest: PostgreSQL ready on 127.0.0.1:$port (data in $dir)" >&2
	printf 'export PGTEST_DIR=%q\n' "$dir"
	printf 'export COPYDESK_TEST_POSTGRES_DSN=%q\n' "postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
}

cleanup_failed() {
	local dir=$1
	if [[ -f $dir/data/postmaster.pid ]]; then
		as_owner "$(find_bin pg_ctl)" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
	fi
	rm -rf -- "$dir"
}

stop() {
	local dir=${1:-${PGTEST_DIR:-}} pg_ctl
	[[ -n $dir ]] || die "stop: PGTEST_DIR is not set (run: eval \"\$(scripts/pgtest.sh start)\")"
	[[ -d $dir ]] || die "stop: $dir does not exist"
	[[ $(basename "$dir") == copydesk-pgtest.* ]] || die "stop: $dir is not a pgtest directory"
	owner=$(stat -c %U "$dir")
	pg_ctl=$(find_bin pg_ctl)
	if [[ -f $dir/data/postmaster.pid ]]; then
		as_owner "$pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >&2 ||
			die "stop: pg_ctl stop failed; $dir left in place"
	fi
	rm -rf -- "$dir"
	echo "pgtest: stopped and removed $dir" >&2
}

owner=""
case ${1:-} in
start) start ;;
stop) stop "${2:-}" ;;
*)
	echo "usage: eval \"\$($0 start)\"  |  $0 stop [DIR]" >&2
	exit 2
	;;
esac
