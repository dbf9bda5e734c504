using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <summary>Implementation of the conclusion: reports from the unit, money recovered vs decided, overdue sanctions.</summary>
public sealed class FollowUpAppService(CaseAccess access, CaseFollowUpLoader followUps, IPermissionChecker permissions, CaseMapper map, EvidenceIntake intake,
    IValidationPipeline validation, ReCheckAppService reChecks, IUnitOfWork uow) : IFollowUpAppService
{
    public async Task<FollowUpDto> GetAsync(Guid caseId, CancellationToken ct = default)
        => await ToDtoAsync(await access.GetAsync(caseId, P.Default, ct), ct);

    public Task<FollowUpDto> ReportImplementationAsync(Guid caseId, ReportImplementationDto input, CancellationToken ct = default)
        => ReportImplementationAsync(caseId, input, [], ct);

    public async Task<FollowUpDto> ReportImplementationAsync(Guid caseId, ReportImplementationDto input, IReadOnlyList<FileUploadDto> attachments, CancellationToken ct = default)
    {
        await validation.ValidateAsync(input, ct);
        // The unit reports (ReportImplementation); the team may record a report it received on paper (FollowUp).
        var permission = await permissions.IsGrantedAsync(P.ReportImplementation, ct) ? P.ReportImplementation : P.FollowUp;
        var @case = await access.GetAsync(caseId, permission, ct);
        await access.EnsureMayChangeAsync(@case, ct);
        // A report is an addition: the money rule (recovered never above decided) is checked again on a reload after a lost race.
        return await intake.RecordWithFilesAsync(caseId, attachments, async stored =>
        {
            var reported = await access.AddToCaseAsync(caseId, permission, async c =>
            {
                var followUp = await followUps.GetForChangeAsync(c.Id, ct);
                CaseFollowUpManager.ReportImplementation(c, followUp, input.SanctionId, input.Status, input.AmountRecoveredVnd, input.Note, access.Today, access.UserId,
                    stored, access.UtcNow);
                return (c, followUp);
            }, ct);
            return await ToDtoAsync(reported.c, reported.followUp, ct);
        }, ct);
    }

    public async Task<FollowUpDto> ConfirmImplementationAsync(Guid caseId, Guid sanctionId, ConfirmImplementationDto input, CancellationToken ct = default)
    {
        var (@case, followUp) = await ForReviewAsync(caseId, input.ConcurrencyStamp, ct);
        CaseFollowUpManager.ConfirmImplementation(@case, followUp, sanctionId, access.Today, access.UserId);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(@case, followUp, ct);
    }

    public async Task<FollowUpDto> RejectImplementationAsync(Guid caseId, Guid sanctionId, RejectImplementationDto input, CancellationToken ct = default)
    {
        await validation.ValidateAsync(input, ct);
        var (@case, followUp) = await ForReviewAsync(caseId, input.ConcurrencyStamp, ct);
        CaseFollowUpManager.RejectImplementation(@case, followUp, sanctionId, input.Reason, access.Today, access.UserId);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(@case, followUp, ct);
    }

    // The unit's report is a claim: the one who answers it is on the team or oversees (a supervisor), never the unit itself.
    private async Task<(InspectionCase Case, CaseFollowUp FollowUp)> ForReviewAsync(Guid caseId, string? concurrencyStamp, CancellationToken ct)
    {
        var @case = await access.GetForFollowUpAsync(caseId, P.FollowUp, ChecklistAppService.Stamp(concurrencyStamp), ct);
        await access.EnsureTeamOrOverseerAsync(@case, CaseErrorCodes.ClaimReviewByTeamOnly, ct);
        return (@case, await followUps.GetForChangeAsync(caseId, ct));
    }

    /// <summary>The follow-up of a case already loaded and checked visible (the case workspace).</summary>
    internal async Task<FollowUpDto> ToDtoAsync(InspectionCase c, CancellationToken ct) => await ToDtoAsync(c, await followUps.GetAsync(c, ct), ct);

    internal async Task<FollowUpDto> ToDtoAsync(InspectionCase c, CaseFollowUp f, CancellationToken ct)
    {
        var today = access.Today;
        return new FollowUpDto(c.Id, c.State, f.AmountDecidedVnd, f.AmountRecoveredVnd, f.Sanctions.Count(s => !s.IsResolved), f.Sanctions.Count(s => s.IsOverdue(today)),
            f.Sanctions.Select(s => map.ToDto(s, today)).ToList(), f.ImplementationReports.OrderBy(r => r.ReportedOn).Select(r => map.ToDto(r, c.Evidence)).ToList(),
            await reChecks.ToDtosAsync(f, ct));
    }
}
