namespace InspectionSuite.Cases;

/// <summary>
/// The Thanh tra records of Luật Thanh tra 84/2025/QH15 that are not workflow steps: continuation after a suspension,
/// members' reports, the unit's explanation, the văn bản kiến nghị (Điều 52) and the direction (Điều 53).
/// </summary>
public interface ICaseLawAppService
{
    /// <summary>
    /// Cases.Edit, a member of the team, on site: opens Leadership's "Gia hạn" task (definition v3, <c>DecideExtension</c>)
    /// after checking the cap, so a second extension is refused here (<c>Inspection:040303</c>).
    /// </summary>
    Task<CaseDto> RequestExtensionAsync(Guid id, RequestExtensionDto input, CancellationToken ct = default);
    /// <summary>The pending request for an extension, if any (anyone who may read the case's internal records; null for a unit representative).</summary>
    Task<ExtensionRequestDto?> GetExtensionRequestAsync(Guid id, CancellationToken ct = default);
    /// <summary>Cases.Decide: refuses the pending request (<c>Inspection:040311</c> when there is none); the task leaves the inbox.</summary>
    Task<CaseDto> RefuseExtensionAsync(Guid id, RefuseExtensionDto input, CancellationToken ct = default);
    /// <summary>Cases.Decide (a decision of the người ra quyết định); ends the open suspension.</summary>
    Task<CaseDto> ContinueAfterSuspensionAsync(Guid id, ContinueSuspensionDto input, CancellationToken ct = default);
    /// <summary>Cases.Edit; the member themselves or the Trưởng đoàn, before the results report.</summary>
    Task<CaseDto> AddMemberReportAsync(Guid id, AddMemberReportDto input, CancellationToken ct = default);
    /// <summary>Cases.RecordExplanation; after the draft conclusion, while concluding.</summary>
    Task<CaseDto> RecordExplanationAsync(Guid id, RecordExplanationDto input, CancellationToken ct = default);
    /// <summary>Cases.Decide (the head of the inspectorate), after the conclusion is published.</summary>
    Task<CaseDto> RecordRecommendationLetterAsync(Guid id, RecordOfficialLetterDto input, CancellationToken ct = default);
    /// <summary>Cases.FollowUp (tracked by the inspectorate), after the văn bản kiến nghị.</summary>
    Task<CaseDto> RecordDirectionAsync(Guid id, RecordOfficialLetterDto input, CancellationToken ct = default);
}
