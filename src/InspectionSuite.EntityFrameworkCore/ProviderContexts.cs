using Microsoft.EntityFrameworkCore.Design;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>SQLite flavour: owns Migrations/Sqlite.</summary>
public sealed class SqliteInspectionSuiteDbContext(DbContextOptions<SqliteInspectionSuiteDbContext> options)
    : InspectionSuiteDbContext(options);

/// <summary>SQL Server flavour (production): owns Migrations/SqlServer.</summary>
public sealed class SqlServerInspectionSuiteDbContext(DbContextOptions<SqlServerInspectionSuiteDbContext> options)
    : InspectionSuiteDbContext(options);

/// <summary>For `dotnet ef` only: builds the model without a running app or a reachable server.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteInspectionSuiteDbContext>
{
    public SqliteInspectionSuiteDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteInspectionSuiteDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerInspectionSuiteDbContext>
{
    public SqlServerInspectionSuiteDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqlServerInspectionSuiteDbContext>()
                .UseSqlServer("Server=(design-time);Database=InspectionSuite;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
