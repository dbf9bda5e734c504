namespace InspectionSuite.Planning;

/// <summary>
/// Creates the planned case of a selected unit when a plan is approved or topped up. Implemented by the cases
/// module (<c>PlannedCaseFactory</c>); when none is registered (a host without the workflow runtime), approval
/// records the plan items without cases (they carry no CaseId). Called inside the approval's transaction: an
/// exception undoes the approval. Idempotent: a second request for the same plan item returns the existing case.
/// </summary>
public interface IPlannedCaseFactory
{
    /// <returns>The id of the new case.</returns>
    Task<Guid> CreatePlannedCaseAsync(PlannedCaseRequest request, CancellationToken ct = default);
}
