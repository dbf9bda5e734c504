using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <inheritdoc cref="ICaseLawAppService"/>
public sealed class CaseLawAppService(CaseAccess access, IUnitOfWork uow, ICaseAppService cases) : ICaseLawAppService
{
    public Task<CaseDto> ContinueAfterSuspensionAsync(Guid id, ContinueSuspensionDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, c => c.ContinueAfterSuspension(input.DecisionNumber, input.On), ct);

    public Task<CaseDto> AddMemberReportAsync(Guid id, AddMemberReportDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, c => c.AddMemberReport(input.MemberId, access.UserId, input.ReportedOn, input.Text, input.EvidenceId), ct);

    public Task<CaseDto> RecordExplanationAsync(Guid id, RecordExplanationDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.RecordExplanation, input.ConcurrencyStamp, c => c.RecordExplanation(input.ReceivedOn, input.Text, input.Maintained, access.UserId), ct);

    public Task<CaseDto> RecordRecommendationLetterAsync(Guid id, RecordOfficialLetterDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Decide, input.ConcurrencyStamp, c => c.RecordRecommendationLetter(input.Number, input.Date, input.Text), ct);

    public Task<CaseDto> RecordDirectionAsync(Guid id, RecordOfficialLetterDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.FollowUp, input.ConcurrencyStamp, c => c.RecordDirection(input.Number, input.Date, input.Text), ct);

    private async Task<CaseDto> ChangeAsync(Guid id, string permission, string stamp, Action<InspectionCase> change, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(stamp)) throw new InputValidationException("ConcurrencyStamp", "Validation.Required");
        var @case = await access.GetForUpdateAsync(id, permission, stamp, ct);
        change(@case);
        await uow.SaveChangesAsync(ct);
        return await cases.GetAsync(id, ct);
    }
}
