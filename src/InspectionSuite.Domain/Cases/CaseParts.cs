namespace InspectionSuite.Cases;

/// <summary>A member of the case team (đoàn); exactly one is the leader (trưởng đoàn).</summary>
public sealed class TeamMember : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public Guid UserId { get; private set; }
    public bool IsLeader { get; private set; }
    private TeamMember() { }
    internal TeamMember(Guid caseId, Guid userId, bool isLeader) { Id = Guid.NewGuid(); CaseId = caseId; UserId = userId; IsLeader = isLeader; }
}

/// <summary>Gia hạn: extends the on-site period by a number of days (same day kind as the definition's on-site deadline).</summary>
public sealed class CaseExtension : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public int Days { get; private set; }
    public string Grounds { get; private set; } = "";
    public DateOnly DecidedOn { get; private set; }
    private CaseExtension() { }
    internal CaseExtension(Guid caseId, string decisionNumber, int days, string grounds, DateOnly decidedOn)
    { Id = Guid.NewGuid(); CaseId = caseId; DecisionNumber = decisionNumber; Days = days; Grounds = grounds; DecidedOn = decidedOn; }

    /// <summary>The number its decision took in the register (see <see cref="InspectionCase.TakeRegisteredNumber"/>).</summary>
    internal bool TakeRegisteredNumber(string numberAndSymbol)
    {
        if (DecisionNumber == numberAndSymbol) return false;
        DecisionNumber = numberAndSymbol;
        return true;
    }
}

/// <summary>
/// Tạm dừng: the inspection clock stops from <see cref="From"/>. The decision may give the last suspended day
/// (<see cref="To"/>) or leave the end open; an open suspension ends with its own continuation record (quyết định tiếp tục:
/// <see cref="ContinuationDecisionNumber"/>, <see cref="ContinuedOn"/>), and until then every day from <see cref="From"/>
/// counts as suspended, so the deadline moves day by day.
/// </summary>
public sealed class CaseSuspension : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public DateOnly From { get; private set; }
    /// <summary>The last suspended day (inclusive); null while the suspension is open.</summary>
    public DateOnly? To { get; private set; }
    public string Reason { get; private set; } = "";
    /// <summary>The continuation decision (tiếp tục) that ended an open suspension.</summary>
    public string? ContinuationDecisionNumber { get; private set; }
    /// <summary>The day the work resumed (the day after <see cref="To"/>), from the continuation record.</summary>
    public DateOnly? ContinuedOn { get; private set; }
    private CaseSuspension() { }
    internal CaseSuspension(Guid caseId, string decisionNumber, DateOnly from, DateOnly? to, string reason)
    { Id = Guid.NewGuid(); CaseId = caseId; DecisionNumber = decisionNumber; From = from; To = to; Reason = reason; }

    public bool IsOpen => To is null;

    /// <summary>The number its decision took in the register (see <see cref="InspectionCase.TakeRegisteredNumber"/>).</summary>
    internal bool TakeRegisteredNumber(string numberAndSymbol)
    {
        if (DecisionNumber == numberAndSymbol) return false;
        DecisionNumber = numberAndSymbol;
        return true;
    }

    /// <summary>The last day suspended as seen on <paramref name="today"/>: the recorded end, or today while open (null before it starts).</summary>
    public DateOnly? LastDayOn(DateOnly today) => To ?? (today >= From ? today : null);

    /// <summary>Calendar days suspended as seen on <paramref name="today"/>.</summary>
    public int CalendarDaysOn(DateOnly today) => LastDayOn(today) is { } last ? last.DayNumber - From.DayNumber + 1 : 0;

    internal void Continue(string decisionNumber, DateOnly on)
    {
        ContinuationDecisionNumber = decisionNumber;
        ContinuedOn = on;
        To = on.AddDays(-1);
    }
}

/// <summary>One checklist line: a criterion (from the plan catalogue or free) and what the team measured.</summary>
public sealed class ChecklistItem : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public string CriterionCode { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? Target { get; private set; }
    public CheckResult Result { get; private set; }
    public string? MeasuredValue { get; private set; }
    public string? Note { get; private set; }
    /// <summary>The finding proposed when the criterion was found not met.</summary>
    public Guid? FindingId { get; internal set; }
    private ChecklistItem() { }
    internal ChecklistItem(Guid caseId, string code, string title, string? target)
    { Id = Guid.NewGuid(); CaseId = caseId; CriterionCode = code; Title = title; Target = target; }

    internal void Record(CheckResult result, string? measured, string? note) { Result = result; MeasuredValue = measured; Note = note; }

    /// <summary>What the item's result holds now: a result recorded on an item whose stamp has changed since was made on stale content.</summary>
    public string Stamp => ContentStamp.Of(Result, MeasuredValue, Note);
}

