using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

public sealed class FindingAppService(CaseAccess access, CaseMapper map, IValidationPipeline validation) : IFindingAppService
{
    /// <summary>The team's findings; none for the unit's representative (the published conclusion says what concerns the unit).</summary>
    public async Task<IReadOnlyList<FindingDto>> GetListAsync(Guid caseId, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        return ListOf(@case, await access.IsUnitRepresentativeAsync(ct), map);
    }

    /// <summary>The findings of a case already loaded and checked visible; none for the unit's representative.</summary>
    internal static IReadOnlyList<FindingDto> ListOf(InspectionCase @case, bool unitView, CaseMapper map)
        => unitView ? [] : @case.Findings.Select(map.ToDto).ToList();

    public async Task<FindingDto> RecordAsync(Guid caseId, RecordFindingDto input, CancellationToken ct = default)
    {
        await validation.ValidateAsync(input, ct);
        var f = await access.AddToCaseAsync(caseId, P.RecordFindings,
            c => c.RecordFinding(input.CriterionCode, input.Description, input.Severity, input.LegalBasis, input.AmountVnd, input.Responsible), ct);
        return map.ToDto(f);
    }

    public async Task<FindingDto> ConfirmAsync(Guid caseId, Guid findingId, ConfirmFindingDto input, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(input.Severity)) throw new InputValidationException("Severity", "Validation.Invalid");
        Check.Money(input.AmountVnd, "AmountVnd");
        // A finding is confirmed or rejected once: its status refuses a second decision on it, so other additions since are no conflict.
        var f = await access.AddToCaseAsync(caseId, P.RecordFindings,
            c => c.ConfirmFinding(findingId, input.Description, input.Severity, input.LegalBasis, input.AmountVnd, input.Responsible), ct);
        return map.ToDto(f);
    }

    public async Task<FindingDto> RejectAsync(Guid caseId, Guid findingId, RejectFindingDto input, CancellationToken ct = default)
    {
        var f = await access.AddToCaseAsync(caseId, P.RecordFindings, c => c.RejectFinding(findingId), ct);
        return map.ToDto(f);
    }
}
