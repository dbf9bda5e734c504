using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// What a failed save means: worth another attempt (the database was busy, or another writer took the audit chain's next
/// number first), a lost race for a unique key (409), or neither (a bug: surfaced as is). A constraint violation is
/// never retried: the data refuses the request, and retrying it only delays the refusal (issue 17: ten retries, then 500).
/// </summary>
public static class SaveFailures
{
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555, SqliteConstraintUnique = 2067;
    private const int SqlServerDeadlockVictim = 1205, SqlServerUniqueConstraint = 2627, SqlServerUniqueIndex = 2601;

    /// <summary>
    /// SQLite busy/locked; SQL Server deadlock victim; and on SQL Server a duplicate audit sequence, which its
    /// read-committed read of the chain's end cannot prevent (SQLite's BEGIN IMMEDIATE does).
    /// </summary>
    public static bool IsTransient(DbUpdateException error, DbContext context) => error.InnerException switch
    {
        SqliteException e => e.SqliteErrorCode is SqliteBusy or SqliteLocked,
        SqlException e => e.Number == SqlServerDeadlockVictim
                          || (e.Number is SqlServerUniqueConstraint or SqlServerUniqueIndex && AuditKeyName(context) is { } key && e.Message.Contains(key, StringComparison.Ordinal)),
        _ => false,
    };

    /// <summary>A unique key or index refused the row: someone else holds that key (answered as a conflict).</summary>
    public static bool IsUniqueViolation(DbUpdateException error) => error.InnerException switch
    {
        SqliteException e => e.SqliteErrorCode == SqliteConstraint && e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException e => e.Number is SqlServerUniqueConstraint or SqlServerUniqueIndex,
        _ => false,
    };

    private static string? AuditKeyName(DbContext context) => context.Model.FindEntityType(typeof(AuditLogRecord))?.FindPrimaryKey()?.GetName();
}
