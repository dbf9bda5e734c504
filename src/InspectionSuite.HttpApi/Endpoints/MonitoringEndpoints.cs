using InspectionSuite.Monitoring;

namespace InspectionSuite.Endpoints;

/// <summary>
/// Monitoring of every unit (issue 15; docs/monitoring.md, "API"): reporting periods, a unit's periodic report with its
/// raw figures (PUT body: indicator code → figure name → value), its return by Sở Nội vụ, and the province's figures.
/// </summary>
public static class MonitoringEndpoints
{
    public static IEndpointRouteBuilder MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        const string read = InspectionSuitePermissions.Monitoring.Default;
        const string submit = InspectionSuitePermissions.Monitoring.Submit;
        const string viewAll = InspectionSuitePermissions.Monitoring.ViewAll;
        const string review = InspectionSuitePermissions.Monitoring.Review;

        var kpi = app.MapGroup("/api/kpi").WithTags("Monitoring");
        kpi.MapGet("/periods", (int? year, IUnitKpiReportAppService s, CancellationToken ct) => s.GetPeriodsAsync(year, ct))
            .RequireAuthorization(read);
        kpi.MapGet("/province/{period}", (string period, IUnitKpiReportAppService s, CancellationToken ct) => s.GetProvinceAsync(period, ct))
            .RequireAuthorization(viewAll);
        kpi.MapGet("/plans", (IUnitPlanAppService s, CancellationToken ct) => s.GetTrackerAsync(null, ct))
            .RequireAuthorization(viewAll);

        // The unit's implementation plan file: always a download, under a generated ASCII name.
        app.MapGet("/api/units/{unitId:guid}/plan/file", async (Guid unitId, IUnitPlanAppService s, CancellationToken ct) =>
            {
                var file = await s.OpenFileAsync(unitId, ct);
                return TypedResults.File(file.Content, "application/octet-stream", file.FileName);
            })
            .WithTags("Monitoring").WithSummary("Downloads a unit's implementation plan (Sở Nội vụ: any unit; a representative: their own)")
            .RequireAuthorization(read);

        var reports = app.MapGroup("/api/units/{unitId:guid}/kpi-reports").WithTags("Monitoring");
        reports.MapGet("/{period}", (Guid unitId, string period, IUnitKpiReportAppService s, CancellationToken ct) => s.GetAsync(unitId, period, ct))
            .RequireAuthorization(read);
        reports.MapPut("/{period}", (Guid unitId, string period, Dictionary<string, Dictionary<string, long>> figures, IUnitKpiReportAppService s, CancellationToken ct) =>
                s.SubmitAsync(unitId, period, figures, ct))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(submit);
        reports.MapPost("/{period}/return", (Guid unitId, string period, ReturnKpiReportDto input, IUnitKpiReportAppService s, CancellationToken ct) =>
                s.ReturnAsync(unitId, period, input, ct))
            .RequireAuthorization(review);
        return app;
    }
}
