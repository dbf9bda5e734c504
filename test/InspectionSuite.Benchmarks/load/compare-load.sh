#!/usr/bin/env bash
# Before/after load table from alternating runs of run-load.sh, reported as medians: one run per build says little,
# because identical builds measured one after the other differ by up to ~25% per scenario on this machine
# (test/InspectionSuite.Benchmarks/README.md, "Commands on a pool of their own"). It is the quick view of every scenario
# and the fire's measure; whether one page is within 10% of the baseline at steady state takes steady-compare.sh (both
# builds live, minutes of warm-up, alternating runs): the case page needed 180 s (Benchmarks README, session 27).
#
#   BEFORE_TREE=/work/wt-before BEFORE_DLL=/path/before/InspectionSuite.Web.dll BEFORE_DB=before.db \
#     test/InspectionSuite.Benchmarks/load/compare-load.sh after.db
#
# BEFORE_TREE is a worktree of the baseline commit (its web project is the content root of the before build); this
# script's load scripts and .lua files are copied into it, so both builds meet the same scenarios. BEFORE_DB is a generated
# database of the baseline's schema. REPEAT (2) pairs of runs, before first, then after; every run-load.sh setting
# (DURATION, CONNECTIONS, ONLY, WARMUP (here 20s unless set), FIRE_WARMUP, PORT…) passes through. The after build is this checkout's Release
# build, built once. OUT (a new temporary directory) keeps every run's full output; REPORT_ONLY=1 OUT=<that directory>
# prints the table of earlier runs again.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
after_db="${1:?usage: compare-load.sh after.db (with BEFORE_TREE, BEFORE_DLL, BEFORE_DB set)}"
: "${BEFORE_TREE:?a worktree of the baseline commit}" "${BEFORE_DLL:?the baseline's Release InspectionSuite.Web.dll}" "${BEFORE_DB:?a database of the baseline's schema}"
repeat="${REPEAT:-2}"
# Each read scenario is warmed for 20 s at the measured concurrency (run-load.sh's default too). With less, a build with
# more code still has the tiered JIT compiling during the first scenarios it measures (Benchmarks README, "Issue 19's
# before/after table again").
export WARMUP="${WARMUP:-20s}"
out="${OUT:-$(mktemp -d /tmp/is-compare.XXXXXX)}"
mkdir -p "$out"

if [[ -z "${REPORT_ONLY:-}" ]]; then # REPORT_ONLY=1 with OUT=<an earlier run's directory>: the table again, no runs
  # every script and Lua file run-load.sh uses (it sources start-app.sh, which a baseline older than 45ff918 lacks)
  cp "$here"/*.sh "$here"/*.lua "$BEFORE_TREE/test/InspectionSuite.Benchmarks/load/"
  cp "$here/../production-settings.sh" "$BEFORE_TREE/test/InspectionSuite.Benchmarks/"
  dotnet build -c Release -v q --nologo "$here/../../../angular-free-razor-ui/InspectionSuite.Web/InspectionSuite.Web.csproj" | tail -2
  for n in $(seq 1 "$repeat"); do
    echo "pair $n/$repeat: before $(date -u +%T), load average $(cut -d' ' -f1 /proc/loadavg)"
    WEB_DLL="$BEFORE_DLL" bash "$BEFORE_TREE/test/InspectionSuite.Benchmarks/load/run-load.sh" "$BEFORE_DB" >"$out/before-$n.txt" 2>&1
    echo "pair $n/$repeat: after $(date -u +%T), load average $(cut -d' ' -f1 /proc/loadavg)"
    SKIP_BUILD=1 bash "$here/run-load.sh" "$after_db" >"$out/after-$n.txt" 2>&1
  done
fi

# Each run's table rows: | scenario | p50 | p95 | p99 | req/s | requests | non-2xx | socket errors | … | app CPU ms/req |
awk '
  function median(list,   a, k, i, j, t) {
    k = split(list, a, " ")
    for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
  }
  FNR == 1 { side = FILENAME ~ /before-[0-9]+\.txt$/ ? "b" : "a" }
  /^\| [a-z-]+ \| [0-9.]+ \|/ {
    split($0, f, "|"); name = f[2]; gsub(/ /, "", name)
    if (!(name in seen)) { seen[name] = 1; order[++n] = name }
    rps[side, name] = rps[side, name] " " f[6] + 0; cpu[side, name] = cpu[side, name] " " f[14] + 0
    errors[side, name] += f[8] + f[9]; runs[side, name]++
  }
  END {
    printf "| scenario | before req/s | after req/s | after / before | before CPU ms/req | after CPU ms/req | after / before (CPU) | non-2xx + socket errors (before, after) |\n"
    printf "|---|---:|---:|---:|---:|---:|---:|---:|\n"
    for (i = 1; i <= n; i++) {
      s = order[i]
      if (runs["b", s] == 0 || runs["a", s] == 0) continue
      br = median(rps["b", s]); ar = median(rps["a", s]); bc = median(cpu["b", s]); ac = median(cpu["a", s])
      printf "| %s | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f | %d, %d |\n", s, br, ar, (br > 0 ? ar / br : 0), bc, ac, (bc > 0 ? ac / bc : 0), errors["b", s], errors["a", s]
    }
  }' $(for n in $(seq 1 "$repeat"); do echo "$out/before-$n.txt" "$out/after-$n.txt"; done)
echo
echo "medians of $repeat runs per build, alternating; every run: $out"
