namespace InspectionSuite.Cases;

/// <summary>Opened evidence: the caller disposes <see cref="Content"/>; <see cref="FileName"/> is for Content-Disposition only.</summary>
public sealed record EvidenceContent(Stream Content, string ContentType, string FileName, string Sha256);
