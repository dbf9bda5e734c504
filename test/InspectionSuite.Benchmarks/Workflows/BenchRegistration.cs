using InspectionSuite.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Benchmarks.Workflows;

internal static class BenchRegistration
{
    public static IServiceCollection AddWorkflowRuntimeForBench(this IServiceCollection services)
        => services.AddWorkflowRuntime<BenchDbContext>(o => { o.AddComponentsFrom(typeof(DurableTransitionBenchmark).Assembly); o.RunTimerHost = false; });
}
