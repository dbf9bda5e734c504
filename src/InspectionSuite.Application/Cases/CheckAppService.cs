using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <summary>
/// Sở Nội vụ's check (noi-vu.check v2): unannounced or not and the team's members from other agencies (who plans),
/// the unit's self-assessment with the KH534 values (the unit's representative, for their own unit only; permission
/// Cases.ReportImplementation, the unit's reporting permission), the outcomes of the conclusion notice (who concludes).
/// </summary>
public sealed class CheckAppService(CaseAccess access, CaseFollowUpLoader followUps, IUnitOfWork uow) : ICheckAppService
{
    public async Task<CheckDto> GetAsync(Guid caseId, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        return ToDto(@case, await followUps.GetAsync(@case, ct));
    }

    public async Task<CheckDto> SetUnannouncedAsync(Guid caseId, SetUnannouncedDto input, CancellationToken ct = default)
        => await ChangeAsync(caseId, P.Assign, input.ConcurrencyStamp, c => c.SetUnannounced(input.IsUnannounced), ct);

    public async Task<CheckDto> AddExternalMemberAsync(Guid caseId, AddExternalMemberDto input, CancellationToken ct = default)
        => await ChangeAsync(caseId, P.Assign, input.ConcurrencyStamp, c => c.AddExternalMember(input.Name ?? "", input.Position ?? "", input.Agency ?? ""), ct);

    public async Task<CheckDto> RemoveExternalMemberAsync(Guid caseId, Guid memberId, string? concurrencyStamp, CancellationToken ct = default)
        => await ChangeAsync(caseId, P.Assign, concurrencyStamp, c => c.RemoveExternalMember(memberId), ct);

    public async Task<CheckDto> SubmitSelfAssessmentAsync(Guid caseId, SubmitSelfAssessmentDto input, CancellationToken ct = default)
    {
        var @case = await access.GetForUpdateAsync(caseId, P.ReportImplementation, ChecklistAppService.Stamp(input.ConcurrencyStamp), ct);
        // Seeing a case is not speaking for its unit (an admin sees every case).
        if (await access.GetUnitIdAsync(ct) != @case.UnitId) throw new ForbiddenException(CaseErrorCodes.NotRepresentativeOfUnit);
        var values = (input.Values ?? []).Select(v => (v.CriterionCode ?? "", v.Value, v.Note)).ToList();
        @case.SubmitSelfAssessment(values, CheckCriteriaCatalogue.All.Select(c => c.Code), access.UserId, access.Today);
        await uow.SaveChangesAsync(ct);
        return ToDto(@case, await followUps.GetAsync(@case, ct));
    }

    public async Task<CheckDto> RecordOutcomeAsync(Guid caseId, RecordCheckOutcomeDto input, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(input.Type)) throw new InputValidationException("Type", "Validation.Invalid");
        // An outcome is in the case's follow-up, recorded while the case is concluded: the conclusion's page and its stamp.
        var @case = await access.GetForFollowUpAsync(caseId, P.Conclude, ChecklistAppService.Stamp(input.ConcurrencyStamp), ct);
        var followUp = await followUps.GetForChangeAsync(caseId, ct);
        CaseFollowUpManager.RecordCheckOutcome(@case, followUp, input.Type, input.Text ?? "", input.Responsible ?? "", input.Deadline, input.FindingId, input.CriterionCode);
        await uow.SaveChangesAsync(ct);
        return ToDto(@case, followUp);
    }

    private async Task<CheckDto> ChangeAsync(Guid caseId, string permission, string? stamp, Action<InspectionCase> change, CancellationToken ct)
    {
        var @case = await access.GetForUpdateAsync(caseId, permission, ChecklistAppService.Stamp(stamp), ct);
        change(@case);
        await uow.SaveChangesAsync(ct);
        return ToDto(@case, await followUps.GetAsync(@case, ct));
    }

    /// <summary>The check's parts of a case loaded and checked visible, with its follow-up (also the case workspace's).</summary>
    internal static CheckDto ToDto(InspectionCase c, CaseFollowUp f)
        => new(c.Id, c.IsUnannounced,
            c.ExternalMembers.Select(m => new ExternalTeamMemberDto(m.Id, m.Name, m.Position, m.Agency)).ToList(),
            c.SelfAssessedOn,
            c.SelfAssessment.OrderBy(e => e.CriterionCode, StringComparer.Ordinal).Select(e => new SelfAssessmentValueDto(e.CriterionCode, e.Value, e.Note)).ToList(),
            f.Sanctions.Where(s => s.FindingId is not null || s.CriterionCode is not null)
                .Select(s => new CheckOutcomeDto(s.Id, s.Type, s.Target, s.Responsible, s.Deadline, s.FindingId, s.CriterionCode, s.Status)).ToList(),
            c.ConcurrencyStamp);
}
