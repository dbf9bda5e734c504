using InspectionSuite.Workflows.Contracts;

namespace InspectionSuite.Benchmarks.Workflows;

[WorkflowGuard("BenchUnitPresent")]
public sealed class BenchUnitPresent : IWorkflowGuard
{
    public ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => ValueTask.FromResult(context.Variables.ContainsKey("unit") ? GuardResult.Pass : GuardResult.Fail("Bench:000001"));
}
