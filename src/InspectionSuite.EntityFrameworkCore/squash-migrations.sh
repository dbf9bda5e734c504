#!/usr/bin/env bash
# Issue 19 item 8: replace every migration of each provider with one `Initial` (nothing is released yet).
# Run by the lead LAST, after every branch with a schema change is merged, from a clean work tree:
#
#   src/InspectionSuite.EntityFrameworkCore/squash-migrations.sh            # check, delete, regenerate
#   src/InspectionSuite.EntityFrameworkCore/squash-migrations.sh --check    # only list the hand-written SQL found
#
# What the old migrations carry besides the model, and why the squashed Initial does not need it (docs/architecture.md,
# "Migrations"): the Initial only ever runs on an EMPTY database, where
#   - the CaseViewers backfill (INSERT … SELECT from Cases/CaseTeamMembers/re-check inspectors) copies nothing: the save
#     pipeline (CaseViewerInterceptor) writes the rows of every case saved afterwards;
#   - PlanList's UPDATEs rewrite stored SelectionReason codes (MANDATORY → Mandatory …): an empty database has no items;
#   - FollowUpAggregate's INSERT … SELECT makes a CaseFollowUps row for every case with sanctions, reports or re-checks:
#     an empty database has no cases (the loader adds the row with a case's first sanction);
#   - the *Grants helpers (RolesIssue14Grants, DocumentRegisterGrants, MonitoringGrants, …) insert only for roles that
#     already have grants (WHERE EXISTS …), so they do nothing: a new database gets
#     InspectionSuitePermissions.DefaultGrants from DataSeeder at its first start.
# Anything else hand-written (migrationBuilder.Sql outside those, a view, a trigger) stops the script: carry it into the
# new Initial by hand, or extend KNOWN below with the reason it is not needed.
#
# An existing database that is at the LAST old migration keeps working if its history is rebased (printed at the end);
# a database at an older migration must be recreated (or first migrated with the old code).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

check_only=false
[[ "${1:-}" == "--check" ]] && check_only=true

# 1. Hand-written SQL in the current migrations (not the generated *.Designer.cs / snapshots).
migrations=$(ls Migrations/Sqlite/*.cs Migrations/SqlServer/*.cs | grep -v -e '\.Designer\.cs$' -e 'ModelSnapshot\.cs$')
unknown=()
echo "Hand-written SQL carried by the current migrations:"
for f in $migrations; do
    if grep -q 'migrationBuilder\.Sql(' "$f"; then
        case "$(basename "$f")" in
            *_CaseViewers.cs) echo "  $f: CaseViewers backfill (no rows to copy in an empty database)";;
            *_PlanList.cs) echo "  $f: SelectionReason codes rewritten to PascalCase (no plan items in an empty database)";;
            *_FollowUpAggregate.cs) echo "  $f: CaseFollowUps backfill for cases with follow-up rows (no cases in an empty database)";;
            *) unknown+=("$f: migrationBuilder.Sql");;
        esac
    fi
    for helper in $(grep -o '[A-Za-z0-9]*Grants\.Up(' "$f" | sed 's/\.Up($//' | sort -u); do
        helper_file="Migrations/$helper.cs"
        if [[ -f "$helper_file" ]] && grep -q 'WHERE EXISTS (SELECT 1 FROM PermissionGrants WHERE RoleName' "$helper_file"; then
            echo "  $f: $helper (grants for roles that already have grants; the seeder's defaults on a new database)"
        else
            unknown+=("$f: $helper.Up (not guarded by WHERE EXISTS … PermissionGrants)")
        fi
    done
done
if ((${#unknown[@]})); then
    echo "Hand-written SQL the squash would lose; carry it into Initial by hand or explain it in KNOWN:" >&2
    printf '  %s\n' "${unknown[@]}" >&2
    exit 1
fi
$check_only && exit 0

if [[ -n "$(git -C "$root" status --porcelain -- "$here")" ]]; then
    echo "src/InspectionSuite.EntityFrameworkCore has uncommitted changes; commit or stash them first." >&2
    exit 1
fi

last_sqlite=$(ls Migrations/Sqlite/*.cs | grep -v -e '\.Designer\.cs$' -e 'ModelSnapshot\.cs$' | sort | tail -1 | xargs basename | sed 's/\.cs$//')
last_sqlserver=$(ls Migrations/SqlServer/*.cs | grep -v -e '\.Designer\.cs$' -e 'ModelSnapshot\.cs$' | sort | tail -1 | xargs basename | sed 's/\.cs$//')

# 2. Delete the migrations and the grant helpers only they used.
git -C "$root" rm -q -r -- "$here/Migrations/Sqlite" "$here/Migrations/SqlServer"
for helper in Migrations/*Grants.cs; do
    [[ -f "$helper" ]] && git -C "$root" rm -q -- "$here/$helper" && echo "removed $helper"
done
# Their tests migrate to a named old migration, seed the old grants and check the helper's statements: without subject.
# What they said about a new database stays in NewDatabaseGrantsTests (independent of migration names).
for t in "$root"/test/InspectionSuite.EntityFrameworkCore.Tests/*GrantsMigrationTests.cs; do
    [[ -f "$t" ]] && git -C "$root" rm -q -- "$t" && echo "removed ${t#$root/}"
done

# 3. One Initial per provider, same name (the design-time factories are SqliteDesignTimeFactory.cs and SqlServerDesignTimeFactory.cs). dotnet ef builds but
#    does not restore: build once first (also on a fresh clone).
dotnet build . -v q -nologo
dotnet ef migrations add Initial --project . --startup-project . --context SqliteInspectionSuiteDbContext --output-dir Migrations/Sqlite
dotnet ef migrations add Initial --project . --startup-project . --context SqlServerInspectionSuiteDbContext --output-dir Migrations/SqlServer

new_sqlite=$(ls Migrations/Sqlite/*_Initial.cs | xargs basename | sed 's/\.cs$//')
new_sqlserver=$(ls Migrations/SqlServer/*_Initial.cs | xargs basename | sed 's/\.cs$//')
product=$(grep -o 'ProductVersion", "[^"]*"' Migrations/Sqlite/*ModelSnapshot.cs | sed 's/.*", "//; s/"$//')

cat <<EOF

Squashed: Migrations/Sqlite/$new_sqlite, Migrations/SqlServer/$new_sqlserver.
The *GrantsMigrationTests (old migration names, old grants) were removed with their helpers; a new database's grants
stay pinned by NewDatabaseGrantsTests (empty after migrating) and AuthorizationMatrixTests (the seeded defaults).
Then: dotnet build; dotnet test test/InspectionSuite.EntityFrameworkCore.Tests (MigrationsInSyncTests, SqlServerSqlTests).

A database that was at the last old migration ($last_sqlite / $last_sqlserver) keeps its data with a rebased history:
  SQLite:     DELETE FROM "__EFMigrationsHistory"; INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('$new_sqlite', '$product');
  SQL Server: DELETE FROM [__EFMigrationsHistory]; INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion]) VALUES ('$new_sqlserver', '$product');
EOF
