namespace InspectionSuite.Cases;

/// <summary>Error codes of the case domain ("Inspection:04BBBB"), localized in Localization/cases.{vi,en}.json.</summary>
public static class CaseErrorCodes
{
    public const string DecisionOrTeamMissing = "Inspection:040001";
    public const string OnSiteNotEnded = "Inspection:040002";
    public const string ResultsReportMissing = "Inspection:040003";
    public const string AppraisalMissing = "Inspection:040004";
    public const string PublicationTooShort = "Inspection:040005";
    public const string SanctionsUnresolved = "Inspection:040006";
    public const string ActorNotInTeam = "Inspection:040007";
    public const string TeamMemberNotInspector = "Inspection:040008";
    public const string WrongState = "Inspection:040009";
    public const string CancelReasonRequired = "Inspection:040010";
    public const string CannotCancelAfterConcluding = "Inspection:040011";
    public const string CriterionUnknown = "Inspection:040012";
    public const string ChecklistItemDuplicate = "Inspection:040013";
    public const string EvidenceTooLarge = "Inspection:040014";
    public const string EvidenceTypeNotAllowed = "Inspection:040015";
    public const string EvidenceFileNameInvalid = "Inspection:040016";
    public const string EvidenceEmpty = "Inspection:040017";
    public const string ConclusionMissing = "Inspection:040018";
    public const string DraftConclusionMissing = "Inspection:040019";
    public const string AnnouncementMissing = "Inspection:040020";
    public const string DateRangeInvalid = "Inspection:040021";
    public const string CarryOverReasonRequired = "Inspection:040022";
    public const string FindingNotProposed = "Inspection:040023";
    public const string TeamLeaderRequired = "Inspection:040024";
    public const string DissentByNonMember = "Inspection:040025";
    public const string UnitNotFound = "Inspection:040026";
    public const string TriggerUnknown = "Inspection:040027";
    // Re-check of the implementation (follow-up); numbered from 60 so parallel features do not collide.
    public const string ReCheckInspectorRequired = "Inspection:040060";
    public const string ReCheckInspectorNotInspector = "Inspection:040061";
    public const string ReCheckNoteRequired = "Inspection:040062";
    public const string ReCheckResultExists = "Inspection:040063";
    /// <summary>A re-check inspector (not on the team) reads the case and records their own re-check's results only.</summary>
    public const string ReCheckInspectorReadOnly = "Inspection:040064";

    // Issue 17 (input bounds and trust) keeps its own block, 0402xx.
    public const string PublicationFrozen = "Inspection:040201";
    /// <summary>Args: plan item id.</summary>
    public const string PlanItemNotFound = "Inspection:040202";
    /// <summary>Args: the item's unit code, plan year, authority.</summary>
    public const string PlanItemMismatch = "Inspection:040203";
    /// <summary>HTTP 409. Args: the code of the case already implementing it.</summary>
    public const string PlanItemAlreadyLinked = "Inspection:040204";
    /// <summary>The file's first bytes are not those of its type. Args: file name, extension.</summary>
    public const string EvidenceContentMismatch = "Inspection:040205";

