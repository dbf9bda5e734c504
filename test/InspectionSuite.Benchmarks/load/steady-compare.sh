#!/usr/bin/env bash
# Steady state, side by side: the baseline build and this tree's Release build run at the same time, each on a copy of its
# own generated database; each scenario is warmed WARMUP (60s) per build at the measured concurrency, then ROUNDS (3)
# runs of DURATION (8s) alternate before, after. Give a page minutes: the case page drifted up in both builds for the
# first rounds after 90 s and held only after 180 s (WARMUP=180s; Benchmarks README, session 27). Alternating runs of
# two live processes cancel most of this machine's drift, which one run-load.sh per build after the other does not
# (Benchmarks README, issue 19's tables).
#
#   BEFORE_TREE=/work/wt-before BEFORE_DLL=/path/before/InspectionSuite.Web.dll BEFORE_DB=before.db \
#     test/InspectionSuite.Benchmarks/load/steady-compare.sh after.db inbox-page [case-list-page …]
#
# Scenarios: the read scenarios of run-load.sh (start-app.sh's read_scenarios). Prints one line per run: build, wrk's
# RESULT (p50, p95, p99 ms, req/s, requests, non-2xx, socket errors), the app's CPU ms per request; then after/before
# req/s per round. Environment: CONNECTIONS (16), THREADS (2), PORT (5199; the after build listens on PORT + 1),
# SKIP_BUILD=1 to reuse this tree's last Release build.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
after_db="${1:?usage: steady-compare.sh after.db scenario… (with BEFORE_TREE, BEFORE_DLL, BEFORE_DB set)}"
shift
(( $# > 0 )) || { echo "name at least one scenario (run-load.sh's read scenarios, e.g. inbox-page)" >&2; exit 2; }
: "${BEFORE_TREE:?a worktree of the baseline commit}" "${BEFORE_DLL:?the baseline's Release InspectionSuite.Web.dll}" "${BEFORE_DB:?a database of the baseline's schema}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
connections="${CONNECTIONS:-16}"; threads="${THREADS:-2}"; port="${PORT:-5199}"
source "$here/start-app.sh"

declare -A work base pid cookies
for build in before after; do work[$build]="$(mktemp -d /tmp/is-steady.XXXXXX)"; done
cleanup() { for build in before after; do [[ -n "${pid[$build]:-}" ]] && kill "${pid[$build]}" 2>/dev/null; rm -rf "${work[$build]}"; done; return 0; }
trap cleanup EXIT

after_dll="$(web_dll)"
this_web_project="$web_project"
base[before]="http://127.0.0.1:$port"; base[after]="http://127.0.0.1:$((port + 1))"
# The baseline runs with its own tree's web project as content root (its pages and localization), as compare-load.sh does.
web_project="$BEFORE_TREE/angular-free-razor-ui/InspectionSuite.Web"
start_app "$BEFORE_DB" "${work[before]}" "${base[before]}" "$BEFORE_DLL"; pid[before]=$app_pid
web_project="$this_web_project"
start_app "$after_db" "${work[after]}" "${base[after]}" "$after_dll"; pid[after]=$app_pid

for build in before after; do
  write_request_paths "${work[$build]}"
  for user in supervisor inspector leader; do cookies[$build.$user]="$(cookie_for "${base[$build]}" "${work[$build]}" "$user")"; done
  cookies[$build.anonymous]=""
done

scenario_of() { # name -> "file user"
  local entry name file user
  for entry in "${read_scenarios[@]}"; do
    IFS='|' read -r name file user <<<"$entry"
    [[ "$name" == "$1" ]] && { echo "$file $user"; return 0; }
  done
  echo "no read scenario '$1'" >&2; return 1
}
measure() { # build scenario duration -> wrk's RESULT line and the CPU per request
  local build="$1" file user header ticks result requests
  read -r file user <<<"$(scenario_of "$2")"
  header="${cookies[$build.$user]}"
  ticks="$(awk '{ print $14 + $15 }' "/proc/${pid[$build]}/stat")"
  result="$(PATHS="${work[$build]}/$file" SCENARIO="$2" wrk -t"$threads" -c"$connections" -d"$3" --timeout 10s -s "$here/scenario.lua" \
    ${header:+-H "$header"} "${base[$build]}" | grep '^RESULT')"
  requests="$(awk '{ print $7 }' <<<"$result")"
  echo "$result cpu_ms_per_request=$(awk -v a="$ticks" -v b="$(awk '{ print $14 + $15 }' "/proc/${pid[$build]}/stat")" -v n="$requests" \
    'BEGIN { printf "%.3f", (n > 0 ? (b - a) * 10 / n : 0) }')"
}

for scenario in "$@"; do scenario_of "$scenario" >/dev/null; done
for scenario in "$@"; do
  for build in before after; do measure "$build" "$scenario" "${WARMUP:-60s}" >/dev/null; done
done
for round in $(seq 1 "${ROUNDS:-3}"); do
  for scenario in "$@"; do
    declare -A rps=()
    for build in before after; do
      sleep 1 # requests of the other build's run still finishing
      line="$(measure "$build" "$scenario" "${DURATION:-8s}")"
      echo "round $round $build $line"
      rps[$build]="$(awk '{ print $6 }' <<<"$line")"
    done
    echo "round $round $scenario after/before req/s $(awk -v a="${rps[after]}" -v b="${rps[before]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
  done
done
