using Microsoft.EntityFrameworkCore;
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
        return pending;
    }
}
