namespace InspectionSuite.Cases;

/// <summary>An inspector a decision changing the team may add.</summary>
public sealed record TeamChangeCandidateDto(Guid UserId, string UserName, string FullName);
