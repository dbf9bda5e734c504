namespace InspectionSuite.EntityFrameworkCore;

/// <summary>SQL Server flavour (production): owns Migrations/SqlServer.</summary>
public sealed class SqlServerInspectionSuiteDbContext(DbContextOptions<SqlServerInspectionSuiteDbContext> options)
    : InspectionSuiteDbContext(options);
