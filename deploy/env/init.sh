#!/bin/sh
# Creates the real, git-ignored env files of deploy/env from the *.env.example
# files, replacing every placeholder secret (changemeXxx) with a random value.
# A placeholder that appears in several files (a NATS user's password in
# nats.env and in its service's env file, the PostgreSQL password in
# postgres.env and store.env) gets the same value everywhere.
# Refuses to overwrite existing env files.
set -eu
cd "$(dirname "$0")"

for ex in *.env.example; do
	if [ -e "${ex%.example}" ]; then
		echo "init.sh: ${ex%.example} exists; remove the env files first to regenerate them" >&2
		exit 1
	fi
done

# Random secret: letters and digits, starting with a letter (nats-server
# parses passwords as config values, so a leading digit could read as a number).
secret() {
	printf 's%s' "$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 31)"
}

script=""
for token in $(grep -oh 'changeme[A-Za-z]*' ./*.env.example | sort -u); do
	script="${script}s/${token}/$(secret)/g;"
done

for ex in *.env.example; do
	sed "$script" "$ex" >"${ex%.example}"
	chmod 600 "${ex%.example}"
	echo "wrote deploy/env/${ex%.example}"
done
