using InspectionSuite.Organization;
using InspectionSuite.Sampling;

namespace InspectionSuite.Planning;

/// <summary>
/// What a planned case is created from: one selected unit of an approved plan (or of a top-up amendment);
/// <see cref="PlanItemId"/> is the item the case implements (at most one case per item).
/// </summary>
public sealed record PlannedCaseRequest(
    Guid PlanId, Guid PlanItemId, AuthorityCode Authority, int Year, int Amendment, string UnitCode, string UnitName, SelectionReason Reason, string Detail);

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

/// <summary>A completed check of a unit by an authority (year of the plan it belongs to, and the completion date).</summary>
public sealed record CompletedCheckRecord(string UnitCode, int Year, AuthorityCode Authority, DateOnly CompletedOn);

/// <summary>
/// History of completed checks: feeds the draw (years before the plan year) and the coverage tracker (the plan
/// year). The default implementation reads plan items marked completed; the cases module may replace it.
/// </summary>
public interface ICompletedCheckSource
{
    Task<IReadOnlyList<CompletedCheckRecord>> GetCompletedAsync(AuthorityCode authority, int fromYear, int toYear, CancellationToken ct = default);
}
