namespace InspectionSuite.Cases;

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
