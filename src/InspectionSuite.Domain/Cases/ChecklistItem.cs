namespace InspectionSuite.Cases;

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
