using InspectionSuite.Planning;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>Records the planned cases the approval asks for (replaces the cases module's factory: the last registration wins).</summary>
public sealed class RecordingCaseFactory : IPlannedCaseFactory
{
    public List<PlannedCaseRequest> Requests { get; } = [];

    public Task<Guid> CreatePlannedCaseAsync(PlannedCaseRequest request, CancellationToken ct = default)
    {
        lock (Requests) Requests.Add(request);
        return Task.FromResult(Guid.NewGuid());
    }
}
