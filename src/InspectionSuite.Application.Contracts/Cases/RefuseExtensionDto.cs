namespace InspectionSuite.Cases;

/// <summary>The người ra quyết định refuses the team's request for an extension, with the reason.</summary>
public sealed record RefuseExtensionDto(string Reason, string ConcurrencyStamp);
