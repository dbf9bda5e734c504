using Microsoft.EntityFrameworkCore.Design;

namespace InspectionSuite.EntityFrameworkCore;

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerInspectionSuiteDbContext>
{
    public SqlServerInspectionSuiteDbContext CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqlServerInspectionSuiteDbContext>()
                .UseSqlServer("Server=(design-time);Database=InspectionSuite;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
