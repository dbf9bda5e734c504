namespace InspectionSuite.Cases;

/// <summary>Thanh tra (inspection, Provincial Inspectorate) or kiểm tra (check, Sở Nội vụ).</summary>
public enum CaseKind { Inspection = 1, Check = 2 }

/// <summary>Result of one checklist criterion.</summary>
public enum CheckResult { NotChecked = 0, Met = 1, NotMet = 2, NotApplicable = 3 }

public enum FindingSeverity { Minor = 1, Moderate = 2, Serious = 3, VerySerious = 4 }

/// <summary>A finding proposed from a criterion not met waits for the team to confirm or reject it.</summary>
public enum FindingStatus { Proposed = 0, Confirmed = 1, Rejected = 2 }

/// <summary>
/// xử phạt hành chính, kỷ luật, thu hồi, chuyển cơ quan điều tra, kiến nghị khắc phục (chấn chỉnh); a check's outcomes are
/// only CorrectiveRecommendation (kiến nghị chấn chỉnh) and AccountabilityProposal (kiến nghị xử lý trách nhiệm).
/// </summary>
public enum SanctionType { AdministrativeFine = 1, Discipline = 2, Recovery = 3, ReferralToInvestigation = 4, CorrectiveRecommendation = 5, AccountabilityProposal = 6 }

/// <summary>
/// Resolved = Done or CarriedOver; a case closes only when every sanction is resolved. Reported (chờ xác nhận) is the
/// unit's claim that it is done: not resolved until the team confirms it (→ Done) or rejects it (→ InProgress).
/// </summary>
public enum SanctionStatus { Issued = 0, InProgress = 1, Done = 2, CarriedOver = 3, Reported = 4 }

public static class SanctionStatusExtensions
{
    /// <summary>Done or carried over: no longer awaited, so never overdue (the one definition for domain and pages).</summary>
    public static bool IsResolved(this SanctionStatus status) => status is SanctionStatus.Done or SanctionStatus.CarriedOver;
}

/// <summary>What the unit reports about one sanction or recommendation.</summary>
public enum ImplementationStatus { Done = 1, PartlyDone = 2, NotDone = 3 }

/// <summary>The team's answer to a unit's report that an item is done (theo dõi, đôn đốc): confirmed, or rejected with a reason.</summary>
public enum ImplementationReview { Confirmed = 1, Rejected = 2 }

/// <summary>What a re-check (kiểm tra lại việc thực hiện kết luận) found for one sanction or recommendation.</summary>
public enum ReCheckOutcome { ConfirmedDone = 1, NotDone = 2 }
/// <summary>
/// A document request from the team to the unit: Open → Answered (the unit replied) → Accepted, or Returned with a
/// reason (the unit answers again, → Answered).
/// </summary>
public enum DocumentRequestStatus { Open = 0, Answered = 1, Accepted = 2, Returned = 3 }

/// <summary>State names shared by both workflow definitions (workflows/*.json).</summary>
public static class CaseStates
{
    public const string Planned = "Planned";
    public const string Decided = "Decided";
    public const string Announced = "Announced";
    /// <summary>A check (noi-vu.check v2) waits for the unit's self-assessment before the visit.</summary>
    public const string SelfAssessment = "SelfAssessment";
    public const string OnSite = "OnSite";
    public const string Reporting = "Reporting";
    public const string Concluding = "Concluding";
    public const string Published = "Published";
    public const string Sanctioning = "Sanctioning";
    public const string FollowUp = "FollowUp";
    public const string Closed = "Closed";
    public const string Cancelled = "Cancelled";

    public static readonly string[] Ordered = [Planned, Decided, Announced, SelfAssessment, OnSite, Reporting, Concluding, Published, Sanctioning, FollowUp, Closed];

    /// <summary>Position in the lifecycle; Cancelled sorts after Closed.</summary>
    public static int Rank(string state) => Array.IndexOf(Ordered, state) is var i and >= 0 ? i : Ordered.Length;
}

/// <summary>Trigger names shared by both definitions.</summary>
public static class CaseTriggers
{
    public const string Decide = "Decide";
    public const string Announce = "Announce";
    public const string StartOnSite = "StartOnSite";
    public const string EndOnSite = "EndOnSite";
    public const string SubmitResultsReport = "SubmitResultsReport";
    public const string Publish = "Publish";
    public const string StartSanctioning = "StartSanctioning";
    public const string StartFollowUp = "StartFollowUp";
    public const string Close = "Close";
    public const string Cancel = "Cancel";
    // noi-vu.check v2 (the visit reuses StartOnSite / EndOnSite)
    public const string RequestSelfAssessment = "RequestSelfAssessment";
    public const string IssueConclusionNotice = "IssueConclusionNotice";
}

/// <summary>Workflow definition ids per kind and the deadline names the case reads from them.</summary>
public static class CaseWorkflows
{
    public const string InspectionDefinitionId = "thanh-tra.inspection";
    public const string CheckDefinitionId = "noi-vu.check";

    public const string OnSiteDeadline = "OnSiteEnds";
    public const string ResultsReportDeadline = "ResultsReportDue";
    public const string ConclusionDeadline = "ConclusionDue";

    // Time limits of a definition ($.limits, with their articles) the application reads besides the runtime's deadlines.
    /// <summary>Thời hạn thanh tra; when a definition has it, the period is counted from the announcement (công bố).</summary>
    public const string InspectionPeriodLimit = "InspectionPeriod";
    /// <summary>Gia hạn: most days (days) and how many times (times).</summary>
    public const string ExtensionLimit = "Extension";
    /// <summary>Công bố quyết định within this many days of the decision.</summary>
    public const string AnnouncementLimit = "Announcement";
    /// <summary>Dự thảo kết luận within this many days of the results report.</summary>
    public const string DraftConclusionLimit = "DraftConclusion";
    /// <summary>Văn bản kiến nghị of the head of the inspectorate within this many days of the conclusion (Điều 52).</summary>
    public const string RecommendationLetterLimit = "RecommendationLetter";
    /// <summary>The Chủ tịch UBND tỉnh's direction within this many days of the văn bản kiến nghị (Điều 53).</summary>
    public const string DirectionLimit = "Direction";

    // Human tasks the application completes or opens by name (workflow definitions name them).
    /// <summary>Leadership's "Gia hạn" task (v3, opened on request when the team asks for an extension).</summary>
    public const string DecideExtensionTask = "DecideExtension";
    /// <summary>Leadership's văn bản kiến nghị task (Điều 52), completed when the letter is recorded.</summary>
    public const string RecommendationLetterTask = "RecommendationLetter";

    /// <summary>The key of <c>citations</c> in templates/legal-bases.json for this kind of case.</summary>
    public static string LegalProcedure(CaseKind kind) => kind == CaseKind.Inspection ? "thanh-tra" : "kiem-tra";

    public static string DefinitionFor(CaseKind kind) => kind == CaseKind.Inspection ? InspectionDefinitionId : CheckDefinitionId;
}

/// <summary>
/// What the conclusion of an accountability inspection (thanh tra trách nhiệm người đứng đầu, seed II.6.b) decides about
/// the head's responsibility: no violation; the head is to review and draw lessons (kiểm điểm, rút kinh nghiệm); or the
/// competent authority is recommended to consider disciplinary measures (kiến nghị xem xét xử lý kỷ luật).
/// </summary>
public enum AccountabilityVerdict { NoViolation = 1, ReviewAndDrawLessons = 2, ProposeDisciplinaryReview = 3 }
