# Sourced by run-load.sh and fire-cost.sh: builds and starts the Release web app on a consistent copy of a generated database.

web_project="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/angular-free-razor-ui/InspectionSuite.Web"

# The web app to run: WEB_DLL (another build, e.g. a copy of the build before a change), else this tree's Release build,
# built first unless SKIP_BUILD=1. Prints the path (relative to the web project when it is this tree's).
web_dll() {
  if [[ -n "${WEB_DLL:-}" ]]; then echo "$WEB_DLL"; return; fi
  [[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build -c Release -v q --nologo "$web_project/InspectionSuite.Web.csproj" | tail -3 >&2
  echo bin/Release/net10.0/InspectionSuite.Web.dll
}

#   start_app SOURCE_DB WORK_DIR BASE_URL WEB_DLL   (sets app_pid; the caller kills it on exit)
start_app() {
  local source_db="$1" work="$2" base="$3" web_dll="$4"
  # A consistent copy (WAL included) so the source stays untouched for the next run.
  sqlite3 "$source_db" ".backup '$work/load.db'"
  # Production needs an audit chain key; the run only appends to the chain, so a throw-away one does.
  (umask 077; openssl rand -base64 32 >"$work/audit-chain.key")
  export Audit__ChainKeyFile="$work/audit-chain.key"
  # Production environment, demo users on (the generator created them), logs at Warning.
  source "$(dirname "${BASH_SOURCE[0]}")/../production-settings.sh"
  production_settings "$work"
  # The runtime writes a line per method it compiles to jit.log (the JIT's own summary, in release runtimes too), so a
  # run can tell when the tiered JIT has finished and show how much compiling fell into each measured scenario.
  # The login page's per-address limit is lifted: every request comes from 127.0.0.1, and the warm-up's rounds alone
  # send the page more than 100,000 requests a minute when it is the only read scenario (ONLY=none).
  (cd "$web_project" && ASPNETCORE_ENVIRONMENT=Production DOTNET_JitStdOutFile="$work/jit.log" DOTNET_JitDisasmSummary=1 \
    exec dotnet "$web_dll" \
    --urls "$base" "${production[@]}" \
    --ConnectionStrings:Default="Data Source=$work/load.db" \
    --DemoData:Enabled=true \
    --Logging:Directory="$work/logs" \
    --Cases:Evidence:RootDirectory="$work/evidence" \
    --Serilog:MinimumLevel:Default=Warning \
    --RateLimits:LoginPerMinute=100000000 >"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$base/Account/Login" && return 0
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; return 1; }
    sleep 0.5
  done
  echo "the app did not answer at $base" >&2
  return 1
}

# Cases whose Cancel is allowed (non-final state) with their instance version, "case-id version" per line: one
# accepted transition each (fire.lua).
fire_ids() { # work-dir
  sqlite3 "$1/load.db" "SELECT lower(c.Id) || ' ' || i.Version FROM Cases c JOIN WfInstances i ON i.Id = c.WorkflowInstanceId
     WHERE c.State IN ('Planned','Decided','Announced','OnSite','Reporting') ORDER BY c.Code"
}

#   cookie_for BASE_URL WORK_DIR USER   prints the "Cookie: ..." header of a session logged in as USER (demo password)
cookie_for() {
  local base="$1" jar="$2/$3.jar" token
  token="$(curl -fs -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.UserName=$3" --data-urlencode "Input.Password=Demo@2026!" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login"
  echo "Cookie: $(awk -F'\t' 'NF==7 {sub(/^#HttpOnly_/, "", $1); printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")"
}

# The read scenarios of the load scripts: name, request paths file (in the work directory, write_request_paths), user.
read_scenarios=(
  "login-page|login|anonymous"
  "inbox-page|inbox-pages|inspector"
  "inbox-api|inbox-api|inspector"
  "case-list-page|list-pages|supervisor"
  "case-list-filtered|filter-pages|supervisor"
  "case-list-api|list-api|supervisor"
  "case-list-inspector|list-pages|inspector"
  "case-page|case-pages|supervisor"
  "case-api|case-api|supervisor"
  "dashboard|dashboard|leader"
)

#   write_request_paths WORK_DIR   the request paths of every read scenario, from WORK_DIR/load.db: 200 different cases for
#   the case page, filters over state / authority / unit / conclusion year.
write_request_paths() {
  local work="$1" units p s a y u
  units="$(sqlite3 "$work/load.db" "SELECT lower(Id) FROM Units WHERE Code LIKE 'G%' ORDER BY Code LIMIT 50")"
  sqlite3 "$work/load.db" "SELECT '/Cases/Detail/' || lower(Id) FROM Cases ORDER BY Code LIMIT 200 OFFSET 1000" >"$work/case-pages"
  sqlite3 "$work/load.db" "SELECT '/api/cases/' || lower(Id) FROM Cases ORDER BY Code LIMIT 200 OFFSET 2000" >"$work/case-api"
  {
    for p in 1 2 3 10 100 500; do echo "/Cases?p=$p"; done
    for s in creationtime code state onsitestart; do echo "/Cases?sort=$s"; done
  } >"$work/list-pages"
  {
    for s in Planned Decided OnSite Reporting Concluding Published Closed Cancelled; do echo "/Cases?State=$s"; echo "/Cases?State=$s&p=3"; done
    for a in ThanhTra NoiVu; do echo "/Cases?Authority=$a"; echo "/Cases?Authority=$a&p=20"; done
    for y in 2024 2025 2026; do echo "/Cases?concludedFrom=$y-01-01&concludedTo=$y-12-31"; done
    for u in $units; do echo "/Cases?unit=$u"; done
  } >"$work/filter-pages"
  {
    for p in 0 20 40 2000; do echo "/api/cases?skip=$p&take=20"; done
    for s in Planned OnSite Closed; do echo "/api/cases?state=$s&take=20"; done
    for a in ThanhTra NoiVu; do echo "/api/cases?authority=$a&skip=100&take=20"; done
    for u in $(echo "$units" | head -10); do echo "/api/cases?unitId=$u&take=20"; done
  } >"$work/list-api"
  printf '%s\n' "/Inbox" "/Inbox?p=2" "/Inbox?p=10" >"$work/inbox-pages"
  printf '%s\n' "/api/cases/inbox?skip=0&take=20" "/api/cases/inbox?skip=200&take=20" >"$work/inbox-api"
  printf '%s\n' "/Reports/Sanctions" "/Reports/Sanctions?year=2025" "/Reports/Sanctions?year=2025&authority=ThanhTra" >"$work/dashboard"
  echo "/Account/Login" >"$work/login"
}
