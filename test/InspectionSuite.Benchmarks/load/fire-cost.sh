#!/usr/bin/env bash
# What one fired trigger costs, in counts that do not depend on how busy the machine is: bytes the web process allocates
# per fire, and database pages the fire writes to the WAL. With TRACE=1 also where the bytes are allocated (dotnet-trace
# gc-verbose + `InspectionSuite.Benchmarks allocation-sites`). Throughput and CPU time come from run-load.sh; these
# counts are for comparing two builds on a shared machine (README.md "What a fired trigger costs").
#
#   test/InspectionSuite.Benchmarks/load/fire-cost.sh [generated.db]
#
# Environment: FIRES (200, one at a time, after 15 s of warm-up fires), PORT (5198), WEB_DLL / SKIP_BUILD as in
# run-load.sh, TRACE=1, UNDER='frame' (with TRACE: also split the bytes allocated below that frame, e.g.
# 'InspectionSuiteDbContext+<SaveChangesAsync>'), KEEP=1 (keep the work directory: database, WAL copy, counters, trace). Needs wrk, sqlite3, jq, python3 and the repository's dotnet tools
# (`dotnet tool restore`: dotnet-counters, dotnet-trace).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
source_db="${1:-/work/perf-data/gen.db}"
fires="${FIRES:-200}"
port="${PORT:-5198}"
base="http://127.0.0.1:$port"
[[ -f "$source_db" ]] || { echo "no database at $source_db (see run-load.sh for the generate command)" >&2; exit 2; }
for tool in wrk sqlite3 jq python3; do command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 2; }; done
(cd "$repo" && dotnet tool restore >/dev/null)

work="$(mktemp -d /tmp/is-fire-cost.XXXXXX)"
app_pid=""
cleanup() { [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null; [[ -n "${KEEP:-}" ]] || rm -rf "$work"; }
trap cleanup EXIT

source "$here/start-app.sh"
start_app "$source_db" "$work" "$base" "$(web_dll)"
token="$(curl -fs -H 'Content-Type: application/json' -d '{"userName":"supervisor","password":"Demo@2026!"}' "$base/api/account/token" | jq -r .accessToken)"
fire_ids "$work" >"$work/ids"
(( $(wc -l <"$work/ids") >= 5020 + 2 * fires ))  # warm-up 5,000, pages 20, allocations and trace FIRES each || { echo "the database has too few cases to cancel" >&2; exit 2; }
ids_from() { sed -n "$1,$(( $1 + $2 - 1 ))p" "$work/ids"; } # first-line count

fire_each() { # ids-file : fires Cancel on every case of the file, one request at a time; fails on any answer but 200
  local id version code
  while read -r id version; do
    code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"expectedVersion\":$version,\"reason\":\"fire-cost\"}" "$base/api/cases/$id/triggers/Cancel")"
    [[ "$code" == 200 ]] || { echo "fire answered $code" >&2; return 1; }
  done <"$1"
}

# Warm-up (tiered JIT, EF's save pipeline, SQLite's page cache) on cases of its own.
ids_from 1 5000 >"$work/warm-ids"
IDS="$work/warm-ids" TOKEN="$token" THREADS=1 wrk -t1 -c2 -d15s --timeout 10s -s "$here/fire.lua" "$base" >/dev/null
sleep 2

# Pages written: the WAL is emptied, 20 fires run (under the 1,000-page automatic checkpoint), the WAL's frames counted.
# Their time sets the length of the collections below.
ids_from 5001 20 >"$work/wal-ids"
sqlite3 "$work/load.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
started=$SECONDS
fire_each "$work/wal-ids"
wal_seconds=$(( SECONDS - started ))
cp "$work/load.db-wal" "$work/fires.wal"
frames="$(sqlite3 "$work/load.db" "PRAGMA wal_checkpoint(PASSIVE);" | cut -d'|' -f2)"

# dotnet-counters and dotnet-trace run for a fixed time: in the background they ignore Ctrl+C, and a killed one loses
# its file. The window: 3 times the pace of the 20 fires above, plus 20 s for attaching and idle seconds around.
window() { local s=$(( (3 * fires * (wal_seconds + 1) + 19) / 20 + 20 )); printf '00:%02d:%02d:%02d' $(( s / 3600 )) $(( s % 3600 / 60 )) $(( s % 60 )); }
attached() { for _ in $(seq 1 120); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.5; done; return 1; }

# Bytes allocated: the GC's running total, read every second around FIRES fires; the counter's own cost while idle
# (the seconds before the first fire and after the last) is taken off.
ids_from 5021 "$fires" >"$work/alloc-ids"
(cd "$repo" && exec dotnet dotnet-counters collect -p "$app_pid" --refresh-interval 1 --format csv -o "$work/counters.csv" \
  --counters 'System.Runtime[dotnet.gc.heap.total_allocated]' --duration "$(window)" >"$work/counters.log" 2>&1) &
counters_pid=$!
attached "$work/counters.log" 'Starting a counter session' || { echo "dotnet-counters did not attach" >&2; exit 1; }
sleep 4
fire_each "$work/alloc-ids"
wait "$counters_pid"
# The idle rate: the third smallest of the per-second figures (the first and last seconds can be partial).
idle_rate="$(awk -F, '/total_allocated/ { print $NF }' "$work/counters.csv" | sort -n | sed -n 3p)"
allocated="$(awk -F, -v idle="${idle_rate:-0}" '/total_allocated/ { s += $NF - idle } END { printf "%d", s }' "$work/counters.csv")"

echo "fires: $fires one at a time (allocations), 20 (pages); database $(du -h "$work/load.db" | cut -f1)"
echo "bytes allocated per fire: $(( allocated / fires ))"
echo "WAL pages written per fire: $(awk -v f="$frames" 'BEGIN { printf "%.1f", f / 20 }')"
python3 "$here/wal-pages.py" "$work/fires.wal" "$work/load.db" 20

if [[ "${TRACE:-}" == 1 ]]; then
  ids_from $((5021 + fires)) "$fires" >"$work/trace-ids"
  (cd "$repo" && exec dotnet dotnet-trace collect -p "$app_pid" --profile gc-verbose --duration "$(window)" \
    -o "$work/fires.nettrace" >"$work/trace.log" 2>&1) &
  trace_pid=$!
  attached "$work/trace.log" 'Output File' || { echo "dotnet-trace did not attach" >&2; exit 1; }
  sleep 2
  fire_each "$work/trace-ids"
  wait "$trace_pid"
  dotnet run -c Release --project "$repo/test/InspectionSuite.Benchmarks" -- allocation-sites "$work/fires.nettrace" "$fires" ${UNDER:+"$UNDER"}
fi
