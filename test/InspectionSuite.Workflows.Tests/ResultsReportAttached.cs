using InspectionSuite.Workflows.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InspectionSuite.Workflows.Tests;

[WorkflowGuard("ResultsReportAttached")]
public sealed class ResultsReportAttached(TestDbContext db) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => await db.Set<CaseNote>().AnyAsync(n => n.CaseId == context.CorrelationId && n.Text == "results-report", ct)
            ? GuardResult.Pass
            : GuardResult.Fail(TestErrorCodes.ResultsReportMissing);
}
