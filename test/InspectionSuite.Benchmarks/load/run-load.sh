#!/usr/bin/env bash
# Load test of the hot pages with wrk against the Release web app on 127.0.0.1, over a copy of a generated database.
#
#   test/InspectionSuite.Benchmarks/load/run-load.sh [generated.db]
#
# Make the database once (about 8 minutes; the CLI needs an audit chain key, here the Development one):
#   DOTNET_ENVIRONMENT=Development dotnet run -c Release --project src/InspectionSuite.Cli -- generate --provider Sqlite --connection "Data Source=/work/perf-data/gen.db"
# Environment: DURATION (8s), CONNECTIONS (16), THREADS (2), PORT (5199), WARMUP (20s per scenario at the measured
# connections, not measured; 0: none, and no JIT rounds), JIT_QUIET (150) and JIT_ROUNDS (8) (the warm-up's rounds, below),
# FIRE_WARMUP (15s of fires on 5,000 cases of their own before the fire scenario),
# SKIP_BUILD=1 to reuse the last Release build; WEB_DLL=/path/InspectionSuite.Web.dll runs another build (e.g. a copy of
# the build before a change, for a before/after table in one session; it implies SKIP_BUILD=1). ONLY='regex' measures
# only the read scenarios whose name matches (the login page is always measured: it is the baseline; the fire scenario
# always runs), e.g. ONLY=none for a quick fire-only comparison on a shared machine.
# Every scenario is reported with p50/p95/p99 and req/s, and as a ratio to the login page (baseline) of the same run;
# the web process's CPU time per request of each scenario (comparable on a shared machine, unlike req/s); at the end the
# web process's peak resident memory (VmHWM).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
source_db="${1:-/work/perf-data/gen.db}"
duration="${DURATION:-8s}"
connections="${CONNECTIONS:-16}"
threads="${THREADS:-2}"
port="${PORT:-5199}"
base="http://127.0.0.1:$port"
password='Demo@2026!'

