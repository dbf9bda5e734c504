namespace InspectionSuite.Cases;

/// <summary>An upload: the stream is read once, hashed and stored under a generated name.</summary>
public sealed record UploadEvidenceInput(string FileName, string ContentType, long Length, Stream Content, DateOnly? EffectiveDate, string? Description, string ConcurrencyStamp);
