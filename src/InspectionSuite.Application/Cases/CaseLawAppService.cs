using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <inheritdoc cref="ICaseLawAppService"/>
public sealed class CaseLawAppService(CaseAccess access, IUnitOfWork uow, ICaseAppService cases, IHumanTaskService humanTasks,
    IWorkflowInstanceQueries workflows, CaseDeadlineCalculator deadlines) : ICaseLawAppService
{
    /// <summary>Outcomes of Leadership's "Gia hạn" task, in the instance's journal.</summary>
    public const string ExtensionGranted = "Granted";
    public const string ExtensionRefused = "Refused";

    // Vietnamese as written (not \u escapes): the journal keeps 200 characters of the payload, which Leadership reads.
    private static readonly JsonSerializerOptions RequestJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<CaseDto> RequestExtensionAsync(Guid id, RequestExtensionDto input, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(input.ConcurrencyStamp)) throw new InputValidationException("ConcurrencyStamp", "Validation.Required");
        var @case = await access.GetForUpdateAsync(id, P.Edit, input.ConcurrencyStamp, ct);
        // The team asks (Trưởng đoàn or a member); supervisors and Leadership decide, they do not ask.
        if (access.UserId is not { } userId || !@case.HasTeamMember(userId)) throw new ForbiddenException(CaseErrorCodes.ActorNotInTeam);
        var instanceId = @case.WorkflowInstanceId ?? throw new BusinessException(CaseErrorCodes.WrongState, @case.State, "workflow");
        var instance = await workflows.GetInstanceAsync(instanceId, ct);
        var actor = await access.ActorAsync(ct);
        // The request is kept on the case in full (days, grounds, who, when), where the page reads it; the journal keeps a summary.
        @case.RequestExtension(input.Days, input.Grounds, userId, actor.DisplayName, access.UtcNow,
            (await deadlines.GetLimitsAsync(instance.DefinitionId, instance.DefinitionVersion, ct)).Extension);
        // Opening Leadership's "Gia hạn" task saves the case with it, in one transaction.
        await humanTasks.OpenOnRequestAsync(instanceId, CaseWorkflows.DecideExtensionTask, actor,
            JsonSerializer.Serialize(new { days = input.Days, grounds = input.Grounds }, RequestJson), ct);
        return await cases.GetAsync(id, ct);
    }

    public async Task<ExtensionRequestDto?> GetExtensionRequestAsync(Guid id, CancellationToken ct = default)
        => (await cases.GetAsync(id, ct)).PendingExtensionRequest;

    public async Task<CaseDto> RefuseExtensionAsync(Guid id, RefuseExtensionDto input, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(input.ConcurrencyStamp)) throw new InputValidationException("ConcurrencyStamp", "Validation.Required");
        var @case = await access.GetForUpdateAsync(id, P.Decide, input.ConcurrencyStamp, ct);
        Check.NotEmpty(input.Reason, nameof(input.Reason), CaseConsts.MaxTextLength);
        if (@case.WorkflowInstanceId is not { } instanceId) throw new BusinessException(CaseErrorCodes.NoExtensionRequest);
        if (@case.PendingExtension.IsPending) @case.RefuseExtensionRequest();
        // A request made before requests were kept on the case (migration TtHead) has only its open task.
        else if (!(await workflows.GetTasksAsync(instanceId, ct)).Any(t => t.Name == CaseWorkflows.DecideExtensionTask && t.Status == "Open"))
            throw new BusinessException(CaseErrorCodes.NoExtensionRequest);
        await humanTasks.CompleteByRecordAsync(instanceId, CaseWorkflows.DecideExtensionTask, await access.ActorAsync(ct), ExtensionRefused + ": " + input.Reason, ct);
        return await cases.GetAsync(id, ct);
    }

    public Task<CaseDto> ContinueAfterSuspensionAsync(Guid id, ContinueSuspensionDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Decide, input.ConcurrencyStamp, c => c.ContinueAfterSuspension(input.DecisionNumber, input.On), ct);

    public Task<CaseDto> AddMemberReportAsync(Guid id, AddMemberReportDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, c => c.AddMemberReport(input.MemberId, access.UserId, input.ReportedOn, input.Text, input.EvidenceId), ct);

    public Task<CaseDto> RecordExplanationAsync(Guid id, RecordExplanationDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.RecordExplanation, input.ConcurrencyStamp, c => c.RecordExplanation(input.ReceivedOn, input.Text, input.Maintained, access.UserId), ct);

    /// <summary>The letter is what Leadership's <c>RecommendationLetter</c> task asks for: recording it completes the task, in the same save.</summary>
    public async Task<CaseDto> RecordRecommendationLetterAsync(Guid id, RecordOfficialLetterDto input, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(input.ConcurrencyStamp)) throw new InputValidationException("ConcurrencyStamp", "Validation.Required");
        var @case = await access.GetForUpdateAsync(id, P.Decide, input.ConcurrencyStamp, ct);
        @case.RecordRecommendationLetter(input.Number, input.Date, input.Text);
        if (@case.WorkflowInstanceId is { } instanceId)
            await humanTasks.CompleteByRecordAsync(instanceId, CaseWorkflows.RecommendationLetterTask, await access.ActorAsync(ct), input.Number, ct);
        else
            await uow.SaveChangesAsync(ct);
        return await cases.GetAsync(id, ct);
    }

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