    // Issue 14 (procedure on Luật Thanh tra 84/2025/QH15) keeps its own block, 0403xx.
    /// <summary>The work plan (kế hoạch tiến hành) is approved only once it is written.</summary>
    public const string WorkPlanMissing = "Inspection:040301";
    /// <summary>Announce needs the work plan approved by the người ra quyết định.</summary>
    public const string WorkPlanNotApproved = "Inspection:040302";
    /// <summary>Args: how many extensions the definition allows (1), the article.</summary>
    public const string ExtensionLimitReached = "Inspection:040303";
    /// <summary>Args: the most days the definition allows, the days asked, the article.</summary>
    public const string ExtensionTooLong = "Inspection:040304";
    /// <summary>A suspension is still open (no continuation recorded): record its continuation first. Args: its decision number.</summary>
    public const string SuspensionStillOpen = "Inspection:040305";
    /// <summary>No open suspension to continue.</summary>
    public const string NoOpenSuspension = "Inspection:040306";
    /// <summary>Members report to the Trưởng đoàn before the results report. Args: the results report date.</summary>
    public const string MemberReportAfterResultsReport = "Inspection:040307";
    /// <summary>A member's report is by a team member other than the Trưởng đoàn, recorded by that member or the Trưởng đoàn.</summary>
    public const string MemberReportNotByMember = "Inspection:040308";
    /// <summary>The văn bản kiến nghị (Điều 52) follows the signed conclusion. Args: the conclusion date.</summary>
    public const string RecommendationLetterBeforeConclusion = "Inspection:040309";
    /// <summary>The Chủ tịch UBND tỉnh's direction (Điều 53) answers the văn bản kiến nghị, which is not recorded yet.</summary>
    public const string DirectionWithoutRecommendationLetter = "Inspection:040310";
    /// <summary>Leadership refuses an extension only when the team has asked for one (an open "Gia hạn" task).</summary>
    public const string NoExtensionRequest = "Inspection:040311";
    // Head of a unit as the subject (helper tthead): 040320…, clear of the numbers other branches take next.
    /// <summary>An accountability outcome is recorded only on a case whose subject is the head of a unit.</summary>
    public const string AccountabilityWithoutHead = "Inspection:040320";
    /// <summary>The conclusion of an inspection of a head's responsibility states what it decides about it. Args: the head's name.</summary>
    public const string AccountabilityOutcomeRequired = "Inspection:040321";
    /// <summary>The head is named with their position (chức vụ), and only on an inspection (thanh tra).</summary>
    public const string AccountableHeadIncomplete = "Inspection:040322";
    /// <summary>The team has already asked for an extension that waits for Leadership's decision.</summary>
    public const string ExtensionAlreadyRequested = "Inspection:040323";

    // Roles and confidentiality (issue 14) keep their own block, 0407xx.
    /// <summary>A member of the case's team may not appraise the team's own draft conclusion.</summary>
    public const string AppraiserOnTeam = "Inspection:040701";
    /// <summary>A member of the case's team may not sign the conclusion of the team's own draft.</summary>
    public const string SignerOnTeam = "Inspection:040702";

    // Document requests (yêu cầu cung cấp thông tin, tài liệu) keep their own block, 0401xx.
    public const string DocumentRequestNotAwaitingAnswer = "Inspection:040101";
    public const string DocumentRequestNotAnswered = "Inspection:040102";
    public const string DocumentAnswerEmpty = "Inspection:040103";
    public const string DocumentReturnReasonRequired = "Inspection:040104";
    public const string TooManyFiles = "Inspection:040105";
    public const string NotRepresentativeOfUnit = "Inspection:040106";

    // Daily team work (issue 18) keeps its own block, 0418xx.
    /// <summary>HTTP 409: the part (a checklist item) was changed by someone else after the caller read it. Args: the part's name.</summary>
    public const string PartChangedMeanwhile = "Inspection:041801";
    /// <summary>Subject, scope, period and legal basis are fixed once the decision is issued. Args: the decision number.</summary>
    public const string DescriptionFixedByDecision = "Inspection:041802";

    // Theo dõi, đôn đốc (issue 14): the unit's report is a claim the team confirms, 0419xx.
    /// <summary>No report of the unit on this item awaits the team's confirmation.</summary>
    public const string NoClaimAwaitingConfirmation = "Inspection:041901";
    /// <summary>Rejecting the unit's report needs a reason (the unit reads it).</summary>
    public const string ClaimRejectReasonRequired = "Inspection:041902";
    /// <summary>The item is resolved or its report awaits the team's confirmation: nothing to report now. Args: the item's status.</summary>
    public const string SanctionNotAwaitingReport = "Inspection:041903";
    /// <summary>HTTP 403: only a member of the case's team or a supervisor confirms or rejects the unit's report; never the unit.</summary>
    public const string ClaimReviewByTeamOnly = "Inspection:041904";

    // Người ra quyết định issues and signs the decision (issue 14, thanh-tra.inspection v4), 0420xx.
    /// <summary>The deciding user's profile has no full name or no position (chức vụ): the decision could not name its signer. Args: the user name.</summary>
    public const string DeciderProfileIncomplete = "Inspection:042001";
}
