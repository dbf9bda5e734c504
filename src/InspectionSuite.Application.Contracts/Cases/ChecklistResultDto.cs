namespace InspectionSuite.Cases;

/// <summary>The item after recording, and the finding it proposed (criterion not met), if any.</summary>
public sealed record ChecklistResultDto(ChecklistItemDto Item, FindingDto? ProposedFinding, string ConcurrencyStamp);
