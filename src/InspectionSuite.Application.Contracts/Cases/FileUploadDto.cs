namespace InspectionSuite.Cases;

/// <summary>One uploaded file: the stream is read once, checked, hashed and stored under a generated name.</summary>
public sealed record FileUploadDto(string FileName, string ContentType, long Length, Stream Content);
