namespace InspectionSuite.Cases;

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
