namespace InspectionSuite.Cases;

/// <summary>Giải trình of the inspected unit on the draft conclusion; <see cref="Maintained"/> is what it maintains (bảo lưu).</summary>
public sealed record UnitExplanationDto(Guid Id, DateOnly ReceivedOn, string Text, string? Maintained);

/// <summary>A member's report to the Trưởng đoàn (internal to the team).</summary>
public sealed record MemberReportDto(Guid Id, Guid MemberId, string MemberName, DateOnly ReportedOn, string Text, Guid? EvidenceId);

/// <summary>An official letter recorded on the case: number, date, content (văn bản kiến nghị, chỉ đạo).</summary>
public sealed record OfficialLetterDto(string Number, DateOnly Date, string Text);

/// <summary>Tiếp tục: the continuation record ending the open suspension; work resumes on <paramref name="On"/>.</summary>
public sealed record ContinueSuspensionDto(string DecisionNumber, DateOnly On, string ConcurrencyStamp);
/// <summary>The unit's explanation on the draft conclusion, received on <paramref name="ReceivedOn"/>.</summary>
public sealed record RecordExplanationDto(DateOnly ReceivedOn, string Text, string? Maintained, string ConcurrencyStamp);
/// <summary>A member's report to the Trưởng đoàn; <paramref name="EvidenceId"/> links a file already among the case's evidence.</summary>
public sealed record AddMemberReportDto(Guid MemberId, DateOnly ReportedOn, string Text, Guid? EvidenceId, string ConcurrencyStamp);
/// <summary>Văn bản kiến nghị (Điều 52) or the Chủ tịch UBND tỉnh's direction (Điều 53).</summary>
public sealed record RecordOfficialLetterDto(string Number, DateOnly Date, string Text, string ConcurrencyStamp);
/// <summary>The team asks the người ra quyết định for an extension (đề nghị gia hạn) of <paramref name="Days"/>.</summary>
public sealed record RequestExtensionDto(int Days, string Grounds, string ConcurrencyStamp);
/// <summary>
/// The team's pending request for an extension (stored on the case until Leadership grants or refuses it): days asked,
/// grounds in full, who asked and when. When Leadership's "Gia hạn" task is due is in the inbox, not here.
/// </summary>
public sealed record ExtensionRequestDto(int? Days, string Grounds, string? RequestedBy, DateTime RequestedAtUtc);
/// <summary>The người ra quyết định refuses the team's request for an extension, with the reason.</summary>
public sealed record RefuseExtensionDto(string Reason, string ConcurrencyStamp);

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