/// <summary>Metadata of an evidence file; the bytes live outside the database under <see cref="StoredName"/>.</summary>
public sealed class EvidenceFile : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    /// <summary>The uploaded name, for display and download only; never used as a path.</summary>
    public string FileName { get; private set; } = "";
    /// <summary>Generated name under the evidence directory.</summary>
    public string StoredName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateOnly? EffectiveDate { get; private set; }
    public string? Description { get; private set; }
    public Guid? UploadedBy { get; private set; }
    public DateTime UploadedAtUtc { get; private set; }
    /// <summary>Set when the file came with the unit's answer to a document request.</summary>
    public Guid? DocumentRequestAnswerId { get; internal set; }
    /// <summary>Set when the file came with an implementation report.</summary>
    public Guid? ImplementationReportId { get; internal set; }
    private EvidenceFile() { }
    internal EvidenceFile(Guid id, Guid caseId, string fileName, string storedName, string contentType, long size, string sha256, DateOnly? effective, string? description, Guid? uploadedBy, DateTime uploadedAtUtc)
    {
        Id = id; CaseId = caseId; FileName = fileName; StoredName = storedName; ContentType = contentType; SizeBytes = size; Sha256 = sha256;
        EffectiveDate = effective; Description = description; UploadedBy = uploadedBy; UploadedAtUtc = uploadedAtUtc;
    }
}

/// <summary>Biên bản.</summary>
public sealed class CaseMinutes : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly HeldOn { get; private set; }
    public string Content { get; private set; } = "";
    private CaseMinutes() { }
    internal CaseMinutes(Guid caseId, string title, DateOnly heldOn, string content) { Id = Guid.NewGuid(); CaseId = caseId; Title = title; HeldOn = heldOn; Content = content; }
}

/// <summary>Nhật ký đoàn: one entry by a team member.</summary>
public sealed class DiaryEntry : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public DateOnly Date { get; private set; }
    public Guid? AuthorId { get; private set; }
    public string Text { get; private set; } = "";
    private DiaryEntry() { }
    internal DiaryEntry(Guid caseId, DateOnly date, Guid? authorId, string text) { Id = Guid.NewGuid(); CaseId = caseId; Date = date; AuthorId = authorId; Text = text; }
}

public sealed class Finding : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public string? CriterionCode { get; private set; }
    public string Description { get; private set; } = "";
    public FindingSeverity Severity { get; private set; }
    public string? LegalBasis { get; private set; }
    public decimal? AmountVnd { get; private set; }
    public string? Responsible { get; private set; }
    public FindingStatus Status { get; private set; }
    private Finding() { }
    internal Finding(Guid caseId, string? criterionCode, string description, FindingSeverity severity, string? legalBasis, decimal? amountVnd, string? responsible, FindingStatus status)
    {
        Id = Guid.NewGuid(); CaseId = caseId; CriterionCode = criterionCode; Description = description; Severity = severity; LegalBasis = legalBasis;
        AmountVnd = amountVnd; Responsible = responsible; Status = status;
    }

    internal void Confirm(string description, FindingSeverity severity, string? legalBasis, decimal? amountVnd, string? responsible)
    {
        if (Status != FindingStatus.Proposed) throw new BusinessException(CaseErrorCodes.FindingNotProposed);
        Description = description; Severity = severity; LegalBasis = legalBasis; AmountVnd = amountVnd; Responsible = responsible;
        Status = FindingStatus.Confirmed;
    }

    internal void Reject()
    {
        if (Status != FindingStatus.Proposed) throw new BusinessException(CaseErrorCodes.FindingNotProposed);
        Status = FindingStatus.Rejected;
    }
}

/// <summary>Ý kiến bảo lưu of a team member on the draft conclusion.</summary>
public sealed class Dissent : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public Guid MemberId { get; private set; }
    public string Text { get; private set; } = "";
    public DateOnly RecordedOn { get; private set; }
    private Dissent() { }
    internal Dissent(Guid caseId, Guid memberId, string text, DateOnly on) { Id = Guid.NewGuid(); CaseId = caseId; MemberId = memberId; Text = text; RecordedOn = on; }
}

