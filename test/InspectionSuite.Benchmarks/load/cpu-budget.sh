#!/usr/bin/env bash
# What a fired trigger costs in CPU beside the cheapest requests of the same API, at the same concurrency, and what the
# whole machine spends per request (the app, wrk, the kernel): the budget behind issue 19 item 7's target. At R requests
# per second on C cores a request may cost at most C / R seconds of the machine's CPU: 2.0 ms for 1,000/s on two cores.
#
#   test/InspectionSuite.Benchmarks/load/cpu-budget.sh [generated.db]
#
# Three scenarios over one bearer token (the supervisor), each warmed, then ROUNDS (2) rounds of DURATION (8s) runs at
# CONNECTIONS (16): `authorities` (GET /api/authorities: authentication, a permission check, a small table read, JSON),
# `case` (GET /api/cases/{id}: the case read and mapped to the DTO a fire also answers with), `fire`
# (POST …/triggers/Cancel, fire.lua: every request a durable transition of a case of its own). Per request: the app's
# CPU (/proc/PID/stat), wrk's (its user and system time) and the machine's (busy jiffies in /proc/stat, every process and
# the kernel). Environment: PORT (5199), WEB_DLL / SKIP_BUILD as in run-load.sh. Needs wrk, sqlite3, jq, curl and /usr/bin/time (Debian's `time`).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
source_db="${1:-/work/perf-data/gen.db}"
port="${PORT:-5199}"
base="http://127.0.0.1:$port"
connections="${CONNECTIONS:-16}"
duration="${DURATION:-8s}"
rounds="${ROUNDS:-2}"
[[ -f "$source_db" ]] || { echo "no database at $source_db (see run-load.sh for the generate command)" >&2; exit 2; }
for tool in wrk sqlite3 jq curl /usr/bin/time; do command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 2; }; done

work="$(mktemp -d /tmp/is-cpu-budget.XXXXXX)"
app_pid=""
cleanup() { [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

source "$here/start-app.sh"
start_app "$source_db" "$work" "$base" "$(web_dll)"
token="$(curl -fs -H 'Content-Type: application/json' -d '{"userName":"supervisor","password":"Demo@2026!"}' "$base/api/account/token" | jq -r .accessToken)"
fire_ids "$work" >"$work/ids"
(( $(wc -l <"$work/ids") >= 8000 + rounds * 7000 )) || { echo "the database has too few cases to cancel" >&2; exit 2; }
# The case read on cases the warm-up cancelled (a cancelled case is read the same way); the fires on cases of their own.
awk 'NR <= 5000 { print "/api/cases/" $1 }' "$work/ids" >"$work/case-paths"
for _ in $(seq 1 100); do echo /api/authorities; done >"$work/authorities-paths"

# Warm-up: the write path on cases of its own (the first 8,000), then each read.
head -n 8000 "$work/ids" >"$work/warm-ids"
IDS="$work/warm-ids" TOKEN="$token" THREADS=2 wrk -t2 -c"$connections" -d15s --timeout 10s -s "$here/fire.lua" "$base" >/dev/null
for scenario in authorities case; do
  PATHS="$work/$scenario-paths" SCENARIO=warm-up wrk -t2 -c"$connections" -d15s -s "$here/scenario.lua" -H "Authorization: Bearer $token" "$base" >/dev/null
done

app_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
measure() { # name command... : one run of the wrk command, one line of the table
  local name="$1" a0 m0 out; shift
  sleep 2
  a0="$(app_ticks)"; m0="$(busy_ticks)"
  out="$( { /usr/bin/time -f 'WRK_CPU %U %S' "$@"; } 2>&1 | grep -E '^(RESULT|WRK_CPU)' | tr '\n' ' ')"
  echo "$out" | awk -v name="$name" -v app=$(( $(app_ticks) - a0 )) -v machine=$(( $(busy_ticks) - m0 )) '{
    for (i = 1; i <= NF; i++) if ($i == "WRK_CPU") wrk = $(i + 1) + $(i + 2)
    n = $7; if (n == 0) n = 1
    printf "| %s | %.0f | %s | %s | %.2f | %.2f | %.2f |\n", name, $6, $8 + $9, $4, app * 10 / n, wrk * 1000 / n, machine * 10 / n }'
}

echo "wrk -t2 -c$connections -d$duration; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| scenario | req/s | errors | p95 ms | app CPU ms/req | wrk CPU ms/req | machine CPU ms/req |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for round in $(seq 1 "$rounds"); do
  for scenario in authorities case; do
    measure "$scenario" env PATHS="$work/$scenario-paths" SCENARIO="$scenario" wrk -t2 -c"$connections" -d"$duration" \
      --timeout 10s -s "$here/scenario.lua" -H "Authorization: Bearer $token" "$base"
  done
  # Cases of its own for every run: each fire is the first transition of its case.
  tail -n +$(( 8001 + (round - 1) * 7000 )) "$work/ids" >"$work/fire-ids"
  measure fire env IDS="$work/fire-ids" TOKEN="$token" THREADS=2 SCENARIO=fire wrk -t2 -c"$connections" -d"$duration" \
    --timeout 10s -s "$here/fire.lua" "$base"
done
