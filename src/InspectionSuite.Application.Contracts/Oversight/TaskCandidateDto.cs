namespace InspectionSuite.Oversight;

/// <summary>A user an open task may be handed to (<see cref="IOversightAppService.GetTaskCandidatesAsync"/>).</summary>
public sealed record TaskCandidateDto(Guid UserId, string UserName, string FullName);