/// <summary>A sanction or recommendation of the conclusion, tracked until done or carried over.</summary>
public sealed class Sanction : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public SanctionType Type { get; private set; }
    public string Target { get; private set; } = "";
    public decimal? AmountVnd { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public string Responsible { get; private set; } = "";
    public SanctionStatus Status { get; private set; }
    public decimal AmountRecoveredVnd { get; private set; }
    public string? CarryOverReason { get; private set; }
    /// <summary>The finding a check's kiến nghị answers (null for a sanction of an inspection).</summary>
    public Guid? FindingId { get; private set; }
    /// <summary>The checklist criterion a check's kiến nghị answers (the finding's, when it names one).</summary>
    public string? CriterionCode { get; private set; }
    private Sanction() { }
    internal Sanction(Guid caseId, SanctionType type, string target, decimal? amountVnd, DateOnly? deadline, string responsible)
    { Id = Guid.NewGuid(); CaseId = caseId; Type = type; Target = target; AmountVnd = amountVnd; Deadline = deadline; Responsible = responsible; Status = SanctionStatus.Issued; }

    public bool IsResolved => Status.IsResolved();

    internal void Link(Guid? findingId, string? criterionCode) { FindingId = findingId; CriterionCode = criterionCode; }
    public bool IsOverdue(DateOnly today) => !IsResolved && Deadline is { } d && d < today;

    /// <summary>What may be recovered at most: the amount decided (nothing for an item without money).</summary>
    public decimal RecoverableVnd => AmountVnd ?? 0;

    /// <summary>Money recovered never exceeds the decided amount (refused as a validation error of <paramref name="field"/>).</summary>
    internal void CheckRecoverable(decimal recoveredInTotal, string field)
    {
        if (recoveredInTotal > RecoverableVnd) throw new InputValidationException(field, "Validation.RecoveredExceedsDecided");
    }

    /// <summary>The unit may report on the item: it is neither resolved nor waiting for the team to confirm a report.</summary>
    public bool AwaitsReport => Status is SanctionStatus.Issued or SanctionStatus.InProgress;

    internal void ApplyReport(ImplementationStatus status, decimal recovered)
    {
        // Reports add up; together they never exceed what was decided.
        CheckRecoverable(AmountRecoveredVnd + recovered, "AmountRecoveredVnd");
        if (!AwaitsReport) throw new BusinessException(CaseErrorCodes.SanctionNotAwaitingReport, Status);
        AmountRecoveredVnd += recovered;
        // The unit's "done" is a claim (theo dõi, đôn đốc): the item is resolved only when the team confirms it.
        Status = status == ImplementationStatus.Done ? SanctionStatus.Reported : SanctionStatus.InProgress;
    }

    internal void ConfirmClaim() => Status = SanctionStatus.Done;

    // A rejected report counts for nothing: its money comes back out of the total, and the unit has to act again.
    internal void RejectClaim(decimal claimedRecoveredVnd)
    {
        AmountRecoveredVnd = Math.Max(0, AmountRecoveredVnd - claimedRecoveredVnd);
        Status = SanctionStatus.InProgress;
    }

    internal void CarryOver(string reason) { Status = SanctionStatus.CarriedOver; CarryOverReason = reason; }

    // A re-check is verification on the spot: it outranks the unit's own report and a carry-over decided without it.
    internal void ApplyReCheck(ReCheckOutcome outcome, decimal? verifiedRecoveredVnd)
    {
        if (verifiedRecoveredVnd is { } verified) AmountRecoveredVnd = verified;
        Status = outcome == ReCheckOutcome.ConfirmedDone ? SanctionStatus.Done : SanctionStatus.InProgress;
        CarryOverReason = null;
    }
}

/// <summary>Báo cáo thực hiện kết luận from the unit for one sanction or recommendation.</summary>
public sealed class ImplementationReport : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public Guid SanctionId { get; private set; }
    public ImplementationStatus Status { get; private set; }
    public decimal AmountRecoveredVnd { get; private set; }
    public string? Note { get; private set; }
    public DateOnly ReportedOn { get; private set; }
    public Guid? ReporterId { get; private set; }
    /// <summary>The team's answer to a "done" report: null while it waits (and for reports that claim nothing).</summary>
    public ImplementationReview? Review { get; private set; }
    /// <summary>Why the team rejected the report (for the unit to read).</summary>
    public string? RejectionReason { get; private set; }
    public DateOnly? ReviewedOn { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    private ImplementationReport() { }

    /// <summary>The unit says the item is done and the team has not answered yet.</summary>
    public bool AwaitsConfirmation => Status == ImplementationStatus.Done && Review is null;

    internal void Confirm(DateOnly on, Guid? by) { Review = ImplementationReview.Confirmed; ReviewedOn = on; ReviewedBy = by; }

    internal void Reject(string reason, DateOnly on, Guid? by) { Review = ImplementationReview.Rejected; RejectionReason = reason; ReviewedOn = on; ReviewedBy = by; }

    internal ImplementationReport(Guid caseId, Guid sanctionId, ImplementationStatus status, decimal recovered, string? note, DateOnly on, Guid? reporter)
    { Id = Guid.NewGuid(); CaseId = caseId; SanctionId = sanctionId; Status = status; AmountRecoveredVnd = recovered; Note = note; ReportedOn = on; ReporterId = reporter; }
}

/// <summary>A check team member from another agency (thành viên đoàn kiểm tra ngoài Sở Nội vụ), who need not be a user.</summary>
public sealed class ExternalTeamMember : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public string Name { get; private set; } = "";
    public string Position { get; private set; } = "";
    public string Agency { get; private set; } = "";
    private ExternalTeamMember() { }
    internal ExternalTeamMember(Guid caseId, string name, string position, string agency)
    { Id = Guid.NewGuid(); CaseId = caseId; Name = name; Position = position; Agency = agency; }
}

/// <summary>One line of a unit's self-assessment (tự đánh giá): the value it reports for a KH534 criterion.</summary>
public sealed class SelfAssessmentEntry : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public string CriterionCode { get; private set; } = "";
    public string Value { get; private set; } = "";
    public string? Note { get; private set; }
    private SelfAssessmentEntry() { }
    internal SelfAssessmentEntry(Guid caseId, string code, string value, string? note)
    { Id = Guid.NewGuid(); CaseId = caseId; CriterionCode = code; Value = value; Note = note; }
}
