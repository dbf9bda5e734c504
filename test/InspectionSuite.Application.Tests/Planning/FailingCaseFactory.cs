using InspectionSuite.Planning;
using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>The cases module's factory, failing on the <see cref="FailOn"/>-th request of the process (to prove approval rolls back).</summary>
public sealed class FailingCaseFactory(IServiceProvider services, FailingCaseFactory.Counter counter) : IPlannedCaseFactory
{
    public sealed class Counter { public int Calls; public int FailOn = int.MaxValue; }

    public Task<Guid> CreatePlannedCaseAsync(PlannedCaseRequest request, CancellationToken ct = default)
        => Interlocked.Increment(ref counter.Calls) == counter.FailOn
            ? throw new InvalidOperationException("case store unavailable")
            : ActivatorUtilities.CreateInstance<PlannedCaseFactory>(services).CreatePlannedCaseAsync(request, ct);
}
