using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <summary>
/// Re-check of the implementation during follow-up (kiểm tra lại việc thực hiện kết luận). Records in the case's follow-up
/// (<see cref="CaseFollowUp"/>), not a workflow state: the case stays in FollowUp, Close's SanctionsResolved guard sees the sanctions a re-check
/// resolved or reopened, and every change is in the audit chain (see docs/cases.md, "Re-check").
/// </summary>
public sealed class ReCheckAppService(
    CaseAccess access,
    CaseFollowUpLoader followUps,
    IPermissionChecker permissions,
    IUnitOfWork uow,
    IRepository<AppUser> users,
    UserManager<AppUser> userManager,
    IValidationPipeline validation) : IReCheckAppService
{
    public async Task<IReadOnlyList<ReCheckDto>> GetListAsync(Guid caseId, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        return await ToDtosAsync(await followUps.GetAsync(@case.Id, ct), ct);
    }

    public async Task<IReadOnlyList<ReCheckInspectorDto>> GetInspectorOptionsAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.FollowUp, ct);
        return (await userManager.GetUsersInRoleAsync(InspectionSuiteRoles.Inspector))
            .OrderBy(u => u.FullName, StringComparer.CurrentCulture).ThenBy(u => u.UserName, StringComparer.Ordinal)
            .Select(u => new ReCheckInspectorDto(u.Id, u.UserName ?? "", u.FullName)).ToList();
    }

    public async Task<ReCheckDto> OrderAsync(Guid caseId, OrderReCheckDto input, CancellationToken ct = default)
    {
        await validation.ValidateAsync(input, ct);
        var @case = await access.GetForFollowUpAsync(caseId, P.FollowUp, input.ConcurrencyStamp, ct);
        var followUp = await followUps.GetForChangeAsync(caseId, ct);
        var inspectors = (await userManager.GetUsersInRoleAsync(InspectionSuiteRoles.Inspector)).Select(u => u.Id).ToHashSet();
        foreach (var userId in input.InspectorIds.Where(id => !inspectors.Contains(id)))
            throw new BusinessException(CaseErrorCodes.ReCheckInspectorNotInspector, userId);
        var reCheck = CaseFollowUpManager.OrderReCheck(@case, followUp, input.DecisionNumber.Trim(), input.DecidedOn, input.Scope.Trim(), input.DueOn,
            input.InspectorIds.Distinct().ToList(), access.UserId);
        await uow.SaveChangesAsync(ct);
        return (await ToDtosAsync(followUp, ct)).Single(r => r.Id == reCheck.Id);
    }

    public async Task<ReCheckDto> RecordResultAsync(Guid caseId, Guid reCheckId, RecordReCheckResultDto input, CancellationToken ct = default)
    {
        await validation.ValidateAsync(input, ct);
        var (@case, followUp) = await access.GetForReCheckResultAsync(caseId, reCheckId, P.FollowUp, input.ConcurrencyStamp, followUps, ct);
        CaseFollowUpManager.RecordReCheckResult(@case, followUp, reCheckId, input.SanctionId, input.Outcome, input.VerifiedRecoveredVnd, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            access.Today, access.UserId);
        await uow.SaveChangesAsync(ct);
        return (await ToDtosAsync(followUp, ct)).Single(r => r.Id == reCheckId);
    }

    internal async Task<IReadOnlyList<ReCheckDto>> ToDtosAsync(CaseFollowUp c, CancellationToken ct)
    {
        if (c.ReChecks.Count == 0) return [];
        var ids = c.ReChecks.SelectMany(r => r.Inspectors).Select(i => i.UserId).Distinct().ToList();
        var people = await users.ToListAsync(users.Query().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.UserName, u.FullName }), ct);
        var today = access.Today;
        return c.ReChecks.OrderBy(r => r.DecidedOn).ThenBy(r => r.DecisionNumber).Select(r =>
        {
            var unverified = c.Sanctions.Any(s => !s.IsResolved && r.Results.All(x => x.SanctionId != s.Id));
            var inspectors = r.Inspectors.Select(i =>
            {
                var p = people.FirstOrDefault(x => x.Id == i.UserId);
                return new ReCheckInspectorDto(i.UserId, p?.UserName ?? "", p?.FullName ?? "");
            }).ToList();
            var results = r.Results.OrderBy(x => x.RecordedOn)
                .Select(x => new ReCheckResultDto(x.Id, x.SanctionId, x.Outcome, x.VerifiedRecoveredVnd, x.Note, x.RecordedOn, x.RecordedBy)).ToList();
            return new ReCheckDto(r.Id, r.DecisionNumber, r.DecidedOn, r.Scope, r.DueOn, r.DueOn is { } due && due < today && unverified, inspectors, results);
        }).ToList();
    }
}
