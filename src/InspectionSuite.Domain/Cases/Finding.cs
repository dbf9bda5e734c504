namespace InspectionSuite.Cases;

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
