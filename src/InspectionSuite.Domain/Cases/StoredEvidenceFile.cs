namespace InspectionSuite.Cases;

/// <summary>A file already stored (hashed, under a generated name) that a case change records as evidence.</summary>
public sealed record StoredEvidenceFile(Guid Id, string FileName, string StoredName, string ContentType, long SizeBytes, string Sha256);
