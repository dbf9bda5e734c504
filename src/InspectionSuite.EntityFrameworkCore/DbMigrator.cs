using Microsoft.Extensions.Logging;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>Applies pending migrations for the configured provider (web start-up and `InspectionSuite.Cli migrate`).</summary>
public sealed class DbMigrator(InspectionSuiteDbContext db, ILogger<DbMigrator> logger)
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }
        if (db.Database.IsSqlite())
        {
            // SQLite plans with the statistics ANALYZE stores (SQL Server keeps its own up to date). Without them it
            // guesses, e.g. scans every open task to page one inspector's inbox instead of starting from their cases.
            // analysis_limit samples each index, so this takes milliseconds even at 500,000 journal rows.
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; ANALYZE;", ct);
        }
        return pending;
    }
}
