namespace InspectionSuite.Cases;

// ---------------------------------------------------------------- evidence

public sealed record EvidenceFileDto(Guid Id, string FileName, string ContentType, long SizeBytes, string Sha256, DateOnly? EffectiveDate, string? Description, Guid? UploadedBy, DateTime UploadedAtUtc);
