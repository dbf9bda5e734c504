using InspectionSuite.Cases;

namespace InspectionSuite.Monitoring;

/// <summary>
/// The implementation plan a unit issues for the province's plan (seed IV.1: "chậm nhất ngày 10/5/2026"), submitted
/// through the unit portal as a file (kept by the evidence store, checked by the same upload rules) with its issue
/// date. A new file replaces the old one; timeliness stays judged on the first submission.
/// </summary>
public sealed class UnitImplementationPlan : AuditedAggregateRoot<Guid>
{
    public Guid UnitId { get; private set; }
    public int Year { get; private set; }
    /// <summary>The date the unit issued (ban hành) its plan, as it states.</summary>
    public DateOnly IssuedOn { get; private set; }
    public DateOnly FirstSubmittedOn { get; private set; }
    public DateOnly SubmittedOn { get; private set; }
    public string FileName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; } = "";

    private UnitImplementationPlan() { } // EF Core

    public UnitImplementationPlan(Guid id, Guid unitId, int year, DateOnly issuedOn, StoredEvidenceFile file, DateOnly today)
    {
        Id = id;
        UnitId = unitId;
        Year = year;
        FirstSubmittedOn = today;
        Replace(issuedOn, file, today);
    }

    /// <summary>Returns the stored name of the file it replaces (the caller removes it once saved), or null.</summary>
    public string? Replace(DateOnly issuedOn, StoredEvidenceFile file, DateOnly today)
    {
        if (issuedOn > today || issuedOn.Year < Year - 1) throw new BusinessException(MonitoringErrorCodes.PlanDateInvalid);
        var previous = StoredName.Length > 0 ? StoredName : null;
        IssuedOn = issuedOn;
        FileName = Check.NotEmpty(file.FileName, nameof(file), MonitoringConsts.MaxFileNameLength);
        StoredName = file.StoredName;
        ContentType = file.ContentType;
        SizeBytes = file.SizeBytes;
        Sha256 = file.Sha256;
        SubmittedOn = today;
        return previous;
    }
}
