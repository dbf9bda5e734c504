#!/usr/bin/env bash
# Fault test: two app instances on one SQLite database under concurrent trigger firing; one is killed with -9 in the
# middle of the load and restarted. Afterwards `InspectionSuite.Cli verify` must exit 0 and every transition the
# clients saw acknowledged (2xx) must be in the journal exactly once.
#
#   test/InspectionSuite.Benchmarks/faults/kill-restart.sh [database-to-copy]
#
# Without an argument a small database is generated (200 cases). Environment: CASES (how many cases to race on, 600),
# WORKERS (parallel clients, 8), SKIP_BUILD=1 to reuse the last Release build, Audit__ChainKeyFile (the audit chain key a
# given database was sealed with; by default a new one for the generated database). Exit 0 = nothing lost.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
web="$repo/angular-free-razor-ui/InspectionSuite.Web"
cli="$repo/src/InspectionSuite.Cli"
cases="${CASES:-600}"
workers="${WORKERS:-8}"
password='Demo@2026!'
ports=(5301 5302)

work="$(mktemp -d /tmp/is-faults.XXXXXX)"
db="$work/faults.db"
pids=("" "")
cleanup() {
  for p in "${pids[@]}"; do [[ -n "$p" ]] && kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [[ "${KEEP:-}" == 1 ]] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

# The instances and the CLI (generate, verify) must seal and check the audit chain with one key.
if [[ -z "${Audit__ChainKeyFile:-}" ]]; then
  (umask 077; openssl rand -base64 32 >"$work/audit-chain.key")
  export Audit__ChainKeyFile="$work/audit-chain.key"
fi

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  dotnet build -c Release -v q --nologo "$web/InspectionSuite.Web.csproj" | tail -2
  dotnet build -c Release -v q --nologo "$cli/InspectionSuite.Cli.csproj" | tail -2
fi
cli_run() { dotnet "$cli/bin/Release/net10.0/InspectionSuite.Cli.dll" "$@" --provider Sqlite --connection "Data Source=$db"; }

if [[ -n "${1:-}" ]]; then
  sqlite3 "$1" ".backup '$db'"
else
  cli_run generate --units 50 --cases 2000 --journal 10000 --tasks 4000 | tail -1
fi

# Both instances share the database's key ring, so they use one certificate.
source "$here/../production-settings.sh"
production_settings "$work"

start() { # instance index -> starts it in the background, waits until it answers
  local i="$1" base="http://127.0.0.1:${ports[$1]}"
  (cd "$web" && ASPNETCORE_ENVIRONMENT=Production exec dotnet bin/Release/net10.0/InspectionSuite.Web.dll --urls "$base" "${production[@]}" \
    --ConnectionStrings:Default="Data Source=$db" --DemoData:Enabled=true --Logging:Directory="$work/logs$i" \
    --Cases:Evidence:RootDirectory="$work/evidence" --Serilog:MinimumLevel:Default=Warning \
    --RateLimits:LoginPerMinute=100000 >>"$work/app$i.log" 2>&1) &
  pids[$i]=$!
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$base/Account/Login" && return 0
    sleep 0.5
  done
  echo "instance $i did not start" >&2; cat "$work/app$i.log" >&2; exit 1
}
start 0
start 1

token="$(curl -fs -H 'Content-Type: application/json' -d "{\"userName\":\"supervisor\",\"password\":\"$password\"}" \
  "http://127.0.0.1:${ports[0]}/api/account/token" | jq -r .accessToken)"

# Every case is fired at by both instances (the two requests race; one must win, the other get 409), in random order.
sqlite3 "$db" "SELECT lower(c.Id) || ' ' || i.Version FROM Cases c JOIN WfInstances i ON i.Id = c.WorkflowInstanceId
  WHERE c.State IN ('Planned','Decided','Announced','OnSite','Reporting') ORDER BY random() LIMIT $cases" >"$work/ids"
awk -v a="${ports[0]}" -v b="${ports[1]}" '{ print $1, $2, a; print $1, $2, b }' "$work/ids" | shuf >"$work/plan"
echo "firing Cancel at $(wc -l <"$work/ids") cases, twice each (one request per instance), $workers clients"

fire() { # "id version port" -> appends "id port http_code" to the client log (000 = no answer: refused or killed mid-request)
  local id="$1" version="$2" port="$3" code
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"expectedVersion\":$version,\"reason\":\"kill -9 test\"}" "http://127.0.0.1:$port/api/cases/$id/triggers/Cancel" || true)"
  echo "$id $port $code" >>"$CLIENT_LOG"
}
export -f fire
export TOKEN="$token" CLIENT_LOG="$work/client.log"
: >"$CLIENT_LOG"
xargs -P "$workers" -L 1 bash -c 'fire "$0" "$1" "$2"' <"$work/plan" &
load=$!

# Mid-load: kill -9 the first instance, keep the load going against both ports, then restart it.
until [[ "$(wc -l <"$CLIENT_LOG")" -ge $((cases / 3)) ]]; do sleep 0.2; done
kill -9 "${pids[0]}"
echo "kill -9 instance 0 (pid ${pids[0]}) after $(wc -l <"$CLIENT_LOG") responses"
sleep 2
start 0
echo "instance 0 restarted (pid ${pids[0]}) after $(wc -l <"$CLIENT_LOG") responses"
wait "$load"
for i in 0 1; do kill "${pids[$i]}"; wait "${pids[$i]}" 2>/dev/null || true; pids[$i]=""; done

echo "client responses: $(awk '{ n[$3]++ } END { for (c in n) printf "%s×%d ", c, n[c] }' "$CLIENT_LOG")"
echo "--- InspectionSuite.Cli verify"
set +e
cli_run verify
verify_exit=$?
set -e
echo "verify exit code: $verify_exit"

# Acknowledged transitions (2xx) must each be in the journal exactly once, and no case may be acknowledged twice.
sqlite3 "$db" <<SQL >"$work/check"
CREATE TEMP TABLE acked(id TEXT, port INT, code INT);
.mode list
.separator " "
.import $CLIENT_LOG acked
SELECT 'acknowledged: ' || count(*) FROM acked WHERE code BETWEEN 200 AND 299;
SELECT 'acknowledged twice: ' || count(*) FROM (SELECT id FROM acked WHERE code BETWEEN 200 AND 299 GROUP BY id HAVING count(*) > 1);
SELECT 'acknowledged but not journaled once: ' || count(*) FROM acked a JOIN Cases c ON lower(c.Id) = a.id
  WHERE a.code BETWEEN 200 AND 299
    AND (SELECT count(*) FROM WfJournal j WHERE j.InstanceId = c.WorkflowInstanceId AND j."Trigger" = 'Cancel') <> 1;
SELECT 'journaled Cancel transitions of these cases: ' || count(*) FROM WfJournal j JOIN Cases c ON c.WorkflowInstanceId = j.InstanceId
  WHERE j."Trigger" = 'Cancel' AND lower(c.Id) IN (SELECT id FROM acked);
SELECT 'unexpected statuses (not 2xx/409/000): ' || count(*) FROM acked WHERE NOT (code BETWEEN 200 AND 299 OR code = 409 OR code = 0);
SQL
cat "$work/check"
bad="$(awk -F': ' '/twice|not journaled|unexpected/ { s += $2 } END { print s + 0 }' "$work/check")"
if [[ "$verify_exit" -eq 0 && "$bad" -eq 0 ]]; then
  echo "RESULT: OK - nothing acknowledged was lost, verify found no violation"
else
  echo "RESULT: FAILED"; exit 1
fi
