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
  (cd "$web_project" && ASPNETCORE_ENVIRONMENT=Production exec dotnet "$web_dll" \
    --urls "$base" "${production[@]}" \
    --ConnectionStrings:Default="Data Source=$work/load.db" \
    --DemoData:Enabled=true \
    --Logging:Directory="$work/logs" \
    --Cases:Evidence:RootDirectory="$work/evidence" \
    --Serilog:MinimumLevel:Default=Warning \
    --RateLimits:LoginPerMinute=100000 >"$work/app.log" 2>&1) &
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
