namespace InspectionSuite.EntityFrameworkCore;

/// <summary>SQLite flavour: owns Migrations/Sqlite.</summary>
public sealed class SqliteInspectionSuiteDbContext(DbContextOptions<SqliteInspectionSuiteDbContext> options)
    : InspectionSuiteDbContext(options);
