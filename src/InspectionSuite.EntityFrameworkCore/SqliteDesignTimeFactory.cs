using Microsoft.EntityFrameworkCore.Design;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>For `dotnet ef` only: builds the model without a running app or a reachable server.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteInspectionSuiteDbContext>
{
    public SqliteInspectionSuiteDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteInspectionSuiteDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
