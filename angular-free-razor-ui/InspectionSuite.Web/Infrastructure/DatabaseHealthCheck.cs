using InspectionSuite.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InspectionSuite.Web;

public sealed class DatabaseHealthCheck(InspectionSuiteDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        => await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
}
