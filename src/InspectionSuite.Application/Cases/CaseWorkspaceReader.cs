using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <summary>
/// Reads the parts of the case workspace (<see cref="ICaseAppService.GetWorkspaceAsync"/>) from the case already loaded and
/// checked visible: each part through the same mapping its own service uses (so the unit representative's view is the
/// same rule), and what the caller may do decided once from their granted permissions.
/// </summary>
public sealed class CaseWorkspaceReader(
    CaseAccess access,
    IPermissionChecker permissions,
    CaseMapper map,
    FollowUpAppService followUp,
    DocumentRequestAppService documentRequests,
    CaseDocumentAppService documents)
{
    /// <summary>Follow-up is shown once a sanction exists, and from publication on (sanctions are issued from Published).</summary>
    private static readonly string[] FollowUpStates = [CaseStates.Published, CaseStates.Sanctioning, CaseStates.FollowUp];

    /// <param name="caseFollowUp">The case's follow-up, read once by the caller (<see cref="CaseFollowUpLoader.GetAsync(InspectionCase, CancellationToken)"/>)
    /// and handed to every part made from it: the follow-up, the documents' sanctions and a check's outcomes.</param>
    internal async Task<CaseWorkspaceDto> ReadAsync(InspectionCase @case, CaseDto dto, CaseParties parties, CaseFollowUp caseFollowUp,
        IReadOnlyList<CaseTriggerDto> triggers, IReadOnlyList<CaseHistoryEntryDto> history, string diagram, CancellationToken ct)
    {
        var unitView = await access.IsUnitRepresentativeAsync(ct);
        var showFollowUp = caseFollowUp.Sanctions.Count > 0 || FollowUpStates.Contains(@case.State);
        return new CaseWorkspaceDto(dto, triggers, history, diagram,
            ChecklistAppService.ListOf(@case, unitView, map),
            EvidenceAppService.ListOf(@case, unitView, access.UserId, map),
            FindingAppService.ListOf(@case, unitView, map),
            await documents.AvailableForAsync(@case, parties, unitView, ct, caseFollowUp),
            await documentRequests.ListOfAsync(@case, ct),
            showFollowUp ? await followUp.ToDtoAsync(@case, caseFollowUp, ct) : null,
            await AbilitiesAsync(@case, dto.ReCheckInspectorOnly, unitView, ct))
        {
            Check = @case.Kind == CaseKind.Check ? CheckAppService.ToDto(@case, caseFollowUp) : null,
        };
    }

    /// <summary>Which forms the page offers. A re-check inspector reads the case and records their own re-check's results only.</summary>
    private async Task<CaseWorkspaceAbilities> AbilitiesAsync(InspectionCase @case, bool reCheckInspectorOnly, bool unitView, CancellationToken ct)
    {
        var granted = await permissions.GetGrantedAsync(ct);
        var reCheck = granted.Contains(P.FollowUp);
        if (reCheckInspectorOnly) return CaseWorkspaceAbilities.ReadOnly with { ReCheck = reCheck };
        var onTeam = access.UserId is { } me && @case.HasTeamMember(me);
        return new CaseWorkspaceAbilities
        {
            Edit = granted.Contains(P.Edit),
            RecordFindings = granted.Contains(P.RecordFindings),
            UploadEvidence = granted.Contains(P.Evidence),
            ReportImplementation = granted.Contains(P.ReportImplementation) || granted.Contains(P.FollowUp),
            Assign = granted.Contains(P.Assign),
            Decide = granted.Contains(P.Decide),
            RecordExplanation = granted.Contains(P.RecordExplanation),
            Draft = granted.Contains(P.DraftConclusion),
            Appraise = !onTeam && granted.Contains(P.Appraise),
            Sign = !onTeam && granted.Contains(P.Decide),
            Publish = granted.Contains(P.Publish),
            Sanction = granted.Contains(P.Sanction),
            FollowUp = reCheck,
            ReCheck = reCheck,
            // The same rule as CaseAccess.EnsureTeamOrOverseerAsync: the team or an overseer, never the unit.
            ReviewClaims = reCheck && !unitView && (onTeam || granted.Contains(P.ViewAll)),
            IsTeamMember = onTeam,
        };
    }
}
