using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

public sealed class SanctionAppService(CaseAccess access, CaseFollowUpLoader followUps, IUnitOfWork uow, CaseMapper map, IValidationPipeline validation) : ISanctionAppService
{
    public async Task<IReadOnlyList<SanctionDto>> GetListAsync(Guid caseId, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        return (await followUps.GetAsync(@case.Id, ct)).Sanctions.Select(s => map.ToDto(s, access.Today)).ToList();
    }

    public async Task<SanctionDto> IssueAsync(Guid caseId, IssueSanctionDto input, CancellationToken ct = default)
    {
        await validation.ValidateAsync(input, ct);
        var @case = await access.GetForFollowUpAsync(caseId, P.Sanction, input.ConcurrencyStamp, ct);
        var s = CaseFollowUpManager.IssueSanction(@case, await followUps.GetForChangeAsync(caseId, ct), input.Type, input.Target, input.AmountVnd, input.Deadline, input.Responsible);
        await uow.SaveChangesAsync(ct);
        return map.ToDto(s, access.Today);
    }

    public async Task<SanctionDto> CarryOverAsync(Guid caseId, Guid sanctionId, CarryOverSanctionDto input, CancellationToken ct = default)
    {
        await validation.ValidateAsync(input, ct);
        var @case = await access.GetForFollowUpAsync(caseId, P.FollowUp, ChecklistAppService.Stamp(input.ConcurrencyStamp), ct);
        var s = CaseFollowUpManager.CarryOver(@case, await followUps.GetForChangeAsync(caseId, ct), sanctionId, input.Reason);
        await uow.SaveChangesAsync(ct);
        return map.ToDto(s, access.Today);
    }
}