[[ -f "$source_db" ]] || { echo "no database at $source_db (see the generate command above)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

work="$(mktemp -d /tmp/is-load.XXXXXX)"
app_pid=""
cleanup() { [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT


source "$here/start-app.sh"
start_app "$source_db" "$work" "$base" "$(web_dll)"

supervisor="$(cookie_for "$base" "$work" supervisor)"
inspector="$(cookie_for "$base" "$work" inspector)"
leader="$(cookie_for "$base" "$work" leader)"
token="$(curl -fs -H 'Content-Type: application/json' -d "{\"userName\":\"supervisor\",\"password\":\"$password\"}" "$base/api/account/token" | jq -r .accessToken)"

sql() { sqlite3 "$work/load.db" "$1"; }
write_request_paths "$work"
fire_ids "$work" >"$work/fire-ids"

results="$work/results"
: >"$results"
: >"$work/cpu"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }
# Methods the runtime has JIT-compiled so far (start-app.sh has it write a line for each to jit.log).
jit_methods() { if [[ -f "$work/jit.log" ]]; then wc -l <"$work/jit.log"; else echo 0; fi; }
: >"$work/jit"
# Peak anonymous (heap) memory, sampled after each scenario: VmHWM also counts the SQLite memory map of the database
# file once per pooled connection, which is page cache, not memory the process owns.
peak_anon_kb=0
sample_anon() { local kb; kb="$(awk '/RssAnon/ {print $2}' "/proc/$app_pid/status")"; (( kb > peak_anon_kb )) && peak_anon_kb=$kb; return 0; }
# The web process's CPU time per request of a scenario (utime + stime, 1/100 s ticks): on a machine shared with other
# work, req/s says how much CPU the app got, CPU per request what a request costs.
cpu_of() { # name ticks-before
  local requests; requests="$(awk -v n="$1" '$2 == n { print $7 }' "$results" | tail -1)"
  echo "$1 $(( ($(cpu_ticks) - $2) * 10 )) ${requests:-0}" >>"$work/cpu"
}
settle() { # requests still in flight after wrk stops (slow ones) would be measured in the next scenario: wait them out
  local before after
  for _ in $(seq 1 60); do
    before="$(cpu_ticks)"; sleep 1; after="$(cpu_ticks)"
    (( after - before < 10 )) && return 0 # under 0.1 s of CPU in the last second: idle
  done
}
run() { # name paths-file [header]
  local name="$1" file="$2" header="${3:-}" args=(-t"$threads" -c"$connections" -d"$duration" --timeout 10s -s "$here/scenario.lua")
  [[ -n "$header" ]] && args+=(-H "$header")
  # Warm-up (JIT, SQLite page cache) is not measured.
  PATHS="$file" SCENARIO="$name" wrk -t1 -c2 -d1s -s "$here/scenario.lua" ${header:+-H "$header"} "$base" >/dev/null
  settle
  local ticks jit; ticks="$(cpu_ticks)"; jit="$(jit_methods)"
  PATHS="$file" SCENARIO="$name" wrk "${args[@]}" "$base" | grep '^RESULT' | tee -a "$results"
  cpu_of "$name" "$ticks"
  echo "$name $(( $(jit_methods) - jit ))" >>"$work/jit"
  sample_anon
  settle
}
# The read scenarios (start-app.sh's read_scenarios): name, paths file, the user's cookie.
declare -A cookie_of=([supervisor]="$supervisor" [inspector]="$inspector" [leader]="$leader" [anonymous]="")
reads=()
for scenario in "${read_scenarios[@]}"; do
  IFS='|' read -r name file user <<<"$scenario"
  reads+=("$name|$work/$file|${cookie_of[$user]}")
done
if [[ -n "${ONLY:-}" ]]; then
  selected=()
  for scenario in "${reads[@]}"; do
    name="${scenario%%|*}"
    [[ "$name" == login-page || "$name" =~ $ONLY ]] && selected+=("$scenario")
  done
  reads=("${selected[@]}")
fi
# Warm-up pass over every read scenario before any measurement: a fresh process spends its first minutes compiling
# (tiered JIT, DI resolvers, EF query cache), and the first scenarios measured would pay for all the others. At the
# measured concurrency, 20 s each (compare-load.sh's value): each pooled context's connection keeps the statements it
# compiled (SqliteStatementCache), so warming 2 connections left the other 14 of a 16-connection run compiling theirs
# while measured; and the runtime needs tens of seconds of a page to bring its methods to tier 1 (Benchmarks README).
warm_every_read() { # duration: each read scenario in turn at the measured concurrency, not measured
  local scenario name file header
  for scenario in "${reads[@]}"; do
    IFS='|' read -r name file header <<<"$scenario"
    PATHS="$file" SCENARIO="$name" wrk -t"$threads" -c"$connections" -d"$1" -s "$here/scenario.lua" ${header:+-H "$header"} "$base" >/dev/null
  done
}
if [[ "${WARMUP:-20s}" != 0 ]]; then
  warm_every_read "${WARMUP:-20s}"
  # Then rounds over every scenario until the tiered JIT is done: on two cores, 16 busy connections leave its
  # background compiler little time, and it was still compiling thousands of methods after 30 s of one page (session
  # 27, Benchmarks README). A round that compiles fewer than JIT_QUIET (150) methods ends the warm-up; JIT_ROUNDS (8) at
  # most. A page's rate can keep rising after that: for a 10% question use steady-compare.sh.
  jit_rounds=""
  for _ in $(seq 1 "${JIT_ROUNDS:-8}"); do
    before_round="$(jit_methods)"
    warm_every_read 5s
    compiled=$(( $(jit_methods) - before_round )); jit_rounds+=" $compiled"
    (( compiled < ${JIT_QUIET:-150} )) && break
  done
  echo "warm-up: methods JIT-compiled in each round over every scenario (5 s each):$jit_rounds; $(jit_methods) in all"
  settle
fi

for scenario in "${reads[@]}"; do
  IFS='|' read -r name file header <<<"$scenario"
  run "$name" "$file" "$header"
done
settle
# The fire path is warmed up too (JIT of the write path, EF's save pipeline), on cases of its own: every measured
# request must still be the first transition of its case. Longer than a read's warm-up: after 3 s of fires a profile of
# the measured run still showed the tiered JIT's background compiler on ~45% of the samples at one connection.
if [[ "${WARMUP:-20s}" != 0 ]]; then
  head -n 5000 "$work/fire-ids" >"$work/fire-warm-ids"
  tail -n +5001 "$work/fire-ids" >"$work/fire-measured-ids"
  mv "$work/fire-measured-ids" "$work/fire-ids"
  IDS="$work/fire-warm-ids" TOKEN="$token" THREADS=1 SCENARIO=fire-warm-up \
    wrk -t1 -c2 -d"${FIRE_WARMUP:-15s}" --timeout 10s -s "$here/fire.lua" "$base" >/dev/null
  settle
fi
fire_ticks="$(cpu_ticks)"; fire_jit="$(jit_methods)"
IDS="$work/fire-ids" TOKEN="$token" THREADS="$threads" SCENARIO=fire-trigger \
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s -s "$here/fire.lua" "$base" | grep '^RESULT' | tee -a "$results"
cpu_of fire-trigger "$fire_ticks"
echo "fire-trigger $(( $(jit_methods) - fire_jit ))" >>"$work/jit"
sample_anon
run login-page-again "$work/login"

peak_kb="$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")"
echo
echo "wrk -t$threads -c$connections -d$duration; database $(du -h "$work/load.db" | cut -f1) ($(sql 'SELECT count(*) FROM Cases') cases, $(sql 'SELECT count(*) FROM WfJournal') journal rows, $(sql 'SELECT count(*) FROM WfHumanTasks') tasks); load average $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v peak="$peak_kb" -v anon="$peak_anon_kb" '
  FILENAME ~ /\/cpu$/ { cpu[$1] = $3 > 0 ? $2 / $3 : 0; next }
  FILENAME ~ /\/jit$/ { jit[$1] = $2; next }
  $2 == "login-page" { b50 = $3; b95 = $4; b99 = $5; brps = $6 }
  { rows[++n] = $0 }
  END {
    printf "| scenario | p50 ms | p95 ms | p99 ms | req/s | requests | non-2xx | socket errors | p50 × | p95 × | p99 × | req/s × | app CPU ms/req | methods JIT-compiled during the run |\n"
    printf "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    for (i = 1; i <= n; i++) {
      split(rows[i], f, " ")
      printf "| %s | %.1f | %.1f | %.1f | %.0f | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %d |\n", f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[3] / b50, f[4] / b95, f[5] / b99, f[6] / brps, cpu[f[2]], jit[f[2]]
    }
    printf "\nweb process peak RSS (VmHWM, includes the database memory map): %.0f MB; peak heap (RssAnon, sampled after each scenario): %.0f MB\n", peak / 1024, anon / 1024
  }' "$work/cpu" "$work/jit" "$results"
grep -E '"(Level|level)":"(Error|Fatal)"|\[ERR\]|\[FTL\]' "$work/app.log" | head -5 || true
